// RULES 10: working days. The expected dates below are written out by hand from the law and the
// decrees (rules-research 5), not read from the shipped files, so a wrong data file fails here.
#include "domain/WorkCalendar.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QDate d(int year, int month, int day)
{
    return QDate(year, month, day);
}

WorkCalendar builtIn()
{
    const Expected<WorkCalendar> calendar = WorkCalendar::loadBuiltIn();
    if (!calendar)
        qFatal("built-in calendar: %s", qPrintable(calendar.error().message()));
    return *calendar;
}

// A minimal year file: holidays as (date, moves) pairs.
QByteArray yearJson(int year, const QList<std::pair<QString, bool>> &holidays,
                    const QStringList &daysOff = {}, const QStringList &workingDays = {})
{
    QStringList entries;
    for (const auto &[date, moves] : holidays)
        entries << uR"({"date": "%1", "name": {"en": "Test holiday %1"}, "moves": %2})"_s.arg(
                       date, moves ? u"true"_s : u"false"_s);
    const auto decree = [](const QStringList &dates) {
        QStringList list;
        for (const QString &date : dates)
            list << uR"({"date": "%1", "note": "test decree"})"_s.arg(date);
        return list.join(u", ");
    };
    return uR"({"format": 1, "year": %1, "holidays": [%2], "days_off": [%3], "working_days": [%4]})"_s
        .arg(year)
        .arg(entries.join(u", "), decree(daysOff), decree(workingDays))
        .toUtf8();
}

} // namespace

class TestWorkCalendar : public QObject
{
    Q_OBJECT
private slots:
    void builtInYears();
    void rulesExamples_data();
    void rulesExamples();
    void addWorkingDays_data();
    void addWorkingDays();
    void zeroDaysIsTheStartDate();
    void holidaysAreDaysOff_data();
    void holidaysAreDaysOff();
    void weekdaysOffAreExactlyThese_data();
    void weekdaysOffAreExactlyThese();
    void movedDaysOffNameTheirHoliday_data();
    void movedDaysOffNameTheirHoliday();
    void workingDays_data();
    void workingDays();
    void workingWeekends();
    void unknownYearIsAnError_data();
    void unknownYearIsAnError();
    void invalidInput();
    void descriptions();
    void holidayNamesByLanguage();
    void nextWorkingDayOnOrAfter();
    void calendarDays();
    void jsonRoundTrip();
    void invalidFiles_data();
    void invalidFiles();
    void addYearReplacesTheYear();
    void newYearExtendsTheRange();
    void weekendRuleCrossesTheYearEnd();
    void decreeWorkingWeekendIsNotAMoveTarget();
    void directoryOverridesBuiltIn();
    void invalidFileInDirectoryChangesNothing();
    void missingDirectory();
};

void TestWorkCalendar::builtInYears()
{
    const WorkCalendar calendar = builtIn();
    QCOMPARE(calendar.years(), (QList<int>{2024, 2025, 2026, 2027}));
    for (int year : calendar.years()) {
        const CalendarYear data = calendar.yearData(year);
        QCOMPARE(data.year, year);
        // RULES 10: each year names its first day of Kurban Ait, and it never moves.
        int kurbanAit = 0;
        for (const CalendarHoliday &holiday : data.holidays) {
            QVERIFY(!holiday.nameKk.isEmpty());
            QVERIFY(!holiday.nameRu.isEmpty());
            QVERIFY(!holiday.nameEn.isEmpty());
            if (holiday.kurbanAit) {
                ++kurbanAit;
                QVERIFY(!holiday.moves);
            }
        }
        QCOMPARE(kurbanAit, 1);
    }
}

void TestWorkCalendar::rulesExamples_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("workingDays");
    QTest::addColumn<QDate>("expected");

    // RULES 10, checked examples with the 2026 calendar.
    QTest::newRow("Fri 20.03.2026 + 5") << d(2026, 3, 20) << 5 << d(2026, 4, 1);
    QTest::newRow("Wed 06.05.2026 + 5") << d(2026, 5, 6) << 5 << d(2026, 5, 15);
    QTest::newRow("Mon 14.12.2026 + 15") << d(2026, 12, 14) << 15 << d(2027, 1, 8);
    // rules-research 5.4, the rest of the table.
    QTest::newRow("Fri 20.03.2026 + 15") << d(2026, 3, 20) << 15 << d(2026, 4, 15);
    QTest::newRow("Wed 06.05.2026 + 15") << d(2026, 5, 6) << 15 << d(2026, 6, 1);
    QTest::newRow("Mon 14.12.2026 + 5") << d(2026, 12, 14) << 5 << d(2026, 12, 22);
}

void TestWorkCalendar::rulesExamples()
{
    QFETCH(QDate, from);
    QFETCH(int, workingDays);
    QFETCH(QDate, expected);
    const Expected<QDate> result = builtIn().addWorkingDays(from, workingDays);
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(*result, expected);
}

