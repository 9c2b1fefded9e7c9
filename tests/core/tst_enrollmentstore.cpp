#include "domain/KindergartenProfile.h"
#include "domain/WorkCalendar.h"
#include "settings/RuleSettings.h"
#include "store/ApplicationJson.h"
#include "store/ApplicationStore.h"
#include "store/Database.h"
#include "store/DirectionStore.h"
#include "store/EnrollmentStore.h"
#include "store/Journal.h"
#include "store/Outbox.h"
#include "store/Migrations.h"
#include "store/QueueStore.h"
#include "store/RowSeal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString clerk = QStringLiteral("clerk-aigerim");
const QString applicationId = QStringLiteral("6f1c2a52-7d0e-4c1b-9a37-0e6b2f4d9c11");
const QString number = QStringLiteral("D-2026-000123");
// The service day: Friday 27 March 2026. The direction was issued Friday 20 March 2026 and is
// valid until Wednesday 1 April 2026 (RULES 10 example).
const QDate serviceDay(2026, 3, 27);

QDateTime at(int hour, int minute)
{
    return QDateTime(serviceDay, QTime(hour, minute));
}

QJsonObject directionJson(const QString &directionNumber = number, const QString &application = applicationId)
{
    return QJsonObject{
        {QStringLiteral("number"), directionNumber},
        {QStringLiteral("application_id"), application},
        {QStringLiteral("kindergarten_id"), QStringLiteral("kg-017")},
        {QStringLiteral("group_name"), QStringLiteral("Ортаңғы топ «Балапан»")},
        {QStringLiteral("admission_starts_on"), QStringLiteral("2026-04-01")},
        {QStringLiteral("issued_at"), QStringLiteral("2026-03-20T04:30:00.000Z")},
        {QStringLiteral("child_surname"), QStringLiteral("Серікбаева")},
        {QStringLiteral("child_name"), QStringLiteral("Әлия")},
        {QStringLiteral("child_iin"), QStringLiteral("210315601231")},
        {QStringLiteral("child_birth_date"), QStringLiteral("2021-03-15")},
        {QStringLiteral("applicant_surname"), QStringLiteral("Серікбаев")},
        {QStringLiteral("applicant_name"), QStringLiteral("Асқар")},
        {QStringLiteral("applicant_patronymic"), QStringLiteral("Нұрланұлы")},
        {QStringLiteral("applicant_iin"), QStringLiteral("900512300120")},
        {QStringLiteral("applicant_address"), QStringLiteral("Астана қ., Кенесары к-сі, 40-12")},
        {QStringLiteral("phones"), QJsonArray{QStringLiteral("+77012345678")}},
        {QStringLiteral("category"), 10},
    };
}

// The Appendix 1 application the direction was issued for, stored on this desk.
Application application()
{
    Application a;
    a.id = applicationId;
    a.applicant = PersonName{QStringLiteral("Серікбаев"), QStringLiteral("Асқар"), QStringLiteral("Нұрланұлы")};
    a.applicantIin = QStringLiteral("900512300120");
    a.applicantAddress = QStringLiteral("Астана қ., Кенесары к-сі, 40-12");
    a.settlement = QStringLiteral("Астана");
    a.child = PersonName{QStringLiteral("Серікбаева"), QStringLiteral("Әлия"), QStringLiteral("Асқарқызы")};
    a.childIin = QStringLiteral("210315601231");
    a.childBirthDate = QDate(2021, 3, 15);
    a.childSex = Iin::Sex::Female;
    a.phones = {QStringLiteral("+77012345678")};
    a.consent = true;
    a.signatureDate = QDate(2024, 5, 2);
    a.filedAt = QDateTime(QDate(2024, 5, 2), QTime(10, 0));
    return a;
}

KindergartenProfile profile()
{
    KindergartenProfile p;
    p.id = QStringLiteral("kg-017");
    p.nameKk = QStringLiteral("№ 17 «Балапан» бөбекжай-бақшасы");
    p.nameRu = QStringLiteral("Ясли-сад № 17 «Балапан»");
    // RULES 12 item 2: what the contract names of the kindergarten.
    p.bin = QStringLiteral("120340012345");
    p.addressKk = QStringLiteral("Астана қ., Сарайшық к-сі, 5");
    p.addressRu = QStringLiteral("г. Астана, ул. Сарайшык, 5");
    p.headName = QStringLiteral("Жұмабекова Гүлнәр Серікқызы");
    return p;
}

// Every document of RULES 6.2 for a child without special needs, the certificate of health
// issued the day before.
Checklist completeChecklist()
{
    Checklist c;
    c.presented = {ChecklistItem::Direction, ChecklistItem::ParentId, ChecklistItem::BirthCertificate,
                   ChecklistItem::HealthPassport, ChecklistItem::HealthCertificate};
    c.healthCertificateIssuedOn = serviceDay.addDays(-1);
    return c;
}

ContractRecord contractOn(const QDate &date)
{
    ContractRecord c;
    c.date = date;
    // RULES 12 items 2-3: what the parent states for the contract (the desk pre-fills the
    // address and the start date from the direction).
    c.parentIdDocument = QStringLiteral("ID card No. 012345678");
    c.parentAddress = QStringLiteral("Астана қ., Кенесары к-сі, 40-12");
    c.startsOn = date.isValid() && date > QDate(2026, 4, 1) ? date : QDate(2026, 4, 1);
    return c;
}

RefusalRecord refusalWith(const QList<RefusalGround> &grounds)
{
    RefusalRecord r;
    r.grounds = grounds;
    r.faultyItems = {ChecklistItem::HealthCertificate};
    r.reasons = QStringLiteral("Денсаулық туралы анықтама жоқ");
    return r;
}

} // namespace

class TestEnrollmentStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sessionRecordsEachStageWithMonitoringCommand();
    void stagesComeInOrderAndOnce_data();
    void stagesComeInOrderAndOnce();
    void sessionNeedsAnIssuedDirection();
    void checklistIsSavedAndReadBack();
    void latestSessionOfADirection();

    void contractMarksDirectionUsedAndArchivesApplication();
    void contractNumbersCountPerYear();
    void numberOfAnotherYearIsSkipped();
    void emergencyDeferralListsOwedDocuments();
    void incompleteChecklistRefusesContractAndWritesNothing_data();
    void incompleteChecklistRefusesContractAndWritesNothing();
    void finishedSessionTakesNoSecondResult();
    void contractNeedsWhatRules12Names_data();
    void contractNeedsWhatRules12Names();
    void contractIssuesListsEveryProblem();
    void idDocumentInPartsIsStoredSentAndSealed();
    void contractsOfBeforeKeepTheirFreeTextAndSeal();

    void refusalSendsApplicationBackToQueueOrStopList_data();
    void refusalSendsApplicationBackToQueueOrStopList();
    void refusalWritesDirectionSessionOutboxAndJournal();
    void refusalWithoutSessionNamesTheDirection();
    void refusalNeedsAGroundAndAnOpenDirection();
    void directionNotStoredHereStillCloses();

    void failedWriteLeavesNothing_data();
    void failedWriteLeavesNothing();

