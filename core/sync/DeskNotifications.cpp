#include "sync/DeskNotifications.h"

#include "domain/DateText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

std::optional<DeskNotification::State> stateFromCode(const QString &code)
{
    if (code == QStringLiteral("pending"))
        return DeskNotification::State::Pending;
    if (code == QStringLiteral("sent"))
        return DeskNotification::State::Sent;
    if (code == QStringLiteral("failed"))
        return DeskNotification::State::Failed;
    return std::nullopt;
}

QDateTime timeOf(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
}

} // namespace

Expected<DeskNotifications> DeskNotifications::fromJson(const QByteArray &body)
{
    const auto bad = [](const QString &what) { return Issue::error(Field::None, Rule::OutOfRange, what); };
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return bad(QStringLiteral("notifications: not a JSON object"));
    const QJsonObject json = document.object();
    if (!json.value(QStringLiteral("messages")).isArray())
        return bad(QStringLiteral("notifications: no messages"));
    DeskNotifications result;
    result.listedLimit = json.value(QStringLiteral("listed_limit")).toInt();
    for (const QJsonValue &value : json.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject row = value.toObject();
        const std::optional<DeskNotification::State> state = stateFromCode(row.value(QStringLiteral("state")).toString());
        const QString channel = row.value(QStringLiteral("channel")).toString();
        const QDateTime createdAt = timeOf(row.value(QStringLiteral("created_at")));
        if (!state || (channel != QStringLiteral("email") && channel != QStringLiteral("sms")) || !createdAt.isValid()
            || !row.value(QStringLiteral("event")).isString())
            return bad(QStringLiteral("notifications: a message without a known state, channel, event or time"));
        DeskNotification message;
        message.id = row.value(QStringLiteral("id")).toInteger();
        message.event = row.value(QStringLiteral("event")).toString();
        message.channel = channel;
        message.recipient = row.value(QStringLiteral("recipient")).toString();
        message.language = row.value(QStringLiteral("language")).toString();
        message.state = *state;
        message.attempts = row.value(QStringLiteral("attempts")).toInt();
        message.createdAt = createdAt;
        message.sentAt = timeOf(row.value(QStringLiteral("sent_at")));
        message.nextAttemptAt = timeOf(row.value(QStringLiteral("next_attempt_at")));
        message.lastError = row.value(QStringLiteral("last_error")).toString();
        result.messages.append(message);
    }
    return result;
}

QString DeskNotification::eventLabel(const QString &event)
{
    if (event == QStringLiteral("registered"))
        return tr("Application registered");
    if (event == QStringLiteral("direction_issued"))
        return tr("Direction issued");
    if (event == QStringLiteral("direction_expired"))
        return tr("Direction expired");
    if (event == QStringLiteral("direction_cancelled"))
        return tr("Direction cancelled");
    if (event == QStringLiteral("requeued"))
        return tr("Back in the queue");
    if (event == QStringLiteral("enrolled"))
        return tr("Contract signed");
    if (event == QStringLiteral("refused"))
        return tr("Refused");
    return event; // a stage a newer server knows: its code, rather than nothing
}

QString DeskNotification::channelLabel() const
{
    return channel == QStringLiteral("sms") ? tr("SMS") : tr("E-mail");
}

QString DeskNotification::deliveryText() const
{
    switch (state) {
    case State::Sent:
        return tr("Delivered %1").arg(DateText::dateTime(sentAt));
    case State::Failed:
        return lastError.isEmpty() ? tr("Not delivered: no attempts left")
                                   : tr("Not delivered: no attempts left; the last one failed: %1").arg(lastError);
    case State::Pending:
        break;
    }
    if (attempts == 0 || lastError.isEmpty())
        return nextAttemptAt.isValid() ? tr("Waiting to be sent (from %1)").arg(DateText::dateTime(nextAttemptAt)) : tr("Waiting to be sent");
    return tr("Waiting: attempt %1 failed (%2); next attempt %3").arg(attempts).arg(lastError, DateText::dateTime(nextAttemptAt));
}
