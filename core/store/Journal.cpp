#include "store/Journal.h"

#include "store/CanonicalJson.h"
#include "store/SqlText.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QString headKey = QStringLiteral("journal_head");

Issue writeFailed(const QString &error)
{
    return Issue::error(Field::Store, Rule::StoreWriteFailed, error);
}

QString hashOf(qint64 seq, const QString &atText, const QString &actor, const QString &event,
               const QString &entity, const QString &entityId, const QJsonObject &payload,
               const QString &prevHash)
{
    // RULES def. 2 [Q]: SHA-256 over the canonical JSON of the event, chained by prev_hash.
    const QJsonObject hashed{
        {QStringLiteral("seq"), seq},
        {QStringLiteral("at"), atText},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("event"), event},
        {QStringLiteral("entity"), entity},
        {QStringLiteral("entity_id"), entityId},
        {QStringLiteral("payload"), payload},
        {QStringLiteral("prev_hash"), prevHash},
    };
    return CanonicalJson::sha256Hex(hashed);
}

std::optional<QJsonObject> parseObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

QString JournalVerification::message() const
{
    const QString seq = QString::number(firstBrokenSeq);
    switch (fault) {
    case Fault::None:
        return tr("The journal is intact: %n entries checked.", nullptr, int(entries));
    case Fault::SequenceGap:
        return tr("The journal is broken at entry %1: an entry before it is missing.").arg(seq);
    case Fault::PrevHashMismatch:
        return tr("The journal is broken at entry %1: the entry before it was changed or replaced.").arg(seq);
    case Fault::HashMismatch:
        return tr("The journal is broken at entry %1: the entry was changed after it was written.").arg(seq);
    case Fault::PayloadUnreadable:
        return tr("The journal is broken at entry %1: its data cannot be read.").arg(seq);
    case Fault::EntriesMissing:
        return tr("The journal is broken: entries from %1 on were removed.").arg(seq);
    }
    return {};
}

QString Journal::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString Journal::timestampText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString Journal::computeHash(const JournalEntry &entry)
{
    return hashOf(entry.seq, timestampText(entry.at), entry.actor, entry.event, entry.entity,
                  entry.entityId, entry.payload, entry.prevHash);
}

Expected<JournalEntry> Journal::append(QSqlDatabase db, const QString &event, const QString &entity,
                                       const QString &entityId, const QJsonObject &payload,
                                       const QString &actor, const QDateTime &at)
{
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")))
        return writeFailed(last.lastError().text());

    JournalEntry entry;
    if (last.next()) {
        entry.seq = last.value(0).toLongLong() + 1;
        entry.prevHash = last.value(1).toString();
    } else {
        entry.seq = 1;
        entry.prevHash = genesisHash();
    }
    last.finish();
    entry.at = at.toUTC();
    entry.actor = actor;
    entry.event = event;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.payload = payload;
    entry.hash = computeHash(entry);

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO journal (seq, at, actor, event, entity, entity_id, payload, prev_hash, hash)"
        " VALUES (:seq, :at, :actor, :event, :entity, :entity_id, :payload, :prev_hash, :hash)"));
    insert.bindValue(QStringLiteral(":seq"), entry.seq);
    insert.bindValue(QStringLiteral(":at"), timestampText(entry.at));
    insert.bindValue(QStringLiteral(":actor"), sqlText(entry.actor));
    insert.bindValue(QStringLiteral(":event"), sqlText(entry.event));
    insert.bindValue(QStringLiteral(":entity"), sqlText(entry.entity));
    insert.bindValue(QStringLiteral(":entity_id"), sqlText(entry.entityId));
    insert.bindValue(QStringLiteral(":payload"), QString::fromUtf8(CanonicalJson::encode(entry.payload)));
    insert.bindValue(QStringLiteral(":prev_hash"), entry.prevHash);
    insert.bindValue(QStringLiteral(":hash"), entry.hash);
    if (!insert.exec())
        return writeFailed(insert.lastError().text());

    // The head lets verify notice entries removed from the end, which the chain alone cannot.
    QSqlQuery head(db);
    head.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (:key, :value)"));
    head.bindValue(QStringLiteral(":key"), headKey);
    head.bindValue(QStringLiteral(":value"), QString::number(entry.seq));
    if (!head.exec())
        return writeFailed(head.lastError().text());
    return entry;
}

QString Journal::headMetaKey()
{
    return headKey;
}

