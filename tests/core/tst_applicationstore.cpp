#include "domain/ApplicationNumber.h"
#include "store/ApplicationJson.h"
#include "store/ApplicationNumbers.h"
#include "store/Migrations.h"
#include "store/ApplicationStore.h"
#include "store/CanonicalJson.h"
#include "store/Journal.h"
#include "store/Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The desk's clock for every test: 2 May 2024, 10:00 local time.
const QDateTime now(QDate(2024, 5, 2), QTime(10, 0));
const QString clerk = QStringLiteral("clerk-aigerim");

// A complete, valid Appendix 1 application (RULES 3.1): IINs with correct check digits whose
// digits agree with the birth date and sex entered (RULES 9).
Application validApplication()
{
    Application a;
    a.applicant = PersonName{QStringLiteral("Серікбаев"), QStringLiteral("Асқар"), QStringLiteral("Нұрланұлы")};
    a.applicantIin = QStringLiteral("900512300120");
    a.applicantAddress = QStringLiteral("Астана қ., Кенесары к-сі, 40-12");
    a.settlement = QStringLiteral("Астана");
    a.child = PersonName{QStringLiteral("Серікбаева"), QStringLiteral("Әлия"), QStringLiteral("Асқарқызы")};
    a.childIin = QStringLiteral("210315601231");
    a.childBirthDate = QDate(2021, 3, 15);
    a.childSex = Iin::Sex::Female;
    a.category = Category::None;
    a.phones = {QStringLiteral("+77012345678")};
    a.email = QStringLiteral("askar@example.kz");
    a.consent = true;
    a.signatureDate = QDate(2024, 5, 2);
    return a;
}

// Every field away from its default, for the round trips.
Application fullApplication()
{
    Application a = validApplication();
    a.id = QStringLiteral("6f1c2a52-7d0e-4c1b-9a37-0e6b2f4d9c11");
    a.registrationSequence = 4711;
    a.category = Category::TeacherChild;
    a.categoryDocument = CategoryDocument{QStringLiteral("Certificate from the place of work"),
                                          QStringLiteral("№ 115/2"), QStringLiteral("Школа-лицей № 12"),
                                          QDate(2024, 4, 20)};
    a.preferredKindergartens = {QStringLiteral("kg-017"), QStringLiteral("kg-042")};
    a.language = TeachingLanguage::Kazakh;
    a.phones = {QStringLiteral("+77012345678"), QStringLiteral("+77471234567")};
    a.filedAt = QDateTime(QDate(2024, 5, 2), QTime(9, 15, 30, 250));
    a.status = ApplicationStatus::StopListed;
    a.archiveReason = ArchiveReason::WithdrawnByApplicant;
    a.stopListedUntil = QDate(2024, 6, 1);
    a.batchId = QStringLiteral("batch-7");
    a.number = QStringLiteral("2024-003-00017");
    return a;
}

ValidationContext context()
{
    return ValidationContext{now, RuleSettings{}};
}

void compareApplications(const Application &actual, const Application &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.registrationSequence, expected.registrationSequence);
    QCOMPARE(actual.applicant.surname, expected.applicant.surname);
    QCOMPARE(actual.applicant.name, expected.applicant.name);
    QCOMPARE(actual.applicant.patronymic, expected.applicant.patronymic);
    QCOMPARE(actual.applicantIin, expected.applicantIin);
    QCOMPARE(actual.applicantAddress, expected.applicantAddress);
    QCOMPARE(actual.settlement, expected.settlement);
    QCOMPARE(actual.child.surname, expected.child.surname);
    QCOMPARE(actual.child.name, expected.child.name);
    QCOMPARE(actual.child.patronymic, expected.child.patronymic);
    QCOMPARE(actual.childIin, expected.childIin);
    QCOMPARE(actual.childBirthDate, expected.childBirthDate);
    QCOMPARE(actual.childSex, expected.childSex);
    QCOMPARE(actual.category, expected.category);
    QCOMPARE(actual.categoryDocument.type, expected.categoryDocument.type);
    QCOMPARE(actual.categoryDocument.number, expected.categoryDocument.number);
    QCOMPARE(actual.categoryDocument.issuer, expected.categoryDocument.issuer);
    QCOMPARE(actual.categoryDocument.issueDate, expected.categoryDocument.issueDate);
    QCOMPARE(actual.preferredKindergartens, expected.preferredKindergartens);
    QCOMPARE(actual.language, expected.language);
    QCOMPARE(actual.phones, expected.phones);
    QCOMPARE(actual.email, expected.email);
    QCOMPARE(actual.consent, expected.consent);
    QCOMPARE(actual.signatureDate, expected.signatureDate);
    QCOMPARE(actual.filedAt, expected.filedAt);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.archiveReason, expected.archiveReason);
    QCOMPARE(actual.stopListedUntil, expected.stopListedUntil);
    QCOMPARE(actual.batchId, expected.batchId);
    QCOMPARE(actual.number, expected.number);
}

} // namespace

class TestApplicationStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void registerWritesApplicationOutboxAndJournal();
    void registeredApplicationReadsBack();
    void registerKeepsEveryField();
    void registerStoresOneSpelling();
    void registerKeepsGivenIdAndFilingTime();
    void registerReturnsTheProvisionalQueueNumber();
    void warningsComeBackWithTheApplication();
    void validationErrorWritesNothing_data();
    void validationErrorWritesNothing();
    void childWithActiveApplicationIsRefused_data();
    void childWithActiveApplicationIsRefused();
    void failedWriteLeavesNothing_data();
    void failedWriteLeavesNothing();
    void registrationsSurviveReopening();
    void findUnknownGivesNothing();

    void jsonRoundTripKeepsEveryField();
    void jsonUsesTheDocumentedFormat();
    void jsonMissingKeysGiveDefaults();
    void jsonWithBadValueIsRefused_data();
    void jsonWithBadValueIsRefused();

    void registrationGivesTheYearsNextNumber();
    void deskNumberFromTheServerIsUsed();
    void applicationWithoutNumberShowsItsId();
    void syncedVersionWithoutNumberKeepsTheDesksNumber();
    void numbersOfNumberedDesksAreUnique();
    void migratedStoreKeepsOldApplicationsWithoutNumber();

private:
    int rows(const char *table) const;
    bool exec(const QString &sql) const;

    std::shared_ptr<Database> m_database;
};

void TestApplicationStore::init()
{
    auto database = Database::open(QStringLiteral(":memory:"));
    QVERIFY(database);
    m_database = std::move(database).value();
}

void TestApplicationStore::cleanup()
{
    m_database.reset();
}

int TestApplicationStore::rows(const char *table) const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool TestApplicationStore::exec(const QString &sql) const
{
    QSqlQuery query(m_database->connection());
    return query.exec(sql);
}

void TestApplicationStore::registerWritesApplicationOutboxAndJournal()
{
    ApplicationStore store(m_database);
    const auto registered = store.registerApplication(validApplication(), clerk, context());
    QVERIFY2(registered, registered ? "" : qPrintable(registered.error().message()));
    const Application &saved = registered->application;

    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    QVERIFY2(uuid.match(saved.id).hasMatch(), qPrintable(saved.id));
    QCOMPARE(saved.filedAt, now);
    QCOMPARE(saved.status, ApplicationStatus::Queued);
    QCOMPARE(rows("applications"), 1);
    QCOMPARE(rows("outbox"), 1);
    QCOMPARE(rows("journal"), 1);

    // DESIGN 3: the command for the server carries the application as registered.
    const auto pending = Outbox::pending(m_database->connection());
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    const OutboxCommand &command = pending->first();
    QCOMPARE(command.type, QStringLiteral("register_application"));
    QCOMPARE(command.clerk, clerk);
    QCOMPARE(command.state, OutboxCommand::State::Pending);
    QCOMPARE(command.createdAt, now);
    QVERIFY(uuid.match(command.id).hasMatch());
    QVERIFY(command.id != saved.id);
    const auto fromPayload = ApplicationJson::fromJson(command.payload);
    QVERIFY(fromPayload);
    compareApplications(*fromPayload, saved);
    if (QTest::currentTestFailed())
        return;

    // RULES def. 2: the journal records who registered what, and a fingerprint of it.
    const auto entries = Journal::entriesFor(m_database->connection(), QStringLiteral("application"), saved.id);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    const JournalEntry &entry = entries->first();
    QCOMPARE(entry.event, QStringLiteral("application_registered"));
    QCOMPARE(entry.actor, clerk);
    QCOMPARE(entry.at, now);
    QCOMPARE(entry.payload.value(QStringLiteral("command_id")).toString(), command.id);
    QCOMPARE(entry.payload.value(QStringLiteral("application_sha256")).toString(),
             CanonicalJson::sha256Hex(ApplicationJson::toJson(saved)));
    const auto verification = Journal::verify(m_database->connection());
    QVERIFY(verification && verification->ok());
}

