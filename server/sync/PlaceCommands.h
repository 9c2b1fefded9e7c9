#pragma once

#include "domain/Place.h"
#include "store/RegionPlaces.h"
#include "store/ServerDb.h"
#include "sync/QueueCommands.h"

#include <QDateTime>
#include <QJsonObject>

// The places' commands on the server (RULES 2.3, 2.4, 2.9, 4.1; docs/api.md). Each runs inside
// the command's write transaction (CommandProcessor) and writes through RegionPlaces: the place, its
// new version for the desks of its kindergarten (partition org:<ID>, entity "place") and its
// journal entry. The server sets published_at / withdrawn_at (its own clock: the bulletins' order)
// and the status; what a desk sends for them is ignored.
namespace PlaceCommands {

// The limits of a place (docs/api.md): its JSON at most 16 KiB, each text at most 200 characters.
constexpr qsizetype maxPlaceJsonBytes = 16 * 1024;
constexpr qsizetype maxPlaceText = 200;

// Why the place cannot be kept (an "invalid_place" rejection with the Issue's text in message and
// details {"field", "issues"}), or nullopt: the limits above, then Places::validate.
std::optional<CommandEffect> placeProblem(const Place &place);

// `publish_place` (payload: the place, PlaceJson). Rejections: "invalid_place" (unreadable, over
// the limits, or fails Places::validate), "not_own_kindergarten" (kindergarten_id is not the
// desk's org), "place_id_taken" (another place has this id). The same place again (every
// attribute the desk gives equal) is applied without a new version (result.already_published).
ServerResult<CommandEffect> publishPlace(ServerDb &db, const CommandContext &context, const QJsonObject &payload);

// `withdraw_place` ({"place_id"}): an open place leaves distribution (RULES 2.9). Rejections:
// "not_found" (none, or another kindergarten's), "place_has_direction" (directed or filled),
// "place_withdrawn" (withdrawn already).
ServerResult<CommandEffect> withdrawPlace(ServerDb &db, const CommandContext &context, const QJsonObject &payload);

// `free_place` ({"place_id", "freed_on"}): an early-booking place was actually freed (RULES def. 6).
// When a direction holds the place, the direction's freed_on is set too, exactly as
// `mark_place_freed` sets it (DirectionCommands::markPlaceFreed; its rejections pass through and
// nothing is written). Rejections: "not_found", "place_withdrawn", "not_early_booking",
// "invalid_freed_on" (not a date, or after the day the desk wrote the command).
ServerResult<CommandEffect> freePlace(ServerDb &db, const CommandContext &context, const QJsonObject &payload);

// One record of `places import`: checked as publish_place checks a desk's place, its kindergarten
// must exist ("org_not_found"); the same place already present is "duplicate_place" (counted as
// present by the import, not as an error); another place with its id is "place_id_taken".
ServerResult<CommandEffect> importPlace(ServerDb &db, const Place &place, const QDateTime &now);

} // namespace PlaceCommands
