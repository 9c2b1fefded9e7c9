#pragma once

#include "domain/Expected.h"
#include "domain/Place.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

class Database;

// A place as the desk holds it: the place, and whether the queue server has confirmed the
// desk's last change to it (publishing, withdrawing, freeing) yet.
struct StoredPlace
{
    Place place;
    bool provisional = false;   // changed at this desk, the server's version not back yet
    bool rejected = false;      // provisional, and the server refused the desk's command (Needs attention)
    QDateTime localPublishedAt; // when this desk published it (empty for a place it did not)
    QDateTime localWithdrawnAt; // when this desk withdrew it
};

// The daily bulletins (RULES 2.4, 2.9, 4.1).
enum class BulletinKind {
    Freed,     // places published on the day: the bulletin of freed places
    Withdrawn, // places withdrawn on the day: the bulletin of withdrawn places
};

// One line of a bulletin: the place and the moment that puts it there.
struct BulletinEntry
{
    Place place;
    QDateTime at;             // the server's published_at / withdrawn_at; the desk's time while provisional
    bool provisional = false; // `at` is the desk's: not yet confirmed by the queue system
};

// What PlaceStore::putBackConfirmed did with a place whose withdrawal or freeing day the queue
// server refused.
struct PlacePutBack
{
    enum class What {
        NotHere,     // the desk holds no such place (a refused publication took it off, say)
        Done,        // back to the server's last version (status, freed_on); no longer provisional
        Waiting,     // another change of the desk's to the place awaits its answer, which settles it
        Unconfirmed, // the desk never had a version of the server's (its publication is unconfirmed)
    };
    What what = What::NotHere;
    PlaceStatus status = PlaceStatus::Open; // the confirmed state (Done: the place's state now)
    QDate freedOn;
};

// This kindergarten's free places (RULES 2.3, 4.1) in the local store (table `places`, schema 8).
// The desk publishes, withdraws and marks freed; each change writes the place, its outbox command
// and its journal entry in one transaction (DESIGN 3) and stays provisional until the server's
// version of the place comes back by sync (entity "place", partition org:ID), which overwrites it.
class PlaceStore
{
    Q_DECLARE_TR_FUNCTIONS(PlaceStore)

public:
    explicit PlaceStore(std::shared_ptr<Database> database);

    // Publishes a new place (status open): Places::validate's issues refuse it (the first one is
    // returned, naming its Field::Place*); an id already stored is Field::PlaceId +
    // Rule::OutOfRange; a freedOn after now's date Rule::DateInFuture. Outbox `publish_place` (payload PlaceJson::toJson), journal
    // `place_published`.
    Status publish(const Place &place, const QString &clerk, const QDateTime &now);

    // RULES 2.9, 4.1: takes back a place no direction holds. Rule::PlaceNotFound;
    // Rule::PlaceHasDirection (directed or filled); Rule::PlaceWithdrawn (already). Outbox
    // `withdraw_place` {"place_id"}, journal `place_withdrawn`.
    Status withdraw(const QString &placeId, const QString &clerk, const QDateTime &now);

    // RULES 2.6: an early-booking place was actually freed on `freedOn` (not after now's date).
    // Field::PlaceFreedOn with Rule::Required (invalid date), Rule::DateInFuture,
    // Rule::PlaceNotEarlyBooking; Rule::PlaceNotFound; Rule::PlaceWithdrawn. Outbox `free_place`
    // {"place_id", "freed_on"}, journal `place_freed`.
    Status markFreed(const QString &placeId, const QDate &freedOn, const QString &clerk, const QDateTime &now);

    std::optional<StoredPlace> find(const QString &placeId) const;
    // The places for the list at the desk, newest first; statuses empty = all.
    Expected<QList<StoredPlace>> list(const QList<PlaceStatus> &statuses = {}) const;

    // The bulletin of `kind` for `day` (local time) of one kindergarten: its places published
    // (Freed) or withdrawn (Withdrawn) that day, in time order (RULES 2.4, 2.9).
    Expected<QList<BulletinEntry>> bulletin(const QDate &day, BulletinKind kind, const QString &kindergartenId) const;

    // Sync (partition org:ID, entity "place"): the server's version of a place, written on db
    // inside the caller's transaction over whatever the desk had; no longer provisional. No outbox,
    // no journal (the server journalled it). Error: Rule::StoreWriteFailed.
    static Status saveSynced(QSqlDatabase &db, const Place &place, const QDateTime &now);
    // Sync: the server refused the desk's command refusedCommandId (withdraw_place, free_place) for
    // good. Inside the caller's transaction: the place goes back to the state of the server's last
    // version the desk has (confirmed_status, confirmed_freed_on; no local withdrawal time), no
    // longer provisional - unless another change of the desk's to it is still unanswered, or the
    // desk never had a version of the server's (then nothing is written). No outbox, no journal
    // (the caller's). Error: Rule::StoreWriteFailed.
    static Expected<PlacePutBack> putBackConfirmed(QSqlDatabase &db, const QString &placeId,
                                                   const QString &refusedCommandId, const QDateTime &now);
    // The server no longer sends the place to this desk.
    static Status removeSynced(QSqlDatabase &db, const QString &placeId);

    // "freed", "withdrawn" (the CLI and file names).
    static QString bulletinKindCode(BulletinKind kind);
    static std::optional<BulletinKind> bulletinKindFromCode(const QString &code);

private:
    std::shared_ptr<Database> m_database;
};
