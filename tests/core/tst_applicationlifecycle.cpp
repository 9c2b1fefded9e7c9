// Issue 13 item 4: an application's life at the desk in the store — corrected (RULES 3.3: a change
// of category keeps the filing date), withdrawn at the parent's request, listed with search. Each
// change is one transaction with its outbox command and journal entry (DESIGN 3).
#include "store/ApplicationJson.h"
#include "store/ApplicationStore.h"
#include "store/Journal.h"
#include "store/Outbox.h"
#include "store/QueueStore.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

namespace {

// The desk's clock: 2 May 2024, 10:00 local time.
const QDateTime now(QDate(2024, 5, 2), QTime(10, 0));
const QString clerk = QStringLiteral("clerk-aigerim");

// A girl born 15.03.2021, the serial moved on to a valid check digit (RULES 9).
QString childIin(int serial)
{
    for (;; ++serial) {
        const QString eleven = QStringLiteral("2103156%1").arg(serial, 4, 10, QLatin1Char('0'));
        if (const int check = Iin::checkDigit(eleven); check >= 0)
            return eleven + QString::number(check);
    }
}

Application validApplication(int serial, const QDateTime &filedAt)
{
    Application a;
    a.applicant = PersonName{QStringLiteral("Серікбаев"), QStringLiteral("Асқар"), QStringLiteral("Нұрланұлы")};
    a.applicantIin = QStringLiteral("900512300120");
    a.applicantAddress = QStringLiteral("Астана қ., Кенесары к-сі, 40-12");
    a.settlement = QStringLiteral("Астана");
    a.child = PersonName{QStringLiteral("Серікбаева"), QStringLiteral("Әлия"), QStringLiteral("Асқарқызы")};
    a.childIin = childIin(serial);
    a.childBirthDate = QDate(2021, 3, 15);
    a.childSex = Iin::Sex::Female;
    a.category = Category::None;
    a.phones = {QStringLiteral("+77012345678")};
    a.email = QStringLiteral("askar@example.kz");
    a.consent = true;
    a.filedAt = filedAt;
    a.signatureDate = filedAt.date();
    return a;
}

ValidationContext context(const QDateTime &at = now)
{
    return ValidationContext{at, RuleSettings{}};
}

// Category 1 (extraordinary right) with its document, issued after the filing date.
Application withMilitaryCategory(Application a, const QDate &issued)
{
    a.category = Category::Military;
    a.categoryDocument = CategoryDocument{QStringLiteral("Әскери бөлімнің анықтамасы"), QStringLiteral("№ 17"),
                                          QStringLiteral("в/ч 12345"), issued};
    return a;
}

} // namespace

class TestApplicationLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void categoryChangeKeepsFilingTimeAndMovesInQueue();
    void correctionTakesOnlyCorrectableFields();
    void correctionWithoutChangeWritesNothing();
    void correctionIsValidatedAsRegistration();
    void onlyQueuedApplicationIsCorrected();
    void withdrawArchivesWithCommandAndJournal();
    void withdrawNeedsReasonAndActiveApplication();
    void listSearchesByIinAndName();

private:
    int rows(const char *table) const;
    Application registered(int serial, const QDateTime &filedAt);

    std::shared_ptr<Database> m_database;
};

void TestApplicationLifecycle::init()
{
    auto database = Database::open(QStringLiteral(":memory:"));
    QVERIFY(database);
    m_database = std::move(database).value();
}

void TestApplicationLifecycle::cleanup()
{
    m_database.reset();
}

int TestApplicationLifecycle::rows(const char *table) const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Application TestApplicationLifecycle::registered(int serial, const QDateTime &filedAt)
{
    ApplicationStore store(m_database);
    const auto result = store.registerApplication(validApplication(serial, filedAt), clerk, context());
    if (!result)
        qFatal("register: %s", qPrintable(result.error().message()));
    return result->application;
}

