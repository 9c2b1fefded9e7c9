#pragma once

#include "notify/Notifications.h"
#include "store/ServerDb.h"

#include <QList>
#include <QSslCertificate>

#include <condition_variable>
#include <mutex>
#include <thread>

// `serve --notify-config FILE` (docs/server.md, "Notifications"): where the messages go.
struct NotifyConfig
{
    struct Smtp
    {
        bool enabled = false;
        QString host;
        int port = 25;
        bool starttls = false;
        QString user; // AUTH PLAIN when set
        QString password;
        QString from;
        // PEM certificates trusted besides the system's (a region's own mail server behind a
        // private certificate authority); the file is read once, when the configuration is.
        QString caFile;
        QList<QSslCertificate> caCertificates;
    };
    struct Sms
    {
        bool enabled = false;
        QString url;        // http[s]://HOST[:PORT]/PATH?...{to}...{text}... (values percent-encoded)
        QString method = QStringLiteral("GET");
        QString body;       // POST: {to} and {text} JSON-escaped when it starts with '{', else percent-encoded
        QString authHeader; // the Authorization header's value, e.g. "Bearer ..."
        QString caFile;     // as for smtp: PEM certificates trusted besides the system's (https)
        QList<QSslCertificate> caCertificates;
    };
    Smtp smtp;
    Sms sms;
    int maxAttempts = 8;
    int retryBaseSeconds = 30; // 30 s, 1 min, 2 min ... at most an hour
    int timeoutSeconds = 20;   // each network step

    // Error "invalid_notify_config" naming what is wrong.
    static ServerResult<NotifyConfig> parse(const QByteArray &json);
    static ServerResult<NotifyConfig> load(const QString &path);
};

namespace NotifyDelivery {
// One message by SMTP (EHLO, STARTTLS when asked, AUTH PLAIN when a user is set, MAIL FROM, RCPT TO,
// DATA, QUIT) or one HTTP request to the SMS gateway (success: a 2xx answer). An empty string when
// the server or gateway accepted it; otherwise what went wrong, without the message's content.
QString sendEmail(const NotifyConfig &config, const Notifications::Message &message);
QString sendSms(const NotifyConfig &config, const Notifications::Message &message);
// The RFC 5322 message: UTF-8 subject as RFC 2047 encoded words, UTF-8 text body in base64.
QByteArray mailText(const QString &from, const Notifications::Message &message);
} // namespace NotifyDelivery

// The sender inside `serve`, shaped as DistributionWorker: one thread with its own connection.
// Once a second it claims the due messages (a write transaction: one more attempt each and a lease),
// delivers each outside any transaction (the region's write lock is never held over the network),
// and records the outcome in a second transaction: `sent`, or pending again after a backoff, or
// `failed` after max_attempts. A message is marked sent only after the server or gateway accepted
// it; a crash between the two leaves it to be sent again once the lease ends: at least once.
class NotificationSender
{
public:
    NotificationSender(StoreUrl url, NotifyConfig config);
    ~NotificationSender();
    void start();
    void stop();

private:
    void run();
    StoreUrl m_url;
    NotifyConfig m_config;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
};
