#include "sync/DocumentCommands.h"

#include "store/Events.h"
#include "store/PrintedDocuments.h"
#include "store/ServerJournal.h"

namespace DocumentCommands {

ServerResult<bool> keep(ServerDb &db, const PrintedDocument &printed, const QString &orgId, const QString &deskId,
                        const QString &clerk, const QString &commandId, const QDateTime &now)
{
    ServerResult<QSqlQuery *> existing =
        db.exec(QStringLiteral("SELECT 1 FROM printed_documents WHERE verification_code = ?"), {printed.verificationCode});
    if (!existing)
        return existing.error();
    if (existing.value()->next())
        return false;
    // NULL for the region (ServerDb binds a null QString as '', so an invalid QVariant).
    const QVariant org = orgId.isEmpty() ? QVariant() : QVariant(orgId);
    if (ServerStatus saved = db.run(
            QStringLiteral("INSERT INTO printed_documents (verification_code, document, number, date, records, org_id, "
                           "desk_id, clerk, printed_at, command_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {printed.verificationCode, printed.document, printed.number, printed.date.toString(Qt::ISODate),
             printed.records, org, deskId, clerk, now.toMSecsSinceEpoch(), commandId});
        !saved)
        return saved.error();
    QJsonObject journal = PrintedDocuments::toJson(printed);
    journal.insert(QStringLiteral("org_id"), orgId);
    journal.insert(QStringLiteral("command_id"), commandId);
    journal.insert(QStringLiteral("desk_id"), deskId);
    if (ServerStatus journaled = ServerJournal::append(db, Events::documentCodeIssued(), JournalEntities::printedDocument(),
                                                       printed.verificationCode, journal, clerk, now);
        !journaled)
        return journaled.error();
    return true;
}

ServerResult<CommandEffect> recordPrintedDocument(ServerDb &db, const CommandContext &context, const QJsonObject &payload)
{
    QString field;
    QString problem;
    const std::optional<PrintedDocument> printed = PrintedDocuments::fromJson(payload, &field, &problem);
    if (!printed)
        return CommandEffect::rejected(QStringLiteral("invalid_document"), problem,
                                       QJsonObject{{QStringLiteral("field"), field}});

    ServerResult<bool> kept = keep(db, *printed, context.desk.orgId, context.desk.id, context.clerk, context.commandId,
                                   context.now);
    if (!kept)
        return kept.error();
    CommandEffect effect;
    effect.applied = true;
    effect.details = QJsonObject{{QStringLiteral("verification_code"), printed->verificationCode},
                                 {QStringLiteral("known"), !kept.value()}};
    return effect;
}

} // namespace DocumentCommands
