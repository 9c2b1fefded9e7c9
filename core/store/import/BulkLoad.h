#pragma once

#include "domain/Expected.h"

#include <QLockFile>
#include <QSqlDatabase>

#include <optional>

struct sqlite3;

// The switches the import turns on the store's connection, each turned back on every way out
// (docs/architecture.md, Import, says why the store stays consistent if the process dies).
namespace Import {

// For the import's whole duration:
// - a large page cache: the indexes that stay grow at random places (ids);
// - one checkpoint at the end instead of one every 1000 pages of WAL (each page would be
//   written to the database file again and again while the import grows it);
// - CHECK constraints not evaluated: every checked column (codes, category, right, consent)
//   is written from the enumerations' own code functions, never from the file's text, so
//   the checks cannot fail, and evaluating them was a fifth of SQLite's time per row.
class ImportConnectionSettings
{
public:
    explicit ImportConnectionSettings(sqlite3 *db);
    ~ImportConnectionSettings();
    ImportConnectionSettings(const ImportConnectionSettings &) = delete;
    ImportConnectionSettings &operator=(const ImportConnectionSettings &) = delete;

private:
    sqlite3 *m_db;
    int m_cacheSize;
    int m_autoCheckpoint;
};

// Bulk mode (a file at least as large as the store): each secondary index of `applications` is
// built once, sorted, after the load, instead of growing at random places row by row. The store
// stays in WAL, so that other processes read the last committed batch meanwhile. While the
// indexes are dropped the store's bulk-load lock (Database::bulkLoadLockPath) is held.
// Whatever happens, the indexes are re-created when this object goes (after a crash,
// Database::open does it).
class BulkLoad
{
public:
    BulkLoad(sqlite3 *db, QSqlDatabase qtDb);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    // Takes the bulk-load lock and drops the indexes (Migrations::bulkLoadIndexes()).
    Status enter();
    bool active() const { return m_indexesDropped; }
    // Re-creates the indexes after the last batch, sorted by SQLite with helper threads (the
    // workers are done), while a connection of its own copies the rows' pages from the WAL into
    // the store's file (a checkpoint the import would otherwise make alone at its end).
    Status finish();

private:
    sqlite3 *m_db;
    QSqlDatabase m_qtDb;
    bool m_indexesDropped = false;
    std::optional<QLockFile> m_lock;
};

} // namespace Import
