// The outbox to parents (issue 12 item 5, RULES 8) on a real qabyldau-server process, on SQLite
// or (with QABYLDAU_TEST_PG_URL_FILE) on PostgreSQL: real e-mail to an SMTP server on loopback
// (tests/server/smtp_stub.py, Debian's python3-aiosmtpd, parsing what arrives as a mail client
// would) and real HTTP requests to an SMS gateway stub (tests/server/sms_gateway_stub.py), which
// the test stops and starts again to play a gateway that is down for a while.
#include "ServerTestHelpers.h"

#include "domain/Enrollment.h"
#include "store/CanonicalJson.h"
#include "store/EnrollmentStore.h"
#include "store/PlaceJson.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace ServerTest;

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A python stub: started with its output file (and arguments), its port read from its first line.
class Stub
{
public:
    Stub(const QString &script, const QString &out, const QStringList &arguments = {})
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        // Debian's interpreter, where python3-aiosmtpd is installed (not a python3 of its own on PATH).
        const QString python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3");
        m_process.start(python, QStringList{script, out} + arguments);
        QDeadlineTimer deadline(20000);
        QByteArray line;
        while (!deadline.hasExpired() && !line.contains('\n')) {
            if (!m_process.waitForReadyRead(500) && m_process.state() != QProcess::Running)
                break;
            line += m_process.readAllStandardOutput();
        }
        m_port = quint16(line.trimmed().toUInt());
        if (m_port == 0)
            m_error = QString::fromUtf8(line + m_process.readAllStandardError());
    }
    ~Stub() { stop(); }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

// The JSON lines a stub wrote so far.
QList<QJsonObject> records(const QString &path)
{
    QList<QJsonObject> result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            result.append(QJsonDocument::fromJson(line).object());
    return result;
}

// Waits until the stub wrote at least `count` records (or 30 s).
QList<QJsonObject> waitForRecords(const QString &path, qsizetype count)
{
    QElapsedTimer timer;
    timer.start();
    QList<QJsonObject> found = records(path);
    while (found.size() < count && timer.elapsed() < 30000) {
        QTest::qWait(200);
        found = records(path);
    }
    return found;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestServerNotify : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void registrationSendsAnEmailInTheApplicantsLanguage();
    void issuedDirectionSendsAnSmsToEachNumber();
    void gatewayDownKeepsTheMessageUntilItComesBack();
    void tlsServersTrustedThroughTheConfiguredAuthority();
    void tlsServersNotTrustedGetNothing();
    void notificationsListFiltersByApplicationAndState();
    void enrollmentAndRefusalAreTold();
    void deskReadsTheDeliveryOfItsOwnApplications();

private:
    // Starts serve with this notification config (retries after 1 s for the tests).
    bool startWith(QJsonObject config);
    Application registerAtA(Application application);
    QJsonObject send(const QString &type, const QJsonObject &payload);
    Application child(TeachingLanguage language, const QStringList &phones, const QString &email);
    QStringList notificationLines(const QStringList &filters = {});
    // A direction for the application to kindergarten A, as the old system's (CLI import: no message).
    void importDirection(const QString &number, const Application &application);

    std::unique_ptr<Server> m_server;
    QString m_orgA, m_tokenA;
    qint64 m_lastSeq = 0;
    Applications m_applications;
    QTemporaryDir m_dir;
    // A self-signed certificate for 127.0.0.1 (openssl), the authority a region would configure.
    bool makeCertificate(QString *cert, QString *key);
    // The SMTP stub with a login and STARTTLS, the gateway stub with https, and a configuration
    // for both; trusted: with ca_file naming the certificate.
    QJsonObject tlsConfig(quint16 smtpPort, quint16 smsPort, const QString &cert, bool trusted) const;
    QString m_smsScript, m_smtpScript;
};

void TestServerNotify::initTestCase()
{
    QVERIFY2(QFile::exists(serverPath()), qPrintable(serverPath()));
    if (onPostgres())
        QVERIFY2(postgresBaseUrl().startsWith(QStringLiteral("postgresql://")), qPrintable(postgresBaseUrl()));
    m_smsScript = QFINDTESTDATA("sms_gateway_stub.py");
    m_smtpScript = QFINDTESTDATA("smtp_stub.py");
    QVERIFY(!m_smsScript.isEmpty() && !m_smtpScript.isEmpty());
}

