#include "api/ChangeWaiters.h"

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
        lock.unlock();
        waiter.retry();
        return;
    }
    m_waiters.push_back(std::move(waiter));
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
            if (m_woken && m_batch && it->afterSeq >= 0) {
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
