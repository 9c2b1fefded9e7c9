#include "domain/Issue.h"

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Issue", text);
}
} // namespace

QString Issue::fieldName(Field field)
{
    switch (field) {
    case Field::None: return {};
    case Field::ApplicantSurname: return tr("Applicant's surname");
    case Field::ApplicantName: return tr("Applicant's name");
    case Field::ApplicantPatronymic: return tr("Applicant's patronymic");
    case Field::ApplicantIin: return tr("Applicant's IIN");
    case Field::ApplicantAddress: return tr("Applicant's address");
    case Field::Settlement: return tr("Settlement");
    case Field::ChildSurname: return tr("Child's surname");
    case Field::ChildName: return tr("Child's name");
    case Field::ChildPatronymic: return tr("Child's patronymic");
    case Field::ChildIin: return tr("Child's IIN");
    case Field::ChildBirthDate: return tr("Child's date of birth");
    case Field::ChildSex: return tr("Child's sex");
    case Field::Category: return tr("Category");
    case Field::CategoryDocumentType: return tr("Type of the supporting document");
    case Field::CategoryDocumentNumber: return tr("Number of the supporting document");
    case Field::CategoryDocumentIssuer: return tr("Issuer of the supporting document");
    case Field::CategoryDocumentIssueDate: return tr("Issue date of the supporting document");
    case Field::PreferredKindergartens: return tr("Preferred kindergartens");
    case Field::Language: return tr("Language of upbringing and teaching");
    case Field::Phones: return tr("Mobile numbers");
    case Field::Email: return tr("E-mail");
    case Field::Consent: return tr("Consent to the use of personal data");
    case Field::SignatureDate: return tr("Date of signature");
    case Field::FiledAt: return tr("Filing time");
    case Field::Date: return tr("Date");
    case Field::Count: return tr("Number");
    case Field::Year: return tr("Year");
    case Field::CalendarFile: return tr("Working-day calendar");
    case Field::Store: return tr("Local store");
    case Field::Backup: return tr("Backup copy");
    case Field::ImportFile: return tr("Import file");
    case Field::KindergartenId: return tr("Kindergarten code");
    case Field::KindergartenNameKk: return tr("Name in Kazakh");
    case Field::KindergartenNameRu: return tr("Name in Russian");
    case Field::KindergartenBin: return tr("BIN");
    case Field::KindergartenAddress: return tr("Address");
    case Field::KindergartenCity: return tr("City or village");
    case Field::KindergartenHead: return tr("Head");
    case Field::KindergartenPhone: return tr("Phone");
    case Field::KindergartenAuthority: return tr("Authorised body for complaints");
    case Field::KindergartenBank: return tr("Bank");
    case Field::KindergartenAccount: return tr("Account (IBAN)");
    case Field::KindergartenBik: return tr("BIC");
    case Field::FeeAmount: return tr("Parental fee");
    case Field::FeeDueDay: return tr("Fee due day");
    case Field::ContractNumberFormat: return tr("Contract number format");
    case Field::GroupLanguages: return tr("Languages of the groups");
    case Field::DirectionNumber: return tr("Direction number");
    case Field::DirectionIssuedAt: return tr("Direction issue date");
    case Field::DirectionKindergarten: return tr("Direction's kindergarten");
    case Field::DirectionChildIin: return tr("Child's IIN on the direction");
    case Field::DirectionGroup: return tr("Group");
    case Field::DirectionFreedOn: return tr("Date the place was freed");
    case Field::DirectionRightConfirmation: return tr("Confirmation of the extraordinary right");
    case Field::PlaceId: return tr("Place identifier");
    case Field::ComplaintComplainant: return tr("Complaint from");
    case Field::PlaceKindergarten: return tr("Kindergarten of the place");
    case Field::PlaceGroup: return tr("Group");
    case Field::PlaceAgePeriod: return tr("Age period (dates of birth)");
    case Field::PlaceLanguage: return tr("Language of the group");
    case Field::PlaceStartsOn: return tr("Day admission starts");
    case Field::PlaceTemporaryUntil: return tr("Last day of the temporary stay");
    case Field::PlaceFreedOn: return tr("Day the place was actually freed");
    case Field::PlacesFile: return tr("File of places");
    case Field::DirectionExtension: return tr("Extension of the direction");
    case Field::DirectionStatus: return tr("Direction status");
    case Field::DirectionsFile: return tr("Directions file");
    case Field::ServiceSession: return tr("Service");
    case Field::ServiceChannel: return tr("Channel");
    case Field::Checklist: return tr("Documents");
    case Field::HealthCertificateIssueDate: return tr("Certificate of health issued on");
    case Field::ContractDate: return tr("Contract date");
    case Field::ContractNumber: return tr("Contract number");
    case Field::GroupStartDate: return tr("Attends from");
    case Field::RefusalGrounds: return tr("Grounds for refusal");
    case Field::RefusalReasons: return tr("Reasons");
    case Field::ComplaintReceivedOn: return tr("Complaint received on");
    case Field::ComplaintAddressee: return tr("Addressee");
    case Field::ComplaintSubject: return tr("Subject");
    case Field::ComplaintAnswerDate: return tr("Answer date");
    case Field::ComplaintStatus: return tr("Complaint status");
    case Field::PeriodStart: return tr("Period from");
    case Field::PeriodEnd: return tr("Period to");
    case Field::ParentIdDocument: return tr("Parent's ID document");
    case Field::ParentAddress: return tr("Parent's address");
    case Field::KindergartenDetails: return tr("Kindergarten's details");
    case Field::AccountLogin: return tr("Login");
    case Field::AccountName: return tr("Full name");
    case Field::AccountPassword: return tr("Password");
    case Field::WithdrawalReason: return tr("Reason for withdrawal");
    case Field::ParentIdDocumentKind: return tr("Kind of ID document");
    case Field::ParentIdDocumentNumber: return tr("ID document number");
    case Field::ParentIdDocumentIssuedOn: return tr("ID document issued on");
    case Field::ParentIdDocumentIssuer: return tr("ID document issued by");
    }
    return {};
}

