#include "store/import/ApplicationColumns.h"

#include "store/CanonicalJson.h"

#include "store/ApplicationImport.h"
#include "store/RowSeal.h"
#include "store/import/IsoTime.h"

#include <algorithm>

namespace Import {

namespace {

const JsonKeys &keys()
{
    // Every column's name: a key of the store's own (birth_year...) in a file is found but
    // never read, like any unknown key.
    static const JsonKeys table = [] {
        QList<const char *> names;
        for (const ColumnSpec &spec : applicationColumns)
            names.append(spec.name);
        return JsonKeys(names);
    }();
    return table;
}

Issue notValidJson(const JsonError &error)
{
    return Issue::error(Field::ImportFile, Rule::ImportRecordNotObject,
                        ApplicationImport::tr("byte %1: %2").arg(error.offset).arg(error.reason));
}

} // namespace

const QByteArray &insertSql()
{
    static const QByteArray sql = []() -> QByteArray {
        QByteArray names;
        QByteArray values;
        QList<QByteArray> columns;
        for (const ColumnSpec &spec : applicationColumns) {
            names += (names.isEmpty() ? "" : ", ") + QByteArray(spec.name);
            columns.append(spec.name);
            values += (values.isEmpty() ? "?" : ", ?") + QByteArray::number(columns.size());
        }
        // Issue 14 item 4: the row's seal from the same values, so that the seal trigger finds
        // it in place and writes nothing more (store/RowSeal.h). A sealed column the import does
        // not write gets its default (anonymous = 0).
        const QByteArray seal = sealCall([&columns](const QByteArray &column) {
            const qsizetype index = columns.indexOf(column);
            return index >= 0 ? "?" + QByteArray::number(index + 1) : QByteArray("0");
        });
        return "INSERT INTO applications (" + names + ", row_seal) VALUES (" + values + ", " + seal + ")";
    }();
    return sql;
}

QByteArray sealCall(const std::function<QByteArray(const QByteArray &column)> &argument)
{
    QByteArrayList arguments;
    for (const QString &column : RowSeal::tables().constFirst().columns)
        arguments.append(argument(column.toLatin1()));
    return RowSeal::functionName().toLatin1() + "(" + arguments.join(", ") + ")";
}

Expected<Application> readApplication(QByteArrayView text, qsizetype offset, std::optional<qint64> &filedAtMsecs)
{
    filedAtMsecs.reset();
    if (!text.startsWith('{')) {
        // A number, string, array... where an application should be.
        return Issue::error(Field::ImportFile, Rule::ImportRecordNotObject);
    }
    JsonFields json(keys());
    if (const std::optional<JsonError> error = json.read(text, offset))
        return notValidJson(*error);
    Application application;
    RecordFields fields{json, application, filedAtMsecs};
    for (int k = 0; k < int(applicationColumns.size()); ++k)
        if (applicationColumns[size_t(k)].read)
            applicationColumns[size_t(k)].read(fields, k);
    if (json.error())
        return *json.error();
    return application;
}

void writeRow(RowWriter &row)
{
    for (int c = 0; c < preparedColumnCount; ++c)
        applicationColumns[size_t(c)].write(row, c);
}

QByteArray canonicalRecord(const Record &r)
{
    // Every key of ApplicationJson::toJson, sorted (all ASCII: byte order is UTF-16 order).
    static const QList<int> members = [] {
        QList<int> list;
        for (int c = 0; c < int(applicationColumns.size()); ++c)
            if (applicationColumns[size_t(c)].json != JsonForm::None)
                list.append(c);
        std::sort(list.begin(), list.end(), [](int m, int n) {
            return qstrcmp(applicationColumns[size_t(m)].name, applicationColumns[size_t(n)].name) < 0;
        });
        return list;
    }();
    QByteArray out;
    out.reserve(r.bytes.size() + 800);
    out += '{';
    bool first = true;
    for (qsizetype i = 0; i < members.size(); ++i) {
        const int c = members.at(i);
        const ColumnSpec &spec = applicationColumns[size_t(c)];
        const Cell &cell = r.cells[size_t(c)];
        // ApplicationJson::toJson leaves out an optional key the application does not have.
        if (spec.json == JsonForm::OptionalString && cell.type == Cell::Null)
            continue;
        if (!first)
            out += ',';
        first = false;
        out += '"';
        out += spec.name;
        out += "\":";
        switch (spec.json) {
        case JsonForm::None: break;
        case JsonForm::OptionalString: CanonicalJson::appendUtf8(out, r.text(c)); break;
        case JsonForm::String: CanonicalJson::appendUtf8(out, r.text(c)); break;
        case JsonForm::Integer: out += QByteArray::number(cell.number); break;
        case JsonForm::Boolean: out += cell.number != 0 ? "true" : "false"; break;
        case JsonForm::Date:
            if (cell.type == Cell::Null)
                out += "null";
            else
                CanonicalJson::appendUtf8(out, r.text(c));
            break;
        case JsonForm::List: out += r.text(c); break; // already canonical
        case JsonForm::Timestamp: CanonicalJson::appendUtf8(out, IsoTime::timestamp(cell.number)); break;
        }
    }
    out += '}';
    return out;
}

} // namespace Import
