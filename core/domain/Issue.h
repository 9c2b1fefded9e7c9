#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// Errors are values at the core boundary (STYLE 4): a rule that fails names the field it
// concerns and the rule it breaks. Forms and the CLI turn an Issue into a message with
// Issue::message(), translated into the current language.

enum class Field {
    None,
    // Appendix 1: the applicant
    ApplicantSurname,
    ApplicantName,
    ApplicantPatronymic,
    ApplicantIin,
    ApplicantAddress,
    Settlement,
    // Appendix 1: the child
    ChildSurname,
    ChildName,
    ChildPatronymic,
    ChildIin,
    ChildBirthDate,
    ChildSex,
    // Appendix 1: category and its supporting document
    Category,
    CategoryDocumentType,
    CategoryDocumentNumber,
    CategoryDocumentIssuer,
    CategoryDocumentIssueDate,
    // Appendix 1: wishes, notification, consent, signature
    PreferredKindergartens,
    Language,
    Phones,
    Email,
    Consent,
    SignatureDate,
    FiledAt,
    // Generic inputs (CLI arguments, data files)
    Date,
    Count,
    Year,
    CalendarFile,
    Store,
    Backup,     // a copy of the local store (qabyldau-cli backup / restore, File > Back up)
    ImportFile, // a file of applications to import (qabyldau-cli applications import)
    // Kindergarten settings (issue 4: the kindergarten's own details for contracts and letters)
    KindergartenId,
    KindergartenNameKk,
    KindergartenNameRu,
    KindergartenBin,
    KindergartenAddress,
    KindergartenCity,
    KindergartenHead,
    KindergartenPhone,
    KindergartenAuthority, // the authorised body for complaints, per language
    KindergartenBank,
    KindergartenAccount,   // IBAN (ИИК / ЖСК)
    KindergartenBik,       // bank identification code (БИК / БСК)
    FeeAmount,
    FeeDueDay,
    ContractNumberFormat,
    GroupLanguages,
    // Directions (RULES 5)
    DirectionNumber,
    DirectionIssuedAt,
    DirectionKindergarten,
    DirectionChildIin,
    DirectionGroup,
    DirectionFreedOn,
    DirectionExtension,
    DirectionStatus,
    DirectionsFile,
    DirectionRightConfirmation,
    // The service session and the checklist (RULES 6)
    ServiceSession,
    ServiceChannel,
    Checklist,
    HealthCertificateIssueDate,
    ContractDate,
    ContractNumber,
    GroupStartDate,
    RefusalGrounds,
    RefusalReasons,
    // Complaints (RULES 7)
    ComplaintReceivedOn,
    ComplaintAddressee,
    ComplaintComplainant,
    ComplaintSubject,
    ComplaintAnswerDate,
    ComplaintStatus,
    // Registers
    PeriodStart,
    PeriodEnd,
    // The contract (RULES 12 item 2): the parent who signs, and the kindergarten's own details
    ParentIdDocument,
    ParentAddress,
    KindergartenDetails,
    // Places (RULES 2.3, 4.1)
    PlaceId,
    PlaceKindergarten,
    PlaceGroup,
    PlaceAgePeriod,
    PlaceLanguage,
    PlaceStartsOn,
    PlaceTemporaryUntil,
    PlaceFreedOn,
    PlacesFile,
    // Accounts at the desk (DESIGN 9)
    AccountLogin,
    AccountName,
    AccountPassword,
    // An application's life at the desk (issue 13 item 4): the parent's reason for withdrawing
    WithdrawalReason,
    // The contract (RULES 12 item 2), issue 13 item 1: the parent's ID document asked for in parts
    ParentIdDocumentKind,     // the kind (and the clerk's words for "other")
    ParentIdDocumentNumber,
    ParentIdDocumentIssuedOn,
    ParentIdDocumentIssuer,   // the authority (and the clerk's words for "other")
};

