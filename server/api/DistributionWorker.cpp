#include "api/DistributionWorker.h"

#include "sync/Distributor.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <chrono>

DistributionWorker::DistributionWorker(StoreUrl url, RuleSettings settings, std::function<void()> issued)
    : m_url(std::move(url)), m_settings(std::move(settings)), m_issued(std::move(issued))
{
}

DistributionWorker::~DistributionWorker()
{
    stop();
}

void DistributionWorker::start()
{
    m_thread = std::thread([this] { run(); });
}

void DistributionWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void DistributionWorker::poke()
{
    {
        std::lock_guard lock(m_mutex);
        m_poked = true;
    }
    m_wake.notify_all();
}

void DistributionWorker::run()
{
    ServerResult<std::unique_ptr<ServerDb>> db = ServerDb::connect(m_url, QStringLiteral("distribution"));
    if (!db) {
        qWarning("distribution: %s", qPrintable(db.error().message));
        return;
    }
    std::unique_ptr<Distributor> distributor;
    int failures = 0; // in a row: the next turn waits longer (2, 4 ... 60 s), so a broken store is not reloaded every second
    for (;;) {
        bool fresh = false;
        {
            std::unique_lock lock(m_mutex);
            const auto pause = std::chrono::seconds(failures == 0 ? 1 : std::min(60, 1 << std::min(failures, 6)));
            m_wake.wait_for(lock, pause, [this] { return m_stopping || m_poked; });
            if (m_stopping)
                return;
            m_poked = false;
        }
        if (!distributor || distributor->needsReload()) {
            QElapsedTimer timer;
            timer.start();
            ServerResult<std::unique_ptr<Distributor>> loaded = Distributor::load(*db.value(), m_settings);
            db.value()->finishStatements();
            if (!loaded) {
                qWarning("distribution: cannot load the region: %s", qPrintable(loaded.error().message));
                ++failures;
                continue;
            }
            distributor = std::move(loaded).value();
            qInfo("distribution: %d applications waiting and %d open places loaded in %lld ms", distributor->candidateCount(),
                  distributor->openPlaceCount(), qint64(timer.elapsed()));
            fresh = true; // what the region already holds may match: one step at once
        }
        ServerResult<QSqlQuery *> head = db.value()->exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"));
        qint64 latest = 0;
        if (head && head.value()->next())
            latest = head.value()->value(0).toLongLong();
        db.value()->finishStatements();
        if (!head || (!fresh && latest == distributor->head()))
            continue;
        ServerResult<QList<IssuedDirection>> issued = distributor->step(*db.value(), QDateTime::currentDateTimeUtc());
        db.value()->finishStatements();
        if (!issued) {
            qWarning("distribution: %s: %s", qPrintable(issued.error().code), qPrintable(issued.error().message));
            ++failures;
            continue;
        }
        failures = 0;
        if (!issued.value().isEmpty())
            m_issued();
    }
}
