// What the queue server answers a desk's sync (docs/api.md): a GET /changes page, a POST
// /commands answer, a cursor and a checksum; and what the application's details ask of it
// (GET /explain, GET /notifications). Bytes from the network: none may crash the desk.
#include "FuzzText.h"

#include "sync/DeskExplanation.h"
#include "sync/DeskNotifications.h"
#include "sync/SyncTypes.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzText::bytes(data, size);
    QString error;
    if (const std::optional<SyncPage> page = SyncProtocol::parsePage(input, &error)) {
        // A change's data is kept as the bytes the server sent (no tree): an object's text, cut
        // from the page itself.
        for (const SyncChange &change : page->changes)
            FuzzText::check(change.data.isEmpty()
                                || (change.data.startsWith('{') && change.data.endsWith('}') && input.contains(change.data)),
                            "parsePage: a change's data is not an object's text from the page");
    }
    (void)SyncProtocol::parseCommandsAnswer(input, &error);
    if (const Expected<DeskExplanation> explanation = DeskExplanation::fromJson(input))
        (void)explanation->text([](const QString &id) { return id; });
    if (const Expected<DeskNotifications> notifications = DeskNotifications::fromJson(input))
        for (const DeskNotification &message : notifications->messages)
            (void)message.deliveryText();

    const QString text = FuzzText::text(data, size);
    if (const std::optional<SyncCursor> cursor = SyncProtocol::parseCursor(text)) {
        const std::optional<SyncCursor> again = SyncProtocol::parseCursor(cursor->text());
        FuzzText::check(again && again->epoch == cursor->epoch && again->seq == cursor->seq,
                        "parseCursor: its own text refused or changed");
    }
    (void)SyncProtocol::parseChecksum(text);
    return 0;
}
