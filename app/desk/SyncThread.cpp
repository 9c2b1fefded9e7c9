#include "SyncThread.h"

#include "store/Database.h"

#include <QThread>

SyncThread::SyncThread(QString storePath, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
{
    qRegisterMetaType<SyncStatus>();
}

SyncThread::~SyncThread()
{
    stop();
}

void SyncThread::start(const SyncOptions &options)
{
    stop();
    if (options.server.isEmpty() || options.token.isEmpty())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stopRequested = false;
    }
    m_thread = QThread::create([this, options] {
        Expected<std::shared_ptr<Database>> database = Database::open(m_storePath);
        if (!database) {
            SyncStatus status;
            status.error.kind = SyncError::Kind::Store;
            status.error.detail = database.error().detail;
            emit statusChanged(status);
            return;
        }
        auto engine = std::make_unique<SyncEngine>(*database, options);
        // Queued: the receivers live on the GUI thread.
        connect(engine.get(), &SyncEngine::statusChanged, this, &SyncThread::statusChanged, Qt::QueuedConnection);
        {
            const std::lock_guard lock(m_mutex);
            if (m_stopRequested)
                return;
            m_engine = engine.get();
        }
        engine->run();
        {
            const std::lock_guard lock(m_mutex);
            m_engine = nullptr;
        }
        // The engine and its connection go on this thread, before the thread ends.
        engine.reset();
    });
    m_thread->setObjectName(QStringLiteral("sync"));
    m_thread->start();
}

void SyncThread::stop()
{
    if (!m_thread)
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stopRequested = true;
        if (m_engine)
            m_engine->stop();
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void SyncThread::poke()
{
    const std::lock_guard lock(m_mutex);
    if (m_engine)
        m_engine->poke();
}

bool SyncThread::isRunning() const
{
    return m_thread && m_thread->isRunning();
}
