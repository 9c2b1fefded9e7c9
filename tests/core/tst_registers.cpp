#include "domain/KindergartenProfile.h"
#include "domain/WorkCalendar.h"
#include "settings/RuleSettings.h"
#include "store/Database.h"
#include "store/DirectionStore.h"
#include "store/EnrollmentStore.h"
#include "store/Registers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

const QString clerk = QStringLiteral("clerk-aigerim");

// Directions D-1 ... D-6, all issued Friday 20 March 2026 (valid until Wednesday 1 April).
QByteArray directionsFile()
{
    const QStringList children = {QStringLiteral("Әлия"), QStringLiteral("Нұрлан"), QStringLiteral("Дана"),
                                  QStringLiteral("Ерасыл"), QStringLiteral("Мадина"), QStringLiteral("Тимур")};
    QJsonArray records;
    for (qsizetype i = 0; i < children.size(); ++i) {
        records.append(QJsonObject{
            {QStringLiteral("number"), QStringLiteral("D-%1").arg(i + 1)},
            {QStringLiteral("kindergarten_id"), QStringLiteral("kg-017")},
            {QStringLiteral("group_name"), QStringLiteral("Ортаңғы топ")},
            {QStringLiteral("issued_at"), QStringLiteral("2026-03-20T04:30:00.000Z")},
            {QStringLiteral("child_surname"), QStringLiteral("Серікбаева")},
            {QStringLiteral("child_name"), children.at(i)},
            {QStringLiteral("child_iin"), QStringLiteral("210315601231")},
            {QStringLiteral("applicant_surname"), QStringLiteral("Серікбаев")},
            {QStringLiteral("applicant_name"), QStringLiteral("Асқар")},
            {QStringLiteral("applicant_iin"), QStringLiteral("900512300120")},
        });
    }
    return QJsonDocument(records).toJson();
}

KindergartenProfile profile()
{
    KindergartenProfile p;
    p.id = QStringLiteral("kg-017");
    // RULES 12 item 2: what a contract names of the kindergarten.
    p.nameKk = QStringLiteral("№ 17 бөбекжай-бақша");
    p.nameRu = QStringLiteral("Ясли-сад № 17");
    p.bin = QStringLiteral("120340012345");
    p.addressKk = QStringLiteral("Астана қ., Абай даңғылы, 2");
    p.addressRu = QStringLiteral("г. Астана, проспект Абая, 2");
    p.headName = QStringLiteral("Жұмабекова Гүлнәр Серікқызы");
    return p;
}

// RULES 12 items 2-3: what the parent states for the contract.
ContractRecord contractOn(const QDate &day)
{
    ContractRecord c;
    c.date = day;
    c.parentIdDocument = QStringLiteral("ЖК № 012345678");
    c.parentAddress = QStringLiteral("Астана қ., Кенесары к-сі, 40-12");
    c.startsOn = day;
    return c;
}

Checklist checklistFor(const QDate &day, bool deferral = false)
{
    Checklist c;
    c.presented = {ChecklistItem::Direction, ChecklistItem::ParentId, ChecklistItem::BirthCertificate};
    if (!deferral)
        c.presented += {ChecklistItem::HealthPassport, ChecklistItem::HealthCertificate};
    c.emergencyDeferral = deferral;
    c.healthCertificateIssuedOn = day;
    return c;
}

} // namespace

class TestRegisters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void contractsOfAPeriod_data();
    void contractsOfAPeriod();
    void refusalsOfAPeriod_data();
    void refusalsOfAPeriod();
    void serviceTimesByLocalArrivalDay();
    void periodEndBeforeStartIsRefused();

    void csvQuotesWhatNeedsQuoting_data();
    void csvQuotesWhatNeedsQuoting();
    void csvStartsWithBomAndEndsLinesWithCrLf();
    void contractAndRefusalTablesCarryTheRecords();
    void serviceTimesTableMarksTheClocksOverTheLimit();

