#pragma once

#include <chrono>
#include <cstdint>
#include <condition_variable>
#include <functional>
#include <list>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

// Parked long-polls (GET /api/v1/changes?wait=S). A request that found nothing new waits here
// holding no thread. wake() (a local commit, or PostgreSQL NOTIFY from another process) sends
// every parked request back to look again; wake-ups within one tick (200 ms) are coalesced, so a
// burst of commits costs each parked desk at most five looks a second. A request whose wait passes is answered
// with an empty page.
class ChangeWaiters
{
public:
    struct Waiter
    {
        std::chrono::steady_clock::time_point deadline;
        std::function<void()> retry;   // look again (posts to the database pool)
        std::function<void()> timeout; // answer with what there is (nothing)
        std::uint64_t seenGeneration = 0; // generation() taken before the look that found nothing
        // For a shared answer (setBatch): the desk, its kindergarten, its cursor and page size.
        std::string deskId;
        std::string orgId;
        std::int64_t afterSeq = -1; // -1: no shared answer, always retry
        int limit = 0;
        std::function<void(std::string body)> answer; // answers 200 with this page
    };
    // Receives every waiter a wake-up sends back (those with afterSeq >= 0), at once, so that one
    // database read can answer them all (ApiHandler). Without it each waiter's retry is called.
    using Batch = std::function<void(std::vector<Waiter>)>;
    void setBatch(Batch batch);

    ChangeWaiters();
    ~ChangeWaiters();

    // A wake-up between the look and park() is not lost: the waiter looks again at once.
    void park(Waiter waiter);
    std::uint64_t generation() const;
    void wake();
    void stop(); // answers every parked request with its timeout
    std::size_t parked() const;

private:
    void loop();

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::list<Waiter> m_waiters;
    Batch m_batch;
    bool m_woken = false;
    std::uint64_t m_generation = 0;
    bool m_stopping = false;
    std::thread m_thread;
};