private:
    int rows(const char *table) const;
    bool exec(const QString &sql) const;
    QString applicationStatus() const;
    // Imports the direction(s), registers the application, runs a session up to the documents.
    ServiceSession readySession(const Checklist &checklist = completeChecklist(), const QString &directionNumber = number);

    std::shared_ptr<Database> m_database;
    WorkCalendar m_calendar;
};

void TestEnrollmentStore::initTestCase()
{
    const Expected<WorkCalendar> calendar = WorkCalendar::loadBuiltIn();
    QVERIFY(calendar);
    m_calendar = *calendar;
}

void TestEnrollmentStore::init()
{
    auto database = Database::open(QStringLiteral(":memory:"));
    QVERIFY(database);
    m_database = std::move(database).value();

    DirectionStore directions(m_database);
    const auto imported = directions.importJson(
        QJsonDocument(QJsonArray{directionJson(), directionJson(QStringLiteral("D-2026-000124"), QString())}).toJson(),
        clerk, QDateTime(QDate(2026, 3, 20), QTime(12, 0)));
    QVERIFY(imported && imported->imported == 2);
    ApplicationStore applications(m_database);
    const auto registered =
        applications.registerApplication(application(), clerk, ValidationContext{QDateTime(QDate(2024, 5, 2), QTime(10, 0)), {}});
    QVERIFY2(registered, registered ? "" : qPrintable(registered.error().message()));
    // The queue system gave it the direction.
    QVERIFY(exec(QStringLiteral("UPDATE applications SET status = 'direction_issued'")));
}

void TestEnrollmentStore::cleanup()
{
    m_database.reset();
}

int TestEnrollmentStore::rows(const char *table) const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool TestEnrollmentStore::exec(const QString &sql) const
{
    QSqlQuery query(m_database->connection());
    return query.exec(sql);
}

QString TestEnrollmentStore::applicationStatus() const
{
    const std::optional<Application> a = ApplicationStore(m_database).find(applicationId);
    return a ? ApplicationJson::statusCode(a->status) : QString();
}

ServiceSession TestEnrollmentStore::readySession(const Checklist &checklist, const QString &directionNumber)
{
    EnrollmentStore store(m_database);
    const auto started = store.startSession(directionNumber, ServiceChannel::Office, at(9, 5), clerk);
    if (!started)
        qFatal("startSession: %s", qPrintable(started.error().message()));
    if (!store.recordStage(started->id, ServiceStage::ServiceStarted, at(9, 12), clerk))
        qFatal("service started");
    if (!store.recordStage(started->id, ServiceStage::DocumentsHandedIn, at(9, 20), clerk))
        qFatal("documents handed in");
    if (!store.saveChecklist(started->id, checklist, clerk, at(9, 25)))
        qFatal("checklist");
    return *store.session(started->id);
}

void TestEnrollmentStore::sessionRecordsEachStageWithMonitoringCommand()
{
    const int outboxBefore = rows("outbox");
    EnrollmentStore store(m_database);
    const auto started = store.startSession(QStringLiteral(" D-2026-000123 "), ServiceChannel::Office, at(9, 5), clerk);
    QVERIFY2(started, started ? "" : qPrintable(started.error().message()));
    QVERIFY(!started->id.isEmpty());
    QCOMPARE(started->directionNumber, number);
    QCOMPARE(started->arrivedAt, at(9, 5));
    QVERIFY(store.recordStage(started->id, ServiceStage::ServiceStarted, at(9, 12), clerk));
    const auto documents = store.recordStage(started->id, ServiceStage::DocumentsHandedIn, at(9, 20), clerk);
    QVERIFY(documents);
    QCOMPARE(documents->documentsAt, at(9, 20));

    const std::optional<ServiceSession> read = store.session(started->id);
    QVERIFY(read);
    QCOMPARE(read->channel, ServiceChannel::Office);
    QCOMPARE(read->arrivedAt, at(9, 5));
    QCOMPARE(read->serviceStartedAt, at(9, 12));
    QCOMPARE(read->documentsAt, at(9, 20));
    QVERIFY(!read->resultAt.isValid());
    QCOMPARE(read->outcome, ServiceOutcome::None);
    QCOMPARE(read->clerk, clerk);
    QCOMPARE(*read, *documents);

    // RULES 6.5: each stage goes to the monitoring system.
    const auto pending = Outbox::pending(m_database->connection());
    QVERIFY(pending);
    QCOMPARE(pending->size(), outboxBefore + 3);
    QStringList stages;
    for (qsizetype i = outboxBefore; i < pending->size(); ++i) {
        QCOMPARE(pending->at(i).type, QStringLiteral("service_stage"));
        stages << pending->at(i).payload.value(QLatin1String("stage")).toString();
    }
    QCOMPARE(stages, (QStringList{QStringLiteral("arrived"), QStringLiteral("service_started"),
                                  QStringLiteral("documents_handed_in")}));
    const auto entries = Journal::entriesFor(m_database->connection(), QStringLiteral("service_session"), started->id);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 3);
    QCOMPARE(entries->constLast().at, at(9, 20));
}

void TestEnrollmentStore::stagesComeInOrderAndOnce_data()
{
    QTest::addColumn<QList<int>>("recorded"); // minutes after 9:00 of ServiceStarted, DocumentsHandedIn (-1: not)
    QTest::addColumn<ServiceStage>("stage");
    QTest::addColumn<int>("minute");
    QTest::addColumn<Rule>("rule");

    QTest::newRow("documents before the service started") << QList<int>{-1, -1} << ServiceStage::DocumentsHandedIn
                                                          << 20 << Rule::SessionStageOrder;
    QTest::newRow("service started before arrival") << QList<int>{-1, -1} << ServiceStage::ServiceStarted << 1
                                                    << Rule::SessionStageOrder;
    QTest::newRow("service started twice") << QList<int>{12, -1} << ServiceStage::ServiceStarted << 14
                                           << Rule::SessionStageOrder;
    QTest::newRow("documents before the service start time") << QList<int>{12, -1}
                                                             << ServiceStage::DocumentsHandedIn << 10
                                                             << Rule::SessionStageOrder;
    // The result comes with a contract or a refusal, arrival with startSession.
    QTest::newRow("result by hand") << QList<int>{12, 20} << ServiceStage::ResultIssued << 30
                                    << Rule::SessionStageOrder;
    QTest::newRow("arrival again") << QList<int>{12, 20} << ServiceStage::Arrived << 30 << Rule::SessionStageOrder;
}

