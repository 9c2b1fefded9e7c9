#include "store/ServerJournal.h"

#include "store/Journal.h"
#include "store/ServerSchema.h"

#include <QJsonDocument>

namespace ServerJournal {

ServerStatus append(ServerDb &db, const QString &event, const QString &entity, const QString &entityId,
                    const QJsonObject &payload, const QString &actor, const QDateTime &at)
{
    ServerResult<QSqlQuery *> last = db.exec(QStringLiteral("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    QSqlQuery &head = *last.value();
    JournalEntry entry;
    entry.seq = 1;
    entry.prevHash = Journal::genesisHash();
    if (head.next()) {
        entry.seq = head.value(0).toLongLong() + 1;
        entry.prevHash = head.value(1).toString();
    }
    entry.at = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
    entry.actor = actor;
    entry.event = event;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.payload = payload;
    entry.hash = Journal::computeHash(entry);
    if (ServerStatus inserted = db.run(
            QStringLiteral("INSERT INTO journal (seq, at, actor, event, entity, entity_id, payload, prev_hash, hash) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {entry.seq, Journal::timestampText(entry.at), actor, event, entity, entityId,
             QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), entry.prevHash, entry.hash});
        !inserted)
        return inserted;
    // The head, so that entries removed at the end are found too.
    return ServerSchema::setMetaValue(db, Journal::headMetaKey(), QString::number(entry.seq));
}

ServerResult<Verification> verify(ServerDb &db)
{
    const Expected<JournalVerification> checked = Journal::verify(db.db());
    if (!checked)
        return ServerDb::storeError(QStringLiteral("journal unreadable"), checked.error().detail);
    Verification result;
    result.entries = checked->entries;
    result.firstBrokenSeq = checked->firstBrokenSeq;
    switch (checked->fault) {
    case JournalVerification::Fault::None: break;
    case JournalVerification::Fault::SequenceGap: result.fault = QStringLiteral("sequence_gap"); break;
    case JournalVerification::Fault::PrevHashMismatch: result.fault = QStringLiteral("prev_hash_mismatch"); break;
    case JournalVerification::Fault::HashMismatch: result.fault = QStringLiteral("hash_mismatch"); break;
    case JournalVerification::Fault::PayloadUnreadable: result.fault = QStringLiteral("payload_unreadable"); break;
    case JournalVerification::Fault::EntriesMissing: result.fault = QStringLiteral("entries_missing"); break;
    }
    return result;
}

} // namespace ServerJournal
