// GET /api/v1/partition of a real qabyldau-server process, over HTTP on loopback, on SQLite or
// (with QABYLDAU_TEST_PG_URL_FILE) on PostgreSQL: each kind of partition's rows equal what
// replaying the change feed gives (ids, versions, data), their checksum equals the checkpoint,
// small pages give every row once, a desk reads only what it may, bad parameters are refused.
#include "ServerTestHelpers.h"

#include "store/ServerChangeLog.h"
#include "store/ServerDb.h"
#include "sync/PartitionChecksum.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <map>

using namespace ServerTest;

namespace {

struct Row
{
    qint64 version = 0;
    QJsonObject data;
};

// A partition's rows by "entity:id".
using Rows = std::map<QString, Row>;

QString rowKey(const QJsonValue &row)
{
    return row[QStringLiteral("entity")].toString() + u':' + row[QStringLiteral("id")].toString();
}

// The checksum the API writes for these rows (core/sync/PartitionChecksum, 16 hex digits).
QString checksumOf(const Rows &rows)
{
    quint64 sum = 0;
    for (const auto &[key, row] : rows)
        sum += PartitionChecksum::rowHash(key.mid(key.indexOf(u':') + 1), row.version);
    return ServerChangeLog::checksumText(PartitionChecksum::toSigned(sum));
}

struct Download
{
    Rows rows;
    int pages = 0;
    int rowsSeen = 0;            // rows over all pages: equals rows.size() when none repeats
    QJsonObject checkpoint;      // the last page's
    QList<qint64> at;            // each page's
    QString error;
};

} // namespace

class TestServerPartition : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyPartitionKindEqualsTheReplayedFeed();
    void smallPagesGiveEveryRowOnce();
    void aRowThatLeftIsNotServed();
    void desksReadOnlyWhatTheyMay();
    void badParametersAreRefused();

private:
    QJsonObject postBatch(const QString &token, const QJsonArray &commands);
    // The whole feed of the desk, replayed: partition -> current rows; cursorSeq: the feed's end.
    QHash<QString, Rows> replayFeed(const QString &token, qint64 *cursorSeq = nullptr, QHash<QString, QJsonObject> *checkpoints = nullptr);
    Download download(const QString &token, const QString &partition, int limit);
    // The next generated application of a child born in year (its IIN encodes the birth date).
    Application bornIn(int year);
    void writeTestData();

    std::unique_ptr<Server> m_server;
    QString m_orgA, m_orgB, m_tokenA, m_tokenB;
    Applications m_applications;
    QList<Application> m_imported;
    qint64 m_deskSeqA = 0, m_deskSeqB = 0;
};

void TestServerPartition::initTestCase()
{
    QVERIFY2(QFile::exists(serverPath()), qPrintable(serverPath()));
    if (onPostgres())
        QVERIFY2(postgresBaseUrl().startsWith(QStringLiteral("postgresql://")), qPrintable(postgresBaseUrl()));
}