void TestWorkCalendar::addWorkingDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("workingDays");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("plain week: Mon + 4") << d(2026, 2, 2) << 4 << d(2026, 2, 6);
    QTest::newRow("over a weekend: Fri + 1") << d(2026, 2, 6) << 1 << d(2026, 2, 9);
    QTest::newRow("from a Saturday counts from Monday") << d(2026, 2, 7) << 1 << d(2026, 2, 9);
    QTest::newRow("from a holiday") << d(2026, 1, 1) << 1 << d(2026, 1, 5);
    // 2024: Sat 04.05 worked instead of Wed 08.05; 7 and 9 May are holidays.
    QTest::newRow("2024: Fri 03.05 + 1 is the working Saturday") << d(2024, 5, 3) << 1 << d(2024, 5, 4);
    QTest::newRow("2024: Fri 03.05 + 2") << d(2024, 5, 3) << 2 << d(2024, 5, 6);
    QTest::newRow("2024: Fri 03.05 + 3 skips 7, 8, 9 May") << d(2024, 5, 3) << 3 << d(2024, 5, 10);
    // 2024: Kurban Ait on Sunday 16.06 is not moved.
    QTest::newRow("2024: Kurban Ait on a Sunday moves nothing") << d(2024, 6, 14) << 1 << d(2024, 6, 17);
    // 2024: 6 July on a Saturday -> Mon 8 July off.
    QTest::newRow("2024: Fri 05.07 + 1") << d(2024, 7, 5) << 1 << d(2024, 7, 9);
    // Year boundary into 2025: 1-2 Jan holidays, Fri 03.01 off by decree, Sun 05.01 worked.
    QTest::newRow("2024 -> 2025: + 1 is the working Sunday") << d(2024, 12, 31) << 1 << d(2025, 1, 5);
    QTest::newRow("2024 -> 2025: + 2") << d(2024, 12, 31) << 2 << d(2025, 1, 6);
    QTest::newRow("2024 -> 2025: + 3 skips 7 Jan") << d(2024, 12, 31) << 3 << d(2025, 1, 8);
    // 2025: Nauryz Fri-Sun -> Mon 24 and Tue 25 March off as well.
    QTest::newRow("2025: Nauryz") << d(2025, 3, 20) << 1 << d(2025, 3, 26);
    // 2025: Constitution Day Sat 30.08 -> Mon 01.09.
    QTest::newRow("2025: Constitution Day on a Saturday") << d(2025, 8, 29) << 1 << d(2025, 9, 2);
    QTest::newRow("2025: Republic Day on a Saturday") << d(2025, 10, 24) << 1 << d(2025, 10, 28);
    // 2026 -> 2027: 2 Jan 2027 is a Saturday -> Mon 4 Jan off.
    QTest::newRow("2026 -> 2027") << d(2026, 12, 31) << 1 << d(2027, 1, 5);
    QTest::newRow("2026: Kurban Ait 27.05") << d(2026, 5, 26) << 1 << d(2026, 5, 28);
    // 2027: Constitution Day Mon 15.03; Nauryz Sun-Tue -> Wed 24 March off.
    QTest::newRow("2027: Constitution Day 15 March") << d(2027, 3, 12) << 1 << d(2027, 3, 16);
    QTest::newRow("2027: Nauryz") << d(2027, 3, 19) << 1 << d(2027, 3, 25);
    QTest::newRow("2027: May") << d(2027, 4, 30) << 3 << d(2027, 5, 6);
    QTest::newRow("2027: last day with a calendar") << d(2027, 12, 30) << 1 << d(2027, 12, 31);
    QTest::newRow("a whole year") << d(2025, 1, 10) << 240 << d(2025, 12, 30);
}

void TestWorkCalendar::addWorkingDays()
{
    QFETCH(QDate, from);
    QFETCH(int, workingDays);
    QFETCH(QDate, expected);
    const Expected<QDate> result = builtIn().addWorkingDays(from, workingDays);
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(*result, expected);
}

void TestWorkCalendar::zeroDaysIsTheStartDate()
{
    const WorkCalendar calendar = builtIn();
    for (const QDate &date : {d(2026, 3, 20), d(2026, 3, 21), d(2026, 3, 23), d(2024, 1, 1), d(2027, 12, 31)}) {
        const Expected<QDate> result = calendar.addWorkingDays(date, 0);
        QVERIFY(result.hasValue());
        QCOMPARE(*result, date);
    }
}

