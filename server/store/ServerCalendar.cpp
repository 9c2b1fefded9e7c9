#include "store/ServerCalendar.h"

#include "store/Events.h"
#include "store/ServerJournal.h"
#include "store/ServerSchema.h"
#include "store/Sha256.h"

#include <QSqlQuery>

namespace {

const QString keyPrefix = QStringLiteral("calendar:");

// The imported years' files, by year.
ServerResult<QList<std::pair<int, QByteArray>>> importedFiles(ServerDb &db)
{
    ServerResult<QSqlQuery *> query = db.exec(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'calendar:%' ORDER BY key"));
    if (!query)
        return query.error();
    QList<std::pair<int, QByteArray>> files;
    QSqlQuery &rows = *query.value();
    while (rows.next())
        files.append({rows.value(0).toString().mid(keyPrefix.size()).toInt(), rows.value(1).toString().toUtf8()});
    return files;
}

} // namespace

namespace ServerCalendar {

ServerResult<WorkCalendar> load(ServerDb &db)
{
    Expected<WorkCalendar> builtIn = WorkCalendar::loadBuiltIn();
    if (!builtIn)
        return ServerError{QStringLiteral("invalid_calendar"), builtIn.error().message()};
    WorkCalendar calendar = std::move(builtIn).value();
    ServerResult<QList<std::pair<int, QByteArray>>> files = importedFiles(db);
    if (!files)
        return files.error();
    for (const auto &[year, json] : files.value()) {
        if (Status added = calendar.addYearFromJson(json, QStringLiteral("store year %1").arg(year)); !added)
            return ServerError{QStringLiteral("invalid_calendar"), added.error().message()};
    }
    return calendar;
}

ServerResult<int> importYear(ServerDb &db, const QByteArray &json, const QString &origin, const QDateTime &now)
{
    Expected<CalendarYear> year = CalendarYear::fromJson(json, origin);
    if (!year)
        return ServerError{QStringLiteral("invalid_calendar"), year.error().message()};
    // Kept as the program writes it, so the store holds one spelling of each year.
    const QByteArray text = year->toJson();
    return inWriteTransaction<int>(db, [&](ServerDb &store) -> ServerResult<int> {
        if (ServerStatus saved = ServerSchema::setMetaValue(store, keyPrefix + QString::number(year->year), QString::fromUtf8(text));
            !saved)
            return saved.error();
        if (ServerStatus journaled = ServerJournal::append(
                store, Events::calendarImported(), QStringLiteral("calendar"), QString::number(year->year),
                QJsonObject{{QStringLiteral("year"), year->year},
                            {QStringLiteral("sha256"), QString::fromLatin1(Sha256::hash(text).toHex())}},
                QStringLiteral("admin"), now);
            !journaled)
            return journaled.error();
        return year->year;
    });
}

ServerResult<QList<YearSource>> years(ServerDb &db)
{
    ServerResult<WorkCalendar> calendar = load(db);
    if (!calendar)
        return calendar.error();
    ServerResult<QList<std::pair<int, QByteArray>>> files = importedFiles(db);
    if (!files)
        return files.error();
    QList<YearSource> result;
    for (int year : calendar->years()) {
        const bool imported = std::any_of(files->cbegin(), files->cend(), [year](const auto &file) { return file.first == year; });
        result.append(YearSource{year, imported});
    }
    return result;
}

} // namespace ServerCalendar
