#include "sync/SyncStore.h"

#include "domain/Category.h"
#include "store/ApplicationNumbers.h"
#include "store/ApplicationJson.h"
#include "store/ApplicationStore.h"
#include "store/Database.h"
#include "store/CanonicalJson.h"
#include "store/CommandTypes.h"
#include "store/Events.h"
#include "store/DirectionStore.h"
#include "store/RowSeal.h"
#include "store/Journal.h"
#include "store/Migrations.h"
#include "store/PlaceJson.h"
#include "store/PlaceStore.h"
#include "store/SqlText.h"
#include "store/SqliteApi.h"
#include "store/import/ApplicationColumns.h"
#include "store/import/JsonFields.h"
#include "store/import/SqliteCalls.h"
#include "store/WriteTransaction.h"
#include "sync/PartitionChecksum.h"

#include <QJsonDocument>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <limits>
#include <tuple>

namespace {

Issue writeFailed(const QSqlQuery &query)
{
    return WriteTransaction::failed(query.lastError().text());
}

Issue readFailed(const QSqlQuery &query)
{
    return Issue::error(Field::Store, Rule::StoreCannotOpen, query.lastError().text());
}

const QString entityApplication = QStringLiteral("application");
const QString entityDirection = QStringLiteral("direction");
const QString entityOrg = QStringLiteral("org");
const QString entityPlace = QStringLiteral("place");

bool isYearPartition(const QString &partition)
{
    return partition.startsWith(QLatin1String("year:"));
}

bool isOrgPartition(const QString &partition)
{
    return partition.startsWith(QLatin1String("org:"));
}

// A partition's rows set aside while it is downloaded again.
QString setAside(const QString &partition)
{
    return u'~' + partition;
}

// RULES 3.3: right codes of docs/api.md -> right_rank (0 extraordinary, 1 primary, 2 none), and the
// first category giving that right: the placeholder an anonymous row's category column holds.
std::optional<std::pair<int, int>> rankAndPlaceholder(const QString &right)
{
    if (right == QLatin1String("extraordinary"))
        return std::pair{0, Categories::code(Category::Military)};
    if (right == QLatin1String("primary"))
        return std::pair{1, Categories::code(Category::DisabledParent)};
    if (right == QLatin1String("none"))
        return std::pair{2, Categories::code(Category::None)};
    return std::nullopt;
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// An anonymous queue row of a `year:` partition as the applications table holds it (docs/api.md):
// the one reading of its keys for the ordinary and the bulk path.
struct AnonymousRow
{
    qint64 registrationSequence = 0;
    int birthYear = 0;
    int placeholder = 0; // the category column's placeholder (rankAndPlaceholder)
    int rank = 0;
    qint64 filedAt = 0;  // ms since the epoch, UTC
    QString status;
};

// The keys are read straight from the change's bytes with the import's reader (no QJsonObject):
// the bulk download reads 300,000 of these. A key of the wrong kind reads as missing, as
// QJsonValue's conversions gave before.
std::optional<AnonymousRow> anonymousRow(const SyncChange &change)
{
    enum Key { Right, FiledAt, Status, BirthYear, RegistrationSequence };
    static const JsonKeys keys({"right", "filed_at", "status", "birth_year", "registration_sequence"});
    JsonFields fields(keys);
    if (change.data.isEmpty() || fields.read(change.data))
        return std::nullopt;
    const std::optional<std::pair<int, int>> right = rankAndPlaceholder(fields.text(Right, Field::None));
    const std::optional<qint64> filedAt = fields.instant(FiledAt, Field::None);
    AnonymousRow row;
    row.status = fields.text(Status, Field::None);
    const qint64 birthYear = fields.integer(BirthYear, Field::None).value_or(0);
    row.birthYear = birthYear > 0 && birthYear <= std::numeric_limits<int>::max() ? int(birthYear) : 0;
    if (!right || !filedAt || !ApplicationJson::statusFromCode(row.status) || row.birthYear <= 0)
        return std::nullopt;
    row.registrationSequence = fields.integer(RegistrationSequence, Field::None).value_or(0);
    row.placeholder = right->second;
    row.rank = right->first;
    row.filedAt = *filedAt;
    return row;
}

// The columns an anonymous row's INSERT writes, in its order: a parameter each, but `anonymous`
// (always 1).
constexpr std::array<const char *, 10> anonymousColumns = {"id",        "registration_sequence", "birth_year",
                                                           "category",  "right_rank",            "filed_at",
                                                           "status",    "anonymous",             "created_at",
                                                           "updated_at"};
constexpr int anonymousParameters = int(anonymousColumns.size()) - 1;

// Another kindergarten's application: only its queue keys (docs/api.md). On this desk's own row
// only the keys are refreshed, and a row whose keys did not change is not written (its queue
// slots stay valid: the queue triggers do not fire). `rows` rows of values in one statement.
// With sealDefaults (the bulk path: the store's default of each column the INSERT leaves out,
// columnDefaults()), each row brings its seal the way the import's INSERT does
// (Import::sealCall, store/RowSeal.h), so applications_seal_insert need not seal it with an UPDATE
// of its own; a row that meets a held one takes the DO UPDATE, which its update triggers reseal.
QByteArray anonymousUpsert(int rows, const QHash<QByteArray, QByteArray> *sealDefaults = nullptr)
{
    QByteArray names;
    for (const char *column : anonymousColumns)
        names += (names.isEmpty() ? "" : ", ") + QByteArray(column);
    QByteArray sql = "INSERT INTO applications (" + names + (sealDefaults ? ", row_seal" : "") + ") VALUES ";
    for (int row = 0; row < rows; ++row) {
        QHash<QByteArray, QByteArray> values; // column -> its SQL in this row
        QByteArrayList cells;
        int parameter = row * anonymousParameters;
        for (const char *column : anonymousColumns) {
            // Numbered, so that the seal's arguments can name the same parameters again.
            const QByteArray value = qstrcmp(column, "anonymous") == 0 ? QByteArray("1")
                                     : sealDefaults ? "?" + QByteArray::number(++parameter)
                                                    : QByteArray("?");
            values.insert(column, value);
            cells.append(value);
        }
        if (sealDefaults)
            cells.append(Import::sealCall([&](const QByteArray &column) {
                return values.value(column, sealDefaults->value(column, QByteArray("NULL")));
            }));
        sql += (row == 0 ? "(" : ", (") + cells.join(", ") + ")";
    }
    sql += " ON CONFLICT (id) DO UPDATE SET registration_sequence = excluded.registration_sequence,"
           " birth_year = excluded.birth_year, right_rank = excluded.right_rank, filed_at = excluded.filed_at,"
           " status = excluded.status,"
           " category = CASE WHEN anonymous = 1 THEN excluded.category ELSE category END,"
           " updated_at = excluded.updated_at"
           " WHERE registration_sequence IS NOT excluded.registration_sequence OR birth_year IS NOT excluded.birth_year"
           " OR right_rank IS NOT excluded.right_rank OR filed_at IS NOT excluded.filed_at"
           " OR status IS NOT excluded.status";
    return sql;
}

Issue sqliteFailed(sqlite3 *db)
{
    return WriteTransaction::failed(QString::fromUtf8(sqlite3_errmsg(db)));
}

// Each column of `applications` with its default as SQL ("''", "0", "'[]'"; "NULL" when it has
// none), read from the store itself, so the seal of a row the bulk INSERT leaves columns out of is
// the seal of the row as stored.
QHash<QByteArray, QByteArray> columnDefaults(sqlite3 *db)
{
    QHash<QByteArray, QByteArray> defaults;
    SqliteStatement query(db, "PRAGMA table_info(applications)");
    if (!query)
        return defaults;
    while (sqlite3_step(query.get()) == SQLITE_ROW) {
        const auto text = [&](int column) {
            return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(query.get(), column)),
                              sqlite3_column_bytes(query.get(), column));
        };
        defaults.insert(text(1), sqlite3_column_type(query.get(), 4) == SQLITE_NULL ? QByteArray("NULL") : text(4));
    }
    return defaults;
}

// The CREATE statement of a trigger, empty when the store has none of that name.
QByteArray triggerSql(sqlite3 *db, const char *name)
{
    SqliteStatement query(db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?");
    if (!query)
        return {};
    sqlite3_bind_text(query.get(), 1, name, -1, SQLITE_STATIC);
    if (sqlite3_step(query.get()) != SQLITE_ROW)
        return {};
    return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(query.get(), 0)),
                      sqlite3_column_bytes(query.get(), 0));
}

