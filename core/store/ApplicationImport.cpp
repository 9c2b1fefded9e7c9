#include "store/ApplicationImport.h"

#include "domain/ApplicationValidation.h"
#include "domain/QueueOrder.h"
#include "store/ApplicationJson.h"
#include "store/ApplicationStore.h"
#include "store/CanonicalJson.h"
#include "store/Journal.h"
#include "store/JsonStream.h"
#include "store/NameSearchIndex.h"
#include "store/Outbox.h"
#include "store/QueueStore.h"
#include "store/Sha256.h"
#include "store/SqliteApi.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QScopeGuard>
#include <QStringEncoder>
#include <QUuid>

#include <algorithm>
#include <array>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>
#include <tuple>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace {

// The namespace of the ids derived for records without one (a fixed, random UUID).
const QUuid idNamespace(QStringLiteral("{5b0f9a3e-6c47-4d0e-9f6b-2a1d8c7e4b91}"));

Issue writeFailed(const QString &error)
{
    return Issue::error(Field::Store, Rule::StoreWriteFailed, error);
}

Issue sqliteFailed(sqlite3 *db)
{
    return writeFailed(QString::fromUtf8(sqlite3_errmsg(db)));
}

// Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's algorithms):
// what the import needs of QDate and QDateTime a million times, without the time zone lookups.
qint64 daysFromCivil(int year, int month, int day)
{
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yearOfEra = y - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

void civilFromDays(qint64 days, int &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
}

void appendDigits(QByteArray &out, int value, int width)
{
    char digits[8];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(digits, width);
}

// "YYYY-MM-DD", as QDate::toString(Qt::ISODate) writes years 1 to 9999.
void appendIsoDate(QByteArray &out, const QDate &date)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999) {
        out += date.toString(Qt::ISODate).toUtf8();
        return;
    }
    appendDigits(out, year, 4);
    out += '-';
    appendDigits(out, month, 2);
    out += '-';
    appendDigits(out, day, 2);
}

// ApplicationJson::timestampValue of the instant msecs: "YYYY-MM-DDTHH:MM:SS.mmmZ".
QByteArray isoTimestamp(qint64 msecs)
{
    constexpr qint64 msecsPerDay = 86400000;
    const qint64 days = msecs >= 0 ? msecs / msecsPerDay : -((-msecs + msecsPerDay - 1) / msecsPerDay);
    const qint64 ofDay = msecs - days * msecsPerDay;
    int year = 0, month = 0, day = 0;
    civilFromDays(days, year, month, day);
    if (year < 1 || year > 9999)
        return ApplicationJson::timestampValue(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC)).toString().toUtf8();
    QByteArray out;
    out.reserve(24);
    appendDigits(out, year, 4);
    out += '-';
    appendDigits(out, month, 2);
    out += '-';
    appendDigits(out, day, 2);
    out += 'T';
    appendDigits(out, int(ofDay / 3600000), 2);
    out += ':';
    appendDigits(out, int(ofDay / 60000 % 60), 2);
    out += ':';
    appendDigits(out, int(ofDay / 1000 % 60), 2);
    out += '.';
    appendDigits(out, int(ofDay % 1000), 3);
    out += 'Z';
    return out;
}

// ---------------------------------------------------------------------------------------------
// Reading a record: JsonReader's members into an Application, by the rules of
// ApplicationJson::fromJson (same defaults, same first error; tst_applicationimport compares
// the two on valid and invalid records).

// The keys fromJson reads, in the order it reads them (the first problem found is reported).
enum Key {
    KeyId,
    KeyRegistrationSequence,
    KeyApplicantSurname,
    KeyApplicantName,
    KeyApplicantPatronymic,
    KeyApplicantIin,
    KeyApplicantAddress,
    KeySettlement,
    KeyChildSurname,
    KeyChildName,
    KeyChildPatronymic,
    KeyChildIin,
    KeyChildBirthDate,
    KeyChildSex,
    KeyCategory,
    KeyCategoryDocumentType,
    KeyCategoryDocumentNumber,
    KeyCategoryDocumentIssuer,
    KeyCategoryDocumentIssueDate,
    KeyPreferredKindergartens,
    KeyLanguage,
    KeyPhones,
    KeyEmail,
    KeyConsent,
    KeySignatureDate,
    KeyFiledAt,
    KeyStatus,
    KeyArchiveReason,
    KeyStopListedUntil,
    KeyBatchId,
    KeyCount
};

constexpr std::array<const char *, KeyCount> keyNames = {
    "id", "registration_sequence", "applicant_surname", "applicant_name", "applicant_patronymic",
    "applicant_iin", "applicant_address", "settlement", "child_surname", "child_name", "child_patronymic",
    "child_iin", "child_birth_date", "child_sex", "category", "category_document_type",
    "category_document_number", "category_document_issuer", "category_document_issue_date",
    "preferred_kindergartens", "language", "phones", "email", "consent", "signature_date", "filed_at",
    "status", "archive_reason", "stop_listed_until", "batch_id",
};

int keyIndex(QByteArrayView key)
{
    // Candidates by length: at most four keys share one.
    static const std::array<QList<int>, 32> byLength = [] {
        std::array<QList<int>, 32> table;
        for (int k = 0; k < KeyCount; ++k)
            table[std::strlen(keyNames[size_t(k)])].append(k);
        return table;
    }();
    if (key.size() >= qsizetype(byLength.size()))
        return -1;
    for (const int k : byLength[size_t(key.size())])
        if (std::memcmp(keyNames[size_t(k)], key.data(), size_t(key.size())) == 0)
            return k;
    return -1;
}

struct Members
{
    std::array<JsonValue, KeyCount> value;
    std::array<bool, KeyCount> present{};
};

// ApplicationJson's Reader over Members: keeps the first problem, later reads are harmless.
class MemberReader
{
public:
    explicit MemberReader(const Members &members) : m_members(members) { }

    const std::optional<Issue> &error() const { return m_error; }

    // nullptr when the key is missing or null.
    const JsonValue *find(Key key) const
    {
        if (!m_members.present[key] || m_members.value[key].kind == JsonKind::Null)
            return nullptr;
        return &m_members.value[key];
    }

    QString text(Key key, Field field)
    {
        const JsonValue *value = find(key);
        if (!value)
            return {};
        if (value->kind != JsonKind::String) {
            fail(field, Rule::OutOfRange, name(key));
            return {};
        }
        return JsonReader::toString(*value);
    }

    QStringList texts(Key key, Field field)
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

