#pragma once

#include "domain/Expected.h"
#include "store/Outbox.h"
#include "sync/SyncTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

// What the desk knows of its sync, for the status bar, `qabyldau-cli sync status` and tests.
struct SyncSummary
{
    SyncCursor cursor;
    qint64 outboxHead = 0;  // the highest desk_seq written
    qint64 waiting = 0;     // commands not answered yet (pending or sent)
    qint64 rejected = 0;    // commands the server refused for good ("Needs attention")
    qint64 applied = 0;
    qint64 rows = 0;        // rows received from the server, over all partitions
    QString server;         // the server of the last successful sync
    QDateTime lastSuccess;  // UTC; invalid: never
    QString lastError;      // in words, empty after a success
    QDateTime lastErrorAt;
    QStringList stalePartitions;
};

// A command the server refused, with what the clerk needs to act on it.
struct RejectedCommand
{
    qint64 deskSeq = 0;
    QString id;
    QString type;
    QDateTime createdAt;
    QString clerk;
    QString code;        // docs/api.md's rejection code
    QString message;     // the server's text
    QJsonObject details; // e.g. duplicate_child: application_id, queue_number
    QJsonObject payload;
};

// The desk's side of sync in the local store (schema 6, core/store/Migrations.cpp): the cursor,
// the outcomes of uploaded commands, and the server's rows with their partition checksums.
// Works on one connection (the sync thread's own); every write is one transaction, so a page and
// its cursor, or a batch's outcomes, are stored together or not at all (docs/design.md 5).
class SyncStore
{
    Q_DECLARE_TR_FUNCTIONS(SyncStore)

public:
    explicit SyncStore(QSqlDatabase db);
    ~SyncStore();
    SyncStore(const SyncStore &) = delete;
    SyncStore &operator=(const SyncStore &) = delete;

    Expected<SyncCursor> cursor();
    Expected<qint64> outboxHead();
    // The head of the desk's journal, {"seq", "hash"}; empty while the journal is. Sent with each
    // upload (issue 14 item 4, docs/api.md journal_head).
    Expected<QJsonObject> journalHead();
    // Keeps head as the one the server acknowledged (journal verify checks the journal still holds it).
    Status recordAcknowledgedHead(const QJsonObject &head);
    // {"seq": seq, "hash": the hash the journal holds at seq now} (64 zeros when it holds none),
    // for the server to check against the head it recorded (journal_at); seq 0: the acknowledged
    // head's seq, and an empty object when there is none.
    Expected<QJsonObject> journalAt(qint64 seq = 0);
    // Commands to upload: from desk_seq `from` on (0: from the first not answered), in order.
    Expected<QList<OutboxCommand>> batch(qint64 from, int limit);

    // Stores the server's outcomes (docs/api.md): applied -> state applied, result kept, a
    // registration's sequence written on the application at once; rejected -> state rejected
    // with code, message and details, never sent again. One transaction.
    Status recordOutcomes(const QList<SyncOutcome> &outcomes, const QDateTime &now);
    // Commands sent without a final answer: attempts + 1 and the error, state back to pending.
    Status recordFailedUpload(const QList<OutboxCommand> &commands, const QString &error);

    struct PageResult
    {
        int applied = 0;          // changes written
        int skipped = 0;          // already held at this version or newer
        QStringList differing;    // partitions whose count or checksum differ from the server's
    };
    // Applies a page of changes and moves the cursor to the page's, in one transaction; then
    // compares the page's checkpoints with the partitions' sums (a differing partition is marked
    // stale and listed). A change not newer than the row's stored version is skipped, so a page
    // applied twice changes nothing.
    Expected<PageResult> applyPage(const SyncPage &page, const QDateTime &now);

