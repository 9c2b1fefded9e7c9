#include "domain/Direction.h"

#include "domain/DateText.h"
#include "domain/WorkCalendar.h"
#include "settings/RuleSettings.h"

#include <algorithm>

namespace {


QString shown(const QDate &date)
{
    return DateText::date(date);
}

template<typename T, typename CodeFn>
std::optional<T> findCode(const QString &code, std::initializer_list<T> values, CodeFn codeOf)
{
    for (T value : values)
        if (codeOf(value) == code)
            return value;
    return std::nullopt;
}

} // namespace

QString DirectionValidity::text() const
{
    switch (state) {
    case State::WaitingForPlace: return tr("waiting for the place to be freed");
    case State::Valid: return tr("valid until %1").arg(shown(validUntil));
    case State::Expired: return tr("expired on %1").arg(shown(expiresOn()));
    case State::Closed: return Directions::statusLabel(closedAs);
    }
    return {};
}

namespace Directions {

Expected<DirectionValidity> validity(const Direction &direction, const QDate &on, const WorkCalendar &calendar,
                                     const RuleSettings &settings)
{
    DirectionValidity result;
    const bool closed = direction.status != DirectionStatus::Issued;
    if (closed) {
        result.state = DirectionValidity::State::Closed;
        result.closedAs = direction.status;
    }

    const QDate issuedOn = direction.issuedAt.toLocalTime().date();
    if (!issuedOn.isValid()) {
        if (closed)
            return result;
        return Issue::error(Field::DirectionIssuedAt, Rule::Required);
    }

    // RULES 5 / def. 6: an early-booking place's clock starts when the place is actually freed.
    const bool earlyBooking = direction.admissionMode == AdmissionMode::EarlyBooking;
    if (earlyBooking && !direction.freedOn.isValid()) {
        if (!closed)
            result.state = DirectionValidity::State::WaitingForPlace;
        return result;
    }
    result.countFrom = earlyBooking ? std::max(issuedOn, direction.freedOn) : issuedOn;

    // RULES 5: 5 working days, counting from the working day after countFrom.
    const Expected<QDate> base = calendar.addWorkingDays(result.countFrom, settings.directionValidWorkingDays);
    if (!base) {
        if (closed)
            return result; // how it ended does not depend on the calendar
        return base.error();
    }
    result.baseValidUntil = *base;
    result.validUntil = direction.extendedUntil.isValid() ? direction.extendedUntil : *base;
    if (closed)
        return result;

    if (earlyBooking && on < direction.freedOn) {
        result.state = DirectionValidity::State::WaitingForPlace;
        return result;
    }
    if (on > result.validUntil) {
        result.state = DirectionValidity::State::Expired;
        return result;
    }
    result.state = DirectionValidity::State::Valid;
    int left = 0;
    for (QDate day = on; day <= result.validUntil; day = day.addDays(1)) {
        const Expected<bool> working = calendar.isWorkingDay(day);
        if (!working)
            return working.error();
        if (*working)
            ++left;
    }
    result.workingDaysLeft = left;
    return result;
}

Status checkExtension(const Direction &direction, const QDate &until, const QDate &today,
                      const WorkCalendar &calendar, const RuleSettings &settings)
{
    if (direction.status != DirectionStatus::Issued)
        return Issue::error(Field::DirectionExtension, Rule::DirectionClosed, statusLabel(direction.status));
    // RULES 5 [P]: extended once only.
    if (direction.extendedUntil.isValid())
        return Issue::error(Field::DirectionExtension, Rule::DirectionAlreadyExtended,
                            QCoreApplication::translate("Directions", "extended until %1")
                                .arg(shown(direction.extendedUntil)));
    const Expected<DirectionValidity> current = validity(direction, today, calendar, settings);
    if (!current)
        return current.error();
    if (!current->isValid())
        return Issue::error(Field::DirectionExtension, Rule::DirectionNotInForce, current->text());
    if (!until.isValid())
        return Issue::error(Field::DirectionExtension, Rule::Required);
    if (until <= current->validUntil)
        return Issue::error(Field::DirectionExtension, Rule::OutOfRange,
                            QCoreApplication::translate("Directions", "must be after %1")
                                .arg(shown(current->validUntil)));
    // RULES 5 [P]: by up to 30 calendar days beyond the end it would have had without extension.
    const QDate latest = current->baseValidUntil.addDays(settings.directionExtensionMaxCalendarDays);
    if (until > latest)
        return Issue::error(Field::DirectionExtension, Rule::DirectionExtensionTooLong,
                            QCoreApplication::translate("Directions", "at most until %1").arg(shown(latest)));
    return {};
}

QString statusCode(DirectionStatus status)
{
    switch (status) {
    case DirectionStatus::Issued: return QStringLiteral("issued");
    case DirectionStatus::Used: return QStringLiteral("used");
    case DirectionStatus::Refused: return QStringLiteral("refused");
    case DirectionStatus::Expired: return QStringLiteral("expired");
    case DirectionStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<DirectionStatus> statusFromCode(const QString &code)
{
    return findCode(code, {DirectionStatus::Issued, DirectionStatus::Used, DirectionStatus::Refused,
                           DirectionStatus::Expired, DirectionStatus::Cancelled}, &statusCode);
}

QString admissionModeCode(AdmissionMode mode)
{
    switch (mode) {
    case AdmissionMode::General: return QStringLiteral("general");
    case AdmissionMode::EarlyBooking: return QStringLiteral("early_booking");
    case AdmissionMode::TemporaryStay: return QStringLiteral("temporary_stay");
    }
    return {};
}

std::optional<AdmissionMode> admissionModeFromCode(const QString &code)
{
    return findCode(code, {AdmissionMode::General, AdmissionMode::EarlyBooking, AdmissionMode::TemporaryStay},
                    &admissionModeCode);
}

QString groupTypeCode(GroupType type)
{
    switch (type) {
    case GroupType::General: return QStringLiteral("general");
    case GroupType::Special: return QStringLiteral("special");
    }
    return {};
}

std::optional<GroupType> groupTypeFromCode(const QString &code)
{
    return findCode(code, {GroupType::General, GroupType::Special}, &groupTypeCode);
}

QString workingModeCode(WorkingMode mode)
{
    switch (mode) {
    case WorkingMode::FullDay: return QStringLiteral("full_day");
    case WorkingMode::HalfDay: return QStringLiteral("half_day");
    case WorkingMode::RoundTheClock: return QStringLiteral("round_the_clock");
    }
    return {};
}

std::optional<WorkingMode> workingModeFromCode(const QString &code)
{
    return findCode(code, {WorkingMode::FullDay, WorkingMode::HalfDay, WorkingMode::RoundTheClock},
                    &workingModeCode);
}

QString statusLabel(DirectionStatus status)
{
    switch (status) {
    case DirectionStatus::Issued: return QCoreApplication::translate("Directions", "issued");
    case DirectionStatus::Used: return QCoreApplication::translate("Directions", "used");
    case DirectionStatus::Refused: return QCoreApplication::translate("Directions", "refused");
    case DirectionStatus::Expired: return QCoreApplication::translate("Directions", "expired");
    case DirectionStatus::Cancelled: return QCoreApplication::translate("Directions", "cancelled");
    }
    return {};
}

QString admissionModeLabel(AdmissionMode mode)
{
    switch (mode) {
    case AdmissionMode::General: return QCoreApplication::translate("Directions", "general admission");
    case AdmissionMode::EarlyBooking: return QCoreApplication::translate("Directions", "early booking");
    case AdmissionMode::TemporaryStay: return QCoreApplication::translate("Directions", "temporary stay");
    }
    return {};
}

QString groupTypeLabel(GroupType type)
{
    switch (type) {
    case GroupType::General: return QCoreApplication::translate("Directions", "general developing group");
    case GroupType::Special: return QCoreApplication::translate("Directions", "special group");
    }
    return {};
}

QString workingModeLabel(WorkingMode mode)
{
    switch (mode) {
    case WorkingMode::FullDay: return QCoreApplication::translate("Directions", "full day");
    case WorkingMode::HalfDay: return QCoreApplication::translate("Directions", "half day");
    case WorkingMode::RoundTheClock: return QCoreApplication::translate("Directions", "round the clock");
    }
    return {};
}

} // namespace Directions
