#include "store/import/RecordPipeline.h"

#include <QtGlobal>

namespace Import {

RecordPipeline::RecordPipeline(QByteArrayView json, const QList<JsonSpan> &records, PrepareContext context,
                               int threads)
    : m_json(json)
    , m_records(records)
    , m_context(std::move(context))
    , m_chunks((records.size() + chunkSize - 1) / chunkSize)
    , m_ring(size_t(qMin(window, qMax<qsizetype>(m_chunks, 1))))
    , m_readyChunk(m_ring.size(), -1)
{
    // One processor stays the writer's: it is the import's critical path (SQLite writes on one
    // thread), and a worker competing with it for a processor slows the whole import.
    if (threads <= 0)
        threads = int(qMax(2u, std::thread::hardware_concurrency()) - 1);
    for (int t = 0; t < threads && t < m_chunks; ++t)
        m_pool.emplace_back([this] { work(); });
}

RecordPipeline::~RecordPipeline()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_nextChunk.store(m_chunks);
    m_slotFree.notify_all();
    for (std::thread &thread : m_pool)
        thread.join();
}

void RecordPipeline::work()
{
    for (;;) {
        const qsizetype chunk = m_nextChunk.fetch_add(1);
        if (chunk >= m_chunks)
            return;
        const size_t slot = size_t(chunk % qsizetype(m_ring.size()));
        {
            std::unique_lock lock(m_mutex);
            m_slotFree.wait(lock, [&] { return m_stopping || chunk < m_consumedChunks + qsizetype(m_ring.size()); });
            if (m_stopping)
                return;
        }
        std::vector<Record> &records = m_ring[slot];
        const qsizetype from = chunk * chunkSize;
        const qsizetype to = qMin(from + chunkSize, m_records.size());
        records.resize(size_t(to - from));
        for (qsizetype i = from; i < to; ++i) {
            const JsonSpan &span = m_records.at(i);
            prepare(records[size_t(i - from)], m_json.sliced(span.offset, span.length), span.offset, m_context);
        }
        {
            const std::lock_guard lock(m_mutex);
            m_readyChunk[slot] = chunk;
        }
        m_chunkReady.notify_all();
    }
}

const std::vector<Record> &RecordPipeline::take(qsizetype chunk)
{
    const size_t slot = size_t(chunk % qsizetype(m_ring.size()));
    std::unique_lock lock(m_mutex);
    m_chunkReady.wait(lock, [&] { return m_readyChunk[slot] == chunk; });
    return m_ring[slot];
}

void RecordPipeline::done(qsizetype chunk)
{
    {
        const std::lock_guard lock(m_mutex);
        m_consumedChunks = chunk + 1;
    }
    m_slotFree.notify_all();
}

Record RecordPipeline::prepareAgain(qsizetype index) const
{
    Record again;
    const JsonSpan &span = m_records.at(index);
    prepare(again, m_json.sliced(span.offset, span.length), span.offset, m_context);
    return again;
}

} // namespace Import
