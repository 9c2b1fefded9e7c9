#pragma once

#include "domain/DateText.h"
#include "domain/KindergartenProfile.h"
#include "domain/PhoneText.h"
#include "domain/TextLanguage.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// How values look on every printed document, whatever its language (DESIGN 8): dates dd.MM.yyyy,
// times HH:mm, phones grouped, sums with a space between thousands. Wording never comes from here:
// every word of a document lives in its template.
namespace DocumentFormat {

// A line to fill in by hand where a value is missing.
inline QString blank()
{
    return QStringLiteral("____________________");
}

inline QString orBlank(const QString &value)
{
    return value.trimmed().isEmpty() ? blank() : value;
}

// A section switch for the template ({{#name}}...{{/name}} is kept when the value is not empty).
inline QString flag(bool on)
{
    return on ? QStringLiteral("yes") : QString();
}

// Text the clerk typed in her own words (issue 13 item 1: a refusal's explanation, the parent's ID
// document or address): shown under key as it was typed, and two switches telling the language it
// was typed in (TextLanguages::detect), key_typed_in_kazakh and key_typed_in_russian, with which a
// template puts a marker in its own words before a text in the other language. shown is what the
// document prints (the text, or a blank line to fill by hand).
inline void insertTypedText(QHash<QString, QString> &values, const QString &key, const QString &typed,
                            const QString &shown)
{
    const TextLanguage language = TextLanguages::detect(typed);
    values.insert(key, shown);
    values.insert(key + QStringLiteral("_typed_in_kazakh"), flag(language == TextLanguage::Kazakh));
    values.insert(key + QStringLiteral("_typed_in_russian"), flag(language == TextLanguage::Russian));
}

// Spaces that must not break a line (a phone number, a sum): no-break spaces.
inline QString unbreakable(QString text)
{
    return text.replace(u' ', u'\u00A0');
}

inline QString date(const QDate &value)
{
    return DateText::date(value);
}

// In the desk's time zone (the stored moments are UTC or carry their offset).
inline QString dateTime(const QDateTime &value)
{
    return DateText::dateTime(value);
}

// +77011234567 -> +7 701 123 45 67, as people write it; anything else as stored.
inline QString phone(const QString &number)
{
    // +7 (701) 765-43-21 (PhoneText, as on screen), with no-break spaces and no-break hyphens: a
    // number never splits at a line end, and a justified line stretches it no more than two
    // words. Anything else (a landline as typed) only keeps its spaces from breaking.
    const QString grouped = PhoneText::grouped(number);
    if (grouped.isEmpty())
        return unbreakable(number);
    return unbreakable(grouped).replace(u'-', u'\u2011');
}

inline QString phones(const QStringList &numbers)
{
    QStringList formatted;
    for (const QString &number : numbers)
        if (!number.trimmed().isEmpty())
            formatted << phone(number);
    return formatted.join(QStringLiteral(", "));
}

// 25000 -> "25 000" (both document languages group thousands with a space).
inline QString money(qint64 amount)
{
    QString digits = QString::number(amount < 0 ? -amount : amount);
    for (qsizetype position = digits.size() - 3; position > 0; position -= 3)
        digits.insert(position, u'\u00A0');
    return amount < 0 ? QStringLiteral("-") + digits : digits;
}

// Russian: "в течение 1 рабочего дня" but "в течение 5 рабочих дней"; the template words both,
// this says which one the number takes.
inline bool takesSingular(int number)
{
    return number % 10 == 1 && number % 100 != 11;
}

// For a proposed file name: letters (Kazakh and Russian too), digits, dashes and dots stay;
// anything a file system may dislike becomes '_'.
inline QString fileNamePart(const QString &text)
{
    QString part;
    for (const QChar c : text)
        part += (c.isLetterOrNumber() || c == u'-' || c == u'.') ? c : QChar(u'_');
    return part;
}

// The heading of a document over a period (the registers, the audit): the kindergarten in the
// document's language and its BIN, the period, when it was printed and the head who signs it.
inline void insertPeriodHeading(QHash<QString, QString> &values, const KindergartenProfile &profile, bool kazakh,
                                const QDate &from, const QDate &to, const QDateTime &printedAt)
{
    values.insert(QStringLiteral("kindergarten_name"), orBlank(kazakh ? profile.nameKk : profile.nameRu));
    values.insert(QStringLiteral("kindergarten_bin"), profile.bin);
    values.insert(QStringLiteral("period_from"), date(from));
    values.insert(QStringLiteral("period_to"), date(to));
    values.insert(QStringLiteral("printed_at"), dateTime(printedAt));
    values.insert(QStringLiteral("head_name"), orBlank(profile.headName));
}

} // namespace DocumentFormat
