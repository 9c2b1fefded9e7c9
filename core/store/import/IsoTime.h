#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>

#include <optional>

// Dates and instants as the import reads and writes them a million times, without QDateTime's
// time zone lookups: days since 1970-01-01 of a proleptic Gregorian date and back (H. Hinnant's
// algorithms), and the texts ApplicationJson writes.
namespace IsoTime {

qint64 daysFromCivil(int year, int month, int day);
void civilFromDays(qint64 days, int &year, int &month, int &day);

// "YYYY-MM-DD", as QDate::toString(Qt::ISODate) writes it.
void appendDate(QByteArray &out, const QDate &date);
// ApplicationJson::timestampValue of the instant msecs: "YYYY-MM-DDTHH:MM:SS.mmmZ".
QByteArray timestamp(qint64 msecs);
// The instant of a text of exactly that form (a valid date, hours < 24), in ms since the epoch;
// nullopt for any other text, which the caller reads with QDateTime instead.
std::optional<qint64> parseTimestamp(QByteArrayView text);

} // namespace IsoTime
