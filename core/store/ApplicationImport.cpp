#include "store/ApplicationImport.h"

#include "store/JsonStream.h"
#include "store/QueueStore.h"
#include "store/Sha256.h"
#include "store/SqliteApi.h"
#include "store/import/ApplicationColumns.h"
#include "store/import/BatchWriter.h"
#include "store/import/BulkLoad.h"
#include "store/import/FileBytes.h"
#include "store/import/KnownApplications.h"
#include "store/import/QueueSides.h"
#include "store/import/RecordPipeline.h"
#include "store/import/SqliteCalls.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

// The import is split by what it does, under store/import/ (docs/architecture.md, Import):
// ApplicationColumns (the row layout: reading a record, its row and its canonical JSON),
// PrepareRecord (a worker's job), RecordPipeline (the workers), KnownApplications (what records
// are checked against), QueueSides (queue keys), BatchWriter (transactions), BulkLoad (the
// connection's switches). This file runs them in order.

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

Expected<ApplicationFile> ApplicationImport::splitRecords(ApplicationFile file)
{
    if (const std::optional<JsonError> error = JsonReader::splitArray(file.bytes, file.records))
        return Issue::error(Field::ImportFile, Rule::ImportNotJsonArray,
                            tr("byte %1: %2").arg(error->offset).arg(error->reason));
    return file;
}

Expected<ApplicationFile> ApplicationImport::checkJson(QByteArray json)
{
    ApplicationFile file;
    file.bytes = std::move(json);
    return splitRecords(std::move(file));
}

Expected<ApplicationFile> ApplicationImport::readFile(const QString &path)
{
    // Issue 14 item 6: read, never mapped. A mapped file that shrinks while it is read kills the
    // process with SIGBUS; read, the import works on the bytes as they were, and a file that
    // changes while it is being read is refused before anything is written.
    ApplicationFile file;
    if (const std::optional<Import::ReadFailure> failure = Import::readWhole(path, file)) {
        if (failure->problem == Import::ReadProblem::CannotOpen)
            return Issue::error(Field::ImportFile, Rule::StoreCannotOpen, path + QStringLiteral(": ") + failure->detail);
        return Issue::error(Field::ImportFile, Rule::StoreCannotOpen,
                            tr("%1: the file changed while it was read (%2 bytes when opened, %3 read); nothing was imported")
                                .arg(path)
                                .arg(failure->size)
                                .arg(failure->read));
    }
    return splitRecords(std::move(file));
}

Expected<ImportResult> ApplicationImport::importJson(QByteArrayView json, const QString &clerk, const QDateTime &now)
{
    QElapsedTimer timer;
    timer.start();
    const Expected<ApplicationFile> file = checkJson(json.toByteArray());
    if (!file)
        return file.error();
    const qint64 splitMs = timer.elapsed();
    Expected<ImportResult> result = importFile(*file, clerk, now);
    if (!result)
        return result;
    ImportResult imported = std::move(result).value();
    imported.timings.splitMs += splitMs;
    return imported;
}

Expected<ImportResult> ApplicationImport::importFile(const QString &path, const QString &clerk, const QDateTime &now)
{
    QElapsedTimer timer;
    timer.start();
    const Expected<ApplicationFile> file = readFile(path);
    if (!file)
        return file.error();
    const qint64 readMs = timer.elapsed();
    Expected<ImportResult> result = importFile(*file, clerk, now);
    if (!result)
        return result;
    ImportResult imported = std::move(result).value();
    imported.timings.splitMs += readMs;
    return imported;
}

Expected<ImportResult> ApplicationImport::importFile(const ApplicationFile &file, const QString &clerk,
                                                     const QDateTime &now)
{
    using namespace Import;
    QElapsedTimer phase;
    phase.start();
    ImportResult result;

    // 1. The file is one array (checkJson) before anything is written.
    const QByteArrayView json(file.bytes);
    const QList<JsonSpan> &elements = file.records;
    const qsizetype recordCount = elements.size();

    QSqlDatabase qtDb = m_database->connection();
    sqlite3 *db = sqliteHandle(qtDb);
    if (!db)
        return writeFailed(tr("the SQLite driver of Qt does not give its connection handle"));
    if (const Status indexed = Database::createMissingIndexes(qtDb); !indexed)
        return indexed.error();
    {
        // An empty store gets the ratio its keys will be computed with now, not with the first
        // batch: a reader (queue list, the desk) meanwhile then finds the queue current and
        // writes nothing, instead of waiting for the import's write lock (issue 14 item 5). A
        // store with rows keeps what it has (QueueStore recomputes them on another ratio).
        QSqlQuery ratio(qtDb);
        ratio.prepare(QStringLiteral("INSERT INTO meta (key, value) SELECT 'queue_ratio', ?"
                                     " WHERE NOT EXISTS (SELECT 1 FROM applications) ON CONFLICT (key) DO NOTHING"));
        ratio.bindValue(0, QString(QString::number(m_settings.primaryRatioPrimary) + u':'
                                   + QString::number(m_settings.primaryRatioGeneral)));
        if (!ratio.exec())
            return writeFailed(ratio.lastError().text());
    }

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
