#include "sync/PlaceCommands.h"

#include "store/ApplicationJson.h"
#include "store/PlaceJson.h"
#include "sync/DirectionCommands.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QDate dateFrom(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// What the publisher states of a place: without what the server keeps.
Place published(Place place)
{
    place.publishedAt = QDateTime();
    place.withdrawnAt = QDateTime();
    place.status = PlaceStatus::Open;
    place.directionNumber.clear();
    return place;
}

CommandEffect invalid(const QString &message, const QString &field, const QJsonArray &issues = {})
{
    QJsonObject details{{QStringLiteral("field"), field}};
    if (!issues.isEmpty())
        details.insert(QStringLiteral("issues"), issues);
    return CommandEffect::rejected(QStringLiteral("invalid_place"), message, details);
}

CommandEffect applied(QJsonObject details)
{
    CommandEffect effect;
    effect.applied = true;
    effect.details = std::move(details);
    return effect;
}

QJsonObject commandJournal(const CommandContext &context)
{
    return QJsonObject{{QStringLiteral("command_id"), context.commandId}, {QStringLiteral("desk_id"), context.desk.id}};
}

// The desk's own place or why not ("not_found": its existence is not this desk's to know).
std::optional<CommandEffect> ownPlaceProblem(const std::optional<RegionPlace> &found, const CommandContext &context,
                                             const QString &id)
{
    if (!found || found->place.kindergartenId != context.desk.orgId)
        return CommandEffect::rejected(QStringLiteral("not_found"), QStringLiteral("no place %1 at this kindergarten").arg(id));
    return std::nullopt;
}

// An existing place with the same id: the same one again, or another.
std::optional<CommandEffect> samePlaceProblem(const RegionPlace &stored, const Place &place, const QString &sameCode)
{
    if (published(stored.place) == published(place))
        return CommandEffect::rejected(sameCode, QStringLiteral("place %1 is already published").arg(place.id),
                                       QJsonObject{{QStringLiteral("place_id"), place.id},
                                                   {QStringLiteral("version"), stored.version},
                                                   {QStringLiteral("status"), Places::statusCode(stored.place.status)}});
    return CommandEffect::rejected(QStringLiteral("place_id_taken"),
                                   QStringLiteral("another place has the id %1").arg(place.id),
                                   QJsonObject{{QStringLiteral("place_id"), place.id}});
}

QJsonObject publishedResult(const Place &place, qint64 version)
{
    return QJsonObject{{QStringLiteral("place_id"), place.id},
                       {QStringLiteral("status"), Places::statusCode(place.status)},
                       {QStringLiteral("published_at"), ApplicationJson::timestampValue(place.publishedAt)},
                       {QStringLiteral("version"), version}};
}

} // namespace

