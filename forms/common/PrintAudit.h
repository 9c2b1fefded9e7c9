#pragma once

#include "common/DeskContext.h"
#include "domain/Expected.h"
#include "store/AuditTrail.h"

#include <QString>

// DESIGN 9: a document with a child's personal data left the desk (printed or saved as PDF):
// AuditTrail::recordPrinted by the signed-in clerk, at the context's "now". The caller shows a
// failure next to what was printed, never ignores it.
namespace PrintAudit {
inline Status record(const DeskContext &context, const QString &document, const QString &subjectId)
{
    if (!context.store)
        return Issue::error(Field::Store, Rule::StoreCannotOpen);
    return AuditTrail::recordPrinted(context.store, document, subjectId, context.clerk, context.clock->now());
}
// The same, with the document's verification code sent to the queue server (RULES 11).
inline Status record(const DeskContext &context, const QString &document, const QString &subjectId,
                     const PrintedDocument &printed)
{
    if (!context.store)
        return Issue::error(Field::Store, Rule::StoreCannotOpen);
    return AuditTrail::recordPrinted(context.store, document, subjectId, printed, context.clerk, context.clock->now());
}
} // namespace PrintAudit
