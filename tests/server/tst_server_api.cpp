// The sync API v1 of a real qabyldau-server process, over HTTP on loopback, on SQLite or (with
// QABYLDAU_TEST_PG_URL_FILE) on PostgreSQL: registration, exactly once, lost responses, gaps,
// conflicts, scoping, the duplicate child, filing times, long-poll, bad input.
#include "ServerTestHelpers.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QFuture>
#include <QJsonArray>
#include <QTest>
#include <QThreadPool>
#include <QDeadlineTimer>

using namespace ServerTest;

class TestServerApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void healthAnswersWithoutToken();
    void registrationRoundTrip();
    void sameBatchTwiceChangesNothing();
    void lostResponseRetryGetsStoredOutcome();
    void gapInDeskSeqIsRefusedWithExpectedNumber();
    void reusedDeskSeqWithOtherPayloadIsConflict();
    void rejectedCommandUsesUpItsNumber();
    void desksSeeOnlyWhatTheyMay();
    void duplicateChildAcrossTwoDesks();
    void applicationNumbersTravelAndAreUnique();
    void filingTimeOutOfRange();
    void withdrawalArchivesAndFreesTheChild();
    void longPollWakesOnCommit();
    void manyParkedDesksOfTwoOrgsEachGetTheirOwnView();
    void desksOfAQuietKindergartenStayOnTheSharedRead();
    void aDeskFarBehindDoesNotSendTheOthersToLookAlone();
    void returningDeskParksWithoutReadAndGetsEveryChange();
    void twoConnectionsOfOneDeskEachParkWithoutRead();
    void deskRevokedWhileParkedWithoutReadGetsNoData();
    void badInputGetsClearErrorsAndServerKeepsServing();
    void textTheDesksCannotReadIsRefusedAtTheDoor();
    void revokedTokenStopsWorking();
    void cursorFromAnotherEpochIsRefused();
    void sigtermStopsCleanlyWithParkedRequests();

private:
    QJsonObject postBatch(const QString &token, const QJsonArray &commands, int expectedStatus = 200);
    QJsonArray allChanges(const QString &token);
    int health(const char *key) const; // a counter of GET /api/v1/health
    // Waits up to 15 s for exactly count long-polls parked; empty when they are, else the counts seen.
    QString waitParked(int count);
    // Kindergarten B with an application of its own and three desks, and count long-polls of
    // those desks parked at their cursors (wait=30, the longest: headroom on a loaded machine).
    struct ParkedDesks
    {
        QThreadPool clients; // a thread for each parked request, and one more
        QList<QString> tokens;
        QList<QByteArray> cursors;
        QList<QFuture<HttpReply>> replies; // reply i is of tokens[i % 3] at cursors[i % 3]
    };
    void parkDesksOfB(int count, ParkedDesks &parked);
    // More of A's changes than one shared read takes (5 batches of 440 complaints), none of them
    // B's to see; each batch's wake-up has gone through the parked desks before the next.
    void complaintsOfA(qint64 &seqA);

    std::unique_ptr<Server> m_server;
    QString m_orgA, m_orgB, m_tokenA, m_tokenA2, m_tokenB;
    Applications m_applications;
};

void TestServerApi::initTestCase()
{
    QVERIFY2(QFile::exists(serverPath()), qPrintable(serverPath()));
    if (onPostgres())
        QVERIFY2(postgresBaseUrl().startsWith(QStringLiteral("postgresql://")), qPrintable(postgresBaseUrl()));
}

void TestServerApi::init()
{
    m_server = std::make_unique<Server>();
    QVERIFY2(m_server->setupError().isEmpty(), qPrintable(m_server->setupError()));
    QVERIFY(m_server->init());
    m_orgA = m_server->addOrg(1);
    m_orgB = m_server->addOrg(2);
    QVERIFY(!m_orgA.isEmpty() && !m_orgB.isEmpty());
    m_tokenA = m_server->addDesk(m_orgA);
    m_tokenA2 = m_server->addDesk(m_orgA);
    m_tokenB = m_server->addDesk(m_orgB);
    QVERIFY(m_tokenA.startsWith(QStringLiteral("qd_")) && !m_tokenA2.isEmpty() && !m_tokenB.isEmpty());
    QVERIFY2(m_server->start(), qPrintable(m_server->startError()));
}

void TestServerApi::cleanup()
{
    m_server.reset();
}

QJsonObject TestServerApi::postBatch(const QString &token, const QJsonArray &commands, int expectedStatus)
{
    const HttpReply reply = m_server->post("/api/v1/commands", batch(commands), token);
    if (reply.status != expectedStatus)
        qWarning("status %d: %s", reply.status, reply.body.constData());
    [&] { QCOMPARE(reply.status, expectedStatus); }();
    return reply.json();
}

QJsonArray TestServerApi::allChanges(const QString &token)
{
    QJsonArray all;
    QByteArray cursor;
    for (int page = 0; page < 1000; ++page) {
        const HttpReply reply = m_server->get("/api/v1/changes?limit=50&after=" + cursor, token);
        if (reply.status != 200)
            return {};
        const QJsonObject body = reply.json();
        for (const QJsonValue &change : body.value(QStringLiteral("changes")).toArray())
            all.append(change);
        cursor = body.value(QStringLiteral("cursor")).toString().toUtf8();
        if (!body.value(QStringLiteral("more")).toBool())
            break;
    }
    return all;
}

QString TestServerApi::waitParked(int count)
{
    // One reading decides: a wake-up in flight takes every parked desk for a moment (they are
    // answered, or parked again, by its task), so a second reading after the one that matched
    // could see them all gone (tst_server_api_pg once read 0 for 12 so, on a loaded machine).
    QDeadlineTimer settle(15000);
    QStringList seen;
    for (;;) {
        const int parked = health("parked");
        if (parked == count)
            return {};
        if (seen.isEmpty() || seen.last() != QString::number(parked))
            seen << QString::number(parked);
        if (settle.hasExpired())
            return QStringLiteral("%1 parked expected, counts seen: %2").arg(count).arg(seen.join(QStringLiteral(", ")));
        QTest::qWait(20);
    }
}

int TestServerApi::health(const char *key) const
{
    return m_server->get("/api/v1/health").json()[QLatin1String(key)].toInt();
}

