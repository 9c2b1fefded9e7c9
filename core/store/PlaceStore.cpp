#include "store/PlaceStore.h"

#include "domain/DateText.h"
#include "store/ApplicationJson.h"
#include "store/ChangeLog.h"
#include "store/CommandTypes.h"
#include "store/Database.h"
#include "store/Events.h"
#include "store/PlaceJson.h"
#include "store/SqlValues.h"

#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace {

using namespace SqlValues;

// Every column of `places` the place itself fills, in one order for INSERT and SELECT.
const QStringList &placeColumns()
{
    static const QStringList list = {
        QStringLiteral("id"), QStringLiteral("kindergarten_id"), QStringLiteral("group_name"),
        QStringLiteral("birth_from"), QStringLiteral("birth_to"), QStringLiteral("language"),
        QStringLiteral("group_type"), QStringLiteral("working_mode"), QStringLiteral("admission_mode"),
        QStringLiteral("attendance_restricted"), QStringLiteral("attendance_note"),
        QStringLiteral("admission_starts_on"), QStringLiteral("temporary_until"), QStringLiteral("freed_on"),
        QStringLiteral("status"), QStringLiteral("direction_number"), QStringLiteral("published_at"),
        QStringLiteral("withdrawn_at"),
    };
    return list;
}

const QString &selectSql()
{
    // rejected: the queue server refused a command of the desk's about the place while the place
    // is still as the desk left it (no version of the server's came after).
    static const QString sql =
        QStringLiteral("SELECT ") + placeColumns().join(QStringLiteral(", "))
        + QStringLiteral(", local_published_at, local_withdrawn_at, provisional,"
                         " provisional = 1 AND EXISTS (SELECT 1 FROM outbox o WHERE o.state = 'rejected'"
                         " AND o.type IN ('publish_place', 'withdraw_place', 'free_place')"
                         " AND COALESCE(json_extract(o.payload, '$.place_id'), json_extract(o.payload, '$.id'))"
                         " = places.id) AS rejected FROM places ");
    return sql;
}

// INSERT of a place with the bookkeeping columns; `onConflict` decides what a stored id does.
QString insertSql(const QString &onConflict)
{
    QStringList names = placeColumns();
    names << QStringLiteral("local_published_at") << QStringLiteral("provisional") << QStringLiteral("confirmed_status")
          << QStringLiteral("confirmed_freed_on") << QStringLiteral("created_at") << QStringLiteral("updated_at");
    QStringList placeholders;
    for (const QString &column : std::as_const(names))
        placeholders.append(QLatin1Char(':') + column);
    return QStringLiteral("INSERT INTO places (") + names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
           + placeholders.join(QStringLiteral(", ")) + QStringLiteral(") ") + onConflict;
}

// The server's version wins over every column it sends, and is kept as the place's confirmed
// state (confirmed_*: what a refused change of the desk's goes back to); what the desk alone knows
// (when it published or withdrew the place itself, created_at) stays.
const QString &upsertSql()
{
    static const QString sql = [] {
        QStringList updates;
        for (const QString &column : placeColumns())
            if (column != QLatin1String("id"))
                updates.append(column + QStringLiteral(" = excluded.") + column);
        updates << QStringLiteral("provisional = 0") << QStringLiteral("confirmed_status = excluded.confirmed_status")
                << QStringLiteral("confirmed_freed_on = excluded.confirmed_freed_on")
                << QStringLiteral("updated_at = excluded.updated_at");
        return insertSql(QStringLiteral("ON CONFLICT (id) DO UPDATE SET ") + updates.join(QStringLiteral(", ")));
    }();
    return sql;
}