// RULES 3.3: the category changes, the filing time stays, and the queue puts the application by
// its new right with its old filing time.
void TestApplicationLifecycle::categoryChangeKeepsFilingTimeAndMovesInQueue()
{
    const Application first = registered(200, QDateTime(QDate(2024, 4, 10), QTime(10, 0)));
    const Application second = registered(300, QDateTime(QDate(2024, 4, 20), QTime(11, 30, 15, 250)));
    QCOMPARE(rows("outbox"), 2);
    QCOMPARE(rows("journal"), 2);

    ApplicationStore store(m_database);
    // The document is issued after the filing date: it proves the circumstances at the change.
    const QDateTime later(QDate(2024, 5, 20), QTime(15, 0));
    const auto corrected =
        store.correctApplication(second.id, withMilitaryCategory(second, QDate(2024, 5, 15)), clerk, context(later));
    QVERIFY2(corrected, corrected ? "" : qPrintable(corrected.error().message()));
    QCOMPARE(corrected->application.category, Category::Military);
    QCOMPARE(corrected->application.filedAt, second.filedAt);
    // Extraordinary right: before the general queue of its year.
    QCOMPARE(corrected->queueNumber, 1);

    const std::optional<Application> stored = store.find(second.id);
    QVERIFY(stored);
    QCOMPARE(stored->category, Category::Military);
    QCOMPARE(stored->filedAt, second.filedAt);
    QCOMPARE(stored->categoryDocument.issueDate, QDate(2024, 5, 15));
    QCOMPARE(stored->status, ApplicationStatus::Queued);

    QueueStore queue(m_database, RuleSettings{});
    const auto page = queue.page(2021, QueueFilter{}, std::nullopt, 10);
    QVERIFY(page);
    QCOMPARE(page->size(), 2);
    QCOMPARE(page->at(0).key.applicationId, second.id);
    QCOMPARE(page->at(0).queueNumber, 1);
    QCOMPARE(page->at(1).key.applicationId, first.id);
    QCOMPARE(page->at(1).queueNumber, 2);

    // DESIGN 3: one command and one journal entry, together.
    QCOMPARE(rows("outbox"), 3);
    const auto pending = Outbox::pending(m_database->connection());
    QVERIFY(pending);
    const OutboxCommand &command = pending->last();
    QCOMPARE(command.type, QStringLiteral("correct_application"));
    QCOMPARE(command.clerk, clerk);
    const auto payload = ApplicationJson::fromJson(command.payload);
    QVERIFY(payload);
    QCOMPARE(payload->id, second.id);
    QCOMPARE(payload->category, Category::Military);
    QCOMPARE(payload->filedAt, second.filedAt);

    const auto entries = Journal::entriesFor(m_database->connection(), QStringLiteral("application"), second.id);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 2);
    const JournalEntry &entry = entries->last();
    QCOMPARE(entry.event, QStringLiteral("category_changed"));
    QCOMPARE(entry.actor, clerk);
    QCOMPARE(entry.at, later);
    QCOMPARE(entry.payload.value(QStringLiteral("category_from")).toInt(), 10);
    QCOMPARE(entry.payload.value(QStringLiteral("category_to")).toInt(), 1);
    QCOMPARE(entry.payload.value(QStringLiteral("command_id")).toString(), command.id);
    QVERIFY(entry.payload.value(QStringLiteral("fields")).toArray().contains(QStringLiteral("category")));
    const auto verification = Journal::verify(m_database->connection());
    QVERIFY(verification && verification->ok());
}

void TestApplicationLifecycle::correctionTakesOnlyCorrectableFields()
{
    const Application original = registered(200, QDateTime(QDate(2024, 4, 10), QTime(10, 0)));
    Application changed = original;
    changed.applicantAddress = QStringLiteral("Астана қ., Мәңгілік Ел д-лы, 8-3");
    changed.phones = {QStringLiteral("8 747 123 45 67")};
    changed.email = QStringLiteral(" new@example.kz ");
    changed.language = TeachingLanguage::Kazakh;
    changed.preferredKindergartens = {QStringLiteral("kg-042")};
    // Not correctable: the child, the filing time, the status.
    changed.child.name = QStringLiteral("Аружан");
    changed.filedAt = now;
    changed.status = ApplicationStatus::Archived;

    ApplicationStore store(m_database);
    const auto corrected = store.correctApplication(original.id, changed, clerk, context());
    QVERIFY2(corrected, corrected ? "" : qPrintable(corrected.error().message()));
    const std::optional<Application> stored = store.find(original.id);
    QVERIFY(stored);
    QCOMPARE(stored->applicantAddress, changed.applicantAddress);
    QCOMPARE(stored->phones, QStringList{QStringLiteral("+77471234567")});
    QCOMPARE(stored->email, QStringLiteral("new@example.kz"));
    QCOMPARE(stored->language, TeachingLanguage::Kazakh);
    QCOMPARE(stored->preferredKindergartens, QStringList{QStringLiteral("kg-042")});
    QCOMPARE(stored->child.name, original.child.name);
    QCOMPARE(stored->filedAt, original.filedAt);
    QCOMPARE(stored->status, ApplicationStatus::Queued);

    const auto entries = Journal::entriesFor(m_database->connection(), QStringLiteral("application"), original.id);
    QVERIFY(entries);
    QCOMPARE(entries->last().event, QStringLiteral("application_corrected"));
    const QJsonArray fields = entries->last().payload.value(QStringLiteral("fields")).toArray();
    QCOMPARE(fields.size(), 5);
    QVERIFY(!fields.contains(QStringLiteral("category")));
    QVERIFY(!entries->last().payload.contains(QStringLiteral("category_to")));
}

