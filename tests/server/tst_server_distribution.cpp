// The queue moving by itself (RULES 4, issue 12) on real qabyldau-server processes: a place a
// desk publishes goes, within seconds and with no one asking, to the first child in queue order
// who matches it; the direction reaches the kindergarten's desk; `explain` says why, for the
// direction and for a child passed over; a direction that expires gives its place back to
// distribution and a child who registers later takes it. Then two server processes on one store
// (one PostgreSQL with QABYLDAU_TEST_PG_URL_FILE, else one SQLite file) are hammered with
// concurrent registrations and publications: no place is given twice, no child gets two
// directions, and every place a waiting child matches is given.
#include "ServerTestHelpers.h"

#include "domain/Place.h"
#include "store/PlaceJson.h"
#include "store/ServerDb.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSqlError>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <map>

using namespace ServerTest;

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestServerDistribution : public QObject, protected TwoKindergartenFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void publishedPlaceGoesToTheFirstMatchingChild();
    void expiredDirectionGivesThePlaceToALaterChild();
    void twoServersNeverGiveAPlaceTwice();

private:
    QJsonObject send(const QString &token, const QString &type, const QJsonObject &payload, const Server *server = nullptr);
    Application child(TeachingLanguage language, const QStringList &preferred = {});
    Application registerAt(const QString &token, Application application, const Server *server = nullptr);
    Place place(const QString &orgId) const;
    // Waits (up to 30 s) until desk token has downloaded a direction for the application.
    QJsonObject directionFor(const QString &token, const QString &applicationId);

    QMutex m_seqLock; // guards m_lastSeq and m_deskLocks
    std::map<QString, std::unique_ptr<QMutex>> m_deskLocks;
};

void TestServerDistribution::initTestCase()
{
    QVERIFY2(QFile::exists(serverPath()), qPrintable(serverPath()));
}

void TestServerDistribution::init()
{
    const QString failed = startTwoKindergartens();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestServerDistribution::cleanup()
{
    stopServer();
}

QJsonObject TestServerDistribution::send(const QString &token, const QString &type, const QJsonObject &payload, const Server *server)
{
    // One desk's commands go in order, as from its outbox (the desk's lock held until the
    // answer); different desks send at once.
    QMutex *deskLock = nullptr;
    {
        QMutexLocker lock(&m_seqLock);
        std::unique_ptr<QMutex> &slot = m_deskLocks[token];
        if (!slot)
            slot = std::make_unique<QMutex>();
        deskLock = slot.get();
    }
    QMutexLocker desk(deskLock);
    qint64 seq = 0;
    {
        QMutexLocker lock(&m_seqLock);
        seq = m_lastSeq.value(token) + 1;
        m_lastSeq.insert(token, seq);
    }
    return postCommands(server ? *server : *m_server, token, {command(seq, type, payload)})[QStringLiteral("results")][0].toObject();
}

Application TestServerDistribution::child(TeachingLanguage language, const QStringList &preferred)
{
    Application a = m_applications.next();
    a.language = language;
    a.preferredKindergartens = preferred;
    a.category = Category::None;
    a.categoryDocument = {};
    a.batchId.clear();
    return a;
}

Application TestServerDistribution::registerAt(const QString &token, Application application, const Server *server)
{
    const QJsonObject answer = send(token, QStringLiteral("register_application"), ApplicationJson::toJson(application), server);
    [&] { QVERIFY2(answer[QStringLiteral("status")].toString() == QStringLiteral("applied"), QJsonDocument(answer).toJson().constData()); }();
    return application;
}

// A Kazakh general place whose age period takes every child of the queue (under 7).
Place TestServerDistribution::place(const QString &orgId) const
{
    Place p;
    p.id = uuid();
    p.kindergartenId = orgId;
    p.groupName = QStringLiteral("Ортаңғы топ «Балапан»");
    p.birthFrom = QDate::currentDate().addYears(-7);
    p.birthTo = QDate::currentDate();
    p.language = TeachingLanguage::Kazakh;
    p.admissionStartsOn = QDate::currentDate().addDays(7);
    return p;
}

QJsonObject TestServerDistribution::directionFor(const QString &token, const QString &applicationId)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        const Feed feed = downloadFeed(*m_server, token, 500);
        for (const QJsonValue &change : feed.changes)
            if (change[QStringLiteral("entity")].toString() == QStringLiteral("direction")
                && change[QStringLiteral("data")][QStringLiteral("application_id")].toString() == applicationId)
                return change[QStringLiteral("data")].toObject();
        QTest::qWait(200);
    }
    return {};
}

