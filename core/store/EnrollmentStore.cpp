#include "store/EnrollmentStore.h"

#include "domain/FieldLimits.h"
#include "domain/Iin.h"
#include "domain/KindergartenProfile.h"
#include "settings/RuleSettings.h"
#include "store/ApplicationJson.h"
#include "store/CanonicalJson.h"
#include "store/ChangeLog.h"
#include "store/CommandTypes.h"
#include "store/Database.h"
#include "store/DirectionStore.h"
#include "store/Events.h"
#include "store/Journal.h"
#include "store/SqlValues.h"
#include "store/StoreRows.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>
#include <functional>

namespace {

using namespace SqlValues;
using namespace StoreRows;

QJsonArray itemsArray(const QList<ChecklistItem> &items)
{
    QJsonArray array;
    for (const ChecklistItem item : items)
        array.append(static_cast<int>(item));
    return array;
}

QList<ChecklistItem> itemsFrom(const QJsonArray &array)
{
    QList<ChecklistItem> items;
    for (const QJsonValue &value : array) {
        const int number = value.toInt();
        if (number >= static_cast<int>(ChecklistItem::Direction) && number <= static_cast<int>(ChecklistItem::PmpcConclusion))
            items.append(static_cast<ChecklistItem>(number));
    }
    return items;
}

// Each item once, in the numbering of RULES 6.2.
QList<ChecklistItem> sortedItems(QList<ChecklistItem> items)
{
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    return items;
}

std::optional<ServiceSession> readSession(const QSqlDatabase &db, const QString &id, QString *error = nullptr)
{
    QSqlQuery query(db);
    query.prepare(sessionSelectSql() + QStringLiteral("WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), sqlText(id.trimmed()));
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return sessionFrom(query);
}

// RULES 12 item 2: the kindergarten is named with its full name, BIN, address and head.
Issues profileIssues(const KindergartenProfile &profile)
{
    if (profile.isEmpty())
        return {Issue::error(Field::KindergartenDetails, Rule::Required)};
    Issues issues;
    for (const Issue &problem : profile.validate())
        if (problem.isError())
            issues.append(problem);
    return issues;
}

Issue sessionNotFound(const QString &id)
{
    return Issue::error(Field::ServiceSession, Rule::SessionNotFound, id.trimmed());
}

// The next number in the year of `date` of a per-year sequence kept in table.sequence
// (constants only, never values, go into the SQL text).
// The next number of a register (contracts, refusals) for a document dated `date`: the
// sequence counts the documents of that year, and a number already taken (a format without
// {year} may repeat an older year's) is skipped. format(sequence) spells the number.
struct RegisterNumber
{
    int sequence = 0;
    QString number;
};

Expected<RegisterNumber> nextFreeNumber(const QSqlDatabase &db, const char *table, const QDate &date,
                                        const std::function<QString(int)> &format)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT COALESCE(MAX(sequence), 0) + 1 FROM ") + QLatin1String(table)
                  + QStringLiteral(" WHERE date BETWEEN :first AND :last"));
    query.bindValue(QStringLiteral(":first"), SqlValues::date(QDate(date.year(), 1, 1)));
    query.bindValue(QStringLiteral(":last"), SqlValues::date(QDate(date.year(), 12, 31)));
    if (!query.exec() || !query.next())
        return writeFailed(query.lastError().text());
    RegisterNumber next{query.value(0).toInt(), QString()};
    query.finish();

    QSqlQuery taken(db);
    taken.prepare(QStringLiteral("SELECT 1 FROM ") + QLatin1String(table) + QStringLiteral(" WHERE number = :number"));
    for (;; ++next.sequence) {
        next.number = format(next.sequence);
        taken.bindValue(QStringLiteral(":number"), next.number);
        if (!taken.exec())
            return writeFailed(taken.lastError().text());
        if (!taken.next())
            return next;
        taken.finish();
    }
}

// Closes a direction that is still `issued` (RULES 5: used or refused).
Status closeDirection(QSqlDatabase &db, const QString &number, DirectionStatus status, const QDateTime &now)
{
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE directions SET status = :status, closed_at = :now, updated_at = :now"
                                  " WHERE number = :number AND status = 'issued'"));
    update.bindValue(QStringLiteral(":status"), Directions::statusCode(status));
    update.bindValue(QStringLiteral(":now"), now.toMSecsSinceEpoch());
    update.bindValue(QStringLiteral(":number"), number);
    if (!update.exec())
        return writeFailed(update.lastError().text());
    if (update.numRowsAffected() != 1)
        return Issue::error(Field::DirectionStatus, Rule::DirectionClosed, number);
    return {};
}

Status finishSession(QSqlDatabase &db, const QString &id, ServiceOutcome outcome, const QDateTime &now)
{
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE service_sessions SET result_at = :now, outcome = :outcome, updated_at = :now"
                                  " WHERE id = :id"));
    update.bindValue(QStringLiteral(":now"), now.toMSecsSinceEpoch());
    update.bindValue(QStringLiteral(":outcome"), ServiceSessions::outcomeCode(outcome));
    update.bindValue(QStringLiteral(":id"), id);
    if (!update.exec())
        return writeFailed(update.lastError().text());
    return {};
}

