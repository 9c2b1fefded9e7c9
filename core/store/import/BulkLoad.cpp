#include "store/import/BulkLoad.h"

#include "store/Database.h"
#include "store/Migrations.h"
#include "store/import/SqliteCalls.h"

namespace Import {

namespace {

QString indexName(const QString &createIndex)
{
    return createIndex.section(u' ', 2, 2); // "CREATE INDEX name ON ..."
}

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
    if (m_leftWal)
        execute(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
}

Status BulkLoad::enter()
{
    QStringList drops;
    for (const QString &statement : Migrations::bulkLoadIndexes())
        drops.append(QStringLiteral("DROP INDEX IF EXISTS ") + indexName(statement));
    if (const Status dropped = runTransaction(m_db, drops); !dropped)
        return dropped.error();
    m_indexesDropped = true;
    leaveWal();
    return {};
}

// Only when no other connection has the store open (SQLite refuses the switch otherwise): until
// the import switches back at its end, the store is then the import's. A crash in between
// leaves a hot journal that the next open rolls back (the batch being written disappears, the
// committed ones stay), and Database::open switches the store back to WAL.
void BulkLoad::leaveWal()
{
    if (pragmaText(m_db, "PRAGMA journal_mode") != "wal")
        return;
    const int busyTimeout = pragmaInt(m_db, "PRAGMA busy_timeout", 5000);
    execute(m_db, QStringLiteral("PRAGMA busy_timeout = 0")); // another connection: stay in WAL, now
    m_leftWal = pragmaText(m_db, "PRAGMA journal_mode = DELETE") == "delete";
    execute(m_db, QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeout));
}

Status BulkLoad::finish()
{
    if (!m_indexesDropped)
        return {};
    // SQLite sorts each index with helper threads in pieces of a moderate size, which is faster
    // here than one sort in a huge cache.
    execute(m_db, QStringLiteral("PRAGMA threads = 2"));
    execute(m_db, QStringLiteral("PRAGMA cache_size = -65536"));
    if (const Status rebuilt = Database::createMissingIndexes(m_qtDb); !rebuilt)
        return rebuilt.error();
    m_indexesDropped = false;
    return {};
}

} // namespace Import