    QDate date(Key key, Field field)
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
        if (value.size() == 10 && value.at(4) == u'-' && value.at(7) == u'-' && allDigits(0, 4)
            && allDigits(5, 7) && allDigits(8, 10)) {
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

    // msecs: the instant, when the text is in the usual form "YYYY-MM-DDTHH:MM:SS.mmmZ".
    QDateTime timestamp(Key key, Field field, std::optional<qint64> &msecs)
    {
        msecs.reset();
        const QString value = text(key, field);
        if (value.isEmpty())
            return {};
        if (value.size() == 24 && value.at(4) == u'-' && value.at(7) == u'-' && value.at(10) == u'T'
            && value.at(13) == u':' && value.at(16) == u':' && value.at(19) == u'.' && value.at(23) == u'Z') {
            int parts[7] = {};
            const int starts[7] = {0, 5, 8, 11, 14, 17, 20};
            const int widths[7] = {4, 2, 2, 2, 2, 2, 3};
            bool digits = true;
            for (int p = 0; p < 7 && digits; ++p) {
                for (int i = starts[p]; i < starts[p] + widths[p]; ++i) {
                    const char16_t c = value.at(i).unicode();
                    digits = digits && c >= u'0' && c <= u'9';
                    parts[p] = parts[p] * 10 + (c - u'0');
                }
            }
            if (digits && parts[0] > 0 && QDate::isValid(parts[0], parts[1], parts[2]) && parts[3] < 24
                && parts[4] < 60 && parts[5] < 60) {
                msecs = daysFromCivil(parts[0], parts[1], parts[2]) * 86400000
                        + ((parts[3] * 60 + parts[4]) * 60 + parts[5]) * qint64(1000) + parts[6];
                return QDateTime::fromMSecsSinceEpoch(*msecs);
            }
        }
        const QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!at.isValid()) {
            fail(field, Rule::InvalidDate, detailFor(key, field, value));
            return {};
        }
        return at.toLocalTime();
    }

    std::optional<qint64> integer(Key key, Field field)
    {
        const JsonValue *value = find(key);
        if (!value)
            return std::nullopt;
        const std::optional<qint64> number =
            value->kind == JsonKind::Number ? JsonReader::toInteger(*value) : std::nullopt;
        if (!number)
            fail(field, Rule::InvalidNumber, name(key));
        return number;
    }

    bool boolean(Key key, Field field)
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

    template<typename T>
    T code(Key key, Field field, std::optional<T> (*fromCode)(const QString &), T fallback)
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

    void fail(Field field, Rule rule, const QString &detail)
    {
        if (!m_error)
            m_error = Issue::error(field, rule, detail);
    }

    static QString name(Key key) { return QString::fromLatin1(keyNames[size_t(key)]); }

private:
    static QString detailFor(Key key, Field field, const QString &value)
    {
        return field == Field::None ? name(key) + QStringLiteral(": ") + value : value;
    }

    const Members &m_members;
    std::optional<Issue> m_error;
};

// ApplicationJson::fromJson, field by field in its order.
Expected<Application> applicationFrom(const Members &members, std::optional<qint64> &filedAtMsecs)
{
    MemberReader read(members);
    Application a;
    a.id = read.text(KeyId, Field::None);
    if (const auto sequence = read.integer(KeyRegistrationSequence, Field::None)) {
        if (*sequence < 0)
            read.fail(Field::None, Rule::OutOfRange, MemberReader::name(KeyRegistrationSequence));
        a.registrationSequence = *sequence;
    }
    a.applicant.surname = read.text(KeyApplicantSurname, Field::ApplicantSurname);
    a.applicant.name = read.text(KeyApplicantName, Field::ApplicantName);
    a.applicant.patronymic = read.text(KeyApplicantPatronymic, Field::ApplicantPatronymic);
    a.applicantIin = read.text(KeyApplicantIin, Field::ApplicantIin);
    a.applicantAddress = read.text(KeyApplicantAddress, Field::ApplicantAddress);
    a.settlement = read.text(KeySettlement, Field::Settlement);

    a.child.surname = read.text(KeyChildSurname, Field::ChildSurname);
    a.child.name = read.text(KeyChildName, Field::ChildName);
    a.child.patronymic = read.text(KeyChildPatronymic, Field::ChildPatronymic);
    a.childIin = read.text(KeyChildIin, Field::ChildIin);
    a.childBirthDate = read.date(KeyChildBirthDate, Field::ChildBirthDate);
    a.childSex = read.code(KeyChildSex, Field::ChildSex, &ApplicationJson::sexFromCode, Iin::Sex::Unknown);

    if (const auto category = read.integer(KeyCategory, Field::Category)) {
        const std::optional<Category> known =
            *category >= 1 && *category <= 10 ? Categories::fromCode(int(*category)) : std::nullopt;
        if (known)
            a.category = *known;
        else
            read.fail(Field::Category, Rule::OutOfRange, QString::number(*category));
    }
    a.categoryDocument.type = read.text(KeyCategoryDocumentType, Field::CategoryDocumentType);
    a.categoryDocument.number = read.text(KeyCategoryDocumentNumber, Field::CategoryDocumentNumber);
    a.categoryDocument.issuer = read.text(KeyCategoryDocumentIssuer, Field::CategoryDocumentIssuer);
    a.categoryDocument.issueDate = read.date(KeyCategoryDocumentIssueDate, Field::CategoryDocumentIssueDate);

    a.preferredKindergartens = read.texts(KeyPreferredKindergartens, Field::PreferredKindergartens);
    a.language = read.code(KeyLanguage, Field::Language, &ApplicationJson::languageFromCode, TeachingLanguage::Any);
    a.phones = read.texts(KeyPhones, Field::Phones);
    a.email = read.text(KeyEmail, Field::Email);
    a.consent = read.boolean(KeyConsent, Field::Consent);
    a.signatureDate = read.date(KeySignatureDate, Field::SignatureDate);
    a.filedAt = read.timestamp(KeyFiledAt, Field::FiledAt, filedAtMsecs);

    a.status = read.code(KeyStatus, Field::None, &ApplicationJson::statusFromCode, ApplicationStatus::Queued);
    a.archiveReason = read.code(KeyArchiveReason, Field::None, &ApplicationJson::archiveReasonFromCode,
                                ArchiveReason::None);
    a.stopListedUntil = read.date(KeyStopListedUntil, Field::None);
    a.batchId = read.text(KeyBatchId, Field::None);

    if (read.error())
        return *read.error();
    return a;
}

// ---------------------------------------------------------------------------------------------
// A record's row, prepared on a worker thread.

// The columns of insertSql, in its order.
enum Column {
    ColId,
    ColRegistrationSequence,
    ColApplicantSurname,
    ColApplicantName,
    ColApplicantPatronymic,
    ColApplicantIin,
    ColApplicantAddress,
    ColSettlement,
    ColChildSurname,
    ColChildName,
    ColChildPatronymic,
    ColChildIin,
    ColChildBirthDate,
    ColBirthYear,
    ColChildSex,
    ColCategory,
    ColRightRank,
    ColDocumentType,
    ColDocumentNumber,
    ColDocumentIssuer,
    ColDocumentIssueDate,
    ColPreferredKindergartens,
    ColLanguage,
    ColPhones,
    ColEmail,
    ColConsent,
    ColSignatureDate,
    ColFiledAt,
    ColStatus,
    ColArchiveReason,
    ColStopListedUntil,
    ColBatchId,
    ColCreatedAt,
    ColUpdatedAt,
    ColSearchText,
    ColQueueBand, // bound by the writer
    ColQueueSlot, // bound by the writer
    ColSearchBlock, // bound by the writer
    ColumnCount
};
constexpr int preparedColumns = ColQueueBand;

