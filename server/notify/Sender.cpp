#include "notify/Sender.h"

#include <QDateTime>
#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>
#include <QUuid>

#include <chrono>

namespace {

ServerError configError(const QString &what)
{
    return ServerError{QStringLiteral("invalid_notify_config"), what};
}

// A blocking conversation over one socket, every step bounded by the timeout.
class Line
{
public:
    Line(int timeoutMs, const QList<QSslCertificate> &extraCas) : m_timeout(timeoutMs)
    {
        if (!extraCas.isEmpty()) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.addCaCertificates(extraCas);
            m_socket.setSslConfiguration(tls);
        }
    }

    QString connect(const QString &host, int port, bool encrypted)
    {
        if (encrypted) {
            m_socket.connectToHostEncrypted(host, quint16(port));
            if (!m_socket.waitForEncrypted(m_timeout))
                return QStringLiteral("cannot connect to %1:%2 with TLS: %3").arg(host).arg(port).arg(m_socket.errorString());
        } else {
            m_socket.connectToHost(host, quint16(port));
            if (!m_socket.waitForConnected(m_timeout))
                return QStringLiteral("cannot connect to %1:%2: %3").arg(host).arg(port).arg(m_socket.errorString());
        }
        return {};
    }

    QString startTls(const QString &host)
    {
        m_socket.startClientEncryption();
        Q_UNUSED(host);
        if (!m_socket.waitForEncrypted(m_timeout))
            return QStringLiteral("STARTTLS failed: %1").arg(m_socket.errorString());
        return {};
    }

    QString write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        while (m_socket.bytesToWrite() > 0)
            if (!m_socket.waitForBytesWritten(m_timeout))
                return QStringLiteral("cannot send: %1").arg(m_socket.errorString());
        return {};
    }

    // One line without its CRLF; false on timeout or a closed connection.
    bool readLine(QByteArray &line)
    {
        for (;;) {
            const qsizetype end = m_buffer.indexOf('\n');
            if (end >= 0) {
                line = m_buffer.left(end);
                if (line.endsWith('\r'))
                    line.chop(1);
                m_buffer.remove(0, end + 1);
                return true;
            }
            if (m_buffer.size() > 64 * 1024)
                return false;
            if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(m_timeout))
                return false;
            m_buffer += m_socket.readAll();
        }
    }

    // An SMTP reply (its last line's code); -1 when none came.
    int smtpReply(QByteArray &text)
    {
        QByteArray line;
        for (;;) {
            if (!readLine(line) || line.size() < 3)
                return -1;
            text = line;
            if (line.size() == 3 || line.at(3) != '-')
                return line.left(3).toInt();
        }
    }

    // Sends bytes (nothing: reads the greeting) and expects one of the accepted codes; what went
    // wrong is named after `step` (the command's verb unless given).
    QString command(const QByteArray &bytes, std::initializer_list<int> accepted, const QByteArray &step = {})
    {
        if (!bytes.isEmpty())
            if (QString failed = write(bytes); !failed.isEmpty())
                return failed;
        QByteArray text;
        const int code = smtpReply(text);
        if (code < 0)
            return QStringLiteral("no answer from the server (%1)").arg(m_socket.errorString());
        for (int ok : accepted)
            if (code == ok)
                return {};
        const QByteArray verb = !step.isEmpty() ? step
                                : bytes.isEmpty() ? QByteArray("greeting")
                                                  : bytes.left(bytes.indexOf(' ') > 0 ? bytes.indexOf(' ') : 4).trimmed();
        return QStringLiteral("%1: %2").arg(QString::fromLatin1(verb), QString::fromUtf8(text.left(200)));
    }

    void close()
    {
        m_socket.disconnectFromHost();
        if (m_socket.state() != QAbstractSocket::UnconnectedState)
            m_socket.waitForDisconnected(1000);
    }

private:
    int m_timeout;
    QSslSocket m_socket;
    QByteArray m_buffer;
};

// RFC 2047: encoded words of at most 75 characters, split between characters, never inside one.
QByteArray encodedWords(const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            ascii = false;
    if (ascii)
        return text.toLatin1();
    QList<QByteArray> words;
    QString chunk;
    const auto flush = [&] {
        if (!chunk.isEmpty())
            words.append("=?UTF-8?B?" + chunk.toUtf8().toBase64() + "?=");
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QString piece = text.at(i).isHighSurrogate() && i + 1 < text.size() ? text.mid(i++, 2) : QString(text.at(i));
        // 45 bytes of UTF-8 make 60 of base64: 12 + 60 stays within 75.
        if ((chunk + piece).toUtf8().size() > 45)
            flush();
        chunk += piece;
    }
    flush();
    return words.join("\r\n ");
}

