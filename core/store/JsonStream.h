#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// Strict JSON (RFC 8259) read straight from bytes in memory (an import file read whole), for
// files too large to become a QJsonDocument: ApplicationImport reads a million records with it. Nothing is
// copied or allocated while tokenizing; strings are decoded only when asked for.
//
// Strict means: UTF-8 only (overlong forms, surrogates and code points above U+10FFFF refused),
// no control characters inside strings, escapes as RFC 8259 lists them (a \u escape of a
// surrogate must be a high one followed by a low one), numbers as the RFC's grammar, no comments,
// no trailing commas, nothing but whitespace after the value. Every error gives the byte offset
// where it was found and a short reason; no input makes the reader crash or read out of bounds
// (tst_jsonstream).

struct JsonError
{
    qsizetype offset = 0; // bytes from the start of the text (the file)
    QString reason;       // translated, e.g. "unterminated string"
};

struct JsonSpan
{
    qsizetype offset = 0;
    qsizetype length = 0;
};

enum class JsonKind : quint8 { Null, False, True, Number, String, Array, Object };

// One value as found in the text.
struct JsonValue
{
    JsonKind kind = JsonKind::Null;
    bool escaped = false; // a string with escape sequences (decoding has work to do)
    QByteArrayView text;  // a string: the bytes between the quotes; any other value: its text
};

class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    // text: exactly one JSON value (whitespace around it allowed). base: where text starts in the
    // file, so that errors give file offsets.
    explicit JsonReader(QByteArrayView text, qsizetype base = 0);

    // The elements of a top-level array as byte ranges (file offsets, whitespace trimmed), found
    // without parsing them: strings, nesting and commas only. Each element is checked when it
    // is read (readObject), so one bad record does not hide the others; but a missing element
    // ("[1,]", "[1,,2]") or anything but whitespace after an element that ends with a bracket or
    // a quote (a NUL byte between two records) is an error of the whole text. A UTF-8 byte order mark
    // before the '[' is skipped. Error: where the text stops being one array. progress(upTo), when
    // given, is told every few megabytes that the bytes before upTo are done with.
    static std::optional<JsonError> splitArray(QByteArrayView text, QList<JsonSpan> &elements,
                                               const std::function<void(qsizetype)> &progress = {});

    // Pull reading of an object: openObject() for the '{', then nextMember() until it returns
    // false; then ok() tells an error from the end. The end of the object must be the end of
    // the text. Member values are checked completely (nested ones too) but not decoded.
    bool openObject();
    bool nextMember(JsonValue &key, JsonValue &value);
    // The same for an array (elements instead of members).
    bool openArray();
    bool nextElement(JsonValue &value);

    bool ok() const { return !m_error.has_value(); }
    const std::optional<JsonError> &error() const { return m_error; }

    // A string's text, decoded.
    static QString toString(const JsonValue &string);
    static void appendUtf8(const JsonValue &string, QByteArray &out);
    // A number as QJsonValue would give it to ApplicationJson: an integer when the number is
    // integral and fits in 64 bits (1, -3, 7.0, 1e2), nullopt otherwise (7.5, 1e300).
    static std::optional<qint64> toInteger(const JsonValue &number);

private:
    enum class Problem {
        UnexpectedEnd,
        UnexpectedCharacter,
        NotAnObject,
        NotAnArray,
        ExpectedColon,
        ExpectedMemberName,
        ExpectedCommaOrBrace,
        ExpectedCommaOrBracket,
        InvalidNumber,
        InvalidLiteral,
        UnterminatedString,
        ControlCharacter,
        InvalidEscape,
        InvalidUtf8,
        TooDeep,
        TextAfterValue,
    };
    static QString reason(Problem problem);
    bool fail(Problem problem, qsizetype at);
    void skipSpace();
    bool readValue(JsonValue &value, int depth);
    bool readString(JsonValue &value);
    // A member's "name" and the colon after it, with the spaces around them.
    bool readMemberName(JsonValue &key);
    bool readNumber(JsonValue &value);
    bool readLiteral(const char *literal, qsizetype length, JsonKind kind, JsonValue &value);
    bool skipContainer(char open, int depth);
    bool finish(char close, bool &first);

    const char *m_data;
    qsizetype m_size;
    qsizetype m_base;
    qsizetype m_pos = 0;
    bool m_first = true;
    bool m_done = false;
    std::optional<JsonError> m_error;
};
