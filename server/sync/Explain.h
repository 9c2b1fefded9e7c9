#pragma once

#include "store/ServerDb.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// `qabyldau-server explain` (issue 12 item 3): why a direction went where it went, and a parent's
// "why not us?" for a child, from what distribution kept when it decided (direction_explanations,
// passed_over: Distributor). Plain text for a person; application ids and codes, no names.
namespace Explain {

// Errors: "not_found" (no such direction), "no_explanation" (issued otherwise: imported).
ServerResult<QString> direction(ServerDb &db, const QString &number);
// The child's applications (the active one first) and every direction whose explanation lists
// the child as passed over, with the reason. Errors: "invalid_iin", "not_found".
ServerResult<QString> child(ServerDb &db, const QString &childIin);

// GET /api/v1/explain?application=ID for the desk of the kindergarten that registered it (a
// parent's "why not us?" at the desk): {"application_id", "status", "listed_limit",
// "passed_over": [{"direction_number", "reason", "decided_at", "position", "place": {"id",
// "kindergarten_id", "group_name", "birth_from", "birth_to", "language"}}]}, oldest first.
// nullopt when no application with this id was registered at orgId.
ServerResult<std::optional<QJsonObject>> forDesk(ServerDb &db, const QString &applicationId, const QString &orgId);

} // namespace Explain
