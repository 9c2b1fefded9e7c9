#pragma once

#include "distribution/Distribution.h"
#include "settings/RuleSettings.h"
#include "store/ServerDb.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

// The queue moving by itself (RULES 4): core's incremental Distribution::State kept up to date
// with the store, and its decisions turned into directions.
//
// load() reads the region once (every application's queue key, the matching fields of those not
// archived, the open places) in one snapshot, with the change-log head it is consistent with.
// step() then runs in ONE write transaction, which on PostgreSQL holds the region's advisory lock
// (ServerDb::beginWrite): no other writer of the region, in this process or another, commits
// meanwhile. Inside it the state catches up with every change committed after its head (the
// applications and places the change log names, read again from their tables), asks the state
// for its new decisions, and issues each: the direction (DirectionCommands::importDirection, actor
// "distribution": the application becomes direction_issued, the direction goes whole to the
// kindergarten's desks, both journalled), the place directed (RegionPlaces::setDirected) and the
// explanation kept (direction_explanations, passed_over). Because every decision is made on the
// whole committed state under the lock, two server processes never give one place twice nor a
// child two directions. A step that fails rolls back whole; the Distributor is then stale
// (needsReload) and the caller loads a new one.
struct IssuedDirection
{
    QString number;
    QString placeId;
    QString applicationId;
    QString orgId;
    int position = 0;
};

class Distributor
{
public:
    static ServerResult<std::unique_ptr<Distributor>> load(ServerDb &db, const RuleSettings &settings);

    // dryRun: the decisions are made and the directions written, then everything is rolled back
    // (the Distributor is stale after it).
    ServerResult<QList<IssuedDirection>> step(ServerDb &db, const QDateTime &now, bool dryRun = false);

    bool needsReload() const { return m_stale; }
    qint64 head() const { return m_head; }
    int candidateCount() const { return m_state.candidateCount(); }
    int openPlaceCount() const { return m_state.openPlaceCount(); }

    // How many passed-over candidates each direction lists in `passed_over`.
    static constexpr int listLimit = 100;

private:
    explicit Distributor(const RuleSettings &settings);
    ServerStatus catchUp(ServerDb &db);
    ServerStatus reloadApplication(ServerDb &db, const QString &id);
    // Puts entry into its side (year, right), recomputing the slots of the entries after it;
    // removes it from its old side first.
    // Puts the entry in its side (year, right) in filing order, taking it out of its old side
    // first when it moved, and re-keys the candidates whose slot changed; returns its key.
    QueueKey placeEntry(const QueueEntry &entry);
    void reslot(const QPair<int, int> &side, qsizetype from);
    QueueKey keyAt(const QPair<int, int> &side, qsizetype index) const;
    ServerResult<IssuedDirection> issue(ServerDb &db, const Distribution::Decision &decision, const QDateTime &now);

    RuleSettings m_settings;
    Distribution::State m_state;
    qint64 m_head = 0;
    bool m_stale = false;
    // Every application's queue entry by side (birth year, right), in filing order: the ranks
    // that give the slots (QueueOrder::slot).
    QHash<QPair<int, int>, QList<QueueEntry>> m_sides;
    QHash<QString, QueueEntry> m_entries;
    // The matching fields of the applications not archived (to re-key them when a slot moves).
    QHash<QString, Distribution::Candidate> m_candidates;
};
