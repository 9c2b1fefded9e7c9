#pragma once

#include "domain/Direction.h"
#include "domain/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

class Database;
class WorkCalendar;
struct RuleSettings;

// What DirectionStore::importJson did: counts, and one Issue per refused record (detail starts
// with the record's 0-based index, "#3: ...").
struct DirectionImportResult
{
    int imported = 0;   // new directions written
    int unchanged = 0;  // already stored with the same contents
    Issues refused;
};

// Directions to this kindergarten in the local store (table `directions`, schema v4). Until sync
// lands they come from an administrator (import, or entered by hand).
class DirectionStore
{
    Q_DECLARE_TR_FUNCTIONS(DirectionStore)

public:
    explicit DirectionStore(std::shared_ptr<Database> database);

    // A JSON array of direction objects (schema in docs/cli.md "directions import"). Each record
    // is checked (number, kindergarten id, child IIN (Iin::parse), issued_at, group, codes, for
    // temporary stay temporary_until) and refused one by one; valid records are written in one
    // transaction with one journal entry `directions_imported` (entity `direction_import`,
    // payload: count, numbers, sha256 of the records' digests; nothing at all is written when no
    // record is new). IINs are stored as 12 digits, phones as E.164. A record whose number is
    // stored (or came earlier in the file) with the same issuing data counts as unchanged (the
    // desk's own changes - status, closed_at, freed_on, extended_until - are not compared and
    // never overwritten); with other data it is refused (Rule::DirectionNumberExists).
    // Field::DirectionsFile + ImportNotJsonArray when the file is not a JSON array;
    // Rule::StoreWriteFailed when the store cannot be written (then nothing is written).
    Expected<DirectionImportResult> importJson(const QByteArray &json, const QString &clerk, const QDateTime &at);
    // The error importJson would give for a file that is not one JSON array, without a store: the
    // CLI refuses such a file before it creates one (issue 14 item 9).
    static std::optional<Issue> checkJson(const QByteArray &json);

    std::optional<Direction> find(const QString &number) const;
    // The latest direction issued for this child (IIN spelt with spaces or dashes is fine).
    std::optional<Direction> findByChildIin(const QString &iin) const;

    // Directions for the list at the desk: status filter (empty = all), newest issue first.
    Expected<QList<Direction>> list(const QList<DirectionStatus> &statuses = {}) const;

    // RULES 5 [P]: extend once (Directions::checkExtension, today = now.date()), with outbox
    // `extend_direction` and journal `direction_extended` in one transaction.
    // Rule::DirectionNotFound (Field::DirectionNumber) for an unknown number.
    Status extend(const QString &number, const QDate &until, const QString &clerk, const QDateTime &now,
                  const WorkCalendar &calendar, const RuleSettings &settings);

    // RULES def. 6: an early-booking place was actually freed on `freedOn` (outbox
    // `mark_place_freed`, journal `direction_place_freed`). Errors: DirectionNotFound;
    // Field::DirectionFreedOn with Required (invalid date), DateInFuture (after now's date),
    // OutOfRange (not an early-booking direction); DirectionClosed (not `issued`).
    Status setFreedOn(const QString &number, const QDate &freedOn, const QString &clerk, const QDateTime &now);
    // RULES 5 [P]: the extraordinary right of the child holding the direction was confirmed on
    // confirmedOn (not in the future, not before the issue); a `confirm_right` command. Errors:
    // DirectionNotFound, DirectionClosed, RightNotExtraordinary, RightAlreadyConfirmed,
    // DateInFuture / OutOfRange on Field::DirectionRightConfirmation.
    Status confirmRight(const QString &number, const QDate &confirmedOn, const QString &clerk, const QDateTime &now);

    // JSON <-> Direction, the format of the import file (shared with sync later; keys and codes in
    // docs/cli.md). fromJson checks the shape only - a value of the wrong kind, an unknown code, a
    // date or time that is not one (the Issue names the field, detail "key: value") - and trims
    // texts; what a record must hold is importJson's check.
    static QJsonObject toJson(const Direction &direction);
    static Expected<Direction> fromJson(const QJsonObject &json);
    // What an imported record must hold (the check importJson makes, shared with the queue
    // server's `directions import`): the first problem, or nullopt; texts normalised on the way.
    static std::optional<Issue> checkRecord(Direction &direction);

    // Sync (docs/api.md, partition org:ID): writes the server's version of a direction on db,
    // inside the caller's transaction, over whatever the desk had (no outbox, no journal: the
    // change was the server's, journalled there). Error: Rule::StoreWriteFailed.
    static Status saveSynced(QSqlDatabase &db, const Direction &direction, const QDateTime &now);

private:
    std::shared_ptr<Database> m_database;
};