void TestEnrollmentStore::stagesComeInOrderAndOnce()
{
    QFETCH(QList<int>, recorded);
    QFETCH(ServiceStage, stage);
    QFETCH(int, minute);
    QFETCH(Rule, rule);

    EnrollmentStore store(m_database);
    const auto started = store.startSession(number, ServiceChannel::Office, at(9, 5), clerk);
    QVERIFY(started);
    if (recorded.at(0) >= 0)
        QVERIFY(store.recordStage(started->id, ServiceStage::ServiceStarted, at(9, recorded.at(0)), clerk));
    if (recorded.at(1) >= 0)
        QVERIFY(store.recordStage(started->id, ServiceStage::DocumentsHandedIn, at(9, recorded.at(1)), clerk));
    const ServiceSession before = *store.session(started->id);
    const int outboxBefore = rows("outbox");

    const auto result = store.recordStage(started->id, stage, at(9, minute), clerk);
    QVERIFY(!result);
    QCOMPARE(result.error().rule, rule);
    QCOMPARE(*store.session(started->id), before);
    QCOMPARE(rows("outbox"), outboxBefore);
}

void TestEnrollmentStore::sessionNeedsAnIssuedDirection()
{
    EnrollmentStore store(m_database);
    const auto unknown = store.startSession(QStringLiteral("D-none"), ServiceChannel::Office, at(9, 5), clerk);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().rule, Rule::DirectionNotFound);

    QVERIFY(exec(QStringLiteral("UPDATE directions SET status = 'expired' WHERE number = 'D-2026-000123'")));
    const auto expired = store.startSession(number, ServiceChannel::Office, at(9, 5), clerk);
    QVERIFY(!expired);
    QCOMPARE(expired.error().rule, Rule::DirectionClosed);
    QCOMPARE(rows("service_sessions"), 0);

    const auto stage = store.recordStage(QStringLiteral("no-such-session"), ServiceStage::ServiceStarted, at(9, 6), clerk);
    QVERIFY(!stage);
    QCOMPARE(stage.error().field, Field::ServiceSession);
    QCOMPARE(stage.error().rule, Rule::SessionNotFound);
    QCOMPARE(store.saveChecklist(QStringLiteral("no-such-session"), completeChecklist(), clerk, at(9, 6)).error().rule,
             Rule::SessionNotFound);
}

void TestEnrollmentStore::checklistIsSavedAndReadBack()
{
    EnrollmentStore store(m_database);
    const auto started = store.startSession(number, ServiceChannel::Portal, at(9, 5), clerk);
    QVERIFY(started);
    Checklist checklist;
    checklist.channel = ServiceChannel::Office; // the session's channel wins
    checklist.presented = {ChecklistItem::Direction, ChecklistItem::BirthCertificate, ChecklistItem::ParentId};
    checklist.emergencyDeferral = true;
    checklist.healthCertificateIssuedOn = QDate(2026, 3, 25);
    checklist.note = QStringLiteral("Төтенше жағдай: 4-6 кейін әкеледі");
    const Status saved = store.saveChecklist(started->id, checklist, clerk, at(9, 30));
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));

    Checklist expected = checklist;
    expected.channel = ServiceChannel::Portal;
    QCOMPARE(store.session(started->id)->checklist, expected);

    // Saved again with one more document: the latest state counts.
    checklist.presented.insert(ChecklistItem::HealthPassport);
    QVERIFY(store.saveChecklist(started->id, checklist, clerk, at(9, 31)));
    QVERIFY(store.session(started->id)->checklist.isPresented(ChecklistItem::HealthPassport));

    const auto entries = Journal::entriesFor(m_database->connection(), QStringLiteral("service_session"), started->id);
    QVERIFY(entries);
    QCOMPARE(entries->constLast().event, QStringLiteral("checklist_saved"));
    QCOMPARE(entries->constLast().payload.value(QLatin1String("presented")).toArray(), (QJsonArray{1, 2, 3, 4}));
    // The clerk's note may name people: the journal keeps its fingerprint only.
    QVERIFY(!QJsonDocument(entries->constLast().payload).toJson().contains("Төтенше"));
}

void TestEnrollmentStore::latestSessionOfADirection()
{
    EnrollmentStore store(m_database);
    QVERIFY(!store.sessionForDirection(number));
    const auto first = store.startSession(number, ServiceChannel::Office, QDateTime(QDate(2026, 3, 26), QTime(16, 0)), clerk);
    const auto second = store.startSession(number, ServiceChannel::Office, at(9, 5), clerk);
    QVERIFY(first && second);
    QCOMPARE(store.sessionForDirection(number)->id, second->id);
    QVERIFY(!store.sessionForDirection(QStringLiteral("D-2026-000124")));
}

