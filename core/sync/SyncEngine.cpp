#include "sync/SyncEngine.h"

#include "store/Database.h"
#include "store/Journal.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QScopeGuard>
#include <QUrlQuery>

namespace {

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

QJsonObject errorBody(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QString errorCode(const QByteArray &body)
{
    return errorBody(body).value(QStringLiteral("code")).toString();
}

} // namespace

QString SyncError::code() const
{
    switch (kind) {
    case Kind::None: return QStringLiteral("ok");
    case Kind::NoServer: return QStringLiteral("no_server");
    case Kind::NoRoute: return QStringLiteral("no_route");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Unauthorized: return QStringLiteral("unauthorized");
    case Kind::ServerTooOld: return QStringLiteral("server_too_old");
    case Kind::ServerTooNew: return QStringLiteral("server_too_new");
    case Kind::Server: return QStringLiteral("server_error");
    case Kind::Protocol: return QStringLiteral("protocol_error");
    case Kind::Store: return QStringLiteral("store_error");
    }
    return {};
}

QString SyncError::message() const
{
    switch (kind) {
    case Kind::None: return {};
    case Kind::NoServer:
        return QCoreApplication::translate("SyncError", "No queue server is set: enter its address and the desk token in Settings.");
    case Kind::NoRoute:
        return QCoreApplication::translate("SyncError", "The queue server cannot be reached: check the network and the server address. Work goes on offline.");
    case Kind::Tls:
        return QCoreApplication::translate("SyncError", "The secure connection to the queue server failed (certificate): tell the administrator.");
    case Kind::Timeout:
        return QCoreApplication::translate("SyncError", "The queue server did not answer in time. Work goes on offline; the desk will try again.");
    case Kind::Unauthorized:
        return QCoreApplication::translate("SyncError", "The queue server did not accept the desk token (wrong or revoked): ask the administrator for a new one.");
    case Kind::ServerTooOld:
        return QCoreApplication::translate("SyncError", "The queue server is older than this program: the server must be updated.");
    case Kind::ServerTooNew:
        return QCoreApplication::translate("SyncError", "The queue server is newer than this program: update Qabyldau on this desk.");
    case Kind::Server:
        return QCoreApplication::translate("SyncError", "The queue server reported a problem; the desk will try again.");
    case Kind::Protocol:
        return QCoreApplication::translate("SyncError", "The queue server sent an answer this desk cannot read; nothing of it was saved.");
    case Kind::Store:
        return QCoreApplication::translate("SyncError", "The local store could not be written; nothing was lost on the server.");
    }
    return {};
}

bool SyncError::retryable() const
{
    switch (kind) {
    case Kind::NoRoute:
    case Kind::Timeout:
    case Kind::Server:
    case Kind::Protocol:
    case Kind::Store:
    case Kind::Tls:
        return true;
    default:
        return false;
    }
}

SyncEngine::SyncEngine(std::shared_ptr<Database> database, SyncOptions options, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_options(std::move(options)),
      m_store(std::make_unique<SyncStore>(m_database->connection())), m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<SyncStatus>();
    // Desks sit behind proxies that are set system-wide; the server is named by the clerk.
    m_network->setAutoDeleteReplies(false);
    // QABYLDAU_SYNC_BULK=0: every page the ordinary way, one request at a time (the baseline of
    // bench/sync_first.sh; or to rule the bulk path out when something looks wrong).
    if (qEnvironmentVariable("QABYLDAU_SYNC_BULK") == QLatin1String("0"))
        m_options.bulkThreshold = 0;
}

SyncEngine::~SyncEngine()
{
    m_store.reset(); // its statements go before the connection
}

SyncEngine::Answer SyncEngine::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                       int timeoutMs)
{
    return awaitAnswer(startRequest(method, path, body, timeoutMs));
}

QNetworkReply *SyncEngine::startRequest(const QByteArray &method, const QString &path, const QByteArray &body,
                                        int timeoutMs)
{
    QUrl url = m_options.server;
    const qsizetype query = path.indexOf(u'?');
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_options.token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(timeoutMs > 0 ? timeoutMs : m_options.requestTimeoutMs);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    m_current = reply;
    return reply;
}

