#include "domain/WorkCalendar.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace {

// The newest file format this program reads (docs/calendar-format.md).
constexpr int calendarFormat = 1;

bool isWeekend(const QDate &date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// Strict YYYY-MM-DD: QDate::fromString alone accepts more than the format documents.
QDate parseIsoDate(const QString &text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text.at(i) < u'0' || text.at(i) > u'9')
            return {};
    return QDate(text.first(4).toInt(), text.sliced(5, 2).toInt(), text.sliced(8, 2).toInt());
}

Issue fileError(const QString &origin, const QString &problem)
{
    return Issue::error(Field::CalendarFile, Rule::CalendarFileInvalid,
                        origin.isEmpty() ? problem : origin + QStringLiteral(": ") + problem);
}

bool isWorkingKind(CalendarDay::Kind kind)
{
    return kind == CalendarDay::Kind::Working || kind == CalendarDay::Kind::WorkingWeekend;
}

Issue unknownYear(int year)
{
    return Issue::error(Field::Year, Rule::CalendarYearUnknown, QString::number(year));
}

} // namespace

// ---------------------------------------------------------------------------------------------

QString CalendarHoliday::name(QLocale::Language language) const
{
    const QString preferred = language == QLocale::Kazakh   ? nameKk
                              : language == QLocale::Russian ? nameRu
                                                             : nameEn;
    if (!preferred.isEmpty())
        return preferred;
    for (const QString *fallback : {&nameEn, &nameRu, &nameKk})
        if (!fallback->isEmpty())
            return *fallback;
    return {};
}

QString CalendarHoliday::name() const
{
    return name(QLocale().language());
}

// ---------------------------------------------------------------------------------------------