void TestEnrollmentStore::contractMarksDirectionUsedAndArchivesApplication()
{
    const ServiceSession session = readySession();
    const int outboxBefore = rows("outbox");
    EnrollmentStore store(m_database);
    const QDateTime now = at(9, 40);
    const auto recorded = store.recordContract(session.id, contractOn(serviceDay), profile(), m_calendar, RuleSettings{}, now);
    QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message()));

    // The contract: numbered by the kindergarten's format, the parent taken from the direction.
    const ContractRecord &contract = *recorded;
    QCOMPARE(contract.number, QStringLiteral("2026-0001"));
    QCOMPARE(contract.date, serviceDay);
    QCOMPARE(contract.directionNumber, number);
    QCOMPARE(contract.applicationId, applicationId);
    QCOMPARE(contract.sessionId, session.id);
    QCOMPARE(contract.parent.fullName(), QStringLiteral("Серікбаев Асқар Нұрланұлы"));
    QCOMPARE(contract.parentIin, QStringLiteral("900512300120"));
    QCOMPARE(contract.parentIdDocument, QStringLiteral("ID card No. 012345678"));
    QCOMPARE(contract.parentAddress, QStringLiteral("Астана қ., Кенесары к-сі, 40-12"));
    QCOMPARE(contract.phones, QStringList{QStringLiteral("+77012345678")});
    QCOMPARE(contract.startsOn, QDate(2026, 4, 1)); // the place's admission start
    QVERIFY(contract.deferredItems.isEmpty());
    QCOMPARE(contract.clerk, clerk);
    QCOMPARE(contract.recordedAt, now);
    // RULES 11: 10 hex digits, and another contract would give another code.
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{10}$")).match(contract.verificationCode).hasMatch());
    ContractRecord other = contract;
    other.parentIin = QStringLiteral("200101500403");
    QVERIFY(EnrollmentStore::verificationCode(other) != contract.verificationCode);
    QCOMPARE(store.contractForDirection(number), std::optional<ContractRecord>(contract));

    // RULES 5: the direction is used; RULES def. 1: the application archived as enrolled.
    const Direction direction = *DirectionStore(m_database).find(number);
    QCOMPARE(direction.status, DirectionStatus::Used);
    QCOMPARE(direction.closedAt, now);
    const Application application = *ApplicationStore(m_database).find(applicationId);
    QCOMPARE(application.status, ApplicationStatus::Archived);
    QCOMPARE(application.archiveReason, ArchiveReason::Enrolled);
    const ServiceSession finished = *store.session(session.id);
    QCOMPARE(finished.resultAt, now);
    QCOMPARE(finished.outcome, ServiceOutcome::Admitted);

    // One outbox command and one journal entry, in the same transaction.
    const auto pending = Outbox::pending(m_database->connection());
    QVERIFY(pending);
    QCOMPARE(pending->size(), outboxBefore + 1);
    const OutboxCommand &command = pending->constLast();
    QCOMPARE(command.type, QStringLiteral("record_enrollment"));
    QCOMPARE(command.payload.value(QLatin1String("number")).toString(), contract.number);
    QCOMPARE(command.payload.value(QLatin1String("verification_code")).toString(), contract.verificationCode);
    const auto entries = Journal::entriesFor(m_database->connection(), QStringLiteral("direction"), number);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    const JournalEntry &entry = entries->constFirst();
    QCOMPARE(entry.event, QStringLiteral("contract_recorded"));
    QCOMPARE(entry.payload.value(QLatin1String("command_id")).toString(), command.id);
    QCOMPARE(entry.payload.value(QLatin1String("verification_code")).toString(), contract.verificationCode);
    QCOMPARE(entry.payload.value(QLatin1String("application")).toObject().value(QLatin1String("archive_reason")).toString(),
             QStringLiteral("enrolled"));
    const QByteArray journalText = QJsonDocument(entry.payload).toJson();
    QVERIFY(!journalText.contains("900512300120"));
    QVERIFY(!journalText.contains(QStringLiteral("Серікбаев").toUtf8()));
    const auto verification = Journal::verify(m_database->connection());
    QVERIFY(verification && verification->ok());

    // The queue no longer counts it (RULES 3.3: queue numbers count queued applications only).
    QueueStore queue(m_database, RuleSettings{});
    const auto page = queue.page(2021, {}, std::nullopt, 10);
    QVERIFY(page);
    QCOMPARE(page->size(), 1);
    QCOMPARE(page->constFirst().status, ApplicationStatus::Archived);
    QCOMPARE(page->constFirst().queueNumber, 0);
}

void TestEnrollmentStore::contractNumbersCountPerYear()
{
    EnrollmentStore store(m_database);
    const ServiceSession first = readySession();
    const auto one = store.recordContract(first.id, contractOn(serviceDay), profile(), m_calendar, RuleSettings{}, at(9, 40));
    QVERIFY(one);
    const ServiceSession second = readySession(completeChecklist(), QStringLiteral("D-2026-000124"));
    KindergartenProfile numbered = profile();
    numbered.contractNumberFormat = QStringLiteral("{seq}/{year}");
    const auto two = store.recordContract(second.id, contractOn(serviceDay), numbered, m_calendar, RuleSettings{}, at(9, 45));
    QVERIFY2(two, two ? "" : qPrintable(two.error().message()));
    QCOMPARE(two->number, QStringLiteral("2/2026"));
    // Not stored here: the direction closes all the same, and nothing else moves.
    QVERIFY(two->applicationId.isEmpty());
    QCOMPARE(DirectionStore(m_database).find(QStringLiteral("D-2026-000124"))->status, DirectionStatus::Used);
}

// A format without {year} gives last year's numbers again: one already taken is skipped.
void TestEnrollmentStore::numberOfAnotherYearIsSkipped()
{
    EnrollmentStore store(m_database);
    KindergartenProfile plain = profile();
    plain.contractNumberFormat = QStringLiteral("{seq}");
    const ServiceSession first = readySession();
    const auto one = store.recordContract(first.id, contractOn(serviceDay), plain, m_calendar, RuleSettings{}, at(9, 40));
    QVERIFY2(one, one ? "" : qPrintable(one.error().message()));
    QCOMPARE(one->number, QStringLiteral("1"));
    // As if it had been signed last December: this year's count starts at 1 again.
    QSqlQuery move(m_database->connection());
    QVERIFY(move.exec(QStringLiteral("UPDATE contracts SET date = '2025-12-30' WHERE number = '1'")));

    const ServiceSession second = readySession(completeChecklist(), QStringLiteral("D-2026-000124"));
    const auto two = store.recordContract(second.id, contractOn(serviceDay), plain, m_calendar, RuleSettings{}, at(9, 45));
    QVERIFY2(two, two ? "" : qPrintable(two.error().message()));
    QCOMPARE(two->number, QStringLiteral("2"));
}

void TestEnrollmentStore::emergencyDeferralListsOwedDocuments()
{
    Checklist checklist;
    checklist.presented = {ChecklistItem::Direction, ChecklistItem::ParentId, ChecklistItem::BirthCertificate,
                           ChecklistItem::HealthCertificate};
    checklist.healthCertificateIssuedOn = serviceDay;
    checklist.emergencyDeferral = true;
    const ServiceSession session = readySession(checklist);
    EnrollmentStore store(m_database);
    ContractRecord contract = contractOn(serviceDay);
    contract.startsOn = QDate(2026, 4, 6);
    const auto recorded = store.recordContract(session.id, contract, profile(), m_calendar, RuleSettings{}, at(9, 40));
    QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message()));
    // RULES 6.2: the health passport is owed, listed on the contract.
    QCOMPARE(recorded->deferredItems, QList<ChecklistItem>{ChecklistItem::HealthPassport});
    QCOMPARE(recorded->startsOn, QDate(2026, 4, 6));
    QCOMPARE(store.contractForDirection(number)->deferredItems, QList<ChecklistItem>{ChecklistItem::HealthPassport});
}

