#pragma once

#include "domain/Expected.h"

#include <QString>
#include <QStringView>

// Internal to Iin and Bin: both are 12 digits whose last one is the IIN's check digit (RULES 9),
// typed with spaces or dashes between the digits.
namespace TwelveDigits {

// The 12 digits, separators dropped; Rule::Required when blank, notTwelveDigits when anything but
// 12 ASCII digits, badCheckDigit when the check digit does not match. Issues name the given field.
Expected<QString> read(QStringView text, Field field, Rule notTwelveDigits, Rule badCheckDigit);

} // namespace TwelveDigits