void TestApplicationStore::registeredApplicationReadsBack()
{
    ApplicationStore store(m_database);
    const auto registered = store.registerApplication(validApplication(), clerk, context());
    QVERIFY(registered);
    const std::optional<Application> found = store.find(registered->application.id);
    QVERIFY(found);
    compareApplications(*found, registered->application);
}

void TestApplicationStore::registerKeepsEveryField()
{
    ApplicationStore store(m_database);
    const Application full = fullApplication();
    const auto registered = store.registerApplication(full, clerk, context());
    QVERIFY2(registered, registered ? "" : qPrintable(registered.error().message()));

    // Registering puts the application in the queue; every other field is kept as given.
    Application expected = full;
    expected.status = ApplicationStatus::Queued;
    expected.archiveReason = ArchiveReason::None;
    expected.stopListedUntil = QDate();
    // Issue 13 item 1: the registration gives the number, whatever the application carried.
    expected.number = QStringLiteral("2024-000-00001");
    compareApplications(registered->application, expected);
    if (QTest::currentTestFailed())
        return;
    const std::optional<Application> found = store.find(full.id);
    QVERIFY(found);
    compareApplications(*found, expected);

    // RULES 3.3: the queue columns the ordering index uses.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT birth_year, right_rank, category, filed_at FROM applications")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2021);
    QCOMPARE(query.value(1).toInt(), 1); // category 8: primary right
    QCOMPARE(query.value(2).toInt(), 8);
    QCOMPARE(query.value(3).toLongLong(), full.filedAt.toMSecsSinceEpoch());
}

void TestApplicationStore::registerStoresOneSpelling()
{
    ApplicationStore store(m_database);
    Application typed = validApplication();
    typed.childIin = QStringLiteral("210315 60123 1");
    typed.applicantIin = QStringLiteral("900512-300120");
    typed.phones = {QString(), QStringLiteral("8 (701) 234-56-78")};
    typed.preferredKindergartens = {QString(), QStringLiteral(" kg-017 ")};
    typed.email = QStringLiteral(" askar@example.kz ");
    const auto registered = store.registerApplication(typed, clerk, context());
    QVERIFY2(registered, registered ? "" : qPrintable(registered.error().message()));

    const std::optional<Application> found = store.find(registered->application.id);
    QVERIFY(found);
    QCOMPARE(found->childIin, QStringLiteral("210315601231"));
    QCOMPARE(found->applicantIin, QStringLiteral("900512300120"));
    QCOMPARE(found->phones, QStringList{QStringLiteral("+77012345678")});
    QCOMPARE(found->preferredKindergartens, QStringList{QStringLiteral("kg-017")});
    QCOMPARE(found->email, QStringLiteral("askar@example.kz"));

    // Whatever spelling the clerk types next time, the child is found and refused.
    const std::optional<Application> active = store.findActiveByChildIin(QStringLiteral("2103-1560-1231"));
    QVERIFY(active);
    QCOMPARE(active->id, registered->application.id);
    const auto again = store.registerApplication(validApplication(), clerk, context());
    QVERIFY(!again);
    QCOMPARE(again.error().rule, Rule::ActiveApplicationExists);
}

void TestApplicationStore::registerKeepsGivenIdAndFilingTime()
{
    ApplicationStore store(m_database);
    Application application = validApplication();
    application.id = QStringLiteral("0b9e4f7a-1111-4222-8333-944455556666");
    // Filed on paper two days ago and entered now (the CLI import does the same).
    application.filedAt = QDateTime(QDate(2024, 4, 30), QTime(16, 45, 10, 5));
    application.signatureDate = QDate(2024, 4, 30);
    const auto registered = store.registerApplication(application, clerk, context());
    QVERIFY2(registered, registered ? "" : qPrintable(registered.error().message()));
    QCOMPARE(registered->application.id, application.id);
    QCOMPARE(registered->application.filedAt, application.filedAt);
    QVERIFY(store.find(application.id));
}

