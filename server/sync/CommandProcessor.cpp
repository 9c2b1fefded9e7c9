#include "sync/CommandProcessor.h"

#include "store/CanonicalJson.h"
#include "store/CommandTypes.h"
#include "store/ServerJournal.h"
#include "sync/ComplaintCommands.h"
#include "sync/DirectionCommands.h"
#include "sync/DocumentCommands.h"
#include "sync/EnrollmentCommands.h"
#include "sync/PlaceCommands.h"
#include "sync/QueueCommands.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace {

struct Command
{
    QString id;
    qint64 deskSeq = 0;
    QString type;
    QJsonObject payload;
    QDateTime createdAt;
    QString clerk;
    QString payloadHash;
};

Command commandFrom(const QJsonObject &object)
{
    Command command;
    command.id = object.value(QStringLiteral("id")).toString();
    command.deskSeq = object.value(QStringLiteral("desk_seq")).toInteger();
    command.type = object.value(QStringLiteral("type")).toString();
    command.payload = object.value(QStringLiteral("payload")).toObject();
    command.createdAt = QDateTime::fromString(object.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    command.clerk = object.value(QStringLiteral("clerk")).toString();
    // What a replay must repeat exactly: the same id with anything else different is a conflict.
    command.payloadHash = CanonicalJson::sha256Hex(QJsonObject{{QStringLiteral("type"), command.type},
                                                               {QStringLiteral("payload"), command.payload},
                                                               {QStringLiteral("created_at"), object.value(QStringLiteral("created_at"))},
                                                               {QStringLiteral("clerk"), command.clerk}});
    return command;
}

QJsonObject outcomeJson(const Command &command, const CommandEffect &effect)
{
    QJsonObject outcome{{QStringLiteral("id"), command.id}, {QStringLiteral("desk_seq"), command.deskSeq}};
    if (effect.applied) {
        outcome.insert(QStringLiteral("status"), QStringLiteral("applied"));
        outcome.insert(QStringLiteral("result"), effect.details);
    } else {
        outcome.insert(QStringLiteral("status"), QStringLiteral("rejected"));
        outcome.insert(QStringLiteral("code"), effect.code);
        outcome.insert(QStringLiteral("message"), effect.message);
        if (!effect.details.isEmpty())
            outcome.insert(QStringLiteral("details"), effect.details);
    }
    return outcome;
}

ServerResult<CommandEffect> applyEffect(ServerDb &db, const Command &command, const CommandContext &context)
{
    if (command.type == CommandTypes::registerApplication())
        return QueueCommands::registerApplication(db, context, command.payload);
    if (command.type == CommandTypes::withdrawApplication())
        return QueueCommands::withdrawApplication(db, context, command.payload);
    if (command.type == CommandTypes::correctApplication())
        return QueueCommands::correctApplication(db, context, command.payload);
    if (command.type == CommandTypes::recordEnrollment())
        return EnrollmentCommands::recordEnrollment(db, context, command.payload);
    if (command.type == CommandTypes::recordRefusal())
        return EnrollmentCommands::recordRefusal(db, context, command.payload);
    if (command.type == CommandTypes::serviceStage())
        return EnrollmentCommands::serviceStage(db, context, command.payload);
    if (command.type == CommandTypes::extendDirection())
        return DirectionCommands::extendDirection(db, context, command.payload);
    if (command.type == CommandTypes::markPlaceFreed())
        return DirectionCommands::markPlaceFreed(db, context, command.payload);
    if (command.type == CommandTypes::confirmRight())
        return DirectionCommands::confirmRight(db, context, command.payload);
    if (command.type == CommandTypes::publishPlace())
        return PlaceCommands::publishPlace(db, context, command.payload);
    if (command.type == CommandTypes::withdrawPlace())
        return PlaceCommands::withdrawPlace(db, context, command.payload);
    if (command.type == CommandTypes::freePlace())
        return PlaceCommands::freePlace(db, context, command.payload);
    if (command.type == CommandTypes::registerComplaint())
        return ComplaintCommands::registerComplaint(db, context, command.payload);
    if (command.type == CommandTypes::updateComplaint())
        return ComplaintCommands::updateComplaint(db, context, command.payload);
    if (command.type == CommandTypes::recordPrintedDocument())
        return DocumentCommands::recordPrintedDocument(db, context, command.payload);
    if (command.type == CommandTypes::importApplications()) {
        // A desk's offline bulk import holds records that came from the queue system itself: the
        // server has them already (or gets them through `applications import`) and must not
        // register them a second time. Acknowledged, nothing written (docs/api.md).
        CommandEffect effect;
        effect.applied = true;
        effect.details = QJsonObject{{QStringLiteral("acknowledged"), true}};
        return effect;
    }
    return CommandEffect::rejected(QStringLiteral("unsupported_command"),
                                   QStringLiteral("this server does not apply '%1' commands yet").arg(command.type));
}

enum class Step { Outcome, Gap, Revoked };

struct StepResult
{
    Step step = Step::Outcome;
    QJsonObject outcome;
    qint64 expected = 0;
    bool changed = false;
};

// One command, inside the write transaction the caller holds (see the header).
ServerResult<StepResult> applyOne(ServerDb &store, const QString &deskId, const Command &command, const QDateTime &now,
                                  const ServerRules &rules)
{
    ServerResult<std::optional<Desk>> current = RegionAdmin::deskById(store, deskId);
    if (!current)
        return current.error();
    if (!current.value() || current.value()->revoked)
        return StepResult{Step::Revoked, {}, 0, false};
    const Desk desk = *current.value();

    if (command.deskSeq <= desk.lastSeq) {
        // Answered before: the stored outcome, or a conflict when this is not the same command.
        ServerResult<QSqlQuery *> stored = store.exec(
            QStringLiteral("SELECT command_id, payload_hash, outcome FROM applied_commands WHERE desk_id = ? AND desk_seq = ?"),
            {deskId, command.deskSeq});
        if (!stored)
            return stored.error();
        QSqlQuery &row = *stored.value();
        if (!row.next())
            return ServerDb::storeError(QStringLiteral("outcome missing"), QString::number(command.deskSeq));
        if (row.value(0).toString() != command.id || row.value(1).toString() != command.payloadHash) {
            return StepResult{Step::Outcome,
                              outcomeJson(command, CommandEffect::rejected(
                                                       QStringLiteral("conflict"),
                                                       QStringLiteral("desk_seq %1 was already used by another command (%2)")
                                                           .arg(command.deskSeq).arg(row.value(0).toString()))),
                              0, false};
        }
        QJsonObject outcome = QJsonDocument::fromJson(row.value(2).toString().toUtf8()).object();
        outcome.insert(QStringLiteral("replayed"), true);
        return StepResult{Step::Outcome, outcome, 0, false};
    }
    if (command.deskSeq > desk.lastSeq + 1)
        return StepResult{Step::Gap, {}, desk.lastSeq + 1, false};

    CommandContext context;
    context.desk = desk;
    context.commandId = command.id;
    context.clerk = command.clerk;
    context.createdAt = command.createdAt;
    context.now = now;
    context.rules = rules;
    context.writtenAfterHead = command.deskSeq > desk.headSeq;

    ServerResult<CommandEffect> effect = [&]() -> ServerResult<CommandEffect> {
        ServerResult<QSqlQuery *> sameId = store.exec(
            QStringLiteral("SELECT desk_id, desk_seq FROM applied_commands WHERE command_id = ?"), {command.id});
        if (!sameId)
            return sameId.error();
        if (QSqlQuery &row = *sameId.value(); row.next())
            return CommandEffect::rejected(QStringLiteral("conflict"),
                                           QStringLiteral("command id %1 was already used (desk_seq %2)")
                                               .arg(command.id).arg(row.value(1).toLongLong()));
        // docs/design.md, "Filing times": created_at never goes back along desk_seq, is not
        // before the moment the desk last reported a lower outbox head, and not in the future.
        const qint64 created = command.createdAt.toMSecsSinceEpoch();
        if (created < desk.lastCreatedAt || created > now.toMSecsSinceEpoch() + rules.clockSkewMsecs
            || (context.writtenAfterHead && desk.headAt > 0 && created < desk.headAt - rules.clockSkewMsecs))
            return CommandEffect::rejected(QStringLiteral("filing_time_out_of_range"),
                                           QStringLiteral("created_at %1 is outside what this desk can have written")
                                               .arg(command.createdAt.toUTC().toString(Qt::ISODateWithMs)));
        return applyEffect(store, command, context);
    }();
    if (!effect)
        return effect.error();
    const QJsonObject outcome = outcomeJson(command, effect.value());
    if (ServerStatus saved = store.run(
            QStringLiteral("INSERT INTO applied_commands (desk_id, desk_seq, command_id, command_type, payload_hash, created_at, "
                           "outcome, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {deskId, command.deskSeq, command.id, command.type, command.payloadHash, command.createdAt.toMSecsSinceEpoch(),
             QString::fromUtf8(QJsonDocument(outcome).toJson(QJsonDocument::Compact)), now.toMSecsSinceEpoch()});
        !saved)
        return saved.error();
    if (ServerStatus saved = store.run(
            QStringLiteral("UPDATE desks SET last_seq = ?, last_created_at = ? WHERE id = ?"),
            {command.deskSeq, std::max(desk.lastCreatedAt, effect.value().code == QStringLiteral("filing_time_out_of_range")
                                                               ? desk.lastCreatedAt
                                                               : command.createdAt.toMSecsSinceEpoch()),
             deskId});
        !saved)
        return saved.error();
    return StepResult{Step::Outcome, outcome, 0, effect.value().applied};
}

} // namespace

