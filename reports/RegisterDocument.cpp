#include "RegisterDocument.h"

#include "DocumentFormat.h"
#include "DocumentRenderer.h"
#include "DocumentTemplate.h"
#include "domain/WorkCalendar.h"
#include "settings/RuleSettings.h"
#include "store/ApplicationStore.h"
#include "store/CanonicalJson.h"
#include "store/ComplaintStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextDocument>

using DocumentFormat::flag;

namespace {

QString itemNumbers(const QList<ChecklistItem> &items)
{
    QStringList numbers;
    for (const ChecklistItem item : items)
        numbers << QString::number(int(item));
    return numbers.join(QStringLiteral(", "));
}

QString groundCodes(const QList<RefusalGround> &grounds)
{
    QStringList codes;
    for (const RefusalGround ground : grounds)
        codes << RefusalGrounds::code(ground);
    return codes.join(QStringLiteral("; "));
}

// A clock as mm:ss (hours run into the minutes: 75:00); "—" when it has not started.
QString clockText(const ServiceClock &clock)
{
    if (!clock.isStarted())
        return QStringLiteral("\u2014");
    const qint64 seconds = std::max<qint64>(0, clock.elapsedSeconds);
    return QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

const ServiceClock *clockOf(const RegisterServiceRow &row, ServiceClock::Kind kind)
{
    for (const ServiceClock &clock : row.clocks)
        if (clock.kind == kind)
            return &clock;
    return nullptr;
}

QString directionDate(const Direction &direction)
{
    return direction.issuedAt.isValid() ? DocumentFormat::date(direction.issuedAt.toLocalTime().date()) : QString();
}

} // namespace

QString RegisterDocument::kindCode(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Contracts:
        return QStringLiteral("contracts");
    case RegisterKind::Refusals:
        return QStringLiteral("refusals");
    case RegisterKind::ServiceTimes:
        return QStringLiteral("service_times");
    case RegisterKind::Complaints:
        break;
    }
    return QStringLiteral("complaints");
}

std::optional<RegisterKind> RegisterDocument::kindFromCode(const QString &code)
{
    for (const RegisterKind kind : {RegisterKind::Contracts, RegisterKind::Refusals, RegisterKind::ServiceTimes,
                                    RegisterKind::Complaints})
        if (kindCode(kind) == code)
            return kind;
    return std::nullopt;
}

QString RegisterDocument::templateFileName(RegisterKind kind, DocumentLanguage language)
{
    return QStringLiteral("register_%1_%2.html").arg(kindCode(kind), DocumentLanguages::code(language));
}

Expected<RegisterDocumentData> RegisterDocument::build(RegisterKind kind, const QDate &from, const QDate &to,
                                                       const std::shared_ptr<Database> &database,
                                                       const KindergartenProfile &profile, const WorkCalendar &calendar,
                                                       const RuleSettings &settings, const QDateTime &now)
{
    if (from.isValid() && to.isValid() && to < from)
        return Issue::error(Field::PeriodEnd, Rule::PeriodEndBeforeStart, DocumentFormat::date(to));

    RegisterDocumentData data;
    data.kind = kind;
    data.from = from;
    data.to = to;
    data.profile = profile;
    data.printedAt = now;
    data.maxWaitMinutes = settings.maxWaitMinutes;
    data.maxServiceMinutes = settings.maxServiceMinutes;
    data.maxResultMinutes = settings.maxResultMinutes;
    data.complaintHeadWorkingDays = settings.complaintHeadWorkingDays;
    data.complaintAuthorityWorkingDays = settings.complaintAuthorityWorkingDays;

    switch (kind) {
    case RegisterKind::Contracts: {
        Expected<QList<Registers::ContractRow>> rows = Registers::contracts(*database, from, to);
        if (!rows)
            return rows.error();
        data.contracts = std::move(rows).value();
        break;
    }
    case RegisterKind::Refusals: {
        Expected<QList<Registers::RefusalRow>> rows = Registers::refusals(*database, from, to);
        if (!rows)
            return rows.error();
        data.refusals = std::move(rows).value();
        break;
    }
    case RegisterKind::ServiceTimes: {
        Expected<QList<Registers::ServiceTimeRow>> rows = Registers::serviceTimes(*database, from, to);
        if (!rows)
            return rows.error();
        for (const Registers::ServiceTimeRow &row : *rows) {
            // RULES 6.1: a running clock counts to the moment of printing; an ended one to its end.
            data.serviceTimes << RegisterServiceRow{row, ServiceSessions::clocks(row.session, now, settings),
                                                    ServiceSessions::anyExceeded(row.session, now, settings)};
        }
        break;
    }
    case RegisterKind::Complaints: {
        Expected<QList<Complaint>> complaints = ComplaintStore(database).list(from, to);
        if (!complaints)
            return complaints.error();
        const ApplicationStore applications(database);
        for (const Complaint &complaint : *complaints) {
            // RULES 7: a year the calendar does not know leaves the deadline blank, it does not
            // stop the register.
            const Expected<QDate> deadline = Complaints::deadline(complaint, calendar, settings);
            const Expected<bool> overdue = Complaints::isOverdue(complaint, now.date(), calendar, settings);
            // The linked application as the Complaints page names it.
            data.complaints << RegisterComplaintRow{complaint, deadline.valueOr(QDate()), overdue.valueOr(false),
                                                    applications.shownReference(complaint.applicationId)};
        }
        break;
    }
    }
    return data;
}

