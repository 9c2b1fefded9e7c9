#pragma once

#include "domain/Application.h"
#include "domain/Expected.h"
#include "settings/RuleSettings.h"
#include "store/Database.h"
#include "store/JsonStream.h"
#include "store/import/FileBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

// One record of an import file that was not imported, and why.
struct ImportProblem
{
    qsizetype index = 0; // 0-based position of the record in the file's array
    Issue issue;
};

// Where an import's time went, in milliseconds (bench_queue prints it; docs/performance.md).
struct ImportTimings
{
    qint64 splitMs = 0;   // reading the file, checking it is one array and finding its records
    qint64 rowsMs = 0;    // reading, validating and writing the records, batch by batch
    qint64 indexesMs = 0; // re-creating the indexes a bulk load dropped
    qint64 queueMs = 0;   // QueueStore::refresh() for rows the batches could not place
};

// An import file read whole and found to be one JSON array (ApplicationImport::readFile,
// checkJson), before any store is opened: a file that cannot be imported leaves no store behind.
// Its bytes are Import::FileBytes' (read through views, never copied out).
struct ApplicationFile : Import::FileBytes
{
    QList<JsonSpan> records; // the array's elements, in bytes
};

struct ImportResult
{
    qsizetype imported = 0;
    qsizetype alreadyPresent = 0;  // an application with the record's id is in the store already
    QList<ImportProblem> invalid;  // in file order
    int batches = 0;               // transactions committed
    ImportTimings timings;
};

// Bulk import of Appendix 1 applications (RULES 3), e.g. a region's queue moved from another
// system, in bulk (docs/performance.md has the figures).
//
// The file is a JSON array of objects in the format of ApplicationJson (docs/cli.md). Each record
// is checked like the form: validateApplication (errors refuse the record, warnings do not) and
// one application that is not archived per child (RULES 3.2), against the store and the records
// before it in the file. A record without "id" gets a deterministic one: the name-based UUID
// (version 5) of its canonical JSON, so that importing the same file again finds it. A record
// whose id the store (or an earlier record of the file) holds already is counted as already
// present, not as an error. Unlike a
// registration at the desk, a record keeps its status, archive reason and registration sequence
// (default: queued, none, 0).
//
// Reading: the file is read whole into memory (readFile; never mapped: a mapped file that shrinks
// while it is read kills the process with SIGBUS, issue 14 item 6) and checked to be one JSON
// array first (JsonReader::splitArray: a file that is not one, or that changed while it was read,
// is refused before anything is written). Worker threads then read each record with the strict
// JsonReader straight into an Application (the rules of ApplicationJson::fromJson), validate it
// and prepare its row, while the calling thread writes the rows in file order; the workers stay
// at most a few thousand records ahead, so memory beyond the file's own bytes does not grow with
// it. A record that is not valid JSON is reported with the byte offset of the problem.
//
// Writing: in transactions of batchSize rows, through SQLite's C API on the store's connection.
// Each transaction also writes ONE outbox
// command `import_applications` and ONE journal entry `applications_imported` (DESIGN 3: a
// change and its outbox and journal rows commit together), both with the payload
//   {"count": N, "ids": [...the batch's application ids...], "sha256": H}
// (the journal's also has "command_id"), where H is the SHA-256 hex of the concatenated SHA-256
// hex digests of the records' canonical JSON (CanonicalJson of ApplicationJson::toJson of the
// record as stored), in batch order. The uploader reads the rows by id; H lets anyone check later
// that the rows are what was imported. A failure rolls back only the batch it happened in; the
// batches before it stay, and importing the file again completes the rest.
// Queue keys are computed on the way for rows that extend their side (birth year, right) at its
// end, as every row of a file in filing order does; the others are left to QueueStore::refresh(),
// which the import runs at the end. Inside each batch's transaction the queue trigger
// (applications_queue_insert) is dropped and re-created before the commit, the import noting in
// queue_stale itself what the trigger would have noted for the rows it could not place: a crash
// can never leave the store without the trigger.
// Bulk mode (setBulkThreshold()): SQLite then sorts each index once instead of inserting every
// row at a random place; the one-active-application check never needed the indexes (it runs
// against sets read from the store first). Rebuilding runs even when a batch fails; after a
// crash, Database::open re-creates any index that is missing.
// docs/architecture.md (Import) says which SQLite settings the import changes and why the store
// stays consistent if the process dies, and which file of store/import/ does which part.
class ApplicationImport
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationImport)

public:
    static QString commandType() { return QStringLiteral("import_applications"); }
    static QString importedEvent() { return QStringLiteral("applications_imported"); }
    static QString journalEntity() { return QStringLiteral("application_import"); }

    ApplicationImport(std::shared_ptr<Database> database, RuleSettings settings);

    void setBatchSize(int rows) { m_batchSize = qMax(1, rows); }
    // Threads that parse and validate records; 0 (default): one fewer than the processors (at
    // least one), so that the writing thread keeps one to itself.
    void setThreads(int threads) { m_threads = qMax(0, threads); }
    // Files with at least this many records from their first new one on, and at least as many as
    // the store holds, are loaded in bulk mode: the secondary indexes of `applications` are dropped before the first batch
    // and rebuilt (Migrations::applicationIndexes()) after the last one, or after a failed one.
    void setBulkThreshold(qsizetype records) { m_bulkThreshold = qMax<qsizetype>(1, records); }

    // Reads the file at path whole and checks that it is one JSON array; needs no store, so
    // that a caller can refuse a file before it creates one. Errors: Field::ImportFile /
    // Rule::StoreCannotOpen when it cannot be read or changed while it was read,
    // Rule::ImportNotJsonArray (with the byte offset) when it is not an array.
    static Expected<ApplicationFile> readFile(const QString &path);
    // The same check for bytes in memory.
    static Expected<ApplicationFile> checkJson(QByteArray json);

    // json: the whole file. now: the moment of the import (journal, outbox, rows' created_at;
    // the filing time of a record that has none). Errors: Field::ImportFile /
    // Rule::ImportNotJsonArray when json is not an array; Rule::StoreWriteFailed.
    Expected<ImportResult> importJson(QByteArrayView json, const QString &clerk, const QDateTime &now);
    // readFile, then the import.
    Expected<ImportResult> importFile(const QString &path, const QString &clerk, const QDateTime &now);
    // A file readFile or checkJson gave.
    Expected<ImportResult> importFile(const ApplicationFile &file, const QString &clerk, const QDateTime &now);

    // The SHA-256 hex H described above, for a list of canonical records.
    static QString batchHash(const QList<QByteArray> &recordDigestsHex);

    // One record as the import reads it (JsonReader, by the rules of ApplicationJson::fromJson:
    // the same defaults and the same first error), before validation. text: the record's JSON
    // object; offset: where it starts in the file (for the byte offsets of syntax errors, which
    // are Field::ImportFile / Rule::ImportRecordNotObject).
    static Expected<Application> readRecord(QByteArrayView text, qsizetype offset = 0);

private:
    // The file's records found, or why it is not one array (readFile, checkJson).
    static Expected<ApplicationFile> splitRecords(ApplicationFile file);

    std::shared_ptr<Database> m_database;
    RuleSettings m_settings;
    int m_batchSize = 50000;
    int m_threads = 0;
    qsizetype m_bulkThreshold = 10000;
};
