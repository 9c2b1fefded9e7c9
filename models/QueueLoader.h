#pragma once

#include "settings/RuleSettings.h"
#include "store/QueueStore.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class Database;

// What a queue view asks for: a birth year's queue narrowed by a filter, or a search.
struct QueueQuery
{
    int birthYear = 0;
    QueueFilter filter;
    // An IIN (12 digits; spaces and dashes ignored) or a part of a name. When not blank the
    // search replaces the year's queue and the filter: it looks through every birth year.
    QString search;

    bool isSearch() const { return !search.trimmed().isEmpty(); }
};

// One answer of the loader: a page of rows for one query.
struct QueueBatch
{
    int generation = 0;
    bool first = false;     // the first page of its query: replaces what the view holds
    bool complete = false;  // no rows follow these
    qint64 total = -1;      // rows the query has in all (first page only); -1 when not known
    bool incompleteIin = false; // the search was digits, but not the 12 of an IIN
    bool pending = false;   // queue numbers still to be recomputed (QueueStore::lastReadPending)
    QList<QueueRow> rows;
    QString error;          // empty when the read succeeded
};

Q_DECLARE_METATYPE(QueueBatch)

// Reads the queue on a worker thread, with a Database connection of its own (a Database must be
// used only by the thread that opened it). Lives in the worker; the model calls it through
// queued invocations and gets the answers through queued signals. Requests older than the
// latest generation are skipped unread: after a filter change only the newest query costs time.
class QueueLoader : public QObject
{
    Q_OBJECT
public:
    explicit QueueLoader(std::shared_ptr<std::atomic<int>> latestGeneration, QObject *parent = nullptr);
    ~QueueLoader() override;

    // A name search shows at most this many rows: a fragment that matches more is too short to
    // pick anybody out, and every row costs one count for its queue number.
    static constexpr int nameSearchLimit = 200;

    // Run in the worker thread.
    void open(const QString &path, const RuleSettings &settings);
    void loadBirthYears();
    void load(int generation, const QueueQuery &query, const std::optional<QueueKey> &after, int limit);

signals:
    void loaded(const QueueBatch &batch);
    void birthYearsLoaded(const QList<int> &years, const QString &error);

private:
    QueueBatch search(const QueueQuery &query);

    std::shared_ptr<std::atomic<int>> m_latestGeneration;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<QueueStore> m_queue;
    QString m_openError;
};