const char *const insertSql =
    "INSERT INTO applications (id, registration_sequence, applicant_surname, applicant_name,"
    " applicant_patronymic, applicant_iin, applicant_address, settlement, child_surname, child_name,"
    " child_patronymic, child_iin, child_birth_date, birth_year, child_sex, category, right_rank,"
    " category_document_type, category_document_number, category_document_issuer,"
    " category_document_issue_date, preferred_kindergartens, language, phones, email, consent,"
    " signature_date, filed_at, status, archive_reason, stop_listed_until, batch_id, created_at,"
    " updated_at, search_text, queue_band, queue_slot, search_block)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
    " ?, ?, ?, ?, ?, ?, ?, ?)";

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
    std::array<Cell, preparedColumns> cells;
    std::array<char, 64> digestHex{}; // SHA-256 hex of the canonical JSON as stored
    qint64 filedAt = 0;
    qint64 sequence = 0;
    int birthYear = 0;
    int right = 0;
    bool active = false;

    QByteArrayView text(Column column) const
    {
        const Cell &cell = cells[column];
        return QByteArrayView(bytes.constData() + cell.offset, cell.length);
    }
};

// Appends UTF-8 text as a canonical JSON string (CanonicalJson::appendString, from bytes).
void appendCanonicalBytes(QByteArray &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype run = 0;
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

class RowWriter
{
public:
    explicit RowWriter(Record &record) : m_record(record)
    {
        m_record.bytes.clear();
        m_record.bytes.reserve(1024);
    }

    void text(Column column, QStringView value)
    {
        QByteArray &bytes = m_record.bytes;
        const qsizetype start = bytes.size();
        bytes.resize(start + m_encoder.requiredSpace(value.size()));
        char *end = m_encoder.appendToBuffer(bytes.data() + start, value);
        bytes.truncate(end - bytes.constData());
        m_record.cells[column] = Cell{Cell::Text, qint32(start), qint32(bytes.size() - start), 0};
    }
    void latin1(Column column, QByteArrayView value)
    {
        const qsizetype start = m_record.bytes.size();
        m_record.bytes.append(value);
        m_record.cells[column] = Cell{Cell::Text, qint32(start), qint32(value.size()), 0};
    }
    void date(Column column, const QDate &value)
    {
        if (!value.isValid()) {
            m_record.cells[column] = Cell{};
            return;
        }
        const qsizetype start = m_record.bytes.size();
        appendIsoDate(m_record.bytes, value);
        m_record.cells[column] = Cell{Cell::Text, qint32(start), qint32(m_record.bytes.size() - start), 0};
    }
    void integer(Column column, qint64 value) { m_record.cells[column] = Cell{Cell::Integer, 0, 0, value}; }
    // A list as CanonicalJson writes it (the form listColumn() gives the registration's rows).
    void list(Column column, const QStringList &values)
    {
        const qsizetype start = m_record.bytes.size();
        m_record.bytes += '[';
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_record.bytes += ',';
            m_scratch.resize(m_encoder.requiredSpace(values.at(i).size()));
            char *end = m_encoder.appendToBuffer(m_scratch.data(), values.at(i));
            appendCanonicalBytes(m_record.bytes, QByteArrayView(m_scratch.constData(), end - m_scratch.constData()));
        }
        m_record.bytes += ']';
        m_record.cells[column] = Cell{Cell::Text, qint32(start), qint32(m_record.bytes.size() - start), 0};
    }

private:
    Record &m_record;
    QStringEncoder m_encoder{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
    QByteArray m_scratch;
};

// CanonicalJson::encode(ApplicationJson::toJson(a)) of the application as stored, written from
// its row (tst_applicationimport checks the digests against the slow path).
QByteArray canonicalRecord(const Record &r, QByteArrayView filedAtText)
{
    enum Kind { String, Integer, Boolean, Date, List, FiledAt };
    struct Member
    {
        const char *key;
        Column column;
        Kind kind;
    };
    // Every key of ApplicationJson::toJson, sorted (all ASCII: byte order is UTF-16 order).
    static const QList<Member> members = [] {
        QList<Member> list = {
            {"id", ColId, String},
            {"registration_sequence", ColRegistrationSequence, Integer},
            {"applicant_surname", ColApplicantSurname, String},
            {"applicant_name", ColApplicantName, String},
            {"applicant_patronymic", ColApplicantPatronymic, String},
            {"applicant_iin", ColApplicantIin, String},
            {"applicant_address", ColApplicantAddress, String},
            {"settlement", ColSettlement, String},
            {"child_surname", ColChildSurname, String},
            {"child_name", ColChildName, String},
            {"child_patronymic", ColChildPatronymic, String},
            {"child_iin", ColChildIin, String},
            {"child_birth_date", ColChildBirthDate, Date},
            {"child_sex", ColChildSex, String},
            {"category", ColCategory, Integer},
            {"category_document_type", ColDocumentType, String},
            {"category_document_number", ColDocumentNumber, String},
            {"category_document_issuer", ColDocumentIssuer, String},
            {"category_document_issue_date", ColDocumentIssueDate, Date},
            {"preferred_kindergartens", ColPreferredKindergartens, List},
            {"language", ColLanguage, String},
            {"phones", ColPhones, List},
            {"email", ColEmail, String},
            {"consent", ColConsent, Boolean},
            {"signature_date", ColSignatureDate, Date},
            {"filed_at", ColFiledAt, FiledAt},
            {"status", ColStatus, String},
            {"archive_reason", ColArchiveReason, String},
            {"stop_listed_until", ColStopListedUntil, Date},
            {"batch_id", ColBatchId, String},
        };
        std::sort(list.begin(), list.end(), [](const Member &m, const Member &n) { return qstrcmp(m.key, n.key) < 0; });
        return list;
    }();
    QByteArray out;
    out.reserve(r.bytes.size() + 800);
    out += '{';
    for (qsizetype i = 0; i < members.size(); ++i) {
        const Member &member = members.at(i);
        if (i > 0)
            out += ',';
        out += '"';
        out += member.key;
        out += "\":";
        const Cell &cell = r.cells[member.column];
        switch (member.kind) {
        case String: appendCanonicalBytes(out, r.text(member.column)); break;
        case Integer: out += QByteArray::number(cell.number); break;
        case Boolean: out += cell.number != 0 ? "true" : "false"; break;
        case Date:
            if (cell.type == Cell::Null)
                out += "null";
            else
                appendCanonicalBytes(out, r.text(member.column));
            break;
        case List: out += r.text(member.column); break; // already canonical
        case FiledAt: appendCanonicalBytes(out, filedAtText); break;
        }
    }
    out += '}';
    return out;
}

Issue notValidJson(const JsonError &error)
{
    return Issue::error(Field::ImportFile, Rule::ImportRecordNotObject,
                        ApplicationImport::tr("byte %1: %2").arg(error.offset).arg(error.reason));
}

// Reads, validates and normalises the record at text (its place in the file: offset) into a row.
// The record at text (its place in the file: offset) read into an Application.
Expected<Application> readApplication(QByteArrayView text, qsizetype offset, std::optional<qint64> &filedAtMsecs)
{
    if (!text.startsWith('{')) {
        // A number, string, array... where an application should be.
        return Issue::error(Field::ImportFile, Rule::ImportRecordNotObject);
    }
    Members members;
    JsonReader reader(text, offset);
    JsonValue key;
    JsonValue value;
    reader.openObject();
    while (reader.nextMember(key, value)) {
        int index;
        if (key.escaped) {
            QByteArray decoded;
            JsonReader::appendUtf8(key, decoded);
            index = keyIndex(decoded);
        } else {
            index = keyIndex(key.text);
        }
        if (index >= 0) {
            // A key given twice: the last one counts, as in QJsonDocument.
            members.value[size_t(index)] = value;
            members.present[size_t(index)] = true;
        }
    }
    if (!reader.ok())
        return notValidJson(*reader.error());
    return applicationFrom(members, filedAtMsecs);
}

struct PrepareContext
{
    ValidationContext validation;
    qint64 nowMsecs = 0;
};

void prepare(Record &record, QByteArrayView text, qsizetype offset, const PrepareContext &prepareContext)
{
    const ValidationContext &context = prepareContext.validation;
    record.error.reset();
    std::optional<qint64> filedAtMsecs;
    Expected<Application> parsed = readApplication(text, offset, filedAtMsecs);
    if (!parsed) {
        record.error = parsed.error();
        return;
    }
    Application a = std::move(parsed).value();
    for (const Issue &issue : validateApplication(a, context)) {
        if (issue.isError()) {
            record.error = issue;
            return;
        }
    }
    if (a.id.isEmpty()) {
        // The id is derived from the record as the file has it, unknown keys included.
        const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray());
        a.id = QUuid::createUuidV5(idNamespace, CanonicalJson::encode(document.object()))
                   .toString(QUuid::WithoutBraces);
    }
    const bool fileHasFiledAt = a.filedAt.isValid();
    // The spellings registerApplication stores (normalizeForStorage).
    normalizeForStorage(a, context.now);
    if (a.status != ApplicationStatus::Archived)
        a.archiveReason = ArchiveReason::None;

    // The instant normalizeForStorage keeps: the file's, or now (without asking the time zone
    // database again: QDateTime's local-time conversions cost more than reading the record).
    record.filedAt = filedAtMsecs     ? *filedAtMsecs
                     : fileHasFiledAt ? QueueOrder::filedAtSortValue(a.filedAt)
                                      : prepareContext.nowMsecs;
    record.sequence = QueueOrder::sequenceSortValue(a.registrationSequence);
    record.birthYear = a.birthYear();
    record.right = static_cast<int>(a.right());
    record.active = a.isActive();
    const qint64 now = prepareContext.nowMsecs;

    RowWriter row(record);
    row.text(ColId, a.id);
    row.integer(ColRegistrationSequence, a.registrationSequence);
    row.text(ColApplicantSurname, a.applicant.surname);
    row.text(ColApplicantName, a.applicant.name);
    row.text(ColApplicantPatronymic, a.applicant.patronymic);
    row.text(ColApplicantIin, a.applicantIin);
    row.text(ColApplicantAddress, a.applicantAddress);
    row.text(ColSettlement, a.settlement);
    row.text(ColChildSurname, a.child.surname);
    row.text(ColChildName, a.child.name);
    row.text(ColChildPatronymic, a.child.patronymic);
    row.text(ColChildIin, a.childIin);
    row.date(ColChildBirthDate, a.childBirthDate);
    row.integer(ColBirthYear, record.birthYear);
    row.text(ColChildSex, ApplicationJson::sexCode(a.childSex));
    row.integer(ColCategory, Categories::code(a.category));
    // RULES 3.3: 0 extraordinary, 1 primary, 2 none (the order of enum Right).
    row.integer(ColRightRank, record.right);
    row.text(ColDocumentType, a.categoryDocument.type);
    row.text(ColDocumentNumber, a.categoryDocument.number);
    row.text(ColDocumentIssuer, a.categoryDocument.issuer);
    row.date(ColDocumentIssueDate, a.categoryDocument.issueDate);
    row.list(ColPreferredKindergartens, a.preferredKindergartens);
    row.text(ColLanguage, ApplicationJson::languageCode(a.language));
    row.list(ColPhones, a.phones);
    row.text(ColEmail, a.email);
    row.integer(ColConsent, a.consent ? 1 : 0);
    row.date(ColSignatureDate, a.signatureDate);
    row.integer(ColFiledAt, record.filedAt);
    row.text(ColStatus, ApplicationJson::statusCode(a.status));
    row.text(ColArchiveReason, ApplicationJson::archiveReasonCode(a.archiveReason));
    row.date(ColStopListedUntil, a.stopListedUntil);
    row.text(ColBatchId, a.batchId);
    row.integer(ColCreatedAt, now);
    row.integer(ColUpdatedAt, now);
    row.text(ColSearchText, QueueStore::searchText(a.child, a.applicant));

    const QByteArray digest =
        Sha256::hashHex(canonicalRecord(record, isoTimestamp(record.filedAt)));
    std::memcpy(record.digestHex.data(), digest.constData(), record.digestHex.size());
}