void TestWorkCalendar::holidaysAreDaysOff_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("englishName");

    // (month, day) of the holidays every year 2024-2027 has.
    const QList<std::pair<QString, QList<std::pair<int, int>>>> common = {
        {u"New Year"_s, {{1, 1}, {1, 2}}},
        {u"Orthodox Christmas"_s, {{1, 7}}},
        {u"International Women's Day"_s, {{3, 8}}},
        {u"Nauryz"_s, {{3, 21}, {3, 22}, {3, 23}}},
        {u"Unity Day of the People of Kazakhstan"_s, {{5, 1}}},
        {u"Defender of the Fatherland Day"_s, {{5, 7}}},
        {u"Victory Day"_s, {{5, 9}}},
        {u"Capital City Day"_s, {{7, 6}}},
        {u"Republic Day"_s, {{10, 25}}},
        {u"Independence Day"_s, {{12, 16}}},
    };
    for (int year = 2024; year <= 2027; ++year) {
        for (const auto &[name, days] : common)
            for (const auto &[month, day] : days) {
                const QDate date(year, month, day);
                QTest::addRow("%s", qPrintable(date.toString(Qt::ISODate))) << date << name;
            }
    }
    // Constitution Day: 30 August up to 2025, none in 2026, 15 March from 2027.
    QTest::newRow("2024-08-30") << d(2024, 8, 30) << u"Constitution Day"_s;
    QTest::newRow("2025-08-30") << d(2025, 8, 30) << u"Constitution Day"_s;
    QTest::newRow("2027-03-15") << d(2027, 3, 15) << u"Constitution Day"_s;
    // Kurban Ait, first day (2026 and 2027 estimated).
    QTest::newRow("2024-06-16") << d(2024, 6, 16) << u"Kurban Ait"_s;
    QTest::newRow("2025-06-06") << d(2025, 6, 6) << u"Kurban Ait"_s;
    QTest::newRow("2026-05-27") << d(2026, 5, 27) << u"Kurban Ait"_s;
    QTest::newRow("2027-05-16") << d(2027, 5, 16) << u"Kurban Ait"_s;
}

void TestWorkCalendar::holidaysAreDaysOff()
{
    QFETCH(QDate, date);
    QFETCH(QString, englishName);
    const WorkCalendar calendar = builtIn();
    const Expected<bool> working = calendar.isWorkingDay(date);
    QVERIFY(working.hasValue());
    QVERIFY(!*working);
    const Expected<CalendarDay> day = calendar.day(date);
    QCOMPARE(day->kind, CalendarDay::Kind::Holiday);
    QCOMPARE(day->holiday.date, date);
    QCOMPARE(day->holiday.name(QLocale::English), englishName);
}

void TestWorkCalendar::weekdaysOffAreExactlyThese_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("weekdaysOff");

    // Every Monday-to-Friday that is not worked, worked out by hand: holidays on weekdays,
    // weekend holidays moved to the next working day, decree days off.
    QTest::newRow("2024") << 2024
                          << QList<QDate>{d(2024, 1, 1), d(2024, 1, 2), d(2024, 3, 8), d(2024, 3, 21),
                                          d(2024, 3, 22), d(2024, 3, 25), d(2024, 5, 1), d(2024, 5, 7),
                                          d(2024, 5, 8), d(2024, 5, 9), d(2024, 7, 8), d(2024, 8, 30),
                                          d(2024, 10, 25), d(2024, 12, 16)};
    QTest::newRow("2025") << 2025
                          << QList<QDate>{d(2025, 1, 1), d(2025, 1, 2), d(2025, 1, 3), d(2025, 1, 7),
                                          d(2025, 3, 10), d(2025, 3, 21), d(2025, 3, 24), d(2025, 3, 25),
                                          d(2025, 5, 1), d(2025, 5, 7), d(2025, 5, 9), d(2025, 6, 6),
                                          d(2025, 7, 7), d(2025, 9, 1), d(2025, 10, 27), d(2025, 12, 16)};
    // rules-research 5.3.
    QTest::newRow("2026") << 2026
                          << QList<QDate>{d(2026, 1, 1), d(2026, 1, 2), d(2026, 1, 7), d(2026, 3, 9),
                                          d(2026, 3, 23), d(2026, 3, 24), d(2026, 3, 25), d(2026, 5, 1),
                                          d(2026, 5, 7), d(2026, 5, 11), d(2026, 5, 27), d(2026, 7, 6),
                                          d(2026, 10, 26), d(2026, 12, 16)};
    QTest::newRow("2027") << 2027
                          << QList<QDate>{d(2027, 1, 1), d(2027, 1, 4), d(2027, 1, 7), d(2027, 3, 8),
                                          d(2027, 3, 15), d(2027, 3, 22), d(2027, 3, 23), d(2027, 3, 24),
                                          d(2027, 5, 3), d(2027, 5, 7), d(2027, 5, 10), d(2027, 7, 6),
                                          d(2027, 10, 25), d(2027, 12, 16)};
}

void TestWorkCalendar::weekdaysOffAreExactlyThese()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, weekdaysOff);
    const WorkCalendar calendar = builtIn();
    QList<QDate> found;
    for (QDate date(year, 1, 1); date.year() == year; date = date.addDays(1)) {
        const Expected<bool> working = calendar.isWorkingDay(date);
        QVERIFY(working.hasValue());
        if (date.dayOfWeek() <= Qt::Friday && !*working)
            found.append(date);
    }
    QCOMPARE(found, weekdaysOff);
}

