#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <thread>

// Paces a burst of answers to the speed of the I/O threads that send them (ApiHandler::answerWoken).
//
// A wake-up answers up to 2,000 parked long-polls from one task. Posted all at once, those answers
// run on the I/O threads before anything that arrives after them, so a desk's command that came
// in meanwhile (its request, then its answer) waited behind the whole burst: that wait was the
// commands' p99 even at a light load (docs/performance.md, "Answers paced to the I/O threads").
// Before each answer, wait() holds the task while `ahead` or more answers are still queued for an
// I/O thread (http::Server::answersQueued), so other connections' work takes its turn between
// them. The burst's own answers go out as fast as the I/O threads send them. After `bound` from
// the pacer's start it stops waiting (the I/O threads stuck, or the server stopping): the rest go
// at once, as without it.
class AnswerPacer
{
public:
    using Clock = std::chrono::steady_clock;

    AnswerPacer(std::function<std::size_t()> queued, std::size_t ahead, Clock::duration bound,
                Clock::duration step = std::chrono::microseconds(200))
        : m_queued(std::move(queued)), m_ahead(ahead), m_until(Clock::now() + bound), m_step(step)
    {
    }

    // Waits until fewer than `ahead` answers are queued, or the bound has passed.
    void wait()
    {
        if (!m_queued || m_ahead == 0)
            return;
        bool waited = false;
        while (m_queued() >= m_ahead && Clock::now() < m_until) {
            waited = true;
            std::this_thread::sleep_for(m_step);
        }
        m_waits += waited ? 1 : 0;
    }

    // How many answers had to wait.
    std::uint64_t waits() const { return m_waits; }

private:
    std::function<std::size_t()> m_queued;
    std::size_t m_ahead;
    Clock::time_point m_until;
    Clock::duration m_step;
    std::uint64_t m_waits = 0;
};