// The insert triggers the bulk path leaves out of a page's transaction while it writes anonymous
// rows, as the import's batch leaves them out (store/import/BatchWriter.cpp); they are back before
// the commit. Issue 14 item 4: the rows bring their seals (anonymousUpsert), so the trigger that
// would check each one has nothing to do. The queue trigger noted each row's side in queue_stale,
// a trigger program and an upsert per row; the bulk path notes each side once (Bulk::noteStale).
const char *const sealTrigger = "applications_seal_insert";
const char *const queueTrigger = "applications_queue_insert";

// What applications_queue_insert writes for a row, once per side: the side is disturbed from its
// earliest row on (queue_sequence: QueueOrder::sequenceSortValue(), as the generated column).
const char *const markStaleSql =
    "INSERT INTO queue_stale (birth_year, right_rank, filed_at, queue_sequence, id) VALUES (?, ?, ?, ?, ?)"
    " ON CONFLICT (birth_year, right_rank) DO UPDATE SET"
    " filed_at = excluded.filed_at, queue_sequence = excluded.queue_sequence, id = excluded.id"
    " WHERE (excluded.filed_at, excluded.queue_sequence, excluded.id)"
    " < (queue_stale.filed_at, queue_stale.queue_sequence, queue_stale.id)";

// The text lives until the statement is reset (SQLITE_STATIC): no copy.
void bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_STATIC);
}

// A staged version row's key in Bulk::staged: a 64-bit hash of its partition and id.
quint64 stagedKey(const QString &partition, const QString &id)
{
    return quint64(qHashMulti(0, partition, id));
}

} // namespace

// Statements prepared once per SyncStore: a first sync applies hundreds of thousands of changes.
struct SyncStore::Statements
{
    explicit Statements(QSqlDatabase db)
        : version(db), upsertRow(db), deleteRow(db), anonymous(db), deleteAnonymous(db), setAsideRow(db),
          kindergarten(db)
    {
        version.prepare(QStringLiteral("SELECT version FROM sync_rows WHERE partition = ? AND id = ?"));
        upsertRow.prepare(QStringLiteral("INSERT INTO sync_rows (partition, id, entity, version) VALUES (?, ?, ?, ?)"
                                         " ON CONFLICT (partition, id) DO UPDATE SET entity = excluded.entity,"
                                         " version = excluded.version"));
        deleteRow.prepare(QStringLiteral("DELETE FROM sync_rows WHERE partition = ? AND id = ?"));
        anonymous.prepare(QString::fromLatin1(anonymousUpsert(1)));
        deleteAnonymous.prepare(QStringLiteral("DELETE FROM applications WHERE id = ? AND anonymous = 1"));
        setAsideRow.prepare(QStringLiteral("DELETE FROM sync_rows WHERE partition = ? AND id = ?"));
        kindergarten.prepare(QStringLiteral("INSERT INTO kindergartens (id, name_kk, name_ru) VALUES (?, ?, ?)"
                                            " ON CONFLICT (id) DO UPDATE SET name_kk = excluded.name_kk,"
                                            " name_ru = excluded.name_ru"));
    }

    void finish()
    {
        for (QSqlQuery *query : {&version, &upsertRow, &deleteRow, &anonymous, &deleteAnonymous, &setAsideRow, &kindergarten})
            query->finish();
    }

    QSqlQuery version;
    QSqlQuery upsertRow;
    QSqlQuery deleteRow;
    QSqlQuery anonymous;
    QSqlQuery deleteAnonymous;
    QSqlQuery setAsideRow;
    QSqlQuery kindergarten;
    bool tuned = false; // the connection's settings for applying pages (applyPage)
    // False after a bulk download whose end could not re-create the applications' indexes: the
    // next page tries again (applyPage). Not checked otherwise: a bulk import on another
    // connection drops them for its own while (store/import/BulkLoad.h), and after a crash
    // Database::open re-creates them.
    bool indexed = true;
};

// The bulk download's statements on the raw SQLite handle (store/SqliteApi.h), prepared once for
// all its pages: Qt Sql's QVariant per value cost more than SQLite's own work per row.
struct SyncStore::Bulk
{
    // Anonymous rows written by one statement: each run of the upsert builds the CHECK
    // constraints' IN lists and its statement journal anew, which cost more than a row.
    static constexpr int rowsPerStatement = 50;

    Bulk(sqlite3 *handle, const QHash<QByteArray, QByteArray> &defaults)
        : db(handle),
          heldRow(handle, "SELECT 1 FROM sync_rows WHERE partition = ? AND id = ?"),
          stageRow(handle, "INSERT INTO sync_rows_staged (partition, id, entity, version) VALUES (?, ?, ?, ?)"),
          stagedKeys(handle, "SELECT partition, id, rowid FROM sync_rows_staged"),
          stagedRow(handle, "SELECT partition, id, version FROM sync_rows_staged WHERE rowid = ?"),
          restage(handle, "UPDATE sync_rows_staged SET entity = ?, version = ? WHERE rowid = ?"),
          unstage(handle, "DELETE FROM sync_rows_staged WHERE rowid = ?"),
          anonymousOne(handle, anonymousUpsert(1, &defaults).constData()),
          anonymousMany(handle, anonymousUpsert(rowsPerStatement, &defaults).constData()),
          markStale(handle, markStaleSql)
    {
        pending.reserve(rowsPerStatement);
        for (const char *name : {sealTrigger, queueTrigger})
            if (QByteArray sql = triggerSql(handle, name); !sql.isEmpty())
                triggers.append({name, std::move(sql)});
    }

    explicit operator bool() const
    {
        return heldRow && stageRow && stagedKeys && stagedRow && restage && unstage && anonymousOne && anonymousMany
               && markStale;
    }

    sqlite3 *db;
    SqliteStatement heldRow;
    SqliteStatement stageRow;
    SqliteStatement stagedKeys;
    SqliteStatement stagedRow;
    SqliteStatement restage;
    SqliteStatement unstage;
    SqliteStatement anonymousOne;
    SqliteStatement anonymousMany;
    SqliteStatement markStale;
    QList<std::pair<const char *, QByteArray>> triggers; // name, CREATE statement: the ones the store has
    int autoCheckpoint = 1000; // the connection's own, back at the end
    bool checksIgnored = false;
    bool triggersDropped = false;

    // The earliest row (filed_at, queue_sequence, id) of each side (birth_year, right_rank)
    // written while the queue trigger is out: written to queue_stale before it is back. A row
    // that met a held one (the upsert's DO UPDATE, whose own trigger notes the row's old and new
    // places) is noted too: at most a mark more than the insert trigger's, which only makes
    // QueueStore recompute a side from there, as the held row's own insert had asked already.
    struct StaleFrom
    {
        qint64 filedAt = 0;
        qint64 sequence = 0;
        QByteArray id;
    };
    QHash<std::pair<int, int>, StaleFrom> staleFrom;
    void noteStale(const QString &id, const AnonymousRow &row)
    {
        // QueueOrder::sequenceSortValue(): not yet synced (0) after every real sequence.
        const qint64 sequence = row.registrationSequence > 0 ? row.registrationSequence
                                                              : std::numeric_limits<qint64>::max();
        const QByteArray key = id.toUtf8(); // SQLite compares the texts as UTF-8 bytes
        const auto side = std::pair{row.birthYear, row.rank};
        const auto held = staleFrom.constFind(side);
        if (held == staleFrom.cend()
            || std::tie(row.filedAt, sequence, key) < std::tie(held->filedAt, held->sequence, held->id))
            staleFrom.insert(side, StaleFrom{row.filedAt, sequence, key});
    }
    Status writeStale()
    {
        sqlite3_stmt *mark = markStale.get();
        for (auto it = staleFrom.cbegin(); it != staleFrom.cend(); ++it) {
            sqlite3_bind_int(mark, 1, it.key().first);
            sqlite3_bind_int(mark, 2, it.key().second);
            sqlite3_bind_int64(mark, 3, it->filedAt);
            sqlite3_bind_int64(mark, 4, it->sequence);
            sqlite3_bind_text(mark, 5, it->id.constData(), int(it->id.size()), SQLITE_STATIC);
            const int stepped = sqlite3_step(mark);
            sqlite3_reset(mark);
            if (stepped != SQLITE_DONE)
                return sqliteFailed(db);
        }
        staleFrom.clear();
        return {};
    }

