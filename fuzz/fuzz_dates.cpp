// Dates and instants from outside: what a clerk types (DateText::fromText, dd.MM.yyyy) and the
// dates and timestamps of JSON records (JsonFields::date / timestamp, with their fast paths and
// IsoTime). Properties: the fast paths agree with Qt's own parsers, and every date read writes
// back to a text that reads the same.
#include "FuzzText.h"

#include "domain/DateText.h"
#include "store/import/IsoTime.h"
#include "store/import/JsonFields.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = FuzzText::text(data, size);

    // The desk's fields.
    const QDate typed = DateText::fromText(input);
    if (typed.isValid())
        FuzzText::check(DateText::fromText(DateText::date(typed)) == typed, "DateText: the round trip changes the date");

    // A record's date and timestamp members, the text as a JSON string.
    static const JsonKeys keys({"date", "at"});
    const QByteArray record = QJsonDocument(QJsonObject{{QStringLiteral("date"), input}, {QStringLiteral("at"), input}})
                                  .toJson(QJsonDocument::Compact);
    JsonFields fields(keys);
    FuzzText::check(!fields.read(record), "JsonFields: QJsonDocument's output refused");
    const QString value = fields.text(keys.indexOf("date"), Field::None);
    FuzzText::check(value == input, "JsonFields: the text changed on the way");

    const QDate date = fields.date(keys.indexOf("date"), Field::None);
    if (!input.isEmpty())
        FuzzText::check(date == QDate::fromString(input, Qt::ISODate), "JsonFields::date disagrees with QDate::fromString");
    if (date.isValid()) {
        int year = 0, month = 0, day = 0;
        IsoTime::civilFromDays(IsoTime::daysFromCivil(date.year(), date.month(), date.day()), year, month, day);
        FuzzText::check(QDate(year, month, day) == date, "IsoTime: days and back changes the date");
        QByteArray written;
        IsoTime::appendDate(written, date);
        FuzzText::check(written == date.toString(Qt::ISODate).toLatin1(), "IsoTime::appendDate disagrees with QDate");
    }

    std::optional<qint64> msecs;
    const QDateTime at = fields.timestamp(keys.indexOf("at"), Field::None, &msecs);
    if (msecs) {
        const QDateTime qt = QDateTime::fromString(input, Qt::ISODateWithMs);
        FuzzText::check(qt.isValid() && qt.toMSecsSinceEpoch() == *msecs,
                        "JsonFields::timestamp disagrees with QDateTime::fromString");
        FuzzText::check(IsoTime::timestamp(*msecs) == input.toLatin1(), "IsoTime::timestamp: not the text read");
    }
    // The instant alone (the sync's bulk download) is the timestamp's, valid or not.
    const std::optional<qint64> instant = fields.instant(keys.indexOf("at"), Field::None);
    FuzzText::check(instant.has_value() == at.isValid() && (!instant || *instant == at.toMSecsSinceEpoch()),
                    "JsonFields::instant disagrees with JsonFields::timestamp");
    return 0;
}
