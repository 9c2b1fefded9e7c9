#pragma once

#include "domain/Application.h"
#include "domain/Expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

class WorkCalendar;
struct RuleSettings;

// RULES 2.3: how a place admits (general, early booking, temporary stay).
enum class AdmissionMode { General, EarlyBooking, TemporaryStay };
// RULES 2.3: general developing group or special group (children with special educational needs).
enum class GroupType { General, Special };
// RULES 2.3: working mode of the group.
enum class WorkingMode { FullDay, HalfDay, RoundTheClock };

// RULES 5: the life of a direction.
enum class DirectionStatus {
    Issued,    // in force (or waiting for its early-booking place to be freed)
    Used,      // a contract was signed
    Refused,   // the kindergarten gave a reasoned refusal
    Expired,   // not used in time
    Cancelled, // extraordinary right not confirmed
};

// A direction to admission (жолдама, RULES 2.10, 4.3) to this kindergarten, with what the queue
// system sends about the child and the applicant (the desk may not hold the application itself).
struct Direction
{
    QString number;           // unique in the region
    QString applicationId;    // the Appendix 1 application it was issued for
    QString kindergartenId;   // KindergartenProfile::id of the kindergarten it is for
    // The place (vacancy, RULES 2.3)
    QString groupName;        // e.g. "Ортаңғы топ «Балапан»"
    TeachingLanguage groupLanguage = TeachingLanguage::Kazakh;
    GroupType groupType = GroupType::General;
    WorkingMode workingMode = WorkingMode::FullDay;
    AdmissionMode admissionMode = AdmissionMode::General;
    QDate admissionStartsOn;  // the date admission to the place starts (may be empty)
    QDate temporaryUntil;     // temporary stay: the last day (required for that mode)
    // Its clock (RULES 5)
    QDateTime issuedAt;
    QDate freedOn;            // early booking: the day the place was actually freed; empty until then
    QDate extendedUntil;      // set once by an extension, else empty
    // RULES 5 [P]: the day the kindergarten confirmed the extraordinary right (categories 1, 2)
    // of the child holding it; without it the queue system cancels the direction once the
    // confirmation window has passed. Empty for any other direction.
    QDate rightConfirmedOn;
    DirectionStatus status = DirectionStatus::Issued;
    QDateTime closedAt;       // when it was used, refused, expired or cancelled
    // The child and the applicant
    PersonName child;
    QString childIin;
    QDate childBirthDate;
    PersonName applicant;
    QString applicantIin;
    QString applicantAddress;
    QStringList phones;
    Category category = Category::None;

    // RULES 6.2: item 6 (PMPC conclusion) is required for category 4 or a special group.
    bool childHasSpecialNeeds() const
    {
        return category == Category::SpecialNeeds || groupType == GroupType::Special;
    }
    bool operator==(const Direction &) const = default;
};

// What RULES 5 makes of a direction's dates.
struct DirectionValidity
{
    Q_DECLARE_TR_FUNCTIONS(DirectionValidity)

public:
    enum class State {
        WaitingForPlace, // early booking, place not yet freed: the clock has not started
        Valid,           // in force on the day asked
        Expired,         // the day asked is after validUntil
        Closed,          // used, refused, expired or cancelled (see Direction::status)
    };

    State state = State::Valid;
    QDate countFrom;      // the day the 5 working days are counted from (issue day or freedOn)
    QDate baseValidUntil; // last day in force without extension: countFrom + 5 working days
    QDate validUntil;     // last day in force (extendedUntil when extended)
    int workingDaysLeft = 0; // working days from the day asked to validUntil, both included; 0 when not valid
    // State::Closed: how it ended (Direction::status); Issued otherwise.
    DirectionStatus closedAs = DirectionStatus::Issued;

    // The first day it is no longer in force (validUntil + 1 calendar day): "expired on".
    QDate expiresOn() const { return validUntil.isValid() ? validUntil.addDays(1) : QDate(); }
    bool isValid() const { return state == State::Valid; }
    // "valid until 01.04.2026", "expired on 02.04.2026", "waiting for the place to be freed",
    // "used" ... in the UI language.
    QString text() const;
};

namespace Directions {

// RULES 5: valid 5 working days (setting) counted from the working day after issue, or, for an
// early-booking place, after the day the place was freed (when it was freed after issue); an
// extension replaces the end. Errors: Rule::CalendarYearUnknown from the calendar.
// The issue day is issuedAt's date in local time (the desk's zone), whatever hour it was issued.
// An early-booking direction asked about before its freedOn is WaitingForPlace. A closed direction
// is Closed (its dates filled in when the calendar knows them).
Expected<DirectionValidity> validity(const Direction &direction, const QDate &on, const WorkCalendar &calendar,
                                     const RuleSettings &settings);

// RULES 5 [P]: one extension, to a day no later than baseValidUntil + 30 calendar days
// (setting) and after baseValidUntil. Errors on Field::DirectionExtension: DirectionClosed,
// DirectionAlreadyExtended, DirectionExtensionTooLong, OutOfRange (not after the current end),
// DirectionNotInForce (already expired on `today`).
Status checkExtension(const Direction &direction, const QDate &until, const QDate &today,
                      const WorkCalendar &calendar, const RuleSettings &settings);

// Stable codes for the store, the JSON files and the CLI.
QString statusCode(DirectionStatus status);       // issued, used, refused, expired, cancelled
std::optional<DirectionStatus> statusFromCode(const QString &code);
QString admissionModeCode(AdmissionMode mode);    // general, early_booking, temporary_stay
std::optional<AdmissionMode> admissionModeFromCode(const QString &code);
QString groupTypeCode(GroupType type);            // general, special
std::optional<GroupType> groupTypeFromCode(const QString &code);
QString workingModeCode(WorkingMode mode);        // full_day, half_day, round_the_clock
std::optional<WorkingMode> workingModeFromCode(const QString &code);

// Labels in the UI language.
QString statusLabel(DirectionStatus status);
QString admissionModeLabel(AdmissionMode mode);
QString groupTypeLabel(GroupType type);
QString workingModeLabel(WorkingMode mode);

} // namespace Directions