QByteArray address(const QString &text)
{
    return '<' + text.trimmed().toUtf8() + '>';
}

QString fillUrlPart(QString text, const Notifications::Message &message)
{
    text.replace(QStringLiteral("{to}"), QString::fromLatin1(QUrl::toPercentEncoding(message.recipient)));
    text.replace(QStringLiteral("{text}"), QString::fromLatin1(QUrl::toPercentEncoding(message.body)));
    return text;
}

QString jsonEscaped(const QString &value)
{
    const QByteArray quoted = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact); // ["..."]
    return QString::fromUtf8(quoted.mid(2, quoted.size() - 4));
}

} // namespace

ServerResult<NotifyConfig> NotifyConfig::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return configError(QStringLiteral("not a JSON object: %1").arg(error.errorString()));
    const QJsonObject root = document.object();
    NotifyConfig config;
    if (root.contains(QStringLiteral("smtp"))) {
        const QJsonObject smtp = root.value(QStringLiteral("smtp")).toObject();
        config.smtp.enabled = true;
        config.smtp.host = smtp.value(QStringLiteral("host")).toString();
        config.smtp.port = smtp.value(QStringLiteral("port")).toInt(25);
        config.smtp.starttls = smtp.value(QStringLiteral("starttls")).toBool(false);
        config.smtp.user = smtp.value(QStringLiteral("user")).toString();
        config.smtp.password = smtp.value(QStringLiteral("password")).toString();
        config.smtp.from = smtp.value(QStringLiteral("from")).toString();
        if (config.smtp.host.isEmpty() || config.smtp.from.isEmpty() || config.smtp.port < 1 || config.smtp.port > 65535)
            return configError(QStringLiteral("smtp needs host, port 1..65535 and from"));
        config.smtp.caFile = smtp.value(QStringLiteral("ca_file")).toString();
        if (!config.smtp.caFile.isEmpty()) {
            config.smtp.caCertificates = QSslCertificate::fromPath(config.smtp.caFile, QSsl::Pem);
            if (config.smtp.caCertificates.isEmpty())
                return configError(QStringLiteral("smtp.ca_file %1 holds no PEM certificate (or cannot be read)").arg(config.smtp.caFile));
        }
    }
    if (root.contains(QStringLiteral("sms"))) {
        const QJsonObject sms = root.value(QStringLiteral("sms")).toObject();
        config.sms.enabled = true;
        config.sms.url = sms.value(QStringLiteral("url")).toString();
        config.sms.method = sms.value(QStringLiteral("method")).toString(QStringLiteral("GET")).toUpper();
        config.sms.body = sms.value(QStringLiteral("body")).toString();
        config.sms.authHeader = sms.value(QStringLiteral("auth_header")).toString();
        const QUrl url(config.sms.url);
        if (!url.isValid() || (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https")) || url.host().isEmpty())
            return configError(QStringLiteral("sms.url must be an http:// or https:// URL"));
        if (config.sms.method != QStringLiteral("GET") && config.sms.method != QStringLiteral("POST"))
            return configError(QStringLiteral("sms.method must be GET or POST"));
        config.sms.caFile = sms.value(QStringLiteral("ca_file")).toString();
        if (!config.sms.caFile.isEmpty()) {
            config.sms.caCertificates = QSslCertificate::fromPath(config.sms.caFile, QSsl::Pem);
            if (config.sms.caCertificates.isEmpty())
                return configError(QStringLiteral("sms.ca_file %1 holds no PEM certificate (or cannot be read)").arg(config.sms.caFile));
        }
    }
    config.maxAttempts = root.value(QStringLiteral("max_attempts")).toInt(8);
    config.retryBaseSeconds = root.value(QStringLiteral("retry_base_seconds")).toInt(30);
    config.timeoutSeconds = root.value(QStringLiteral("timeout_seconds")).toInt(20);
    if (config.maxAttempts < 1 || config.retryBaseSeconds < 1 || config.timeoutSeconds < 1)
        return configError(QStringLiteral("max_attempts, retry_base_seconds and timeout_seconds must be at least 1"));
    if (!config.smtp.enabled && !config.sms.enabled)
        return configError(QStringLiteral("neither smtp nor sms is configured"));
    return config;
}

ServerResult<NotifyConfig> NotifyConfig::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return configError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return parse(file.read(1024 * 1024));
}

