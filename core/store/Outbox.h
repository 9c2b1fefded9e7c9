#pragma once

#include "domain/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// A command waiting for the server (DESIGN 3, 5). The client-made id is the idempotency key: the
// server applies a command id at most once.
struct OutboxCommand
{
    enum class State {
        Pending,  // written, not yet uploaded
        Sent,     // uploaded, no final answer yet (uploaded again: the server deduplicates)
        Applied,  // the server applied it
        Rejected, // the server refused it for good (reason in lastError); never retried
    };

    qint64 position = 0; // upload order
    QString id;
    QString type;        // "register_application", ...
    QJsonObject payload;
    QDateTime createdAt;
    QString clerk;
    State state = State::Pending;
    int attempts = 0;    // uploads that got no final answer (recordFailedAttempt)
    QString lastError;
};

// The outbox table. Every function works on the caller's connection and, for writes, inside the
// caller's transaction when there is one; write errors are Field::Store / Rule::StoreWriteFailed.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    // Writes a pending command; returns its id (a new UUID without braces).
    static Expected<QString> enqueue(QSqlDatabase db, const QString &type, const QJsonObject &payload,
                                     const QString &clerk, const QDateTime &at);

    // Commands the server has not answered for good (pending or sent), in upload order;
    // limit < 0 for all.
    static Expected<QList<OutboxCommand>> pending(QSqlDatabase db, int limit = -1);
    static std::optional<OutboxCommand> find(QSqlDatabase db, const QString &id);

    static Status markSent(QSqlDatabase db, const QString &id);
    static Status markApplied(QSqlDatabase db, const QString &id);
    static Status markRejected(QSqlDatabase db, const QString &id, const QString &reason);
    // A network or server failure: the command stays pending, attempts + 1, error kept.
    static Status recordFailedAttempt(QSqlDatabase db, const QString &id, const QString &error);

    static QString stateCode(OutboxCommand::State state);
    static std::optional<OutboxCommand::State> stateFromCode(const QString &code);
};