    // CHECK constraints skipped for the anonymous rows only: their checked columns (category,
    // right_rank, status, and the defaults) come from rankAndPlaceholder() and a status code
    // statusFromCode() accepted, so the checks cannot fail, and evaluating them was half of
    // SQLite's work on such a row (the IN lists). Every other write keeps them: the first change
    // of a page that takes the ordinary path turns them on for the rest of the page. Switching
    // is a PRAGMA that makes the connection's statements prepare again on their next use, so it
    // happens at most twice a page.
    // The insert triggers (sealTrigger, queueTrigger) go and come back at the same moments,
    // inside the page's transaction, so a crash or a rollback leaves them in place; the sides
    // noted meanwhile are written before they are back.
    Status ignoreChecks(bool ignore)
    {
        if (ignore == checksIgnored)
            return {};
        Import::execute(db, ignore ? QStringLiteral("PRAGMA ignore_check_constraints = ON")
                                   : QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
        checksIgnored = ignore;
        if (ignore) {
            for (const auto &[name, sql] : triggers)
                if (!Import::execute(db, QStringLiteral("DROP TRIGGER ") + QLatin1String(name)))
                    return sqliteFailed(db); // the page is rolled back, the triggers with it
            triggersDropped = !triggers.isEmpty();
        } else if (triggersDropped) {
            triggersDropped = false; // rolled back with the page if they cannot be put back
            if (const Status written = writeStale(); !written)
                return written;
            for (const auto &[name, sql] : triggers)
                if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
                    return sqliteFailed(db);
        }
        return {};
    }
    // Anonymous rows whose sync_rows row is written, waiting for a full statement (flush()).
    QList<std::pair<QString, AnonymousRow>> pending;

    // The version rows of the anonymous rows this download wrote wait in sync_rows_staged, in the
    // feed's order and without an index (SyncStore::moveStagedRows() writes them into sync_rows,
    // sorted, at the head). Which rows wait there, by stagedKey(), with their rowid: a row met
    // again (the server's log carries every version of a row, so a region's history brings many)
    // is compared with its staged version and changed or deleted in place; two keys alike by
    // chance move the staged rows early and take the ordinary path. stagedValid false (after a
    // page that was not committed, or a move whose transaction may yet roll back): read again
    // from the table before the next row.
    QHash<quint64, qint64> staged;
    bool stagedValid = true;
    // Whether sync_rows may hold a row of a year partition: a row met there (the store had it
    // before this download) also takes the ordinary path. False on an empty store, until rows
    // are moved there; then each row costs a lookup.
    bool syncRowsMayHold = true;
    Status readStaged()
    {
        staged.clear();
        sqlite3_stmt *read = stagedKeys.get();
        int stepped = SQLITE_ROW;
        while ((stepped = sqlite3_step(read)) == SQLITE_ROW)
            staged.insert(stagedKey(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(read, 0))),
                                    QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(read, 1)))),
                          sqlite3_column_int64(read, 2));
        sqlite3_reset(read);
        if (stepped != SQLITE_DONE)
            return sqliteFailed(db);
        stagedValid = true;
        return {};
    }
    // Whether sync_rows holds the row (partition, id).
    Expected<bool> held(const QString &partition, const QString &id)
    {
        sqlite3_stmt *lookup = heldRow.get();
        bindText(lookup, 1, partition);
        bindText(lookup, 2, id);
        const int stepped = sqlite3_step(lookup);
        sqlite3_reset(lookup);
        sqlite3_clear_bindings(lookup);
        if (stepped != SQLITE_ROW && stepped != SQLITE_DONE)
            return sqliteFailed(db);
        return stepped == SQLITE_ROW;
    }

    Status flush(const QDateTime &now);
    // The change's row counted in its partition's running sums and written with the next
    // statement of rowsPerStatement rows.
    Status add(const SyncChange &change, AnonymousRow &&row, SyncCheckpoint &sum, const QDateTime &now)
    {
        sum.checksum += PartitionChecksum::rowHash(change.id, change.version);
        ++sum.count;
        pending.append({change.id, std::move(row)});
        return pending.size() >= rowsPerStatement ? flush(now) : Status();
    }
};

SyncStore::SyncStore(QSqlDatabase db) : m_db(std::move(db)), m_statements(std::make_unique<Statements>(m_db)) { }

SyncStore::~SyncStore()
{
    if (m_bulk)
        endBulkDownload();
}

QString SyncStore::state(const QString &key)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

Expected<int> SyncStore::deskNumber()
{
    return ApplicationNumberStore::deskNumber(m_db);
}

Status SyncStore::setDeskNumber(int number)
{
    return ApplicationNumberStore::setDeskNumber(m_db, number);
}

Status SyncStore::setState(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    if (value.isNull()) {
        query.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
        query.addBindValue(key);
    } else {
        query.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?)"
                                     " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(key);
        query.addBindValue(value);
    }
    if (!query.exec())
        return writeFailed(query);
    return {};
}

Expected<SyncCursor> SyncStore::cursor()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT key, value FROM sync_state WHERE key IN ('epoch', 'seq')")))
        return readFailed(query);
    SyncCursor cursor;
    while (query.next()) {
        if (query.value(0).toString() == QLatin1String("epoch"))
            cursor.epoch = query.value(1).toString();
        else
            cursor.seq = query.value(1).toLongLong();
    }
    return cursor;
}

Expected<qint64> SyncStore::outboxHead()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM outbox")) || !query.next())
        return readFailed(query);
    return query.value(0).toLongLong();
}

Expected<QJsonObject> SyncStore::journalHead()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")))
        return readFailed(query);
    if (!query.next())
        return QJsonObject();
    return QJsonObject{{QStringLiteral("seq"), query.value(0).toLongLong()},
                       {QStringLiteral("hash"), query.value(1).toString()}};
}

Status SyncStore::recordAcknowledgedHead(const QJsonObject &head)
{
    return setState(RowSeal::acknowledgedHeadKey(), QStringLiteral("%1 %2").arg(head.value(QStringLiteral("seq")).toInteger())
                                                       .arg(head.value(QStringLiteral("hash")).toString()));
}

Expected<QJsonObject> SyncStore::journalAt(qint64 seq)
{
    if (seq <= 0)
        seq = state(RowSeal::acknowledgedHeadKey()).section(u' ', 0, 0).toLongLong();
    if (seq <= 0)
        return QJsonObject();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT hash FROM journal WHERE seq = ?"));
    query.addBindValue(seq);
    if (!query.exec())
        return readFailed(query);
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("hash"), query.next() ? query.value(0).toString() : Journal::genesisHash()}};
}

Expected<QList<OutboxCommand>> SyncStore::batch(qint64 from, int limit)
{
    if (from <= 0)
        return Outbox::pending(m_db, limit);
    // After 409 desk_seq_gap: from the number the server expects, whatever this desk recorded.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM outbox WHERE position >= ? ORDER BY position LIMIT ?"));
    query.addBindValue(from);
    query.addBindValue(limit);
    if (!query.exec())
        return readFailed(query);
    QList<OutboxCommand> commands;
    while (query.next())
        if (const std::optional<OutboxCommand> command = Outbox::find(m_db, query.value(0).toString()))
            commands.append(*command);
    return commands;
}

