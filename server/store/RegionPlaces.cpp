#include "store/RegionPlaces.h"

#include "store/PlaceJson.h"
#include "store/ServerChangeLog.h"
#include "store/ServerJournal.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace {

const QString selectPlace = QStringLiteral("SELECT data, version FROM places ");

QString orgPartition(const QString &orgId)
{
    return QStringLiteral("org:") + orgId;
}

// A bound null QString is SQL NULL: an empty text must be bound as ''.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

QDateTime fromMsecs(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
}

ServerResult<RegionPlace> placeFrom(const QSqlQuery &row)
{
    Expected<Place> place = PlaceJson::fromJson(QJsonDocument::fromJson(row.value(0).toString().toUtf8()).object());
    if (!place)
        return ServerDb::storeError(QStringLiteral("stored place unreadable"), place.error().message());
    return RegionPlace{std::move(place).value(), row.value(1).toLongLong()};
}

ServerResult<QList<Place>> placesFrom(ServerResult<QSqlQuery *> rows)
{
    if (!rows)
        return rows.error();
    QList<Place> places;
    QSqlQuery &row = *rows.value();
    while (row.next()) {
        ServerResult<RegionPlace> stored = placeFrom(row);
        if (!stored)
            return stored.error();
        places.append(std::move(stored).value().place);
    }
    return places;
}

// At least 1 ms after the latest value of column (published_at or withdrawn_at): one index probe.
ServerResult<QDateTime> nextMoment(ServerDb &db, const QString &column, const QDateTime &now)
{
    ServerResult<QSqlQuery *> rows = db.exec(QStringLiteral("SELECT MAX(%1) FROM places").arg(column));
    if (!rows)
        return rows.error();
    qint64 moment = now.toMSecsSinceEpoch();
    if (QSqlQuery &row = *rows.value(); row.next() && !row.value(0).isNull())
        moment = std::max(moment, row.value(0).toLongLong() + 1);
    return fromMsecs(moment);
}

ServerStatus publish(ServerDb &db, const Place &place, qint64 version, std::optional<qint64> previousVersion, qint64 nowMsecs)
{
    if (ServerResult<qint64> logged = ServerChangeLog::append(
            db, ChangeRecord{place.kindergartenId, orgPartition(place.kindergartenId), RegionPlaces::entity(), place.id, version, false,
                             PlaceJson::toJson(place)},
            previousVersion, nowMsecs);
        !logged)
        return logged.error();
    return {};
}

QJsonObject journalEntry(const Place &place, qint64 version, const QJsonObject &extra)
{
    QJsonObject entry = extra;
    entry.insert(QStringLiteral("org_id"), place.kindergartenId);
    entry.insert(QStringLiteral("status"), Places::statusCode(place.status));
    entry.insert(QStringLiteral("version"), version);
    if (!place.directionNumber.isEmpty())
        entry.insert(QStringLiteral("direction_number"), place.directionNumber);
    return entry;
}

// One step of distribution's state machine: from `from` to what change() makes of it.
template<typename Change>
ServerStatus step(ServerDb &db, const QString &placeId, PlaceStatus from, const QString &notFromCode, const QString &event,
                  const QDateTime &now, Change &&change)
{
    ServerResult<std::optional<RegionPlace>> found = RegionPlaces::find(db, placeId);
    if (!found)
        return found.error();
    if (!found.value())
        return ServerError{QStringLiteral("not_found"), QStringLiteral("no place %1").arg(placeId)};
    const RegionPlace &stored = *found.value();
    if (stored.place.status != from)
        return ServerError{notFromCode, QStringLiteral("place %1 is %2").arg(placeId, Places::statusCode(stored.place.status))};
    Place updated = stored.place;
    change(updated);
    return RegionPlaces::update(db, stored, updated, event, QStringLiteral("distribution"), {}, now);
}

} // namespace

namespace RegionPlaces {

ServerResult<std::optional<RegionPlace>> find(ServerDb &db, const QString &id)
{
    ServerResult<QSqlQuery *> rows = db.exec(selectPlace + QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    QSqlQuery &row = *rows.value();
    if (!row.next())
        return std::optional<RegionPlace>();
    ServerResult<RegionPlace> stored = placeFrom(row);
    if (!stored)
        return stored.error();
    return std::optional<RegionPlace>(std::move(stored).value());
}

ServerResult<Place> insert(ServerDb &db, Place place, const QString &actor, const QJsonObject &journal, const QDateTime &now)
{
    ServerResult<QDateTime> publishedAt = nextMoment(db, QStringLiteral("published_at"), now);
    if (!publishedAt)
        return publishedAt.error();
    place.status = PlaceStatus::Open;
    place.publishedAt = publishedAt.value();
    place.withdrawnAt = QDateTime();
    place.directionNumber.clear();
    const QJsonObject json = PlaceJson::toJson(place);
    const qint64 nowMsecs = now.toMSecsSinceEpoch();
    if (ServerStatus saved = db.run(
            QStringLiteral("INSERT INTO places (id, org_id, status, published_at, withdrawn_at, freed_on, direction_number, "
                           "version, data, updated_at) VALUES (?, ?, ?, ?, NULL, ?, '', 1, ?, ?)"),
            {place.id, place.kindergartenId, Places::statusCode(place.status), place.publishedAt.toMSecsSinceEpoch(),
             dateText(place.freedOn),
             QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)), nowMsecs});
        !saved)
        return saved.error();
    if (ServerStatus published = publish(db, place, 1, std::nullopt, nowMsecs); !published)
        return published.error();
    QJsonObject entry = journalEntry(place, 1, journal);
    entry.insert(QStringLiteral("published_at"), place.publishedAt.toString(Qt::ISODateWithMs));
    if (ServerStatus journaled = ServerJournal::append(db, eventPublished(), entity(), place.id, entry, actor, now); !journaled)
        return journaled.error();
    return place;
}