void TestWorkCalendar::movedDaysOffNameTheirHoliday_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("holidayDate");

    QTest::newRow("2024: Nauryz 23.03 Sat -> Mon 25.03") << d(2024, 3, 25) << d(2024, 3, 23);
    QTest::newRow("2024: 06.07 Sat -> Mon 08.07") << d(2024, 7, 8) << d(2024, 7, 6);
    QTest::newRow("2025: 08.03 Sat -> Mon 10.03") << d(2025, 3, 10) << d(2025, 3, 8);
    QTest::newRow("2025: Nauryz 22.03 Sat -> Mon 24.03") << d(2025, 3, 24) << d(2025, 3, 22);
    QTest::newRow("2025: Nauryz 23.03 Sun -> Tue 25.03") << d(2025, 3, 25) << d(2025, 3, 23);
    QTest::newRow("2025: 06.07 Sun -> Mon 07.07") << d(2025, 7, 7) << d(2025, 7, 6);
    QTest::newRow("2025: 30.08 Sat -> Mon 01.09") << d(2025, 9, 1) << d(2025, 8, 30);
    QTest::newRow("2025: 25.10 Sat -> Mon 27.10") << d(2025, 10, 27) << d(2025, 10, 25);
    QTest::newRow("2026: 08.03 Sun -> Mon 09.03") << d(2026, 3, 9) << d(2026, 3, 8);
    QTest::newRow("2026: Nauryz 21.03 Sat -> Tue 24.03") << d(2026, 3, 24) << d(2026, 3, 21);
    QTest::newRow("2026: Nauryz 22.03 Sun -> Wed 25.03") << d(2026, 3, 25) << d(2026, 3, 22);
    QTest::newRow("2026: 09.05 Sat -> Mon 11.05") << d(2026, 5, 11) << d(2026, 5, 9);
    QTest::newRow("2026: 25.10 Sun -> Mon 26.10") << d(2026, 10, 26) << d(2026, 10, 25);
    QTest::newRow("2027: 02.01 Sat -> Mon 04.01") << d(2027, 1, 4) << d(2027, 1, 2);
    QTest::newRow("2027: Nauryz 21.03 Sun -> Wed 24.03") << d(2027, 3, 24) << d(2027, 3, 21);
    QTest::newRow("2027: 01.05 Sat -> Mon 03.05") << d(2027, 5, 3) << d(2027, 5, 1);
    QTest::newRow("2027: 09.05 Sun -> Mon 10.05") << d(2027, 5, 10) << d(2027, 5, 9);
}

void TestWorkCalendar::movedDaysOffNameTheirHoliday()
{
    QFETCH(QDate, date);
    QFETCH(QDate, holidayDate);
    const Expected<CalendarDay> day = builtIn().day(date);
    QVERIFY(day.hasValue());
    QCOMPARE(day->kind, CalendarDay::Kind::MovedHoliday);
    QVERIFY(!day->isWorking());
    QCOMPARE(day->holiday.date, holidayDate);
}

void TestWorkCalendar::workingDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");

    QTest::newRow("ordinary Monday") << d(2026, 2, 2) << true;
    QTest::newRow("ordinary Friday") << d(2026, 2, 6) << true;
    QTest::newRow("ordinary Saturday") << d(2026, 2, 7) << false;
    QTest::newRow("ordinary Sunday") << d(2026, 2, 8) << false;
    // 7 January and Kurban Ait never move.
    QTest::newRow("2024: Mon after 7 Jan on a Sunday") << d(2024, 1, 8) << true;
    QTest::newRow("2024: Mon after Kurban Ait on a Sunday") << d(2024, 6, 17) << true;
    QTest::newRow("2027: Mon after Kurban Ait on a Sunday") << d(2027, 5, 17) << true;
    // Constitution Day: none in 2026 (30.08.2026 is a Sunday, Mon 31.08 is worked); 15 March only
    // from 2027, 30 August no more.
    QTest::newRow("2026: Mon 31.08 is worked") << d(2026, 8, 31) << true;
    QTest::newRow("2026: Mon 16.03 is worked") << d(2026, 3, 16) << true;
    QTest::newRow("2027: Mon 30.08 is worked") << d(2027, 8, 30) << true;
    QTest::newRow("2025: Fri 14.03 is worked") << d(2025, 3, 14) << true;
    // Holidays abolished in 2022.
    QTest::newRow("1 December is worked") << d(2026, 12, 1) << true;
    QTest::newRow("17 December is worked") << d(2026, 12, 17) << true;
    // Decree transfers.
    QTest::newRow("2024: Sat 04.05 worked by decree") << d(2024, 5, 4) << true;
    QTest::newRow("2024: Wed 08.05 off by decree") << d(2024, 5, 8) << false;
    QTest::newRow("2025: Fri 03.01 off by decree") << d(2025, 1, 3) << false;
    QTest::newRow("2025: Sun 05.01 worked by decree") << d(2025, 1, 5) << true;
    QTest::newRow("2025: Sat 04.01 stays a weekend") << d(2025, 1, 4) << false;
    QTest::newRow("leap day 2024") << d(2024, 2, 29) << true;
    QTest::newRow("first day of 2024") << d(2024, 1, 1) << false;
    QTest::newRow("last day of 2027") << d(2027, 12, 31) << true;
}