namespace PlaceCommands {

std::optional<CommandEffect> placeProblem(const Place &place)
{
    const std::pair<const char *, const QString *> texts[] = {
        {"id", &place.id},
        {"kindergarten_id", &place.kindergartenId},
        {"group_name", &place.groupName},
        {"attendance_note", &place.attendanceNote},
    };
    for (const auto &[key, text] : texts) {
        if (text->size() > maxPlaceText)
            return invalid(QStringLiteral("%1 is longer than %2 characters").arg(QLatin1StringView(key)).arg(maxPlaceText),
                           QLatin1StringView(key));
    }
    if (QJsonDocument(PlaceJson::toJson(place)).toJson(QJsonDocument::Compact).size() > maxPlaceJsonBytes)
        return invalid(QStringLiteral("the place is larger than %1 bytes").arg(maxPlaceJsonBytes), QStringLiteral("place"));
    const Issues issues = Places::validate(place);
    QJsonArray messages;
    std::optional<Issue> first;
    for (const Issue &issue : issues) {
        if (!issue.isError())
            continue;
        messages.append(issue.message());
        if (!first)
            first = issue;
    }
    if (first)
        return invalid(first->message(), Issue::fieldName(first->field), messages);
    return std::nullopt;
}

ServerResult<CommandEffect> publishPlace(ServerDb &db, const CommandContext &context, const QJsonObject &payload)
{
    // Strict reading: the size first (a payload is read whole), then the shape, then the rules.
    if (QJsonDocument(payload).toJson(QJsonDocument::Compact).size() > maxPlaceJsonBytes)
        return invalid(QStringLiteral("the place is larger than %1 bytes").arg(maxPlaceJsonBytes), QStringLiteral("place"));
    Expected<Place> read = PlaceJson::fromJson(payload);
    if (!read)
        return invalid(read.error().message(), Issue::fieldName(read.error().field));
    const Place place = published(std::move(read).value());
    if (std::optional<CommandEffect> problem = placeProblem(place))
        return *problem;
    if (place.kindergartenId != context.desk.orgId)
        return CommandEffect::rejected(QStringLiteral("not_own_kindergarten"),
                                       QStringLiteral("a desk publishes places of its own kindergarten only"));
    ServerResult<std::optional<RegionPlace>> existing = RegionPlaces::find(db, place.id);
    if (!existing)
        return existing.error();
    if (existing.value()) {
        std::optional<CommandEffect> same = samePlaceProblem(*existing.value(), place, QStringLiteral("duplicate_place"));
        if (same->code != QStringLiteral("duplicate_place"))
            return *same;
        // Sent again (a desk restored from a backup, a clerk's second try): applied, nothing new.
        QJsonObject result = publishedResult(existing.value()->place, existing.value()->version);
        result.insert(QStringLiteral("already_published"), true);
        return applied(result);
    }
    ServerResult<Place> stored = RegionPlaces::insert(db, place, context.clerk, commandJournal(context), context.now);
    if (!stored)
        return stored.error();
    return applied(publishedResult(stored.value(), 1));
}

ServerResult<CommandEffect> withdrawPlace(ServerDb &db, const CommandContext &context, const QJsonObject &payload)
{
    const QString id = payload.value(QStringLiteral("place_id")).toString().trimmed();
    ServerResult<std::optional<RegionPlace>> found = RegionPlaces::find(db, id);
    if (!found)
        return found.error();
    if (std::optional<CommandEffect> problem = ownPlaceProblem(found.value(), context, id))
        return *problem;
    const RegionPlace &stored = *found.value();
    // RULES 2.9: only a place no direction holds (or has used) can be taken back.
    if (stored.place.status == PlaceStatus::Withdrawn)
        return CommandEffect::rejected(QStringLiteral("place_withdrawn"), QStringLiteral("place %1 was withdrawn already").arg(id));
    if (stored.place.status != PlaceStatus::Open)
        return CommandEffect::rejected(QStringLiteral("place_has_direction"),
                                       QStringLiteral("place %1 is %2: a direction holds it").arg(id, Places::statusCode(stored.place.status)),
                                       QJsonObject{{QStringLiteral("status"), Places::statusCode(stored.place.status)},
                                                   {QStringLiteral("direction_number"), stored.place.directionNumber}});
    ServerResult<QDateTime> withdrawnAt = RegionPlaces::nextWithdrawnAt(db, context.now);
    if (!withdrawnAt)
        return withdrawnAt.error();
    Place place = stored.place;
    place.status = PlaceStatus::Withdrawn;
    place.withdrawnAt = withdrawnAt.value();
    QJsonObject journal = commandJournal(context);
    journal.insert(QStringLiteral("withdrawn_at"), place.withdrawnAt.toString(Qt::ISODateWithMs));
    if (ServerStatus written = RegionPlaces::update(db, stored, place, RegionPlaces::eventWithdrawn(), context.clerk, journal, context.now);
        !written)
        return written.error();
    return applied(QJsonObject{{QStringLiteral("place_id"), id},
                               {QStringLiteral("status"), Places::statusCode(place.status)},
                               {QStringLiteral("withdrawn_at"), ApplicationJson::timestampValue(place.withdrawnAt)},
                               {QStringLiteral("version"), stored.version + 1}});
}

ServerResult<CommandEffect> freePlace(ServerDb &db, const CommandContext &context, const QJsonObject &payload)
{
    const QString id = payload.value(QStringLiteral("place_id")).toString().trimmed();
    ServerResult<std::optional<RegionPlace>> found = RegionPlaces::find(db, id);
    if (!found)
        return found.error();
    if (std::optional<CommandEffect> problem = ownPlaceProblem(found.value(), context, id))
        return *problem;
    const RegionPlace &stored = *found.value();
    if (stored.place.status == PlaceStatus::Withdrawn)
        return CommandEffect::rejected(QStringLiteral("place_withdrawn"), QStringLiteral("place %1 was withdrawn").arg(id));
    // RULES def. 6: only an early-booking place waits to be freed.
    if (stored.place.admissionMode != AdmissionMode::EarlyBooking)
        return CommandEffect::rejected(QStringLiteral("not_early_booking"),
                                       QStringLiteral("place %1 is a %2 place, not an early-booking one")
                                           .arg(id, Directions::admissionModeCode(stored.place.admissionMode)));
    const QDate freedOn = dateFrom(payload.value(QStringLiteral("freed_on")));
    if (!freedOn.isValid() || freedOn > DirectionCommands::latestLocalDay(context.createdAt))
        return CommandEffect::rejected(QStringLiteral("invalid_freed_on"),
                                       QStringLiteral("freed_on must be a date no later than the day the desk wrote it"));

    QJsonObject result{{QStringLiteral("place_id"), id}, {QStringLiteral("freed_on"), ApplicationJson::dateValue(freedOn)}};
    // The direction that holds the place starts its clock at the freeing (RULES 5): the same
    // change as the desk's mark_place_freed, first, so that its rejection leaves nothing written.
    if (stored.place.status == PlaceStatus::Directed && !stored.place.directionNumber.isEmpty()) {
        ServerResult<CommandEffect> direction = DirectionCommands::markPlaceFreed(
            db, context,
            QJsonObject{{QStringLiteral("direction_number"), stored.place.directionNumber},
                        {QStringLiteral("kindergarten_id"), stored.place.kindergartenId},
                        {QStringLiteral("freed_on"), ApplicationJson::dateValue(freedOn)}});
        if (!direction || !direction.value().applied)
            return direction;
        result.insert(QStringLiteral("direction_number"), stored.place.directionNumber);
        result.insert(QStringLiteral("direction_version"), direction.value().details.value(QStringLiteral("version")));
    }
    Place place = stored.place;
    place.freedOn = freedOn;
    QJsonObject journal = commandJournal(context);
    journal.insert(QStringLiteral("freed_on"), ApplicationJson::dateValue(freedOn));
    if (ServerStatus written = RegionPlaces::update(db, stored, place, RegionPlaces::eventFreed(), context.clerk, journal, context.now);
        !written)
        return written.error();
    result.insert(QStringLiteral("version"), stored.version + 1);
    return applied(result);
}

ServerResult<CommandEffect> importPlace(ServerDb &db, const Place &given, const QDateTime &now)
{
    const Place place = published(given);
    if (std::optional<CommandEffect> problem = placeProblem(place))
        return *problem;
    ServerResult<std::optional<RegionPlace>> existing = RegionPlaces::find(db, place.id);
    if (!existing)
        return existing.error();
    if (existing.value())
        return *samePlaceProblem(*existing.value(), place, QStringLiteral("duplicate_place"));
    ServerResult<QSqlQuery *> org = db.exec(QStringLiteral("SELECT id FROM orgs WHERE id = ?"), {place.kindergartenId});
    if (!org)
        return org.error();
    if (QSqlQuery &row = *org.value(); !row.next())
        return CommandEffect::rejected(QStringLiteral("org_not_found"),
                                       QStringLiteral("no kindergarten with id %1 (see `org list`)").arg(place.kindergartenId));
    ServerResult<Place> stored = RegionPlaces::insert(db, place, QStringLiteral("import"), QJsonObject{{QStringLiteral("imported"), true}}, now);
    if (!stored)
        return stored.error();
    return applied(publishedResult(stored.value(), 1));
}

} // namespace PlaceCommands
