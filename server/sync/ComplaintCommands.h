#pragma once

#include "store/ServerDb.h"
#include "sync/QueueCommands.h"

#include <QJsonObject>

// The complaints register (RULES 7) on the server: each kindergarten's complaints, kept as its
// desks registered them and published whole (entity "complaint") in its own partition org:ID, so
// that only its desks ever see them. The register number is the desk's (ComplaintStore numbers
// them). Inside the command's write transaction (CommandProcessor).
namespace ComplaintCommands {

// `register_complaint`: the complaint as ComplaintStore writes it (keys of its table). Checked
// with Complaints::validate ("invalid_complaint", details.field); the id must be a UUID not used
// before ("duplicate_complaint_id").
ServerResult<CommandEffect> registerComplaint(ServerDb &db, const CommandContext &context, const QJsonObject &payload);

// `update_complaint`: status, answered_on and answer of a complaint of the desk's own kindergarten
// change ("not_found" otherwise); what was received stays as registered (ComplaintStore::update).
ServerResult<CommandEffect> updateComplaint(ServerDb &db, const CommandContext &context, const QJsonObject &payload);

} // namespace ComplaintCommands