Expected<CalendarYear> CalendarYear::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fileError(origin, tr("not valid JSON at offset %1: %2")
                                     .arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return fileError(origin, tr("the file must hold one JSON object"));
    const QJsonObject root = document.object();

    const auto unknownKey = [&](const QJsonObject &object, const QStringList &known,
                                const QString &where) -> std::optional<Issue> {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            if (!known.contains(it.key()))
                return fileError(origin, tr("%1: unknown key \"%2\"").arg(where, it.key()));
        return std::nullopt;
    };
    if (auto issue = unknownKey(root,
                                {QStringLiteral("format"), QStringLiteral("year"),
                                 QStringLiteral("source"), QStringLiteral("holidays"),
                                 QStringLiteral("days_off"), QStringLiteral("working_days")},
                                tr("top level")))
        return *issue;

    const int format = root.value(u"format").toInt(-1);
    if (format < 1)
        return fileError(origin, tr("\"format\" must be a positive whole number"));
    if (format > calendarFormat)
        return fileError(origin, tr("format %1 is newer than this program reads (%2)")
                                     .arg(format).arg(calendarFormat));

    CalendarYear result;
    result.year = root.value(u"year").toInt(0);
    if (result.year < 1900 || result.year > 2999)
        return fileError(origin, tr("\"year\" must be a year such as 2026"));
    result.source = root.value(u"source").toString();

    const auto readDate = [&](const QJsonObject &object, const QString &where,
                              QDate *date) -> std::optional<Issue> {
        *date = parseIsoDate(object.value(u"date").toString());
        if (!date->isValid())
            return fileError(origin, tr("%1: \"date\" is not a date (YYYY-MM-DD)").arg(where));
        return std::nullopt;
    };

    const QJsonValue holidaysValue = root.value(u"holidays");
    if (!holidaysValue.isArray())
        return fileError(origin, tr("\"holidays\" must be a list"));
    const QJsonArray holidays = holidaysValue.toArray();
    for (qsizetype i = 0; i < holidays.size(); ++i) {
        const QString where = QStringLiteral("holidays[%1]").arg(i);
        if (!holidays.at(i).isObject())
            return fileError(origin, tr("%1: must be an object").arg(where));
        const QJsonObject object = holidays.at(i).toObject();
        if (auto issue = unknownKey(object,
                                    {QStringLiteral("date"), QStringLiteral("name"),
                                     QStringLiteral("moves"), QStringLiteral("kurban_ait"),
                                     QStringLiteral("note")},
                                    where))
            return *issue;
        CalendarHoliday holiday;
        if (auto issue = readDate(object, where, &holiday.date))
            return *issue;
        const QJsonObject names = object.value(u"name").toObject();
        if (auto issue = unknownKey(names, {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")},
                                    where + QStringLiteral(".name")))
            return *issue;
        holiday.nameKk = names.value(u"kk").toString().trimmed();
        holiday.nameRu = names.value(u"ru").toString().trimmed();
        holiday.nameEn = names.value(u"en").toString().trimmed();
        if (holiday.name(QLocale::English).isEmpty())
            return fileError(origin, tr("%1: \"name\" needs at least one of kk, ru, en").arg(where));
        const QJsonValue moves = object.value(u"moves");
        if (!moves.isBool())
            return fileError(origin, tr("%1: \"moves\" must be true or false").arg(where));
        holiday.moves = moves.toBool();
        const QJsonValue kurbanAit = object.value(u"kurban_ait");
        if (!kurbanAit.isUndefined() && !kurbanAit.isBool())
            return fileError(origin, tr("%1: \"kurban_ait\" must be true or false").arg(where));
        holiday.kurbanAit = kurbanAit.toBool(false);
        holiday.note = object.value(u"note").toString();
        result.holidays.append(holiday);
    }

    const auto readDecreeDays = [&](const QString &key,
                                    QList<CalendarDecreeDay> *days) -> std::optional<Issue> {
        const QJsonValue value = root.value(key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isArray())
            return fileError(origin, tr("\"%1\" must be a list").arg(key));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString where = QStringLiteral("%1[%2]").arg(key).arg(i);
            if (!array.at(i).isObject())
                return fileError(origin, tr("%1: must be an object").arg(where));
            const QJsonObject object = array.at(i).toObject();
            if (auto issue = unknownKey(object, {QStringLiteral("date"), QStringLiteral("note")}, where))
                return *issue;
            CalendarDecreeDay day;
            if (auto issue = readDate(object, where, &day.date))
                return *issue;
            day.note = object.value(u"note").toString();
            days->append(day);
        }
        return std::nullopt;
    };
    if (auto issue = readDecreeDays(QStringLiteral("days_off"), &result.daysOff))
        return *issue;
    if (auto issue = readDecreeDays(QStringLiteral("working_days"), &result.workingDays))
        return *issue;

    if (const Status status = result.check(origin); !status)
        return status.error();
    return result;
}

Status CalendarYear::check(const QString &origin) const
{
    QSet<QDate> seen;
    const auto checkDate = [&](const QDate &date) -> std::optional<Issue> {
        if (!date.isValid() || date.year() != year)
            return fileError(origin, tr("%1 is not in %2").arg(isoDate(date)).arg(year));
        if (seen.contains(date))
            return fileError(origin, tr("%1 is listed twice").arg(isoDate(date)));
        seen.insert(date);
        return std::nullopt;
    };

    int kurbanAitCount = 0;
    for (const CalendarHoliday &holiday : holidays) {
        if (auto issue = checkDate(holiday.date))
            return *issue;
        // RULES 10: Kurban Ait is never moved.
        if (holiday.kurbanAit && holiday.moves)
            return fileError(origin, tr("%1: Kurban Ait never moves").arg(isoDate(holiday.date)));
        if (holiday.kurbanAit && ++kurbanAitCount > 1)
            return fileError(origin, tr("%1: Kurban Ait is listed twice").arg(isoDate(holiday.date)));
    }
    for (const CalendarDecreeDay &day : daysOff) {
        if (auto issue = checkDate(day.date))
            return *issue;
        if (isWeekend(day.date))
            return fileError(origin, tr("%1: a day off by decree must be a weekday").arg(isoDate(day.date)));
    }
    for (const CalendarDecreeDay &day : workingDays) {
        if (auto issue = checkDate(day.date))
            return *issue;
        if (!isWeekend(day.date))
            return fileError(origin, tr("%1: a working day by decree must be a Saturday or Sunday")
                                         .arg(isoDate(day.date)));
    }
    return {};
}

