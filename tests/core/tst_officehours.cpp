// RULES 6.1 / Appendix 4 items 7.1-7.2: the office is open on working days 09:00-18:00 with lunch
// 13:00-14:00 and accepts documents 09:00-17:30; after hours, on weekends and holidays, acceptance
// moves to 09:00 of the next working day.
#include "domain/OfficeHours.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QDateTime at(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second));
}

WorkCalendar builtIn()
{
    const Expected<WorkCalendar> calendar = WorkCalendar::loadBuiltIn();
    if (!calendar)
        qFatal("built-in calendar: %s", qPrintable(calendar.error().message()));
    return *calendar;
}

} // namespace

class TestOfficeHours : public QObject
{
    Q_OBJECT
private slots:
    void defaults();
    void hours_data();
    void hours();
    void unknownYear();
    void keepsTheMomentsTimeZone();
    void administratorsHours();
    void noAcceptanceTimeAtAll();
};

void TestOfficeHours::defaults()
{
    const OfficeHours hours;
    QCOMPARE(hours.opensAt, QTime(9, 0));
    QCOMPARE(hours.closesAt, QTime(18, 0));
    QCOMPARE(hours.lunchStartsAt, QTime(13, 0));
    QCOMPARE(hours.lunchEndsAt, QTime(14, 0));
    QCOMPARE(hours.acceptanceStartsAt, QTime(9, 0));
    QCOMPARE(hours.acceptanceEndsAt, QTime(17, 30));
}

void TestOfficeHours::hours_data()
{
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<bool>("open");
    QTest::addColumn<bool>("accepts");
    QTest::addColumn<QDateTime>("nextAcceptance");

    // Mon 02.02.2026, an ordinary working day.
    QTest::newRow("08:59 before opening") << at(2026, 2, 2, 8, 59) << false << false << at(2026, 2, 2, 9, 0);
    QTest::newRow("00:00 midnight") << at(2026, 2, 2, 0, 0) << false << false << at(2026, 2, 2, 9, 0);
    QTest::newRow("09:00 opening") << at(2026, 2, 2, 9, 0) << true << true << at(2026, 2, 2, 9, 0);
    QTest::newRow("10:15:30 keeps the seconds") << at(2026, 2, 2, 10, 15, 30) << true << true
                                               << at(2026, 2, 2, 10, 15, 30);
    QTest::newRow("12:59 before lunch") << at(2026, 2, 2, 12, 59) << true << true << at(2026, 2, 2, 12, 59);
    QTest::newRow("13:00 lunch") << at(2026, 2, 2, 13, 0) << false << false << at(2026, 2, 2, 14, 0);
    QTest::newRow("13:59:59 lunch") << at(2026, 2, 2, 13, 59, 59) << false << false << at(2026, 2, 2, 14, 0);
    QTest::newRow("14:00 after lunch") << at(2026, 2, 2, 14, 0) << true << true << at(2026, 2, 2, 14, 0);
    QTest::newRow("17:29 last minute") << at(2026, 2, 2, 17, 29) << true << true << at(2026, 2, 2, 17, 29);
    QTest::newRow("17:29:59") << at(2026, 2, 2, 17, 29, 59) << true << true << at(2026, 2, 2, 17, 29, 59);
    QTest::newRow("17:30 open, no more documents") << at(2026, 2, 2, 17, 30) << true << false
                                                   << at(2026, 2, 3, 9, 0);
    QTest::newRow("17:59 open, no more documents") << at(2026, 2, 2, 17, 59) << true << false
                                                   << at(2026, 2, 3, 9, 0);
    QTest::newRow("18:00 closed") << at(2026, 2, 2, 18, 0) << false << false << at(2026, 2, 3, 9, 0);
    QTest::newRow("23:59 closed") << at(2026, 2, 2, 23, 59) << false << false << at(2026, 2, 3, 9, 0);
    // Weekends.
    QTest::newRow("Friday 18:00 -> Monday 09:00") << at(2026, 2, 6, 18, 0) << false << false << at(2026, 2, 9, 9, 0);
    QTest::newRow("Saturday 10:00") << at(2026, 2, 7, 10, 0) << false << false << at(2026, 2, 9, 9, 0);
    QTest::newRow("Sunday 08:00") << at(2026, 2, 8, 8, 0) << false << false << at(2026, 2, 9, 9, 0);
    // Holidays: Nauryz 2026 (21-22 on the weekend, 23-25 off).
    QTest::newRow("holiday eve 17:45 -> after Nauryz") << at(2026, 3, 20, 17, 45) << true << false
                                                      << at(2026, 3, 26, 9, 0);
    QTest::newRow("holiday eve 17:00 still accepts") << at(2026, 3, 20, 17, 0) << true << true
                                                     << at(2026, 3, 20, 17, 0);
    QTest::newRow("Nauryz 10:00") << at(2026, 3, 23, 10, 0) << false << false << at(2026, 3, 26, 9, 0);
    QTest::newRow("moved day off 10:00") << at(2026, 3, 24, 10, 0) << false << false << at(2026, 3, 26, 9, 0);
    QTest::newRow("Kurban Ait 2026 morning") << at(2026, 5, 27, 8, 0) << false << false << at(2026, 5, 28, 9, 0);
    // Decree transfers: Sat 04.05.2024 worked, Wed 08.05.2024 off.
    QTest::newRow("working Saturday 10:00") << at(2024, 5, 4, 10, 0) << true << true << at(2024, 5, 4, 10, 0);
    QTest::newRow("Friday 17:30 before a working Saturday") << at(2024, 5, 3, 17, 30) << true << false
                                                            << at(2024, 5, 4, 9, 0);
    QTest::newRow("decree day off") << at(2024, 5, 8, 11, 0) << false << false << at(2024, 5, 10, 9, 0);
    // Year end: 1 Jan 2027 Friday, 2 Jan Saturday -> Mon 4 Jan off.
    QTest::newRow("31.12.2026 18:00") << at(2026, 12, 31, 18, 0) << false << false << at(2027, 1, 5, 9, 0);
}

