#pragma once

#include "domain/Expected.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

class Database;

// RULES 11: every printed document carries its number, its date and a short verification code
// that the queue server can confirm (GET /api/v1/verify/CODE). A contract and a refusal letter
// reach the server with their records (record_enrollment, record_refusal, which carry the code);
// every other document's code is sent when it is printed, as the outbox command
// `record_printed_document` with the payload toJson() below (docs/api.md), so that the server can
// answer for it too: what it is, its number and date, the kindergarten, never personal data.
struct PrintedDocument
{
    QString document;         // PrintedDocuments::isKnownDocument: application, receipt, ...
    QString number;           // the application's number, the direction's number, a period, a kind
    QDate date;               // the document's date (filing, service, printing, the bulletin's day)
    QString verificationCode; // 10 lowercase hex digits, as printed
    int records = -1;         // the rows of a register, an audit or a bulletin; -1 for a single record
};

namespace PrintedDocuments {

// The documents whose codes travel this way. The application and the receipt name their record;
// registers, the audit and the bulletins list records for a period or a day.
inline QString application() { return QStringLiteral("application"); }
inline QString receipt() { return QStringLiteral("receipt"); }
inline QString audit() { return QStringLiteral("audit"); }
// "register_" + RegisterDocument::kindCode (contracts, refusals, service_times, complaints).
inline QString register_(const QString &kindCode) { return QStringLiteral("register_") + kindCode; }
// "bulletin_" + PlaceStore::bulletinKindCode (freed, withdrawn).
inline QString bulletin(const QString &kindCode) { return QStringLiteral("bulletin_") + kindCode; }

bool isKnownDocument(const QString &document);
// 10 hex digits (lowercase or not).
bool isVerificationCode(const QString &code);

// A daily bulletin's code, the same at the desk (BulletinDocument) and at the queue server
// (`bulletin --json`): the first 10 hex digits of the SHA-256 of the canonical JSON of its kind
// ("freed", "withdrawn"), its day, the kindergarten (empty for the whole region) and its places'
// ids in the bulletin's order.
QString bulletinCode(const QString &kindCode, const QDate &day, const QString &kindergartenId, const QStringList &placeIds);

// {"document", "number", "date": "YYYY-MM-DD", "verification_code", "records" (when >= 0)}.
QJsonObject toJson(const PrintedDocument &printed);
// The payload as the server reads it; nullopt with `problem` naming the first wrong field.
std::optional<PrintedDocument> fromJson(const QJsonObject &payload, QString *field = nullptr, QString *problem = nullptr);

// The outbox command record_printed_document, in the caller's transaction (AuditTrail writes it
// with the audit entry of the printing).
Expected<QString> enqueue(QSqlDatabase db, const PrintedDocument &printed, const QString &clerk, const QDateTime &at);

// A document whose printing is not audited (the bulletins of places name no child): a journal
// entry (Events::documentCodeIssued, entity printed_document) and the command in one transaction.
Status record(const std::shared_ptr<Database> &store, const PrintedDocument &printed, const QString &actor,
              const QDateTime &at);

} // namespace PrintedDocuments
