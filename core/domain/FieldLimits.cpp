#include "domain/FieldLimits.h"

namespace FieldLimits {

int maxLength(Field field)
{
    switch (field) {
    // People's names: the longest Kazakh and Russian names with double surnames fit well.
    case Field::ApplicantSurname:
    case Field::ApplicantName:
    case Field::ApplicantPatronymic:
    case Field::ChildSurname:
    case Field::ChildName:
    case Field::ChildPatronymic:
        return 100;
    case Field::ApplicantAddress:
    case Field::ParentAddress:
    case Field::KindergartenAddress:
        return 300;
    case Field::Settlement:
    case Field::KindergartenCity:
        return 150;
    case Field::CategoryDocumentType:
    case Field::CategoryDocumentIssuer:
    case Field::ParentIdDocument:
    case Field::ParentIdDocumentKind:
    case Field::ParentIdDocumentIssuer:
        return 200;
    case Field::CategoryDocumentNumber:
    case Field::DirectionNumber:
    case Field::ContractNumber:
        return 50;
    case Field::Email:
        return 254; // RFC 5321's path limit
    case Field::Phones:
        return 20;
    case Field::PreferredKindergartens:
    case Field::KindergartenId:
    case Field::DirectionKindergarten:
    case Field::PlaceKindergarten:
    case Field::PlaceId:
        return 64;
    case Field::KindergartenNameKk:
    case Field::KindergartenNameRu:
    case Field::KindergartenHead:
    case Field::KindergartenBank:
    case Field::DirectionGroup:
    case Field::PlaceGroup:
        return 200;
    case Field::KindergartenPhone:
        return 50;
    case Field::ComplaintAddressee:
    case Field::ComplaintComplainant:
    case Field::KindergartenAuthority:
    case Field::WithdrawalReason:
        return 500;
    case Field::ComplaintSubject:
    case Field::RefusalReasons:
        return 4000;
    default:
        return 0;
    }
}

void check(Issues &issues, const QString &text, Field field)
{
    const int limit = maxLength(field);
    if (limit > 0 && text.size() > limit) {
        issues.append(Issue::error(field, Rule::TooLong, QString::number(limit)));
        return;
    }
    // Issue 14 item 9: a JSON escape of U+0000 became a NUL inside a stored name, which C strings, PDFs
    // and the other systems the data goes to cut there. Tab and line breaks stay allowed.
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7F) {
            issues.append(Issue::error(field, Rule::ControlCharacter,
                                       QStringLiteral("U+%1").arg(int(u), 4, 16, QLatin1Char('0')).toUpper()));
            return;
        }
    }
}

void check(Issues &issues, const QStringList &texts, Field field)
{
    for (const QString &text : texts) {
        const qsizetype before = issues.size();
        check(issues, text, field);
        if (issues.size() != before)
            return; // one issue per field
    }
}

} // namespace FieldLimits