void TestEnrollmentStore::incompleteChecklistRefusesContractAndWritesNothing_data()
{
    QTest::addColumn<Checklist>("checklist");
    QTest::addColumn<QDate>("contractDate");
    QTest::addColumn<QString>("kindergarten");
    QTest::addColumn<Rule>("rule");

    Checklist noCertificate = completeChecklist();
    noCertificate.presented.remove(ChecklistItem::HealthCertificate);
    QTest::newRow("certificate of health missing") << noCertificate << serviceDay << QStringLiteral("kg-017")
                                                   << Rule::ChecklistIncomplete;
    // RULES 34.1: issued 4 days before the contract date.
    Checklist oldCertificate = completeChecklist();
    oldCertificate.healthCertificateIssuedOn = serviceDay.addDays(-4);
    QTest::newRow("certificate 4 days old") << oldCertificate << serviceDay << QStringLiteral("kg-017")
                                            << Rule::ChecklistIncomplete;
    Checklist noPassport = completeChecklist();
    noPassport.presented.remove(ChecklistItem::HealthPassport);
    QTest::newRow("health passport missing") << noPassport << serviceDay << QStringLiteral("kg-017")
                                             << Rule::ChecklistIncomplete;
    // RULES 5: valid until 01.04.2026; a contract dated 02.04 comes too late.
    Checklist fresh = completeChecklist();
    fresh.healthCertificateIssuedOn = QDate(2026, 4, 1);
    QTest::newRow("direction expired on the contract date") << fresh << QDate(2026, 4, 2) << QStringLiteral("kg-017")
                                                            << Rule::ChecklistIncomplete;
    QTest::newRow("direction for another kindergarten") << completeChecklist() << serviceDay
                                                        << QStringLiteral("kg-042") << Rule::ChecklistIncomplete;
    QTest::newRow("no contract date") << completeChecklist() << QDate() << QStringLiteral("kg-017") << Rule::Required;
    // A start date before the contract.
    QTest::newRow("attends before the contract") << completeChecklist() << QDate(2026, 3, 27)
                                                 << QStringLiteral("starts-early") << Rule::StartsBeforeContract;
}

void TestEnrollmentStore::incompleteChecklistRefusesContractAndWritesNothing()
{
    QFETCH(Checklist, checklist);
    QFETCH(QDate, contractDate);
    QFETCH(QString, kindergarten);
    QFETCH(Rule, rule);

    const ServiceSession session = readySession(checklist);
    const int outboxBefore = rows("outbox");
    const int journalBefore = rows("journal");
    KindergartenProfile here = profile();
    ContractRecord contract = contractOn(contractDate);
    if (kindergarten == QLatin1String("starts-early"))
        contract.startsOn = contractDate.addDays(-1);
    else
        here.id = kindergarten;
    EnrollmentStore store(m_database);
    const auto recorded = store.recordContract(session.id, contract, here, m_calendar, RuleSettings{}, at(9, 40));
    QVERIFY(!recorded);
    QCOMPARE(recorded.error().rule, rule);
    if (rule == Rule::ChecklistIncomplete) {
        QCOMPARE(recorded.error().field, Field::Checklist);
        QVERIFY(!recorded.error().detail.isEmpty()); // what is missing, for the window
    }

    QCOMPARE(rows("contracts"), 0);
    QCOMPARE(rows("outbox"), outboxBefore);
    QCOMPARE(rows("journal"), journalBefore);
    QCOMPARE(DirectionStore(m_database).find(number)->status, DirectionStatus::Issued);
    QCOMPARE(applicationStatus(), QStringLiteral("direction_issued"));
    QVERIFY(!store.session(session.id)->isFinished());
}

void TestEnrollmentStore::finishedSessionTakesNoSecondResult()
{
    const ServiceSession session = readySession();
    EnrollmentStore store(m_database);
    QVERIFY(store.recordContract(session.id, contractOn(serviceDay), profile(), m_calendar, RuleSettings{}, at(9, 40)));
    const auto again = store.recordContract(session.id, contractOn(serviceDay), profile(), m_calendar, RuleSettings{},
                                            at(9, 45));
    QVERIFY(!again);
    QCOMPARE(again.error().rule, Rule::SessionAlreadyFinished);
    const auto refusal = store.recordRefusal(session.id, refusalWith({RefusalGround::OtherReasons}), RuleSettings{},
                                             at(9, 46));
    QVERIFY(!refusal);
    QCOMPARE(refusal.error().rule, Rule::SessionAlreadyFinished);
    QCOMPARE(store.saveChecklist(session.id, completeChecklist(), clerk, at(9, 47)).error().rule,
             Rule::SessionAlreadyFinished);
    QCOMPARE(rows("contracts"), 1);
    QCOMPARE(rows("refusals"), 0);

    // A session without the documents stage cannot end with a result (RULES 6.5 order).
    const auto started = store.startSession(QStringLiteral("D-2026-000124"), ServiceChannel::Office, at(10, 0), clerk);
    QVERIFY(started);
    QVERIFY(store.saveChecklist(started->id, completeChecklist(), clerk, at(10, 5)));
    const auto early = store.recordContract(started->id, contractOn(serviceDay), profile(), m_calendar, RuleSettings{},
                                            at(10, 10));
    QVERIFY(!early);
    QCOMPARE(early.error().rule, Rule::SessionStageOrder);
}

// RULES 12 item 2-3: the store itself refuses a contract without the parent's ID document,
// address or start date, or without the kindergarten's details, whoever records it (the desk,
// the CLI, a synced command), and writes nothing.
void TestEnrollmentStore::contractNeedsWhatRules12Names_data()
{
    QTest::addColumn<QString>("missing");
    QTest::addColumn<Field>("field");
    QTest::addColumn<Rule>("rule");
    QTest::newRow("ID document") << QStringLiteral("idDocument") << Field::ParentIdDocument << Rule::Required;
    QTest::newRow("ID document blank") << QStringLiteral("idDocumentBlank") << Field::ParentIdDocument << Rule::Required;
    QTest::newRow("address") << QStringLiteral("address") << Field::ParentAddress << Rule::Required;
    QTest::newRow("start date") << QStringLiteral("startsOn") << Field::GroupStartDate << Rule::Required;
    QTest::newRow("parent's IIN wrong") << QStringLiteral("parentIin") << Field::ApplicantIin << Rule::IinCheckDigit;
    QTest::newRow("kindergarten's details") << QStringLiteral("profile") << Field::KindergartenDetails << Rule::Required;
    QTest::newRow("kindergarten's BIN") << QStringLiteral("bin") << Field::KindergartenBin << Rule::Required;
    QTest::newRow("kindergarten's head") << QStringLiteral("head") << Field::KindergartenHead << Rule::Required;
}

void TestEnrollmentStore::contractNeedsWhatRules12Names()
{
    QFETCH(QString, missing);
    QFETCH(Field, field);
    QFETCH(Rule, rule);

    const ServiceSession session = readySession();
    const int outboxBefore = rows("outbox");
    const int journalBefore = rows("journal");
    ContractRecord contract = contractOn(serviceDay);
    KindergartenProfile here = profile();
    if (missing == u"idDocument")
        contract.parentIdDocument.clear();
    else if (missing == u"idDocumentBlank")
        contract.parentIdDocument = QStringLiteral("  \t ");
    else if (missing == u"address")
        contract.parentAddress.clear();
    else if (missing == u"startsOn")
        contract.startsOn = QDate();
    else if (missing == u"parentIin")
        contract.parentIin = QStringLiteral("900512300121");
    else if (missing == u"profile")
        here = KindergartenProfile{};
    else if (missing == u"bin")
        here.bin.clear();
    else if (missing == u"head")
        here.headName.clear();

    EnrollmentStore store(m_database);
    const auto recorded = store.recordContract(session.id, contract, here, m_calendar, RuleSettings{}, at(9, 40));
    QVERIFY(!recorded);
    QCOMPARE(recorded.error().field, field);
    QCOMPARE(recorded.error().rule, rule);

    QCOMPARE(rows("contracts"), 0);
    QCOMPARE(rows("outbox"), outboxBefore);
    QCOMPARE(rows("journal"), journalBefore);
    QCOMPARE(DirectionStore(m_database).find(number)->status, DirectionStatus::Issued);
    QCOMPARE(applicationStatus(), QStringLiteral("direction_issued"));
    QVERIFY(!store.session(session.id)->isFinished());
}

