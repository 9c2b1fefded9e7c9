#include "store/ComplaintStore.h"

#include "domain/DateText.h"
#include "store/ApplicationJson.h"
#include "store/CanonicalJson.h"
#include "store/ChangeLog.h"
#include "store/CommandTypes.h"
#include "store/Database.h"
#include "store/Events.h"
#include "store/SqlValues.h"

#include <QUuid>

namespace {

using namespace SqlValues;

const QString &selectSql()
{
    static const QString sql = QStringLiteral(
        "SELECT id, number, received_on, addressee, complainant, subject, direction_number, application_id,"
        " status, answered_on, answer FROM complaints ");
    return sql;
}

Complaint complaintFrom(const QSqlQuery &query)
{
    Complaint c;
    c.id = query.value(0).toString();
    c.number = query.value(1).toString();
    c.receivedOn = toDate(query.value(2));
    c.addressee = Complaints::addresseeFromCode(query.value(3).toString()).value_or(ComplaintAddressee::Head);
    c.complainant = query.value(4).toString();
    c.subject = query.value(5).toString();
    c.directionNumber = query.value(6).toString();
    c.applicationId = query.value(7).toString();
    c.status = Complaints::statusFromCode(query.value(8).toString()).value_or(ComplaintStatus::Registered);
    c.answeredOn = toDate(query.value(9));
    c.answer = query.value(10).toString();
    return c;
}

std::optional<Complaint> readComplaint(const QSqlDatabase &db, const QString &id, QString *error = nullptr)
{
    QSqlQuery query(db);
    query.prepare(selectSql() + QStringLiteral("WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), sqlText(id.trimmed()));
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return complaintFrom(query);
}


Complaint trimmed(Complaint c)
{
    c.complainant = c.complainant.trimmed();
    c.subject = c.subject.trimmed();
    c.directionNumber = c.directionNumber.trimmed();
    c.applicationId = c.applicationId.trimmed();
    c.answer = c.answer.trimmed();
    return c;
}

std::optional<Issue> firstError(const Issues &issues)
{
    for (const Issue &issue : issues)
        if (issue.isError())
            return issue;
    return std::nullopt;
}

// Outbox command and journal entry of one change; the journal keeps the register's state and a
// fingerprint, not the complainant's words.
Status log(QSqlDatabase &db, const QString &command, const QString &event, const Complaint &c, const QString &clerk,
           const QDateTime &at)
{
    const QJsonObject json = ComplaintStore::toJson(c);
    const QJsonObject payload{
        {QStringLiteral("number"), c.number},
        {QStringLiteral("received_on"), ApplicationJson::dateValue(c.receivedOn)},
        {QStringLiteral("addressee"), Complaints::addresseeCode(c.addressee)},
        {QStringLiteral("status"), Complaints::statusCode(c.status)},
        {QStringLiteral("answered_on"), ApplicationJson::dateValue(c.answeredOn)},
        {QStringLiteral("complaint_sha256"), CanonicalJson::sha256Hex(json)},
    };
    const Change change{command, json, event, JournalEntities::complaint(), c.id, payload};
    if (const Expected<QString> logged = ChangeLog::write(db, change, clerk, at); !logged)
        return logged.error();
    return {};
}

} // namespace

ComplaintStore::ComplaintStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
}

Expected<Complaint> ComplaintStore::registerComplaint(Complaint complaint, const QString &clerk, const QDateTime &at)
{
    complaint = trimmed(std::move(complaint));
    if (const std::optional<Issue> error = firstError(Complaints::validate(complaint, at.date())))
        return *error;
    if (complaint.id.trimmed().isEmpty())
        complaint.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    WriteTransaction transaction(m_database->connection());
    if (const Status begun = transaction.begin(); !begun)
        return begun.error();
    QSqlDatabase &db = transaction.db();

    // RULES 7: the register numbers complaints per year of receipt, "Ш-2026-0007" (шағым).
    int sequence = 0;
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT COALESCE(MAX(sequence), 0) + 1 FROM complaints"
                                     " WHERE received_on BETWEEN :first AND :last"));
        query.bindValue(QStringLiteral(":first"), date(QDate(complaint.receivedOn.year(), 1, 1)));
        query.bindValue(QStringLiteral(":last"), date(QDate(complaint.receivedOn.year(), 12, 31)));
        if (!query.exec() || !query.next())
            return writeFailed(query.lastError().text());
        sequence = query.value(0).toInt();
    }
    complaint.number = QStringLiteral("Ш-%1-%2").arg(complaint.receivedOn.year()).arg(sequence, 4, 10, QLatin1Char('0'));

    {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO complaints (id, number, sequence, received_on, addressee, complainant, subject,"
            " direction_number, application_id, status, answered_on, answer, created_at, updated_at)"
            " VALUES (:id, :number, :sequence, :received_on, :addressee, :complainant, :subject, :direction,"
            " :application, :status, :answered_on, :answer, :now, :now)"));
        insert.bindValue(QStringLiteral(":id"), complaint.id);
        insert.bindValue(QStringLiteral(":number"), complaint.number);
        insert.bindValue(QStringLiteral(":sequence"), sequence);
        insert.bindValue(QStringLiteral(":received_on"), date(complaint.receivedOn));
        insert.bindValue(QStringLiteral(":addressee"), Complaints::addresseeCode(complaint.addressee));
        insert.bindValue(QStringLiteral(":complainant"), sqlText(complaint.complainant));
        insert.bindValue(QStringLiteral(":subject"), sqlText(complaint.subject));
        insert.bindValue(QStringLiteral(":direction"), sqlText(complaint.directionNumber));
        insert.bindValue(QStringLiteral(":application"), sqlText(complaint.applicationId));
        insert.bindValue(QStringLiteral(":status"), Complaints::statusCode(complaint.status));
        insert.bindValue(QStringLiteral(":answered_on"), date(complaint.answeredOn));
        insert.bindValue(QStringLiteral(":answer"), sqlText(complaint.answer));
        insert.bindValue(QStringLiteral(":now"), at.toMSecsSinceEpoch());
        if (!insert.exec())
            return writeFailed(insert.lastError().text());
    }
    if (const Status logged = log(db, CommandTypes::registerComplaint(), Events::complaintRegistered(), complaint, clerk, at); !logged)
        return logged.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return complaint;
}