// The application's new queue state when it is stored on this desk and not archived already;
// nullopt when there is no such row (the queue system then applies the command's consequences).
Expected<std::optional<Application>> moveApplication(QSqlDatabase &db, const QString &applicationId,
                                                     ApplicationStatus status, ArchiveReason reason,
                                                     const QDate &stopListedUntil, const QDateTime &now)
{
    if (applicationId.isEmpty())
        return std::optional<Application>();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE applications SET status = :status, archive_reason = :reason,"
                                  " stop_listed_until = :until, updated_at = :now"
                                  " WHERE id = :id AND status <> 'archived'"));
    update.bindValue(QStringLiteral(":status"), ApplicationJson::statusCode(status));
    update.bindValue(QStringLiteral(":reason"), ApplicationJson::archiveReasonCode(reason));
    update.bindValue(QStringLiteral(":until"), SqlValues::date(stopListedUntil));
    update.bindValue(QStringLiteral(":now"), now.toMSecsSinceEpoch());
    update.bindValue(QStringLiteral(":id"), applicationId);
    if (!update.exec())
        return writeFailed(update.lastError().text());
    if (update.numRowsAffected() != 1)
        return std::optional<Application>();
    Application moved;
    moved.id = applicationId;
    moved.status = status;
    moved.archiveReason = reason;
    moved.stopListedUntil = stopListedUntil;
    return std::optional<Application>(moved);
}

QJsonValue applicationStateValue(const std::optional<Application> &application)
{
    if (!application)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{
        {QStringLiteral("id"), application->id},
        {QStringLiteral("status"), ApplicationJson::statusCode(application->status)},
        {QStringLiteral("archive_reason"), ApplicationJson::archiveReasonCode(application->archiveReason)},
        {QStringLiteral("stop_listed_until"), ApplicationJson::dateValue(application->stopListedUntil)},
    };
}

// Writes one service stage's outbox command (RULES 6.5 monitoring) and journal entry.
Status logStage(QSqlDatabase &db, const ServiceSession &session, ServiceStage stage, const QDateTime &at,
                const QString &clerk)
{
    const QJsonObject command{
        {QStringLiteral("session_id"), session.id},
        {QStringLiteral("direction_number"), session.directionNumber},
        {QStringLiteral("channel"), Checklists::channelCode(session.channel)},
        {QStringLiteral("stage"), ServiceSessions::stageCode(stage)},
        {QStringLiteral("at"), ApplicationJson::timestampValue(at)},
    };
    const Change change{CommandTypes::serviceStage(), command, Events::serviceStage(),
                        JournalEntities::serviceSession(), session.id, command};
    if (const Expected<QString> logged = ChangeLog::write(db, change, clerk, at); !logged)
        return logged.error();
    return {};
}

} // namespace

const QString &StoreRows::sessionSelectSql()
{
    static const QString sql = QStringLiteral(
        "SELECT id, direction_number, channel, arrived_at, service_started_at, documents_at, result_at,"
        " outcome, clerk, checklist FROM service_sessions ");
    return sql;
}

const QString &StoreRows::contractSelectSql()
{
    static const QString sql = QStringLiteral(
        "SELECT number, date, direction_number, application_id, session_id, parent_surname, parent_name,"
        " parent_patronymic, parent_iin, parent_id_document, parent_address, phones, starts_on,"
        " deferred_items, clerk, recorded_at, verification_code, parent_id_document_kind,"
        " parent_id_document_kind_text, parent_id_document_number, parent_id_document_issued_on,"
        " parent_id_document_issuer, parent_id_document_issuer_text FROM contracts ");
    return sql;
}

const QString &StoreRows::refusalSelectSql()
{
    static const QString sql = QStringLiteral(
        "SELECT number, date, direction_number, application_id, session_id, grounds, faulty_items, reasons,"
        " clerk, recorded_at, verification_code FROM refusals ");
    return sql;
}

ServiceSession StoreRows::sessionFrom(const QSqlQuery &query)
{
    ServiceSession s;
    s.id = query.value(0).toString();
    s.directionNumber = query.value(1).toString();
    s.channel = Checklists::channelFromCode(query.value(2).toString()).value_or(ServiceChannel::Office);
    s.arrivedAt = toInstant(query.value(3));
    s.serviceStartedAt = toInstant(query.value(4));
    s.documentsAt = toInstant(query.value(5));
    s.resultAt = toInstant(query.value(6));
    s.outcome = ServiceSessions::outcomeFromCode(query.value(7).toString()).value_or(ServiceOutcome::None);
    s.clerk = query.value(8).toString();
    s.checklist = Checklist::fromJson(QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object());
    return s;
}

