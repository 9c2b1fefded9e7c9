#include "store/PartitionRead.h"

#include "store/ServerChangeLog.h"

#include <algorithm>

namespace PartitionRead {

namespace {

bool isAsciiDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty();
}

bool isEntityName(QStringView text)
{
    for (const QChar c : text) {
        if (!((c >= u'a' && c <= u'z') || c == u'_'))
            return false;
    }
    return !text.isEmpty();
}

} // namespace

std::optional<QString> scopeOf(const QString &partition)
{
    static const QString yearPrefix = QStringLiteral("year:");
    static const QString orgPrefix = QStringLiteral("org:");
    if (partition == QStringLiteral("orgs"))
        return QString();
    if (partition.startsWith(yearPrefix)) {
        const QStringView year = QStringView(partition).mid(yearPrefix.size());
        if (year.size() == 4 && isAsciiDigits(year))
            return QString();
        return std::nullopt;
    }
    if (partition.startsWith(orgPrefix)) {
        const QString org = partition.mid(orgPrefix.size());
        if (org.isEmpty() || org.size() > 100 || org.trimmed() != org)
            return std::nullopt;
        return org;
    }
    return std::nullopt;
}

std::optional<Key> parseKey(const QString &text)
{
    if (text.isEmpty())
        return Key{};
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0 || colon == text.size() - 1 || text.size() > 400)
        return std::nullopt;
    Key key{text.left(colon), text.mid(colon + 1)};
    if (!isEntityName(key.entity))
        return std::nullopt;
    return key;
}

QString keyText(const Key &key)
{
    return key.entity.isEmpty() ? QString() : key.entity + u':' + key.id;
}

ServerResult<Page> read(ServerDb &db, const QString &partition, const QString &deskScope, const Key &after, int limit,
                        std::string &out)
{
    return inReadTransaction<Page>(db, [&](ServerDb &store) -> ServerResult<Page> {
        Page page;
        // The snapshot's newest change this desk may see: the first statement fixes the snapshot
        // (SQLite), and each MAX is one probe of the (scope, seq) index.
        ServerResult<QSqlQuery *> newest = store.exec(
            QStringLiteral("SELECT (SELECT MAX(seq) FROM changes WHERE scope = ''), (SELECT MAX(seq) FROM changes WHERE scope = ?)"),
            {deskScope});
        if (!newest)
            return newest.error();
        if (QSqlQuery &row = *newest.value(); row.next())
            page.at = std::max(row.value(0).toLongLong(), row.value(1).toLongLong());

        // A row is current when it is the latest of its (entity, id) in the partition and does
        // not say the row left. Both conditions walk the changes_partition_rows index: one range
        // from the key on, one probe per row for a later version.
        ServerResult<QSqlQuery *> rows = store.exec(
            QStringLiteral("SELECT c.entity, c.entity_id, c.version, c.payload FROM changes AS c "
                           "WHERE c.partition_key = ? AND (c.entity, c.entity_id) > (?, ?) AND c.deleted = 0 "
                           "AND NOT EXISTS (SELECT 1 FROM changes AS later WHERE later.partition_key = c.partition_key "
                           "AND later.entity = c.entity AND later.entity_id = c.entity_id AND later.seq > c.seq) "
                           "ORDER BY c.entity, c.entity_id LIMIT ?"),
            {partition, after.entity, after.id, limit + 1});
        if (!rows)
            return rows.error();
        QSqlQuery &query = *rows.value();
        out.reserve(out.size() + std::size_t(limit) * 320);
        out.push_back('[');
        const auto add = [&out](const QByteArray &bytes) { out.append(bytes.constData(), std::size_t(bytes.size())); };
        while (query.next()) {
            if (page.count == limit) {
                page.more = true;
                break;
            }
            page.next = Key{query.value(0).toString(), query.value(1).toString()};
            if (page.count > 0)
                out.push_back(',');
            out.append("{\"entity\":");
            add(ServerChangeLog::jsonString(page.next.entity));
            out.append(",\"id\":");
            add(ServerChangeLog::jsonString(page.next.id));
            out.append(",\"version\":").append(std::to_string(query.value(2).toLongLong()));
            out.append(",\"data\":");
            add(query.value(3).toByteArray());
            out.push_back('}');
            ++page.count;
        }
        out.push_back(']');
        store.finishStatements();
        if (page.more)
            return page;

        // The last page: the partition's count and checksum in the same snapshot.
        ServerResult<QSqlQuery *> totals = store.exec(
            QStringLiteral("SELECT row_count, checksum FROM partitions WHERE partition_key = ?"), {partition});
        if (!totals)
            return totals.error();
        if (QSqlQuery &row = *totals.value(); row.next()) {
            page.rowCount = row.value(0).toLongLong();
            page.checksum = row.value(1).toLongLong();
        }
        return page;
    });
}

} // namespace PartitionRead
