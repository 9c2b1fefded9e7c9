#include "api/ApiHandler.h"

#include "api/AnswerPacer.h"

#include "sync/Explain.h"
#include "notify/Notifications.h"

#include "domain/Iin.h"
#include "settings/RuleSettings.h"
#include "store/PartitionRead.h"
#include "store/RegionAdmin.h"
#include "store/ServerChangeLog.h"
#include "store/JsonStream.h"
#include "store/ServerSchema.h"
#include "sync/QueueCommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QTextStream>

#include <chrono>
#include <algorithm>
#include <memory>

namespace Api {

http::Response json(int status, const QByteArray &body)
{
    http::Response response;
    response.status = status;
    response.body = body.toStdString();
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
}

http::Response error(int status, const QString &code, const QString &message, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("code"), code);
    body.insert(QStringLiteral("message"), message);
    return json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace Api

namespace {

QString toQString(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A store failure: logged for the administrator (no personal data in it), answered as retry.
http::Response storeFailure(const ServerError &error)
{
    QTextStream(stderr) << "qabyldau-server: store: " << error.message << '\n';
    return Api::error(503, QStringLiteral("retry"), QStringLiteral("the store is unavailable for a moment: try again"));
}

http::Response unauthorized()
{
    return Api::error(401, QStringLiteral("unauthorized"),
                      QStringLiteral("a valid desk token is required: Authorization: Bearer <token>"));
}

http::Response serverBusy()
{
    return Api::error(503, QStringLiteral("server_busy"), QStringLiteral("the server is busy: try again shortly"));
}

// The desk behind the request's bearer token, or nullopt.
std::optional<Desk> authenticate(ServerDb &db, const QString &authorization, http::Response *failure)
{
    static const QString prefix = QStringLiteral("Bearer ");
    if (!authorization.startsWith(prefix) || authorization.size() > 512) {
        *failure = unauthorized();
        return std::nullopt;
    }
    ServerResult<std::optional<Desk>> desk = RegionAdmin::deskForToken(db, authorization.mid(prefix.size()).trimmed());
    if (!desk) {
        *failure = storeFailure(desk.error());
        return std::nullopt;
    }
    if (!desk.value())
        *failure = unauthorized();
    return desk.value();
}

} // namespace

ApiHandler::ApiHandler(DbPool &pool, ChangeWaiters &waiters, QString epoch, Options options)
    : m_pool(pool), m_waiters(waiters), m_epoch(std::move(epoch)), m_options(options)
{
    CommandWriter::Options writing;
    writing.rules = options.rules;
    if (options.testHooks) {
        writing.killBeforeCommitAt = options.killBeforeCommitAt;
        writing.failGroups = options.failGroups;
    }
    m_writer = std::make_shared<CommandWriter>(writing, [&waiters] { waiters.wake(); });
    // Captures the pool and the waiters, never this: both outlive the handler in serve.
    DbPool *sharedPool = &pool;
    ChangeWaiters *sharedWaiters = &waiters;
    const std::string sharedEpoch = m_epoch.toStdString();
    m_pacing->ahead = options.testHooks ? options.answersAhead : answersAhead;
    std::shared_ptr<Pacing> pacing = m_pacing;
    waiters.setBatch([sharedPool, sharedWaiters, sharedEpoch, pacing](std::vector<ChangeWaiters::Waiter> woken) {
        answerWoken(*sharedPool, *sharedWaiters, sharedEpoch, pacing, std::move(woken));
    });
}

void ApiHandler::answerWoken(DbPool &pool, ChangeWaiters &waiters, const std::string &epoch,
                             const std::shared_ptr<Pacing> &pacing, std::vector<ChangeWaiters::Waiter> woken)
{
    // One task reads the changes the parked desks have not been shown yet once and answers every
    // parked desk from that page, filtered to what that desk may see: a wake-up costs one read
    // instead of one per parked desk (docs/performance.md, "The queue server"). A desk the shared
    // read cannot answer exactly (its page would be cut short, or carry head) looks on its own
    // (counted in /health as woken_alone).
    auto parked = std::make_shared<std::vector<ChangeWaiters::Waiter>>(std::move(woken));
    const std::uint64_t generation = waiters.generation();
    const bool posted = pool.post([parked, generation, epoch, pacing, &waiters](ServerDb &db) {
        std::vector<ChangeWaiters::Waiter> &list = *parked;
        const auto retryAll = [&list] {
            for (ChangeWaiters::Waiter &waiter : list)
                waiter.retry();
        };
        // A desk revoked while parked gets its 401 from its own look, as before.
        QSet<QString> revoked;
        if (ServerResult<QSqlQuery *> rows = db.exec(QStringLiteral("SELECT id FROM desks WHERE revoked_at IS NOT NULL"), {}); rows) {
            while (rows.value()->next())
                revoked.insert(rows.value()->value(0).toString());
        } else {
            db.finishStatements();
            retryAll();
            return;
        }
        db.finishStatements();
        {
            std::vector<std::string> revokedIds;
            for (const QString &id : std::as_const(revoked))
                revokedIds.push_back(id.toStdString());
            waiters.forgetDesks(revokedIds);
        }
        std::int64_t oldest = list.front().knownThrough();
        for (const ChangeWaiters::Waiter &waiter : list)
            oldest = std::min(oldest, waiter.knownThrough());
        // Parked desks were proved to have nothing after the region's newest change when they
        // parked or were last woken (at most maxWaitSeconds ago): the rows after the oldest of
        // those are the commits since. Not the oldest cursor: a quiet kindergarten's cursor stays
        // at its own last change while the others' changes pass it, and a read from there would
        // be cut at the cap and send every woken desk to look on its own (docs/performance.md,
        // "Quiet kindergartens"). The cap bounds a storm.
        constexpr int sharedCap = 2000;
        ServerResult<ServerChangeLog::SharedRead> shared = ServerChangeLog::readShared(db, oldest, sharedCap);
        db.finishStatements();
        if (shared && !shared.value().complete) {
            // Cut short: one desk far behind the others (back with a cursor proved long ago, or
            // its answer slow to reach it) would send every woken desk to look on its own, and
            // under steady commits their looks would leave the next wake-up as far behind. The
            // read is made again from half the cap before the store's newest change: the desks
            // known through that point are answered from it, only those further back look alone.
            ServerResult<qint64> newest = ServerChangeLog::newestSeq(db);
            db.finishStatements();
            if (newest && newest.value() - sharedCap / 2 > oldest) {
                shared = ServerChangeLog::readShared(db, newest.value() - sharedCap / 2, sharedCap);
                db.finishStatements();
            }
        }
        if (!shared) {
            retryAll();
            return;
        }
        const std::string head = "{\"epoch\":\"" + epoch + "\",\"changes\":";
        const std::int64_t through = shared.value().throughSeq(); // used only when a page is proved
        std::uint64_t answeredShared = 0;
        std::uint64_t alone = 0;
        // The answers go out at most pacing->ahead ahead of the I/O threads (AnswerPacer.h), unless
        // another wake-up's task is pacing already: then at once, so that pacing never holds more
        // than one of the pool's threads.
        const bool paces = !pacing->busy.exchange(true);
        const auto donePacing = qScopeGuard([&] {
            if (paces)
                pacing->busy = false;
        });
        AnswerPacer pacer(paces ? pacing->queued : std::function<std::size_t()>(), pacing->ahead,
                          std::chrono::seconds(1));
        for (ChangeWaiters::Waiter &waiter : list) {
            const QString deskId = QString::fromStdString(waiter.deskId);
            if (revoked.contains(deskId)) {
                waiter.retry();
                continue;
            }
            std::string body = head;
            const std::optional<ServerChangeLog::Page> page =
                ServerChangeLog::pageFrom(shared.value(), QString::fromStdString(waiter.orgId), waiter.afterSeq,
                                          waiter.knownThrough(), waiter.limit, body);
            if (!page || page->more) {
                ++alone;
                waiter.retry();
                continue;
            }
            ++answeredShared;
            if (page->count == 0) {
                // Nothing for this desk through the read's newest change (a page is proved only
                // by a complete read): also what its cursor's proof says from now on, for when
                // it comes back with the same cursor after its wait.
                waiter.provenThrough = std::max(waiter.knownThrough(), through);
                waiters.prove(waiter.authorization,
                              {waiter.deskId, waiter.orgId, waiter.afterSeq, generation, {}, waiter.provenThrough});
                if (std::chrono::steady_clock::now() < waiter.deadline) {
                    // Parked again as of the generation before the shared read, so a commit
                    // since then sends it back at once.
                    waiter.seenGeneration = generation;
                    waiters.park(std::move(waiter));
                } else {
                    waiter.timeout();
                }
                continue;
            }
            body.append(",\"cursor\":\"").append(epoch).append(":").append(std::to_string(page->lastSeq));
            body.append("\",\"more\":false,\"checkpoints\":");
            body.append(page->checkpointsJson.constData(), std::size_t(page->checkpointsJson.size())).append("}");
            // The page holds all this desk may see as of the generation before the shared read:
            // when it comes back with this cursor, it parks without a read of its own.
            waiters.prove(waiter.authorization, {waiter.deskId, waiter.orgId, page->lastSeq, generation, {}, through});
            pacer.wait();
            waiter.answer(std::move(body));
        }
        waiters.countWoken(answeredShared, alone);
        waiters.countPaced(pacer.waits());
    });
    if (!posted) {
        for (ChangeWaiters::Waiter &waiter : *parked)
            waiter.retry(); // each answers 503 server_busy, as a look of its own would
    }
}

void ApiHandler::post(const http::Responder &respond, DbPool::Task task, DbPool::Priority priority)
{
    if (!m_pool.post(std::move(task), priority))
        respond(serverBusy());
}

void ApiHandler::handle(http::Request request, http::Responder respond)
{
    const std::string &path = request.path;
    auto only = [&](const char *method) {
        if (request.method == method)
            return true;
        http::Response response = Api::error(405, QStringLiteral("method_not_allowed"),
                                             QStringLiteral("%1 takes %2 only").arg(toQString(path), QString::fromLatin1(method)));
        response.headers.emplace_back("Allow", method);
        respond(std::move(response));
        return false;
    };
    if (path == "/api/v1/health") {
        if (only("GET"))
            health(std::move(respond));
    } else if (path == "/api/v1/commands") {
        if (only("POST"))
            commands(std::move(request), std::move(respond));
    } else if (path == "/api/v1/changes") {
        if (only("GET"))
            changes(std::move(request), std::move(respond));
    } else if (path == "/api/v1/desk") {
        // Issue 13 item 1: the desk's own number in the region, for its application numbers.
        if (only("GET"))
            desk(std::move(request), std::move(respond));
    } else if (path == "/api/v1/queue/position") {
        if (only("GET"))
            position(std::move(request), std::move(respond));
    } else if (path == "/api/v1/partition") {
        if (only("GET"))
            partition(std::move(request), std::move(respond));
    } else if (path == "/api/v1/explain") {
        // Issue 12 item 3: why the application was passed over.
        if (only("GET"))
            ownApplication(std::move(request), std::move(respond), &Explain::forDesk);
    } else if (path == "/api/v1/notifications") {
        // Issue 12 item 5: the messages to the parent and how each was delivered.
        if (only("GET"))
            ownApplication(std::move(request), std::move(respond), &Notifications::forDesk);
    } else if (path.rfind("/api/v1/verify/", 0) == 0) {
        if (only("GET"))
            verify(path.substr(std::string("/api/v1/verify/").size()), std::move(respond));
    } else {
        respond(Api::error(404, QStringLiteral("not_found"), QStringLiteral("no such endpoint: %1").arg(toQString(path).left(200))));
    }
}

void ApiHandler::health(http::Responder respond)
{
    const std::size_t connections = openConnections ? openConnections() : 0;
    const QString epoch = m_epoch;
    const std::size_t parked = m_waiters.parked();
    const std::uint64_t parkedWithoutRead = m_waiters.parkedWithoutRead();
    const std::uint64_t wokenShared = m_waiters.wokenShared();
    const std::uint64_t wokenAlone = m_waiters.wokenAlone();
    const std::uint64_t answersPaced = m_waiters.answersPaced();
    const QJsonObject commandGroups{{QStringLiteral("groups"), qint64(m_writer->groups())},
                                    {QStringLiteral("batches"), qint64(m_writer->batches())},
                                    {QStringLiteral("alone"), qint64(m_writer->alone())}};
    const http::CompressionStats compressed = compression ? compression() : http::CompressionStats();
    post(respond, [respond, connections, epoch, parked, parkedWithoutRead, wokenShared, wokenAlone, answersPaced, commandGroups,
                   compressed](ServerDb &db) {
        ServerResult<int> schema = ServerSchema::version(db);
        if (!schema) {
            respond(storeFailure(schema.error()));
            return;
        }
        respond(Api::json(200, QJsonDocument(QJsonObject{
                                   {QStringLiteral("status"), QStringLiteral("ok")},
                                   {QStringLiteral("api"), 1},
                                   {QStringLiteral("schema"), schema.value()},
                                   {QStringLiteral("store"), db.isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
                                   {QStringLiteral("epoch"), epoch},
                                   {QStringLiteral("connections"), qint64(connections)},
                                   {QStringLiteral("parked"), qint64(parked)},
                                   {QStringLiteral("parked_without_read"), qint64(parkedWithoutRead)},
                                   {QStringLiteral("woken_shared"), qint64(wokenShared)},
                                   {QStringLiteral("woken_alone"), qint64(wokenAlone)},
                                   {QStringLiteral("answers_paced"), qint64(answersPaced)},
                                   {QStringLiteral("command_groups"), commandGroups},
                                   {QStringLiteral("compressed"), QJsonObject{
                                        {QStringLiteral("answers"), qint64(compressed.answers)},
                                        {QStringLiteral("bytes_before"), qint64(compressed.bytesBefore)},
                                        {QStringLiteral("bytes_after"), qint64(compressed.bytesAfter)},
                                    }},
                               }).toJson(QJsonDocument::Compact)));
    });
}

namespace {

// Where the body stops being the strict JSON the desks read (store/JsonStream), if it does. QJsonDocument
// takes more: half of a surrogate pair written as "\udc00", say, which it keeps and writes back as
// it came. Once stored, such a text would go out in a page that every desk of the partition
// refuses, and their sync would stop there; so it is refused here, at the door.
std::optional<JsonError> strictJsonError(QByteArrayView body)
{
    JsonReader reader(body);
    JsonValue key;
    JsonValue value;
    if (reader.openObject())
        while (reader.nextMember(key, value)) {
        }
    return reader.error();
}

} // namespace

void ApiHandler::commands(http::Request request, http::Responder respond)
{
    if (const std::optional<JsonError> strict = strictJsonError(QByteArrayView(request.body.data(), qsizetype(request.body.size())))) {
        respond(Api::error(400, QStringLiteral("bad_json"),
                           QStringLiteral("the body is not a JSON object: %1 at byte %2").arg(strict->reason).arg(strict->offset)));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(request.body), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        respond(Api::error(400, QStringLiteral("bad_json"),
                           parseError.error != QJsonParseError::NoError
                               ? QStringLiteral("the body is not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)
                               : QStringLiteral("the body must be a JSON object")));
        return;
    }
    const QJsonObject batch = document.object();
    if (ServerStatus shape = CommandProcessor::checkShape(batch, m_options.rules); !shape) {
        respond(Api::error(400, shape.error().code, shape.error().message));
        return;
    }
    const QString authorization = toQString(request.header("authorization"));
    const bool drop = m_options.testHooks && request.header("x-test-drop-response") == "1";
    const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
    std::shared_ptr<CommandWriter> writer = m_writer;
    post(respond, [=](ServerDb &db) {
        http::Response failure;
        std::optional<Desk> desk = authenticate(db, authorization, &failure);
        if (!desk) {
            respond(std::move(failure));
            return;
        }
        db.finishStatements();
        // Written with the batches of other desks that arrive meanwhile: one commit, one flush.
        CommandWriter::Entry entry;
        entry.desk = std::move(*desk);
        entry.batch = batch;
        entry.receivedAt = receivedAt;
        entry.done = [respond, drop](const BatchOutcome &outcome) { answerCommands(respond, drop, outcome); };
        entry.busy = [respond] { respond(serverBusy()); };
        if (!writer->submit(db, std::move(entry)))
            respond(serverBusy());
    }, DbPool::Priority::Urgent);
}

void ApiHandler::answerCommands(const http::Responder &respond, bool drop, const BatchOutcome &outcome)
{
    if (drop) {
        http::Response lost;
        lost.dropConnection = true;
        respond(std::move(lost));
        return;
    }
    switch (outcome.kind) {
    case BatchOutcome::Kind::Done:
        respond(Api::json(200, QJsonDocument(QJsonObject{{QStringLiteral("results"), outcome.results},
                                                         {QStringLiteral("last_seq"), outcome.lastSeq}})
                                   .toJson(QJsonDocument::Compact)));
        return;
    case BatchOutcome::Kind::Gap:
        respond(Api::error(409, QStringLiteral("desk_seq_gap"),
                           QStringLiteral("commands are missing before this batch: send from desk_seq %1").arg(outcome.expectedSeq),
                           QJsonObject{{QStringLiteral("expected_seq"), outcome.expectedSeq},
                                       {QStringLiteral("results"), outcome.results}}));
        return;
    case BatchOutcome::Kind::Revoked:
        respond(unauthorized());
        return;
    case BatchOutcome::Kind::JournalRewritten:
        respond(Api::error(409, QStringLiteral("journal_rewritten"),
                           QStringLiteral("the desk's journal no longer contains the head it reported before"),
                           QJsonObject{{QStringLiteral("recorded_head"), outcome.journalHead}}));
        return;
    case BatchOutcome::Kind::JournalUnverified:
        respond(Api::error(409, QStringLiteral("journal_head_unverified"),
                           QStringLiteral("send the batch again with journal_at for journal entry %1")
                               .arg(outcome.journalHead.value(QStringLiteral("seq")).toInteger()),
                           QJsonObject{{QStringLiteral("recorded_seq"), outcome.journalHead.value(QStringLiteral("seq"))}}));
        return;
    case BatchOutcome::Kind::Retry:
        QTextStream(stderr) << "qabyldau-server: store: " << outcome.error.message << '\n';
        respond(Api::error(503, QStringLiteral("retry"),
                           QStringLiteral("the store failed part-way: send again from the first command without an outcome"),
                           QJsonObject{{QStringLiteral("results"), outcome.results},
                                       {QStringLiteral("last_seq"), outcome.lastSeq}}));
        return;
    }
}

namespace {

struct ChangesQuery
{
    QString authorization;
    qint64 afterSeq = 0;
    int limit = 1000;
    std::chrono::steady_clock::time_point deadline;
    bool waits = false;
};

} // namespace

void ApiHandler::changes(http::Request request, http::Responder respond)
{
    auto query = std::make_shared<ChangesQuery>();
    query->authorization = toQString(request.header("authorization"));
    const QString after = toQString(request.query["after"]);
    if (!after.isEmpty() && after != QStringLiteral("0")) {
        const qsizetype colon = after.lastIndexOf(u':');
        bool numeric = false;
        const qint64 seq = colon > 0 ? after.mid(colon + 1).toLongLong(&numeric) : 0;
        if (colon <= 0 || !numeric || seq < 0) {
            respond(Api::error(400, QStringLiteral("bad_cursor"), QStringLiteral("after must be a cursor this server gave, or empty")));
            return;
        }
        if (after.left(colon) != m_epoch) {
            respond(Api::error(409, QStringLiteral("cursor_epoch_changed"),
                               QStringLiteral("the store was restored or compacted since this cursor was given: download everything again"),
                               QJsonObject{{QStringLiteral("epoch"), m_epoch}}));
            return;
        }
        query->afterSeq = seq;
    }
    auto number = [&](const char *name, int fallback, int low, int high, int *out) {
        const auto it = request.query.find(name);
        if (it == request.query.end() || it->second.empty()) {
            *out = fallback;
            return true;
        }
        bool ok = false;
        const int value = toQString(it->second).toInt(&ok);
        if (!ok || value < low || value > high) {
            respond(Api::error(400, QStringLiteral("bad_parameter"),
                               QStringLiteral("%1 must be a whole number from %2 to %3").arg(QString::fromLatin1(name)).arg(low).arg(high)));
            return false;
        }
        *out = value;
        return true;
    };
    int wait = 0;
    if (!number("limit", m_options.defaultPageLimit, 1, m_options.maxPageLimit, &query->limit)
        || !number("wait", 0, 0, m_options.maxWaitSeconds, &wait))
        return;
    query->waits = wait > 0;
    query->deadline = std::chrono::steady_clock::now() + std::chrono::seconds(wait);

    const QString epoch = m_epoch;
    ChangeWaiters *waiters = &m_waiters;
    DbPool *pool = &m_pool;
    // A parked request: a wake-up sends it to the shared read (answerWoken) or back to look.
    auto parkedWaiter = [query, respond, epoch](std::shared_ptr<std::function<void()>> look, const Desk &desk,
                                                std::uint64_t generation, std::int64_t provenThrough) {
        ChangeWaiters::Waiter waiter;
        waiter.deadline = query->deadline;
        waiter.retry = [look] { (*look)(); };
        waiter.timeout = [respond, epoch, query] {
            respond(Api::json(200, QByteArray("{\"epoch\":\"") + epoch.toUtf8() + "\",\"changes\":[],\"cursor\":\""
                                       + epoch.toUtf8() + ':' + QByteArray::number(query->afterSeq)
                                       + "\",\"more\":false,\"checkpoints\":[]}"));
        };
        waiter.seenGeneration = generation;
        waiter.deskId = desk.id.toStdString();
        waiter.orgId = desk.orgId.toStdString();
        waiter.afterSeq = query->afterSeq;
        waiter.provenThrough = provenThrough;
        waiter.limit = query->limit;
        waiter.authorization = query->authorization.toStdString();
        waiter.answer = [respond](std::string answered) {
            http::Response response;
            response.body = std::move(answered);
            response.headers.emplace_back("Cache-Control", "no-store");
            respond(std::move(response));
        };
        return waiter;
    };
    // look: read a page; when it is empty and the request may wait, park it until a wake-up.
    auto look = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> weakLook = look;
    *look = [=]() {
        const std::uint64_t generation = waiters->generation();
        // Whoever calls look holds it (this function, or a parked waiter's retry); the queued
        // task holds it until it has answered or parked again. No cycle: look itself holds
        // only a weak reference.
        std::shared_ptr<std::function<void()>> self = weakLook.lock();
        auto task = [=](ServerDb &db) {
            http::Response failure;
            const std::optional<Desk> desk = authenticate(db, query->authorization, &failure);
            if (!desk) {
                respond(std::move(failure));
                return;
            }
            // A request that may wait reads the store's newest change first: when its page comes
            // back empty, nothing the desk may see lies up to that change either, and a wake-up's
            // shared read can start there instead of at this desk's cursor (answerWoken).
            std::int64_t storeNewest = query->afterSeq;
            if (query->waits) {
                ServerResult<qint64> read = ServerChangeLog::newestSeq(db);
                db.finishStatements();
                if (!read) {
                    respond(storeFailure(read.error()));
                    return;
                }
                storeNewest = read.value();
            }
            // The body is written in place: the changes go straight after its head. A page is one
            // SELECT, so one snapshot without a transaction of its own (a parked desk looks
            // several times a second: every statement saved counts).
            const std::string head = "{\"epoch\":\"" + epoch.toStdString() + "\",\"changes\":";
            std::string body = head;
            ServerResult<ServerChangeLog::Page> page = ServerChangeLog::read(db, desk->orgId, query->afterSeq, query->limit, body);
            db.finishStatements();
            if (!page) {
                respond(storeFailure(page.error()));
                return;
            }
            const std::string authorization = query->authorization.toStdString();
            if (page.value().count == 0 && query->waits && std::chrono::steady_clock::now() < query->deadline) {
                if (self) {
                    const std::int64_t through = std::max<std::int64_t>(query->afterSeq, storeNewest);
                    waiters->prove(authorization,
                                   {desk->id.toStdString(), desk->orgId.toStdString(), query->afterSeq, generation, {}, through});
                    waiters->park(parkedWaiter(self, *desk, generation, through));
                    return;
                }
            }
            const ServerChangeLog::Page &result = page.value();
            if (!result.more) // the page holds every change the desk may see up to storeNewest (read before it)
                waiters->prove(authorization, {desk->id.toStdString(), desk->orgId.toStdString(), result.lastSeq, generation, {},
                                               std::max<std::int64_t>(result.lastSeq, storeNewest)});
            body.append(",\"cursor\":\"").append(epoch.toStdString()).append(":").append(std::to_string(result.lastSeq));
            body.append("\",\"more\":").append(result.more ? "true" : "false");
            // More to come: the newest change this desk may see, so a long first download can show
            // its progress. Only then: a long-poll's page pays nothing for it.
            if (result.more) {
                if (ServerResult<qint64> newest = ServerChangeLog::latestVisible(db, desk->orgId); newest)
                    body.append(",\"head\":").append(std::to_string(newest.value()));
                db.finishStatements();
            }
            body.append(",\"checkpoints\":").append(result.checkpointsJson.constData(), std::size_t(result.checkpointsJson.size())).append("}");
            http::Response response;
            response.body = std::move(body);
            response.headers.emplace_back("Cache-Control", "no-store");
            respond(std::move(response));
        };
        if (!pool->post(task))
            respond(Api::error(503, QStringLiteral("server_busy"), QStringLiteral("the server is busy: try again shortly")));
    };
    // A desk back with the cursor its last answer gave, within the proof's lifetime, has nothing
    // new as of that answer's generation: it parks at once, with no read (a wake-up since then
    // sends it to the next tick's shared read). Under steady commits 2,000 returning desks would
    // otherwise cost two statements each per tick (docs/performance.md, "The queue server").
    if (query->waits && std::chrono::steady_clock::now() < query->deadline) {
        if (const std::optional<ChangeWaiters::Proof> proof = waiters->proofFor(query->authorization.toStdString(), query->afterSeq)) {
            Desk desk;
            desk.id = QString::fromStdString(proof->deskId);
            desk.orgId = QString::fromStdString(proof->orgId);
            waiters->countParkedWithoutRead();
            waiters->park(parkedWaiter(look, desk, proof->generation, proof->provenThrough));
            return;
        }
    }
    (*look)();
}

void ApiHandler::position(http::Request request, http::Responder respond)
{
    const Expected<Iin> iin = Iin::parse(toQString(request.query["iin"]));
    if (!iin) {
        respond(Api::error(400, QStringLiteral("invalid_iin"), iin.error().message()));
        return;
    }
    const QString authorization = toQString(request.header("authorization"));
    const QString childIin = iin->toString();
    post(respond, [=](ServerDb &db) {
        http::Response failure;
        if (!authenticate(db, authorization, &failure)) {
            respond(std::move(failure));
            return;
        }
        ServerResult<std::optional<QJsonObject>> found = QueueCommands::position(db, childIin, RuleSettings());
        if (!found) {
            respond(storeFailure(found.error()));
            return;
        }
        if (!found.value()) {
            respond(Api::error(404, QStringLiteral("not_found"), QStringLiteral("no active application for this IIN")));
            return;
        }
        respond(Api::json(200, QJsonDocument(*found.value()).toJson(QJsonDocument::Compact)));
    });
}

// Issue 13 item 1: who the asking desk is - its number in the region (the DDD of its application
// numbers, docs/sync.md) and its kindergarten.
void ApiHandler::desk(http::Request request, http::Responder respond)
{
    const QString authorization = toQString(request.header("authorization"));
    post(respond, [=](ServerDb &db) {
        http::Response failure;
        const std::optional<Desk> found = authenticate(db, authorization, &failure);
        if (!found) {
            respond(std::move(failure));
            return;
        }
        respond(Api::json(200, QJsonDocument(QJsonObject{{QStringLiteral("desk_number"), found->number},
                                                         {QStringLiteral("org_id"), found->orgId}})
                                   .toJson(QJsonDocument::Compact)));
    });
}

// RULES def. 2, 11, issue 12 item 6: what a printed document's verification code stands for - its
// kind, number and date and the kindergarten's name (and how many rows a register, an audit or a
// bulletin listed) - and nothing about the child or the parent.
// No token: whoever holds the paper may ask.
void ApiHandler::verify(const std::string &code, http::Responder respond)
{
    const QString text = toQString(code).toLower();
    const bool wellFormed = text.size() == 10
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
    if (!wellFormed) {
        respond(Api::error(400, QStringLiteral("invalid_code"), QStringLiteral("a verification code is 10 hexadecimal digits")));
        return;
    }
    post(respond, [respond, text](ServerDb &db) {
        for (const auto &[kind, table] : {std::pair{QStringLiteral("contract"), QStringLiteral("contracts")},
                                          std::pair{QStringLiteral("refusal"), QStringLiteral("refusals")}}) {
            ServerResult<QSqlQuery *> rows = db.exec(
                QStringLiteral("SELECT t.number, t.date, t.direction_number, o.name_kk, o.name_ru FROM %1 t "
                               "JOIN orgs o ON o.id = t.org_id WHERE t.verification_code = ?")
                    .arg(table),
                {text});
            if (!rows) {
                respond(storeFailure(rows.error()));
                return;
            }
            QSqlQuery &row = *rows.value();
            if (!row.next())
                continue;
            respond(Api::json(200, QJsonDocument(QJsonObject{
                                       {QStringLiteral("kind"), kind},
                                       {QStringLiteral("number"), row.value(0).toString()},
                                       {QStringLiteral("date"), row.value(1).toString()},
                                       {QStringLiteral("direction_number"), row.value(2).toString()},
                                       {QStringLiteral("kindergarten"), QJsonObject{{QStringLiteral("kk"), row.value(3).toString()},
                                                                                    {QStringLiteral("ru"), row.value(4).toString()}}},
                                   }).toJson(QJsonDocument::Compact)));
            return;
        }
        // Every other printed document, as its desk reported it when printing
        // (record_printed_document, sync/DocumentCommands.h).
        ServerResult<QSqlQuery *> printed = db.exec(
            QStringLiteral("SELECT p.document, p.number, p.date, p.records, o.name_kk, o.name_ru FROM printed_documents p "
                           "LEFT JOIN orgs o ON o.id = p.org_id WHERE p.verification_code = ?"),
            {text});
        if (!printed) {
            respond(storeFailure(printed.error()));
            return;
        }
        if (QSqlQuery &row = *printed.value(); row.next()) {
            QJsonObject answer{
                {QStringLiteral("kind"), row.value(0).toString()},
                {QStringLiteral("number"), row.value(1).toString()},
                {QStringLiteral("date"), row.value(2).toString()},
                // null: the region's bulletin of every kindergarten (`bulletin --json` without --org).
                {QStringLiteral("kindergarten"), row.value(4).isNull()
                                                     ? QJsonValue()
                                                     : QJsonValue(QJsonObject{{QStringLiteral("kk"), row.value(4).toString()},
                                                                              {QStringLiteral("ru"), row.value(5).toString()}})},
            };
            if (const qint64 records = row.value(3).toLongLong(); records >= 0)
                answer.insert(QStringLiteral("records"), records);
            respond(Api::json(200, QJsonDocument(answer).toJson(QJsonDocument::Compact)));
            return;
        }
        respond(Api::error(404, QStringLiteral("unknown_code"), QStringLiteral("no document of this region carries this code")));
    });
}

// What a desk may ask of an application registered at its own kindergarten: `read` answers for
// the desk's kindergarten, nullopt (404 not_found) for an application registered elsewhere or not
// at all, so another kindergarten's desk learns nothing of it.
void ApiHandler::ownApplication(http::Request request, http::Responder respond, OwnApplicationRead read)
{
    const QString applicationId = toQString(request.query["application"]);
    if (applicationId.isEmpty() || applicationId.size() > 64) {
        respond(Api::error(400, QStringLiteral("invalid_application"), QStringLiteral("application=ID is required")));
        return;
    }
    const QString authorization = toQString(request.header("authorization"));
    post(respond, [=](ServerDb &db) {
        http::Response failure;
        const std::optional<Desk> desk = authenticate(db, authorization, &failure);
        if (!desk) {
            respond(std::move(failure));
            return;
        }
        ServerResult<std::optional<QJsonObject>> found = read(db, applicationId, desk->orgId);
        if (!found) {
            respond(storeFailure(found.error()));
            return;
        }
        if (!found.value()) {
            respond(Api::error(404, QStringLiteral("not_found"), QStringLiteral("no application %1 registered at this kindergarten").arg(applicationId)));
            return;
        }
        respond(Api::json(200, QJsonDocument(*found.value()).toJson(QJsonDocument::Compact)));
    });
}

void ApiHandler::partition(http::Request request, http::Responder respond)
{
    const QString name = toQString(request.query["name"]);
    const std::optional<QString> scope = PartitionRead::scopeOf(name);
    if (!scope) {
        respond(Api::error(400, QStringLiteral("bad_parameter"), QStringLiteral("name must be orgs, year:YYYY or org:ID")));
        return;
    }
    const std::optional<PartitionRead::Key> after = PartitionRead::parseKey(toQString(request.query["after"]));
    if (!after) {
        respond(Api::error(400, QStringLiteral("bad_cursor"), QStringLiteral("after must be a next this server gave, or empty")));
        return;
    }
    int limit = m_options.defaultPageLimit;
    if (const auto it = request.query.find("limit"); it != request.query.end() && !it->second.empty()) {
        bool ok = false;
        limit = toQString(it->second).toInt(&ok);
        if (!ok || limit < 1 || limit > m_options.maxPageLimit) {
            respond(Api::error(400, QStringLiteral("bad_parameter"),
                               QStringLiteral("limit must be a whole number from 1 to %1").arg(m_options.maxPageLimit)));
            return;
        }
    }
    const QString authorization = toQString(request.header("authorization"));
    const QString epoch = m_epoch;
    const QString partitionScope = *scope;
    const PartitionRead::Key from = *after;
    post(respond, [=](ServerDb &db) {
        http::Response failure;
        const std::optional<Desk> desk = authenticate(db, authorization, &failure);
        if (!desk) {
            respond(std::move(failure));
            return;
        }
        // Scoping (docs/design.md 5.6): a kindergarten's partition holds names and IINs; only its
        // own desks may read it. Every desk may read the anonymous ones.
        if (!partitionScope.isEmpty() && partitionScope != desk->orgId) {
            respond(Api::error(403, QStringLiteral("forbidden_partition"),
                               QStringLiteral("this desk may read orgs, year:YYYY and its own kindergarten's partition only")));
            return;
        }
        std::string body = "{\"epoch\":\"" + epoch.toStdString() + "\",\"partition\":";
        const QByteArray quotedName = ServerChangeLog::jsonString(name);
        body.append(quotedName.constData(), std::size_t(quotedName.size()));
        body.append(",\"rows\":");
        ServerResult<PartitionRead::Page> page = PartitionRead::read(db, name, desk->orgId, from, limit, body);
        if (!page) {
            respond(storeFailure(page.error()));
            return;
        }
        const PartitionRead::Page &result = page.value();
        const QByteArray next = ServerChangeLog::jsonString(result.more ? PartitionRead::keyText(result.next) : QString());
        body.append(",\"at\":").append(std::to_string(result.at));
        body.append(",\"next\":").append(next.constData(), std::size_t(next.size()));
        body.append(",\"more\":").append(result.more ? "true" : "false");
        if (!result.more) {
            body.append(",\"checkpoint\":{\"partition\":").append(quotedName.constData(), std::size_t(quotedName.size()));
            body.append(",\"count\":").append(std::to_string(result.rowCount));
            body.append(",\"checksum\":\"").append(ServerChangeLog::checksumText(result.checksum).toStdString()).append("\"}");
        }
        body.append("}");
        http::Response response;
        response.body = std::move(body);
        response.headers.emplace_back("Cache-Control", "no-store");
        respond(std::move(response));
    });
}
