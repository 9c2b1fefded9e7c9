#pragma once

#include "domain/Expected.h"

#include <QDate>
#include <QString>

#include <optional>

// The individual identification number (ЖСН / ИИН), RULES 9.
//
// Hard errors: not 12 digits, a wrong check digit (including the case where both passes of
// the check-digit algorithm give 10). Everything the digits say about the person (birth date,
// sex) is only a hint: IINs issued since 2013 need not encode personal data, so a mismatch is a
// warning (see warningsAgainst()).
class Iin
{
public:
    enum class Sex { Unknown, Male, Female };

    Iin() = default;

    // Accepts the 12 digits; spaces and dashes between digits are ignored so that a number
    // typed as "210315 60123 1" is read as typed. Returns the hard error otherwise.
    static Expected<Iin> parse(QStringView text, Field field = Field::None);

    // The check digit for the first 11 digits, or -1 when both passes give 10 (no valid IIN
    // starts with these 11 digits). digits must hold exactly 11 ASCII digits.
    static int checkDigit(QStringView elevenDigits);

    bool isNull() const { return m_digits.isEmpty(); }
    const QString &toString() const { return m_digits; }

    // What the digits encode, when they encode something meaningful: digits 1-6 as YYMMDD
    // and digit 7 giving the century (1-2: 1800s, 3-4: 1900s, 5-6: 2000s) and sex (odd male,
    // even female). nullopt / Unknown when the digits do not form such a date.
    std::optional<QDate> birthDate() const;
    Sex sex() const;

    // Warnings (never errors) when the digits disagree with what was entered for the person.
    // A null date or Sex::Unknown is not compared.
    Issues warningsAgainst(const QDate &enteredBirthDate, Sex enteredSex, Field field) const;

    bool operator==(const Iin &other) const = default;

private:
    explicit Iin(QString digits) : m_digits(std::move(digits)) { }
    QString m_digits;
};
