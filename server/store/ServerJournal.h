#pragma once

#include "store/ServerDb.h"

#include <QDateTime>
#include <QJsonObject>

// The server's hash-chained journal (RULES def. 2): every change appends an entry whose hash
// covers the previous one, computed by core's Journal::computeHash so that the desk and the
// server chain entries the same way. Appended inside the caller's write transaction.
namespace ServerJournal {

ServerStatus append(ServerDb &db, const QString &event, const QString &entity, const QString &entityId,
                    const QJsonObject &payload, const QString &actor, const QDateTime &at);

struct Verification
{
    qint64 entries = 0;
    qint64 firstBrokenSeq = 0; // 0 when intact
    QString fault;             // "", "sequence_gap", "prev_hash_mismatch", "hash_mismatch", "payload_unreadable",
                               // "entries_missing"
};

// Walks the chain in order and names the first entry that does not match (core's
// Journal::verify: the desk's journal and the server's are checked by the same code).
ServerResult<Verification> verify(ServerDb &db);

} // namespace ServerJournal