void TestServerPartition::init()
{
    m_server = std::make_unique<Server>();
    m_deskSeqA = m_deskSeqB = 0;
    QVERIFY2(m_server->setupError().isEmpty(), qPrintable(m_server->setupError()));
    QVERIFY(m_server->init());
    m_orgA = m_server->addOrg(1);
    m_orgB = m_server->addOrg(2);
    QVERIFY(!m_orgA.isEmpty() && !m_orgB.isEmpty());

    // The old system's queue (no kindergarten: anonymous rows only) and a direction to A, which
    // brings an entity `direction` row into org:A and a second version of its application.
    QTemporaryDir dir;
    m_imported.clear();
    QJsonArray records;
    for (int i = 0; i < 6; ++i) {
        Application application = m_applications.next();
        application.filedAt = QDateTime::currentDateTimeUtc().addSecs(-3600 + i);
        m_imported.append(application);
        records.append(ApplicationJson::toJson(application));
    }
    const QString queuePath = dir.filePath(QStringLiteral("queue.json"));
    QFile queueFile(queuePath);
    QVERIFY(queueFile.open(QIODevice::WriteOnly));
    queueFile.write(QJsonDocument(records).toJson());
    queueFile.close();
    QCOMPARE(m_server->cli({QStringLiteral("applications"), QStringLiteral("import"), queuePath}).exitCode, 0);
    const QJsonArray directions{QJsonObject{{QStringLiteral("number"), QStringLiteral("KRG-7")},
                                            {QStringLiteral("application_id"), m_imported.at(0).id},
                                            {QStringLiteral("kindergarten_id"), m_orgA},
                                            {QStringLiteral("group_name"), QStringLiteral("Ортаңғы топ «Балапан»")},
                                            {QStringLiteral("issued_at"), QStringLiteral("2026-12-01T04:30:00.000Z")},
                                            {QStringLiteral("child_surname"), m_imported.at(0).child.surname},
                                            {QStringLiteral("child_name"), m_imported.at(0).child.name},
                                            {QStringLiteral("child_iin"), m_imported.at(0).childIin}}};
    const QString directionsPath = dir.filePath(QStringLiteral("directions.json"));
    QFile directionsFile(directionsPath);
    QVERIFY(directionsFile.open(QIODevice::WriteOnly));
    directionsFile.write(QJsonDocument(directions).toJson());
    directionsFile.close();
    const Run issued = m_server->cli({QStringLiteral("directions"), QStringLiteral("import"), directionsPath});
    QVERIFY2(issued.exitCode == 0, qPrintable(issued.out + issued.err));

    m_tokenA = m_server->addDesk(m_orgA);
    m_tokenB = m_server->addDesk(m_orgB);
    QVERIFY(!m_tokenA.isEmpty() && !m_tokenB.isEmpty());
    QVERIFY2(m_server->start(), qPrintable(m_server->startError()));
    writeTestData();
}

void TestServerPartition::cleanup()
{
    m_server.reset();
}

QJsonObject TestServerPartition::postBatch(const QString &token, const QJsonArray &commands)
{
    const HttpReply reply = m_server->post("/api/v1/commands", batch(commands), token);
    if (reply.status != 200)
        qWarning("status %d: %s", reply.status, reply.body.constData());
    [&] { QCOMPARE(reply.status, 200); }();
    return reply.json();
}

