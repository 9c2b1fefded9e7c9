#pragma once

#include "domain/Application.h"
#include "domain/Category.h"
#include "settings/RuleSettings.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

// What the queue order needs to know about one application (RULES 3.3).
struct QueueEntry
{
    QString applicationId;
    int birthYear = 0;
    Right right = Right::None;
    QDateTime filedAt;
    qint64 registrationSequence = 0; // 0 until the server has registered it
    ApplicationStatus status = ApplicationStatus::Queued;

    static QueueEntry fromApplication(const Application &application);
    bool operator==(const QueueEntry &) const = default;
};

// The sort key of one entry: sorting entries by it gives exactly QueueOrder::order(). Every part
// is a plain integer or text so that a database can store or compute it and page the queue with
// ORDER BY birth_year, band, slot, filed_at, sequence, id (see slot() for the formula).
struct QueueKey
{
    int birthYear = 0;
    int band = 0;            // QueueOrder::band()
    qint64 slot = 0;         // QueueOrder::slot()
    qint64 filedAtMsecs = 0; // QueueOrder::filedAtSortValue()
    qint64 sequence = 0;     // QueueOrder::sequenceSortValue()
    QString applicationId;

    bool operator<(const QueueKey &other) const;
    bool operator==(const QueueKey &) const = default;
};

// The order of RULES 3.3 as pure functions.
//
// - The queue is split by the child's calendar year of birth; across years the years simply
//   follow each other, oldest children (smallest year) first.
// - Inside a year: the extraordinary right (categories 1, 2) first, by filing time; then the
//   primary right (3 to 9) and the general queue (10) interleaved P:G, 1:3 by default —
//   P, G, G, G, P, G, G, G, ... — each side in filing order; when one side runs out the rest of
//   the other follows. primaryRatioPrimary = 0 puts every primary before every general.
// - Filing order: filing time, then the server's registration sequence (an entry not yet synced,
//   sequence 0, after any synced one: the server will give it a later sequence than every
//   entry it already holds), then the application id, so the order is total and deterministic.
//   An entry without a valid filing time sorts after every timed one of its side.
//
// Status does not move an entry in the order; it only decides who gets a number. An entry's
// place among its side is its rank among all entries of its year and right, whatever their
// status. So when a primary-right child receives a direction, the three general ones behind it
// keep their turn instead of the next primary jumping over them (which would hand every place to
// primary rights and undo the ratio), and no status change ever pushes a queued child back.
// Callers therefore pass every application of the years they show, archived ones included.
namespace QueueOrder {

// Every entry, in queue order (all statuses; see above).
QList<QueueEntry> order(QList<QueueEntry> entries, const RuleSettings &settings);

// Queue numbers (RULES def. 8, 3.3): 1-based within each birth year, in order(), counting only
// entries with status Queued. Entries of any other status are absent from the result.
QHash<QString, int> queueNumbers(const QList<QueueEntry> &entries, const RuleSettings &settings);

// The keys of the entries, in the same order as the argument.
QList<QueueKey> keys(const QList<QueueEntry> &entries, const RuleSettings &settings);

// The filing order within one side (same year and right): filing time, sequence, id.
bool filedBefore(const QueueEntry &a, const QueueEntry &b);

// --- The parts of QueueKey, for a database that computes them itself ---

// 0: extraordinary right. 1: primary and general, sharing one interleaved band. With
// interleaving off (primaryRatioPrimary == 0): 1 primary, 2 general.
int band(Right right, const RuleSettings &settings);

// The position of an entry inside its band, from its 0-based rank among the entries of the same
// year and right in filing order, over entries of every status: in SQL,
//   rank = ROW_NUMBER() OVER (PARTITION BY birth_year, right ORDER BY filed_at, sequence, id) - 1
// with filed_at and sequence as filedAtSortValue() and sequenceSortValue() give them (ids are
// ASCII UUIDs, so byte order is QString order). With P = primaryRatioPrimary,
// G = primaryRatioGeneral and cycle C = P + G, the interleave repeats P primaries then G generals:
//
//   primary rank k:  slot = (k / P) * C + (k % P)
//   general rank j:  slot = (j / G) * C + P + (j % G)          (integer division)
//   extraordinary, or interleaving off:  slot = rank
//
// Primary slots fill the first P places of each cycle and general slots the last G, so slots
// are unique within a band and merging the two sides by slot is the interleave; when one side
// runs out, the other's remaining slots are still increasing, so the rest follows in order.
// A stored slot stays valid through status changes; it moves only for entries of a side (year,
// right) that ranks after an entry inserted into it (an offline filing synced late, a category
// change), so a store keeping slots recomputes that side from the inserted rank on.
// Example, 1:3: primaries get slots 0, 4, 8, ...; generals 1, 2, 3, 5, 6, 7, 9, ...
qint64 slot(Right right, qint64 rank, const RuleSettings &settings);

// Filing time as milliseconds since the epoch (UTC); an invalid time sorts last.
qint64 filedAtSortValue(const QDateTime &filedAt);
// The registration sequence, with 0 (not yet synced) after every real sequence.
qint64 sequenceSortValue(qint64 registrationSequence);

} // namespace QueueOrder
