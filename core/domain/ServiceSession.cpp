#include "domain/ServiceSession.h"

#include "domain/DateText.h"
#include "domain/OfficeHours.h"
#include "domain/WorkCalendar.h"
#include "settings/RuleSettings.h"

#include <algorithm>

namespace {


// "07:12": minutes (not capped at 59) and seconds.
QString minutesSeconds(qint64 seconds)
{
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

const QList<ServiceStage> &stageOrder()
{
    static const QList<ServiceStage> order = {ServiceStage::Arrived, ServiceStage::ServiceStarted,
                                              ServiceStage::DocumentsHandedIn, ServiceStage::ResultIssued};
    return order;
}

} // namespace

QDateTime ServiceSession::stageTime(ServiceStage stage) const
{
    switch (stage) {
    case ServiceStage::Arrived: return arrivedAt;
    case ServiceStage::ServiceStarted: return serviceStartedAt;
    case ServiceStage::DocumentsHandedIn: return documentsAt;
    case ServiceStage::ResultIssued: return resultAt;
    }
    return {};
}

QString ServiceClock::label() const
{
    return tr("%1: %2 of %3").arg(kindLabel(kind), minutesSeconds(elapsedSeconds),
                                  minutesSeconds(qint64(limitMinutes) * 60));
}

QString ServiceClock::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Wait: return tr("Waiting");
    case Kind::Service: return tr("Service");
    case Kind::Result: return tr("Result");
    }
    return {};
}

namespace ServiceSessions {

QList<ServiceClock> clocks(const ServiceSession &session, const QDateTime &now, const RuleSettings &settings)
{
    // RULES 6.1 / Appendix 4 items 3, 10: wait 15, service 15, result 30 minutes (settings).
    struct Span
    {
        ServiceClock::Kind kind;
        QDateTime start;
        QDateTime end;
        int limit;
    };
    const Span spans[] = {
        {ServiceClock::Kind::Wait, session.arrivedAt, session.serviceStartedAt, settings.maxWaitMinutes},
        {ServiceClock::Kind::Service, session.serviceStartedAt, session.documentsAt, settings.maxServiceMinutes},
        {ServiceClock::Kind::Result, session.documentsAt, session.resultAt, settings.maxResultMinutes},
    };
    QList<ServiceClock> result;
    for (const Span &span : spans) {
        ServiceClock clock;
        clock.kind = span.kind;
        clock.limitMinutes = span.limit;
        clock.startedAt = span.start;
        clock.endedAt = span.end;
        // A session that ended with a result stops every clock still running.
        if (clock.startedAt.isValid() && !clock.endedAt.isValid() && session.isFinished())
            clock.endedAt = std::max(session.resultAt, clock.startedAt);
        if (clock.startedAt.isValid()) {
            const QDateTime until = clock.endedAt.isValid() ? clock.endedAt : now;
            clock.elapsedSeconds = std::max<qint64>(0, clock.startedAt.secsTo(until));
        }
        result.append(clock);
    }
    return result;
}

bool anyExceeded(const ServiceSession &session, const QDateTime &now, const RuleSettings &settings)
{
    const QList<ServiceClock> all = clocks(session, now, settings);
    return std::any_of(all.cbegin(), all.cend(), [](const ServiceClock &clock) { return clock.isExceeded(); });
}

Expected<QDateTime> registrationMoment(ServiceChannel channel, const QDateTime &moment,
                                       const OfficeHours &hours, const WorkCalendar &calendar)
{
    if (!moment.isValid())
        return Issue::error(Field::ServiceSession, Rule::Required);
    const Expected<bool> accepts = hours.acceptsDocuments(moment, calendar);
    if (!accepts)
        return accepts.error();
    if (*accepts)
        return moment;
    const Expected<QDateTime> next = hours.nextAcceptanceMoment(moment, calendar);
    if (!next)
        return next.error();
    // Appendix 4 item 7.1: the office takes documents only in its acceptance hours.
    if (channel == ServiceChannel::Office)
        return Issue::error(Field::ServiceSession, Rule::OutsideOfficeHours, DateText::dateTime(*next));
    // Appendix 4 item 7.2: the portal's requests outside them count from the next acceptance moment.
    return *next;
}

Status checkStage(const ServiceSession &session, ServiceStage stage, const QDateTime &at)
{
    if (session.isFinished())
        return Issue::error(Field::ServiceSession, Rule::SessionAlreadyFinished);
    if (!at.isValid())
        return Issue::error(Field::ServiceSession, Rule::Required, stageLabel(stage));
    // Once: a stage already recorded cannot be recorded again.
    if (session.stageTime(stage).isValid())
        return Issue::error(Field::ServiceSession, Rule::SessionStageOrder, stageLabel(stage));
    const qsizetype index = stageOrder().indexOf(stage);
    if (index > 0) {
        const ServiceStage previous = stageOrder().at(index - 1);
        const QDateTime previousAt = session.stageTime(previous);
        if (!previousAt.isValid() || at < previousAt)
            return Issue::error(Field::ServiceSession, Rule::SessionStageOrder, stageLabel(previous));
    }
    return {};
}

QString stageCode(ServiceStage stage)
{
    switch (stage) {
    case ServiceStage::Arrived: return QStringLiteral("arrived");
    case ServiceStage::ServiceStarted: return QStringLiteral("service_started");
    case ServiceStage::DocumentsHandedIn: return QStringLiteral("documents_handed_in");
    case ServiceStage::ResultIssued: return QStringLiteral("result_issued");
    }
    return {};
}

std::optional<ServiceStage> stageFromCode(const QString &code)
{
    for (ServiceStage stage : stageOrder())
        if (stageCode(stage) == code)
            return stage;
    return std::nullopt;
}

QString stageLabel(ServiceStage stage)
{
    switch (stage) {
    case ServiceStage::Arrived: return QCoreApplication::translate("ServiceSessions", "Arrived");
    case ServiceStage::ServiceStarted: return QCoreApplication::translate("ServiceSessions", "Service started");
    case ServiceStage::DocumentsHandedIn: return QCoreApplication::translate("ServiceSessions", "Documents handed in");
    case ServiceStage::ResultIssued: return QCoreApplication::translate("ServiceSessions", "Result issued");
    }
    return {};
}

QString outcomeCode(ServiceOutcome outcome)
{
    switch (outcome) {
    case ServiceOutcome::None: return QStringLiteral("none");
    case ServiceOutcome::Admitted: return QStringLiteral("admitted");
    case ServiceOutcome::Refused: return QStringLiteral("refused");
    }
    return {};
}

std::optional<ServiceOutcome> outcomeFromCode(const QString &code)
{
    for (ServiceOutcome outcome : {ServiceOutcome::None, ServiceOutcome::Admitted, ServiceOutcome::Refused})
        if (outcomeCode(outcome) == code)
            return outcome;
    return std::nullopt;
}

QString outcomeLabel(ServiceOutcome outcome)
{
    switch (outcome) {
    case ServiceOutcome::None: return QCoreApplication::translate("ServiceSessions", "in progress");
    case ServiceOutcome::Admitted: return QCoreApplication::translate("ServiceSessions", "admitted");
    case ServiceOutcome::Refused: return QCoreApplication::translate("ServiceSessions", "refused");
    }
    return {};
}

} // namespace ServiceSessions
