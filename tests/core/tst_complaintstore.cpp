#include "store/ComplaintStore.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Outbox.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

namespace {

const QString clerk = QStringLiteral("clerk-aigerim");
const QDateTime now(QDate(2026, 3, 26), QTime(10, 0));

Complaint complaint(const QDate &receivedOn = QDate(2026, 3, 24))
{
    Complaint c;
    c.receivedOn = receivedOn;
    c.addressee = ComplaintAddressee::Head;
    c.complainant = QStringLiteral("Серікбаев Асқар, +7 701 234 56 78");
    c.subject = QStringLiteral("  Жолдама бойынша қабылдаудан бас тартылды  ");
    c.directionNumber = QStringLiteral("D-2026-000123");
    return c;
}

} // namespace

class TestComplaintStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void registerNumbersPerYearWithOutboxAndJournal();
    void invalidComplaintIsRefusedAndWritesNothing_data();
    void invalidComplaintIsRefusedAndWritesNothing();
    void updateRecordsTheAnswerOnly();
    void updateIsValidated_data();
    void updateIsValidated();
    void listTakesAPeriod_data();
    void listTakesAPeriod();
    void listRefusesABackwardPeriod();
    void failedWriteLeavesNothing();

private:
    int rows(const char *table) const;
    bool exec(const QString &sql) const;

    std::shared_ptr<Database> m_database;
};

void TestComplaintStore::init()
{
    auto database = Database::open(QStringLiteral(":memory:"));
    QVERIFY(database);
    m_database = std::move(database).value();
}

void TestComplaintStore::cleanup()
{
    m_database.reset();
}

int TestComplaintStore::rows(const char *table) const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool TestComplaintStore::exec(const QString &sql) const
{
    QSqlQuery query(m_database->connection());
    return query.exec(sql);
}

void TestComplaintStore::registerNumbersPerYearWithOutboxAndJournal()
{
    ComplaintStore store(m_database);
    const auto first = store.registerComplaint(complaint(), clerk, now);
    QVERIFY2(first, first ? "" : qPrintable(first.error().message()));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$")).match(first->id).hasMatch());
    QCOMPARE(first->number, QStringLiteral("Ш-2026-0001"));
    QCOMPARE(first->subject, QStringLiteral("Жолдама бойынша қабылдаудан бас тартылды"));
    QCOMPARE(first->status, ComplaintStatus::Registered);
    QCOMPARE(store.find(first->id), std::optional<Complaint>(*first));

    Complaint toAuthority = complaint(QDate(2026, 3, 25));
    toAuthority.addressee = ComplaintAddressee::AuthorisedBody;
    const auto second = store.registerComplaint(toAuthority, clerk, now);
    QVERIFY(second);
    QCOMPARE(second->number, QStringLiteral("Ш-2026-0002"));
    QCOMPARE(store.find(second->id)->addressee, ComplaintAddressee::AuthorisedBody);
    // A new year starts its own sequence.
    const auto nextYear = store.registerComplaint(complaint(QDate(2027, 1, 5)), clerk, QDateTime(QDate(2027, 1, 5), QTime(9, 0)));
    QVERIFY(nextYear);
    QCOMPARE(nextYear->number, QStringLiteral("Ш-2027-0001"));

    const auto pending = Outbox::pending(m_database->connection());
    QVERIFY(pending);
    QCOMPARE(pending->size(), 3);
    QCOMPARE(pending->constFirst().type, QStringLiteral("register_complaint"));
    QCOMPARE(pending->constFirst().payload.value(QLatin1String("number")).toString(), QStringLiteral("Ш-2026-0001"));
    const auto entries = Journal::entriesFor(m_database->connection(), QStringLiteral("complaint"), first->id);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->constFirst().event, QStringLiteral("complaint_registered"));
    QVERIFY(!QJsonDocument(entries->constFirst().payload).toJson().contains(QStringLiteral("Серікбаев").toUtf8()));
}

void TestComplaintStore::invalidComplaintIsRefusedAndWritesNothing_data()
{
    QTest::addColumn<Complaint>("input");
    QTest::addColumn<Field>("field");
    QTest::addColumn<Rule>("rule");

    Complaint noSubject = complaint();
    noSubject.subject = QStringLiteral("   ");
    QTest::newRow("no subject") << noSubject << Field::ComplaintSubject << Rule::Required;
    QTest::newRow("no receipt date") << complaint(QDate()) << Field::ComplaintReceivedOn << Rule::Required;
    QTest::newRow("received tomorrow") << complaint(QDate(2026, 3, 27)) << Field::ComplaintReceivedOn
                                       << Rule::DateInFuture;
    Complaint answeredBefore = complaint();
    answeredBefore.status = ComplaintStatus::Answered;
    answeredBefore.answeredOn = QDate(2026, 3, 23);
    QTest::newRow("answered before it came") << answeredBefore << Field::ComplaintAnswerDate
                                             << Rule::AnswerBeforeReceipt;
}

void TestComplaintStore::invalidComplaintIsRefusedAndWritesNothing()
{
    QFETCH(Complaint, input);
    QFETCH(Field, field);
    QFETCH(Rule, rule);

    const auto registered = ComplaintStore(m_database).registerComplaint(input, clerk, now);
    QVERIFY(!registered);
    QCOMPARE(registered.error().field, field);
    QCOMPARE(registered.error().rule, rule);
    QCOMPARE(rows("complaints"), 0);
    QCOMPARE(rows("outbox"), 0);
    QCOMPARE(rows("journal"), 0);
}

