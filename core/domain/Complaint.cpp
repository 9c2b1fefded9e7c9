#include "domain/Complaint.h"

#include "domain/DateText.h"
#include "domain/FieldLimits.h"
#include "domain/WorkCalendar.h"
#include "settings/RuleSettings.h"

namespace Complaints {

Expected<QDate> deadline(const Complaint &complaint, const WorkCalendar &calendar, const RuleSettings &settings)
{
    if (!complaint.receivedOn.isValid())
        return Issue::error(Field::ComplaintReceivedOn, Rule::Required);
    // RULES 7: the head answers within 5 working days of registration, the authorised body within 15.
    const int days = complaint.addressee == ComplaintAddressee::Head ? settings.complaintHeadWorkingDays
                                                                     : settings.complaintAuthorityWorkingDays;
    return calendar.addWorkingDays(complaint.receivedOn, days);
}

Expected<bool> isOverdue(const Complaint &complaint, const QDate &today, const WorkCalendar &calendar,
                         const RuleSettings &settings)
{
    const Expected<QDate> due = deadline(complaint, calendar, settings);
    if (!due)
        return due.error();
    // Answered on the deadline day is in time; open on the day after it is overdue.
    if (complaint.isClosed())
        return complaint.answeredOn.isValid() ? complaint.answeredOn > *due : today > *due;
    return today > *due;
}

Issues validate(const Complaint &complaint, const QDate &today)
{
    Issues issues;
    if (!complaint.receivedOn.isValid())
        issues.append(Issue::error(Field::ComplaintReceivedOn, Rule::Required));
    else if (today.isValid() && complaint.receivedOn > today)
        issues.append(Issue::error(Field::ComplaintReceivedOn, Rule::DateInFuture,
                                   DateText::date(complaint.receivedOn)));
    if (complaint.subject.trimmed().isEmpty())
        issues.append(Issue::error(Field::ComplaintSubject, Rule::Required));
    if (complaint.answeredOn.isValid()) {
        if (complaint.receivedOn.isValid() && complaint.answeredOn < complaint.receivedOn)
            issues.append(Issue::error(Field::ComplaintAnswerDate, Rule::AnswerBeforeReceipt,
                                       DateText::date(complaint.answeredOn)));
        else if (today.isValid() && complaint.answeredOn > today)
            issues.append(Issue::error(Field::ComplaintAnswerDate, Rule::DateInFuture,
                                       DateText::date(complaint.answeredOn)));
    } else if (complaint.isClosed()) {
        issues.append(Issue::error(Field::ComplaintAnswerDate, Rule::Required));
    }
    FieldLimits::check(issues, complaint.complainant, Field::ComplaintComplainant);
    FieldLimits::check(issues, complaint.subject, Field::ComplaintSubject);
    FieldLimits::check(issues, complaint.answer, Field::ComplaintSubject);
    return issues;
}

QString addresseeCode(ComplaintAddressee addressee)
{
    switch (addressee) {
    case ComplaintAddressee::Head: return QStringLiteral("head");
    case ComplaintAddressee::AuthorisedBody: return QStringLiteral("authorised_body");
    }
    return {};
}

std::optional<ComplaintAddressee> addresseeFromCode(const QString &code)
{
    for (ComplaintAddressee addressee : {ComplaintAddressee::Head, ComplaintAddressee::AuthorisedBody})
        if (addresseeCode(addressee) == code)
            return addressee;
    return std::nullopt;
}

QString statusCode(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Registered: return QStringLiteral("registered");
    case ComplaintStatus::InReview: return QStringLiteral("in_review");
    case ComplaintStatus::Answered: return QStringLiteral("answered");
    case ComplaintStatus::Refused: return QStringLiteral("refused");
    }
    return {};
}

std::optional<ComplaintStatus> statusFromCode(const QString &code)
{
    for (ComplaintStatus status : {ComplaintStatus::Registered, ComplaintStatus::InReview,
                                   ComplaintStatus::Answered, ComplaintStatus::Refused})
        if (statusCode(status) == code)
            return status;
    return std::nullopt;
}

QString addresseeLabel(ComplaintAddressee addressee)
{
    switch (addressee) {
    case ComplaintAddressee::Head: return QCoreApplication::translate("Complaints", "Head of the kindergarten");
    case ComplaintAddressee::AuthorisedBody:
        return QCoreApplication::translate("Complaints", "Authorised body for the quality of state services");
    }
    return {};
}

QString statusLabel(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Registered: return QCoreApplication::translate("Complaints", "registered");
    case ComplaintStatus::InReview: return QCoreApplication::translate("Complaints", "in review");
    case ComplaintStatus::Answered: return QCoreApplication::translate("Complaints", "answered");
    case ComplaintStatus::Refused: return QCoreApplication::translate("Complaints", "refused");
    }
    return {};
}

} // namespace Complaints