private:
    // A session from arrival (minute offsets after `arrived` for each later stage; < 0: not recorded).
    ServiceSession session(const QString &direction, const QDateTime &arrived, int started, int documents,
                           const Checklist &checklist);
    void recordContract(const QString &direction, const QDate &day, bool deferral = false);
    void recordRefusal(const QString &direction, const QDate &day, const QList<RefusalGround> &grounds);

    std::shared_ptr<Database> m_database;
    WorkCalendar m_calendar;
};

void TestRegisters::initTestCase()
{
    const Expected<WorkCalendar> calendar = WorkCalendar::loadBuiltIn();
    QVERIFY(calendar);
    m_calendar = *calendar;
}

void TestRegisters::init()
{
    auto database = Database::open(QStringLiteral(":memory:"));
    QVERIFY(database);
    m_database = std::move(database).value();
    const auto imported = DirectionStore(m_database).importJson(directionsFile(), clerk,
                                                                QDateTime(QDate(2026, 3, 20), QTime(12, 0)));
    QVERIFY(imported && imported->imported == 6);
}

void TestRegisters::cleanup()
{
    m_database.reset();
}

ServiceSession TestRegisters::session(const QString &direction, const QDateTime &arrived, int started, int documents,
                                      const Checklist &checklist)
{
    EnrollmentStore store(m_database);
    const auto s = store.startSession(direction, ServiceChannel::Office, arrived, clerk);
    if (!s)
        qFatal("start: %s", qPrintable(s.error().message()));
    if (started >= 0 && !store.recordStage(s->id, ServiceStage::ServiceStarted, arrived.addSecs(started * 60), clerk))
        qFatal("started");
    if (documents >= 0 && !store.recordStage(s->id, ServiceStage::DocumentsHandedIn, arrived.addSecs(documents * 60), clerk))
        qFatal("documents");
    if (!store.saveChecklist(s->id, checklist, clerk, arrived.addSecs(qMax(documents, 0) * 60)))
        qFatal("checklist");
    return *store.session(s->id);
}

void TestRegisters::recordContract(const QString &direction, const QDate &day, bool deferral)
{
    const ServiceSession s = session(direction, QDateTime(day, QTime(9, 0)), 5, 12, checklistFor(day, deferral));
    ContractRecord contract = contractOn(day);
    const auto recorded = EnrollmentStore(m_database).recordContract(s.id, contract, profile(), m_calendar,
                                                                     RuleSettings{}, QDateTime(day, QTime(9, 30)));
    if (!recorded)
        qFatal("contract: %s", qPrintable(recorded.error().message()));
}

void TestRegisters::recordRefusal(const QString &direction, const QDate &day, const QList<RefusalGround> &grounds)
{
    const ServiceSession s = session(direction, QDateTime(day, QTime(10, 0)), 5, 12, checklistFor(day));
    RefusalRecord refusal;
    refusal.date = day;
    refusal.grounds = grounds;
    refusal.faultyItems = {ChecklistItem::HealthCertificate};
    refusal.reasons = QStringLiteral("Анықтама, мөрсіз");
    const auto recorded = EnrollmentStore(m_database).recordRefusal(s.id, refusal, RuleSettings{},
                                                                    QDateTime(day, QTime(10, 40)));
    if (!recorded)
        qFatal("refusal: %s", qPrintable(recorded.error().message()));
}

void TestRegisters::contractsOfAPeriod_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("directions");

    QTest::newRow("all") << QDate() << QDate()
                         << QStringList{QStringLiteral("D-1"), QStringLiteral("D-2"), QStringLiteral("D-3")};
    // Both ends of the period belong to it.
    QTest::newRow("first day only") << QDate(2026, 3, 26) << QDate(2026, 3, 26) << QStringList{QStringLiteral("D-1")};
    QTest::newRow("last two days") << QDate(2026, 3, 27) << QDate(2026, 3, 30)
                                   << QStringList{QStringLiteral("D-2"), QStringLiteral("D-3")};
    QTest::newRow("open start") << QDate() << QDate(2026, 3, 27)
                                << QStringList{QStringLiteral("D-1"), QStringLiteral("D-2")};
    QTest::newRow("a day without contracts") << QDate(2026, 3, 28) << QDate(2026, 3, 29) << QStringList{};
}

