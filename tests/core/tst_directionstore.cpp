#include "domain/WorkCalendar.h"
#include "settings/RuleSettings.h"
#include "store/Database.h"
#include "store/DirectionStore.h"
#include "store/Journal.h"
#include "store/Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

namespace {

const QString clerk = QStringLiteral("admin-saule");
// The desk's clock: Thursday 26 March 2026, 10:00, the first working day after Nauryz
// (23-25 March off in 2026).
const QDateTime now(QDate(2026, 3, 26), QTime(10, 0));

// A direction as the queue system sends it: issued Friday 20 March 2026 (RULES 10 example:
// valid until Wednesday 1 April 2026).
QJsonObject directionJson(const QString &number = QStringLiteral("D-2026-000123"))
{
    return QJsonObject{
        {QStringLiteral("number"), number},
        {QStringLiteral("application_id"), QStringLiteral("6f1c2a52-7d0e-4c1b-9a37-0e6b2f4d9c11")},
        {QStringLiteral("kindergarten_id"), QStringLiteral("kg-017")},
        {QStringLiteral("group_name"), QStringLiteral("Ортаңғы топ «Балапан»")},
        {QStringLiteral("group_language"), QStringLiteral("kk")},
        {QStringLiteral("group_type"), QStringLiteral("general")},
        {QStringLiteral("working_mode"), QStringLiteral("full_day")},
        {QStringLiteral("admission_mode"), QStringLiteral("general")},
        {QStringLiteral("admission_starts_on"), QStringLiteral("2026-04-01")},
        {QStringLiteral("issued_at"), QStringLiteral("2026-03-20T04:30:00.000Z")},
        {QStringLiteral("child_surname"), QStringLiteral("Серікбаева")},
        {QStringLiteral("child_name"), QStringLiteral("Әлия")},
        {QStringLiteral("child_patronymic"), QStringLiteral("Асқарқызы")},
        {QStringLiteral("child_iin"), QStringLiteral("210315 60123 1")},
        {QStringLiteral("child_birth_date"), QStringLiteral("2021-03-15")},
        {QStringLiteral("applicant_surname"), QStringLiteral("Серікбаев")},
        {QStringLiteral("applicant_name"), QStringLiteral("Асқар")},
        {QStringLiteral("applicant_iin"), QStringLiteral("900512300120")},
        {QStringLiteral("applicant_address"), QStringLiteral("Астана қ., Кенесары к-сі, 40-12")},
        {QStringLiteral("phones"), QJsonArray{QStringLiteral("8 701 234 56 78")}},
        {QStringLiteral("category"), 7},
    };
}

QByteArray file(const QJsonArray &records)
{
    return QJsonDocument(records).toJson();
}

RuleSettings settings()
{
    return RuleSettings{};
}

} // namespace

class TestDirectionStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importWritesDirectionsAndOneJournalEntry();
    void importKeepsEveryFieldInOneSpelling();
    void importingTwiceAddsNothing();
    void importKeepsTheDesksChanges();
    void sameNumberWithOtherContentsIsRefused();
    void badRecordsAreRefusedWithTheirIndex_data();
    void badRecordsAreRefusedWithTheirIndex();
    void fileThatIsNotAnArrayIsRefused();
    void failedImportLeavesNothing();

    void findsByNumberAndByChildIin();
    void listFiltersByStatusNewestFirst();
    void jsonRoundTripKeepsEveryField();

    void extendsOnceWithOutboxAndJournal();
    void extensionRulesAreApplied_data();
    void extensionRulesAreApplied();
    void failedExtensionLeavesNothing();
    void freedOnStartsAnEarlyBookingClock();
    void freedOnIsRefused_data();
    void freedOnIsRefused();

private:
    int rows(const char *table) const;
    bool exec(const QString &sql) const;
    Direction importOne(const QJsonObject &json);

    std::shared_ptr<Database> m_database;
    WorkCalendar m_calendar;
};

