// RULES 5 with the real built-in calendar (RULES 10): a direction is valid 5 working days counted
// from the working day after issue (for early booking, after the place is freed), may be extended
// once by up to 30 calendar days, and a closed one is never in force again.
// Expected dates were counted by hand on the 2026/2027 calendars: Nauryz 21-23.03.2026 with
// 24-25.03 off (21-22 fell on a weekend); 07.05 and 11.05.2026 (9 May on a Saturday) off;
// 16.12.2026; 01.01, 04.01 (2 January on a Saturday) and 07.01.2027 off.
#include "domain/Direction.h"
#include "domain/WorkCalendar.h"
#include "settings/RuleSettings.h"

#include <QTest>
#include <QTimeZone>

Q_DECLARE_METATYPE(Rule)
Q_DECLARE_METATYPE(DirectionValidity::State)
Q_DECLARE_METATYPE(DirectionStatus)
Q_DECLARE_METATYPE(AdmissionMode)

using namespace Qt::StringLiterals;

namespace {

WorkCalendar builtIn()
{
    const Expected<WorkCalendar> calendar = WorkCalendar::loadBuiltIn();
    if (!calendar)
        qFatal("built-in calendar: %s", qPrintable(calendar.error().message()));
    return *calendar;
}

QDate d(int day, int month, int year)
{
    return QDate(year, month, day);
}

QDateTime at(const QDate &date, int hour = 10, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute));
}

Direction issuedAt(const QDateTime &when, AdmissionMode mode = AdmissionMode::General, const QDate &freedOn = {})
{
    Direction direction;
    direction.number = u"AST-2026-000123"_s;
    direction.kindergartenId = u"AST-0042"_s;
    direction.childIin = u"210315601231"_s;
    direction.issuedAt = when;
    direction.admissionMode = mode;
    direction.freedOn = freedOn;
    return direction;
}

} // namespace

class TestDirection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void validUntil_data();
    void validUntil();
    void workingDaysSetting();
    void lastDayAndNextDay_data();
    void lastDayAndNextDay();
    void issuedInUtcCountsTheLocalDay();
    void earlyBooking_data();
    void earlyBooking();
    void extendedValidity();
    void closed_data();
    void closed();
    void extension_data();
    void extension();
    void unknownCalendarYear_data();
    void unknownCalendarYear();
    void codesRoundTrip();
    void specialNeeds();

private:
    WorkCalendar m_calendar;
};

void TestDirection::initTestCase()
{
    m_calendar = builtIn();
    // The expected dates below assume these days off.
    for (const QDate &off : {d(23, 3, 2026), d(24, 3, 2026), d(25, 3, 2026), d(7, 5, 2026), d(11, 5, 2026),
                             d(16, 12, 2026), d(1, 1, 2027), d(4, 1, 2027), d(7, 1, 2027)})
        QCOMPARE(*m_calendar.isWorkingDay(off), false);
}

void TestDirection::validUntil_data()
{
    QTest::addColumn<QDateTime>("issued");
    QTest::addColumn<QDate>("validUntil");

    // RULES 10 examples.
    QTest::newRow("Fri 20.03.2026, Nauryz") << at(d(20, 3, 2026)) << d(1, 4, 2026);
    QTest::newRow("Wed 06.05.2026, 7 and 11 May off") << at(d(6, 5, 2026)) << d(15, 5, 2026);
    // 15, 17, 18, 21, 22 December (16 December off).
    QTest::newRow("Mon 14.12.2026, Independence Day") << at(d(14, 12, 2026)) << d(22, 12, 2026);
    // 29, 30, 31 December, 5, 6 January (1, 2->4 January off; 3 January Sunday).
    QTest::newRow("Mon 28.12.2026 crossing New Year") << at(d(28, 12, 2026)) << d(6, 1, 2027);
    // 5, 6, 8, 11, 12 January (7 January off too).
    QTest::newRow("Thu 31.12.2026") << at(d(31, 12, 2026)) << d(12, 1, 2027);
    // An ordinary week: Mon -> next Mon.
    QTest::newRow("Mon 02.02.2026, no holiday") << at(d(2, 2, 2026)) << d(9, 2, 2026);
    // Issued on a day off: the count starts with the first working day after it.
    QTest::newRow("Sat 21.03.2026, a holiday on a weekend") << at(d(21, 3, 2026)) << d(1, 4, 2026);
    QTest::newRow("Sun 08.02.2026") << at(d(8, 2, 2026)) << d(13, 2, 2026);
    QTest::newRow("Thu 07.05.2026, a holiday") << at(d(7, 5, 2026)) << d(15, 5, 2026);
    QTest::newRow("Tue 24.03.2026, a moved day off") << at(d(24, 3, 2026)) << d(1, 4, 2026);
    // The hour of issue does not matter: the count starts the next working day.
    QTest::newRow("Fri 20.03.2026 at 23:59") << at(d(20, 3, 2026), 23, 59) << d(1, 4, 2026);
    QTest::newRow("Fri 20.03.2026 at 00:00") << at(d(20, 3, 2026), 0, 0) << d(1, 4, 2026);
    QTest::newRow("Fri 20.03.2026 at 18:30, after hours") << at(d(20, 3, 2026), 18, 30) << d(1, 4, 2026);
}

