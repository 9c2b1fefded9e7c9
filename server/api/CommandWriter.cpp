#include "api/CommandWriter.h"

#include <QDateTime>
#include <QTextStream>

#include <csignal>

CommandWriter::CommandWriter(Options options, std::function<void()> changed)
    : m_options(std::move(options)), m_changed(std::move(changed))
{
}

void CommandWriter::submit(ServerDb &db, const Desk &desk, const QJsonObject &batch, Done done)
{
    {
        std::lock_guard lock(m_mutex);
        m_waiting.push_back(Entry{{desk, batch}, std::move(done), batch.value(QStringLiteral("commands")).toArray().size()});
        if (m_writing)
            return; // the thread writing takes it in its next group
        m_writing = true;
    }
    for (;;) {
        std::vector<Entry> group;
        {
            std::lock_guard lock(m_mutex);
            if (m_waiting.empty()) {
                m_writing = false;
                return;
            }
            qsizetype commands = 0;
            while (!m_waiting.empty() && (group.empty() || commands + m_waiting.front().commands <= m_options.maxGroupCommands)) {
                commands += m_waiting.front().commands;
                group.push_back(std::move(m_waiting.front()));
                m_waiting.pop_front();
            }
        }
        write(db, group);
    }
}

void CommandWriter::write(ServerDb &db, std::vector<Entry> &group)
{
    QList<CommandProcessor::GroupMember> members;
    members.reserve(qsizetype(group.size()));
    for (const Entry &entry : group)
        members.append(entry.member);

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
    ServerResult<QList<BatchOutcome>> outcomes =
        CommandProcessor::processGroup(db, members, QDateTime::currentDateTimeUtc(), m_options.rules, beforeCommit);
    if (outcomes) {
        ++m_groups;
        m_batches += group.size();
        bool changed = false;
        for (const BatchOutcome &outcome : outcomes.value())
            changed = changed || outcome.changed;
        if (changed)
            m_changed();
        for (std::size_t i = 0; i < group.size(); ++i)
            group[i].done(outcomes.value().at(qsizetype(i)));
        return;
    }
    // Rolled back whole: each batch alone, as before group commit. A commit whose failure left it
    // in doubt is answered from what did commit (the stored outcomes, replayed).
    QTextStream(stderr) << "qabyldau-server: store: a group of " << group.size()
                        << " batches failed, each is sent alone: " << outcomes.error().message << '\n';
    for (Entry &entry : group) {
        ++m_alone;
        const BatchOutcome outcome =
            CommandProcessor::process(db, entry.member.desk, entry.member.batch, QDateTime::currentDateTimeUtc(), m_options.rules);
        if (outcome.changed)
            m_changed();
        entry.done(outcome);
    }
}