QString Issue::ruleMessage() const
{
    switch (rule) {
    case Rule::Required: return tr("must be filled in");
    case Rule::IinNotTwelveDigits: return tr("an IIN has exactly 12 digits");
    case Rule::IinCheckDigit: return tr("the check digit is wrong; check the number for a typing error");
    case Rule::IinBirthDateMismatch: return tr("the IIN encodes another date of birth (IINs issued since 2013 need not encode it)");
    case Rule::IinSexMismatch: return tr("the IIN encodes the other sex (IINs issued since 2013 need not encode it)");
    case Rule::TooManyPhones: return tr("at most two mobile numbers");
    case Rule::PhoneNotKazakhMobile: return tr("not a Kazakhstan mobile number (+7 7XX XXX XX XX)");
    case Rule::EmailInvalid: return tr("not a valid e-mail address");
    case Rule::NoNotificationChannel: return tr("give at least one mobile number or an e-mail address");
    case Rule::ConsentRequired: return tr("the application cannot be registered without the applicant's consent");
    case Rule::CategoryDocumentRequired: return tr("this category needs a supporting document");
    case Rule::CategoryDocumentTooOld: return tr("the document is older than the rules allow");
    case Rule::ChildTooOld: return tr("the queue takes children under 6 years of age");
    case Rule::BirthDateInFuture: return tr("the date of birth is in the future");
    case Rule::TooManyKindergartens: return tr("at most four kindergartens");
    case Rule::DuplicateKindergarten: return tr("the same kindergarten is listed twice");
    case Rule::ActiveApplicationExists: return tr("this child already has an active application");
    case Rule::SignatureDateInFuture: return tr("the date of signature is in the future");
    case Rule::InvalidDate: return tr("not a valid date (YYYY-MM-DD)");
    case Rule::InvalidNumber: return tr("not a valid number");
    case Rule::CalendarYearUnknown: return tr("no working-day calendar for this year");
    case Rule::CalendarFileInvalid: return tr("the calendar file cannot be read");
    case Rule::OutOfRange: return tr("the value is out of range");
    case Rule::StoreCannotOpen: return tr("cannot be opened");
    case Rule::StoreSchemaTooNew: return tr("was written by a newer version of Qabyldau; update the program");
    case Rule::StoreMigrationFailed: return tr("could not be upgraded to this version");
    case Rule::StoreWriteFailed: return tr("the change could not be saved; nothing was written");
    case Rule::BackupDamaged: return tr("the copy is damaged; nothing was replaced");
    case Rule::BackupNotAStore: return tr("not a copy of a Qabyldau store; nothing was replaced");
    case Rule::BackupNotWritten: return tr("the copy could not be written");
    case Rule::StoreInUse: return tr("another program has the store open; close it and try again");
    case Rule::OutputNotReplaceable: return tr("this file exists and is not a PDF document: choose another name");
    case Rule::ImportNotJsonArray: return tr("not a JSON array of applications");
    case Rule::ApplicationIdNotUuid: return tr("the application's id is not a UUID");
    case Rule::ApplicationIdTaken: return tr("this id belongs to another child's application");
    case Rule::ImportRecordNotObject: return tr("the record is not a JSON object");
    case Rule::DateNotDayMonthYear: return tr("not a valid date (DD.MM.YYYY)");
    case Rule::BinNotTwelveDigits: return tr("a BIN has exactly 12 digits");
    case Rule::BinCheckDigit: return tr("the check digit is wrong; check the number for a typing error");
    case Rule::ContractNumberFormatInvalid: return tr("must contain {seq} and only the placeholders {seq}, {year}, {month}");
    case Rule::DirectionNotFound: return tr("no such direction in the local store");
    case Rule::DirectionNumberExists: return tr("a direction with this number but other contents is already stored");
    case Rule::DirectionNotForThisKindergarten: return tr("the direction is for another kindergarten");
    case Rule::DirectionNotForThisChild: return tr("the direction is for another child");
    case Rule::DirectionNotInForce: return tr("the direction is not in force on this day");
    case Rule::DirectionClosed: return tr("the direction is already closed");
    case Rule::DirectionAlreadyExtended: return tr("a direction can be extended only once");
    case Rule::DirectionExtensionTooLong: return tr("the extension is longer than allowed");
    case Rule::OutsideOfficeHours: return tr("documents are accepted on working days 09:00-17:30, except 13:00-14:00");
    case Rule::SessionStageOrder: return tr("this stage cannot come before the previous one");
    case Rule::SessionAlreadyFinished: return tr("the service has already ended with a result");
    case Rule::ChecklistIncomplete: return tr("documents are missing");
    case Rule::HealthCertificateTooOld: return tr("issued longer before the contract date than the rules allow");
    case Rule::HealthCertificateAfterContract: return tr("issued after the contract date");
    case Rule::RefusalGroundRequired: return tr("choose at least one ground");
    case Rule::AnswerBeforeReceipt: return tr("the answer cannot come before the complaint was received");
    case Rule::PeriodEndBeforeStart: return tr("the end of the period is before its start");
    case Rule::AccountNotIban: return tr("an account (IBAN) is KZ, 2 check digits and 16 letters or digits");
    case Rule::AccountCheckDigits: return tr("the IBAN's check digits do not match: a character is mistyped");
    case Rule::BikNotEightCharacters: return tr("a BIC is 8 letters or digits, like HSBKKZKX");
    case Rule::DateInFuture: return tr("the date is in the future");
    case Rule::SessionNotFound: return tr("no such service in the local store");
    case Rule::ComplaintNotFound: return tr("no such complaint in the local store");
    case Rule::StartsBeforeContract: return tr("the child cannot start attending before the contract date");
    case Rule::StartsAfterTemporaryStay: return tr("the child cannot start attending after the last day of the temporary stay");
    case Rule::PlaceNotFound: return tr("there is no such place");
    case Rule::PlaceHasDirection: return tr("a direction holds this place");
    case Rule::PlaceWithdrawn: return tr("the place has been withdrawn");
    case Rule::PlaceNotEarlyBooking: return tr("the place is not an early-booking place");
    case Rule::RightNotExtraordinary: return tr("the child does not hold the direction under an extraordinary right");
    case Rule::RightAlreadyConfirmed: return tr("the right was already confirmed");
    case Rule::TooLong: return tr("too long; the most characters it takes");
    case Rule::PasswordTooShort: return tr("too short; the fewest characters it takes");
    case Rule::PasswordsDiffer: return tr("the two passwords differ");
    case Rule::LoginTaken: return tr("another account has this login");
    case Rule::WrongLoginOrPassword: return tr("wrong login or password");
    case Rule::AccountDisabled: return tr("this account is disabled");
    case Rule::AccountNotFound: return tr("there is no such account");
    case Rule::AccountsExist: return tr("the store already has accounts");
    case Rule::LastAdministrator: return tr("the last administrator who can sign in must stay one");
    case Rule::NotPermitted: return tr("your role does not allow this");
    case Rule::ControlCharacter: return tr("contains a control character, which no document can show");
    case Rule::ApplicationNotFound: return tr("no such application in the local store");
    case Rule::ApplicationNotQueued: return tr("only an application waiting in the queue can be corrected");
    case Rule::ApplicationNotWithdrawable: return tr("an archived application, or one that holds a direction, cannot be withdrawn");
    case Rule::IdCardNumberNotNineDigits: return tr("the number is 9 digits, as on the card (e.g. 012345678)");
    case Rule::PassportNumberInvalid: return tr("a passport number is the letter N and 8 digits (e.g. N12345678)");
    case Rule::IdDocumentNumberInvalid: return tr("the number is letters and digits, at least one digit, up to 20");
    }
    return {};
}

QString Issue::message() const
{
    QString text = ruleMessage();
    if (!detail.isEmpty())
        text = tr("%1: %2").arg(text, detail);
    const QString name = fieldName(field);
    return name.isEmpty() ? text : tr("%1: %2").arg(name, text);
}