void TestDirection::validUntil()
{
    QFETCH(QDateTime, issued);
    QFETCH(QDate, validUntil);
    const Direction direction = issuedAt(issued);
    const Expected<DirectionValidity> v = Directions::validity(direction, issued.date(), m_calendar, RuleSettings());
    QVERIFY2(v, qPrintable(v ? QString() : v.error().message()));
    QCOMPARE(v->state, DirectionValidity::State::Valid);
    QCOMPARE(v->countFrom, issued.date());
    QCOMPARE(v->baseValidUntil, validUntil);
    QCOMPARE(v->validUntil, validUntil);
    QCOMPARE(v->expiresOn(), validUntil.addDays(1));
    QCOMPARE(v->text(), u"valid until %1"_s.arg(validUntil.toString(u"dd.MM.yyyy")));
}

// RULES 10 example: 14.12.2026 + 15 working days = 08.01.2027, for an administrator who sets 15.
void TestDirection::workingDaysSetting()
{
    RuleSettings settings;
    settings.directionValidWorkingDays = 15;
    const Expected<DirectionValidity> v =
        Directions::validity(issuedAt(at(d(14, 12, 2026))), d(14, 12, 2026), m_calendar, settings);
    QVERIFY(v);
    QCOMPARE(v->validUntil, d(8, 1, 2027));
}

void TestDirection::lastDayAndNextDay_data()
{
    QTest::addColumn<QDate>("on");
    QTest::addColumn<DirectionValidity::State>("state");
    QTest::addColumn<int>("workingDaysLeft");
    QTest::addColumn<QString>("text");

    // Issued Fri 20.03.2026, valid until Wed 01.04.2026.
    using S = DirectionValidity::State;
    QTest::newRow("issue day (counts itself)") << d(20, 3, 2026) << S::Valid << 6 << u"valid until 01.04.2026"_s;
    QTest::newRow("Saturday after") << d(21, 3, 2026) << S::Valid << 5 << u"valid until 01.04.2026"_s;
    QTest::newRow("first counted day") << d(26, 3, 2026) << S::Valid << 5 << u"valid until 01.04.2026"_s;
    QTest::newRow("day before the last") << d(31, 3, 2026) << S::Valid << 2 << u"valid until 01.04.2026"_s;
    QTest::newRow("last day") << d(1, 4, 2026) << S::Valid << 1 << u"valid until 01.04.2026"_s;
    QTest::newRow("next day") << d(2, 4, 2026) << S::Expired << 0 << u"expired on 02.04.2026"_s;
    QTest::newRow("a month later") << d(4, 5, 2026) << S::Expired << 0 << u"expired on 02.04.2026"_s;
}

void TestDirection::lastDayAndNextDay()
{
    QFETCH(QDate, on);
    QFETCH(DirectionValidity::State, state);
    QFETCH(int, workingDaysLeft);
    QFETCH(QString, text);
    const Expected<DirectionValidity> v =
        Directions::validity(issuedAt(at(d(20, 3, 2026), 17, 45)), on, m_calendar, RuleSettings());
    QVERIFY(v);
    QCOMPARE(v->state, state);
    QCOMPARE(v->isValid(), state == DirectionValidity::State::Valid);
    QCOMPARE(v->workingDaysLeft, workingDaysLeft);
    QCOMPARE(v->expiresOn(), d(2, 4, 2026));
    QCOMPARE(v->text(), text);
}