QByteArray CalendarYear::toJson() const
{
    QJsonArray holidayArray;
    for (const CalendarHoliday &holiday : holidays) {
        QJsonObject names;
        if (!holiday.nameKk.isEmpty())
            names.insert(u"kk", holiday.nameKk);
        if (!holiday.nameRu.isEmpty())
            names.insert(u"ru", holiday.nameRu);
        if (!holiday.nameEn.isEmpty())
            names.insert(u"en", holiday.nameEn);
        QJsonObject object{{QStringLiteral("date"), isoDate(holiday.date)},
                           {QStringLiteral("name"), names},
                           {QStringLiteral("moves"), holiday.moves}};
        if (holiday.kurbanAit)
            object.insert(u"kurban_ait", true);
        if (!holiday.note.isEmpty())
            object.insert(u"note", holiday.note);
        holidayArray.append(object);
    }
    const auto decreeArray = [](const QList<CalendarDecreeDay> &days) {
        QJsonArray array;
        for (const CalendarDecreeDay &day : days) {
            QJsonObject object{{QStringLiteral("date"), isoDate(day.date)}};
            if (!day.note.isEmpty())
                object.insert(u"note", day.note);
            array.append(object);
        }
        return array;
    };
    QJsonObject root{{QStringLiteral("format"), calendarFormat},
                     {QStringLiteral("year"), year},
                     {QStringLiteral("holidays"), holidayArray},
                     {QStringLiteral("days_off"), decreeArray(daysOff)},
                     {QStringLiteral("working_days"), decreeArray(workingDays)}};
    if (!source.isEmpty())
        root.insert(u"source", source);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// ---------------------------------------------------------------------------------------------

QString CalendarDay::description() const
{
    switch (kind) {
    case Kind::Working: return tr("working day");
    case Kind::Weekend: return tr("weekend");
    case Kind::Holiday: return holiday.name();
    case Kind::MovedHoliday:
        return tr("%1 (%2 fell on a weekend)").arg(holiday.name(), isoDate(holiday.date));
    case Kind::DecreeDayOff:
        return note.isEmpty() ? tr("transferred by government decree")
                              : tr("transferred by government decree: %1").arg(note);
    case Kind::WorkingWeekend:
        return note.isEmpty() ? tr("weekend worked by government decree")
                              : tr("weekend worked by government decree: %1").arg(note);
    }
    return {};
}

// ---------------------------------------------------------------------------------------------

Expected<WorkCalendar> WorkCalendar::loadBuiltIn()
{
    return loadFromDirectory(QStringLiteral(":/calendars"));
}

Expected<WorkCalendar> WorkCalendar::loadFromDirectory(const QString &dir)
{
    if (!QFileInfo(dir).isDir())
        return fileError(dir, tr("the folder cannot be read"));
    WorkCalendar calendar;
    if (const Status status = calendar.addYearsFromDirectory(dir); !status)
        return status.error();
    return calendar;
}

Expected<WorkCalendar> WorkCalendar::load(const QString &overrideDir)
{
    Expected<WorkCalendar> calendar = loadBuiltIn();
    if (!calendar || overrideDir.isEmpty())
        return calendar;
    WorkCalendar result = std::move(calendar).value();
    if (const Status status = result.addYearsFromDirectory(overrideDir); !status)
        return status.error();
    return result;
}

Status WorkCalendar::addYear(const CalendarYear &year)
{
    if (const Status status = year.check(); !status)
        return status;
    m_years[year.year].data = year;
    rebuild();
    return {};
}

Status WorkCalendar::addYearFromJson(const QByteArray &json, const QString &origin)
{
    Expected<CalendarYear> year = CalendarYear::fromJson(json, origin);
    if (!year)
        return year.error();
    return addYear(*year);
}

Status WorkCalendar::addYearsFromDirectory(const QString &dir)
{
    const QDir folder(dir);
    if (!folder.exists())
        return {};
    // All files are read before any is added: one bad file leaves the calendar as it was.
    QList<CalendarYear> loaded;
    const QStringList names = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return fileError(file.fileName(), file.errorString());
        Expected<CalendarYear> year = CalendarYear::fromJson(file.readAll(), file.fileName());
        if (!year)
            return year.error();
        const auto duplicate = std::find_if(loaded.cbegin(), loaded.cend(), [&](const CalendarYear &other) {
            return other.year == year->year;
        });
        if (duplicate != loaded.cend())
            return fileError(file.fileName(), tr("another file of the folder already gives %1").arg(year->year));
        loaded.append(*year);
    }
    for (const CalendarYear &year : std::as_const(loaded))
        m_years[year.year].data = year;
    rebuild();
    return {};
}

