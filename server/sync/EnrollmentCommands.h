#pragma once

#include "store/ServerDb.h"
#include "sync/QueueCommands.h"

#include <QJsonObject>

// The service at the kindergarten (RULES 6) on the server: what a desk's EnrollmentStore wrote,
// applied with the same effects, so that the server's versions agree with the desk's own store
// when they come back to it. Each runs inside the command's write transaction (CommandProcessor).
// The direction must be to the desk's own kindergarten (the token's org): another kindergarten's
// is "not_found", as in QueueCommands::withdrawApplication.
namespace EnrollmentCommands {

// `record_enrollment`: the contract (EnrollmentStore::toJson + "verification_code"). The
// direction must still be `issued` ("direction_closed"); the contract must name its number, date,
// the direction's application, recorded_at, and carry its own verification code (RULES 11:
// "invalid_contract", details.field), be dated no later than the day the desk wrote the command
// ("invalid_contract", field date), and fall on a day the direction was in force, counted on the
// server's working-day calendar as the desk counts it (RULES 5, 6.2: "direction_not_in_force",
// "calendar_year_unknown"). Stores the contract, closes the direction `used` (RULES 5)
// and archives the application `enrolled` (RULES def. 1), both published.
ServerResult<CommandEffect> recordEnrollment(ServerDb &db, const CommandContext &context, const QJsonObject &payload);

// `record_refusal`: the reasoned refusal (EnrollmentStore::toJson + "verification_code"), at least
// one known ground (RULES 6.4: "invalid_refusal"). Stores it, closes the direction `refused` and
// returns the application to the queue with its filing time, or for ground 9.1 puts it on the stop
// list until the refusal's date + the stop-list days (RULES 5, def. 13), both published.
ServerResult<CommandEffect> recordRefusal(ServerDb &db, const CommandContext &context, const QJsonObject &payload);

// `service_stage` ({"session_id", "direction_number", "channel", "stage", "at"}): one stage of a
// service session for monitoring (RULES 6.5), kept in service_stages; nothing is published.
// Rejections: "not_found", "invalid_stage", "stage_already_recorded".
ServerResult<CommandEffect> serviceStage(ServerDb &db, const CommandContext &context, const QJsonObject &payload);

} // namespace EnrollmentCommands
