#pragma once

#include "domain/Expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>

#include <string>

struct sqlite3;

// The name search of the queue browser over a million applications (issue 3: a fragment in
// under 100 ms, whether it matches thousands of names or none).
//
// A fragment may sit anywhere in a name ("ерас" finds Ерасыл), so no B-tree index helps: the
// search must look at every name. Read through SQLite one index entry at a time that is about
// 200 ns a name, 0.2 s for a million. Here the names are kept a second time, packed: the table
// `name_search_blocks` holds blocks of up to blockEntries applications, each as two blobs:
//     texts: search_text 0x1E search_text 0x1E ...     ids: id 0x1E id 0x1E ...
// (search_text: QueueStore::searchText, the lower-cased names; the n-th text is the n-th id's),
// and a search runs a vectorised substring search over 65 MB of texts, a few tens of
// milliseconds, reading a block's ids only when one of its texts matched well enough. FTS5's trigram index answers in under a
// millisecond but takes 40 s to build for a million names, which the import cannot afford
// (docs/performance.md); the blocks cost the import a second copy of the names and nothing else.
//
// Keeping the blocks true (schema version 5):
// - applications.search_block is the block a row's entry is in; NULL ("pending") for rows not in
//   any: new rows from the desk or sync, and rows whose names changed (the trigger
//   applications_search_update sets search_text and search_block to NULL). Pending rows are
//   searched in SQL through the partial index applications_search_pending, which holds only them.
// - When a row leaves a block (its search_block changes or it is deleted), triggers note the block
//   in `name_search_stale`; rebuildStale() rewrites those blocks from their rows.
// - absorbPending() packs pending rows into new blocks once there are a block's worth of them.
// QueueStore::refresh() runs both (before every read); the import writes blocks with its rows
// (BlockWriter).
// An entry is only ever offered when its row still points at its block, so a block that is not
// yet rebuilt can slow a search down but never return a wrong row.
class NameSearchIndex
{
public:
    static constexpr int defaultBlockEntries = 2000;

    // One match: the row's id and search text, and the block it was found in (0: pending).
    struct Candidate
    {
        std::string text;
        std::string id;
        qint64 block = 0;
    };

    // The matches with the `limit` smallest (search_text, id) in byte order (SQLite's BINARY
    // collation), sorted; total: how many entries matched in all. needle: UTF-8, lower-cased,
    // without control characters (QueueStore::searchByName prepares it). It reads the blocks and
    // the pending rows in two statements: call it inside a read transaction for one snapshot.
    static Expected<QList<Candidate>> find(const QSqlDatabase &db, QByteArrayView needle, int limit,
                                           qsizetype *total = nullptr);

    // Both run inside a transaction the caller holds. Error: Rule::StoreWriteFailed.
    // Rewrites the blocks named in name_search_stale from the rows that still point at them.
    static Status rebuildStale(const QSqlDatabase &db);
    // Packs pending rows that have their search text into new blocks of blockEntries, as long as
    // at least `minimum` are pending (the rest stay pending).
    static Status absorbPending(const QSqlDatabase &db, int blockEntries, int minimum);

    // Whether rebuildStale() or absorbPending(db, blockEntries, blockEntries) has anything to do.
    static Expected<bool> hasWork(const QSqlDatabase &db, int blockEntries);

    // Appends an entry to a block's two blobs (BlockWriter, rebuildStale(), the tests).
    static void appendEntry(QByteArray &texts, QByteArray &ids, QByteArrayView id, QByteArrayView text);

    // Writes blocks as rows are inserted, on the C API handle of a connection in a transaction:
    // add() before the row's INSERT gives its search_block; flush() before the commit.
    class BlockWriter
    {
    public:
        BlockWriter(sqlite3 *db, int blockEntries = defaultBlockEntries);
        // Reads the next free block number (once, before the first add()).
        Status start();
        // The block the entry goes into; writes the block when it is full.
        Expected<qint64> add(QByteArrayView id, QByteArrayView text);
        // Writes the open block, if it has entries.
        Status flush();

    private:
        sqlite3 *m_db;
        int m_blockEntries;
        qint64 m_block = 0;
        int m_entries = 0;
        QByteArray m_texts;
        QByteArray m_ids;
    };
};