// The queue system may send the moment of issue in UTC: the day that counts is the desk's
// (Asia/Almaty), where 19.03.2026 20:00 UTC is already 20.03.2026.
void TestDirection::issuedInUtcCountsTheLocalDay()
{
    const QDateTime utc(d(19, 3, 2026), QTime(20, 0), Qt::UTC);
    QCOMPARE(utc.toLocalTime().date(), d(20, 3, 2026));
    const Expected<DirectionValidity> v = Directions::validity(issuedAt(utc), d(20, 3, 2026), m_calendar, RuleSettings());
    QVERIFY(v);
    QCOMPARE(v->countFrom, d(20, 3, 2026));
    QCOMPARE(v->validUntil, d(1, 4, 2026));
}

void TestDirection::earlyBooking_data()
{
    QTest::addColumn<QDateTime>("issued");
    QTest::addColumn<QDate>("freedOn");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<DirectionValidity::State>("state");
    QTest::addColumn<QDate>("countFrom");
    QTest::addColumn<QDate>("validUntil");

    using S = DirectionValidity::State;
    // RULES 5 / def. 6: the clock starts when the place is actually freed.
    QTest::newRow("not freed yet: waiting") << at(d(2, 3, 2026)) << QDate() << d(1, 4, 2026) << S::WaitingForPlace
                                            << QDate() << QDate();
    QTest::newRow("not freed, months later: still waiting") << at(d(2, 3, 2026)) << QDate() << d(1, 9, 2026)
                                                            << S::WaitingForPlace << QDate() << QDate();
    QTest::newRow("freed after issue") << at(d(2, 3, 2026)) << d(20, 3, 2026) << d(20, 3, 2026) << S::Valid
                                       << d(20, 3, 2026) << d(1, 4, 2026);
    QTest::newRow("freed after issue, asked before the freeing day")
        << at(d(2, 3, 2026)) << d(20, 3, 2026) << d(10, 3, 2026) << S::WaitingForPlace << d(20, 3, 2026)
        << d(1, 4, 2026);
    QTest::newRow("freed after issue, after its 5 days") << at(d(2, 3, 2026)) << d(20, 3, 2026) << d(2, 4, 2026)
                                                         << S::Expired << d(20, 3, 2026) << d(1, 4, 2026);
    // Freed before the direction was issued: counted from the issue, as a general place.
    QTest::newRow("freed before issue") << at(d(6, 5, 2026)) << d(1, 4, 2026) << d(15, 5, 2026) << S::Valid
                                        << d(6, 5, 2026) << d(15, 5, 2026);
    QTest::newRow("freed the day of issue") << at(d(6, 5, 2026), 16, 0) << d(6, 5, 2026) << d(6, 5, 2026) << S::Valid
                                            << d(6, 5, 2026) << d(15, 5, 2026);
    // Fri 08.05.2026, Monday 11.05 off: 12, 13, 14, 15, 18 May.
    QTest::newRow("freed on a Friday before a holiday") << at(d(4, 5, 2026)) << d(8, 5, 2026) << d(18, 5, 2026)
                                                        << S::Valid << d(8, 5, 2026) << d(18, 5, 2026);
    QTest::newRow("freed Fri 20.03.2026 before Nauryz") << at(d(2, 3, 2026)) << d(20, 3, 2026) << d(1, 4, 2026)
                                                        << S::Valid << d(20, 3, 2026) << d(1, 4, 2026);
}