void TestRegisters::contractsOfAPeriod()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, directions);

    // Recorded out of date order on purpose: the register sorts by date.
    recordContract(QStringLiteral("D-3"), QDate(2026, 3, 30));
    recordContract(QStringLiteral("D-1"), QDate(2026, 3, 26));
    recordContract(QStringLiteral("D-2"), QDate(2026, 3, 27));
    const auto rows = Registers::contracts(*m_database, from, to);
    QVERIFY(rows);
    QStringList got;
    for (const Registers::ContractRow &row : *rows) {
        got << row.contract.directionNumber;
        QCOMPARE(row.direction.number, row.contract.directionNumber);
        QCOMPARE(row.direction.status, DirectionStatus::Used);
    }
    QCOMPARE(got, directions);
}

void TestRegisters::refusalsOfAPeriod_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("numbers");

    QTest::newRow("all") << QDate() << QDate() << QStringList{QStringLiteral("Б-2026-0001"), QStringLiteral("Б-2026-0002")};
    QTest::newRow("the first") << QDate(2026, 3, 1) << QDate(2026, 3, 27) << QStringList{QStringLiteral("Б-2026-0001")};
    QTest::newRow("the second") << QDate(2026, 3, 31) << QDate(2026, 3, 31) << QStringList{QStringLiteral("Б-2026-0002")};
}

void TestRegisters::refusalsOfAPeriod()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, numbers);

    recordRefusal(QStringLiteral("D-4"), QDate(2026, 3, 27), {RefusalGround::DocumentsMissingOrOutOfDate});
    recordRefusal(QStringLiteral("D-5"), QDate(2026, 3, 31),
                  {RefusalGround::FalseDocuments, RefusalGround::MedicalContraindications});
    recordContract(QStringLiteral("D-1"), QDate(2026, 3, 27));
    const auto rows = Registers::refusals(*m_database, from, to);
    QVERIFY(rows);
    QStringList got;
    for (const Registers::RefusalRow &row : *rows) {
        got << row.refusal.number;
        QCOMPARE(row.direction.status, DirectionStatus::Refused);
    }
    QCOMPARE(got, numbers);
}

void TestRegisters::serviceTimesByLocalArrivalDay()
{
    // The desk's days: 23:59 on the 30th belongs to the 30th, midnight to the 31st.
    session(QStringLiteral("D-1"), QDateTime(QDate(2026, 3, 30), QTime(9, 0)), 5, 10, checklistFor(QDate(2026, 3, 30)));
    session(QStringLiteral("D-2"), QDateTime(QDate(2026, 3, 30), QTime(23, 59)), -1, -1, checklistFor(QDate(2026, 3, 30)));
    session(QStringLiteral("D-3"), QDateTime(QDate(2026, 3, 31), QTime(0, 0)), -1, -1, checklistFor(QDate(2026, 3, 31)));
    session(QStringLiteral("D-4"), QDateTime(QDate(2026, 3, 27), QTime(17, 0)), 1, 2, checklistFor(QDate(2026, 3, 27)));

    const auto day = Registers::serviceTimes(*m_database, QDate(2026, 3, 30), QDate(2026, 3, 30));
    QVERIFY(day);
    QStringList got;
    for (const Registers::ServiceTimeRow &row : *day)
        got << row.session.directionNumber;
    QCOMPARE(got, (QStringList{QStringLiteral("D-1"), QStringLiteral("D-2")}));
    QCOMPARE(day->constFirst().direction.child.name, QStringLiteral("Әлия"));
    QVERIFY(!day->constFirst().session.isFinished()); // unfinished sessions are listed too

    const auto all = Registers::serviceTimes(*m_database, QDate(), QDate());
    QVERIFY(all);
    got.clear();
    for (const Registers::ServiceTimeRow &row : *all)
        got << row.session.directionNumber;
    QCOMPARE(got, (QStringList{QStringLiteral("D-4"), QStringLiteral("D-1"), QStringLiteral("D-2"), QStringLiteral("D-3")}));
}