Status ComplaintStore::update(const Complaint &complaint, const QString &clerk, const QDateTime &at)
{
    WriteTransaction transaction(m_database->connection());
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    QSqlDatabase &db = transaction.db();

    QString error;
    std::optional<Complaint> stored = readComplaint(db, complaint.id, &error);
    if (!error.isEmpty())
        return writeFailed(error);
    if (!stored)
        return Issue::error(Field::None, Rule::ComplaintNotFound, complaint.id.trimmed());
    // Only the outcome changes; what was received stays as registered.
    stored->status = complaint.status;
    stored->answeredOn = complaint.answeredOn;
    stored->answer = complaint.answer.trimmed();
    if (const std::optional<Issue> invalid = firstError(Complaints::validate(*stored, at.date())))
        return *invalid;

    {
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE complaints SET status = :status, answered_on = :answered_on,"
                                      " answer = :answer, updated_at = :now WHERE id = :id"));
        update.bindValue(QStringLiteral(":status"), Complaints::statusCode(stored->status));
        update.bindValue(QStringLiteral(":answered_on"), date(stored->answeredOn));
        update.bindValue(QStringLiteral(":answer"), sqlText(stored->answer));
        update.bindValue(QStringLiteral(":now"), at.toMSecsSinceEpoch());
        update.bindValue(QStringLiteral(":id"), stored->id);
        if (!update.exec())
            return writeFailed(update.lastError().text());
    }
    if (const Status logged = log(db, CommandTypes::updateComplaint(), Events::complaintUpdated(), *stored, clerk, at); !logged)
        return logged;
    return transaction.commit();
}

std::optional<Complaint> ComplaintStore::find(const QString &id) const
{
    return readComplaint(m_database->connection(), id);
}

Expected<QList<Complaint>> ComplaintStore::list(const QDate &from, const QDate &to) const
{
    if (from.isValid() && to.isValid() && to < from)
        return Issue::error(Field::PeriodEnd, Rule::PeriodEndBeforeStart, DateText::date(to));
    QSqlQuery query(m_database->connection());
    query.prepare(selectSql()
                  + QStringLiteral("WHERE (:from IS NULL OR received_on >= :from) AND (:to IS NULL OR received_on <= :to)"
                                   " ORDER BY received_on, sequence"));
    query.bindValue(QStringLiteral(":from"), date(from));
    query.bindValue(QStringLiteral(":to"), date(to));
    if (!query.exec())
        return writeFailed(query.lastError().text());
    QList<Complaint> result;
    while (query.next())
        result.append(complaintFrom(query));
    return result;
}

QJsonObject ComplaintStore::toJson(const Complaint &c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("number"), c.number},
        {QStringLiteral("received_on"), ApplicationJson::dateValue(c.receivedOn)},
        {QStringLiteral("addressee"), Complaints::addresseeCode(c.addressee)},
        {QStringLiteral("complainant"), c.complainant},
        {QStringLiteral("subject"), c.subject},
        {QStringLiteral("direction_number"), c.directionNumber},
        {QStringLiteral("application_id"), c.applicationId},
        {QStringLiteral("status"), Complaints::statusCode(c.status)},
        {QStringLiteral("answered_on"), ApplicationJson::dateValue(c.answeredOn)},
        {QStringLiteral("answer"), c.answer},
    };
}