    // Bulk download (issue 11, docs/sync.md "Bulk download"), for a download larger than what the
    // store holds: a desk's first sync, or the first after resetForNewEpoch(). begin drops the
    // secondary indexes of `applications`; until end, applyPage writes a `year:` row through two
    // SQLite statements prepared once (no Qt Sql, no version lookup: the row is inserted unless the
    // store holds it, and a row it holds takes the ordinary path, so a page applied twice still
    // changes nothing). end re-creates the indexes, sorted; so does the destructor, and after a
    // crash Database::open. Not inside a transaction.
    Status beginBulkDownload();
    Status endBulkDownload();
    bool bulkDownload() const { return m_bulk != nullptr; }
    // The rows received from the server, over all partitions.
    Expected<qint64> rowsHeld();

    // The server's store was restored (409 cursor_epoch_changed): forget everything that came
    // from the server (cursor, partitions, other kindergartens' anonymous rows); keep the desk's
    // own records and its outbox, whose unsent commands still go.
    Status resetForNewEpoch();

    // A partition downloaded again (GET /api/v1/partition): begin() sets its rows aside, each
    // page's rows are applied over (rows() with the snapshot's `at`), and finish() removes the
    // rows the server no longer has and stores the checkpoint's sums.
    Status beginPartitionReload(const QString &partition);
    Status applyPartitionRows(const QString &partition, const QList<SyncChange> &rows, const QString &next,
                              const QDateTime &now);
    Status finishPartitionReload(const QString &partition, const QDateTime &now);
    // The partition's sums differ from the server's: it is downloaded again on the next sync.
    Status markStale(const QString &partition);
    // Where an interrupted reload resumes (the `after` key), or nullopt when none is under way.
    std::optional<QString> partitionReloadPosition(const QString &partition);

    // Issue 13 item 1: the desk's number in its region as the server told it (GET /api/v1/desk);
    // 0 until then (store/ApplicationNumbers.h).
    Expected<int> deskNumber();
    Status setDeskNumber(int number);

    Status noteSuccess(const QString &server, const QDateTime &now);
    Status noteError(const QString &error, const QDateTime &now);

    Expected<SyncSummary> summary();
    Expected<QList<RejectedCommand>> rejected();
    // The local sums of one partition (tests and the CLI).
    Expected<SyncCheckpoint> partitionSums(const QString &partition);
    Expected<QList<SyncCheckpoint>> allPartitionSums();

private:
    struct Statements;
    struct Bulk;
    Expected<PageResult> applyPageIn(const SyncPage &page, const QDateTime &now);
    Status applyChange(const SyncChange &change, const QDateTime &now, bool force, QHash<QString, SyncCheckpoint> &sums,
                       bool *skipped);
    Status archiveRejectedRegistration(const SyncOutcome &outcome, const QDateTime &now);
    Status takeBackRefusedPlace(const SyncOutcome &outcome, const QDateTime &now);
    Status putBackRefusedPlaceChange(const SyncOutcome &outcome, const QDateTime &now);
    Status applyEffect(const SyncChange &change, const QDateTime &now);
    Status applyBulkChange(const SyncChange &change, const QDateTime &now, QHash<QString, SyncCheckpoint> &sums,
                           bool *skipped);
    Status removeEffect(const QString &partition, const QString &entity, const QString &id);
    // Writes the version rows a bulk download staged (sync_rows_staged) into sync_rows, inside the
    // caller's transaction. Cheap when there are none.
    Status moveStagedRows();
    Status applyBulkOrdinary(const SyncChange &change, const QDateTime &now, QHash<QString, SyncCheckpoint> &sums,
                             bool *skipped);
    Status applyToStaged(const SyncChange &change, qint64 rowid, const QDateTime &now,
                         QHash<QString, SyncCheckpoint> &sums, bool *skipped);
    Expected<SyncCheckpoint> loadSums(const QString &partition);
    Status saveSums(const QHash<QString, SyncCheckpoint> &sums);
    // The page's running sums of a partition, loaded from the store the first time.
    Expected<SyncCheckpoint *> runningSums(QHash<QString, SyncCheckpoint> &sums, const QString &partition);
    Status setState(const QString &key, const QString &value);
    QString state(const QString &key);

    QSqlDatabase m_db;
    std::unique_ptr<Statements> m_statements;
    std::unique_ptr<Bulk> m_bulk;
};
