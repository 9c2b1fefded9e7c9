#pragma once

#include "store/ServerDb.h"

#include <QString>

// `qabyldau-server explain` (issue 12 item 3): why a direction went where it went, and a parent's
// "why not us?" for a child, from what distribution kept when it decided (direction_explanations,
// passed_over: Distributor). Plain text for a person; application ids and codes, no names.
namespace Explain {

// Errors: "not_found" (no such direction), "no_explanation" (issued otherwise: imported).
ServerResult<QString> direction(ServerDb &db, const QString &number);
// The child's applications (the active one first) and every direction whose explanation lists
// the child as passed over, with the reason. Errors: "invalid_iin", "not_found".
ServerResult<QString> child(ServerDb &db, const QString &childIin);

} // namespace Explain