void TestDirectionStore::initTestCase()
{
    const Expected<WorkCalendar> calendar = WorkCalendar::loadBuiltIn();
    QVERIFY(calendar);
    m_calendar = *calendar;
}

void TestDirectionStore::init()
{
    auto database = Database::open(QStringLiteral(":memory:"));
    QVERIFY(database);
    m_database = std::move(database).value();
}

void TestDirectionStore::cleanup()
{
    m_database.reset();
}

int TestDirectionStore::rows(const char *table) const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool TestDirectionStore::exec(const QString &sql) const
{
    QSqlQuery query(m_database->connection());
    return query.exec(sql);
}

Direction TestDirectionStore::importOne(const QJsonObject &json)
{
    DirectionStore store(m_database);
    const auto result = store.importJson(file(QJsonArray{json}), clerk, now);
    if (!result || result->imported != 1)
        qFatal("the direction was not imported");
    return *store.find(json.value(QLatin1String("number")).toString());
}

void TestDirectionStore::importWritesDirectionsAndOneJournalEntry()
{
    DirectionStore store(m_database);
    const auto result = store.importJson(
        file({directionJson(QStringLiteral("D-1")), directionJson(QStringLiteral("D-2"))}), clerk, now);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message()));
    QCOMPARE(result->imported, 2);
    QCOMPARE(result->unchanged, 0);
    QVERIFY(result->refused.isEmpty());
    QCOMPARE(rows("directions"), 2);
    // DESIGN 3: one journal entry for the batch; directions come from the queue system, so no
    // command goes back to it.
    QCOMPARE(rows("journal"), 1);
    QCOMPARE(rows("outbox"), 0);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT event, actor, payload FROM journal")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("directions_imported"));
    QCOMPARE(query.value(1).toString(), clerk);
    const QJsonObject payload = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
    QCOMPARE(payload.value(QLatin1String("count")).toInt(), 2);
    QCOMPARE(payload.value(QLatin1String("numbers")).toArray(),
             (QJsonArray{QStringLiteral("D-1"), QStringLiteral("D-2")}));
    // Not the children's data: only numbers and a fingerprint.
    QVERIFY(!query.value(2).toString().contains(QStringLiteral("Әлия")));
    QVERIFY(!query.value(2).toString().contains(QStringLiteral("210315601231")));
}

void TestDirectionStore::importKeepsEveryFieldInOneSpelling()
{
    QJsonObject json = directionJson();
    json.insert(QStringLiteral("admission_mode"), QStringLiteral("temporary_stay"));
    json.insert(QStringLiteral("temporary_until"), QStringLiteral("2026-08-31"));
    json.insert(QStringLiteral("group_type"), QStringLiteral("special"));
    json.insert(QStringLiteral("working_mode"), QStringLiteral("half_day"));
    json.insert(QStringLiteral("group_language"), QStringLiteral("ru"));
    const Direction d = importOne(json);
    QCOMPARE(d.number, QStringLiteral("D-2026-000123"));
    QCOMPARE(d.applicationId, QStringLiteral("6f1c2a52-7d0e-4c1b-9a37-0e6b2f4d9c11"));
    QCOMPARE(d.kindergartenId, QStringLiteral("kg-017"));
    QCOMPARE(d.groupName, QStringLiteral("Ортаңғы топ «Балапан»"));
    QCOMPARE(d.groupLanguage, TeachingLanguage::Russian);
    QCOMPARE(d.groupType, GroupType::Special);
    QCOMPARE(d.workingMode, WorkingMode::HalfDay);
    QCOMPARE(d.admissionMode, AdmissionMode::TemporaryStay);
    QCOMPARE(d.admissionStartsOn, QDate(2026, 4, 1));
    QCOMPARE(d.temporaryUntil, QDate(2026, 8, 31));
    QCOMPARE(d.issuedAt, QDateTime(QDate(2026, 3, 20), QTime(4, 30), Qt::UTC));
    QCOMPARE(d.status, DirectionStatus::Issued);
    QVERIFY(!d.freedOn.isValid());
    QVERIFY(!d.extendedUntil.isValid());
    QCOMPARE(d.child.fullName(), QStringLiteral("Серікбаева Әлия Асқарқызы"));
    // The IIN as its 12 digits, the phone as E.164, as everywhere in the store.
    QCOMPARE(d.childIin, QStringLiteral("210315601231"));
    QCOMPARE(d.childBirthDate, QDate(2021, 3, 15));
    QCOMPARE(d.applicant.fullName(), QStringLiteral("Серікбаев Асқар"));
    QCOMPARE(d.applicantIin, QStringLiteral("900512300120"));
    QCOMPARE(d.applicantAddress, QStringLiteral("Астана қ., Кенесары к-сі, 40-12"));
    QCOMPARE(d.phones, QStringList{QStringLiteral("+77012345678")});
    QCOMPARE(d.category, Category::LargeFamily);
}