ContractRecord StoreRows::contractFrom(const QSqlQuery &query)
{
    ContractRecord c;
    c.number = query.value(0).toString();
    c.date = toDate(query.value(1));
    c.directionNumber = query.value(2).toString();
    c.applicationId = query.value(3).toString();
    c.sessionId = query.value(4).toString();
    c.parent = PersonName{query.value(5).toString(), query.value(6).toString(), query.value(7).toString()};
    c.parentIin = query.value(8).toString();
    c.parentIdDocument = query.value(9).toString();
    c.parentAddress = query.value(10).toString();
    for (const QJsonValue &phone : toJsonArray(query.value(11)))
        c.phones.append(phone.toString());
    c.startsOn = toDate(query.value(12));
    c.deferredItems = itemsFrom(toJsonArray(query.value(13)));
    c.clerk = query.value(14).toString();
    c.recordedAt = toInstant(query.value(15));
    c.verificationCode = query.value(16).toString();
    IdDocument &document = c.parentIdDocumentDetails;
    document.kind = IdDocuments::kindFromCode(query.value(17).toString()).value_or(IdDocumentKind::None);
    document.kindText = query.value(18).toString();
    document.number = query.value(19).toString();
    document.issuedOn = toDate(query.value(20));
    document.issuer = IdDocuments::issuerFromCode(query.value(21).toString()).value_or(IdDocumentIssuer::None);
    document.issuerText = query.value(22).toString();
    return c;
}

RefusalRecord StoreRows::refusalFrom(const QSqlQuery &query)
{
    RefusalRecord r;
    r.number = query.value(0).toString();
    r.date = toDate(query.value(1));
    r.directionNumber = query.value(2).toString();
    r.applicationId = query.value(3).toString();
    r.sessionId = query.value(4).toString();
    for (const QJsonValue &code : toJsonArray(query.value(5)))
        if (const std::optional<RefusalGround> ground = RefusalGrounds::fromCode(code.toString()))
            r.grounds.append(*ground);
    r.faultyItems = itemsFrom(toJsonArray(query.value(6)));
    r.reasons = query.value(7).toString();
    r.clerk = query.value(8).toString();
    r.recordedAt = toInstant(query.value(9));
    r.verificationCode = query.value(10).toString();
    return r;
}

EnrollmentStore::EnrollmentStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
}

QJsonObject EnrollmentStore::toJson(const ContractRecord &c)
{
    QJsonObject json{
        {QStringLiteral("number"), c.number},
        {QStringLiteral("date"), ApplicationJson::dateValue(c.date)},
        {QStringLiteral("direction_number"), c.directionNumber},
        {QStringLiteral("application_id"), c.applicationId},
        {QStringLiteral("session_id"), c.sessionId},
        {QStringLiteral("parent_surname"), c.parent.surname},
        {QStringLiteral("parent_name"), c.parent.name},
        {QStringLiteral("parent_patronymic"), c.parent.patronymic},
        {QStringLiteral("parent_iin"), c.parentIin},
        {QStringLiteral("parent_id_document"), c.parentIdDocument},
        {QStringLiteral("parent_address"), c.parentAddress},
        {QStringLiteral("phones"), QJsonArray::fromStringList(c.phones)},
        {QStringLiteral("starts_on"), ApplicationJson::dateValue(c.startsOn)},
        {QStringLiteral("deferred_items"), itemsArray(c.deferredItems)},
        {QStringLiteral("clerk"), c.clerk},
        {QStringLiteral("recorded_at"), ApplicationJson::timestampValue(c.recordedAt)},
    };
    // Issue 13 item 1: the ID document in parts travels as its parts (the server keeps the
    // payload whole); a contract with only the free text keeps the JSON (and so the verification
    // code) it always had.
    if (const IdDocument &document = c.parentIdDocumentDetails; document.isStructured()) {
        json.insert(QStringLiteral("parent_id_document_kind"), IdDocuments::kindCode(document.kind));
        json.insert(QStringLiteral("parent_id_document_kind_text"), document.kindText);
        json.insert(QStringLiteral("parent_id_document_number"), document.number);
        json.insert(QStringLiteral("parent_id_document_issued_on"), ApplicationJson::dateValue(document.issuedOn));
        json.insert(QStringLiteral("parent_id_document_issuer"), IdDocuments::issuerCode(document.issuer));
        json.insert(QStringLiteral("parent_id_document_issuer_text"), document.issuerText);
    }
    return json;
}

QJsonObject EnrollmentStore::toJson(const RefusalRecord &r)
{
    QJsonArray grounds;
    for (const RefusalGround ground : r.grounds)
        grounds.append(RefusalGrounds::code(ground));
    return QJsonObject{
        {QStringLiteral("number"), r.number},
        {QStringLiteral("date"), ApplicationJson::dateValue(r.date)},
        {QStringLiteral("direction_number"), r.directionNumber},
        {QStringLiteral("application_id"), r.applicationId},
        {QStringLiteral("session_id"), r.sessionId},
        {QStringLiteral("grounds"), grounds},
        {QStringLiteral("faulty_items"), itemsArray(r.faultyItems)},
        {QStringLiteral("reasons"), r.reasons},
        {QStringLiteral("clerk"), r.clerk},
        {QStringLiteral("recorded_at"), ApplicationJson::timestampValue(r.recordedAt)},
    };
}

QString EnrollmentStore::verificationCode(const ContractRecord &contract)
{
    return CanonicalJson::sha256Hex(toJson(contract)).left(10);
}

QString EnrollmentStore::verificationCode(const RefusalRecord &refusal)
{
    return CanonicalJson::sha256Hex(toJson(refusal)).left(10);
}

