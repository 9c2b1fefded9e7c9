#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <condition_variable>
#include <functional>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <thread>
#include <vector>

// Parked long-polls (GET /api/v1/changes?wait=S). A request that found nothing new waits here
// holding no thread. wake() (a local commit, or PostgreSQL NOTIFY from another process) sends
// every parked request back to look again; wake-ups within one tick (200 ms) are coalesced, so a
// burst of commits costs each parked desk at most five looks a second, and with setBatch one
// shared read a tick answers them all. A request whose wait passes is answered with an empty page.
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
        // The newest change of the region, any kindergarten's, through which nothing this desk may
        // see lies after afterSeq (-1: afterSeq itself). The shared read starts at the oldest of
        // these, not at the oldest cursor: a desk whose last visible change is far back (its
        // kindergarten quiet while others work) would otherwise cut every shared read short.
        std::int64_t provenThrough = -1;
        // What is known of this desk: nothing it may see lies after its cursor up to here.
        std::int64_t knownThrough() const { return afterSeq > provenThrough ? afterSeq : provenThrough; }
        int limit = 0;
        std::function<void(std::string body)> answer; // answers 200 with this page
        std::string authorization; // the request's Authorization header, the key of its proof
        bool due = false; // parked after a wake-up it did not see: the next tick answers it
    };
    // What the last look or answer of a desk proved: as of generation(), nothing this desk may
    // see lies after afterSeq. A desk that comes back with that very cursor is parked without a
    // database read (ApiHandler::changes); a wake-up since then sends it to the next shared read.
    // It gives no data: every answer is still made by a read that checks revocation. A desk's
    // token may hold several connections at different cursors (the desk app and a `sync` of the
    // same store, a reconnect racing its old request): each token keeps the proofs of its last
    // proofsPerDesk cursors, so they do not take each other's (docs/performance.md, "One proof
    // per cursor").
    struct Proof
    {
        std::string deskId;
        std::string orgId;
        std::int64_t afterSeq = -1;
        std::uint64_t generation = 0;
        std::chrono::steady_clock::time_point madeAt;
        std::int64_t provenThrough = -1; // as Waiter::provenThrough
    };
    // Receives every waiter a wake-up sends back (those with afterSeq >= 0), at once, so that one
    // database read can answer them all (ApiHandler). Without it each waiter's retry is called.
    using Batch = std::function<void(std::vector<Waiter>)>;
    void setBatch(Batch batch);

    ChangeWaiters();
    ~ChangeWaiters();

    // A wake-up between the look and park() is not lost: the waiter looks again at once, or,
    // when it can be answered by the shared read (setBatch, afterSeq >= 0), at the next tick.
    void park(Waiter waiter);

    void prove(const std::string &authorization, Proof proof);
    // The proof for this Authorization header and cursor, if one was made within proofLifetime.
    std::optional<Proof> proofFor(const std::string &authorization, std::int64_t afterSeq) const;
    // Revoked desks lose their proofs (their next request is authenticated by a read).
    void forgetDesks(const std::vector<std::string> &deskIds);
    static constexpr std::chrono::seconds proofLifetime{60};
    // Long-polls parked without a database read since the start (GET /api/v1/health).
    std::uint64_t parkedWithoutRead() const { return m_parkedWithoutRead.load(); }
    void countParkedWithoutRead() { ++m_parkedWithoutRead; }
    // Desks a wake-up's shared read answered or parked again, and those it sent back to look on
    // their own because it could not prove their page (a revoked desk, or a read that failed,
    // is sent back too, counted in neither) (GET /api/v1/health: woken_shared, woken_alone).
    std::uint64_t wokenShared() const { return m_wokenShared.load(); }
    std::uint64_t wokenAlone() const { return m_wokenAlone.load(); }
    void countWoken(std::uint64_t shared, std::uint64_t alone)
    {
        m_wokenShared += shared;
        m_wokenAlone += alone;
    }
    // Answers of a wake-up that waited for the I/O threads before they went out (AnswerPacer;
    // GET /api/v1/health: answers_paced).
    std::uint64_t answersPaced() const { return m_answersPaced.load(); }
    void countPaced(std::uint64_t answers) { m_answersPaced += answers; }
    std::uint64_t generation() const;
    void wake();
    void stop(); // answers every parked request with its timeout
    std::size_t parked() const;

private:
    void loop();

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::list<Waiter> m_waiters;
    std::unordered_map<std::string, std::vector<Proof>> m_proofs; // by Authorization header: at most maxProofs headers, proofsPerDesk each
    static constexpr std::size_t maxProofs = 100000;
    static constexpr std::size_t proofsPerDesk = 4;
    std::atomic<std::uint64_t> m_parkedWithoutRead{0};
    std::atomic<std::uint64_t> m_wokenShared{0};
    std::atomic<std::uint64_t> m_wokenAlone{0};
    std::atomic<std::uint64_t> m_answersPaced{0};
    Batch m_batch;
    bool m_woken = false;
    std::uint64_t m_generation = 0;
    bool m_stopping = false;
    std::thread m_thread;
};
