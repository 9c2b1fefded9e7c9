#pragma once

#include "domain/Expected.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// The one way a store writes (DESIGN 3: an operation is all of its rows or none of them).
//
// BEGIN IMMEDIATE takes the write lock at once, so that what is read inside sees the same store as
// what is written, even with another desk process on the file; commit() is explicit and the
// destructor rolls back whatever was not committed, so every early return leaves nothing behind.
// Errors come back as Status values (Rule::StoreWriteFailed). Every QSqlQuery used inside must be
// finished (or destroyed) before commit().
//
//     WriteTransaction transaction(db);
//     if (const Status begun = transaction.begin(); !begun)
//         return begun;
//     ... writes, returning their Issue on failure ...
//     return transaction.commit();
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db) : m_db(std::move(db)) { }
    ~WriteTransaction() { rollback(); }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    static Issue failed(const QString &error)
    {
        return Issue::error(Field::Store, Rule::StoreWriteFailed, error);
    }

    // Whether error is SQLite's SQLITE_BUSY (another connection holds the lock), extended codes
    // included.
    static bool isBusy(const QSqlError &error)
    {
        bool numeric = false;
        const int code = error.nativeErrorCode().toInt(&numeric);
        return numeric && (code & 0xff) == 5;
    }

    Status begin()
    {
        if (m_open)
            return failed(QStringLiteral("transaction already begun"));
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return failed(query.lastError().text());
        m_open = true;
        return {};
    }

    // The same without waiting for another connection's write lock: false, and no transaction,
    // when another process is writing (SQLITE_BUSY at once instead of after the busy timeout).
    // For work that can be left to later, such as a reader's refresh of derived columns.
    Expected<bool> tryBegin()
    {
        if (m_open)
            return failed(QStringLiteral("transaction already begun"));
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("PRAGMA busy_timeout")) || !query.next())
            return failed(query.lastError().text());
        const int timeoutMs = query.value(0).toInt();
        query.finish();
        query.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
        const bool begun = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        const QSqlError error = query.lastError();
        query.finish();
        query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(timeoutMs));
        if (begun) {
            m_open = true;
            return true;
        }
        if (isBusy(error))
            return false;
        return failed(error.text());
    }

    // On a failed COMMIT the transaction is rolled back (here or by the destructor): SQLite may
    // leave it open after SQLITE_BUSY, and nothing half-written may stay pending.
    Status commit()
    {
        if (!m_open)
            return failed(QStringLiteral("no transaction to commit"));
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("COMMIT"))) {
            const QString error = query.lastError().text();
            query.finish();
            rollback();
            return failed(error);
        }
        m_open = false;
        return {};
    }

    // Ends the transaction without keeping anything; the destructor does the same.
    void rollback()
    {
        if (!m_open)
            return;
        m_open = false;
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }

    bool isOpen() const { return m_open; }
    QSqlDatabase &db() { return m_db; }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};