void bindPlace(QSqlQuery &query, const Place &p, const QDateTime &localPublishedAt, bool provisional,
               const QDateTime &now)
{
    const auto bind = [&query](const char *column, const QVariant &value) {
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(QLatin1Char(':') + QLatin1String(column), nullText ? QVariant(sqlText({})) : value);
    };
    bind("id", p.id);
    bind("kindergarten_id", p.kindergartenId);
    bind("group_name", p.groupName);
    bind("birth_from", date(p.birthFrom));
    bind("birth_to", date(p.birthTo));
    bind("language", ApplicationJson::languageCode(p.language));
    bind("group_type", Directions::groupTypeCode(p.groupType));
    bind("working_mode", Directions::workingModeCode(p.workingMode));
    bind("admission_mode", Directions::admissionModeCode(p.admissionMode));
    bind("attendance_restricted", p.attendanceRestricted ? 1 : 0);
    bind("attendance_note", p.attendanceNote);
    bind("admission_starts_on", date(p.admissionStartsOn));
    bind("temporary_until", date(p.temporaryUntil));
    bind("freed_on", date(p.freedOn));
    bind("status", Places::statusCode(p.status));
    bind("direction_number", p.directionNumber);
    bind("published_at", instant(p.publishedAt));
    bind("withdrawn_at", instant(p.withdrawnAt));
    bind("local_published_at", instant(localPublishedAt));
    bind("provisional", provisional ? 1 : 0);
    // The server's version is the confirmed state; a place the desk publishes has none yet.
    bind("confirmed_status", provisional ? QVariant() : QVariant(Places::statusCode(p.status)));
    bind("confirmed_freed_on", provisional ? QVariant() : date(p.freedOn));
    bind("created_at", now.toMSecsSinceEpoch());
    bind("updated_at", now.toMSecsSinceEpoch());
}

StoredPlace placeFrom(const QSqlQuery &query)
{
    const auto value = [&query](const char *column) { return query.value(QLatin1String(column)); };
    StoredPlace stored;
    Place &p = stored.place;
    p.id = value("id").toString();
    p.kindergartenId = value("kindergarten_id").toString();
    p.groupName = value("group_name").toString();
    p.birthFrom = toDate(value("birth_from"));
    p.birthTo = toDate(value("birth_to"));
    p.language = ApplicationJson::languageFromCode(value("language").toString()).value_or(TeachingLanguage::Kazakh);
    p.groupType = Directions::groupTypeFromCode(value("group_type").toString()).value_or(GroupType::General);
    p.workingMode = Directions::workingModeFromCode(value("working_mode").toString()).value_or(WorkingMode::FullDay);
    p.admissionMode =
        Directions::admissionModeFromCode(value("admission_mode").toString()).value_or(AdmissionMode::General);
    p.attendanceRestricted = value("attendance_restricted").toInt() != 0;
    p.attendanceNote = value("attendance_note").toString();
    p.admissionStartsOn = toDate(value("admission_starts_on"));
    p.temporaryUntil = toDate(value("temporary_until"));
    p.freedOn = toDate(value("freed_on"));
    p.status = Places::statusFromCode(value("status").toString()).value_or(PlaceStatus::Open);
    p.directionNumber = value("direction_number").toString();
    p.publishedAt = toInstant(value("published_at"));
    p.withdrawnAt = toInstant(value("withdrawn_at"));
    stored.localPublishedAt = toInstant(value("local_published_at"));
    stored.localWithdrawnAt = toInstant(value("local_withdrawn_at"));
    stored.provisional = value("provisional").toInt() != 0;
    stored.rejected = value("rejected").toInt() != 0;
    return stored;
}