ServerStatus update(ServerDb &db, const RegionPlace &previous, const Place &updated, const QString &event, const QString &actor,
                    const QJsonObject &journal, const QDateTime &now)
{
    const qint64 version = previous.version + 1;
    const QJsonObject json = PlaceJson::toJson(updated);
    const qint64 nowMsecs = now.toMSecsSinceEpoch();
    if (ServerStatus saved = db.run(
            QStringLiteral("UPDATE places SET status = ?, withdrawn_at = ?, freed_on = ?, direction_number = ?, version = ?, "
                           "data = ?, updated_at = ? WHERE id = ?"),
            {Places::statusCode(updated.status),
             updated.withdrawnAt.isValid() ? QVariant(updated.withdrawnAt.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong)),
             dateText(updated.freedOn), text(updated.directionNumber),
             version, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)), nowMsecs, updated.id});
        !saved)
        return saved;
    if (ServerStatus published = publish(db, updated, version, previous.version, nowMsecs); !published)
        return published;
    return ServerJournal::append(db, event, entity(), updated.id, journalEntry(updated, version, journal), actor, now);
}

ServerResult<QDateTime> nextWithdrawnAt(ServerDb &db, const QDateTime &now)
{
    return nextMoment(db, QStringLiteral("withdrawn_at"), now);
}

ServerResult<QList<Place>> openPlaces(ServerDb &db)
{
    return placesFrom(db.exec(selectPlace + QStringLiteral("WHERE status = 'open' ORDER BY published_at, id")));
}

ServerStatus setDirected(ServerDb &db, const QString &placeId, const QString &directionNumber, const QDateTime &now)
{
    return step(db, placeId, PlaceStatus::Open, QStringLiteral("place_not_open"), eventDirected(), now, [&](Place &place) {
        place.status = PlaceStatus::Directed;
        place.directionNumber = directionNumber;
    });
}

ServerStatus reopen(ServerDb &db, const QString &placeId, const QDateTime &now)
{
    return step(db, placeId, PlaceStatus::Directed, QStringLiteral("place_not_directed"), eventReopened(), now, [](Place &place) {
        place.status = PlaceStatus::Open;
        place.directionNumber.clear();
    });
}

ServerStatus setFilled(ServerDb &db, const QString &placeId, const QDateTime &now)
{
    return step(db, placeId, PlaceStatus::Directed, QStringLiteral("place_not_directed"), eventFilled(), now,
                [](Place &place) { place.status = PlaceStatus::Filled; });
}

ServerResult<std::optional<RegionPlace>> heldBy(ServerDb &db, const QString &directionNumber)
{
    if (directionNumber.isEmpty())
        return std::optional<RegionPlace>();
    ServerResult<QSqlQuery *> rows = db.exec(selectPlace + QStringLiteral("WHERE direction_number = ? ORDER BY published_at, id"),
                                             {directionNumber});
    if (!rows)
        return rows.error();
    QSqlQuery &row = *rows.value();
    if (!row.next())
        return std::optional<RegionPlace>();
    ServerResult<RegionPlace> stored = placeFrom(row);
    if (!stored)
        return stored.error();
    return std::optional<RegionPlace>(std::move(stored).value());
}

ServerResult<QList<Place>> list(ServerDb &db, const QString &orgId, std::optional<PlaceStatus> status)
{
    const QString org = text(orgId);
    const QString statusCode = status ? Places::statusCode(*status) : QStringLiteral("");
    return placesFrom(db.exec(selectPlace
                                  + QStringLiteral("WHERE (? = '' OR org_id = ?) AND (? = '' OR status = ?) ORDER BY published_at, id"),
                              {org, org, statusCode, statusCode}));
}

ServerResult<QList<Place>> bulletin(ServerDb &db, const QDate &day, BulletinKind kind, const QString &orgId)
{
    // The day as the server's clock reads it: the region's desks and its server share a time zone.
    const qint64 from = day.startOfDay().toMSecsSinceEpoch();
    const qint64 to = day.addDays(1).startOfDay().toMSecsSinceEpoch();
    const QString column = kind == BulletinKind::Freed ? QStringLiteral("published_at") : QStringLiteral("withdrawn_at");
    return placesFrom(db.exec(selectPlace
                                  + QStringLiteral("WHERE %1 >= ? AND %1 < ? AND (? = '' OR org_id = ?) ORDER BY %1, id").arg(column),
                              {from, to, text(orgId), text(orgId)}));
}

ServerStatus followDirection(ServerDb &db, const QString &directionNumber, DirectionStatus closedAs, const QDateTime &now)
{
    ServerResult<std::optional<RegionPlace>> held = heldBy(db, directionNumber);
    if (!held)
        return held.error();
    if (!held.value() || held.value()->place.status != PlaceStatus::Directed)
        return {};
    if (closedAs == DirectionStatus::Used)
        return setFilled(db, held.value()->place.id, now);
    if (closedAs == DirectionStatus::Issued)
        return {};
    return reopen(db, held.value()->place.id, now);
}

} // namespace RegionPlaces