void TestRegisters::periodEndBeforeStartIsRefused()
{
    const QDate from(2026, 3, 31);
    const QDate to(2026, 3, 30);
    const auto contracts = Registers::contracts(*m_database, from, to);
    const auto refusals = Registers::refusals(*m_database, from, to);
    const auto times = Registers::serviceTimes(*m_database, from, to);
    QVERIFY(!contracts && !refusals && !times);
    for (const Issue &issue : {contracts.error(), refusals.error(), times.error()}) {
        QCOMPARE(issue.field, Field::PeriodEnd);
        QCOMPARE(issue.rule, Rule::PeriodEndBeforeStart);
    }
}

void TestRegisters::csvQuotesWhatNeedsQuoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("written");

    QTest::newRow("plain") << QStringLiteral("2026-0001") << QByteArray("2026-0001");
    QTest::newRow("Kazakh letters as UTF-8") << QStringLiteral("Әлия Құдайбергенқызы")
                                             << QStringLiteral("Әлия Құдайбергенқызы").toUtf8();
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("comma") << QStringLiteral("4, 5") << QByteArray("\"4, 5\"");
    QTest::newRow("quotes doubled") << QStringLiteral("ГККП «Ясли-сад» \"Балапан\"")
                                    << QStringLiteral("\"ГККП «Ясли-сад» \"\"Балапан\"\"\"").toUtf8();
    QTest::newRow("line break kept inside quotes") << QStringLiteral("бірінші\nекінші")
                                                   << QStringLiteral("\"бірінші\nекінші\"").toUtf8();
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
    QTest::newRow("semicolon needs nothing") << QStringLiteral("34.1; 9.1") << QByteArray("34.1; 9.1");
}

void TestRegisters::csvQuotesWhatNeedsQuoting()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, written);

    const QByteArray csv = Registers::toCsv({QStringLiteral("A"), QStringLiteral("B")}, {{field, QStringLiteral("x")}});
    QCOMPARE(csv, QByteArray("\xEF\xBB\xBF" "A,B\r\n") + written + QByteArray(",x\r\n"));
}

void TestRegisters::csvStartsWithBomAndEndsLinesWithCrLf()
{
    const QByteArray csv = Registers::toCsv({QStringLiteral("Нөмірі"), QStringLiteral("Күні")},
                                            {{QStringLiteral("1"), QStringLiteral("27.03.2026")},
                                             {QStringLiteral("2"), QStringLiteral("30.03.2026")}});
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    QCOMPARE(lines.size(), 4); // three lines, each ended by CRLF
    QVERIFY(lines.last().isEmpty());
    for (qsizetype i = 0; i < 3; ++i)
        QVERIFY2(lines.at(i).endsWith('\r'), lines.at(i).constData());
    QCOMPARE(lines.at(0), QStringLiteral("Нөмірі,Күні\r").toUtf8());
    QCOMPARE(lines.at(2), QByteArray("2,30.03.2026\r"));
    // Only a header: one line.
    QCOMPARE(Registers::toCsv({QStringLiteral("A")}, {}), QByteArray("\xEF\xBB\xBF" "A\r\n"));
}

