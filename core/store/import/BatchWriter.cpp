#include "store/import/BatchWriter.h"

#include "store/ApplicationImport.h"
#include "store/Journal.h"
#include "store/Outbox.h"
#include "store/Sha256.h"
#include "store/import/ApplicationColumns.h"
#include "store/import/SqliteCalls.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Import {

namespace {

// The trigger that notes disturbed sides in queue_stale.
const char *const queueTrigger = "applications_queue_insert";
// Issue 14 item 4: the import's INSERT brings each row's seal (ApplicationColumns' insertSql), so
// the trigger that would check it is left out of the batch like the queue trigger, and back
// before the commit (store/RowSeal.h).
const char *const sealTrigger = "applications_seal_insert";

const char *const markStaleSql =
    "INSERT INTO queue_stale (birth_year, right_rank, filed_at, queue_sequence, id)"
    " VALUES (?, ?, ?, ?, ?) ON CONFLICT (birth_year, right_rank) DO UPDATE SET"
    " filed_at = excluded.filed_at, queue_sequence = excluded.queue_sequence, id = excluded.id"
    " WHERE (excluded.filed_at, excluded.queue_sequence, excluded.id)"
    " < (queue_stale.filed_at, queue_stale.queue_sequence, queue_stale.id)";

} // namespace

BatchWriter::BatchWriter(sqlite3 *db, QSqlDatabase qtDb, RuleSettings settings, QueueSides &sides, Batch batch)
    : m_db(db)
    , m_qtDb(std::move(qtDb))
    , m_settings(std::move(settings))
    , m_sides(sides)
    , m_batch(std::move(batch))
{
}

BatchWriter::~BatchWriter()
{
    if (m_inBatch)
        execute(m_db, QStringLiteral("ROLLBACK"));
}

Status BatchWriter::open()
{
    {
        SqliteStatement query(m_db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?");
        if (!query)
            return sqliteFailed(m_db);
        sqlite3_bind_text(query.get(), 1, queueTrigger, -1, SQLITE_STATIC);
        if (sqlite3_step(query.get()) == SQLITE_ROW)
            m_triggerSql = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(query.get(), 0)),
                                      sqlite3_column_bytes(query.get(), 0));
    }
    {
        SqliteStatement query(m_db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?");
        if (!query)
            return sqliteFailed(m_db);
        sqlite3_bind_text(query.get(), 1, sealTrigger, -1, SQLITE_STATIC);
        if (sqlite3_step(query.get()) == SQLITE_ROW)
            m_sealTriggerSql = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(query.get(), 0)),
                                          sqlite3_column_bytes(query.get(), 0));
    }
    m_insert.emplace(m_db, insertSql().constData());
    m_markStale.emplace(m_db, markStaleSql);
    if (!*m_insert || !*m_markStale)
        return sqliteFailed(m_db);
    m_searchBlocks.emplace(m_db);
    return {};
}

Issue BatchWriter::rollback(const Issue &issue)
{
    if (m_inBatch) {
        execute(m_db, QStringLiteral("ROLLBACK"));
        m_inBatch = false;
    }
    return issue;
}

Status BatchWriter::begin()
{
    if (!execute(m_db, QStringLiteral("BEGIN IMMEDIATE")))
        return sqliteFailed(m_db);
    m_inBatch = true;
    // The next free block is read in each batch's transaction (another connection may have
    // packed blocks between two batches).
    if (const Status started = m_searchBlocks->start(); !started)
        return rollback(started.error());
    // The writer notes disturbed sides itself (QueueSides::staleFrom()), once per side instead
    // of once per row; the trigger is back before the commit.
    if (!m_triggerSql.isEmpty() && !execute(m_db, QStringLiteral("DROP TRIGGER ") + QLatin1String(queueTrigger)))
        return rollback(sqliteFailed(m_db));
    if (!m_sealTriggerSql.isEmpty() && !execute(m_db, QStringLiteral("DROP TRIGGER ") + QLatin1String(sealTrigger)))
        return rollback(sqliteFailed(m_db));
    return {};
}