void TestServerApi::healthAnswersWithoutToken()
{
    const HttpReply reply = m_server->get("/api/v1/health");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(reply.json().value(QStringLiteral("store")).toString(), onPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
}

void TestServerApi::registrationRoundTrip()
{
    const Application first = m_applications.next();
    const Application second = m_applications.next();
    const QJsonObject answer = postBatch(m_tokenA, {registration(1, first), registration(2, second)});
    const QJsonArray results = answer.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0)[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    QCOMPARE(results.at(0)[QStringLiteral("result")][QStringLiteral("registration_sequence")].toInteger(), 1);
    QCOMPARE(results.at(1)[QStringLiteral("result")][QStringLiteral("registration_sequence")].toInteger(), 2);
    QCOMPARE(answer.value(QStringLiteral("last_seq")).toInteger(), 1 + 1);

    // The desk reads its own writes: full records in its kindergarten's partition.
    const QJsonArray changes = allChanges(m_tokenA);
    int full = 0;
    for (const QJsonValue &change : changes) {
        if (change[QStringLiteral("partition")].toString() == QStringLiteral("org:") + m_orgA) {
            ++full;
            QCOMPARE(change[QStringLiteral("data")][QStringLiteral("registration_sequence")].toInteger() > 0, true);
        }
    }
    QCOMPARE(full, 2);

    // Its live position, from any kindergarten's desk.
    const HttpReply position = m_server->get("/api/v1/queue/position?iin=" + first.childIin.toUtf8(), m_tokenB);
    QCOMPARE(position.status, 200);
    QCOMPARE(position.json().value(QStringLiteral("birth_year")).toInt(), first.childBirthDate.year());
    QVERIFY(position.json().value(QStringLiteral("queue_number")).toInt() >= 1);
    QCOMPARE(m_server->get("/api/v1/queue/position?iin=" + m_applications.next().childIin.toUtf8(), m_tokenB).status, 404);
}

void TestServerApi::sameBatchTwiceChangesNothing()
{
    const QJsonArray commands{registration(1, m_applications.next()), registration(2, m_applications.next())};
    const QJsonObject first = postBatch(m_tokenA, commands);
    const int changesAfterFirst = allChanges(m_tokenA).size();
    const QJsonObject second = postBatch(m_tokenA, commands);
    for (int i = 0; i < 2; ++i) {
        QJsonObject replay = second[QStringLiteral("results")][i].toObject();
        QCOMPARE(replay.take(QStringLiteral("replayed")).toBool(), true);
        QCOMPARE(replay, first[QStringLiteral("results")][i].toObject());
    }
    QCOMPARE(allChanges(m_tokenA).size(), changesAfterFirst);
}

void TestServerApi::lostResponseRetryGetsStoredOutcome()
{
    const Application application = m_applications.next();
    const QByteArray body = batch({registration(1, application)});
    const HttpReply lost = m_server->post("/api/v1/commands", body, m_tokenA, {{"X-Test-Drop-Response", "1"}});
    QCOMPARE(lost.status, 0); // the connection closed with no answer, after the commit
    const QJsonObject retried = m_server->post("/api/v1/commands", body, m_tokenA).json();
    const QJsonObject outcome = retried[QStringLiteral("results")][0].toObject();
    QCOMPARE(outcome[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    QCOMPARE(outcome[QStringLiteral("replayed")].toBool(), true);
    QCOMPARE(outcome[QStringLiteral("result")][QStringLiteral("registration_sequence")].toInteger(), 1);
    // Registered once: the region has one application for the child.
    const QJsonArray changes = allChanges(m_tokenB);
    int rows = 0;
    for (const QJsonValue &change : changes)
        rows += change[QStringLiteral("entity")].toString() == QStringLiteral("application") ? 1 : 0;
    QCOMPARE(rows, 1);
}

void TestServerApi::gapInDeskSeqIsRefusedWithExpectedNumber()
{
    postBatch(m_tokenA, {registration(1, m_applications.next())});
    const QJsonObject refused = postBatch(m_tokenA, {registration(3, m_applications.next())}, 409);
    QCOMPARE(refused[QStringLiteral("code")].toString(), QStringLiteral("desk_seq_gap"));
    QCOMPARE(refused[QStringLiteral("expected_seq")].toInteger(), 2);
    // A batch whose numbers do not follow on is refused before anything is applied.
    const QJsonObject broken = postBatch(m_tokenA, {registration(2, m_applications.next()), registration(4, m_applications.next())}, 400);
    QCOMPARE(broken[QStringLiteral("code")].toString(), QStringLiteral("bad_batch"));
    QCOMPARE(postBatch(m_tokenA, {registration(2, m_applications.next())})[QStringLiteral("last_seq")].toInteger(), 2);
}

void TestServerApi::reusedDeskSeqWithOtherPayloadIsConflict()
{
    const QJsonObject original = registration(1, m_applications.next());
    postBatch(m_tokenA, {original});
    // Same desk_seq and id, another payload: never silently accepted.
    QJsonObject tampered = registration(1, m_applications.next());
    tampered.insert(QStringLiteral("id"), original[QStringLiteral("id")]);
    const QJsonObject answer = postBatch(m_tokenA, {tampered});
    QCOMPARE(answer[QStringLiteral("results")][0][QStringLiteral("code")].toString(), QStringLiteral("conflict"));
    // A new desk_seq reusing an id already applied: a conflict too, and it uses up its number.
    QJsonObject reused = registration(2, m_applications.next());
    reused.insert(QStringLiteral("id"), original[QStringLiteral("id")]);
    const QJsonObject second = postBatch(m_tokenA, {reused});
    QCOMPARE(second[QStringLiteral("results")][0][QStringLiteral("code")].toString(), QStringLiteral("conflict"));
    QCOMPARE(second[QStringLiteral("last_seq")].toInteger(), 2);
}

void TestServerApi::rejectedCommandUsesUpItsNumber()
{
    Application invalid = m_applications.next();
    invalid.consent = false; // RULES 3.2: no consent, no registration
    const Application valid = m_applications.next();
    // created_at never goes back along desk_seq: command 2 is dated with command 1.
    const QJsonObject answer = postBatch(m_tokenA, {registration(1, invalid), command(2, QStringLiteral("no_such_command"), {}, invalid.filedAt),
                                                    registration(3, valid)});
    const QJsonArray results = answer[QStringLiteral("results")].toArray();
    QCOMPARE(results.at(0)[QStringLiteral("status")].toString(), QStringLiteral("rejected"));
    QCOMPARE(results.at(0)[QStringLiteral("code")].toString(), QStringLiteral("invalid_application"));
    QCOMPARE(results.at(1)[QStringLiteral("code")].toString(), QStringLiteral("unsupported_command"));
    QCOMPARE(results.at(2)[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    QCOMPARE(answer[QStringLiteral("last_seq")].toInteger(), 3);
}

void TestServerApi::desksSeeOnlyWhatTheyMay()
{
    const Application application = m_applications.next();
    postBatch(m_tokenA, {registration(1, application)});
    const QJsonArray seenByB = allChanges(m_tokenB);
    const QByteArray bodyB = QJsonDocument(seenByB).toJson();
    QVERIFY(!bodyB.isEmpty());
    QVERIFY2(!bodyB.contains(application.childIin.toUtf8()), "another kindergarten's desk must not see the IIN");
    QVERIFY(!bodyB.contains(application.child.surname.toUtf8()));
    QVERIFY(!bodyB.contains(application.applicantIin.toUtf8()));
    bool anonymousRow = false;
    for (const QJsonValue &change : seenByB) {
        if (change[QStringLiteral("id")].toString() == application.id) {
            anonymousRow = true;
            QCOMPARE(change[QStringLiteral("partition")].toString(), QStringLiteral("year:%1").arg(application.childBirthDate.year()));
            QCOMPARE(change[QStringLiteral("data")][QStringLiteral("birth_year")].toInt(), application.childBirthDate.year());
        }
    }
    QVERIFY(anonymousRow);
    // The registering kindergarten's other desk sees the whole record.
    QVERIFY(QJsonDocument(allChanges(m_tokenA2)).toJson().contains(application.childIin.toUtf8()));
    // Another kindergarten's ids: not found, never data.
    const QJsonObject withdraw = postBatch(m_tokenB, {command(1, QStringLiteral("withdraw_application"),
                                                             {{QStringLiteral("application_id"), application.id}})});
    QCOMPARE(withdraw[QStringLiteral("results")][0][QStringLiteral("code")].toString(), QStringLiteral("not_found"));
}

void TestServerApi::duplicateChildAcrossTwoDesks()
{
    const Application child = m_applications.next();
    Application again = child;
    again.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Both desks at once: exactly one is applied, the other is rejected with the first's number.
    QFuture<QJsonObject> a = QtConcurrent::run([&] { return m_server->post("/api/v1/commands", batch({registration(1, child)}), m_tokenA).json(); });
    QFuture<QJsonObject> b = QtConcurrent::run([&] { return m_server->post("/api/v1/commands", batch({registration(1, again)}), m_tokenB).json(); });
    const QJsonObject first = a.result()[QStringLiteral("results")][0].toObject();
    const QJsonObject second = b.result()[QStringLiteral("results")][0].toObject();
    const QStringList statuses{first[QStringLiteral("status")].toString(), second[QStringLiteral("status")].toString()};
    QCOMPARE(statuses.count(QStringLiteral("applied")), 1);
    const QJsonObject rejected = first[QStringLiteral("status")].toString() == QStringLiteral("rejected") ? first : second;
    QCOMPARE(rejected[QStringLiteral("code")].toString(), QStringLiteral("duplicate_child"));
    QVERIFY(rejected[QStringLiteral("details")][QStringLiteral("queue_number")].toInt() >= 1);
}

// Issue 13 item 1: each desk learns its number in the region from the server; the number a
// registration carries is stored, reaches the kindergarten's other desk in its changes (never
// another kindergarten's anonymous rows), and a number already used is refused with number_taken;
// numbers of desk 000 (a desk that had not yet learnt its number) are not held to be unique.
void TestServerApi::applicationNumbersTravelAndAreUnique()
{
    const auto deskNumber = [this](const QString &token) {
        const HttpReply reply = m_server->get("/api/v1/desk", token);
        [&] { QCOMPARE(reply.status, 200); }();
        return reply.json();
    };
    // Numbered in the order they were added (init: A, A2, B).
    QCOMPARE(deskNumber(m_tokenA).value(QStringLiteral("desk_number")).toInt(), 1);
    QCOMPARE(deskNumber(m_tokenA).value(QStringLiteral("org_id")).toString(), m_orgA);
    QCOMPARE(deskNumber(m_tokenA2).value(QStringLiteral("desk_number")).toInt(), 2);
    QCOMPARE(deskNumber(m_tokenB).value(QStringLiteral("desk_number")).toInt(), 3);
    QCOMPARE(deskNumber(m_tokenB).value(QStringLiteral("org_id")).toString(), m_orgB);
    QCOMPARE(m_server->get("/api/v1/desk").status, 401);
    QCOMPARE(m_server->get("/api/v1/desk", QStringLiteral("qd_wrong")).status, 401);
    QCOMPARE(m_server->post("/api/v1/desk", "{}", m_tokenA).status, 405);

    Application numbered = m_applications.next();
    numbered.number = QStringLiteral("2026-001-00001");
    const QJsonObject applied = postBatch(m_tokenA, {registration(1, numbered)});
    QCOMPARE(applied[QStringLiteral("results")][0][QStringLiteral("status")].toString(), QStringLiteral("applied"));
    QCOMPARE(applied[QStringLiteral("results")][0][QStringLiteral("result")][QStringLiteral("number")].toString(),
             numbered.number);

    // The kindergarten's other desk gets it with the whole record.
    bool seen = false;
    for (const QJsonValue &change : allChanges(m_tokenA2)) {
        if (change[QStringLiteral("partition")].toString() == QStringLiteral("org:") + m_orgA
            && change[QStringLiteral("id")].toString() == numbered.id) {
            seen = true;
            QCOMPARE(change[QStringLiteral("data")][QStringLiteral("number")].toString(), numbered.number);
        }
    }
    QVERIFY(seen);
    QVERIFY(!QJsonDocument(allChanges(m_tokenB)).toJson().contains(numbered.number.toUtf8()));

    // The same number again, from any desk: refused, nothing registered.
    Application again = m_applications.next();
    again.number = numbered.number;
    const QJsonObject refused = postBatch(m_tokenA2, {registration(1, again)});
    const QJsonObject outcome = refused[QStringLiteral("results")][0].toObject();
    QCOMPARE(outcome[QStringLiteral("status")].toString(), QStringLiteral("rejected"));
    QCOMPARE(outcome[QStringLiteral("code")].toString(), QStringLiteral("number_taken"));
    QCOMPARE(outcome[QStringLiteral("details")][QStringLiteral("number")].toString(), numbered.number);
    QCOMPARE(m_server->get("/api/v1/queue/position?iin=" + again.childIin.toUtf8(), m_tokenA).status, 404);

    // Two desks that had not learnt their number both gave 2026-000-00001: both stand.
    Application first000 = m_applications.next();
    first000.number = QStringLiteral("2026-000-00001");
    Application second000 = m_applications.next();
    second000.number = first000.number;
    QCOMPARE(postBatch(m_tokenA, {registration(2, first000)})[QStringLiteral("results")][0][QStringLiteral("status")].toString(),
             QStringLiteral("applied"));
    QCOMPARE(postBatch(m_tokenB, {registration(1, second000)})[QStringLiteral("results")][0][QStringLiteral("status")].toString(),
             QStringLiteral("applied"));
    // A number not in its form is an invalid application.
    Application malformed = m_applications.next();
    QJsonObject payload = ApplicationJson::toJson(malformed);
    payload.insert(QStringLiteral("number"), QStringLiteral("26-1-1"));
    const QJsonObject invalid = postBatch(m_tokenB, {command(2, QStringLiteral("register_application"), payload, malformed.filedAt)});
    QCOMPARE(invalid[QStringLiteral("results")][0][QStringLiteral("code")].toString(), QStringLiteral("invalid_application"));
}

void TestServerApi::filingTimeOutOfRange()
{
    // A new desk's first upload: nothing can have been filed before the desk was added.
    Application beforeTheDesk = m_applications.next();
    beforeTheDesk.filedAt = QDateTime::currentDateTimeUtc().addDays(-2);
    QCOMPARE(postBatch(m_tokenB, {registration(1, beforeTheDesk)})[QStringLiteral("results")][0][QStringLiteral("code")].toString(),
             QStringLiteral("filing_time_out_of_range"));

    // In the server's future: refused.
    Application future = m_applications.next();
    future.filedAt = QDateTime::currentDateTimeUtc().addDays(1);
    QJsonObject answer = postBatch(m_tokenA, {registration(1, future)}, 200);
    QCOMPARE(answer[QStringLiteral("results")][0][QStringLiteral("code")].toString(), QStringLiteral("filing_time_out_of_range"));

    // A week offline: the desk told the server its head (1) a while ago; a command written after
    // that, filed honestly now, is accepted even though it arrives late.
    Application honest = m_applications.next();
    answer = postBatch(m_tokenA, {registration(2, honest)});
    QCOMPARE(answer[QStringLiteral("results")][0][QStringLiteral("status")].toString(), QStringLiteral("applied"));

    // The desk has reported head 2 just now. A clock turned back: command 3 claims a filing
    // time a day before that report, so it would jump the queue.
    Application backdated = m_applications.next();
    backdated.filedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    answer = postBatch(m_tokenA, {registration(3, backdated)});
    QCOMPARE(answer[QStringLiteral("results")][0][QStringLiteral("code")].toString(), QStringLiteral("filing_time_out_of_range"));
}

void TestServerApi::withdrawalArchivesAndFreesTheChild()
{
    const Application first = m_applications.next();
    const QJsonObject answer = postBatch(m_tokenA, {registration(1, first), command(2, QStringLiteral("withdraw_application"),
                                                                                   {{QStringLiteral("application_id"), first.id},
                                                                                    {QStringLiteral("reason"), QStringLiteral("parent's request")}})});
    QCOMPARE(answer[QStringLiteral("results")][1][QStringLiteral("status")].toString(), QStringLiteral("applied"));
    QCOMPARE(answer[QStringLiteral("results")][1][QStringLiteral("result")][QStringLiteral("status")].toString(), QStringLiteral("archived"));
    // Withdrawn: no active application, so the child may be registered again.
    QCOMPARE(m_server->get("/api/v1/queue/position?iin=" + first.childIin.toUtf8(), m_tokenA).status, 404);
    Application again = first;
    again.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    again.filedAt = QDateTime::currentDateTimeUtc();
    const QJsonObject registeredAgain = postBatch(m_tokenA, {registration(3, again)});
    QCOMPARE(registeredAgain[QStringLiteral("results")][0][QStringLiteral("status")].toString(), QStringLiteral("applied"));
    // Withdrawing twice is refused with its code.
    const QJsonObject twice = postBatch(m_tokenA, {command(4, QStringLiteral("withdraw_application"), {{QStringLiteral("application_id"), first.id}})});
    QCOMPARE(twice[QStringLiteral("results")][0][QStringLiteral("code")].toString(), QStringLiteral("already_archived"));
}

void TestServerApi::longPollWakesOnCommit()
{
    // Desk B catches up, then parks a long-poll; desk A registers; B's request returns with it.
    const HttpReply caughtUp = m_server->get("/api/v1/changes", m_tokenB);
    const QByteArray cursor = caughtUp.json()[QStringLiteral("cursor")].toString().toUtf8();
    QFuture<HttpReply> parked = QtConcurrent::run([&] { return m_server->get("/api/v1/changes?wait=25&after=" + cursor, m_tokenB); });
    QTest::qWait(500); // let it park (the test passes either way; this makes it a real wait)
    const Application application = m_applications.next();
    postBatch(m_tokenA, {registration(1, application)});
    const HttpReply woken = parked.result();
    QCOMPARE(woken.status, 200);
    const QJsonArray changes = woken.json()[QStringLiteral("changes")].toArray();
    QVERIFY2(!changes.isEmpty(), "the parked request returned without the change: it was not woken");
    QCOMPARE(changes.at(0)[QStringLiteral("id")].toString(), application.id);
    // Checkpoints: each partition in the page with its count and checksum.
    const QJsonArray checkpoints = woken.json()[QStringLiteral("checkpoints")].toArray();
    QVERIFY(!checkpoints.isEmpty());
    QCOMPARE(checkpoints.at(0)[QStringLiteral("checksum")].toString().size(), 16);
}

void TestServerApi::manyParkedDesksOfTwoOrgsEachGetTheirOwnView()
{
    // One wake-up answers every parked desk from one shared read (ApiHandler::answerWoken): each
    // must still get exactly the page a plain GET of its cursor gives (its own kindergarten's
    // scoped rows, never the other's; the same checkpoints and cursor). The answers go out
    // paced to the I/O threads (AnswerPacer): here one I/O thread and one answer let ahead (a
    // test hook), so that 200 desks' answers wait for it, and every one still goes out.
    QVERIFY(m_server->terminate() == 0);
    m_server->setEnvironment(QStringLiteral("QABYLDAU_TEST_ANSWERS_AHEAD"), QStringLiteral("1"));
    QVERIFY2(m_server->start({QStringLiteral("--io-threads"), QStringLiteral("1")}), qPrintable(m_server->startError()));
    QList<QString> tokens{m_tokenA, m_tokenA2, m_tokenB};
    tokens.append(m_server->addDesk(m_orgA));
    tokens.append(m_server->addDesk(m_orgB));
    tokens.append(m_server->addDesk(m_orgB));
    // Something in the log of both kindergartens first, so the cursors are not all zero.
    postBatch(m_tokenB, {registration(1, m_applications.next())});
    struct Parked
    {
        QString token;
        QByteArray cursor;
    };
    QList<Parked> parked;
    for (int i = 0; i < 200; ++i) {
        const QString &token = tokens.at(i % tokens.size());
        const HttpReply caughtUp = m_server->get("/api/v1/changes", token);
        QCOMPARE(caughtUp.status, 200);
        parked.append({token, caughtUp.json()[QStringLiteral("cursor")].toString().toUtf8()});
    }
    QThreadPool clients;
    clients.setMaxThreadCount(int(parked.size()));
    QList<QFuture<HttpReply>> replies;
    for (const Parked &desk : parked)
        replies.append(QtConcurrent::run(&clients, [&, desk] {
            return m_server->get("/api/v1/changes?wait=30&after=" + desk.cursor, desk.token);
        }));
    const QString notParked = waitParked(int(parked.size()));
    QVERIFY2(notParked.isEmpty(), qPrintable(notParked));

    // One commit of kindergarten A: its scoped row (names) and the anonymous queue row.
    const Application application = m_applications.next();
    postBatch(m_tokenA, {registration(1, application)});
    for (qsizetype i = 0; i < parked.size(); ++i) {
        const HttpReply woken = replies[i].result();
        QCOMPARE(woken.status, 200);
        const QJsonObject page = woken.json();
        const QJsonArray changes = page[QStringLiteral("changes")].toArray();
        QVERIFY2(!changes.isEmpty(), "a parked desk returned without the change");
        const bool ownOrg = (i % tokens.size()) == 0 || (i % tokens.size()) == 1 || (i % tokens.size()) == 3;
        bool sawScoped = false;
        for (const QJsonValue &change : changes) {
            const QString partition = change[QStringLiteral("partition")].toString();
            if (partition.startsWith(QStringLiteral("org:"))) {
                QCOMPARE(partition, QStringLiteral("org:") + m_orgA);
                sawScoped = true;
            }
        }
        QCOMPARE(sawScoped, ownOrg);
        const HttpReply plain = m_server->get("/api/v1/changes?after=" + parked[i].cursor, parked[i].token);
        QCOMPARE(plain.status, 200);
        QCOMPARE(page, plain.json());
    }
    QVERIFY2(health("answers_paced") > 0, "no answer waited for the I/O thread: the wake-up's answers were not paced");
}

void TestServerApi::parkDesksOfB(int count, ParkedDesks &parked)
{
    parked.clients.setMaxThreadCount(count + 1);
    postBatch(m_tokenB, {registration(1, m_applications.next())});
    parked.tokens = {m_tokenB, m_server->addDesk(m_orgB), m_server->addDesk(m_orgB)};
    for (const QString &token : std::as_const(parked.tokens))
        parked.cursors.append(m_server->get("/api/v1/changes", token).json()[QStringLiteral("cursor")].toString().toUtf8());
    for (int i = 0; i < count; ++i) {
        const QString token = parked.tokens.at(i % parked.tokens.size());
        const QByteArray cursor = parked.cursors.at(i % parked.tokens.size());
        parked.replies.append(QtConcurrent::run(&parked.clients, [this, token, cursor] {
            return m_server->get("/api/v1/changes?wait=30&after=" + cursor, token);
        }));
    }
    const QString notParked = waitParked(count);
    QVERIFY2(notParked.isEmpty(), qPrintable(notParked));
}

void TestServerApi::complaintsOfA(qint64 &seqA)
{
    for (int round = 0; round < 5; ++round) {
        QJsonArray commands;
        for (int i = 0; i < 440; ++i)
            commands.append(command(++seqA, QStringLiteral("register_complaint"),
                                    complaintPayload(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("Кезек ұзақ күттірді"))));
        const int woken = health("woken_shared") + health("woken_alone");
        const QJsonArray results = postBatch(m_tokenA, commands)[QStringLiteral("results")].toArray();
        QCOMPARE(results.size(), 440);
        QCOMPARE(results.last()[QStringLiteral("status")].toString(), QStringLiteral("applied"));
        QDeadlineTimer reparked(15000);
        while (health("woken_shared") + health("woken_alone") <= woken && !reparked.hasExpired())
            QTest::qWait(20);
    }
}

void TestServerApi::desksOfAQuietKindergartenStayOnTheSharedRead()
{
    // A desk's cursor is the last change it may see. While kindergarten A works (complaints, seen
    // only by A's desks) and B is quiet, the cursors of B's parked desks stay behind thousands of
    // A's changes. Every wake-up must still answer B's desks from the one shared read
    // (ApiHandler::answerWoken starts it at what each desk was proved to have seen, not at its
    // cursor), and each must get exactly the page a plain GET of its cursor gives.
    constexpr int parkedCount = 12;
    ParkedDesks parked;
    parkDesksOfB(parkedCount, parked);
    if (QTest::currentTestFailed())
        return;
    const QList<QString> &tokensB = parked.tokens;
    const QList<QByteArray> &cursors = parked.cursors;
    QList<QFuture<HttpReply>> &replies = parked.replies;
    const int aloneBefore = health("woken_alone");
    const int sharedBefore = health("woken_shared");

    // More of A's changes than one shared read takes (2,000), none of them B's to see, in five
    // batches: each wakes B's desks, and each time they are parked again by the shared read.
    qint64 seqA = 0;
    complaintsOfA(seqA);
    if (QTest::currentTestFailed())
        return;
    for (int i = 0; i < parkedCount; ++i)
        QVERIFY2(!replies[i].isFinished(), "a desk of B was answered with A's complaints");
    const QString notParked = waitParked(parkedCount);
    QVERIFY2(notParked.isEmpty(), qPrintable(notParked));

    // A registration of A: its anonymous row is every desk's to see.
    const Application application = m_applications.next();
    postBatch(m_tokenA, {registration(++seqA, application)});
    for (int i = 0; i < parkedCount; ++i) {
        const HttpReply woken = replies[i].result();
        QCOMPARE(woken.status, 200);
        const QJsonObject page = woken.json();
        const QJsonArray changes = page[QStringLiteral("changes")].toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0)[QStringLiteral("id")].toString(), application.id);
        QVERIFY(changes.at(0)[QStringLiteral("partition")].toString().startsWith(QStringLiteral("year:")));
        QCOMPARE(page, m_server->get("/api/v1/changes?after=" + cursors.at(i % tokensB.size()), tokensB.at(i % tokensB.size())).json());
    }
    // Every wake-up answered B's desks from its shared read: none had to look on its own.
    QDeadlineTimer counted(15000);
    while (health("woken_shared") + health("woken_alone") < sharedBefore + aloneBefore + 6 * parkedCount && !counted.hasExpired())
        QTest::qWait(20);
    QCOMPARE(health("woken_alone"), aloneBefore);
    QVERIFY2(health("woken_shared") >= sharedBefore + 6 * parkedCount,
             qPrintable(QStringLiteral("woken_shared %1, before %2").arg(health("woken_shared")).arg(sharedBefore)));
}

void TestServerApi::aDeskFarBehindDoesNotSendTheOthersToLookAlone()
{
    // A desk that comes back with a cursor proved long ago parks without a read, known only
    // through that old change. Woken together with desks that are up to date, it used to start
    // the shared read so far back that the read was cut at its cap, and every woken desk then
    // looked on its own (under steady commits a state the server did not leave: their looks
    // left the next wake-up as far behind). Only the desk far behind may look on its own.
    const QString tokenLate = m_server->addDesk(m_orgB);
    constexpr int parkedCount = 12;
    ParkedDesks parked;
    parkDesksOfB(parkedCount, parked);
    if (QTest::currentTestFailed())
        return;
    const QByteArray lateCursor = m_server->get("/api/v1/changes", tokenLate).json()[QStringLiteral("cursor")].toString().toUtf8();
    const QList<QString> &tokensB = parked.tokens;
    const QList<QByteArray> &cursors = parked.cursors;
    QList<QFuture<HttpReply>> &replies = parked.replies;

    // More of A's changes than one shared read takes, none of them B's to see: B's parked desks
    // are parked again by each wake-up, proved through A's newest change; the late desk is not
    // parked and its proof stays where its plain GET left it.
    qint64 seqA = 0;
    complaintsOfA(seqA);
    if (QTest::currentTestFailed())
        return;
    const QString notParked = waitParked(parkedCount);
    QVERIFY2(notParked.isEmpty(), qPrintable(notParked));
    const int aloneBefore = health("woken_alone");

    // The late desk comes back (parked at once on its old proof) and A registers an application,
    // whose anonymous row every desk sees: most often the next wake-up takes all thirteen together.
    const int parkedWithoutRead = health("parked_without_read");
    replies.append(QtConcurrent::run(&parked.clients, [this, tokenLate, lateCursor] {
        return m_server->get("/api/v1/changes?wait=25&after=" + lateCursor, tokenLate);
    }));
    QDeadlineTimer late(15000);
    while (health("parked_without_read") == parkedWithoutRead && !late.hasExpired())
        QTest::qWait(1);
    QCOMPARE(health("parked_without_read"), parkedWithoutRead + 1);
    const Application application = m_applications.next();
    postBatch(m_tokenA, {registration(++seqA, application)});
    for (int i = 0; i <= parkedCount; ++i) {
        const HttpReply woken = replies[i].result();
        QCOMPARE(woken.status, 200);
        const QJsonArray changes = woken.json()[QStringLiteral("changes")].toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0)[QStringLiteral("id")].toString(), application.id);
        if (i < parkedCount)
            QCOMPARE(woken.json(), m_server->get("/api/v1/changes?after=" + cursors.at(i % tokensB.size()), tokensB.at(i % tokensB.size())).json());
        else
            QCOMPARE(woken.json(), m_server->get("/api/v1/changes?after=" + lateCursor, tokenLate).json());
    }
    // Only the late desk looked on its own.
    QVERIFY2(health("woken_alone") - aloneBefore <= 1,
             qPrintable(QStringLiteral("%1 woken desks looked on their own").arg(health("woken_alone") - aloneBefore)));
}

void TestServerApi::returningDeskParksWithoutReadAndGetsEveryChange()
{
    // A desk that comes back with the cursor its last answer gave is parked without a database
    // read (ApiHandler::changes, ChangeWaiters::Proof); it must still get every change after
    // that cursor, exactly as a plain GET gives it, commit after commit.
    auto parkedWithoutRead = [&] { return health("parked_without_read"); };
    QByteArray cursor = m_server->get("/api/v1/changes", m_tokenB).json()[QStringLiteral("cursor")].toString().toUtf8();
    for (int round = 1; round <= 3; ++round) {
        const int before = parkedWithoutRead();
        QFuture<HttpReply> parked = QtConcurrent::run([&, cursor] {
            return m_server->get("/api/v1/changes?wait=25&after=" + cursor, m_tokenB);
        });
        QDeadlineTimer settle(15000);
        while (health("parked") < 1 && !settle.hasExpired())
            QTest::qWait(20);
        QCOMPARE(parkedWithoutRead(), before + 1);
        const Application application = m_applications.next();
        postBatch(m_tokenA, {registration(round, application)});
        const HttpReply woken = parked.result();
        QCOMPARE(woken.status, 200);
        const QJsonObject page = woken.json();
        const QJsonArray changes = page[QStringLiteral("changes")].toArray();
        QVERIFY2(!changes.isEmpty(), "a desk parked without a read was not answered with the change");
        bool found = false;
        for (const QJsonValue &change : changes)
            found = found || change[QStringLiteral("id")].toString() == application.id;
        QVERIFY2(found, "the change of this round is not in the answer");
        QCOMPARE(page, m_server->get("/api/v1/changes?after=" + cursor, m_tokenB).json());
        cursor = page[QStringLiteral("cursor")].toString().toUtf8();
    }
    // A cursor the desk was never given is looked up in the store, not parked on trust.
    const int before = parkedWithoutRead();
    const HttpReply older = m_server->get("/api/v1/changes?wait=1&after=" + m_server->get("/api/v1/changes", m_tokenB).json()[QStringLiteral("epoch")].toString().toUtf8() + ":1", m_tokenB);
    QCOMPARE(older.status, 200);
    QVERIFY(!older.json()[QStringLiteral("changes")].toArray().isEmpty());
    QCOMPARE(parkedWithoutRead(), before);
}

void TestServerApi::twoConnectionsOfOneDeskEachParkWithoutRead()
{
    // One token, two cursors: the desk app and a `sync` of the same store, or a reconnect racing
    // its old request. Each cursor an answer gave keeps its proof, so neither connection's return
    // costs a read because of the other's (with one proof per token, under load the connections
    // of one token drifted apart and fell back to a read each: docs/performance.md).
    const QByteArray first = m_server->get("/api/v1/changes", m_tokenB).json()[QStringLiteral("cursor")].toString().toUtf8();
    const Application one = m_applications.next();
    postBatch(m_tokenA, {registration(1, one)});
    const QByteArray second = m_server->get("/api/v1/changes?after=" + first, m_tokenB).json()[QStringLiteral("cursor")].toString().toUtf8();
    QVERIFY(second != first);
    const int before = health("parked_without_read");

    // The newer cursor parks on its proof and stays parked: nothing new for it yet.
    QFuture<HttpReply> parked = QtConcurrent::run([&] { return m_server->get("/api/v1/changes?wait=25&after=" + second, m_tokenB); });
    QDeadlineTimer settle(15000);
    while (health("parked") < 1 && !settle.hasExpired())
        QTest::qWait(20);
    QCOMPARE(health("parked_without_read"), before + 1);

    // Meanwhile the older cursor parks on its own proof (the newer one did not replace it), and
    // the next tick answers it with the change it has not seen.
    const HttpReply behind = m_server->get("/api/v1/changes?wait=25&after=" + first, m_tokenB);
    QCOMPARE(behind.status, 200);
    QCOMPARE(health("parked_without_read"), before + 2);
    bool found = false;
    for (const QJsonValue &change : behind.json()[QStringLiteral("changes")].toArray())
        found = found || change[QStringLiteral("id")].toString() == one.id;
    QVERIFY2(found, "the connection behind was not given the change after its cursor");
    QCOMPARE(behind.json(), m_server->get("/api/v1/changes?after=" + first, m_tokenB).json());

    // The newer one, still parked, is woken by the next commit.
    QVERIFY(!parked.isFinished());
    const Application two = m_applications.next();
    postBatch(m_tokenA, {registration(2, two)});
    const HttpReply woken = parked.result();
    QCOMPARE(woken.status, 200);
    found = false;
    for (const QJsonValue &change : woken.json()[QStringLiteral("changes")].toArray())
        found = found || change[QStringLiteral("id")].toString() == two.id;
    QVERIFY2(found, "the parked connection was not woken with the change");
    QCOMPARE(woken.json(), m_server->get("/api/v1/changes?after=" + second, m_tokenB).json());
}

void TestServerApi::deskRevokedWhileParkedWithoutReadGetsNoData()
{
    // A desk parked on its proof holds no data; when a commit wakes it, the shared read checks
    // revocation and the revoked desk gets 401, never the change.
    postBatch(m_tokenA, {registration(1, m_applications.next())}); // A's desk_seq 1, A2's still 0
    const QByteArray cursor = m_server->get("/api/v1/changes", m_tokenA2).json()[QStringLiteral("cursor")].toString().toUtf8();
    const int before = health("parked_without_read");
    QFuture<HttpReply> parked = QtConcurrent::run([&] { return m_server->get("/api/v1/changes?wait=25&after=" + cursor, m_tokenA2); });
    QDeadlineTimer settle(15000);
    while (health("parked") < 1 && !settle.hasExpired())
        QTest::qWait(20);
    QCOMPARE(health("parked_without_read"), before + 1);
    QString deskId;
    for (const QString &line : m_server->cli({QStringLiteral("desk"), QStringLiteral("list")}).out.split(u'\n')) {
        const QStringList columns = line.split(u'\t');
        if (columns.size() == 6 && columns.at(1) == m_orgA && columns.at(4) == QStringLiteral("0"))
            deskId = columns.at(0);
    }
    QVERIFY(!deskId.isEmpty());
    QCOMPARE(m_server->cli({QStringLiteral("desk"), QStringLiteral("revoke"), deskId}).exitCode, 0);
    QVERIFY2(m_server->get("/api/v1/changes", m_tokenA2).status == 401, "revoked the wrong desk");
    postBatch(m_tokenA, {registration(2, m_applications.next())});
    const HttpReply woken = parked.result();
    QCOMPARE(woken.status, 401);
    QVERIFY(!woken.body.contains("\"changes\""));
}

// QJsonDocument reads half of a surrogate pair written as an escape and writes it back as it came;
// the desks read pages with the strict reader, which refuses it. A command holding one, once
// stored, would go out in a page every desk of its partition refuses, and their sync would stop
// there: it is refused at the door, saying where.
void TestServerApi::textTheDesksCannotReadIsRefusedAtTheDoor()
{
    QByteArray body = batch({registration(1, m_applications.next())});
    const QByteArray clerk = QStringLiteral("\"Тест Клерк\"").toUtf8();
    const qsizetype at = body.indexOf(clerk);
    QVERIFY(at > 0);
    body.replace(at, clerk.size(), QByteArray("\"\\udc00\""));
    const HttpReply reply = m_server->post("/api/v1/commands", body, m_tokenA);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()[QStringLiteral("code")].toString(), QStringLiteral("bad_json"));
    const QString message = reply.json()[QStringLiteral("message")].toString();
    QVERIFY2(message.endsWith(QStringLiteral(" at byte %1").arg(at + 1)), qPrintable(message));
}

