#include "domain/Bin.h"

#include "domain/TwelveDigits.h"

namespace Bin {

Expected<QString> parse(QStringView text, Field field)
{
    // RULES 9: the check digit is the IIN's; -1 (both passes give 10) means no valid number.
    return TwelveDigits::read(text, field, Rule::BinNotTwelveDigits, Rule::BinCheckDigit);
}

} // namespace Bin
