#pragma once

#include "domain/Application.h"
#include "domain/Expected.h"
#include "domain/QueueOrder.h"
#include "settings/RuleSettings.h"
#include "store/Database.h"
#include "store/NameSearchIndex.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

// What a queue view may narrow a birth year's queue to. Filters never change queue numbers: a
// number is always the rank among every queued application of the year (RULES 3.3).
struct QueueFilter
{
    std::optional<Category> category;
    std::optional<ApplicationStatus> status;
    QString kindergarten; // an id among the preferred kindergartens; empty: any

    bool isEmpty() const { return !category && !status && kindergarten.isEmpty(); }
};

// One application as a queue list shows it.
struct QueueRow
{
    QueueKey key;         // also the keyset cursor for the next page
    int queueNumber = 0;  // 1-based among the year's queued (RULES 3.3); 0 when not queued or not computed
    QString childIin;
    QString number;       // the application number (issue 13 item 1); empty when it has none
    PersonName child;
    Category category = Category::None;
    ApplicationStatus status = ApplicationStatus::Queued;
    QDateTime filedAt;    // local time
    // Another kindergarten's applicant (schema 6, from the queue server): known only by its place
    // in the queue; no name, and its category must not be read as the child's.
    bool anonymous = false;
};

// The queue of RULES 3.3 read straight from SQL, a page at a time, for queues of a million.
//
// The store keeps for every application its QueueKey parts (queue_band, queue_slot: the formula
// of QueueOrder::slot()) and a lower-cased name text for search (schema version 2). Writers do
// not compute them: triggers note in `queue_stale` which side (birth year, right) a write touched
// and from which filing key, and refresh() recomputes the slots of that side from that point on
// with one window-function UPDATE (a side's slots after the point shift by one when an entry is
// inserted before them). Every read calls refresh() first, so any writer's rows are ordered.
// The slots depend on the ratio of RULES 3.3; a store whose slots were computed with another
// ratio is recomputed in full (the ratio used is kept in `meta`, key queue_ratio).
class QueueStore
{
public:
    QueueStore(std::shared_ptr<Database> database, RuleSettings settings);

    // Brings queue keys and search texts up to date; a no-op when nothing changed. When there is
    // something to do it writes in its own transaction, so do not call it (or the reads below)
    // inside a transaction open on the same connection. Error: Rule::StoreWriteFailed.
    Status refresh();

    // Whether the last read below served queue numbers and order that are still to be
    // recomputed: the reads refresh only when no other process is writing, and otherwise read
    // what is committed at once instead of waiting for the write lock (issue 14 item 5: an
    // import of a file not in filing order holds it batch after batch; it recomputes the sides
    // it disturbed when it ends). A caller says so to the user; the next read after the writer
    // finishes is exact.
    bool lastReadPending() const { return m_lastReadPending; }
    // refresh() as the reads do it: at once, or not at all while another process is writing
    // (then lastReadPending()).
    Status refreshUnlessBusy();

    // The applications of birthYear matching filter in queue order, the first `limit` after
    // `after` (from the start when not given), with their queue numbers.
    Expected<QList<QueueRow>> page(int birthYear, const QueueFilter &filter,
                                   const std::optional<QueueKey> &after, int limit);

    // Applications whose child's or applicant's IIN is iin (spaces and dashes ignored), in queue
    // order. queueNumber is not computed here (0): see queueNumber().
    Expected<QList<QueueRow>> findByIin(const QString &iin);

    // Applications whose child's or applicant's name contains fragment, case-insensitively in
    // any alphabet (Kazakh and Russian included), at most limit, ordered by the
    // lower-cased names' code points (child's name first; not the alphabetical order of a language).
    // queueNumber is not computed (0).
    Expected<QList<QueueRow>> searchByName(const QString &fragment, int limit);

    // The queue number of the application with this key: 0 when it is not queued.
    Expected<int> queueNumber(const QueueKey &key, ApplicationStatus status);

    // The birth years that have applications, oldest first. One index seek per year, not a scan.
    Expected<QList<int>> birthYears();
    // How many applications of the year match the filter.
    Expected<qint64> count(int birthYear, const QueueFilter &filter);
    // Sets the queue numbers (RULES 3.3) of rows taken from any years (a search's rows): per
    // year, one walk of the year's index for all its rows.
    Status numberRows(QList<QueueRow> &rows);

    // The text searchByName looks in: both full names, lower-cased, separated by '\n'.
    static QString searchText(const PersonName &child, const PersonName &applicant);

    // How many applications refresh() packs into one name search block, and how many must be
    // pending before it does (NameSearchIndex; tests make it small).
    void setSearchBlockEntries(int entries) { m_searchBlockEntries = qMax(1, entries); }

private:
    enum class Wait { ForWriter, No };
    Status refresh(Wait wait);

    std::shared_ptr<Database> m_database;
    RuleSettings m_settings;
    int m_searchBlockEntries = NameSearchIndex::defaultBlockEntries;
    bool m_lastReadPending = false;
};
