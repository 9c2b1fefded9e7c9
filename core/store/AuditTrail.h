#pragma once

#include "domain/Expected.h"
#include "store/Journal.h"

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

// The details of an application were opened (Events::personalDataViewed).
Status recordViewed(const std::shared_ptr<Database> &store, const QString &applicationId, const QString &actor,
                    const QDateTime &at);
// A document with personal data was printed (Events::documentPrinted); `document` names it
// ("application", "receipt", "contract", ...), `subjectId` the record it was printed for.
Status recordPrinted(const std::shared_ptr<Database> &store, const QString &document, const QString &subjectId,
                     const QString &actor, const QDateTime &at);

// The audit entries of the days from..to (local days, both included), oldest first.
Expected<QList<JournalEntry>> between(const std::shared_ptr<Database> &store, const QDate &from, const QDate &to);

} // namespace AuditTrail
