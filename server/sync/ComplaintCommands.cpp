#include "sync/ComplaintCommands.h"

#include "domain/Complaint.h"
#include "store/ApplicationJson.h"
#include "store/CanonicalJson.h"
#include "store/ComplaintStore.h"
#include "store/Events.h"
#include "store/ServerChangeLog.h"
#include "store/ServerJournal.h"

#include <QJsonDocument>
#include <QUuid>

#include <variant>

namespace {

QDate dateFrom(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

CommandEffect invalid(const QString &field, const QString &message)
{
    return CommandEffect::rejected(QStringLiteral("invalid_complaint"), message, QJsonObject{{QStringLiteral("field"), field}});
}

// The complaint in payload, or why it cannot be read.
std::variant<Complaint, CommandEffect> complaintFrom(const QJsonObject &payload)
{
    Complaint c;
    c.id = payload.value(QStringLiteral("id")).toString().trimmed();
    c.number = payload.value(QStringLiteral("number")).toString().trimmed();
    c.complainant = payload.value(QStringLiteral("complainant")).toString().trimmed();
    c.subject = payload.value(QStringLiteral("subject")).toString().trimmed();
    c.directionNumber = payload.value(QStringLiteral("direction_number")).toString().trimmed();
    c.applicationId = payload.value(QStringLiteral("application_id")).toString().trimmed();
    c.answer = payload.value(QStringLiteral("answer")).toString().trimmed();
    c.receivedOn = dateFrom(payload.value(QStringLiteral("received_on")));
    const QJsonValue answeredOn = payload.value(QStringLiteral("answered_on"));
    c.answeredOn = dateFrom(answeredOn);
    if (answeredOn.isString() && !answeredOn.toString().isEmpty() && !c.answeredOn.isValid())
        return invalid(QStringLiteral("answered_on"), QStringLiteral("answered_on must be a date (YYYY-MM-DD) or null"));
    const std::optional<ComplaintAddressee> addressee = Complaints::addresseeFromCode(payload.value(QStringLiteral("addressee")).toString());
    if (!addressee)
        return invalid(QStringLiteral("addressee"), QStringLiteral("addressee must be head or authorised_body"));
    c.addressee = *addressee;
    const std::optional<ComplaintStatus> status = Complaints::statusFromCode(payload.value(QStringLiteral("status")).toString());
    if (!status)
        return invalid(QStringLiteral("status"), QStringLiteral("status must be registered, in_review, answered or refused"));
    c.status = *status;
    return c;
}

// RULES 7: the first error of Complaints::validate, on the latest day it can be anywhere when the
// desk wrote the command (a desk checks dates on its own clock, in its own time zone).
std::optional<CommandEffect> validationProblem(const Complaint &complaint, const CommandContext &context)
{
    for (const Issue &issue : Complaints::validate(complaint, context.createdAt.toUTC().addSecs(14 * 3600).date()))
        if (issue.isError())
            return invalid(Issue::fieldName(issue.field), issue.message());
    return std::nullopt;
}

struct StoredComplaint
{
    Complaint complaint;
    QString orgId;
    qint64 version = 0;
};

// Writes the complaint (insert when previous is empty), publishes it in its kindergarten's
// partition and journals its state with a fingerprint, not the complainant's words.
ServerStatus write(ServerDb &db, const Complaint &c, const QString &orgId, const std::optional<StoredComplaint> &previous,
                   const QString &event, const CommandContext &context)
{
    const qint64 version = previous ? previous->version + 1 : 1;
    const QJsonObject json = ComplaintStore::toJson(c);
    const QString data = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    const qint64 nowMsecs = context.now.toMSecsSinceEpoch();
    const QString receivedOn = c.receivedOn.toString(Qt::ISODate);
    const ServerStatus saved =
        previous ? db.run(QStringLiteral("UPDATE complaints SET status = ?, version = ?, data = ?, updated_at = ? WHERE id = ?"),
                          {Complaints::statusCode(c.status), version, data, nowMsecs, c.id})
                 : db.run(QStringLiteral("INSERT INTO complaints (id, org_id, number, received_on, status, version, data, updated_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          {c.id, orgId, c.number, receivedOn, Complaints::statusCode(c.status), version, data, nowMsecs});
    if (!saved)
        return saved;
    if (ServerResult<qint64> logged = ServerChangeLog::append(
            db, ChangeRecord{orgId, QStringLiteral("org:") + orgId, JournalEntities::complaint(), c.id, version, false, json},
            previous ? std::optional<qint64>(previous->version) : std::nullopt, nowMsecs);
        !logged)
        return logged.error();
    const QJsonObject entry{
        {QStringLiteral("command_id"), context.commandId},
        {QStringLiteral("desk_id"), context.desk.id},
        {QStringLiteral("org_id"), orgId},
        {QStringLiteral("number"), c.number},
        {QStringLiteral("received_on"), ApplicationJson::dateValue(c.receivedOn)},
        {QStringLiteral("addressee"), Complaints::addresseeCode(c.addressee)},
        {QStringLiteral("status"), Complaints::statusCode(c.status)},
        {QStringLiteral("answered_on"), ApplicationJson::dateValue(c.answeredOn)},
        {QStringLiteral("complaint_sha256"), CanonicalJson::sha256Hex(json)},
        {QStringLiteral("version"), version},
    };
    return ServerJournal::append(db, event, JournalEntities::complaint(), c.id, entry, context.clerk, context.now);
}

ServerResult<std::optional<StoredComplaint>> find(ServerDb &db, const QString &id)
{
    ServerResult<QSqlQuery *> rows = db.exec(QStringLiteral("SELECT data, org_id, version FROM complaints WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    QSqlQuery &row = *rows.value();
    if (!row.next())
        return std::optional<StoredComplaint>();
    auto read = complaintFrom(QJsonDocument::fromJson(row.value(0).toString().toUtf8()).object());
    if (!std::holds_alternative<Complaint>(read))
        return ServerDb::storeError(QStringLiteral("stored complaint unreadable"), id);
    return std::optional<StoredComplaint>(StoredComplaint{std::get<Complaint>(read), row.value(1).toString(), row.value(2).toLongLong()});
}

CommandEffect applied(const Complaint &c, qint64 version)
{
    CommandEffect effect;
    effect.applied = true;
    effect.details = QJsonObject{{QStringLiteral("complaint_id"), c.id},
                                 {QStringLiteral("number"), c.number},
                                 {QStringLiteral("status"), Complaints::statusCode(c.status)},
                                 {QStringLiteral("version"), version}};
    return effect;
}

} // namespace

namespace ComplaintCommands {

ServerResult<CommandEffect> registerComplaint(ServerDb &db, const CommandContext &context, const QJsonObject &payload)
{
    auto read = complaintFrom(payload);
    if (const CommandEffect *problem = std::get_if<CommandEffect>(&read))
        return *problem;
    const Complaint complaint = std::get<Complaint>(read);
    if (QUuid::fromString(complaint.id).isNull() || complaint.id.size() != 36)
        return invalid(QStringLiteral("id"), QStringLiteral("the complaint's id must be a UUID, not '%1'").arg(complaint.id));
    if (complaint.number.isEmpty())
        return invalid(QStringLiteral("number"), QStringLiteral("the complaint has no register number"));
    if (std::optional<CommandEffect> problem = validationProblem(complaint, context))
        return *problem;
    ServerResult<std::optional<StoredComplaint>> existing = find(db, complaint.id);
    if (!existing)
        return existing.error();
    if (existing.value())
        return CommandEffect::rejected(QStringLiteral("duplicate_complaint_id"),
                                       QStringLiteral("a complaint with id %1 is already registered").arg(complaint.id));
    if (ServerStatus written = write(db, complaint, context.desk.orgId, std::nullopt, Events::complaintRegistered(), context); !written)
        return written.error();
    return applied(complaint, 1);
}

ServerResult<CommandEffect> updateComplaint(ServerDb &db, const CommandContext &context, const QJsonObject &payload)
{
    const QString id = payload.value(QStringLiteral("id")).toString().trimmed();
    ServerResult<std::optional<StoredComplaint>> found = find(db, id);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->orgId != context.desk.orgId)
        return CommandEffect::rejected(QStringLiteral("not_found"), QStringLiteral("no complaint %1 at this kindergarten").arg(id));
    auto read = complaintFrom(payload);
    if (const CommandEffect *problem = std::get_if<CommandEffect>(&read))
        return *problem;
    const Complaint &sent = std::get<Complaint>(read);
    // Only the outcome changes; what was received stays as registered (ComplaintStore::update).
    const StoredComplaint &stored = *found.value();
    Complaint complaint = stored.complaint;
    complaint.status = sent.status;
    complaint.answeredOn = sent.answeredOn;
    complaint.answer = sent.answer;
    if (std::optional<CommandEffect> problem = validationProblem(complaint, context))
        return *problem;
    if (ServerStatus written = write(db, complaint, stored.orgId, stored, Events::complaintUpdated(), context); !written)
        return written.error();
    return applied(complaint, stored.version + 1);
}

} // namespace ComplaintCommands
