// A direction record of the import file (`directions import`) or a sync change:
// DirectionStore::fromJson and checkRecord over what QJsonDocument makes of the bytes, each
// element of an array as the import reads it. Property: fromJson(toJson(d)) == d.
#include "FuzzText.h"

#include "store/DirectionStore.h"
#include "store/JsonStream.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

void readOne(const QJsonObject &object)
{
    Expected<Direction> read = DirectionStore::fromJson(object);
    if (!read)
        return;
    Direction direction = *read;
    const Expected<Direction> again = DirectionStore::fromJson(DirectionStore::toJson(direction));
    FuzzText::check(bool(again), "DirectionStore: toJson of a record fromJson read is refused");
    FuzzText::check(*again == direction, "DirectionStore: the round trip changes the record");
    (void)DirectionStore::checkRecord(direction);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzText::bytes(data, size);
    // The import refuses a file the strict splitter refuses, before reading any record.
    QList<JsonSpan> spans;
    if (JsonReader::splitArray(input, spans))
        return 0;
    const QJsonDocument document = QJsonDocument::fromJson(input);
    if (document.isObject()) {
        readOne(document.object());
    } else if (document.isArray()) {
        const QJsonArray records = document.array();
        for (const QJsonValue &record : records) {
            if (record.isObject())
                readOne(record.toObject());
        }
    }
    return 0;
}
