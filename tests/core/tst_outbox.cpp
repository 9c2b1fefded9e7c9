#include "store/Database.h"
#include "store/Outbox.h"

#include <QSqlQuery>
#include <QTest>

namespace {

const QDateTime now(QDate(2024, 5, 2), QTime(10, 0));

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void enqueuedCommandsArePendingInOrder();
    void payloadAndDetailsAreKept();
    void appliedAndRejectedLeaveTheQueue();
    void sentCommandsAreUploadedAgain();
    void failedAttemptsAreCounted();
    void unknownCommandIsAnError();
    void rolledBackEnqueueLeavesNothing();
    void limitTakesTheOldest();

private:
    QString enqueue(const QString &type, int n = 0);

    std::shared_ptr<Database> m_database;
};

void TestOutbox::init()
{
    auto database = Database::open(QStringLiteral(":memory:"));
    QVERIFY(database);
    m_database = std::move(database).value();
}

void TestOutbox::cleanup()
{
    m_database.reset();
}

QString TestOutbox::enqueue(const QString &type, int n)
{
    const auto id = Outbox::enqueue(m_database->connection(), type, QJsonObject{{QStringLiteral("n"), n}},
                                    QStringLiteral("clerk"), now.addSecs(n));
    return id ? *id : QString();
}

void TestOutbox::enqueuedCommandsArePendingInOrder()
{
    const QString first = enqueue(QStringLiteral("register_application"), 1);
    const QString second = enqueue(QStringLiteral("publish_vacancy"), 2);
    const QString third = enqueue(QStringLiteral("register_application"), 3);
    QVERIFY(!first.isEmpty() && !second.isEmpty() && !third.isEmpty());
    QVERIFY(first != second && second != third);

    const auto pending = Outbox::pending(m_database->connection());
    QVERIFY(pending);
    QCOMPARE(pending->size(), 3);
    // DESIGN 3: the server receives commands in the order the desk made them.
    QCOMPARE(pending->at(0).id, first);
    QCOMPARE(pending->at(1).id, second);
    QCOMPARE(pending->at(2).id, third);
    QVERIFY(pending->at(0).position < pending->at(1).position);
    QVERIFY(pending->at(1).position < pending->at(2).position);
}

void TestOutbox::payloadAndDetailsAreKept()
{
    const QJsonObject payload{{QStringLiteral("child_name"), QStringLiteral("Әлия")},
                              {QStringLiteral("category"), 7}};
    const auto id = Outbox::enqueue(m_database->connection(), QStringLiteral("register_application"), payload,
                                    QStringLiteral("clerk-aigerim"), now);
    QVERIFY(id);
    const std::optional<OutboxCommand> command = Outbox::find(m_database->connection(), *id);
    QVERIFY(command);
    QCOMPARE(command->type, QStringLiteral("register_application"));
    QCOMPARE(command->payload, payload);
    QCOMPARE(command->clerk, QStringLiteral("clerk-aigerim"));
    QCOMPARE(command->createdAt, now);
    QCOMPARE(command->state, OutboxCommand::State::Pending);
    QCOMPARE(command->attempts, 0);
}

void TestOutbox::appliedAndRejectedLeaveTheQueue()
{
    QSqlDatabase db = m_database->connection();
    const QString applied = enqueue(QStringLiteral("a"), 1);
    const QString rejected = enqueue(QStringLiteral("b"), 2);
    const QString waiting = enqueue(QStringLiteral("c"), 3);
    QVERIFY(Outbox::markApplied(db, applied));
    QVERIFY(Outbox::markRejected(db, rejected, QStringLiteral("duplicate_application")));

    const auto pending = Outbox::pending(db);
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->first().id, waiting);
    QCOMPARE(Outbox::find(db, applied)->state, OutboxCommand::State::Applied);
    // DESIGN 5: a rejection is final and its reason is kept for the clerk.
    const std::optional<OutboxCommand> refused = Outbox::find(db, rejected);
    QCOMPARE(refused->state, OutboxCommand::State::Rejected);
    QCOMPARE(refused->lastError, QStringLiteral("duplicate_application"));
}

void TestOutbox::sentCommandsAreUploadedAgain()
{
    // An upload whose answer was lost is sent again; the server deduplicates by id.
    QSqlDatabase db = m_database->connection();
    const QString id = enqueue(QStringLiteral("a"));
    QVERIFY(Outbox::markSent(db, id));
    QCOMPARE(Outbox::find(db, id)->state, OutboxCommand::State::Sent);
    const auto pending = Outbox::pending(db);
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->first().id, id);
}

void TestOutbox::failedAttemptsAreCounted()
{
    QSqlDatabase db = m_database->connection();
    const QString id = enqueue(QStringLiteral("a"));
    QVERIFY(Outbox::markSent(db, id));
    QVERIFY(Outbox::recordFailedAttempt(db, id, QStringLiteral("connection refused")));
    QVERIFY(Outbox::recordFailedAttempt(db, id, QStringLiteral("HTTP 503")));
    const std::optional<OutboxCommand> command = Outbox::find(db, id);
    QCOMPARE(command->state, OutboxCommand::State::Pending);
    QCOMPARE(command->attempts, 2);
    QCOMPARE(command->lastError, QStringLiteral("HTTP 503"));

    // A command the server answered for good is not put back by a late failure.
    QVERIFY(Outbox::markApplied(db, id));
    QVERIFY(!Outbox::recordFailedAttempt(db, id, QStringLiteral("late")));
    QCOMPARE(Outbox::find(db, id)->state, OutboxCommand::State::Applied);
}

void TestOutbox::unknownCommandIsAnError()
{
    QSqlDatabase db = m_database->connection();
    const Status status = Outbox::markApplied(db, QStringLiteral("no-such-command"));
    QVERIFY(!status);
    QCOMPARE(status.error().rule, Rule::StoreWriteFailed);
    QVERIFY(!Outbox::find(db, QStringLiteral("no-such-command")));
}

void TestOutbox::rolledBackEnqueueLeavesNothing()
{
    QSqlDatabase db = m_database->connection();
    QVERIFY(db.transaction());
    QVERIFY(!enqueue(QStringLiteral("a")).isEmpty());
    QVERIFY(db.rollback());
    const auto pending = Outbox::pending(db);
    QVERIFY(pending);
    QVERIFY(pending->isEmpty());
}

void TestOutbox::limitTakesTheOldest()
{
    const QString first = enqueue(QStringLiteral("a"), 1);
    enqueue(QStringLiteral("b"), 2);
    enqueue(QStringLiteral("c"), 3);
    const auto batch = Outbox::pending(m_database->connection(), 2);
    QVERIFY(batch);
    QCOMPARE(batch->size(), 2);
    QCOMPARE(batch->first().id, first);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