Expected<ServiceSession> EnrollmentStore::startSession(const QString &directionNumber, ServiceChannel channel,
                                                       const QDateTime &arrivedAt, const QString &clerk)
{
    if (!arrivedAt.isValid())
        return Issue::error(Field::ServiceSession, Rule::Required, ServiceSessions::stageCode(ServiceStage::Arrived));

    WriteTransaction transaction(m_database->connection());
    if (const Status begun = transaction.begin(); !begun)
        return begun.error();
    QSqlDatabase &db = transaction.db();

    const std::optional<Direction> direction = DirectionStore(m_database).find(directionNumber);
    if (!direction)
        return Issue::error(Field::DirectionNumber, Rule::DirectionNotFound, directionNumber.trimmed());
    if (direction->status != DirectionStatus::Issued)
        return Issue::error(Field::DirectionStatus, Rule::DirectionClosed, Directions::statusCode(direction->status));

    ServiceSession session;
    session.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    session.directionNumber = direction->number;
    session.channel = channel;
    session.arrivedAt = storedInstant(arrivedAt);
    session.clerk = clerk;
    session.checklist.channel = channel;

    {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO service_sessions"
                                      " (id, direction_number, channel, arrived_at, outcome, clerk, checklist, updated_at)"
                                      " VALUES (:id, :direction, :channel, :arrived, :outcome, :clerk, :checklist, :now)"));
        insert.bindValue(QStringLiteral(":id"), session.id);
        insert.bindValue(QStringLiteral(":direction"), session.directionNumber);
        insert.bindValue(QStringLiteral(":channel"), Checklists::channelCode(channel));
        insert.bindValue(QStringLiteral(":arrived"), instant(session.arrivedAt));
        insert.bindValue(QStringLiteral(":outcome"), ServiceSessions::outcomeCode(ServiceOutcome::None));
        insert.bindValue(QStringLiteral(":clerk"), sqlText(clerk));
        insert.bindValue(QStringLiteral(":checklist"),
                         QString::fromUtf8(CanonicalJson::encode(session.checklist.toJson())));
        insert.bindValue(QStringLiteral(":now"), session.arrivedAt.toMSecsSinceEpoch());
        if (!insert.exec())
            return writeFailed(insert.lastError().text());
    }
    if (const Status logged = logStage(db, session, ServiceStage::Arrived, session.arrivedAt, clerk); !logged)
        return logged.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return session;
}

Expected<ServiceSession> EnrollmentStore::recordStage(const QString &sessionId, ServiceStage stage,
                                                      const QDateTime &at, const QString &clerk)
{
    const char *column = nullptr;
    switch (stage) {
    case ServiceStage::ServiceStarted: column = "service_started_at"; break;
    case ServiceStage::DocumentsHandedIn: column = "documents_at"; break;
    case ServiceStage::Arrived:
    case ServiceStage::ResultIssued:
        // Arrival comes with startSession, the result with the contract or the refusal.
        return Issue::error(Field::ServiceSession, Rule::SessionStageOrder, ServiceSessions::stageCode(stage));
    }

    WriteTransaction transaction(m_database->connection());
    if (const Status begun = transaction.begin(); !begun)
        return begun.error();
    QSqlDatabase &db = transaction.db();

    QString error;
    std::optional<ServiceSession> session = readSession(db, sessionId, &error);
    if (!error.isEmpty())
        return writeFailed(error);
    if (!session)
        return sessionNotFound(sessionId);
    const QDateTime stored = storedInstant(at);
    // RULES 6.5: stages in order, once each.
    if (const Status order = ServiceSessions::checkStage(*session, stage, stored); !order)
        return order.error();

    {
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE service_sessions SET ") + QLatin1String(column)
                       + QStringLiteral(" = :at, updated_at = :at WHERE id = :id"));
        update.bindValue(QStringLiteral(":at"), instant(stored));
        update.bindValue(QStringLiteral(":id"), session->id);
        if (!update.exec())
            return writeFailed(update.lastError().text());
    }
    if (stage == ServiceStage::ServiceStarted)
        session->serviceStartedAt = stored;
    else
        session->documentsAt = stored;
    if (const Status logged = logStage(db, *session, stage, stored, clerk); !logged)
        return logged.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return *session;
}