void TestServerApi::badInputGetsClearErrorsAndServerKeepsServing()
{
    auto stillServes = [&] {
        const HttpReply health = m_server->get("/api/v1/health");
        QCOMPARE(health.status, 200);
    };
    HttpReply reply = m_server->post("/api/v1/commands", "this is not json", m_tokenA);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()[QStringLiteral("code")].toString(), QStringLiteral("bad_json"));
    stillServes();

    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    reply = m_server->post("/api/v1/commands", deep, m_tokenA);
    QCOMPARE(reply.status, 400);
    stillServes();

    // 100 MB announced: refused before it is read.
    const QByteArray refused = rawExchange(m_server->port(), "POST /api/v1/commands HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                                                                 + m_tokenA.toUtf8() + "\r\nContent-Length: 104857600\r\n\r\n{");
    QVERIFY2(refused.startsWith("HTTP/1.1 413"), refused.constData());
    QVERIFY(refused.contains("\"body_too_large\""));
    stillServes();

    reply = m_server->post("/api/v1/commands", batch({}), QStringLiteral("qd_wrong"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json()[QStringLiteral("code")].toString(), QStringLiteral("unauthorized"));
    reply = m_server->get("/api/v1/changes");
    QCOMPARE(reply.status, 401);
    stillServes();

    reply = m_server->get("/api/v1/changes?limit=1000000", m_tokenA);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()[QStringLiteral("code")].toString(), QStringLiteral("bad_parameter"));
    reply = m_server->get("/api/v1/queue/position?iin=123", m_tokenA);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()[QStringLiteral("code")].toString(), QStringLiteral("invalid_iin"));
    reply = m_server->get("/api/v1/nothing-here", m_tokenA);
    QCOMPARE(reply.status, 404);
    reply = m_server->get("/api/v1/commands", m_tokenA);
    QCOMPARE(reply.status, 405);
    stillServes();

    // Garbage bytes instead of HTTP.
    const QByteArray garbage = rawExchange(m_server->port(), "\x01\x02 garbage garbage\r\n\r\n");
    QVERIFY2(garbage.startsWith("HTTP/1.1 400"), garbage.constData());
    stillServes();

    // A slow client, one byte at a time: dropped by the header deadline, never kept alive by
    // its trickle; meanwhile the others are served.
    {
        QTcpSocket slow;
        slow.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        QVERIFY(slow.waitForConnected(5000));
        const QByteArray head = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Padding: " + QByteArray(4000, 'a');
        bool closed = false;
        for (qsizetype i = 0; i < head.size() && !closed; ++i) {
            slow.write(head.mid(i, 1));
            slow.waitForBytesWritten(1000);
            if (slow.waitForReadyRead(5)) // the 408 answer, or the close
                closed = true;
            closed = closed || slow.state() != QAbstractSocket::ConnectedState;
            if (i % 50 == 0)
                stillServes();
            QTest::qWait(5);
            if (i > 3000 && !closed)
                break;
        }
        QVERIFY2(closed, "a client trickling its request head must be cut off by the header deadline");
    }
    stillServes();
}

