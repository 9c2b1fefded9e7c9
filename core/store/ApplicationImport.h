#pragma once

#include "domain/Expected.h"
#include "settings/RuleSettings.h"
#include "store/Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

// One record of an import file that was not imported, and why.
struct ImportProblem
{
    qsizetype index = 0; // 0-based position of the record in the file's array
    Issue issue;
};

struct ImportResult
{
    qsizetype imported = 0;
    qsizetype alreadyPresent = 0;  // an application with the record's id is in the store already
    QList<ImportProblem> invalid;  // in file order
    int batches = 0;               // transactions committed
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
// Writing: worker threads parse and validate while the calling thread writes the valid records,
// in file order, in transactions of batchSize rows. Each transaction also writes ONE outbox
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
// which importJson() runs at the end.
// Bulk mode (setBulkThreshold()): SQLite then sorts each index once instead of inserting every
// row at a random place; the one-active-application check never needed the indexes (it runs
// against sets read from the store first). Rebuilding runs even when a batch fails, and an import
// first re-creates any index a crash left missing. During every import the WAL is checkpointed
// once at the end instead of every 1000 pages.
class ApplicationImport
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationImport)

public:
    static QString commandType() { return QStringLiteral("import_applications"); }
    static QString importedEvent() { return QStringLiteral("applications_imported"); }
    static QString journalEntity() { return QStringLiteral("application_import"); }

    ApplicationImport(std::shared_ptr<Database> database, RuleSettings settings);

    void setBatchSize(int rows) { m_batchSize = qMax(1, rows); }
    // Threads that parse and validate records; 0 (default): one per processor.
    void setThreads(int threads) { m_threads = qMax(0, threads); }
    // Files with at least this many records from their first new one on, and at least as many as
    // the store holds, are loaded in bulk mode: the secondary indexes of `applications` are dropped before the first batch
    // and rebuilt (Migrations::applicationIndexes()) after the last one, or after a failed one.
    void setBulkThreshold(qsizetype records) { m_bulkThreshold = qMax<qsizetype>(1, records); }

    // json: the whole file. now: the moment of the import (journal, outbox, rows' created_at;
    // the filing time of a record that has none). Errors: Field::ImportFile /
    // Rule::ImportNotJsonArray when json is not an array; Rule::StoreWriteFailed.
    Expected<ImportResult> importJson(const QByteArray &json, const QString &clerk, const QDateTime &now);

    // The SHA-256 hex H described above, for a list of canonical records.
    static QString batchHash(const QList<QByteArray> &recordDigestsHex);

private:
    std::shared_ptr<Database> m_database;
    RuleSettings m_settings;
    int m_batchSize = 50000;
    int m_threads = 0;
    qsizetype m_bulkThreshold = 10000;
};
