#include "store/ServerChangeLog.h"

#include "store/CanonicalJson.h"
#include "sync/PartitionChecksum.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>

namespace ServerChangeLog {

QByteArray jsonString(const QString &text)
{
    QByteArray out;
    CanonicalJson::appendString(out, text);
    return out;
}

QString checksumText(qint64 checksum)
{
    return QStringLiteral("%1").arg(PartitionChecksum::fromSigned(checksum), 16, 16, QLatin1Char('0'));
}

ServerResult<qint64> append(ServerDb &db, const ChangeRecord &change, std::optional<qint64> previousVersion,
                            qint64 nowMsecs)
{
    ServerResult<QSqlQuery *> current = db.exec(
        QStringLiteral("SELECT row_count, checksum FROM partitions WHERE partition_key = ?"), {change.partition});
    if (!current)
        return current.error();
    QSqlQuery &row = *current.value();
    qint64 count = 0;
    quint64 sum = 0;
    if (row.next()) {
        count = row.value(0).toLongLong();
        sum = PartitionChecksum::fromSigned(row.value(1).toLongLong());
    }
    if (previousVersion) {
        sum -= PartitionChecksum::rowHash(change.entityId, *previousVersion);
        --count;
    }
    if (!change.deleted) {
        sum += PartitionChecksum::rowHash(change.entityId, change.version);
        ++count;
    }
    const qint64 checksum = PartitionChecksum::toSigned(sum);
    if (ServerStatus saved = db.run(
            QStringLiteral("INSERT INTO partitions (partition_key, scope, row_count, checksum) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (partition_key) DO UPDATE SET row_count = excluded.row_count, checksum = excluded.checksum"),
            {change.partition, change.scope, count, checksum});
        !saved)
        return saved.error();
    ServerResult<QSqlQuery *> inserted = db.exec(
        QStringLiteral("INSERT INTO changes (scope, partition_key, entity, entity_id, version, deleted, payload, "
                       "part_count, part_checksum, committed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq"),
        {change.scope, change.partition, change.entity, change.entityId, change.version, change.deleted ? 1 : 0,
         QJsonDocument(change.payload).toJson(QJsonDocument::Compact), count, checksum, nowMsecs});
    if (!inserted)
        return inserted.error();
    QSqlQuery &seq = *inserted.value();
    if (!seq.next())
        return ServerDb::storeError(QStringLiteral("change not numbered"), QString());
    db.notifyChangesAtCommit();
    return seq.value(0).toLongLong();
}

namespace {

struct Checkpoint
{
    qint64 count;
    qint64 checksum;
};

// One change as the API writes it. Both read() and pageFrom() write rows through this, so a
// page answered from a shared read is byte for byte the page read() would give.
void appendRow(std::string &out, qint64 seq, const QString &partition, const QString &entity, const QString &entityId,
               qint64 version, bool deleted, const QByteArray &payload)
{
    const auto add = [&out](const QByteArray &bytes) { out.append(bytes.constData(), std::size_t(bytes.size())); };
    out.append("{\"seq\":").append(std::to_string(seq));
    out.append(",\"partition\":");
    add(jsonString(partition));
    out.append(",\"entity\":");
    add(jsonString(entity));
    out.append(",\"id\":");
    add(jsonString(entityId));
    out.append(",\"version\":").append(std::to_string(version));
    out.append(",\"deleted\":").append(deleted ? "true" : "false");
    out.append(",\"data\":");
    add(payload);
    out.push_back('}');
}

// Checkpoints in the order each partition first appears in the page, each as of the page's last
// change of that partition.
QByteArray checkpointsText(const QStringList &partitionOrder, const QHash<QString, Checkpoint> &checkpoints)
{
    QByteArray cp;
    cp.append('[');
    for (qsizetype i = 0; i < partitionOrder.size(); ++i) {
        const Checkpoint point = checkpoints.value(partitionOrder.at(i));
        if (i > 0)
            cp.append(',');
        cp.append("{\"partition\":").append(jsonString(partitionOrder.at(i))).append(",\"count\":")
            .append(QByteArray::number(point.count)).append(",\"checksum\":\"")
            .append(checksumText(point.checksum).toLatin1()).append("\"}");
    }
    cp.append(']');
    return cp;
}

} // namespace

ServerResult<Page> read(ServerDb &db, const QString &orgId, qint64 afterSeq, int limit, std::string &out)
{
    // Two index range scans (the public scope and the desk's own), merged: never a scan of
    // other kindergartens' rows.
    const QString columns = QStringLiteral("seq, partition_key, entity, entity_id, version, deleted, payload, part_count, part_checksum");
    const QString sql = QStringLiteral(
        "SELECT %1 FROM ("
        "SELECT * FROM (SELECT %1 FROM changes WHERE scope = '' AND seq > ? ORDER BY seq LIMIT ?) AS shared_rows "
        "UNION ALL "
        "SELECT * FROM (SELECT %1 FROM changes WHERE scope = ? AND seq > ? ORDER BY seq LIMIT ?) AS own_rows"
        ") AS visible ORDER BY seq LIMIT ?").arg(columns);
    const int fetch = limit + 1;
    ServerResult<QSqlQuery *> rows = db.exec(sql, {afterSeq, fetch, orgId, afterSeq, fetch, fetch});
    if (!rows)
        return rows.error();
    QSqlQuery &query = *rows.value();

    Page page;
    page.lastSeq = afterSeq;
    out.reserve(out.size() + std::size_t(limit) * 320);
    out.push_back('[');
    QHash<QString, Checkpoint> checkpoints;
    QStringList partitionOrder;
    while (query.next()) {
        if (page.count == limit) {
            page.more = true;
            break;
        }
        const qint64 seq = query.value(0).toLongLong();
        const QString partition = query.value(1).toString();
        if (page.count > 0)
            out.push_back(',');
        appendRow(out, seq, partition, query.value(2).toString(), query.value(3).toString(), query.value(4).toLongLong(),
                  query.value(5).toInt() != 0, query.value(6).toByteArray());
        if (!checkpoints.contains(partition))
            partitionOrder.append(partition);
        checkpoints.insert(partition, Checkpoint{query.value(7).toLongLong(), query.value(8).toLongLong()});
        page.lastSeq = seq;
        ++page.count;
    }
    out.push_back(']');
    page.checkpointsJson = checkpointsText(partitionOrder, checkpoints);
    return page;
}

ServerResult<SharedRead> readShared(ServerDb &db, qint64 afterSeq, int cap)
{
    // One range scan of the seq index, every scope: the rows of kindergartens with no parked
    // desk are read and dropped (after a wake-up they are a handful), never sent.
    ServerResult<QSqlQuery *> rows = db.exec(
        QStringLiteral("SELECT seq, scope, partition_key, entity, entity_id, version, deleted, payload, part_count, part_checksum "
                       "FROM changes WHERE seq > ? ORDER BY seq LIMIT ?"),
        {afterSeq, cap + 1});
    if (!rows)
        return rows.error();
    QSqlQuery &query = *rows.value();
    SharedRead shared;
    shared.afterSeq = afterSeq;
    shared.complete = true;
    while (query.next()) {
        if (int(shared.rows.size()) == cap) {
            shared.complete = false;
            break;
        }
        SharedRow row;
        row.seq = query.value(0).toLongLong();
        row.scope = query.value(1).toString();
        row.partition = query.value(2).toString();
        appendRow(row.json, row.seq, row.partition, query.value(3).toString(), query.value(4).toString(),
                  query.value(5).toLongLong(), query.value(6).toInt() != 0, query.value(7).toByteArray());
        row.count = query.value(8).toLongLong();
        row.checksum = query.value(9).toLongLong();
        shared.rows.push_back(std::move(row));
    }
    return shared;
}

std::optional<Page> pageFrom(const SharedRead &shared, const QString &orgId, qint64 afterSeq, qint64 knownThrough, int limit,
                             std::string &out)
{
    if (std::max(afterSeq, knownThrough) < shared.afterSeq)
        return std::nullopt; // the shared read started after what is known of this desk
    Page page;
    page.lastSeq = afterSeq;
    out.push_back('[');
    QHash<QString, Checkpoint> checkpoints;
    QStringList partitionOrder;
    for (const SharedRow &row : shared.rows) {
        if (row.seq <= afterSeq || (!row.scope.isEmpty() && row.scope != orgId))
            continue; // scoping (docs/api.md): another kindergarten's rows never reach this desk
        if (page.count == limit) {
            page.more = true;
            break;
        }
        if (page.count > 0)
            out.push_back(',');
        out.append(row.json);
        if (!checkpoints.contains(row.partition))
            partitionOrder.append(row.partition);
        checkpoints.insert(row.partition, Checkpoint{row.count, row.checksum});
        page.lastSeq = row.seq;
        ++page.count;
    }
    // A read cut short proves nothing about the rows after it unless this page is full already.
    if (!shared.complete && !page.more)
        return std::nullopt;
    out.push_back(']');
    page.checkpointsJson = checkpointsText(partitionOrder, checkpoints);
    return page;
}

ServerResult<qint64> newestSeq(ServerDb &db)
{
    ServerResult<QSqlQuery *> rows = db.exec(QStringLiteral("SELECT MAX(seq) FROM changes"), {});
    if (!rows)
        return rows.error();
    QSqlQuery &query = *rows.value();
    return query.next() ? query.value(0).toLongLong() : 0;
}

ServerResult<qint64> latestVisible(ServerDb &db, const QString &orgId)
{
    ServerResult<QSqlQuery *> rows = db.exec(
        QStringLiteral("SELECT MAX(seq) FROM changes WHERE scope = '' OR scope = ?"), {orgId});
    if (!rows)
        return rows.error();
    QSqlQuery &query = *rows.value();
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace ServerChangeLog
