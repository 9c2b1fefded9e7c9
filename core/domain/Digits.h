#pragma once

#include <QString>

// The ASCII digits of a typed text, in order ("210315 60123-1" -> "210315601231"): how the desk
// compares an IIN, a direction number or a phone typed with spaces, dashes or brackets. One
// function for the forms and the rules alike.
namespace Digits {

inline QString of(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text)
        if (c >= u'0' && c <= u'9')
            digits.append(c);
    return digits;
}

} // namespace Digits
