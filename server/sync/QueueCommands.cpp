#include "sync/QueueCommands.h"

#include "domain/ApplicationNumber.h"
#include "domain/ApplicationValidation.h"
#include "domain/QueueOrder.h"
#include "notify/Notifications.h"
#include "store/ApplicationJson.h"
#include "store/ApplicationStore.h"
#include "store/CanonicalJson.h"
#include "store/Events.h"
#include "store/ServerChangeLog.h"
#include "store/ServerJournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace {

const QString applicationEntity = QStringLiteral("application");

QString yearPartition(int year)
{
    return QStringLiteral("year:%1").arg(year);
}

QString orgPartition(const QString &orgId)
{
    return QStringLiteral("org:") + orgId;
}

// What every desk sees of an application: enough to compute every queue number offline
// (RULES 3.3's order keys and the status), nothing that names the child.
QJsonObject anonymous(const Application &application)
{
    return QJsonObject{
        {QStringLiteral("id"), application.id},
        {QStringLiteral("birth_year"), application.childBirthDate.year()},
        {QStringLiteral("right"), QueueCommands::rightCode(Categories::right(application.category))},
        {QStringLiteral("filed_at"), ApplicationJson::timestampValue(application.filedAt)},
        {QStringLiteral("registration_sequence"), application.registrationSequence},
        {QStringLiteral("status"), ApplicationJson::statusCode(application.status)},
    };
}

struct StoredApplication
{
    Application application;
    QString orgId;
    qint64 version = 0;
};

ServerResult<std::optional<StoredApplication>> load(ServerDb &db, const QString &sql, const QVariant &key)
{
    ServerResult<QSqlQuery *> rows = db.exec(sql, {key});
    if (!rows)
        return rows.error();
    QSqlQuery &query = *rows.value();
    if (!query.next())
        return std::optional<StoredApplication>();
    const QJsonObject data = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    Expected<Application> application = ApplicationJson::fromJson(data);
    if (!application)
        return ServerDb::storeError(QStringLiteral("stored application unreadable"), application.error().message());
    return std::optional<StoredApplication>(StoredApplication{std::move(application).value(), query.value(1).toString(),
                                                              query.value(2).toLongLong()});
}

const QString selectApplication = QStringLiteral("SELECT data, org_id, version FROM applications ");