namespace NotifyDelivery {

QByteArray mailText(const QString &from, const Notifications::Message &message)
{
    const QString domain = from.mid(from.indexOf(u'@') + 1);
    QByteArray text;
    text += "From: " + address(from) + "\r\n";
    text += "To: " + address(message.recipient) + "\r\n";
    text += "Subject: " + encodedWords(message.subject) + "\r\n";
    text += "Date: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    text += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + '@' + domain.toUtf8() + ">\r\n";
    text += "MIME-Version: 1.0\r\n";
    text += "Content-Type: text/plain; charset=UTF-8\r\n";
    text += "Content-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray body = message.body.toUtf8().toBase64();
    for (qsizetype i = 0; i < body.size(); i += 76)
        text += body.mid(i, 76) + "\r\n";
    return text;
}

QString sendEmail(const NotifyConfig &config, const Notifications::Message &message)
{
    const NotifyConfig::Smtp &smtp = config.smtp;
    Line line(config.timeoutSeconds * 1000, smtp.caCertificates);
    if (QString failed = line.connect(smtp.host, smtp.port, false); !failed.isEmpty())
        return failed;
    const QByteArray ehlo = "EHLO " + (QHostInfo::localHostName().isEmpty() ? QByteArray("localhost") : QHostInfo::localHostName().toUtf8()) + "\r\n";
    QString failed = line.command({}, {220});
    if (failed.isEmpty())
        failed = line.command(ehlo, {250});
    if (failed.isEmpty() && smtp.starttls) {
        failed = line.command("STARTTLS\r\n", {220});
        if (failed.isEmpty())
            failed = line.startTls(smtp.host);
        if (failed.isEmpty())
            failed = line.command(ehlo, {250});
    }
    if (failed.isEmpty() && !smtp.user.isEmpty())
        failed = line.command("AUTH PLAIN " + QByteArray('\0' + smtp.user.toUtf8() + '\0' + smtp.password.toUtf8()).toBase64() + "\r\n", {235},
                              "AUTH PLAIN");
    if (failed.isEmpty())
        failed = line.command("MAIL FROM:" + address(smtp.from) + "\r\n", {250});
    if (failed.isEmpty())
        failed = line.command("RCPT TO:" + address(message.recipient) + "\r\n", {250, 251});
    if (failed.isEmpty())
        failed = line.command("DATA\r\n", {354});
    if (failed.isEmpty()) {
        // Dot-stuffing (RFC 5321 4.5.2); base64 lines never start with a dot, the headers might not either.
        QByteArray data = mailText(smtp.from, message);
        data.replace("\r\n.", "\r\n..");
        failed = line.command(data + ".\r\n", {250}, "end of DATA");
    }
    if (failed.isEmpty())
        line.command("QUIT\r\n", {221}); // accepted already: a missing goodbye changes nothing
    line.close();
    return failed;
}

QString sendSms(const NotifyConfig &config, const Notifications::Message &message)
{
    const NotifyConfig::Sms &sms = config.sms;
    const QUrl url(sms.url);
    const bool https = url.scheme() == QStringLiteral("https");
    // The path and query as written (placeholders filled, values percent-encoded).
    const qsizetype authority = sms.url.indexOf(QStringLiteral("//"));
    const qsizetype pathStart = sms.url.indexOf(u'/', authority + 2);
    QString target = pathStart < 0 ? QStringLiteral("/") : sms.url.mid(pathStart);
    if (const qsizetype hash = target.indexOf(u'#'); hash >= 0)
        target.truncate(hash);
    target = fillUrlPart(target, message);
    QByteArray body;
    QByteArray contentType;
    if (sms.method == QStringLiteral("POST")) {
        QString filled = sms.body;
        if (filled.trimmed().startsWith(u'{')) {
            filled.replace(QStringLiteral("{to}"), jsonEscaped(message.recipient));
            filled.replace(QStringLiteral("{text}"), jsonEscaped(message.body));
            contentType = "application/json";
        } else {
            filled = fillUrlPart(filled, message);
            contentType = "application/x-www-form-urlencoded";
        }
        body = filled.toUtf8();
    }
    const int port = url.port(https ? 443 : 80);
    QByteArray request = sms.method.toLatin1() + ' ' + target.toUtf8() + " HTTP/1.1\r\n";
    request += "Host: " + url.host().toUtf8() + (url.port() > 0 ? ':' + QByteArray::number(port) : QByteArray()) + "\r\n";
    request += "Connection: close\r\n";
    if (!sms.authHeader.isEmpty())
        request += "Authorization: " + sms.authHeader.toUtf8() + "\r\n";
    if (!contentType.isEmpty())
        request += "Content-Type: " + contentType + "; charset=utf-8\r\n";
    if (sms.method == QStringLiteral("POST"))
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;

    Line line(config.timeoutSeconds * 1000, sms.caCertificates);
    if (QString failed = line.connect(url.host(), port, https); !failed.isEmpty())
        return failed;
    if (QString failed = line.write(request); !failed.isEmpty())
        return failed;
    QByteArray status;
    if (!line.readLine(status))
        return QStringLiteral("no answer from the gateway");
    line.close();
    const QList<QByteArray> parts = status.split(' ');
    const int code = parts.size() >= 2 ? parts.at(1).toInt() : 0;
    if (code < 200 || code > 299)
        return QStringLiteral("the gateway answered: %1").arg(QString::fromUtf8(status.left(200)));
    return {};
}

} // namespace NotifyDelivery