// RULES 3.3: registration returns the application's rank among the year's queued ones, as the
// queue list would show it (the form shows it; it does not ask QueueStore again).
void TestApplicationStore::registerReturnsTheProvisionalQueueNumber()
{
    ApplicationStore store(m_database);
    // A girl born 15.03.2021 (century-and-sex digit 6), serial moved on to a valid check digit.
    const auto childIin = [](int serial) -> QString {
        for (;; ++serial) {
            const QString eleven = QStringLiteral("2103156%1").arg(serial, 4, 10, QLatin1Char('0'));
            if (const int check = Iin::checkDigit(eleven); check >= 0)
                return eleven + QString::number(check);
        }
    };
    const auto registerFiled = [&](int serial, const QDateTime &filedAt) {
        Application application = validApplication();
        application.childIin = childIin(serial);
        application.filedAt = filedAt;
        application.signatureDate = filedAt.date();
        const auto registered = store.registerApplication(application, clerk, context());
        if (!registered)
            qFatal("register: %s", qPrintable(registered.error().message()));
        return registered->queueNumber;
    };
    QCOMPARE(registerFiled(200, QDateTime(QDate(2024, 4, 10), QTime(10, 0))), 1);
    QCOMPARE(registerFiled(300, QDateTime(QDate(2024, 4, 20), QTime(10, 0))), 2);
    // Filed on paper before both, entered now: it goes first.
    QCOMPARE(registerFiled(400, QDateTime(QDate(2024, 4, 1), QTime(10, 0))), 1);
}

void TestApplicationStore::warningsComeBackWithTheApplication()
{
    ApplicationStore store(m_database);
    Application application = validApplication();
    application.childSex = Iin::Sex::Male; // the IIN says female: RULES 9, a warning only
    const auto registered = store.registerApplication(application, clerk, context());
    QVERIFY(registered);
    QVERIFY(registered->warnings.contains(Issue::warning(Field::ChildIin, Rule::IinSexMismatch)));
    QVERIFY(!hasErrors(registered->warnings));
    QCOMPARE(rows("applications"), 1);
}

void TestApplicationStore::validationErrorWritesNothing_data()
{
    QTest::addColumn<Application>("application");
    QTest::addColumn<Field>("field");
    QTest::addColumn<Rule>("rule");

    Application noConsent = validApplication();
    noConsent.consent = false;
    QTest::newRow("no consent") << noConsent << Field::Consent << Rule::ConsentRequired;

    Application badIin = validApplication();
    badIin.childIin = QStringLiteral("210315601230");
    QTest::newRow("child IIN check digit") << badIin << Field::ChildIin << Rule::IinCheckDigit;

    Application tooOld = validApplication();
    tooOld.childBirthDate = QDate(2017, 3, 15);
    QTest::newRow("child of 7") << tooOld << Field::ChildBirthDate << Rule::ChildTooOld;

    Application noChannel = validApplication();
    noChannel.phones.clear();
    noChannel.email.clear();
    QTest::newRow("no notification channel") << noChannel << Field::Phones << Rule::NoNotificationChannel;
}

void TestApplicationStore::validationErrorWritesNothing()
{
    QFETCH(Application, application);
    QFETCH(Field, field);
    QFETCH(Rule, rule);
    ApplicationStore store(m_database);
    const auto registered = store.registerApplication(application, clerk, context());
    QVERIFY(!registered);
    QCOMPARE(registered.error().field, field);
    QCOMPARE(registered.error().rule, rule);
    QCOMPARE(rows("applications"), 0);
    QCOMPARE(rows("outbox"), 0);
    QCOMPARE(rows("journal"), 0);
}

void TestApplicationStore::childWithActiveApplicationIsRefused_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("mayRegisterAgain");
    // RULES 3.2 [Q]: only an archived application frees the child for a new one.
    QTest::newRow("queued") << QStringLiteral("queued") << false;
    QTest::newRow("direction issued") << QStringLiteral("direction_issued") << false;
    QTest::newRow("stop-listed") << QStringLiteral("stop_listed") << false;
    QTest::newRow("archived") << QStringLiteral("archived") << true;
}

