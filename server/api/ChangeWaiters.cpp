#include "api/ChangeWaiters.h"

#include <algorithm>
#include <unordered_set>
#include <vector>

ChangeWaiters::ChangeWaiters() : m_thread([this] { loop(); }) { }

ChangeWaiters::~ChangeWaiters()
{
    stop();
}

void ChangeWaiters::park(Waiter waiter)
{
    std::unique_lock lock(m_mutex);
    if (m_stopping) {
        lock.unlock();
        waiter.timeout();
        return;
    }
    if (waiter.seenGeneration != m_generation) {
        if (m_batch && waiter.afterSeq >= 0) {
            // Under steady commits the generation moves every few milliseconds: a look of its own
            // for each returning desk would cost the store two reads per desk per commit. The
            // next tick's shared read answers it instead (at most 200 ms later).
            waiter.due = true;
            m_waiters.push_back(std::move(waiter));
            return;
        }
        lock.unlock();
        waiter.retry();
        return;
    }
    m_waiters.push_back(std::move(waiter));
}

void ChangeWaiters::prove(const std::string &authorization, Proof proof)
{
    if (authorization.empty())
        return;
    proof.madeAt = std::chrono::steady_clock::now();
    std::lock_guard lock(m_mutex);
    if (m_proofs.size() >= maxProofs && !m_proofs.contains(authorization))
        m_proofs.clear(); // a bound, not a cache policy: the desks prove themselves again by a read
    std::vector<Proof> &proofs = m_proofs[authorization];
    // One per cursor: the same cursor proved again replaces its proof; a new one takes a free
    // place or the oldest proof's.
    const auto same = std::find_if(proofs.begin(), proofs.end(), [&](const Proof &p) { return p.afterSeq == proof.afterSeq; });
    if (same != proofs.end())
        *same = std::move(proof);
    else if (proofs.size() < proofsPerDesk)
        proofs.push_back(std::move(proof));
    else
        *std::min_element(proofs.begin(), proofs.end(), [](const Proof &a, const Proof &b) { return a.madeAt < b.madeAt; }) = std::move(proof);
}

std::optional<ChangeWaiters::Proof> ChangeWaiters::proofFor(const std::string &authorization, std::int64_t afterSeq) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_proofs.find(authorization);
    if (it == m_proofs.end())
        return std::nullopt;
    const auto now = std::chrono::steady_clock::now();
    for (const Proof &proof : it->second) {
        if (proof.afterSeq == afterSeq && now - proof.madeAt <= proofLifetime)
            return proof;
    }
    return std::nullopt;
}

void ChangeWaiters::forgetDesks(const std::vector<std::string> &deskIds)
{
    if (deskIds.empty())
        return;
    const std::unordered_set<std::string> revoked(deskIds.begin(), deskIds.end());
    std::lock_guard lock(m_mutex);
    for (auto it = m_proofs.begin(); it != m_proofs.end();) {
        if (std::any_of(it->second.begin(), it->second.end(), [&](const Proof &p) { return revoked.contains(p.deskId); }))
            it = m_proofs.erase(it);
        else
            ++it;
    }
}

void ChangeWaiters::setBatch(Batch batch)
{
    std::lock_guard lock(m_mutex);
    m_batch = std::move(batch);
}

std::uint64_t ChangeWaiters::generation() const
{
    std::lock_guard lock(m_mutex);
    return m_generation;
}

void ChangeWaiters::wake()
{
    std::lock_guard lock(m_mutex);
    m_woken = true;
    ++m_generation;
}

std::size_t ChangeWaiters::parked() const
{
    std::lock_guard lock(m_mutex);
    return m_waiters.size();
}

void ChangeWaiters::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    std::list<Waiter> rest;
    {
        std::lock_guard lock(m_mutex);
        rest.swap(m_waiters);
    }
    for (Waiter &waiter : rest)
        waiter.timeout();
}

void ChangeWaiters::loop()
{
    using namespace std::chrono_literals;
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_changed.wait_for(lock, 200ms, [this] { return m_stopping; });
        if (m_stopping)
            break;
        const auto now = std::chrono::steady_clock::now();
        std::vector<std::function<void()>> calls;
        std::vector<Waiter> batched;
        for (auto it = m_waiters.begin(); it != m_waiters.end();) {
            if ((m_woken || it->due) && m_batch && it->afterSeq >= 0) {
                it->due = false;
                batched.push_back(std::move(*it));
                it = m_waiters.erase(it);
            } else if (m_woken) {
                calls.push_back(std::move(it->retry));
                it = m_waiters.erase(it);
            } else if (it->deadline <= now) {
                calls.push_back(std::move(it->timeout));
                it = m_waiters.erase(it);
            } else {
                ++it;
            }
        }
        m_woken = false;
        const Batch batch = m_batch;
        lock.unlock();
        for (auto &call : calls)
            call();
        if (!batched.empty())
            batch(std::move(batched));
        lock.lock();
    }
}
