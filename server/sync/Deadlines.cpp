#include "sync/Deadlines.h"

#include "notify/Notifications.h"
#include "store/ApplicationJson.h"
#include "store/DirectionStore.h"
#include "store/Events.h"
#include "store/RegionPlaces.h"
#include "sync/DirectionCommands.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

const QString actor = QStringLiteral("deadlines");

enum class Outcome { Unchanged, Expired, Cancelled };

// What RULES 5 makes of an issued direction on the day `on` (no store: the same answer outside
// and inside the write transaction). validUntil: its last day in force, for the journal.
Outcome dueOn(const Direction &direction, const QDate &on, const WorkCalendar &calendar, const RuleSettings &settings,
              QDate *validUntil, QStringList *problems)
{
    const auto problem = [&](const Issue &issue) {
        if (problems)
            problems->append(QStringLiteral("direction %1: %2").arg(direction.number, issue.message()));
        return Outcome::Unchanged;
    };
    if (direction.status != DirectionStatus::Issued)
        return Outcome::Unchanged;
    const Expected<DirectionValidity> validity = Directions::validity(direction, on, calendar, settings);
    if (!validity)
        return problem(validity.error());
    if (validity->state == DirectionValidity::State::WaitingForPlace)
        return Outcome::Unchanged;
    *validUntil = validity->validUntil;
    // RULES 5 [P]: the extraordinary right is confirmed within its own window, extended or not.
    if (Categories::right(direction.category) == Right::Extraordinary && !direction.rightConfirmedOn.isValid()) {
        const Expected<QDate> confirmBy = calendar.addWorkingDays(validity->countFrom, settings.priorityConfirmationWorkingDays);
        if (!confirmBy)
            return problem(confirmBy.error());
        if (on > *confirmBy)
            return Outcome::Cancelled;
    }
    return validity->state == DirectionValidity::State::Expired ? Outcome::Expired : Outcome::Unchanged;
}

// The stop list's last day of a stored application's data; invalid when it has none (an old
// system's record, left to a person).
QDate stopListedUntil(const QString &data)
{
    return QDate::fromString(QJsonDocument::fromJson(data.toUtf8()).object().value(QStringLiteral("stop_listed_until")).toString(),
                             Qt::ISODate);
}

// One issued direction found due by the read pass, inside its own write transaction: read again
// (a contract, a refusal or another server process may have closed it since) and closed.
ServerResult<Outcome> closeIfDue(ServerDb &db, const QString &number, const QDate &on, const WorkCalendar &calendar,
                                 const RuleSettings &settings, const QDateTime &now)
{
    ServerResult<std::optional<DirectionCommands::StoredDirection>> found = DirectionCommands::find(db, number);
    if (!found)
        return found.error();
    if (!found.value())
        return Outcome::Unchanged;
    const DirectionCommands::StoredDirection &stored = *found.value();
    QDate validUntil;
    const Outcome outcome = dueOn(stored.direction, on, calendar, settings, &validUntil, nullptr);
    if (outcome == Outcome::Unchanged)
        return outcome;
    const bool cancel = outcome == Outcome::Cancelled;

    Direction direction = stored.direction;
    direction.status = cancel ? DirectionStatus::Cancelled : DirectionStatus::Expired;
    direction.closedAt = now;
    const QJsonObject journal{{QStringLiteral("on"), ApplicationJson::dateValue(on)},
                              {QStringLiteral("valid_until"), ApplicationJson::dateValue(validUntil)}};
    if (ServerStatus written = DirectionCommands::update(db, stored, direction,
                                                         cancel ? Events::directionCancelled() : Events::directionExpired(), actor,
                                                         journal, now);
        !written)
        return written.error();
    // RULES 5: the place goes back to distribution.
    if (ServerStatus followed = RegionPlaces::followDirection(db, number, direction.status, now); !followed)
        return followed.error();
    // RULES 5 [P]: the stop list for 10 calendar days from the day it ended, as a refusal counts
    // them from the refusal's day (EnrollmentCommands).
    ServerResult<QJsonValue> moved = QueueCommands::moveApplication(
        db, stored.direction.applicationId, ApplicationStatus::StopListed, ArchiveReason::None,
        on.addDays(settings.stopListCalendarDays), cancel ? Events::rightWithdrawn() : Events::stopListed(), actor,
        QJsonObject{{QStringLiteral("direction_number"), number}}, now, cancel);
    if (!moved)
        return moved.error();
    if (ServerStatus told = Notifications::enqueue(db, stored.direction.applicationId, cancel ? Notifications::Event::DirectionCancelled : Notifications::Event::DirectionExpired, {{QStringLiteral("direction_number"), number}}, now); !told)
        return told.error();
    return outcome;
}

