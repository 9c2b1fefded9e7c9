#pragma once

#include "domain/Expected.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// DESIGN 3: every change the desk makes leaves an outbox command for the server and a journal
// entry, written in the change's own transaction so that the three commit together or not at
// all. The journal's payload is what the change wants kept (often a fingerprint rather than the
// personal data the command carries), plus "command_id", the command it went out as.
struct Change
{
    QString commandType;    // e.g. "record_enrollment"
    QJsonObject command;    // what the server receives
    QString event;          // the journal's event, e.g. "contract_recorded"
    QString entity;         // e.g. "direction"
    QString entityId;
    QJsonObject journal;    // the journal's payload, without "command_id"
};

namespace ChangeLog {

// Writes change's command and journal entry on db, inside the transaction the caller holds.
// Returns the command's id. Errors: those of Outbox::enqueue and Journal::append.
Expected<QString> write(QSqlDatabase &db, const Change &change, const QString &clerk, const QDateTime &at);

} // namespace ChangeLog
