// Issue 13 item 4 on a real qabyldau-server process over HTTP (SQLite, or PostgreSQL with
// QABYLDAU_TEST_PG_URL_FILE): correct_application and withdraw_application as a desk sends them,
// applied and rejected, and what every desk then sees in the feed.
#include "ServerTestHelpers.h"

#include <QJsonArray>
#include <QTest>

using namespace ServerTest;

class TestServerLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void categoryChangeKeepsFilingTimeEverywhere();
    void correctionRejections();
    void withdrawalAppliedAndRejected();

private:
    QJsonObject send(const QString &token, const QString &type, const QJsonObject &payload);
    QJsonObject lastVersion(const QString &token, const QString &id, const QString &partitionPrefix);
    Application registered();

    std::unique_ptr<Server> m_server;
    QString m_orgA, m_orgB, m_tokenA, m_tokenB;
    QHash<QString, qint64> m_lastSeq;
    Applications m_applications;
};

void TestServerLifecycle::initTestCase()
{
    QVERIFY2(QFile::exists(serverPath()), qPrintable(serverPath()));
}

void TestServerLifecycle::init()
{
    const QString error = setUpTwoKindergartens(m_server, m_orgA, m_orgB, m_tokenA, m_tokenB);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_lastSeq.clear();
}

void TestServerLifecycle::cleanup()
{
    m_server.reset();
}

QJsonObject TestServerLifecycle::send(const QString &token, const QString &type, const QJsonObject &payload)
{
    return sendCommand(*m_server, m_lastSeq, token, type, payload);
}

// The newest version of the application in the feed the desk of token downloads, from a partition
// whose name starts with partitionPrefix ("year:" the anonymous row, "org:" the whole record).
QJsonObject TestServerLifecycle::lastVersion(const QString &token, const QString &id, const QString &partitionPrefix)
{
    QJsonObject newest;
    QByteArray cursor;
    for (int page = 0; page < 100; ++page) {
        const HttpReply reply = m_server->get("/api/v1/changes?limit=200&after=" + cursor, token);
        if (reply.status != 200)
            return {};
        const QJsonObject body = reply.json();
        for (const QJsonValue &change : body.value(QStringLiteral("changes")).toArray())
            if (change[QStringLiteral("id")].toString() == id
                && change[QStringLiteral("partition")].toString().startsWith(partitionPrefix))
                newest = change.toObject();
        cursor = body.value(QStringLiteral("cursor")).toString().toUtf8();
        if (!body.value(QStringLiteral("more")).toBool())
            break;
    }
    return newest;
}

Application TestServerLifecycle::registered()
{
    Application application = m_applications.next();
    application.category = Category::None;
    application.categoryDocument = CategoryDocument();
    const qint64 seq = m_lastSeq.value(m_tokenA) + 1;
    m_lastSeq.insert(m_tokenA, seq);
    const QJsonObject answer = postCommands(*m_server, m_tokenA, {registration(seq, application)});
    const QJsonObject result = answer[QStringLiteral("results")][0].toObject();
    if (result[QStringLiteral("status")].toString() != QStringLiteral("applied"))
        qWarning("registration: %s", QJsonDocument(result).toJson().constData());
    return application;
}

