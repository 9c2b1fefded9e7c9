#pragma once

#include "store/ServerDb.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

// The bounded pool that does every piece of database work of the API: a few threads, each with
// its own connection (Qt Sql connections belong to one thread), and a bounded queue. The I/O
// threads never touch the database; when the queue is full, post() says no and the request is
// answered 503 server_busy at once instead of piling up.
class DbPool
{
public:
    using Task = std::function<void(ServerDb &)>;

    // A task posted Normal that has waited normalMaxWait takes turns with the Urgent ones (below).
    static constexpr std::chrono::milliseconds defaultNormalMaxWait{250};
    DbPool(StoreUrl url, int threads, std::size_t maxQueued, std::chrono::milliseconds normalMaxWait = defaultNormalMaxWait);
    ~DbPool();

    // Opens one connection per thread and checks the store can be served.
    ServerStatus start();
    void stop();

    // false when the queue is full or the pool is stopping. Urgent work (a desk's commands, which
    // a clerk waits for) runs before the rest (feed pages, which a parked desk can wait for), so
    // a storm of woken long-polls never delays a registration. But never for ever: once the
    // oldest Normal task has waited normalMaxWait, Normal and Urgent tasks take turns, one each,
    // so a steady queue of commands cannot starve the wake-ups' shared read or a desk's download
    // (docs/performance.md, "A wake-up starved by commands"), nor a long queue of those the
    // commands.
    enum class Priority { Urgent, Normal };
    bool post(Task task, Priority priority = Priority::Normal);
    std::size_t queued() const;

private:
    void run(int index, std::unique_ptr<ServerDb> db);

    StoreUrl m_url;
    int m_threadCount;
    std::size_t m_maxQueued;
    std::chrono::milliseconds m_normalMaxWait;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    struct Waiting
    {
        Task task;
        std::chrono::steady_clock::time_point since;
    };
    std::deque<Task> m_urgent;
    std::deque<Waiting> m_tasks; // Normal, oldest first
    bool m_tookOverdue = false; // the last task taken was a Normal one taken before Urgent ones
    std::vector<std::thread> m_threads;
    bool m_stopping = false;
};
