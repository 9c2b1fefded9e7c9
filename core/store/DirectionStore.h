#pragma once

#include "domain/Direction.h"
#include "domain/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
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
    // transaction with one journal entry `directions_imported`. A record whose number is stored
    // with the same contents counts as unchanged; with other contents it is refused
    // (Rule::DirectionNumberExists). Field::DirectionsFile + ImportNotJsonArray when the file is
    // not a JSON array.
    Expected<DirectionImportResult> importJson(const QByteArray &json, const QString &clerk, const QDateTime &at);

    std::optional<Direction> find(const QString &number) const;
    // The latest direction issued for this child (IIN spelt with spaces or dashes is fine).
    std::optional<Direction> findByChildIin(const QString &iin) const;

    // Directions for the list at the desk: status filter (empty = all), newest issue first.
    Expected<QList<Direction>> list(const QList<DirectionStatus> &statuses = {}) const;

    // RULES 5 [P]: extend once (Directions::checkExtension), with outbox `extend_direction` and
    // journal `direction_extended` in one transaction.
    Status extend(const QString &number, const QDate &until, const QString &clerk, const QDateTime &now,
                  const WorkCalendar &calendar, const RuleSettings &settings);

    // RULES def. 6: an early-booking place was actually freed on `freedOn` (journal
    // `direction_place_freed`).
    Status setFreedOn(const QString &number, const QDate &freedOn, const QString &clerk, const QDateTime &now);

    // JSON <-> Direction, the format of the import file (shared with sync later).
    static QJsonObject toJson(const Direction &direction);
    static Expected<Direction> fromJson(const QJsonObject &json);

private:
    std::shared_ptr<Database> m_database;
};
