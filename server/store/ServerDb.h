#pragma once

#include "store/ServerError.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <utility>

// Where the server keeps its store: `sqlite:PATH` (the default: one file, zero set-up) or
// `postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE` (several server processes may share it).
struct StoreUrl
{
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString path;        // sqlite
    QString host;        // postgres
    int port = 5432;
    QString user;
    QString password;
    QString database;

    // Error code "bad_store_url" with what is wrong.
    static ServerResult<StoreUrl> parse(const QString &text);
    QString display() const; // the URL without its password
};

// One connection to the server store, used from the thread that opened it. Everything that
// differs between SQLite and PostgreSQL lives here (and in ServerSchema's few type names):
// - a write transaction that serialises every writer of the region: SQLite has one writer by
//   nature (BEGIN IMMEDIATE); PostgreSQL takes a transaction-scoped advisory lock, so change-log
//   numbers commit in the order they were taken and a reader following the feed can never skip
//   one that commits late (docs/design.md, "commit order");
// - a read snapshot (beginRead): SQLite's deferred BEGIN, PostgreSQL's REPEATABLE READ;
// - the wake-up of parked long-polls in other processes (PostgreSQL NOTIFY, sent at commit);
// - the auto-numbered primary key.
// Both speak the same SQL otherwise: INSERT ... RETURNING, ON CONFLICT DO UPDATE, partial indexes.
class ServerDb
{
public:
    // A SQLite store's file that does not exist: `init` and `demo` create it (Missing::Create);
    // everything else answers "store_not_found" instead of leaving an empty file at a mistyped
    // path. PostgreSQL: the database must exist either way (createdb).
    enum class Missing { Refuse, Create };
    static ServerResult<std::unique_ptr<ServerDb>> connect(const StoreUrl &url, const QString &connectionName,
                                                           Missing missing = Missing::Refuse);
    // "store_not_found" for a SQLite store whose file does not exist (what connect refuses);
    // PostgreSQL: never (whether the database exists is known on connecting).
    static ServerStatus checkExists(const StoreUrl &url);
    ~ServerDb();
    ServerDb(const ServerDb &) = delete;
    ServerDb &operator=(const ServerDb &) = delete;

    QSqlDatabase &db() { return m_db; }
    bool isPostgres() const { return m_url.kind == StoreUrl::Kind::Postgres; }
    const StoreUrl &url() const { return m_url; }

    // PostgreSQL: whether libpq found the connection broken (PostgreSQL restarted, the network
    // dropped, the backend terminated); known after a statement failed on it. SQLite: never.
    bool connectionLost() const;
    // The same, after reading what PostgreSQL sent on the idle connection (without waiting).
    bool connectionClosedByServer();
    // Opens the connection again after it was lost: statements prepared on the old one are
    // forgotten (a QSqlQuery* from exec() is not kept past the next exec() outside a
    // transaction), and any transaction on it was rolled back by PostgreSQL. The listener
    // subscribes again itself. "store_unavailable" when PostgreSQL cannot be reached yet; once an
    // attempt failed, one connection of the process at a time tries again, at most every 2 s,
    // and the others answer at once without trying.
    ServerStatus reconnect();

    // The write transaction described above. Error "store_unavailable" (busy, connection lost).
    // A transaction begins on a connection made again when the last one was lost, or was found
    // lost by its BEGIN (a PostgreSQL restart between two requests costs no request).
    ServerStatus beginWrite();
    // A read-only transaction over one snapshot: every statement until its end sees the same
    // committed state (a page of a partition and the change-log sequence it is consistent with).
    // SQLite: a deferred BEGIN (the WAL snapshot is taken at the first read, no lock on writers);
    // PostgreSQL: REPEATABLE READ READ ONLY. End it with rollback().
    ServerStatus beginRead();
    ServerStatus commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }
    // Lets go of every statement's rows (a SQLite statement left open holds its read snapshot).
    // Called at every transaction's start and end and after each pool task.
    void finishStatements();

    // PostgreSQL: NOTIFY qabyldau_changes at commit, once however many changes the transaction
    // appended (each statement is a round trip under the region's lock). SQLite: nothing (one
    // process).
    void notifyChangesAtCommit();
    // One statement that writes no change-log row, as a transaction of its own. SQLite: a write
    // transaction as any other. PostgreSQL: without the region's lock (the change log's order
    // does not depend on it; the rows it updates are locked as PostgreSQL always does).
    ServerStatus writeAlone(const QString &sql, std::initializer_list<QVariant> values);
    static QString notificationChannel() { return QStringLiteral("qabyldau_changes"); }

    // Prepares (once per connection) and runs sql with positional values; on failure returns
    // "store_unavailable" with the driver's text (never shown to desks: the API logs it and
    // answers retry). The query belongs to this connection and is valid until sql runs again:
    // read its rows before running the same statement again.
    ServerResult<QSqlQuery *> exec(const QString &sql, std::initializer_list<QVariant> values = {});
    ServerStatus run(const QString &sql, std::initializer_list<QVariant> values = {});

    // The type of an auto-numbered 64-bit primary key column.
    QString autoIncrementPrimaryKey() const;
    // The type of a column of raw bytes (the change log keeps its JSON as bytes, so that a page
    // is served without converting each row to UTF-16 and back).
    QString bytesType() const;

    static ServerError storeError(const QString &what, const QString &driverText);

private:
    ServerDb(StoreUrl url, QSqlDatabase db);
    ServerStatus prepareSession(); // the connection's settings, run at every (re)connection
    ServerStatus begin(const QString &sql); // BEGIN ..., on a connection made again if lost

    StoreUrl m_url;
    QSqlDatabase m_db;
    bool m_inTransaction = false;
    bool m_notifyAtCommit = false;
    ServerStatus notifyNow(); // pg_notify on notificationChannel()
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared; // by SQL text; see exec()
    std::unique_ptr<QSqlQuery> m_plain;                     // the last statement without values
};

// Runs a write transaction: begins, calls work(db), commits when it returned ok, rolls back
// otherwise (or when the commit fails). The one transaction guard of the server.
template<typename T, typename Work>
ServerResult<T> inWriteTransaction(ServerDb &db, Work &&work)
{
    if (ServerStatus begun = db.beginWrite(); !begun)
        return begun.error();
    ServerResult<T> result = work(db);
    if (!result) {
        db.rollback();
        return result;
    }
    if (ServerStatus committed = db.commit(); !committed)
        return committed.error();
    return result;
}

// Runs work(db) inside one read snapshot (beginRead), then ends it: a read has nothing to commit.
template<typename T, typename Work>
ServerResult<T> inReadTransaction(ServerDb &db, Work &&work)
{
    if (ServerStatus begun = db.beginRead(); !begun)
        return begun.error();
    ServerResult<T> result = work(db);
    db.rollback();
    return result;
}
