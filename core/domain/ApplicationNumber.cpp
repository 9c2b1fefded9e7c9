#include "domain/ApplicationNumber.h"

namespace {

// Digits only, at least `minimum` of them, at most `maximum`; -1 otherwise.
qint64 digitsValue(QStringView text, int minimum, int maximum)
{
    if (text.size() < minimum || text.size() > maximum)
        return -1;
    qint64 value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

bool ApplicationNumber::isValid() const
{
    return year >= 1900 && year <= 9999 && desk >= 0 && desk <= 999999 && sequence >= 1
           && sequence <= Q_INT64_C(999999999999);
}

QString ApplicationNumber::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1-%2-%3")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(desk, 3, 10, QLatin1Char('0'))
        .arg(sequence, 5, 10, QLatin1Char('0'));
}

Expected<ApplicationNumber> ApplicationNumber::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const auto invalid = [&trimmed] { return Issue::error(Field::None, Rule::InvalidNumber, trimmed.toString()); };
    const qsizetype firstDash = trimmed.indexOf(u'-');
    const qsizetype secondDash = firstDash < 0 ? -1 : trimmed.indexOf(u'-', firstDash + 1);
    if (firstDash < 0 || secondDash < 0)
        return invalid();
    ApplicationNumber number;
    const qint64 year = digitsValue(trimmed.first(firstDash), 4, 4);
    const qint64 desk = digitsValue(trimmed.sliced(firstDash + 1, secondDash - firstDash - 1), 3, 6);
    const qint64 sequence = digitsValue(trimmed.sliced(secondDash + 1), 5, 12);
    if (year < 0 || desk < 0 || sequence < 0)
        return invalid();
    number.year = int(year);
    number.desk = int(desk);
    number.sequence = sequence;
    // The one spelling: "2026-0007-00042" or "2026-007-000042" would name the same number twice.
    if (!number.isValid() || number.toString() != trimmed)
        return invalid();
    return number;
}

QString ApplicationNumbers::shown(const QString &number, const QString &id)
{
    return number.isEmpty() ? id : number;
}
