#pragma once

#include "store/ServerDb.h"

#include <QDateTime>
#include <QList>

// The region's kindergartens and their desks (docs/server.md: org add/list, desk add/list/revoke).
struct Org
{
    QString id;
    QString nameKk;
    QString nameRu;
    QString bin;
};

struct Desk
{
    QString id;
    QString orgId;
    QString label;
    bool revoked = false;
    qint64 lastSeq = 0;   // the last desk_seq with a stored outcome
    qint64 headSeq = 0;   // the outbox head the desk last reported
    qint64 headAt = 0;    // server time (ms) when it reported it
    qint64 lastCreatedAt = 0;
    // Issue 13 item 1: the desk's number in the region (1, 2, 3, ... in the order desks were
    // added), the DDD of its application numbers "YYYY-DDD-NNNNN"; never given twice.
    int number = 0;
};

namespace RegionAdmin {

// Adds a kindergarten (BIN checked like the desk checks it) and publishes it to every desk.
// Errors: "invalid_bin", "invalid_name", "duplicate_bin".
ServerResult<Org> addOrg(ServerDb &db, const QString &nameKk, const QString &nameRu, const QString &bin,
                         const QDateTime &now);
ServerResult<QList<Org>> listOrgs(ServerDb &db);

struct NewDesk
{
    Desk desk;
    QString token; // shown once; the store keeps its SHA-256 only
};
// Errors: "org_not_found".
ServerResult<NewDesk> addDesk(ServerDb &db, const QString &orgId, const QString &label, const QDateTime &now);
ServerResult<QList<Desk>> listDesks(ServerDb &db);
// Errors: "desk_not_found".
ServerStatus revokeDesk(ServerDb &db, const QString &deskId, const QDateTime &now);

// The desk a bearer token belongs to, if it is a live one (not revoked).
ServerResult<std::optional<Desk>> deskForToken(ServerDb &db, const QString &token);
ServerResult<std::optional<Desk>> deskById(ServerDb &db, const QString &deskId);

QString tokenHash(const QString &token);

} // namespace RegionAdmin
