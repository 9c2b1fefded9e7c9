#pragma once

#include "domain/Application.h"
#include "settings/RuleSettings.h"
#include "store/RegionAdmin.h"
#include "store/ServerDb.h"
#include "sync/CommandProcessor.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

// The queue's commands on the server (RULES 3): registration validated exactly as at the desk
// (core's validateApplication), one active application per child in the region, the server's
// registration sequence, withdrawal at the parent's request. Each runs inside the command's
// write transaction (CommandProcessor) and writes the application, its change-log rows (the
// anonymous row every desk sees, the full row for the registering kindergarten's desks) and its
// journal entry.
struct CommandContext
{
    Desk desk;
    QString commandId;
    QString clerk;
    QDateTime createdAt; // the desk's moment of saving
    QDateTime now;       // the server's receipt
    ServerRules rules;
    bool writtenAfterHead = true; // desk_seq above the head the desk last reported (filing times)
};

struct CommandEffect
{
    bool applied = false;
    QString code;        // rejected: a stable code
    QString message;
    QJsonObject details; // rejected: e.g. the existing application; applied: the result
    static CommandEffect rejected(const QString &code, const QString &message, QJsonObject details = {})
    {
        return CommandEffect{false, code, message, std::move(details)};
    }
};

namespace QueueCommands {

ServerResult<CommandEffect> registerApplication(ServerDb &db, const CommandContext &context, const QJsonObject &payload);
ServerResult<CommandEffect> withdrawApplication(ServerDb &db, const CommandContext &context, const QJsonObject &payload);
// Issue 13 item 4, RULES 3.3: the payload is the corrected application (ApplicationJson); only the
// fields a clerk may correct are taken (core's applyCorrection) and checked as the desk checks them
// (validateCorrection, on the day the desk wrote the command). The filing time and the
// registration sequence stay; a new category gives a new right, so the anonymous row in
// `year:YYYY` moves in every desk's queue. Rejections: "invalid_application" (details.field),
// "not_found" (unknown, or registered through another kindergarten: as for withdrawal),
// "application_not_queued" (details.status).
ServerResult<CommandEffect> correctApplication(ServerDb &db, const CommandContext &context, const QJsonObject &payload);

// An application moved in from the old system (`applications import`): validated like a
// registration, its filing time and status kept, registered at no kindergarten unless orgId names
// one (the demo region spreads its applications over its kindergartens, so that each desk sees
// some children by name).
ServerResult<CommandEffect> importApplication(ServerDb &db, Application application, const QDateTime &now,
                                              const QString &orgId = QString());

// RULES 5: the application received a direction (status direction_issued), published with its
// change-log rows and journal entry. Rejections: "application_not_found", "application_not_queued".
ServerResult<CommandEffect> markDirectionIssued(ServerDb &db, const QString &applicationId, const QString &childIin,
                                                const QString &directionNumber, const QString &actor, const QDateTime &now);

// What the desk's own store does to an application when a direction to it closes (RULES def. 1, 5):
// an application that is not archived takes the new status (archive reason, stop-list end),
// published with its change-log rows and journal entry (event, with journalExtra); an archived
// or unknown one is left as it is. Returns the application's new state as the desk's journal
// writes it ({"id", "status", "archive_reason", "stop_listed_until"}), null when left as it is.
// removeRight (RULES 5, a direction cancelled): the category becomes 10 "none of the above", so
// the application keeps its filing time but no longer stands ahead as an extraordinary right.
ServerResult<QJsonValue> moveApplication(ServerDb &db, const QString &applicationId, ApplicationStatus status,
                                         ArchiveReason reason, const QDate &stopListedUntil, const QString &event,
                                         const QString &actor, const QJsonObject &journalExtra, const QDateTime &now,
                                         bool removeRight = false);

// GET /api/v1/queue/position: the child's active application's live number (RULES def. 8, 3.3)
// among the queued applications of its birth year; nullopt when the child has none.
ServerResult<std::optional<QJsonObject>> position(ServerDb &db, const QString &childIin, const RuleSettings &settings);

// "extraordinary", "primary", "none": how the API names a right (RULES 3.3).
QString rightCode(Right right);

} // namespace QueueCommands
