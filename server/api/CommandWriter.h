#pragma once

#include "sync/CommandProcessor.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <vector>

// Group commit for POST /api/v1/commands (docs/server.md, "One flush for a group of commands").
//
// Every write transaction ends in a flush to disk (an acknowledged command must survive a power
// cut), and commands wait for the region's one writer. So instead of a transaction each, the
// batches that arrive while one group is being written wait together and are written next as one
// group: one transaction, one flush (CommandProcessor::processGroup). One pool thread writes at a
// time, taking group after group until no batch waits; the others only queue theirs. Nothing of a
// group is answered before its commit; when the group fails in the store, each of its batches is
// sent again on its own (CommandProcessor::process), as before group commit.
class CommandWriter
{
public:
    struct Options
    {
        ServerRules rules;
        // A group closes once it holds this many commands (a batch is never split).
        int maxGroupCommands = 500;
        // Test hooks (QABYLDAU_TEST_HOOKS=1 only):
        // a group of at least this many batches kills the process just before its commit,
        // after writing the ids of its commands to stderr (0: never);
        int killBeforeCommitAt = 0;
        // every group of two or more batches fails as the store could, after its commands were
        // applied and before its commit: the group is rolled back and each batch sent alone.
        bool failGroups = false;
    };
    using Done = std::function<void(const BatchOutcome &)>;

    CommandWriter(Options options, std::function<void()> changed);

    // On a pool thread, with that thread's connection: queues the batch of an authenticated desk;
    // when no other thread is writing, this one writes groups until no batch waits. done is called
    // once the batch's outcome is committed (or the batch failed), on whichever thread wrote it.
    void submit(ServerDb &db, const Desk &desk, const QJsonObject &batch, Done done);

    // For /health: groups committed, the batches in them, and batches sent alone after their
    // group failed.
    std::uint64_t groups() const { return m_groups.load(); }
    std::uint64_t batches() const { return m_batches.load(); }
    std::uint64_t alone() const { return m_alone.load(); }

private:
    struct Entry
    {
        CommandProcessor::GroupMember member;
        Done done;
        qsizetype commands = 0;
    };
    void write(ServerDb &db, std::vector<Entry> &group);

    Options m_options;
    std::function<void()> m_changed;
    std::mutex m_mutex;
    std::deque<Entry> m_waiting;
    bool m_writing = false;
    std::atomic<std::uint64_t> m_groups{0};
    std::atomic<std::uint64_t> m_batches{0};
    std::atomic<std::uint64_t> m_alone{0};
};