std::optional<StoredPlace> readPlace(const QSqlDatabase &db, const QString &id, QString *error)
{
    QSqlQuery query(db);
    query.prepare(selectSql() + QStringLiteral("WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), sqlText(id.trimmed()));
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return placeFrom(query);
}

Issue notFound(const QString &id)
{
    return Issue::error(Field::PlaceId, Rule::PlaceNotFound, id.trimmed());
}

// One change the desk makes to a stored place (withdraw, mark freed): in one write transaction,
// read it, let `check` refuse it, run `update` (fixed SQL with :id and :now bound by the caller's
// function), and write the outbox command and the journal entry - all or nothing.
struct PlaceChange
{
    std::function<Status(const Place &)> check;
    QString updateSql; // fixed SQL, never from input; binds :id, :now and what `bind` adds
    std::function<void(QSqlQuery &)> bind;
    QString commandType;
    QString event;
    QJsonObject command;
};

Status changePlace(const std::shared_ptr<Database> &database, const QString &placeId, const PlaceChange &c,
                   const QString &clerk, const QDateTime &now)
{
    WriteTransaction transaction(database->connection());
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    QSqlDatabase &db = transaction.db();

    QString error;
    const std::optional<StoredPlace> stored = readPlace(db, placeId, &error);
    if (!error.isEmpty())
        return writeFailed(error);
    if (!stored)
        return notFound(placeId);
    if (const Status allowed = c.check(stored->place); !allowed)
        return allowed;
    {
        QSqlQuery update(db);
        update.prepare(c.updateSql);
        update.bindValue(QStringLiteral(":id"), stored->place.id);
        update.bindValue(QStringLiteral(":now"), now.toMSecsSinceEpoch());
        if (c.bind)
            c.bind(update);
        if (!update.exec())
            return writeFailed(update.lastError().text());
    }
    const Change change{c.commandType, c.command, c.event, JournalEntities::place(), stored->place.id, c.command};
    if (const Expected<QString> logged = ChangeLog::write(db, change, clerk, now); !logged)
        return logged.error();
    return transaction.commit();
}

} // namespace

PlaceStore::PlaceStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
}

Status PlaceStore::publish(const Place &place, const QString &clerk, const QDateTime &now)
{
    Place published = place;
    published.groupName = published.groupName.trimmed();
    published.attendanceNote = published.attendanceNote.trimmed();
    // What the server keeps is the server's to set (RULES 4.1): a new place is open, unheld.
    published.status = PlaceStatus::Open;
    published.directionNumber.clear();
    published.publishedAt = QDateTime();
    published.withdrawnAt = QDateTime();
    if (const Issues issues = Places::validate(published); !issues.isEmpty())
        return issues.constFirst();
    // A place is freed on a day that has come, not in advance (as markFreed).
    if (published.freedOn.isValid() && published.freedOn > now.date())
        return Issue::error(Field::PlaceFreedOn, Rule::DateInFuture, DateText::date(published.freedOn));

    WriteTransaction transaction(m_database->connection());
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    QSqlDatabase &db = transaction.db();
    {
        QSqlQuery insert(db);
        insert.prepare(insertSql(QStringLiteral("ON CONFLICT (id) DO NOTHING")));
        bindPlace(insert, published, storedInstant(now), true, now);
        if (!insert.exec())
            return writeFailed(insert.lastError().text());
        if (insert.numRowsAffected() == 0)
            return Issue::error(Field::PlaceId, Rule::OutOfRange, published.id);
    }
    const QJsonObject payload = PlaceJson::toJson(published);
    const Change change{CommandTypes::publishPlace(), payload, Events::placePublished(), JournalEntities::place(),
                        published.id, payload};
    if (const Expected<QString> logged = ChangeLog::write(db, change, clerk, now); !logged)
        return logged.error();
    return transaction.commit();
}

Status PlaceStore::withdraw(const QString &placeId, const QString &clerk, const QDateTime &now)
{
    const PlaceChange change{
        // RULES 2.9, 4.1: only a place no direction holds is taken back.
        [](const Place &place) -> Status {
            if (place.status == PlaceStatus::Withdrawn)
                return Issue::error(Field::PlaceId, Rule::PlaceWithdrawn, place.id);
            if (place.status == PlaceStatus::Directed || place.status == PlaceStatus::Filled)
                return Issue::error(Field::PlaceId, Rule::PlaceHasDirection, place.directionNumber);
            return {};
        },
        QStringLiteral("UPDATE places SET status = 'withdrawn', local_withdrawn_at = :now, provisional = 1,"
                       " updated_at = :now WHERE id = :id"),
        {},
        CommandTypes::withdrawPlace(),
        Events::placeWithdrawn(),
        QJsonObject{{QStringLiteral("place_id"), placeId.trimmed()}}};
    return changePlace(m_database, placeId, change, clerk, now);
}