void TestApplicationStore::childWithActiveApplicationIsRefused()
{
    QFETCH(QString, status);
    QFETCH(bool, mayRegisterAgain);
    ApplicationStore store(m_database);
    const auto first = store.registerApplication(validApplication(), clerk, context());
    QVERIFY(first);
    const QString firstId = first->application.id;
    {
        QSqlQuery update(m_database->connection());
        update.prepare(QStringLiteral("UPDATE applications SET status = :status WHERE id = :id"));
        update.bindValue(QStringLiteral(":status"), status);
        update.bindValue(QStringLiteral(":id"), firstId);
        QVERIFY(update.exec());
    }

    const auto second = store.registerApplication(validApplication(), clerk,
                                                  ValidationContext{now.addDays(1), RuleSettings{}});
    if (mayRegisterAgain) {
        QVERIFY2(second, second ? "" : qPrintable(second.error().message()));
        QVERIFY(second->application.id != firstId);
        QCOMPARE(store.findActiveByChildIin(QStringLiteral("210315601231"))->id, second->application.id);
        QCOMPARE(rows("applications"), 2);
        QCOMPARE(rows("outbox"), 2);
        QCOMPARE(rows("journal"), 2);
    } else {
        QVERIFY(!second);
        // The clerk is shown the existing application.
        QCOMPARE(second.error(), Issue::error(Field::ChildIin, Rule::ActiveApplicationExists, firstId));
        QCOMPARE(store.findActiveByChildIin(QStringLiteral("210315601231"))->id, firstId);
        QCOMPARE(rows("applications"), 1);
        QCOMPARE(rows("outbox"), 1);
        QCOMPARE(rows("journal"), 1);
    }
}

void TestApplicationStore::failedWriteLeavesNothing_data()
{
    QTest::addColumn<QString>("failingTable");
    QTest::newRow("journal insert fails") << QStringLiteral("journal");
    QTest::newRow("outbox insert fails") << QStringLiteral("outbox");
    QTest::newRow("application insert fails") << QStringLiteral("applications");
}

void TestApplicationStore::failedWriteLeavesNothing()
{
    QFETCH(QString, failingTable);
    ApplicationStore store(m_database);
    const QString trigger = QStringLiteral("CREATE TRIGGER test_failure BEFORE INSERT ON %1"
                                           " BEGIN SELECT RAISE(ABORT, 'disk gone'); END").arg(failingTable);
    QVERIFY(exec(trigger));

    const auto registered = store.registerApplication(validApplication(), clerk, context());
    QVERIFY(!registered);
    QCOMPARE(registered.error().field, Field::Store);
    QCOMPARE(registered.error().rule, Rule::StoreWriteFailed);
    QVERIFY2(registered.error().detail.contains(QLatin1String("disk gone")), qPrintable(registered.error().detail));
    // DESIGN 3: one transaction, so nothing of the three writes remains.
    QCOMPARE(rows("applications"), 0);
    QCOMPARE(rows("outbox"), 0);
    QCOMPARE(rows("journal"), 0);
    QVERIFY(!store.findActiveByChildIin(QStringLiteral("210315601231")));

    // The store is left usable: once the fault is gone the same application registers.
    QVERIFY(exec(QStringLiteral("DROP TRIGGER test_failure")));
    const auto retried = store.registerApplication(validApplication(), clerk, context());
    QVERIFY2(retried, retried ? "" : qPrintable(retried.error().message()));
    // The failed registration gave its number back.
    QCOMPARE(retried->application.number, QStringLiteral("2024-000-00001"));
    QCOMPARE(rows("applications"), 1);
    QCOMPARE(rows("outbox"), 1);
    QCOMPARE(rows("journal"), 1);
}

void TestApplicationStore::registrationsSurviveReopening()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    QString id;
    {
        auto database = Database::open(path);
        QVERIFY(database);
        ApplicationStore store(*database);
        const auto registered = store.registerApplication(fullApplication(), clerk, context());
        QVERIFY(registered);
        id = registered->application.id;
    }
    auto reopened = Database::open(path);
    QVERIFY(reopened);
    ApplicationStore store(*reopened);
    const std::optional<Application> found = store.find(id);
    QVERIFY(found);
    QCOMPARE(found->categoryDocument.issuer, QStringLiteral("Школа-лицей № 12"));
    QCOMPARE(found->filedAt, fullApplication().filedAt);
    const auto verification = Journal::verify((*reopened)->connection());
    QVERIFY(verification && verification->ok());
    QCOMPARE(verification->entries, 1);
}

void TestApplicationStore::findUnknownGivesNothing()
{
    ApplicationStore store(m_database);
    QVERIFY(!store.find(QStringLiteral("no-such-id")));
    QVERIFY(!store.findActiveByChildIin(QStringLiteral("210315601231")));
}

