#pragma once

#include "QueueLoader.h"

#include <QAbstractTableModel>

#include <atomic>
#include <memory>

class QThread;

// The queue of a birth year (RULES 3.3) or the result of a search, for a table view.
//
// Rows come a page at a time from QueueStore on a worker thread that opens its own connection to
// the store's file (the pattern of DB Browser for SQLite's RowLoader): data() only reads what has
// arrived and never blocks; canFetchMore()/fetchMore() ask for the next keyset page when the view
// scrolls near the end. Every setQuery() starts a new generation, and answers of older
// generations are dropped, so a late page of a former filter never mixes in.
class QueueTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    // BirthYearColumn: a search spans every birth year; a year's queue hides it (QueuePage).
    enum Column { NumberColumn, ChildColumn, IinColumn, BirthYearColumn, CategoryColumn, StatusColumn, FiledColumn, ColumnCount };
    enum Roles {
        ApplicationIdRole = Qt::UserRole, // the application's id (any column)
        QueueNumberRole,                  // int, 0 when not queued
        StatusRole,                       // int(ApplicationStatus)
        CategoryRole,                     // the category code 1..10
        ProvisionalRole,                  // bool: not yet confirmed by the queue server
        AnonymousRole,                    // bool: another kindergarten's applicant
    };

    static constexpr int pageSize = 200;

    explicit QueueTableModel(QObject *parent = nullptr);
    ~QueueTableModel() override;

    // Starts reading the store in the file at path (not ":memory:": the worker needs a
    // connection of its own). Loads the birth years; no query runs before setQuery().
    void setStore(const QString &path, const RuleSettings &settings);
    bool hasStore() const { return m_thread != nullptr; }

    // Replaces the rows with the first page of query (asynchronously).
    void setQuery(const QueueQuery &query);
    const QueueQuery &query() const { return m_query; }
    // setQuery() has been called: until then the model has no rows to show and is not empty.
    bool hasQuery() const { return m_queried; }
    // Reads the current query and the birth years again (after a change in the store).
    void reload();
    void reloadBirthYears();

    // A read for the current query is under way.
    bool isLoading() const { return m_loading; }
    // Rows of the current query in all; -1 while not known.
    qint64 totalCount() const { return m_total; }
    // The search was digits, but not the 12 of an IIN.
    bool incompleteIin() const { return m_incompleteIin; }
    // The numbers shown are still to be recomputed: another program is writing to the store.
    bool positionsPending() const { return m_positionsPending; }
    QString lastError() const { return m_error; }

    const QueueRow &rowAt(int row) const { return m_rows.at(row); }

    // Call after the UI language changed.
    void retranslate();

    static QString statusLabel(ApplicationStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    // The first page of the current query has arrived (rows replaced), or its read failed.
    void queryLoaded();
    void birthYearsLoaded(const QList<int> &years);
    void errorOccurred(const QString &message);

private:
    void request(const std::optional<QueueKey> &after);
    void receive(const QueueBatch &batch);
    void setLoading(bool loading);

    QThread *m_thread = nullptr;
    QueueLoader *m_loader = nullptr; // lives in m_thread
    std::shared_ptr<std::atomic<int>> m_latestGeneration;

    QueueQuery m_query;
    int m_generation = 0;
    bool m_queried = false;
    bool m_loading = false;
    bool m_complete = true;
    bool m_incompleteIin = false;
    bool m_positionsPending = false;
    qint64 m_total = -1;
    QString m_error;
    QList<QueueRow> m_rows;
};