void TestDirectionStore::importingTwiceAddsNothing()
{
    DirectionStore store(m_database);
    const QByteArray json = file({directionJson(QStringLiteral("D-1")), directionJson(QStringLiteral("D-2"))});
    QVERIFY(store.importJson(json, clerk, now));
    const auto again = store.importJson(json, clerk, now);
    QVERIFY(again);
    QCOMPARE(again->imported, 0);
    QCOMPARE(again->unchanged, 2);
    QVERIFY(again->refused.isEmpty());
    QCOMPARE(rows("directions"), 2);
    // Nothing new, nothing written: not even a journal entry.
    QCOMPARE(rows("journal"), 1);
}

void TestDirectionStore::importKeepsTheDesksChanges()
{
    DirectionStore store(m_database);
    importOne(directionJson());
    QVERIFY(store.extend(QStringLiteral("D-2026-000123"), QDate(2026, 4, 20), clerk, now, m_calendar, settings()));

    // The same file again: the direction is the same as issued, and the extension stays.
    const auto again = store.importJson(file({directionJson()}), clerk, now);
    QVERIFY(again);
    QCOMPARE(again->unchanged, 1);
    QVERIFY(again->refused.isEmpty());
    QCOMPARE(store.find(QStringLiteral("D-2026-000123"))->extendedUntil, QDate(2026, 4, 20));
}

void TestDirectionStore::sameNumberWithOtherContentsIsRefused()
{
    DirectionStore store(m_database);
    importOne(directionJson());
    QJsonObject other = directionJson();
    other.insert(QStringLiteral("child_iin"), QStringLiteral("200101500403"));
    // The second record repeats the first one's number inside the same file, with another group.
    QJsonObject twin = directionJson(QStringLiteral("D-9"));
    QJsonObject twinChanged = twin;
    twinChanged.insert(QStringLiteral("group_name"), QStringLiteral("Кіші топ"));
    const auto result = store.importJson(file({other, twin, twinChanged, twin}), clerk, now);
    QVERIFY(result);
    QCOMPARE(result->imported, 1);
    QCOMPARE(result->unchanged, 1);
    QCOMPARE(result->refused.size(), 2);
    QCOMPARE(result->refused.at(0).rule, Rule::DirectionNumberExists);
    QCOMPARE(result->refused.at(0).detail, QStringLiteral("#0: D-2026-000123"));
    QCOMPARE(result->refused.at(1).rule, Rule::DirectionNumberExists);
    QVERIFY(result->refused.at(1).detail.startsWith(QLatin1String("#2")));
    // The stored direction is untouched.
    QCOMPARE(store.find(QStringLiteral("D-2026-000123"))->childIin, QStringLiteral("210315601231"));
    QCOMPARE(store.find(QStringLiteral("D-9"))->groupName, QStringLiteral("Ортаңғы топ «Балапан»"));
}