void WorkCalendar::removeYear(int year)
{
    m_years.remove(year);
    rebuild();
}

CalendarYear WorkCalendar::yearData(int year) const
{
    const auto it = m_years.constFind(year);
    return it == m_years.cend() ? CalendarYear{} : it->data;
}

void WorkCalendar::rebuild()
{
    using Kind = CalendarDay::Kind;

    // The law's and the decrees' days, as written.
    for (auto it = m_years.begin(); it != m_years.end(); ++it) {
        Year &year = it.value();
        const QDate first(it.key(), 1, 1);
        const int length = first.daysInYear();
        year.firstJulianDay = first.toJulianDay();
        year.kinds.assign(length, Kind::Working);
        year.references.assign(length, -1);
        year.movedFrom.clear();
        for (int i = 0; i < length; ++i)
            if (isWeekend(first.addDays(i)))
                year.kinds[i] = Kind::Weekend;
        const auto mark = [&](const QDate &date, Kind kind, qsizetype reference) {
            const qint64 index = date.toJulianDay() - year.firstJulianDay;
            year.kinds[index] = kind;
            year.references[index] = qint16(reference);
        };
        for (qsizetype i = 0; i < year.data.holidays.size(); ++i)
            mark(year.data.holidays.at(i).date, Kind::Holiday, i);
        for (qsizetype i = 0; i < year.data.daysOff.size(); ++i)
            mark(year.data.daysOff.at(i).date, Kind::DecreeDayOff, i);
        for (qsizetype i = 0; i < year.data.workingDays.size(); ++i)
            mark(year.data.workingDays.at(i).date, Kind::WorkingWeekend, i);
    }

    // RULES 10: a movable holiday on a Saturday or Sunday makes the next working day a day off,
    // one day per holiday, in date order (Nauryz 21-22 March 2026 on Sat/Sun -> 24 and 25 March,
    // 23 March being Nauryz itself). "Next working day" is the ordinary week's: a weekend made
    // working by decree is never a target, because decrees are drawn up after the law's moves.
    QList<CalendarHoliday> movable;
    for (const Year &year : std::as_const(m_years))
        for (const CalendarHoliday &holiday : year.data.holidays)
            if (holiday.moves && isWeekend(holiday.date))
                movable.append(holiday);
    std::sort(movable.begin(), movable.end(), [](const CalendarHoliday &a, const CalendarHoliday &b) {
        return a.date < b.date;
    });
    for (const CalendarHoliday &holiday : std::as_const(movable)) {
        for (qint64 day = holiday.date.toJulianDay() + 1;; ++day) {
            Year *year = yearFor(day);
            if (!year)
                break; // the day off lands in a year with no calendar: asking for it is an error anyway
            const qint64 index = day - year->firstJulianDay;
            if (year->kinds[index] == Kind::Working) {
                year->kinds[index] = Kind::MovedHoliday;
                year->references[index] = qint16(year->movedFrom.size());
                year->movedFrom.append(holiday);
                break;
            }
        }
    }
}

