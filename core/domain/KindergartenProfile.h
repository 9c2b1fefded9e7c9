#pragma once

#include "domain/Application.h"
#include "domain/Issue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// This kindergarten's own details (issue 4 item 1): what the contract, the refusal letter and the
// receipt print about the service provider. Kept by the administrator in Settings; stored as one
// JSON object in the store's `settings` table (KindergartenProfileStore).
struct KindergartenProfile
{
    Q_DECLARE_TR_FUNCTIONS(KindergartenProfile)

public:
    QString id;        // the region's code of this kindergarten: directions carry it
    QString nameKk;    // full name in Kazakh, as registered
    QString nameRu;    // full name in Russian
    QString bin;       // 12 digits (Bin::parse)
    QString addressKk; // postal address in Kazakh
    QString addressRu; // postal address in Russian
    QString cityKk;    // where contracts are signed ("Астана қаласы")
    QString cityRu;    // ("город Астана")
    QString headName;  // the head's full name: signs contracts and refusals (RULES 6.3, 6.4)
    QString phone;     // free text, e.g. "+7 7172 00 00 00"
    QString bank;      // bank name
    QString account;   // IBAN: KZ, 2 check digits, 16 letters or digits
    QString bik;       // BIC: 8 letters or digits
    // The authorised body for the assessment and control of the quality of public services
    // (its regional department): name and address, per language. The refusal letter names it
    // where it tells the parent where to complain (RULES 6.4; issue 13).
    QString authorityKk;
    QString authorityRu;
    // RULES 12 item 6: the parental fee set by the local executive body.
    int feeAmount = 0;     // tenge per month; 0 when not charged
    int feeDueDay = 10;    // day of the month the fee is due, 1..28
    QString feeTermsKk;    // what the fee covers, exemptions (free text per language)
    QString feeTermsRu;
    // Contract numbers: placeholders {seq} (required; {seq:4} pads to 4 digits), {year}, {month}.
    QString contractNumberFormat = QStringLiteral("{year}-{seq:4}");
    // Languages of upbringing of this kindergarten's groups.
    QList<TeachingLanguage> groupLanguages = {TeachingLanguage::Kazakh, TeachingLanguage::Russian};

    // Every problem, each naming its field: required fields (id, both names, BIN, both
    // addresses, head), the BIN check digit, the IBAN when given (KZ, 2 check digits, 16
    // letters/digits, ISO 13616 mod-97 check), the BIK when given (8 letters/digits), fee
    // amount >= 0, due day 1..28, the contract number format, at least one group language.
    // Rules: Required (both addresses on Field::KindergartenAddress, detail "in Kazakh" /
    // "in Russian"), BinNotTwelveDigits / BinCheckDigit, AccountNotIban / AccountCheckDigits
    // (spaces ignored), BikNotEightCharacters, OutOfRange (fee, due day),
    // ContractNumberFormatInvalid.
    Issues validate() const;

    // The contract number for the seq-th contract (1-based) signed on date, from the format.
    // {seq:N} pads with zeros to N digits (1..12), never truncates. With an invalid format
    // (validate() reports it) the number is "{year}-{seq}" rather than nothing.
    QString contractNumber(int seq, const QDate &date) const;

    // Keys: id, name_kk, name_ru, bin, address_kk, address_ru, city_kk, city_ru, head_name, phone,
    // bank, account, bik, authority_kk, authority_ru, fee_amount, fee_due_day, fee_terms_kk, fee_terms_ru,
    // contract_number_format, group_languages (array of "kk", "ru", "other", "any" as in the
    // application files). fromJson keeps the default for a key that is missing or of another type,
    // and skips unknown language codes.
    QJsonObject toJson() const;
    static KindergartenProfile fromJson(const QJsonObject &json);

    bool isEmpty() const { return id.isEmpty() && nameKk.isEmpty() && nameRu.isEmpty(); }
    bool operator==(const KindergartenProfile &) const = default;
};
