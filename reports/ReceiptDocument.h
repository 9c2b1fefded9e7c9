#pragma once

#include "store/PrintedDocuments.h"

#include "DocumentLanguage.h"
#include "domain/Checklist.h"
#include "domain/Direction.h"
#include "domain/Expected.h"
#include "domain/KindergartenProfile.h"
#include "domain/ServiceSession.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QTextDocument;

// Everything the receipt of documents prints (RULES 6.2, issue 4 item 3).
struct ReceiptDocumentData
{
    KindergartenProfile profile;
    Direction direction;
    ServiceSession session;          // channel, times, clerk, the checklist (what was presented)
    QList<ChecklistItem> required;   // ChecklistEvaluation::required
    QList<ChecklistItem> deferred;   // ChecklistEvaluation::deferred (owed under the emergency deferral)
};

// The receipt of documents (қолхат / расписка) from resources/templates/receipt_<kk|ru>.html:
// which of the six items were taken and in what form (office / portal), which are owed later,
// when and by whom, for which direction and child.
namespace ReceiptDocument {

QString templateFileName(DocumentLanguage language); // receipt_kk.html, receipt_ru.html

// The receipt's number: the session id's first 8 hex digits, upper case ("—" without a session).
QString number(const ReceiptDocumentData &data);
// RULES 11: the first 10 hex digits of the SHA-256 of the canonical JSON of what the receipt
// states (session id, direction, channel, stage times, clerk, checklist, required and deferred items).
QString verificationCode(const ReceiptDocumentData &data);
// What the queue server keeps of the printed receipt (RULES 11): the direction's number, the
// receipt's day (`today` when the session has no stage yet), the code.
PrintedDocument printed(const ReceiptDocumentData &data, const QDate &today);

// Placeholder values (plain text). Per item N (1..6): "item_N_required", "item_N_taken",
// "item_N_missing", "item_N_deferred", "item_N_not_required" are "yes" or empty; "channel_office" /
// "channel_portal" likewise.
QHash<QString, QString> values(const ReceiptDocumentData &data, DocumentLanguage language);

QString html(const ReceiptDocumentData &data, DocumentLanguage language, const QStringList &templateFolders = {});

std::unique_ptr<QTextDocument> document(const ReceiptDocumentData &data, DocumentLanguage language,
                                        const QStringList &templateFolders = {});

Status writePdf(const ReceiptDocumentData &data, DocumentLanguage language, const QString &filePath,
                const QStringList &templateFolders = {});

// "receipt_<direction>_kk.pdf".
QString suggestedFileName(const ReceiptDocumentData &data, DocumentLanguage language);

} // namespace ReceiptDocument