namespace CommandProcessor {

ServerStatus checkShape(const QJsonObject &batch, const ServerRules &rules)
{
    const QJsonValue commands = batch.value(QStringLiteral("commands"));
    if (!commands.isArray())
        return ServerError{QStringLiteral("bad_batch"), QStringLiteral("the body must be {\"outbox_head\": N, \"commands\": [...]}")};
    const QJsonValue head = batch.value(QStringLiteral("outbox_head"));
    if (!head.isUndefined() && (!head.isDouble() || head.toDouble() < 0 || head.toDouble() != double(head.toInteger())))
        return ServerError{QStringLiteral("bad_batch"), QStringLiteral("outbox_head must be a whole number >= 0")};
    // Issue 14 item 4: the head of the desk's own journal; optional (older desks do not send it).
    const QJsonValue journalHead = batch.value(QStringLiteral("journal_head"));
    if (!journalHead.isUndefined()) {
        const QJsonValue seq = journalHead.toObject().value(QStringLiteral("seq"));
        const QString hash = journalHead.toObject().value(QStringLiteral("hash")).toString();
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!journalHead.isObject() || !seq.isDouble() || seq.toDouble() < 1
            || seq.toDouble() != double(seq.toInteger()) || !hex.match(hash).hasMatch())
            return ServerError{QStringLiteral("bad_batch"),
                               QStringLiteral("journal_head must be {\"seq\": N >= 1, \"hash\": 64 hex digits}")};
    }
    const QJsonValue journalAt = batch.value(QStringLiteral("journal_at"));
    if (!journalAt.isUndefined()
        && (!journalAt.isObject() || !journalAt.toObject().value(QStringLiteral("seq")).isDouble()
            || !journalAt.toObject().value(QStringLiteral("hash")).isString()))
        return ServerError{QStringLiteral("bad_batch"), QStringLiteral("journal_at must be {\"seq\": N, \"hash\": \"...\"}")};
    const QJsonArray list = commands.toArray();
    if (list.size() > rules.maxCommandsPerBatch)
        return ServerError{QStringLiteral("batch_too_large"),
                           QStringLiteral("at most %1 commands per batch, not %2").arg(rules.maxCommandsPerBatch).arg(list.size())};
    qint64 previous = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto bad = [&](const QString &what) {
            return ServerError{QStringLiteral("bad_batch"), QStringLiteral("commands[%1]: %2").arg(i).arg(what)};
        };
        if (!list.at(i).isObject())
            return bad(QStringLiteral("not an object"));
        const QJsonObject command = list.at(i).toObject();
        const QJsonValue seq = command.value(QStringLiteral("desk_seq"));
        if (!seq.isDouble() || seq.toDouble() < 1 || seq.toDouble() != double(seq.toInteger()))
            return bad(QStringLiteral("desk_seq must be a whole number >= 1"));
        if (i > 0 && seq.toInteger() != previous + 1)
            return bad(QStringLiteral("desk_seq must follow on from the command before (%1)").arg(previous + 1));
        previous = seq.toInteger();
        const QString id = command.value(QStringLiteral("id")).toString();
        if (id.isEmpty() || id.size() > 64)
            return bad(QStringLiteral("id must be a string of 1 to 64 characters"));
        const QString type = command.value(QStringLiteral("type")).toString();
        if (type.isEmpty() || type.size() > 64)
            return bad(QStringLiteral("type must be a command name"));
        if (!command.value(QStringLiteral("payload")).isObject())
            return bad(QStringLiteral("payload must be an object"));
        if (!QDateTime::fromString(command.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs).isValid())
            return bad(QStringLiteral("created_at must be an ISO 8601 time"));
        if (command.value(QStringLiteral("clerk")).toString().size() > 200)
            return bad(QStringLiteral("clerk is longer than 200 characters"));
    }
    return {};
}

