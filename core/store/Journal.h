#pragma once

#include "domain/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// One entry of the hash-chained journal (RULES def. 2).
struct JournalEntry
{
    qint64 seq = 0;
    QDateTime at;     // stored and hashed as ISO 8601 UTC with milliseconds
    QString actor;    // the clerk or process that made the change
    QString event;    // e.g. "application_registered"
    QString entity;   // e.g. "application"
    QString entityId;
    QJsonObject payload;
    QString prevHash; // hash of the entry seq - 1; 64 zeros for the first entry
    QString hash;     // SHA-256 hex over the canonical JSON of the fields above
};

// What Journal::verify found: ok, or the first entry that breaks the chain and why.
struct JournalVerification
{
    Q_DECLARE_TR_FUNCTIONS(JournalVerification)

public:
    enum class Fault {
        None,
        SequenceGap,      // an entry is missing before this seq (or seq does not start at 1)
        PrevHashMismatch, // prev_hash is not the hash of the entry before
        HashMismatch,     // the entry's content does not give its hash: changed after writing
        PayloadUnreadable,// the payload is not a JSON object
        EntriesMissing,   // entries after the last one were removed (journal head in `meta`)
    };

    qint64 entries = 0;        // entries read
    qint64 firstBrokenSeq = 0; // 0 when ok
    Fault fault = Fault::None;

    bool ok() const { return fault == Fault::None; }
    // "The journal is intact (N entries)" or what is broken where, in the UI language.
    QString message() const;
};

// The journal of the local store. Entries are appended inside the caller's transaction, so an
// entry exists iff the change it records was committed (DESIGN 3).
class Journal
{
public:
    // The prev_hash of entry 1.
    static QString genesisHash();
    // The `meta` key that holds the last entry's seq, so that removing entries at the end is
    // found too (the queue server keeps it the same way).
    static QString headMetaKey();

    // Appends the next entry. Call inside an open transaction on db. Field::Store /
    // Rule::StoreWriteFailed with the SQL error when the insert fails.
    static Expected<JournalEntry> append(QSqlDatabase db, const QString &event, const QString &entity,
                                         const QString &entityId, const QJsonObject &payload,
                                         const QString &actor, const QDateTime &at);

    // The hash an entry must carry: SHA-256 hex over the canonical JSON (CanonicalJson) of
    // {seq, at, actor, event, entity, entity_id, payload, prev_hash}.
    static QString computeHash(const JournalEntry &entry);

    // (entries checked, entries in all), from (0, total) at the start to (total, total) at the end
    // of an intact chain; called every so many entries, never going back.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Reads the whole chain in seq order and checks it. An error only when it cannot be read.
    // Portable SQL: the queue server verifies its own journal (SQLite or PostgreSQL) with it.
    static Expected<JournalVerification> verify(QSqlDatabase db, const Progress &progress = {});

    // Entries of entity whose payload names id as a JSON string (e.g. the "ids" of a bulk import's
    // entries, which stand for many applications at once), oldest first.
    static Expected<QList<JournalEntry>> entriesNaming(QSqlDatabase db, const QString &entity, const QString &id);

    // Entries of one entity, oldest first (for an application's history).
    static Expected<QList<JournalEntry>> entriesFor(QSqlDatabase db, const QString &entity,
                                                    const QString &entityId);

    // ISO 8601 UTC with milliseconds: the form `at` is stored and hashed in.
    static QString timestampText(const QDateTime &at);
};
