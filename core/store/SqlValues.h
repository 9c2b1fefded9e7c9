#pragma once

#include "domain/Expected.h"
#include "store/CanonicalJson.h"
#include "store/SqlText.h"
#include "store/WriteTransaction.h" // the stores take their transaction guard with their values

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
    return WriteTransaction::failed(error);
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