enum class Rule {
    Required,
    // RULES 9
    IinNotTwelveDigits,
    IinCheckDigit,
    IinBirthDateMismatch,
    IinSexMismatch,
    // RULES 3.2
    TooManyPhones,
    PhoneNotKazakhMobile,
    EmailInvalid,
    NoNotificationChannel,
    ConsentRequired,
    CategoryDocumentRequired,
    CategoryDocumentTooOld,
    ChildTooOld,
    BirthDateInFuture,
    TooManyKindergartens,
    DuplicateKindergarten,
    ActiveApplicationExists,
    SignatureDateInFuture,
    // RULES 10 and generic input
    InvalidDate,
    InvalidNumber,
    CalendarYearUnknown,
    CalendarFileInvalid,
    OutOfRange,
    // Local store
    StoreCannotOpen,
    StoreSchemaTooNew,
    StoreMigrationFailed,
    StoreWriteFailed,
    // Backup and restore (issue 13 item 7)
    BackupDamaged,      // the copy fails its checks; nothing was replaced
    BackupNotAStore,    // the file is not a copy of a Qabyldau store
    BackupNotWritten,   // the copy could not be written
    StoreInUse,         // another program has the store open: no restore under it
    // An output file (a PDF) would replace something that is not a PDF: a store, a link, a device
    OutputNotReplaceable,
    // Import files
    ImportNotJsonArray,
    ApplicationIdNotUuid,   // an application id that is not a UUID
    ApplicationIdTaken,     // an application id the store holds for another child
    ImportRecordNotObject,
    // Forms: a date typed only in part (the desk writes dates day first)
    DateNotDayMonthYear,
    // Kindergarten settings: the BIN (same check-digit scheme as the IIN, RULES 9)
    BinNotTwelveDigits,
    BinCheckDigit,
    ContractNumberFormatInvalid, // no {seq} placeholder, or an unknown placeholder
    // RULES 5: directions
    DirectionNotFound,
    DirectionNumberExists,       // import: the same number with other contents
    DirectionNotForThisKindergarten,
    DirectionNotForThisChild,
    DirectionNotInForce,         // expired, or not yet started (early booking not freed)
    DirectionClosed,             // used, refused, expired or cancelled already
    DirectionAlreadyExtended,
    DirectionExtensionTooLong,
    // RULES 6: service session and checklist
    OutsideOfficeHours,
    SessionStageOrder,           // a stage recorded before the one it follows
    SessionAlreadyFinished,
    ChecklistIncomplete,
    HealthCertificateTooOld,     // RULES 6.2 / 34.1: more than 3 calendar days before the contract
    HealthCertificateAfterContract,
    RefusalGroundRequired,
    // RULES 7: complaints
    AnswerBeforeReceipt,
    // Registers
    PeriodEndBeforeStart,
    // Kindergarten settings: bank details
    AccountNotIban,              // not KZ, 2 check digits and 16 letters or digits
    AccountCheckDigits,          // an IBAN whose check digits do not match (ISO 13616 mod 97)
    BikNotEightCharacters,       // not 8 letters or digits
    // Generic: a date that cannot be later than today
    DateInFuture,
    // RULES 6: the service session asked for is not in the local store
    SessionNotFound,
    // RULES 7: the complaint asked for is not in the local store
    ComplaintNotFound,
    // RULES 12 item 3: the child attends from a day not before the contract date and, for a
    // temporary stay, not after the place's last day
    StartsBeforeContract,
    StartsAfterTemporaryStay,
    // RULES 4.1: places
    PlaceNotFound,
    PlaceHasDirection,           // withdrawn or changed while a direction holds it
    PlaceWithdrawn,              // already withdrawn
    PlaceNotEarlyBooking,        // marked freed, but it is not an early-booking place
    // RULES 5 [P]: confirming the extraordinary right of a direction's holder
    RightNotExtraordinary,
    RightAlreadyConfirmed,
    // A text over its field's limit (FieldLimits; detail: the limit)
    TooLong,
    // Accounts at the desk (DESIGN 9)
    PasswordTooShort,
    PasswordsDiffer,
    LoginTaken,
    WrongLoginOrPassword,        // the same words for an unknown login: a login is not confirmed
    AccountDisabled,
    AccountNotFound,
    AccountsExist,               // the first administrator is created only on a store without accounts
    LastAdministrator,           // the last administrator who may sign in cannot be disabled or demoted
    NotPermitted,                // the signed-in person's role does not allow it
    // A text with a control character, a NUL byte above all (FieldLimits; issue 14 item 9)
    ControlCharacter,
    // An application's life at the desk (issue 13 item 4): corrected or withdrawn
    ApplicationNotFound,         // not in the local store (detail: the id)
    ApplicationNotQueued,        // correct: not waiting in the queue (detail: its status)
    ApplicationNotWithdrawable,  // withdraw: archived, or holds an active direction (detail: its status)
    // The parent's ID document in parts (issue 13 item 1): a number that its kind cannot have
    IdCardNumberNotNineDigits,   // an identity card of a citizen of Kazakhstan: 9 digits
    PassportNumberInvalid,       // a passport of a citizen of Kazakhstan: N and 8 digits
    IdDocumentNumberInvalid,     // another document: letters and digits, at least one digit
};

enum class Severity { Error, Warning };

struct Issue
{
    Field field = Field::None;
    Rule rule = Rule::Required;
    Severity severity = Severity::Error;
    // A value the message quotes (the year with no calendar, the date that is not a date...).
    QString detail;

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const Issue &other) const = default;

    // The message for a person, in the current UI language, e.g.
    // "Child's IIN: the check digit is wrong".
    QString message() const;
    // Only the rule part, for a label placed next to the field.
    QString ruleMessage() const;

    static QString fieldName(Field field);

    static Issue error(Field field, Rule rule, QString detail = {})
    {
        return Issue{field, rule, Severity::Error, std::move(detail)};
    }
    static Issue warning(Field field, Rule rule, QString detail = {})
    {
        return Issue{field, rule, Severity::Warning, std::move(detail)};
    }
};

using Issues = QList<Issue>;

inline bool hasErrors(const Issues &issues)
{
    for (const Issue &issue : issues)
        if (issue.isError())
            return true;
    return false;
}

Q_DECLARE_METATYPE(Issue)
