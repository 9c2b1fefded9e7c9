#include "sync/Explain.h"

#include "distribution/Distribution.h"
#include "domain/Iin.h"
#include "store/ApplicationJson.h"
#include "store/RegionPlaces.h"
#include "sync/Distributor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

namespace {

QString reasonText(const QString &code)
{
    const std::optional<Distribution::PassReason> reason = Distribution::reasonFromCode(code);
    return reason ? QStringLiteral("%1 (%2)").arg(code, Distribution::reasonLabel(*reason)) : code;
}

QString placeText(const Place &p)
{
    return QStringLiteral("%1: kindergarten %2, group \"%3\", born %4..%5, language %6, %7 group, %8, %9 admission")
        .arg(p.id, p.kindergartenId, p.groupName, p.birthFrom.toString(Qt::ISODate), p.birthTo.toString(Qt::ISODate),
             ApplicationJson::languageCode(p.language), Directions::groupTypeCode(p.groupType),
             Directions::workingModeCode(p.workingMode), Directions::admissionModeCode(p.admissionMode));
}

} // namespace

namespace Explain {

ServerResult<QString> direction(ServerDb &db, const QString &number)
{
    ServerResult<QSqlQuery *> rows = db.exec(
        QStringLiteral("SELECT e.place_id, e.application_id, e.position, e.counts, e.listed, e.decided_at, d.status "
                       "FROM direction_explanations e JOIN directions d ON d.number = e.direction_number WHERE e.direction_number = ?"),
        {number});
    if (!rows)
        return rows.error();
    QSqlQuery &row = *rows.value();
    if (!row.next()) {
        ServerResult<QSqlQuery *> exists = db.exec(QStringLiteral("SELECT 1 FROM directions WHERE number = ?"), {number});
        if (!exists)
            return exists.error();
        if (exists.value()->next())
            return ServerError{QStringLiteral("no_explanation"),
                               QStringLiteral("direction %1 was not issued by distribution (it was imported)").arg(number)};
        return ServerError{QStringLiteral("not_found"), QStringLiteral("no direction %1").arg(number)};
    }
    const QString placeId = row.value(0).toString();
    const QString applicationId = row.value(1).toString();
    const int position = row.value(2).toInt();
    const QJsonObject counts = QJsonDocument::fromJson(row.value(3).toString().toUtf8()).object();
    const int listed = row.value(4).toInt();
    const QDateTime decidedAt = QDateTime::fromMSecsSinceEpoch(row.value(5).toLongLong(), Qt::UTC);
    const QString status = row.value(6).toString();

    QString text = QStringLiteral("direction %1 (%2)\n").arg(number, status);
    ServerResult<std::optional<RegionPlace>> place = RegionPlaces::find(db, placeId);
    if (!place)
        return place.error();
    text += QStringLiteral("  place:      %1\n").arg(place.value() ? placeText(place.value()->place) : placeId);
    text += QStringLiteral("  given to:   application %1, number %2 in the queue of the place's age period\n")
                .arg(applicationId).arg(position);
    text += QStringLiteral("  decided at: %1\n").arg(decidedAt.toString(Qt::ISODate));
    QStringList perReason;
    int ahead = 0;
    for (const Distribution::PassReason reason : Distribution::allPassReasons()) {
        const int n = counts.value(Distribution::reasonCode(reason)).toInt();
        if (n == 0)
            continue;
        if (reason != Distribution::PassReason::BirthDate)
            ahead += n;
        perReason.append(QStringLiteral("%1 %2").arg(Distribution::reasonCode(reason)).arg(n));
    }
    text += QStringLiteral("  ahead of it and passed over: %1%2\n")
                .arg(ahead)
                .arg(perReason.isEmpty() ? QString() : QStringLiteral(" (") + perReason.join(QStringLiteral(", ")) + u')');
    if (listed > 0) {
        text += QStringLiteral("  the first %1 in queue order:\n").arg(listed);
        ServerResult<QSqlQuery *> passed = db.exec(
            QStringLiteral("SELECT rank, application_id, reason FROM passed_over WHERE direction_number = ? ORDER BY rank"), {number});
        if (!passed)
            return passed.error();
        QSqlQuery &p = *passed.value();
        while (p.next())
            text += QStringLiteral("    %1. %2  %3\n").arg(p.value(0).toInt() + 1).arg(p.value(1).toString(), reasonText(p.value(2).toString()));
    }
    return text;
}

ServerResult<QString> child(ServerDb &db, const QString &childIin)
{
    const Expected<Iin> iin = Iin::parse(childIin, Field::ChildIin);
    if (!iin)
        return ServerError{QStringLiteral("invalid_iin"), iin.error().message()};
    ServerResult<QSqlQuery *> rows = db.exec(
        QStringLiteral("SELECT id, status, birth_year FROM applications WHERE child_iin = ? "
                       "ORDER BY CASE WHEN status = 'archived' THEN 1 ELSE 0 END, updated_at DESC"),
        {iin->toString()});
    if (!rows)
        return rows.error();
    QStringList ids;
    QString text;
    QSqlQuery &row = *rows.value();
    while (row.next()) {
        ids.append(row.value(0).toString());
        text += QStringLiteral("application %1: %2, born %3\n").arg(row.value(0).toString(), row.value(1).toString()).arg(row.value(2).toInt());
    }
    if (ids.isEmpty())
        return ServerError{QStringLiteral("not_found"), QStringLiteral("no application for this child")};
    int found = 0;
    for (const QString &id : std::as_const(ids)) {
        ServerResult<QSqlQuery *> passed = db.exec(
            QStringLiteral("SELECT p.direction_number, p.reason, e.place_id, e.position, e.decided_at FROM passed_over p "
                           "JOIN direction_explanations e ON e.direction_number = p.direction_number "
                           "WHERE p.application_id = ? ORDER BY e.decided_at, p.direction_number"),
            {id});
        if (!passed)
            return passed.error();
        QSqlQuery &p = *passed.value();
        while (p.next()) {
            ++found;
            text += QStringLiteral("  passed over for direction %1 (place %2, %3), given to number %4: %5\n")
                        .arg(p.value(0).toString(), p.value(2).toString(),
                             QDateTime::fromMSecsSinceEpoch(p.value(4).toLongLong(), Qt::UTC).toString(Qt::ISODate))
                        .arg(p.value(3).toInt())
                        .arg(reasonText(p.value(1).toString()));
        }
    }
    if (found == 0)
        text += QStringLiteral("  no direction lists this child among the first %1 passed over: no place went to a child behind "
                               "it whom it could have taken\n")
                    .arg(Distributor::listLimit);
    return text;
}

ServerResult<std::optional<QJsonObject>> forDesk(ServerDb &db, const QString &applicationId, const QString &orgId)
{
    ServerResult<QSqlQuery *> rows =
        db.exec(QStringLiteral("SELECT status FROM applications WHERE id = ? AND org_id = ?"), {applicationId, orgId});
    if (!rows)
        return rows.error();
    if (!rows.value()->next())
        return std::optional<QJsonObject>();
    const QString status = rows.value()->value(0).toString();
    ServerResult<QSqlQuery *> passed = db.exec(
        QStringLiteral("SELECT p.direction_number, p.reason, e.place_id, e.position, e.decided_at FROM passed_over p "
                       "JOIN direction_explanations e ON e.direction_number = p.direction_number "
                       "WHERE p.application_id = ? ORDER BY e.decided_at, p.direction_number LIMIT 500"),
        {applicationId});
    if (!passed)
        return passed.error();
    struct Row
    {
        QString number, reason, placeId;
        int position = 0;
        qint64 decidedAt = 0;
    };
    QList<Row> found;
    for (QSqlQuery &p = *passed.value(); p.next();)
        found.append(Row{p.value(0).toString(), p.value(1).toString(), p.value(2).toString(), p.value(3).toInt(),
                         p.value(4).toLongLong()});
    QJsonArray list;
    for (const Row &row : std::as_const(found)) {
        ServerResult<std::optional<RegionPlace>> place = RegionPlaces::find(db, row.placeId);
        if (!place)
            return place.error();
        QJsonObject placeJson{{QStringLiteral("id"), row.placeId}};
        if (place.value()) {
            const Place &p = place.value()->place;
            placeJson.insert(QStringLiteral("kindergarten_id"), p.kindergartenId);
            placeJson.insert(QStringLiteral("group_name"), p.groupName);
            placeJson.insert(QStringLiteral("birth_from"), p.birthFrom.toString(Qt::ISODate));
            placeJson.insert(QStringLiteral("birth_to"), p.birthTo.toString(Qt::ISODate));
            placeJson.insert(QStringLiteral("language"), ApplicationJson::languageCode(p.language));
        }
        list.append(QJsonObject{{QStringLiteral("direction_number"), row.number},
                                {QStringLiteral("reason"), row.reason},
                                {QStringLiteral("decided_at"), QDateTime::fromMSecsSinceEpoch(row.decidedAt, Qt::UTC).toString(Qt::ISODateWithMs)},
                                {QStringLiteral("position"), row.position},
                                {QStringLiteral("place"), placeJson}});
    }
    return std::optional<QJsonObject>(QJsonObject{{QStringLiteral("application_id"), applicationId},
                                                  {QStringLiteral("status"), status},
                                                  {QStringLiteral("listed_limit"), Distributor::listLimit},
                                                  {QStringLiteral("passed_over"), list}});
}

} // namespace Explain
