#pragma once

// Starts real qabyldau-server processes on a free loopback port with a temporary store (SQLite,
// or a fresh database in the throw-away PostgreSQL cluster the test command started) and talks
// HTTP to them over plain sockets.

#include "SyntheticRegion.h"
#include "TestTime.h"
#include "domain/Application.h"
#include "store/ApplicationJson.h"
#include "sync/PartitionChecksum.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

namespace ServerTest {

inline QString serverPath()
{
    return QStringLiteral(QABYLDAU_SERVER_PATH);
}

// The PostgreSQL cluster's base URL (postgresql://postgres@127.0.0.1:PORT) when this run is
// on PostgreSQL, from the file the cluster fixture wrote; empty for SQLite.
inline QString postgresBaseUrl()
{
    const QString file = qEnvironmentVariable("QABYLDAU_TEST_PG_URL_FILE");
    if (file.isEmpty())
        return {};
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return QStringLiteral("<missing %1: did the pg_cluster fixture run?>").arg(file);
    return QString::fromUtf8(in.readAll()).trimmed();
}

inline bool onPostgres()
{
    return !qEnvironmentVariable("QABYLDAU_TEST_PG_URL_FILE").isEmpty();
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run runServer(const QStringList &arguments)
{
    QProcess process;
    process.start(serverPath(), arguments);
    Run run;
    // A guard against a hang, not a measure: a 40,000-application demo region on PostgreSQL took
    // over 120 s on a 2-core machine shared with two builds and a fuzzer.
    if (!process.waitForFinished(TestTime::guardMs(300000))) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

struct HttpReply
{
    int status = 0;          // 0: no response (connection closed or timed out)
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// One request on its own connection (Connection: close), read to the end.
inline HttpReply request(quint16 port, const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                         const QString &token = {}, const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                         int timeoutMs = TestTime::guardMs(60000))
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    HttpReply reply;
    if (!socket.waitForConnected(10000))
        return reply;
    QByteArray head = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!token.isEmpty())
        head += "Authorization: Bearer " + token.toUtf8() + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST")
        head += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "\r\n";
    socket.write(head + body);
    QByteArray received;
    QDeadlineTimer deadline(timeoutMs);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (socket.waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 1000))))
            received += socket.readAll();
    }
    received += socket.readAll();
    const qsizetype split = received.indexOf("\r\n\r\n");
    if (!received.startsWith("HTTP/1.") || split < 0)
        return reply;
    reply.status = received.mid(9, 3).toInt();
    reply.body = received.mid(split + 4);
    return reply;
}

// Raw bytes on a new connection; what came back until the server closed or timeoutMs passed.
inline QByteArray rawExchange(quint16 port, const QByteArray &bytes, int timeoutMs = 20000)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(10000))
        return {};
    socket.write(bytes);
    QByteArray received;
    QDeadlineTimer deadline(timeoutMs);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (socket.waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 1000))))
            received += socket.readAll();
    }
    return received + socket.readAll();
}