const WorkCalendar::Year *WorkCalendar::yearFor(qint64 julianDay, int *yearNumber) const
{
    *yearNumber = QDate::fromJulianDay(julianDay).year();
    const auto it = m_years.constFind(*yearNumber);
    return it == m_years.cend() ? nullptr : &it.value();
}

WorkCalendar::Year *WorkCalendar::yearFor(qint64 julianDay)
{
    const auto it = m_years.find(QDate::fromJulianDay(julianDay).year());
    return it == m_years.end() ? nullptr : &it.value();
}

CalendarDay WorkCalendar::dayAt(const Year &year, qint64 julianDay) const
{
    using Kind = CalendarDay::Kind;
    const qint64 index = julianDay - year.firstJulianDay;
    CalendarDay day;
    day.date = QDate::fromJulianDay(julianDay);
    day.kind = year.kinds[index];
    const qint16 reference = year.references[index];
    switch (day.kind) {
    case Kind::Holiday: day.holiday = year.data.holidays.at(reference); break;
    case Kind::MovedHoliday: day.holiday = year.movedFrom.at(reference); break;
    case Kind::DecreeDayOff: day.note = year.data.daysOff.at(reference).note; break;
    case Kind::WorkingWeekend: day.note = year.data.workingDays.at(reference).note; break;
    case Kind::Working:
    case Kind::Weekend: break;
    }
    return day;
}

Expected<CalendarDay> WorkCalendar::day(const QDate &date) const
{
    if (!date.isValid())
        return Issue::error(Field::Date, Rule::InvalidDate);
    int yearNumber = 0;
    const Year *year = yearFor(date.toJulianDay(), &yearNumber);
    if (!year)
        return unknownYear(yearNumber);
    return dayAt(*year, date.toJulianDay());
}

Expected<bool> WorkCalendar::isWorkingDay(const QDate &date) const
{
    if (!date.isValid())
        return Issue::error(Field::Date, Rule::InvalidDate);
    int yearNumber = 0;
    const Year *year = yearFor(date.toJulianDay(), &yearNumber);
    if (!year)
        return unknownYear(yearNumber);
    return isWorkingKind(year->kinds[date.toJulianDay() - year->firstJulianDay]);
}

Expected<QDate> WorkCalendar::addWorkingDays(const QDate &from, int n) const
{
    if (!from.isValid())
        return Issue::error(Field::Date, Rule::InvalidDate);
    if (n < 0)
        return Issue::error(Field::Count, Rule::OutOfRange, QString::number(n));

    qint64 day = from.toJulianDay();
    int yearNumber = 0;
    const Year *year = yearFor(day, &yearNumber);
    if (!year)
        return unknownYear(yearNumber);
    // RULES 10 / research 5.4: counting starts on the day after from.
    while (n > 0) {
        ++day;
        qint64 index = day - year->firstJulianDay;
        if (index >= qint64(year->kinds.size())) {
            year = yearFor(day, &yearNumber);
            if (!year)
                return unknownYear(yearNumber);
            index = day - year->firstJulianDay;
        }
        if (isWorkingKind(year->kinds[index]))
            --n;
    }
    return QDate::fromJulianDay(day);
}

Expected<QDate> WorkCalendar::nextWorkingDayOnOrAfter(const QDate &date) const
{
    const Expected<bool> working = isWorkingDay(date);
    if (!working)
        return working.error();
    return *working ? date : addWorkingDays(date, 1);
}

QList<CalendarDay> WorkCalendar::specialDays(int yearNumber) const
{
    QList<CalendarDay> days;
    const auto it = m_years.constFind(yearNumber);
    if (it == m_years.cend())
        return days;
    for (qsizetype i = 0; i < qsizetype(it->kinds.size()); ++i) {
        const CalendarDay::Kind kind = it->kinds[i];
        if (kind != CalendarDay::Kind::Working && kind != CalendarDay::Kind::Weekend)
            days.append(dayAt(*it, it->firstJulianDay + i));
    }
    return days;
}
