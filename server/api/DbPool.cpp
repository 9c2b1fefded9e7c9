#include "api/DbPool.h"

#include "store/ServerSchema.h"

#include <QString>

DbPool::DbPool(StoreUrl url, int threads, std::size_t maxQueued, std::chrono::milliseconds normalMaxWait)
    : m_url(std::move(url)), m_threadCount(threads), m_maxQueued(maxQueued), m_normalMaxWait(normalMaxWait)
{
}

DbPool::~DbPool()
{
    stop();
}

ServerStatus DbPool::start()
{
    // Connections are opened on the threads that will use them; start() waits for each.
    for (int i = 0; i < m_threadCount; ++i) {
        std::mutex opened;
        std::condition_variable done;
        bool finished = false;
        ServerStatus status;
        std::unique_lock lock(opened);
        m_threads.emplace_back([this, i, &opened, &done, &finished, &status] {
            ServerResult<std::unique_ptr<ServerDb>> db = ServerDb::connect(m_url, QStringLiteral("pool-%1").arg(i));
            ServerStatus result;
            if (!db)
                result = db.error();
            else if (ServerStatus servable = ServerSchema::checkServable(*db.value()); !servable)
                result = servable;
            std::unique_ptr<ServerDb> connection = db ? std::move(db).value() : nullptr;
            {
                std::lock_guard guard(opened);
                status = result;
                finished = true;
                done.notify_one(); // under the lock: start() may destroy `done` once it sees finished
            }
            if (result)
                run(i, std::move(connection));
        });
        done.wait(lock, [&] { return finished; });
        if (!status) {
            lock.unlock();
            stop();
            return status;
        }
    }
    return {};
}

void DbPool::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &thread : m_threads) {
        if (thread.joinable())
            thread.join();
    }
    m_threads.clear();
}

bool DbPool::post(Task task, Priority priority)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || m_tasks.size() + m_urgent.size() >= m_maxQueued)
            return false;
        if (priority == Priority::Urgent)
            m_urgent.push_back(std::move(task));
        else
            m_tasks.push_back({std::move(task), std::chrono::steady_clock::now()});
    }
    m_wake.notify_one();
    return true;
}

std::size_t DbPool::queued() const
{
    std::lock_guard lock(m_mutex);
    return m_tasks.size() + m_urgent.size();
}

void DbPool::run(int, std::unique_ptr<ServerDb> db)
{
    for (;;) {
        Task task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_tasks.empty() || !m_urgent.empty(); });
            if (m_stopping && m_tasks.empty() && m_urgent.empty())
                break;
            // Past its bound, a waiting Normal task takes turns with the Urgent ones, one each: a
            // long queue of pages (desks reconnecting at once) never starves the commands either.
            const bool normalNext = !m_tasks.empty()
                && (m_urgent.empty()
                    || (!m_tookOverdue && std::chrono::steady_clock::now() - m_tasks.front().since >= m_normalMaxWait));
            m_tookOverdue = normalNext && !m_urgent.empty();
            if (normalNext) {
                task = std::move(m_tasks.front().task);
                m_tasks.pop_front();
            } else {
                task = std::move(m_urgent.front());
                m_urgent.pop_front();
            }
        }
        db->finishStatements(); // no snapshot older than the task (e.g. from the start-up check)
        task(*db);
        if (db->inTransaction())
            db->rollback(); // a task that returned early never leaves a transaction open
        db->finishStatements();
    }
    db.reset();
}
