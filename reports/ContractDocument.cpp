#include "ContractDocument.h"

#include "DocumentFormat.h"
#include "DocumentRenderer.h"
#include "DocumentTemplate.h"

#include <QTextDocument>

using DocumentFormat::flag;
using DocumentFormat::orBlank;

QString ContractDocument::languageCode(ContractLanguage language)
{
    switch (language) {
    case ContractLanguage::Kazakh:
        return QStringLiteral("kk");
    case ContractLanguage::Russian:
        return QStringLiteral("ru");
    case ContractLanguage::Bilingual:
        break;
    }
    return QStringLiteral("kk+ru");
}

std::optional<ContractLanguage> ContractDocument::languageFromCode(const QString &code)
{
    if (code == QLatin1String("kk"))
        return ContractLanguage::Kazakh;
    if (code == QLatin1String("ru"))
        return ContractLanguage::Russian;
    if (code == QLatin1String("kk+ru"))
        return ContractLanguage::Bilingual;
    return std::nullopt;
}

QString ContractDocument::templateFileName(ContractLanguage language)
{
    return QStringLiteral("contract_%1.html").arg(languageCode(language).remove(u'+'));
}

ContractLanguage ContractDocument::defaultLanguage(const Direction &direction)
{
    return direction.groupLanguage == TeachingLanguage::Russian ? ContractLanguage::Russian : ContractLanguage::Kazakh;
}

