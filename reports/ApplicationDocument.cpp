#include "ApplicationDocument.h"

#include "domain/ApplicationNumber.h"
#include "DocumentFormat.h"
#include "DocumentRenderer.h"
#include "DocumentTemplate.h"
#include "store/ApplicationJson.h"
#include "store/CanonicalJson.h"

#include <QRegularExpression>
#include <QTextDocument>

namespace {

// What the paper form shows in the chosen category's box and in the others.
const QString checkedBox = QStringLiteral("\u2612");   // ☒
const QString uncheckedBox = QStringLiteral("\u2610"); // ☐

QString templateFileName(DocumentLanguage language)
{
    return QStringLiteral("application_") + DocumentLanguages::code(language) + QStringLiteral(".html");
}

} // namespace

QString ApplicationDocument::number(const Application &application)
{
    // Issue 13 item 1: the number the parent can quote; an application without one (registered
    // before numbers existed, or imported without one) prints its id as before.
    return ApplicationNumbers::shown(application.number, application.id);
}

QString ApplicationDocument::verificationCode(const Application &application)
{
    return CanonicalJson::sha256Hex(ApplicationJson::toJson(application)).left(10);
}

PrintedDocument ApplicationDocument::printed(const Application &application)
{
    PrintedDocument printed;
    printed.document = PrintedDocuments::application();
    printed.number = number(application);
    printed.date = application.filedAt.isValid() ? application.filedAt.toLocalTime().date() : application.signatureDate;
    printed.verificationCode = verificationCode(application);
    return printed;
}

QString ApplicationDocument::serviceProvider(const KindergartenProfile &profile, DocumentLanguage language)
{
    const QString own = (language == DocumentLanguage::Russian ? profile.nameRu : profile.nameKk).trimmed();
    const QString other = (language == DocumentLanguage::Russian ? profile.nameKk : profile.nameRu).trimmed();
    return own.isEmpty() ? other : own;
}

// Nothing here depends on the language (dates are written alike in both, DocumentFormat::date);
// the template holds every word.
QHash<QString, QString> ApplicationDocument::values(const Application &application, DocumentLanguage /*language*/,
                                                    const ApplicationDocumentExtras &extras)
{
    QHash<QString, QString> values;
    values.insert(QStringLiteral("application_number"), number(application));
    // The application's date is the day it was filed (RULES 3.3 orders by it).
    const QDate filedOn = application.filedAt.isValid() ? application.filedAt.toLocalTime().date()
                                                        : application.signatureDate;
    values.insert(QStringLiteral("application_date"), DocumentFormat::orBlank(DocumentFormat::date(filedOn)));
    values.insert(QStringLiteral("verification_code"), verificationCode(application));

    values.insert(QStringLiteral("service_provider"), DocumentFormat::orBlank(extras.serviceProvider));
    values.insert(QStringLiteral("applicant_full_name"), DocumentFormat::orBlank(application.applicant.fullName()));
    values.insert(QStringLiteral("applicant_address"), DocumentFormat::orBlank(application.applicantAddress));
    values.insert(QStringLiteral("applicant_iin"), DocumentFormat::orBlank(application.applicantIin));
    values.insert(QStringLiteral("settlement"), DocumentFormat::orBlank(application.settlement));

    values.insert(QStringLiteral("child_full_name"), DocumentFormat::orBlank(application.child.fullName()));
    values.insert(QStringLiteral("child_iin"), DocumentFormat::orBlank(application.childIin));
    // The form asks the year of birth ("____ жылы туған").
    values.insert(QStringLiteral("child_birth_year"),
                  application.childBirthDate.isValid() ? QString::number(application.birthYear()) : DocumentFormat::blank());

    QStringList kindergartens;
    for (const QString &id : application.preferredKindergartens)
        kindergartens << extras.kindergartenNames.value(id, id);
    values.insert(QStringLiteral("preferred_kindergartens"), kindergartens.join(QStringLiteral("; ")));

    // RULES 3.1: exactly one of the ten categories is marked.
    for (const Category category : Categories::all()) {
        const bool chosen = category == application.category;
        values.insert(QStringLiteral("mark_%1").arg(Categories::code(category)), chosen ? checkedBox : uncheckedBox);
        // A CSS class for the chosen item's text (the template's style sheet makes it bold).
        values.insert(QStringLiteral("category_%1").arg(Categories::code(category)),
                      chosen ? QStringLiteral("chosen") : QString());
    }
    const CategoryDocument &proof = application.categoryDocument;
    values.insert(QStringLiteral("category_document"), proof.isEmpty() ? QString() : QStringLiteral("yes"));
    values.insert(QStringLiteral("document_type"), proof.type);
    values.insert(QStringLiteral("document_number"), proof.number);
    values.insert(QStringLiteral("document_issuer"), proof.issuer);
    values.insert(QStringLiteral("document_issue_date"), DocumentFormat::date(proof.issueDate));

    QStringList phones;
    for (const QString &phone : application.phones)
        phones << DocumentFormat::phone(phone);
    values.insert(QStringLiteral("phones"), DocumentFormat::orBlank(phones.join(QStringLiteral(", "))));
    values.insert(QStringLiteral("email"), DocumentFormat::orBlank(application.email));

    values.insert(QStringLiteral("consent_mark"), application.consent ? checkedBox : uncheckedBox);
    values.insert(QStringLiteral("signature_date"), DocumentFormat::orBlank(DocumentFormat::date(application.signatureDate)));
    return values;
}

QString ApplicationDocument::html(const Application &application, DocumentLanguage language,
                                  const ApplicationDocumentExtras &extras)
{
    const QString templateText = DocumentTemplate::load(templateFileName(language), extras.templateFolders);
    if (templateText.isEmpty())
        return {};
    return DocumentTemplate::fill(templateText, values(application, language, extras)).html;
}

std::unique_ptr<QTextDocument> ApplicationDocument::document(const Application &application, DocumentLanguage language,
                                                             const ApplicationDocumentExtras &extras)
{
    return DocumentRenderer::makeDocument(html(application, language, extras));
}

Status ApplicationDocument::writePdf(const Application &application, DocumentLanguage language, const QString &filePath,
                                     const ApplicationDocumentExtras &extras)
{
    // Never empty: every DocumentLanguage has a built-in template (tst_applicationdocument).
    const std::unique_ptr<QTextDocument> rendered = DocumentRenderer::makeDocument(html(application, language, extras));
    return DocumentRenderer::writePdf(*rendered, filePath, rendered->metaInformation(QTextDocument::DocumentTitle));
}
