#pragma once

#include "domain/Issue.h"

#include <QString>
#include <QStringList>

// The longest text each field takes (issue 14 item 7), one table for the form, the importers,
// the stores and the queue server, documented in docs/cli.md ("Field lengths"). Counted in
// characters as the desk shows them (UTF-16 code units). A text over its limit is refused with
// Rule::TooLong and the limit as the detail; nothing is cut.
namespace FieldLimits {

// 0 for a field that is not free text (dates, codes, IINs checked by their own rules).
int maxLength(Field field);

// Appends Rule::TooLong for text over the field's limit, else Rule::ControlCharacter (detail:
// "U+0000") for a character below U+0020 other than tab, line feed and carriage return, or U+007F.
void check(Issues &issues, const QString &text, Field field);
void check(Issues &issues, const QStringList &texts, Field field);

// The most bytes one JSON string may take in a file before it is even decoded (escapes included):
// a 100 MB "address" is refused by the reader without being held in memory as text.
constexpr qsizetype maxJsonStringBytes = 16 * 1024;

} // namespace FieldLimits
