#include "domain/Checklist.h"

#include "domain/DateText.h"
#include "domain/WorkCalendar.h"
#include "settings/RuleSettings.h"
#include "domain/Digits.h"

#include <QJsonArray>

#include <algorithm>

namespace {


QString shown(const QDate &date)
{
    return DateText::date(date);
}

ChecklistFinding finding(ChecklistItem item, ChecklistFinding::Problem problem, RefusalGround ground,
                         QString detail = {})
{
    ChecklistFinding f;
    f.item = item;
    f.problem = problem;
    f.ground = ground;
    f.detail = std::move(detail);
    return f;
}

} // namespace

QJsonObject Checklist::toJson() const
{
    QList<int> numbers;
    for (ChecklistItem item : presented)
        numbers.append(int(item));
    std::sort(numbers.begin(), numbers.end()); // QSet order is not stable: keep the JSON canonical
    QJsonArray items;
    for (int number : numbers)
        items.append(number);
    QJsonObject json{
        {QStringLiteral("channel"), Checklists::channelCode(channel)},
        {QStringLiteral("presented"), items},
        {QStringLiteral("emergency_deferral"), emergencyDeferral},
        {QStringLiteral("note"), note},
    };
    if (healthCertificateIssuedOn.isValid())
        json.insert(QStringLiteral("health_certificate_issued_on"), healthCertificateIssuedOn.toString(Qt::ISODate));
    return json;
}

Checklist Checklist::fromJson(const QJsonObject &json)
{
    Checklist c;
    c.channel = Checklists::channelFromCode(json.value(u"channel").toString()).value_or(ServiceChannel::Office);
    const QJsonArray items = json.value(u"presented").toArray();
    for (const QJsonValue &value : items) {
        const int number = value.toInt(0);
        if (number >= int(ChecklistItem::Direction) && number <= int(ChecklistItem::PmpcConclusion))
            c.presented.insert(static_cast<ChecklistItem>(number));
    }
    c.emergencyDeferral = json.value(u"emergency_deferral").toBool(false);
    c.healthCertificateIssuedOn = QDate::fromString(json.value(u"health_certificate_issued_on").toString(),
                                                    Qt::ISODate);
    c.note = json.value(u"note").toString();
    return c;
}

QString ChecklistFinding::message() const
{
    QString problemText;
    switch (problem) {
    case Problem::Missing: problemText = tr("missing"); break;
    case Problem::HealthCertificateTooOld: problemText = tr("out of date"); break;
    case Problem::HealthCertificateNoDate: problemText = tr("the issue date is not entered"); break;
    case Problem::HealthCertificateAfterContract: problemText = tr("dated after the contract date"); break;
    case Problem::DirectionNotInForce: problemText = tr("not in force on the contract date"); break;
    case Problem::DirectionOtherChild: problemText = tr("issued for another child"); break;
    case Problem::DirectionOtherKindergarten: problemText = tr("issued for another kindergarten"); break;
    }
    if (!detail.isEmpty())
        problemText = tr("%1 (%2)").arg(problemText, detail);
    return tr("%1. %2: %3 (ground: %4)")
        .arg(QString::number(int(item)), Checklists::itemLabel(item), problemText, RefusalGrounds::code(ground));
}

QList<RefusalGround> ChecklistEvaluation::grounds() const
{
    QList<RefusalGround> result;
    for (RefusalGround ground : RefusalGrounds::all())
        if (std::any_of(findings.cbegin(), findings.cend(),
                        [&](const ChecklistFinding &f) { return f.ground == ground; }))
            result.append(ground);
    return result;
}

QList<ChecklistItem> ChecklistEvaluation::faultyItems() const
{
    QList<ChecklistItem> result;
    for (ChecklistItem item : Checklists::allItems())
        if (std::any_of(findings.cbegin(), findings.cend(),
                        [&](const ChecklistFinding &f) { return f.item == item; }))
            result.append(item);
    return result;
}