Status SyncStore::recordOutcomes(const QList<SyncOutcome> &outcomes, const QDateTime &now)
{
    if (outcomes.isEmpty())
        return {};
    WriteTransaction transaction(m_db);
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    {
        QSqlQuery update(m_db);
        // Once answered, a command keeps its first answer: an outcome given again (a replay of
        // an answer the desk had recorded) changes nothing and writes no second journal entry.
        update.prepare(QStringLiteral("UPDATE outbox SET state = ?, last_error = ?, result = ?, answered_at = ?"
                                      " WHERE position = ? AND id = ? AND state IN ('pending', 'sent')"));
        QSqlQuery sequence(m_db);
        sequence.prepare(QStringLiteral("UPDATE applications SET registration_sequence = ?"
                                        " WHERE id = ? AND registration_sequence = 0"));
        for (const SyncOutcome &outcome : outcomes) {
            const bool applied = outcome.status == SyncOutcome::Status::Applied;
            const QJsonObject kept = applied ? outcome.result
                                             : QJsonObject{{QStringLiteral("code"), outcome.code},
                                                           {QStringLiteral("message"), outcome.message},
                                                           {QStringLiteral("details"), outcome.details}};
            update.addBindValue(applied ? QStringLiteral("applied") : QStringLiteral("rejected"));
            update.addBindValue(sqlText(applied ? QString() : outcome.message));
            update.addBindValue(json(kept));
            update.addBindValue(Journal::timestampText(now));
            update.addBindValue(outcome.deskSeq);
            update.addBindValue(outcome.id);
            if (!update.exec())
                return writeFailed(update);
            if (update.numRowsAffected() != 1)
                continue;
            // A registration the server refused as a duplicate or as invalid was never in the
            // region's queue: archived here too (duplicate / other), so it stops counting in this
            // desk's queue numbers and the clerk may register the child again, corrected. The
            // server has nothing to learn of it: no outbox command, a journal entry only.
            if (!applied) {
                if (const Status archived = archiveRejectedRegistration(outcome, now); !archived)
                    return archived;
                if (const Status taken = takeBackRefusedPlace(outcome, now); !taken)
                    return taken;
                if (const Status putBack = putBackRefusedPlaceChange(outcome, now); !putBack)
                    return putBack;
            }
            // Read-your-writes: the registration's sequence shows at once; the change that carries
            // the whole record follows in the feed.
            const qint64 registration = outcome.result.value(QStringLiteral("registration_sequence")).toInteger();
            const QString applicationId = outcome.result.value(QStringLiteral("application_id")).toString();
            if (applied && registration > 0 && !applicationId.isEmpty()) {
                sequence.addBindValue(registration);
                sequence.addBindValue(applicationId);
                if (!sequence.exec())
                    return writeFailed(sequence);
            }
        }
    }
    return transaction.commit();
}

Status SyncStore::archiveRejectedRegistration(const SyncOutcome &outcome, const QDateTime &now)
{
    // Only when the registration itself is wrong: a duplicate of the child's application, or an
    // application the rules refuse. Any other refusal (a filing time out of range, a conflict, a
    // server that does not know the command) leaves the copy as it was, provisional, for the clerk
    // and the administrator to settle from "Needs attention".
    if (outcome.code != QLatin1String("duplicate_child") && outcome.code != QLatin1String("invalid_application"))
        return {};
    const std::optional<OutboxCommand> command = Outbox::find(m_db, outcome.id);
    if (!command || command->type != CommandTypes::registerApplication())
        return {};
    const QString applicationId = command->payload.value(QStringLiteral("id")).toString();
    if (applicationId.isEmpty())
        return {};
    const QString reason = outcome.code == QLatin1String("duplicate_child")
                               ? ApplicationJson::archiveReasonCode(ArchiveReason::Duplicate)
                               : ApplicationJson::archiveReasonCode(ArchiveReason::Other);
    QSqlQuery archive(m_db);
    archive.prepare(QStringLiteral("UPDATE applications SET status = 'archived', archive_reason = ?, updated_at = ?"
                                   " WHERE id = ? AND registration_sequence = 0 AND anonymous = 0 AND status <> 'archived'"));
    archive.addBindValue(reason);
    archive.addBindValue(now.toMSecsSinceEpoch());
    archive.addBindValue(applicationId);
    if (!archive.exec())
        return writeFailed(archive);
    if (archive.numRowsAffected() != 1)
        return {};
    const Expected<JournalEntry> logged = Journal::append(
        m_db, Events::applicationArchived(), JournalEntities::application(), applicationId,
        QJsonObject{{QStringLiteral("archive_reason"), reason},
                    {QStringLiteral("rejected_by_server"), outcome.code},
                    {QStringLiteral("command_id"), outcome.id}},
        QStringLiteral("queue server"), now);
    if (!logged)
        return logged.error();
    return {};
}

Status SyncStore::takeBackRefusedPlace(const SyncOutcome &outcome, const QDateTime &now)
{
    // A place whose publication the server refused is not free anywhere in the region: it leaves
    // this desk's places, and with them its bulletin of freed places, so that no paper announces
    // it (RULES 4.1). Only while the server never sent a version of it (no row of it synced) and
    // the desk's copy is still its own: a place the server knows stays, marked refused, until the
    // server's version comes. A refused withdrawal or freeing day: putBackRefusedPlaceChange.
    const std::optional<OutboxCommand> command = Outbox::find(m_db, outcome.id);
    if (!command || command->type != CommandTypes::publishPlace())
        return {};
    const QString placeId = command->payload.value(QStringLiteral("id")).toString();
    if (placeId.isEmpty())
        return {};
    QSqlQuery known(m_db);
    known.prepare(QStringLiteral("SELECT 1 FROM sync_rows WHERE entity = ? AND id = ? LIMIT 1"));
    known.addBindValue(JournalEntities::place());
    known.addBindValue(placeId);
    if (!known.exec())
        return readFailed(known);
    if (known.next())
        return {};
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM places WHERE id = ? AND provisional = 1"));
    remove.addBindValue(placeId);
    if (!remove.exec())
        return writeFailed(remove);
    if (remove.numRowsAffected() != 1)
        return {};
    const Expected<JournalEntry> logged = Journal::append(
        m_db, Events::placePublicationRefused(), JournalEntities::place(), placeId,
        QJsonObject{{QStringLiteral("rejected_by_server"), outcome.code},
                    {QStringLiteral("group_name"), command->payload.value(QStringLiteral("group_name"))},
                    {QStringLiteral("command_id"), outcome.id}},
        QStringLiteral("queue server"), now);
    if (!logged)
        return logged.error();
    return {};
}

Status SyncStore::putBackRefusedPlaceChange(const SyncOutcome &outcome, const QDateTime &now)
{
    // A withdrawal or a freeing day the server refused for good was not made in the region, and
    // nothing changed there for the server to send a newer version of the place: the desk's copy
    // goes back to the server's last version it has, so that its places and its bulletin of
    // withdrawn places show no withdrawal the region never made (RULES 2.9). With a journal entry
    // naming the refusal, in the refusal's transaction. Not while another change of the desk's to
    // the place is still unanswered (its answer settles it), nor when the desk never had a
    // version of the server's (its publication is unconfirmed: refused, takeBackRefusedPlace has
    // taken it off; applied, the server's version follows in the feed). PlaceStore::putBackConfirmed.
    const std::optional<OutboxCommand> command = Outbox::find(m_db, outcome.id);
    if (!command || (command->type != CommandTypes::withdrawPlace() && command->type != CommandTypes::freePlace()))
        return {};
    const QString placeId = command->payload.value(QStringLiteral("place_id")).toString();
    if (placeId.isEmpty())
        return {};
    const Expected<PlacePutBack> putBack = PlaceStore::putBackConfirmed(m_db, placeId, outcome.id, now);
    if (!putBack)
        return putBack.error();
    if (putBack->what == PlacePutBack::What::NotHere)
        return {};
    const bool done = putBack->what == PlacePutBack::What::Done;
    QJsonObject payload{{QStringLiteral("rejected_by_server"), outcome.code},
                        {QStringLiteral("command"), command->type},
                        {QStringLiteral("command_id"), outcome.id},
                        {QStringLiteral("put_back"), done}};
    if (done) {
        payload.insert(QStringLiteral("status"), Places::statusCode(putBack->status));
        payload.insert(QStringLiteral("freed_on"), ApplicationJson::dateValue(putBack->freedOn));
    } else {
        payload.insert(QStringLiteral("left_because"), putBack->what == PlacePutBack::What::Waiting
                                                           ? QStringLiteral("another_change_unanswered")
                                                           : QStringLiteral("never_confirmed"));
    }
    const Expected<JournalEntry> logged = Journal::append(m_db, Events::placeChangeRefused(), JournalEntities::place(),
                                                          placeId, payload, QStringLiteral("queue server"), now);
    if (!logged)
        return logged.error();
    return {};
}