void TestDirectionStore::badRecordsAreRefusedWithTheirIndex_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<Field>("field");
    QTest::addColumn<Rule>("rule");

    QTest::newRow("no number") << QStringLiteral("number") << QJsonValue(QJsonValue::Null)
                               << Field::DirectionNumber << Rule::Required;
    QTest::newRow("blank number") << QStringLiteral("number") << QJsonValue(QStringLiteral("  "))
                                  << Field::DirectionNumber << Rule::Required;
    QTest::newRow("no kindergarten") << QStringLiteral("kindergarten_id") << QJsonValue(QJsonValue::Null)
                                     << Field::DirectionKindergarten << Rule::Required;
    QTest::newRow("no child IIN") << QStringLiteral("child_iin") << QJsonValue(QJsonValue::Null)
                                  << Field::DirectionChildIin << Rule::Required;
    // RULES 9: the check digit.
    QTest::newRow("child IIN check digit") << QStringLiteral("child_iin") << QJsonValue(QStringLiteral("210315601230"))
                                           << Field::DirectionChildIin << Rule::IinCheckDigit;
    QTest::newRow("child IIN too short") << QStringLiteral("child_iin") << QJsonValue(QStringLiteral("21031560123"))
                                         << Field::DirectionChildIin << Rule::IinNotTwelveDigits;
    QTest::newRow("applicant IIN check digit") << QStringLiteral("applicant_iin")
                                               << QJsonValue(QStringLiteral("900512300121"))
                                               << Field::ApplicantIin << Rule::IinCheckDigit;
    QTest::newRow("no issue time") << QStringLiteral("issued_at") << QJsonValue(QJsonValue::Null)
                                   << Field::DirectionIssuedAt << Rule::Required;
    QTest::newRow("issue time not a time") << QStringLiteral("issued_at") << QJsonValue(QStringLiteral("yesterday"))
                                           << Field::DirectionIssuedAt << Rule::InvalidDate;
    QTest::newRow("no group") << QStringLiteral("group_name") << QJsonValue(QStringLiteral(""))
                              << Field::DirectionGroup << Rule::Required;
    QTest::newRow("unknown group type") << QStringLiteral("group_type") << QJsonValue(QStringLiteral("sports"))
                                        << Field::DirectionGroup << Rule::OutOfRange;
    QTest::newRow("unknown working mode") << QStringLiteral("working_mode") << QJsonValue(QStringLiteral("night"))
                                          << Field::DirectionGroup << Rule::OutOfRange;
    QTest::newRow("unknown admission mode") << QStringLiteral("admission_mode") << QJsonValue(QStringLiteral("vip"))
                                            << Field::DirectionGroup << Rule::OutOfRange;
    QTest::newRow("unknown language") << QStringLiteral("group_language") << QJsonValue(QStringLiteral("en"))
                                      << Field::DirectionGroup << Rule::OutOfRange;
    QTest::newRow("unknown status") << QStringLiteral("status") << QJsonValue(QStringLiteral("lost"))
                                    << Field::DirectionStatus << Rule::OutOfRange;
    // RULES def. 14: a temporary-stay place has a last day.
    QTest::newRow("temporary stay without its end") << QStringLiteral("admission_mode")
                                                    << QJsonValue(QStringLiteral("temporary_stay"))
                                                    << Field::DirectionGroup << Rule::Required;
    QTest::newRow("date not a date") << QStringLiteral("admission_starts_on") << QJsonValue(QStringLiteral("2026-02-30"))
                                     << Field::DirectionGroup << Rule::InvalidDate;
    QTest::newRow("category 11") << QStringLiteral("category") << QJsonValue(11) << Field::Category << Rule::OutOfRange;
    QTest::newRow("phone not mobile") << QStringLiteral("phones") << QJsonValue(QJsonArray{QStringLiteral("12345")})
                                      << Field::Phones << Rule::PhoneNotKazakhMobile;
    QTest::newRow("phones not a list") << QStringLiteral("phones") << QJsonValue(QStringLiteral("+77012345678"))
                                       << Field::Phones << Rule::OutOfRange;
    QTest::newRow("number not text") << QStringLiteral("number") << QJsonValue(17)
                                     << Field::DirectionNumber << Rule::OutOfRange;
}

