#pragma once

#include "domain/Direction.h"
#include "store/ServerDb.h"
#include "sync/QueueCommands.h"

#include <QDateTime>

// Directions on the server (RULES 5). Until distribution issues them (the places issue), they are
// moved in with `qabyldau-server directions import`, in the desk CLI's format (docs/cli.md).
namespace DirectionCommands {

// Inside the caller's write transaction: checks the record as the desk's import does
// (DirectionStore::checkRecord), that the kindergarten exists and that the application is the
// child's and waits in the queue; writes the direction, marks the application direction_issued,
// publishes the direction whole to the kindergarten's desks (partition org:ID) and journals it.
// Rejections: "invalid_direction", "org_not_found", "direction_number_exists",
// "application_not_found", "application_not_queued"; an identical direction already present is
// "duplicate_direction" (counted as present, not as an error, by the import).
ServerResult<CommandEffect> importDirection(ServerDb &db, Direction direction, const QDateTime &now);

} // namespace DirectionCommands
