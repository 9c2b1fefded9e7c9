#pragma once

#include "store/ServerDb.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>

// One partition's current rows, paged (docs/api.md, GET /api/v1/partition): what a desk
// downloads again when its checksum of the partition differs from a checkpoint. The rows come
// from the change log itself (each (entity, id)'s latest row in the partition, unless that row
// says it left), so ids, versions and data are exactly what replaying the feed gives.
namespace PartitionRead {

// The partition's scope: "" for `orgs` and `year:YYYY` (every desk), the kindergarten's id for
// `org:ID` (its desks only); nullopt for a name that is none of these.
std::optional<QString> scopeOf(const QString &partition);

// A page's position: the last (entity, id) given. Written as "ENTITY:ID" (an entity name never
// holds a colon); the empty key is the start.
struct Key
{
    QString entity;
    QString id;
};
std::optional<Key> parseKey(const QString &text);
QString keyText(const Key &key);

struct Page
{
    qint64 at = 0;       // the change-log sequence the page is consistent with
    int count = 0;
    bool more = false;   // rows remain after next
    Key next;            // the last row given (empty when the page is empty)
    // On the last page (more == false): the partition as of at.
    qint64 rowCount = 0;
    qint64 checksum = 0;
};

// At most limit current rows of partition after the key, in (entity, id) order, appended to out
// as a JSON array of {"entity", "id", "version", "data"}, all read in one snapshot. deskScope:
// the reading desk's kindergarten; at is the newest change that desk may see in that snapshot.
ServerResult<Page> read(ServerDb &db, const QString &partition, const QString &deskScope, const Key &after, int limit,
                        std::string &out);

} // namespace PartitionRead
