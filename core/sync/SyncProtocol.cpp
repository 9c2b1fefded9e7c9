#include "sync/SyncTypes.h"

#include "store/JsonStream.h"

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

// A member name is compared as bytes; one written with escapes is decoded first.
bool keyIs(const JsonValue &key, const char *name)
{
    const QByteArrayView wanted(name);
    if (!key.escaped)
        return key.text == wanted;
    QByteArray decoded;
    JsonReader::appendUtf8(key, decoded);
    return decoded == wanted;
}

QString stringOf(const JsonValue &value)
{
    return value.kind == JsonKind::String ? JsonReader::toString(value) : QString();
}

// A whole number (JsonReader::toInteger: a fraction, or a value outside 64 bits, is none). Unlike
// integer() on a QJsonValue, exact above 2^53 too.
std::optional<qint64> integerOf(const JsonValue &value)
{
    if (value.kind != JsonKind::Number)
        return std::nullopt;
    return JsonReader::toInteger(value);
}

qsizetype offsetIn(QByteArrayView whole, QByteArrayView part)
{
    return qsizetype(part.data() - whole.data());
}

QString syntaxError(const JsonError &error)
{
    return QStringLiteral("%1 at byte %2").arg(error.reason).arg(error.offset);
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

QJsonObject SyncChange::dataObject() const
{
    if (data.isEmpty())
        return {};
    return QJsonDocument::fromJson(data).object();
}

void SyncChange::setDataObject(const QJsonObject &object)
{
    data = QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A page is read with the strict reader of store/JsonStream (no QJsonDocument: a first sync reads
// 300,000 changes, and building each into a tree cost a fifth of the desk's work; docs/performance.md).
// What a member of the wrong kind means is what QJsonValue's conversions gave before: a string
// that is not one reads as empty, a flag as false, a number as missing. The reader is stricter
// than QJsonDocument (no half of a surrogate pair even as an escape, nesting at most 128 deep):
// the server refuses such a body at its door (docs/api.md, bad_json), so its pages never hold one.
std::optional<SyncPage> SyncProtocol::parsePage(const QByteArray &body, QString *error)
{
    const QByteArrayView text(body);
    JsonReader top(text);
    JsonValue key;
    JsonValue value;
    QString cursorText;
    QString epoch;
    SyncPage page;
    std::optional<JsonValue> changes;
    std::optional<JsonValue> checkpoints;
    if (top.openObject()) {
        while (top.nextMember(key, value)) {
            if (keyIs(key, "cursor"))
                cursorText = stringOf(value);
            else if (keyIs(key, "epoch"))
                epoch = stringOf(value);
            else if (keyIs(key, "more"))
                page.more = value.kind == JsonKind::True;
            else if (keyIs(key, "head"))
                page.head = integerOf(value).value_or(0);
            else if (keyIs(key, "changes"))
                changes = value;
            else if (keyIs(key, "checkpoints"))
                checkpoints = value;
        }
    }
    if (!top.ok())
        return fail<SyncPage>(error, syntaxError(*top.error()));
    const std::optional<SyncCursor> cursor = parseCursor(cursorText);
    if (!cursor || cursor->epoch != epoch || cursor->epoch.isEmpty())
        return fail<SyncPage>(error, QStringLiteral("bad cursor"));
    page.cursor = *cursor;
    if (!changes || changes->kind != JsonKind::Array)
        return fail<SyncPage>(error, QStringLiteral("no changes array"));

    // The whole body was checked above: the readers below only find the members again.
    JsonReader list(changes->text, offsetIn(text, changes->text));
    JsonValue element;
    qint64 previousSeq = 0;
    list.openArray();
    while (list.nextElement(element)) {
        SyncChange c;
        std::optional<qint64> seq;
        std::optional<qint64> version;
        if (element.kind == JsonKind::Object) {
            JsonReader change(element.text, offsetIn(text, element.text));
            change.openObject();
            while (change.nextMember(key, value)) {
                if (keyIs(key, "seq"))
                    seq = integerOf(value);
                else if (keyIs(key, "version"))
                    version = integerOf(value);
                else if (keyIs(key, "partition"))
                    c.partition = stringOf(value);
                else if (keyIs(key, "entity"))
                    c.entity = stringOf(value);
                else if (keyIs(key, "id"))
                    c.id = stringOf(value);
                else if (keyIs(key, "deleted"))
                    c.deleted = value.kind == JsonKind::True;
                else if (keyIs(key, "data"))
                    c.data = value.kind == JsonKind::Object ? QByteArray(value.text.data(), value.text.size()) : QByteArray();
            }
            if (!change.ok())
                return fail<SyncPage>(error, syntaxError(*change.error()));
        }
        if (!seq || !version || *version < 1 || *seq <= previousSeq || *seq > page.cursor.seq || c.partition.isEmpty()
            || c.entity.isEmpty() || c.id.isEmpty())
            return fail<SyncPage>(error, QStringLiteral("malformed change #%1").arg(page.changes.size()));
        c.seq = *seq;
        c.version = *version;
        previousSeq = *seq;
        page.changes.append(std::move(c));
    }
    if (!list.ok())
        return fail<SyncPage>(error, syntaxError(*list.error()));

    if (checkpoints && checkpoints->kind == JsonKind::Array) {
        JsonReader points(checkpoints->text, offsetIn(text, checkpoints->text));
        points.openArray();
        while (points.nextElement(element)) {
            std::optional<qint64> count;
            std::optional<quint64> sum;
            QString partition;
            if (element.kind == JsonKind::Object) {
                JsonReader point(element.text, offsetIn(text, element.text));
                point.openObject();
                while (point.nextMember(key, value)) {
                    if (keyIs(key, "count"))
                        count = integerOf(value);
                    else if (keyIs(key, "checksum"))
                        sum = parseChecksum(stringOf(value));
                    else if (keyIs(key, "partition"))
                        partition = stringOf(value);
                }
                if (!point.ok())
                    return fail<SyncPage>(error, syntaxError(*point.error()));
            }
            if (!count || !sum || partition.isEmpty())
                return fail<SyncPage>(error, QStringLiteral("malformed checkpoint"));
            page.checkpoints.append(SyncCheckpoint{partition, *count, *sum});
        }
        if (!points.ok())
            return fail<SyncPage>(error, syntaxError(*points.error()));
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
