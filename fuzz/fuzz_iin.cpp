// What a clerk types as an IIN (RULES 9) or a kindergarten's BIN. Properties: what parses is
// 12 ASCII digits and parses again to itself; the IIN's birth date, when it has one, is valid.
#include "FuzzText.h"

#include "domain/Bin.h"
#include "domain/Iin.h"

namespace {

bool twelveDigits(const QString &text)
{
    if (text.size() != 12)
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = FuzzText::text(data, size);

    const Expected<Iin> iin = Iin::parse(input);
    if (iin) {
        FuzzText::check(twelveDigits(iin->toString()), "Iin::parse: not 12 digits");
        const Expected<Iin> again = Iin::parse(iin->toString());
        FuzzText::check(again && again->toString() == iin->toString(), "Iin::parse: its own digits refused");
        if (const std::optional<QDate> born = iin->birthDate())
            FuzzText::check(born->isValid(), "Iin::birthDate: an invalid date");
        (void)iin->sex();
    }

    const Expected<QString> bin = Bin::parse(input);
    if (bin) {
        FuzzText::check(twelveDigits(*bin), "Bin::parse: not 12 digits");
        const Expected<QString> again = Bin::parse(*bin);
        FuzzText::check(again && *again == *bin, "Bin::parse: its own digits refused");
    }
    return 0;
}
