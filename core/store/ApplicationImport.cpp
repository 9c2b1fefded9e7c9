#include "store/ApplicationImport.h"

#include "store/JsonStream.h"
#include "store/QueueStore.h"
#include "store/Sha256.h"
#include "store/SqliteApi.h"
#include "store/import/ApplicationColumns.h"
#include "store/import/BatchWriter.h"
#include "store/import/BulkLoad.h"
#include "store/import/KnownApplications.h"
#include "store/import/QueueSides.h"
#include "store/import/RecordPipeline.h"
#include "store/import/SqliteCalls.h"

#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

// The import is split by what it does, under store/import/ (docs/architecture.md, Import):
// ApplicationColumns (the row layout: reading a record, its row and its canonical JSON),
// PrepareRecord (a worker's job), RecordPipeline (the workers), KnownApplications (what records
// are checked against), QueueSides (queue keys), BatchWriter (transactions), BulkLoad (the
// connection's switches). This file runs them in order.

namespace {

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
    return Import::readApplication(text, offset, filedAtMsecs);
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
    using namespace Import;
    QElapsedTimer phase;
    phase.start();
    ImportResult result;

    // 1. The file must be one array before anything is written.
    QList<JsonSpan> elements;
    if (const std::optional<JsonError> error = JsonReader::splitArray(json, elements, release))
        return Issue::error(Field::ImportFile, Rule::ImportNotJsonArray,
                            tr("byte %1: %2").arg(error->offset).arg(error->reason));
    if (release)
        release(json.size()); // read again chunk by chunk below
    const qsizetype recordCount = elements.size();
    result.timings.splitMs = phase.restart();

    QSqlDatabase qtDb = m_database->connection();
    sqlite3 *db = sqliteHandle(qtDb);
    if (!db)
        return writeFailed(tr("the SQLite driver of Qt does not give its connection handle"));
    if (const Status indexed = Database::createMissingIndexes(qtDb); !indexed)
        return indexed.error();

    // 2. Ids and active children the store holds.
    KnownApplications known;
    if (const Status loaded = known.load(db, recordCount); !loaded)
        return loaded.error();

    // 3. Workers read, validate and prepare the records ahead of this thread, which writes them
    //    in file order (4). Each of these objects undoes what it did when it goes, in reverse
    //    order: the writer rolls back an open batch, the bulk load re-creates the indexes and
    //    goes back to WAL, the connection's settings are restored, the workers are joined.
    RecordPipeline pipeline(json, elements, PrepareContext{ValidationContext{now, m_settings}, now.toMSecsSinceEpoch()},
                            m_threads);
    ImportConnectionSettings connectionSettings(db);
    BulkLoad bulk(db, qtDb);
    QueueSides sides(qtDb, m_settings);
    BatchWriter writer(db, qtDb, m_settings, sides, BatchWriter::Batch{clerk, now, m_batchSize});
    if (const Status opened = writer.open(); !opened)
        return opened.error();

    SqliteStatement sameId(db, "SELECT child_iin FROM applications WHERE id = ?1");
    if (!sameId)
        return sqliteFailed(db);

    // 4. The records in file order: refused, already present or written.
    bool modeChosen = false;
    for (qsizetype chunk = 0; chunk < pipeline.chunks(); ++chunk) {
        const std::vector<Record> &records = pipeline.take(chunk);
        const qsizetype from = chunk * RecordPipeline::chunkSize;
        for (qsizetype i = from; i < from + qsizetype(records.size()); ++i) {
            const Record &record = records[size_t(i - from)];
            if (record.error) {
                result.invalid.append({i, *record.error});
                continue;
            }
            const QByteArrayView id = record.text(ColId);
            if (!known.ids.insert(id)) {
                // Issue 14 item 3: "already present" only when it is the same child; the store
                // answers for the file's earlier records too (written in this batch or before).
                sqlite3_reset(sameId.get());
                sqlite3_bind_text(sameId.get(), 1, id.data(), int(id.size()), SQLITE_STATIC);
                if (sqlite3_step(sameId.get()) == SQLITE_ROW) {
                    const auto *stored = reinterpret_cast<const char *>(sqlite3_column_text(sameId.get(), 0));
                    const QByteArrayView storedIin(stored, sqlite3_column_bytes(sameId.get(), 0));
                    if (!storedIin.isEmpty() && storedIin != record.text(ColChildIin)) {
                        sqlite3_reset(sameId.get());
                        result.invalid.append({i, Issue::error(Field::None, Rule::ApplicationIdTaken, QString::fromUtf8(id))});
                        continue;
                    }
                }
                sqlite3_reset(sameId.get());
                ++result.alreadyPresent;
                continue;
            }
            if (record.active) {
                // RULES 3.2 [Q]: one active application per child.
                if (const std::optional<qint64> owner = known.activeChildren.tryInsert(record.text(ColChildIin), i)) {
                    const QString existing = *owner < 0 ? known.storeOwner(*owner)
                                                        : QString::fromUtf8(pipeline.prepareAgain(*owner).text(ColId));
                    result.invalid.append({i, Issue::error(Field::ChildIin, Rule::ActiveApplicationExists, existing)});
                    known.ids.remove(id); // not imported: a later record with this id is not "present"
                    continue;
                }
            }
            if (!modeChosen) {
                // Bulk mode when what is left of the file at its first new record is large and at
                // least as large as the store (a file imported again drops nothing).
                modeChosen = true;
                const qsizetype left = recordCount - i;
                if (left >= m_bulkThreshold && left >= known.storeRows) {
                    if (const Status read = sides.loadAll(db); !read)
                        return read.error();
                    if (const Status entered = bulk.enter(); !entered)
                        return entered.error();
                }
            }
            if (!writer.inBatch()) {
                // Issue 14 item 1: the batch's write lock first, then what other processes wrote
                // since the store was read; this record (checked before the lock) again.
                if (const Status begun = writer.beginBatch(); !begun)
                    return begun.error();
                const Expected<std::optional<KnownApplications::Taken>> taken =
                    known.catchUp(db, id, record.text(ColChildIin), i);
                if (!taken)
                    return taken.error();
                if (*taken) {
                    if ((*taken)->sameId) {
                        ++result.alreadyPresent;
                    } else {
                        result.invalid.append({i, Issue::error(Field::ChildIin, Rule::ActiveApplicationExists, (*taken)->by)});
                        known.ids.remove(id);
                    }
                    continue;
                }
            }
            if (const Status written = writer.add(record, id); !written)
                return written.error();
        }
        writer.releaseRecords();
        pipeline.done(chunk);
        if (release && !records.empty()) {
            const JsonSpan &last = elements.at(from + qsizetype(records.size()) - 1);
            release(last.offset + last.length);
        }
    }
    if (const Status committed = writer.finish(); !committed)
        return committed.error();
    result.imported = writer.imported();
    result.batches = writer.batches();
    result.timings.rowsMs = phase.restart();

    if (const Status rebuilt = bulk.finish(); !rebuilt)
        return rebuilt.error();
    result.timings.indexesMs = phase.restart();

    // 5. Sides the batches could not extend at their end.
    QueueStore queue(m_database, m_settings);
    if (const Status refreshed = queue.refresh(); !refreshed)
        return refreshed.error();
    result.timings.queueMs = phase.restart();
    return result;
}