// ---------------------------------------------------------------------------------------------
// Sets the writer checks records against.

// Application ids: canonical lower-case UUID texts as two 64-bit numbers (a million of them in
// a few tens of megabytes), anything else as text.
class IdSet
{
public:
    // Adds id; false when it was there already.
    bool insert(QByteArrayView id)
    {
        if (const auto uuid = parseUuid(id)) {
            const qsizetype before = m_uuids.size();
            m_uuids.insert(*uuid);
            return m_uuids.size() != before;
        }
        const qsizetype before = m_others.size();
        m_others.insert(id.toByteArray());
        return m_others.size() != before;
    }
    void remove(QByteArrayView id)
    {
        if (const auto uuid = parseUuid(id))
            m_uuids.remove(*uuid);
        else
            m_others.remove(id.toByteArray());
    }
    qsizetype size() const { return m_uuids.size() + m_others.size(); }
    void reserve(qsizetype size) { m_uuids.reserve(size); }

private:
    static std::optional<std::pair<quint64, quint64>> parseUuid(QByteArrayView text)
    {
        if (text.size() != 36)
            return std::nullopt;
        quint64 parts[2] = {0, 0};
        int nibble = 0;
        for (qsizetype i = 0; i < 36; ++i) {
            const char c = text[i];
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-')
                    return std::nullopt;
                continue;
            }
            int value;
            if (c >= '0' && c <= '9')
                value = c - '0';
            else if (c >= 'a' && c <= 'f')
                value = c - 'a' + 10;
            else
                return std::nullopt; // upper case is another id for the store
            parts[nibble / 16] = (parts[nibble / 16] << 4) | quint64(value);
            ++nibble;
        }
        return std::make_pair(parts[0], parts[1]);
    }

    QSet<std::pair<quint64, quint64>> m_uuids;
    QSet<QByteArray> m_others;
};

