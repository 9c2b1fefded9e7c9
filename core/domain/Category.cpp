#include "domain/Category.h"

#include <QCoreApplication>

namespace Categories {

QList<Category> all()
{
    return {Category::Military,      Category::SpecialStateBody,    Category::DisabledParent,
            Category::SpecialNeeds,  Category::WithoutParentalCare, Category::Orphan,
            Category::LargeFamily,   Category::TeacherChild,        Category::FamilyWithDisabledChild,
            Category::None};
}

std::optional<Category> fromCode(int value)
{
    if (value < code(Category::Military) || value > code(Category::None))
        return std::nullopt;
    return static_cast<Category>(value);
}

Right right(Category category)
{
    // RULES 3.3 [P]: 1 and 2 stand before everyone of their year; 3 to 9 interleave with the
    // general queue; 10 is the general queue.
    switch (category) {
    case Category::Military:
    case Category::SpecialStateBody:
        return Right::Extraordinary;
    case Category::DisabledParent:
    case Category::SpecialNeeds:
    case Category::WithoutParentalCare:
    case Category::Orphan:
    case Category::LargeFamily:
    case Category::TeacherChild:
    case Category::FamilyWithDisabledChild:
        return Right::Primary;
    case Category::None:
        return Right::None;
    }
    return Right::None;
}

bool requiresDocument(Category category)
{
    // Appendix 1 marks 1, 2 and 4 "(құжаттың көшірмесі)"; RULES 3.2 [P] adds the teacher's
    // certificate from the place of work (8).
    switch (category) {
    case Category::Military:
    case Category::SpecialStateBody:
    case Category::SpecialNeeds:
    case Category::TeacherChild:
        return true;
    default:
        return false;
    }
}

bool documentExpires(Category category)
{
    // RULES 3.2 [P]: the certificates from the place of service or work (1, 2, 8) have a maximum
    // age; the PMPC conclusion (4) does not.
    switch (category) {
    case Category::Military:
    case Category::SpecialStateBody:
    case Category::TeacherChild:
        return true;
    default:
        return false;
    }
}

QString label(Category category)
{
    // The wording of Appendix 1, items 1) to 10).
    switch (category) {
    case Category::Military:
        return QCoreApplication::translate("Category",
            "Child of a military serviceman, including one who died, passed away or went missing in service");
    case Category::SpecialStateBody:
        return QCoreApplication::translate("Category",
            "Child of an employee of a special state body, including one who died, passed away or went missing in service");
    case Category::DisabledParent:
        return QCoreApplication::translate("Category", "Child whose legal representatives are persons with a disability");
    case Category::SpecialNeeds:
        return QCoreApplication::translate("Category", "Child with special educational needs");
    case Category::WithoutParentalCare:
        return QCoreApplication::translate("Category", "Child left without parental care");
    case Category::Orphan:
        return QCoreApplication::translate("Category", "Orphan");
    case Category::LargeFamily:
        return QCoreApplication::translate("Category", "Child from a large family");
    case Category::TeacherChild:
        return QCoreApplication::translate("Category", "Child of a teacher");
    case Category::FamilyWithDisabledChild:
        return QCoreApplication::translate("Category", "Child from a family raising a child with a disability");
    case Category::None:
        return QCoreApplication::translate("Category", "None of the categories above");
    }
    return {};
}

QString shortLabel(Category category)
{
    switch (category) {
    case Category::Military:
        return QCoreApplication::translate("Category", "Military serviceman's child");
    case Category::SpecialStateBody:
        return QCoreApplication::translate("Category", "Special state body employee's child");
    case Category::DisabledParent:
        return QCoreApplication::translate("Category", "Parents with a disability");
    case Category::SpecialNeeds:
        return QCoreApplication::translate("Category", "Special educational needs");
    case Category::WithoutParentalCare:
        return QCoreApplication::translate("Category", "Without parental care");
    case Category::Orphan:
        return QCoreApplication::translate("Category", "Orphan");
    case Category::LargeFamily:
        return QCoreApplication::translate("Category", "Large family");
    case Category::TeacherChild:
        return QCoreApplication::translate("Category", "Teacher's child");
    case Category::FamilyWithDisabledChild:
        return QCoreApplication::translate("Category", "Family with a disabled child");
    case Category::None:
        return QCoreApplication::translate("Category", "No category");
    }
    return {};
}

QString rightLabel(Right right)
{
    switch (right) {
    case Right::Extraordinary:
        return QCoreApplication::translate("Category", "Extraordinary right");
    case Right::Primary:
        return QCoreApplication::translate("Category", "Primary right");
    case Right::None:
        return QCoreApplication::translate("Category", "General queue");
    }
    return {};
}

} // namespace Categories