void TestWorkCalendar::workingDays()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    const Expected<bool> result = builtIn().isWorkingDay(date);
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(*result, working);
}

void TestWorkCalendar::workingWeekends()
{
    const WorkCalendar calendar = builtIn();
    QCOMPARE(calendar.day(d(2024, 5, 4))->kind, CalendarDay::Kind::WorkingWeekend);
    QCOMPARE(calendar.day(d(2025, 1, 5))->kind, CalendarDay::Kind::WorkingWeekend);
    QCOMPARE(calendar.day(d(2024, 5, 8))->kind, CalendarDay::Kind::DecreeDayOff);
    QCOMPARE(calendar.day(d(2025, 1, 3))->kind, CalendarDay::Kind::DecreeDayOff);
    QVERIFY(!calendar.day(d(2025, 1, 3))->note.isEmpty());

    // specialDays lists them, with the holidays and the moved days, in date order.
    const QList<CalendarDay> special = calendar.specialDays(2024);
    QList<QDate> dates;
    for (const CalendarDay &day : special)
        dates.append(day.date);
    QVERIFY(std::is_sorted(dates.cbegin(), dates.cend()));
    QVERIFY(dates.contains(d(2024, 5, 4)));
    QVERIFY(dates.contains(d(2024, 7, 8)));
    QVERIFY(dates.contains(d(2024, 6, 16)));
    QCOMPARE(special.size(), 15 + 2 + 2); // holidays, moved days, the decree pair
    QVERIFY(calendar.specialDays(2031).isEmpty());
}

void TestWorkCalendar::unknownYearIsAnError_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("workingDays");
    QTest::addColumn<QString>("year");

    QTest::newRow("start in 2023") << d(2023, 12, 29) << 1 << u"2023"_s;
    QTest::newRow("start in 2023, zero days") << d(2023, 12, 29) << 0 << u"2023"_s;
    QTest::newRow("count runs into 2028") << d(2027, 12, 31) << 1 << u"2028"_s;
    QTest::newRow("count runs into 2028 from December") << d(2027, 12, 20) << 15 << u"2028"_s;
    QTest::newRow("far future") << d(2031, 6, 2) << 5 << u"2031"_s;
    QTest::newRow("count beyond every loaded year") << d(2024, 1, 3) << 5000 << u"2028"_s;
}

void TestWorkCalendar::unknownYearIsAnError()
{
    QFETCH(QDate, from);
    QFETCH(int, workingDays);
    QFETCH(QString, year);
    const Expected<QDate> result = builtIn().addWorkingDays(from, workingDays);
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().rule, Rule::CalendarYearUnknown);
    QCOMPARE(result.error().field, Field::Year);
    QCOMPARE(result.error().detail, year);

    const Expected<bool> working = builtIn().isWorkingDay(QDate(year.toInt(), 6, 1));
    QVERIFY(!working.hasValue());
    QCOMPARE(working.error().rule, Rule::CalendarYearUnknown);
    QCOMPARE(working.error().detail, year);
}

void TestWorkCalendar::invalidInput()
{
    const WorkCalendar calendar = builtIn();
    const Expected<QDate> invalidDate = calendar.addWorkingDays(QDate(), 5);
    QCOMPARE(invalidDate.error().rule, Rule::InvalidDate);
    QCOMPARE(invalidDate.error().field, Field::Date);
    QCOMPARE(calendar.isWorkingDay(QDate(2026, 2, 30)).error().rule, Rule::InvalidDate);

    const Expected<QDate> negative = calendar.addWorkingDays(d(2026, 3, 20), -1);
    QCOMPARE(negative.error().rule, Rule::OutOfRange);
    QCOMPARE(negative.error().field, Field::Count);

    // An empty calendar knows no year at all.
    const WorkCalendar empty;
    QVERIFY(empty.years().isEmpty());
    QCOMPARE(empty.isWorkingDay(d(2026, 3, 20)).error().rule, Rule::CalendarYearUnknown);
}

void TestWorkCalendar::descriptions()
{
    const WorkCalendar calendar = builtIn();
    QCOMPARE(calendar.day(d(2026, 3, 23))->description(), u"Nauryz"_s);
    QCOMPARE(calendar.day(d(2026, 3, 24))->description(), u"Nauryz (2026-03-21 fell on a weekend)"_s);
    QCOMPARE(calendar.day(d(2026, 3, 28))->description(), u"weekend"_s);
    QCOMPARE(calendar.day(d(2026, 3, 26))->description(), u"working day"_s);
    QVERIFY(calendar.day(d(2024, 5, 8))->description().startsWith(u"transferred by government decree: "));
    QVERIFY(calendar.day(d(2024, 5, 4))->description().startsWith(u"weekend worked by government decree: "));
}