// Registrations at both kindergartens, and withdrawals (a second version of a row).
void TestServerPartition::writeTestData()
{
    QJsonArray atA, atB;
    QStringList idsA;
    for (int i = 0; i < 9; ++i) {
        const Application application = m_applications.next();
        idsA.append(application.id);
        atA.append(registration(++m_deskSeqA, application));
    }
    for (int i = 0; i < 4; ++i)
        atB.append(registration(++m_deskSeqB, m_applications.next()));
    for (int i = 0; i < 3; ++i)
        atA.append(command(++m_deskSeqA, QStringLiteral("withdraw_application"), {{QStringLiteral("application_id"), idsA.at(i)}}));
    for (const QJsonValue &result : postBatch(m_tokenA, atA)[QStringLiteral("results")].toArray())
        QCOMPARE(result[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    for (const QJsonValue &result : postBatch(m_tokenB, atB)[QStringLiteral("results")].toArray())
        QCOMPARE(result[QStringLiteral("status")].toString(), QStringLiteral("applied"));
}

QHash<QString, Rows> TestServerPartition::replayFeed(const QString &token, qint64 *cursorSeq, QHash<QString, QJsonObject> *checkpoints)
{
    QHash<QString, Rows> partitions;
    QByteArray cursor;
    for (int page = 0; page < 1000; ++page) {
        const HttpReply reply = m_server->get("/api/v1/changes?limit=7&after=" + cursor, token);
        [&] { QCOMPARE(reply.status, 200); }();
        const QJsonObject body = reply.json();
        for (const QJsonValue &change : body.value(QStringLiteral("changes")).toArray()) {
            Rows &rows = partitions[change[QStringLiteral("partition")].toString()];
            if (change[QStringLiteral("deleted")].toBool())
                rows.erase(rowKey(change));
            else
                rows[rowKey(change)] = Row{change[QStringLiteral("version")].toInteger(), change[QStringLiteral("data")].toObject()};
        }
        if (checkpoints) {
            for (const QJsonValue &point : body.value(QStringLiteral("checkpoints")).toArray())
                checkpoints->insert(point[QStringLiteral("partition")].toString(), point.toObject());
        }
        cursor = body.value(QStringLiteral("cursor")).toString().toUtf8();
        if (!body.value(QStringLiteral("more")).toBool())
            break;
    }
    if (cursorSeq)
        *cursorSeq = cursor.mid(cursor.lastIndexOf(':') + 1).toLongLong();
    return partitions;
}

Download TestServerPartition::download(const QString &token, const QString &partition, int limit)
{
    Download result;
    QString after;
    for (int page = 0; page < 10000; ++page) {
        const HttpReply reply = m_server->get("/api/v1/partition?name=" + QUrl::toPercentEncoding(partition) + "&limit="
                                                  + QByteArray::number(limit) + "&after=" + QUrl::toPercentEncoding(after),
                                              token);
        if (reply.status != 200) {
            result.error = QStringLiteral("status %1: %2").arg(reply.status).arg(QString::fromUtf8(reply.body));
            return result;
        }
        const QJsonObject body = reply.json();
        ++result.pages;
        result.at.append(body.value(QStringLiteral("at")).toInteger());
        const QJsonArray rows = body.value(QStringLiteral("rows")).toArray();
        if (rows.size() > limit) {
            result.error = QStringLiteral("a page of %1 rows with limit %2").arg(rows.size()).arg(limit);
            return result;
        }
        for (const QJsonValue &row : rows) {
            ++result.rowsSeen;
            result.rows[rowKey(row)] = Row{row[QStringLiteral("version")].toInteger(), row[QStringLiteral("data")].toObject()};
        }
        after = body.value(QStringLiteral("next")).toString();
        const bool more = body.value(QStringLiteral("more")).toBool();
        if (more == after.isEmpty() || more == body.contains(QStringLiteral("checkpoint"))) {
            result.error = QStringLiteral("next, more and checkpoint disagree: %1").arg(QString::fromUtf8(reply.body.left(300)));
            return result;
        }
        if (!more) {
            result.checkpoint = body.value(QStringLiteral("checkpoint")).toObject();
            return result;
        }
    }
    result.error = QStringLiteral("never ended");
    return result;
}

Application TestServerPartition::bornIn(int year)
{
    for (;;) {
        const Application application = m_applications.next();
        if (application.childBirthDate.year() == year)
            return application;
    }
}

void TestServerPartition::everyPartitionKindEqualsTheReplayedFeed()
{
    for (const QString &token : {m_tokenA, m_tokenB}) {
        const QString ownOrg = QStringLiteral("org:") + (token == m_tokenA ? m_orgA : m_orgB);
        qint64 cursorSeq = 0;
        QHash<QString, QJsonObject> feedCheckpoints;
        const QHash<QString, Rows> replayed = replayFeed(token, &cursorSeq, &feedCheckpoints);
        QVERIFY(replayed.contains(QStringLiteral("orgs")));
        QVERIFY(replayed.contains(ownOrg));
        int years = 0;
        for (auto it = replayed.cbegin(); it != replayed.cend(); ++it) {
            years += it.key().startsWith(QStringLiteral("year:")) ? 1 : 0;
            const Download got = download(token, it.key(), 1000);
            QVERIFY2(got.error.isEmpty(), qPrintable(it.key() + u' ' + got.error));
            QCOMPARE(got.pages, 1);
            QCOMPARE(got.rowsSeen, int(got.rows.size()));
            // Ids, versions and data exactly as the replayed feed has them.
            QCOMPARE(got.rows.size(), it.value().size());
            for (const auto &[key, row] : it.value()) {
                const auto found = got.rows.find(key);
                QVERIFY2(found != got.rows.end(), qPrintable(it.key() + u' ' + key));
                QCOMPARE(found->second.version, row.version);
                QCOMPARE(found->second.data, row.data);
            }
            // The rows' own checksum is the checkpoint's, and the feed's last checkpoint agrees.
            QCOMPARE(got.checkpoint.value(QStringLiteral("partition")).toString(), it.key());
            QCOMPARE(got.checkpoint.value(QStringLiteral("count")).toInteger(), qint64(got.rows.size()));
            QCOMPARE(got.checkpoint.value(QStringLiteral("checksum")).toString(), checksumOf(got.rows));
            QCOMPARE(got.checkpoint, feedCheckpoints.value(it.key()));
            // Nothing was written since the feed was read: the snapshot is the feed's end.
            QCOMPARE(got.at.constFirst(), cursorSeq);
        }
        QVERIFY(years >= 1);
    }

    // What each kind holds: kindergartens; anonymous rows; A's whole records with the direction.
    const QHash<QString, Rows> seenByA = replayFeed(m_tokenA);
    QCOMPARE(seenByA.value(QStringLiteral("orgs")).size(), std::size_t(2));
    const Rows ownA = seenByA.value(QStringLiteral("org:") + m_orgA);
    QCOMPARE(ownA.size(), std::size_t(9 + 1));
    const auto direction = ownA.find(QStringLiteral("direction:KRG-7"));
    QVERIFY(direction != ownA.end());
    QCOMPARE(direction->second.data.value(QStringLiteral("child_iin")).toString(), m_imported.at(0).childIin);
    const QString year = QStringLiteral("year:%1").arg(m_imported.at(0).childBirthDate.year());
    const Download anonymous = download(m_tokenB, year, 1000);
    const auto issued = anonymous.rows.find(QStringLiteral("application:") + m_imported.at(0).id);
    QVERIFY(issued != anonymous.rows.end());
    QCOMPARE(issued->second.version, 2); // imported, then its direction issued
    QCOMPARE(issued->second.data.value(QStringLiteral("status")).toString(), QStringLiteral("direction_issued"));
    QVERIFY(!issued->second.data.contains(QStringLiteral("child_iin")));
}

void TestServerPartition::smallPagesGiveEveryRowOnce()
{
    // More rows in one year: the page boundaries fall inside it.
    const int birthYear = m_imported.at(0).childBirthDate.year();
    const QString biggest = QStringLiteral("year:%1").arg(birthYear);
    QJsonArray more;
    for (int i = 0; i < 15; ++i)
        more.append(registration(++m_deskSeqB, bornIn(birthYear)));
    for (const QJsonValue &result : postBatch(m_tokenB, more)[QStringLiteral("results")].toArray())
        QCOMPARE(result[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    QVERIFY(replayFeed(m_tokenB).value(biggest).size() >= 16);
    const Download whole = download(m_tokenB, biggest, 5000);
    QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
    for (const int limit : {1, 2, 3, 7}) {
        const Download paged = download(m_tokenB, biggest, limit);
        QVERIFY2(paged.error.isEmpty(), qPrintable(paged.error));
        QCOMPARE(paged.rowsSeen, int(whole.rows.size()));
        QCOMPARE(paged.rows.size(), whole.rows.size());
        // A page that ends the partition says so: no empty page after a full one.
        QCOMPARE(paged.pages, (int(whole.rows.size()) + limit - 1) / limit);
        for (const auto &[key, row] : whole.rows) {
            QCOMPARE(paged.rows.at(key).version, row.version);
            QCOMPARE(paged.rows.at(key).data, row.data);
        }
        QCOMPARE(paged.checkpoint, whole.checkpoint);
    }

    // A write between pages: the later pages' snapshot is newer, and no row comes twice.
    const HttpReply first = m_server->get("/api/v1/partition?name=" + biggest.toUtf8() + "&limit=4", m_tokenB);
    QCOMPARE(first.status, 200);
    const qint64 firstAt = first.json().value(QStringLiteral("at")).toInteger();
    postBatch(m_tokenB, {registration(++m_deskSeqB, bornIn(birthYear))});
    const HttpReply second = m_server->get("/api/v1/partition?name=" + biggest.toUtf8() + "&limit=4&after="
                                               + QUrl::toPercentEncoding(first.json().value(QStringLiteral("next")).toString()),
                                           m_tokenB);
    QCOMPARE(second.status, 200);
    QVERIFY(second.json().value(QStringLiteral("at")).toInteger() > firstAt);
    QSet<QString> keys;
    for (const QJsonValue &row : first.json().value(QStringLiteral("rows")).toArray())
        keys.insert(rowKey(row));
    for (const QJsonValue &row : second.json().value(QStringLiteral("rows")).toArray())
        QVERIFY(!keys.contains(rowKey(row)));

    // After the last row, and in a year nobody was born in: an empty last page with its checkpoint.
    const HttpReply empty = m_server->get("/api/v1/partition?name=year:1999", m_tokenB);
    QCOMPARE(empty.status, 200);
    QVERIFY(empty.json().value(QStringLiteral("rows")).toArray().isEmpty());
    QCOMPARE(empty.json().value(QStringLiteral("more")).toBool(), false);
    QCOMPARE(empty.json().value(QStringLiteral("next")).toString(), QString());
    QCOMPARE(empty.json()[QStringLiteral("checkpoint")][QStringLiteral("count")].toInteger(), 0);
    QCOMPARE(empty.json()[QStringLiteral("checkpoint")][QStringLiteral("checksum")].toString(), QStringLiteral("0000000000000000"));
    const HttpReply past = m_server->get("/api/v1/partition?name=orgs&after=org:~", m_tokenB);
    QCOMPARE(past.status, 200);
    QVERIFY(past.json().value(QStringLiteral("rows")).toArray().isEmpty());
}

void TestServerPartition::aRowThatLeftIsNotServed()
{
    // A row leaves a partition the way QueueCommands writes a changed birth year: a `deleted`
    // row in the old year, the row again in the new one. No command changes a birth date yet,
    // so the test writes those two changes through the server's own change-log code.
    const Application moved = m_imported.at(1);
    const QString oldYear = QStringLiteral("year:%1").arg(moved.childBirthDate.year());
    const QString newYear = QStringLiteral("year:%1").arg(moved.childBirthDate.year() + 1);
    {
        ServerResult<StoreUrl> url = StoreUrl::parse(m_server->url());
        QVERIFY(url.ok());
        ServerResult<std::unique_ptr<ServerDb>> opened = ServerDb::connect(url.value(), QStringLiteral("test-writer"));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        const Download before = download(m_tokenA, oldYear, 1000);
        const Row row = before.rows.at(QStringLiteral("application:") + moved.id);
        QJsonObject data = row.data;
        data.insert(QStringLiteral("birth_year"), moved.childBirthDate.year() + 1);
        const qint64 nowMsecs = QDateTime::currentMSecsSinceEpoch();
        ServerResult<bool> written = inWriteTransaction<bool>(*opened.value(), [&](ServerDb &db) -> ServerResult<bool> {
            ServerResult<qint64> left = ServerChangeLog::append(
                db, ChangeRecord{QString(), oldYear, QStringLiteral("application"), moved.id, row.version + 1, true,
                                 QJsonObject{{QStringLiteral("id"), moved.id}}},
                row.version, nowMsecs);
            if (!left)
                return left.error();
            ServerResult<qint64> arrived = ServerChangeLog::append(
                db, ChangeRecord{QString(), newYear, QStringLiteral("application"), moved.id, row.version + 1, false, data},
                std::nullopt, nowMsecs);
            if (!arrived)
                return arrived.error();
            return true;
        });
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    }
    const QHash<QString, Rows> replayed = replayFeed(m_tokenA);
    for (const QString &year : {oldYear, newYear}) {
        const Download got = download(m_tokenA, year, 2);
        QVERIFY2(got.error.isEmpty(), qPrintable(got.error));
        QCOMPARE(got.rows.size(), replayed.value(year).size());
        QCOMPARE(got.rowsSeen, int(got.rows.size()));
        for (const auto &[key, row] : replayed.value(year)) {
            QCOMPARE(got.rows.at(key).version, row.version);
            QCOMPARE(got.rows.at(key).data, row.data);
        }
        QCOMPARE(got.checkpoint.value(QStringLiteral("count")).toInteger(), qint64(got.rows.size()));
        QCOMPARE(got.checkpoint.value(QStringLiteral("checksum")).toString(), checksumOf(got.rows));
        const bool inThisYear = got.rows.count(QStringLiteral("application:") + moved.id) == 1;
        QCOMPARE(inThisYear, year == newYear);
    }
}

void TestServerPartition::desksReadOnlyWhatTheyMay()
{
    for (const auto &[token, other] : {std::pair{m_tokenA, m_orgB}, std::pair{m_tokenB, m_orgA}}) {
        const HttpReply refused = m_server->get("/api/v1/partition?name=org:" + other.toUtf8(), token);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json().value(QStringLiteral("code")).toString(), QStringLiteral("forbidden_partition"));
        QVERIFY(!refused.body.contains(other.toUtf8()));
    }
    // An org that does not exist is refused the same way: a desk learns nothing of other ids.
    const HttpReply unknown = m_server->get("/api/v1/partition?name=org:00000000-0000-0000-0000-000000000000", m_tokenA);
    QCOMPARE(unknown.status, 403);
    // The anonymous partitions name no child: B reads the year of A's imported direction.
    const QString year = QStringLiteral("year:%1").arg(m_imported.at(0).childBirthDate.year());
    const HttpReply anonymous = m_server->get("/api/v1/partition?name=" + year.toUtf8(), m_tokenB);
    QCOMPARE(anonymous.status, 200);
    QVERIFY(anonymous.body.contains(m_imported.at(0).id.toUtf8()));
    QVERIFY(!anonymous.body.contains(m_imported.at(0).childIin.toUtf8()));
    QVERIFY(!anonymous.body.contains(m_imported.at(0).child.surname.toUtf8()));
    // Its own kindergarten's partition: A's desk reads it whole.
    const HttpReply own = m_server->get("/api/v1/partition?name=org:" + m_orgA.toUtf8(), m_tokenA);
    QCOMPARE(own.status, 200);
    QVERIFY(own.body.contains(m_imported.at(0).childIin.toUtf8()));
    // No token, a wrong one: 401 before anything is read.
    QCOMPARE(m_server->get("/api/v1/partition?name=orgs").status, 401);
    QCOMPARE(m_server->get("/api/v1/partition?name=orgs", QStringLiteral("qd_wrong")).status, 401);
}

void TestServerPartition::badParametersAreRefused()
{
    for (const QByteArray &name : {QByteArray(), QByteArray("ORGS"), QByteArray("year:"), QByteArray("year:22"), QByteArray("year:20x2"),
                                   QByteArray("year:20222"), QByteArray("org:"), QByteArray("org:%20x"), QByteArray("queue")}) {
        const HttpReply reply = m_server->get("/api/v1/partition?name=" + name, m_tokenA);
        QVERIFY2(reply.status == 400, name.constData());
        QCOMPARE(reply.json().value(QStringLiteral("code")).toString(), QStringLiteral("bad_parameter"));
    }
    for (const QByteArray &limit : {QByteArray("0"), QByteArray("5001"), QByteArray("-1"), QByteArray("ten"), QByteArray("1.5")}) {
        const HttpReply reply = m_server->get("/api/v1/partition?name=orgs&limit=" + limit, m_tokenA);
        QVERIFY2(reply.status == 400, limit.constData());
        QCOMPARE(reply.json().value(QStringLiteral("code")).toString(), QStringLiteral("bad_parameter"));
    }
    for (const QByteArray &after : {QByteArray("garbage"), QByteArray(":x"), QByteArray("org:"), QByteArray("Org:x"), QByteArray(500, 'a')}) {
        const HttpReply reply = m_server->get("/api/v1/partition?name=orgs&after=" + after, m_tokenA);
        QVERIFY2(reply.status == 400, after.constData());
        QCOMPARE(reply.json().value(QStringLiteral("code")).toString(), QStringLiteral("bad_cursor"));
    }
    QCOMPARE(m_server->post("/api/v1/partition?name=orgs", "{}", m_tokenA).status, 405);
    // The limits' edges are served.
    QCOMPARE(m_server->get("/api/v1/partition?name=orgs&limit=1", m_tokenA).status, 200);
    QCOMPARE(m_server->get("/api/v1/partition?name=orgs&limit=5000", m_tokenA).status, 200);
    QCOMPARE(m_server->get("/api/v1/health").status, 200);
}

QTEST_GUILESS_MAIN(TestServerPartition)
#include "tst_server_partition.moc"
