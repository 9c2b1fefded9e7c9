#pragma once

#include "domain/Checklist.h"
#include "domain/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

struct OfficeHours;
class WorkCalendar;
struct RuleSettings;

// RULES 6.5: the stages of one service, each recorded with its time (and sent to monitoring).
enum class ServiceStage {
    Arrived,          // the parent arrived at the desk / the portal request was registered
    ServiceStarted,   // the clerk started taking the documents
    DocumentsHandedIn,// the documents were handed in (checked from here)
    ResultIssued,     // contract signed or reasoned refusal given
};

enum class ServiceOutcome { None, Admitted, Refused };

// One service for one direction at the desk (issue 4 item 3).
struct ServiceSession
{
    QString id;               // UUID
    QString directionNumber;
    ServiceChannel channel = ServiceChannel::Office;
    QDateTime arrivedAt;      // ServiceStage::Arrived (portal: the registration moment)
    QDateTime serviceStartedAt;
    QDateTime documentsAt;
    QDateTime resultAt;
    ServiceOutcome outcome = ServiceOutcome::None;
    QString clerk;
    Checklist checklist;

    bool isFinished() const { return resultAt.isValid(); }
    QDateTime stageTime(ServiceStage stage) const;
    bool operator==(const ServiceSession &) const = default;
};

// One of the three clocks of Appendix 4 (RULES 6.1).
struct ServiceClock
{
    Q_DECLARE_TR_FUNCTIONS(ServiceClock)

public:
    enum class Kind {
        Wait,    // arrival -> service started: at most 15 minutes
        Service, // service started -> documents handed in: at most 15 minutes
        Result,  // documents handed in -> result: at most 30 minutes
    };

    Kind kind = Kind::Wait;
    QDateTime startedAt;   // invalid: not started yet
    QDateTime endedAt;     // invalid: still running (or not started)
    qint64 elapsedSeconds = 0;
    int limitMinutes = 0;

    bool isStarted() const { return startedAt.isValid(); }
    bool isRunning() const { return startedAt.isValid() && !endedAt.isValid(); }
    bool isExceeded() const { return elapsedSeconds > qint64(limitMinutes) * 60; }
    // "Waiting: 07:12 of 15:00" in the UI language.
    QString label() const;
    static QString kindLabel(Kind kind);
};

namespace ServiceSessions {

// The three clocks at `now` (a running clock counts to now; an ended one to its end).
QList<ServiceClock> clocks(const ServiceSession &session, const QDateTime &now, const RuleSettings &settings);
// Whether any clock is over its limit (a finished session keeps its record: registers mark it).
bool anyExceeded(const ServiceSession &session, const QDateTime &now, const RuleSettings &settings);

// RULES 6.1 / Appendix 4 item 7: when a service that arrives at `moment` counts as registered.
// Office: `moment` itself when documents are accepted then, else Rule::OutsideOfficeHours
// (detail: the next acceptance moment, "dd.MM.yyyy HH:mm"). Portal: `moment` when documents are
// accepted then, else the next working day's acceptance moment (item 7.2).
Expected<QDateTime> registrationMoment(ServiceChannel channel, const QDateTime &moment,
                                       const OfficeHours &hours, const WorkCalendar &calendar);

// Stages come in order and once: Rule::SessionStageOrder when the previous stage is missing or
// `at` is before it, Rule::SessionAlreadyFinished after the result.
Status checkStage(const ServiceSession &session, ServiceStage stage, const QDateTime &at);

QString stageCode(ServiceStage stage);   // arrived, service_started, documents_handed_in, result_issued
QString stageLabel(ServiceStage stage);  // UI language
QString outcomeCode(ServiceOutcome outcome); // none, admitted, refused
std::optional<ServiceStage> stageFromCode(const QString &code);
std::optional<ServiceOutcome> outcomeFromCode(const QString &code);
QString outcomeLabel(ServiceOutcome outcome); // UI language

} // namespace ServiceSessions