void TestServerNotify::init()
{
    m_server = std::make_unique<Server>();
    QVERIFY2(m_server->setupError().isEmpty(), qPrintable(m_server->setupError()));
    QVERIFY(m_server->init());
    m_orgA = m_server->addOrg(1);
    m_tokenA = m_server->addDesk(m_orgA);
    QVERIFY(!m_tokenA.isEmpty());
    m_lastSeq = 0;
}

void TestServerNotify::cleanup()
{
    m_server.reset();
}

bool TestServerNotify::startWith(QJsonObject config)
{
    config.insert(QStringLiteral("retry_base_seconds"), 1);
    config.insert(QStringLiteral("timeout_seconds"), 5);
    const QString path = m_dir.filePath(uuid() + QStringLiteral(".json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(config).toJson());
    file.close();
    return m_server->start({QStringLiteral("--notify-config"), path});
}

QJsonObject TestServerNotify::send(const QString &type, const QJsonObject &payload)
{
    const HttpReply reply = m_server->post("/api/v1/commands", batch({command(++m_lastSeq, type, payload)}), m_tokenA);
    return reply.status == 200 ? reply.json()[QStringLiteral("results")][0].toObject() : QJsonObject();
}

Application TestServerNotify::registerAtA(Application application)
{
    const QJsonObject answer = send(QStringLiteral("register_application"), ApplicationJson::toJson(application));
    [&] { QCOMPARE(answer[QStringLiteral("status")].toString(), QStringLiteral("applied")); }();
    return application;
}

Application TestServerNotify::child(TeachingLanguage language, const QStringList &phones, const QString &email)
{
    Application a = m_applications.next();
    a.language = language;
    a.phones = phones;
    a.email = email;
    a.preferredKindergartens.clear();
    a.category = Category::None;
    a.categoryDocument = {};
    a.batchId.clear();
    return a;
}

QStringList TestServerNotify::notificationLines(const QStringList &filters)
{
    const Run run = m_server->cli(QStringList{QStringLiteral("notifications"), QStringLiteral("list")} + filters);
    [&] { QVERIFY2(run.exitCode == 0, qPrintable(run.err)); }();
    return run.out.split(u'\n', Qt::SkipEmptyParts);
}

void TestServerNotify::registrationSendsAnEmailInTheApplicantsLanguage()
{
    // The mail server takes mail only after AUTH PLAIN with this login.
    const QString mail = m_dir.filePath(QStringLiteral("mail.jsonl"));
    Stub smtp(m_smtpScript, mail, {QStringLiteral("queue:s3cret-Ә")});
    QVERIFY2(smtp.port() != 0, qPrintable(smtp.error()));
    QVERIFY2(startWith(QJsonObject{{QStringLiteral("smtp"), QJsonObject{{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                                                        {QStringLiteral("port"), smtp.port()},
                                                                        {QStringLiteral("user"), QStringLiteral("queue")},
                                                                        {QStringLiteral("password"), QStringLiteral("s3cret-Ә")},
                                                                        {QStringLiteral("from"), QStringLiteral("queue@example.kz")}}}}),
             qPrintable(m_server->startError()));

    const Application kazakh = registerAtA(child(TeachingLanguage::Kazakh, {}, QStringLiteral("ata-ana@example.kz")));
    QList<QJsonObject> mails = waitForRecords(mail, 1);
    QCOMPARE(mails.size(), 1);
    QJsonObject m = mails.at(0);
    QCOMPARE(m[QStringLiteral("rcpt_tos")].toArray(), QJsonArray{QStringLiteral("ata-ana@example.kz")});
    QCOMPARE(m[QStringLiteral("mail_from")].toString(), QStringLiteral("queue@example.kz"));
    QCOMPARE(m[QStringLiteral("auth_user")].toString(), QStringLiteral("queue"));
    QCOMPARE(m[QStringLiteral("subject")].toString(), QStringLiteral("Өтініш тіркелді"));
    QCOMPARE(m[QStringLiteral("charset")].toString(), QStringLiteral("utf-8"));
    QString body = m[QStringLiteral("body")].toString();
    QVERIFY2(body.contains(kazakh.child.name + QStringLiteral(" есімді баланы")), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("Тіркеу нөмірі: 1.")), qPrintable(body));
    QVERIFY2(!body.contains(QStringLiteral("Заявление")), qPrintable(body));
    // Nothing that names the child beyond the first name.
    QVERIFY(!body.contains(kazakh.child.surname));
    QVERIFY(!body.contains(kazakh.childIin));

    // Russian, then "any": both languages, Kazakh first, in one message.
    registerAtA(child(TeachingLanguage::Russian, {}, QStringLiteral("roditel@example.kz")));
    registerAtA(child(TeachingLanguage::Any, {}, QStringLiteral("ekeui@example.kz")));
    mails = waitForRecords(mail, 3);
    QCOMPARE(mails.size(), 3);
    QHash<QString, QJsonObject> byRecipient;
    for (const QJsonObject &each : mails)
        byRecipient.insert(each[QStringLiteral("rcpt_tos")][0].toString(), each);
    QCOMPARE(byRecipient.value(QStringLiteral("roditel@example.kz"))[QStringLiteral("subject")].toString(),
             QStringLiteral("Заявление зарегистрировано"));
    QCOMPARE(byRecipient.value(QStringLiteral("ekeui@example.kz"))[QStringLiteral("subject")].toString(),
             QStringLiteral("Өтініш тіркелді / Заявление зарегистрировано"));
    body = byRecipient.value(QStringLiteral("ekeui@example.kz"))[QStringLiteral("body")].toString();
    QVERIFY2(body.indexOf(QStringLiteral("Өтінішіңіз")) < 0 && body.indexOf(QStringLiteral("өтінішіңіз")) >= 0
                 && body.indexOf(QStringLiteral("өтінішіңіз")) < body.indexOf(QStringLiteral("Ваше заявление")),
             qPrintable(body));

    // Each sent once, recorded as sent.
    QTest::qWait(1500);
    QCOMPARE(records(mail).size(), 3);
    QCOMPARE(notificationLines({QStringLiteral("--state"), QStringLiteral("sent")}).size(), 3);
}

void TestServerNotify::issuedDirectionSendsAnSmsToEachNumber()
{
    const QString requests = m_dir.filePath(QStringLiteral("sms.jsonl"));
    Stub gateway(m_smsScript, requests);
    QVERIFY2(gateway.port() != 0, qPrintable(gateway.error()));
    QVERIFY2(startWith(QJsonObject{
                 {QStringLiteral("sms"),
                  QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/send?to={to}&text={text}").arg(gateway.port())},
                              {QStringLiteral("method"), QStringLiteral("GET")},
                              {QStringLiteral("auth_header"), QStringLiteral("Bearer s3cret")}}}}),
             qPrintable(m_server->startError()));

    const QStringList phones{QStringLiteral("+77011234567"), QStringLiteral("+77021234567")};
    const Application application = registerAtA(child(TeachingLanguage::Kazakh, phones, QString()));
    QCOMPARE(waitForRecords(requests, 2).size(), 2); // "registered" to both numbers

    // A place published at the desk: serve's distribution issues the direction by itself.
    Place p;
    p.id = uuid();
    p.kindergartenId = m_orgA;
    p.groupName = QStringLiteral("Ортаңғы топ «Балапан»");
    p.birthFrom = QDate::currentDate().addYears(-7);
    p.birthTo = QDate::currentDate();
    p.language = TeachingLanguage::Kazakh;
    p.admissionStartsOn = QDate::currentDate().addDays(7);
    QCOMPARE(send(QStringLiteral("publish_place"), PlaceJson::toJson(p))[QStringLiteral("status")].toString(), QStringLiteral("applied"));

    const QList<QJsonObject> all = waitForRecords(requests, 4);
    QCOMPARE(all.size(), 4);
    QStringList to;
    QString number;
    for (const QJsonObject &r : all.mid(2)) {
        QCOMPARE(r[QStringLiteral("method")].toString(), QStringLiteral("GET"));
        QCOMPARE(r[QStringLiteral("path")].toString(), QStringLiteral("/send"));
        QCOMPARE(r[QStringLiteral("authorization")].toString(), QStringLiteral("Bearer s3cret"));
        to.append(r[QStringLiteral("query")][QStringLiteral("to")].toString());
        const QString text = r[QStringLiteral("query")][QStringLiteral("text")].toString();
        QVERIFY2(text.contains(QStringLiteral("жолдама берілді")) && text.contains(QStringLiteral("Балабақша: №1 балабақша.")), qPrintable(text));
        QVERIFY2(text.contains(application.child.name), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("күнін қоса алғанда жарамды")), qPrintable(text)); // the last day, from the calendar
        const qsizetype at = text.indexOf(QStringLiteral("№ "));
        QVERIFY(at >= 0);
        number = text.mid(at + 2, text.indexOf(u' ', at + 2) - at - 2);
    }
    to.sort();
    QCOMPARE(to, phones);
    const Run explained = m_server->cli({QStringLiteral("explain"), QStringLiteral("--direction"), number});
    QVERIFY2(explained.exitCode == 0, qPrintable(number + QStringLiteral(": ") + explained.err)); // the direction's real number
    const QStringList issued = notificationLines({QStringLiteral("--application"), application.id});
    QCOMPARE(issued.size(), 4);
    QVERIFY2(issued.at(2).contains(QStringLiteral("\tdirection_issued\tsms\t")) && issued.at(2).contains(QStringLiteral("\tsent\t1\t")),
             qPrintable(issued.at(2)));

    // Not used in time: expired, the child on the stop list; the parent is told until when.
    const Run ran = m_server->cli({QStringLiteral("deadlines"), QStringLiteral("run"), QStringLiteral("--on"),
                                   QDate::currentDate().addDays(20).toString(Qt::ISODate)});
    QVERIFY2(ran.exitCode == 0 && ran.out.contains(QStringLiteral("expired 1")), qPrintable(ran.out + ran.err));
    const QList<QJsonObject> after = waitForRecords(requests, 6);
    QCOMPARE(after.size(), 6);
    const QString expired = after.at(5)[QStringLiteral("query")][QStringLiteral("text")].toString();
    QVERIFY2(expired.contains(QStringLiteral("мерзімі өтті")) && expired.contains(number)
                 && expired.contains(QDate::currentDate().addDays(30).toString(QStringLiteral("dd.MM.yyyy"))),
             qPrintable(expired));
}

