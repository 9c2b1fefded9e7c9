#include "ApplicationDocument.h"

#include "DocumentRenderer.h"
#include "DocumentTemplate.h"
#include "store/ApplicationJson.h"
#include "store/CanonicalJson.h"

#include <QRegularExpression>
#include <QTextDocument>

namespace {

// A line for the applicant to fill in by hand where the application has no value.
const QString blank = QStringLiteral("____________________");

// What the paper form shows in the chosen category's box and in the others.
const QString checkedBox = QStringLiteral("\u2612");   // ☒
const QString uncheckedBox = QStringLiteral("\u2610"); // ☐

QString orBlank(const QString &value)
{
    return value.trimmed().isEmpty() ? blank : value;
}

QString formatDate(const QDate &date, DocumentLanguage language)
{
    return date.isValid() ? DocumentLanguages::locale(language).toString(date, QStringLiteral("dd.MM.yyyy")) : QString();
}

// +77011234567 -> +7 701 123 45 67, as people write it; anything else as stored.
QString formatPhone(const QString &phone)
{
    static const QRegularExpression kazakhMobile(QStringLiteral("^\\+7(\\d{3})(\\d{3})(\\d{2})(\\d{2})$"));
    const QRegularExpressionMatch match = kazakhMobile.match(phone);
    if (!match.hasMatch())
        return phone;
    return QStringLiteral("+7 %1 %2 %3 %4").arg(match.captured(1), match.captured(2), match.captured(3), match.captured(4));
}

QString templateFileName(DocumentLanguage language)
{
    return QStringLiteral("application_") + DocumentLanguages::code(language) + QStringLiteral(".html");
}

} // namespace

QString ApplicationDocument::number(const Application &application)
{
    return application.id;
}

QString ApplicationDocument::verificationCode(const Application &application)
{
    return CanonicalJson::sha256Hex(ApplicationJson::toJson(application)).left(10);
}

QHash<QString, QString> ApplicationDocument::values(const Application &application, DocumentLanguage language,
                                                    const ApplicationDocumentExtras &extras)
{
    QHash<QString, QString> values;
    values.insert(QStringLiteral("application_number"), number(application));
    // The application's date is the day it was filed (RULES 3.3 orders by it).
    const QDate filedOn = application.filedAt.isValid() ? application.filedAt.toLocalTime().date()
                                                        : application.signatureDate;
    values.insert(QStringLiteral("application_date"), orBlank(formatDate(filedOn, language)));
    values.insert(QStringLiteral("verification_code"), verificationCode(application));

    values.insert(QStringLiteral("service_provider"), orBlank(extras.serviceProvider));
    values.insert(QStringLiteral("applicant_full_name"), orBlank(application.applicant.fullName()));
    values.insert(QStringLiteral("applicant_address"), orBlank(application.applicantAddress));
    values.insert(QStringLiteral("applicant_iin"), orBlank(application.applicantIin));
    values.insert(QStringLiteral("settlement"), orBlank(application.settlement));

    values.insert(QStringLiteral("child_full_name"), orBlank(application.child.fullName()));
    values.insert(QStringLiteral("child_iin"), orBlank(application.childIin));
    // The form asks the year of birth ("____ жылы туған").
    values.insert(QStringLiteral("child_birth_year"),
                  application.childBirthDate.isValid() ? QString::number(application.birthYear()) : blank);

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
    values.insert(QStringLiteral("document_issue_date"), formatDate(proof.issueDate, language));

    QStringList phones;
    for (const QString &phone : application.phones)
        phones << formatPhone(phone);
    values.insert(QStringLiteral("phones"), orBlank(phones.join(QStringLiteral(", "))));
    values.insert(QStringLiteral("email"), orBlank(application.email));

    values.insert(QStringLiteral("consent_mark"), application.consent ? checkedBox : uncheckedBox);
    values.insert(QStringLiteral("signature_date"), orBlank(formatDate(application.signatureDate, language)));
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
