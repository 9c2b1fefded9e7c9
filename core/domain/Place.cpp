#include "domain/Place.h"

#include "domain/FieldLimits.h"

#include <QCoreApplication>
#include <QUuid>

namespace {

struct PlaceText
{
    Q_DECLARE_TR_FUNCTIONS(Places)
};

} // namespace

namespace Places {

Issues validate(const Place &place)
{
    Issues issues;
    if (place.id.isEmpty())
        issues.append(Issue::error(Field::PlaceId, Rule::Required));
    else if (QUuid::fromString(place.id).isNull())
        issues.append(Issue::error(Field::PlaceId, Rule::OutOfRange, place.id));
    if (place.kindergartenId.isEmpty())
        issues.append(Issue::error(Field::PlaceKindergarten, Rule::Required));
    if (place.groupName.trimmed().isEmpty())
        issues.append(Issue::error(Field::PlaceGroup, Rule::Required));
    if (!place.birthFrom.isValid() || !place.birthTo.isValid())
        issues.append(Issue::error(Field::PlaceAgePeriod, Rule::Required));
    else if (place.birthFrom > place.birthTo)
        issues.append(Issue::error(Field::PlaceAgePeriod, Rule::OutOfRange));
    if (place.language == TeachingLanguage::Any)
        issues.append(Issue::error(Field::PlaceLanguage, Rule::Required));
    if (!place.admissionStartsOn.isValid())
        issues.append(Issue::error(Field::PlaceStartsOn, Rule::Required));
    if (place.admissionMode == AdmissionMode::TemporaryStay) {
        if (!place.temporaryUntil.isValid())
            issues.append(Issue::error(Field::PlaceTemporaryUntil, Rule::Required));
        else if (place.admissionStartsOn.isValid() && place.temporaryUntil < place.admissionStartsOn)
            issues.append(Issue::error(Field::PlaceTemporaryUntil, Rule::OutOfRange));
    } else if (place.temporaryUntil.isValid()) {
        // Only a temporary-stay place has a last day (RULES 2.14).
        issues.append(Issue::error(Field::PlaceTemporaryUntil, Rule::OutOfRange));
    }
    if (place.freedOn.isValid() && place.admissionMode != AdmissionMode::EarlyBooking)
        issues.append(Issue::error(Field::PlaceFreedOn, Rule::PlaceNotEarlyBooking));
    FieldLimits::check(issues, place.kindergartenId, Field::PlaceKindergarten);
    FieldLimits::check(issues, place.groupName, Field::PlaceGroup);
    FieldLimits::check(issues, place.attendanceNote, Field::PlaceGroup);
    return issues;
}

QString statusCode(PlaceStatus status)
{
    switch (status) {
    case PlaceStatus::Open: return QStringLiteral("open");
    case PlaceStatus::Directed: return QStringLiteral("directed");
    case PlaceStatus::Filled: return QStringLiteral("filled");
    case PlaceStatus::Withdrawn: return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<PlaceStatus> statusFromCode(const QString &code)
{
    for (PlaceStatus status : {PlaceStatus::Open, PlaceStatus::Directed, PlaceStatus::Filled, PlaceStatus::Withdrawn})
        if (statusCode(status) == code)
            return status;
    return std::nullopt;
}

QString statusLabel(PlaceStatus status)
{
    switch (status) {
    case PlaceStatus::Open: return PlaceText::tr("open");
    case PlaceStatus::Directed: return PlaceText::tr("held by a direction");
    case PlaceStatus::Filled: return PlaceText::tr("filled");
    case PlaceStatus::Withdrawn: return PlaceText::tr("withdrawn");
    }
    return {};
}

} // namespace Places
