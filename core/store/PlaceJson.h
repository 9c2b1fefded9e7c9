#pragma once

#include "domain/Expected.h"
#include "domain/Place.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <variant>

// The one JSON form of a place (RULES 2.3): the payload of the desk's `publish_place` command,
// the records of `qabyldau-server places import` and what the server publishes to the desks
// (docs/server.md "The place record"). Keys: id, kindergarten_id, group_name, birth_from, birth_to
// (ISO dates), language (kk, ru, other), group_type (general, special), working_mode (full_day,
// half_day, round_the_clock), admission_mode (general, early_booking, temporary_stay),
// attendance_restricted (bool), attendance_note, admission_starts_on, temporary_until, freed_on;
// kept by the server: published_at, withdrawn_at (ISO timestamps), status (open, directed, filled,
// withdrawn), direction_number.
namespace PlaceJson {

QJsonObject toJson(const Place &place);

// Reads the shape only (a value of the wrong kind, an unknown code, a date that is not one: an
// Issue naming the key); what a place must hold is Places::validate's check. Texts are trimmed.
Expected<Place> fromJson(const QJsonObject &json);

// A file of places: a JSON array of place objects, read whole before anything is written. Each
// element is a place or why it is refused (Issue with detail "record N: ..."); a file that is not
// a JSON array is Field::PlacesFile + Rule::ImportNotJsonArray.
Expected<QList<std::variant<Place, Issue>>> readFile(const QByteArray &json);

} // namespace PlaceJson
