#pragma once

#include "domain/Expected.h"
#include "store/CanonicalJson.h"
#include "store/SqlText.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// How the stores of schema v4 (directions, sessions, contracts, refusals, complaints) put values
// into columns and read them back, following the conventions of Migrations.cpp: dates as
// "YYYY-MM-DD" or NULL, instants as INTEGER UTC milliseconds or NULL (read back in local time),
// lists as canonical JSON arrays.
namespace SqlValues {

inline Issue writeFailed(const QString &error)
{
    return Issue::error(Field::Store, Rule::StoreWriteFailed, error);
}

inline QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

inline QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

inline QVariant instant(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toMSecsSinceEpoch()) : QVariant();
}

inline QDateTime toInstant(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong()).toLocalTime();
}

// What the store keeps of a moment: whole milliseconds, in local time (equal to what reads give).
inline QDateTime storedInstant(const QDateTime &value)
{
    return value.isValid() ? QDateTime::fromMSecsSinceEpoch(value.toMSecsSinceEpoch()).toLocalTime() : QDateTime();
}

inline QString jsonArray(const QJsonArray &array)
{
    return QString::fromUtf8(CanonicalJson::encode(array));
}

inline QJsonArray toJsonArray(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).array();
}

} // namespace SqlValues

// One write transaction on a connection: BEGIN IMMEDIATE (so that what is read inside sees the
// same store as what is written, even with another desk process on the file), COMMIT, and a
// ROLLBACK when it goes out of scope uncommitted. Every QSqlQuery used inside must be finished
// (or destroyed) before commit().
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db) : m_db(std::move(db)) { }
    ~WriteTransaction()
    {
        if (m_open) {
            QSqlQuery rollback(m_db);
            rollback.exec(QStringLiteral("ROLLBACK"));
        }
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status begin()
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return SqlValues::writeFailed(query.lastError().text());
        m_open = true;
        return {};
    }

    Status commit()
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("COMMIT")))
            return SqlValues::writeFailed(query.lastError().text());
        m_open = false;
        return {};
    }

    QSqlDatabase &db() { return m_db; }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};