void TestServerApi::revokedTokenStopsWorking()
{
    postBatch(m_tokenA, {registration(1, m_applications.next())});
    const Run list = m_server->cli({QStringLiteral("desk"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QString deskId;
    for (const QString &line : list.out.split(u'\n')) {
        const QStringList columns = line.split(u'\t');
        if (columns.size() == 6 && columns.at(1) == m_orgA && columns.at(4) == QStringLiteral("1"))
            deskId = columns.at(0);
    }
    QVERIFY(!deskId.isEmpty());
    QCOMPARE(m_server->cli({QStringLiteral("desk"), QStringLiteral("revoke"), deskId}).exitCode, 0);
    QCOMPARE(m_server->get("/api/v1/changes", m_tokenA).status, 401);
    QCOMPARE(m_server->post("/api/v1/commands", batch({registration(2, m_applications.next())}), m_tokenA).status, 401);
    QCOMPARE(m_server->get("/api/v1/changes", m_tokenA2).status, 200);
}

void TestServerApi::cursorFromAnotherEpochIsRefused()
{
    const HttpReply reply = m_server->get("/api/v1/changes?after=00000000-0000-0000-0000-000000000000:5", m_tokenA);
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.json()[QStringLiteral("code")].toString(), QStringLiteral("cursor_epoch_changed"));
    QCOMPARE(m_server->get("/api/v1/changes?after=garbage", m_tokenA).status, 400);
}

void TestServerApi::sigtermStopsCleanlyWithParkedRequests()
{
    // A service manager's stop: parked long-polls are answered (empty), the process exits 0.
    const QByteArray cursor = m_server->get("/api/v1/changes", m_tokenB).json()[QStringLiteral("cursor")].toString().toUtf8();
    QFuture<HttpReply> parked = QtConcurrent::run([&] { return m_server->get("/api/v1/changes?wait=25&after=" + cursor, m_tokenB); });
    QTest::qWait(500);
    QCOMPARE(m_server->terminate(), 0);
    const HttpReply answered = parked.result();
    QVERIFY(answered.status == 200 || answered.status == 0);
    if (answered.status == 200)
        QVERIFY(answered.json()[QStringLiteral("changes")].toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server_api.moc"