// Writes the application (insert when previous is empty) with its two change-log rows and
// its journal entry.
ServerStatus write(ServerDb &db, const Application &application, const QString &orgId,
                   const std::optional<StoredApplication> &previous, const QString &event, const QString &actor,
                   const QJsonObject &journalExtra, const QDateTime &now)
{
    const qint64 version = previous ? previous->version + 1 : 1;
    const QJsonObject full = ApplicationJson::toJson(application);
    const QString data = QString::fromUtf8(QJsonDocument(full).toJson(QJsonDocument::Compact));
    const qint64 nowMsecs = now.toMSecsSinceEpoch();
    const QVariantList values{application.childIin, application.childBirthDate.year(),
                              QueueCommands::rightCode(Categories::right(application.category)),
                              application.filedAt.toMSecsSinceEpoch(), ApplicationJson::statusCode(application.status),
                              ApplicationJson::archiveReasonCode(application.archiveReason), version, data, nowMsecs};
    if (previous) {
        if (ServerStatus saved = db.run(
                QStringLiteral("UPDATE applications SET child_iin = ?, birth_year = ?, right_code = ?, filed_at = ?, status = ?, "
                               "archive_reason = ?, version = ?, data = ?, updated_at = ? WHERE id = ?"),
                {values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8], application.id});
            !saved)
            return saved;
    } else {
        if (ServerStatus saved = db.run(
                QStringLiteral("INSERT INTO applications (id, org_id, registration_sequence, child_iin, birth_year, right_code, "
                               "filed_at, status, archive_reason, version, data, updated_at, number) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {application.id, orgId, application.registrationSequence, values[0], values[1], values[2], values[3],
                 values[4], values[5], values[6], values[7], values[8],
                 // NULL, not '': ServerDb binds a null text as ''.
                 application.number.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(application.number)});
            !saved)
            return saved;
    }

    // The anonymous row, in its birth year's partition. A changed birth date moves the row.
    const int oldYear = previous ? previous->application.childBirthDate.year() : 0;
    const int newYear = application.childBirthDate.year();
    std::optional<qint64> previousInYear;
    if (previous && oldYear != newYear) {
        if (ServerResult<qint64> left = ServerChangeLog::append(
                db, ChangeRecord{QString(), yearPartition(oldYear), applicationEntity, application.id, version, true,
                                 QJsonObject{{QStringLiteral("id"), application.id}}},
                previous->version, nowMsecs);
            !left)
            return left.error();
    } else if (previous) {
        previousInYear = previous->version;
    }
    if (ServerResult<qint64> logged = ServerChangeLog::append(
            db, ChangeRecord{QString(), yearPartition(newYear), applicationEntity, application.id, version, false,
                             anonymous(application)},
            previousInYear, nowMsecs);
        !logged)
        return logged.error();
    // The whole record, for the desks of the kindergarten that registered it.
    if (!orgId.isEmpty()) {
        QJsonObject own = full;
        own.insert(QStringLiteral("org_id"), orgId);
        if (ServerResult<qint64> logged = ServerChangeLog::append(
                db, ChangeRecord{orgId, orgPartition(orgId), applicationEntity, application.id, version, false, own},
                previous ? std::optional<qint64>(previous->version) : std::nullopt, nowMsecs);
            !logged)
            return logged.error();
    }
    // The journal keeps a fingerprint and the queue facts, not the child's name (RULES def. 2).
    QJsonObject entry = journalExtra;
    entry.insert(QStringLiteral("application_sha256"), CanonicalJson::sha256Hex(full));
    entry.insert(QStringLiteral("registration_sequence"), application.registrationSequence);
    entry.insert(QStringLiteral("status"), ApplicationJson::statusCode(application.status));
    entry.insert(QStringLiteral("version"), version);
    return ServerJournal::append(db, event, applicationEntity, application.id, entry, actor, now);
}

ServerResult<qint64> nextRegistrationSequence(ServerDb &db)
{
    ServerResult<QSqlQuery *> rows = db.exec(QStringLiteral("SELECT COALESCE(MAX(registration_sequence), 0) + 1 FROM applications"));
    if (!rows)
        return rows.error();
    QSqlQuery &query = *rows.value();
    return query.next() ? query.value(0).toLongLong() : 1;
}

// RULES 3.2: the child's application that is not archived, anywhere in the region.
ServerResult<std::optional<StoredApplication>> activeFor(ServerDb &db, const QString &childIin)
{
    return load(db, selectApplication + QStringLiteral("WHERE child_iin = ? AND status <> 'archived'"), childIin);
}

ServerResult<std::optional<int>> queueNumber(ServerDb &db, const Application &application, const RuleSettings &settings)
{
    ServerResult<QSqlQuery *> rows = db.exec(
        QStringLiteral("SELECT id, right_code, filed_at, registration_sequence, status FROM applications WHERE birth_year = ?"),
        {application.childBirthDate.year()});
    if (!rows)
        return rows.error();
    QSqlQuery &query = *rows.value();
    QList<QueueEntry> entries;
    while (query.next()) {
        QueueEntry entry;
        entry.applicationId = query.value(0).toString();
        entry.birthYear = application.childBirthDate.year();
        const QString right = query.value(1).toString();
        entry.right = right == QStringLiteral("extraordinary") ? Right::Extraordinary
                      : right == QStringLiteral("primary")     ? Right::Primary
                                                               : Right::None;
        entry.filedAt = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
        entry.registrationSequence = query.value(3).toLongLong();
        entry.status = ApplicationJson::statusFromCode(query.value(4).toString()).value_or(ApplicationStatus::Archived);
        entries.append(entry);
    }
    const QHash<QString, int> numbers = QueueOrder::queueNumbers(entries, settings);
    if (!numbers.contains(application.id))
        return std::optional<int>();
    return std::optional<int>(numbers.value(application.id));
}