void TestWorkCalendar::holidayNamesByLanguage()
{
    const CalendarHoliday nauryz = builtIn().day(d(2026, 3, 21))->holiday;
    QCOMPARE(nauryz.name(QLocale::Kazakh), u"Наурыз мейрамы"_s);
    QCOMPARE(nauryz.name(QLocale::Russian), u"Наурыз мейрамы"_s);
    QCOMPARE(nauryz.name(QLocale::English), u"Nauryz"_s);
    const CalendarHoliday newYear = builtIn().day(d(2026, 1, 1))->holiday;
    QCOMPARE(newYear.name(QLocale::Kazakh), u"Жаңа жыл"_s);
    QCOMPARE(newYear.name(QLocale::Russian), u"Новый год"_s);

    // The default locale's language picks the name (Translations::install sets it).
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    QCOMPARE(newYear.name(), u"Новый год"_s);
    QLocale::setDefault(QLocale(QLocale::Kazakh, QLocale::Kazakhstan));
    QCOMPARE(newYear.name(), u"Жаңа жыл"_s);
    QLocale::setDefault(previous);

    // A file that names a holiday in one language only still gives a name in every language.
    CalendarHoliday onlyRussian;
    onlyRussian.nameRu = u"Новый год"_s;
    QCOMPARE(onlyRussian.name(QLocale::Kazakh), u"Новый год"_s);
    QCOMPARE(onlyRussian.name(QLocale::English), u"Новый год"_s);
}

void TestWorkCalendar::nextWorkingDayOnOrAfter()
{
    const WorkCalendar calendar = builtIn();
    QCOMPARE(*calendar.nextWorkingDayOnOrAfter(d(2026, 3, 20)), d(2026, 3, 20));
    QCOMPARE(*calendar.nextWorkingDayOnOrAfter(d(2026, 3, 21)), d(2026, 3, 26));
    QCOMPARE(*calendar.nextWorkingDayOnOrAfter(d(2025, 1, 3)), d(2025, 1, 5));
    QCOMPARE(calendar.nextWorkingDayOnOrAfter(d(2023, 1, 3)).error().rule, Rule::CalendarYearUnknown);
}

void TestWorkCalendar::calendarDays()
{
    QCOMPARE(WorkCalendar::addCalendarDays(d(2026, 12, 25), 10), d(2027, 1, 4));
    QCOMPARE(WorkCalendar::addCalendarDays(d(2024, 2, 28), 1), d(2024, 2, 29));
    QCOMPARE(WorkCalendar::addCalendarDays(d(2024, 3, 1), -1), d(2024, 2, 29));
    // Calendar days need no calendar file.
    QCOMPARE(WorkCalendar::addCalendarDays(d(2040, 1, 1), 30), d(2040, 1, 31));
}

void TestWorkCalendar::jsonRoundTrip()
{
    const WorkCalendar calendar = builtIn();
    for (int year : calendar.years()) {
        const CalendarYear data = calendar.yearData(year);
        const Expected<CalendarYear> again = CalendarYear::fromJson(data.toJson());
        QVERIFY2(again.hasValue(), qPrintable(again ? QString() : again.error().message()));
        QCOMPARE(*again, data);
    }
}

void TestWorkCalendar::invalidFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem"); // part of the message naming the problem

    const QByteArray holiday = R"({"date": "2030-01-01", "name": {"en": "New Year"}, "moves": true})";
    QTest::newRow("not JSON") << QByteArray("{\"year\": 2030,") << u"not valid JSON"_s;
    QTest::newRow("an array") << QByteArray("[]") << u"one JSON object"_s;
    QTest::newRow("no format") << QByteArray(R"({"year": 2030, "holidays": []})") << u"\"format\""_s;
    QTest::newRow("newer format") << QByteArray(R"({"format": 2, "year": 2030, "holidays": []})") << u"newer"_s;
    QTest::newRow("no year") << QByteArray(R"({"format": 1, "holidays": []})") << u"\"year\""_s;
    QTest::newRow("year as text") << QByteArray(R"({"format": 1, "year": "2030", "holidays": []})") << u"\"year\""_s;
    QTest::newRow("no holidays") << QByteArray(R"({"format": 1, "year": 2030})") << u"\"holidays\""_s;
    QTest::newRow("unknown key") << QByteArray(R"({"format": 1, "year": 2030, "holidays": [], "holiday": []})")
                                 << u"unknown key \"holiday\""_s;
    QTest::newRow("date not a date")
        << QByteArray(R"({"format": 1, "year": 2030, "holidays": [{"date": "2030-02-30", "name": {"en": "X"}, "moves": true}]})")
        << u"holidays[0]: \"date\""_s;
    QTest::newRow("date in another format")
        << QByteArray(R"({"format": 1, "year": 2030, "holidays": [{"date": "01.01.2030", "name": {"en": "X"}, "moves": true}]})")
        << u"holidays[0]: \"date\""_s;
    QTest::newRow("date in another year")
        << QByteArray(R"({"format": 1, "year": 2030, "holidays": [{"date": "2031-01-01", "name": {"en": "X"}, "moves": true}]})")
        << u"2031-01-01 is not in 2030"_s;
    QTest::newRow("no name")
        << QByteArray(R"({"format": 1, "year": 2030, "holidays": [{"date": "2030-01-01", "moves": true}]})")
        << u"\"name\""_s;
    QTest::newRow("moves missing")
        << QByteArray(R"({"format": 1, "year": 2030, "holidays": [{"date": "2030-01-01", "name": {"en": "X"}}]})")
        << u"\"moves\""_s;
    QTest::newRow("typo in a holiday key")
        << QByteArray(R"({"format": 1, "year": 2030, "holidays": [{"date": "2030-01-01", "name": {"en": "X"}, "moves": true, "kurban": true}]})")
        << u"unknown key \"kurban\""_s;
    QTest::newRow("same date twice")
        << QByteArray("{\"format\": 1, \"year\": 2030, \"holidays\": [" + holiday + ", " + holiday + "]}")
        << u"2030-01-01 is listed twice"_s;
    QTest::newRow("Kurban Ait moving")
        << QByteArray(R"({"format": 1, "year": 2030, "holidays": [{"date": "2030-04-13", "name": {"en": "Kurban Ait"}, "moves": true, "kurban_ait": true}]})")
        << u"Kurban Ait never moves"_s;
    QTest::newRow("decree day off on a Saturday")
        << QByteArray(R"({"format": 1, "year": 2030, "holidays": [], "days_off": [{"date": "2030-06-01"}]})")
        << u"weekday"_s;
    QTest::newRow("decree working day on a Monday")
        << QByteArray(R"({"format": 1, "year": 2030, "holidays": [], "working_days": [{"date": "2030-06-03"}]})")
        << u"Saturday or Sunday"_s;
    QTest::newRow("a holiday made a working day")
        << QByteArray(R"({"format": 1, "year": 2030, "holidays": [{"date": "2030-06-01", "name": {"en": "X"}, "moves": true}], "working_days": [{"date": "2030-06-01"}]})")
        << u"listed twice"_s;
}