void TestServerDistribution::publishedPlaceGoesToTheFirstMatchingChild()
{
    // Three children in queue order (the oldest first, then filing order): the first wants
    // Russian, the second names only kindergarten B, the third takes any kindergarten in any
    // language. A Kazakh place at A goes to the third, number 3 of its age period, the two ahead
    // passed over for language and preference.
    QList<Application> three{m_applications.next(), m_applications.next(), m_applications.next()};
    std::sort(three.begin(), three.end(), [](const Application &a, const Application &b) { return a.birthYear() < b.birthYear(); });
    const auto as = [](Application a, TeachingLanguage language, const QStringList &preferred) {
        a.language = language;
        a.preferredKindergartens = preferred;
        a.category = Category::None;
        a.categoryDocument = {};
        a.batchId.clear();
        return a;
    };
    const Application russian = registerAt(m_tokenA, as(three.at(0), TeachingLanguage::Russian, {}));
    const Application onlyB = registerAt(m_tokenA, as(three.at(1), TeachingLanguage::Any, {m_orgB}));
    const Application anyone = registerAt(m_tokenA, as(three.at(2), TeachingLanguage::Any, {}));
    const Place offered = place(m_orgA);
    QCOMPARE(send(m_tokenA, QStringLiteral("publish_place"), PlaceJson::toJson(offered))[QStringLiteral("status")].toString(),
             QStringLiteral("applied"));

    const QJsonObject direction = directionFor(m_tokenA, anyone.id);
    QVERIFY2(!direction.isEmpty(), "no direction reached the desk");
    QCOMPARE(direction[QStringLiteral("kindergarten_id")].toString(), m_orgA);
    QCOMPARE(direction[QStringLiteral("group_name")].toString(), offered.groupName);
    QCOMPARE(direction[QStringLiteral("child_iin")].toString(), anyone.childIin);
    QCOMPARE(direction[QStringLiteral("status")].toString(), QStringLiteral("issued"));
    const QString number = direction[QStringLiteral("number")].toString();
    // The other kindergarten's desk never sees it.
    QVERIFY(!downloadFeed(*m_server, m_tokenB, 500).mentions(number));
    // The place is held by it.
    const Run list = m_server->cli({QStringLiteral("places"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("directed")});
    QVERIFY2(list.out.contains(offered.id), qPrintable(list.out + list.err));

    Run explained = m_server->cli({QStringLiteral("explain"), QStringLiteral("--direction"), number});
    QVERIFY2(explained.exitCode == 0, qPrintable(explained.err));
    QVERIFY2(explained.out.contains(QStringLiteral("number 3 in the queue")), qPrintable(explained.out));
    QVERIFY2(explained.out.contains(russian.id + QStringLiteral("  language")), qPrintable(explained.out));
    QVERIFY2(explained.out.contains(onlyB.id + QStringLiteral("  not_preferred")), qPrintable(explained.out));
    explained = m_server->cli({QStringLiteral("explain"), QStringLiteral("--child"), russian.childIin});
    QVERIFY2(explained.out.contains(QStringLiteral("passed over for direction ") + number), qPrintable(explained.out));
    QVERIFY2(explained.out.contains(QStringLiteral("language")), qPrintable(explained.out));
    // The same for the desk that registered the child (GET /api/v1/explain); not for another.
    HttpReply reply = m_server->get("/api/v1/explain?application=" + russian.id.toUtf8(), m_tokenA);
    QCOMPARE(reply.status, 200);
    const QJsonObject why = reply.json()[QStringLiteral("passed_over")][0].toObject();
    QCOMPARE(why[QStringLiteral("direction_number")].toString(), number);
    QCOMPARE(why[QStringLiteral("reason")].toString(), QStringLiteral("language"));
    QCOMPARE(why[QStringLiteral("position")].toInt(), 3);
    QCOMPARE(why[QStringLiteral("place")][QStringLiteral("group_name")].toString(), offered.groupName);
    QCOMPARE(m_server->get("/api/v1/explain?application=" + russian.id.toUtf8(), m_tokenB).status, 404);
    QCOMPARE(m_server->get("/api/v1/explain?application=" + russian.id.toUtf8()).status, 401);
    explained = m_server->cli({QStringLiteral("explain"), QStringLiteral("--direction"), QStringLiteral("no-such")});
    QCOMPARE(explained.exitCode, 1);
    QVERIFY2(explained.err.contains(QStringLiteral("not_found")), qPrintable(explained.err));

    const Run verified = m_server->cli({QStringLiteral("journal"), QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
}

void TestServerDistribution::expiredDirectionGivesThePlaceToALaterChild()
{
    const Application first = registerAt(m_tokenA, child(TeachingLanguage::Kazakh));
    const Place offered = place(m_orgA);
    send(m_tokenA, QStringLiteral("publish_place"), PlaceJson::toJson(offered));
    const QJsonObject direction = directionFor(m_tokenA, first.id);
    QVERIFY(!direction.isEmpty());

    // Not used in time (a day long after its 5 working days): expired, the child on the stop
    // list, the place open again; nobody else waits, so it stays open.
    const QString late = QDate::currentDate().addDays(20).toString(Qt::ISODate);
    const Run ran = m_server->cli({QStringLiteral("deadlines"), QStringLiteral("run"), QStringLiteral("--on"), late});
    QVERIFY2(ran.exitCode == 0 && ran.out.contains(QStringLiteral("expired 1")), qPrintable(ran.out + ran.err));
    QTest::qWait(2500);
    Run list = m_server->cli({QStringLiteral("places"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("open")});
    QVERIFY2(list.out.contains(offered.id), qPrintable(list.out));

    // A child who registers now takes it.
    const Application second = registerAt(m_tokenA, child(TeachingLanguage::Any));
    const QJsonObject again = directionFor(m_tokenA, second.id);
    QVERIFY2(!again.isEmpty(), "the reopened place was not given again");
    QVERIFY(again[QStringLiteral("number")].toString() != direction[QStringLiteral("number")].toString());
    list = m_server->cli({QStringLiteral("places"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("directed")});
    QVERIFY2(list.out.contains(offered.id), qPrintable(list.out));
}

void TestServerDistribution::twoServersNeverGiveAPlaceTwice()
{
    // A second server process on the same store, both distributing.
    Server second(m_server->url());
    QVERIFY2(second.start(), qPrintable(second.startError()));
    const QString tokenA2 = m_server->addDesk(m_orgA);
    const QString tokenB2 = m_server->addDesk(m_orgB);

    // Four desks, each alternating between the two servers: 30 children and 24 places each way.
    const QList<std::pair<QString, QString>> desks{{m_tokenA, m_orgA}, {tokenA2, m_orgA}, {m_tokenB, m_orgB}, {tokenB2, m_orgB}};
    QList<Application> children;
    for (int i = 0; i < 60; ++i)
        children.append(child(i % 3 == 0 ? TeachingLanguage::Russian : TeachingLanguage::Any));
    QList<QFuture<void>> work;
    for (int d = 0; d < desks.size(); ++d) {
        work.append(QtConcurrent::run([&, d] {
            for (int i = 0; i < 15; ++i) {
                const Server *target = (i + d) % 2 ? &second : m_server.get();
                send(desks.at(d).first, QStringLiteral("register_application"), ApplicationJson::toJson(children.at(d * 15 + i)), target);
                if (i % 5 != 4) // 12 places per desk, 48 in all
                    send(desks.at(d).first, QStringLiteral("publish_place"), PlaceJson::toJson(place(desks.at(d).second)), target);
            }
        }));
    }
    for (QFuture<void> &future : work)
        future.waitForFinished();

    // Quiet: every process has had time to catch up and distribute.
    QTest::qWait(4000);
    second.terminate();
    m_server->terminate();

    // Count in the store itself.
    QSqlDatabase db = QSqlDatabase::addDatabase(m_server->url().startsWith(QStringLiteral("sqlite:")) ? QStringLiteral("QSQLITE")
                                                                                                      : QStringLiteral("QPSQL"),
                                                QStringLiteral("count"));
    const ServerResult<StoreUrl> url = StoreUrl::parse(m_server->url());
    QVERIFY(url);
    if (url->kind == StoreUrl::Kind::Sqlite) {
        db.setDatabaseName(url->path);
    } else {
        db.setHostName(url->host);
        db.setPort(url->port);
        db.setUserName(url->user);
        db.setPassword(url->password);
        db.setDatabaseName(url->database);
    }
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    const auto scalar = [&db](const QString &sql) {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.value(0).toLongLong();
    };
    const qint64 directions = scalar(QStringLiteral("SELECT count(*) FROM directions"));
    // 40 Any-language children and 20 Russian ones for 48 Kazakh places: the 40 get one each,
    // 8 places stay open.
    QCOMPARE(directions, 40);
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT application_id) FROM directions")), directions);
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT direction_number) FROM places WHERE direction_number <> ''")), directions);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM places WHERE status = 'directed'")), directions);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM places WHERE status = 'open'")), 8);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM applications WHERE status = 'direction_issued'")), directions);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
}

QTEST_GUILESS_MAIN(TestServerDistribution)
#include "tst_server_distribution.moc"