void TestDirectionStore::badRecordsAreRefusedWithTheirIndex()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(Field, field);
    QFETCH(Rule, rule);

    QJsonObject bad = directionJson(QStringLiteral("D-bad"));
    if (value.isNull())
        bad.remove(key);
    else
        bad.insert(key, value);
    DirectionStore store(m_database);
    const auto result = store.importJson(file({directionJson(QStringLiteral("D-1")), directionJson(QStringLiteral("D-2")),
                                               bad, directionJson(QStringLiteral("D-3"))}),
                                         clerk, now);
    QVERIFY(result);
    // The good records go in all the same.
    QCOMPARE(result->imported, 3);
    QCOMPARE(result->refused.size(), 1);
    const Issue &issue = result->refused.constFirst();
    QCOMPARE(issue.field, field);
    QCOMPARE(issue.rule, rule);
    QVERIFY2(issue.detail.startsWith(QLatin1String("#2")), qPrintable(issue.detail));
    QVERIFY(!store.find(QStringLiteral("D-bad")));
}

void TestDirectionStore::fileThatIsNotAnArrayIsRefused()
{
    DirectionStore store(m_database);
    for (const QByteArray &json : {QByteArray("{\"number\": \"D-1\"}"), QByteArray("[{"), QByteArray()}) {
        const auto result = store.importJson(json, clerk, now);
        QVERIFY(!result);
        QCOMPARE(result.error().field, Field::DirectionsFile);
        QCOMPARE(result.error().rule, Rule::ImportNotJsonArray);
    }
    const auto notObjects = store.importJson("[1, \"D-1\"]", clerk, now);
    QVERIFY(notObjects);
    QCOMPARE(notObjects->refused.size(), 2);
    QCOMPARE(notObjects->refused.at(1).rule, Rule::ImportRecordNotObject);
    QCOMPARE(notObjects->refused.at(1).detail, QStringLiteral("#1"));
    QCOMPARE(rows("directions"), 0);
    QCOMPARE(rows("journal"), 0);
}

void TestDirectionStore::failedImportLeavesNothing()
{
    QVERIFY(exec(QStringLiteral("CREATE TRIGGER test_failure BEFORE INSERT ON journal"
                                " BEGIN SELECT RAISE(ABORT, 'disk gone'); END")));
    DirectionStore store(m_database);
    const auto result = store.importJson(file({directionJson(QStringLiteral("D-1")), directionJson(QStringLiteral("D-2"))}),
                                         clerk, now);
    QVERIFY(!result);
    QCOMPARE(result.error().rule, Rule::StoreWriteFailed);
    QVERIFY(result.error().detail.contains(QLatin1String("disk gone")));
    QCOMPARE(rows("directions"), 0);
    QCOMPARE(rows("journal"), 0);

    QVERIFY(exec(QStringLiteral("DROP TRIGGER test_failure")));
    const auto retried = store.importJson(file({directionJson(QStringLiteral("D-1"))}), clerk, now);
    QVERIFY(retried);
    QCOMPARE(retried->imported, 1);
}

void TestDirectionStore::findsByNumberAndByChildIin()
{
    QJsonObject older = directionJson(QStringLiteral("D-old"));
    older.insert(QStringLiteral("issued_at"), QStringLiteral("2025-09-01T04:00:00.000Z"));
    QJsonObject other = directionJson(QStringLiteral("D-other"));
    other.insert(QStringLiteral("child_iin"), QStringLiteral("200101500403"));
    DirectionStore store(m_database);
    QVERIFY(store.importJson(file({older, directionJson(QStringLiteral("D-new")), other}), clerk, now));

    QCOMPARE(store.find(QStringLiteral(" D-new "))->number, QStringLiteral("D-new"));
    QVERIFY(!store.find(QStringLiteral("D-none")));
    // The latest direction of the child, the IIN typed as people type it.
    QCOMPARE(store.findByChildIin(QStringLiteral("210315-60123-1"))->number, QStringLiteral("D-new"));
    QCOMPARE(store.findByChildIin(QStringLiteral("200101500403"))->number, QStringLiteral("D-other"));
    QVERIFY(!store.findByChildIin(QStringLiteral("900512300120")));
}

