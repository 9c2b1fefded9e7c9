#include "store/import/IsoTime.h"

#include "store/ApplicationJson.h"

#include <QDateTime>

namespace {

void appendDigits(QByteArray &out, int value, int width)
{
    char digits[8];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(digits, width);
}

} // namespace

qint64 IsoTime::daysFromCivil(int year, int month, int day)
{
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yearOfEra = y - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

void IsoTime::civilFromDays(qint64 days, int &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
}

void IsoTime::appendDate(QByteArray &out, const QDate &date)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999) {
        out += date.toString(Qt::ISODate).toUtf8();
        return;
    }
    appendDigits(out, year, 4);
    out += '-';
    appendDigits(out, month, 2);
    out += '-';
    appendDigits(out, day, 2);
}

QByteArray IsoTime::timestamp(qint64 msecs)
{
    constexpr qint64 msecsPerDay = 86400000;
    const qint64 days = msecs >= 0 ? msecs / msecsPerDay : -((-msecs + msecsPerDay - 1) / msecsPerDay);
    const qint64 ofDay = msecs - days * msecsPerDay;
    int year = 0, month = 0, day = 0;
    civilFromDays(days, year, month, day);
    if (year < 1 || year > 9999)
        return ApplicationJson::timestampValue(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC)).toString().toUtf8();
    QByteArray out;
    out.reserve(24);
    appendDigits(out, year, 4);
    out += '-';
    appendDigits(out, month, 2);
    out += '-';
    appendDigits(out, day, 2);
    out += 'T';
    appendDigits(out, int(ofDay / 3600000), 2);
    out += ':';
    appendDigits(out, int(ofDay / 60000 % 60), 2);
    out += ':';
    appendDigits(out, int(ofDay / 1000 % 60), 2);
    out += '.';
    appendDigits(out, int(ofDay % 1000), 3);
    out += 'Z';
    return out;
}

std::optional<qint64> IsoTime::parseTimestamp(QByteArrayView text)
{
    if (text.size() != 24 || text.at(4) != '-' || text.at(7) != '-' || text.at(10) != 'T' || text.at(13) != ':'
        || text.at(16) != ':' || text.at(19) != '.' || text.at(23) != 'Z')
        return std::nullopt;
    int parts[7] = {};
    const int starts[7] = {0, 5, 8, 11, 14, 17, 20};
    const int widths[7] = {4, 2, 2, 2, 2, 2, 3};
    for (int p = 0; p < 7; ++p) {
        for (int i = starts[p]; i < starts[p] + widths[p]; ++i) {
            const char c = text.at(i);
            if (c < '0' || c > '9')
                return std::nullopt;
            parts[p] = parts[p] * 10 + (c - '0');
        }
    }
    if (parts[0] == 0 || !QDate::isValid(parts[0], parts[1], parts[2]) || parts[3] >= 24 || parts[4] >= 60
        || parts[5] >= 60)
        return std::nullopt;
    return daysFromCivil(parts[0], parts[1], parts[2]) * 86400000
           + ((parts[3] * 60 + parts[4]) * 60 + parts[5]) * qint64(1000) + parts[6];
}