Status SyncStore::recordFailedUpload(const QList<OutboxCommand> &commands, const QString &error)
{
    WriteTransaction transaction(m_db);
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    for (const OutboxCommand &command : commands)
        if (const Status recorded = Outbox::recordFailedAttempt(m_db, command.id, error); !recorded)
            return recorded;
    return transaction.commit();
}

Expected<SyncCheckpoint> SyncStore::loadSums(const QString &partition)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count, checksum FROM sync_partitions WHERE partition = ?"));
    query.addBindValue(partition);
    if (!query.exec())
        return readFailed(query);
    SyncCheckpoint sums{partition, 0, 0};
    if (query.next()) {
        sums.count = query.value(0).toLongLong();
        sums.checksum = PartitionChecksum::fromSigned(query.value(1).toLongLong());
    }
    return sums;
}

Expected<SyncCheckpoint *> SyncStore::runningSums(QHash<QString, SyncCheckpoint> &sums, const QString &partition)
{
    auto sum = sums.find(partition);
    if (sum == sums.end()) {
        const Expected<SyncCheckpoint> loaded = loadSums(partition);
        if (!loaded)
            return loaded.error();
        sum = sums.insert(partition, *loaded);
    }
    return &*sum;
}

Status SyncStore::saveSums(const QHash<QString, SyncCheckpoint> &sums)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO sync_partitions (partition, count, checksum) VALUES (?, ?, ?)"
                                 " ON CONFLICT (partition) DO UPDATE SET count = excluded.count,"
                                 " checksum = excluded.checksum"));
    for (const SyncCheckpoint &sum : sums) {
        query.addBindValue(sum.partition);
        query.addBindValue(sum.count);
        query.addBindValue(PartitionChecksum::toSigned(sum.checksum));
        if (!query.exec())
            return writeFailed(query);
    }
    return {};
}

Status SyncStore::applyEffect(const SyncChange &change, const QDateTime &now)
{
    Statements &s = *m_statements;
    if (change.entity == entityOrg) {
        const QJsonObject data = change.dataObject();
        s.kindergarten.addBindValue(change.id);
        s.kindergarten.addBindValue(sqlText(data.value(QStringLiteral("name_kk")).toString()));
        s.kindergarten.addBindValue(sqlText(data.value(QStringLiteral("name_ru")).toString()));
        if (!s.kindergarten.exec())
            return writeFailed(s.kindergarten);
        return {};
    }
    if (change.entity == entityApplication && isYearPartition(change.partition)) {
        const std::optional<AnonymousRow> row = anonymousRow(change);
        if (!row)
            return WriteTransaction::failed(tr("the server sent an unreadable queue row %1").arg(change.id));
        s.anonymous.bindValue(0, change.id);
        s.anonymous.bindValue(1, row->registrationSequence);
        s.anonymous.bindValue(2, row->birthYear);
        s.anonymous.bindValue(3, row->placeholder);
        s.anonymous.bindValue(4, row->rank);
        s.anonymous.bindValue(5, row->filedAt);
        s.anonymous.bindValue(6, row->status);
        s.anonymous.bindValue(7, now.toMSecsSinceEpoch());
        s.anonymous.bindValue(8, now.toMSecsSinceEpoch());
        if (!s.anonymous.exec())
            return writeFailed(s.anonymous);
        return {};
    }
    if (change.entity == entityApplication && isOrgPartition(change.partition)) {
        const Expected<Application> application = ApplicationJson::fromJson(change.dataObject());
        if (!application)
            return WriteTransaction::failed(tr("the server sent an unreadable application %1: %2")
                                                .arg(change.id, application.error().message()));
        return ApplicationStore::saveSynced(m_db, *application, now);
    }
    if (change.entity == entityDirection && isOrgPartition(change.partition)) {
        const Expected<Direction> direction = DirectionStore::fromJson(change.dataObject());
        if (!direction)
            return WriteTransaction::failed(tr("the server sent an unreadable direction %1: %2")
                                                .arg(change.id, direction.error().message()));
        return DirectionStore::saveSynced(m_db, *direction, now);
    }
    if (change.entity == entityPlace && isOrgPartition(change.partition)) {
        const Expected<Place> place = PlaceJson::fromJson(change.dataObject());
        if (!place)
            return WriteTransaction::failed(tr("the server sent an unreadable place %1: %2")
                                                .arg(change.id, place.error().message()));
        return PlaceStore::saveSynced(m_db, *place, now);
    }
    // An entity this desk does not keep (yet): its row still counts in the partition's sums.
    return {};
}

Status SyncStore::removeEffect(const QString &partition, const QString &entity, const QString &id)
{
    Statements &s = *m_statements;
    if (entity == entityApplication && isYearPartition(partition)) {
        s.deleteAnonymous.addBindValue(id);
        if (!s.deleteAnonymous.exec())
            return writeFailed(s.deleteAnonymous);
    } else if (entity == entityApplication && isOrgPartition(partition)) {
        // No longer this kindergarten's to see: only its queue keys stay.
        QSqlQuery forget(m_db);
        forget.prepare(QStringLiteral(
            "UPDATE applications SET anonymous = 1, applicant_surname = '', applicant_name = '',"
            " applicant_patronymic = '', applicant_iin = '', applicant_address = '', child_surname = '',"
            " child_name = '', child_patronymic = '', child_iin = '', child_birth_date = NULL, phones = '[]',"
            " email = '', category_document_type = '', category_document_number = '',"
            " category_document_issuer = '', category_document_issue_date = NULL WHERE id = ?"));
        forget.addBindValue(id);
        if (!forget.exec())
            return writeFailed(forget);
    } else if (entity == entityPlace && isOrgPartition(partition)) {
        if (const Status removed = PlaceStore::removeSynced(m_db, id); !removed)
            return removed;
    } else if (entity == entityOrg) {
        QSqlQuery remove(m_db);
        remove.prepare(QStringLiteral("DELETE FROM kindergartens WHERE id = ?"));
        remove.addBindValue(id);
        if (!remove.exec())
            return writeFailed(remove);
    }
    // A direction is never taken away: its contract or refusal may be on paper at this desk.
    return {};
}

Status SyncStore::applyChange(const SyncChange &change, const QDateTime &now, bool force,
                              QHash<QString, SyncCheckpoint> &sums, bool *skipped)
{
    Statements &s = *m_statements;
    *skipped = false;
    s.version.addBindValue(change.partition);
    s.version.addBindValue(change.id);
    if (!s.version.exec())
        return writeFailed(s.version);
    std::optional<qint64> held;
    if (s.version.next())
        held = s.version.value(0).toLongLong();
    s.version.finish();
    if (!force && held && *held >= change.version) {
        *skipped = true;
        return {};
    }
    const Expected<SyncCheckpoint *> running = runningSums(sums, change.partition);
    if (!running)
        return running.error();
    SyncCheckpoint &sum = **running;
    if (held) {
        sum.checksum -= PartitionChecksum::rowHash(change.id, *held);
        --sum.count;
    }
    if (change.deleted) {
        if (held) {
            s.deleteRow.addBindValue(change.partition);
            s.deleteRow.addBindValue(change.id);
            if (!s.deleteRow.exec())
                return writeFailed(s.deleteRow);
            return removeEffect(change.partition, change.entity, change.id);
        }
        return {};
    }
    sum.checksum += PartitionChecksum::rowHash(change.id, change.version);
    ++sum.count;
    s.upsertRow.addBindValue(change.partition);
    s.upsertRow.addBindValue(change.id);
    s.upsertRow.addBindValue(change.entity);
    s.upsertRow.addBindValue(change.version);
    if (!s.upsertRow.exec())
        return writeFailed(s.upsertRow);
    return applyEffect(change, now);
}


