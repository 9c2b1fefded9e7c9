#pragma once

#include "DocumentLanguage.h"
#include "domain/Expected.h"
#include "domain/KindergartenProfile.h"
#include "sync/DeskExplanation.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class QTextDocument;

// A parent's "why not us?" on paper (issue 12 item 3): what the queue server answered for one
// application (DeskExplanation, GET /api/v1/explain), printed at the desk for the parent in
// Kazakh or Russian. The server keeps the decisions; the desk only prints its answer.
struct ExplanationDocumentData
{
    KindergartenProfile profile; // the kindergarten that prints it
    QString childName;
    QString childIin;
    QDate childBirthDate;
    QDateTime filedAt;
    qint64 registrationSequence = 0; // 0: not yet registered by the queue server
    DeskExplanation explanation;
    // The kindergartens of the places, by id: {name in Kazakh, name in Russian}.
    QHash<QString, std::pair<QString, QString>> kindergartenNames;
    QDateTime printedAt; // when the answer was printed (it is the server's answer as of then)
    QString clerk;
};

namespace ExplanationDocument {

QString templateFileName(DocumentLanguage language);

// Why the child was passed over, in the document's language (a document's wording, not tr()).
QString reasonText(Distribution::PassReason reason, DocumentLanguage language);

QHash<QString, QString> values(const ExplanationDocumentData &data, DocumentLanguage language);
QList<QHash<QString, QString>> rowValues(const ExplanationDocumentData &data, DocumentLanguage language);

QString html(const ExplanationDocumentData &data, DocumentLanguage language, const QStringList &templateFolders = {});
std::unique_ptr<QTextDocument> document(const ExplanationDocumentData &data, DocumentLanguage language,
                                        const QStringList &templateFolders = {});
Status writePdf(const ExplanationDocumentData &data, DocumentLanguage language, const QString &filePath,
                const QStringList &templateFolders = {});

// "explanation_<child IIN>_kk.pdf".
QString suggestedFileName(const ExplanationDocumentData &data, DocumentLanguage language);

} // namespace ExplanationDocument
