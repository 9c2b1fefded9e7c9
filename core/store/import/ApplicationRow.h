#pragma once

#include "domain/Application.h"
#include "domain/Issue.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringEncoder>
#include <QStringList>

#include <array>
#include <optional>

namespace Import {

// The columns a worker prepares (every column of ApplicationColumns but the last three, which
// the writing thread binds: the queue key and the name search block).
constexpr int preparedColumnCount = 36;

// One value of a prepared row, bound to the INSERT as it is.
struct Cell
{
    enum Type : quint8 { Null, Integer, Text };
    Type type = Null;
    qint32 offset = 0; // Text: into Record::bytes
    qint32 length = 0;
    qint64 number = 0; // Integer
};

// One record after reading, validation and normalisation: the row to insert, or why not.
struct Record
{
    std::optional<Issue> error;
    QByteArray bytes; // the text cells' UTF-8, one after the other
    std::array<Cell, preparedColumnCount> cells;
    std::array<char, 64> digestHex{}; // SHA-256 hex of the canonical JSON as stored
    qint64 filedAt = 0;               // the filing key (QueueOrder's sort values)
    qint64 sequence = 0;
    int birthYear = 0;
    int right = 0;
    bool active = false;

    QByteArrayView text(int column) const
    {
        const Cell &cell = cells[size_t(column)];
        return QByteArrayView(bytes.constData() + cell.offset, cell.length);
    }
};

// Writes an application's cells into a Record (ApplicationColumns' table says which value goes
// into which column); text as UTF-8, dates "YYYY-MM-DD", lists as CanonicalJson writes them.
class RowWriter
{
public:
    RowWriter(Record &record, const Application &application, qint64 nowMsecs);

    const Application &application() const { return m_application; }
    const Record &record() const { return m_record; }
    qint64 now() const { return m_now; }

    void text(int column, QStringView value);
    void date(int column, const QDate &value);
    void integer(int column, qint64 value) { m_record.cells[size_t(column)] = Cell{Cell::Integer, 0, 0, value}; }
    void null(int column) { m_record.cells[size_t(column)] = Cell{}; }
    void list(int column, const QStringList &values);

private:
    void setText(int column, qsizetype start);

    Record &m_record;
    const Application &m_application;
    qint64 m_now;
    QStringEncoder m_encoder{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
    QByteArray m_scratch;
};


} // namespace Import
