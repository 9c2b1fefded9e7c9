#pragma once

#include "domain/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// The messages to a parent at the desk (issue 12 item 5, RULES 8): what the queue server answers to
// GET /api/v1/notifications?application=ID (docs/api.md) for an application registered here - each
// e-mail and SMS it queued about the application, and how its delivery went.
struct DeskNotification
{
    Q_DECLARE_TR_FUNCTIONS(DeskNotification)
public:
    enum class State { Pending, Sent, Failed };

    qint64 id = 0;
    QString event;     // registered, direction_issued, ... (docs/api.md)
    QString channel;   // email or sms
    QString recipient; // the address or the phone number
    QString language;  // kk, ru or kk+ru
    State state = State::Pending;
    int attempts = 0;
    QDateTime createdAt;
    QDateTime sentAt;        // Sent only
    QDateTime nextAttemptAt; // Pending only
    QString lastError;       // the last failed attempt's reason, as the server words it

    // In the UI language: the stage the message tells of, the channel, and how delivery went
    // ("Delivered 05.12.2026 10:15", "Waiting: next attempt …; last attempt failed: …").
    static QString eventLabel(const QString &event);
    QString channelLabel() const;
    QString deliveryText() const;
};

struct DeskNotifications
{
    int listedLimit = 0;
    QList<DeskNotification> messages;

    // Strict: a body that is not the documented shape is Rule::OutOfRange on Field::None.
    static Expected<DeskNotifications> fromJson(const QByteArray &body);
};
