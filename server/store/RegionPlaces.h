#pragma once

#include "domain/Place.h"
#include "store/ServerDb.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

// Free places on the server (RULES 2.3, 4.1): table `places` (schema 5), each row the place whole
// (PlaceJson) with its state. Every write runs inside the caller's write transaction and does
// three things together: the row (version + 1), the place whole in the change log for the desks
// of its kindergarten (partition org:<ID>, entity "place") and a journal entry (ids, codes and
// dates only: a place holds no personal data, but the journal stays lean).
//
// Published and withdrawn moments are the server's clock, strictly increasing over the region
// (each one at least 1 ms after the last of its kind), so that the daily bulletins (RULES 2.4,
// 2.9) and the order of distribution are the order in which the server applied them, even
// within one batch.

struct RegionPlace
{
    Place place;
    qint64 version = 0;
};

namespace RegionPlaces {

// Journal events and the change log's entity (server-side names: the desk does not journal them).
inline QString entity() { return QStringLiteral("place"); }
inline QString eventPublished() { return QStringLiteral("place_published"); }
inline QString eventWithdrawn() { return QStringLiteral("place_withdrawn"); }
inline QString eventFreed() { return QStringLiteral("place_freed"); }
inline QString eventDirected() { return QStringLiteral("place_directed"); }
inline QString eventReopened() { return QStringLiteral("place_reopened"); }
inline QString eventFilled() { return QStringLiteral("place_filled"); }

// The place with this id, or nullopt.
ServerResult<std::optional<RegionPlace>> find(ServerDb &db, const QString &id);

// Writes a new place (version 1) as given, except what the server keeps: status open,
// published_at = the server's next publication moment at or after now, no withdrawal, no
// direction. Returns the place as stored. The caller has validated it and checked its org.
ServerResult<Place> insert(ServerDb &db, Place place, const QString &actor, const QJsonObject &journal,
                           const QDateTime &now);

// Writes the place's new state (previous.version + 1) with a journal entry `event` (journal:
// extra keys; the id, org, status and version are added).
ServerStatus update(ServerDb &db, const RegionPlace &previous, const Place &updated, const QString &event,
                    const QString &actor, const QJsonObject &journal, const QDateTime &now);

// The moment a withdrawal at `now` takes in the bulletin of withdrawn places (see above).
ServerResult<QDateTime> nextWithdrawnAt(ServerDb &db, const QDateTime &now);

// --- For distribution (the lead's wiring). Each runs inside the caller's write transaction and
// publishes the place's new version to its kindergarten's desks with a journal entry (actor
// "distribution"). Errors (ServerError codes): "not_found" (no such place), "place_not_open" /
// "place_not_directed" (the place is not in the state the step starts from; message names its
// status), "store_unavailable".

// Every open place of the region in bulletin order (published_at, then id): the order in which
// distribution offers them (RULES 4.1).
ServerResult<QList<Place>> openPlaces(ServerDb &db);

// Open -> Directed: an issued direction now holds the place.
ServerStatus setDirected(ServerDb &db, const QString &placeId, const QString &directionNumber, const QDateTime &now);

// Directed -> Open: its direction expired, was refused or cancelled (RULES 5); the place goes
// back to distribution keeping its published_at (its place in the bulletin's order) and drops
// the direction number.
ServerStatus reopen(ServerDb &db, const QString &placeId, const QDateTime &now);

// Directed -> Filled: the direction holding it was used (a contract was signed, RULES 6).
ServerStatus setFilled(ServerDb &db, const QString &placeId, const QDateTime &now);

// What becomes of the place a direction held when the direction closes (RULES 5): used -> Filled;
// refused, expired or cancelled -> Open again. A direction that holds no place (imported, not
// distributed) changes nothing.
ServerStatus followDirection(ServerDb &db, const QString &directionNumber, DirectionStatus closedAs, const QDateTime &now);
// The place a direction holds (status directed or filled with that direction_number), or nullopt.
ServerResult<std::optional<RegionPlace>> heldBy(ServerDb &db, const QString &directionNumber);

// --- For the CLI.

// Places of one kindergarten (orgId empty: all) and of one status (nullopt: any), in bulletin order.
ServerResult<QList<Place>> list(ServerDb &db, const QString &orgId, std::optional<PlaceStatus> status);

enum class BulletinKind { Freed, Withdrawn };

// The day's bulletin (RULES 2.4, 2.9): places published (Freed) or withdrawn (Withdrawn) during
// `day` in the server's local time zone, in time order; orgId empty: the whole region.
ServerResult<QList<Place>> bulletin(ServerDb &db, const QDate &day, BulletinKind kind, const QString &orgId);

} // namespace RegionPlaces
