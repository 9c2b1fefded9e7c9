// What the queue server answers a desk's sync (docs/api.md): a GET /changes page, a POST
// /commands answer, a cursor and a checksum. Bytes from the network: none may crash the desk.
#include "FuzzText.h"

#include "sync/SyncTypes.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzText::bytes(data, size);
    QString error;
    (void)SyncProtocol::parsePage(input, &error);
    (void)SyncProtocol::parseCommandsAnswer(input, &error);

    const QString text = FuzzText::text(data, size);
    if (const std::optional<SyncCursor> cursor = SyncProtocol::parseCursor(text)) {
        const std::optional<SyncCursor> again = SyncProtocol::parseCursor(cursor->text());
        FuzzText::check(again && again->epoch == cursor->epoch && again->seq == cursor->seq,
                        "parseCursor: its own text refused or changed");
    }
    (void)SyncProtocol::parseChecksum(text);
    return 0;
}