// Writes the pending anonymous rows: full statements of rowsPerStatement, the rest one by one.
Status SyncStore::Bulk::flush(const QDateTime &now)
{
    const qint64 at = now.toMSecsSinceEpoch();
    qsizetype next = 0;
    while (next < pending.size()) {
        const bool many = pending.size() - next >= rowsPerStatement;
        sqlite3_stmt *upsert = many ? anonymousMany.get() : anonymousOne.get();
        const int rows = many ? rowsPerStatement : 1;
        for (int row = 0; row < rows; ++row, ++next) {
            const auto &[id, keys] = pending.at(next);
            const int first = row * anonymousParameters;
            bindText(upsert, first + 1, id);
            sqlite3_bind_int64(upsert, first + 2, keys.registrationSequence);
            sqlite3_bind_int(upsert, first + 3, keys.birthYear);
            sqlite3_bind_int(upsert, first + 4, keys.placeholder);
            sqlite3_bind_int(upsert, first + 5, keys.rank);
            sqlite3_bind_int64(upsert, first + 6, keys.filedAt);
            bindText(upsert, first + 7, keys.status);
            sqlite3_bind_int64(upsert, first + 8, at);
            sqlite3_bind_int64(upsert, first + 9, at);
        }
        const int written = sqlite3_step(upsert);
        sqlite3_reset(upsert);
        sqlite3_clear_bindings(upsert); // the texts are not this statement's to keep
        if (written != SQLITE_DONE) {
            pending.clear();
            return sqliteFailed(db);
        }
        if (triggersDropped)
            for (qsizetype done = next - rows; done < next; ++done)
                noteStale(pending.at(done).first, pending.at(done).second);
    }
    pending.clear();
    return {};
}

Status SyncStore::applyBulkChange(const SyncChange &change, const QDateTime &now,
                                  QHash<QString, SyncCheckpoint> &sums, bool *skipped)
{
    Bulk &b = *m_bulk;
    if (!b.stagedValid)
        if (const Status read = b.readStaged(); !read)
            return read;
    // Other entities and other partitions are few.
    if (change.entity != entityApplication || !isYearPartition(change.partition))
        return applyBulkOrdinary(change, now, sums, skipped);
    *skipped = false;
    const quint64 key = stagedKey(change.partition, change.id);
    if (const auto staged = b.staged.constFind(key); staged != b.staged.cend())
        return applyToStaged(change, *staged, now, sums, skipped);
    if (change.deleted)
        return applyBulkOrdinary(change, now, sums, skipped);
    std::optional<AnonymousRow> row = anonymousRow(change);
    if (!row)
        return WriteTransaction::failed(tr("the server sent an unreadable queue row %1").arg(change.id));
    // Held already (a row the store had before the download): the ordinary path compares
    // versions and corrects the sums.
    if (b.syncRowsMayHold) {
        const Expected<bool> held = b.held(change.partition, change.id);
        if (!held)
            return held.error();
        if (*held)
            return applyBulkOrdinary(change, now, sums, skipped);
    }
    sqlite3_stmt *stage = b.stageRow.get();
    bindText(stage, 1, change.partition);
    bindText(stage, 2, change.id);
    bindText(stage, 3, change.entity);
    sqlite3_bind_int64(stage, 4, change.version);
    const int staged = sqlite3_step(stage);
    sqlite3_reset(stage);
    sqlite3_clear_bindings(stage);
    if (staged != SQLITE_DONE)
        return sqliteFailed(b.db);
    b.staged.insert(key, sqlite3_last_insert_rowid(b.db));
    const Expected<SyncCheckpoint *> running = runningSums(sums, change.partition);
    if (!running)
        return running.error();
    SyncCheckpoint &sum = **running;
    return b.add(change, std::move(*row), sum, now);
}

// A change of a bulk download the ordinary path applies: after the pending rows (it may write one
// of them again) and, when the row's version row may be staged, after the staged rows are in
// sync_rows, where it looks.
Status SyncStore::applyBulkOrdinary(const SyncChange &change, const QDateTime &now,
                                    QHash<QString, SyncCheckpoint> &sums, bool *skipped)
{
    Bulk &b = *m_bulk;
    if (const Status flushed = b.flush(now); !flushed)
        return flushed;
    if (b.staged.contains(stagedKey(change.partition, change.id)))
        if (const Status moved = moveStagedRows(); !moved)
            return moved;
    if (const Status checked = b.ignoreChecks(false); !checked)
        return checked;
    return applyChange(change, now, false, sums, skipped);
}

// A row of a year partition this download staged, met again: its newer version replaces the
// staged one (and the anonymous row, through the pending upsert's DO UPDATE), a deletion removes
// both, an older or equal version changes nothing; the sums as the ordinary path keeps them.
Status SyncStore::applyToStaged(const SyncChange &change, qint64 rowid, const QDateTime &now,
                                QHash<QString, SyncCheckpoint> &sums, bool *skipped)
{
    Bulk &b = *m_bulk;
    sqlite3_stmt *read = b.stagedRow.get();
    sqlite3_bind_int64(read, 1, rowid);
    int stepped = sqlite3_step(read);
    const bool same = stepped == SQLITE_ROW
                      && QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(read, 0))) == change.partition
                      && QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(read, 1))) == change.id;
    const qint64 held = stepped == SQLITE_ROW ? sqlite3_column_int64(read, 2) : 0;
    sqlite3_reset(read);
    if (stepped != SQLITE_ROW && stepped != SQLITE_DONE)
        return sqliteFailed(b.db);
    if (!same) // another row under the same hash
        return applyBulkOrdinary(change, now, sums, skipped);
    if (!change.deleted && held >= change.version) {
        *skipped = true;
        return {};
    }
    std::optional<AnonymousRow> row;
    if (!change.deleted) {
        row = anonymousRow(change);
        if (!row)
            return WriteTransaction::failed(tr("the server sent an unreadable queue row %1").arg(change.id));
    }
    const Expected<SyncCheckpoint *> running = runningSums(sums, change.partition);
    if (!running)
        return running.error();
    SyncCheckpoint &sum = **running;
    sum.checksum -= PartitionChecksum::rowHash(change.id, held);
    --sum.count;
    if (change.deleted) {
        // Its row may still wait in the pending upsert.
        if (const Status flushed = b.flush(now); !flushed)
            return flushed;
        sqlite3_stmt *remove = b.unstage.get();
        sqlite3_bind_int64(remove, 1, rowid);
        stepped = sqlite3_step(remove);
        sqlite3_reset(remove);
        if (stepped != SQLITE_DONE)
            return sqliteFailed(b.db);
        b.staged.remove(stagedKey(change.partition, change.id));
        return removeEffect(change.partition, change.entity, change.id);
    }
    sqlite3_stmt *update = b.restage.get();
    bindText(update, 1, change.entity);
    sqlite3_bind_int64(update, 2, change.version);
    sqlite3_bind_int64(update, 3, rowid);
    stepped = sqlite3_step(update);
    sqlite3_reset(update);
    sqlite3_clear_bindings(update);
    if (stepped != SQLITE_DONE)
        return sqliteFailed(b.db);
    // The earlier version may wait in the same statement: its rows are written in order, so this
    // one meets it and takes the DO UPDATE.
    return b.add(change, std::move(*row), sum, now);
}

Status SyncStore::moveStagedRows()
{
    // Sorted by key, sync_rows grows at a few places instead of at a random place per row.
    // The same key twice cannot be staged (applyBulkChange); should it be, the newer version wins
    // and the partition's sums, which counted both, differ from the server's: it is downloaded
    // again, as any partition that differs.
    static const QString exists = QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_rows_staged)");
    static const QString move = QStringLiteral(
        "INSERT INTO sync_rows (partition, id, entity, version)"
        " SELECT partition, id, entity, version FROM sync_rows_staged WHERE true ORDER BY partition, id"
        " ON CONFLICT (partition, id) DO UPDATE SET entity = excluded.entity, version = excluded.version"
        " WHERE excluded.version > sync_rows.version");
    QSqlQuery query(m_db);
    if (!query.exec(exists) || !query.next())
        return readFailed(query);
    const bool any = query.value(0).toBool();
    query.finish();
    if (any && (!query.exec(move) || !query.exec(QStringLiteral("DELETE FROM sync_rows_staged"))))
        return writeFailed(query);
    if (m_bulk) {
        m_bulk->staged.clear();
        m_bulk->stagedValid = false; // the caller's transaction may roll back: read the table again
        m_bulk->syncRowsMayHold = m_bulk->syncRowsMayHold || any;
    }
    return {};
}

