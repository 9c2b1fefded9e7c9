#include "store/CanonicalJson.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace {

void appendValue(QByteArray &out, const QJsonValue &value);
using CanonicalJson::appendString;


void appendNumber(QByteArray &out, const QJsonValue &value)
{
    // QJsonValue keeps integers (from code or from parsing "12") exactly as qint64.
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong || variant.typeId() == QMetaType::Int) {
        out += QByteArray::number(variant.toLongLong());
        return;
    }
    const double number = value.toDouble();
    constexpr double exactIntegerLimit = 9007199254740992.0; // 2^53
    if (std::trunc(number) == number && std::fabs(number) < exactIntegerLimit) {
        out += QByteArray::number(static_cast<qint64>(number));
        return;
    }
    out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

void appendObject(QByteArray &out, const QJsonObject &object)
{
    QStringList keys = object.keys();
    // QString's operator< compares UTF-16 code units, the order of RFC 8785.
    std::sort(keys.begin(), keys.end());
    out += '{';
    bool first = true;
    for (const QString &key : std::as_const(keys)) {
        if (!first)
            out += ',';
        first = false;
        appendString(out, key);
        out += ':';
        appendValue(out, object.value(key));
    }
    out += '}';
}

void appendArray(QByteArray &out, const QJsonArray &array)
{
    out += '[';
    bool first = true;
    for (const QJsonValue &element : array) {
        if (!first)
            out += ',';
        first = false;
        appendValue(out, element);
    }
    out += ']';
}

void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: out += "null"; break;
    case QJsonValue::Bool: out += value.toBool() ? "true" : "false"; break;
    case QJsonValue::Double: appendNumber(out, value); break;
    case QJsonValue::String: appendString(out, value.toString()); break;
    case QJsonValue::Array: appendArray(out, value.toArray()); break;
    case QJsonValue::Object: appendObject(out, value.toObject()); break;
    }
}

} // namespace

QByteArray CanonicalJson::encode(const QJsonValue &value)
{
    QByteArray out;
    appendValue(out, value);
    return out;
}

QByteArray CanonicalJson::encode(const QJsonObject &object)
{
    QByteArray out;
    appendObject(out, object);
    return out;
}

QByteArray CanonicalJson::encode(const QJsonArray &array)
{
    QByteArray out;
    appendArray(out, array);
    return out;
}

QString CanonicalJson::sha256Hex(const QJsonObject &object)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(encode(object), QCryptographicHash::Sha256).toHex());
}

void CanonicalJson::appendUtf8(QByteArray &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype run = 0; // bytes that need no escape are copied a run at a time
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        out.append(utf8.data() + run, i - run);
        run = i + 1;
        switch (byte) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0x0f];
        }
    }
    out.append(utf8.data() + run, utf8.size() - run);
    out += '"';
}

void CanonicalJson::appendString(QByteArray &out, const QString &text)
{
    appendUtf8(out, text.toUtf8());
}
