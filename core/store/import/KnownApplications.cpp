#include "store/import/KnownApplications.h"

#include "store/SqliteApi.h"
#include "store/import/SqliteCalls.h"

namespace Import {

namespace {

template<typename Key>
std::optional<qint64> tryInsertInto(QHash<Key, qint64> &hash, const Key &key, qint64 owner)
{
    const qsizetype before = hash.size();
    qint64 &value = hash[key]; // one lookup
    if (hash.size() == before)
        return value;
    value = owner;
    return std::nullopt;
}

std::optional<qint64> iinNumber(QByteArrayView iin)
{
    if (iin.size() != 12)
        return std::nullopt;
    qint64 number = 0;
    for (const char c : iin) {
        if (c < '0' || c > '9')
            return std::nullopt;
        number = number * 10 + (c - '0');
    }
    return number;
}

QByteArrayView columnText(sqlite3_stmt *statement, int column)
{
    return QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                          sqlite3_column_bytes(statement, column));
}

} // namespace

bool IdSet::insert(QByteArrayView id)
{
    if (const auto uuid = parseUuid(id)) {
        const qsizetype before = m_uuids.size();
        m_uuids.insert(*uuid);
        return m_uuids.size() != before;
    }
    const qsizetype before = m_others.size();
    m_others.insert(id.toByteArray());
    return m_others.size() != before;
}

void IdSet::remove(QByteArrayView id)
{
    if (const auto uuid = parseUuid(id))
        m_uuids.remove(*uuid);
    else
        m_others.remove(id.toByteArray());
}

std::optional<std::pair<quint64, quint64>> IdSet::parseUuid(QByteArrayView text)
{
    if (text.size() != 36)
        return std::nullopt;
    quint64 parts[2] = {0, 0};
    int nibble = 0;
    for (qsizetype i = 0; i < 36; ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return std::nullopt;
            continue;
        }
        int value;
        if (c >= '0' && c <= '9')
            value = c - '0';
        else if (c >= 'a' && c <= 'f')
            value = c - 'a' + 10;
        else
            return std::nullopt; // upper case is another id for the store
        parts[nibble / 16] = (parts[nibble / 16] << 4) | quint64(value);
        ++nibble;
    }
    return std::make_pair(parts[0], parts[1]);
}

std::optional<qint64> ActiveChildren::tryInsert(QByteArrayView iin, qint64 owner)
{
    if (const auto number = iinNumber(iin))
        return tryInsertInto(m_numbers, *number, owner);
    return tryInsertInto(m_others, iin.toByteArray(), owner);
}

void ActiveChildren::replaceOwner(QByteArrayView iin, qint64 owner)
{
    if (const auto number = iinNumber(iin))
        m_numbers.insert(*number, owner);
    else
        m_others.insert(iin.toByteArray(), owner);
}

Status KnownApplications::load(sqlite3 *db, qsizetype records)
{
    // One read snapshot for the three reads: another process's import committing between them
    // left its row out of the ids but in the active children and before lastRowid, so a record
    // of the same application was refused as "this child already has an active application"
    // (itself) instead of counted as already present (tst_cli_robust firstOpensOfANewStoreAtOnce).
    if (!execute(db, QStringLiteral("BEGIN")))
        return sqliteFailed(db);
    const Status read = [&]() -> Status {
        SqliteStatement idQuery(db, "SELECT id FROM applications");
        if (!idQuery)
            return sqliteFailed(db);
        while (sqlite3_step(idQuery.get()) == SQLITE_ROW)
            ids.insert(columnText(idQuery.get(), 0));
        SqliteStatement children(db, "SELECT child_iin, id FROM applications WHERE status <> 'archived'");
        if (!children)
            return sqliteFailed(db);
        while (sqlite3_step(children.get()) == SQLITE_ROW) {
            // Any one of them answers the check (there is one, unless written against the rule).
            if (!activeChildren.tryInsert(columnText(children.get(), 0), -1 - storeOwners.size()))
                storeOwners.append(QString::fromUtf8(columnText(children.get(), 1)));
        }
        SqliteStatement newest(db, "SELECT COALESCE(MAX(rowid), 0) FROM applications");
        if (!newest || sqlite3_step(newest.get()) != SQLITE_ROW)
            return sqliteFailed(db);
        lastRowid = sqlite3_column_int64(newest.get(), 0);
        return {};
    }();
    if (!read) {
        execute(db, QStringLiteral("ROLLBACK"));
        return read;
    }
    if (!execute(db, QStringLiteral("COMMIT")))
        return sqliteFailed(db);
    storeRows = ids.size();
    ids.reserve(storeRows + records);
    activeChildren.reserve(storeOwners.size() + records);
    return {};
}

Expected<std::optional<KnownApplications::Taken>> KnownApplications::catchUp(sqlite3 *db, QByteArrayView currentId,
                                                                            QByteArrayView currentIin,
                                                                            qint64 currentIndex)
{
    // This import's own rows come too: their ids and children are in the sets already, owned by
    // their records, so they change nothing here.
    SqliteStatement rows(db, "SELECT rowid, id, child_iin, status FROM applications WHERE rowid > ?1 ORDER BY rowid");
    if (!rows)
        return sqliteFailed(db);
    sqlite3_bind_int64(rows.get(), 1, lastRowid);
    std::optional<Taken> taken;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(rows.get())) == SQLITE_ROW) {
        lastRowid = sqlite3_column_int64(rows.get(), 0);
        const QByteArrayView id = columnText(rows.get(), 1);
        const QByteArrayView iin = columnText(rows.get(), 2);
        if (!ids.insert(id) && id == currentId)
            taken = Taken{QString::fromUtf8(id), true};
        if (QByteArrayView(columnText(rows.get(), 3)) == QByteArrayView("archived") || iin.isEmpty())
            continue;
        const qint64 owner = -1 - storeOwners.size();
        const std::optional<qint64> existing = activeChildren.tryInsert(iin, owner);
        if (!existing) {
            storeOwners.append(QString::fromUtf8(id));
        } else if (*existing == currentIndex && iin == currentIin) {
            // The child's application came first: it owns the child now, the record is refused.
            activeChildren.replaceOwner(iin, owner);
            storeOwners.append(QString::fromUtf8(id));
            if (!taken)
                taken = Taken{QString::fromUtf8(id), false};
        }
    }
    if (step != SQLITE_DONE)
        return sqliteFailed(db);
    return taken;
}

} // namespace Import
