#pragma once

#include "domain/Direction.h"
#include "domain/Enrollment.h"
#include "domain/Expected.h"
#include "domain/ServiceSession.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class Database;
class WorkCalendar;
struct KindergartenProfile;
struct RuleSettings;

// The service at the desk (RULES 6): sessions with their stages and checklist, contracts and
// refusals. Every write is ONE transaction with its outbox command and journal entry (DESIGN 3):
//   startSession / recordStage     -> outbox `service_stage` (RULES 6.5 monitoring), journal `service_stage`
//   saveChecklist                  -> journal `checklist_saved`
//   recordContract                 -> contracts row, direction `used`, application archived
//                                     (`enrolled`) when stored here, session result + outcome,
//                                     outbox `record_enrollment`, journal `contract_recorded`
//   recordRefusal                  -> refusals row, direction `refused`, application back to
//                                     `queued` (or `stop_listed` until date + stop-list days for
//                                     ground 9.1) when stored here, session result + outcome,
//                                     outbox `record_refusal`, journal `refusal_recorded`
class EnrollmentStore
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentStore)

public:
    explicit EnrollmentStore(std::shared_ptr<Database> database);

    // Starts the service for an `issued` direction (Rule::DirectionClosed otherwise;
    // Rule::DirectionNotFound). arrivedAt is the registration moment
    // (ServiceSessions::registrationMoment, which the caller computes).
    Expected<ServiceSession> startSession(const QString &directionNumber, ServiceChannel channel,
                                          const QDateTime &arrivedAt, const QString &clerk);
    // ServiceStarted or DocumentsHandedIn (ResultIssued comes with the contract or refusal);
    // ServiceSessions::checkStage first.
    Expected<ServiceSession> recordStage(const QString &sessionId, ServiceStage stage, const QDateTime &at,
                                         const QString &clerk);
    Status saveChecklist(const QString &sessionId, const Checklist &checklist, const QString &clerk,
                         const QDateTime &at);

    std::optional<ServiceSession> session(const QString &id) const;
    // The latest session of a direction (finished or not).
    std::optional<ServiceSession> sessionForDirection(const QString &directionNumber) const;

    // RULES 6.3: refuses when the session's checklist is not complete on contract.date
    // (Checklists::evaluate; Rule::ChecklistIncomplete, detail = the first finding's message) or
    // the session is finished. Assigns number (profile format, sequence per year), deferredItems,
    // verificationCode, recordedAt = now.
    Expected<ContractRecord> recordContract(const QString &sessionId, ContractRecord contract,
                                            const KindergartenProfile &profile, const WorkCalendar &calendar,
                                            const RuleSettings &settings, const QDateTime &now);
    // RULES 6.4: at least one ground (Rule::RefusalGroundRequired). sessionId may be empty (a
    // refusal without a session, e.g. false documents found later): then directionNumber must be given.
    Expected<RefusalRecord> recordRefusal(const QString &sessionId, RefusalRecord refusal,
                                          const RuleSettings &settings, const QDateTime &now);

    std::optional<ContractRecord> contractForDirection(const QString &directionNumber) const;
    std::optional<RefusalRecord> refusalForDirection(const QString &directionNumber) const;

private:
    std::shared_ptr<Database> m_database;
};