void TestDirection::earlyBooking()
{
    QFETCH(QDateTime, issued);
    QFETCH(QDate, freedOn);
    QFETCH(QDate, on);
    QFETCH(DirectionValidity::State, state);
    QFETCH(QDate, countFrom);
    QFETCH(QDate, validUntil);
    const Direction direction = issuedAt(issued, AdmissionMode::EarlyBooking, freedOn);
    const Expected<DirectionValidity> v = Directions::validity(direction, on, m_calendar, RuleSettings());
    QVERIFY(v);
    QCOMPARE(v->state, state);
    QCOMPARE(v->countFrom, countFrom);
    QCOMPARE(v->validUntil, validUntil);
    QCOMPARE(v->isValid(), state == DirectionValidity::State::Valid);
    if (state == DirectionValidity::State::WaitingForPlace) {
        QCOMPARE(v->workingDaysLeft, 0);
        QCOMPARE(v->text(), u"waiting for the place to be freed"_s);
    }
    // The same dates on a general place are counted from the issue day.
    if (freedOn > issued.date()) {
        Direction general = direction;
        general.admissionMode = AdmissionMode::General;
        const Expected<DirectionValidity> g = Directions::validity(general, on, m_calendar, RuleSettings());
        QVERIFY(g);
        QCOMPARE(g->countFrom, issued.date());
    }
}

void TestDirection::extendedValidity()
{
    Direction direction = issuedAt(at(d(20, 3, 2026)));
    direction.extendedUntil = d(20, 4, 2026);
    const auto on = [&](const QDate &day) {
        const Expected<DirectionValidity> v = Directions::validity(direction, day, m_calendar, RuleSettings());
        if (!v)
            qFatal("%s", qPrintable(v.error().message()));
        return *v;
    };
    QCOMPARE(on(d(2, 4, 2026)).state, DirectionValidity::State::Valid); // the old end no longer counts
    QCOMPARE(on(d(2, 4, 2026)).baseValidUntil, d(1, 4, 2026));
    QCOMPARE(on(d(2, 4, 2026)).validUntil, d(20, 4, 2026));
    QCOMPARE(on(d(20, 4, 2026)).state, DirectionValidity::State::Valid);
    QCOMPARE(on(d(20, 4, 2026)).workingDaysLeft, 1);
    QCOMPARE(on(d(21, 4, 2026)).state, DirectionValidity::State::Expired);
    QCOMPARE(on(d(21, 4, 2026)).text(), u"expired on 21.04.2026"_s);
}

void TestDirection::closed_data()
{
    QTest::addColumn<DirectionStatus>("status");
    QTest::addColumn<QString>("text");
    QTest::newRow("used") << DirectionStatus::Used << u"used"_s;
    QTest::newRow("refused") << DirectionStatus::Refused << u"refused"_s;
    QTest::newRow("expired") << DirectionStatus::Expired << u"expired"_s;
    QTest::newRow("cancelled") << DirectionStatus::Cancelled << u"cancelled"_s;
}

void TestDirection::closed()
{
    QFETCH(DirectionStatus, status);
    QFETCH(QString, text);
    Direction direction = issuedAt(at(d(20, 3, 2026)));
    direction.status = status;
    direction.closedAt = at(d(26, 3, 2026), 11, 0);
    // Closed within its 5 days: still not in force.
    const Expected<DirectionValidity> v = Directions::validity(direction, d(26, 3, 2026), m_calendar, RuleSettings());
    QVERIFY(v);
    QCOMPARE(v->state, DirectionValidity::State::Closed);
    QCOMPARE(v->closedAs, status);
    QVERIFY(!v->isValid());
    QCOMPARE(v->workingDaysLeft, 0);
    QCOMPARE(v->text(), text);
    QCOMPARE(v->validUntil, d(1, 4, 2026)); // the dates are still shown
    QCOMPARE(Directions::statusLabel(status), text);

    // How it ended does not need a calendar.
    Direction later = direction;
    later.issuedAt = at(d(1, 3, 2031));
    const Expected<DirectionValidity> l = Directions::validity(later, d(2, 3, 2031), m_calendar, RuleSettings());
    QVERIFY(l);
    QCOMPARE(l->state, DirectionValidity::State::Closed);

    const Status extension = Directions::checkExtension(direction, d(10, 4, 2026), d(26, 3, 2026), m_calendar,
                                                        RuleSettings());
    QVERIFY(!extension);
    QCOMPARE(extension.error().rule, Rule::DirectionClosed);
    QCOMPARE(extension.error().field, Field::DirectionExtension);
}

