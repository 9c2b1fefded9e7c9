#pragma once

#include "domain/WorkCalendar.h"
#include "settings/RuleSettings.h"
#include "store/ServerDb.h"
#include "sync/QueueCommands.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QStringList>

// The clocks of RULES 5 on the server: what `qabyldau-server deadlines run --on DATE` does, and
// what `serve` does by itself once a minute for the server's local date.
//
// On the day `on`:
// - a direction still `issued` whose holder has the extraordinary right (categories 1, 2) and
//   whose right was not confirmed (`confirm_right`) by the end of the confirmation window (its
//   countFrom + priorityConfirmationWorkingDays working days, RULES 5 [P]) is `cancelled`, extended
//   or not: the right is removed (category 10) and the application goes to the stop list;
// - any other direction still `issued` that is no longer in force on `on` (Directions::validity:
//   Expired) is `expired`: the application goes to the stop list (RULES def. 13) until
//   expiry day + stopListCalendarDays;
// - an application on the stop list whose last day is before `on` returns to the queue with its
//   original filing time.
// Each transition is its own write transaction that re-reads what it changes, so two server
// processes running the same day never apply one twice. A direction whose dates fall in a year
// the calendar does not know is left as it is and named in `problems`.
struct DeadlineRun
{
    int expired = 0;
    int cancelled = 0;
    int requeued = 0;
    QJsonArray transitions; // {"kind": "expired"|"cancelled"|"requeued", "direction_number"?, "application_id"}
    QStringList problems;
    bool changed() const { return expired + cancelled + requeued > 0; }
};

namespace Deadlines {

ServerResult<DeadlineRun> run(ServerDb &db, const QDate &on, const WorkCalendar &calendar, const RuleSettings &settings,
                              const QDateTime &now);

} // namespace Deadlines