Status PlaceStore::markFreed(const QString &placeId, const QDate &freedOn, const QString &clerk,
                             const QDateTime &now)
{
    if (!freedOn.isValid())
        return Issue::error(Field::PlaceFreedOn, Rule::Required);
    // A place is freed on a day that has come, not in advance.
    if (freedOn > now.date())
        return Issue::error(Field::PlaceFreedOn, Rule::DateInFuture, DateText::date(freedOn));
    const PlaceChange change{
        [](const Place &place) -> Status {
            if (place.status == PlaceStatus::Withdrawn)
                return Issue::error(Field::PlaceId, Rule::PlaceWithdrawn, place.id);
            // RULES 2.6: only an early-booking place waits to be actually freed.
            if (place.admissionMode != AdmissionMode::EarlyBooking)
                return Issue::error(Field::PlaceFreedOn, Rule::PlaceNotEarlyBooking,
                                    Directions::admissionModeCode(place.admissionMode));
            return {};
        },
        QStringLiteral("UPDATE places SET freed_on = :freed_on, provisional = 1, updated_at = :now WHERE id = :id"),
        [&freedOn](QSqlQuery &query) { query.bindValue(QStringLiteral(":freed_on"), date(freedOn)); },
        CommandTypes::freePlace(),
        Events::placeFreed(),
        QJsonObject{{QStringLiteral("place_id"), placeId.trimmed()},
                    {QStringLiteral("freed_on"), ApplicationJson::dateValue(freedOn)}}};
    return changePlace(m_database, placeId, change, clerk, now);
}

std::optional<StoredPlace> PlaceStore::find(const QString &placeId) const
{
    QString error;
    return readPlace(m_database->connection(), placeId, &error);
}

Expected<QList<StoredPlace>> PlaceStore::list(const QList<PlaceStatus> &statuses) const
{
    QStringList placeholders;
    for (qsizetype i = 0; i < statuses.size(); ++i)
        placeholders.append(QStringLiteral(":s") + QString::number(i));
    QSqlQuery query(m_database->connection());
    query.prepare(selectSql()
                  + (statuses.isEmpty() ? QString()
                                        : QStringLiteral("WHERE status IN (") + placeholders.join(QStringLiteral(", "))
                                              + QStringLiteral(") "))
                  + QStringLiteral("ORDER BY COALESCE(published_at, local_published_at, created_at) DESC, id"));
    for (qsizetype i = 0; i < statuses.size(); ++i)
        query.bindValue(placeholders.at(i), Places::statusCode(statuses.at(i)));
    if (!query.exec())
        return writeFailed(query.lastError().text());
    QList<StoredPlace> result;
    while (query.next())
        result.append(placeFrom(query));
    return result;
}

Expected<QList<BulletinEntry>> PlaceStore::bulletin(const QDate &day, BulletinKind kind,
                                                    const QString &kindergartenId) const
{
    if (!day.isValid())
        return Issue::error(Field::None, Rule::InvalidDate);
    // The server's moment once it is known, the desk's own while the change is unconfirmed.
    const QString moment = kind == BulletinKind::Freed ? QStringLiteral("COALESCE(published_at, local_published_at)")
                                                       : QStringLiteral("COALESCE(withdrawn_at, local_withdrawn_at)");
    QSqlQuery query(m_database->connection());
    // A place in the bulletin of withdrawn places is withdrawn (at the server or, unconfirmed, at
    // this desk): one whose withdrawal the server refused is not, whatever local_withdrawn_at says.
    const QString withdrawnOnly =
        kind == BulletinKind::Withdrawn ? QStringLiteral("status = 'withdrawn' AND ") : QString();
    query.prepare(selectSql() + QStringLiteral("WHERE kindergarten_id = :kindergarten AND ") + withdrawnOnly + moment
                  + QStringLiteral(" >= :from AND ") + moment + QStringLiteral(" < :to ORDER BY ") + moment
                  + QStringLiteral(", id"));
    query.bindValue(QStringLiteral(":kindergarten"), sqlText(kindergartenId));
    // The day in the desk's time zone: [00:00, the next day's 00:00).
    query.bindValue(QStringLiteral(":from"), instant(day.startOfDay()));
    query.bindValue(QStringLiteral(":to"), instant(day.addDays(1).startOfDay()));
    if (!query.exec())
        return writeFailed(query.lastError().text());
    QList<BulletinEntry> entries;
    while (query.next()) {
        const StoredPlace stored = placeFrom(query);
        BulletinEntry entry;
        entry.place = stored.place;
        const QDateTime confirmed = kind == BulletinKind::Freed ? stored.place.publishedAt : stored.place.withdrawnAt;
        entry.provisional = !confirmed.isValid();
        entry.at = entry.provisional
                       ? (kind == BulletinKind::Freed ? stored.localPublishedAt : stored.localWithdrawnAt)
                       : confirmed;
        entries.append(entry);
    }
    return entries;
}

