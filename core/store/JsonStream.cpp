#include "store/JsonStream.h"

#include <QStringDecoder>

#include <array>
#include <charconv>
#include <cmath>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

// Containers nested deeper than this are refused: reading them recurses.
constexpr int maxDepth = 128;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Bytes a string may hold as they are: printable ASCII but the quote and the backslash.
constexpr std::array<bool, 256> plainStringBytes = [] {
    std::array<bool, 256> table{};
    for (int c = 0x20; c < 0x80; ++c)
        table[size_t(c)] = c != '"' && c != '\\';
    return table;
}();

// Bytes that end a run inside a string for the array splitter: the quote and the backslash.
constexpr std::array<bool, 256> stringStops = [] {
    std::array<bool, 256> table{};
    table[size_t('"')] = true;
    table[size_t('\\')] = true;
    return table;
}();

// The first quote or backslash at or after i inside a string (size when there is none): the
// splitter's inner loop, where it spends most of its time. Sixteen bytes at a time with SSE2
// (every x86-64 processor has it), the rest byte by byte.
qsizetype nextStringStop(const char *data, qsizetype i, qsizetype size)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    for (; i + 16 <= size; i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const int stops = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)));
        if (stops != 0)
            return i + __builtin_ctz(unsigned(stops));
    }
#endif
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    while (i < size && !stringStops[bytes[i]])
        ++i;
    return i;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The four hex digits at data[0..3], or -1.