SyncEngine::Answer SyncEngine::awaitAnswer(QNetworkReply *reply, bool abort)
{
    Answer answer;
    m_current = reply;
    if (abort)
        reply->abort();
    if (!reply->isFinished()) {
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    m_current.clear();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.network = reply->error();
    answer.networkText = reply->errorString();
    if (reply->isOpen())
        answer.body = reply->readAll();
    answer.aborted = answer.network == QNetworkReply::OperationCanceledError && (m_poked || m_stopped);
    reply->deleteLater();
    return answer;
}

SyncError SyncEngine::errorOf(const Answer &answer) const
{
    using Kind = SyncError::Kind;
    if (answer.status == 401)
        return {Kind::Unauthorized, errorCode(answer.body)};
    if (answer.status > 0) {
        const QJsonObject body = errorBody(answer.body);
        const QString detail = QStringLiteral("HTTP %1 %2: %3")
                                   .arg(answer.status)
                                   .arg(body.value(QStringLiteral("code")).toString(),
                                        body.value(QStringLiteral("message")).toString());
        if (answer.status == 404 && body.isEmpty())
            return {Kind::ServerTooOld, detail};
        return {Kind::Server, detail};
    }
    switch (answer.network) {
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return {Kind::NoRoute, answer.networkText};
    case QNetworkReply::SslHandshakeFailedError:
        return {Kind::Tls, answer.networkText};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout cancels
        return {Kind::Timeout, answer.networkText};
    default:
        return {Kind::NoRoute, answer.networkText};
    }
}

SyncError SyncEngine::checkServerVersion()
{
    const Answer answer = request("GET", QStringLiteral("/api/v1/health"));
    if (answer.status != 200)
        return errorOf(answer);
    const QJsonObject health = errorBody(answer.body);
    if (!health.contains(QStringLiteral("api")))
        return {SyncError::Kind::Protocol, QStringLiteral("/health has no api version")};
    const int api = health.value(QStringLiteral("api")).toInt();
    if (api < SyncProtocol::apiVersion)
        return {SyncError::Kind::ServerTooOld, QStringLiteral("server api %1, desk %2").arg(api).arg(SyncProtocol::apiVersion)};
    if (api > SyncProtocol::apiVersion)
        return {SyncError::Kind::ServerTooNew, QStringLiteral("server api %1, desk %2").arg(api).arg(SyncProtocol::apiVersion)};
    return {};
}

// Issue 13 item 1: the desk's number in its region, the DDD of the application numbers it gives
// (docs/sync.md, "Application numbers"). Asked once: the server never changes it. A server
// without GET /api/v1/desk (404) leaves the desk at 000 and the sync goes on.
SyncError SyncEngine::learnDeskNumber()
{
    const Expected<int> known = m_store->deskNumber();
    if (!known)
        return {SyncError::Kind::Store, known.error().message()};
    if (*known > 0)
        return {};
    const Answer answer = request("GET", QStringLiteral("/api/v1/desk"));
    if (answer.status == 404)
        return {};
    if (answer.status != 200)
        return errorOf(answer);
    const QJsonValue number = errorBody(answer.body).value(QStringLiteral("desk_number"));
    // A whole number the format can write (ApplicationNumber: up to six digits).
    if (!number.isDouble() || number.toDouble() != double(number.toInt()) || number.toInt() < 1 || number.toInt() > 999999)
        return {SyncError::Kind::Protocol, QStringLiteral("/desk has no valid desk_number")};
    if (const Status saved = m_store->setDeskNumber(number.toInt()); !saved)
        return {SyncError::Kind::Store, saved.error().message()};
    return {};
}

SyncError SyncEngine::checkConnection()
{
    if (!m_options.server.isValid() || m_options.server.isEmpty())
        return {SyncError::Kind::NoServer, {}};
    if (const SyncError version = checkServerVersion(); !version.ok())
        return version;
    // The token: the cheapest authenticated request (an empty page at the newest cursor is not
    // known yet, so one change at most).
    const Answer answer = request("GET", QStringLiteral("/api/v1/changes?limit=1"));
    if (answer.status != 200)
        return errorOf(answer);
    return {};
}

SyncError SyncEngine::upload(SyncReport &report)
{
    qint64 from = 0;
    int gaps = 0;
    qint64 askedJournalSeq = 0;
    while (!m_stopped) {
        const Expected<qint64> head = m_store->outboxHead();
        if (!head)
            return {SyncError::Kind::Store, head.error().message()};
        const Expected<QList<OutboxCommand>> batch = m_store->batch(from, m_options.batchSize);
        if (!batch)
            return {SyncError::Kind::Store, batch.error().message()};
        if (batch->isEmpty())
            return {};
        QJsonArray commands;
        for (const OutboxCommand &command : *batch)
            commands.append(QJsonObject{
                {QStringLiteral("id"), command.id},
                {QStringLiteral("desk_seq"), command.position},
                {QStringLiteral("type"), command.type},
                {QStringLiteral("payload"), command.payload},
                {QStringLiteral("created_at"), Journal::timestampText(command.createdAt)},
                {QStringLiteral("clerk"), command.clerk},
            });
        // Issue 14 item 4: the journal's head goes with every upload; the server keeps the last
        // one and refuses a head that contradicts it (journal_rewritten: history rewritten).
        const Expected<QJsonObject> journalHead = m_store->journalHead();
        if (!journalHead)
            return {SyncError::Kind::Store, journalHead.error().message()};
        const Expected<QJsonObject> journalAt = m_store->journalAt(askedJournalSeq);
        if (!journalAt)
            return {SyncError::Kind::Store, journalAt.error().message()};
        QJsonObject upload{{QStringLiteral("outbox_head"), *head}, {QStringLiteral("commands"), commands}};
        if (!journalHead->isEmpty())
            upload.insert(QStringLiteral("journal_head"), *journalHead);
        if (!journalHead->isEmpty() && !journalAt->isEmpty())
            upload.insert(QStringLiteral("journal_at"), *journalAt);
        const QByteArray body = QJsonDocument(upload).toJson(QJsonDocument::Compact);
        const Answer answer = request("POST", QStringLiteral("/api/v1/commands"), body);
        if (answer.status == 409 && errorCode(answer.body) == QLatin1String("desk_seq_gap")) {
            // The server has not seen commands before this batch (its store was restored): send
            // again from the number it expects.
            const qint64 expected = errorBody(answer.body).value(QStringLiteral("expected_seq")).toInteger();
            if (expected < 1 || ++gaps > 3)
                return {SyncError::Kind::Protocol, QStringLiteral("desk_seq_gap without a usable expected_seq")};
            from = expected;
            continue;
        }
        if (answer.status == 409 && errorCode(answer.body) == QLatin1String("journal_head_unverified")
            && askedJournalSeq == 0) {
            // The server recorded a later head than this desk knows it acknowledged (an answer was
            // lost): the same batch again, with this journal's hash at the seq it recorded.
            askedJournalSeq = errorBody(answer.body).value(QStringLiteral("recorded_seq")).toInteger();
            if (askedJournalSeq < 1)
                return {SyncError::Kind::Protocol, QStringLiteral("journal_head_unverified without a usable recorded_seq")};
            continue;
        }
        if (answer.status != 200 && !(answer.status == 503 && errorCode(answer.body) == QLatin1String("retry"))) {
            const SyncError error = errorOf(answer);
            if (answer.status == 0)
                (void)m_store->recordFailedUpload(*batch, error.detail);
            return error;
        }
        QString parseError;
        const std::optional<SyncCommandsAnswer> parsed = SyncProtocol::parseCommandsAnswer(answer.body, &parseError);
        if (!parsed)
            return {SyncError::Kind::Protocol, parseError};
        if (const Status recorded = m_store->recordOutcomes(parsed->outcomes, now()); !recorded)
            return {SyncError::Kind::Store, recorded.error().message()};
        if (!journalHead->isEmpty() && answer.status == 200)
            if (const Status kept = m_store->recordAcknowledgedHead(*journalHead); !kept)
                return {SyncError::Kind::Store, kept.error().message()};
        report.sent += int(parsed->outcomes.size());
        for (const SyncOutcome &outcome : parsed->outcomes) {
            if (outcome.status == SyncOutcome::Status::Applied) {
                ++report.applied;
            } else {
                RejectedCommand rejected;
                rejected.deskSeq = outcome.deskSeq;
                rejected.id = outcome.id;
                rejected.code = outcome.code;
                rejected.message = outcome.message;
                rejected.details = outcome.details;
                for (const OutboxCommand &command : *batch)
                    if (command.position == outcome.deskSeq)
                        rejected.type = command.type;
                report.rejected.append(rejected);
            }
        }
        if (answer.status == 503)
            return {SyncError::Kind::Server, QStringLiteral("HTTP 503 retry")};
        if (parsed->outcomes.isEmpty())
            return {SyncError::Kind::Protocol, QStringLiteral("an upload answered with no outcome")};
        from = 0;
        gaps = 0;
        askedJournalSeq = 0;
    }
    return {};
}

QString SyncEngine::changesPath(const QString &after, int waitSeconds) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), after);
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageLimit));
    if (waitSeconds > 0)
        query.addQueryItem(QStringLiteral("wait"), QString::number(waitSeconds));
    return QStringLiteral("/api/v1/changes?") + query.toString(QUrl::FullyEncoded);
}