QString RegisterDocument::verificationCode(const RegisterDocumentData &data)
{
    QJsonArray records;
    for (const Registers::ContractRow &row : data.contracts)
        records.append(row.contract.number);
    for (const Registers::RefusalRow &row : data.refusals)
        records.append(row.refusal.number);
    for (const RegisterServiceRow &row : data.serviceTimes)
        records.append(row.row.session.id);
    for (const RegisterComplaintRow &row : data.complaints)
        records.append(row.complaint.id);
    const QJsonObject register_{
        {QStringLiteral("register"), kindCode(data.kind)},
        {QStringLiteral("from"), data.from.isValid() ? data.from.toString(Qt::ISODate) : QString()},
        {QStringLiteral("to"), data.to.isValid() ? data.to.toString(Qt::ISODate) : QString()},
        {QStringLiteral("kindergarten_id"), data.profile.id},
        {QStringLiteral("records"), records},
    };
    return CanonicalJson::sha256Hex(register_).left(10);
}

int RegisterDocument::rowCount(const RegisterDocumentData &data)
{
    switch (data.kind) {
    case RegisterKind::Contracts:
        return int(data.contracts.size());
    case RegisterKind::Refusals:
        return int(data.refusals.size());
    case RegisterKind::ServiceTimes:
        return int(data.serviceTimes.size());
    case RegisterKind::Complaints:
        break;
    }
    return int(data.complaints.size());
}

PrintedDocument RegisterDocument::printed(const RegisterDocumentData &data)
{
    PrintedDocument printed;
    printed.document = PrintedDocuments::register_(kindCode(data.kind));
    printed.number = data.from.toString(Qt::ISODate) + u'/' + data.to.toString(Qt::ISODate);
    printed.date = data.printedAt.date();
    printed.verificationCode = verificationCode(data);
    printed.records = int(data.contracts.size() + data.refusals.size() + data.serviceTimes.size() + data.complaints.size());
    return printed;
}

QHash<QString, QString> RegisterDocument::values(const RegisterDocumentData &data, DocumentLanguage language)
{
    const bool kazakh = language == DocumentLanguage::Kazakh;
    QHash<QString, QString> values;
    DocumentFormat::insertPeriodHeading(values, data.profile, kazakh, data.from, data.to, data.printedAt);
    const int count = rowCount(data);
    values.insert(QStringLiteral("row_count"), QString::number(count));
    values.insert(QStringLiteral("no_rows"), flag(count == 0));
    values.insert(QStringLiteral("verification_code"), verificationCode(data));

    values.insert(QStringLiteral("max_wait_minutes"), QString::number(data.maxWaitMinutes));
    values.insert(QStringLiteral("max_service_minutes"), QString::number(data.maxServiceMinutes));
    values.insert(QStringLiteral("max_result_minutes"), QString::number(data.maxResultMinutes));
    values.insert(QStringLiteral("head_answer_days"), QString::number(data.complaintHeadWorkingDays));
    values.insert(QStringLiteral("head_days_one"), flag(DocumentFormat::takesSingular(data.complaintHeadWorkingDays)));
    values.insert(QStringLiteral("head_days_many"), flag(!DocumentFormat::takesSingular(data.complaintHeadWorkingDays)));
    values.insert(QStringLiteral("authority_answer_days"), QString::number(data.complaintAuthorityWorkingDays));
    values.insert(QStringLiteral("authority_days_one"),
                  flag(DocumentFormat::takesSingular(data.complaintAuthorityWorkingDays)));
    values.insert(QStringLiteral("authority_days_many"),
                  flag(!DocumentFormat::takesSingular(data.complaintAuthorityWorkingDays)));
    qsizetype exceeded = 0;
    for (const RegisterServiceRow &row : data.serviceTimes)
        exceeded += row.exceeded ? 1 : 0;
    values.insert(QStringLiteral("exceeded_count"), QString::number(exceeded));
    values.insert(QStringLiteral("any_exceeded"), flag(exceeded > 0));
    qsizetype overdue = 0;
    for (const RegisterComplaintRow &row : data.complaints)
        overdue += row.overdue ? 1 : 0;
    values.insert(QStringLiteral("overdue_count"), QString::number(overdue));
    values.insert(QStringLiteral("any_overdue"), flag(overdue > 0));
    return values;
}