// Children with an application that is not archived: 12-digit IINs as numbers.
class ActiveChildren
{
public:
    // owner: >= 0 a record of the file (its index), < 0 an application of the store.
    // Notes owner for iin unless the child has one already: then that one is returned.
    std::optional<qint64> tryInsert(QByteArrayView iin, qint64 owner)
    {
        if (const auto number = iinNumber(iin))
            return tryInsert(m_numbers, *number, owner);
        return tryInsert(m_others, iin.toByteArray(), owner);
    }
    void reserve(qsizetype size) { m_numbers.reserve(size); }

private:
    template<typename Key>
    static std::optional<qint64> tryInsert(QHash<Key, qint64> &hash, const Key &key, qint64 owner)
    {
        const qsizetype before = hash.size();
        qint64 &value = hash[key]; // one lookup
        if (hash.size() == before)
            return value;
        value = owner;
        return std::nullopt;
    }

    static std::optional<qint64> iinNumber(QByteArrayView iin)
    {
        if (iin.size() != 12)
            return std::nullopt;
        qint64 number = 0;
        for (const char c : iin) {
            if (c < '0' || c > '9')
                return std::nullopt;
            number = number * 10 + (c - '0');
        }
        return number;
    }

    QHash<qint64, qint64> m_numbers;
    QHash<QByteArray, qint64> m_others;
};

// ---------------------------------------------------------------------------------------------
// SQLite through the C API on the store's own connection (the one Qt's QSQLITE driver opened).

using Statement = SqliteStatement;

bool execute(sqlite3 *db, const QString &sql)
{
    return sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

QString indexName(const QString &createIndex)
{
    return createIndex.section(u' ', 2, 2); // "CREATE INDEX name ON ..."
}

// Runs statements in one transaction.
Status runTransaction(sqlite3 *db, const QStringList &statements)
{
    if (statements.isEmpty())
        return {};
    if (!execute(db, QStringLiteral("BEGIN IMMEDIATE")))
        return sqliteFailed(db);
    for (const QString &statement : statements) {
        if (!execute(db, statement)) {
            const Issue issue = sqliteFailed(db);
            execute(db, QStringLiteral("ROLLBACK"));
            return issue;
        }
    }
    if (!execute(db, QStringLiteral("COMMIT"))) {
        const Issue issue = sqliteFailed(db);
        execute(db, QStringLiteral("ROLLBACK"));
        return issue;
    }
    return {};
}

Status dropIndexes(sqlite3 *db)
{
    QStringList drops;
    for (const QString &statement : Migrations::bulkLoadIndexes())
        drops.append(QStringLiteral("DROP INDEX IF EXISTS ") + indexName(statement));
    return runTransaction(db, drops);
}

// What the store holds of one side (birth year, right) before the import's batch.
struct SideState
{
    qint64 count = 0;
    std::optional<std::tuple<qint64, qint64, QByteArray>> last; // greatest filing key
    bool stale = false;
};

// The trigger that notes disturbed sides in queue_stale: its name and its CREATE statement.
const char *const queueTrigger = "applications_queue_insert";

#ifdef Q_OS_LINUX
// Gives the pages of a mapped file before upTo back to the system (they stay in its file cache):
// the import's memory does not grow with the file.
void releaseMappedPages(const uchar *base, qsizetype upTo)
{
    static const qsizetype pageSize = qsizetype(sysconf(_SC_PAGESIZE));
    const qsizetype length = upTo / pageSize * pageSize;
    if (length > 0)
        madvise(const_cast<uchar *>(base), size_t(length), MADV_DONTNEED);
}
#endif

} // namespace

ApplicationImport::ApplicationImport(std::shared_ptr<Database> database, RuleSettings settings)
    : m_database(std::move(database))
    , m_settings(std::move(settings))
{
}

QString ApplicationImport::batchHash(const QList<QByteArray> &recordDigestsHex)
{
    QByteArray all;
    all.reserve(recordDigestsHex.size() * 64);
    for (const QByteArray &digest : recordDigestsHex)
        all += digest;
    return QString::fromLatin1(Sha256::hashHex(all));
}

Expected<Application> ApplicationImport::readRecord(QByteArrayView text, qsizetype offset)
{
    std::optional<qint64> filedAtMsecs;
    return readApplication(text, offset, filedAtMsecs);
}

Expected<ImportResult> ApplicationImport::importJson(QByteArrayView json, const QString &clerk, const QDateTime &now)
{
    return importBytes(json, clerk, now, {});
}

Expected<ImportResult> ApplicationImport::importFile(const QString &path, const QString &clerk, const QDateTime &now)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Issue::error(Field::ImportFile, Rule::StoreCannotOpen, path + QStringLiteral(": ") + file.errorString());
    const qint64 size = file.size();
    if (size == 0)
        return importBytes({}, clerk, now, {});
    uchar *mapped = file.map(0, size);
    if (!mapped) {
        // Not mappable (a pipe, a special file system): read it.
        const QByteArray json = file.readAll();
        return importBytes(json, clerk, now, {});
    }
    const auto unmap = qScopeGuard([&file, mapped] { file.unmap(mapped); });
#ifdef Q_OS_LINUX
    madvise(mapped, size_t(size), MADV_SEQUENTIAL);
    const auto release = [mapped](qsizetype upTo) { releaseMappedPages(mapped, upTo); };
#else
    const std::function<void(qsizetype)> release;
#endif
    return importBytes(QByteArrayView(reinterpret_cast<const char *>(mapped), size), clerk, now, release);
}

