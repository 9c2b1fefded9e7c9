#pragma once

#include "store/PrintedDocuments.h"

#include "DocumentLanguage.h"
#include "domain/Expected.h"
#include "domain/KindergartenProfile.h"
#include "store/AuditTrail.h" // JournalEntry, as AuditTrail::between gives it

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class Database;
class QTextDocument;

// The audit of reads of a child's personal data for a period (DESIGN 9, issue 13 item 3), its
// entries already read, so that printing is a pure function of this value. Fill it by hand or
// with AuditDocument::build.
struct AuditDocumentData
{
    QDate from; // period, both ends inclusive
    QDate to;
    KindergartenProfile profile;
    QDateTime printedAt;
    QList<JournalEntry> entries; // AuditTrail::between, oldest first
};

// The audit as a document (a table on A4) from resources/templates/audit_<kk|ru>.html, for the
// head to sign: time, user, what was read or printed, which record.
namespace AuditDocument {

QString templateFileName(DocumentLanguage language);

// The entries of [from, to] (AuditTrail::between). Errors: Rule::PeriodEndBeforeStart, store errors.
Expected<AuditDocumentData> build(const QDate &from, const QDate &to, const std::shared_ptr<Database> &database,
                                  const KindergartenProfile &profile, const QDateTime &now);

// RULES 11: the first 10 hex digits of the SHA-256 of the canonical JSON of the period, the
// kindergarten and the journal numbers of the entries in order.
QString verificationCode(const AuditDocumentData &data);
// What the queue server keeps of the printed audit (RULES 11): the period, the day printed, the
// code and the number of entries.
PrintedDocument printed(const AuditDocumentData &data);

QHash<QString, QString> values(const AuditDocumentData &data, DocumentLanguage language);
// One value map per entry: time, user, record, and one flag naming what was done (viewed,
// doc_application, doc_receipt, doc_contract, doc_refusal, doc_register_contracts, ...,
// doc_audit; doc_other with `document` for a name the template does not know).
QList<QHash<QString, QString>> rowValues(const AuditDocumentData &data);

QString html(const AuditDocumentData &data, DocumentLanguage language, const QStringList &templateFolders = {});
std::unique_ptr<QTextDocument> document(const AuditDocumentData &data, DocumentLanguage language,
                                        const QStringList &templateFolders = {});
Status writePdf(const AuditDocumentData &data, DocumentLanguage language, const QString &filePath,
                const QStringList &templateFolders = {});

// "audit_2026-12-01_2026-12-04_kk.pdf".
QString suggestedFileName(const AuditDocumentData &data, DocumentLanguage language);

} // namespace AuditDocument
