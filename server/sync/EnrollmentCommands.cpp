#include "sync/EnrollmentCommands.h"

#include "store/RegionPlaces.h"

#include "domain/Iin.h"
#include "domain/RefusalGround.h"
#include "domain/ServiceSession.h"
#include "notify/Notifications.h"
#include "settings/RuleSettings.h"
#include "store/ApplicationJson.h"
#include "store/CanonicalJson.h"
#include "store/Events.h"
#include "store/ServerCalendar.h"
#include "store/ServerJournal.h"
#include "sync/DirectionCommands.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

using DirectionCommands::StoredDirection;

QDate dateFrom(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime instantFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

CommandEffect invalid(const QString &code, const QString &field, const QString &message)
{
    return CommandEffect::rejected(code, message, QJsonObject{{QStringLiteral("field"), field}});
}

// RULES 11: the record's code is the first 10 hex digits of the SHA-256 of its canonical JSON,
// which is the payload without the code itself (EnrollmentStore::verificationCode).
bool verificationCodeMatches(const QJsonObject &payload)
{
    QJsonObject record = payload;
    const QString code = record.take(QStringLiteral("verification_code")).toString();
    return !code.isEmpty() && code == CanonicalJson::sha256Hex(record).left(10);
}

// What a contract or a refusal must hold for the server to keep it: the first problem, or nullopt.
std::optional<CommandEffect> recordProblem(const QString &code, const QJsonObject &payload, const Direction &direction)
{
    if (payload.value(QStringLiteral("number")).toString().trimmed().isEmpty())
        return invalid(code, QStringLiteral("number"), QStringLiteral("the record has no number"));
    if (!dateFrom(payload.value(QStringLiteral("date"))).isValid())
        return invalid(code, QStringLiteral("date"), QStringLiteral("date must be a date (YYYY-MM-DD)"));
    if (!instantFrom(payload.value(QStringLiteral("recorded_at"))).isValid())
        return invalid(code, QStringLiteral("recorded_at"), QStringLiteral("recorded_at must be an ISO 8601 time"));
    if (payload.value(QStringLiteral("application_id")).toString() != direction.applicationId)
        return invalid(code, QStringLiteral("application_id"),
                       QStringLiteral("the record names another application than direction %1's").arg(direction.number));
    if (!verificationCodeMatches(payload))
        return invalid(code, QStringLiteral("verification_code"),
                       QStringLiteral("the verification code does not match the record (RULES 11)"));
    return std::nullopt;
}

QJsonObject commandJournal(const CommandContext &context)
{
    return QJsonObject{{QStringLiteral("command_id"), context.commandId}, {QStringLiteral("desk_id"), context.desk.id}};
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

namespace EnrollmentCommands {

ServerResult<CommandEffect> recordEnrollment(ServerDb &db, const CommandContext &context, const QJsonObject &payload)
{
    const QString number = payload.value(QStringLiteral("direction_number")).toString().trimmed();
    ServerResult<std::optional<StoredDirection>> found = DirectionCommands::find(db, number);
    if (!found)
        return found.error();
    if (std::optional<CommandEffect> problem = DirectionCommands::ownDirectionProblem(found.value(), context, number, true))
        return *problem;
    const StoredDirection &stored = *found.value();
    if (std::optional<CommandEffect> problem = recordProblem(QStringLiteral("invalid_contract"), payload, stored.direction))
        return *problem;
    // RULES 5 and 6.2, as the desk checks them before it writes the command (Checklists::evaluate,
    // the same Directions::validity): the contract is dated on a day that had come when the desk
    // wrote it, and the direction was in force that day, on the server's working-day calendar.
    const QDate contractDate = dateFrom(payload.value(QStringLiteral("date")));
    if (contractDate > DirectionCommands::latestLocalDay(context.createdAt))
        return invalid(QStringLiteral("invalid_contract"), QStringLiteral("date"),
                       QStringLiteral("the contract is dated after the day the desk wrote it"));
    ServerResult<WorkCalendar> calendar = ServerCalendar::load(db);
    if (!calendar)
        return calendar.error();
    const Expected<DirectionValidity> validity =
        Directions::validity(stored.direction, contractDate, calendar.value(), RuleSettings());
    if (!validity)
        return CommandEffect::rejected(QStringLiteral("calendar_year_unknown"), validity.error().message());
    if (!validity->isValid())
        return CommandEffect::rejected(QStringLiteral("direction_not_in_force"),
                                       QStringLiteral("direction %1 was not in force on the contract's date %2: %3")
                                           .arg(number, contractDate.toString(Qt::ISODate), validity->text()),
                                       QJsonObject{{QStringLiteral("field"), QStringLiteral("date")}});
    // RULES 12 item 2: the parent who signs, identified by a valid IIN.
    if (const Expected<Iin> parentIin = Iin::parse(payload.value(QStringLiteral("parent_iin")).toString(), Field::ApplicantIin); !parentIin)
        return invalid(QStringLiteral("invalid_contract"), QStringLiteral("parent_iin"), parentIin.error().message());

    const QString contractNumber = payload.value(QStringLiteral("number")).toString().trimmed();
    const QDateTime recordedAt = instantFrom(payload.value(QStringLiteral("recorded_at")));
    const QString code = payload.value(QStringLiteral("verification_code")).toString();
    if (ServerStatus saved = db.run(
            QStringLiteral("INSERT INTO contracts (direction_number, org_id, number, date, application_id, verification_code, data, "
                           "recorded_at, desk_id, command_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {number, stored.orgId, contractNumber, payload.value(QStringLiteral("date")).toString(), stored.direction.applicationId,
             code, compact(payload), recordedAt.toMSecsSinceEpoch(), context.desk.id, context.commandId});
        !saved)
        return saved.error();

    // RULES 5: the direction is used, closed when the contract was recorded (as the desk closes it).
    Direction direction = stored.direction;
    direction.status = DirectionStatus::Used;
    direction.closedAt = recordedAt;
    QJsonObject journal = commandJournal(context);
    QJsonObject record = payload;
    record.remove(QStringLiteral("verification_code"));
    // The journal keeps the numbers and a fingerprint of the contract, not the parent's data.
    journal.insert(QStringLiteral("contract_number"), contractNumber);
    journal.insert(QStringLiteral("date"), payload.value(QStringLiteral("date")));
    journal.insert(QStringLiteral("contract_sha256"), CanonicalJson::sha256Hex(record));
    journal.insert(QStringLiteral("verification_code"), code);
    if (ServerStatus written = DirectionCommands::update(db, stored, direction, Events::contractRecorded(), context.clerk, journal,
                                                         context.now);
        !written)
        return written.error();
    // RULES def. 1: the application leaves the queue, archived as enrolled.
    QJsonObject applicationJournal = commandJournal(context);
    applicationJournal.insert(QStringLiteral("direction_number"), number);
    ServerResult<QJsonValue> application = QueueCommands::moveApplication(
        db, stored.direction.applicationId, ApplicationStatus::Archived, ArchiveReason::Enrolled, QDate(),
        Events::applicationArchived(), context.clerk, applicationJournal, context.now);
    if (!application)
        return application.error();
    // The place the direction held is filled (RULES 5).
    if (ServerStatus followed = RegionPlaces::followDirection(db, number, direction.status, context.now); !followed)
        return followed.error();
    if (ServerStatus told = Notifications::enqueue(db, stored.direction.applicationId, Notifications::Event::Enrolled, {{QStringLiteral("direction_number"), number}, {QStringLiteral("contract_number"), contractNumber}}, context.now); !told)
        return told.error();

    CommandEffect effect;
    effect.applied = true;
    effect.details = QJsonObject{{QStringLiteral("direction_number"), number},
                                 {QStringLiteral("direction_status"), Directions::statusCode(direction.status)},
                                 {QStringLiteral("direction_version"), stored.version + 1},
                                 {QStringLiteral("contract_number"), contractNumber},
                                 {QStringLiteral("application"), application.value()}};
    return effect;
}

ServerResult<CommandEffect> recordRefusal(ServerDb &db, const CommandContext &context, const QJsonObject &payload)
{
    const QString number = payload.value(QStringLiteral("direction_number")).toString().trimmed();
    ServerResult<std::optional<StoredDirection>> found = DirectionCommands::find(db, number);
    if (!found)
        return found.error();
    if (std::optional<CommandEffect> problem = DirectionCommands::ownDirectionProblem(found.value(), context, number, true))
        return *problem;
    const StoredDirection &stored = *found.value();
    // RULES 6.4: at least one ground, each one the rules give.
    QList<RefusalGround> grounds;
    for (const QJsonValue &value : payload.value(QStringLiteral("grounds")).toArray()) {
        const std::optional<RefusalGround> ground = RefusalGrounds::fromCode(value.toString());
        if (!ground)
            return invalid(QStringLiteral("invalid_refusal"), QStringLiteral("grounds"),
                           QStringLiteral("'%1' is not a ground of refusal").arg(value.toString()));
        grounds.append(*ground);
    }
    if (grounds.isEmpty())
        return invalid(QStringLiteral("invalid_refusal"), QStringLiteral("grounds"), QStringLiteral("a refusal needs at least one ground"));
    if (std::optional<CommandEffect> problem = recordProblem(QStringLiteral("invalid_refusal"), payload, stored.direction))
        return *problem;

    const QString refusalNumber = payload.value(QStringLiteral("number")).toString().trimmed();
    const QDate refusalDate = dateFrom(payload.value(QStringLiteral("date")));
    const QDateTime recordedAt = instantFrom(payload.value(QStringLiteral("recorded_at")));
    const QString code = payload.value(QStringLiteral("verification_code")).toString();
    if (ServerStatus saved = db.run(
            QStringLiteral("INSERT INTO refusals (direction_number, org_id, number, date, application_id, grounds, verification_code, "
                           "data, recorded_at, desk_id, command_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {number, stored.orgId, refusalNumber, payload.value(QStringLiteral("date")).toString(), stored.direction.applicationId,
             QString::fromUtf8(QJsonDocument(payload.value(QStringLiteral("grounds")).toArray()).toJson(QJsonDocument::Compact)),
             code, compact(payload), recordedAt.toMSecsSinceEpoch(), context.desk.id, context.commandId});
        !saved)
        return saved.error();

    Direction direction = stored.direction;
    direction.status = DirectionStatus::Refused;
    direction.closedAt = recordedAt;
    QJsonObject journal = commandJournal(context);
    QJsonObject record = payload;
    record.remove(QStringLiteral("verification_code"));
    journal.insert(QStringLiteral("refusal_number"), refusalNumber);
    journal.insert(QStringLiteral("date"), payload.value(QStringLiteral("date")));
    journal.insert(QStringLiteral("grounds"), payload.value(QStringLiteral("grounds")));
    journal.insert(QStringLiteral("refusal_sha256"), CanonicalJson::sha256Hex(record));
    journal.insert(QStringLiteral("verification_code"), code);
    if (ServerStatus written = DirectionCommands::update(db, stored, direction, Events::refusalRecorded(), context.clerk, journal,
                                                         context.now);
        !written)
        return written.error();
    // RULES 5: back to the queue with the original filing time, or for false documents or data
    // (Appendix 4 item 9.1) to the stop list (RULES def. 13), as EnrollmentStore::recordRefusal.
    const bool stopList = std::any_of(grounds.cbegin(), grounds.cend(), &RefusalGrounds::sendsToStopList);
    QJsonObject applicationJournal = commandJournal(context);
    applicationJournal.insert(QStringLiteral("direction_number"), number);
    ServerResult<QJsonValue> application =
        stopList ? QueueCommands::moveApplication(db, stored.direction.applicationId, ApplicationStatus::StopListed,
                                                  ArchiveReason::None, refusalDate.addDays(RuleSettings().stopListCalendarDays),
                                                  Events::stopListed(), context.clerk, applicationJournal, context.now)
                 : QueueCommands::moveApplication(db, stored.direction.applicationId, ApplicationStatus::Queued,
                                                  ArchiveReason::None, QDate(), Events::applicationRequeued(),
                                                  context.clerk, applicationJournal, context.now);
    if (!application)
        return application.error();
    // The place goes back to distribution (RULES 5).
    if (ServerStatus followed = RegionPlaces::followDirection(db, number, direction.status, context.now); !followed)
        return followed.error();
    if (ServerStatus told = Notifications::enqueue(db, stored.direction.applicationId, Notifications::Event::Refused, {{QStringLiteral("direction_number"), number}}, context.now); !told)
        return told.error();

    CommandEffect effect;
    effect.applied = true;
    effect.details = QJsonObject{{QStringLiteral("direction_number"), number},
                                 {QStringLiteral("direction_status"), Directions::statusCode(direction.status)},
                                 {QStringLiteral("direction_version"), stored.version + 1},
                                 {QStringLiteral("refusal_number"), refusalNumber},
                                 {QStringLiteral("application"), application.value()}};
    return effect;
}

ServerResult<CommandEffect> serviceStage(ServerDb &db, const CommandContext &context, const QJsonObject &payload)
{
    const QString number = payload.value(QStringLiteral("direction_number")).toString().trimmed();
    ServerResult<std::optional<StoredDirection>> found = DirectionCommands::find(db, number);
    if (!found)
        return found.error();
    // A stage of a session that began while the direction was in force: the direction may have
    // closed since (the commands of one desk arrive in order), so only whose it is is checked.
    if (std::optional<CommandEffect> problem = DirectionCommands::ownDirectionProblem(found.value(), context, number, false))
        return *problem;
    const QString sessionId = payload.value(QStringLiteral("session_id")).toString().trimmed();
    if (sessionId.isEmpty() || sessionId.size() > 64)
        return invalid(QStringLiteral("invalid_stage"), QStringLiteral("session_id"), QStringLiteral("session_id must be 1 to 64 characters"));
    const QString stageText = payload.value(QStringLiteral("stage")).toString();
    if (!ServiceSessions::stageFromCode(stageText))
        return invalid(QStringLiteral("invalid_stage"), QStringLiteral("stage"), QStringLiteral("'%1' is not a stage of the service").arg(stageText));
    const QString channelText = payload.value(QStringLiteral("channel")).toString();
    if (!Checklists::channelFromCode(channelText))
        return invalid(QStringLiteral("invalid_stage"), QStringLiteral("channel"), QStringLiteral("'%1' is not a channel").arg(channelText));
    const QDateTime at = instantFrom(payload.value(QStringLiteral("at")));
    if (!at.isValid())
        return invalid(QStringLiteral("invalid_stage"), QStringLiteral("at"), QStringLiteral("at must be an ISO 8601 time"));

    // RULES 6.5: each stage of a session once.
    ServerResult<QSqlQuery *> existing = db.exec(
        QStringLiteral("SELECT at FROM service_stages WHERE session_id = ? AND stage = ?"), {sessionId, stageText});
    if (!existing)
        return existing.error();
    if (QSqlQuery &row = *existing.value(); row.next())
        return CommandEffect::rejected(QStringLiteral("stage_already_recorded"),
                                       QStringLiteral("session %1 already has its %2 stage").arg(sessionId, stageText));
    if (ServerStatus saved = db.run(
            QStringLiteral("INSERT INTO service_stages (session_id, stage, direction_number, org_id, channel, at, clerk, desk_id, "
                           "command_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {sessionId, stageText, number, found.value()->orgId, channelText, at.toMSecsSinceEpoch(), context.clerk,
             context.desk.id, context.commandId});
        !saved)
        return saved.error();
    QJsonObject journal = commandJournal(context);
    journal.insert(QStringLiteral("direction_number"), number);
    journal.insert(QStringLiteral("channel"), channelText);
    journal.insert(QStringLiteral("stage"), stageText);
    journal.insert(QStringLiteral("at"), ApplicationJson::timestampValue(at));
    if (ServerStatus journaled = ServerJournal::append(db, Events::serviceStage(), JournalEntities::serviceSession(), sessionId,
                                                       journal, context.clerk, context.now);
        !journaled)
        return journaled.error();
    CommandEffect effect;
    effect.applied = true;
    effect.details = QJsonObject{{QStringLiteral("session_id"), sessionId}, {QStringLiteral("stage"), stageText}};
    return effect;
}

} // namespace EnrollmentCommands