void TestServerNotify::gatewayDownKeepsTheMessageUntilItComesBack()
{
    const QString requests = m_dir.filePath(QStringLiteral("down.jsonl"));
    const quint16 port = freePort();
    QVERIFY(port != 0);
    QVERIFY2(startWith(QJsonObject{
                 {QStringLiteral("sms"),
                  QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/api/sms").arg(port)},
                              {QStringLiteral("method"), QStringLiteral("POST")},
                              {QStringLiteral("body"), QStringLiteral("{\"phone\": \"{to}\", \"message\": \"{text}\"}")}}},
                 {QStringLiteral("max_attempts"), 20}}),
             qPrintable(m_server->startError()));

    const Application application = registerAtA(child(TeachingLanguage::Russian, {QStringLiteral("+77011234567")}, QString()));
    // Down: attempts 1 s, 2 s apart ... the message stays pending with its attempts counted.
    QElapsedTimer timer;
    timer.start();
    QStringList lines;
    while (timer.elapsed() < 20000) {
        lines = notificationLines({QStringLiteral("--state"), QStringLiteral("pending")});
        if (lines.size() == 1 && lines.at(0).split(u'\t').value(7).toInt() >= 2)
            break;
        QTest::qWait(300);
    }
    QCOMPARE(lines.size(), 1);
    const QStringList columns = lines.at(0).split(u'\t');
    QCOMPARE(columns.value(1), application.id);
    QCOMPARE(columns.value(6), QStringLiteral("pending"));
    QVERIFY2(columns.value(7).toInt() >= 2, qPrintable(lines.at(0)));
    QVERIFY2(columns.value(10).contains(QStringLiteral("cannot connect")), qPrintable(lines.at(0)));
    QVERIFY(records(requests).isEmpty());

    // The gateway comes back: the message arrives, once.
    Stub gateway(m_smsScript, requests, {QString::number(port)});
    QVERIFY2(gateway.port() == port, qPrintable(gateway.error()));
    const QList<QJsonObject> arrived = waitForRecords(requests, 1);
    QCOMPARE(arrived.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(arrived.at(0)[QStringLiteral("body")].toString().toUtf8()).object();
    QCOMPARE(body[QStringLiteral("phone")].toString(), QStringLiteral("+77011234567"));
    QVERIFY2(body[QStringLiteral("message")].toString().startsWith(QStringLiteral("Ваше заявление")), qPrintable(body[QStringLiteral("message")].toString()));
    QTest::qWait(5000); // a later retry would have come by now
    QCOMPARE(records(requests).size(), 1);
    lines = notificationLines({QStringLiteral("--state"), QStringLiteral("sent")});
    QCOMPARE(lines.size(), 1);
    QVERIFY(notificationLines({QStringLiteral("--state"), QStringLiteral("pending")}).isEmpty());
}