void TestRegisters::contractAndRefusalTablesCarryTheRecords()
{
    recordContract(QStringLiteral("D-1"), QDate(2026, 3, 27), true);
    recordRefusal(QStringLiteral("D-2"), QDate(2026, 3, 27), {RefusalGround::FalseDocuments,
                                                             RefusalGround::DocumentsMissingOrOutOfDate});

    const Registers::Table contracts = Registers::contractsTable(*Registers::contracts(*m_database, {}, {}));
    QCOMPARE(contracts.rows.size(), 1);
    QCOMPARE(contracts.rows.constFirst().size(), contracts.header.size());
    const QStringList &c = contracts.rows.constFirst();
    QCOMPARE(c.at(0), QStringLiteral("2026-0001"));
    QCOMPARE(c.at(1), QStringLiteral("27.03.2026"));
    QCOMPARE(c.at(2), QStringLiteral("D-1"));
    QCOMPARE(c.at(3), QStringLiteral("Серікбаева Әлия"));
    QCOMPARE(c.at(4), QStringLiteral("210315601231"));
    QCOMPARE(c.at(6), QStringLiteral("Серікбаев Асқар"));
    // RULES 6.2: the emergency deferral's owed documents, by their numbers.
    QCOMPARE(c.at(9), QStringLiteral("4, 5"));
    QCOMPARE(c.at(11).size(), 10);

    const Registers::Table refusals = Registers::refusalsTable(*Registers::refusals(*m_database, {}, {}));
    QCOMPARE(refusals.rows.size(), 1);
    const QStringList &r = refusals.rows.constFirst();
    QCOMPARE(r.size(), refusals.header.size());
    QCOMPARE(r.at(0), QStringLiteral("Б-2026-0001"));
    QCOMPARE(r.at(3), QStringLiteral("Серікбаева Нұрлан"));
    QCOMPARE(r.at(5), QStringLiteral("34.1; 9.1"));
    QCOMPARE(r.at(6), QStringLiteral("5"));
    QCOMPARE(r.at(7), QStringLiteral("Анықтама, мөрсіз"));

    // Through CSV the comma in the reasons is quoted.
    const QByteArray csv = Registers::toCsv(refusals.header, refusals.rows);
    QVERIFY(csv.contains(QStringLiteral(",\"Анықтама, мөрсіз\",").toUtf8()));
}

void TestRegisters::serviceTimesTableMarksTheClocksOverTheLimit()
{
    const QDate day(2026, 3, 30);
    // Within the limits: waited 7, served 8 minutes, result 20 minutes after the documents.
    const ServiceSession served = session(QStringLiteral("D-1"), QDateTime(day, QTime(9, 0)), 7, 15, checklistFor(day));
    const ContractRecord contract = contractOn(day);
    QVERIFY(EnrollmentStore(m_database).recordContract(served.id, contract, profile(), m_calendar, RuleSettings{},
                                                       QDateTime(day, QTime(9, 35))));
    // Waited 16 minutes (limit 15): over the limit, still running for the rest.
    session(QStringLiteral("D-2"), QDateTime(day, QTime(11, 0)), 16, -1, checklistFor(day));

    const auto rows = Registers::serviceTimes(*m_database, day, day);
    QVERIFY(rows);
    const Registers::Table table = Registers::serviceTimesTable(*rows, QDateTime(day, QTime(11, 20)), RuleSettings{});
    QCOMPARE(table.rows.size(), 2);
    const qsizetype wait = table.header.size() - 4;
    QCOMPARE(table.rows.at(0).mid(wait), (QStringList{QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("20"),
                                                       QStringLiteral("no")}));
    QCOMPARE(table.rows.at(0).at(3), QStringLiteral("30.03.2026 09:00"));
    QCOMPARE(table.rows.at(0).at(6), QStringLiteral("30.03.2026 09:35"));
    // The running service clock counts to "now" (11:20): 4 minutes; no result clock yet.
    QCOMPARE(table.rows.at(1).mid(wait), (QStringList{QStringLiteral("16"), QStringLiteral("4"), QString(),
                                                       QStringLiteral("yes")}));
    QVERIFY(table.rows.at(1).at(6).isEmpty());
}

QTEST_GUILESS_MAIN(TestRegisters)
#include "tst_registers.moc"
