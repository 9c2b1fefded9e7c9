#include "domain/ApplicationValidation.h"

#include "domain/FieldLimits.h"

#include <QSet>

namespace {

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

void requireText(Issues &issues, const QString &text, Field field)
{
    if (isBlank(text))
        issues.append(Issue::error(field, Rule::Required));
}

// RULES 9: an IIN that is not 12 digits or fails the check digit is refused, naming the field.
std::optional<Iin> checkIin(Issues &issues, const QString &text, Field field)
{
    if (isBlank(text)) {
        issues.append(Issue::error(field, Rule::Required));
        return std::nullopt;
    }
    Expected<Iin> iin = Iin::parse(text, field);
    if (!iin) {
        Issue issue = iin.error();
        issue.field = field;
        issue.severity = Severity::Error;
        issues.append(issue);
        return std::nullopt;
    }
    return std::move(iin).value();
}

// Completed years on a given day: a child born on 29 February turns a year older on 1 March in
// a common year, when the day-and-month of birth has fully passed.
int completedYears(const QDate &birthDate, const QDate &onDate)
{
    int years = onDate.year() - birthDate.year();
    if (onDate.month() < birthDate.month()
        || (onDate.month() == birthDate.month() && onDate.day() < birthDate.day()))
        --years;
    return years;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isEmailLocalChar(QChar c)
{
    // RFC 5322 atext (ASCII only, see isValidEmail) plus the dot, which is checked separately.
    if (c.unicode() > 0x7f)
        return false;
    if (c.isLetterOrNumber())
        return true;
    static const QString specials = QStringLiteral("!#$%&'*+/=?^_`{|}~-");
    return specials.contains(c);
}

bool isDomainLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63)
        return false;
    if (label.front() == u'-' || label.back() == u'-')
        return false;
    for (const QChar c : label) {
        const bool ascii = c.unicode() <= 0x7f;
        if (!(ascii && (c.isLetterOrNumber() || c == u'-')))
            return false;
    }
    return true;
}

} // namespace

QString normalizeMobileNumber(const QString &text)
{
    // Separators people type between digit groups are ignored: "8 (701) 234-56-78".
    QString compact;
    compact.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == u'-' || c == u'(' || c == u')' || c == u'.')
            continue;
        compact.append(c);
    }

    bool international = false;
    if (compact.startsWith(u'+')) {
        international = true;
        compact.remove(0, 1);
    }
    for (const QChar c : std::as_const(compact))
        if (!isAsciiDigit(c))
            return {};

    // The 10-digit national number: "+7" / "7" / trunk prefix "8" followed by it, or it alone.
    QString national;
    if (international) {
        if (compact.size() != 11 || !compact.startsWith(u'7'))
            return {};
        national = compact.mid(1);
    } else if (compact.size() == 11 && (compact.startsWith(u'7') || compact.startsWith(u'8'))) {
        national = compact.mid(1);
    } else if (compact.size() == 10) {
        national = compact;
    } else {
        return {};
    }

    // Kazakhstan's numbering plan: geographic (landline) codes are 710-729, which cannot receive
    // an SMS; the mobile operators' codes lie in 70x, 74x and 77x (Kcell 701/702/775/778,
    // Beeline 705/771/776/777, Tele2-Altel 700/707/708/747). 75x and 76x are VoIP, satellite and
    // other services, not mobile handsets. Whole blocks rather than a list of today's codes, so a
    // newly opened operator code in a mobile block is not refused.
    if (national.at(0) != u'7')
        return {};
    const QChar block = national.at(1);
    if (block != u'0' && block != u'4' && block != u'7')
        return {};
    return QStringLiteral("+7") + national;
}

