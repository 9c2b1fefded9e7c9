#pragma once

#include "domain/Expected.h"

#include <QString>
#include <QStringView>

// The business identification number (БСН / БИН) of an organisation: 12 digits whose last one
// is a check digit computed exactly like the IIN's (RULES 9, Iin::checkDigit). Unlike an IIN its
// first digits encode a registration date and a legal-entity type, which the desk does not check.
namespace Bin {

// The 12 digits (spaces and dashes between digits ignored), or Rule::BinNotTwelveDigits /
// Rule::BinCheckDigit on the given field.
Expected<QString> parse(QStringView text, Field field = Field::KindergartenBin);

} // namespace Bin