void TestDirectionStore::listFiltersByStatusNewestFirst()
{
    QJsonObject first = directionJson(QStringLiteral("D-1"));
    first.insert(QStringLiteral("issued_at"), QStringLiteral("2026-03-02T04:00:00.000Z"));
    QJsonObject used = directionJson(QStringLiteral("D-2"));
    used.insert(QStringLiteral("issued_at"), QStringLiteral("2026-03-10T04:00:00.000Z"));
    used.insert(QStringLiteral("status"), QStringLiteral("used"));
    QJsonObject last = directionJson(QStringLiteral("D-3"));
    last.insert(QStringLiteral("issued_at"), QStringLiteral("2026-03-19T04:00:00.000Z"));
    DirectionStore store(m_database);
    QVERIFY(store.importJson(file({first, used, last}), clerk, now));

    const auto all = store.list();
    QVERIFY(all);
    QStringList numbers;
    for (const Direction &d : *all)
        numbers << d.number;
    QCOMPARE(numbers, (QStringList{QStringLiteral("D-3"), QStringLiteral("D-2"), QStringLiteral("D-1")}));

    const auto issued = store.list({DirectionStatus::Issued});
    QVERIFY(issued);
    numbers.clear();
    for (const Direction &d : *issued)
        numbers << d.number;
    QCOMPARE(numbers, (QStringList{QStringLiteral("D-3"), QStringLiteral("D-1")}));
    const auto closed = store.list({DirectionStatus::Used, DirectionStatus::Refused});
    QVERIFY(closed);
    QCOMPARE(closed->size(), 1);
    QCOMPARE(closed->constFirst().status, DirectionStatus::Used);
}

void TestDirectionStore::jsonRoundTripKeepsEveryField()
{
    Direction d;
    d.number = QStringLiteral("D-77");
    d.applicationId = QStringLiteral("app-1");
    d.kindergartenId = QStringLiteral("kg-042");
    d.groupName = QStringLiteral("Ересек топ");
    d.groupLanguage = TeachingLanguage::Russian;
    d.groupType = GroupType::Special;
    d.workingMode = WorkingMode::RoundTheClock;
    d.admissionMode = AdmissionMode::EarlyBooking;
    d.admissionStartsOn = QDate(2026, 9, 1);
    d.temporaryUntil = QDate(2027, 5, 31);
    d.issuedAt = QDateTime(QDate(2026, 3, 20), QTime(9, 15, 30, 250));
    d.freedOn = QDate(2026, 3, 27);
    d.extendedUntil = QDate(2026, 4, 30);
    d.status = DirectionStatus::Cancelled;
    d.closedAt = QDateTime(QDate(2026, 4, 2), QTime(11, 0));
    d.child = PersonName{QStringLiteral("Ахметов"), QStringLiteral("Нұрлан"), QString()};
    d.childIin = QStringLiteral("200101500403");
    d.childBirthDate = QDate(2020, 1, 1);
    d.applicant = PersonName{QStringLiteral("Ахметова"), QStringLiteral("Гүлнар"), QStringLiteral("Серікқызы")};
    d.applicantIin = QStringLiteral("900512300120");
    d.applicantAddress = QStringLiteral("Алматы");
    d.phones = {QStringLiteral("+77012345678"), QStringLiteral("+77471234567")};
    d.category = Category::SpecialNeeds;

    const Expected<Direction> back = DirectionStore::fromJson(DirectionStore::toJson(d));
    QVERIFY(back);
    QCOMPARE(*back, d);
    QCOMPARE(DirectionStore::toJson(d).value(QLatin1String("admission_mode")).toString(), QStringLiteral("early_booking"));
    QCOMPARE(DirectionStore::toJson(d).value(QLatin1String("issued_at")).toString(),
             d.issuedAt.toUTC().toString(Qt::ISODateWithMs));
}