Status EnrollmentStore::saveChecklist(const QString &sessionId, const Checklist &checklist, const QString &clerk,
                                      const QDateTime &at)
{
    WriteTransaction transaction(m_database->connection());
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    QSqlDatabase &db = transaction.db();

    QString error;
    const std::optional<ServiceSession> session = readSession(db, sessionId, &error);
    if (!error.isEmpty())
        return writeFailed(error);
    if (!session)
        return sessionNotFound(sessionId);
    if (session->isFinished())
        return Issue::error(Field::ServiceSession, Rule::SessionAlreadyFinished);

    // The documents come through the session's channel (RULES 6.2 table).
    Checklist saved = checklist;
    saved.channel = session->channel;
    const QJsonObject json = saved.toJson();
    {
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE service_sessions SET checklist = :checklist, updated_at = :at"
                                      " WHERE id = :id"));
        update.bindValue(QStringLiteral(":checklist"), QString::fromUtf8(CanonicalJson::encode(json)));
        update.bindValue(QStringLiteral(":at"), at.toMSecsSinceEpoch());
        update.bindValue(QStringLiteral(":id"), session->id);
        if (!update.exec())
            return writeFailed(update.lastError().text());
    }
    QList<ChecklistItem> presented(saved.presented.cbegin(), saved.presented.cend());
    const QJsonObject payload{
        {QStringLiteral("direction_number"), session->directionNumber},
        {QStringLiteral("presented"), itemsArray(sortedItems(presented))},
        {QStringLiteral("emergency_deferral"), saved.emergencyDeferral},
        {QStringLiteral("checklist_sha256"), CanonicalJson::sha256Hex(json)},
    };
    const Expected<JournalEntry> entry = Journal::append(db, Events::checklistSaved(),
                                                         JournalEntities::serviceSession(), session->id, payload,
                                                         clerk, at);
    if (!entry)
        return entry.error();
    return transaction.commit();
}

std::optional<ServiceSession> EnrollmentStore::session(const QString &id) const
{
    return readSession(m_database->connection(), id);
}

std::optional<ServiceSession> EnrollmentStore::sessionForDirection(const QString &directionNumber) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(sessionSelectSql()
                  + QStringLiteral("WHERE direction_number = :number ORDER BY arrived_at DESC, rowid DESC LIMIT 1"));
    query.bindValue(QStringLiteral(":number"), sqlText(directionNumber.trimmed()));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return sessionFrom(query);
}

Issues EnrollmentStore::contractIssues(const ContractRecord &contract, const Direction &direction,
                                       const KindergartenProfile &profile)
{
    Issues issues = profileIssues(profile);
    // RULES 12 item 2: the parent who signs, with the IIN, the ID document and the address.
    if (contract.parent.surname.trimmed().isEmpty())
        issues.append(Issue::error(Field::ApplicantSurname, Rule::Required));
    if (contract.parent.name.trimmed().isEmpty())
        issues.append(Issue::error(Field::ApplicantName, Rule::Required));
    if (contract.parentIin.trimmed().isEmpty())
        issues.append(Issue::error(Field::ApplicantIin, Rule::Required));
    else if (const Expected<Iin> parentIin = Iin::parse(contract.parentIin, Field::ApplicantIin); !parentIin)
        issues.append(parentIin.error());
    // Issue 13 item 1: asked in parts, each part is checked; a contract without them (the CLI's
    // --id-document, one recorded before) needs the free text.
    if (contract.parentIdDocumentDetails.isStructured())
        issues.append(IdDocuments::issues(contract.parentIdDocumentDetails, contract.date));
    else if (contract.parentIdDocument.trimmed().isEmpty())
        issues.append(Issue::error(Field::ParentIdDocument, Rule::Required));
    if (contract.parentAddress.trimmed().isEmpty())
        issues.append(Issue::error(Field::ParentAddress, Rule::Required));
    FieldLimits::check(issues, contract.parent.surname, Field::ApplicantSurname);
    FieldLimits::check(issues, contract.parent.name, Field::ApplicantName);
    FieldLimits::check(issues, contract.parent.patronymic, Field::ApplicantPatronymic);
    FieldLimits::check(issues, contract.parentIdDocument, Field::ParentIdDocument);
    FieldLimits::check(issues, contract.parentAddress, Field::ParentAddress);
    // RULES 12 item 3: attends from the start date, not before the contract, for a temporary
    // stay no later than the place's last day.
    const QString startsOn = contract.startsOn.toString(QStringLiteral("dd.MM.yyyy"));
    if (!contract.startsOn.isValid())
        issues.append(Issue::error(Field::GroupStartDate, Rule::Required));
    else if (contract.date.isValid() && contract.startsOn < contract.date)
        issues.append(Issue::error(Field::GroupStartDate, Rule::StartsBeforeContract, startsOn));
    else if (direction.admissionMode == AdmissionMode::TemporaryStay && direction.temporaryUntil.isValid()
             && contract.startsOn > direction.temporaryUntil)
        issues.append(Issue::error(Field::GroupStartDate, Rule::StartsAfterTemporaryStay, startsOn));
    return issues;
}

