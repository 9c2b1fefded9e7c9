#include "store/ServerJournal.h"

#include "store/Journal.h"

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
    return db.run(QStringLiteral("INSERT INTO journal (seq, at, actor, event, entity, entity_id, payload, prev_hash, hash) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {entry.seq, Journal::timestampText(entry.at), actor, event, entity, entityId,
                   QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), entry.prevHash, entry.hash});
}

ServerResult<Verification> verify(ServerDb &db)
{
    ServerResult<QSqlQuery *> rows = db.exec(QStringLiteral(
        "SELECT seq, at, actor, event, entity, entity_id, payload, prev_hash, hash FROM journal ORDER BY seq"));
    if (!rows)
        return rows.error();
    QSqlQuery &query = *rows.value();
    Verification result;
    QString previousHash = Journal::genesisHash();
    qint64 expectedSeq = 1;
    while (query.next()) {
        JournalEntry entry;
        entry.seq = query.value(0).toLongLong();
        entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.actor = query.value(2).toString();
        entry.event = query.value(3).toString();
        entry.entity = query.value(4).toString();
        entry.entityId = query.value(5).toString();
        const QJsonDocument payload = QJsonDocument::fromJson(query.value(6).toString().toUtf8());
        entry.payload = payload.object();
        entry.prevHash = query.value(7).toString();
        entry.hash = query.value(8).toString();
        ++result.entries;
        auto broken = [&](const char *fault) {
            result.firstBrokenSeq = entry.seq;
            result.fault = QString::fromLatin1(fault);
            return result;
        };
        if (entry.seq != expectedSeq)
            return broken("sequence_gap");
        if (!payload.isObject())
            return broken("payload_unreadable");
        if (entry.prevHash != previousHash)
            return broken("prev_hash_mismatch");
        if (Journal::computeHash(entry) != entry.hash)
            return broken("hash_mismatch");
        previousHash = entry.hash;
        ++expectedSeq;
    }
    return result;
}

} // namespace ServerJournal
