#pragma once

#include "DocumentLanguage.h"
#include "store/PrintedDocuments.h"
#include "domain/Application.h"
#include "domain/Expected.h"
#include "domain/KindergartenProfile.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class QTextDocument;

// What the printed application needs beyond the Application itself.
struct ApplicationDocumentExtras
{
    // The addressee (the service provider: kindergarten or education department), from the
    // settings (ApplicationDocument::serviceProvider); a blank line for the applicant to fill in
    // when empty.
    QString serviceProvider;
    // Names of the preferred kindergartens by id; an id without a name is printed as it is.
    QHash<QString, QString> kindergartenNames;
    // Folders searched for an edited template before the built-in one (DocumentTemplate::load).
    QStringList templateFolders;
};

// The filled Appendix 1 application for the applicant's signature (RULES 3.1, 11): the form's
// wording from resources/templates/application_<kk|ru>.html, the chosen category marked, the
// application's number and date on top, its verification code at the foot.
namespace ApplicationDocument {

// The number printed on the document: the application's id (what `qabyldau-cli print
// application` and the journal know it by).
QString number(const Application &application);
// RULES 11: the first 10 hex digits of the SHA-256 of the application's canonical JSON (the
// `register_application` payload), so the server can confirm the paper matches its record.
QString verificationCode(const Application &application);
// What the queue server keeps of the printed form to confirm its code (RULES 11): its number,
// the day it was filed, the code (store/PrintedDocuments.h).
PrintedDocument printed(const Application &application);

// The addressee the desk and the CLI print: the kindergarten of the profile (Settings), by its
// name in the document's language, or in the other language when that one is missing. Empty
// while the profile has no name: the form keeps its blank line.
QString serviceProvider(const KindergartenProfile &profile, DocumentLanguage language);

// The template's placeholder values for this application (plain text, not yet escaped).
QHash<QString, QString> values(const Application &application, DocumentLanguage language,
                               const ApplicationDocumentExtras &extras = {});

// The filled HTML (from an override folder's template when one is given and readable).
QString html(const Application &application, DocumentLanguage language,
             const ApplicationDocumentExtras &extras = {});

// The document ready to print or preview (A4, embedded font); its title (DocumentTitle meta
// information) comes from the template.
std::unique_ptr<QTextDocument> document(const Application &application, DocumentLanguage language,
                                        const ApplicationDocumentExtras &extras = {});

// Renders and writes the PDF (through a temporary file: a failure leaves no half-written PDF).
Status writePdf(const Application &application, DocumentLanguage language, const QString &filePath,
                const ApplicationDocumentExtras &extras = {});

} // namespace ApplicationDocument