namespace Checklists {

QList<ChecklistItem> allItems()
{
    return {ChecklistItem::Direction,      ChecklistItem::ParentId,          ChecklistItem::BirthCertificate,
            ChecklistItem::HealthPassport, ChecklistItem::HealthCertificate, ChecklistItem::PmpcConclusion};
}

QList<ChecklistItem> requiredItems(const Direction &direction)
{
    // RULES 6.2: item 6 only for a child with special educational needs.
    QList<ChecklistItem> items = allItems();
    if (!direction.childHasSpecialNeeds())
        items.removeAll(ChecklistItem::PmpcConclusion);
    return items;
}

bool deferrable(ChecklistItem item)
{
    // RULES 6.2, last paragraph: items 4, 5 and 6 may be brought after the restrictions end.
    return item == ChecklistItem::HealthPassport || item == ChecklistItem::HealthCertificate
           || item == ChecklistItem::PmpcConclusion;
}

Expected<ChecklistEvaluation> evaluate(const Checklist &checklist, const Direction &direction,
                                       const QString &kindergartenId, const QString &childIin,
                                       const QDate &contractDate, const WorkCalendar &calendar,
                                       const RuleSettings &settings)
{
    if (!contractDate.isValid())
        return Issue::error(Field::ContractDate, Rule::Required);

    ChecklistEvaluation result;
    result.required = requiredItems(direction);

    // Item 1 beyond its presence: RULES 6.2 — in force on the day, this child, this kindergarten.
    const Expected<DirectionValidity> validity =
        Directions::validity(direction, contractDate, calendar, settings);
    if (!validity)
        return validity.error();

    using Problem = ChecklistFinding::Problem;
    const auto add = [&](ChecklistItem item, Problem problem, RefusalGround ground, const QString &detail = {}) {
        result.findings.append(finding(item, problem, ground, detail));
    };
    constexpr RefusalGround documents = RefusalGround::DocumentsMissingOrOutOfDate; // 34.1
    constexpr RefusalGround requirements = RefusalGround::RequirementsNotMet;       // 9.2

    for (ChecklistItem item : std::as_const(result.required)) {
        const bool presented = checklist.isPresented(item);
        if (!presented) {
            // RULES 6.2: under the emergency deferral items 4-6 are owed, not missing.
            if (checklist.emergencyDeferral && deferrable(item))
                result.deferred.append(item);
            else
                add(item, Problem::Missing, documents);
        }

        if (item == ChecklistItem::Direction) {
            // Checked whether or not the original is on the desk: it is the direction the service is for.
            if (!validity->isValid())
                add(item, Problem::DirectionNotInForce, requirements, validity->text());
            const QString presentedChild = Digits::of(childIin);
            if (!presentedChild.isEmpty() && presentedChild != Digits::of(direction.childIin)) {
                add(item, Problem::DirectionOtherChild, requirements,
                    QCoreApplication::translate("Checklists", "IIN on the direction: %1").arg(direction.childIin));
            }
            if (!kindergartenId.isEmpty() && direction.kindergartenId.trimmed() != kindergartenId.trimmed()) {
                add(item, Problem::DirectionOtherKindergarten, requirements,
                    QCoreApplication::translate("Checklists", "kindergarten on the direction: %1")
                        .arg(direction.kindergartenId));
            }
        }

        if (item == ChecklistItem::HealthCertificate && presented) {
            // RULES 34.1: issued no earlier than 3 calendar days before the contract date.
            const QDate issued = checklist.healthCertificateIssuedOn;
            const qint64 days = issued.isValid() ? issued.daysTo(contractDate) : 0;
            if (!issued.isValid()) {
                add(item, Problem::HealthCertificateNoDate, documents);
            } else if (issued > contractDate) {
                add(item, Problem::HealthCertificateAfterContract, documents,
                    QCoreApplication::translate("Checklists", "issued %1, after the contract date %2")
                        .arg(shown(issued), shown(contractDate)));
            } else if (days > settings.healthCertificateMaxAgeDays) {
                add(item, Problem::HealthCertificateTooOld, documents,
                    QCoreApplication::translate("Checklists", "issued %1, %n day(s) before %2, at most %3 allowed",
                                                nullptr, int(days))
                        .arg(shown(issued), shown(contractDate))
                        .arg(settings.healthCertificateMaxAgeDays));
            }
        }
    }
    return result;
}

QString itemLabel(ChecklistItem item)
{
    switch (item) {
    case ChecklistItem::Direction: return QCoreApplication::translate("Checklists", "Direction to admission");
    case ChecklistItem::ParentId:
        return QCoreApplication::translate("Checklists", "ID document of a parent or legal representative");
    case ChecklistItem::BirthCertificate: return QCoreApplication::translate("Checklists", "Child's birth certificate");
    case ChecklistItem::HealthPassport:
        return QCoreApplication::translate("Checklists", "Child health passport (form 026/u-3)");
    case ChecklistItem::HealthCertificate:
        return QCoreApplication::translate("Checklists", "Certificate of the child's health");
    case ChecklistItem::PmpcConclusion:
        return QCoreApplication::translate("Checklists", "Conclusion of the psychological-medical-pedagogical consultation");
    }
    return {};
}

QString itemForm(ChecklistItem item, ServiceChannel channel)
{
    // RULES 6.2 table.
    if (channel == ServiceChannel::Portal) {
        switch (item) {
        case ChecklistItem::Direction: return QCoreApplication::translate("Checklists", "electronic");
        case ChecklistItem::ParentId:
        case ChecklistItem::BirthCertificate:
        case ChecklistItem::HealthPassport:
        case ChecklistItem::HealthCertificate:
            return QCoreApplication::translate("Checklists", "from the state information system");
        case ChecklistItem::PmpcConclusion: return QCoreApplication::translate("Checklists", "scanned copy");
        }
        return {};
    }
    switch (item) {
    case ChecklistItem::Direction: return QCoreApplication::translate("Checklists", "original");
    case ChecklistItem::ParentId:
    case ChecklistItem::BirthCertificate: return QCoreApplication::translate("Checklists", "shown");
    case ChecklistItem::HealthPassport:
    case ChecklistItem::HealthCertificate:
    case ChecklistItem::PmpcConclusion: return QCoreApplication::translate("Checklists", "paper");
    }
    return {};
}

QString channelLabel(ServiceChannel channel)
{
    switch (channel) {
    case ServiceChannel::Office: return QCoreApplication::translate("Checklists", "Kindergarten office");
    case ServiceChannel::Portal: return QCoreApplication::translate("Checklists", "E-government portal");
    }
    return {};
}

QString channelCode(ServiceChannel channel)
{
    switch (channel) {
    case ServiceChannel::Office: return QStringLiteral("office");
    case ServiceChannel::Portal: return QStringLiteral("portal");
    }
    return {};
}

std::optional<ServiceChannel> channelFromCode(const QString &code)
{
    for (ServiceChannel channel : {ServiceChannel::Office, ServiceChannel::Portal})
        if (channelCode(channel) == code)
            return channel;
    return std::nullopt;
}

} // namespace Checklists