void TestEnrollmentStore::contractIssuesListsEveryProblem()
{
    const std::optional<Direction> direction = DirectionStore(m_database).find(number);
    QVERIFY(direction);
    ContractRecord contract = contractOn(serviceDay);
    contract.parent = direction->applicant;
    contract.parentIin = direction->applicantIin;
    QCOMPARE(EnrollmentStore::contractIssues(contract, *direction, profile()), Issues{});

    contract.parentIdDocument.clear();
    contract.parentAddress = QStringLiteral(" ");
    contract.startsOn = serviceDay.addDays(-1);
    const Issues issues = EnrollmentStore::contractIssues(contract, *direction, profile());
    QCOMPARE(issues,
             (Issues{Issue::error(Field::ParentIdDocument, Rule::Required), Issue::error(Field::ParentAddress, Rule::Required),
                     Issue::error(Field::GroupStartDate, Rule::StartsBeforeContract, QStringLiteral("26.03.2026"))}));
}

void TestEnrollmentStore::refusalSendsApplicationBackToQueueOrStopList_data()
{
    QTest::addColumn<QList<RefusalGround>>("grounds");
    QTest::addColumn<int>("stopListDays");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDate>("until");

    // RULES 5: back to the queue with the original filing date...
    QTest::newRow("34.1 missing documents") << QList<RefusalGround>{RefusalGround::DocumentsMissingOrOutOfDate} << 10
                                            << QStringLiteral("queued") << QDate();
    QTest::newRow("34.2 and 9.2") << QList<RefusalGround>{RefusalGround::MedicalContraindications,
                                                          RefusalGround::RequirementsNotMet}
                                  << 10 << QStringLiteral("queued") << QDate();
    // ...or, for false documents (App. 4 item 9.1), to the stop list for the set days.
    QTest::newRow("9.1 false documents") << QList<RefusalGround>{RefusalGround::FalseDocuments} << 10
                                         << QStringLiteral("stop_listed") << QDate(2026, 4, 6);
    QTest::newRow("34.3 and 9.1, 20 days") << QList<RefusalGround>{RefusalGround::OtherReasons,
                                                                   RefusalGround::FalseDocuments}
                                           << 20 << QStringLiteral("stop_listed") << QDate(2026, 4, 16);
}

void TestEnrollmentStore::refusalSendsApplicationBackToQueueOrStopList()
{
    QFETCH(QList<RefusalGround>, grounds);
    QFETCH(int, stopListDays);
    QFETCH(QString, status);
    QFETCH(QDate, until);

    const ServiceSession session = readySession();
    RuleSettings settings;
    settings.stopListCalendarDays = stopListDays;
    RefusalRecord refusal = refusalWith(grounds);
    refusal.date = serviceDay;
    const auto recorded = EnrollmentStore(m_database).recordRefusal(session.id, refusal, settings, at(9, 40));
    QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message()));

    const Application application = *ApplicationStore(m_database).find(applicationId);
    QCOMPARE(ApplicationJson::statusCode(application.status), status);
    QCOMPARE(application.stopListedUntil, until);
    QCOMPARE(application.archiveReason, ArchiveReason::None);
    // Its place in the queue is the one it had: the filing time is unchanged.
    QCOMPARE(application.filedAt, QDateTime(QDate(2024, 5, 2), QTime(10, 0)));
    QueueStore queue(m_database, RuleSettings{});
    const auto page = queue.page(2021, {}, std::nullopt, 10);
    QVERIFY(page);
    QCOMPARE(page->constFirst().queueNumber, status == QLatin1String("queued") ? 1 : 0);
}

void TestEnrollmentStore::refusalWritesDirectionSessionOutboxAndJournal()
{
    const ServiceSession session = readySession();
    const int outboxBefore = rows("outbox");
    EnrollmentStore store(m_database);
    RefusalRecord refusal = refusalWith({RefusalGround::FalseDocuments, RefusalGround::DocumentsMissingOrOutOfDate,
                                         RefusalGround::DocumentsMissingOrOutOfDate});
    refusal.faultyItems = {ChecklistItem::HealthCertificate, ChecklistItem::HealthPassport,
                           ChecklistItem::HealthCertificate};
    const auto recorded = store.recordRefusal(session.id, refusal, RuleSettings{}, at(9, 40));
    QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message()));

    QCOMPARE(recorded->number, QStringLiteral("Б-2026-0001"));
    QCOMPARE(recorded->date, serviceDay);
    QCOMPARE(recorded->directionNumber, number);
    QCOMPARE(recorded->applicationId, applicationId);
    QCOMPARE(recorded->sessionId, session.id);
    QCOMPARE(recorded->clerk, clerk);
    // Each ground and item once, in the order of the rules.
    QCOMPARE(recorded->grounds,
             (QList<RefusalGround>{RefusalGround::DocumentsMissingOrOutOfDate, RefusalGround::FalseDocuments}));
    QCOMPARE(recorded->faultyItems, (QList<ChecklistItem>{ChecklistItem::HealthPassport, ChecklistItem::HealthCertificate}));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{10}$")).match(recorded->verificationCode).hasMatch());
    QCOMPARE(store.refusalForDirection(number), std::optional<RefusalRecord>(*recorded));

    QCOMPARE(DirectionStore(m_database).find(number)->status, DirectionStatus::Refused);
    QCOMPARE(store.session(session.id)->outcome, ServiceOutcome::Refused);
    QCOMPARE(store.session(session.id)->resultAt, at(9, 40));

    const auto pending = Outbox::pending(m_database->connection());
    QVERIFY(pending);
    QCOMPARE(pending->size(), outboxBefore + 1);
    QCOMPARE(pending->constLast().type, QStringLiteral("record_refusal"));
    QCOMPARE(pending->constLast().payload.value(QLatin1String("grounds")).toArray(),
             (QJsonArray{QStringLiteral("34.1"), QStringLiteral("9.1")}));
    const auto entries = Journal::entriesFor(m_database->connection(), QStringLiteral("direction"), number);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->constFirst().event, QStringLiteral("refusal_recorded"));
    QCOMPARE(entries->constFirst().payload.value(QLatin1String("refusal_number")).toString(), recorded->number);
    QVERIFY(!QJsonDocument(entries->constFirst().payload).toJson().contains(QStringLiteral("Денсаулық").toUtf8()));

    // The next refusal of the year takes the next number.
    const ServiceSession second = readySession(completeChecklist(), QStringLiteral("D-2026-000124"));
    const auto next = store.recordRefusal(second.id, refusalWith({RefusalGround::OtherReasons}), RuleSettings{}, at(9, 50));
    QVERIFY(next);
    QCOMPARE(next->number, QStringLiteral("Б-2026-0002"));
}

