#pragma once

#include "store/JsonStream.h"
#include "store/import/ApplicationRow.h"
#include "store/import/PrepareRecord.h"

#include <QByteArrayView>
#include <QList>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace Import {

// Worker threads prepare the file's records (Import::prepare) chunk by chunk, at most `window`
// chunks ahead of the calling thread, which takes the chunks in file order: memory does not
// grow with the file. The workers stop and are gone when the pipeline goes, on every way out.
class RecordPipeline
{
public:
    static constexpr qsizetype chunkSize = 256;
    static constexpr qsizetype window = 64;

    // records: the records' places in json. threads: 0 for one fewer than the processors (at
    // least one), so that the calling thread, the writer, keeps one to itself.
    RecordPipeline(QByteArrayView json, const QList<JsonSpan> &records, PrepareContext context, int threads);
    ~RecordPipeline();
    RecordPipeline(const RecordPipeline &) = delete;
    RecordPipeline &operator=(const RecordPipeline &) = delete;

    qsizetype chunks() const { return m_chunks; }
    // The prepared records of chunk (records chunk * chunkSize on), waiting for them; they stay
    // valid until done(chunk).
    const std::vector<Record> &take(qsizetype chunk);
    // The caller is through with chunk: its slot takes a later one.
    void done(qsizetype chunk);

    // Prepares one record again on the calling thread (rare: an earlier record's id for a
    // conflict).
    Record prepareAgain(qsizetype index) const;

private:
    void work();

    QByteArrayView m_json;
    const QList<JsonSpan> &m_records;
    const PrepareContext m_context;
    const qsizetype m_chunks;
    std::vector<std::vector<Record>> m_ring;
    std::vector<qsizetype> m_readyChunk;
    qsizetype m_consumedChunks = 0;
    bool m_stopping = false;
    std::mutex m_mutex;
    std::condition_variable m_chunkReady;
    std::condition_variable m_slotFree;
    std::atomic<qsizetype> m_nextChunk{0};
    std::vector<std::thread> m_pool;
};

} // namespace Import