int readHex4(const char *data)
{
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(data[i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

void appendCodePoint(QByteArray &out, char32_t code)
{
    if (code < 0x80) {
        out += char(code);
    } else if (code < 0x800) {
        out += char(0xC0 | (code >> 6));
        out += char(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += char(0xE0 | (code >> 12));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    } else {
        out += char(0xF0 | (code >> 18));
        out += char(0x80 | ((code >> 12) & 0x3F));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    }
}

} // namespace

JsonReader::JsonReader(QByteArrayView text, qsizetype base)
    : m_data(text.data())
    , m_size(text.size())
    , m_base(base)
{
}

QString JsonReader::reason(Problem problem)
{
    switch (problem) {
    case Problem::UnexpectedEnd: return tr("the text ends too early");
    case Problem::UnexpectedCharacter: return tr("unexpected character");
    case Problem::NotAnObject: return tr("expected '{'");
    case Problem::NotAnArray: return tr("expected '['");
    case Problem::ExpectedColon: return tr("expected ':' after a member name");
    case Problem::ExpectedMemberName: return tr("expected a member name in double quotes");
    case Problem::ExpectedCommaOrBrace: return tr("expected ',' or '}'");
    case Problem::ExpectedCommaOrBracket: return tr("expected ',' or ']'");
    case Problem::InvalidNumber: return tr("invalid number");
    case Problem::InvalidLiteral: return tr("invalid literal (true, false or null expected)");
    case Problem::UnterminatedString: return tr("unterminated string");
    case Problem::ControlCharacter: return tr("control character in a string (it must be escaped)");
    case Problem::InvalidEscape: return tr("invalid escape sequence");
    case Problem::InvalidUtf8: return tr("invalid UTF-8");
    case Problem::TooDeep: return tr("values nested too deeply");
    case Problem::TextAfterValue: return tr("text after the end of the value");
    }
    return {};
}

bool JsonReader::fail(Problem problem, qsizetype at)
{
    if (!m_error)
        m_error = JsonError{m_base + at, reason(problem)};
    m_done = true;
    return false;
}

void JsonReader::skipSpace()
{
    while (m_pos < m_size && isSpace(m_data[m_pos]))
        ++m_pos;
}

bool JsonReader::openObject()
{
    skipSpace();
    if (m_pos >= m_size)
        return fail(Problem::UnexpectedEnd, m_pos);
    if (m_data[m_pos] != '{')
        return fail(Problem::NotAnObject, m_pos);
    ++m_pos;
    m_first = true;
    m_done = false;
    return true;
}

bool JsonReader::openArray()
{
    skipSpace();
    if (m_pos >= m_size)
        return fail(Problem::UnexpectedEnd, m_pos);
    if (m_data[m_pos] != '[')
        return fail(Problem::NotAnArray, m_pos);
    ++m_pos;
    m_first = true;
    m_done = false;
    return true;
}

// After a member or element: ',' (true, another one follows) or the closing bracket (false,
// and the text must end there).
bool JsonReader::finish(char close, bool &another)
{
    another = false;
    skipSpace();
    if (m_pos >= m_size)
        return fail(Problem::UnexpectedEnd, m_pos);
    const char c = m_data[m_pos];
    if (c == close && m_first) {
        ++m_pos;
    } else if (m_first) {
        another = true;
        return true;
    } else if (c == ',') {
        ++m_pos;
        skipSpace();
        another = true;
        return true;
    } else if (c == close) {
        ++m_pos;
    } else {
        return fail(close == '}' ? Problem::ExpectedCommaOrBrace : Problem::ExpectedCommaOrBracket, m_pos);
    }
    m_done = true;
    skipSpace();
    if (m_pos != m_size)
        return fail(Problem::TextAfterValue, m_pos);
    return true;
}

bool JsonReader::nextMember(JsonValue &key, JsonValue &value)
{
    if (m_done || m_error)
        return false;
    bool another = false;
    if (!finish('}', another) || !another)
        return false;
    if (!readMemberName(key))
        return false;
    if (!readValue(value, 1))
        return false;
    m_first = false;
    return true;
}

bool JsonReader::readMemberName(JsonValue &key)
{
    if (m_pos >= m_size)
        return fail(Problem::UnexpectedEnd, m_pos);
    if (m_data[m_pos] != '"')
        return fail(Problem::ExpectedMemberName, m_pos);
    if (!readString(key))
        return false;
    skipSpace();
    if (m_pos >= m_size)
        return fail(Problem::UnexpectedEnd, m_pos);
    if (m_data[m_pos] != ':')
        return fail(Problem::ExpectedColon, m_pos);
    ++m_pos;
    skipSpace();
    return true;
}

bool JsonReader::nextElement(JsonValue &value)
{
    if (m_done || m_error)
        return false;
    bool another = false;
    if (!finish(']', another) || !another)
        return false;
    if (!readValue(value, 1))
        return false;
    m_first = false;
    return true;
}

bool JsonReader::readValue(JsonValue &value, int depth)
{
    if (m_pos >= m_size)
        return fail(Problem::UnexpectedEnd, m_pos);
    const char c = m_data[m_pos];
    switch (c) {
    case '"':
        return readString(value);
    case '{':
    case '[': {
        if (depth >= maxDepth)
            return fail(Problem::TooDeep, m_pos);
        const qsizetype start = m_pos;
        if (!skipContainer(c, depth + 1))
            return false;
        value = JsonValue{c == '{' ? JsonKind::Object : JsonKind::Array, false,
                          QByteArrayView(m_data + start, m_pos - start)};
        return true;
    }
    case 't': return readLiteral("true", 4, JsonKind::True, value);
    case 'f': return readLiteral("false", 5, JsonKind::False, value);
    case 'n': return readLiteral("null", 4, JsonKind::Null, value);
    default:
        if (c == '-' || isDigit(c))
            return readNumber(value);
        return fail(Problem::UnexpectedCharacter, m_pos);
    }
}

bool JsonReader::skipContainer(char open, int depth)
{
    const char close = open == '{' ? '}' : ']';
    ++m_pos;
    skipSpace();
    if (m_pos < m_size && m_data[m_pos] == close) {
        ++m_pos;
        return true;
    }
    JsonValue scratch;
    for (;;) {
        if (open == '{' && !readMemberName(scratch))
            return false;
        if (!readValue(scratch, depth))
            return false;
        skipSpace();
        if (m_pos >= m_size)
            return fail(Problem::UnexpectedEnd, m_pos);
        if (m_data[m_pos] == ',') {
            ++m_pos;
            skipSpace();
            continue;
        }
        if (m_data[m_pos] == close) {
            ++m_pos;
            return true;
        }
        return fail(open == '{' ? Problem::ExpectedCommaOrBrace : Problem::ExpectedCommaOrBracket, m_pos);
    }
}

bool JsonReader::readLiteral(const char *literal, qsizetype length, JsonKind kind, JsonValue &value)
{
    if (m_size - m_pos < length || QByteArrayView(m_data + m_pos, length) != QByteArrayView(literal, length))
        return fail(Problem::InvalidLiteral, m_pos);
    value = JsonValue{kind, false, QByteArrayView(m_data + m_pos, length)};
    m_pos += length;
    return true;
}

bool JsonReader::readNumber(JsonValue &value)
{
    // RFC 8259, 6: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
    const qsizetype start = m_pos;
    const auto digits = [&] {
        const qsizetype from = m_pos;
        while (m_pos < m_size && isDigit(m_data[m_pos]))
            ++m_pos;
        return m_pos > from;
    };
    if (m_data[m_pos] == '-')
        ++m_pos;
    if (m_pos >= m_size)
        return fail(Problem::InvalidNumber, start);
    if (m_data[m_pos] == '0')
        ++m_pos;
    else if (!digits())
        return fail(Problem::InvalidNumber, start);
    if (m_pos < m_size && m_data[m_pos] == '.') {
        ++m_pos;
        if (!digits())
            return fail(Problem::InvalidNumber, start);
    }
    if (m_pos < m_size && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < m_size && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
            ++m_pos;
        if (!digits())
            return fail(Problem::InvalidNumber, start);
    }
    value = JsonValue{JsonKind::Number, false, QByteArrayView(m_data + start, m_pos - start)};
    return true;
}

bool JsonReader::readString(JsonValue &value)
{
    const qsizetype quote = m_pos;
    const qsizetype start = ++m_pos;
    bool escaped = false;
    const auto *bytes = reinterpret_cast<const unsigned char *>(m_data);
    for (;;) {
        while (m_pos < m_size && plainStringBytes[bytes[m_pos]])
            ++m_pos;
        if (m_pos >= m_size)
            return fail(Problem::UnterminatedString, quote);
        const unsigned char c = bytes[m_pos];
        if (c == '"') {
            value = JsonValue{JsonKind::String, escaped, QByteArrayView(m_data + start, m_pos - start)};
            ++m_pos;
            return true;
        }
        if (c == '\\') {
            escaped = true;
            const qsizetype at = m_pos;
            if (m_pos + 1 >= m_size)
                return fail(Problem::UnterminatedString, quote);
            const char e = m_data[m_pos + 1];
            if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                m_pos += 2;
                continue;
            }
            if (e != 'u' || m_size - m_pos < 6)
                return fail(Problem::InvalidEscape, at);
            const int code = readHex4(m_data + m_pos + 2);
            if (code < 0 || (code >= 0xDC00 && code <= 0xDFFF))
                return fail(Problem::InvalidEscape, at);
            m_pos += 6;
            if (code >= 0xD800 && code <= 0xDBFF) {
                // A high surrogate: its low half must follow.
                if (m_size - m_pos < 6 || m_data[m_pos] != '\\' || m_data[m_pos + 1] != 'u')
                    return fail(Problem::InvalidEscape, at);
                const int low = readHex4(m_data + m_pos + 2);
                if (low < 0xDC00 || low > 0xDFFF)
                    return fail(Problem::InvalidEscape, at);
                m_pos += 6;
            }
            continue;
        }
        if (c < 0x20)
            return fail(Problem::ControlCharacter, m_pos);
        // c >= 0x80: one UTF-8 sequence (RFC 3629, 4).
        qsizetype length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F; // nothing above U+10FFFF
        } else {
            return fail(Problem::InvalidUtf8, m_pos);
        }
        if (m_size - m_pos < length)
            return fail(Problem::InvalidUtf8, m_pos);
        if (bytes[m_pos + 1] < low || bytes[m_pos + 1] > high)
            return fail(Problem::InvalidUtf8, m_pos);
        for (qsizetype k = 2; k < length; ++k)
            if (bytes[m_pos + k] < 0x80 || bytes[m_pos + k] > 0xBF)
                return fail(Problem::InvalidUtf8, m_pos);
        m_pos += length;
    }
}

void JsonReader::appendUtf8(const JsonValue &string, QByteArray &out)
{
    if (!string.escaped) {
        out.append(string.text);
        return;
    }
    // The text was checked by readString: every escape is complete and valid.
    const char *data = string.text.data();
    const qsizetype size = string.text.size();
    qsizetype i = 0;
    while (i < size) {
        qsizetype run = i;
        while (run < size && data[run] != '\\')
            ++run;
        out.append(data + i, run - i);
        i = run;
        if (i >= size)
            break;
        const char e = data[i + 1];
        switch (e) {
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            char32_t code = char32_t(readHex4(data + i + 2));
            if (code >= 0xD800 && code <= 0xDBFF) {
                const char32_t lowHalf = char32_t(readHex4(data + i + 8));
                code = 0x10000 + ((code - 0xD800) << 10) + (lowHalf - 0xDC00);
                i += 6;
            }
            appendCodePoint(out, code);
            i += 6;
            continue;
        }
        default: out += e; break; // " \ /
        }
        i += 2;
    }
}

