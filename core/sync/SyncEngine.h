#pragma once

#include "sync/SyncStore.h"
#include "sync/SyncTypes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaType>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <atomic>
#include <memory>

class Database;
class QNetworkAccessManager;

// Why a sync could not finish, in the clerk's words (message()) and as a stable code (the CLI,
// tests, logs).
struct SyncError
{
    enum class Kind {
        None,
        NoServer,      // no URL set
        NoRoute,       // host not found, connection refused, network down
        Tls,           // the TLS handshake failed (certificate, protocol)
        Timeout,       // no answer in time
        Unauthorized,  // 401: a wrong token, or the desk was revoked
        ServerTooOld,  // the server speaks an older API than this desk
        ServerTooNew,  // the server speaks a newer API than this desk
        Server,        // 5xx, or a 4xx the desk did not expect
        Protocol,      // an answer that is not what docs/api.md says
        Store,         // the local store could not be written
    };
    Kind kind = Kind::None;
    QString detail; // what the server or the network said (English), for the log and the CLI

    bool ok() const { return kind == Kind::None; }
    // A short stable code: "no_route", "tls", "timeout", "unauthorized", ...
    QString code() const;
    // One sentence in the current UI language, with what to do.
    QString message() const;
    // Whether trying again later may help (network and server trouble), or the clerk or an
    // administrator must act first (token, versions).
    bool retryable() const;
};

struct SyncOptions
{
    QUrl server;                 // e.g. https://queue.example.kz:8443
    QString token;               // the desk's bearer token
    int batchSize = 500;         // commands per upload (the server's limit)
    int pageLimit = 5000;        // changes per download page
    int waitSeconds = 25;        // long-poll while idle (the server holds it at most 30 s)
    int requestTimeoutMs = 30000; // a request with no progress for this long is dropped
    // A download of at least this many changes, and of more than the store holds, goes through
    // SyncStore's bulk path (a first sync; docs/sync.md "Bulk download"); 0: never.
    qint64 bulkThreshold = 20000;
};

// What one sync did (qabyldau-cli sync prints it).
struct SyncReport
{
    int sent = 0;                    // commands uploaded (replays included)
    int applied = 0;                 // ... that the server applied
    QList<RejectedCommand> rejected; // ... that it refused now
    qint64 received = 0;             // changes written into the store
    int pages = 0;
    QStringList reloaded;            // partitions downloaded again (checksums differed)
    bool resynced = false;           // the server's store was restored: everything came again
    bool bulk = false;               // the download went through SyncStore's bulk path
    SyncError error;
};

// The live state for the status bar.
struct SyncStatus
{
    enum class State { Offline, Connecting, Syncing, Online };
    State state = State::Offline;
    SyncSummary summary;
    qint64 received = 0;   // changes received in the current download
    qint64 expected = 0;   // how many the server has in all for this desk (0: unknown)
    qint64 secondsLeft = -1; // estimate on a long download, -1: unknown
    SyncError error;
};
Q_DECLARE_METATYPE(SyncStatus)

// The desk's sync engine (docs/design.md 5, docs/api.md). No widgets; it works on its own
// connection to the store, so it runs on a thread of its own (the desk: SyncThread) or in the
// CLI's main thread. Every network call blocks its thread in a local event loop with a timeout;
// stop() and poke() may be called from any thread and cut a long-poll short.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine(std::shared_ptr<Database> database, SyncOptions options, QObject *parent = nullptr);
    ~SyncEngine() override;

    // One full sync: the server's version, every waiting command up (in desk_seq order), every
    // change down until the desk has caught up, differing partitions again. Records the success
    // or the error in the store (sync status).
    SyncReport syncOnce();

    // Settings -> Connection, "Check connection": the server answers, speaks this desk's API,
    // and accepts the token.
    SyncError checkConnection();

    // Syncs, then holds a long-poll; on a change, on poke() or when it ends, syncs again; on an
    // error waits with backoff and jitter (1 s doubling to 60 s). Returns after stop().
    void run();
    void stop();
    void poke();

    SyncStore &store() { return *m_store; }

signals:
    void statusChanged(const SyncStatus &status);

private:
    struct Answer
    {
        int status = 0;            // HTTP status, 0 when none came
        QNetworkReply::NetworkError network = QNetworkReply::NoError;
        QString networkText;
        QByteArray body;
        bool aborted = false;      // cut short by poke() or stop()
    };
    Answer request(const QByteArray &method, const QString &path, const QByteArray &body = {}, int timeoutMs = 0);
    // request() in two halves: a request under way while the thread does something else.
    // awaitAnswer(reply, true) aborts it first (its answer is not wanted).
    QNetworkReply *startRequest(const QByteArray &method, const QString &path, const QByteArray &body, int timeoutMs);
    Answer awaitAnswer(QNetworkReply *reply, bool abort = false);
    QString changesPath(const QString &after, int waitSeconds) const;
    SyncError errorOf(const Answer &answer) const;
    SyncError checkServerVersion();
    SyncError learnDeskNumber();
    SyncError upload(SyncReport &report);
    SyncError download(SyncReport &report, int waitSeconds);
    SyncError reloadPartitions(SyncReport &report);
    void finish(SyncReport &report);
    void publish(SyncStatus::State state, const SyncError &error = {});
    void waitInterruptibly(int milliseconds);

    std::shared_ptr<Database> m_database;
    SyncOptions m_options;
    std::unique_ptr<SyncStore> m_store;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_current;
    std::atomic<bool> m_stopped{false};
    std::atomic<bool> m_poked{false};
    qint64 m_received = 0;
    qint64 m_expected = 0;
    QElapsedTimer m_downloadClock;
    SyncStatus::State m_state = SyncStatus::State::Offline;
};
