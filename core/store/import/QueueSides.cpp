#include "store/import/QueueSides.h"

#include "domain/QueueOrder.h"
#include "store/SqliteApi.h"
#include "store/import/SqliteCalls.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>

namespace Import {

QueueSides::QueueSides(QSqlDatabase qtDb, RuleSettings settings)
    : m_db(std::move(qtDb))
    , m_settings(std::move(settings))
{
}

Status QueueSides::loadAll(sqlite3 *db)
{
    QList<std::pair<int, int>> storedSides;
    {
        SqliteStatement query(db, "SELECT DISTINCT birth_year, right_rank FROM applications");
        if (!query)
            return sqliteFailed(db);
        while (sqlite3_step(query.get()) == SQLITE_ROW)
            storedSides.append({sqlite3_column_int(query.get(), 0), sqlite3_column_int(query.get(), 1)});
    }
    for (const auto &[year, right] : std::as_const(storedSides))
        if (const Expected<SideState *> state = side(year, right); !state)
            return state.error();
    m_complete = true;
    return {};
}

Expected<QueueSides::SideState *> QueueSides::side(int year, int right)
{
    const auto found = m_sides.find({year, right});
    if (found != m_sides.end())
        return &*found;
    SideState state;
    QSqlQuery query(m_db);
    if (m_complete) {
        query.prepare(QStringLiteral("SELECT count(*) FROM queue_stale WHERE birth_year = :y AND right_rank = :r"));
        query.bindValue(QStringLiteral(":y"), year);
        query.bindValue(QStringLiteral(":r"), right);
        if (!query.exec() || !query.next())
            return writeFailed(query.lastError().text());
        state.stale = query.value(0).toInt() > 0;
        return &*m_sides.insert({year, right}, state);
    }
    query.prepare(QStringLiteral("SELECT count(*), (SELECT count(*) FROM queue_stale WHERE birth_year = :y2"
                                 " AND right_rank = :r2) FROM applications WHERE birth_year = :y AND right_rank = :r"));
    query.bindValue(QStringLiteral(":y"), year);
    query.bindValue(QStringLiteral(":r"), right);
    query.bindValue(QStringLiteral(":y2"), year);
    query.bindValue(QStringLiteral(":r2"), right);
    if (!query.exec() || !query.next())
        return writeFailed(query.lastError().text());
    state.count = query.value(0).toLongLong();
    state.stale = query.value(1).toInt() > 0;
    query.finish();
    if (state.count > 0) {
        query.prepare(QStringLiteral("SELECT filed_at, queue_sequence, id FROM applications"
                                     " WHERE birth_year = :y AND right_rank = :r"
                                     " ORDER BY filed_at DESC, queue_sequence DESC, id DESC LIMIT 1"));
        query.bindValue(QStringLiteral(":y"), year);
        query.bindValue(QStringLiteral(":r"), right);
        if (!query.exec() || !query.next())
            return writeFailed(query.lastError().text());
        state.last = std::make_tuple(query.value(0).toLongLong(), query.value(1).toLongLong(),
                                     query.value(2).toString().toUtf8());
    }
    return &*m_sides.insert({year, right}, state);
}

Expected<std::optional<QueueSides::Key>> QueueSides::place(const Record &record, QByteArrayView id)
{
    const Expected<SideState *> state = side(record.birthYear, record.right);
    if (!state)
        return state.error();
    SideState &side = **state;
    const bool atEnd = !side.stale
                       && (!side.last
                           || std::tie(std::get<0>(*side.last), std::get<1>(*side.last))
                                  < std::tie(record.filedAt, record.sequence)
                           || (std::get<0>(*side.last) == record.filedAt && std::get<1>(*side.last) == record.sequence
                               && QByteArrayView(std::get<2>(*side.last)) < id));
    const Right right = static_cast<Right>(record.right);
    std::optional<Key> key;
    if (atEnd) {
        key = Key{QueueOrder::band(right, m_settings), QueueOrder::slot(right, side.count, m_settings)};
        side.last = std::make_tuple(record.filedAt, record.sequence, id.toByteArray());
    } else {
        side.stale = true;
        FilingKey filing = std::make_tuple(record.filedAt, record.sequence, id.toByteArray());
        const auto noted = m_staleFrom.find({record.birthYear, record.right});
        if (noted == m_staleFrom.end())
            m_staleFrom.insert({record.birthYear, record.right}, std::move(filing));
        else if (filing < *noted)
            *noted = std::move(filing);
    }
    ++side.count;
    return key;
}

} // namespace Import
