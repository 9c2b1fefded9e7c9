#pragma once

#include "sync/CommandProcessor.h"

#include <QDateTime>
#include <QString>

#include <atomic>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <vector>

// Group commit for POST /api/v1/commands (docs/server.md, "Inside `serve`", and docs/performance.md,
// "Group commit").
//
// Every write transaction ends in a flush to disk (an acknowledged command must survive a power
// cut), and commands wait for the region's one writer. So instead of a transaction each, the
// batches that arrive while one group is being written wait together and are written next as one
// group: one transaction, one flush (CommandProcessor::processGroup). One pool thread writes at a
// time, taking group after group until no batch waits; the others only queue theirs (their
// tokens checked on their own threads, not on the writing one). Nothing of a group is answered
// before its commit. A group that cannot begin is answered retry at once, and the batches
// waiting behind it server_busy; a group that fails after it began is rolled back and each of its
// batches sent again on its own (CommandProcessor::process), as before group commit.
class CommandWriter
{
public:
    struct Options
    {
        ServerRules rules;
        // A group closes once it holds this many commands; a batch of more is written on its
        // own, command by command (the region's lock is never held longer for it).
        int maxGroupCommands = 100;
        // Batches waiting beyond this are refused at once (submit() says no: 503 server_busy).
        std::size_t maxWaiting = 4096;
        // Test hooks (QABYLDAU_TEST_HOOKS=1 only):
        // a group of at least this many batches kills the process just before its commit,
        // after writing the ids of its commands to stderr (0: never);
        int killBeforeCommitAt = 0;
        // every group of two or more batches fails as the store could, after its commands were
        // applied and before its commit: the group is rolled back and each batch sent alone.
        bool failGroups = false;
    };

    struct Entry
    {
        Desk desk; // the desk behind the request's token
        QJsonObject batch;
        QDateTime receivedAt; // when the request arrived (filing times, the outbox head heard)
        // Once the batch's outcome is committed (or the batch failed), on the writing thread.
        std::function<void(const BatchOutcome &)> done;
        // Answer 503 server_busy: the store could not be written while this batch waited.
        std::function<void()> busy;
    };

    CommandWriter(Options options, std::function<void()> changed);

    // On a pool thread, with that thread's connection: queues the batch; when no other thread
    // is writing, this one writes groups until no batch waits. false when maxWaiting batches wait
    // already (nothing queued: answer 503 server_busy).
    bool submit(ServerDb &db, Entry entry);

    // For /health: groups committed, the batches in them, and batches sent alone after their
    // group failed.
    std::uint64_t groups() const { return m_groups.load(); }
    std::uint64_t batches() const { return m_batches.load(); }
    std::uint64_t alone() const { return m_alone.load(); }

private:
    // false when the write transaction could not be begun (every batch answered retry).
    bool write(ServerDb &db, std::vector<Entry> &group);

    Options m_options;
    std::function<void()> m_changed;
    std::mutex m_mutex;
    std::deque<Entry> m_waiting;
    bool m_writing = false;
    std::atomic<std::uint64_t> m_groups{0};
    std::atomic<std::uint64_t> m_batches{0};
    std::atomic<std::uint64_t> m_alone{0};
};