void TestDirection::extension_data()
{
    QTest::addColumn<QDate>("extendedBefore");
    QTest::addColumn<AdmissionMode>("mode");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("maxDays");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<QString>("detail");

    // Issued Fri 20.03.2026: base end Wed 01.04.2026; +30 calendar days = Fri 01.05.2026.
    const QDate none;
    const auto general = AdmissionMode::General;
    QTest::newRow("one day longer") << none << general << d(2, 4, 2026) << d(26, 3, 2026) << 30 << true
                                    << Rule::Required << QString();
    QTest::newRow("30 calendar days") << none << general << d(1, 5, 2026) << d(26, 3, 2026) << 30 << true
                                      << Rule::Required << QString();
    QTest::newRow("31 calendar days") << none << general << d(2, 5, 2026) << d(26, 3, 2026) << 30 << false
                                      << Rule::DirectionExtensionTooLong << u"at most until 01.05.2026"_s;
    QTest::newRow("setting 10 days: 10 ok") << none << general << d(11, 4, 2026) << d(26, 3, 2026) << 10 << true
                                            << Rule::Required << QString();
    QTest::newRow("setting 10 days: 11 refused") << none << general << d(12, 4, 2026) << d(26, 3, 2026) << 10
                                                 << false << Rule::DirectionExtensionTooLong
                                                 << u"at most until 11.04.2026"_s;
    QTest::newRow("on the last day of validity") << none << general << d(15, 4, 2026) << d(1, 4, 2026) << 30 << true
                                                 << Rule::Required << QString();
    QTest::newRow("not after the current end") << none << general << d(1, 4, 2026) << d(26, 3, 2026) << 30 << false
                                               << Rule::OutOfRange << u"must be after 01.04.2026"_s;
    QTest::newRow("before the current end") << none << general << d(30, 3, 2026) << d(26, 3, 2026) << 30 << false
                                            << Rule::OutOfRange << u"must be after 01.04.2026"_s;
    QTest::newRow("no date") << none << general << QDate() << d(26, 3, 2026) << 30 << false << Rule::Required
                             << QString();
    QTest::newRow("already expired") << none << general << d(10, 4, 2026) << d(2, 4, 2026) << 30 << false
                                     << Rule::DirectionNotInForce << u"expired on 02.04.2026"_s;
    QTest::newRow("second extension") << d(10, 4, 2026) << general << d(15, 4, 2026) << d(26, 3, 2026) << 30 << false
                                      << Rule::DirectionAlreadyExtended << u"extended until 10.04.2026"_s;
    QTest::newRow("second extension after the first ran out")
        << d(10, 4, 2026) << general << d(15, 4, 2026) << d(13, 4, 2026) << 30 << false
        << Rule::DirectionAlreadyExtended << u"extended until 10.04.2026"_s;
    QTest::newRow("early booking still waiting") << none << AdmissionMode::EarlyBooking << d(10, 4, 2026)
                                                 << d(26, 3, 2026) << 30 << false << Rule::DirectionNotInForce
                                                 << u"waiting for the place to be freed"_s;
}

void TestDirection::extension()
{
    QFETCH(QDate, extendedBefore);
    QFETCH(AdmissionMode, mode);
    QFETCH(QDate, until);
    QFETCH(QDate, today);
    QFETCH(int, maxDays);
    QFETCH(bool, ok);
    QFETCH(Rule, rule);
    QFETCH(QString, detail);

    Direction direction = issuedAt(at(d(20, 3, 2026)), mode);
    direction.extendedUntil = extendedBefore;
    RuleSettings settings;
    settings.directionExtensionMaxCalendarDays = maxDays;
    const Status status = Directions::checkExtension(direction, until, today, m_calendar, settings);
    QCOMPARE(status.ok(), ok);
    if (!ok) {
        QCOMPARE(status.error().field, Field::DirectionExtension);
        QCOMPARE(status.error().rule, rule);
        QCOMPARE(status.error().detail, detail);
        return;
    }
    // Once extended, it is in force until the new day and no longer after it.
    direction.extendedUntil = until;
    QVERIFY(Directions::validity(direction, until, m_calendar, settings)->isValid());
    QCOMPARE(Directions::validity(direction, until.addDays(1), m_calendar, settings)->state,
             DirectionValidity::State::Expired);
}

