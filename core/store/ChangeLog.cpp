#include "store/ChangeLog.h"

#include "store/Journal.h"
#include "store/Outbox.h"

Expected<QString> ChangeLog::write(QSqlDatabase &db, const Change &change, const QString &clerk,
                                   const QDateTime &at)
{
    const Expected<QString> commandId = Outbox::enqueue(db, change.commandType, change.command, clerk, at);
    if (!commandId)
        return commandId.error();
    QJsonObject payload = change.journal;
    payload.insert(QStringLiteral("command_id"), *commandId);
    const Expected<JournalEntry> entry =
        Journal::append(db, change.event, change.entity, change.entityId, payload, clerk, at);
    if (!entry)
        return entry.error();
    return commandId;
}
