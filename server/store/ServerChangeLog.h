#pragma once

#include "store/ServerDb.h"

#include <QJsonObject>
#include <QList>

#include <string>

#include <optional>
#include <vector>

// The change log every desk downloads (docs/api.md, GET /api/v1/changes). One row per visible
// version of a record: scope "" is seen by every desk (the anonymous queue, the kindergartens),
// any other scope by the desks of that one kindergarten. Each row carries its partition's row
// count and additive checksum after it (core/sync/PartitionChecksum), so that a page's
// checkpoints are exact at the page's cursor.
struct ChangeRecord
{
    QString scope;        // "" or a kindergarten id
    QString partition;    // "year:2021", "org:<id>", "orgs"
    QString entity;       // "application", "org"
    QString entityId;
    qint64 version = 1;
    bool deleted = false; // the row left this partition
    QJsonObject payload;
};

namespace ServerChangeLog {

// Appends one change inside the caller's write transaction. previousVersion: the version of the
// same row already in this partition (its term leaves the checksum), nullopt for a new row.
ServerResult<qint64> append(ServerDb &db, const ChangeRecord &change, std::optional<qint64> previousVersion,
                            qint64 nowMsecs);

struct Page
{
    int count = 0;
    qint64 lastSeq = 0;       // the cursor after this page (the after given when empty)
    bool more = false;        // more changes wait after this page
    QByteArray checkpointsJson; // [{partition, count, checksum}] of the partitions in this page
};

// The changes after afterSeq that a desk of orgId may see, in commit order, at most limit,
// appended to out as a JSON array (written straight into the response: a page is megabytes).
ServerResult<Page> read(ServerDb &db, const QString &orgId, qint64 afterSeq, int limit, std::string &out);

// One read of the changes after afterSeq of every scope, shared by many parked long-polls
// (ApiHandler): each is then answered with pageFrom() instead of a read of its own.
struct SharedRow
{
    qint64 seq = 0;
    QString scope;
    QString partition;
    std::string json; // the row as read() writes it
    qint64 count = 0;
    qint64 checksum = 0;
};

struct SharedRead
{
    qint64 afterSeq = 0;
    bool complete = false; // every change after afterSeq is in rows (not cut at the cap)
    std::vector<SharedRow> rows;
    // When complete: the newest change in the store at the read (afterSeq when none came after).
    qint64 throughSeq() const { return rows.empty() ? afterSeq : rows.back().seq; }
};

ServerResult<SharedRead> readShared(ServerDb &db, qint64 afterSeq, int cap);

// Exactly the page read(db, orgId, afterSeq, limit) gives at the shared read's snapshot, or
// nullopt when the shared read cannot prove it (it started after the cursor, or was cut short
// before this page filled). knownThrough (at least afterSeq): nothing this desk may see lies
// between afterSeq and it (an earlier read proved it), so a read that starts there is enough.
// out as in read().
std::optional<Page> pageFrom(const SharedRead &shared, const QString &orgId, qint64 afterSeq, qint64 knownThrough, int limit,
                             std::string &out);

// The newest change of the store, whatever its scope (0 when none). Changes are numbered and
// committed in one order (docs/server.md), so every change up to it is committed: read before a
// page that comes back empty, it proves that nothing the desk may see lies up to it.
ServerResult<qint64> newestSeq(ServerDb &db);

// The newest change a desk of orgId may see (0 when none): long-polls wait until it passes their cursor.
ServerResult<qint64> latestVisible(ServerDb &db, const QString &orgId);

// text as a JSON string literal, escaped.
QByteArray jsonString(const QString &text);

// 16 lower-case hex digits: how the API writes a checksum.
QString checksumText(qint64 checksum);

} // namespace ServerChangeLog
