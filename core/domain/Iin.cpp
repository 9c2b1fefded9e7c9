#include "domain/Iin.h"

#include "domain/TwelveDigits.h"

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Separators people type inside a number: spaces of any kind and dashes (ASCII and Unicode).
bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || (c.unicode() >= 0x2010 && c.unicode() <= 0x2015);
}

int digitAt(QStringView digits, qsizetype index)
{
    return digits.at(index).unicode() - u'0';
}

} // namespace

Expected<QString> TwelveDigits::read(QStringView text, Field field, Rule notTwelveDigits, Rule badCheckDigit)
{
    QString digits;
    digits.reserve(12);
    for (const QChar c : text) {
        if (isSeparator(c))
            continue;
        if (!isAsciiDigit(c))
            return Issue::error(field, notTwelveDigits);
        digits.append(c);
    }
    // A blank field is a missing value, not a malformed one.
    if (digits.isEmpty())
        return Issue::error(field, Rule::Required);
    if (digits.size() != 12)
        return Issue::error(field, notTwelveDigits);

    // RULES 9: valid iff the 12th digit equals the check digit; both passes giving 10 is invalid.
    const int expected = Iin::checkDigit(QStringView(digits).first(11));
    if (expected < 0 || expected != digitAt(digits, 11))
        return Issue::error(field, badCheckDigit);
    return digits;
}

Expected<Iin> Iin::parse(QStringView text, Field field)
{
    Expected<QString> digits = TwelveDigits::read(text, field, Rule::IinNotTwelveDigits, Rule::IinCheckDigit);
    if (!digits)
        return digits.error();
    return Iin(std::move(digits).value());
}

int Iin::checkDigit(QStringView elevenDigits)
{
    if (elevenDigits.size() != 11)
        return -1;
    for (const QChar c : elevenDigits)
        if (!isAsciiDigit(c))
            return -1;

    // RULES 9: first pass with weights 1..11; if that gives 10, second pass with 3..11, 1, 2.
    int sum = 0;
    for (int i = 0; i < 11; ++i)
        sum += digitAt(elevenDigits, i) * (i + 1);
    int check = sum % 11;
    if (check != 10)
        return check;

    sum = 0;
    for (int i = 0; i < 11; ++i)
        sum += digitAt(elevenDigits, i) * ((i + 2) % 11 + 1);
    check = sum % 11;
    return check == 10 ? -1 : check;
}

std::optional<QDate> Iin::birthDate() const
{
    if (m_digits.size() != 12)
        return std::nullopt;
    const int centuryDigit = digitAt(m_digits, 6);
    if (centuryDigit < 1 || centuryDigit > 6)
        return std::nullopt;
    // 1-2: 1800s, 3-4: 1900s, 5-6: 2000s.
    const int century = 1800 + (centuryDigit - 1) / 2 * 100;
    const int year = century + digitAt(m_digits, 0) * 10 + digitAt(m_digits, 1);
    const int month = digitAt(m_digits, 2) * 10 + digitAt(m_digits, 3);
    const int day = digitAt(m_digits, 4) * 10 + digitAt(m_digits, 5);
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt; // since 2013 the digits need not encode a date (RULES 9)
    return date;
}

Iin::Sex Iin::sex() const
{
    // Only meaningful when the digits encode a person at all, i.e. form a date.
    if (!birthDate())
        return Sex::Unknown;
    return digitAt(m_digits, 6) % 2 == 1 ? Sex::Male : Sex::Female;
}

Issues Iin::warningsAgainst(const QDate &enteredBirthDate, Sex enteredSex, Field field) const
{
    // RULES 9: a mismatch is only a warning, IINs issued since 2013 need not encode the person.
    Issues warnings;
    const std::optional<QDate> encodedDate = birthDate();
    if (encodedDate && enteredBirthDate.isValid() && *encodedDate != enteredBirthDate) {
        warnings.append(Issue::warning(field, Rule::IinBirthDateMismatch,
                                       encodedDate->toString(Qt::ISODate)));
    }
    const Sex encodedSex = sex();
    if (encodedSex != Sex::Unknown && enteredSex != Sex::Unknown && encodedSex != enteredSex)
        warnings.append(Issue::warning(field, Rule::IinSexMismatch));
    return warnings;
}