void TestApplicationLifecycle::correctionWithoutChangeWritesNothing()
{
    const Application original = registered(200, QDateTime(QDate(2024, 4, 10), QTime(10, 0)));
    ApplicationStore store(m_database);
    const auto corrected = store.correctApplication(original.id, original, clerk, context());
    QVERIFY(corrected);
    QCOMPARE(rows("outbox"), 1);
    QCOMPARE(rows("journal"), 1);
}

void TestApplicationLifecycle::correctionIsValidatedAsRegistration()
{
    const Application original = registered(200, QDateTime(QDate(2024, 4, 10), QTime(10, 0)));
    ApplicationStore store(m_database);

    Application badEmail = original;
    badEmail.email = QStringLiteral("not an address");
    auto refused = store.correctApplication(original.id, badEmail, clerk, context());
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, Field::Email);

    // A category without its document (RULES 3.2).
    Application noDocument = original;
    noDocument.category = Category::Military;
    refused = store.correctApplication(original.id, noDocument, clerk, context());
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, Rule::CategoryDocumentRequired);

    // A document issued after the day of the correction.
    refused = store.correctApplication(original.id, withMilitaryCategory(original, now.date().addDays(1)), clerk,
                                       context());
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, Field::CategoryDocumentIssueDate);

    QCOMPARE(rows("outbox"), 1);
    QCOMPARE(rows("journal"), 1);
    QCOMPARE(store.find(original.id)->email, original.email);
    QCOMPARE(store.find(original.id)->category, Category::None);
}

void TestApplicationLifecycle::onlyQueuedApplicationIsCorrected()
{
    ApplicationStore store(m_database);
    Application unknown = validApplication(200, now);
    auto refused = store.correctApplication(QStringLiteral("0b9e4f7a-1111-4222-8333-944455556666"), unknown, clerk,
                                            context());
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, Rule::ApplicationNotFound);

    const Application original = registered(200, QDateTime(QDate(2024, 4, 10), QTime(10, 0)));
    QVERIFY(store.withdrawApplication(original.id, QStringLiteral("Отбасы көшіп кетті"), clerk, now));
    Application changed = original;
    changed.email = QStringLiteral("new@example.kz");
    refused = store.correctApplication(original.id, changed, clerk, context());
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, Rule::ApplicationNotQueued);
    QCOMPARE(refused.error().detail, QStringLiteral("archived"));
    QCOMPARE(store.find(original.id)->email, original.email);
}