void TestEnrollmentStore::refusalWithoutSessionNamesTheDirection()
{
    EnrollmentStore store(m_database);
    RefusalRecord refusal = refusalWith({RefusalGround::FalseDocuments});
    const auto nameless = store.recordRefusal(QString(), refusal, RuleSettings{}, at(11, 0));
    QVERIFY(!nameless);
    QCOMPARE(nameless.error().field, Field::DirectionNumber);
    QCOMPARE(nameless.error().rule, Rule::Required);

    refusal.directionNumber = number;
    const auto recorded = store.recordRefusal(QString(), refusal, RuleSettings{}, at(11, 0));
    QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message()));
    QVERIFY(recorded->sessionId.isEmpty());
    QCOMPARE(recorded->date, serviceDay); // today, when not given
    QCOMPARE(applicationStatus(), QStringLiteral("stop_listed"));
}

void TestEnrollmentStore::refusalNeedsAGroundAndAnOpenDirection()
{
    const ServiceSession session = readySession();
    EnrollmentStore store(m_database);
    const auto groundless = store.recordRefusal(session.id, refusalWith({}), RuleSettings{}, at(9, 40));
    QVERIFY(!groundless);
    QCOMPARE(groundless.error().field, Field::RefusalGrounds);
    QCOMPARE(groundless.error().rule, Rule::RefusalGroundRequired);

    QVERIFY(store.recordContract(session.id, contractOn(serviceDay), profile(), m_calendar, RuleSettings{}, at(9, 41)));
    RefusalRecord late = refusalWith({RefusalGround::FalseDocuments});
    late.directionNumber = number;
    const auto closed = store.recordRefusal(QString(), late, RuleSettings{}, at(9, 50));
    QVERIFY(!closed);
    QCOMPARE(closed.error().rule, Rule::DirectionClosed);
    QCOMPARE(rows("refusals"), 0);
    QCOMPARE(applicationStatus(), QStringLiteral("archived"));
}

void TestEnrollmentStore::directionNotStoredHereStillCloses()
{
    // The application of D-2026-000124 is not on this desk: only the direction changes.
    const ServiceSession session = readySession(completeChecklist(), QStringLiteral("D-2026-000124"));
    const auto recorded = EnrollmentStore(m_database).recordRefusal(session.id, refusalWith({RefusalGround::FalseDocuments}),
                                                                    RuleSettings{}, at(9, 40));
    QVERIFY(recorded);
    QCOMPARE(DirectionStore(m_database).find(QStringLiteral("D-2026-000124"))->status, DirectionStatus::Refused);
    QCOMPARE(applicationStatus(), QStringLiteral("direction_issued"));
    const auto entries = Journal::entriesFor(m_database->connection(), QStringLiteral("direction"),
                                             QStringLiteral("D-2026-000124"));
    QVERIFY(entries && entries->size() == 1);
    QVERIFY(entries->constFirst().payload.value(QLatin1String("application")).isNull());
}

void TestEnrollmentStore::failedWriteLeavesNothing_data()
{
    QTest::addColumn<bool>("contract");
    QTest::addColumn<QString>("failingTable");
    QTest::addColumn<QString>("operation");

    for (const bool contract : {true, false}) {
        const char *kind = contract ? "contract" : "refusal";
        QTest::addRow("%s: journal insert fails", kind) << contract << QStringLiteral("journal") << QStringLiteral("INSERT");
        QTest::addRow("%s: outbox insert fails", kind) << contract << QStringLiteral("outbox") << QStringLiteral("INSERT");
        QTest::addRow("%s: application update fails", kind) << contract << QStringLiteral("applications")
                                                            << QStringLiteral("UPDATE");
        QTest::addRow("%s: session update fails", kind) << contract << QStringLiteral("service_sessions")
                                                        << QStringLiteral("UPDATE");
    }
}

void TestEnrollmentStore::failedWriteLeavesNothing()
{
    QFETCH(bool, contract);
    QFETCH(QString, failingTable);
    QFETCH(QString, operation);

    const ServiceSession session = readySession();
    const int outboxBefore = rows("outbox");
    const int journalBefore = rows("journal");
    QVERIFY(exec(QStringLiteral("CREATE TRIGGER test_failure BEFORE %1 ON %2 BEGIN SELECT RAISE(ABORT, 'disk gone'); END")
                     .arg(operation, failingTable)));

    EnrollmentStore store(m_database);
    const Issue error = contract
        ? store.recordContract(session.id, contractOn(serviceDay), profile(), m_calendar, RuleSettings{}, at(9, 40)).error()
        : store.recordRefusal(session.id, refusalWith({RefusalGround::FalseDocuments}), RuleSettings{}, at(9, 40)).error();
    QCOMPARE(error.rule, Rule::StoreWriteFailed);
    QVERIFY2(error.detail.contains(QLatin1String("disk gone")), qPrintable(error.detail));

    // DESIGN 3: one transaction: nothing of it remains.
    QCOMPARE(rows("contracts"), 0);
    QCOMPARE(rows("refusals"), 0);
    QCOMPARE(rows("outbox"), outboxBefore);
    QCOMPARE(rows("journal"), journalBefore);
    QCOMPARE(DirectionStore(m_database).find(number)->status, DirectionStatus::Issued);
    QCOMPARE(applicationStatus(), QStringLiteral("direction_issued"));
    QVERIFY(!store.session(session.id)->isFinished());

    // Once the fault is gone the same result is recorded.
    QVERIFY(exec(QStringLiteral("DROP TRIGGER test_failure")));
    if (contract)
        QVERIFY(store.recordContract(session.id, contractOn(serviceDay), profile(), m_calendar, RuleSettings{}, at(9, 41)));
    else
        QVERIFY(store.recordRefusal(session.id, refusalWith({RefusalGround::FalseDocuments}), RuleSettings{}, at(9, 41)));
    const auto verification = Journal::verify(m_database->connection());
    QVERIFY(verification && verification->ok());
}

