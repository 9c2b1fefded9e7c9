#pragma once

#include "domain/Application.h"
#include "domain/Direction.h"
#include "domain/Issue.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

// A vacancy, a free place (бос орын, RULES 2.3): what a kindergarten hands to the queue
// management system for distribution (RULES 4.1). One record is one place: a group with three
// free places publishes three records, so that a batch of twins (RULES 3.3) needs as many records
// of one kindergarten as it has children.
//
// Published at a desk (a `publish_place` command) or moved in with `qabyldau-server places
// import`; the server keeps the record, its state and the two daily bulletins (RULES 2.4, 2.9).

// Where a place stands (RULES 4, 5).
enum class PlaceStatus {
    Open,      // waiting for distribution (also after a direction to it expired or was refused)
    Directed,  // an active direction holds it (directionNumber)
    Filled,    // the direction to it was used: a contract was signed
    Withdrawn, // taken back by the kindergarten before any direction held it (RULES 2.9)
};

struct Place
{
    QString id;             // a UUID made by whoever publishes it (desk or import file)
    QString kindergartenId; // the org id of the kindergarten

    // RULES 2.3, every attribute required when published
    QString groupName;      // e.g. "Ортаңғы топ «Балапан»"
    QDate birthFrom;        // the age period as a birth-date range, both days included
    QDate birthTo;
    TeachingLanguage language = TeachingLanguage::Kazakh; // never Any
    GroupType groupType = GroupType::General;
    WorkingMode workingMode = WorkingMode::FullDay;
    AdmissionMode admissionMode = AdmissionMode::General;
    bool attendanceRestricted = false; // "whether the days of attending are restricted"
    QString attendanceNote;            // which days, when restricted (optional text)
    QDate admissionStartsOn;           // the day admission starts
    QDate temporaryUntil;              // temporary stay: the last day (required for that mode only)
    QDate freedOn;                     // early booking: the day it was actually freed; empty until then

    // Kept by the server
    QDateTime publishedAt;  // its entry in the bulletin of freed places (RULES 2.4): the order of distribution
    QDateTime withdrawnAt;  // its entry in the bulletin of withdrawn places (RULES 2.9)
    PlaceStatus status = PlaceStatus::Open;
    QString directionNumber; // the direction that holds or filled it

    bool operator==(const Place &) const = default;
};

namespace Places {

// What a place must state to be published (RULES 2.3): an id that is a UUID, the kindergarten,
// the group's name, a birth-date range (from <= to), a language other than "any", the day
// admission starts; a temporary-stay place its last day, not before admission starts; freedOn only
// on an early-booking place. Errors name Field::Place* with Rule::Required, Rule::OutOfRange or
// Rule::InvalidDate.
Issues validate(const Place &place);

// Stable codes for the store, the JSON files and the CLI.
QString statusCode(PlaceStatus status); // open, directed, filled, withdrawn
std::optional<PlaceStatus> statusFromCode(const QString &code);
QString statusLabel(PlaceStatus status); // in the UI language

} // namespace Places