void TestDirection::unknownCalendarYear_data()
{
    QTest::addColumn<QDateTime>("issued");
    QTest::addColumn<QString>("year");
    QTest::newRow("issued in 2031") << at(d(3, 3, 2031)) << u"2031"_s;
    QTest::newRow("issued in 2023") << at(d(3, 3, 2023)) << u"2023"_s;
    // The 5 days run into a year with no calendar: an error, not a guess.
    QTest::newRow("runs into 2028") << at(d(28, 12, 2027)) << u"2028"_s;
}

void TestDirection::unknownCalendarYear()
{
    QFETCH(QDateTime, issued);
    QFETCH(QString, year);
    QVERIFY(!m_calendar.hasYear(year.toInt()));
    const Expected<DirectionValidity> v =
        Directions::validity(issuedAt(issued), issued.date(), m_calendar, RuleSettings());
    QVERIFY(!v);
    QCOMPARE(v.error().rule, Rule::CalendarYearUnknown);
    QCOMPARE(v.error().detail, year);
    const Status extension =
        Directions::checkExtension(issuedAt(issued), issued.date().addDays(10), issued.date(), m_calendar, RuleSettings());
    QVERIFY(!extension);
    QCOMPARE(extension.error().rule, Rule::CalendarYearUnknown);
}

void TestDirection::codesRoundTrip()
{
    const QList<std::pair<DirectionStatus, QString>> statuses = {
        {DirectionStatus::Issued, u"issued"_s}, {DirectionStatus::Used, u"used"_s},
        {DirectionStatus::Refused, u"refused"_s}, {DirectionStatus::Expired, u"expired"_s},
        {DirectionStatus::Cancelled, u"cancelled"_s}};
    for (const auto &[status, code] : statuses) {
        QCOMPARE(Directions::statusCode(status), code);
        QCOMPARE(Directions::statusFromCode(code), status);
        QVERIFY(!Directions::statusLabel(status).isEmpty());
    }
    const QList<std::pair<AdmissionMode, QString>> modes = {{AdmissionMode::General, u"general"_s},
                                                           {AdmissionMode::EarlyBooking, u"early_booking"_s},
                                                           {AdmissionMode::TemporaryStay, u"temporary_stay"_s}};
    for (const auto &[mode, code] : modes) {
        QCOMPARE(Directions::admissionModeCode(mode), code);
        QCOMPARE(Directions::admissionModeFromCode(code), mode);
        QVERIFY(!Directions::admissionModeLabel(mode).isEmpty());
    }
    const QList<std::pair<GroupType, QString>> types = {{GroupType::General, u"general"_s},
                                                       {GroupType::Special, u"special"_s}};
    for (const auto &[type, code] : types) {
        QCOMPARE(Directions::groupTypeCode(type), code);
        QCOMPARE(Directions::groupTypeFromCode(code), type);
        QVERIFY(!Directions::groupTypeLabel(type).isEmpty());
    }
    const QList<std::pair<WorkingMode, QString>> workingModes = {{WorkingMode::FullDay, u"full_day"_s},
                                                                {WorkingMode::HalfDay, u"half_day"_s},
                                                                {WorkingMode::RoundTheClock, u"round_the_clock"_s}};
    for (const auto &[mode, code] : workingModes) {
        QCOMPARE(Directions::workingModeCode(mode), code);
        QCOMPARE(Directions::workingModeFromCode(code), mode);
        QVERIFY(!Directions::workingModeLabel(mode).isEmpty());
    }
    for (const QString &unknown : {QString(), u"Issued"_s, u"USED"_s, u"early-booking"_s, u" used"_s}) {
        QCOMPARE(Directions::statusFromCode(unknown), std::nullopt);
        QCOMPARE(Directions::admissionModeFromCode(unknown), std::nullopt);
        QCOMPARE(Directions::groupTypeFromCode(unknown), std::nullopt);
        QCOMPARE(Directions::workingModeFromCode(unknown), std::nullopt);
    }
}

void TestDirection::specialNeeds()
{
    Direction direction;
    QVERIFY(!direction.childHasSpecialNeeds());
    direction.category = Category::SpecialNeeds;
    QVERIFY(direction.childHasSpecialNeeds());
    direction.category = Category::Orphan;
    QVERIFY(!direction.childHasSpecialNeeds());
    direction.groupType = GroupType::Special;
    QVERIFY(direction.childHasSpecialNeeds());
}

QTEST_GUILESS_MAIN(TestDirection)
#include "tst_direction.moc"