namespace {

struct HeadCheck
{
    enum class Kind { Recorded, Unverified, Rewritten } kind = Kind::Recorded;
    QJsonObject recorded; // Unverified, Rewritten: the head the server holds for the desk
};

// Issue 14 item 4: records the journal head a desk reported, after checking that it continues the
// one recorded before: the same seq with the same hash, or a higher seq whose chain holds the
// recorded entry unchanged (journal_at: the desk's hash at the recorded seq). A contradiction is
// journaled, so that it cannot be lost with the refusal. Inside the caller's write transaction.
ServerResult<HeadCheck> recordJournalHead(ServerDb &store, const Desk &desk, const QJsonObject &batch,
                                          const QDateTime &receivedAt)
{
    const QJsonObject head = batch.value(QStringLiteral("journal_head")).toObject();
    const QJsonObject at = batch.value(QStringLiteral("journal_at")).toObject();
    const qint64 seq = head.value(QStringLiteral("seq")).toInteger();
    const QString hash = head.value(QStringLiteral("hash")).toString();
    ServerResult<QSqlQuery *> read =
        store.exec(QStringLiteral("SELECT seq, hash FROM desk_journal_heads WHERE desk_id = ?"), {desk.id});
    if (!read)
        return read.error();
    QSqlQuery &row = *read.value();
    HeadCheck check;
    const bool known = row.next();
    const qint64 recordedSeq = known ? row.value(0).toLongLong() : 0;
    const QString recordedHash = known ? row.value(1).toString() : QString();
    row.finish();
    check.recorded = QJsonObject{{QStringLiteral("seq"), recordedSeq}, {QStringLiteral("hash"), recordedHash}};
    if (known) {
        bool rewritten = seq < recordedSeq || (seq == recordedSeq && hash != recordedHash);
        if (!rewritten && seq > recordedSeq) {
            if (at.value(QStringLiteral("seq")).toInteger() != recordedSeq) {
                check.kind = HeadCheck::Kind::Unverified;
                return check;
            }
            rewritten = at.value(QStringLiteral("hash")).toString() != recordedHash;
        }
        if (rewritten) {
            if (ServerStatus flagged = ServerJournal::append(
                    store, QStringLiteral("desk_journal_rewritten"), QStringLiteral("desk"), desk.id,
                    QJsonObject{{QStringLiteral("recorded"), check.recorded}, {QStringLiteral("reported"), head},
                                {QStringLiteral("reported_at_recorded_seq"), at}},
                    desk.id, receivedAt);
                !flagged)
                return flagged.error();
            check.kind = HeadCheck::Kind::Rewritten;
            return check;
        }
        if (seq == recordedSeq)
            return check;
    }
    if (ServerStatus saved = store.run(
            QStringLiteral("INSERT INTO desk_journal_heads (desk_id, seq, hash, reported_at) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (desk_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, "
                           "reported_at = excluded.reported_at"),
            {desk.id, seq, hash, receivedAt.toMSecsSinceEpoch()});
        !saved)
        return saved.error();
    if (ServerStatus journaled = ServerJournal::append(store, QStringLiteral("desk_journal_head"), QStringLiteral("desk"),
                                                       desk.id, head, desk.id, receivedAt);
        !journaled)
        return journaled.error();
    return check;
}

enum class Mode {
    Alone, // each step its own write transaction: nothing of a step is lost to a later one's failure
    InGroup, // every step inside the one write transaction the caller holds
};

// A step in the mode's transaction: its own, or the caller's.
template<typename T, typename Work>
ServerResult<T> inMode(ServerDb &db, Mode mode, Work &&work)
{
    if (mode == Mode::InGroup)
        return work(db);
    return inWriteTransaction<T>(db, std::forward<Work>(work));
}

BatchOutcome runBatch(ServerDb &db, const Desk &desk, const QJsonObject &batch, const QDateTime &receivedAt,
                      const ServerRules &rules, Mode mode)
{
    BatchOutcome result;
    result.lastSeq = desk.lastSeq;
    const bool journalHead = batch.value(QStringLiteral("journal_head")).isObject();
    if (journalHead || batch.value(QStringLiteral("commands")).toArray().isEmpty()) {
        // What this batch writes before or without a command (which looks itself) is the desk's
        // own: not for a desk revoked since its token was checked (its batch may have waited).
        ServerResult<std::optional<Desk>> current = RegionAdmin::deskById(db, desk.id);
        if (!current) {
            result.kind = BatchOutcome::Kind::Retry;
            result.error = current.error();
            return result;
        }
        if (!current.value() || current.value()->revoked) {
            result.kind = BatchOutcome::Kind::Revoked;
            return result;
        }
    }
    // Issue 14 item 4: a desk whose history was rewritten sends nothing more until someone looks.
    if (journalHead) {
        ServerResult<HeadCheck> check = inMode<HeadCheck>(
            db, mode, [&](ServerDb &store) { return recordJournalHead(store, desk, batch, receivedAt); });
        if (!check) {
            result.kind = BatchOutcome::Kind::Retry;
            result.error = check.error();
            return result;
        }
        if (check.value().kind != HeadCheck::Kind::Recorded) {
            result.kind = check.value().kind == HeadCheck::Kind::Rewritten ? BatchOutcome::Kind::JournalRewritten
                                                                           : BatchOutcome::Kind::JournalUnverified;
            result.journalHead = check.value().recorded;
            return result;
        }
    }
    qint64 highest = 0;
    for (const QJsonValue &value : batch.value(QStringLiteral("commands")).toArray()) {
        const Command command = commandFrom(value.toObject());
        ServerResult<StepResult> step = inMode<StepResult>(
            db, mode, [&](ServerDb &store) { return applyOne(store, desk.id, command, receivedAt, rules); });
        if (!step) {
            result.kind = BatchOutcome::Kind::Retry;
            result.error = step.error();
            return result;
        }
        if (step.value().step == Step::Revoked) {
            result.kind = BatchOutcome::Kind::Revoked;
            return result;
        }
        if (step.value().step == Step::Gap) {
            result.kind = BatchOutcome::Kind::Gap;
            result.expectedSeq = step.value().expected;
            return result;
        }
        result.results.append(step.value().outcome);
        result.changed = result.changed || step.value().changed;
        result.lastSeq = std::max(result.lastSeq, command.deskSeq);
        highest = command.deskSeq;
    }
    // The head this desk reports, heard now: a command numbered above it was written after now
    // (filing times). Only after the batch, so that this batch is checked against the old head.
    const qint64 head = std::max(batch.value(QStringLiteral("outbox_head")).toInteger(), highest);
    const QString heardSql =
        QStringLiteral("UPDATE desks SET head_seq = CASE WHEN head_seq > ? THEN head_seq ELSE ? END, head_at = ? WHERE id = ?");
    // One statement, monotonic by itself: alone, on PostgreSQL it does not wait for the region's
    // lock; in a group it rides on the group's commit.
    const ServerStatus heard = mode == Mode::InGroup ? db.run(heardSql, {head, head, receivedAt.toMSecsSinceEpoch(), desk.id})
                                                     : db.writeAlone(heardSql, {head, head, receivedAt.toMSecsSinceEpoch(), desk.id});
    if (!heard) {
        result.kind = BatchOutcome::Kind::Retry;
        result.error = heard.error();
    }
    return result;
}

} // namespace