namespace {

// QString::fromUtf8 drops a byte order mark at the start of its bytes; inside a JSON string
// U+FEFF is text, which QJsonDocument keeps (found by fuzz_direction_json, docs/fuzzing.md: a
// direction read from a file and written back lost it).
QString decodeUtf8(QByteArrayView utf8)
{
    if (utf8.startsWith("\xEF\xBB\xBF"))
        return QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom)(utf8);
    return QString::fromUtf8(utf8);
}

} // namespace

QString JsonReader::toString(const JsonValue &string)
{
    if (!string.escaped)
        return decodeUtf8(string.text);
    QByteArray utf8;
    utf8.reserve(string.text.size());
    appendUtf8(string, utf8);
    return decodeUtf8(utf8);
}

std::optional<qint64> JsonReader::toInteger(const JsonValue &number)
{
    const char *begin = number.text.data();
    const char *end = begin + number.text.size();
    bool integral = true;
    for (const char c : number.text)
        if (c == '.' || c == 'e' || c == 'E')
            integral = false;
    if (integral) {
        qint64 value = 0;
        const auto [ptr, ec] = std::from_chars(begin, end, value);
        if (ec == std::errc() && ptr == end)
            return value;
    }
    // A fraction, an exponent or more than 64 bits: what QJsonValue keeps as a double, an
    // integer only when it has an integral value in range.
    double value = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value) || std::trunc(value) != value)
        return std::nullopt;
    if (value < -9223372036854775808.0 || value >= 9223372036854775808.0)
        return std::nullopt;
    return static_cast<qint64>(value);
}