Expected<ContractRecord> EnrollmentStore::recordContract(const QString &sessionId, ContractRecord contract,
                                                         const KindergartenProfile &profile,
                                                         const WorkCalendar &calendar, const RuleSettings &settings,
                                                         const QDateTime &now)
{
    if (!contract.date.isValid())
        return Issue::error(Field::ContractDate, Rule::Required);
    // First: without its own details the kindergarten cannot even tell its directions (profile.id).
    if (const Issues problems = profileIssues(profile); !problems.isEmpty())
        return problems.constFirst();

    WriteTransaction transaction(m_database->connection());
    if (const Status begun = transaction.begin(); !begun)
        return begun.error();
    QSqlDatabase &db = transaction.db();

    QString error;
    const std::optional<ServiceSession> session = readSession(db, sessionId, &error);
    if (!error.isEmpty())
        return writeFailed(error);
    if (!session)
        return sessionNotFound(sessionId);
    if (session->isFinished())
        return Issue::error(Field::ServiceSession, Rule::SessionAlreadyFinished);
    const std::optional<Direction> direction = DirectionStore(m_database).find(session->directionNumber);
    if (!direction)
        return Issue::error(Field::DirectionNumber, Rule::DirectionNotFound, session->directionNumber);
    if (direction->status != DirectionStatus::Issued)
        return Issue::error(Field::DirectionStatus, Rule::DirectionClosed, Directions::statusCode(direction->status));

    // RULES 6.2, 6.3, 34.1: every required document, the certificate of health fresh enough,
    // the direction in force on the contract date and for this kindergarten.
    const Expected<ChecklistEvaluation> evaluation =
        Checklists::evaluate(session->checklist, *direction, profile.id, QString(), contract.date, calendar, settings);
    if (!evaluation)
        return evaluation.error();
    if (!evaluation->isComplete())
        return Issue::error(Field::Checklist, Rule::ChecklistIncomplete, evaluation->findings.constFirst().message());

    const QDateTime recordedAt = storedInstant(now);
    // RULES 6.5: the result comes after the documents were handed in.
    if (const Status order = ServiceSessions::checkStage(*session, ServiceStage::ResultIssued, recordedAt); !order)
        return order.error();

    // The parent who signs is the applicant unless the desk entered someone else.
    if (contract.parent.surname.trimmed().isEmpty() && contract.parent.name.trimmed().isEmpty())
        contract.parent = direction->applicant;
    if (contract.parentIin.trimmed().isEmpty())
        contract.parentIin = direction->applicantIin;
    if (contract.phones.isEmpty())
        contract.phones = direction->phones;
    contract.parentIdDocument = contract.parentIdDocument.simplified();
    if (IdDocument &document = contract.parentIdDocumentDetails; document.isStructured()) {
        // In parts, the paper prints the parts: no free text beside them.
        contract.parentIdDocument.clear();
        document.number = IdDocuments::normalizedNumber(document.kind, document.number);
        document.kindText = document.kind == IdDocumentKind::Other ? document.kindText.simplified() : QString();
        document.issuerText = document.issuer == IdDocumentIssuer::Other ? document.issuerText.simplified() : QString();
    }
    contract.parentAddress = contract.parentAddress.simplified();
    if (const Issues problems = contractIssues(contract, *direction, profile); hasErrors(problems))
        return problems.constFirst();
    contract.parentIin = Iin::parse(contract.parentIin, Field::ApplicantIin)->toString();

    contract.directionNumber = direction->number;
    contract.applicationId = direction->applicationId;
    contract.sessionId = session->id;
    if (contract.clerk.isEmpty())
        contract.clerk = session->clerk;
    contract.deferredItems = evaluation->deferred;
    contract.recordedAt = recordedAt;

    const Expected<RegisterNumber> numbered = nextFreeNumber(
        db, "contracts", contract.date, [&](int sequence) { return profile.contractNumber(sequence, contract.date); });
    if (!numbered)
        return numbered.error();
    const int sequence = numbered->sequence;
    contract.number = numbered->number;
    contract.verificationCode = verificationCode(contract);

    {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO contracts (number, sequence, date, direction_number, application_id, session_id,"
            " parent_surname, parent_name, parent_patronymic, parent_iin, parent_id_document, parent_address,"
            " phones, starts_on, deferred_items, clerk, recorded_at, verification_code, parent_id_document_kind,"
            " parent_id_document_kind_text, parent_id_document_number, parent_id_document_issued_on,"
            " parent_id_document_issuer, parent_id_document_issuer_text)"
            " VALUES (:number, :sequence, :date, :direction, :application, :session, :surname, :name,"
            " :patronymic, :iin, :id_document, :address, :phones, :starts_on, :deferred, :clerk, :recorded_at,"
            " :code, :id_kind, :id_kind_text, :id_number, :id_issued_on, :id_issuer, :id_issuer_text)"));
        insert.bindValue(QStringLiteral(":number"), contract.number);
        insert.bindValue(QStringLiteral(":sequence"), sequence);
        insert.bindValue(QStringLiteral(":date"), date(contract.date));
        insert.bindValue(QStringLiteral(":direction"), contract.directionNumber);
        insert.bindValue(QStringLiteral(":application"), sqlText(contract.applicationId));
        insert.bindValue(QStringLiteral(":session"), contract.sessionId);
        insert.bindValue(QStringLiteral(":surname"), sqlText(contract.parent.surname));
        insert.bindValue(QStringLiteral(":name"), sqlText(contract.parent.name));
        insert.bindValue(QStringLiteral(":patronymic"), sqlText(contract.parent.patronymic));
        insert.bindValue(QStringLiteral(":iin"), contract.parentIin);
        insert.bindValue(QStringLiteral(":id_document"), sqlText(contract.parentIdDocument));
        insert.bindValue(QStringLiteral(":address"), sqlText(contract.parentAddress));
        insert.bindValue(QStringLiteral(":phones"), jsonArray(QJsonArray::fromStringList(contract.phones)));
        insert.bindValue(QStringLiteral(":starts_on"), date(contract.startsOn));
        insert.bindValue(QStringLiteral(":deferred"), jsonArray(itemsArray(contract.deferredItems)));
        insert.bindValue(QStringLiteral(":clerk"), sqlText(contract.clerk));
        insert.bindValue(QStringLiteral(":recorded_at"), instant(contract.recordedAt));
        insert.bindValue(QStringLiteral(":code"), contract.verificationCode);
        const IdDocument &document = contract.parentIdDocumentDetails;
        insert.bindValue(QStringLiteral(":id_kind"), sqlText(IdDocuments::kindCode(document.kind)));
        insert.bindValue(QStringLiteral(":id_kind_text"), sqlText(document.kindText));
        insert.bindValue(QStringLiteral(":id_number"), sqlText(document.number));
        insert.bindValue(QStringLiteral(":id_issued_on"), date(document.issuedOn));
        insert.bindValue(QStringLiteral(":id_issuer"), sqlText(IdDocuments::issuerCode(document.issuer)));
        insert.bindValue(QStringLiteral(":id_issuer_text"), sqlText(document.issuerText));
        if (!insert.exec())
            return writeFailed(insert.lastError().text());
    }
    // RULES 5: the direction is used; RULES def. 1: the application is archived, enrolled.
    if (const Status closed = closeDirection(db, direction->number, DirectionStatus::Used, recordedAt); !closed)
        return closed.error();
    const Expected<std::optional<Application>> application =
        moveApplication(db, direction->applicationId, ApplicationStatus::Archived, ArchiveReason::Enrolled, QDate(),
                        recordedAt);
    if (!application)
        return application.error();
    if (const Status finished = finishSession(db, session->id, ServiceOutcome::Admitted, recordedAt); !finished)
        return finished.error();

    QJsonObject command = toJson(contract);
    command.insert(QStringLiteral("verification_code"), contract.verificationCode);
    // The journal keeps the numbers and a fingerprint of the contract, not the parent's data.
    const QJsonObject payload{
        {QStringLiteral("contract_number"), contract.number},
        {QStringLiteral("date"), ApplicationJson::dateValue(contract.date)},
        {QStringLiteral("session_id"), contract.sessionId},
        {QStringLiteral("deferred_items"), itemsArray(contract.deferredItems)},
        {QStringLiteral("contract_sha256"), CanonicalJson::sha256Hex(toJson(contract))},
        {QStringLiteral("verification_code"), contract.verificationCode},
        {QStringLiteral("application"), applicationStateValue(*application)},
    };
    const Change change{CommandTypes::recordEnrollment(), command, Events::contractRecorded(),
                        JournalEntities::direction(), direction->number, payload};
    if (const Expected<QString> logged = ChangeLog::write(db, change, contract.clerk, recordedAt); !logged)
        return logged.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return contract;
}

