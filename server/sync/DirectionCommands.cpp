#include "sync/DirectionCommands.h"

#include "settings/RuleSettings.h"
#include "store/ServerCalendar.h"

#include "store/DirectionStore.h"
#include "store/Events.h"
#include "store/ServerChangeLog.h"
#include "store/ApplicationJson.h"
#include "store/ServerJournal.h"

#include <QJsonDocument>

namespace {

QString orgPartition(const QString &orgId)
{
    return QStringLiteral("org:") + orgId;
}

// A date the desk wrote ("YYYY-MM-DD"), invalid when it is not one.
QDate dateFrom(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

namespace DirectionCommands {

QDate latestLocalDay(const QDateTime &at)
{
    return at.toUTC().addSecs(14 * 3600).date();
}

ServerResult<CommandEffect> importDirection(ServerDb &db, Direction direction, const QDateTime &now, const QString &actor)
{
    if (const std::optional<Issue> problem = DirectionStore::checkRecord(direction))
        return CommandEffect::rejected(QStringLiteral("invalid_direction"), problem->message());
    const QJsonObject json = DirectionStore::toJson(direction);
    const QByteArray data = QJsonDocument(json).toJson(QJsonDocument::Compact);

    ServerResult<QSqlQuery *> existing = db.exec(QStringLiteral("SELECT data FROM directions WHERE number = ?"), {direction.number});
    if (!existing)
        return existing.error();
    if (QSqlQuery &row = *existing.value(); row.next()) {
        if (row.value(0).toString().toUtf8() == data)
            return CommandEffect::rejected(QStringLiteral("duplicate_direction"), QStringLiteral("direction %1 is already here").arg(direction.number));
        return CommandEffect::rejected(QStringLiteral("direction_number_exists"),
                                       QStringLiteral("another direction numbered %1 exists").arg(direction.number));
    }
    ServerResult<QSqlQuery *> org = db.exec(QStringLiteral("SELECT id FROM orgs WHERE id = ?"), {direction.kindergartenId});
    if (!org)
        return org.error();
    if (QSqlQuery &row = *org.value(); !row.next())
        return CommandEffect::rejected(QStringLiteral("org_not_found"),
                                       QStringLiteral("no kindergarten with id %1 (see `org list`)").arg(direction.kindergartenId));

    ServerResult<CommandEffect> issued = QueueCommands::markDirectionIssued(db, direction.applicationId, direction.childIin,
                                                                            direction.number, actor, now);
    if (!issued || !issued.value().applied)
        return issued;

    const qint64 nowMsecs = now.toMSecsSinceEpoch();
    if (ServerStatus saved = db.run(
            QStringLiteral("INSERT INTO directions (number, application_id, org_id, status, version, data, issued_at, updated_at) "
                           "VALUES (?, ?, ?, ?, 1, ?, ?, ?)"),
            {direction.number, direction.applicationId, direction.kindergartenId, Directions::statusCode(direction.status),
             QString::fromUtf8(data), direction.issuedAt.toMSecsSinceEpoch(), nowMsecs});
        !saved)
        return saved.error();
    // The whole direction (the child's and the parent's names) for the kindergarten it is for.
    if (ServerResult<qint64> logged = ServerChangeLog::append(
            db, ChangeRecord{direction.kindergartenId, QStringLiteral("org:") + direction.kindergartenId, JournalEntities::direction(),
                             direction.number, 1, false, json},
            std::nullopt, nowMsecs);
        !logged)
        return logged.error();
    if (ServerStatus journaled = ServerJournal::append(db, Events::directionIssued(), JournalEntities::direction(), direction.number,
                                                       QJsonObject{{QStringLiteral("application_id"), direction.applicationId},
                                                                   {QStringLiteral("org_id"), direction.kindergartenId}},
                                                       actor, now);
        !journaled)
        return journaled.error();
    CommandEffect effect;
    effect.applied = true;
    return effect;
}

ServerResult<std::optional<StoredDirection>> find(ServerDb &db, const QString &number)
{
    ServerResult<QSqlQuery *> rows = db.exec(QStringLiteral("SELECT data, org_id, version FROM directions WHERE number = ?"), {number});
    if (!rows)
        return rows.error();
    QSqlQuery &row = *rows.value();
    if (!row.next())
        return std::optional<StoredDirection>();
    Expected<Direction> direction = DirectionStore::fromJson(QJsonDocument::fromJson(row.value(0).toString().toUtf8()).object());
    if (!direction)
        return ServerDb::storeError(QStringLiteral("stored direction unreadable"), direction.error().message());
    return std::optional<StoredDirection>(StoredDirection{std::move(direction).value(), row.value(1).toString(), row.value(2).toLongLong()});
}

std::optional<CommandEffect> ownDirectionProblem(const std::optional<StoredDirection> &found, const CommandContext &context,
                                                 const QString &number, bool mustBeIssued)
{
    if (!found || found->orgId != context.desk.orgId)
        return CommandEffect::rejected(QStringLiteral("not_found"), QStringLiteral("no direction %1 to this kindergarten").arg(number));
    if (mustBeIssued && found->direction.status != DirectionStatus::Issued)
        return CommandEffect::rejected(QStringLiteral("direction_closed"),
                                       QStringLiteral("direction %1 is %2, no longer in force")
                                           .arg(number, Directions::statusCode(found->direction.status)),
                                       QJsonObject{{QStringLiteral("status"), Directions::statusCode(found->direction.status)}});
    return std::nullopt;
}

ServerStatus update(ServerDb &db, const StoredDirection &previous, const Direction &updated, const QString &event,
                    const QString &actor, const QJsonObject &journal, const QDateTime &now)
{
    const qint64 version = previous.version + 1;
    const QJsonObject json = DirectionStore::toJson(updated);
    const qint64 nowMsecs = now.toMSecsSinceEpoch();
    if (ServerStatus saved = db.run(QStringLiteral("UPDATE directions SET status = ?, version = ?, data = ?, updated_at = ? WHERE number = ?"),
                                    {Directions::statusCode(updated.status), version,
                                     QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)), nowMsecs,
                                     updated.number});
        !saved)
        return saved;
    if (ServerResult<qint64> logged = ServerChangeLog::append(
            db, ChangeRecord{previous.orgId, orgPartition(previous.orgId), JournalEntities::direction(), updated.number, version,
                             false, json},
            previous.version, nowMsecs);
        !logged)
        return logged.error();
    QJsonObject entry = journal;
    entry.insert(QStringLiteral("org_id"), previous.orgId);
    entry.insert(QStringLiteral("status"), Directions::statusCode(updated.status));
    entry.insert(QStringLiteral("version"), version);
    return ServerJournal::append(db, event, JournalEntities::direction(), updated.number, entry, actor, now);
}

namespace {

// A desk's command that sets one date of its direction (extended until, place freed on, right
// confirmed on): the direction written with its journal entry, and the answer the desk gets.
ServerResult<CommandEffect> applyDate(ServerDb &db, const CommandContext &context, const StoredDirection &stored,
                                      const Direction &direction, const QString &event, const QString &key,
                                      const QDate &date)
{
    if (ServerStatus written = update(db, stored, direction, event, context.clerk,
                                      QJsonObject{{QStringLiteral("command_id"), context.commandId},
                                                  {QStringLiteral("desk_id"), context.desk.id},
                                                  {key, ApplicationJson::dateValue(date)}},
                                      context.now);
        !written)
        return written.error();
    CommandEffect effect;
    effect.applied = true;
    effect.details = QJsonObject{{QStringLiteral("direction_number"), stored.direction.number},
                                 {key, ApplicationJson::dateValue(date)},
                                 {QStringLiteral("version"), stored.version + 1}};
    return effect;
}

} // namespace

ServerResult<CommandEffect> extendDirection(ServerDb &db, const CommandContext &context, const QJsonObject &payload)
{
    const QString number = payload.value(QStringLiteral("direction_number")).toString().trimmed();
    ServerResult<std::optional<StoredDirection>> found = find(db, number);
    if (!found)
        return found.error();
    if (std::optional<CommandEffect> problem = ownDirectionProblem(found.value(), context, number, true))
        return *problem;
    const StoredDirection &stored = *found.value();
    // RULES 5: extended once, to a day after the issue.
    if (stored.direction.extendedUntil.isValid())
        return CommandEffect::rejected(QStringLiteral("already_extended"),
                                       QStringLiteral("direction %1 was already extended to %2")
                                           .arg(number, stored.direction.extendedUntil.toString(Qt::ISODate)));
    const QDate until = dateFrom(payload.value(QStringLiteral("extended_until")));
    if (!until.isValid() || until <= stored.direction.issuedAt.toUTC().date())
        return CommandEffect::rejected(QStringLiteral("invalid_extension"),
                                       QStringLiteral("extended_until must be a date after the direction's issue"));
    // RULES 5 [P], as the desk checks it (Directions::checkExtension) on the day the desk wrote
    // the command: in force that day, after its current end, at most 30 calendar days past the
    // end it had without extension, counted on the server's working-day calendar.
    ServerResult<WorkCalendar> calendar = ServerCalendar::load(db);
    if (!calendar)
        return calendar.error();
    if (const Status allowed = Directions::checkExtension(stored.direction, until, context.createdAt.toLocalTime().date(),
                                                          calendar.value(), RuleSettings());
        !allowed) {
        const Rule rule = allowed.error().rule;
        const QString code = rule == Rule::DirectionExtensionTooLong ? QStringLiteral("extension_too_long")
            : rule == Rule::DirectionNotInForce                      ? QStringLiteral("direction_not_in_force")
            : rule == Rule::CalendarYearUnknown                      ? QStringLiteral("calendar_year_unknown")
                                                                     : QStringLiteral("invalid_extension");
        return CommandEffect::rejected(code, allowed.error().message());
    }
    Direction direction = stored.direction;
    direction.extendedUntil = until;
    return applyDate(db, context, stored, direction, Events::directionExtended(), QStringLiteral("extended_until"), until);
}

ServerResult<CommandEffect> markPlaceFreed(ServerDb &db, const CommandContext &context, const QJsonObject &payload)
{
    const QString number = payload.value(QStringLiteral("direction_number")).toString().trimmed();
    ServerResult<std::optional<StoredDirection>> found = find(db, number);
    if (!found)
        return found.error();
    if (std::optional<CommandEffect> problem = ownDirectionProblem(found.value(), context, number, true))
        return *problem;
    const StoredDirection &stored = *found.value();
    // RULES def. 6: only an early-booking place waits to be freed.
    if (stored.direction.admissionMode != AdmissionMode::EarlyBooking)
        return CommandEffect::rejected(QStringLiteral("not_early_booking"),
                                       QStringLiteral("direction %1 is for a %2 place, not an early-booking one")
                                           .arg(number, Directions::admissionModeCode(stored.direction.admissionMode)));
    // A place is freed on a day that has come (DirectionStore::setFreedOn).
    const QDate freedOn = dateFrom(payload.value(QStringLiteral("freed_on")));
    if (!freedOn.isValid() || freedOn > latestLocalDay(context.createdAt))
        return CommandEffect::rejected(QStringLiteral("invalid_freed_on"),
                                       QStringLiteral("freed_on must be a date no later than the day the desk wrote it"));
    Direction direction = stored.direction;
    direction.freedOn = freedOn;
    return applyDate(db, context, stored, direction, Events::directionPlaceFreed(), QStringLiteral("freed_on"), freedOn);
}

ServerResult<CommandEffect> confirmRight(ServerDb &db, const CommandContext &context, const QJsonObject &payload)
{
    const QString number = payload.value(QStringLiteral("direction_number")).toString().trimmed();
    ServerResult<std::optional<StoredDirection>> found = find(db, number);
    if (!found)
        return found.error();
    if (std::optional<CommandEffect> problem = ownDirectionProblem(found.value(), context, number, true))
        return *problem;
    const StoredDirection &stored = *found.value();
    if (Categories::right(stored.direction.category) != Right::Extraordinary)
        return CommandEffect::rejected(QStringLiteral("not_extraordinary"),
                                       QStringLiteral("direction %1 is not held under an extraordinary right").arg(number));
    if (stored.direction.rightConfirmedOn.isValid())
        return CommandEffect::rejected(QStringLiteral("already_confirmed"),
                                       QStringLiteral("the right of direction %1 was already confirmed").arg(number));
    const QDate on = QDate::fromString(payload.value(QStringLiteral("confirmed_on")).toString(), Qt::ISODate);
    // A desk dates on its own clock and zone: from the earliest day of the issue anywhere to the
    // latest day the desk's moment can be anywhere.
    if (!on.isValid() || on < stored.direction.issuedAt.toUTC().addSecs(-12 * 3600).date() || on > latestLocalDay(context.createdAt))
        return CommandEffect::rejected(QStringLiteral("invalid_confirmation"),
                                       QStringLiteral("confirmed_on must be a date from the direction's issue to the day the desk wrote it"));
    Direction direction = stored.direction;
    direction.rightConfirmedOn = on;
    return applyDate(db, context, stored, direction, Events::rightConfirmed(), QStringLiteral("confirmed_on"), on);
}

} // namespace DirectionCommands