void TestComplaintStore::updateRecordsTheAnswerOnly()
{
    ComplaintStore store(m_database);
    const auto registered = store.registerComplaint(complaint(), clerk, now);
    QVERIFY(registered);

    Complaint answered = *registered;
    answered.status = ComplaintStatus::Answered;
    answered.answeredOn = QDate(2026, 3, 26);
    answered.answer = QStringLiteral("Құжаттар қайта қаралды, шарт жасалды");
    answered.subject = QStringLiteral("rewritten"); // not what update changes
    const Status updated = store.update(answered, clerk, now.addSecs(3600));
    QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message()));

    const Complaint read = *store.find(registered->id);
    QCOMPARE(read.status, ComplaintStatus::Answered);
    QCOMPARE(read.answeredOn, QDate(2026, 3, 26));
    QCOMPARE(read.answer, QStringLiteral("Құжаттар қайта қаралды, шарт жасалды"));
    QCOMPARE(read.subject, registered->subject);
    QCOMPARE(read.number, registered->number);

    const auto pending = Outbox::pending(m_database->connection());
    QVERIFY(pending);
    QCOMPARE(pending->constLast().type, QStringLiteral("update_complaint"));
    const auto entries = Journal::entriesFor(m_database->connection(), QStringLiteral("complaint"), registered->id);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->constLast().event, QStringLiteral("complaint_updated"));
    QCOMPARE(entries->constLast().payload.value(QLatin1String("status")).toString(), QStringLiteral("answered"));
}

void TestComplaintStore::updateIsValidated_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("status");
    QTest::addColumn<QDate>("answeredOn");
    QTest::addColumn<Rule>("rule");

    QTest::newRow("unknown complaint") << QStringLiteral("no-such-id") << int(ComplaintStatus::InReview) << QDate()
                                       << Rule::ComplaintNotFound;
    QTest::newRow("answered without a date") << QString() << int(ComplaintStatus::Answered) << QDate()
                                             << Rule::Required;
    QTest::newRow("answered before receipt") << QString() << int(ComplaintStatus::Refused) << QDate(2026, 3, 20)
                                             << Rule::AnswerBeforeReceipt;
    QTest::newRow("answered tomorrow") << QString() << int(ComplaintStatus::Answered) << QDate(2026, 3, 27)
                                       << Rule::DateInFuture;
}

void TestComplaintStore::updateIsValidated()
{
    QFETCH(QString, id);
    QFETCH(int, status);
    QFETCH(QDate, answeredOn);
    QFETCH(Rule, rule);

    ComplaintStore store(m_database);
    const auto registered = store.registerComplaint(complaint(), clerk, now);
    QVERIFY(registered);
    Complaint changed = *registered;
    if (!id.isEmpty())
        changed.id = id;
    changed.status = static_cast<ComplaintStatus>(status);
    changed.answeredOn = answeredOn;
    const Status updated = store.update(changed, clerk, now);
    QVERIFY(!updated);
    QCOMPARE(updated.error().rule, rule);
    QCOMPARE(*store.find(registered->id), *registered);
    QCOMPARE(rows("journal"), 1);
}

void TestComplaintStore::listTakesAPeriod_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("numbers");

    QTest::newRow("everything") << QDate() << QDate()
                                << QStringList{QStringLiteral("Ш-2026-0001"), QStringLiteral("Ш-2026-0002"),
                                               QStringLiteral("Ш-2026-0003")};
    // Both ends belong to the period.
    QTest::newRow("one day") << QDate(2026, 3, 10) << QDate(2026, 3, 10) << QStringList{QStringLiteral("Ш-2026-0002")};
    QTest::newRow("from a day on") << QDate(2026, 3, 10) << QDate()
                                   << QStringList{QStringLiteral("Ш-2026-0002"), QStringLiteral("Ш-2026-0003")};
    QTest::newRow("up to a day") << QDate() << QDate(2026, 3, 10)
                                 << QStringList{QStringLiteral("Ш-2026-0001"), QStringLiteral("Ш-2026-0002")};
    QTest::newRow("nothing in it") << QDate(2026, 3, 11) << QDate(2026, 3, 19) << QStringList{};
}

void TestComplaintStore::listTakesAPeriod()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, numbers);

    ComplaintStore store(m_database);
    for (const QDate &day : {QDate(2026, 3, 2), QDate(2026, 3, 10), QDate(2026, 3, 20)})
        QVERIFY(store.registerComplaint(complaint(day), clerk, now));
    const auto listed = store.list(from, to);
    QVERIFY(listed);
    QStringList got;
    for (const Complaint &c : *listed)
        got << c.number;
    QCOMPARE(got, numbers);
}

void TestComplaintStore::failedWriteLeavesNothing()
{
    QVERIFY(exec(QStringLiteral("CREATE TRIGGER test_failure BEFORE INSERT ON journal"
                                " BEGIN SELECT RAISE(ABORT, 'disk gone'); END")));
    ComplaintStore store(m_database);
    const auto registered = store.registerComplaint(complaint(), clerk, now);
    QVERIFY(!registered);
    QCOMPARE(registered.error().rule, Rule::StoreWriteFailed);
    QCOMPARE(rows("complaints"), 0);
    QCOMPARE(rows("outbox"), 0);
}

void TestComplaintStore::listRefusesABackwardPeriod()
{
    ComplaintStore store(m_database);
    const auto backwards = store.list(QDate(2026, 3, 20), QDate(2026, 3, 10));
    QVERIFY(!backwards);
    QCOMPARE(backwards.error().field, Field::PeriodEnd);
    QCOMPARE(backwards.error().rule, Rule::PeriodEndBeforeStart);
}

QTEST_GUILESS_MAIN(TestComplaintStore)
#include "tst_complaintstore.moc"
