#include "store/RegionAdmin.h"

#include "domain/Bin.h"
#include "store/ServerChangeLog.h"
#include "store/ServerJournal.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUuid>

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Desk deskFromRow(const QSqlQuery &row)
{
    Desk desk;
    desk.id = row.value(0).toString();
    desk.orgId = row.value(1).toString();
    desk.label = row.value(2).toString();
    desk.revoked = !row.value(3).isNull();
    desk.lastSeq = row.value(4).toLongLong();
    desk.headSeq = row.value(5).toLongLong();
    desk.headAt = row.value(6).toLongLong();
    desk.lastCreatedAt = row.value(7).toLongLong();
    desk.number = row.value(8).toInt();
    return desk;
}

const char *deskColumns = "id, org_id, label, revoked_at, last_seq, head_seq, head_at, last_created_at, number";

} // namespace

namespace RegionAdmin {

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

ServerResult<Org> addOrg(ServerDb &db, const QString &nameKk, const QString &nameRu, const QString &bin,
                         const QDateTime &now)
{
    Org org{newId(), nameKk.trimmed(), nameRu.trimmed(), QString()};
    if (org.nameKk.isEmpty() || org.nameRu.isEmpty())
        return ServerError{QStringLiteral("invalid_name"), QStringLiteral("a kindergarten needs its name in Kazakh and in Russian")};
    const Expected<QString> digits = Bin::parse(bin);
    if (!digits)
        return ServerError{QStringLiteral("invalid_bin"), QStringLiteral("'%1' is not a valid BIN: %2").arg(bin, digits.error().message())};
    org.bin = digits.value();
    return inWriteTransaction<Org>(db, [&](ServerDb &store) -> ServerResult<Org> {
        ServerResult<QSqlQuery *> existing = store.exec(QStringLiteral("SELECT id FROM orgs WHERE bin = ?"), {org.bin});
        if (!existing)
            return existing.error();
        if (QSqlQuery &found = *existing.value(); found.next())
            return ServerError{QStringLiteral("duplicate_bin"), QStringLiteral("a kindergarten with BIN %1 exists: %2").arg(org.bin, found.value(0).toString())};
        if (ServerStatus saved = store.run(QStringLiteral("INSERT INTO orgs (id, name_kk, name_ru, bin, created_at) VALUES (?, ?, ?, ?, ?)"),
                                           {org.id, org.nameKk, org.nameRu, org.bin, now.toMSecsSinceEpoch()});
            !saved)
            return saved.error();
        const QJsonObject payload{{QStringLiteral("id"), org.id}, {QStringLiteral("name_kk"), org.nameKk},
                                  {QStringLiteral("name_ru"), org.nameRu}, {QStringLiteral("bin"), org.bin}};
        if (ServerResult<qint64> logged = ServerChangeLog::append(
                store, ChangeRecord{QString(), QStringLiteral("orgs"), QStringLiteral("org"), org.id, 1, false, payload},
                std::nullopt, now.toMSecsSinceEpoch());
            !logged)
            return logged.error();
        if (ServerStatus journaled = ServerJournal::append(store, QStringLiteral("org_added"), QStringLiteral("org"), org.id,
                                                           payload, QStringLiteral("admin"), now);
            !journaled)
            return journaled.error();
        return org;
    });
}

ServerResult<QList<Org>> listOrgs(ServerDb &db)
{
    ServerResult<QSqlQuery *> rows = db.exec(QStringLiteral("SELECT id, name_kk, name_ru, bin FROM orgs ORDER BY name_kk, id"));
    if (!rows)
        return rows.error();
    QSqlQuery &query = *rows.value();
    QList<Org> orgs;
    while (query.next())
        orgs.append(Org{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    return orgs;
}

ServerResult<NewDesk> addDesk(ServerDb &db, const QString &orgId, const QString &label, const QDateTime &now)
{
    // 32 random bytes from the system's generator, hex: the desk's bearer token.
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), secret.size() / 4);
    NewDesk made;
    made.token = QStringLiteral("qd_") + QString::fromLatin1(secret.toHex());
    made.desk.id = newId();
    made.desk.orgId = orgId;
    made.desk.label = label.trimmed().isEmpty() ? QStringLiteral("desk") : label.trimmed();
    return inWriteTransaction<NewDesk>(db, [&](ServerDb &store) -> ServerResult<NewDesk> {
        ServerResult<QSqlQuery *> org = store.exec(QStringLiteral("SELECT id FROM orgs WHERE id = ?"), {orgId});
        if (!org)
            return org.error();
        if (QSqlQuery &found = *org.value(); !found.next())
            return ServerError{QStringLiteral("org_not_found"), QStringLiteral("no kindergarten with id '%1' (see `org list`)").arg(orgId)};
        // Until it first reports its outbox head, a desk is taken to have had nothing written
        // when it was added: it cannot file before it existed (docs/design.md, filing times).
        // Issue 13 item 1: the next number in the region (a revoked desk keeps its own, so none
        // is given twice); inside the write transaction, so two `desk add` at once differ.
        ServerResult<QSqlQuery *> last = store.exec(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM desks"), {});
        if (!last)
            return last.error();
        made.desk.number = last.value()->next() ? last.value()->value(0).toInt() : 1;
        if (ServerStatus saved = store.run(QStringLiteral("INSERT INTO desks (id, org_id, label, token_hash, created_at, head_at, number) "
                                                          "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                           {made.desk.id, orgId, made.desk.label, tokenHash(made.token), now.toMSecsSinceEpoch(),
                                            now.toMSecsSinceEpoch(), made.desk.number});
            !saved)
            return saved.error();
        if (ServerStatus journaled = ServerJournal::append(store, QStringLiteral("desk_added"), QStringLiteral("desk"), made.desk.id,
                                                           QJsonObject{{QStringLiteral("org_id"), orgId},
                                                                       {QStringLiteral("desk_number"), made.desk.number}},
                                                           QStringLiteral("admin"), now);
            !journaled)
            return journaled.error();
        return made;
    });
}

ServerResult<QList<Desk>> listDesks(ServerDb &db)
{
    ServerResult<QSqlQuery *> rows = db.exec(QStringLiteral("SELECT %1 FROM desks ORDER BY org_id, created_at, id").arg(QLatin1String(deskColumns)));
    if (!rows)
        return rows.error();
    QSqlQuery &query = *rows.value();
    QList<Desk> desks;
    while (query.next())
        desks.append(deskFromRow(query));
    return desks;
}

ServerStatus revokeDesk(ServerDb &db, const QString &deskId, const QDateTime &now)
{
    ServerResult<bool> done = inWriteTransaction<bool>(db, [&](ServerDb &store) -> ServerResult<bool> {
        ServerResult<QSqlQuery *> updated = store.exec(QStringLiteral("UPDATE desks SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
                                                     {now.toMSecsSinceEpoch(), deskId});
        if (!updated)
            return updated.error();
        if (updated.value()->numRowsAffected() != 1)
            return ServerError{QStringLiteral("desk_not_found"), QStringLiteral("no live desk with id '%1' (see `desk list`)").arg(deskId)};
        if (ServerStatus journaled = ServerJournal::append(store, QStringLiteral("desk_revoked"), QStringLiteral("desk"), deskId,
                                                           QJsonObject{}, QStringLiteral("admin"), now);
            !journaled)
            return journaled.error();
        return true;
    });
    if (!done)
        return done.error();
    return {};
}

static ServerResult<std::optional<Desk>> deskWhere(ServerDb &db, const char *condition, const QString &value)
{
    ServerResult<QSqlQuery *> rows = db.exec(
        QStringLiteral("SELECT %1 FROM desks WHERE %2").arg(QLatin1String(deskColumns), QLatin1String(condition)), {value});
    if (!rows)
        return rows.error();
    QSqlQuery &query = *rows.value();
    if (!query.next())
        return std::optional<Desk>();
    return std::optional<Desk>(deskFromRow(query));
}

ServerResult<std::optional<Desk>> deskForToken(ServerDb &db, const QString &token)
{
    return deskWhere(db, "token_hash = ? AND revoked_at IS NULL", tokenHash(token));
}

ServerResult<std::optional<Desk>> deskById(ServerDb &db, const QString &deskId)
{
    return deskWhere(db, "id = ?", deskId);
}

} // namespace RegionAdmin