// Runs sql on the test cluster's `postgres` database as its superuser (creating a database,
// terminating connections); the first column of its first row in *value when asked. Empty, or
// what went wrong.
inline QString onPostgresAdmin(const QString &sql, QVariant *value = nullptr)
{
    const QString name = QStringLiteral("admin-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    QString error;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QUrl base(postgresBaseUrl());
        admin.setHostName(base.host());
        admin.setPort(base.port(5432));
        admin.setUserName(base.userName());
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open()) {
            error = admin.lastError().text();
        } else {
            QSqlQuery query(admin);
            if (!query.exec(sql))
                error = query.lastError().text();
            else if (value)
                *value = query.next() ? query.value(0) : QVariant();
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// A qabyldau-server process over a store of its own.
class Server
{
public:
    // storeUrl empty: a new store (a SQLite file in a temporary folder, or a new PostgreSQL
    // database); else that store (a second process on the same PostgreSQL database).
    explicit Server(const QString &storeUrl = {})
    {
        if (!storeUrl.isEmpty()) {
            m_url = storeUrl;
        } else if (onPostgres()) {
            const QString name = QStringLiteral("qt_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
            m_setupError = onPostgresAdmin(QStringLiteral("CREATE DATABASE ") + name);
            m_url = postgresBaseUrl() + u'/' + name;
        } else {
            m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("region.sqlite"));
        }
    }
    ~Server() { kill(); }

    const QString &url() const { return m_url; }
    QString setupError() const { return m_setupError; }
    quint16 port() const { return m_port; }

    Run cli(QStringList arguments) const
    {
        arguments.prepend(m_url);
        arguments.prepend(QStringLiteral("--db"));
        return runServer(arguments);
    }

    bool init() const { return cli({QStringLiteral("init")}).exitCode == 0; }

    QString addOrg(int number) const
    {
        // Valid BINs: 11 digits, then the check digit found by trying each (some stems have none).
        for (int digit = 0; digit < 20; ++digit) {
            const QString bin = QStringLiteral("19014%1%2%3").arg(digit / 10).arg(number, 5, 10, QLatin1Char('0')).arg(digit % 10);
            const Run run = cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name-kk"),
                                 QStringLiteral("№%1 балабақша").arg(number), QStringLiteral("--name-ru"),
                                 QStringLiteral("Детский сад №%1").arg(number), QStringLiteral("--bin"), bin});
            if (run.exitCode == 0)
                return run.out.trimmed();
        }
        return {};
    }

    QString addDesk(const QString &orgId) const
    {
        const Run run = cli({QStringLiteral("desk"), QStringLiteral("add"), QStringLiteral("--org"), orgId});
        return run.exitCode == 0 ? run.out.trimmed() : QString();
    }

    // Starts `serve` on a free loopback port; true once it listens.
    bool start(const QStringList &extra = {}, bool testHooks = true)
    {
        m_process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (testHooks)
            environment.insert(QStringLiteral("QABYLDAU_TEST_HOOKS"), QStringLiteral("1"));
        for (auto it = m_environment.cbegin(); it != m_environment.cend(); ++it)
            environment.insert(it.key(), it.value());
        m_process->setProcessEnvironment(environment);
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(serverPath(), QStringList{QStringLiteral("--db"), m_url, QStringLiteral("serve"),
                                                   QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + extra);
        QByteArray out;
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            if (!m_process->waitForReadyRead(1000) && m_process->state() != QProcess::Running)
                break;
            out += m_process->readAllStandardOutput();
            const qsizetype at = out.indexOf("listening on 127.0.0.1:");
            const qsizetype end = out.indexOf(' ', at + 23);
            if (at >= 0 && end > at) {
                m_port = quint16(out.mid(at + 23, end - at - 23).toUInt());
                return m_port != 0;
            }
        }
        m_startError = QString::fromUtf8(out + m_process->readAllStandardError());
        return false;
    }
    QString startError() const { return m_startError; }

    // An environment variable for the next start() (an empty value: none).
    void setEnvironment(const QString &name, const QString &value)
    {
        if (value.isEmpty())
            m_environment.remove(name);
        else
            m_environment.insert(name, value);
    }
    bool running() const { return m_process && m_process->state() != QProcess::NotRunning; }
    // Waits up to ms for the process to end by itself; true when it has.
    bool waitForEnd(int ms) { return !m_process || m_process->state() == QProcess::NotRunning || m_process->waitForFinished(ms); }
    // What the process wrote to stderr since the last call.
    QByteArray takeStandardError() { return m_process ? m_process->readAllStandardError() : QByteArray(); }

    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill(); // SIGKILL: no shutdown code runs
            m_process->waitForFinished(10000);
        }
    }

    // SIGTERM and wait: the normal way a service stops.
    int terminate()
    {
        if (!m_process)
            return -1;
        m_process->terminate();
        if (!m_process->waitForFinished(20000)) {
            m_process->kill();
            m_process->waitForFinished();
            return -1;
        }
        return m_process->exitCode();
    }

    HttpReply get(const QByteArray &target, const QString &token = {}, int timeoutMs = TestTime::guardMs(60000)) const
    {
        return request(m_port, "GET", target, {}, token, {}, timeoutMs);
    }
    HttpReply post(const QByteArray &target, const QByteArray &body, const QString &token,
                   const QList<std::pair<QByteArray, QByteArray>> &headers = {}) const
    {
        return request(m_port, "POST", target, body, token, headers);
    }

private:
    QTemporaryDir m_dir;
    QString m_url;
    QString m_setupError;
    QString m_startError;
    std::unique_ptr<QProcess> m_process;
    QHash<QString, QString> m_environment;
    quint16 m_port = 0;
};

// Valid applications, each child different (the benchmarks' synthetic generator), filed now.
// What a desk downloads: every change it may see, and the last checkpoint of each partition.
struct Feed
{
    QJsonArray changes;
    QHash<QString, QJsonObject> checkpoints;

    // Every version of entity/id in partition, in the order they came.
    QList<QJsonObject> versions(const QString &partition, const QString &entity, const QString &id) const
    {
        QList<QJsonObject> found;
        for (const QJsonValue &change : changes)
            if (change[QStringLiteral("partition")].toString() == partition && change[QStringLiteral("entity")].toString() == entity
                && change[QStringLiteral("id")].toString() == id)
                found.append(change.toObject());
        return found;
    }
    // The newest version of entity/id in partition (empty when it never came).
    QJsonObject latest(const QString &partition, const QString &entity, const QString &id) const
    {
        const QList<QJsonObject> all = versions(partition, entity, id);
        return all.isEmpty() ? QJsonObject() : all.constLast();
    }
    bool mentions(const QString &text) const
    {
        return QJsonDocument(changes).toJson().contains(text.toUtf8());
    }
};