bool TestServerNotify::makeCertificate(QString *cert, QString *key)
{
    *cert = m_dir.filePath(QStringLiteral("authority.pem"));
    *key = m_dir.filePath(QStringLiteral("authority.key"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-keyout"), *key, QStringLiteral("-out"), *cert, QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    return openssl.waitForFinished(60000) && openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0;
}

QJsonObject TestServerNotify::tlsConfig(quint16 smtpPort, quint16 smsPort, const QString &cert, bool trusted) const
{
    QJsonObject smtp{{QStringLiteral("host"), QStringLiteral("127.0.0.1")}, {QStringLiteral("port"), smtpPort},
                     {QStringLiteral("starttls"), true},           {QStringLiteral("user"), QStringLiteral("queue")},
                     {QStringLiteral("password"), QStringLiteral("s3cret")}, {QStringLiteral("from"), QStringLiteral("queue@example.kz")}};
    QJsonObject sms{{QStringLiteral("url"), QStringLiteral("https://127.0.0.1:%1/send?to={to}&text={text}").arg(smsPort)}};
    if (trusted) {
        smtp.insert(QStringLiteral("ca_file"), cert);
        sms.insert(QStringLiteral("ca_file"), cert);
    }
    return QJsonObject{{QStringLiteral("smtp"), smtp}, {QStringLiteral("sms"), sms}};
}

void TestServerNotify::tlsServersTrustedThroughTheConfiguredAuthority()
{
    // A region's mail server and SMS gateway behind its own certificate authority: the mail goes
    // after STARTTLS (the stub refuses mail before it) with the login, the SMS over https; the
    // server trusts them through ca_file.
    QString cert, key;
    QVERIFY(makeCertificate(&cert, &key));
    const QString mail = m_dir.filePath(QStringLiteral("tls-mail.jsonl"));
    const QString requests = m_dir.filePath(QStringLiteral("tls-sms.jsonl"));
    Stub smtp(m_smtpScript, mail, {QStringLiteral("queue:s3cret"), QStringLiteral("--tls"), cert, key});
    QVERIFY2(smtp.port() != 0, qPrintable(smtp.error()));
    Stub gateway(m_smsScript, requests, {QStringLiteral("0"), QStringLiteral("--tls"), cert, key});
    QVERIFY2(gateway.port() != 0, qPrintable(gateway.error()));
    QVERIFY2(startWith(tlsConfig(smtp.port(), gateway.port(), cert, true)), qPrintable(m_server->startError()));

    const Application application =
        registerAtA(child(TeachingLanguage::Kazakh, {QStringLiteral("+77011234567")}, QStringLiteral("ata-ana@example.kz")));
    const QList<QJsonObject> mails = waitForRecords(mail, 1);
    QCOMPARE(mails.size(), 1);
    QCOMPARE(mails.at(0)[QStringLiteral("auth_user")].toString(), QStringLiteral("queue"));
    QCOMPARE(mails.at(0)[QStringLiteral("subject")].toString(), QStringLiteral("Өтініш тіркелді"));
    const QList<QJsonObject> sent = waitForRecords(requests, 1);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0)[QStringLiteral("query")][QStringLiteral("to")].toString(), QStringLiteral("+77011234567"));
    QTRY_COMPARE_WITH_TIMEOUT(notificationLines({QStringLiteral("--application"), application.id, QStringLiteral("--state"),
                                                 QStringLiteral("sent")}).size(),
                              2, 10000);

    // A ca_file that holds no certificate is refused when the server starts, by name.
    const QString empty = m_dir.filePath(QStringLiteral("empty.pem"));
    {
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate\n");
    }
    QJsonObject broken = tlsConfig(smtp.port(), gateway.port(), empty, true);
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(broken).toJson());
    }
    const Run refused = m_server->cli({QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                       QStringLiteral("--notify-config"), path});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("invalid_notify_config")) && refused.err.contains(QStringLiteral("ca_file")),
             qPrintable(refused.err));
}