QHash<QString, QString> ContractDocument::values(const ContractDocumentData &data, ContractLanguage language)
{
    Q_UNUSED(language) // every template picks its language's values by their suffix
    const KindergartenProfile &profile = data.profile;
    const Direction &direction = data.direction;
    const ContractRecord &contract = data.contract;

    QHash<QString, QString> values;
    // RULES 12 item 1: title, number, city, date. A draft has no number yet.
    values.insert(QStringLiteral("draft"), flag(data.draft));
    values.insert(QStringLiteral("contract_number"),
                  contract.number.isEmpty() ? QStringLiteral("\u2014") : contract.number);
    values.insert(QStringLiteral("contract_date"), orBlank(DocumentFormat::date(contract.date)));
    // RULES 11: the code the server confirms; a draft is not recorded, so it has none.
    const QString code = data.draft ? QString() : contract.verificationCode;
    values.insert(QStringLiteral("verification_code"), code);
    values.insert(QStringLiteral("city_kk"), orBlank(profile.cityKk));
    values.insert(QStringLiteral("city_ru"), orBlank(profile.cityRu));

    // RULES 12 item 2: the parties.
    values.insert(QStringLiteral("kindergarten_name_kk"), orBlank(profile.nameKk));
    values.insert(QStringLiteral("kindergarten_name_ru"), orBlank(profile.nameRu));
    values.insert(QStringLiteral("kindergarten_bin"), orBlank(profile.bin));
    values.insert(QStringLiteral("kindergarten_address_kk"), orBlank(profile.addressKk));
    values.insert(QStringLiteral("kindergarten_address_ru"), orBlank(profile.addressRu));
    values.insert(QStringLiteral("kindergarten_phone"), DocumentFormat::unbreakable(profile.phone));
    values.insert(QStringLiteral("bank"), profile.bank);
    values.insert(QStringLiteral("account"), profile.account);
    values.insert(QStringLiteral("bik"), profile.bik);
    values.insert(QStringLiteral("head_name"), orBlank(profile.headName));

    values.insert(QStringLiteral("parent_name"), orBlank(contract.parent.fullName()));
    values.insert(QStringLiteral("parent_iin"), orBlank(contract.parentIin));
    // Typed by the clerk: each language's text marks them when they are in the other language.
    // Issue 13 item 1: the ID document asked for in parts prints in each template's own words,
    // only an "other" kind or authority as the clerk typed it (marked when in the other language);
    // a contract recorded before with its free text prints that (id_free_text).
    const IdDocument &document = contract.parentIdDocumentDetails;
    const bool structured = document.isStructured();
    values.insert(QStringLiteral("id_structured"), flag(structured));
    values.insert(QStringLiteral("id_free_text"), flag(!structured));
    DocumentFormat::insertTypedText(values, QStringLiteral("parent_id_document"), contract.parentIdDocument,
                                    orBlank(contract.parentIdDocument));
    values.insert(QStringLiteral("id_identity_card"), flag(document.kind == IdDocumentKind::IdentityCard));
    values.insert(QStringLiteral("id_passport"), flag(document.kind == IdDocumentKind::Passport));
    values.insert(QStringLiteral("id_residence_permit"), flag(document.kind == IdDocumentKind::ResidencePermit));
    values.insert(QStringLiteral("id_stateless_certificate"),
                  flag(document.kind == IdDocumentKind::StatelessCertificate));
    values.insert(QStringLiteral("id_other_kind"), flag(document.kind == IdDocumentKind::Other));
    DocumentFormat::insertTypedText(values, QStringLiteral("id_kind"), document.kindText, document.kindText);
    // The number and the date stay on one line with the sign before them.
    values.insert(QStringLiteral("id_number"), DocumentFormat::unbreakable(document.number));
    values.insert(QStringLiteral("id_issued_on"), orBlank(DocumentFormat::date(document.issuedOn)));
    values.insert(QStringLiteral("id_issuer_internal_affairs"),
                  flag(document.issuer == IdDocumentIssuer::InternalAffairs));
    values.insert(QStringLiteral("id_issuer_justice"), flag(document.issuer == IdDocumentIssuer::Justice));
    values.insert(QStringLiteral("id_issuer_other"), flag(document.issuer == IdDocumentIssuer::Other));
    DocumentFormat::insertTypedText(values, QStringLiteral("id_issuer"), document.issuerText, document.issuerText);
    DocumentFormat::insertTypedText(values, QStringLiteral("parent_address"), contract.parentAddress,
                                    orBlank(contract.parentAddress));
    values.insert(QStringLiteral("parent_phones"), orBlank(DocumentFormat::phones(contract.phones)));

    values.insert(QStringLiteral("child_name"), orBlank(direction.child.fullName()));
    values.insert(QStringLiteral("child_iin"), orBlank(direction.childIin));
    values.insert(QStringLiteral("child_birth_date"), orBlank(DocumentFormat::date(direction.childBirthDate)));
    values.insert(QStringLiteral("direction_number"), orBlank(direction.number));
    values.insert(QStringLiteral("direction_date"),
                  orBlank(direction.issuedAt.isValid() ? DocumentFormat::date(direction.issuedAt.toLocalTime().date())
                                                       : QString()));

    // RULES 12 item 3: the subject. The words for language and mode are the template's.
    values.insert(QStringLiteral("group_name"), orBlank(direction.groupName));
    values.insert(QStringLiteral("group_special"), flag(direction.groupType == GroupType::Special));
    values.insert(QStringLiteral("group_lang_kk"), flag(direction.groupLanguage == TeachingLanguage::Kazakh));
    values.insert(QStringLiteral("group_lang_ru"), flag(direction.groupLanguage == TeachingLanguage::Russian));
    values.insert(QStringLiteral("group_lang_other"),
                  flag(direction.groupLanguage != TeachingLanguage::Kazakh
                       && direction.groupLanguage != TeachingLanguage::Russian));
    values.insert(QStringLiteral("mode_full_day"), flag(direction.workingMode == WorkingMode::FullDay));
    values.insert(QStringLiteral("mode_half_day"), flag(direction.workingMode == WorkingMode::HalfDay));
    values.insert(QStringLiteral("mode_round_the_clock"), flag(direction.workingMode == WorkingMode::RoundTheClock));
    const QDate startsOn = contract.startsOn.isValid() ? contract.startsOn : direction.admissionStartsOn;
    values.insert(QStringLiteral("starts_on"), orBlank(DocumentFormat::date(startsOn)));
    const bool temporary = direction.admissionMode == AdmissionMode::TemporaryStay;
    values.insert(QStringLiteral("temporary"), flag(temporary));
    values.insert(QStringLiteral("temporary_until"),
                  temporary ? orBlank(DocumentFormat::date(direction.temporaryUntil)) : QString());

    // RULES 12 item 6: the parental fee.
    values.insert(QStringLiteral("fee_charged"), flag(profile.feeAmount > 0));
    values.insert(QStringLiteral("fee_free"), flag(profile.feeAmount <= 0));
    values.insert(QStringLiteral("fee_amount"), DocumentFormat::money(profile.feeAmount));
    values.insert(QStringLiteral("fee_due_day"), QString::number(profile.feeDueDay));
    values.insert(QStringLiteral("fee_terms_kk"), profile.feeTermsKk.trimmed());
    values.insert(QStringLiteral("fee_terms_ru"), profile.feeTermsRu.trimmed());

    // RULES 12 item 11 / 6.2: documents owed under an emergency deferral, only when there are any.
    values.insert(QStringLiteral("deferred"), flag(!contract.deferredItems.isEmpty()));
    for (const ChecklistItem item : {ChecklistItem::HealthPassport, ChecklistItem::HealthCertificate,
                                     ChecklistItem::PmpcConclusion})
        values.insert(QStringLiteral("deferred_item_%1").arg(int(item)), flag(contract.deferredItems.contains(item)));
    return values;
}

QString ContractDocument::html(const ContractDocumentData &data, ContractLanguage language,
                               const QStringList &templateFolders)
{
    return DocumentTemplate::loadFilled(templateFileName(language), templateFolders, values(data, language));
}

std::unique_ptr<QTextDocument> ContractDocument::document(const ContractDocumentData &data, ContractLanguage language,
                                                          const QStringList &templateFolders)
{
    return DocumentRenderer::makeDocument(html(data, language, templateFolders));
}

Status ContractDocument::writePdf(const ContractDocumentData &data, ContractLanguage language, const QString &filePath,
                                  const QStringList &templateFolders)
{
    return DocumentRenderer::writePdf(*document(data, language, templateFolders), filePath);
}

QString ContractDocument::suggestedFileName(const ContractDocumentData &data, ContractLanguage language)
{
    const QString code = languageCode(language).remove(u'+');
    const QString id = data.draft || data.contract.number.isEmpty()
        ? QStringLiteral("draft_") + DocumentFormat::fileNamePart(data.direction.number)
        : DocumentFormat::fileNamePart(data.contract.number);
    return QStringLiteral("contract_%1_%2.pdf").arg(id, code);
}