QList<QHash<QString, QString>> RegisterDocument::rowValues(const RegisterDocumentData &data, DocumentLanguage language)
{
    Q_UNUSED(language) // the words of a row (statuses, channels) are the template's
    QList<QHash<QString, QString>> rows;
    int index = 0;
    switch (data.kind) {
    case RegisterKind::Contracts:
        for (const Registers::ContractRow &row : data.contracts) {
            const ContractRecord &contract = row.contract;
            rows << QHash<QString, QString>{
                {QStringLiteral("index"), QString::number(++index)},
                {QStringLiteral("contract_number"), contract.number},
                {QStringLiteral("contract_date"), DocumentFormat::date(contract.date)},
                {QStringLiteral("child_name"), row.direction.child.fullName()},
                {QStringLiteral("child_iin"), row.direction.childIin},
                {QStringLiteral("parent_name"), contract.parent.fullName()},
                {QStringLiteral("parent_iin"), contract.parentIin},
                {QStringLiteral("direction_number"), contract.directionNumber},
                {QStringLiteral("direction_date"), directionDate(row.direction)},
                {QStringLiteral("group_name"), row.direction.groupName},
                {QStringLiteral("starts_on"), DocumentFormat::date(contract.startsOn)},
                {QStringLiteral("deferred_items"), itemNumbers(contract.deferredItems)},
                {QStringLiteral("clerk"), contract.clerk},
            };
        }
        break;
    case RegisterKind::Refusals:
        for (const Registers::RefusalRow &row : data.refusals) {
            const RefusalRecord &refusal = row.refusal;
            rows << QHash<QString, QString>{
                {QStringLiteral("index"), QString::number(++index)},
                {QStringLiteral("refusal_number"), refusal.number},
                {QStringLiteral("refusal_date"), DocumentFormat::date(refusal.date)},
                {QStringLiteral("child_name"), row.direction.child.fullName()},
                {QStringLiteral("child_iin"), row.direction.childIin},
                {QStringLiteral("applicant_name"), row.direction.applicant.fullName()},
                {QStringLiteral("direction_number"), refusal.directionNumber},
                {QStringLiteral("grounds"), groundCodes(refusal.grounds)},
                {QStringLiteral("faulty_items"), itemNumbers(refusal.faultyItems)},
                {QStringLiteral("reasons"), refusal.reasons},
                {QStringLiteral("clerk"), refusal.clerk},
            };
        }
        break;
    case RegisterKind::ServiceTimes:
        for (const RegisterServiceRow &row : data.serviceTimes) {
            const ServiceSession &session = row.row.session;
            QHash<QString, QString> values{
                {QStringLiteral("index"), QString::number(++index)},
                {QStringLiteral("direction_number"), session.directionNumber},
                {QStringLiteral("child_name"), row.row.direction.child.fullName()},
                {QStringLiteral("channel_office"), flag(session.channel == ServiceChannel::Office)},
                {QStringLiteral("channel_portal"), flag(session.channel == ServiceChannel::Portal)},
                {QStringLiteral("arrived_at"), DocumentFormat::dateTime(session.arrivedAt)},
                {QStringLiteral("outcome_admitted"), flag(session.outcome == ServiceOutcome::Admitted)},
                {QStringLiteral("outcome_refused"), flag(session.outcome == ServiceOutcome::Refused)},
                {QStringLiteral("outcome_none"), flag(session.outcome == ServiceOutcome::None)},
                {QStringLiteral("clerk"), session.clerk},
                {QStringLiteral("exceeded"), flag(row.exceeded)},
            };
            const std::pair<ServiceClock::Kind, QString> clocks[] = {
                {ServiceClock::Kind::Wait, QStringLiteral("wait")},
                {ServiceClock::Kind::Service, QStringLiteral("service")},
                {ServiceClock::Kind::Result, QStringLiteral("result")},
            };
            for (const auto &[kind, name] : clocks) {
                const ServiceClock *clock = clockOf(row, kind);
                values.insert(name, clock ? clockText(*clock) : QStringLiteral("\u2014"));
                values.insert(name + QStringLiteral("_exceeded"), flag(clock && clock->isExceeded()));
                values.insert(name + QStringLiteral("_within"), flag(!clock || !clock->isExceeded()));
            }
            rows << values;
        }
        break;
    case RegisterKind::Complaints:
        for (const RegisterComplaintRow &row : data.complaints) {
            const Complaint &complaint = row.complaint;
            rows << QHash<QString, QString>{
                {QStringLiteral("index"), QString::number(++index)},
                {QStringLiteral("complaint_number"), complaint.number},
                {QStringLiteral("received_on"), DocumentFormat::date(complaint.receivedOn)},
                {QStringLiteral("addressee_head"), flag(complaint.addressee == ComplaintAddressee::Head)},
                {QStringLiteral("addressee_authority"), flag(complaint.addressee == ComplaintAddressee::AuthorisedBody)},
                {QStringLiteral("complainant"), complaint.complainant},
                {QStringLiteral("subject"), complaint.subject},
                {QStringLiteral("direction_number"), complaint.directionNumber},
                {QStringLiteral("application_id"), row.application.isEmpty() ? complaint.applicationId : row.application},
                {QStringLiteral("deadline"), DocumentFormat::date(row.deadline)},
                {QStringLiteral("status_registered"), flag(complaint.status == ComplaintStatus::Registered)},
                {QStringLiteral("status_in_review"), flag(complaint.status == ComplaintStatus::InReview)},
                {QStringLiteral("status_answered"), flag(complaint.status == ComplaintStatus::Answered)},
                {QStringLiteral("status_refused"), flag(complaint.status == ComplaintStatus::Refused)},
                {QStringLiteral("answered_on"), DocumentFormat::date(complaint.answeredOn)},
                {QStringLiteral("answer"), complaint.answer},
                {QStringLiteral("overdue"), flag(row.overdue)},
                {QStringLiteral("in_time"), flag(!row.overdue)},
            };
        }
        break;
    }
    return rows;
}

