#pragma once

// SQLite's C API on the store's own connection (the one Qt's QSQLITE driver opened), for the few
// places where Qt Sql's per-value QVariant costs more than the work itself: the bulk import and
// the name search's blocks (docs/performance.md).

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

// The sqlite3 handle behind db, or nullptr when db is not a QSQLITE connection.
inline sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// A prepared statement, finalized when it goes out of scope.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql)
    {
        if (!db || sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
            m_statement = nullptr;
    }
    ~SqliteStatement() { sqlite3_finalize(m_statement); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    explicit operator bool() const { return m_statement != nullptr; }
    sqlite3_stmt *get() const { return m_statement; }

private:
    sqlite3_stmt *m_statement = nullptr;
};