void TestApplicationStore::jsonRoundTripKeepsEveryField()
{
    const Application full = fullApplication();
    // Through text, as the CLI import and the sync protocol carry it.
    const QByteArray text = QJsonDocument(ApplicationJson::toJson(full)).toJson();
    const auto read = ApplicationJson::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(read, read ? "" : qPrintable(read.error().message()));
    compareApplications(*read, full);
    if (QTest::currentTestFailed())
        return;

    // Defaults survive too: no dates, no document, no lists.
    Application empty;
    const auto readEmpty = ApplicationJson::fromJson(ApplicationJson::toJson(empty));
    QVERIFY(readEmpty);
    compareApplications(*readEmpty, empty);
}

void TestApplicationStore::jsonUsesTheDocumentedFormat()
{
    const QJsonObject json = ApplicationJson::toJson(fullApplication());
    QCOMPARE(json.value(QStringLiteral("child_iin")).toString(), QStringLiteral("210315601231"));
    QCOMPARE(json.value(QStringLiteral("child_birth_date")).toString(), QStringLiteral("2021-03-15"));
    QCOMPARE(json.value(QStringLiteral("child_sex")).toString(), QStringLiteral("female"));
    QCOMPARE(json.value(QStringLiteral("category")).toInt(), 8);
    QCOMPARE(json.value(QStringLiteral("language")).toString(), QStringLiteral("kk"));
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("stop_listed"));
    QCOMPARE(json.value(QStringLiteral("archive_reason")).toString(), QStringLiteral("withdrawn_by_applicant"));
    // 09:15:30.250 in Almaty (UTC+5 or +6 depending on the tz database) as UTC.
    QCOMPARE(json.value(QStringLiteral("filed_at")).toString(),
             fullApplication().filedAt.toUTC().toString(Qt::ISODateWithMs));
    QVERIFY(json.value(QStringLiteral("filed_at")).toString().endsWith(QLatin1String(".250Z")));
    QCOMPARE(json.value(QStringLiteral("phones")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("consent")).toBool(), true);
    QVERIFY(ApplicationJson::toJson(Application()).value(QStringLiteral("signature_date")).isNull());
}

void TestApplicationStore::jsonMissingKeysGiveDefaults()
{
    const auto read = ApplicationJson::fromJson(QJsonObject{{QStringLiteral("child_name"), QStringLiteral("Әлия")},
                                                            {QStringLiteral("signature_date"), QString()},
                                                            {QStringLiteral("future_field"), 1}});
    QVERIFY(read);
    QCOMPARE(read->child.name, QStringLiteral("Әлия"));
    QCOMPARE(read->category, Category::None);
    QCOMPARE(read->status, ApplicationStatus::Queued);
    QCOMPARE(read->consent, false);
    QVERIFY(!read->signatureDate.isValid());
    QVERIFY(!read->filedAt.isValid());
}

void TestApplicationStore::jsonWithBadValueIsRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<Field>("field");
    QTest::addColumn<Rule>("rule");

    QTest::newRow("category 11") << QStringLiteral("category") << QJsonValue(11) << Field::Category << Rule::OutOfRange;
    QTest::newRow("category 0") << QStringLiteral("category") << QJsonValue(0) << Field::Category << Rule::OutOfRange;
    QTest::newRow("category as text") << QStringLiteral("category") << QJsonValue(QStringLiteral("7"))
                                      << Field::Category << Rule::InvalidNumber;
    QTest::newRow("30 February") << QStringLiteral("child_birth_date") << QJsonValue(QStringLiteral("2021-02-30"))
                                 << Field::ChildBirthDate << Rule::InvalidDate;
    QTest::newRow("filing time not a time") << QStringLiteral("filed_at") << QJsonValue(QStringLiteral("yesterday"))
                                            << Field::FiledAt << Rule::InvalidDate;
    QTest::newRow("unknown sex") << QStringLiteral("child_sex") << QJsonValue(QStringLiteral("x"))
                                 << Field::ChildSex << Rule::OutOfRange;
    QTest::newRow("unknown language") << QStringLiteral("language") << QJsonValue(QStringLiteral("de"))
                                      << Field::Language << Rule::OutOfRange;
    QTest::newRow("unknown status") << QStringLiteral("status") << QJsonValue(QStringLiteral("lost"))
                                    << Field::None << Rule::OutOfRange;
    QTest::newRow("phones not a list") << QStringLiteral("phones") << QJsonValue(QStringLiteral("+77012345678"))
                                       << Field::Phones << Rule::OutOfRange;
    QTest::newRow("consent as text") << QStringLiteral("consent") << QJsonValue(QStringLiteral("yes"))
                                     << Field::Consent << Rule::OutOfRange;
    QTest::newRow("IIN as a number") << QStringLiteral("child_iin") << QJsonValue(210315601231.0)
                                     << Field::ChildIin << Rule::OutOfRange;
    QTest::newRow("number not in its form") << QStringLiteral("number") << QJsonValue(QStringLiteral("2024-3-17"))
                                            << Field::None << Rule::InvalidNumber;
    QTest::newRow("number as a number") << QStringLiteral("number") << QJsonValue(2024000017)
                                        << Field::None << Rule::OutOfRange;
}