Status PlaceStore::saveSynced(QSqlDatabase &db, const Place &place, const QDateTime &now)
{
    QSqlQuery query(db);
    query.prepare(upsertSql());
    bindPlace(query, place, QDateTime(), false, now);
    if (!query.exec())
        return writeFailed(query.lastError().text());
    return {};
}

Expected<PlacePutBack> PlaceStore::putBackConfirmed(QSqlDatabase &db, const QString &placeId,
                                                    const QString &refusedCommandId, const QDateTime &now)
{
    PlacePutBack result;
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT confirmed_status, confirmed_freed_on FROM places WHERE id = ?"));
    read.addBindValue(placeId);
    if (!read.exec())
        return writeFailed(read.lastError().text());
    if (!read.next()) {
        result.what = PlacePutBack::What::NotHere;
        return result;
    }
    const bool confirmed = !read.value(0).isNull();
    result.status = Places::statusFromCode(read.value(0).toString()).value_or(PlaceStatus::Open);
    result.freedOn = toDate(read.value(1));
    // Another change of the desk's to this place not answered yet (later in the outbox: the
    // earlier ones are answered in order): its answer settles the place - the server's next
    // version if applied, this same putting back if refused.
    QSqlQuery waiting(db);
    waiting.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE state IN ('pending', 'sent') AND id <> ?"
                                   " AND type IN ('publish_place', 'withdraw_place', 'free_place')"
                                   " AND COALESCE(json_extract(payload, '$.place_id'), json_extract(payload, '$.id')) = ?"
                                   " LIMIT 1"));
    waiting.addBindValue(refusedCommandId);
    waiting.addBindValue(placeId);
    if (!waiting.exec())
        return writeFailed(waiting.lastError().text());
    if (waiting.next()) {
        result.what = PlacePutBack::What::Waiting;
        return result;
    }
    if (!confirmed) {
        result.what = PlacePutBack::What::Unconfirmed;
        return result;
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE places SET status = confirmed_status, freed_on = confirmed_freed_on,"
                                  " local_withdrawn_at = NULL, provisional = 0, updated_at = ? WHERE id = ?"));
    update.addBindValue(now.toMSecsSinceEpoch());
    update.addBindValue(placeId);
    if (!update.exec())
        return writeFailed(update.lastError().text());
    result.what = PlacePutBack::What::Done;
    return result;
}

Status PlaceStore::removeSynced(QSqlDatabase &db, const QString &placeId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM places WHERE id = ?"));
    query.addBindValue(placeId);
    if (!query.exec())
        return writeFailed(query.lastError().text());
    return {};
}

QString PlaceStore::bulletinKindCode(BulletinKind kind)
{
    return kind == BulletinKind::Freed ? QStringLiteral("freed") : QStringLiteral("withdrawn");
}

std::optional<BulletinKind> PlaceStore::bulletinKindFromCode(const QString &code)
{
    if (code == QLatin1String("freed"))
        return BulletinKind::Freed;
    if (code == QLatin1String("withdrawn"))
        return BulletinKind::Withdrawn;
    return std::nullopt;
}