void TestWorkCalendar::invalidFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);

    const Expected<CalendarYear> year = CalendarYear::fromJson(json, u"kz-2030.json"_s);
    QVERIFY(!year.hasValue());
    QCOMPARE(year.error().rule, Rule::CalendarFileInvalid);
    QCOMPARE(year.error().field, Field::CalendarFile);
    QVERIFY2(year.error().detail.startsWith(u"kz-2030.json: "), qPrintable(year.error().detail));
    QVERIFY2(year.error().detail.contains(problem), qPrintable(year.error().detail));

    // Adding it leaves the calendar as it was.
    WorkCalendar calendar = builtIn();
    QVERIFY(!calendar.addYearFromJson(json, u"kz-2030.json"_s).ok());
    QCOMPARE(calendar.years(), (QList<int>{2024, 2025, 2026, 2027}));
}

void TestWorkCalendar::addYearReplacesTheYear()
{
    // An administrator enters the 2026 transfer decree and the real Kurban Ait date.
    WorkCalendar calendar = builtIn();
    CalendarYear year2026 = calendar.yearData(2026);
    for (CalendarHoliday &holiday : year2026.holidays)
        if (holiday.kurbanAit)
            holiday.date = d(2026, 5, 26);
    year2026.daysOff.append({d(2026, 1, 5), u"test decree"_s});
    QVERIFY(calendar.addYearFromJson(year2026.toJson(), u"edited"_s).ok());

    QCOMPARE(*calendar.isWorkingDay(d(2026, 5, 26)), false);
    QCOMPARE(*calendar.isWorkingDay(d(2026, 5, 27)), true);
    QCOMPARE(*calendar.isWorkingDay(d(2026, 1, 5)), false);
    QCOMPARE(*calendar.addWorkingDays(d(2026, 12, 31), 0), d(2026, 12, 31));
    QCOMPARE(calendar.years(), (QList<int>{2024, 2025, 2026, 2027}));

    calendar.removeYear(2026);
    QCOMPARE(calendar.years(), (QList<int>{2024, 2025, 2027}));
    QCOMPARE(calendar.isWorkingDay(d(2026, 5, 27)).error().rule, Rule::CalendarYearUnknown);
    // A count through the missing year is an error even though both ends have calendars.
    QCOMPARE(calendar.addWorkingDays(d(2025, 12, 30), 5).error().detail, u"2026"_s);
}

void TestWorkCalendar::newYearExtendsTheRange()
{
    WorkCalendar calendar = builtIn();
    QVERIFY(calendar.addYearFromJson(yearJson(2028, {{u"2028-01-01"_s, true}, {u"2028-01-02"_s, true}})).ok());
    QCOMPARE(calendar.years(), (QList<int>{2024, 2025, 2026, 2027, 2028}));
    // 1-2 Jan 2028 are Sat/Sun -> Mon 3 and Tue 4 Jan off.
    QCOMPARE(*calendar.addWorkingDays(d(2027, 12, 31), 1), d(2028, 1, 5));
}

