#include "sync/DirectionCommands.h"

#include "store/DirectionStore.h"
#include "store/Events.h"
#include "store/ServerChangeLog.h"
#include "store/ServerJournal.h"

#include <QJsonDocument>

namespace DirectionCommands {

ServerResult<CommandEffect> importDirection(ServerDb &db, Direction direction, const QDateTime &now)
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
                                                                            direction.number, QStringLiteral("import"), now);
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
                                                       QStringLiteral("import"), now);
        !journaled)
        return journaled.error();
    CommandEffect effect;
    effect.applied = true;
    return effect;
}

} // namespace DirectionCommands
