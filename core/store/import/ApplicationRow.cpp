#include "store/import/ApplicationRow.h"

#include "store/CanonicalJson.h"

#include "store/import/IsoTime.h"

namespace Import {

RowWriter::RowWriter(Record &record, const Application &application, qint64 nowMsecs)
    : m_record(record)
    , m_application(application)
    , m_now(nowMsecs)
{
    m_record.bytes.clear();
    m_record.bytes.reserve(1024);
}

void RowWriter::setText(int column, qsizetype start)
{
    m_record.cells[size_t(column)] = Cell{Cell::Text, qint32(start), qint32(m_record.bytes.size() - start), 0};
}

void RowWriter::text(int column, QStringView value)
{
    QByteArray &bytes = m_record.bytes;
    const qsizetype start = bytes.size();
    bytes.resize(start + m_encoder.requiredSpace(value.size()));
    char *end = m_encoder.appendToBuffer(bytes.data() + start, value);
    bytes.truncate(end - bytes.constData());
    setText(column, start);
}

void RowWriter::date(int column, const QDate &value)
{
    if (!value.isValid()) {
        m_record.cells[size_t(column)] = Cell{};
        return;
    }
    const qsizetype start = m_record.bytes.size();
    IsoTime::appendDate(m_record.bytes, value);
    setText(column, start);
}

// A list as CanonicalJson writes it (the form listColumn() gives the registration's rows).
void RowWriter::list(int column, const QStringList &values)
{
    const qsizetype start = m_record.bytes.size();
    m_record.bytes += '[';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_record.bytes += ',';
        m_scratch.resize(m_encoder.requiredSpace(values.at(i).size()));
        char *end = m_encoder.appendToBuffer(m_scratch.data(), values.at(i));
        CanonicalJson::appendUtf8(m_record.bytes, QByteArrayView(m_scratch.constData(), end - m_scratch.constData()));
    }
    m_record.bytes += ']';
    setText(column, start);
}

} // namespace Import
