#pragma once

#include "domain/Application.h"
#include "settings/RuleSettings.h"

#include <QDateTime>

// Validation of an Appendix 1 application (RULES 3.2). Pure: everything it needs is passed in.
struct ValidationContext
{
    QDateTime now;          // the filing moment when filedAt is empty; "today" for age checks
    RuleSettings settings;  // document age, child age, counts
};

// Every problem found, errors and warnings, each naming its field and rule. The application can
// be registered iff !hasErrors(result). The "one active application per child" rule needs the
// store and is checked there (Rule::ActiveApplicationExists).
Issues validateApplication(const Application &application, const ValidationContext &context);

// Kazakhstan mobile numbers in any usual spelling ("8 701 234 56 78", "+7(701)2345678",
// "7012345678") -> E.164 "+77012345678"; an empty string when the text is not such a number.
QString normalizeMobileNumber(const QString &text);

bool isValidEmail(const QString &text);
