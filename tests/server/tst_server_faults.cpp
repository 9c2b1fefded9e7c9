// Faults with real processes: the server killed (SIGKILL) in the middle of batches and restarted,
// every command applied exactly once; two server processes on one store with concurrent writers,
// a reader following the feed misses nothing; one command sent to both at once is applied once;
// on PostgreSQL a commit through one process wakes a long-poll parked on the other.
#include "ServerTestHelpers.h"

#include <QFuture>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace ServerTest;

class TestServerFaults : public QObject
{
    Q_OBJECT

private slots:
    void killedMidBatchAppliesEveryCommandOnce();
    void twoProcessesFeedMissesNothing();
    void oneCommandToTwoProcessesAppliedOnce();
    void commitOnOneProcessWakesLongPollOnTheOther();
};

namespace {

// Every change a desk can see, followed to the end; ids of applications in partition.
QList<QJsonObject> follow(const Server &server, const QString &token, QByteArray *cursor)
{
    QList<QJsonObject> seen;
    for (int page = 0; page < 10000; ++page) {
        const HttpReply reply = server.get("/api/v1/changes?limit=37&after=" + *cursor, token);
        if (reply.status != 200)
            return seen;
        const QJsonObject body = reply.json();
        for (const QJsonValue &change : body.value(QStringLiteral("changes")).toArray())
            seen.append(change.toObject());
        *cursor = body.value(QStringLiteral("cursor")).toString().toUtf8();
        if (!body.value(QStringLiteral("more")).toBool())
            break;
    }
    return seen;
}

struct Fixture
{
    Server server;
    QString org;
    QString token;
    bool ok = false;
    Fixture()
    {
        ok = server.setupError().isEmpty() && server.init();
        org = server.addOrg(1);
        token = server.addDesk(org);
        ok = ok && !org.isEmpty() && !token.isEmpty();
    }
};

} // namespace