void TestWorkCalendar::weekendRuleCrossesTheYearEnd()
{
    // Sat 31.12.2033 and Sun 01.01.2034, both movable: the days off are Mon 2 and Tue 3 Jan 2034.
    WorkCalendar calendar;
    QVERIFY(calendar.addYearFromJson(yearJson(2033, {{u"2033-12-31"_s, true}})).ok());
    QVERIFY(calendar.addYearFromJson(yearJson(2034, {{u"2034-01-01"_s, true}})).ok());
    QCOMPARE(calendar.day(d(2034, 1, 2))->holiday.date, d(2033, 12, 31));
    QCOMPARE(calendar.day(d(2034, 1, 3))->holiday.date, d(2034, 1, 1));
    QCOMPARE(*calendar.addWorkingDays(d(2033, 12, 30), 1), d(2034, 1, 4));

    // Without 2034 the move has nowhere known to go: the count stops with an error, no guess.
    calendar.removeYear(2034);
    QCOMPARE(calendar.addWorkingDays(d(2033, 12, 30), 1).error().detail, u"2034"_s);
}

void TestWorkCalendar::decreeWorkingWeekendIsNotAMoveTarget()
{
    // A movable holiday on Sat 01.06.2030 with Sun 02.06 worked by decree: the day off is still
    // the next ordinary weekday, Mon 03.06; a holiday that does not move moves nothing.
    WorkCalendar calendar;
    QVERIFY(calendar.addYearFromJson(yearJson(2030, {{u"2030-06-01"_s, true}, {u"2030-06-08"_s, false}}, {},
                                              {u"2030-06-02"_s})).ok());
    QCOMPARE(*calendar.isWorkingDay(d(2030, 6, 2)), true);
    QCOMPARE(*calendar.isWorkingDay(d(2030, 6, 3)), false);
    QCOMPARE(*calendar.isWorkingDay(d(2030, 6, 10)), true);
    QCOMPARE(*calendar.addWorkingDays(d(2030, 5, 31), 2), d(2030, 6, 4));
}

void TestWorkCalendar::directoryOverridesBuiltIn()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const QString &name, const QByteArray &data) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    };
    // A 2026 with 1 June off by decree, and a new 2031.
    write(u"kz-2026.json"_s, yearJson(2026, {{u"2026-01-01"_s, true}}, {u"2026-06-01"_s}));
    write(u"kz-2031.json"_s, yearJson(2031, {{u"2031-01-01"_s, true}}));
    write(u"readme.txt"_s, "not a calendar");

    const Expected<WorkCalendar> calendar = WorkCalendar::load(dir.path());
    QVERIFY2(calendar.hasValue(), qPrintable(calendar ? QString() : calendar.error().message()));
    QCOMPARE(calendar->years(), (QList<int>{2024, 2025, 2026, 2027, 2031}));
    QCOMPARE(*calendar->isWorkingDay(d(2026, 6, 1)), false);
    QCOMPARE(*calendar->isWorkingDay(d(2026, 3, 23)), true); // the edited 2026 has no Nauryz
    QCOMPARE(*calendar->isWorkingDay(d(2025, 3, 21)), false); // other years stay built-in
    QCOMPARE(*calendar->addWorkingDays(d(2031, 6, 2), 5), d(2031, 6, 9));

    const Expected<WorkCalendar> onlyFolder = WorkCalendar::loadFromDirectory(dir.path());
    QCOMPARE(onlyFolder->years(), (QList<int>{2026, 2031}));
}

void TestWorkCalendar::invalidFileInDirectoryChangesNothing()
{
    QTemporaryDir dir;
    QFile good(dir.filePath(u"kz-2031.json"_s));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write(yearJson(2031, {}));
    good.close();
    QFile bad(dir.filePath(u"kz-2032.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{ not json");
    bad.close();

    WorkCalendar calendar = builtIn();
    const Status status = calendar.addYearsFromDirectory(dir.path());
    QVERIFY(!status.ok());
    QCOMPARE(status.error().rule, Rule::CalendarFileInvalid);
    QVERIFY(status.error().detail.contains(u"kz-2032.json"));
    QCOMPARE(calendar.years(), (QList<int>{2024, 2025, 2026, 2027}));
    QVERIFY(!WorkCalendar::load(dir.path()).hasValue());

    // Two files giving the same year are ambiguous.
    QVERIFY(QFile::remove(bad.fileName()));
    QFile copy(dir.filePath(u"kz-2031-copy.json"_s));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(yearJson(2031, {}));
    copy.close();
    QVERIFY(!calendar.addYearsFromDirectory(dir.path()).ok());
}

void TestWorkCalendar::missingDirectory()
{
    const QString missing = QDir::temp().filePath(u"qabyldau-no-such-folder-4c1f"_s);
    QVERIFY(!QFileInfo::exists(missing));
    // No administrator's edits: the built-in years.
    const Expected<WorkCalendar> calendar = WorkCalendar::load(missing);
    QVERIFY(calendar.hasValue());
    QCOMPARE(calendar->years(), (QList<int>{2024, 2025, 2026, 2027}));
    // Asking for that folder alone is an error.
    const Expected<WorkCalendar> folder = WorkCalendar::loadFromDirectory(missing);
    QVERIFY(!folder.hasValue());
    QCOMPARE(folder.error().rule, Rule::CalendarFileInvalid);
}

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
