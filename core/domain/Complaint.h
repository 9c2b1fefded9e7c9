#pragma once

#include "domain/Expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

class WorkCalendar;
struct RuleSettings;

// RULES 7: who considers a complaint.
enum class ComplaintAddressee {
    Head,           // the head of the kindergarten: 5 working days
    AuthorisedBody, // the authorised body for the quality of state services: 15 working days
};

enum class ComplaintStatus { Registered, InReview, Answered, Refused };

// One entry of the complaints register (RULES 7).
struct Complaint
{
    QString id;               // UUID
    QString number;           // register number, e.g. "Ш-2026-0007" (assigned by the store)
    QDate receivedOn;
    ComplaintAddressee addressee = ComplaintAddressee::Head;
    QString complainant;      // who complains (free text: name, contact)
    QString subject;          // what about
    QString directionNumber;  // linked direction, may be empty
    QString applicationId;    // linked application, may be empty
    ComplaintStatus status = ComplaintStatus::Registered;
    QDate answeredOn;         // set with status Answered or Refused
    QString answer;           // the answer's summary

    bool isClosed() const { return status == ComplaintStatus::Answered || status == ComplaintStatus::Refused; }
    bool operator==(const Complaint &) const = default;
};

namespace Complaints {

// RULES 7: receivedOn + 5 (head) or 15 (authorised body) working days (settings).
Expected<QDate> deadline(const Complaint &complaint, const WorkCalendar &calendar, const RuleSettings &settings);
// Open after its deadline on `today`, or answered after its deadline.
Expected<bool> isOverdue(const Complaint &complaint, const QDate &today, const WorkCalendar &calendar,
                         const RuleSettings &settings);
// Required: receivedOn (not after today), subject; answeredOn not before receivedOn
// (Rule::AnswerBeforeReceipt) and required when closed.
Issues validate(const Complaint &complaint, const QDate &today);

QString addresseeCode(ComplaintAddressee addressee); // head, authorised_body
std::optional<ComplaintAddressee> addresseeFromCode(const QString &code);
QString statusCode(ComplaintStatus status);          // registered, in_review, answered, refused
std::optional<ComplaintStatus> statusFromCode(const QString &code);
QString addresseeLabel(ComplaintAddressee addressee); // UI language
QString statusLabel(ComplaintStatus status);

} // namespace Complaints
