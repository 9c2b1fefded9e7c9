#include "domain/Bin.h"

#include "domain/Iin.h"

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The same separators Iin::parse ignores: spaces of any kind and dashes.
bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || (c.unicode() >= 0x2010 && c.unicode() <= 0x2015);
}

} // namespace

namespace Bin {

Expected<QString> parse(QStringView text, Field field)
{
    QString digits;
    digits.reserve(12);
    for (const QChar c : text) {
        if (isSeparator(c))
            continue;
        if (!isAsciiDigit(c))
            return Issue::error(field, Rule::BinNotTwelveDigits);
        digits.append(c);
    }
    if (digits.isEmpty())
        return Issue::error(field, Rule::Required);
    if (digits.size() != 12)
        return Issue::error(field, Rule::BinNotTwelveDigits);
    // RULES 9: the check digit is the IIN's; -1 (both passes give 10) means no valid number.
    const int expected = Iin::checkDigit(QStringView(digits).first(11));
    if (expected < 0 || expected != digits.at(11).unicode() - u'0')
        return Issue::error(field, Rule::BinCheckDigit);
    return digits;
}

} // namespace Bin