Status SyncStore::beginBulkDownload()
{
    if (m_bulk)
        return {};
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle)
        return {}; // not SQLite: the ordinary path
    {
        WriteTransaction transaction(m_db);
        if (const Status begun = transaction.begin(); !begun)
            return begun;
        // Rows a download that a crash cut short left staged.
        if (const Status moved = moveStagedRows(); !moved)
            return moved;
        for (const QString &statement : Migrations::applicationIndexes()) {
            QSqlQuery drop(m_db);
            if (!drop.exec(QStringLiteral("DROP INDEX IF EXISTS ") + statement.section(u' ', 2, 2)))
                return writeFailed(drop);
        }
        if (const Status committed = transaction.commit(); !committed)
            return committed;
    }
    auto bulk = std::make_unique<Bulk>(handle, columnDefaults(handle));
    if (!*bulk) {
        const Issue failed = sqliteFailed(handle);
        Database::createMissingIndexes(m_db);
        return failed;
    }
    {
        // A store that holds no row of the region's queue yet (a desk's first sync) need not
        // look each row up in sync_rows.
        QSqlQuery any(m_db);
        if (!any.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_rows WHERE partition >= 'year:'"
                                     " AND partition < 'year;')"))
            || !any.next())
            return readFailed(any);
        bulk->syncRowsMayHold = any.value(0).toBool();
    }
    // The rows of a region's ids land at random places of the applications' id index (their
    // version rows are staged, not written into sync_rows as they come), so every page's commit
    // writes thousands of its pages to the WAL again; a checkpoint every 1000 pages of WAL
    // (SQLite's default) copied them into the file after nearly every page. Every 16,384 pages
    // instead (256 MiB of a store of 16 KiB pages): each copied once per checkpoint, not per page.
    bulk->autoCheckpoint = Import::pragmaInt(handle, "PRAGMA wal_autocheckpoint", 1000);
    Import::execute(handle, QStringLiteral("PRAGMA wal_autocheckpoint = 16384"));
    m_bulk = std::move(bulk);
    return {};
}

Status SyncStore::endBulkDownload()
{
    if (!m_bulk)
        return {};
    sqlite3 *handle = m_bulk->db;
    const int autoCheckpoint = m_bulk->autoCheckpoint;
    m_bulk.reset();
    // Each sort below (the version rows', each index's) with a helper thread, as the bulk import
    // does (BulkLoad::finish).
    Import::execute(handle, QStringLiteral("PRAGMA threads = 2"));
    // The version rows into sync_rows, sorted, in one transaction. Should it fail (the store
    // busy), they wait: the next page or partition the sync writes moves them first.
    Status moved;
    {
        WriteTransaction transaction(m_db);
        moved = transaction.begin();
        if (moved)
            moved = moveStagedRows();
        if (moved)
            moved = transaction.commit();
    }
    const Status rebuilt = Database::createMissingIndexes(m_db);
    m_statements->indexed = bool(rebuilt);
    Import::execute(handle, QStringLiteral("PRAGMA threads = 0"));
    Import::execute(handle, QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(autoCheckpoint));
    return moved ? rebuilt : moved;
}

Expected<qint64> SyncStore::rowsHeld()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(SUM(count), 0) FROM sync_partitions")) || !query.next())
        return readFailed(query);
    return query.value(0).toLongLong();
}

Expected<SyncStore::PageResult> SyncStore::applyPage(const SyncPage &page, const QDateTime &now)
{
    if (!m_statements->tuned) {
        // Each anonymous row fires the queue triggers, so SQLite keeps a statement journal for
        // every row; with the default temp_store it spilled to files in /var/tmp (20 pwrite calls
        // a row on a first sync). In memory, with a cache that holds the applications' indexes of
        // a region (64 MiB at most), a page is written once, at its commit. This is the engine's
        // own connection (SyncEngine), so the settings stay there.
        QSqlQuery pragma(m_db);
        pragma.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
        m_statements->tuned = true;
    }
    // A bulk download whose end could not re-create the indexes (the store busy, say) left them
    // to the next page.
    if (!m_bulk && !m_statements->indexed) {
        if (const Status indexed = Database::createMissingIndexes(m_db); !indexed)
            return indexed.error();
        m_statements->indexed = true;
    }
    // One transaction a page, in the bulk path too: a crash or a lost connection resumes after the
    // last page stored, and the clerk's own writes (busy_timeout 5 s) wait for one page at most.
    WriteTransaction transaction(m_db);
    if (const Status begun = transaction.begin(); !begun)
        return begun.error();
    // Version rows a bulk download left staged (cut short by a crash, or its end could not move
    // them): in sync_rows before the ordinary path looks there.
    const Status raw = m_bulk ? m_bulk->ignoreChecks(true) : moveStagedRows();
    Expected<PageResult> result = raw ? applyPageIn(page, now) : Expected<PageResult>(raw.error());
    if (m_bulk) {
        m_bulk->pending.clear(); // written, or rolled back with the page
        if (!result)
            m_bulk->stagedValid = false; // the page's staged rows rolled back with it
        // The insert triggers back (and the sides noted written) before the commit; a page they
        // cannot be put back in is not stored.
        const Status restored = m_bulk->ignoreChecks(false);
        m_bulk->staleFrom.clear();
        if (!restored && result) {
            m_bulk->stagedValid = false;
            return restored.error();
        }
    }
    if (!result)
        return result;
    if (const Status committed = transaction.commit(); !committed) {
        if (m_bulk)
            m_bulk->stagedValid = false;
        return committed.error();
    }
    return result;
}

Expected<SyncStore::PageResult> SyncStore::applyPageIn(const SyncPage &page, const QDateTime &now)
{
    PageResult result;
    QHash<QString, SyncCheckpoint> sums;
    QHash<QString, qint64> lastSeq; // per partition: the page's last change of it
    {
        const Expected<SyncCursor> current = cursor();
        if (!current)
            return current.error();
        // A page from before the cursor (a retry whose first answer was applied) changes nothing.
        if (current->epoch == page.cursor.epoch && current->seq >= page.cursor.seq && !page.changes.isEmpty()) {
            result.skipped = int(page.changes.size());
            return result;
        }
        for (const SyncChange &change : page.changes) {
            bool skipped = false;
            if (const Status applied = m_bulk ? applyBulkChange(change, now, sums, &skipped)
                                              : applyChange(change, now, false, sums, &skipped);
                !applied) {
                m_statements->finish();
                return applied.error();
            }
            skipped ? ++result.skipped : ++result.applied;
            lastSeq.insert(change.partition, change.seq);
        }
        if (m_bulk)
            if (const Status flushed = m_bulk->flush(now); !flushed) {
                m_statements->finish();
                return flushed.error();
            }
        m_statements->finish();
        if (const Status saved = saveSums(sums); !saved)
            return saved.error();
        if (const Status saved = setState(QStringLiteral("epoch"), page.cursor.epoch); !saved)
            return saved.error();
        if (const Status saved = setState(QStringLiteral("seq"), QString::number(page.cursor.seq)); !saved)
            return saved.error();
        // Compare with the server's sums as they stood after the page's last change of each
        // partition. A partition downloaded again from a snapshot newer than that change holds newer
        // rows than the checkpoint describes: it is compared again once the feed passes the snapshot.
        for (const SyncCheckpoint &checkpoint : page.checkpoints) {
            const qint64 snapshotAt = state(QStringLiteral("snapshot_at:") + checkpoint.partition).toLongLong();
            if (snapshotAt > 0 && lastSeq.value(checkpoint.partition) <= snapshotAt)
                continue;
            const Expected<SyncCheckpoint> local = loadSums(checkpoint.partition);
            if (!local)
                return local.error();
            if (local->count != checkpoint.count || local->checksum != checkpoint.checksum) {
                result.differing.append(checkpoint.partition);
                if (const Status marked = markStale(checkpoint.partition); !marked)
                    return marked.error();
            } else if (snapshotAt > 0) {
                if (const Status cleared = setState(QStringLiteral("snapshot_at:") + checkpoint.partition, QString());
                    !cleared)
                    return cleared.error();
            }
        }
    }
    return result;
}

Status SyncStore::resetForNewEpoch()
{
    WriteTransaction transaction(m_db);
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    if (m_bulk)
        m_bulk->stagedValid = false;
    for (const QString &sql : {QStringLiteral("DELETE FROM applications WHERE anonymous = 1"),
                               QStringLiteral("DELETE FROM sync_rows"), QStringLiteral("DELETE FROM sync_rows_staged"),
                               QStringLiteral("DELETE FROM sync_partitions"),
                               QStringLiteral("DELETE FROM sync_state WHERE key IN ('epoch', 'seq')"
                                              " OR key LIKE 'snapshot_at:%' OR key LIKE 'reload:%'")}) {
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            return writeFailed(query);
    }
    return transaction.commit();
}

