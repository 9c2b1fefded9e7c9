// Faults with real processes: the server killed (SIGKILL) in the middle of batches and restarted,
// every command applied exactly once; killed between a group's commands and their one commit, and
// a group that fails in the store, with many desks writing at once (group commit: nothing of the
// group stays, every command is applied once after), a store locked by another process (every
// waiting batch answered retry at once), and one desk's batch sent twice at once and another's with
// a gap among them (the same outcome twice, once replayed; 409, nothing applied); two server processes on one store with concurrent writers,
// a reader following the feed misses nothing; one command sent to both at once is applied once;
// on PostgreSQL a commit through one process wakes a long-poll parked on the other, also after
// every connection of both to PostgreSQL was cut (as a restart of PostgreSQL cuts them).
#include "ServerTestHelpers.h"

#include <QFuture>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <thread>
#include <vector>

using namespace ServerTest;

class TestServerFaults : public QObject
{
    Q_OBJECT

private slots:
    void killedMidBatchAppliesEveryCommandOnce();
    void desksWritingAtOnceShareCommits();
    void killedBeforeAGroupsCommitKeepsNothingOfIt();
    void aGroupThatFailsIsWrittenBatchByBatch();
    void aLockedStoreAnswersEveryWaitingBatchAtOnce();
    void aDeskTwiceAndAGapAmongDesksWritingAtOnce();
    void twoProcessesFeedMissesNothing();
    void oneCommandToTwoProcessesAppliedOnce();
    void commitOnOneProcessWakesLongPollOnTheOther();
    void aLostStoreConnectionIsMadeAgain();
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

// Kills the server and walks the journal's hash chain: empty when it holds, else what verify said.
QString journalAfterKill(Server &server)
{
    server.kill();
    const Run verified = server.cli({QStringLiteral("journal"), QStringLiteral("verify")});
    return verified.exitCode == 0 ? QString() : verified.err;
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

// Two serving processes on one new store (PostgreSQL: NOTIFY between them).
struct TwoProcesses
{
    Fixture fixture;
    Server first{fixture.server.url()};
    Server second{fixture.server.url()};
    QString error; // empty once both serve
    TwoProcesses()
    {
        if (!fixture.ok)
            error = QStringLiteral("no store");
        else if (!first.start())
            error = first.startError();
        else if (!second.start())
            error = second.startError();
    }
};

// A long-poll parked on `second` at the desk's newest cursor, then the desk's registration of
// application with deskSeq committed through `first`: empty when the long-poll was woken with it (PostgreSQL's
// NOTIFY from one process to the other), else what happened.
QString wakesAcrossProcesses(const Server &first, const Server &second, const QString &token, qint64 deskSeq,
                             const Application &application)
{
    const QByteArray cursor = second.get("/api/v1/changes?limit=1000", token).json()[QStringLiteral("cursor")].toString().toUtf8();
    QFuture<HttpReply> parked = QtConcurrent::run([&] { return second.get("/api/v1/changes?wait=25&after=" + cursor, token); });
    QTest::qWait(2500); // parked, and past a look at the listener's connection (once a second)
    if (const int status = first.post("/api/v1/commands", batch({registration(deskSeq, application)}), token).status; status != 200)
        return QStringLiteral("the registration got %1").arg(status);
    const HttpReply woken = parked.result();
    if (woken.status != 200)
        return QStringLiteral("the long-poll got %1").arg(woken.status);
    const QJsonArray changes = woken.json()[QStringLiteral("changes")].toArray();
    if (changes.isEmpty())
        return QStringLiteral("the long-poll on the other process was not woken by NOTIFY");
    if (changes.at(0)[QStringLiteral("id")].toString() != application.id)
        return QStringLiteral("the long-poll was woken with another change");
    return {};
}

// Many desks of three kindergartens, each with its own commands, sending at the same moment: the
// load under which the server writes the batches of several desks in one group (CommandWriter).
struct Crowd
{
    static constexpr int kindergartens = 3;
    static constexpr int desksEach = 6;
    Fixture fixture;
    QStringList orgs;
    QStringList tokens;                  // desk d belongs to orgs[d / desksEach]
    QList<QList<QJsonObject>> commands;  // per desk, desk_seq 1..
    QList<int> answered;                 // per desk: its commands with an outcome
    QHash<QString, QJsonObject> outcomes; // by command id
    QStringList refusals;                 // the last round's answers other than 200: "status code results"
    bool ok = false;

    explicit Crowd(int perDesk)
    {
        ok = fixture.ok;
        orgs.append(fixture.org);
        for (int k = 1; k < kindergartens; ++k)
            orgs.append(fixture.server.addOrg(k + 1));
        Applications applications(11);
        for (int d = 0; d < kindergartens * desksEach; ++d) {
            tokens.append(d == 0 ? fixture.token : fixture.server.addDesk(orgs.value(d / desksEach)));
            ok = ok && !tokens.constLast().isEmpty() && !orgs.value(d / desksEach).isEmpty();
            QList<QJsonObject> own;
            for (int i = 1; i <= perDesk; ++i)
                own.append(registration(i, applications.next()));
            commands.append(own);
            answered.append(0);
        }
    }
    int desks() const { return int(tokens.size()); }

    // Every desk with commands left sends its next one, all at once, each on its own connection.
    // Records the outcomes of the answers that came; returns how many requests got no answer.
    int sendRound()
    {
        std::vector<int> senders;
        for (int d = 0; d < desks(); ++d)
            if (answered.at(d) < commands.at(d).size())
                senders.push_back(d);
        std::vector<HttpReply> replies(senders.size());
        std::vector<std::thread> threads;
        for (std::size_t i = 0; i < senders.size(); ++i) {
            const int d = senders[i];
            const QByteArray body = batch({commands.at(d).at(answered.at(d))});
            threads.emplace_back([this, i, d, body, &replies] {
                replies[i] = fixture.server.post("/api/v1/commands", body, tokens.at(d));
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        int lost = 0;
        refusals.clear();
        for (std::size_t i = 0; i < senders.size(); ++i) {
            if (replies[i].status != 200) {
                ++lost;
                refusals.append(QStringLiteral("%1 %2 %3").arg(replies[i].status)
                                    .arg(replies[i].json()[QStringLiteral("code")].toString())
                                    .arg(replies[i].json()[QStringLiteral("results")].toArray().size()));
                continue;
            }
            record(senders[i], replies[i].json());
        }
        return lost;
    }

    // Each desk sends every command it has no outcome for, as one batch (what a desk does after an
    // outage); true when every desk got 200.
    bool sendTheRest()
    {
        bool all = true;
        for (int d = 0; d < desks(); ++d) {
            QJsonArray rest;
            for (qsizetype i = answered.at(d); i < commands.at(d).size(); ++i)
                rest.append(commands.at(d).at(i));
            if (rest.isEmpty())
                continue;
            const HttpReply reply = fixture.server.post("/api/v1/commands", batch(rest), tokens.at(d));
            if (reply.status != 200) {
                qWarning("desk %d: HTTP %d %s", d, reply.status, reply.body.constData());
                all = false;
                continue;
            }
            record(d, reply.json());
        }
        return all;
    }

    void record(int d, const QJsonObject &answer)
    {
        for (const QJsonValue &outcome : answer.value(QStringLiteral("results")).toArray()) {
            outcomes.insert(outcome[QStringLiteral("id")].toString(), outcome.toObject());
            answered[d] = std::max<int>(answered.at(d), int(outcome[QStringLiteral("desk_seq")].toInteger()));
        }
    }

    // What the region holds: every command answered, all applied but `duplicates` rejected as
    // duplicate_child; every applied one's application once in its kindergarten's partition, with
    // registration sequences 1..n without a gap or a repeat.
    QString checkRegion(int duplicates = 0)
    {
        int applied = 0;
        int rejected = 0;
        QSet<qint64> sequences;
        for (const QList<QJsonObject> &own : std::as_const(commands)) {
            for (const QJsonObject &command : own) {
                const QJsonObject outcome = outcomes.value(command[QStringLiteral("id")].toString());
                const QString status = outcome[QStringLiteral("status")].toString();
                if (status == QStringLiteral("applied")) {
                    ++applied;
                    sequences.insert(outcome[QStringLiteral("result")][QStringLiteral("registration_sequence")].toInteger());
                } else if (status == QStringLiteral("rejected")
                           && outcome[QStringLiteral("code")].toString() == QStringLiteral("duplicate_child")) {
                    ++rejected;
                } else {
                    return QStringLiteral("command %1: %2").arg(command[QStringLiteral("id")].toString(),
                                                                QString::fromUtf8(QJsonDocument(outcome).toJson(QJsonDocument::Compact)));
                }
            }
        }
        if (rejected != duplicates)
            return QStringLiteral("%1 commands rejected as duplicate_child, not %2").arg(rejected).arg(duplicates);
        if (sequences.size() != applied || *std::min_element(sequences.begin(), sequences.end()) != 1
            || *std::max_element(sequences.begin(), sequences.end()) != applied)
            return QStringLiteral("%1 distinct registration sequences for %2 applied commands").arg(sequences.size()).arg(applied);
        int rows = 0;
        QSet<QString> ids;
        for (int k = 0; k < kindergartens; ++k) {
            QByteArray cursor;
            for (const QJsonObject &change : follow(fixture.server, tokens.at(k * desksEach), &cursor)) {
                if (change[QStringLiteral("partition")].toString() == QStringLiteral("org:") + orgs.at(k)
                    && change[QStringLiteral("entity")].toString() == QStringLiteral("application")) {
                    ++rows;
                    ids.insert(change[QStringLiteral("id")].toString());
                }
            }
        }
        if (rows != applied || ids.size() != applied)
            return QStringLiteral("%1 rows of %2 applications in the kindergartens' partitions, for %3 applied commands")
                .arg(rows).arg(ids.size()).arg(applied);
        return {};
    }

    int health(const char *group, const char *key) const
    {
        return int(fixture.server.get("/api/v1/health").json()[QLatin1String(group)][QLatin1String(key)].toInteger());
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
    QCOMPARE(journalAfterKill(server), QString());
}

void TestServerFaults::desksWritingAtOnceShareCommits()
{
    Crowd crowd(5);
    QVERIFY(crowd.ok);
    QVERIFY2(crowd.fixture.server.start(), qPrintable(crowd.fixture.server.startError()));
    for (int round = 0; round < 5; ++round)
        QCOMPARE(crowd.sendRound(), 0);
    QCOMPARE(crowd.checkRegion(), QString());
    // 18 desks sending at once: some commit shared by the batches of several desks.
    const int groups = crowd.health("command_groups", "groups");
    const int batches = crowd.health("command_groups", "batches");
    QCOMPARE(batches, crowd.desks() * 5);
    QVERIFY2(groups < batches, qPrintable(QStringLiteral("%1 groups for %2 batches").arg(groups).arg(batches)));
    QCOMPARE(crowd.health("command_groups", "alone"), 0);
}

void TestServerFaults::killedBeforeAGroupsCommitKeepsNothingOfIt()
{
    Crowd crowd(4);
    QVERIFY(crowd.ok);
    Server &server = crowd.fixture.server;
    // The test hook: the first group of at least 3 batches kills the process just before its commit.
    server.setEnvironment(QStringLiteral("QABYLDAU_TEST_KILL_GROUP"), QStringLiteral("3"));
    QVERIFY2(server.start(), qPrintable(server.startError()));
    int lost = 0;
    for (int round = 0; round < 4 && lost == 0; ++round)
        lost = crowd.sendRound();
    QVERIFY2(lost >= 3, "no group of three batches formed: the server was not killed by the hook");
    QVERIFY(server.waitForEnd(10000));
    const QByteArray err = server.takeStandardError();
    const QByteArray marker = "killed before committing commands";
    const qsizetype at = err.indexOf(marker);
    QVERIFY2(at >= 0, err.constData());
    const QStringList inGroup = QString::fromUtf8(err.mid(at + marker.size(), err.indexOf('\n', at) - at - marker.size()))
                                    .split(u' ', Qt::SkipEmptyParts);
    QVERIFY(inGroup.size() >= 3);
    for (const QString &id : inGroup)
        QVERIFY2(!crowd.outcomes.contains(id), "a command of the killed group was answered");

    // Restarted without the hook, each desk sends what has no outcome: the killed group's commands
    // are applied now, for the first time (nothing of the group was committed), everything once.
    server.setEnvironment(QStringLiteral("QABYLDAU_TEST_KILL_GROUP"), QString());
    QVERIFY2(server.start(), qPrintable(server.startError()));
    QVERIFY(crowd.sendTheRest());
    for (const QString &id : inGroup) {
        const QJsonObject outcome = crowd.outcomes.value(id);
        QCOMPARE(outcome[QStringLiteral("status")].toString(), QStringLiteral("applied"));
        QVERIFY2(!outcome[QStringLiteral("replayed")].toBool(), qPrintable(id));
    }
    QCOMPARE(crowd.checkRegion(), QString());

    // The journal's chain holds: the killed group left no entry behind.
    QCOMPARE(journalAfterKill(server), QString());
}

void TestServerFaults::aGroupThatFailsIsWrittenBatchByBatch()
{
    Crowd crowd(4);
    QVERIFY(crowd.ok);
    Server &server = crowd.fixture.server;
    // The test hook: every group of two or more batches fails after its commands were applied and
    // before its commit, as the store could; the group is rolled back and each batch written alone.
    server.setEnvironment(QStringLiteral("QABYLDAU_TEST_FAIL_GROUPS"), QStringLiteral("1"));
    QVERIFY2(server.start(), qPrintable(server.startError()));
    // Two desks of different kindergartens register the same child in the same moment.
    const QJsonObject first = crowd.commands.at(0).at(1);
    QJsonObject twin = crowd.commands.at(Crowd::desksEach).at(1);
    QJsonObject payload = first[QStringLiteral("payload")].toObject();
    payload.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    twin.insert(QStringLiteral("payload"), payload);
    crowd.commands[Crowd::desksEach][1] = twin;
    for (int round = 0; round < 4; ++round)
        QCOMPARE(crowd.sendRound(), 0);
    QVERIFY2(crowd.health("command_groups", "alone") > 0, "no group failed: the hook was not reached");

    // Every batch was answered as if written alone: the rolled-back group left no outcome behind
    // (a command applied in the group would come back "replayed").
    int rejected = 0;
    for (const QJsonObject &outcome : std::as_const(crowd.outcomes)) {
        QVERIFY(!outcome[QStringLiteral("replayed")].toBool());
        if (outcome[QStringLiteral("status")].toString() == QStringLiteral("rejected")) {
            ++rejected;
            QCOMPARE(outcome[QStringLiteral("code")].toString(), QStringLiteral("duplicate_child"));
        }
    }
    QCOMPARE(rejected, 1);
    QCOMPARE(crowd.checkRegion(1), QString());
}

void TestServerFaults::aLockedStoreAnswersEveryWaitingBatchAtOnce()
{
    if (onPostgres())
        QSKIP("PostgreSQL's region lock is waited for without a bound: a group waits, it is not refused (the SQLite run tests the refusal)");
    Crowd crowd(2);
    QVERIFY(crowd.ok);
    Server &server = crowd.fixture.server;
    QVERIFY2(server.start(), qPrintable(server.startError()));
    QCOMPARE(crowd.sendRound(), 0);

    // Another process holds the store's write lock past the server's busy timeout (10 s), as a
    // long `directions import` could: every batch that waits is answered 503 with nothing applied,
    // at once, and the group is not written again batch by batch against the same lock.
    const QString name = QStringLiteral("locker");
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        locker.setDatabaseName(server.url().mid(int(qstrlen("sqlite:"))));
        QVERIFY(locker.open());
        QSqlQuery lock(locker);
        QVERIFY2(lock.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(lock.lastError().text()));
        const int lost = crowd.sendRound();
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(lost, crowd.desks());
        // The group that met the lock: retry; those that waited behind it: server_busy.
        for (const QString &refusal : std::as_const(crowd.refusals))
            QVERIFY2(refusal == QStringLiteral("503 retry 0") || refusal == QStringLiteral("503 server_busy 0"), qPrintable(refusal));
        QVERIFY(crowd.refusals.contains(QStringLiteral("503 retry 0")));
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(crowd.health("command_groups", "alone"), 0);

    // The lock gone, the same batches are applied, each once.
    QCOMPARE(crowd.sendRound(), 0);
    QCOMPARE(crowd.checkRegion(), QString());
}

// Among 18 desks writing at once (their batches written in shared groups), one desk sends each
// batch twice at the same moment (a retry while the first is still waiting, both may fall in one
// group), and another sends a batch that skips a number: the doubled command is applied once and
// answered "replayed" the second time, the batch with a gap is refused 409 with nothing of it
// applied, and the batches beside them in their groups are applied as if alone.
void TestServerFaults::aDeskTwiceAndAGapAmongDesksWritingAtOnce()
{
    Crowd crowd(4);
    QVERIFY(crowd.ok);
    QVERIFY2(crowd.fixture.server.start(), qPrintable(crowd.fixture.server.startError()));
    const int twice = 0;
    const int skipping = crowd.desksEach; // the first desk of the second kindergarten
    Applications strays(23);
    QStringList strayIds;
    int replayed = 0;
    for (int round = 0; round < 4; ++round) {
        struct Request
        {
            int desk;
            QByteArray body;
        };
        std::vector<Request> requests;
        for (int d = 0; d < crowd.desks(); ++d)
            requests.push_back({d, batch({crowd.commands.at(d).at(round)})});
        requests.push_back({twice, requests.at(twice).body});
        const Application stray = strays.next();
        strayIds.append(stray.id);
        requests.push_back({skipping, batch({registration(round + 3, stray)})}); // skips round + 2
        std::vector<HttpReply> replies(requests.size());
        std::vector<std::thread> threads;
        for (std::size_t i = 0; i < requests.size(); ++i)
            threads.emplace_back([&, i] {
                replies[i] = crowd.fixture.server.post("/api/v1/commands", requests[i].body, crowd.tokens.at(requests[i].desk));
            });
        for (std::thread &thread : threads)
            thread.join();
        for (std::size_t i = 0; i + 1 < requests.size(); ++i) {
            QVERIFY2(replies[i].status == 200, qPrintable(QStringLiteral("round %1, desk %2: %3 %4").arg(round)
                                                              .arg(requests[i].desk).arg(replies[i].status)
                                                              .arg(QString::fromUtf8(replies[i].body))));
            crowd.record(requests[i].desk, replies[i].json());
        }
        // The same command's two answers: the same outcome, one of them replayed.
        const QJsonObject first = replies[twice].json()[QStringLiteral("results")][0].toObject();
        const QJsonObject second = replies[requests.size() - 2].json()[QStringLiteral("results")][0].toObject();
        QCOMPARE(first[QStringLiteral("status")].toString(), QStringLiteral("applied"));
        QCOMPARE(second[QStringLiteral("status")].toString(), QStringLiteral("applied"));
        QCOMPARE(first[QStringLiteral("result")], second[QStringLiteral("result")]);
        QVERIFY(first[QStringLiteral("replayed")].toBool() != second[QStringLiteral("replayed")].toBool());
        replayed += 1;
        const HttpReply &gap = replies.back();
        QCOMPARE(gap.status, 409);
        QCOMPARE(gap.json()[QStringLiteral("code")].toString(), QStringLiteral("desk_seq_gap"));
        // The number after the desk's last: its own command of this round may be written before or
        // after the gap's batch.
        const qint64 expected = gap.json()[QStringLiteral("expected_seq")].toInteger();
        QVERIFY2(expected == round + 1 || expected == round + 2, qPrintable(QString::number(expected)));
    }
    QCOMPARE(replayed, 4);
    QCOMPARE(crowd.checkRegion(), QString()); // every command once, sequences 1..n
    QByteArray cursor;
    for (const QJsonObject &change : follow(crowd.fixture.server, crowd.tokens.at(skipping), &cursor))
        QVERIFY2(!strayIds.contains(change[QStringLiteral("id")].toString()), "a command of a batch with a gap was applied");
    const int groups = crowd.health("command_groups", "groups");
    const int batches = crowd.health("command_groups", "batches");
    QVERIFY2(groups < batches, qPrintable(QStringLiteral("%1 groups for %2 batches").arg(groups).arg(batches)));
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
    TwoProcesses two;
    QCOMPARE(two.error, QString());
    QCOMPARE(wakesAcrossProcesses(two.first, two.second, two.fixture.token, 1, Applications().next()), QString());
}

// Every connection of two server processes to their PostgreSQL database cut at once, as a restart
// of PostgreSQL cuts them: the servers make their connections again by themselves, and no request
// after the cut is refused for it. The next command is applied, the feed is read, and a commit
// through one process still wakes a long-poll parked on the other (its LISTEN connection is made
// again too). They used to answer 503 to everything until restarted.
void TestServerFaults::aLostStoreConnectionIsMadeAgain()
{
    if (!onPostgres())
        QSKIP("a SQLite store is a file, not a connection that can be lost (the _pg run tests it)");
    TwoProcesses two;
    QCOMPARE(two.error, QString());
    const Fixture &fixture = two.fixture;
    const Server &first = two.first;
    Server &second = two.second;
    Applications applications;
    const Application before = applications.next();
    QCOMPARE(first.post("/api/v1/commands", batch({registration(1, before)}), fixture.token).status, 200);

    // Each process has its pool's 8 connections (the deadlines' runs use them), its listener's and
    // distribution's: 20 in all. pg_terminate_backend's timeout waits until each is gone.
    const QString database = QUrl(fixture.server.url()).path().mid(1);
    QVariant cut;
    QCOMPARE(onPostgresAdmin(QStringLiteral("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 10000))"
                                            " FROM pg_stat_activity WHERE datname = '%1'").arg(database), &cut),
             QString());
    QVERIFY2(cut.toInt() >= 20, qPrintable(QStringLiteral("%1 connections cut").arg(cut.toInt())));

    const Application after = applications.next();
    const HttpReply applied = first.post("/api/v1/commands", batch({registration(2, after)}), fixture.token);
    QVERIFY2(applied.status == 200, qPrintable(QString::number(applied.status) + u' ' + QString::fromUtf8(applied.body)));
    QCOMPARE(applied.json()[QStringLiteral("results")][0][QStringLiteral("status")].toString(), QStringLiteral("applied"));
    const HttpReply page = second.get("/api/v1/changes?limit=100", fixture.token);
    QVERIFY2(page.status == 200, qPrintable(QString::number(page.status) + u' ' + QString::fromUtf8(page.body)));
    QSet<QString> registered;
    for (const QJsonValue &change : page.json()[QStringLiteral("changes")].toArray())
        registered.insert(change[QStringLiteral("id")].toString());
    QVERIFY(registered.contains(before.id));
    QVERIFY(registered.contains(after.id));

    // The listener of the second process hears the first's commits again.
    QCOMPARE(wakesAcrossProcesses(first, second, fixture.token, 3, applications.next()), QString());
    QVERIFY(first.running());
    QVERIFY(second.running());
}

QTEST_GUILESS_MAIN(TestServerFaults)
#include "tst_server_faults.moc"