bool isUuid(const QString &text)
{
    return !QUuid::fromString(text).isNull() && text.size() == 36;
}

} // namespace

namespace QueueCommands {

QString rightCode(Right right)
{
    switch (right) {
    case Right::Extraordinary: return QStringLiteral("extraordinary");
    case Right::Primary: return QStringLiteral("primary");
    case Right::None: break;
    }
    return QStringLiteral("none");
}

static ServerResult<CommandEffect> registerValidated(ServerDb &db, Application application, const QString &orgId,
                                                     const QDateTime &validationNow, const QString &actor,
                                                     const QJsonObject &journalExtra, const QDateTime &now,
                                                     bool keepStatus)
{
    if (!isUuid(application.id))
        return CommandEffect::rejected(QStringLiteral("invalid_application"),
                                       QStringLiteral("the application's id must be a UUID, not '%1'").arg(application.id));
    const ApplicationStatus status = application.status;
    const ArchiveReason archiveReason = application.archiveReason;
    normalizeForStorage(application, validationNow);
    const Issues issues = validateApplication(application, ValidationContext{validationNow, RuleSettings()});
    for (const Issue &issue : issues) {
        if (issue.isError())
            return CommandEffect::rejected(QStringLiteral("invalid_application"), issue.message(),
                                           QJsonObject{{QStringLiteral("field"), Issue::fieldName(issue.field)}});
    }
    ServerResult<std::optional<StoredApplication>> existing = load(db, selectApplication + QStringLiteral("WHERE id = ?"), application.id);
    if (!existing)
        return existing.error();
    if (existing.value())
        return CommandEffect::rejected(QStringLiteral("duplicate_application_id"),
                                       QStringLiteral("an application with id %1 is already registered").arg(application.id));
    // Issue 13 item 1: the number the desk gave (ApplicationJson checked its form) is the
    // parent's to quote, so it names one application in the region; desk 000's numbers (a desk
    // that had not yet learnt its number) are unique only on their desk.
    if (!application.number.isEmpty()) {
        const Expected<ApplicationNumber> number = ApplicationNumber::parse(application.number);
        if (number && !number->isDeskLocal()) {
            ServerResult<QSqlQuery *> taken = db.exec(QStringLiteral("SELECT id FROM applications WHERE number = ?"),
                                                      {application.number});
            if (!taken)
                return taken.error();
            if (QSqlQuery &row = *taken.value(); row.next())
                return CommandEffect::rejected(QStringLiteral("number_taken"),
                                               QStringLiteral("the application number %1 is already another application's")
                                                   .arg(application.number),
                                               QJsonObject{{QStringLiteral("number"), application.number}});
        }
    }
    application.status = keepStatus ? status : ApplicationStatus::Queued;
    application.archiveReason = keepStatus ? archiveReason : ArchiveReason::None;
    if (application.status != ApplicationStatus::Archived) {
        ServerResult<std::optional<StoredApplication>> active = activeFor(db, application.childIin);
        if (!active)
            return active.error();
        if (const std::optional<StoredApplication> &other = active.value()) {
            ServerResult<std::optional<int>> number = queueNumber(db, other->application, RuleSettings());
            if (!number)
                return number.error();
            QJsonObject details{{QStringLiteral("application_id"), other->application.id},
                                {QStringLiteral("registration_sequence"), other->application.registrationSequence},
                                {QStringLiteral("birth_year"), other->application.childBirthDate.year()}};
            if (number.value())
                details.insert(QStringLiteral("queue_number"), *number.value());
            return CommandEffect::rejected(QStringLiteral("duplicate_child"),
                                           QStringLiteral("this child already has an active application in the region (number %1)")
                                               .arg(number.value() ? QString::number(*number.value()) : QStringLiteral("-")),
                                           details);
        }
    }
    ServerResult<qint64> sequence = nextRegistrationSequence(db);
    if (!sequence)
        return sequence.error();
    application.registrationSequence = sequence.value();
    if (ServerStatus written = write(db, application, orgId, std::nullopt, QStringLiteral("application_registered"), actor,
                                     journalExtra, now);
        !written)
        return written.error();
    if (ServerStatus told = keepStatus ? ServerStatus() : Notifications::enqueue(db, application, application.registrationSequence, Notifications::Event::Registered, {}, now); !told)
        return told.error();
    CommandEffect effect;
    effect.applied = true;
    effect.details = QJsonObject{{QStringLiteral("application_id"), application.id},
                                 {QStringLiteral("registration_sequence"), application.registrationSequence},
                                 {QStringLiteral("birth_year"), application.childBirthDate.year()},
                                 {QStringLiteral("right"), rightCode(Categories::right(application.category))},
                                 {QStringLiteral("filed_at"), ApplicationJson::timestampValue(application.filedAt)},
                                 {QStringLiteral("status"), ApplicationJson::statusCode(application.status)}};
    if (!application.number.isEmpty())
        effect.details.insert(QStringLiteral("number"), application.number);
    return effect;
}

ServerResult<CommandEffect> registerApplication(ServerDb &db, const CommandContext &context, const QJsonObject &payload)
{
    Expected<Application> parsed = ApplicationJson::fromJson(payload);
    if (!parsed)
        return CommandEffect::rejected(QStringLiteral("invalid_application"), parsed.error().message(),
                                       QJsonObject{{QStringLiteral("field"), Issue::fieldName(parsed.error().field)}});
    Application application = std::move(parsed).value();
    // The filing time is the desk's moment of saving: the parent was there then (docs/design.md,
    // "Filing times"). A desk may have been offline for days, but cannot file before it last
    // told the server its outbox head, nor in the server's future.
    if (!application.filedAt.isValid())
        application.filedAt = context.createdAt;
    const qint64 filed = application.filedAt.toMSecsSinceEpoch();
    const qint64 skew = context.rules.clockSkewMsecs;
    if (filed > context.now.toMSecsSinceEpoch() + skew
        || (context.writtenAfterHead && context.desk.headAt > 0 && filed < context.desk.headAt - skew))
        return CommandEffect::rejected(QStringLiteral("filing_time_out_of_range"),
                                       QStringLiteral("the filing time %1 is outside what this desk can have filed")
                                           .arg(application.filedAt.toUTC().toString(Qt::ISODateWithMs)));
    return registerValidated(db, std::move(application), context.desk.orgId, context.createdAt, context.clerk,
                             QJsonObject{{QStringLiteral("command_id"), context.commandId},
                                         {QStringLiteral("desk_id"), context.desk.id}},
                             context.now, false);
}

ServerResult<CommandEffect> importApplication(ServerDb &db, Application application, const QDateTime &now,
                                              const QString &orgId)
{
    if (!application.filedAt.isValid())
        return CommandEffect::rejected(QStringLiteral("invalid_application"), QStringLiteral("an imported application needs its filing time"));
    const QDateTime filedAt = application.filedAt;
    return registerValidated(db, std::move(application), orgId, filedAt, QStringLiteral("import"),
                             QJsonObject{{QStringLiteral("imported"), true}}, now, true);
}

ServerResult<CommandEffect> withdrawApplication(ServerDb &db, const CommandContext &context, const QJsonObject &payload)
{
    const QString id = payload.value(QStringLiteral("application_id")).toString();
    ServerResult<std::optional<StoredApplication>> found = load(db, selectApplication + QStringLiteral("WHERE id = ?"), id);
    if (!found)
        return found.error();
    // Another kindergarten's application is "not found": its existence is not this desk's to know.
    if (!found.value() || found.value()->orgId != context.desk.orgId)
        return CommandEffect::rejected(QStringLiteral("not_found"), QStringLiteral("no application %1 registered at this kindergarten").arg(id));
    StoredApplication stored = *found.value();
    if (stored.application.status == ApplicationStatus::Archived)
        return CommandEffect::rejected(QStringLiteral("already_archived"), QStringLiteral("application %1 is already archived").arg(id));
    if (stored.application.status == ApplicationStatus::DirectionIssued)
        return CommandEffect::rejected(QStringLiteral("direction_active"),
                                       QStringLiteral("application %1 holds an active direction: close it first").arg(id));
    Application application = stored.application;
    application.status = ApplicationStatus::Archived;
    application.archiveReason = ArchiveReason::WithdrawnByApplicant;
    const QString reasonText = payload.value(QStringLiteral("reason")).toString().left(500);
    if (ServerStatus written = write(db, application, stored.orgId, stored, Events::applicationWithdrawn(), context.clerk,
                                     QJsonObject{{QStringLiteral("command_id"), context.commandId},
                                                 {QStringLiteral("desk_id"), context.desk.id},
                                                 {QStringLiteral("reason"), reasonText}},
                                     context.now);
        !written)
        return written.error();
    CommandEffect effect;
    effect.applied = true;
    effect.details = QJsonObject{{QStringLiteral("application_id"), id},
                                 {QStringLiteral("status"), ApplicationJson::statusCode(application.status)},
                                 {QStringLiteral("version"), stored.version + 1}};
    return effect;
}

ServerResult<CommandEffect> correctApplication(ServerDb &db, const CommandContext &context, const QJsonObject &payload)
{
    Expected<Application> parsed = ApplicationJson::fromJson(payload);
    if (!parsed)
        return CommandEffect::rejected(QStringLiteral("invalid_application"), parsed.error().message(),
                                       QJsonObject{{QStringLiteral("field"), Issue::fieldName(parsed.error().field)}});
    const QString id = parsed.value().id;
    ServerResult<std::optional<StoredApplication>> found = load(db, selectApplication + QStringLiteral("WHERE id = ?"), id);
    if (!found)
        return found.error();
    // As for withdrawal: another kindergarten's application is "not found".
    if (!found.value() || found.value()->orgId != context.desk.orgId)
        return CommandEffect::rejected(QStringLiteral("not_found"), QStringLiteral("no application %1 registered at this kindergarten").arg(id));
    const StoredApplication stored = *found.value();
    if (stored.application.status != ApplicationStatus::Queued)
        return CommandEffect::rejected(QStringLiteral("application_not_queued"),
                                       QStringLiteral("application %1 is %2: only a queued application is corrected")
                                           .arg(id, ApplicationJson::statusCode(stored.application.status)),
                                       QJsonObject{{QStringLiteral("status"), ApplicationJson::statusCode(stored.application.status)}});
    const Application corrected = applyCorrection(stored.application, parsed.value());
    for (const Issue &issue : validateCorrection(stored.application, corrected, ValidationContext{context.createdAt, RuleSettings()})) {
        if (issue.isError())
            return CommandEffect::rejected(QStringLiteral("invalid_application"), issue.message(),
                                           QJsonObject{{QStringLiteral("field"), Issue::fieldName(issue.field)}});
    }
    const bool categoryChanged = stored.application.category != corrected.category;
    QJsonObject journal{{QStringLiteral("command_id"), context.commandId}, {QStringLiteral("desk_id"), context.desk.id}};
    if (categoryChanged) {
        journal.insert(QStringLiteral("category_from"), Categories::code(stored.application.category));
        journal.insert(QStringLiteral("category_to"), Categories::code(corrected.category));
    }
    if (ServerStatus written = write(db, corrected, stored.orgId, stored,
                                     categoryChanged ? Events::categoryChanged() : Events::applicationCorrected(),
                                     context.clerk, journal, context.now);
        !written)
        return written.error();
    CommandEffect effect;
    effect.applied = true;
    effect.details = QJsonObject{{QStringLiteral("application_id"), id},
                                 {QStringLiteral("right"), rightCode(Categories::right(corrected.category))},
                                 {QStringLiteral("filed_at"), ApplicationJson::timestampValue(corrected.filedAt)},
                                 {QStringLiteral("status"), ApplicationJson::statusCode(corrected.status)},
                                 {QStringLiteral("version"), stored.version + 1}};
    return effect;
}

ServerResult<CommandEffect> markDirectionIssued(ServerDb &db, const QString &applicationId, const QString &childIin,
                                                const QString &directionNumber, const QString &actor, const QDateTime &now)
{
    ServerResult<std::optional<StoredApplication>> found = load(db, selectApplication + QStringLiteral("WHERE id = ?"), applicationId);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->application.childIin != normalizedIin(childIin))
        return CommandEffect::rejected(QStringLiteral("application_not_found"),
                                       QStringLiteral("no application %1 for this child in the region's queue").arg(applicationId));
    StoredApplication stored = *found.value();
    if (stored.application.status != ApplicationStatus::Queued)
        return CommandEffect::rejected(QStringLiteral("application_not_queued"),
                                       QStringLiteral("application %1 is %2, not waiting in the queue")
                                           .arg(applicationId, ApplicationJson::statusCode(stored.application.status)));
    Application application = stored.application;
    application.status = ApplicationStatus::DirectionIssued;
    if (ServerStatus written = write(db, application, stored.orgId, stored, QStringLiteral("application_direction_issued"), actor,
                                     QJsonObject{{QStringLiteral("direction_number"), directionNumber}}, now);
        !written)
        return written.error();
    CommandEffect effect;
    effect.applied = true;
    return effect;
}