void TestDirectionStore::extendsOnceWithOutboxAndJournal()
{
    importOne(directionJson());
    DirectionStore store(m_database);
    // RULES 5 [P]: valid until 01.04.2026; extended to 20.04.2026 at the applicant's request.
    const Status extended = store.extend(QStringLiteral("D-2026-000123"), QDate(2026, 4, 20), clerk, now,
                                         m_calendar, settings());
    QVERIFY2(extended, extended ? "" : qPrintable(extended.error().message()));
    QCOMPARE(store.find(QStringLiteral("D-2026-000123"))->extendedUntil, QDate(2026, 4, 20));

    const auto pending = Outbox::pending(m_database->connection());
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->constFirst().type, QStringLiteral("extend_direction"));
    QCOMPARE(pending->constFirst().payload.value(QLatin1String("extended_until")).toString(), QStringLiteral("2026-04-20"));
    const auto entries = Journal::entriesFor(m_database->connection(), QStringLiteral("direction"),
                                             QStringLiteral("D-2026-000123"));
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->constFirst().event, QStringLiteral("direction_extended"));
    QCOMPARE(entries->constFirst().payload.value(QLatin1String("command_id")).toString(), pending->constFirst().id);

    // Once only.
    const Status again = store.extend(QStringLiteral("D-2026-000123"), QDate(2026, 4, 25), clerk, now, m_calendar,
                                      settings());
    QVERIFY(!again);
    QCOMPARE(again.error().rule, Rule::DirectionAlreadyExtended);
    QCOMPARE(store.find(QStringLiteral("D-2026-000123"))->extendedUntil, QDate(2026, 4, 20));
    QCOMPARE(rows("outbox"), 1);
}

void TestDirectionStore::extensionRulesAreApplied_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<std::optional<Rule>>("rule");

    // Valid until 01.04.2026: at most 30 calendar days more, 01.05.2026.
    QTest::newRow("last day allowed") << QStringLiteral("D-2026-000123") << QDate(2026, 5, 1) << QDate(2026, 3, 26)
                                      << std::optional<Rule>();
    QTest::newRow("one day too long") << QStringLiteral("D-2026-000123") << QDate(2026, 5, 2) << QDate(2026, 3, 26)
                                      << std::optional<Rule>(Rule::DirectionExtensionTooLong);
    QTest::newRow("after it expired") << QStringLiteral("D-2026-000123") << QDate(2026, 4, 20) << QDate(2026, 4, 2)
                                      << std::optional<Rule>(Rule::DirectionNotInForce);
    QTest::newRow("unknown direction") << QStringLiteral("D-none") << QDate(2026, 4, 20) << QDate(2026, 3, 26)
                                       << std::optional<Rule>(Rule::DirectionNotFound);
}

void TestDirectionStore::extensionRulesAreApplied()
{
    QFETCH(QString, number);
    QFETCH(QDate, until);
    QFETCH(QDate, today);
    QFETCH(std::optional<Rule>, rule);

    importOne(directionJson());
    DirectionStore store(m_database);
    const Status status = store.extend(number, until, clerk, QDateTime(today, QTime(11, 0)), m_calendar, settings());
    if (!rule) {
        QVERIFY2(status, status ? "" : qPrintable(status.error().message()));
        QCOMPARE(store.find(number)->extendedUntil, until);
        return;
    }
    QVERIFY(!status);
    QCOMPARE(status.error().rule, *rule);
    QVERIFY(!store.find(QStringLiteral("D-2026-000123"))->extendedUntil.isValid());
    QCOMPARE(rows("outbox"), 0);
    QCOMPARE(rows("journal"), 1); // the import's
}

