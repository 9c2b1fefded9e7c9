#include "sync/SyncTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

template<typename T>
std::optional<T> fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return std::nullopt;
}

// A JSON number that is a whole number (JSON has no integers; the server writes them plainly).
std::optional<qint64> integer(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // Outside qint64's range the cast below is undefined behaviour (found by fuzz_sync_page,
    // docs/fuzzing.md): 2^63 itself is already outside, -2^63 is inside.
    if (!(number >= -0x1p63 && number < 0x1p63))
        return std::nullopt;
    const qint64 whole = qint64(number);
    if (double(whole) != number)
        return std::nullopt;
    return whole;
}

QJsonObject parseObject(const QByteArray &body, QString *error, bool *ok)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    *ok = parseError.error == QJsonParseError::NoError && document.isObject();
    if (!*ok && error)
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                               : QStringLiteral("not a JSON object");
    return document.object();
}

} // namespace

std::optional<SyncCursor> SyncProtocol::parseCursor(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("0"))
        return SyncCursor{};
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const qint64 seq = text.mid(colon + 1).toLongLong(&ok);
    if (!ok || seq < 0)
        return std::nullopt;
    return SyncCursor{text.left(colon), seq};
}

std::optional<quint64> SyncProtocol::parseChecksum(const QString &text)
{
    if (text.size() != 16)
        return std::nullopt;
    bool ok = false;
    const quint64 value = text.toULongLong(&ok, 16);
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<SyncPage> SyncProtocol::parsePage(const QByteArray &body, QString *error)
{
    bool ok = false;
    const QJsonObject object = parseObject(body, error, &ok);
    if (!ok)
        return std::nullopt;
    SyncPage page;
    const std::optional<SyncCursor> cursor = parseCursor(object.value(QStringLiteral("cursor")).toString());
    if (!cursor || cursor->epoch != object.value(QStringLiteral("epoch")).toString() || cursor->epoch.isEmpty())
        return fail<SyncPage>(error, QStringLiteral("bad cursor"));
    page.cursor = *cursor;
    page.more = object.value(QStringLiteral("more")).toBool();
    page.head = integer(object.value(QStringLiteral("head"))).value_or(0);
    const QJsonValue changes = object.value(QStringLiteral("changes"));
    if (!changes.isArray())
        return fail<SyncPage>(error, QStringLiteral("no changes array"));
    const QJsonArray array = changes.toArray();
    page.changes.reserve(array.size());
    qint64 previousSeq = 0;
    for (const QJsonValue &value : array) {
        const QJsonObject change = value.toObject();
        SyncChange c;
        const std::optional<qint64> seq = integer(change.value(QStringLiteral("seq")));
        const std::optional<qint64> version = integer(change.value(QStringLiteral("version")));
        c.partition = change.value(QStringLiteral("partition")).toString();
        c.entity = change.value(QStringLiteral("entity")).toString();
        c.id = change.value(QStringLiteral("id")).toString();
        c.deleted = change.value(QStringLiteral("deleted")).toBool();
        c.data = change.value(QStringLiteral("data")).toObject();
        if (!seq || !version || *version < 1 || *seq <= previousSeq || *seq > page.cursor.seq || c.partition.isEmpty()
            || c.entity.isEmpty() || c.id.isEmpty())
            return fail<SyncPage>(error, QStringLiteral("malformed change #%1").arg(page.changes.size()));
        c.seq = *seq;
        c.version = *version;
        previousSeq = *seq;
        page.changes.append(std::move(c));
    }
    const QJsonArray checkpoints = object.value(QStringLiteral("checkpoints")).toArray();
    for (const QJsonValue &value : checkpoints) {
        const QJsonObject checkpoint = value.toObject();
        const std::optional<qint64> count = integer(checkpoint.value(QStringLiteral("count")));
        const std::optional<quint64> sum = parseChecksum(checkpoint.value(QStringLiteral("checksum")).toString());
        const QString partition = checkpoint.value(QStringLiteral("partition")).toString();
        if (!count || !sum || partition.isEmpty())
            return fail<SyncPage>(error, QStringLiteral("malformed checkpoint"));
        page.checkpoints.append(SyncCheckpoint{partition, *count, *sum});
    }
    return page;
}

std::optional<SyncCommandsAnswer> SyncProtocol::parseCommandsAnswer(const QByteArray &body, QString *error)
{
    bool ok = false;
    const QJsonObject object = parseObject(body, error, &ok);
    if (!ok)
        return std::nullopt;
    SyncCommandsAnswer answer;
    answer.lastSeq = integer(object.value(QStringLiteral("last_seq"))).value_or(0);
    const QJsonValue results = object.value(QStringLiteral("results"));
    if (!results.isArray())
        return fail<SyncCommandsAnswer>(error, QStringLiteral("no results array"));
    for (const QJsonValue &value : results.toArray()) {
        const QJsonObject result = value.toObject();
        SyncOutcome outcome;
        const std::optional<qint64> deskSeq = integer(result.value(QStringLiteral("desk_seq")));
        const QString status = result.value(QStringLiteral("status")).toString();
        outcome.id = result.value(QStringLiteral("id")).toString();
        if (!deskSeq || outcome.id.isEmpty() || (status != QLatin1String("applied") && status != QLatin1String("rejected")))
            return fail<SyncCommandsAnswer>(error, QStringLiteral("malformed result #%1").arg(answer.outcomes.size()));
        outcome.deskSeq = *deskSeq;
        outcome.status = status == QLatin1String("applied") ? SyncOutcome::Status::Applied : SyncOutcome::Status::Rejected;
        outcome.replayed = result.value(QStringLiteral("replayed")).toBool();
        outcome.result = result.value(QStringLiteral("result")).toObject();
        outcome.code = result.value(QStringLiteral("code")).toString();
        outcome.message = result.value(QStringLiteral("message")).toString();
        outcome.details = result.value(QStringLiteral("details")).toObject();
        answer.outcomes.append(std::move(outcome));
    }
    return answer;
}
