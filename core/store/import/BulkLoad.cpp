#include "store/import/BulkLoad.h"

#include "store/Database.h"
#include "store/Migrations.h"
#include "store/SqliteApi.h"
#include "store/import/SqliteCalls.h"

#include <string>
#include <system_error>
#include <thread>

namespace Import {

namespace {

QString indexName(const QString &createIndex)
{
    return createIndex.section(u' ', 2, 2); // "CREATE INDEX name ON ..."
}

// A checkpoint made by a connection of its own, on a thread of its own, from construction to
// wait(). PASSIVE: it copies the committed frames no reader still needs and waits for nobody;
// the import's own connection, building the indexes meanwhile in a transaction, keeps writing
// new frames after them (SQLite lets one checkpointer run beside one writer). Best effort: what
// it does not copy (a desk reading an older snapshot, another checkpoint under way, the store
// busy when it looked), the checkpoint at the end of the import does.
class BackgroundCheckpoint
{
public:
    explicit BackgroundCheckpoint(sqlite3 *db)
    {
        const char *file = sqlite3_db_filename(db, "main");
        if (!file || !*file)
            return; // a store in memory has no WAL
        try {
            start(std::string(file));
        } catch (const std::system_error &) {
            // No thread to be had: the checkpoint at the end of the import copies it all.
        }
    }
    ~BackgroundCheckpoint() { wait(); }
    BackgroundCheckpoint(const BackgroundCheckpoint &) = delete;
    BackgroundCheckpoint &operator=(const BackgroundCheckpoint &) = delete;
    void wait()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    void start(std::string path)
    {
        m_thread = std::thread([path = std::move(path)] {
            sqlite3 *own = nullptr;
            if (sqlite3_open_v2(path.c_str(), &own, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
                // A read first: a connection knows the store is in WAL once it has looked.
                sqlite3_exec(own, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
                sqlite3_wal_checkpoint_v2(own, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            }
            sqlite3_close(own);
        });
    }

    std::thread m_thread;
};

} // namespace

ImportConnectionSettings::ImportConnectionSettings(sqlite3 *db)
    : m_db(db)
    , m_cacheSize(pragmaInt(db, "PRAGMA cache_size", -2000))
    , m_autoCheckpoint(pragmaInt(db, "PRAGMA wal_autocheckpoint", 1000))
{
    execute(db, QStringLiteral("PRAGMA cache_size = -262144"));
    execute(db, QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    execute(db, QStringLiteral("PRAGMA ignore_check_constraints = ON"));
}

ImportConnectionSettings::~ImportConnectionSettings()
{
    execute(m_db, QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    execute(m_db, QStringLiteral("PRAGMA threads = 0"));
    execute(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
    execute(m_db, QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(m_autoCheckpoint));
    execute(m_db, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

BulkLoad::BulkLoad(sqlite3 *db, QSqlDatabase qtDb) : m_db(db), m_qtDb(std::move(qtDb)) { }

BulkLoad::~BulkLoad()
{
    // Also when a batch failed: the batches committed before it stay, indexed.
    if (m_indexesDropped)
        Database::createMissingIndexes(m_qtDb);
}

// The store stays in WAL (issue 14 item 5): readers (another qabyldau-cli, the desk) read the
// last committed batch meanwhile and never wait for the import. It used to leave WAL for the
// rollback journal, which saved writing each page twice but made every process that opened the
// store meanwhile fail at once with "database is locked" (its switch back to WAL is a change of
// journal mode, for which SQLite does not wait).
Status BulkLoad::enter()
{
    // Held until the indexes are back: Database::open then knows that they are missing because
    // a load runs, not because a crash cut one short, and leaves them to it.
    const char *file = sqlite3_db_filename(m_db, "main");
    if (file && *file) {
        m_lock.emplace(Database::bulkLoadLockPath(QString::fromUtf8(file)));
        m_lock->setStaleLockTime(0); // held as long as the load runs; a dead holder's is stale
        // Another import loading the same store holds it already: this one goes on all the
        // same (the indexes are only speed; the last to finish re-creates them).
        if (!m_lock->tryLock(0))
            m_lock.reset();
    }
    QStringList drops;
    for (const QString &statement : Migrations::bulkLoadIndexes())
        drops.append(QStringLiteral("DROP INDEX IF EXISTS ") + indexName(statement));
    if (const Status dropped = runTransaction(m_db, drops); !dropped)
        return dropped.error();
    m_indexesDropped = true;
    return {};
}

Status BulkLoad::finish()
{
    if (!m_indexesDropped)
        return {};
    // SQLite sorts each index with helper threads in pieces of a moderate size, which is faster
    // here than one sort in a huge cache.
    execute(m_db, QStringLiteral("PRAGMA threads = 2"));
    execute(m_db, QStringLiteral("PRAGMA cache_size = -65536"));
    // The rows' pages (1.3 GB of WAL for a million applications) are copied into the store's
    // file while the indexes are sorted, on a thread of its own, instead of after them, alone
    // (docs/performance.md, "Pages of 16 KiB").
    BackgroundCheckpoint checkpoint(m_db);
    const Status rebuilt = Database::createMissingIndexes(m_qtDb);
    checkpoint.wait();
    if (!rebuilt)
        return rebuilt.error();
    m_indexesDropped = false;
    m_lock.reset();
    return {};
}

} // namespace Import
