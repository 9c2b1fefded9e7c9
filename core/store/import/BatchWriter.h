#pragma once

#include "domain/Expected.h"
#include "settings/RuleSettings.h"
#include "store/NameSearchIndex.h"
#include "store/SqliteApi.h"
#include "store/import/ApplicationRow.h"
#include "store/import/QueueSides.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Import {

// Writes the prepared rows in transactions of batchSize rows, through SQLite's C API on the
// store's connection. Each transaction also writes ONE outbox command `import_applications` and
// ONE journal entry `applications_imported` (DESIGN 3: a change and its outbox and journal rows
// commit together); ApplicationImport's header describes their payload. A failure rolls back
// the batch it happened in (and only that one) and is returned.
//
// Inside each batch's transaction the queue trigger (applications_queue_insert) is dropped and
// re-created before the commit, the writer noting in queue_stale once per side what the trigger
// would have noted per row (QueueSides::staleFrom()): a crash can never leave the store without
// the trigger. The rows' names go into the name search's blocks as they are written
// (NameSearchIndex::BlockWriter).
class BatchWriter
{
public:
    struct Batch
    {
        QString clerk;
        QDateTime now;
        int size = 50000;
    };

    BatchWriter(sqlite3 *db, QSqlDatabase qtDb, RuleSettings settings, QueueSides &sides, Batch batch);
    ~BatchWriter(); // rolls back a batch left open

    // Prepares the statements and reads the queue trigger. Error: Rule::StoreWriteFailed.
    Status open();
    // Begins the next batch's write transaction now (add() would at its first row), so that the
    // records of the batch are checked under the write lock. Error: Rule::StoreWriteFailed.
    Status beginBatch() { return m_inBatch ? Status() : begin(); }
    bool inBatch() const { return m_inBatch; }
    // Inserts the row (id: its id), committing the batch when it is full.
    Status add(const Record &record, QByteArrayView id);
    // Commits the last batch.
    Status finish();
    // The records added so far are about to be reused: the INSERT lets go of their text.
    void releaseRecords();

    qsizetype imported() const { return m_imported; }
    int batches() const { return m_batches; }

private:
    Status begin();
    Status commit();
    Status markStale();
    Issue rollback(const Issue &issue);

    sqlite3 *m_db;
    QSqlDatabase m_qtDb;
    RuleSettings m_settings;
    QueueSides &m_sides;
    Batch m_batch;
    std::optional<SqliteStatement> m_insert;
    std::optional<SqliteStatement> m_markStale;
    std::optional<NameSearchIndex::BlockWriter> m_searchBlocks;
    QByteArray m_triggerSql; // the queue trigger's CREATE statement (empty: the store has none)
    QByteArray m_sealTriggerSql; // the row seal's insert trigger, the same way (store/RowSeal.h)
    bool m_inBatch = false;
    QJsonArray m_ids;
    QByteArray m_digests; // the batch's records' digests (64 hex digits each), in order
    qsizetype m_batchRows = 0;
    qsizetype m_imported = 0;
    int m_batches = 0;
};

} // namespace Import
