#pragma once

#include "settings/RuleSettings.h"
#include "store/ServerDb.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

// The queue moving by itself inside `serve` (RULES 4): one thread with its own connection and
// its own Distributor. Once a second (or when poked) it looks whether the change log moved past
// what the Distributor has seen and, if so, runs a step: catch up, distribute, issue. A failed
// step is logged (one line, no personal data) and the region is loaded again on the next turn.
// Several server processes may each run one: the step's write transaction serialises them.
class DistributionWorker
{
public:
    DistributionWorker(StoreUrl url, RuleSettings settings, std::function<void()> issued);
    ~DistributionWorker();
    void start();
    void stop();
    void poke();

private:
    void run();
    StoreUrl m_url;
    RuleSettings m_settings;
    std::function<void()> m_issued;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_poked = false;
};
