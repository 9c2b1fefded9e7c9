#pragma once

#include "domain/Expected.h"

#include <QString>
#include <QStringView>

// Issue 13 item 1: the number a parent can quote instead of the application's 36-character id,
// "YYYY-DDD-NNNNN": the year of registration, the desk's number in its region (at least 3 digits;
// 000 until the desk has learnt its number from the queue server) and the desk's sequence within
// that year (at least 5 digits), e.g. "2026-007-00042". Numbers of desk 000 are unique only on
// their own desk; every other number is unique in the region (docs/sync.md, "Application numbers").
struct ApplicationNumber
{
    int year = 0;
    int desk = 0;
    qint64 sequence = 0;

    // "2026-007-00042"; empty for a number that is not valid (year or sequence 0).
    QString toString() const;
    bool isValid() const;
    // A number of a desk that has not yet learnt its region number (desk 000).
    bool isDeskLocal() const { return isValid() && desk == 0; }

    // The text read back: four digits of year (1900..9999), a dash, at least three digits of
    // desk, a dash, at least five digits of sequence (>= 1); spaces around are ignored.
    // Rule::InvalidNumber (detail = the text) otherwise. Only the canonical spelling is taken:
    // parse(text)->toString() == text.trimmed().
    static Expected<ApplicationNumber> parse(QStringView text);

    bool operator==(const ApplicationNumber &) const = default;
};

namespace ApplicationNumbers {

// What the desk shows and prints for an application: its number, or its id when it has none
// (registered before numbers existed, imported without one, or received without one).
QString shown(const QString &number, const QString &id);

} // namespace ApplicationNumbers