void TestServerNotify::tlsServersNotTrustedGetNothing()
{
    // The same servers without ca_file: their certificate is not trusted, nothing is sent to them
    // (no mail, no request), and the messages wait with the reason for the administrator.
    QString cert, key;
    QVERIFY(makeCertificate(&cert, &key));
    const QString mail = m_dir.filePath(QStringLiteral("untrusted-mail.jsonl"));
    const QString requests = m_dir.filePath(QStringLiteral("untrusted-sms.jsonl"));
    Stub smtp(m_smtpScript, mail, {QStringLiteral("queue:s3cret"), QStringLiteral("--tls"), cert, key});
    QVERIFY2(smtp.port() != 0, qPrintable(smtp.error()));
    Stub gateway(m_smsScript, requests, {QStringLiteral("0"), QStringLiteral("--tls"), cert, key});
    QVERIFY2(gateway.port() != 0, qPrintable(gateway.error()));
    QVERIFY2(startWith(tlsConfig(smtp.port(), gateway.port(), cert, false)), qPrintable(m_server->startError()));

    registerAtA(child(TeachingLanguage::Russian, {QStringLiteral("+77011234567")}, QStringLiteral("roditel@example.kz")));
    QElapsedTimer timer;
    timer.start();
    QStringList lines;
    while (timer.elapsed() < 20000) {
        lines = notificationLines({QStringLiteral("--state"), QStringLiteral("pending")});
        bool tried = lines.size() == 2;
        for (const QString &line : std::as_const(lines))
            tried = tried && line.split(u'\t').value(7).toInt() >= 1 && line.split(u'\t').value(10) != QStringLiteral("-");
        if (tried)
            break;
        QTest::qWait(300);
    }
    QCOMPARE(lines.size(), 2);
    for (const QString &line : std::as_const(lines)) {
        const QStringList columns = line.split(u'\t');
        QVERIFY2(columns.value(7).toInt() >= 1, qPrintable(line));
        QVERIFY2(columns.value(10).contains(columns.value(3) == QStringLiteral("email") ? QStringLiteral("STARTTLS failed")
                                                                                          : QStringLiteral("with TLS")),
                 qPrintable(line));
    }
    QVERIFY(records(mail).isEmpty());
    QVERIFY(records(requests).isEmpty());
}

