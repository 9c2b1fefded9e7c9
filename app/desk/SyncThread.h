#pragma once

#include "sync/SyncEngine.h"

#include <QObject>
#include <QString>

#include <mutex>

class QThread;

// The desk's sync engine on a thread of its own (docs/design.md 5): the thread opens its own
// connection to the same store, creates the engine there (its network objects must live on the
// thread that runs them) and runs SyncEngine::run() until stop(). Status changes arrive on the
// GUI thread through statusChanged. start() with new options restarts the engine, so a saved
// connection takes effect at once.
class SyncThread : public QObject
{
    Q_OBJECT
public:
    explicit SyncThread(QString storePath, QObject *parent = nullptr);
    ~SyncThread() override;

    // Stops a running engine first; an incomplete connection leaves it stopped.
    void start(const SyncOptions &options);
    // Stops the engine and waits for the thread (a long-poll is cut short).
    void stop();
    // The desk wrote a command: send it now instead of after the long-poll.
    void poke();
    bool isRunning() const;

signals:
    void statusChanged(const SyncStatus &status);

private:
    QString m_storePath;
    QThread *m_thread = nullptr;
    // Guards m_engine and m_stopRequested between the GUI thread and the sync thread.
    std::mutex m_mutex;
    SyncEngine *m_engine = nullptr;
    bool m_stopRequested = false;
};