void TestServerFaults::killedMidBatchAppliesEveryCommandOnce()
{
    Fixture fixture;
    QVERIFY(fixture.ok);
    Server &server = fixture.server;
    QVERIFY2(server.start(), qPrintable(server.startError()));

    const int total = 60;
    Applications applications;
    QList<QJsonObject> commands;
    for (int i = 1; i <= total; ++i)
        commands.append(registration(i, applications.next()));

    QHash<qint64, QJsonObject> outcomes; // desk_seq -> the outcome the desk finally got
    int kills = 0;
    for (int round = 0; round < 200 && outcomes.size() < total; ++round) {
        qint64 first = 1;
        while (outcomes.contains(first))
            ++first;
        QJsonArray part;
        for (qint64 seq = first; seq < std::min<qint64>(first + 8, total + 1); ++seq)
            part.append(commands.at(seq - 1));
        QFuture<HttpReply> sent = QtConcurrent::run([&server, part, token = fixture.token] {
            return server.post("/api/v1/commands", batch(part), token);
        });
        // Every other round, SIGKILL the server while the batch may be anywhere in its work.
        const bool killing = round % 2 == 0 && kills < 8;
        if (killing) {
            QTest::qWait(QRandomGenerator::global()->bounded(2, 40));
            server.kill();
            ++kills;
        }
        const HttpReply reply = sent.result();
        if (reply.status == 200 || reply.status == 503) {
            for (const QJsonValue &outcome : reply.json().value(QStringLiteral("results")).toArray())
                outcomes.insert(outcome[QStringLiteral("desk_seq")].toInteger(), outcome.toObject());
        }
        if (killing || reply.status == 0) {
            server.kill();
            QVERIFY2(server.start(), qPrintable(server.startError()));
        }
    }
    QCOMPARE(outcomes.size(), total);
    QVERIFY(kills >= 4);

    // Each command applied once: one application per command, sequences 1..total, no other.
    QSet<qint64> sequences;
    for (const QJsonObject &outcome : std::as_const(outcomes)) {
        QCOMPARE(outcome[QStringLiteral("status")].toString(), QStringLiteral("applied"));
        sequences.insert(outcome[QStringLiteral("result")][QStringLiteral("registration_sequence")].toInteger());
    }
    QCOMPARE(sequences.size(), total);
    QByteArray cursor;
    const QList<QJsonObject> changes = follow(server, fixture.token, &cursor);
    QSet<QString> ids;
    int rows = 0;
    for (const QJsonObject &change : changes) {
        if (change[QStringLiteral("partition")].toString().startsWith(QStringLiteral("org:"))) {
            ++rows;
            ids.insert(change[QStringLiteral("id")].toString());
        }
    }
    QCOMPARE(rows, total);
    QCOMPARE(ids.size(), total);
    QCOMPARE(*std::max_element(sequences.begin(), sequences.end()), qint64(total));

    // Replaying everything changes nothing.
    QJsonArray all;
    for (const QJsonObject &command : commands)
        all.append(command);
    const QJsonObject replay = server.post("/api/v1/commands", batch(all), fixture.token).json();
    for (const QJsonValue &outcome : replay.value(QStringLiteral("results")).toArray())
        QVERIFY(outcome[QStringLiteral("replayed")].toBool());
    QCOMPARE(follow(server, fixture.token, &cursor).size(), 0);

    // The journal's chain survived the kills.
    server.kill();
    const Run verified = server.cli({QStringLiteral("journal"), QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
}

void TestServerFaults::twoProcessesFeedMissesNothing()
{
    Fixture fixture;
    QVERIFY(fixture.ok);
    Server first(fixture.server.url());
    Server second(fixture.server.url());
    QVERIFY2(first.start(), qPrintable(first.startError()));
    QVERIFY2(second.start(), qPrintable(second.startError()));
    QStringList tokens;
    for (int i = 0; i < 4; ++i)
        tokens.append(fixture.server.addDesk(fixture.org));
    const QString reader = fixture.server.addDesk(fixture.server.addOrg(2));

    // Four writers, two through each process, while a reader follows the feed.
    std::atomic<bool> writing{true};
    QFuture<QList<QJsonObject>> followed = QtConcurrent::run([&] {
        QList<QJsonObject> seen;
        QByteArray cursor;
        for (int i = 0; i < 2000; ++i) {
            const bool last = !writing.load();
            const HttpReply reply = first.get("/api/v1/changes?limit=7&wait=1&after=" + cursor, reader);
            if (reply.status == 200) {
                for (const QJsonValue &change : reply.json().value(QStringLiteral("changes")).toArray())
                    seen.append(change.toObject());
                cursor = reply.json().value(QStringLiteral("cursor")).toString().toUtf8();
                if (last && !reply.json().value(QStringLiteral("more")).toBool())
                    break;
            }
        }
        return seen;
    });
    // One generator, so that no two writers register the same child.
    Applications applications;
    QList<QList<Application>> perWriter(4);
    for (int w = 0; w < 4; ++w) {
        for (int i = 0; i < 25; ++i)
            perWriter[w].append(applications.next());
    }
    QList<QFuture<QStringList>> writers;
    for (int w = 0; w < 4; ++w) {
        writers.append(QtConcurrent::run([&, w] {
            const Server &through = w % 2 == 0 ? first : second;
            QStringList applied;
            for (int i = 1; i <= 25; ++i) {
                // As a desk does: no answer or 503, send the same batch again (it is applied once).
                HttpReply reply;
                for (int attempt = 0; attempt < 5 && reply.status != 200; ++attempt) {
                    reply = through.post("/api/v1/commands", batch({registration(i, perWriter[w][i - 1])}), tokens.at(w));
                    if (reply.status != 200)
                        qWarning("writer %d command %d: HTTP %d %s", w, i, reply.status, reply.body.constData());
                }
                const QJsonObject answer = reply.json();
                const QJsonObject outcome = answer[QStringLiteral("results")][0].toObject();
                if (outcome[QStringLiteral("status")].toString() == QStringLiteral("applied"))
                    applied.append(outcome[QStringLiteral("result")][QStringLiteral("application_id")].toString());
                else
                    qWarning("not applied: %s", QJsonDocument(answer).toJson(QJsonDocument::Compact).constData());
            }
            return applied;
        }));
    }
    QSet<QString> applied;
    for (QFuture<QStringList> &writer : writers) {
        for (const QString &id : writer.result())
            applied.insert(id);
    }
    writing = false;
    QCOMPARE(applied.size(), 100);

    const QList<QJsonObject> seen = followed.result();
    QSet<QString> seenIds;
    qint64 previous = 0;
    for (const QJsonObject &change : seen) {
        const qint64 seq = change[QStringLiteral("seq")].toInteger();
        QVERIFY2(seq > previous, "the feed must come in commit order without repeats");
        previous = seq;
        if (change[QStringLiteral("entity")].toString() == QStringLiteral("application"))
            seenIds.insert(change[QStringLiteral("id")].toString());
    }
    QCOMPARE(seenIds, applied);
}

void TestServerFaults::oneCommandToTwoProcessesAppliedOnce()
{
    Fixture fixture;
    QVERIFY(fixture.ok);
    Server first(fixture.server.url());
    Server second(fixture.server.url());
    QVERIFY2(first.start(), qPrintable(first.startError()));
    QVERIFY2(second.start(), qPrintable(second.startError()));
    Applications applications;
    for (int round = 1; round <= 10; ++round) {
        const QByteArray body = batch({registration(round, applications.next())});
        QFuture<HttpReply> a = QtConcurrent::run([&] { return first.post("/api/v1/commands", body, fixture.token); });
        QFuture<HttpReply> b = QtConcurrent::run([&] { return second.post("/api/v1/commands", body, fixture.token); });
        const QJsonObject one = a.result().json()[QStringLiteral("results")][0].toObject();
        const QJsonObject two = b.result().json()[QStringLiteral("results")][0].toObject();
        QCOMPARE(one[QStringLiteral("status")].toString(), QStringLiteral("applied"));
        QCOMPARE(two[QStringLiteral("status")].toString(), QStringLiteral("applied"));
        QCOMPARE(one[QStringLiteral("result")][QStringLiteral("registration_sequence")].toInteger(),
                 two[QStringLiteral("result")][QStringLiteral("registration_sequence")].toInteger());
        QCOMPARE(one[QStringLiteral("replayed")].toBool() != two[QStringLiteral("replayed")].toBool(), true);
    }
    QByteArray cursor;
    int rows = 0;
    for (const QJsonObject &change : follow(first, fixture.token, &cursor))
        rows += change[QStringLiteral("partition")].toString().startsWith(QStringLiteral("org:")) ? 1 : 0;
    QCOMPARE(rows, 10);
}

void TestServerFaults::commitOnOneProcessWakesLongPollOnTheOther()
{
    if (!onPostgres())
        QSKIP("SQLite is served by one process: the wake-up across processes is PostgreSQL's LISTEN/NOTIFY (the _pg run tests it)");
    Fixture fixture;
    QVERIFY(fixture.ok);
    Server first(fixture.server.url());
    Server second(fixture.server.url());
    QVERIFY2(first.start(), qPrintable(first.startError()));
    QVERIFY2(second.start(), qPrintable(second.startError()));
    const QByteArray cursor = second.get("/api/v1/changes", fixture.token).json()[QStringLiteral("cursor")].toString().toUtf8();
    QFuture<HttpReply> parked = QtConcurrent::run([&] { return second.get("/api/v1/changes?wait=25&after=" + cursor, fixture.token); });
    QTest::qWait(500);
    const Application application = Applications().next();
    QCOMPARE(first.post("/api/v1/commands", batch({registration(1, application)}), fixture.token).status, 200);
    const HttpReply woken = parked.result();
    QCOMPARE(woken.status, 200);
    const QJsonArray changes = woken.json()[QStringLiteral("changes")].toArray();
    QVERIFY2(!changes.isEmpty(), "the long-poll on the other process was not woken by NOTIFY");
    QCOMPARE(changes.at(0)[QStringLiteral("id")].toString(), application.id);
}

QTEST_GUILESS_MAIN(TestServerFaults)
#include "tst_server_faults.moc"