void TestServerNotify::notificationsListFiltersByApplicationAndState()
{
    // Without --notify-config nothing is sent: the outbox keeps them pending.
    QVERIFY2(m_server->start(), qPrintable(m_server->startError()));
    const Application first = registerAtA(child(TeachingLanguage::Kazakh, {QStringLiteral("+77011234567")}, QStringLiteral("a@example.kz")));
    registerAtA(child(TeachingLanguage::Kazakh, {QStringLiteral("+77021234567")}, QString()));
    QCOMPARE(notificationLines().size(), 3);
    const QStringList mine = notificationLines({QStringLiteral("--application"), first.id});
    QCOMPARE(mine.size(), 2);
    QVERIFY2(mine.at(0).contains(QStringLiteral("\tregistered\temail\ta@example.kz\tkk\tpending\t0\t")), qPrintable(mine.at(0)));
    QVERIFY(notificationLines({QStringLiteral("--state"), QStringLiteral("sent")}).isEmpty());
    const Run bad = m_server->cli({QStringLiteral("notifications"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("lost")});
    QCOMPARE(bad.exitCode, 2);
}

void TestServerNotify::importDirection(const QString &number, const Application &application)
{
    QJsonObject record = directionRecord(number, m_orgA, application, QDateTime::currentDateTimeUtc().addDays(-1));
    record.insert(QStringLiteral("admission_mode"), QStringLiteral("general"));
    const QString failed = importDirections(*m_server, m_dir, number, {record});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestServerNotify::enrollmentAndRefusalAreTold()
{
    const QString mail = m_dir.filePath(QStringLiteral("service.jsonl"));
    Stub smtp(m_smtpScript, mail);
    QVERIFY2(smtp.port() != 0, qPrintable(smtp.error()));
    QVERIFY2(startWith(QJsonObject{{QStringLiteral("smtp"), QJsonObject{{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                                                        {QStringLiteral("port"), smtp.port()},
                                                                        {QStringLiteral("from"), QStringLiteral("queue@example.kz")}}}}),
             qPrintable(m_server->startError()));
    const Application enrolled = registerAtA(child(TeachingLanguage::Kazakh, {}, QStringLiteral("kabyl@example.kz")));
    const Application refused = registerAtA(child(TeachingLanguage::Russian, {}, QStringLiteral("otkaz@example.kz")));
    QCOMPARE(waitForRecords(mail, 2).size(), 2);
    importDirection(QStringLiteral("KRG-1"), enrolled);
    importDirection(QStringLiteral("KRG-2"), refused);

    ContractRecord c;
    c.number = QStringLiteral("2026-0007");
    c.date = QDate::currentDate();
    c.directionNumber = QStringLiteral("KRG-1");
    c.applicationId = enrolled.id;
    c.sessionId = uuid();
    c.parent = enrolled.applicant;
    c.parentIin = enrolled.applicantIin;
    c.parentIdDocument = QStringLiteral("ЖК № 012345678, 01.02.2020, ІІМ");
    c.parentAddress = QStringLiteral("Қарағанды қ., Бұқар жырау даңғылы, 1");
    c.phones = enrolled.phones;
    c.startsOn = c.date.addDays(1);
    c.clerk = QStringLiteral("Тест Клерк");
    c.recordedAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    QJsonObject contract = EnrollmentStore::toJson(c);
    contract.insert(QStringLiteral("verification_code"), EnrollmentStore::verificationCode(c));
    QCOMPARE(send(QStringLiteral("record_enrollment"), contract)[QStringLiteral("status")].toString(), QStringLiteral("applied"));

    RefusalRecord r;
    r.number = QStringLiteral("Б-%1-0001").arg(QDate::currentDate().year());
    r.date = QDate::currentDate();
    r.directionNumber = QStringLiteral("KRG-2");
    r.applicationId = refused.id;
    r.grounds = {*RefusalGrounds::fromCode(QStringLiteral("34.1"))};
    r.faultyItems = {ChecklistItem::HealthCertificate};
    r.reasons = QStringLiteral("Денсаулық туралы анықтама жоқ");
    r.clerk = QStringLiteral("Тест Клерк");
    r.recordedAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    QJsonObject refusal = EnrollmentStore::toJson(r);
    refusal.insert(QStringLiteral("verification_code"), CanonicalJson::sha256Hex(refusal).left(10));
    QCOMPARE(send(QStringLiteral("record_refusal"), refusal)[QStringLiteral("status")].toString(), QStringLiteral("applied"));

    const QList<QJsonObject> mails = waitForRecords(mail, 4);
    QCOMPARE(mails.size(), 4); // the imported directions told nobody
    QHash<QString, QJsonObject> byRecipient;
    for (const QJsonObject &each : mails.mid(2))
        byRecipient.insert(each[QStringLiteral("rcpt_tos")][0].toString(), each);
    const QJsonObject kk = byRecipient.value(QStringLiteral("kabyl@example.kz"));
    QCOMPARE(kk[QStringLiteral("subject")].toString(), QStringLiteral("Бала балабақшаға қабылданды"));
    QVERIFY2(kk[QStringLiteral("body")].toString().contains(QStringLiteral("балабақшаға қабылданды, шарт № 2026-0007. Балабақша: №1 балабақша.")),
             qPrintable(kk[QStringLiteral("body")].toString()));
    const QJsonObject ru = byRecipient.value(QStringLiteral("otkaz@example.kz"));
    QCOMPARE(ru[QStringLiteral("subject")].toString(), QStringLiteral("Отказ в приёме в детский сад"));
    const QString body = ru[QStringLiteral("body")].toString();
    QVERIFY2(body.contains(QStringLiteral("по направлению № KRG-2 отказано. Детский сад: Детский сад №1."))
                 && body.contains(QStringLiteral("возвращено в очередь")),
             qPrintable(body));
}

void TestServerNotify::deskReadsTheDeliveryOfItsOwnApplications()
{
    // E-mail configured, SMS not: the e-mail is delivered, the SMS waits. The desk of the
    // kindergarten that registered the application reads both with their state; another
    // kindergarten's desk learns nothing, not even that the application exists.
    const QString mail = m_dir.filePath(QStringLiteral("desk-view.jsonl"));
    Stub smtp(m_smtpScript, mail);
    QVERIFY2(smtp.port() != 0, qPrintable(smtp.error()));
    QVERIFY2(startWith(QJsonObject{{QStringLiteral("smtp"), QJsonObject{{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                                                        {QStringLiteral("port"), smtp.port()},
                                                                        {QStringLiteral("from"), QStringLiteral("queue@example.kz")}}}}),
             qPrintable(m_server->startError()));
    const Application application =
        registerAtA(child(TeachingLanguage::Russian, {QStringLiteral("+77011234567")}, QStringLiteral("roditel@example.kz")));
    QCOMPARE(waitForRecords(mail, 1).size(), 1);
    const QByteArray target = "/api/v1/notifications?application=" + application.id.toUtf8();

    QJsonArray messages;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const HttpReply reply = m_server->get(target, m_tokenA);
            messages = reply.json()[QStringLiteral("messages")].toArray();
            return reply.status == 200 && messages.size() == 2
                   && messages.at(0)[QStringLiteral("state")].toString() == QStringLiteral("sent");
        }(),
        10000);
    const QJsonObject email = messages.at(0).toObject();
    QCOMPARE(email[QStringLiteral("event")].toString(), QStringLiteral("registered"));
    QCOMPARE(email[QStringLiteral("channel")].toString(), QStringLiteral("email"));
    QCOMPARE(email[QStringLiteral("recipient")].toString(), QStringLiteral("roditel@example.kz"));
    QCOMPARE(email[QStringLiteral("language")].toString(), QStringLiteral("ru"));
    QCOMPARE(email[QStringLiteral("attempts")].toInt(), 1);
    QVERIFY(QDateTime::fromString(email[QStringLiteral("sent_at")].toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(email[QStringLiteral("next_attempt_at")].isNull());
    QVERIFY(!email.contains(QStringLiteral("body")));
    const QJsonObject sms = messages.at(1).toObject();
    QCOMPARE(sms[QStringLiteral("channel")].toString(), QStringLiteral("sms"));
    QCOMPARE(sms[QStringLiteral("recipient")].toString(), QStringLiteral("+77011234567"));
    QCOMPARE(sms[QStringLiteral("state")].toString(), QStringLiteral("pending"));
    QVERIFY(sms[QStringLiteral("sent_at")].isNull());
    QVERIFY(QDateTime::fromString(sms[QStringLiteral("next_attempt_at")].toString(), Qt::ISODateWithMs).isValid());

    // Another kindergarten's desk: 404, as for an application that does not exist.
    const QString tokenB = m_server->addDesk(m_server->addOrg(2));
    QVERIFY(!tokenB.isEmpty());
    const HttpReply other = m_server->get(target, tokenB);
    QCOMPARE(other.status, 404);
    QCOMPARE(other.json()[QStringLiteral("code")].toString(), QStringLiteral("not_found"));
    QCOMPARE(m_server->get(target).status, 401);
    const HttpReply missing = m_server->get("/api/v1/notifications", m_tokenA);
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.json()[QStringLiteral("code")].toString(), QStringLiteral("invalid_application"));
}

QTEST_GUILESS_MAIN(TestServerNotify)
#include "tst_server_notify.moc"