SyncError SyncEngine::download(SyncReport &report, int waitSeconds)
{
    bool resetDone = false;
    bool bulkDecided = false;
    // A download cut short (an error, stop()) leaves the store indexed as always.
    struct BulkEnd
    {
        SyncStore &store;
        ~BulkEnd() { store.endBulkDownload(); }
    } bulkEnd{*m_store};
    // The next page, asked for while this one is applied (bulk only), and after which cursor.
    QNetworkReply *next = nullptr;
    QString nextAfter;
    const auto dropNext = qScopeGuard([&] {
        if (next)
            awaitAnswer(next, true);
    });
    while (!m_stopped) {
        const Expected<SyncCursor> cursor = m_store->cursor();
        if (!cursor)
            return {SyncError::Kind::Store, cursor.error().message()};
        Answer answer;
        if (next && nextAfter == cursor->text()) {
            answer = awaitAnswer(next);
        } else {
            if (next) // asked after a page the store did not take: asked again
                awaitAnswer(next, true);
            answer = request("GET", changesPath(cursor->text(), waitSeconds), {},
                             waitSeconds > 0 ? (waitSeconds + 15) * 1000 : 0);
        }
        next = nullptr;
        if (answer.aborted)
            return {};
        if (answer.status == 409 && errorCode(answer.body) == QLatin1String("cursor_epoch_changed") && !resetDone) {
            // The server's store was restored: everything again; the unsent outbox stays.
            if (const Status reset = m_store->resetForNewEpoch(); !reset)
                return {SyncError::Kind::Store, reset.error().message()};
            resetDone = true;
            report.resynced = true;
            bulkDecided = false;
            continue;
        }
        if (answer.status != 200)
            return errorOf(answer);
        QString parseError;
        const std::optional<SyncPage> page = SyncProtocol::parsePage(answer.body, &parseError);
        if (!page)
            return {SyncError::Kind::Protocol, parseError};
        if (!bulkDecided) {
            bulkDecided = true;
            // `head` tells how much is left: a first sync (or the first after a restored server
            // store) of a region is worth the bulk path; a desk that has most of it is not.
            const qint64 remaining = page->head - cursor->seq;
            if (page->more && m_options.bulkThreshold > 0 && remaining >= m_options.bulkThreshold) {
                const Expected<qint64> held = m_store->rowsHeld();
                if (!held)
                    return {SyncError::Kind::Store, held.error().message()};
                if (remaining > *held) {
                    if (const Status begun = m_store->beginBulkDownload(); !begun)
                        return {SyncError::Kind::Store, begun.error().message()};
                    report.bulk = m_store->bulkDownload();
                }
            }
        }
        // In a bulk download the next page is asked for before this one is applied: the server
        // reads it and the network brings it (Qt's HTTP thread) while this thread writes.
        if (m_store->bulkDownload() && page->more && !m_stopped) {
            nextAfter = page->cursor.text();
            next = startRequest("GET", changesPath(nextAfter, 0), {}, 0);
        }
        const Expected<SyncStore::PageResult> applied = m_store->applyPage(*page, now());
        if (!applied)
            return {SyncError::Kind::Store, applied.error().message()};
        ++report.pages;
        report.received += applied->applied;
        m_received += applied->applied;
        if (page->head > 0 && cursor->epoch == page->cursor.epoch)
            m_expected = qMax(m_expected, m_received + (page->head - page->cursor.seq));
        if (page->more)
            publish(SyncStatus::State::Syncing);
        if (!page->more) {
            // At the head: the indexes built once, sorted, before the desk shows the queue.
            if (const Status ended = m_store->endBulkDownload(); !ended)
                return {SyncError::Kind::Store, ended.error().message()};
            return {};
        }
        waitSeconds = 0;
    }
    return {};
}

