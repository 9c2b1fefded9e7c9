#include "store/Outbox.h"

#include "store/CanonicalJson.h"
#include "store/Journal.h"
#include "store/SqlText.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

Issue writeFailed(const QString &error)
{
    return Issue::error(Field::Store, Rule::StoreWriteFailed, error);
}

const QString selectColumns = QStringLiteral(
    "SELECT position, id, type, payload, created_at, clerk, state, attempts, last_error FROM outbox");

OutboxCommand commandFrom(const QSqlQuery &query)
{
    OutboxCommand command;
    command.position = query.value(0).toLongLong();
    command.id = query.value(1).toString();
    command.type = query.value(2).toString();
    command.payload = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    command.createdAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
    command.clerk = query.value(5).toString();
    command.state = Outbox::stateFromCode(query.value(6).toString()).value_or(OutboxCommand::State::Pending);
    command.attempts = query.value(7).toInt();
    command.lastError = query.value(8).toString();
    return command;
}

// One UPDATE of one command; an unknown id is an error, not a silent no-op.
Status updateCommand(QSqlDatabase &db, const QString &sql, const QString &id,
                     const QList<std::pair<QString, QVariant>> &values)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":id"), id);
    for (const auto &[name, value] : values)
        query.bindValue(name, value);
    if (!query.exec())
        return writeFailed(query.lastError().text());
    if (query.numRowsAffected() != 1)
        return writeFailed(Outbox::tr("no outbox command %1").arg(id));
    return {};
}

} // namespace

QString Outbox::stateCode(OutboxCommand::State state)
{
    switch (state) {
    case OutboxCommand::State::Pending: return QStringLiteral("pending");
    case OutboxCommand::State::Sent: return QStringLiteral("sent");
    case OutboxCommand::State::Applied: return QStringLiteral("applied");
    case OutboxCommand::State::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

std::optional<OutboxCommand::State> Outbox::stateFromCode(const QString &code)
{
    for (const auto state : {OutboxCommand::State::Pending, OutboxCommand::State::Sent,
                             OutboxCommand::State::Applied, OutboxCommand::State::Rejected})
        if (stateCode(state) == code)
            return state;
    return std::nullopt;
}

Expected<QString> Outbox::enqueue(QSqlDatabase db, const QString &type, const QJsonObject &payload,
                                  const QString &clerk, const QDateTime &at)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO outbox (id, type, payload, created_at, clerk, state)"
        " VALUES (:id, :type, :payload, :created_at, :clerk, 'pending')"));
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":type"), sqlText(type));
    query.bindValue(QStringLiteral(":payload"), QString::fromUtf8(CanonicalJson::encode(payload)));
    query.bindValue(QStringLiteral(":created_at"), Journal::timestampText(at));
    query.bindValue(QStringLiteral(":clerk"), sqlText(clerk));
    if (!query.exec())
        return writeFailed(query.lastError().text());
    return id;
}

Expected<QList<OutboxCommand>> Outbox::pending(QSqlDatabase db, int limit)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(selectColumns
                  + QStringLiteral(" WHERE state IN ('pending', 'sent') ORDER BY position LIMIT :limit"));
    query.bindValue(QStringLiteral(":limit"), limit < 0 ? qint64(-1) : qint64(limit));
    if (!query.exec())
        return Issue::error(Field::Store, Rule::StoreCannotOpen, query.lastError().text());
    QList<OutboxCommand> commands;
    while (query.next())
        commands.append(commandFrom(query));
    return commands;
}

std::optional<OutboxCommand> Outbox::find(QSqlDatabase db, const QString &id)
{
    QSqlQuery query(db);
    query.prepare(selectColumns + QStringLiteral(" WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return commandFrom(query);
}

Status Outbox::markSent(QSqlDatabase db, const QString &id)
{
    return updateCommand(db, QStringLiteral(
        "UPDATE outbox SET state = 'sent' WHERE id = :id AND state IN ('pending', 'sent')"), id, {});
}

Status Outbox::markApplied(QSqlDatabase db, const QString &id)
{
    return updateCommand(db, QStringLiteral(
        "UPDATE outbox SET state = 'applied', last_error = '' WHERE id = :id"), id, {});
}

Status Outbox::markRejected(QSqlDatabase db, const QString &id, const QString &reason)
{
    return updateCommand(db, QStringLiteral(
        "UPDATE outbox SET state = 'rejected', last_error = :reason WHERE id = :id"),
        id, {{QStringLiteral(":reason"), sqlText(reason)}});
}

Status Outbox::recordFailedAttempt(QSqlDatabase db, const QString &id, const QString &error)
{
    return updateCommand(db, QStringLiteral(
        "UPDATE outbox SET state = 'pending', attempts = attempts + 1, last_error = :error"
        " WHERE id = :id AND state IN ('pending', 'sent')"),
        id, {{QStringLiteral(":error"), sqlText(error)}});
}