// Everything the desk of token may see, downloaded in pages of pageLimit (small pages: checkpoints
// must be exact at every page's end, not only at the last); empty when a page is refused.
inline Feed downloadFeed(const Server &server, const QString &token, int pageLimit = 3)
{
    Feed result;
    QByteArray cursor;
    for (int page = 0; page < 1000; ++page) {
        const HttpReply reply = server.get("/api/v1/changes?limit=" + QByteArray::number(pageLimit) + "&after=" + cursor, token);
        if (reply.status != 200)
            return {};
        const QJsonObject body = reply.json();
        for (const QJsonValue &change : body.value(QStringLiteral("changes")).toArray())
            result.changes.append(change);
        for (const QJsonValue &checkpoint : body.value(QStringLiteral("checkpoints")).toArray())
            result.checkpoints.insert(checkpoint[QStringLiteral("partition")].toString(), checkpoint.toObject());
        cursor = body.value(QStringLiteral("cursor")).toString().toUtf8();
        if (!body.value(QStringLiteral("more")).toBool())
            break;
    }
    return result;
}

// The checkpoints a feed carries agree with its rows, as a desk applying the feed keeps them:
// each partition's count and checksum recomputed with core's PartitionChecksum.
inline void verifyCheckpoints(const Feed &feed)
{
    QHash<QString, QHash<QString, qint64>> rows;
    for (const QJsonValue &change : feed.changes) {
        auto &partition = rows[change[QStringLiteral("partition")].toString()];
        const QString id = change[QStringLiteral("id")].toString();
        if (change[QStringLiteral("deleted")].toBool())
            partition.remove(id);
        else
            partition.insert(id, change[QStringLiteral("version")].toInteger());
    }
    QVERIFY(!feed.checkpoints.isEmpty());
    for (auto it = feed.checkpoints.cbegin(); it != feed.checkpoints.cend(); ++it) {
        quint64 sum = 0;
        const QHash<QString, qint64> &partition = rows.value(it.key());
        for (auto row = partition.cbegin(); row != partition.cend(); ++row)
            sum += PartitionChecksum::rowHash(row.key(), row.value());
        QCOMPARE(it.value()[QStringLiteral("count")].toInteger(), qint64(partition.size()));
        QCOMPARE(it.value()[QStringLiteral("checksum")].toString(), QStringLiteral("%1").arg(sum, 16, 16, QLatin1Char('0')));
    }
}

class Applications
{
public:
    explicit Applications(quint32 seed = 7) : m_generator(seed, QDate::currentDate()) { }
    Application next()
    {
        Application application = m_generator.next();
        application.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        application.status = ApplicationStatus::Queued;
        application.archiveReason = ArchiveReason::None;
        application.registrationSequence = 0;
        application.filedAt = QDateTime::currentDateTimeUtc();
        return application;
    }

private:
    SyntheticRegion::Generator m_generator;
};

inline QJsonObject command(qint64 deskSeq, const QString &type, const QJsonObject &payload,
                           const QDateTime &createdAt = QDateTime::currentDateTimeUtc(), const QString &id = {})
{
    return QJsonObject{{QStringLiteral("id"), id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id},
                       {QStringLiteral("desk_seq"), deskSeq},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("payload"), payload},
                       {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("clerk"), QStringLiteral("Тест Клерк")}};
}

// A complaint received today, registered at the head (ComplaintStore's payload: the keys of its
// table); published only in its kindergarten's own partition.
inline QJsonObject complaintPayload(const QString &id, const QString &subject)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("number"), QStringLiteral("Ш-%1-0001").arg(QDate::currentDate().year())},
                       {QStringLiteral("received_on"), QDate::currentDate().toString(Qt::ISODate)},
                       {QStringLiteral("addressee"), QStringLiteral("head")},
                       {QStringLiteral("complainant"), QStringLiteral("Серікова Айгүл, +77011234567")},
                       {QStringLiteral("subject"), subject},
                       {QStringLiteral("direction_number"), QString()},
                       {QStringLiteral("application_id"), QString()},
                       {QStringLiteral("status"), QStringLiteral("registered")},
                       {QStringLiteral("answered_on"), QJsonValue()},
                       {QStringLiteral("answer"), QString()}};
}

inline QJsonObject registration(qint64 deskSeq, const Application &application)
{
    return command(deskSeq, QStringLiteral("register_application"), ApplicationJson::toJson(application), application.filedAt);
}

