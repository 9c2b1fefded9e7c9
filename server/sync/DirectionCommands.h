#pragma once

#include "domain/Direction.h"
#include "store/ServerDb.h"
#include "sync/QueueCommands.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

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
// actor: who issues it in the journal ("import" for the CLI, "distribution" for the server's own).
ServerResult<CommandEffect> importDirection(ServerDb &db, Direction direction, const QDateTime &now,
                                            const QString &actor = QStringLiteral("import"));

// A direction as the server stores it: the record, the kindergarten it is for, its version.
struct StoredDirection
{
    Direction direction;
    QString orgId;
    qint64 version = 0;
};

// The latest calendar day it can be anywhere at `at`: a desk compares dates on its own clock, in
// its own time zone, which the server does not know. A date a desk wrote (a place freed, a
// contract signed) after this day for the moment it wrote the command is in its future.
QDate latestLocalDay(const QDateTime &at);

// The direction numbered `number`, or nullopt.
ServerResult<std::optional<StoredDirection>> find(ServerDb &db, const QString &number);

// The desk's own direction or why not: "not_found" when there is none or it is to another
// kindergarten (its existence is not this desk's to know), "direction_closed" (details.status)
// when mustBeIssued and it is used, refused, expired or cancelled (RULES 5).
std::optional<CommandEffect> ownDirectionProblem(const std::optional<StoredDirection> &found, const CommandContext &context,
                                                 const QString &number, bool mustBeIssued);

// Writes the direction's new state (version + 1) and publishes it whole to its kindergarten's
// desks (partition org:ID), with a journal entry (event; journal: numbers and dates only).
ServerStatus update(ServerDb &db, const StoredDirection &previous, const Direction &updated, const QString &event,
                    const QString &actor, const QJsonObject &journal, const QDateTime &now);

// `extend_direction` ({"direction_number", "extended_until"}), as DirectionStore::extend leaves
// it: extended_until set once (RULES 5), checked with Directions::checkExtension on the server's
// calendar for the day the desk wrote it. Rejections: "not_found", "direction_closed",
// "already_extended", "invalid_extension", "extension_too_long", "direction_not_in_force",
// "calendar_year_unknown".
ServerResult<CommandEffect> extendDirection(ServerDb &db, const CommandContext &context, const QJsonObject &payload);

// `mark_place_freed` ({"direction_number", "kindergarten_id", "freed_on"}), as
// DirectionStore::setFreedOn leaves it (RULES def. 6). Rejections: "not_found",
// "direction_closed", "not_early_booking", "invalid_freed_on" (not a date, or after the day the
// desk wrote the command).
ServerResult<CommandEffect> markPlaceFreed(ServerDb &db, const CommandContext &context, const QJsonObject &payload);

// `confirm_right` ({"direction_number", "confirmed_on"}) from the desk of the direction's
// kindergarten: the extraordinary right of the child holding it was confirmed (RULES 5 [P]); the
// direction keeps right_confirmed_on (a new version to its kindergarten's desks). Without it the
// deadline run cancels the direction (Deadlines). Rejections: "not_found", "direction_closed",
// "not_extraordinary", "already_confirmed", "invalid_confirmation" (not a date, before the issue
// day, or after the day the desk wrote it).
ServerResult<CommandEffect> confirmRight(ServerDb &db, const CommandContext &context, const QJsonObject &payload);

} // namespace DirectionCommands
