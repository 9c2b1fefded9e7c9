#pragma once

#include "domain/Application.h"
#include "store/ServerDb.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The server's outbox to parents (issue 12 item 5, RULES 8): one row per channel and recipient
// in the `notifications` table (schema 8), written inside the transaction that makes the change
// it tells of, so a message exists exactly when its change committed. server/notify/Sender
// delivers them. Texts are in the application's language (kk, ru; otherwise both, Kazakh first)
// and name nothing but the child's first name and the numbers the parent needs.
namespace Notifications {

enum class Event { Registered, DirectionIssued, DirectionExpired, DirectionCancelled, Requeued, Enrolled, Refused };
QString eventCode(Event event);

// Reads the application (its phones, at most two, and e-mail) and queues one message per
// recipient. extra: "direction_number" for the direction events, "contract_number" for enrolled.
// An application with no phone and no e-mail queues nothing. Call it after the change itself,
// inside the caller's write transaction.
ServerStatus enqueue(ServerDb &db, const QString &applicationId, Event event, const QJsonObject &extra, const QDateTime &now);
// The same for an application the caller has just written, as written (no read of it back: a
// registration holds the region's write lock while it runs).
ServerStatus enqueue(ServerDb &db, const Application &application, qint64 registrationNumber, Event event,
                     const QJsonObject &extra, const QDateTime &now);

struct Message
{
    qint64 id = 0;
    QString applicationId;
    QString event;
    QString language; // kk, ru or kk+ru
    QString channel;  // email or sms
    QString recipient;
    QString subject;
    QString body;
    QString state; // pending, sent or failed
    int attempts = 0;
    qint64 nextAttemptAt = 0; // ms since the epoch
    QString lastError;
    qint64 createdAt = 0;
    qint64 sentAt = 0;
};

// For `notifications list`: oldest first; empty filters match everything.
ServerResult<QList<Message>> list(ServerDb &db, const QString &applicationId, const QString &state);

// For a desk (GET /api/v1/notifications, docs/api.md): the messages about an application registered
// at kindergarten orgId, oldest first, at most 200 ({"application_id", "listed_limit", "messages"}),
// each without subject or body (the desk words the stage itself), times as ISO 8601 UTC, sent_at
// and next_attempt_at null when they do not apply; nullopt when that kindergarten registered no
// such application (another kindergarten's is not shown).
ServerResult<std::optional<QJsonObject>> forDesk(ServerDb &db, const QString &applicationId, const QString &orgId);

// The sender's steps, each inside the caller's write transaction.
// Claims up to `limit` pending messages of those channels due at `now`: each gets one more attempt
// and is leased until now + leaseMs, so another sender (another server process) leaves it alone
// while it is being delivered, and a sender that dies mid-delivery has it retried after the lease.
ServerResult<QList<Message>> claimDue(ServerDb &db, const QStringList &channels, qint64 now, qint64 leaseMs, int limit);
ServerStatus markSent(ServerDb &db, qint64 id, qint64 now);
// A failed attempt: pending again at now + backoff, or `failed` once attempts reached maxAttempts.
ServerStatus markAttemptFailed(ServerDb &db, const Message &message, const QString &error, qint64 now, int maxAttempts,
                               qint64 retryBaseMs);
// Exponential backoff: base, 2 base, 4 base ... at most one hour.
qint64 backoffMs(int attempts, qint64 baseMs);

} // namespace Notifications