inline QByteArray batch(const QJsonArray &commands, qint64 outboxHead = -1)
{
    QJsonObject body{{QStringLiteral("commands"), commands}};
    if (outboxHead >= 0)
        body.insert(QStringLiteral("outbox_head"), outboxHead);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// The start of most server tests: a fresh store with two kindergartens (A and B), a desk of each,
// and a serving process. Empty, or what went wrong.
inline QString setUpTwoKindergartens(std::unique_ptr<Server> &server, QString &orgA, QString &orgB, QString &tokenA,
                                     QString &tokenB)
{
    server = std::make_unique<Server>();
    if (!server->setupError().isEmpty())
        return server->setupError();
    if (!server->init())
        return QStringLiteral("init failed");
    orgA = server->addOrg(1);
    orgB = server->addOrg(2);
    tokenA = server->addDesk(orgA);
    tokenB = server->addDesk(orgB);
    if (tokenA.isEmpty() || tokenB.isEmpty())
        return QStringLiteral("no desk tokens");
    return server->start() ? QString() : server->startError();
}

// POST /api/v1/commands as the desk of token; the answer, or an empty object (warned) when the
// batch was not answered 200.
inline QJsonObject postCommands(const Server &server, const QString &token, const QJsonArray &commands)
{
    const HttpReply reply = server.post("/api/v1/commands", batch(commands), token);
    if (reply.status != 200)
        qWarning("status %d: %s", reply.status, reply.body.constData());
    return reply.status == 200 ? reply.json() : QJsonObject();
}

// One command from the desk of token, numbered after its last in lastSeq; its outcome.
inline QJsonObject sendCommand(const Server &server, QHash<QString, qint64> &lastSeq, const QString &token, const QString &type,
                               const QJsonObject &payload)
{
    const qint64 seq = lastSeq.value(token) + 1;
    lastSeq.insert(token, seq);
    return postCommands(server, token, {command(seq, type, payload)})[QStringLiteral("results")][0].toObject();
}

// A direction as `qabyldau-server directions import` reads it: for application, to the
// kindergarten orgId, issued at issuedAt. Callers add what their case needs ("admission_mode",
// "category").
inline QJsonObject directionRecord(const QString &number, const QString &orgId, const Application &application,
                                   const QDateTime &issuedAt)
{
    return QJsonObject{{QStringLiteral("number"), number},
                       {QStringLiteral("application_id"), application.id},
                       {QStringLiteral("kindergarten_id"), orgId},
                       {QStringLiteral("group_name"), QStringLiteral("Ортаңғы топ «Балапан»")},
                       {QStringLiteral("issued_at"), issuedAt.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("child_surname"), application.child.surname},
                       {QStringLiteral("child_name"), application.child.name},
                       {QStringLiteral("child_iin"), application.childIin},
                       {QStringLiteral("applicant_surname"), application.applicant.surname},
                       {QStringLiteral("applicant_name"), application.applicant.name},
                       {QStringLiteral("applicant_iin"), application.applicantIin}};
}

// Writes records into a JSON file in dir and imports it with `qabyldau-server directions import`
// (the way a region's directions arrive from the portal); empty, or what went wrong.
inline QString importDirections(const Server &server, const QTemporaryDir &dir, const QString &name,
                                const QJsonArray &records)
{
    const QString path = dir.filePath(name + QStringLiteral(".json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return path + QStringLiteral(": ") + file.errorString();
    file.write(QJsonDocument(records).toJson());
    file.close();
    const Run run = server.cli({QStringLiteral("directions"), QStringLiteral("import"), path});
    return run.exitCode == 0 ? QString() : run.out + run.err;
}

// What most server tests share, as a base of the test class (QObject first): a fresh store with
// two kindergartens (A and B), a desk of each and a serving process, made by the test's init()
// through startTwoKindergartens() and gone in cleanup() through stopServer(); each desk's
// commands numbered after its last, as its outbox would.
class TwoKindergartenFixture
{
protected:
    // Empty, or what went wrong.
    QString startTwoKindergartens()
    {
        m_lastSeq.clear();
        return setUpTwoKindergartens(m_server, m_orgA, m_orgB, m_tokenA, m_tokenB);
    }
    void stopServer() { m_server.reset(); }

    QJsonObject post(const QString &token, const QJsonArray &commands) const
    {
        return postCommands(*m_server, token, commands);
    }
    QJsonObject send(const QString &token, const QString &type, const QJsonObject &payload)
    {
        return sendCommand(*m_server, m_lastSeq, token, type, payload);
    }
    Feed feed(const QString &token) const { return downloadFeed(*m_server, token); }

    std::unique_ptr<Server> m_server;
    QString m_orgA, m_orgB, m_tokenA, m_tokenB;
    QHash<QString, qint64> m_lastSeq;
    Applications m_applications;
    QTemporaryDir m_dir;
};

} // namespace ServerTest
