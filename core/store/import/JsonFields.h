#pragma once

#include "domain/Expected.h"
#include "store/JsonStream.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// The one reader of an imported record's members (the application import, the direction import,
// ApplicationJson::fromJson and DirectionStore::fromJson all read with it): the strict JsonReader
// (store/JsonStream) finds the members of one JSON object, then the caller takes them field by
// field, and the reader keeps the FIRST problem found; later reads are then harmless (they give
// the default) so that a caller can read every field and check error() once at the end.
//
// Missing keys and null give the default; unknown keys are ignored; a key given twice: the last
// one counts (as in QJsonDocument). A value of the wrong kind is Rule::OutOfRange naming the key,
// a date or time that is not one Rule::InvalidDate, a number that is not an integer
// Rule::InvalidNumber naming the key.

// The member names a record's reader knows, found by a member's bytes without allocating.
class JsonKeys
{
public:
    static constexpr int maxKeys = 48;
    static constexpr int maxLength = 64;

    explicit JsonKeys(const QList<const char *> &names);

    // The index of name in the list, or -1.
    int indexOf(QByteArrayView name) const;
    const char *name(int index) const { return m_names.at(index); }
    int size() const { return int(m_names.size()); }

private:
    QList<const char *> m_names;
    std::array<QList<int>, maxLength> m_byLength; // candidates by length: few share one
};

class JsonFields
{
public:
    struct Options
    {
        // Texts are trimmed (the direction file: an administrator's export, spaces and all).
        bool trimTexts = false;
        // The detail of a bad date or code always names the key ("status: lost"); otherwise only
        // a value with no Field of its own (Field::None) does, and others give the value alone.
        bool keyInEveryDetail = false;
    };

    explicit JsonFields(const JsonKeys &keys, Options options);
    explicit JsonFields(const JsonKeys &keys) : JsonFields(keys, Options()) { }

    // Finds the members of the object at text (it must start with '{'); base: where text starts
    // in the file. A JSON syntax error is returned, with its file offset; the fields are then
    // all missing.
    std::optional<JsonError> read(QByteArrayView text, qsizetype base = 0);

    const std::optional<Issue> &error() const { return m_error; }
    void fail(Field field, Rule rule, const QString &detail);

    QString name(int key) const { return QString::fromLatin1(m_keys.name(key)); }
    // nullptr when the key is missing or null.
    const JsonValue *find(int key) const;

    QString text(int key, Field field);
    QStringList texts(int key, Field field);
    QDate date(int key, Field field);
    // msecs, when given: the instant, when the text has the usual form "YYYY-MM-DDTHH:MM:SS.mmmZ"
    // (read without asking the time zone database).
    QDateTime timestamp(int key, Field field, std::optional<qint64> *msecs = nullptr);
    // The same text as an instant in ms since the epoch, never a QDateTime (whose local time asks
    // the time zone database): the usual form read directly, any other through QDateTime.
    std::optional<qint64> instant(int key, Field field);
    std::optional<qint64> integer(int key, Field field);
    bool boolean(int key, Field field);

    // A code of one of the enumerations; fallback when absent.
    template<typename T>
    T code(int key, Field field, std::optional<T> (*fromCode)(const QString &), T fallback)
    {
        const QString value = text(key, field);
        if (value.isEmpty())
            return fallback;
        const std::optional<T> result = fromCode(value);
        if (!result) {
            fail(field, Rule::OutOfRange, detailFor(key, field, value));
            return fallback;
        }
        return *result;
    }

    QString detailFor(int key, Field field, const QString &value) const
    {
        return m_options.keyInEveryDetail || field == Field::None ? name(key) + QStringLiteral(": ") + value : value;
    }

private:
    const JsonKeys &m_keys;
    Options m_options;
    std::array<JsonValue, JsonKeys::maxKeys> m_values;
    std::array<bool, JsonKeys::maxKeys> m_present{};
    std::optional<Issue> m_error;
};