BatchOutcome process(ServerDb &db, const Desk &desk, const QJsonObject &batch, const QDateTime &receivedAt,
                     const ServerRules &rules)
{
    return runBatch(db, desk, batch, receivedAt, rules, Mode::Alone);
}

GroupResult processGroup(ServerDb &db, const QList<GroupMember> &members, const ServerRules &rules,
                         const std::function<ServerStatus()> &beforeCommit)
{
    GroupResult result;
    if (ServerStatus begun = db.beginWrite(); !begun) {
        result.kind = GroupResult::Kind::NotBegun;
        result.error = begun.error();
        return result;
    }
    const auto fail = [&](const ServerError &error) {
        if (db.inTransaction())
            db.rollback(); // rolled back whole: the caller sends each batch alone
        result.kind = GroupResult::Kind::Failed;
        result.error = error;
        result.outcomes.clear();
        return result;
    };
    result.outcomes.reserve(members.size());
    for (const GroupMember &member : members) {
        BatchOutcome outcome = runBatch(db, member.desk, member.batch, member.receivedAt, rules, Mode::InGroup);
        if (outcome.kind == BatchOutcome::Kind::Retry)
            return fail(outcome.error);
        result.outcomes.append(std::move(outcome));
    }
    if (beforeCommit) {
        if (ServerStatus hook = beforeCommit(); !hook)
            return fail(hook.error());
    }
    if (ServerStatus committed = db.commit(); !committed)
        return fail(committed.error());
    return result;
}

} // namespace CommandProcessor