NotificationSender::NotificationSender(StoreUrl url, NotifyConfig config) : m_url(std::move(url)), m_config(std::move(config)) { }

NotificationSender::~NotificationSender()
{
    stop();
}

void NotificationSender::start()
{
    m_thread = std::thread([this] { run(); });
}

void NotificationSender::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void NotificationSender::run()
{
    ServerResult<std::unique_ptr<ServerDb>> opened = ServerDb::connect(m_url, QStringLiteral("notify"));
    if (!opened) {
        qWarning("notify: %s", qPrintable(opened.error().message));
        return;
    }
    ServerDb &db = *opened.value();
    QStringList channels;
    if (m_config.smtp.enabled)
        channels.append(QStringLiteral("email"));
    if (m_config.sms.enabled)
        channels.append(QStringLiteral("sms"));
    // Longer than the slowest delivery can take (each of its steps is bounded by the timeout).
    const qint64 leaseMs = qint64(m_config.timeoutSeconds) * 1000 * 12;
    const qint64 retryBaseMs = qint64(m_config.retryBaseSeconds) * 1000;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::seconds(1), [this] { return m_stopping; });
            if (m_stopping)
                return;
        }
        // A plain read first: the region's write lock is taken only when something is due.
        ServerResult<QSqlQuery *> due = db.exec(QStringLiteral("SELECT 1 FROM notifications WHERE state = 'pending' AND next_attempt_at <= ? "
                                                               "AND channel IN (?, ?) LIMIT 1"),
                                                {QDateTime::currentMSecsSinceEpoch(), channels.first(), channels.last()});
        const bool anyDue = due && due.value()->next();
        db.finishStatements();
        if (!anyDue)
            continue;
        ServerResult<QList<Notifications::Message>> claimed = inWriteTransaction<QList<Notifications::Message>>(
            db, [&](ServerDb &store) { return Notifications::claimDue(store, channels, QDateTime::currentMSecsSinceEpoch(), leaseMs, 20); });
        db.finishStatements();
        if (!claimed) {
            qWarning("notify: %s: %s", qPrintable(claimed.error().code), qPrintable(claimed.error().message));
            continue;
        }
        for (const Notifications::Message &message : claimed.value()) {
            {
                std::lock_guard lock(m_mutex);
                if (m_stopping)
                    return; // claimed and not tried: sent once the lease ends
            }
            const QString error = message.channel == QStringLiteral("email") ? NotifyDelivery::sendEmail(m_config, message)
                                                                                : NotifyDelivery::sendSms(m_config, message);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            ServerResult<bool> recorded = inWriteTransaction<bool>(db, [&](ServerDb &store) -> ServerResult<bool> {
                ServerStatus done = error.isEmpty()
                    ? Notifications::markSent(store, message.id, now)
                    : Notifications::markAttemptFailed(store, message, error, now, m_config.maxAttempts, retryBaseMs);
                if (!done)
                    return done.error();
                return true;
            });
            db.finishStatements();
            // One line per outcome: the message's number and channel, never its recipient or text (the
            // answer of a mail server may quote the address: it is kept in last_error only).
            if (!recorded)
                qWarning("notify: message %lld: cannot record the outcome: %s", message.id, qPrintable(recorded.error().message));
            else if (error.isEmpty())
                qInfo("notify: message %lld (%s) sent", message.id, qPrintable(message.channel));
            else
                qWarning("notify: message %lld (%s) attempt %d failed (notifications list shows why)", message.id,
                         qPrintable(message.channel), message.attempts);
        }
    }
}
