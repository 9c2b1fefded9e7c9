#pragma once

#include "store/PrintedDocuments.h"
#include "store/ServerDb.h"
#include "sync/QueueCommands.h"

#include <QJsonObject>

// Printed documents (RULES 11) on the server: a desk sends the verification code of each document
// it prints that no other command carries (the application, the receipt, the registers, the
// audit, the bulletins: store/PrintedDocuments.h), so that GET /api/v1/verify/CODE can confirm the
// paper. Runs inside the command's write transaction (CommandProcessor).
namespace DocumentCommands {

// Keeps a printed document's code in printed_documents with a journal entry, unless the code is
// known already (false: the first record stays). orgId empty: the whole region's (a bulletin
// `bulletin --json` wrote); deskId and commandId empty when the server itself printed it. In the
// caller's write transaction.
ServerResult<bool> keep(ServerDb &db, const PrintedDocument &printed, const QString &orgId, const QString &deskId,
                        const QString &clerk, const QString &commandId, const QDateTime &now);

// `record_printed_document` ({"document", "number", "date", "verification_code", "records"?}):
// kept in printed_documents under the desk's kindergarten, with the desk, the clerk and the
// server's time, and journalled (Events::documentCodeIssued). The same code printed again (a
// reprint) keeps its first record and is applied ("known": true). Rejection: "invalid_document"
// (details.field) for a document kind the server does not keep this way, a number that is empty
// or longer than 64 characters, a date that is not YYYY-MM-DD, a code that is not 10 hex digits.
ServerResult<CommandEffect> recordPrintedDocument(ServerDb &db, const CommandContext &context, const QJsonObject &payload);

} // namespace DocumentCommands