ServerResult<QJsonValue> moveApplication(ServerDb &db, const QString &applicationId, ApplicationStatus status,
                                         ArchiveReason reason, const QDate &stopListedUntil, const QString &event,
                                         const QString &actor, const QJsonObject &journalExtra, const QDateTime &now,
                                         bool removeRight)
{
    ServerResult<std::optional<StoredApplication>> found = load(db, selectApplication + QStringLiteral("WHERE id = ?"), applicationId);
    if (!found)
        return found.error();
    // As EnrollmentStore's moveApplication: an archived application stays archived.
    if (!found.value() || found.value()->application.status == ApplicationStatus::Archived)
        return QJsonValue(QJsonValue::Null);
    const StoredApplication &stored = *found.value();
    Application application = stored.application;
    application.status = status;
    application.archiveReason = reason;
    application.stopListedUntil = stopListedUntil;
    QJsonObject journal = journalExtra;
    if (removeRight && application.category != Category::None) {
        journal.insert(QStringLiteral("category_removed"), Categories::code(application.category));
        application.category = Category::None;
    }
    if (ServerStatus written = write(db, application, stored.orgId, stored, event, actor, journal, now); !written)
        return written.error();
    return QJsonValue(QJsonObject{{QStringLiteral("id"), application.id},
                                  {QStringLiteral("status"), ApplicationJson::statusCode(application.status)},
                                  {QStringLiteral("archive_reason"), ApplicationJson::archiveReasonCode(application.archiveReason)},
                                  {QStringLiteral("stop_listed_until"), ApplicationJson::dateValue(application.stopListedUntil)}});
}

ServerResult<std::optional<QJsonObject>> position(ServerDb &db, const QString &childIin, const RuleSettings &settings)
{
    ServerResult<std::optional<StoredApplication>> active = activeFor(db, normalizedIin(childIin));
    if (!active)
        return active.error();
    if (!active.value())
        return std::optional<QJsonObject>();
    const Application &application = active.value()->application;
    ServerResult<std::optional<int>> number = queueNumber(db, application, settings);
    if (!number)
        return number.error();
    QJsonObject answer{{QStringLiteral("birth_year"), application.childBirthDate.year()},
                       {QStringLiteral("status"), ApplicationJson::statusCode(application.status)},
                       {QStringLiteral("right"), rightCode(Categories::right(application.category))},
                       {QStringLiteral("filed_at"), ApplicationJson::timestampValue(application.filedAt)}};
    answer.insert(QStringLiteral("queue_number"), number.value() ? QJsonValue(*number.value()) : QJsonValue());
    return std::optional<QJsonObject>(answer);
}

} // namespace QueueCommands
