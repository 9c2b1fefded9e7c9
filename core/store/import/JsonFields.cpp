#include "store/import/JsonFields.h"

#include "store/import/IsoTime.h"
#include "domain/FieldLimits.h"

#include <cstring>

JsonKeys::JsonKeys(const QList<const char *> &names) : m_names(names)
{
    Q_ASSERT(names.size() <= maxKeys);
    for (int k = 0; k < int(names.size()); ++k) {
        const size_t length = std::strlen(names.at(k));
        Q_ASSERT(length < size_t(maxLength));
        m_byLength[length].append(k);
    }
}

int JsonKeys::indexOf(QByteArrayView name) const
{
    if (name.size() >= qsizetype(m_byLength.size()))
        return -1;
    for (const int k : m_byLength[size_t(name.size())])
        if (std::memcmp(m_names.at(k), name.data(), size_t(name.size())) == 0)
            return k;
    return -1;
}

JsonFields::JsonFields(const JsonKeys &keys, Options options) : m_keys(keys), m_options(options) { }

std::optional<JsonError> JsonFields::read(QByteArrayView text, qsizetype base)
{
    m_present.fill(false);
    m_error.reset();
    JsonReader reader(text, base);
    JsonValue key;
    JsonValue value;
    reader.openObject();
    while (reader.nextMember(key, value)) {
        int index;
        if (key.escaped) {
            QByteArray decoded;
            JsonReader::appendUtf8(key, decoded);
            index = m_keys.indexOf(decoded);
        } else {
            index = m_keys.indexOf(key.text);
        }
        if (index >= 0) {
            // A key given twice: the last one counts, as in QJsonDocument.
            m_values[size_t(index)] = value;
            m_present[size_t(index)] = true;
        }
    }
    if (!reader.ok()) {
        m_present.fill(false);
        return reader.error();
    }
    return std::nullopt;
}

void JsonFields::fail(Field field, Rule rule, const QString &detail)
{
    if (!m_error)
        m_error = Issue::error(field, rule, detail);
}

const JsonValue *JsonFields::find(int key) const
{
    if (!m_present[size_t(key)] || m_values[size_t(key)].kind == JsonKind::Null)
        return nullptr;
    return &m_values[size_t(key)];
}

QString JsonFields::text(int key, Field field)
{
    const JsonValue *value = find(key);
    if (!value)
        return {};
    if (value->kind != JsonKind::String) {
        fail(field, Rule::OutOfRange, name(key));
        return {};
    }
    // Issue 14 item 7: a text far over any field's limit is refused before it is decoded.
    if (value->text.size() > FieldLimits::maxJsonStringBytes) {
        const int limit = FieldLimits::maxLength(field);
        fail(field, Rule::TooLong, QString::number(limit > 0 ? limit : FieldLimits::maxJsonStringBytes));
        return {};
    }
    const QString text = JsonReader::toString(*value);
    return m_options.trimTexts ? text.trimmed() : text;
}

QStringList JsonFields::texts(int key, Field field)
{
    const JsonValue *value = find(key);
    if (!value)
        return {};
    if (value->kind != JsonKind::Array) {
        fail(field, Rule::OutOfRange, name(key));
        return {};
    }
    QStringList list;
    JsonReader reader(value->text);
    JsonValue element;
    reader.openArray();
    while (reader.nextElement(element)) {
        if (element.kind != JsonKind::String) {
            fail(field, Rule::OutOfRange, name(key));
            return {};
        }
        list.append(JsonReader::toString(element));
    }
    return list;
}

QDate JsonFields::date(int key, Field field)
{
    const QString value = text(key, field);
    if (value.isEmpty())
        return {};
    QDate date;
    const auto digit = [&value](qsizetype i) { return value.at(i).unicode() - u'0'; };
    const auto allDigits = [&value](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            if (value.at(i) < u'0' || value.at(i) > u'9')
                return false;
        return true;
    };
    // The usual "YYYY-MM-DD" directly (what QDate::fromString makes of it); anything else
    // through QDate::fromString itself.
    if (value.size() == 10 && value.at(4) == u'-' && value.at(7) == u'-' && allDigits(0, 4) && allDigits(5, 7)
        && allDigits(8, 10)) {
        const int year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
        if (year > 0)
            date = QDate(year, digit(5) * 10 + digit(6), digit(8) * 10 + digit(9));
    } else {
        date = QDate::fromString(value, Qt::ISODate);
    }
    if (!date.isValid())
        fail(field, Rule::InvalidDate, detailFor(key, field, value));
    return date;
}

namespace {

// The instant of a text in the usual form "YYYY-MM-DDTHH:MM:SS.mmmZ", read without QDateTime.
std::optional<qint64> usualInstant(const QString &value)
{
    if (value.size() != 24)
        return std::nullopt;
    char bytes[24];
    for (int i = 0; i < 24; ++i) {
        const char16_t c = value.at(i).unicode();
        if (c >= 128)
            return std::nullopt;
        bytes[i] = char(c);
    }
    return IsoTime::parseTimestamp(QByteArrayView(bytes, 24));
}

} // namespace

QDateTime JsonFields::timestamp(int key, Field field, std::optional<qint64> *msecs)
{
    if (msecs)
        msecs->reset();
    const QString value = text(key, field);
    if (value.isEmpty())
        return {};
    if (const std::optional<qint64> instant = usualInstant(value)) {
        if (msecs)
            *msecs = *instant;
        return QDateTime::fromMSecsSinceEpoch(*instant);
    }
    const QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!at.isValid()) {
        fail(field, Rule::InvalidDate, detailFor(key, field, value));
        return {};
    }
    // The desk works in local time; the instant is what the text says.
    return at.toLocalTime();
}

std::optional<qint64> JsonFields::instant(int key, Field field)
{
    const QString value = text(key, field);
    if (value.isEmpty())
        return std::nullopt;
    if (const std::optional<qint64> usual = usualInstant(value))
        return usual;
    const QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!at.isValid()) {
        fail(field, Rule::InvalidDate, detailFor(key, field, value));
        return std::nullopt;
    }
    return at.toMSecsSinceEpoch();
}

std::optional<qint64> JsonFields::integer(int key, Field field)
{
    const JsonValue *value = find(key);
    if (!value)
        return std::nullopt;
    const std::optional<qint64> number = value->kind == JsonKind::Number ? JsonReader::toInteger(*value) : std::nullopt;
    if (!number)
        fail(field, Rule::InvalidNumber, name(key));
    return number;
}

bool JsonFields::boolean(int key, Field field)
{
    const JsonValue *value = find(key);
    if (!value)
        return false;
    if (value->kind != JsonKind::True && value->kind != JsonKind::False) {
        fail(field, Rule::OutOfRange, name(key));
        return false;
    }
    return value->kind == JsonKind::True;
}
