#pragma once

#include <QList>
#include <QString>

#include <optional>

// The ten categories of Appendix 1 (RULES 3.1), numbered as on the paper form.
enum class Category {
    Military = 1,             // 1) child of a military serviceman (document)
    SpecialStateBody = 2,     // 2) child of a special state body employee (document)
    DisabledParent = 3,       // 3) child whose legal representatives have a disability
    SpecialNeeds = 4,         // 4) child with special educational needs (document: PMPC)
    WithoutParentalCare = 5,  // 5) child left without parental care
    Orphan = 6,               // 6) orphan
    LargeFamily = 7,          // 7) child from a large family
    TeacherChild = 8,         // 8) child of a teacher
    FamilyWithDisabledChild = 9, // 9) family raising a child with a disability
    None = 10,                // 10) none of the above
};

// The right a category gives in the queue (RULES 3.3).
enum class Right { Extraordinary, Primary, None };

namespace Categories {

// All ten, in the order of the form.
QList<Category> all();

// 1..10 -> Category; nullopt for anything else.
std::optional<Category> fromCode(int code);
inline int code(Category category) { return static_cast<int>(category); }

// Categories 1, 2: extraordinary; 3 to 9: primary; 10: none.
Right right(Category category);

// Appendix 1 marks 1, 2 and 4 "copy of the document"; practice [P] asks a certificate from
// the place of work for 8 as well (RULES 3.2).
bool requiresDocument(Category category);

// Whether the supporting document has a maximum age on the filing date: the certificate from
// the place of service or work for 1, 2 and 8 (RULES 3.2 [P], one month by default).
bool documentExpires(Category category);

// The label of the paper form, in the current UI language.
QString label(Category category);
// A short label for lists and tables.
QString shortLabel(Category category);
QString rightLabel(Right right);

} // namespace Categories
