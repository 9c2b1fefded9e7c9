// An application record from outside (the import file, a `register_application` payload, a sync
// change): the strict reader over raw bytes, and ApplicationJson::fromJson over whatever
// QJsonDocument makes of them. Property: a record read once reads back the same after toJson.
#include "FuzzText.h"

#include "store/ApplicationImport.h"
#include "store/ApplicationJson.h"
#include "store/JsonStream.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzText::bytes(data, size);

    // The import's path: the file split into records, each read straight from the bytes.
    QList<JsonSpan> spans;
    if (!JsonReader::splitArray(input, spans)) {
        for (const JsonSpan &span : std::as_const(spans)) {
            FuzzText::check(span.offset >= 0 && span.length >= 0 && span.offset + span.length <= input.size(),
                            "splitArray: a record outside the text");
            (void)ApplicationImport::readRecord(QByteArrayView(input).sliced(span.offset, span.length), span.offset);
        }
    }
    // One record on its own, as readRecord is also called.
    (void)ApplicationImport::readRecord(input);

    const QJsonDocument document = QJsonDocument::fromJson(input);
    if (!document.isObject())
        return 0;
    const Expected<Application> first = ApplicationJson::fromJson(document.object());
    if (!first)
        return 0;
    const QJsonObject written = ApplicationJson::toJson(*first);
    const Expected<Application> second = ApplicationJson::fromJson(written);
    FuzzText::check(bool(second), "ApplicationJson: toJson of a record fromJson read is refused");
    FuzzText::check(ApplicationJson::toJson(*second) == written, "ApplicationJson: the round trip changes the record");
    return 0;
}