bool isValidEmail(const QString &text)
{
    // A practical check, not all of RFC 5322: one '@', an unquoted ASCII local part without
    // leading, trailing or doubled dots, and a domain of at least two ASCII labels whose last
    // label is not numeric. ASCII only on purpose: a Cyrillic letter typed with the wrong keyboard
    // layout looks identical to its Latin twin and would send the notices nowhere; an
    // internationalised domain is accepted in its "xn--" form.
    if (text.size() > 254)
        return false;
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || at != text.lastIndexOf(u'@'))
        return false;
    const QStringView local = QStringView(text).left(at);
    const QStringView domain = QStringView(text).mid(at + 1);

    if (local.size() > 64 || local.front() == u'.' || local.back() == u'.' || local.contains(u".."))
        return false;
    for (const QChar c : local)
        if (c != u'.' && !isEmailLocalChar(c))
            return false;

    const QList<QStringView> labels = domain.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QStringView label : labels)
        if (!isDomainLabel(label))
            return false;
    const QStringView topLevel = labels.constLast();
    if (topLevel.size() < 2)
        return false;
    bool allDigits = true;
    for (const QChar c : topLevel)
        allDigits = allDigits && isAsciiDigit(c);
    return !allDigits;
}

Issues validateApplication(const Application &application, const ValidationContext &context)
{
    Issues issues;
    const RuleSettings &settings = context.settings;

    // Every date rule is measured on the filing date (RULES 3.2: "on the filing date"), which is
    // today for an application being filed now. "In the future" therefore means after the filing
    // date: nobody signs or is born after the application was filed.
    const QDateTime filedAt = application.filedAt.isValid() ? application.filedAt : context.now;
    const QDate filingDate = filedAt.toLocalTime().date();

    // Applicant (RULES 3.1): the patronymic is optional ("if any").
    requireText(issues, application.applicant.surname, Field::ApplicantSurname);
    requireText(issues, application.applicant.name, Field::ApplicantName);
    checkIin(issues, application.applicantIin, Field::ApplicantIin);
    requireText(issues, application.applicantAddress, Field::ApplicantAddress);
    requireText(issues, application.settlement, Field::Settlement);

    // Child
    requireText(issues, application.child.surname, Field::ChildSurname);
    requireText(issues, application.child.name, Field::ChildName);
    if (const std::optional<Iin> childIin = checkIin(issues, application.childIin, Field::ChildIin)) {
        // RULES 9: what the digits say about the child is a hint; a mismatch only warns.
        issues.append(childIin->warningsAgainst(application.childBirthDate, application.childSex,
                                                Field::ChildIin));
    }
    const QDate &birthDate = application.childBirthDate;
    if (!birthDate.isValid()) {
        issues.append(Issue::error(Field::ChildBirthDate, Rule::Required));
    } else if (filingDate.isValid()) {
        if (birthDate > filingDate) {
            issues.append(Issue::error(Field::ChildBirthDate, Rule::BirthDateInFuture));
        } else if (completedYears(birthDate, filingDate) >= settings.maxChildAgeYears) {
            // RULES 3.2 [P]: the queue covers children under 6 on the filing date.
            issues.append(Issue::error(Field::ChildBirthDate, Rule::ChildTooOld));
        }
    }

    // Category proof (RULES 3.2). Type, number and issue date identify and date the document,
    // so they are required; the issuer is recorded when given but not required, since the copy
    // itself is kept with the application and shows it.
    if (Categories::requiresDocument(application.category)) {
        const CategoryDocument &document = application.categoryDocument;
        if (document.isEmpty()) {
            issues.append(Issue::error(Field::Category, Rule::CategoryDocumentRequired));
        } else {
            requireText(issues, document.type, Field::CategoryDocumentType);
            requireText(issues, document.number, Field::CategoryDocumentNumber);
            if (!document.issueDate.isValid())
                issues.append(Issue::error(Field::CategoryDocumentIssueDate, Rule::Required));
            else if (filingDate.isValid() && document.issueDate > filingDate)
                // A document cannot be issued after the application that cites it: a typing error.
                issues.append(Issue::error(Field::CategoryDocumentIssueDate, Rule::OutOfRange));
        }
        // RULES 3.2 [P]: a certificate from the place of service or work older than allowed on
        // the filing date is a warning; the clerk decides.
        if (Categories::documentExpires(application.category) && document.issueDate.isValid()
            && filingDate.isValid()
            && document.issueDate.addMonths(settings.categoryDocumentMaxAgeMonths) < filingDate) {
            issues.append(Issue::warning(Field::CategoryDocumentIssueDate, Rule::CategoryDocumentTooOld));
        }
    }

    // Wishes (RULES 4.2): up to four kindergartens, each once. Blank entries are empty slots of
    // the form, not choices.
    QStringList kindergartens;
    for (const QString &id : application.preferredKindergartens)
        if (!isBlank(id))
            kindergartens.append(id.trimmed());
    if (kindergartens.size() > settings.maxPreferredKindergartens)
        issues.append(Issue::error(Field::PreferredKindergartens, Rule::TooManyKindergartens));
    if (QSet<QString>(kindergartens.cbegin(), kindergartens.cend()).size() != kindergartens.size())
        issues.append(Issue::error(Field::PreferredKindergartens, Rule::DuplicateKindergarten));

    // Notification channels (RULES 3.2): at most two mobile numbers, an e-mail, at least one of
    // them [Q]. An invalid channel is reported as such, not also as a missing one.
    QStringList phones;
    for (const QString &phone : application.phones)
        if (!isBlank(phone))
            phones.append(phone);
    if (phones.size() > settings.maxPhones)
        issues.append(Issue::error(Field::Phones, Rule::TooManyPhones));
    for (const QString &phone : std::as_const(phones))
        if (normalizeMobileNumber(phone).isEmpty())
            issues.append(Issue::error(Field::Phones, Rule::PhoneNotKazakhMobile, phone.trimmed()));
    const QString email = application.email.trimmed();
    if (!email.isEmpty() && !isValidEmail(email))
        issues.append(Issue::error(Field::Email, Rule::EmailInvalid));
    if (phones.isEmpty() && email.isEmpty())
        issues.append(Issue::error(Field::Phones, Rule::NoNotificationChannel));

    // Consent and signature (Appendix 1, last lines).
    if (!application.consent)
        issues.append(Issue::error(Field::Consent, Rule::ConsentRequired));
    if (!application.signatureDate.isValid())
        issues.append(Issue::error(Field::SignatureDate, Rule::Required));
    else if (filingDate.isValid() && application.signatureDate > filingDate)
        issues.append(Issue::error(Field::SignatureDate, Rule::SignatureDateInFuture));

    // Issue 14 item 7: every text within its field's limit, the same here, in the importers and
    // on the queue server (they all validate with this function).
    FieldLimits::check(issues, application.applicant.surname, Field::ApplicantSurname);
    FieldLimits::check(issues, application.applicant.name, Field::ApplicantName);
    FieldLimits::check(issues, application.applicant.patronymic, Field::ApplicantPatronymic);
    FieldLimits::check(issues, application.applicantAddress, Field::ApplicantAddress);
    FieldLimits::check(issues, application.settlement, Field::Settlement);
    FieldLimits::check(issues, application.child.surname, Field::ChildSurname);
    FieldLimits::check(issues, application.child.name, Field::ChildName);
    FieldLimits::check(issues, application.child.patronymic, Field::ChildPatronymic);
    FieldLimits::check(issues, application.categoryDocument.type, Field::CategoryDocumentType);
    FieldLimits::check(issues, application.categoryDocument.number, Field::CategoryDocumentNumber);
    FieldLimits::check(issues, application.categoryDocument.issuer, Field::CategoryDocumentIssuer);
    FieldLimits::check(issues, application.preferredKindergartens, Field::PreferredKindergartens);
    FieldLimits::check(issues, application.phones, Field::Phones);
    FieldLimits::check(issues, application.email, Field::Email);

    return issues;
}