Expected<RefusalRecord> EnrollmentStore::recordRefusal(const QString &sessionId, RefusalRecord refusal,
                                                       const RuleSettings &settings, const QDateTime &now)
{
    // RULES 6.4: at least one ground; each once, in the order of the rules.
    QList<RefusalGround> grounds;
    for (const RefusalGround ground : RefusalGrounds::all())
        if (refusal.grounds.contains(ground))
            grounds.append(ground);
    if (grounds.isEmpty())
        return Issue::error(Field::RefusalGrounds, Rule::RefusalGroundRequired);
    Issues tooLong;
    FieldLimits::check(tooLong, refusal.reasons, Field::RefusalReasons);
    if (!tooLong.isEmpty())
        return tooLong.constFirst();
    refusal.grounds = grounds;
    refusal.faultyItems = sortedItems(refusal.faultyItems);

    WriteTransaction transaction(m_database->connection());
    if (const Status begun = transaction.begin(); !begun)
        return begun.error();
    QSqlDatabase &db = transaction.db();

    const QDateTime recordedAt = storedInstant(now);
    std::optional<ServiceSession> session;
    if (!sessionId.trimmed().isEmpty()) {
        QString error;
        session = readSession(db, sessionId, &error);
        if (!error.isEmpty())
            return writeFailed(error);
        if (!session)
            return sessionNotFound(sessionId);
        if (session->isFinished())
            return Issue::error(Field::ServiceSession, Rule::SessionAlreadyFinished);
        // RULES 6.5: the result comes after the documents were handed in.
        if (const Status order = ServiceSessions::checkStage(*session, ServiceStage::ResultIssued, recordedAt); !order)
            return order.error();
        refusal.directionNumber = session->directionNumber;
    } else if (refusal.directionNumber.trimmed().isEmpty()) {
        return Issue::error(Field::DirectionNumber, Rule::Required);
    }
    const std::optional<Direction> direction = DirectionStore(m_database).find(refusal.directionNumber);
    if (!direction)
        return Issue::error(Field::DirectionNumber, Rule::DirectionNotFound, refusal.directionNumber.trimmed());
    if (direction->status != DirectionStatus::Issued)
        return Issue::error(Field::DirectionStatus, Rule::DirectionClosed, Directions::statusCode(direction->status));

    if (!refusal.date.isValid())
        refusal.date = recordedAt.date();
    refusal.directionNumber = direction->number;
    refusal.applicationId = direction->applicationId;
    refusal.sessionId = session ? session->id : QString();
    if (refusal.clerk.isEmpty() && session)
        refusal.clerk = session->clerk;
    refusal.recordedAt = recordedAt;

    // "Б-2026-0003": Б for бас тарту (refusal), the same in both languages.
    const Expected<RegisterNumber> numbered = nextFreeNumber(db, "refusals", refusal.date, [&](int sequence) {
        return QStringLiteral("Б-%1-%2").arg(refusal.date.year()).arg(sequence, 4, 10, QLatin1Char('0'));
    });
    if (!numbered)
        return numbered.error();
    const int sequence = numbered->sequence;
    refusal.number = numbered->number;
    refusal.verificationCode = verificationCode(refusal);

    {
        const QJsonObject json = toJson(refusal);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO refusals (number, sequence, date, direction_number, application_id, session_id, grounds,"
            " faulty_items, reasons, clerk, recorded_at, verification_code)"
            " VALUES (:number, :sequence, :date, :direction, :application, :session, :grounds, :faulty, :reasons,"
            " :clerk, :recorded_at, :code)"));
        insert.bindValue(QStringLiteral(":number"), refusal.number);
        insert.bindValue(QStringLiteral(":sequence"), sequence);
        insert.bindValue(QStringLiteral(":date"), date(refusal.date));
        insert.bindValue(QStringLiteral(":direction"), refusal.directionNumber);
        insert.bindValue(QStringLiteral(":application"), sqlText(refusal.applicationId));
        insert.bindValue(QStringLiteral(":session"), sqlText(refusal.sessionId));
        insert.bindValue(QStringLiteral(":grounds"), jsonArray(json.value(QLatin1String("grounds")).toArray()));
        insert.bindValue(QStringLiteral(":faulty"), jsonArray(itemsArray(refusal.faultyItems)));
        insert.bindValue(QStringLiteral(":reasons"), sqlText(refusal.reasons));
        insert.bindValue(QStringLiteral(":clerk"), sqlText(refusal.clerk));
        insert.bindValue(QStringLiteral(":recorded_at"), instant(refusal.recordedAt));
        insert.bindValue(QStringLiteral(":code"), refusal.verificationCode);
        if (!insert.exec())
            return writeFailed(insert.lastError().text());
    }
    // RULES 5: the direction is refused; the application returns to the queue with its filing
    // date, or, for false documents or data (App. 4 item 9.1), goes to the stop list.
    if (const Status closed = closeDirection(db, direction->number, DirectionStatus::Refused, recordedAt); !closed)
        return closed.error();
    const bool stopList = std::any_of(grounds.cbegin(), grounds.cend(), &RefusalGrounds::sendsToStopList);
    const Expected<std::optional<Application>> application =
        stopList ? moveApplication(db, direction->applicationId, ApplicationStatus::StopListed, ArchiveReason::None,
                                   refusal.date.addDays(settings.stopListCalendarDays), recordedAt)
                 : moveApplication(db, direction->applicationId, ApplicationStatus::Queued, ArchiveReason::None,
                                   QDate(), recordedAt);
    if (!application)
        return application.error();
    if (session) {
        if (const Status finished = finishSession(db, session->id, ServiceOutcome::Refused, recordedAt); !finished)
            return finished.error();
    }

    QJsonObject command = toJson(refusal);
    command.insert(QStringLiteral("verification_code"), refusal.verificationCode);
    const QJsonObject payload{
        {QStringLiteral("refusal_number"), refusal.number},
        {QStringLiteral("date"), ApplicationJson::dateValue(refusal.date)},
        {QStringLiteral("session_id"), refusal.sessionId},
        {QStringLiteral("grounds"), command.value(QLatin1String("grounds"))},
        {QStringLiteral("faulty_items"), itemsArray(refusal.faultyItems)},
        {QStringLiteral("refusal_sha256"), CanonicalJson::sha256Hex(toJson(refusal))},
        {QStringLiteral("verification_code"), refusal.verificationCode},
        {QStringLiteral("application"), applicationStateValue(*application)},
    };
    const Change change{CommandTypes::recordRefusal(), command, Events::refusalRecorded(),
                        JournalEntities::direction(), direction->number, payload};
    if (const Expected<QString> logged = ChangeLog::write(db, change, refusal.clerk, recordedAt); !logged)
        return logged.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return refusal;
}

std::optional<ContractRecord> EnrollmentStore::contractForDirection(const QString &directionNumber) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(contractSelectSql() + QStringLiteral("WHERE direction_number = :number"));
    query.bindValue(QStringLiteral(":number"), sqlText(directionNumber.trimmed()));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return contractFrom(query);
}

std::optional<RefusalRecord> EnrollmentStore::refusalForDirection(const QString &directionNumber) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(refusalSelectSql()
                  + QStringLiteral("WHERE direction_number = :number ORDER BY recorded_at DESC, rowid DESC LIMIT 1"));
    query.bindValue(QStringLiteral(":number"), sqlText(directionNumber.trimmed()));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return refusalFrom(query);
}
