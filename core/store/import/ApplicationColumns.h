#pragma once

#include "domain/Application.h"
#include "domain/ApplicationNumber.h"
#include "store/ApplicationJson.h"
#include "store/QueueStore.h"
#include "store/import/ApplicationRow.h"
#include "store/import/JsonFields.h"

#include <QByteArray>

#include <array>
#include <functional>
#include <optional>
#include <string_view>

// The row layout of the import: ONE table of the columns of `applications` the import writes, in
// the order of its INSERT. Each entry says how the value is read from a record's JSON (in this
// order: the first problem found is the one reported, as ApplicationJson::fromJson always did),
// what it is in the canonical JSON the record's digest is taken of, and how the row's cell is
// written. The INSERT, the key lookup and the canonical writer are all made from this table.
namespace Import {

// What a column is in ApplicationJson's format (and so in the canonical JSON of the record).
enum class JsonForm : quint8 {
    None, // the store's own column, not a key of the format
    String,
    Integer,
    Boolean,
    Date,      // "YYYY-MM-DD" or null
    List,      // a list of texts
    Timestamp, // ISO 8601 UTC with milliseconds (the row holds the instant in milliseconds)
    OptionalString, // a text, or null in the row and no key in the JSON when there is none
};

// What a column's reader reads into.
struct RecordFields
{
    JsonFields &json;
    Application &application;
    std::optional<qint64> &filedAtMsecs; // the filing instant, when read without the time zone database
};

struct ColumnSpec
{
    const char *name; // the column; also the key in the JSON when json is not JsonForm::None
    JsonForm json;
    void (*read)(RecordFields &fields, int key);  // nullptr: not in the file
    void (*write)(RowWriter &row, int column);    // nullptr: bound by the writing thread
};

inline constexpr std::array<ColumnSpec, 39> applicationColumns = {{
    {"id", JsonForm::String,
     [](RecordFields &f, int k) { f.application.id = f.json.text(k, Field::None); },
     [](RowWriter &w, int c) { w.text(c, w.application().id); }},
    {"registration_sequence", JsonForm::Integer,
     [](RecordFields &f, int k) {
         if (const auto sequence = f.json.integer(k, Field::None)) {
             if (*sequence < 0)
                 f.json.fail(Field::None, Rule::OutOfRange, f.json.name(k));
             f.application.registrationSequence = *sequence;
         }
     },
     [](RowWriter &w, int c) { w.integer(c, w.application().registrationSequence); }},
    {"applicant_surname", JsonForm::String,
     [](RecordFields &f, int k) { f.application.applicant.surname = f.json.text(k, Field::ApplicantSurname); },
     [](RowWriter &w, int c) { w.text(c, w.application().applicant.surname); }},
    {"applicant_name", JsonForm::String,
     [](RecordFields &f, int k) { f.application.applicant.name = f.json.text(k, Field::ApplicantName); },
     [](RowWriter &w, int c) { w.text(c, w.application().applicant.name); }},
    {"applicant_patronymic", JsonForm::String,
     [](RecordFields &f, int k) { f.application.applicant.patronymic = f.json.text(k, Field::ApplicantPatronymic); },
     [](RowWriter &w, int c) { w.text(c, w.application().applicant.patronymic); }},
    {"applicant_iin", JsonForm::String,
     [](RecordFields &f, int k) { f.application.applicantIin = f.json.text(k, Field::ApplicantIin); },
     [](RowWriter &w, int c) { w.text(c, w.application().applicantIin); }},
    {"applicant_address", JsonForm::String,
     [](RecordFields &f, int k) { f.application.applicantAddress = f.json.text(k, Field::ApplicantAddress); },
     [](RowWriter &w, int c) { w.text(c, w.application().applicantAddress); }},
    {"settlement", JsonForm::String,
     [](RecordFields &f, int k) { f.application.settlement = f.json.text(k, Field::Settlement); },
     [](RowWriter &w, int c) { w.text(c, w.application().settlement); }},
    {"child_surname", JsonForm::String,
     [](RecordFields &f, int k) { f.application.child.surname = f.json.text(k, Field::ChildSurname); },
     [](RowWriter &w, int c) { w.text(c, w.application().child.surname); }},
    {"child_name", JsonForm::String,
     [](RecordFields &f, int k) { f.application.child.name = f.json.text(k, Field::ChildName); },
     [](RowWriter &w, int c) { w.text(c, w.application().child.name); }},
    {"child_patronymic", JsonForm::String,
     [](RecordFields &f, int k) { f.application.child.patronymic = f.json.text(k, Field::ChildPatronymic); },
     [](RowWriter &w, int c) { w.text(c, w.application().child.patronymic); }},
    {"child_iin", JsonForm::String,
     [](RecordFields &f, int k) { f.application.childIin = f.json.text(k, Field::ChildIin); },
     [](RowWriter &w, int c) { w.text(c, w.application().childIin); }},
    {"child_birth_date", JsonForm::Date,
     [](RecordFields &f, int k) { f.application.childBirthDate = f.json.date(k, Field::ChildBirthDate); },
     [](RowWriter &w, int c) { w.date(c, w.application().childBirthDate); }},
    {"birth_year", JsonForm::None, nullptr, [](RowWriter &w, int c) { w.integer(c, w.record().birthYear); }},
    {"child_sex", JsonForm::String,
     [](RecordFields &f, int k) {
         f.application.childSex = f.json.code(k, Field::ChildSex, &ApplicationJson::sexFromCode, Iin::Sex::Unknown);
     },
     [](RowWriter &w, int c) { w.text(c, ApplicationJson::sexCode(w.application().childSex)); }},
    {"category", JsonForm::Integer,
     [](RecordFields &f, int k) {
         if (const auto category = f.json.integer(k, Field::Category)) {
             const std::optional<Category> known =
                 *category >= 1 && *category <= 10 ? Categories::fromCode(int(*category)) : std::nullopt;
             if (known)
                 f.application.category = *known;
             else
                 f.json.fail(Field::Category, Rule::OutOfRange, QString::number(*category));
         }
     },
     [](RowWriter &w, int c) { w.integer(c, Categories::code(w.application().category)); }},
    // RULES 3.3: 0 extraordinary, 1 primary, 2 none (the order of enum Right).
    {"right_rank", JsonForm::None, nullptr, [](RowWriter &w, int c) { w.integer(c, w.record().right); }},
    {"category_document_type", JsonForm::String,
     [](RecordFields &f, int k) {
         f.application.categoryDocument.type = f.json.text(k, Field::CategoryDocumentType);
     },
     [](RowWriter &w, int c) { w.text(c, w.application().categoryDocument.type); }},
    {"category_document_number", JsonForm::String,
     [](RecordFields &f, int k) {
         f.application.categoryDocument.number = f.json.text(k, Field::CategoryDocumentNumber);
     },
     [](RowWriter &w, int c) { w.text(c, w.application().categoryDocument.number); }},
    {"category_document_issuer", JsonForm::String,
     [](RecordFields &f, int k) {
         f.application.categoryDocument.issuer = f.json.text(k, Field::CategoryDocumentIssuer);
     },
     [](RowWriter &w, int c) { w.text(c, w.application().categoryDocument.issuer); }},
    {"category_document_issue_date", JsonForm::Date,
     [](RecordFields &f, int k) {
         f.application.categoryDocument.issueDate = f.json.date(k, Field::CategoryDocumentIssueDate);
     },
     [](RowWriter &w, int c) { w.date(c, w.application().categoryDocument.issueDate); }},
    {"preferred_kindergartens", JsonForm::List,
     [](RecordFields &f, int k) {
         f.application.preferredKindergartens = f.json.texts(k, Field::PreferredKindergartens);
     },
     [](RowWriter &w, int c) { w.list(c, w.application().preferredKindergartens); }},
    {"language", JsonForm::String,
     [](RecordFields &f, int k) {
         f.application.language =
             f.json.code(k, Field::Language, &ApplicationJson::languageFromCode, TeachingLanguage::Any);
     },
     [](RowWriter &w, int c) { w.text(c, ApplicationJson::languageCode(w.application().language)); }},
    {"phones", JsonForm::List,
     [](RecordFields &f, int k) { f.application.phones = f.json.texts(k, Field::Phones); },
     [](RowWriter &w, int c) { w.list(c, w.application().phones); }},
    {"email", JsonForm::String,
     [](RecordFields &f, int k) { f.application.email = f.json.text(k, Field::Email); },
     [](RowWriter &w, int c) { w.text(c, w.application().email); }},
    {"consent", JsonForm::Boolean,
     [](RecordFields &f, int k) { f.application.consent = f.json.boolean(k, Field::Consent); },
     [](RowWriter &w, int c) { w.integer(c, w.application().consent ? 1 : 0); }},
    {"signature_date", JsonForm::Date,
     [](RecordFields &f, int k) { f.application.signatureDate = f.json.date(k, Field::SignatureDate); },
     [](RowWriter &w, int c) { w.date(c, w.application().signatureDate); }},
    {"filed_at", JsonForm::Timestamp,
     [](RecordFields &f, int k) { f.application.filedAt = f.json.timestamp(k, Field::FiledAt, &f.filedAtMsecs); },
     [](RowWriter &w, int c) { w.integer(c, w.record().filedAt); }},
    {"status", JsonForm::String,
     [](RecordFields &f, int k) {
         f.application.status =
             f.json.code(k, Field::None, &ApplicationJson::statusFromCode, ApplicationStatus::Queued);
     },
     [](RowWriter &w, int c) { w.text(c, ApplicationJson::statusCode(w.application().status)); }},
    {"archive_reason", JsonForm::String,
     [](RecordFields &f, int k) {
         f.application.archiveReason =
             f.json.code(k, Field::None, &ApplicationJson::archiveReasonFromCode, ArchiveReason::None);
     },
     [](RowWriter &w, int c) { w.text(c, ApplicationJson::archiveReasonCode(w.application().archiveReason)); }},
    {"stop_listed_until", JsonForm::Date,
     [](RecordFields &f, int k) { f.application.stopListedUntil = f.json.date(k, Field::None); },
     [](RowWriter &w, int c) { w.date(c, w.application().stopListedUntil); }},
    {"batch_id", JsonForm::String,
     [](RecordFields &f, int k) { f.application.batchId = f.json.text(k, Field::None); },
     [](RowWriter &w, int c) { w.text(c, w.application().batchId); }},
    // Issue 13 item 1: a file may carry the application's number; none (null, "" or no key) is
    // stored as NULL, and the desk then shows the id.
    {"number", JsonForm::OptionalString,
     [](RecordFields &f, int k) {
         const QString text = f.json.text(k, Field::None);
         if (text.isEmpty())
             return;
         if (const Expected<ApplicationNumber> number = ApplicationNumber::parse(text); number)
             f.application.number = number->toString();
         else
             f.json.fail(Field::None, Rule::InvalidNumber, f.json.detailFor(k, Field::None, text));
     },
     [](RowWriter &w, int c) {
         if (w.application().number.isEmpty())
             w.null(c);
         else
             w.text(c, w.application().number);
     }},
    {"created_at", JsonForm::None, nullptr, [](RowWriter &w, int c) { w.integer(c, w.now()); }},
    {"updated_at", JsonForm::None, nullptr, [](RowWriter &w, int c) { w.integer(c, w.now()); }},
    {"search_text", JsonForm::None, nullptr,
     [](RowWriter &w, int c) {
         w.text(c, QueueStore::searchText(w.application().child, w.application().applicant));
     }},
    {"queue_band", JsonForm::None, nullptr, nullptr},
    {"queue_slot", JsonForm::None, nullptr, nullptr},
    {"search_block", JsonForm::None, nullptr, nullptr},
}};

// The position of a column in the table (and in the INSERT), by its name.
constexpr int column(std::string_view name)
{
    for (size_t i = 0; i < applicationColumns.size(); ++i)
        if (name == applicationColumns[i].name)
            return int(i);
    return -1;
}

inline constexpr int ColId = column("id");
inline constexpr int ColChildIin = column("child_iin");
inline constexpr int ColSearchText = column("search_text");
inline constexpr int ColQueueBand = column("queue_band");
inline constexpr int ColQueueSlot = column("queue_slot");
inline constexpr int ColSearchBlock = column("search_block");

// The writer's columns come last: a worker prepares the ones before them.
static_assert(ColQueueBand == preparedColumnCount && ColQueueSlot == ColQueueBand + 1
              && ColSearchBlock == ColQueueBand + 2 && ColSearchBlock + 1 == int(applicationColumns.size()));
static_assert(ColId >= 0 && ColChildIin >= 0 && ColSearchText >= 0 && ColSearchText < preparedColumnCount);

// INSERT INTO applications (every column of the table, row_seal) VALUES (?1, ..., sealCall(...)).
const QByteArray &insertSql();

// "qabyldau_row_seal(a1, a2, ...)" over the sealed columns of `applications` (RowSeal::tables(), in
// seal order), each argument the SQL that argument(column) gives: the INSERT's parameter for the
// column, or what a column the INSERT leaves out holds (its default). The one seal list of every
// INSERT that brings its row's seal (issue 14 item 4): the import's (insertSql) and the first
// sync's anonymous rows (core/sync/SyncStore.cpp).
QByteArray sealCall(const std::function<QByteArray(const QByteArray &column)> &argument);

// The record's JSON object at text (its place in the file: offset) read into an Application, by
// the table's readers. filedAtMsecs: the filing instant, when the record gives it in the usual
// form.
Expected<Application> readApplication(QByteArrayView text, qsizetype offset, std::optional<qint64> &filedAtMsecs);

// Every prepared cell of the row, by the table's writers (row's application and record).
void writeRow(RowWriter &row);

// CanonicalJson::encode(ApplicationJson::toJson(a)) of the application as stored, written from
// its row (tst_applicationimport checks the digests against the slow path).
QByteArray canonicalRecord(const Record &record);

} // namespace Import
