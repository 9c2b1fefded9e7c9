#include "sync/Deadlines.h"

#include "notify/Notifications.h"
#include "store/ApplicationJson.h"
#include "store/Events.h"
#include "store/RegionPlaces.h"
#include "sync/DirectionCommands.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

const QString actor = QStringLiteral("deadlines");

ServerResult<QStringList> column(ServerDb &db, const QString &sql)
{
    ServerResult<QSqlQuery *> query = db.exec(sql);
    if (!query)
        return query.error();
    QStringList values;
    QSqlQuery &rows = *query.value();
    while (rows.next())
        values.append(rows.value(0).toString());
    return values;
}

enum class Outcome { Unchanged, Expired, Cancelled };

// One issued direction on the day `on`, inside its own write transaction.
ServerResult<Outcome> closeIfDue(ServerDb &db, const QString &number, const QDate &on, const WorkCalendar &calendar,
                                 const RuleSettings &settings, const QDateTime &now, QStringList &problems)
{
    ServerResult<std::optional<DirectionCommands::StoredDirection>> found = DirectionCommands::find(db, number);
    if (!found)
        return found.error();
    // Closed since the list was read (a contract, a refusal, another server process).
    if (!found.value() || found.value()->direction.status != DirectionStatus::Issued)
        return Outcome::Unchanged;
    const DirectionCommands::StoredDirection &stored = *found.value();
    const Expected<DirectionValidity> validity = Directions::validity(stored.direction, on, calendar, settings);
    if (!validity) {
        problems.append(QStringLiteral("direction %1: %2").arg(number, validity.error().message()));
        return Outcome::Unchanged;
    }
    if (validity->state == DirectionValidity::State::WaitingForPlace)
        return Outcome::Unchanged;

    // RULES 5 [P]: the extraordinary right is confirmed within its own window, extended or not.
    bool cancel = false;
    if (Categories::right(stored.direction.category) == Right::Extraordinary) {
        const Expected<QDate> confirmBy = calendar.addWorkingDays(validity->countFrom, settings.priorityConfirmationWorkingDays);
        if (!confirmBy) {
            problems.append(QStringLiteral("direction %1: %2").arg(number, confirmBy.error().message()));
            return Outcome::Unchanged;
        }
        cancel = on > *confirmBy && !stored.direction.rightConfirmedOn.isValid();
    }
    if (!cancel && validity->state != DirectionValidity::State::Expired)
        return Outcome::Unchanged;

    Direction direction = stored.direction;
    direction.status = cancel ? DirectionStatus::Cancelled : DirectionStatus::Expired;
    direction.closedAt = now;
    const QJsonObject journal{{QStringLiteral("on"), ApplicationJson::dateValue(on)},
                              {QStringLiteral("valid_until"), ApplicationJson::dateValue(validity->validUntil)}};
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
    return cancel ? Outcome::Cancelled : Outcome::Expired;
}

// One stop-listed application on the day `on`: back to the queue once its last day has passed.
ServerResult<bool> requeueIfDue(ServerDb &db, const QString &applicationId, const QDate &on, const QDateTime &now)
{
    ServerResult<QSqlQuery *> query = db.exec(QStringLiteral("SELECT status, data FROM applications WHERE id = ?"), {applicationId});
    if (!query)
        return query.error();
    QSqlQuery &row = *query.value();
    if (!row.next() || row.value(0).toString() != ApplicationJson::statusCode(ApplicationStatus::StopListed))
        return false;
    const QJsonObject data = QJsonDocument::fromJson(row.value(1).toString().toUtf8()).object();
    const QDate until = QDate::fromString(data.value(QStringLiteral("stop_listed_until")).toString(), Qt::ISODate);
    // A stop-list entry with no end (an old system's record) is left to a person.
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
    ServerResult<QStringList> issued =
        column(db, QStringLiteral("SELECT number FROM directions WHERE status = 'issued' ORDER BY issued_at, number"));
    if (!issued)
        return issued.error();
    for (const QString &number : issued.value()) {
        ServerResult<Outcome> outcome = inWriteTransaction<Outcome>(db, [&](ServerDb &store) {
            return closeIfDue(store, number, on, calendar, settings, now, result.problems);
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
    ServerResult<QStringList> stopListed =
        column(db, QStringLiteral("SELECT id FROM applications WHERE status = 'stop_listed' ORDER BY id"));
    if (!stopListed)
        return stopListed.error();
    for (const QString &id : stopListed.value()) {
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

ServerResult<CommandEffect> confirmRight(ServerDb &db, const CommandContext &context, const QJsonObject &payload)
{
    const QString number = payload.value(QStringLiteral("direction_number")).toString().trimmed();
    ServerResult<std::optional<DirectionCommands::StoredDirection>> found = DirectionCommands::find(db, number);
    if (!found)
        return found.error();
    if (std::optional<CommandEffect> problem = DirectionCommands::ownDirectionProblem(found.value(), context, number, true))
        return *problem;
    const DirectionCommands::StoredDirection &stored = *found.value();
    if (Categories::right(stored.direction.category) != Right::Extraordinary)
        return CommandEffect::rejected(QStringLiteral("not_extraordinary"),
                                       QStringLiteral("direction %1 is not held under an extraordinary right").arg(number));
    if (stored.direction.rightConfirmedOn.isValid())
        return CommandEffect::rejected(QStringLiteral("already_confirmed"),
                                       QStringLiteral("the right of direction %1 was already confirmed").arg(number));
    const QDate on = QDate::fromString(payload.value(QStringLiteral("confirmed_on")).toString(), Qt::ISODate);
    // A desk dates on its own clock and zone: no later than the latest day it can be anywhere.
    const QDate latest = context.createdAt.toUTC().addSecs(14 * 3600).date();
    if (!on.isValid() || on < stored.direction.issuedAt.toUTC().addSecs(-12 * 3600).date() || on > latest)
        return CommandEffect::rejected(QStringLiteral("invalid_confirmation"),
                                       QStringLiteral("confirmed_on must be a date from the direction's issue to the day the desk wrote it"));
    Direction direction = stored.direction;
    direction.rightConfirmedOn = on;
    if (ServerStatus written = DirectionCommands::update(db, stored, direction, Events::rightConfirmed(), context.clerk,
                                                         QJsonObject{{QStringLiteral("command_id"), context.commandId},
                                                                     {QStringLiteral("desk_id"), context.desk.id},
                                                                     {QStringLiteral("confirmed_on"), ApplicationJson::dateValue(on)}},
                                                         context.now);
        !written)
        return written.error();
    CommandEffect effect;
    effect.applied = true;
    effect.details = QJsonObject{{QStringLiteral("direction_number"), number},
                                 {QStringLiteral("confirmed_on"), ApplicationJson::dateValue(on)},
                                 {QStringLiteral("version"), stored.version + 1}};
    return effect;
}

} // namespace Deadlines
