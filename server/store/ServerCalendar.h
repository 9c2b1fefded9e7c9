#pragma once

#include "domain/WorkCalendar.h"
#include "store/ServerDb.h"
#include "store/ServerError.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

// The server's working-day calendar (RULES 10): the years built into the program
// (resources/calendars, docs/calendar-format.md), then the years an administrator imported into
// the store with `qabyldau-server calendar import`, which replace a built-in year whole. Every
// server process sharing the store counts working days the same way.
namespace ServerCalendar {

ServerResult<WorkCalendar> load(ServerDb &db);

// Checks a year file (CalendarYear::fromJson: "invalid_calendar" naming the problem) and keeps it
// in the store, replacing a year imported before; journalled. Returns the year.
ServerResult<int> importYear(ServerDb &db, const QByteArray &json, const QString &origin, const QDateTime &now);

// The years the calendar knows, and for each whether it was imported into the store.
struct YearSource
{
    int year = 0;
    bool imported = false;
};
ServerResult<QList<YearSource>> years(ServerDb &db);

} // namespace ServerCalendar
