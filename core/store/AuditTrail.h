#pragma once

#include "domain/Expected.h"
#include "store/Journal.h"
#include "store/PrintedDocuments.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class Database;

// DESIGN 9: every read of a child's personal data at the desk, with who read it and when. Kept in
// the journal (entity "audit", so that an application's own history lists only its changes): the
// entry's actor and time say who and when, its entity id and payload what.
namespace AuditTrail {

inline QString entity() { return QStringLiteral("audit"); }

// The documents whose printing is audited: each lists or names children. (The bulletins of places
// name none and are not audited.)
namespace Documents {
inline QString application() { return QStringLiteral("application"); }
inline QString receipt() { return QStringLiteral("receipt"); }
inline QString contract() { return QStringLiteral("contract"); }
inline QString refusal() { return QStringLiteral("refusal"); }
// The queue server's answer to "why not us?" for an application (ExplanationDocument).
inline QString explanation() { return QStringLiteral("explanation"); }
// "register_" + RegisterDocument::kindCode: register_contracts, register_refusals,
// register_service_times, register_complaints.
inline QString register_(const QString &kindCode) { return QStringLiteral("register_") + kindCode; }
inline QString audit() { return QStringLiteral("audit"); }
} // namespace Documents

// The subject id of a printed register or audit: its period as an ISO 8601 interval.
inline QString periodId(const QDate &from, const QDate &to)
{
    return from.toString(Qt::ISODate) + u'/' + to.toString(Qt::ISODate);
}

// The details of an application were opened (Events::personalDataViewed).
Status recordViewed(const std::shared_ptr<Database> &store, const QString &applicationId, const QString &actor,
                    const QDateTime &at);
// A document with personal data was printed or saved as PDF (Events::documentPrinted); `document`
// names it (one of Documents below), `subjectId` the record it was printed for: the application's
// id, the direction's number (receipt), the contract's or the refusal's number, or the period of a
// register ("2026-12-01/2026-12-04").
Status recordPrinted(const std::shared_ptr<Database> &store, const QString &document, const QString &subjectId,
                     const QString &actor, const QDateTime &at);
// The same for a document that carries a verification code (RULES 11): the audit entry (with the
// code in its payload) and the command that sends the code to the queue server
// (PrintedDocuments::enqueue) in one transaction.
Status recordPrinted(const std::shared_ptr<Database> &store, const QString &document, const QString &subjectId,
                     const PrintedDocument &printed, const QString &actor, const QDateTime &at);

// The audit entries of the days from..to (local days, both included), oldest first.
Expected<QList<JournalEntry>> between(const std::shared_ptr<Database> &store, const QDate &from, const QDate &to);

} // namespace AuditTrail
