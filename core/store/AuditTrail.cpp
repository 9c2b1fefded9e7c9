#include "store/AuditTrail.h"

#include "store/Database.h"
#include "store/Events.h"
#include "store/SqlValues.h"

namespace {

Status record(const std::shared_ptr<Database> &store, const QString &event, const QString &subjectId,
              const QJsonObject &payload, const QString &actor, const QDateTime &at,
              const PrintedDocument *printed = nullptr)
{
    WriteTransaction transaction(store->connection());
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    const Expected<JournalEntry> entry = Journal::append(transaction.db(), event, AuditTrail::entity(), subjectId,
                                                         payload, actor, at);
    if (!entry)
        return entry.error();
    if (printed) {
        if (const Expected<QString> queued = PrintedDocuments::enqueue(transaction.db(), *printed, actor, at); !queued)
            return queued.error();
    }
    return transaction.commit();
}

} // namespace

Status AuditTrail::recordViewed(const std::shared_ptr<Database> &store, const QString &applicationId,
                                const QString &actor, const QDateTime &at)
{
    return record(store, Events::personalDataViewed(), applicationId,
                  {{QStringLiteral("entity"), JournalEntities::application()}}, actor, at);
}

Status AuditTrail::recordPrinted(const std::shared_ptr<Database> &store, const QString &document,
                                 const QString &subjectId, const QString &actor, const QDateTime &at)
{
    return record(store, Events::documentPrinted(), subjectId, {{QStringLiteral("document"), document}}, actor, at);
}

Status AuditTrail::recordPrinted(const std::shared_ptr<Database> &store, const QString &document,
                                 const QString &subjectId, const PrintedDocument &printed, const QString &actor,
                                 const QDateTime &at)
{
    return record(store, Events::documentPrinted(), subjectId,
                  {{QStringLiteral("document"), document},
                   {QStringLiteral("verification_code"), printed.verificationCode.toLower()}},
                  actor, at, &printed);
}

Expected<QList<JournalEntry>> AuditTrail::between(const std::shared_ptr<Database> &store, const QDate &from,
                                                  const QDate &to)
{
    QSqlQuery query(store->connection());
    query.setForwardOnly(true);
    // `at` is ISO 8601 UTC text of one fixed form: text order is time order.
    query.prepare(QStringLiteral("SELECT seq, at, actor, event, entity_id, payload FROM journal"
                                 " WHERE entity = :entity AND at >= :from AND at < :to ORDER BY seq"));
    query.bindValue(QStringLiteral(":entity"), entity());
    query.bindValue(QStringLiteral(":from"), Journal::timestampText(from.startOfDay()));
    query.bindValue(QStringLiteral(":to"), Journal::timestampText(to.addDays(1).startOfDay()));
    if (!query.exec())
        return Issue::error(Field::Store, Rule::StoreCannotOpen, query.lastError().text());
    QList<JournalEntry> entries;
    while (query.next()) {
        JournalEntry entry;
        entry.seq = query.value(0).toLongLong();
        entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs).toLocalTime();
        entry.actor = query.value(2).toString();
        entry.event = query.value(3).toString();
        entry.entity = entity();
        entry.entityId = query.value(4).toString();
        entry.payload = QJsonDocument::fromJson(query.value(5).toByteArray()).object();
        entries.append(entry);
    }
    return entries;
}
