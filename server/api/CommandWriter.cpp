#include "api/CommandWriter.h"

#include <QTextStream>

#include <csignal>

namespace {

qsizetype commandCount(const QJsonObject &batch)
{
    return batch.value(QStringLiteral("commands")).toArray().size();
}

// What a batch is answered when the store could not be written: 503 retry, nothing applied.
BatchOutcome notWritten(const Desk &desk, const ServerError &error)
{
    BatchOutcome outcome;
    outcome.kind = BatchOutcome::Kind::Retry;
    outcome.lastSeq = desk.lastSeq;
    outcome.error = error;
    return outcome;
}

} // namespace

CommandWriter::CommandWriter(Options options, std::function<void()> changed)
    : m_options(std::move(options)), m_changed(std::move(changed))
{
}

bool CommandWriter::submit(ServerDb &db, Entry entry)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_waiting.size() >= m_options.maxWaiting)
            return false;
        m_waiting.push_back(std::move(entry));
        if (m_writing)
            return true; // the thread writing takes it in its next group
        m_writing = true;
    }
    for (;;) {
        std::vector<Entry> group;
        {
            std::lock_guard lock(m_mutex);
            if (m_waiting.empty()) {
                m_writing = false;
                return true;
            }
            // A batch larger than a group is written on its own, command by command, as before
            // group commit: the region's lock is never held for more than a group.
            qsizetype commands = 0;
            while (!m_waiting.empty()) {
                const qsizetype size = commandCount(m_waiting.front().batch);
                if (!group.empty() && (size > m_options.maxGroupCommands || commands + size > m_options.maxGroupCommands))
                    break;
                commands += size;
                group.push_back(std::move(m_waiting.front()));
                m_waiting.pop_front();
                if (commands > m_options.maxGroupCommands)
                    break;
            }
        }
        if (!write(db, group)) {
            // The store could not be written (locked past the busy timeout, or this thread's
            // connection lost): the batches that waited meanwhile are answered 503 server_busy
            // at once instead of each waiting as long again; the next batch starts anew on
            // whichever thread the pool gives it (another connection may be sound).
            std::deque<Entry> refused;
            {
                std::lock_guard lock(m_mutex);
                refused.swap(m_waiting);
                m_writing = false;
            }
            for (Entry &waiting : refused)
                waiting.busy();
            return true;
        }
    }
}

bool CommandWriter::write(ServerDb &db, std::vector<Entry> &group)
{
    if (group.size() == 1 && commandCount(group.front().batch) > m_options.maxGroupCommands) {
        Entry &entry = group.front();
        const BatchOutcome outcome = CommandProcessor::process(db, entry.desk, entry.batch, entry.receivedAt, m_options.rules);
        ++m_alone;
        if (outcome.changed)
            m_changed();
        entry.done(outcome);
        return true;
    }

    QList<CommandProcessor::GroupMember> members;
    members.reserve(qsizetype(group.size()));
    for (const Entry &entry : group)
        members.append(CommandProcessor::GroupMember{entry.desk, entry.batch, entry.receivedAt});

    std::function<ServerStatus()> beforeCommit;
    if (m_options.killBeforeCommitAt > 0 && qsizetype(group.size()) >= m_options.killBeforeCommitAt) {
        beforeCommit = [&members]() -> ServerStatus {
            QTextStream err(stderr);
            err << "qabyldau-server: test hook: killed before committing commands";
            for (const CommandProcessor::GroupMember &member : std::as_const(members))
                for (const QJsonValue &command : member.batch.value(QStringLiteral("commands")).toArray())
                    err << ' ' << command.toObject().value(QStringLiteral("id")).toString();
            err << Qt::endl;
            std::raise(SIGKILL);
            return {};
        };
    } else if (m_options.failGroups && group.size() > 1) {
        beforeCommit = []() -> ServerStatus {
            return ServerError{QStringLiteral("store_unavailable"), QStringLiteral("test hook: the group failed before its commit")};
        };
    }
    const CommandProcessor::GroupResult written = CommandProcessor::processGroup(db, members, m_options.rules, beforeCommit);
    if (written.kind == CommandProcessor::GroupResult::Kind::Committed) {
        ++m_groups;
        m_batches += group.size();
        bool changed = false;
        for (const BatchOutcome &outcome : written.outcomes)
            changed = changed || outcome.changed;
        if (changed)
            m_changed();
        for (std::size_t i = 0; i < group.size(); ++i)
            group[i].done(written.outcomes.at(qsizetype(i)));
        return true;
    }
    if (written.kind == CommandProcessor::GroupResult::Kind::NotBegun) {
        // Nothing was done: every batch is answered retry at once, not one after another
        // each waiting for the store again.
        for (Entry &entry : group)
            entry.done(notWritten(entry.desk, written.error));
        return false;
    }
    // Rolled back whole: each batch alone, as before group commit, so that one batch the store
    // cannot take does not hold back the others. A commit whose failure left it in doubt is
    // answered from what did commit (the stored outcomes, replayed). Once a batch fails alone
    // before any outcome, the store itself is failing: the rest are answered retry at once.
    QTextStream(stderr) << "qabyldau-server: store: a group of " << group.size()
                        << " batches failed, each is sent alone: " << written.error.message << '\n';
    bool storeFailing = false;
    for (Entry &entry : group) {
        if (storeFailing) {
            entry.done(notWritten(entry.desk, written.error));
            continue;
        }
        ++m_alone;
        const BatchOutcome outcome = CommandProcessor::process(db, entry.desk, entry.batch, entry.receivedAt, m_options.rules);
        if (outcome.changed)
            m_changed();
        storeFailing = outcome.kind == BatchOutcome::Kind::Retry && outcome.results.isEmpty();
        entry.done(outcome);
    }
    return true;
}
