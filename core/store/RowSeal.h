#pragma once

#include "domain/Expected.h"
#include "store/Journal.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

// Issue 14 item 4: a row changed behind the journal's back is found and named.
//
// Every row of the sealed tables carries `row_seal`: a hash of its content, 8 bytes over the whole
// row and then one byte per column (so that a finding can name the columns that changed). The
// store's own triggers write it on every INSERT and on every UPDATE of a sealed column, by calling
// the SQL function qabyldau_row_seal(), which only the program's connections have
// (registerFunction, done by Database on open). So every write path of the program (registration,
// contracts, refusals, places, the bulk import, sync) seals without knowing about it, and a write
// from any other SQLite client is refused ("no such function"); dropping the triggers first lets
// it through, but then the row no longer matches its seal and verify names it. A row that was
// already wrong when the program writes it again is recorded in `row_seal_breaks` before it is
// resealed, so the next write does not launder it.
//
// The hash is not keyed: someone who knows it can recompute the seals. Seals catch an edit with
// SQL alone; a rewrite that also recomputes them is what the journal's head at the server is for.
namespace RowSeal {

// The tables whose rows are sealed and the columns each seal covers (in seal order). Derived
// columns the program recomputes on its own (queue_band, queue_slot, search_text, search_block)
// are left out: they follow from the sealed ones.
struct SealedTable
{
    QString table;
    QString key;          // the primary key column (named in findings)
    QStringList columns;  // includes the key
};
const QList<SealedTable> &tables();
// The same at the "journal seals" migration (schema 9), before later migrations added columns.
const QList<SealedTable> &tablesAtJournalSeals();
// The columns the "parent ID document" migration added to contracts (issue 13 item 1).
QStringList contractIdDocumentColumns();
// The columns the "place confirmed by the server" migration added to places (issue 12).
QStringList placeConfirmedColumns();

// The SQL function's name.
QString functionName();

// The sync_state key of the last journal head the queue server acknowledged ("SEQ HASH"): verify
// checks that the journal still holds that entry with that hash (issue 14 item 4; a chain
// rewritten whole, seals and all, no longer does).
QString acknowledgedHeadKey();

// Registers qabyldau_row_seal() on db's SQLite handle. False when db is not a SQLite connection.
bool registerFunction(const QSqlDatabase &db);

// "qabyldau_row_seal(p.c1, p.c2, ...)" over table's sealed columns, each prefixed with prefix
// ("NEW.", "OLD." or "").
QString sealExpression(const SealedTable &table, const QString &prefix);

// The migration's statements: the journal refuses a seq that exists (INSERT OR REPLACE), the
// sealed tables get row_seal, their triggers, and the seals of the rows they hold now (trust starts
// at the migration).
QStringList migrationStatements();

// A later migration's statements (schema 11): a DELETE of a sealed row calls the seal function
// first, so another SQLite client cannot delete one without dropping the store's triggers ("no such
// function"), and the evidence in row_seal_breaks can be neither deleted nor changed. The
// program's own deletes (an anonymous row leaving the desk's partitions, a withdrawn place) go on
// as before. Independent of the sealed columns, which later migrations may extend.
QStringList deleteGuardStatements();

// For a migration that added columns to a sealed table (before: its columns until then, after:
// with the new ones): rows that no longer match their seal are recorded in row_seal_breaks as
// changed before, then the rows are resealed and the triggers re-created over the new columns.
QStringList resealStatements(const SealedTable &before, const SealedTable &after);

// One row that does not match its seal.
struct Finding
{
    enum class Kind {
        Changed,       // the row differs from its seal: changed outside the program
        Unsealed,      // no seal at all (written with the triggers dropped)
        EarlierChange, // was changed outside the program before the program wrote it again
    };
    Kind kind = Kind::Changed;
    QString table;
    QString id;
    QStringList columns; // the columns whose part of the seal differs (may be empty: unknown)
};

// What a whole check found.
struct StoreVerification
{
    Q_DECLARE_TR_FUNCTIONS(StoreVerification)

public:
    JournalVerification journal;
    // The entry the server acknowledged last, when the journal no longer holds it as it was.
    qint64 acknowledgedSeqLost = 0;
    qint64 rowsChecked = 0;
    QList<Finding> findings;  // capped: see moreFindings
    qint64 moreFindings = 0;  // found beyond the cap

    bool ok() const { return journal.ok() && acknowledgedSeqLost == 0 && findings.isEmpty(); }
    // One line per finding, each in the UI language: the journal's first break, then each row.
    QStringList lines() const;
    static QString describe(const Finding &finding);
};

// Checks the chain (Journal::verify) and every sealed row. progress(done, total) is called
// between steps (from the caller's thread). An error only when the store cannot be read.
Expected<StoreVerification> verify(QSqlDatabase db, int cap = 20,
                                   const std::function<void(int, int)> &progress = {});

} // namespace RowSeal
