#pragma once

#include "api/ChangeWaiters.h"
#include "api/CommandWriter.h"
#include "api/DbPool.h"
#include "http/HttpTypes.h"
#include "sync/CommandProcessor.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <functional>

// Sync API v1 (docs/api.md): routes a plain request to its handler, checks the desk's bearer
// token, runs the database work on the pool and answers JSON. Every error is
// {"code": "...", "message": "..."} with a stable code.
class ApiHandler : public http::Handler
{
public:
    // A wake-up's answers waiting for an I/O thread at most (AnswerPacer.h).
    static constexpr std::size_t answersAhead = 16;

    struct Options
    {
        ServerRules rules;
        int maxWaitSeconds = 30;
        int defaultPageLimit = 1000;
        int maxPageLimit = 5000;
        // Test hooks (QABYLDAU_TEST_HOOKS=1 only): "X-Test-Drop-Response: 1" on a commands
        // request drops the response after the commit, as a lost connection would; and
        // CommandWriter's (QABYLDAU_TEST_KILL_GROUP=N, QABYLDAU_TEST_FAIL_GROUPS=1); and the
        // answers a wake-up lets ahead of the I/O threads (QABYLDAU_TEST_ANSWERS_AHEAD=N).
        bool testHooks = false;
        int killBeforeCommitAt = 0;
        bool failGroups = false;
        std::size_t answersAhead = ApiHandler::answersAhead;
    };

    ApiHandler(DbPool &pool, ChangeWaiters &waiters, QString epoch, Options options);

    void handle(http::Request request, http::Responder respond) override;

    // For /health.
    std::function<std::size_t()> openConnections;
    std::function<http::CompressionStats()> compression;

    // How many answers wait for an I/O thread (http::Server::answersQueued): a wake-up's answers
    // to the parked desks go out at most answersAhead ahead of them (answerWoken). Called once,
    // before the server starts (not synchronised: no wake-up runs before then); without it the
    // answers go out at once.
    void setAnswersQueued(std::function<std::size_t()> queued) { m_pacing->queued = std::move(queued); }

private:
    // How a wake-up's task paces its answers (answerWoken, AnswerPacer.h). Shared with the
    // wake-ups' tasks, which may outlive this handler (never the server: the pool is stopped first).
    struct Pacing
    {
        std::function<std::size_t()> queued; // setAnswersQueued
        std::size_t ahead = answersAhead;     // Options::answersAhead under the test hooks
        // One wake-up's task paces at a time, so pacing holds at most one of the pool's threads;
        // a task that finds another pacing sends its answers at once.
        std::atomic<bool> busy{false};
    };

    void health(http::Responder respond);
    void commands(http::Request request, http::Responder respond);
    static void answerCommands(const http::Responder &respond, bool drop, const BatchOutcome &outcome);
    void changes(http::Request request, http::Responder respond);
    void position(http::Request request, http::Responder respond);
    void desk(http::Request request, http::Responder respond);
    void partition(http::Request request, http::Responder respond);
    void verify(const std::string &code, http::Responder respond);
    using OwnApplicationRead = ServerResult<std::optional<QJsonObject>> (*)(ServerDb &db, const QString &applicationId,
                                                                            const QString &orgId);
    // GET ...?application=ID of an application registered at the desk's own kindergarten
    // (explain, notifications).
    void ownApplication(http::Request request, http::Responder respond, OwnApplicationRead read);
    // Answers the long-polls a wake-up sent back from one shared read (ChangeWaiters::setBatch).
    static void answerWoken(DbPool &pool, ChangeWaiters &waiters, const std::string &epoch,
                            const std::shared_ptr<Pacing> &pacing, std::vector<ChangeWaiters::Waiter> woken);
    // Posts work to the pool, or answers 503 server_busy when the pool's queue is full.
    void post(const http::Responder &respond, DbPool::Task task, DbPool::Priority priority = DbPool::Priority::Normal);

    DbPool &m_pool;
    ChangeWaiters &m_waiters;
    QString m_epoch;
    Options m_options;
    std::shared_ptr<CommandWriter> m_writer; // shared with the pool's tasks
    std::shared_ptr<Pacing> m_pacing = std::make_shared<Pacing>();
};

namespace Api {
http::Response json(int status, const QByteArray &body);
http::Response error(int status, const QString &code, const QString &message, const QJsonObject &extra = {});
} // namespace Api