void TestOfficeHours::hours()
{
    QFETCH(QDateTime, moment);
    QFETCH(bool, open);
    QFETCH(bool, accepts);
    QFETCH(QDateTime, nextAcceptance);

    const WorkCalendar calendar = builtIn();
    const OfficeHours hours;
    QCOMPARE(*hours.isOpen(moment, calendar), open);
    QCOMPARE(*hours.acceptsDocuments(moment, calendar), accepts);
    const Expected<QDateTime> next = hours.nextAcceptanceMoment(moment, calendar);
    QVERIFY2(next.hasValue(), qPrintable(next ? QString() : next.error().message()));
    QCOMPARE(*next, nextAcceptance);
    QVERIFY(*hours.acceptsDocuments(*next, calendar));
}

void TestOfficeHours::unknownYear()
{
    const WorkCalendar calendar = builtIn();
    const OfficeHours hours;
    // The next working day after 31.12.2027 needs the 2028 calendar.
    const Expected<QDateTime> next = hours.nextAcceptanceMoment(at(2027, 12, 31, 17, 45), calendar);
    QVERIFY(!next.hasValue());
    QCOMPARE(next.error().rule, Rule::CalendarYearUnknown);
    QCOMPARE(next.error().detail, u"2028"_s);
    // ... but a moment that accepts needs nothing more.
    QCOMPARE(*hours.nextAcceptanceMoment(at(2027, 12, 31, 10, 0), calendar), at(2027, 12, 31, 10, 0));

    QCOMPARE(hours.isOpen(at(2023, 6, 1, 10, 0), calendar).error().rule, Rule::CalendarYearUnknown);
    QCOMPARE(hours.acceptsDocuments(at(2028, 6, 1, 10, 0), calendar).error().detail, u"2028"_s);
}

void TestOfficeHours::keepsTheMomentsTimeZone()
{
    const WorkCalendar calendar = builtIn();
    const QDateTime utc(QDate(2026, 2, 2), QTime(18, 30), QTimeZone::utc());
    const Expected<QDateTime> next = OfficeHours().nextAcceptanceMoment(utc, calendar);
    QCOMPARE(next->timeSpec(), utc.timeSpec());
    QCOMPARE(next->offsetFromUtc(), 0);
    QCOMPARE(next->time(), QTime(9, 0)); // 09:00 UTC, not 09:00 in Almaty
    QCOMPARE(*next, QDateTime(QDate(2026, 2, 3), QTime(9, 0), QTimeZone::utc()));
}

void TestOfficeHours::administratorsHours()
{
    const WorkCalendar calendar = builtIn();
    OfficeHours hours;
    hours.acceptanceStartsAt = QTime(8, 0); // never before opening
    hours.acceptanceEndsAt = QTime(18, 0);
    hours.lunchStartsAt = QTime(12, 0);
    hours.lunchEndsAt = QTime(12, 30);
    QCOMPARE(*hours.acceptsDocuments(at(2026, 2, 2, 8, 30), calendar), false);
    QCOMPARE(*hours.nextAcceptanceMoment(at(2026, 2, 2, 8, 30), calendar), at(2026, 2, 2, 9, 0));
    QCOMPARE(*hours.acceptsDocuments(at(2026, 2, 2, 17, 45), calendar), true);
    QCOMPARE(*hours.acceptsDocuments(at(2026, 2, 2, 12, 15), calendar), false);
    QCOMPARE(*hours.nextAcceptanceMoment(at(2026, 2, 2, 12, 15), calendar), at(2026, 2, 2, 12, 30));
    QCOMPARE(*hours.acceptsDocuments(at(2026, 2, 2, 13, 15), calendar), true);

    // No lunch break at all.
    hours.lunchStartsAt = QTime(13, 0);
    hours.lunchEndsAt = QTime(13, 0);
    QCOMPARE(*hours.isOpen(at(2026, 2, 2, 13, 0), calendar), true);
    QCOMPARE(*hours.acceptsDocuments(at(2026, 2, 2, 13, 0), calendar), true);
}

void TestOfficeHours::noAcceptanceTimeAtAll()
{
    const WorkCalendar calendar = builtIn();
    OfficeHours hours;
    hours.acceptanceStartsAt = QTime(18, 0);
    hours.acceptanceEndsAt = QTime(19, 0); // entirely after closing
    QCOMPARE(*hours.acceptsDocuments(at(2026, 2, 2, 18, 30), calendar), false);
    const Expected<QDateTime> next = hours.nextAcceptanceMoment(at(2026, 2, 2, 10, 0), calendar);
    QVERIFY(!next.hasValue());
    QCOMPARE(next.error().rule, Rule::OutOfRange);
}

QTEST_GUILESS_MAIN(TestOfficeHours)
#include "tst_officehours.moc"
