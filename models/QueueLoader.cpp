#include "QueueLoader.h"

#include "store/ApplicationJson.h"
#include "store/Database.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace {

Issue readFailed(const QSqlQuery &query)
{
    return Issue::error(Field::Store, Rule::StoreCannotOpen, query.lastError().text());
}

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

Expected<QList<int>> QueueLoader::birthYears(Database &database)
{
    // SELECT DISTINCT would walk the whole index; this jumps from year to year instead.
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "WITH RECURSIVE years(year) AS ("
            " SELECT min(birth_year) FROM applications"
            " UNION ALL"
            " SELECT (SELECT min(birth_year) FROM applications WHERE birth_year > years.year)"
            " FROM years WHERE years.year IS NOT NULL)"
            " SELECT year FROM years WHERE year IS NOT NULL")))
        return readFailed(query);
    QList<int> years;
    while (query.next())
        years.append(query.value(0).toInt());
    return years;
}

Expected<qint64> QueueLoader::count(Database &database, int birthYear, const QueueFilter &filter)
{
    QString sql = QStringLiteral("SELECT count(*) FROM applications WHERE birth_year = :y");
    if (filter.category)
        sql += QStringLiteral(" AND category = :category");
    if (filter.status)
        sql += QStringLiteral(" AND status = :status");
    if (!filter.kindergarten.isEmpty())
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM json_each(applications.preferred_kindergartens)"
                              " WHERE json_each.value = :kindergarten)");
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":y"), birthYear);
    if (filter.category)
        query.bindValue(QStringLiteral(":category"), Categories::code(*filter.category));
    if (filter.status)
        query.bindValue(QStringLiteral(":status"), ApplicationJson::statusCode(*filter.status));
    if (!filter.kindergarten.isEmpty())
        query.bindValue(QStringLiteral(":kindergarten"), filter.kindergarten);
    if (!query.exec() || !query.next())
        return readFailed(query);
    return query.value(0).toLongLong();
}

void QueueLoader::loadBirthYears()
{
    if (!m_database) {
        emit birthYearsLoaded({}, m_openError);
        return;
    }
    // Keys and search texts first, so that the pages read after the years are in order.
    if (const Status refreshed = m_queue->refresh(); !refreshed) {
        emit birthYearsLoaded({}, refreshed.error().message());
        return;
    }
    const Expected<QList<int>> years = birthYears(*m_database);
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
            batch.complete = batch.rows.size() < limit;
            if (!after) {
                if (batch.complete) {
                    batch.total = batch.rows.size();
                } else if (const Expected<qint64> total = count(*m_database, query.birthYear, query.filter)) {
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
    // The search does not number its rows: RULES 3.3 numbers each within its own year.
    if (const Status numbered = numberRows(*m_database, batch.rows); !numbered) {
        batch.error = numbered.error().message();
        batch.rows.clear();
        return batch;
    }
    batch.total = batch.rows.size();
    return batch;
}

Status QueueLoader::numberRows(Database &database, QList<QueueRow> &rows)
{
    // Per year, the queued applications between one row and the next in queue order are counted,
    // so a year's index is walked once for all its rows instead of once per row (a name search
    // in a store of a million has rows in every year).
    QMap<int, QList<qsizetype>> byYear;
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (rows.at(i).status == ApplicationStatus::Queued)
            byYear[rows.at(i).key.birthYear].append(i);

    const QString key = QStringLiteral("(queue_band, queue_slot, filed_at, queue_sequence, id)");
    QSqlQuery between(database.connection());
    between.setForwardOnly(true);
    between.prepare(QStringLiteral("SELECT count(*) FROM applications WHERE birth_year = :y AND status = 'queued'"
                                   " AND ") + key + QStringLiteral(" >= (:fb, :fs, :ff, :fq, :fi) AND ") + key
                    + QStringLiteral(" < (:lb, :ls, :lf, :lq, :li)"));
    const auto bind = [&between](const QString &prefix, const QueueKey &k) {
        between.bindValue(prefix + u'b', k.band);
        between.bindValue(prefix + u's', k.slot);
        between.bindValue(prefix + u'f', k.filedAtMsecs);
        between.bindValue(prefix + u'q', k.sequence);
        between.bindValue(prefix + u'i', k.applicationId.isNull() ? QStringLiteral("") : k.applicationId);
    };
    QueueKey start;
    start.band = std::numeric_limits<int>::min();
    for (auto year = byYear.begin(); year != byYear.end(); ++year) {
        QList<qsizetype> &indexes = year.value();
        std::sort(indexes.begin(), indexes.end(),
                  [&rows](qsizetype a, qsizetype b) { return rows.at(a).key < rows.at(b).key; });
        qint64 before = 0;
        QueueKey from = start;
        for (qsizetype index : std::as_const(indexes)) {
            QueueRow &row = rows[index];
            between.bindValue(QStringLiteral(":y"), year.key());
            bind(QStringLiteral(":f"), from);
            bind(QStringLiteral(":l"), row.key);
            if (!between.exec() || !between.next())
                return readFailed(between);
            before += between.value(0).toLongLong();
            between.finish();
            row.queueNumber = int(before) + 1;
            from = row.key;
        }
    }
    return {};
}
