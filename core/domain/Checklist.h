#pragma once

#include "domain/Direction.h"
#include "domain/Expected.h"
#include "domain/RefusalGround.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class WorkCalendar;
struct RuleSettings;

// RULES 6.1: how the recipient applies.
enum class ServiceChannel { Office, Portal };

// RULES 6.2 (Appendix 4 item 8): the six documents, numbered as in the rules.
enum class ChecklistItem {
    Direction = 1,         // direction to admission (original / electronic)
    ParentId = 2,          // ID document of a parent or legal representative
    BirthCertificate = 3,  // child's birth certificate
    HealthPassport = 4,    // child health passport, form 026/u-3
    HealthCertificate = 5, // certificate of the child's health
    PmpcConclusion = 6,    // PMPC conclusion, only for a child with special educational needs
};

// What the clerk ticks for one service (RULES 6.2).
struct Checklist
{
    ServiceChannel channel = ServiceChannel::Office;
    QSet<ChecklistItem> presented;          // items handed in / shown / received electronically
    // RULES 6.2, last paragraph: restrictions or an emergency: items 4-6 may be brought later.
    bool emergencyDeferral = false;
    QDate healthCertificateIssuedOn;        // item 5's issue date (RULES 34.1)
    QString note;                           // the clerk's remark, free text

    bool isPresented(ChecklistItem item) const { return presented.contains(item); }
    QJsonObject toJson() const;
    static Checklist fromJson(const QJsonObject &json);
    bool operator==(const Checklist &) const = default;
};

// One thing that stands in the way of a contract, and the refusal ground it leads to.
struct ChecklistFinding
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistFinding)

public:
    enum class Problem {
        Missing,                   // a required item was not presented
        HealthCertificateTooOld,   // item 5 issued more than 3 calendar days before the contract date
        HealthCertificateNoDate,   // item 5 presented without its issue date
        HealthCertificateAfterContract, // item 5 dated after the contract date
        DirectionNotInForce,       // item 1: expired, not started, or closed on the contract date
        DirectionOtherChild,       // item 1: the child presented is not the direction's child
        DirectionOtherKindergarten,// item 1: the direction is for another kindergarten
    };

    ChecklistItem item = ChecklistItem::Direction;
    Problem problem = Problem::Missing;
    RefusalGround ground = RefusalGround::DocumentsMissingOrOutOfDate;
    QString detail; // e.g. "issued 20.11.2026, 4 days before 24.11.2026"

    // One line for the window, in the UI language: "5. Certificate of the child's health:
    // missing (ground: 34.1)".
    QString message() const;
    bool operator==(const ChecklistFinding &) const = default;
};

struct ChecklistEvaluation
{
    QList<ChecklistItem> required;   // the items this service needs, in order
    QList<ChecklistItem> deferred;   // required items owed later under the emergency deferral
    QList<ChecklistFinding> findings;// what blocks the contract; empty = complete

    bool isComplete() const { return findings.isEmpty(); }
    // The grounds the findings lead to, each once, in RefusalGrounds::all() order.
    QList<RefusalGround> grounds() const;
    // The items missing or faulty, each once, in order (pre-filled into a refusal letter).
    QList<ChecklistItem> faultyItems() const;
};

namespace Checklists {

QList<ChecklistItem> allItems();
// RULES 6.2: items 1-5 always, item 6 only for a child with special educational needs.
QList<ChecklistItem> requiredItems(const Direction &direction);
// Under the emergency deferral items 4, 5, 6 are owed, not missing.
bool deferrable(ChecklistItem item);

// RULES 6.2 and 34.1, checked for a contract signed on contractDate at kindergartenId:
// - every required item presented (deferred ones excepted under the emergency deferral);
// - item 5 issued no earlier than 3 calendar days (setting) before contractDate, not after it;
// - the direction in force on contractDate (Directions::validity), for childIin (the child
//   presented; empty: not compared) and for kindergartenId.
// Findings lead to 34.1 (missing or out-of-date documents) or 9.2 (the direction does not meet the
// requirements). Errors: only from the calendar (Rule::CalendarYearUnknown).
Expected<ChecklistEvaluation> evaluate(const Checklist &checklist, const Direction &direction,
                                       const QString &kindergartenId, const QString &childIin,
                                       const QDate &contractDate, const WorkCalendar &calendar,
                                       const RuleSettings &settings);

// Names in the UI language: "Certificate of the child's health".
QString itemLabel(ChecklistItem item);
// How the item comes through the channel (RULES 6.2 table): "original", "shown", "paper",
// "electronic", "from the state information system", "scanned copy".
QString itemForm(ChecklistItem item, ServiceChannel channel);
QString channelLabel(ServiceChannel channel);
QString channelCode(ServiceChannel channel); // office, portal
std::optional<ServiceChannel> channelFromCode(const QString &code);

} // namespace Checklists