Status BatchWriter::add(const Record &record, QByteArrayView id)
{
    if (!m_inBatch) {
        if (const Status begun = begin(); !begun)
            return begun;
    }
    sqlite3_stmt *const row = m_insert->get();
    const Expected<std::optional<QueueSides::Key>> key = m_sides.place(record, id);
    if (!key)
        return rollback(key.error());
    if (*key) {
        sqlite3_bind_int(row, ColQueueBand + 1, (*key)->band);
        sqlite3_bind_int64(row, ColQueueSlot + 1, (*key)->slot);
    } else {
        sqlite3_bind_null(row, ColQueueBand + 1);
        sqlite3_bind_null(row, ColQueueSlot + 1);
    }
    const Expected<qint64> searchBlock = m_searchBlocks->add(id, record.text(ColSearchText));
    if (!searchBlock)
        return rollback(searchBlock.error());
    sqlite3_bind_int64(row, ColSearchBlock + 1, *searchBlock);

    for (int column = 0; column < preparedColumnCount; ++column) {
        const Cell &cell = record.cells[size_t(column)];
        switch (cell.type) {
        case Cell::Null: sqlite3_bind_null(row, column + 1); break;
        case Cell::Integer: sqlite3_bind_int64(row, column + 1, cell.number); break;
        case Cell::Text:
            sqlite3_bind_text(row, column + 1, record.bytes.constData() + cell.offset, cell.length, SQLITE_STATIC);
            break;
        }
    }
    const int stepped = sqlite3_step(row);
    sqlite3_reset(row);
    if (stepped != SQLITE_DONE)
        return rollback(sqliteFailed(m_db));
    m_ids.append(QString::fromUtf8(id));
    m_digests.append(record.digestHex.data(), qsizetype(record.digestHex.size()));
    if (++m_batchRows >= m_batch.size)
        return commit();
    return {};
}

void BatchWriter::releaseRecords()
{
    if (m_insert && *m_insert)
        sqlite3_clear_bindings(m_insert->get());
}

Status BatchWriter::finish()
{
    return m_inBatch ? commit() : Status();
}

Status BatchWriter::markStale()
{
    sqlite3_stmt *mark = m_markStale->get();
    const auto &staleFrom = m_sides.staleFrom();
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
            return sqliteFailed(m_db);
    }
    return {};
}

Status BatchWriter::commit()
{
    if (const Status flushed = m_searchBlocks->flush(); !flushed)
        return rollback(flushed.error());
    if (const Status marked = markStale(); !marked)
        return rollback(marked.error());
    if (!m_triggerSql.isEmpty() && sqlite3_exec(m_db, m_triggerSql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return rollback(sqliteFailed(m_db));
    if (!m_sealTriggerSql.isEmpty()
        && sqlite3_exec(m_db, m_sealTriggerSql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return rollback(sqliteFailed(m_db));
    {
        // The ratio the slots were computed with (QueueStore recomputes on another one).
        QSqlQuery ratio(m_qtDb);
        ratio.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('queue_ratio', ?)"
                                     " ON CONFLICT (key) DO NOTHING"));
        ratio.bindValue(0, QString(QString::number(m_settings.primaryRatioPrimary) + u':'
                                   + QString::number(m_settings.primaryRatioGeneral)));
        if (!ratio.exec())
            return rollback(writeFailed(ratio.lastError().text()));
    }
    const QString hash = QString::fromLatin1(Sha256::hashHex(m_digests));
    const QJsonObject payload{
        {QStringLiteral("count"), qint64(m_batchRows)},
        {QStringLiteral("ids"), m_ids},
        {QStringLiteral("sha256"), hash},
    };
    const Expected<QString> commandId =
        Outbox::enqueue(m_qtDb, ApplicationImport::commandType(), payload, m_batch.clerk, m_batch.now);
    if (!commandId)
        return rollback(commandId.error());
    QJsonObject journalPayload = payload;
    journalPayload.insert(QStringLiteral("command_id"), *commandId);
    const Expected<JournalEntry> entry =
        Journal::append(m_qtDb, ApplicationImport::importedEvent(), ApplicationImport::journalEntity(), *commandId,
                        journalPayload, m_batch.clerk, m_batch.now);
    if (!entry)
        return rollback(entry.error());
    if (!execute(m_db, QStringLiteral("COMMIT")))
        return rollback(sqliteFailed(m_db));
    m_inBatch = false;
    m_imported += m_batchRows;
    ++m_batches;
    m_ids = QJsonArray();
    m_digests.clear();
    m_batchRows = 0;
    m_sides.clearStale();
    return {};
}

} // namespace Import