Expected<ImportResult> ApplicationImport::importBytes(QByteArrayView json, const QString &clerk, const QDateTime &now,
                                                      const std::function<void(qsizetype)> &release)
{
    QElapsedTimer phase;
    phase.start();
    // 1. The file must be one array before anything is written.
    QList<JsonSpan> elements;
    if (const std::optional<JsonError> error = JsonReader::splitArray(json, elements, release))
        return Issue::error(Field::ImportFile, Rule::ImportNotJsonArray,
                            tr("byte %1: %2").arg(error->offset).arg(error->reason));
    if (release)
        release(json.size()); // read again chunk by chunk below
    const qsizetype recordCount = elements.size();
    const qint64 splitMs = phase.restart();

    QSqlDatabase qtDb = m_database->connection();
    sqlite3 *db = sqliteHandle(qtDb);
    if (!db)
        return writeFailed(tr("the SQLite driver of Qt does not give its connection handle"));
    if (const Status indexed = Database::createMissingIndexes(qtDb); !indexed)
        return indexed.error();

    // 2. Ids and active children the store holds (one scan each instead of a lookup per record).
    IdSet knownIds;
    ActiveChildren activeChildren;
    QList<QString> storeOwners; // ids of the store's active applications, by -1 - owner
    {
        Statement ids(db, "SELECT id FROM applications");
        if (!ids)
            return sqliteFailed(db);
        while (sqlite3_step(ids.get()) == SQLITE_ROW)
            knownIds.insert(QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(ids.get(), 0)),
                                           sqlite3_column_bytes(ids.get(), 0)));
        Statement children(db, "SELECT child_iin, id FROM applications WHERE status <> 'archived'");
        if (!children)
            return sqliteFailed(db);
        while (sqlite3_step(children.get()) == SQLITE_ROW) {
            const QByteArrayView iin(reinterpret_cast<const char *>(sqlite3_column_text(children.get(), 0)),
                                     sqlite3_column_bytes(children.get(), 0));
            // Any one of them answers the check (there is one, unless written against the rule).
            if (!activeChildren.tryInsert(iin, -1 - storeOwners.size()))
                storeOwners.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(children.get(), 1)),
                                                     sqlite3_column_bytes(children.get(), 1)));
        }
    }
    knownIds.reserve(knownIds.size() + recordCount);
    activeChildren.reserve(storeOwners.size() + recordCount);

    // 3. Worker threads read and validate records chunk by chunk, at most `window` chunks ahead
    //    of this thread, which writes them in file order.
    const PrepareContext context{ValidationContext{now, m_settings}, now.toMSecsSinceEpoch()};
    constexpr qsizetype chunkSize = 256;
    constexpr qsizetype window = 64;
    const qsizetype chunks = (recordCount + chunkSize - 1) / chunkSize;
    std::vector<std::vector<Record>> ring(size_t(qMin(window, qMax<qsizetype>(chunks, 1))));
    std::vector<qsizetype> readyChunk(ring.size(), -1);
    qsizetype consumedChunks = 0;
    bool stopping = false;
    std::mutex mutex;
    std::condition_variable chunkReady;
    std::condition_variable slotFree;
    std::atomic<qsizetype> nextChunk{0};
    const auto work = [&] {
        for (;;) {
            const qsizetype chunk = nextChunk.fetch_add(1);
            if (chunk >= chunks)
                return;
            const size_t slot = size_t(chunk % qsizetype(ring.size()));
            {
                std::unique_lock lock(mutex);
                slotFree.wait(lock, [&] { return stopping || chunk < consumedChunks + qsizetype(ring.size()); });
                if (stopping)
                    return;
            }
            std::vector<Record> &records = ring[slot];
            const qsizetype from = chunk * chunkSize;
            const qsizetype to = qMin(from + chunkSize, recordCount);
            records.resize(size_t(to - from));
            for (qsizetype i = from; i < to; ++i) {
                const JsonSpan &span = elements.at(i);
                prepare(records[size_t(i - from)], json.sliced(span.offset, span.length), span.offset, context);
            }
            {
                const std::lock_guard lock(mutex);
                readyChunk[slot] = chunk;
            }
            chunkReady.notify_all();
        }
    };
    // One processor stays the writer's: it is the import's critical path (SQLite writes on one
    // thread), and a worker competing with it for a processor slows the whole import.
    const int threads = m_threads > 0 ? m_threads : int(qMax(2u, std::thread::hardware_concurrency()) - 1);
    std::vector<std::thread> pool;
    for (int t = 0; t < threads && t < chunks; ++t)
        pool.emplace_back(work);
    // On every way out: the workers stop and are gone before what they use is.
    const auto joinWorkers = qScopeGuard([&] {
        {
            const std::lock_guard lock(mutex);
            stopping = true;
        }
        nextChunk.store(chunks);
        slotFree.notify_all();
        for (std::thread &thread : pool)
            thread.join();
    });

    ImportResult result;
    result.timings.splitMs = splitMs;
    // The id of an earlier record of the file (read again: rare, only for a conflict).
    const auto recordId = [&](qsizetype index) {
        Record again;
        const JsonSpan &span = elements.at(index);
        prepare(again, json.sliced(span.offset, span.length), span.offset, context);
        return QString::fromUtf8(again.text(ColId));
    };

    QHash<std::pair<int, int>, SideState> sides;
    // Bulk mode read every side of the store before dropping the indexes: a side not among them
    // is empty.
    bool sidesComplete = false;
    const auto sideState = [&](int year, int right) -> Expected<SideState *> {
        const auto found = sides.find({year, right});
        if (found != sides.end())
            return &*found;
        SideState state;
        QSqlQuery query(qtDb);
        if (sidesComplete) {
            query.prepare(QStringLiteral("SELECT count(*) FROM queue_stale WHERE birth_year = :y AND right_rank = :r"));
            query.bindValue(QStringLiteral(":y"), year);
            query.bindValue(QStringLiteral(":r"), right);
            if (!query.exec() || !query.next())
                return writeFailed(query.lastError().text());
            state.stale = query.value(0).toInt() > 0;
            return &*sides.insert({year, right}, state);
        }
        query.prepare(QStringLiteral("SELECT count(*), (SELECT count(*) FROM queue_stale WHERE birth_year = :y2"
                                     " AND right_rank = :r2) FROM applications WHERE birth_year = :y AND right_rank = :r"));
        query.bindValue(QStringLiteral(":y"), year);
        query.bindValue(QStringLiteral(":r"), right);
        query.bindValue(QStringLiteral(":y2"), year);
        query.bindValue(QStringLiteral(":r2"), right);
        if (!query.exec() || !query.next())
            return writeFailed(query.lastError().text());
        state.count = query.value(0).toLongLong();
        state.stale = query.value(1).toInt() > 0;
        query.finish();
        if (state.count > 0) {
            query.prepare(QStringLiteral("SELECT filed_at, queue_sequence, id FROM applications"
                                         " WHERE birth_year = :y AND right_rank = :r"
                                         " ORDER BY filed_at DESC, queue_sequence DESC, id DESC LIMIT 1"));
            query.bindValue(QStringLiteral(":y"), year);
            query.bindValue(QStringLiteral(":r"), right);
            if (!query.exec() || !query.next())
                return writeFailed(query.lastError().text());
            state.last = std::make_tuple(query.value(0).toLongLong(), query.value(1).toLongLong(),
                                         query.value(2).toString().toUtf8());
        }
        return &*sides.insert({year, right}, state);
    };

    // Connection settings for the import's duration, restored on every way out:
    // - a large page cache: the indexes that stay grow at random places (ids);
    // - one checkpoint at the end instead of one every 1000 pages of WAL (each page would be
    //   written to the database file again and again while the import grows it);
    // - CHECK constraints not evaluated: every checked column (codes, category, right, consent)
    //   is written from the enumerations' own code functions, never from the file's text, so
    //   the checks cannot fail, and evaluating them was a fifth of SQLite's time per row.
    const auto pragmaValue = [db](const char *sql, int fallback) {
        Statement query(db, sql);
        return query && sqlite3_step(query.get()) == SQLITE_ROW ? sqlite3_column_int(query.get(), 0) : fallback;
    };
    const int cacheSize = pragmaValue("PRAGMA cache_size", -2000);
    const int autoCheckpoint = pragmaValue("PRAGMA wal_autocheckpoint", 1000);
    execute(db, QStringLiteral("PRAGMA cache_size = -262144"));
    execute(db, QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    execute(db, QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    const auto restoreSettings = qScopeGuard([db, cacheSize, autoCheckpoint] {
        execute(db, QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
        execute(db, QStringLiteral("PRAGMA threads = 0"));
        execute(db, QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
        execute(db, QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(autoCheckpoint));
        execute(db, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    });

    // Bulk mode writes the rows once, into the database file, with a rollback journal for the
    // few pages that existed before (new pages need none), instead of into the WAL first and
    // into the file again at the checkpoint. Only when no other connection has the store open
    // (SQLite refuses the switch otherwise): until the import switches back at its end, the store
    // is then the import's. A crash in between leaves a hot journal that the next open rolls
    // back (the batch being written disappears, the committed ones stay), and Database::open
    // switches the store back to WAL.
    bool leftWal = false;
    const auto pragmaText = [db](const char *sql) {
        Statement query(db, sql);
        return query && sqlite3_step(query.get()) == SQLITE_ROW
                   ? QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(query.get(), 0))).toLower()
                   : QByteArray();
    };
    const auto leaveWal = [&] {
        if (pragmaText("PRAGMA journal_mode") != "wal")
            return;
        const int busyTimeout = pragmaValue("PRAGMA busy_timeout", 5000);
        execute(db, QStringLiteral("PRAGMA busy_timeout = 0")); // another connection: stay in WAL, now
        leftWal = pragmaText("PRAGMA journal_mode = DELETE") == "delete";
        execute(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeout));
    };
    const auto backToWal = qScopeGuard([&] {
        if (leftWal)
            execute(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    });

    // The queue trigger's statement, to re-create it at the end of each batch.
    QByteArray triggerSql;
    {
        Statement query(db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?");
        if (!query)
            return sqliteFailed(db);
        sqlite3_bind_text(query.get(), 1, queueTrigger, -1, SQLITE_STATIC);
        if (sqlite3_step(query.get()) == SQLITE_ROW)
            triggerSql = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(query.get(), 0)),
                                    sqlite3_column_bytes(query.get(), 0));
    }

    // Bulk mode when what is left of the file at its first new record is large and at least as
    // large as the store (a file imported again drops nothing): each index is then built once,
    // sorted, instead of growing at random places row by row. The sides' states are read first
    // (they need applications_side).
    const qsizetype storeRows = knownIds.size();
    bool indexesDropped = false;
    const auto enterBulkMode = [&]() -> Status {
        QList<std::pair<int, int>> storedSides;
        {
            Statement query(db, "SELECT DISTINCT birth_year, right_rank FROM applications");
            if (!query)
                return sqliteFailed(db);
            while (sqlite3_step(query.get()) == SQLITE_ROW)
                storedSides.append({sqlite3_column_int(query.get(), 0), sqlite3_column_int(query.get(), 1)});
        }
        for (const auto &[year, right] : std::as_const(storedSides))
            if (const Expected<SideState *> state = sideState(year, right); !state)
                return state.error();
        sidesComplete = true;
        if (const Status dropped = dropIndexes(db); !dropped)
            return dropped.error();
        indexesDropped = true;
        leaveWal();
        return {};
    };
    bool modeChosen = false;
    // Also when a batch fails: the batches committed before it stay, indexed.
    const auto rebuildIndexes = qScopeGuard([&qtDb, &indexesDropped] {
        if (indexesDropped)
            Database::createMissingIndexes(qtDb);
    });

    // 4. Batches: rows, one outbox command and one journal entry per transaction.
    Statement insert(db, insertSql);
    Statement markStale(db, "INSERT INTO queue_stale (birth_year, right_rank, filed_at, queue_sequence, id)"
                            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (birth_year, right_rank) DO UPDATE SET"
                            " filed_at = excluded.filed_at, queue_sequence = excluded.queue_sequence,"
                            " id = excluded.id"
                            " WHERE (excluded.filed_at, excluded.queue_sequence, excluded.id)"
                            " < (queue_stale.filed_at, queue_stale.queue_sequence, queue_stale.id)");
    if (!insert || !markStale)
        return sqliteFailed(db);
    // The rows' names go into the name search's blocks as they are written (NameSearchIndex);
    // the next free block is read in each batch's transaction (another connection may have
    // packed blocks between two batches).
    NameSearchIndex::BlockWriter searchBlocks(db);
    bool inBatch = false;
    QJsonArray ids;
    QByteArray digests; // the batch's records' digests (64 hex digits each), in order
    qsizetype batchRows = 0;
    // Per side, the smallest filing key among this batch's rows whose slot it could not compute
    // (what the trigger would have noted in queue_stale).
    QHash<std::pair<int, int>, std::tuple<qint64, qint64, QByteArray>> staleFrom;
    const auto rollback = [db, &inBatch](const Issue &issue) -> Issue {
        if (inBatch) {
            execute(db, QStringLiteral("ROLLBACK"));
            inBatch = false;
        }
        return issue;
    };
    const auto beginBatch = [&]() -> Status {
        if (!execute(db, QStringLiteral("BEGIN IMMEDIATE")))
            return sqliteFailed(db);
        inBatch = true;
        if (const Status started = searchBlocks.start(); !started)
            return rollback(started.error());
        // The import notes disturbed sides itself (staleFrom), once per side instead of once
        // per row; the trigger is back before the commit.
        if (!triggerSql.isEmpty()
            && !execute(db, QStringLiteral("DROP TRIGGER ") + QLatin1String(queueTrigger)))
            return rollback(sqliteFailed(db));
        return {};
    };
    const auto commitBatch = [&]() -> Status {
        if (const Status flushed = searchBlocks.flush(); !flushed)
            return rollback(flushed.error());
        sqlite3_stmt *mark = markStale.get();
        for (auto it = staleFrom.cbegin(); it != staleFrom.cend(); ++it) {
            const auto &[filedAt, sequence, id] = it.value();
            sqlite3_bind_int(mark, 1, it.key().first);
            sqlite3_bind_int(mark, 2, it.key().second);
            sqlite3_bind_int64(mark, 3, filedAt);
            sqlite3_bind_int64(mark, 4, sequence);
            sqlite3_bind_text(mark, 5, id.constData(), int(id.size()), SQLITE_STATIC);
            const int stepped = sqlite3_step(mark);
            sqlite3_reset(mark);
            if (stepped != SQLITE_DONE)
                return rollback(sqliteFailed(db));
        }
        if (!triggerSql.isEmpty() && sqlite3_exec(db, triggerSql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return rollback(sqliteFailed(db));
        {
            // The ratio the ring were computed with (QueueStore recomputes on another one).
            QSqlQuery ratio(qtDb);
            ratio.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('queue_ratio', ?)"
                                         " ON CONFLICT (key) DO NOTHING"));
            ratio.bindValue(0, QString(QString::number(m_settings.primaryRatioPrimary) + u':'
                                       + QString::number(m_settings.primaryRatioGeneral)));
            if (!ratio.exec())
                return rollback(writeFailed(ratio.lastError().text()));
        }
        const QString hash = QString::fromLatin1(Sha256::hashHex(digests));
        const QJsonObject payload{
            {QStringLiteral("count"), qint64(batchRows)},
            {QStringLiteral("ids"), ids},
            {QStringLiteral("sha256"), hash},
        };
        const Expected<QString> commandId = Outbox::enqueue(qtDb, commandType(), payload, clerk, now);
        if (!commandId)
            return rollback(commandId.error());
        QJsonObject journalPayload = payload;
        journalPayload.insert(QStringLiteral("command_id"), *commandId);
        const Expected<JournalEntry> entry =
            Journal::append(qtDb, importedEvent(), journalEntity(), *commandId, journalPayload, clerk, now);
        if (!entry)
            return rollback(entry.error());
        if (!execute(db, QStringLiteral("COMMIT")))
            return rollback(sqliteFailed(db));
        inBatch = false;
        result.imported += batchRows;
        ++result.batches;
        ids = QJsonArray();
        digests.clear();
        batchRows = 0;
        staleFrom.clear();
        return {};
    };

    sqlite3_stmt *const row = insert.get();
    for (qsizetype chunk = 0; chunk < chunks; ++chunk) {
        const size_t slot = size_t(chunk % qsizetype(ring.size()));
        {
            std::unique_lock lock(mutex);
            chunkReady.wait(lock, [&] { return readyChunk[slot] == chunk; });
        }
        std::vector<Record> &records = ring[slot];
        const qsizetype from = chunk * chunkSize;
        for (qsizetype i = from; i < from + qsizetype(records.size()); ++i) {
            const Record &record = records[size_t(i - from)];
            if (record.error) {
                result.invalid.append({i, *record.error});
                continue;
            }
            const QByteArrayView id = record.text(ColId);
            if (!knownIds.insert(id)) {
                ++result.alreadyPresent;
                continue;
            }
            if (record.active) {
                // RULES 3.2 [Q]: one active application per child.
                if (const std::optional<qint64> owner = activeChildren.tryInsert(record.text(ColChildIin), i)) {
                    const QString existing = *owner < 0 ? storeOwners.at(-1 - *owner) : recordId(*owner);
                    result.invalid.append({i, Issue::error(Field::ChildIin, Rule::ActiveApplicationExists, existing)});
                    knownIds.remove(id); // not imported: a later record with this id is not "present"
                    continue;
                }
            }

            if (!modeChosen) {
                modeChosen = true;
                const qsizetype left = recordCount - i;
                if (left >= m_bulkThreshold && left >= storeRows) {
                    if (const Status bulk = enterBulkMode(); !bulk)
                        return bulk.error();
                }
            }
            if (!inBatch) {
                if (const Status begun = beginBatch(); !begun)
                    return begun.error();
            }
            const Expected<SideState *> state = sideState(record.birthYear, record.right);
            if (!state)
                return rollback(state.error());
            SideState &side = **state;
            // The slot is known when the row goes after every row of a side whose ring are up
            // to date: its rank is then the side's size (QueueOrder::slot()). A file in filing
            // order (an export) always is; other rows are left to QueueStore::refresh().
            const bool atEnd = !side.stale
                               && (!side.last
                                   || std::tie(std::get<0>(*side.last), std::get<1>(*side.last))
                                          < std::tie(record.filedAt, record.sequence)
                                   || (std::get<0>(*side.last) == record.filedAt
                                       && std::get<1>(*side.last) == record.sequence
                                       && QByteArrayView(std::get<2>(*side.last)) < id));
            const Right right = static_cast<Right>(record.right);
            if (atEnd) {
                sqlite3_bind_int(row, ColQueueBand + 1, QueueOrder::band(right, m_settings));
                sqlite3_bind_int64(row, ColQueueSlot + 1, QueueOrder::slot(right, side.count, m_settings));
                side.last = std::make_tuple(record.filedAt, record.sequence, id.toByteArray());
            } else {
                side.stale = true;
                sqlite3_bind_null(row, ColQueueBand + 1);
                sqlite3_bind_null(row, ColQueueSlot + 1);
                const auto key = std::make_tuple(record.filedAt, record.sequence, id.toByteArray());
                const auto noted = staleFrom.find({record.birthYear, record.right});
                if (noted == staleFrom.end())
                    staleFrom.insert({record.birthYear, record.right}, key);
                else if (key < *noted)
                    *noted = key;
            }
            ++side.count;
            const Expected<qint64> searchBlock = searchBlocks.add(id, record.text(ColSearchText));
            if (!searchBlock)
                return rollback(searchBlock.error());
            sqlite3_bind_int64(row, ColSearchBlock + 1, *searchBlock);

            for (int column = 0; column < preparedColumns; ++column) {
                const Cell &cell = record.cells[size_t(column)];
                switch (cell.type) {
                case Cell::Null: sqlite3_bind_null(row, column + 1); break;
                case Cell::Integer: sqlite3_bind_int64(row, column + 1, cell.number); break;
                case Cell::Text:
                    sqlite3_bind_text(row, column + 1, record.bytes.constData() + cell.offset, cell.length,
                                      SQLITE_STATIC);
                    break;
                }
            }
            const int stepped = sqlite3_step(row);
            sqlite3_reset(row);
            if (stepped != SQLITE_DONE)
                return rollback(sqliteFailed(db));
            ids.append(QString::fromUtf8(id));
            digests.append(record.digestHex.data(), qsizetype(record.digestHex.size()));
            if (++batchRows >= m_batchSize) {
                if (const Status committed = commitBatch(); !committed)
                    return committed.error();
            }
        }
        sqlite3_clear_bindings(row);
        {
            const std::lock_guard lock(mutex);
            consumedChunks = chunk + 1;
        }
        slotFree.notify_all();
        if (release && !records.empty()) {
            const JsonSpan &last = elements.at(from + qsizetype(records.size()) - 1);
            release(last.offset + last.length);
        }
    }
    if (inBatch) {
        if (const Status committed = commitBatch(); !committed)
            return committed.error();
    }
    result.timings.rowsMs = phase.restart();
    if (indexesDropped) {
        // SQLite sorts each index with helper threads (the workers are done) in pieces of a
        // moderate size, which is faster here than one sort in a huge cache.
        execute(db, QStringLiteral("PRAGMA threads = 2"));
        execute(db, QStringLiteral("PRAGMA cache_size = -65536"));
        if (const Status rebuilt = Database::createMissingIndexes(qtDb); !rebuilt)
            return rebuilt.error();
        indexesDropped = false;
    }

    result.timings.indexesMs = phase.restart();
    // 5. Sides the batches could not extend at their end.
    QueueStore queue(m_database, m_settings);
    if (const Status refreshed = queue.refresh(); !refreshed)
        return refreshed.error();
    result.timings.queueMs = phase.restart();
    return result;
}