void TestApplicationLifecycle::withdrawArchivesWithCommandAndJournal()
{
    const Application original = registered(200, QDateTime(QDate(2024, 4, 10), QTime(10, 0)));
    ApplicationStore store(m_database);
    const QString reason = QStringLiteral("  Ата-анасы басқа қалаға көшті  ");
    const auto withdrawn = store.withdrawApplication(original.id, reason, clerk, now);
    QVERIFY2(withdrawn, withdrawn ? "" : qPrintable(withdrawn.error().message()));
    QCOMPARE(withdrawn->status, ApplicationStatus::Archived);
    QCOMPARE(withdrawn->archiveReason, ArchiveReason::WithdrawnByApplicant);

    const std::optional<Application> stored = store.find(original.id);
    QVERIFY(stored);
    QCOMPARE(stored->status, ApplicationStatus::Archived);
    QCOMPARE(stored->archiveReason, ArchiveReason::WithdrawnByApplicant);
    QCOMPARE(stored->filedAt, original.filedAt);
    // RULES 3.2: the child may apply again.
    QVERIFY(!store.findActiveByChildIin(original.childIin));

    const auto pending = Outbox::pending(m_database->connection());
    QVERIFY(pending);
    QCOMPARE(pending->size(), 2);
    const OutboxCommand &command = pending->last();
    QCOMPARE(command.type, QStringLiteral("withdraw_application"));
    QCOMPARE(command.payload.value(QStringLiteral("application_id")).toString(), original.id);
    QCOMPARE(command.payload.value(QStringLiteral("reason")).toString(), reason.trimmed());

    const auto entries = Journal::entriesFor(m_database->connection(), QStringLiteral("application"), original.id);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->last().event, QStringLiteral("application_withdrawn"));
    QCOMPARE(entries->last().actor, clerk);
    QCOMPARE(entries->last().payload.value(QStringLiteral("reason")).toString(), reason.trimmed());
    QCOMPARE(entries->last().payload.value(QStringLiteral("command_id")).toString(), command.id);
}

void TestApplicationLifecycle::withdrawNeedsReasonAndActiveApplication()
{
    const Application original = registered(200, QDateTime(QDate(2024, 4, 10), QTime(10, 0)));
    ApplicationStore store(m_database);
    auto refused = store.withdrawApplication(original.id, QStringLiteral("   "), clerk, now);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, Field::WithdrawalReason);
    QCOMPARE(refused.error().rule, Rule::Required);
    refused = store.withdrawApplication(original.id, QString(501, u'ә'), clerk, now);
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, Rule::TooLong);
    refused = store.withdrawApplication(QStringLiteral("no-such-id"), QStringLiteral("reason"), clerk, now);
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, Rule::ApplicationNotFound);
    QCOMPARE(rows("outbox"), 1);
    QCOMPARE(store.find(original.id)->status, ApplicationStatus::Queued);

    QVERIFY(store.withdrawApplication(original.id, QStringLiteral("reason"), clerk, now));
    refused = store.withdrawApplication(original.id, QStringLiteral("reason"), clerk, now);
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, Rule::ApplicationNotWithdrawable);
    QCOMPARE(rows("outbox"), 2);
    QCOMPARE(rows("journal"), 2);
}

void TestApplicationLifecycle::listSearchesByIinAndName()
{
    const Application first = registered(200, QDateTime(QDate(2024, 4, 10), QTime(10, 0)));
    Application other = validApplication(300, QDateTime(QDate(2024, 4, 20), QTime(10, 0)));
    other.child = PersonName{QStringLiteral("Иванова"), QStringLiteral("Мария"), QStringLiteral("Петровна")};
    other.applicant = PersonName{QStringLiteral("Иванов"), QStringLiteral("Пётр"), QString()};
    other.applicantIin = QStringLiteral("200101500403");
    ApplicationStore store(m_database);
    QVERIFY(store.registerApplication(other, clerk, context()));

    auto found = store.list(QString(), false, 100);
    QVERIFY(found);
    QCOMPARE(found->size(), 2);
    QCOMPARE(found->at(0).child.surname, QStringLiteral("Иванова")); // newest filing first

    found = store.list(QStringLiteral("  әлия "), false, 100);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->at(0).id, first.id);

    found = store.list(QStringLiteral("ИВАНОВ"), false, 100);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);

    const QString iin = first.childIin;
    found = store.list(iin.left(6) + u' ' + iin.mid(6), false, 100);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->at(0).id, first.id);
    // The applicant's IIN finds the application too.
    found = store.list(QStringLiteral("200101500403"), false, 100);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);

    QVERIFY(store.withdrawApplication(first.id, QStringLiteral("reason"), clerk, now));
    found = store.list(QString(), false, 100);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    found = store.list(QString(), true, 100);
    QVERIFY(found);
    QCOMPARE(found->size(), 2);
    found = store.list(QString(), true, 1);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
}

QTEST_GUILESS_MAIN(TestApplicationLifecycle)
#include "tst_applicationlifecycle.moc"