// Issue 13 item 1: the ID document in parts is kept in its own columns (sealed with the row),
// travels to the server as its parts, and comes back as typed; the free text stays empty.
void TestEnrollmentStore::idDocumentInPartsIsStoredSentAndSealed()
{
    const ServiceSession session = readySession();
    EnrollmentStore store(m_database);
    ContractRecord typed = contractOn(serviceDay);
    typed.parentIdDocument = QStringLiteral("left over");
    IdDocument &document = typed.parentIdDocumentDetails;
    document.kind = IdDocumentKind::Passport;
    document.number = QStringLiteral("н 12345678");
    document.issuedOn = QDate(2020, 2, 1);
    document.issuer = IdDocumentIssuer::Other;
    document.issuerText = QStringLiteral("  Көші-қон   қызметі ");

    // A bad part is refused with its own field, nothing written.
    ContractRecord bad = typed;
    bad.parentIdDocumentDetails.issuedOn = serviceDay.addDays(1);
    const auto refused = store.recordContract(session.id, bad, profile(), m_calendar, RuleSettings{}, at(9, 40));
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, Field::ParentIdDocumentIssuedOn);
    QCOMPARE(refused.error().rule, Rule::DateInFuture);
    QCOMPARE(rows("contracts"), 0);

    const auto recorded = store.recordContract(session.id, typed, profile(), m_calendar, RuleSettings{}, at(9, 40));
    QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message()));
    QCOMPARE(recorded->parentIdDocument, QString());
    QCOMPARE(recorded->parentIdDocumentDetails.number, QStringLiteral("N12345678"));
    QCOMPARE(recorded->parentIdDocumentDetails.issuerText, QStringLiteral("Көші-қон қызметі"));
    QCOMPARE(store.contractForDirection(number), std::optional<ContractRecord>(*recorded));

    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT parent_id_document_kind, parent_id_document_number,"
                                      " parent_id_document_issued_on, parent_id_document_issuer FROM contracts")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("passport"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("N12345678"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("2020-02-01"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("other"));
    query.finish();

    // The server gets the parts (and the code computed over them).
    const auto pending = Outbox::pending(m_database->connection());
    QVERIFY(pending && !pending->isEmpty());
    const QJsonObject payload = pending->constLast().payload;
    QCOMPARE(payload.value(QLatin1String("parent_id_document_kind")).toString(), QStringLiteral("passport"));
    QCOMPARE(payload.value(QLatin1String("parent_id_document_number")).toString(), QStringLiteral("N12345678"));
    QCOMPARE(payload.value(QLatin1String("parent_id_document_issued_on")).toString(), QStringLiteral("2020-02-01"));
    QCOMPARE(payload.value(QLatin1String("parent_id_document_issuer_text")).toString(),
             QStringLiteral("Көші-қон қызметі"));
    QCOMPARE(payload.value(QLatin1String("parent_id_document")).toString(), QString());

    // The seal covers the parts: a number changed behind the program's back is named.
    const auto intact = RowSeal::verify(m_database->connection());
    QVERIFY(intact && intact->ok());
    QVERIFY(exec(QStringLiteral("DROP TRIGGER contracts_seal_broken")));
    QVERIFY(exec(QStringLiteral("DROP TRIGGER contracts_seal_update")));
    QVERIFY(exec(QStringLiteral("UPDATE contracts SET parent_id_document_number = 'N87654321'")));
    const auto changed = RowSeal::verify(m_database->connection());
    QVERIFY(changed && !changed->ok());
    QCOMPARE(changed->findings.size(), 1);
    QCOMPARE(changed->findings.constFirst().columns, QStringList{QStringLiteral("parent_id_document_number")});
}

// A store from before the parts: its contract keeps the free text, reads back unstructured, and
// stays sealed over the new columns; one changed outside the program before the migration is
// still named after it.
void TestEnrollmentStore::contractsOfBeforeKeepTheirFreeTextAndSeal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    // The store just before the "parent ID document" migration (later ones follow it).
    qsizetype idDocument = -1;
    for (qsizetype i = 0; i < Migrations::all().size(); ++i)
        if (Migrations::all().at(i).description == QStringLiteral("parent ID document"))
            idDocument = i;
    QVERIFY(idDocument > 0);
    const QList<Migration> before = Migrations::all().mid(0, idDocument);
    {
        const auto old = Database::open(path, before);
        QVERIFY(old);
        QSqlQuery query((*old)->connection());
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO directions (number, application_id, kindergarten_id, issued_at,"
                                           " created_at, updated_at) VALUES ('D-1', '', 'kg-1', 0, 0, 0)")),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO directions (number, application_id, kindergarten_id, issued_at,"
                                           " created_at, updated_at) VALUES ('D-2', '', 'kg-1', 0, 0, 0)")),
                 qPrintable(query.lastError().text()));
        for (const QString &contract : {QStringLiteral("2025-0001', 1, '2025-09-01', 'D-1"),
                                        QStringLiteral("2025-0002', 2, '2025-09-02', 'D-2")})
            QVERIFY2(query.exec(QStringLiteral("INSERT INTO contracts (number, sequence, date, direction_number,"
                                               " parent_id_document, recorded_at) VALUES ('%1',"
                                               " 'жеке куәлік № 045612378, 12.03.2019, ҚР ІІМ', 0)")
                                    .arg(contract)),
                     qPrintable(query.lastError().text()));
        // Changed outside the program before the migration (the seal's triggers dropped).
        for (const char *trigger : {"contracts_seal_broken", "contracts_seal_update"})
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger))));
        QVERIFY(query.exec(QStringLiteral("UPDATE contracts SET parent_iin = '870112300504' WHERE number = '2025-0002'")));
    }
    const auto migrated = Database::open(path);
    QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().message()));
    QCOMPARE((*migrated)->schemaVersion(), int(Migrations::all().size()));
    const std::optional<ContractRecord> contract = EnrollmentStore(*migrated).contractForDirection(QStringLiteral("D-1"));
    QVERIFY(contract);
    QCOMPARE(contract->parentIdDocument, QStringLiteral("жеке куәлік № 045612378, 12.03.2019, ҚР ІІМ"));
    QVERIFY(!contract->parentIdDocumentDetails.isStructured());

    const auto verified = RowSeal::verify((*migrated)->connection());
    QVERIFY(verified);
    QCOMPARE(verified->findings.size(), 1);
    QCOMPARE(verified->findings.constFirst().kind, RowSeal::Finding::Kind::EarlierChange);
    QCOMPARE(verified->findings.constFirst().id, QStringLiteral("2025-0002"));
    QCOMPARE(verified->findings.constFirst().columns, QStringList{QStringLiteral("parent_iin")});
    // The triggers cover the new columns: a write by the program reseals the whole row.
    QSqlQuery query((*migrated)->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE contracts SET parent_id_document_number = '1' WHERE number = '2025-0001'")));
    const auto after = RowSeal::verify((*migrated)->connection());
    QVERIFY(after && after->findings.size() == 1);
}

QTEST_GUILESS_MAIN(TestEnrollmentStore)
#include "tst_enrollmentstore.moc"