SyncError SyncEngine::reloadPartitions(SyncReport &report)
{
    const Expected<SyncSummary> summary = m_store->summary();
    if (!summary)
        return {SyncError::Kind::Store, summary.error().message()};
    for (const QString &partition : summary->stalePartitions) {
        std::optional<QString> after = m_store->partitionReloadPosition(partition);
        if (!after) {
            if (const Status begun = m_store->beginPartitionReload(partition); !begun)
                return {SyncError::Kind::Store, begun.error().message()};
            after = QString();
        }
        QJsonObject lastPage;
        while (!m_stopped) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("name"), partition);
            query.addQueryItem(QStringLiteral("after"), *after);
            query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageLimit));
            const Answer answer =
                request("GET", QStringLiteral("/api/v1/partition?") + query.toString(QUrl::FullyEncoded));
            if (answer.status != 200)
                return errorOf(answer);
            const QJsonObject page = errorBody(answer.body);
            lastPage = page;
            const qint64 at = page.value(QStringLiteral("at")).toInteger();
            QList<SyncChange> rows;
            for (const QJsonValue &value : page.value(QStringLiteral("rows")).toArray()) {
                const QJsonObject row = value.toObject();
                SyncChange change;
                change.seq = at;
                change.partition = partition;
                change.entity = row.value(QStringLiteral("entity")).toString();
                change.id = row.value(QStringLiteral("id")).toString();
                change.version = row.value(QStringLiteral("version")).toInteger();
                change.setDataObject(row.value(QStringLiteral("data")).toObject());
                if (change.entity.isEmpty() || change.id.isEmpty() || change.version < 1)
                    return {SyncError::Kind::Protocol, QStringLiteral("malformed partition row")};
                rows.append(change);
            }
            const QString next = page.value(QStringLiteral("next")).toString();
            if (const Status applied = m_store->applyPartitionRows(partition, rows, next, now()); !applied)
                return {SyncError::Kind::Store, applied.error().message()};
            report.received += rows.size();
            if (!page.value(QStringLiteral("more")).toBool() || next.isEmpty())
                break;
            after = next;
        }
        if (m_stopped)
            return {};
        if (const Status finished = m_store->finishPartitionReload(partition, now()); !finished)
            return {SyncError::Kind::Store, finished.error().message()};
        report.reloaded.append(partition);
        // The last page's checkpoint: the rows of pages read at different moments may still miss
        // a change; then the partition stays marked and the feed's next checkpoint decides.
        const QJsonObject checkpoint = lastPage.value(QStringLiteral("checkpoint")).toObject();
        const std::optional<quint64> sum = SyncProtocol::parseChecksum(checkpoint.value(QStringLiteral("checksum")).toString());
        const Expected<SyncCheckpoint> local = m_store->partitionSums(partition);
        if (sum && local && (local->checksum != *sum || local->count != checkpoint.value(QStringLiteral("count")).toInteger()))
            (void)m_store->markStale(partition);
    }
    return {};
}