void TestDirectionStore::failedExtensionLeavesNothing()
{
    importOne(directionJson());
    QVERIFY(exec(QStringLiteral("CREATE TRIGGER test_failure BEFORE INSERT ON journal"
                                " BEGIN SELECT RAISE(ABORT, 'disk gone'); END")));
    DirectionStore store(m_database);
    const Status status = store.extend(QStringLiteral("D-2026-000123"), QDate(2026, 4, 20), clerk, now, m_calendar,
                                       settings());
    QVERIFY(!status);
    QCOMPARE(status.error().rule, Rule::StoreWriteFailed);
    QVERIFY(!store.find(QStringLiteral("D-2026-000123"))->extendedUntil.isValid());
    QCOMPARE(rows("outbox"), 0);
}

void TestDirectionStore::freedOnStartsAnEarlyBookingClock()
{
    QJsonObject json = directionJson();
    json.insert(QStringLiteral("admission_mode"), QStringLiteral("early_booking"));
    importOne(json);
    DirectionStore store(m_database);
    const Status freed = store.setFreedOn(QStringLiteral("D-2026-000123"), QDate(2026, 3, 26), clerk, now);
    QVERIFY2(freed, freed ? "" : qPrintable(freed.error().message()));
    const Direction d = *store.find(QStringLiteral("D-2026-000123"));
    QCOMPARE(d.freedOn, QDate(2026, 3, 26));

    // RULES def. 6: the 5 working days count from the freeing: Thu 26.03 + 5 = Thu 02.04.2026.
    const auto validity = Directions::validity(d, QDate(2026, 4, 2), m_calendar, settings());
    QVERIFY(validity);
    QCOMPARE(validity->state, DirectionValidity::State::Valid);
    QCOMPARE(validity->validUntil, QDate(2026, 4, 2));

    const auto pending = Outbox::pending(m_database->connection());
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->constFirst().type, QStringLiteral("mark_place_freed"));
    const auto entries = Journal::entriesFor(m_database->connection(), QStringLiteral("direction"),
                                             QStringLiteral("D-2026-000123"));
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->constFirst().event, QStringLiteral("direction_place_freed"));
}

void TestDirectionStore::freedOnIsRefused_data()
{
    QTest::addColumn<QString>("admissionMode");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDate>("freedOn");
    QTest::addColumn<Rule>("rule");

    QTest::newRow("general admission") << QStringLiteral("general") << QStringLiteral("issued") << QDate(2026, 3, 26)
                                       << Rule::OutOfRange;
    QTest::newRow("tomorrow") << QStringLiteral("early_booking") << QStringLiteral("issued") << QDate(2026, 3, 27)
                              << Rule::DateInFuture;
    QTest::newRow("no date") << QStringLiteral("early_booking") << QStringLiteral("issued") << QDate()
                             << Rule::Required;
    QTest::newRow("closed") << QStringLiteral("early_booking") << QStringLiteral("refused") << QDate(2026, 3, 26)
                            << Rule::DirectionClosed;
}

void TestDirectionStore::freedOnIsRefused()
{
    QFETCH(QString, admissionMode);
    QFETCH(QString, status);
    QFETCH(QDate, freedOn);
    QFETCH(Rule, rule);

    QJsonObject json = directionJson();
    json.insert(QStringLiteral("admission_mode"), admissionMode);
    json.insert(QStringLiteral("status"), status);
    importOne(json);
    DirectionStore store(m_database);
    const Status freed = store.setFreedOn(QStringLiteral("D-2026-000123"), freedOn, clerk, now);
    QVERIFY(!freed);
    QCOMPARE(freed.error().rule, rule);
    QVERIFY(!store.find(QStringLiteral("D-2026-000123"))->freedOn.isValid());
    QCOMPARE(rows("outbox"), 0);
}

QTEST_GUILESS_MAIN(TestDirectionStore)
#include "tst_directionstore.moc"
