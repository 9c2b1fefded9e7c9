#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

// The canonical JSON encoding the journal hashes (RULES def. 2 [Q]): the same value always gives
// the same bytes, on every desk and on the server.
// - UTF-8, no whitespace, object keys sorted by UTF-16 code units (as RFC 8785);
// - strings escape only '"', '\\' and control characters (\b \f \n \r \t, else \u00XX with
//   lower-case hex); everything else, Kazakh letters included, is written as UTF-8;
// - integers (and doubles with an integral value of magnitude below 2^53) without a fraction or
//   exponent; other numbers in the shortest form that reads back to the same double.
// Encoding the result of parsing a canonical text gives the same text again.
namespace CanonicalJson {

QByteArray encode(const QJsonValue &value);
QByteArray encode(const QJsonObject &object);
QByteArray encode(const QJsonArray &array);

// Appends text as a canonical JSON string (quotes and escapes as above), for writers that build
// canonical text directly (ApplicationImport's fast path).
void appendString(QByteArray &out, const QString &text);
// The same for text already in UTF-8 (the import's rows, the server's change log).
void appendUtf8(QByteArray &out, QByteArrayView utf8);

// Lower-case hex SHA-256 of encode(object).
QString sha256Hex(const QJsonObject &object);

} // namespace CanonicalJson
