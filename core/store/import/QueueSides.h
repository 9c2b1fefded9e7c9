#pragma once

#include "domain/Expected.h"
#include "settings/RuleSettings.h"
#include "store/import/ApplicationRow.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>

#include <optional>
#include <tuple>
#include <utility>

struct sqlite3;

namespace Import {

// The queue keys of the imported rows (RULES 3.3, QueueOrder). A row's slot is known when it
// goes after every row of a side (birth year, right) whose slots are up to date: its rank is then
// the side's size (QueueOrder::slot()). A file in filing order (an export) always is; other rows
// get no key and their side is noted stale, for QueueStore::refresh() to recompute.
class QueueSides
{
public:
    using FilingKey = std::tuple<qint64, qint64, QByteArray>; // filed_at, queue_sequence, id

    // A row's key: band and slot.
    struct Key
    {
        int band = 0;
        qint64 slot = 0;
    };

    QueueSides(QSqlDatabase qtDb, RuleSettings settings);

    // Reads every side the store holds (bulk mode, before the indexes the reads use are dropped):
    // a side not among them is then empty.
    Status loadAll(sqlite3 *db);

    // The row's key when it extends its side at the end; nullopt when it does not (its side is
    // then stale, and staleFrom() notes where from). Counts the row in its side.
    Expected<std::optional<Key>> place(const Record &record, QByteArrayView id);

    // Per side, the smallest filing key among the rows place() gave no key since clearStale():
    // what the queue trigger would have noted in queue_stale.
    const QHash<std::pair<int, int>, FilingKey> &staleFrom() const { return m_staleFrom; }
    void clearStale() { m_staleFrom.clear(); }

private:
    // What the store holds of one side before the import's batch.
    struct SideState
    {
        qint64 count = 0;
        std::optional<FilingKey> last; // greatest filing key
        bool stale = false;
    };
    Expected<SideState *> side(int year, int right);

    QSqlDatabase m_db;
    RuleSettings m_settings;
    QHash<std::pair<int, int>, SideState> m_sides;
    bool m_complete = false; // loadAll() read every side
    QHash<std::pair<int, int>, FilingKey> m_staleFrom;
};

} // namespace Import
