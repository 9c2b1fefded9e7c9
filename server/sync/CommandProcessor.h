#pragma once

#include "store/RegionAdmin.h"
#include "store/ServerDb.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <functional>

// POST /api/v1/commands (docs/api.md): a desk's batch of commands, each applied at most once.
//
// Per command, in one write transaction (its own, or its group's: processGroup): the outcome is
// stored keyed by (desk, desk_seq) with the command's id and payload hash, together with the
// command's effects, its change-log rows and its journal entry. A desk_seq already answered gets the stored outcome back (a retry after a lost
// response changes nothing); the same desk_seq with another id or payload is a conflict; a
// desk_seq beyond the next expected refuses the batch with the expected number. A command that
// breaks a rule is rejected with a stable code and still uses up its number, so it never blocks
// the commands after it.
struct BatchOutcome
{
    enum class Kind {
        Done,   // every command has an outcome (200)
        Gap,    // the first new command is beyond the next expected desk_seq (409 desk_seq_gap)
        Retry,  // the store failed part-way: the commands with an outcome are in results (503)
        Revoked, // the desk was revoked meanwhile (401)
        // The desk's journal head contradicts the one it reported before (409 journal_rewritten;
        // no command is applied). journalHead holds what the server recorded.
        JournalRewritten,
        // A higher head without journal_at for the seq the server recorded (409
        // journal_head_unverified, recorded_seq): the desk sends the batch again with it.
        JournalUnverified,
    };
    Kind kind = Kind::Done;
    QJsonArray results;     // one per command that has an outcome, in order
    qint64 expectedSeq = 0; // Gap: the desk_seq the server expects next
    qint64 lastSeq = 0;     // the desk's last desk_seq with an outcome
    ServerError error;      // Retry: what failed (logged, not sent)
    bool changed = false;   // something new was committed (wake long-polls)
    QJsonObject journalHead; // JournalRewritten, JournalUnverified: {"seq", "hash"} recorded for the desk
};

struct ServerRules
{
    qint64 clockSkewMsecs = 5 * 60 * 1000; // filing times: how far a desk's clock may be off
    int maxCommandsPerBatch = 500;
};

namespace CommandProcessor {

// Checks the batch's shape without touching the store: "bad_batch" / "batch_too_large" with the
// first problem (index and field).
ServerStatus checkShape(const QJsonObject &batch, const ServerRules &rules);

// One batch, each command in a write transaction of its own; the outbox head it reports in one more.
BatchOutcome process(ServerDb &db, const Desk &desk, const QJsonObject &batch, const QDateTime &receivedAt,
                     const ServerRules &rules);

// Group commit: the batches of several desks in one write transaction, so that one flush makes
// them all durable. Each command is applied exactly as process() applies it (its checks, effects,
// change-log rows, journal entry and stored outcome, in order), and none of it is visible or
// answered before the one commit. NotBegun: the write transaction could not be had (the store
// locked or unreachable), nothing was done. Failed: a step or the commit failed in the store and
// the whole group was rolled back (or, for a failed commit on PostgreSQL, may have committed):
// the caller may send each batch through process(), which answers a replay of what did commit.
// beforeCommit runs after the last batch, before the commit (the tests' hooks); an error from
// it rolls the group back.
struct GroupMember
{
    Desk desk;
    QJsonObject batch;
    QDateTime receivedAt; // when the batch arrived: its filing-time checks and the head it reports
};
struct GroupResult
{
    enum class Kind { Committed, NotBegun, Failed };
    Kind kind = Kind::Committed;
    QList<BatchOutcome> outcomes; // Committed: one per member, in order
    ServerError error;            // NotBegun, Failed
};
GroupResult processGroup(ServerDb &db, const QList<GroupMember> &members, const ServerRules &rules,
                         const std::function<ServerStatus()> &beforeCommit = {});

} // namespace CommandProcessor