std::optional<JsonError> JsonReader::splitArray(QByteArrayView text, QList<JsonSpan> &elements,
                                               const std::function<void(qsizetype)> &progress)
{
    constexpr qsizetype progressStep = qsizetype(16) << 20;
    qsizetype nextProgress = progressStep;
    const char *data = text.data();
    const qsizetype size = text.size();
    const auto error = [](Problem problem, qsizetype at) { return JsonError{at, reason(problem)}; };
    qsizetype i = 0;
    const auto skip = [&] {
        while (i < size && isSpace(data[i]))
            ++i;
    };
    if (text.startsWith("\xEF\xBB\xBF"))
        i = 3;
    skip();
    if (i >= size)
        return error(Problem::UnexpectedEnd, i);
    if (data[i] != '[')
        return error(Problem::NotAnArray, i);
    ++i;
    skip();
    if (i < size && data[i] == ']') {
        ++i;
        skip();
        return i == size ? std::nullopt : std::optional(error(Problem::TextAfterValue, i));
    }
    // After an element that ends with a bracket or a quote: only whitespace up to the ',' or ']'
    // (issue 14 item 9: a NUL byte between two records was taken into the first one's text).
    const auto elementEnded = [&]() -> std::optional<JsonError> {
        ++i;
        skip();
        if (i < size && data[i] != ',' && data[i] != ']')
            return error(Problem::ExpectedCommaOrBracket, i);
        return std::nullopt;
    };
    for (;;) {
        skip();
        const qsizetype start = i;
        // An element is missing: "[1,]", "[,1]", "[1,,2]" are not JSON (issue 14 item 9).
        if (i < size && (data[i] == ',' || data[i] == ']'))
            return error(Problem::UnexpectedCharacter, i);
        qsizetype depth = 0;
        for (; i < size; ++i) {
            const char c = data[i];
            if (c == '"') {
                const qsizetype quote = i;
                ++i;
                for (;;) {
                    i = nextStringStop(data, i, size);
                    if (i >= size)
                        return error(Problem::UnterminatedString, quote);
                    if (data[i] == '"')
                        break;
                    i += 2; // a backslash and the character it escapes
                }
                if (depth == 0) {
                    if (const std::optional<JsonError> problem = elementEnded())
                        return problem;
                    break;
                }
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    break; // the array's own ']'
                if (--depth == 0) {
                    if (const std::optional<JsonError> problem = elementEnded())
                        return problem;
                    break;
                }
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        if (i >= size)
            return error(Problem::UnexpectedEnd, size);
        qsizetype end = i;
        while (end > start && isSpace(data[end - 1]))
            --end;
        elements.append(JsonSpan{start, end - start});
        if (progress && i >= nextProgress) {
            progress(start);
            nextProgress = i + progressStep;
        }
        if (data[i] == '}')
            return error(Problem::ExpectedCommaOrBracket, i);
        if (data[i] == ']') {
            ++i;
            skip();
            return i == size ? std::nullopt : std::optional(error(Problem::TextAfterValue, i));
        }
        ++i; // ','
    }
}