Status SyncStore::beginPartitionReload(const QString &partition)
{
    WriteTransaction transaction(m_db);
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    if (const Status moved = moveStagedRows(); !moved)
        return moved;
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE sync_rows SET partition = ? WHERE partition = ?"));
        query.addBindValue(setAside(partition));
        query.addBindValue(partition);
        if (!query.exec())
            return writeFailed(query);
        QSqlQuery sums(m_db);
        sums.prepare(QStringLiteral("INSERT INTO sync_partitions (partition, count, checksum, stale) VALUES (?, 0, 0, 1)"
                                    " ON CONFLICT (partition) DO UPDATE SET count = 0, checksum = 0, stale = 1"));
        sums.addBindValue(partition);
        if (!sums.exec())
            return writeFailed(sums);
    }
    if (const Status saved = setState(QStringLiteral("reload:") + partition, QStringLiteral("")); !saved)
        return saved;
    return transaction.commit();
}

Status SyncStore::markStale(const QString &partition)
{
    QSqlQuery mark(m_db);
    mark.prepare(QStringLiteral("INSERT INTO sync_partitions (partition, stale) VALUES (?, 1)"
                                " ON CONFLICT (partition) DO UPDATE SET stale = 1"));
    mark.addBindValue(partition);
    if (!mark.exec())
        return writeFailed(mark);
    return {};
}

std::optional<QString> SyncStore::partitionReloadPosition(const QString &partition)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    query.addBindValue(QString(QStringLiteral("reload:") + partition));
    if (query.exec() && query.next())
        return query.value(0).toString();
    return std::nullopt;
}

Status SyncStore::applyPartitionRows(const QString &partition, const QList<SyncChange> &rows, const QString &next,
                                     const QDateTime &now)
{
    QHash<QString, SyncCheckpoint> sums;
    WriteTransaction transaction(m_db);
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    if (const Status moved = moveStagedRows(); !moved)
        return moved;
    Statements &s = *m_statements;
    qint64 at = 0;
    for (SyncChange row : rows) {
        row.partition = partition;
        bool skipped = false;
        if (const Status applied = applyChange(row, now, true, sums, &skipped); !applied) {
            s.finish();
            return applied;
        }
        s.setAsideRow.addBindValue(setAside(partition));
        s.setAsideRow.addBindValue(row.id);
        if (!s.setAsideRow.exec()) {
            s.finish();
            return writeFailed(s.setAsideRow);
        }
        at = qMax(at, row.seq);
    }
    s.finish();
    if (const Status saved = saveSums(sums); !saved)
        return saved;
    if (const Status saved = setState(QStringLiteral("reload:") + partition, next.isNull() ? QStringLiteral("") : next);
        !saved)
        return saved;
    if (at > 0) {
        const qint64 previous = state(QStringLiteral("snapshot_at:") + partition).toLongLong();
        if (const Status saved = setState(QStringLiteral("snapshot_at:") + partition, QString::number(qMax(previous, at)));
            !saved)
            return saved;
    }
    return transaction.commit();
}

Status SyncStore::finishPartitionReload(const QString &partition, const QDateTime &now)
{
    Q_UNUSED(now);
    WriteTransaction transaction(m_db);
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    if (const Status moved = moveStagedRows(); !moved)
        return moved;
    {
        QSqlQuery left(m_db);
        left.prepare(QStringLiteral("SELECT entity, id FROM sync_rows WHERE partition = ?"));
        left.addBindValue(setAside(partition));
        if (!left.exec())
            return writeFailed(left);
        QList<std::pair<QString, QString>> gone;
        while (left.next())
            gone.append({left.value(0).toString(), left.value(1).toString()});
        left.finish();
        for (const auto &[entity, id] : gone)
            if (const Status removed = removeEffect(partition, entity, id); !removed) {
                m_statements->finish();
                return removed;
            }
        m_statements->finish();
        QSqlQuery drop(m_db);
        drop.prepare(QStringLiteral("DELETE FROM sync_rows WHERE partition = ?"));
        drop.addBindValue(setAside(partition));
        if (!drop.exec())
            return writeFailed(drop);
        QSqlQuery fresh(m_db);
        fresh.prepare(QStringLiteral("UPDATE sync_partitions SET stale = 0 WHERE partition = ?"));
        fresh.addBindValue(partition);
        if (!fresh.exec())
            return writeFailed(fresh);
    }
    if (const Status cleared = setState(QStringLiteral("reload:") + partition, QString()); !cleared)
        return cleared;
    return transaction.commit();
}

Status SyncStore::noteSuccess(const QString &server, const QDateTime &now)
{
    WriteTransaction transaction(m_db);
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    for (const auto &[key, value] : {std::pair{QStringLiteral("server"), server},
                                     std::pair{QStringLiteral("last_success"), Journal::timestampText(now)},
                                     std::pair{QStringLiteral("last_error"), QString()},
                                     std::pair{QStringLiteral("last_error_at"), QString()}})
        if (const Status saved = setState(key, value); !saved)
            return saved;
    return transaction.commit();
}

Status SyncStore::noteError(const QString &error, const QDateTime &now)
{
    WriteTransaction transaction(m_db);
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    if (const Status saved = setState(QStringLiteral("last_error"), error); !saved)
        return saved;
    if (const Status saved = setState(QStringLiteral("last_error_at"), Journal::timestampText(now)); !saved)
        return saved;
    return transaction.commit();
}

Expected<SyncSummary> SyncStore::summary()
{
    SyncSummary summary;
    const Expected<SyncCursor> current = cursor();
    if (!current)
        return current.error();
    summary.cursor = *current;
    const Expected<qint64> head = outboxHead();
    if (!head)
        return head.error();
    summary.outboxHead = *head;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT state, count(*) FROM outbox GROUP BY state")))
        return readFailed(query);
    while (query.next()) {
        const QString state = query.value(0).toString();
        const qint64 count = query.value(1).toLongLong();
        if (state == QLatin1String("applied"))
            summary.applied += count;
        else if (state == QLatin1String("rejected"))
            summary.rejected += count;
        else
            summary.waiting += count;
    }
    if (!query.exec(QStringLiteral("SELECT COALESCE(SUM(count), 0) FROM sync_partitions")) || !query.next())
        return readFailed(query);
    summary.rows = query.value(0).toLongLong();
    if (!query.exec(QStringLiteral("SELECT partition FROM sync_partitions WHERE stale = 1 ORDER BY partition")))
        return readFailed(query);
    while (query.next())
        summary.stalePartitions.append(query.value(0).toString());
    summary.server = state(QStringLiteral("server"));
    summary.lastSuccess = QDateTime::fromString(state(QStringLiteral("last_success")), Qt::ISODateWithMs);
    summary.lastError = state(QStringLiteral("last_error"));
    summary.lastErrorAt = QDateTime::fromString(state(QStringLiteral("last_error_at")), Qt::ISODateWithMs);
    return summary;
}

Expected<QList<RejectedCommand>> SyncStore::rejected()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT position, id, type, created_at, clerk, result, payload FROM outbox"
                                   " WHERE state = 'rejected' ORDER BY position")))
        return readFailed(query);
    QList<RejectedCommand> list;
    while (query.next()) {
        RejectedCommand command;
        command.deskSeq = query.value(0).toLongLong();
        command.id = query.value(1).toString();
        command.type = query.value(2).toString();
        command.createdAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        command.clerk = query.value(4).toString();
        const QJsonObject result = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        command.code = result.value(QStringLiteral("code")).toString();
        command.message = result.value(QStringLiteral("message")).toString();
        command.details = result.value(QStringLiteral("details")).toObject();
        command.payload = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        list.append(command);
    }
    return list;
}

Expected<SyncCheckpoint> SyncStore::partitionSums(const QString &partition)
{
    return loadSums(partition);
}

Expected<QList<SyncCheckpoint>> SyncStore::allPartitionSums()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT partition, count, checksum FROM sync_partitions ORDER BY partition")))
        return readFailed(query);
    QList<SyncCheckpoint> list;
    while (query.next())
        list.append(SyncCheckpoint{query.value(0).toString(), query.value(1).toLongLong(),
                                   PartitionChecksum::fromSigned(query.value(2).toLongLong())});
    return list;
}
