#include "QueueLoader.h"

#include "store/Database.h"

namespace {

// The IIN digits of a search text typed with spaces or dashes; empty when it holds anything else.
QString iinDigits(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
        else if (c != u' ' && c != u'-')
            return {};
    }
    return digits;
}

} // namespace

QueueLoader::QueueLoader(std::shared_ptr<std::atomic<int>> latestGeneration, QObject *parent)
    : QObject(parent)
    , m_latestGeneration(std::move(latestGeneration))
{
}

// Runs in the worker thread (deleted on QThread::finished), where the connection was opened.
QueueLoader::~QueueLoader() = default;

void QueueLoader::open(const QString &path, const RuleSettings &settings)
{
    m_queue.reset();
    m_database.reset();
    Expected<std::shared_ptr<Database>> opened = Database::open(path);
    if (!opened) {
        m_openError = opened.error().message();
        return;
    }
    m_openError.clear();
    m_database = std::move(opened).value();
    m_queue = std::make_unique<QueueStore>(m_database, settings);
}

void QueueLoader::loadBirthYears()
{
    if (!m_database) {
        emit birthYearsLoaded({}, m_openError);
        return;
    }
    // Keys and search texts first, so that the pages read after the years are in order; not
    // waiting for another program's write (the pages then say their numbers may change).
    if (const Status refreshed = m_queue->refreshUnlessBusy(); !refreshed) {
        emit birthYearsLoaded({}, refreshed.error().message());
        return;
    }
    const Expected<QList<int>> years = m_queue->birthYears();
    if (!years)
        emit birthYearsLoaded({}, years.error().message());
    else
        emit birthYearsLoaded(*years, QString());
}

void QueueLoader::load(int generation, const QueueQuery &query, const std::optional<QueueKey> &after,
                       int limit)
{
    // A newer query is waiting behind this one: its answer would be thrown away.
    if (generation != m_latestGeneration->load())
        return;

    QueueBatch batch;
    if (!m_queue) {
        batch.error = m_openError;
        batch.complete = true;
    } else if (query.isSearch()) {
        batch = search(query);
    } else {
        Expected<QList<QueueRow>> rows = m_queue->page(query.birthYear, query.filter, after, limit);
        if (!rows) {
            batch.error = rows.error().message();
            batch.complete = true;
        } else {
            batch.rows = std::move(rows).value();
            batch.pending = m_queue->lastReadPending();
            batch.complete = batch.rows.size() < limit;
            if (!after) {
                if (batch.complete) {
                    batch.total = batch.rows.size();
                } else if (const Expected<qint64> total = m_queue->count(query.birthYear, query.filter)) {
                    batch.total = *total;
                }
            }
        }
    }
    batch.generation = generation;
    batch.first = !after;
    emit loaded(batch);
}

QueueBatch QueueLoader::search(const QueueQuery &query)
{
    QueueBatch batch;
    batch.complete = true;
    const QString text = query.search.trimmed();
    const QString digits = iinDigits(text);
    Expected<QList<QueueRow>> rows = QList<QueueRow>();
    if (!digits.isEmpty()) {
        // RULES 9: an IIN is 12 digits; a part of one picks out nobody.
        if (digits.size() == 12)
            rows = m_queue->findByIin(digits);
        else
            batch.incompleteIin = true;
    } else {
        rows = m_queue->searchByName(text, nameSearchLimit);
    }
    if (!rows) {
        batch.error = rows.error().message();
        return batch;
    }
    batch.rows = std::move(rows).value();
    batch.pending = m_queue->lastReadPending();
    // The search does not number its rows: RULES 3.3 numbers each within its own year.
    if (const Status numbered = m_queue->numberRows(batch.rows); !numbered) {
        batch.error = numbered.error().message();
        batch.rows.clear();
        return batch;
    }
    batch.total = batch.rows.size();
    return batch;
}
