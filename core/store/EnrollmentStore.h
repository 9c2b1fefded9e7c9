#pragma once

#include "domain/Direction.h"
#include "domain/Enrollment.h"
#include "domain/Expected.h"
#include "domain/ServiceSession.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
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
    // (ServiceSessions::registrationMoment, which the caller computes). A direction may have
    // several sessions (the parent came back another day); the latest is sessionForDirection().
    // Unknown session ids below: Field::ServiceSession, Rule::SessionNotFound.
    Expected<ServiceSession> startSession(const QString &directionNumber, ServiceChannel channel,
                                          const QDateTime &arrivedAt, const QString &clerk);
    // ServiceStarted or DocumentsHandedIn (ResultIssued comes with the contract or refusal,
    // Arrived with startSession: Rule::SessionStageOrder); ServiceSessions::checkStage first.
    Expected<ServiceSession> recordStage(const QString &sessionId, ServiceStage stage, const QDateTime &at,
                                         const QString &clerk);
    // Replaces the session's checklist (its channel set to the session's). Refused once the
    // session has its result (Rule::SessionAlreadyFinished).
    Status saveChecklist(const QString &sessionId, const Checklist &checklist, const QString &clerk,
                         const QDateTime &at);

    std::optional<ServiceSession> session(const QString &id) const;
    // The latest session of a direction (finished or not).
    std::optional<ServiceSession> sessionForDirection(const QString &directionNumber) const;

    // RULES 12 items 2-3, every problem of a contract as it would be recorded, each naming its
    // field: the kindergarten's details (Field::KindergartenDetails Required when there are none,
    // else the errors of KindergartenProfile::validate); the parent's surname, name, IIN
    // (ApplicantSurname / ApplicantName / ApplicantIin: Required, or the IIN's rule), ID document
    // (ParentIdDocument Required, or when asked in parts IdDocuments::issues against the contract
    // date) and address (ParentAddress), Required; the start date (GroupStartDate:
    // Required, StartsBeforeContract, for temporary stay StartsAfterTemporaryStay past
    // direction.temporaryUntil). Pure: the dialog may show them all next to its fields.
    static Issues contractIssues(const ContractRecord &contract, const Direction &direction,
                                 const KindergartenProfile &profile);
    // RULES 6.3: refuses when the session's checklist is not complete on contract.date
    // (Checklists::evaluate with kindergartenId = profile.id, the child not compared;
    // Rule::ChecklistIncomplete on Field::Checklist, detail = the first finding's message) or
    // the session is finished. Other refusals, all before anything is written: ContractDate
    // Required; first of all the kindergarten's details (as in contractIssues: without them the
    // checklist cannot tell whose direction it is); ServiceSessions::checkStage(ResultIssued, now) (the documents stage must be
    // recorded first); then the first error of contractIssues (RULES 12), after the fill-ins.
    // Fills in: parent, parentIin, phones from the direction's applicant when empty (the
    // direction names who applied, so who signs); NOT the ID document, the address or the start
    // date, which the parent states for the contract (a contract from the CLI or a synced command
    // without them is refused like the desk's); clerk = the session's when empty;
    // directionNumber, applicationId, sessionId; number (profile format, sequence per year of the
    // contract date, the next free number), deferredItems, verificationCode, recordedAt = now
    // (whole milliseconds).
    Expected<ContractRecord> recordContract(const QString &sessionId, ContractRecord contract,
                                            const KindergartenProfile &profile, const WorkCalendar &calendar,
                                            const RuleSettings &settings, const QDateTime &now);
    // RULES 6.4: at least one ground (Rule::RefusalGroundRequired). sessionId may be empty (a
    // refusal without a session, e.g. false documents found later): then directionNumber must be
    // given. The direction must still be `issued` (Rule::DirectionClosed). With a session:
    // SessionAlreadyFinished, ServiceSessions::checkStage(ResultIssued, now).
    // Fills in: grounds each once in RefusalGrounds::all() order, faultyItems each once in item
    // order, date = now's date when empty, clerk = the session's when empty, number
    // "Б-YYYY-NNNN" (sequence per year of the date), verificationCode, recordedAt = now.
    Expected<RefusalRecord> recordRefusal(const QString &sessionId, RefusalRecord refusal,
                                          const RuleSettings &settings, const QDateTime &now);

    std::optional<ContractRecord> contractForDirection(const QString &directionNumber) const;
    std::optional<RefusalRecord> refusalForDirection(const QString &directionNumber) const;

    // The records' JSON: the payloads of `record_enrollment` / `record_refusal` (which add
    // "verification_code") and what the verification code is computed from. Keys are the column
    // names; dates "YYYY-MM-DD", recorded_at ISO 8601 UTC with milliseconds, deferred_items /
    // faulty_items the item numbers 1..6, grounds the codes "34.1"... verification_code is not in it.
    static QJsonObject toJson(const ContractRecord &contract);
    static QJsonObject toJson(const RefusalRecord &refusal);
    // RULES 11: the first 10 hex digits of the SHA-256 of the record's canonical JSON (toJson).
    static QString verificationCode(const ContractRecord &contract);
    static QString verificationCode(const RefusalRecord &refusal);

private:
    std::shared_ptr<Database> m_database;
};