void SyncEngine::finish(SyncReport &report)
{
    if (report.error.ok())
        (void)m_store->noteSuccess(m_options.server.toString(), now());
    else
        (void)m_store->noteError(report.error.message(), now());
}

SyncReport SyncEngine::syncOnce()
{
    SyncReport report;
    m_poked = false;
    if (!m_options.server.isValid() || m_options.server.isEmpty()) {
        report.error = {SyncError::Kind::NoServer, {}};
        finish(report);
        return report;
    }
    if (m_state == SyncStatus::State::Offline)
        publish(SyncStatus::State::Connecting);
    report.error = checkServerVersion();
    if (report.error.ok()) {
        publish(SyncStatus::State::Syncing);
        m_received = 0;
        m_expected = 0;
        m_downloadClock.start();
        report.error = learnDeskNumber();
        if (report.error.ok())
            report.error = upload(report);
    }
    if (report.error.ok())
        report.error = download(report, 0);
    if (report.error.ok())
        report.error = reloadPartitions(report);
    // Commands written while downloading go up now rather than after the next long-poll.
    if (report.error.ok())
        report.error = upload(report);
    finish(report);
    publish(report.error.ok() ? SyncStatus::State::Online : SyncStatus::State::Offline, report.error);
    return report;
}

void SyncEngine::publish(SyncStatus::State state, const SyncError &error)
{
    m_state = state;
    SyncStatus status;
    status.state = state;
    status.error = error;
    status.received = m_received;
    status.expected = m_expected;
    if (state == SyncStatus::State::Syncing && m_expected > m_received && m_received > 0 && m_downloadClock.isValid()) {
        const double perSecond = double(m_received) * 1000.0 / double(qMax<qint64>(1, m_downloadClock.elapsed()));
        status.secondsLeft = qint64(double(m_expected - m_received) / qMax(1.0, perSecond));
    }
    if (const Expected<SyncSummary> summary = m_store->summary())
        status.summary = *summary;
    emit statusChanged(status);
}

