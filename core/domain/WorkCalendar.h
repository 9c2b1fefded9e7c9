#pragma once

#include "domain/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>

#include <vector>

// The working-day calendar of Kazakhstan (RULES 10). What the law and the decrees say is data, one
// JSON file per year (docs/calendar-format.md); the weekend rule that moves a holiday is code.
// A date in a year with no file is Rule::CalendarYearUnknown, never a guess.

// A public holiday that is a day off, as the law names it.
struct CalendarHoliday
{
    QDate date;
    QString nameKk;
    QString nameRu;
    QString nameEn;
    // RULES 10: on a Saturday or Sunday the day off moves to the next working day; 7 January and
    // Kurban Ait never move.
    bool moves = true;
    bool kurbanAit = false;
    QString note; // e.g. "estimated date"

    // The name in that language, falling back to another language the file gives.
    QString name(QLocale::Language language) const;
    // The name in the current default locale's language (Translations::install sets it).
    QString name() const;

    bool operator==(const CalendarHoliday &) const = default;
};

// A day that a government decree makes a day off, or a weekend that it makes a working day.
struct CalendarDecreeDay
{
    QDate date;
    QString note;

    bool operator==(const CalendarDecreeDay &) const = default;
};

// One year's file, as written.
struct CalendarYear
{
    Q_DECLARE_TR_FUNCTIONS(CalendarYear)
public:
    int year = 0;
    QString source; // where the data comes from (law, decree numbers); free text
    QList<CalendarHoliday> holidays;
    QList<CalendarDecreeDay> daysOff;     // extra days off by decree (transfers)
    QList<CalendarDecreeDay> workingDays; // weekends made working days by decree

    // Rule::CalendarFileInvalid (Field::CalendarFile) naming origin and the problem when the text
    // is not a valid year file.
    static Expected<CalendarYear> fromJson(const QByteArray &json, const QString &origin = {});
    QByteArray toJson() const;
    // The checks fromJson applies to the contents: dates inside the year, no date listed twice,
    // decree days off on weekdays, working days on weekends, Kurban Ait never moving.
    Status check(const QString &origin = {}) const;

    bool operator==(const CalendarYear &) const = default;
};

// What one date is, and why.
struct CalendarDay
{
    Q_DECLARE_TR_FUNCTIONS(CalendarDay)
public:
    enum class Kind : quint8 {
        Working,        // Monday to Friday, nothing special
        Weekend,        // Saturday or Sunday
        Holiday,        // a public holiday (on any day of the week)
        MovedHoliday,   // a weekday off because a holiday fell on a weekend (holiday = that one)
        DecreeDayOff,   // a weekday off by government decree (note = the decree's note)
        WorkingWeekend, // a Saturday or Sunday made a working day by decree
    };

    QDate date;
    Kind kind = Kind::Working;
    CalendarHoliday holiday; // for Holiday and MovedHoliday
    QString note;            // for DecreeDayOff and WorkingWeekend

    bool isWorking() const { return kind == Kind::Working || kind == Kind::WorkingWeekend; }
    // Why the day is what it is, for a person, in the current language: "working day", "weekend",
    // "New Year", "Nauryz (2026-03-21 fell on a weekend)", "transferred by government decree: ...",
    // "weekend worked by government decree: ...".
    QString description() const;
};

class WorkCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkCalendar)
public:
    WorkCalendar() = default;

    // Every year file embedded in the program (:/calendars/*.json).
    static Expected<WorkCalendar> loadBuiltIn();
    // Every *.json file of dir; an error when the folder cannot be read or a file is invalid.
    static Expected<WorkCalendar> loadFromDirectory(const QString &dir);
    // The built-in years, then the files of overrideDir on top (an administrator's edits).
    // A missing overrideDir means no edits.
    static Expected<WorkCalendar> load(const QString &overrideDir);

    // Adds a year, replacing a year already loaded.
    Status addYear(const CalendarYear &year);
    Status addYearFromJson(const QByteArray &json, const QString &origin = {});
    // Adds every *.json file of dir, replacing the years they cover. A missing folder adds
    // nothing; an invalid file adds nothing at all and names the file.
    Status addYearsFromDirectory(const QString &dir);
    void removeYear(int year);

    QList<int> years() const { return m_years.keys(); }
    bool hasYear(int year) const { return m_years.contains(year); }
    // The file data of a loaded year (an empty CalendarYear when not loaded).
    CalendarYear yearData(int year) const;

    Expected<CalendarDay> day(const QDate &date) const;
    Expected<bool> isWorkingDay(const QDate &date) const;
    // The n-th working day after from (counting starts the next day; n = 0 gives from itself).
    // Errors: an invalid date (Field::Date), n < 0 (Field::Count, Rule::OutOfRange), and any day
    // of the count, from included, in a year with no calendar (Rule::CalendarYearUnknown).
    Expected<QDate> addWorkingDays(const QDate &from, int n) const;
    // date itself when it is a working day, else the first working day after it.
    Expected<QDate> nextWorkingDayOnOrAfter(const QDate &date) const;
    static QDate addCalendarDays(const QDate &date, int days) { return date.addDays(days); }

    // Every day off that is not a plain weekend (holidays, moved holidays, decree days off),
    // and every working weekend, of a loaded year, in date order.
    QList<CalendarDay> specialDays(int year) const;

private:
    struct Year
    {
        CalendarYear data;
        qint64 firstJulianDay = 0;
        std::vector<CalendarDay::Kind> kinds; // one per day of the year
        std::vector<qint16> references;       // index into data.holidays / daysOff / workingDays / movedFrom
        QList<CalendarHoliday> movedFrom;     // the weekend holidays whose days off fall in this year
    };
    void rebuild();
    const Year *yearFor(qint64 julianDay, int *yearNumber) const;
    Year *yearFor(qint64 julianDay);
    CalendarDay dayAt(const Year &year, qint64 julianDay) const;

    QMap<int, Year> m_years;
};