Expected<JournalVerification> Journal::verify(QSqlDatabase db, const Progress &progress)
{
    JournalVerification result;
    // An intact chain numbers its entries 1..N: the last seq is how many there are to check.
    qint64 total = 0;
    if (progress) {
        QSqlQuery last(db);
        if (last.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM journal")) && last.next())
            total = last.value(0).toLongLong();
        progress(0, total);
    }
    // About 256 reports over the chain, so that a caller on another thread is not flooded.
    const qint64 every = std::max<qint64>(1, total / 256);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT seq, at, actor, event, entity, entity_id, payload, prev_hash, hash"
            " FROM journal ORDER BY seq")))
        return Issue::error(Field::Store, Rule::StoreCannotOpen, query.lastError().text());

    const auto broken = [&result](qint64 seq, JournalVerification::Fault fault) {
        result.firstBrokenSeq = seq;
        result.fault = fault;
        return result;
    };

    qint64 expectedSeq = 1;
    QString previousHash = genesisHash();
    while (query.next()) {
        ++result.entries;
        const qint64 seq = query.value(0).toLongLong();
        const QString prevHash = query.value(7).toString();
        const QString hash = query.value(8).toString();
        if (seq != expectedSeq)
            return broken(seq, JournalVerification::Fault::SequenceGap);
        if (prevHash != previousHash)
            return broken(seq, JournalVerification::Fault::PrevHashMismatch);
        const std::optional<QJsonObject> payload = parseObject(query.value(6).toString());
        if (!payload)
            return broken(seq, JournalVerification::Fault::PayloadUnreadable);
        const QString computed = hashOf(seq, query.value(1).toString(), query.value(2).toString(),
                                        query.value(3).toString(), query.value(4).toString(),
                                        query.value(5).toString(), *payload, prevHash);
        if (computed != hash)
            return broken(seq, JournalVerification::Fault::HashMismatch);
        previousHash = hash;
        expectedSeq = seq + 1;
        if (progress && result.entries % every == 0 && result.entries < total)
            progress(result.entries, total);
    }
    query.finish();
    if (progress && total > 0)
        progress(std::min(result.entries, total), total);

    QSqlQuery head(db);
    head.prepare(QStringLiteral("SELECT value FROM meta WHERE key = :key"));
    head.bindValue(QStringLiteral(":key"), headKey);
    if (head.exec() && head.next() && head.value(0).toString().toLongLong() >= expectedSeq)
        return broken(expectedSeq, JournalVerification::Fault::EntriesMissing);
    return result;
}

namespace {

Expected<QList<JournalEntry>> readEntries(QSqlQuery &query)
{
    if (!query.exec())
        return Issue::error(Field::Store, Rule::StoreCannotOpen, query.lastError().text());
    QList<JournalEntry> entries;
    while (query.next()) {
        JournalEntry entry;
        entry.seq = query.value(0).toLongLong();
        entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.actor = query.value(2).toString();
        entry.event = query.value(3).toString();
        entry.entity = query.value(4).toString();
        entry.entityId = query.value(5).toString();
        entry.payload = parseObject(query.value(6).toString()).value_or(QJsonObject());
        entry.prevHash = query.value(7).toString();
        entry.hash = query.value(8).toString();
        entries.append(entry);
    }
    return entries;
}

} // namespace

Expected<QList<JournalEntry>> Journal::entriesFor(QSqlDatabase db, const QString &entity,
                                                  const QString &entityId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT seq, at, actor, event, entity, entity_id, payload, prev_hash, hash"
        " FROM journal WHERE entity = :entity AND entity_id = :entity_id ORDER BY seq"));
    query.bindValue(QStringLiteral(":entity"), entity);
    query.bindValue(QStringLiteral(":entity_id"), entityId);
    return readEntries(query);
}

Expected<QList<JournalEntry>> Journal::entriesNaming(QSqlDatabase db, const QString &entity, const QString &id)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // journal_entity narrows to the entity's entries; instr reads only their payloads.
    query.prepare(QStringLiteral(
        "SELECT seq, at, actor, event, entity, entity_id, payload, prev_hash, hash"
        " FROM journal WHERE entity = :entity AND instr(payload, :quoted) > 0 ORDER BY seq"));
    query.bindValue(QStringLiteral(":entity"), entity);
    query.bindValue(QStringLiteral(":quoted"), QString(u'"' + id + u'"'));
    return readEntries(query);
}