void TestApplicationStore::jsonWithBadValueIsRefused()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(Field, field);
    QFETCH(Rule, rule);
    QJsonObject json = ApplicationJson::toJson(fullApplication());
    json.insert(key, value);
    const auto read = ApplicationJson::fromJson(json);
    QVERIFY(!read);
    QCOMPARE(read.error().field, field);
    QCOMPARE(read.error().rule, rule);
    QVERIFY(read.error().isError());
}

namespace {

// Another girl born 15.03.2021: the serial moved on to a valid check digit (RULES 9).
Application otherChild(int serial)
{
    Application a = validApplication();
    for (;; ++serial) {
        const QString eleven = QStringLiteral("2103156%1").arg(serial, 4, 10, QLatin1Char('0'));
        if (const int check = Iin::checkDigit(eleven); check >= 0) {
            a.childIin = eleven + QString::number(check);
            return a;
        }
    }
}

Application secondChild()
{
    return otherChild(300);
}

Application thirdChild()
{
    return otherChild(400);
}

} // namespace

void TestApplicationStore::registrationGivesTheYearsNextNumber()
{
    ApplicationStore store(m_database);
    const auto first = store.registerApplication(validApplication(), clerk, context());
    QVERIFY2(first, first ? "" : qPrintable(first.error().message()));
    QCOMPARE(first->application.number, QStringLiteral("2024-000-00001"));
    const auto second = store.registerApplication(secondChild(), clerk, context());
    QVERIFY2(second, second ? "" : qPrintable(second.error().message()));
    QCOMPARE(second->application.number, QStringLiteral("2024-000-00002"));
    QCOMPARE(store.find(second->application.id)->number, QStringLiteral("2024-000-00002"));
    // The number a parent quotes finds the application.
    const auto byNumber = store.list(QStringLiteral(" 2024-000-00002 "), true, 10);
    QVERIFY(byNumber);
    QCOMPARE(byNumber->size(), 1);
    QCOMPARE(byNumber->first().id, second->application.id);

    // The command for the server and the journal's fingerprint carry it.
    const auto pending = Outbox::pending(m_database->connection());
    QVERIFY(pending);
    QCOMPARE(pending->size(), 2);
    QCOMPARE(pending->at(1).payload.value(QStringLiteral("number")).toString(), QStringLiteral("2024-000-00002"));
    const auto entries =
        Journal::entriesFor(m_database->connection(), QStringLiteral("application"), second->application.id);
    QVERIFY(entries && entries->size() == 1);
    QCOMPARE(entries->first().payload.value(QStringLiteral("application_sha256")).toString(),
             CanonicalJson::sha256Hex(ApplicationJson::toJson(second->application)));

    // A new year starts its own sequence.
    ValidationContext nextYear = context();
    nextYear.now = QDateTime(QDate(2025, 1, 3), QTime(9, 0));
    Application third = thirdChild();
    third.signatureDate = nextYear.now.date();
    const auto inNextYear = store.registerApplication(third, clerk, nextYear);
    QVERIFY2(inNextYear, inNextYear ? "" : qPrintable(inNextYear.error().message()));
    QCOMPARE(inNextYear->application.number, QStringLiteral("2025-000-00001"));
}