QString RegisterDocument::html(const RegisterDocumentData &data, DocumentLanguage language,
                               const QStringList &templateFolders)
{
    return DocumentTemplate::loadFilled(templateFileName(data.kind, language), templateFolders, values(data, language),
                                        {{QStringLiteral("rows"), rowValues(data, language)}});
}

std::unique_ptr<QTextDocument> RegisterDocument::document(const RegisterDocumentData &data, DocumentLanguage language,
                                                          const QStringList &templateFolders)
{
    std::unique_ptr<QTextDocument> rendered = DocumentRenderer::makeDocument(html(data, language, templateFolders));
    // Ten and more columns: a register is printed across the page.
    DocumentRenderer::setOrientation(*rendered, QPageLayout::Landscape);
    return rendered;
}

Status RegisterDocument::writePdf(const RegisterDocumentData &data, DocumentLanguage language, const QString &filePath,
                                  const QStringList &templateFolders)
{
    const std::unique_ptr<QTextDocument> rendered = document(data, language, templateFolders);
    return DocumentRenderer::writePdf(*rendered, filePath);
}

QString RegisterDocument::suggestedFileName(const RegisterDocumentData &data, DocumentLanguage language)
{
    const auto isoDate = [](const QDate &date) {
        return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("_");
    };
    return QStringLiteral("register_%1_%2_%3_%4.pdf")
        .arg(kindCode(data.kind), isoDate(data.from), isoDate(data.to), DocumentLanguages::code(language));
}