// One stop-listed application the read pass found due, inside its own write transaction: read
// again, and back to the queue once its last day has passed.
ServerResult<bool> requeueIfDue(ServerDb &db, const QString &applicationId, const QDate &on, const QDateTime &now)
{
    ServerResult<QSqlQuery *> query = db.exec(QStringLiteral("SELECT status, data FROM applications WHERE id = ?"), {applicationId});
    if (!query)
        return query.error();
    QSqlQuery &row = *query.value();
    if (!row.next() || row.value(0).toString() != ApplicationJson::statusCode(ApplicationStatus::StopListed))
        return false;
    const QDate until = stopListedUntil(row.value(1).toString());
    if (!until.isValid() || until >= on)
        return false;
    ServerResult<QJsonValue> moved = QueueCommands::moveApplication(
        db, applicationId, ApplicationStatus::Queued, ArchiveReason::None, QDate(), Events::applicationRequeued(), actor,
        QJsonObject{{QStringLiteral("stop_listed_until"), ApplicationJson::dateValue(until)}}, now);
    if (!moved)
        return moved.error();
    if (ServerStatus told = moved.value().isNull() ? ServerStatus() : Notifications::enqueue(db, applicationId, Notifications::Event::Requeued, {}, now); !told)
        return told.error();
    return !moved.value().isNull();
}

} // namespace

namespace Deadlines {

ServerResult<DeadlineRun> run(ServerDb &db, const QDate &on, const WorkCalendar &calendar, const RuleSettings &settings,
                              const QDateTime &now)
{
    DeadlineRun result;
    // A read pass finds what is due without the region's write lock; only those take it, one
    // write transaction each (a region's hundreds of directions in force cost one read a minute).
    QStringList dueDirections;
    QStringList dueApplications;
    ServerResult<bool> read = inReadTransaction<bool>(db, [&](ServerDb &store) -> ServerResult<bool> {
        ServerResult<QSqlQuery *> directions =
            store.exec(QStringLiteral("SELECT data FROM directions WHERE status = 'issued' ORDER BY issued_at, number"));
        if (!directions)
            return directions.error();
        for (QSqlQuery &row = *directions.value(); row.next();) {
            const Expected<Direction> direction =
                DirectionStore::fromJson(QJsonDocument::fromJson(row.value(0).toString().toUtf8()).object());
            if (!direction)
                return ServerDb::storeError(QStringLiteral("stored direction unreadable"), direction.error().message());
            QDate validUntil;
            if (dueOn(*direction, on, calendar, settings, &validUntil, &result.problems) != Outcome::Unchanged)
                dueDirections.append(direction->number);
        }
        ServerResult<QSqlQuery *> stopListed =
            store.exec(QStringLiteral("SELECT id, data FROM applications WHERE status = 'stop_listed' ORDER BY id"));
        if (!stopListed)
            return stopListed.error();
        for (QSqlQuery &row = *stopListed.value(); row.next();) {
            const QDate until = stopListedUntil(row.value(1).toString());
            if (until.isValid() && until < on)
                dueApplications.append(row.value(0).toString());
        }
        return true;
    });
    if (!read)
        return read.error();

    for (const QString &number : std::as_const(dueDirections)) {
        ServerResult<Outcome> outcome = inWriteTransaction<Outcome>(db, [&](ServerDb &store) {
            return closeIfDue(store, number, on, calendar, settings, now);
        });
        if (!outcome)
            return outcome.error();
        if (outcome.value() == Outcome::Unchanged)
            continue;
        const bool cancelled = outcome.value() == Outcome::Cancelled;
        (cancelled ? result.cancelled : result.expired) += 1;
        result.transitions.append(QJsonObject{{QStringLiteral("kind"), cancelled ? QStringLiteral("cancelled") : QStringLiteral("expired")},
                                              {QStringLiteral("direction_number"), number}});
    }
    for (const QString &id : std::as_const(dueApplications)) {
        ServerResult<bool> requeued = inWriteTransaction<bool>(db, [&](ServerDb &store) { return requeueIfDue(store, id, on, now); });
        if (!requeued)
            return requeued.error();
        if (!requeued.value())
            continue;
        ++result.requeued;
        result.transitions.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("requeued")},
                                              {QStringLiteral("application_id"), id}});
    }
    return result;
}

} // namespace Deadlines