void TestApplicationStore::deskNumberFromTheServerIsUsed()
{
    ApplicationStore store(m_database);
    const auto before = store.registerApplication(validApplication(), clerk, context());
    QVERIFY(before);
    QCOMPARE(before->application.number, QStringLiteral("2024-000-00001"));
    QVERIFY(ApplicationNumberStore::setDeskNumber(m_database->connection(), 7).ok());
    QCOMPARE(*ApplicationNumberStore::deskNumber(m_database->connection()), 7);
    // The year's sequence goes on: no number is given twice by this store.
    const auto after = store.registerApplication(secondChild(), clerk, context());
    QVERIFY(after);
    QCOMPARE(after->application.number, QStringLiteral("2024-007-00002"));
}

void TestApplicationStore::applicationWithoutNumberShowsItsId()
{
    // An application the desk had before numbers (or imported without one).
    Application old = fullApplication();
    old.number.clear();
    QSqlDatabase db = m_database->connection();
    QVERIFY(ApplicationStore::saveSynced(db, old, now).ok());
    ApplicationStore store(m_database);
    const std::optional<Application> found = store.find(old.id);
    QVERIFY(found);
    QVERIFY(found->number.isEmpty());
    QCOMPARE(ApplicationNumbers::shown(found->number, found->id), old.id);
    QVERIFY(!ApplicationJson::toJson(*found).contains(QStringLiteral("number")));
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT number IS NULL FROM applications")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestApplicationStore::syncedVersionWithoutNumberKeepsTheDesksNumber()
{
    ApplicationStore store(m_database);
    const auto registered = store.registerApplication(validApplication(), clerk, context());
    QVERIFY(registered);
    Application fromServer = registered->application;
    fromServer.number.clear(); // a server that does not send numbers
    fromServer.registrationSequence = 12;
    QSqlDatabase db = m_database->connection();
    QVERIFY(ApplicationStore::saveSynced(db, fromServer, now).ok());
    QCOMPARE(store.find(fromServer.id)->number, QStringLiteral("2024-000-00001"));
    QCOMPARE(store.find(fromServer.id)->registrationSequence, 12);
}

void TestApplicationStore::numbersOfNumberedDesksAreUnique()
{
    QSqlDatabase db = m_database->connection();
    Application a = fullApplication();
    a.number = QStringLiteral("2024-000-00001");
    Application b = validApplication();
    b.id = QStringLiteral("b5e0c1a4-0000-4000-8000-000000000002");
    b.number = a.number;
    // Two desks that have not learnt their number may both give 2024-000-00001.
    QVERIFY(ApplicationStore::saveSynced(db, a, now).ok());
    QVERIFY(ApplicationStore::saveSynced(db, b, now).ok());
    a.number = QStringLiteral("2024-007-00001");
    b.number = a.number;
    QVERIFY(ApplicationStore::saveSynced(db, a, now).ok());
    const Status twice = ApplicationStore::saveSynced(db, b, now);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().rule, Rule::StoreWriteFailed);
}

void TestApplicationStore::migratedStoreKeepsOldApplicationsWithoutNumber()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    const QList<Migration> all = Migrations::all();
    {
        // The store as the version before numbers left it, with an application in it.
        auto old = Database::open(path, all.mid(0, all.size() - 1));
        QVERIFY(old);
        QSqlQuery insert((*old)->connection());
        QVERIFY2(insert.exec(QStringLiteral(
                     "INSERT INTO applications (id, child_surname, child_name, child_iin, birth_year, category,"
                     " right_rank, filed_at, created_at, updated_at) VALUES ('old-application', 'Омаров', 'Ерлан',"
                     " '210315601231', 2021, 10, 2, 1714600000000, 1714600000000, 1714600000000)")),
                 qPrintable(insert.lastError().text()));
    }
    auto migrated = Database::open(path);
    QVERIFY(migrated);
    QCOMPARE((*migrated)->schemaVersion(), Database::currentSchemaVersion());
    ApplicationStore store(*migrated);
    const std::optional<Application> old = store.find(QStringLiteral("old-application"));
    QVERIFY(old);
    QVERIFY(old->number.isEmpty());
    QCOMPARE(ApplicationNumbers::shown(old->number, old->id), QStringLiteral("old-application"));
    // A registration after the migration gets the first number of its year.
    const auto registered = store.registerApplication(secondChild(), clerk, context());
    QVERIFY2(registered, registered ? "" : qPrintable(registered.error().message()));
    QCOMPARE(registered->application.number, QStringLiteral("2024-000-00001"));
}

QTEST_GUILESS_MAIN(TestApplicationStore)
#include "tst_applicationstore.moc"
