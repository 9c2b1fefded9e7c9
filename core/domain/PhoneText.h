#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

// How the desk writes a Kazakhstan mobile number for people, on screen and in documents:
// "+7 (701) 765-43-21". The stores keep E.164 ("+77017654321", normalizeMobileNumber); this is
// only its look. In core, like DateText, so that forms and reports write it one way.
namespace PhoneText {

// "+77017654321" -> "+7 (701) 765-43-21"; an empty string for anything else (a landline as
// typed, a number from elsewhere).
inline QString grouped(const QString &e164)
{
    static const QRegularExpression kazakhNumber(QStringLiteral("^\\+7(\\d{3})(\\d{3})(\\d{2})(\\d{2})$"));
    const QRegularExpressionMatch match = kazakhNumber.match(e164);
    if (!match.hasMatch())
        return {};
    return QStringLiteral("+7 (%1) %2-%3-%4")
        .arg(match.captured(1), match.captured(2), match.captured(3), match.captured(4));
}

// grouped() where it applies, the text as it is otherwise.
inline QString display(const QString &number)
{
    const QString text = grouped(number);
    return text.isEmpty() ? number : text;
}

// Several numbers, displayed and separated by commas.
inline QString display(const QStringList &numbers)
{
    QStringList shown;
    for (const QString &number : numbers)
        if (!number.trimmed().isEmpty())
            shown << display(number);
    return shown.join(QStringLiteral(", "));
}

} // namespace PhoneText