void SyncEngine::waitInterruptibly(int milliseconds)
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer check;
    connect(&check, &QTimer::timeout, &loop, [this, &loop] {
        if (m_stopped || m_poked)
            loop.quit();
    });
    timer.start(milliseconds);
    check.start(100);
    loop.exec();
}

void SyncEngine::run()
{
    int backoffMs = 1000;
    while (!m_stopped) {
        const SyncReport report = syncOnce();
        if (m_stopped)
            break;
        if (!report.error.ok()) {
            // Backoff with jitter (docs/design.md 5): 2,000 desks coming back at once spread out.
            const int jittered = int(backoffMs * (0.5 + QRandomGenerator::global()->generateDouble()));
            waitInterruptibly(jittered);
            backoffMs = qMin(backoffMs * 2, 60000);
            continue;
        }
        backoffMs = 1000;
        // Idle: hold a long-poll; a change, poke() or the end of the wait brings the next sync.
        while (!m_stopped && !m_poked) {
            SyncReport live;
            live.error = download(live, m_options.waitSeconds);
            if (!live.error.ok()) {
                finish(live);
                publish(SyncStatus::State::Offline, live.error);
                break;
            }
            if (live.received > 0) {
                (void)m_store->noteSuccess(m_options.server.toString(), now());
                publish(SyncStatus::State::Online);
            }
            const Expected<SyncSummary> summary = m_store->summary();
            if (summary && (summary->waiting > 0 || !summary->stalePartitions.isEmpty()))
                break;
        }
    }
}

void SyncEngine::stop()
{
    m_stopped = true;
    QMetaObject::invokeMethod(this, [this] {
        if (m_current)
            m_current->abort();
    }, Qt::QueuedConnection);
}

void SyncEngine::poke()
{
    m_poked = true;
    QMetaObject::invokeMethod(this, [this] {
        if (m_current)
            m_current->abort();
    }, Qt::QueuedConnection);
}
