#include "store/import/PrepareRecord.h"

#include "domain/QueueOrder.h"
#include "store/ApplicationStore.h"
#include "store/CanonicalJson.h"
#include "store/Sha256.h"
#include "store/import/ApplicationColumns.h"

#include <QJsonDocument>
#include <QUuid>

#include <cstring>

namespace Import {

namespace {

// The namespace of the ids derived for records without one (a fixed, random UUID).
const QUuid idNamespace(QStringLiteral("{5b0f9a3e-6c47-4d0e-9f6b-2a1d8c7e4b91}"));

} // namespace

void prepare(Record &record, QByteArrayView text, qsizetype offset, const PrepareContext &prepareContext)
{
    const ValidationContext &context = prepareContext.validation;
    record.error.reset();
    std::optional<qint64> filedAtMsecs;
    Expected<Application> parsed = readApplication(text, offset, filedAtMsecs);
    if (!parsed) {
        record.error = parsed.error();
        return;
    }
    Application a = std::move(parsed).value();
    for (const Issue &issue : validateApplication(a, context)) {
        if (issue.isError()) {
            record.error = issue;
            return;
        }
    }
    if (!a.id.isEmpty()) {
        // Issue 14 item 3: ids are client-made UUIDs, lower-case without braces, everywhere
        // (store, outbox, server); anything else would never match the same application again.
        if (QUuid::fromString(a.id).isNull() || QUuid::fromString(a.id).toString(QUuid::WithoutBraces) != a.id) {
            record.error = Issue::error(Field::None, Rule::ApplicationIdNotUuid, a.id);
            return;
        }
    } else {
        // The id is derived from the record as the file has it, unknown keys included.
        const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray());
        a.id = QUuid::createUuidV5(idNamespace, CanonicalJson::encode(document.object()))
                   .toString(QUuid::WithoutBraces);
    }
    const bool fileHasFiledAt = a.filedAt.isValid();
    // The spellings registerApplication stores (normalizeForStorage).
    normalizeForStorage(a, context.now);
    if (a.status != ApplicationStatus::Archived)
        a.archiveReason = ArchiveReason::None;

    // The instant normalizeForStorage keeps: the file's, or now (without asking the time zone
    // database again: QDateTime's local-time conversions cost more than reading the record).
    record.filedAt = filedAtMsecs     ? *filedAtMsecs
                     : fileHasFiledAt ? QueueOrder::filedAtSortValue(a.filedAt)
                                      : prepareContext.nowMsecs;
    record.sequence = QueueOrder::sequenceSortValue(a.registrationSequence);
    record.birthYear = a.birthYear();
    record.right = static_cast<int>(a.right());
    record.active = a.isActive();

    RowWriter row(record, a, prepareContext.nowMsecs);
    writeRow(row);

    const QByteArray digest = Sha256::hashHex(canonicalRecord(record));
    std::memcpy(record.digestHex.data(), digest.constData(), record.digestHex.size());
}

} // namespace Import