// RULES 3.3: the category changes, the filing time stays; the new right reaches every desk.
void TestServerLifecycle::categoryChangeKeepsFilingTimeEverywhere()
{
    const Application application = registered();
    const QString filedAt = ApplicationJson::timestampValue(application.filedAt).toString();
    QJsonObject before = lastVersion(m_tokenB, application.id, QStringLiteral("year:"));
    QCOMPARE(before[QStringLiteral("data")][QStringLiteral("right")].toString(), QStringLiteral("none"));

    Application changed = application;
    changed.category = Category::Military;
    changed.categoryDocument = CategoryDocument{QStringLiteral("Әскери бөлімнің анықтамасы"), QStringLiteral("№ 17"),
                                                QStringLiteral("в/ч 12345"), QDate::currentDate()};
    changed.filedAt = QDateTime::currentDateTimeUtc().addDays(1); // not correctable: ignored
    changed.child.name = QStringLiteral("Өзгерген");            // not correctable: ignored
    const QJsonObject outcome = send(m_tokenA, QStringLiteral("correct_application"), ApplicationJson::toJson(changed));
    QCOMPARE(outcome[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    const QJsonObject result = outcome[QStringLiteral("result")].toObject();
    QCOMPARE(result[QStringLiteral("right")].toString(), QStringLiteral("extraordinary"));
    QCOMPARE(result[QStringLiteral("filed_at")].toString(), filedAt);
    QCOMPARE(result[QStringLiteral("version")].toInteger(), 2);

    // Another kindergarten's desk: the anonymous row with the new right and the old filing time.
    const QJsonObject anonymous = lastVersion(m_tokenB, application.id, QStringLiteral("year:"));
    QCOMPARE(anonymous[QStringLiteral("data")][QStringLiteral("right")].toString(), QStringLiteral("extraordinary"));
    QCOMPARE(anonymous[QStringLiteral("data")][QStringLiteral("filed_at")].toString(), filedAt);
    // The registering kindergarten's desks: the whole record.
    const QJsonObject own = lastVersion(m_tokenA, application.id, QStringLiteral("org:"));
    QCOMPARE(own[QStringLiteral("data")][QStringLiteral("category")].toInt(), 1);
    QCOMPARE(own[QStringLiteral("data")][QStringLiteral("filed_at")].toString(), filedAt);
    QCOMPARE(own[QStringLiteral("data")][QStringLiteral("child_name")].toString(), application.child.name);

    const HttpReply position = m_server->get("/api/v1/queue/position?iin=" + application.childIin.toUtf8(), m_tokenA);
    QCOMPARE(position.status, 200);
    QCOMPARE(position.json()[QStringLiteral("right")].toString(), QStringLiteral("extraordinary"));
    QCOMPARE(position.json()[QStringLiteral("filed_at")].toString(), filedAt);
}

void TestServerLifecycle::correctionRejections()
{
    const Application application = registered();
    Application changed = application;
    changed.email = QStringLiteral("new@example.kz");

    // Another kindergarten's desk: not found (its existence is not that desk's to know).
    QJsonObject outcome = send(m_tokenB, QStringLiteral("correct_application"), ApplicationJson::toJson(changed));
    QCOMPARE(outcome[QStringLiteral("status")].toString(), QStringLiteral("rejected"));
    QCOMPARE(outcome[QStringLiteral("code")].toString(), QStringLiteral("not_found"));

    // Unknown id.
    Application unknown = changed;
    unknown.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    outcome = send(m_tokenA, QStringLiteral("correct_application"), ApplicationJson::toJson(unknown));
    QCOMPARE(outcome[QStringLiteral("code")].toString(), QStringLiteral("not_found"));

    // Checked as registration: a category without its document.
    Application noDocument = application;
    noDocument.category = Category::Military;
    noDocument.categoryDocument = CategoryDocument();
    outcome = send(m_tokenA, QStringLiteral("correct_application"), ApplicationJson::toJson(noDocument));
    QCOMPARE(outcome[QStringLiteral("code")].toString(), QStringLiteral("invalid_application"));
    QCOMPARE(outcome[QStringLiteral("details")][QStringLiteral("field")].toString(), Issue::fieldName(Field::Category));

    // Nothing of the rejected ones was written.
    QCOMPARE(lastVersion(m_tokenA, application.id, QStringLiteral("org:"))[QStringLiteral("version")].toInteger(), 1);

    // Applied, then withdrawn: no longer correctable.
    outcome = send(m_tokenA, QStringLiteral("correct_application"), ApplicationJson::toJson(changed));
    QCOMPARE(outcome[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    outcome = send(m_tokenA, QStringLiteral("withdraw_application"),
                   {{QStringLiteral("application_id"), application.id}, {QStringLiteral("reason"), QStringLiteral("көшті")}});
    QCOMPARE(outcome[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    outcome = send(m_tokenA, QStringLiteral("correct_application"), ApplicationJson::toJson(changed));
    QCOMPARE(outcome[QStringLiteral("code")].toString(), QStringLiteral("application_not_queued"));
    QCOMPARE(outcome[QStringLiteral("details")][QStringLiteral("status")].toString(), QStringLiteral("archived"));
}

void TestServerLifecycle::withdrawalAppliedAndRejected()
{
    const Application application = registered();
    const QJsonObject reason{{QStringLiteral("application_id"), application.id},
                             {QStringLiteral("reason"), QStringLiteral("Ата-анасының өтініші")}};
    QJsonObject outcome = send(m_tokenB, QStringLiteral("withdraw_application"), reason);
    QCOMPARE(outcome[QStringLiteral("code")].toString(), QStringLiteral("not_found"));

    outcome = send(m_tokenA, QStringLiteral("withdraw_application"), reason);
    QCOMPARE(outcome[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    QCOMPARE(outcome[QStringLiteral("result")][QStringLiteral("status")].toString(), QStringLiteral("archived"));
    // Every desk sees it leave the queue; its own desks see why.
    QCOMPARE(lastVersion(m_tokenB, application.id, QStringLiteral("year:"))[QStringLiteral("data")][QStringLiteral("status")].toString(),
             QStringLiteral("archived"));
    QCOMPARE(lastVersion(m_tokenA, application.id, QStringLiteral("org:"))[QStringLiteral("data")][QStringLiteral("archive_reason")].toString(),
             QStringLiteral("withdrawn_by_applicant"));

    outcome = send(m_tokenA, QStringLiteral("withdraw_application"), reason);
    QCOMPARE(outcome[QStringLiteral("code")].toString(), QStringLiteral("already_archived"));
}

QTEST_GUILESS_MAIN(TestServerLifecycle)
#include "tst_server_lifecycle.moc"
