#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

// How the desk writes dates and times, on screen, in documents and in messages: day first, as on
// paper (dd.MM.yyyy), times as HH:mm. One place, so that a form, a table, a document and an Issue
// detail never disagree; core/ holds it because models/ and reports/ cannot include forms/.
namespace DateText {

// For QDateEdit::setDisplayFormat and for reading back what a clerk typed.
inline QString dateFormat()
{
    return QStringLiteral("dd.MM.yyyy");
}

// An invalid date gives an empty text.
inline QString date(const QDate &value)
{
    return value.isValid() ? value.toString(dateFormat()) : QString();
}

// "31.08.2026" -> the date; anything else -> an invalid QDate.
inline QDate fromText(const QString &text)
{
    return QDate::fromString(text, dateFormat());
}

inline QString time(const QTime &value)
{
    return value.isValid() ? value.toString(QStringLiteral("HH:mm")) : QString();
}

// In the desk's time zone (stored moments may be UTC or carry their offset).
inline QString dateTime(const QDateTime &value)
{
    return value.isValid() ? value.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
}

// With seconds, where two moments of the same minute must be told apart (history, queue order).
inline QString dateTimeWithSeconds(const QDateTime &value)
{
    return value.isValid() ? value.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm:ss")) : QString();
}

} // namespace DateText
