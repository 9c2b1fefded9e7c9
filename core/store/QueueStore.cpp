#include "store/QueueStore.h"

#include "store/ApplicationJson.h"
#include "store/NameSearchIndex.h"
#include "store/WriteTransaction.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QScopeGuard>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace {

Issue writeFailed(const QString &error)
{
    return Issue::error(Field::Store, Rule::StoreWriteFailed, error);
}

Issue readFailed(const QSqlQuery &query)
{
    return Issue::error(Field::Store, Rule::StoreCannotOpen, query.lastError().text());
}

// The columns of a QueueRow, in this order (fixed SQL).
const QString &rowColumns()
{
    static const QString columns = QStringLiteral(
        "birth_year, queue_band, queue_slot, filed_at, queue_sequence, id,"
        " child_iin, child_surname, child_name, child_patronymic, category, status, anonymous, number");
    return columns;
}

const QString &keyTuple()
{
    static const QString tuple = QStringLiteral("(queue_band, queue_slot, filed_at, queue_sequence, id)");
    return tuple;
}

QueueRow rowFrom(const QSqlQuery &query)
{
    QueueRow row;
    row.key.birthYear = query.value(0).toInt();
    row.key.band = query.value(1).toInt();
    row.key.slot = query.value(2).toLongLong();
    row.key.filedAtMsecs = query.value(3).toLongLong();
    row.key.sequence = query.value(4).toLongLong();
    row.key.applicationId = query.value(5).toString();
    row.childIin = query.value(6).toString();
    row.child.surname = query.value(7).toString();
    row.child.name = query.value(8).toString();
    row.child.patronymic = query.value(9).toString();
    row.category = Categories::fromCode(query.value(10).toInt()).value_or(Category::None);
    row.status = ApplicationJson::statusFromCode(query.value(11).toString()).value_or(ApplicationStatus::Queued);
    row.filedAt = QDateTime::fromMSecsSinceEpoch(row.key.filedAtMsecs).toLocalTime();
    row.anonymous = query.value(12).toBool();
    row.number = query.value(13).toString();
    return row;
}

void bindKey(QSqlQuery &query, const QString &prefix, const QueueKey &key)
{
    query.bindValue(prefix + QStringLiteral("b"), key.band);
    query.bindValue(prefix + QStringLiteral("s"), key.slot);
    query.bindValue(prefix + QStringLiteral("f"), key.filedAtMsecs);
    query.bindValue(prefix + QStringLiteral("q"), key.sequence);
    query.bindValue(prefix + QStringLiteral("i"), key.applicationId.isNull() ? QStringLiteral("") : key.applicationId);
}

QString ratioText(const RuleSettings &settings)
{
    return QString::number(settings.primaryRatioPrimary) + u':' + QString::number(settings.primaryRatioGeneral);
}

bool interleaves(const RuleSettings &settings)
{
    return settings.primaryRatioPrimary > 0 && settings.primaryRatioGeneral > 0;
}

// Runs fixed SQL; false with the error on failure.
bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

// The page's and the count's filter (category, status, a preferred kindergarten): one clause,
// one set of bindings.
QString filterSql(const QueueFilter &filter)
{
    QString sql;
    if (filter.category)
        sql += QStringLiteral(" AND category = :category");
    if (filter.status)
        sql += QStringLiteral(" AND status = :status");
    if (!filter.kindergarten.isEmpty())
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM json_each(applications.preferred_kindergartens)"
                              " WHERE json_each.value = :kindergarten)");
    return sql;
}

void bindFilter(QSqlQuery &query, const QueueFilter &filter)
{
    if (filter.category)
        query.bindValue(QStringLiteral(":category"), Categories::code(*filter.category));
    if (filter.status)
        query.bindValue(QStringLiteral(":status"), ApplicationJson::statusCode(*filter.status));
    if (!filter.kindergarten.isEmpty())
        query.bindValue(QStringLiteral(":kindergarten"), filter.kindergarten);
}

} // namespace

QueueStore::QueueStore(std::shared_ptr<Database> database, RuleSettings settings)
    : m_database(std::move(database))
    , m_settings(std::move(settings))
{
}

QString QueueStore::searchText(const PersonName &child, const PersonName &applicant)
{
    // QString::toLower follows Unicode: Kazakh Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І and Russian Ё included.
    QString text = (child.fullName() + u'\n' + applicant.fullName()).toLower();
    // No control character but the separator: a search never asks for one, and the name search's
    // blocks keep texts apart with them (NameSearchIndex).
    text.removeIf([](QChar c) { return c != u'\n' && c.category() == QChar::Other_Control; });
    return text;
}

Status QueueStore::refresh()
{
    return refresh(Wait::ForWriter);
}

Status QueueStore::refreshUnlessBusy()
{
    m_lastReadPending = false;
    return refresh(Wait::No);
}

Status QueueStore::refresh(Wait wait)
{
    QSqlDatabase db = m_database->connection();
    const QString ratio = ratioText(m_settings);
    {
        // Cheap checks first: a read of a store nobody changed writes nothing.
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral(
                "SELECT (SELECT value FROM meta WHERE key = 'queue_ratio'),"
                " EXISTS (SELECT 1 FROM queue_stale),"
                " EXISTS (SELECT 1 FROM applications WHERE search_block IS NULL AND search_text IS NULL)"))
            || !check.next())
            return writeFailed(check.lastError().text());
        const bool queueCurrent = check.value(0).toString() == ratio && check.value(1).toInt() == 0
                                  && check.value(2).toInt() == 0;
        check.finish();
        if (queueCurrent) {
            const Expected<bool> searchWork = NameSearchIndex::hasWork(db, m_searchBlockEntries);
            if (!searchWork)
                return searchWork.error();
            if (!*searchWork)
                return {};
        }
    }

    QString error;
    WriteTransaction transaction(db);
    if (wait == Wait::ForWriter) {
        if (const Status begun = transaction.begin(); !begun)
            return begun;
    } else {
        const Expected<bool> begun = transaction.tryBegin();
        if (!begun)
            return begun.error();
        if (!*begun) {
            // Another process is writing: read what it committed; its own refresh, or the next
            // read after it, brings the keys up to date.
            m_lastReadPending = true;
            return {};
        }
    }

    {
        QSqlQuery stored(db);
        if (!stored.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'queue_ratio'")))
            return writeFailed(stored.lastError().text());
        const bool same = stored.next() && stored.value(0).toString() == ratio;
        stored.finish();
        if (!same) {
            // RULES 3.3: another ratio gives other slots everywhere.
            if (!run(db, QStringLiteral("INSERT OR REPLACE INTO queue_stale"
                                        " (birth_year, right_rank, filed_at, queue_sequence, id)"
                                        " SELECT DISTINCT birth_year, right_rank, -9223372036854775807 - 1,"
                                        " -9223372036854775807 - 1, '' FROM applications"),
                     &error))
                return writeFailed(error);
            QSqlQuery save(db);
            save.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('queue_ratio', :ratio)"));
            save.bindValue(QStringLiteral(":ratio"), ratio);
            if (!save.exec())
                return writeFailed(save.lastError().text());
        }
    }

    struct Stale
    {
        int birthYear;
        int rightRank;
        qint64 filedAt;
        qint64 sequence;
        QString id;
    };
    QList<Stale> stale;
    {
        QSqlQuery sides(db);
        if (!sides.exec(QStringLiteral("SELECT birth_year, right_rank, filed_at, queue_sequence, id FROM queue_stale")))
            return writeFailed(sides.lastError().text());
        while (sides.next())
            stale.append({sides.value(0).toInt(), sides.value(1).toInt(), sides.value(2).toLongLong(),
                          sides.value(3).toLongLong(), sides.value(4).toString()});
    }

    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT count(*) FROM applications WHERE birth_year = :y AND right_rank = :r"
                                 " AND (filed_at, queue_sequence, id) < (:f, :q, :i)"));
    // QueueOrder::slot(): rank within the side -> slot within the band. kind 1 primary, 2 general,
    // 0 a side that does not interleave.
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE applications SET queue_band = :band, queue_slot = CASE :kind"
        "  WHEN 1 THEN (ranked.rank / :p) * :c + ranked.rank % :p"
        "  WHEN 2 THEN (ranked.rank / :g) * :c + :p + ranked.rank % :g"
        "  ELSE ranked.rank END"
        " FROM (SELECT id AS ranked_id,"
        "        :base + row_number() OVER (ORDER BY filed_at, queue_sequence, id) - 1 AS rank"
        "       FROM applications WHERE birth_year = :y AND right_rank = :r"
        "       AND (filed_at, queue_sequence, id) >= (:f, :q, :i)) AS ranked"
        " WHERE applications.id = ranked.ranked_id"));
    QSqlQuery done(db);
    done.prepare(QStringLiteral("DELETE FROM queue_stale WHERE birth_year = :y AND right_rank = :r"));

    for (const Stale &side : std::as_const(stale)) {
        count.bindValue(QStringLiteral(":y"), side.birthYear);
        count.bindValue(QStringLiteral(":r"), side.rightRank);
        count.bindValue(QStringLiteral(":f"), side.filedAt);
        count.bindValue(QStringLiteral(":q"), side.sequence);
        count.bindValue(QStringLiteral(":i"), side.id);
        if (!count.exec() || !count.next())
            return writeFailed(count.lastError().text());
        const qint64 base = count.value(0).toLongLong();
        count.finish();

        const Right right = side.rightRank == 0 ? Right::Extraordinary
                            : side.rightRank == 1 ? Right::Primary
                                                  : Right::None;
        int kind = 0;
        if (interleaves(m_settings) && right != Right::Extraordinary)
            kind = right == Right::Primary ? 1 : 2;
        update.bindValue(QStringLiteral(":band"), QueueOrder::band(right, m_settings));
        update.bindValue(QStringLiteral(":kind"), kind);
        update.bindValue(QStringLiteral(":p"), qMax(1, m_settings.primaryRatioPrimary));
        update.bindValue(QStringLiteral(":g"), qMax(1, m_settings.primaryRatioGeneral));
        update.bindValue(QStringLiteral(":c"), m_settings.primaryRatioPrimary + m_settings.primaryRatioGeneral);
        update.bindValue(QStringLiteral(":base"), base);
        update.bindValue(QStringLiteral(":y"), side.birthYear);
        update.bindValue(QStringLiteral(":r"), side.rightRank);
        update.bindValue(QStringLiteral(":f"), side.filedAt);
        update.bindValue(QStringLiteral(":q"), side.sequence);
        update.bindValue(QStringLiteral(":i"), side.id);
        if (!update.exec())
            return writeFailed(update.lastError().text());

        done.bindValue(QStringLiteral(":y"), side.birthYear);
        done.bindValue(QStringLiteral(":r"), side.rightRank);
        if (!done.exec())
            return writeFailed(done.lastError().text());
    }

    // Search texts of rows written by someone who did not compute them.
    {
        QSqlQuery pending(db);
        if (!pending.exec(QStringLiteral(
                "SELECT id, child_surname, child_name, child_patronymic,"
                " applicant_surname, applicant_name, applicant_patronymic"
                " FROM applications WHERE search_block IS NULL AND search_text IS NULL")))
            return writeFailed(pending.lastError().text());
        QList<std::pair<QString, QString>> texts;
        while (pending.next()) {
            const PersonName child{pending.value(1).toString(), pending.value(2).toString(),
                                   pending.value(3).toString()};
            const PersonName applicant{pending.value(4).toString(), pending.value(5).toString(),
                                       pending.value(6).toString()};
            texts.append({pending.value(0).toString(), searchText(child, applicant)});
        }
        pending.finish();
        QSqlQuery set(db);
        set.prepare(QStringLiteral("UPDATE applications SET search_text = ? WHERE id = ?"));
        for (const auto &[id, text] : std::as_const(texts)) {
            set.bindValue(0, text);
            set.bindValue(1, id);
            if (!set.exec())
                return writeFailed(set.lastError().text());
        }
    }

    // The name search's blocks (NameSearchIndex): rewrite those rows left, pack pending rows.
    if (const Status rebuilt = NameSearchIndex::rebuildStale(db); !rebuilt)
        return writeFailed(rebuilt.error().detail);
    if (const Status packed = NameSearchIndex::absorbPending(db, m_searchBlockEntries, m_searchBlockEntries); !packed)
        return writeFailed(packed.error().detail);

    return transaction.commit();
}

Expected<QList<QueueRow>> QueueStore::page(int birthYear, const QueueFilter &filter,
                                           const std::optional<QueueKey> &after, int limit)
{
    if (const Status refreshed = refreshUnlessBusy(); !refreshed)
        return refreshed.error();
    QSqlDatabase db = m_database->connection();

    QString sql = QStringLiteral("SELECT ") + rowColumns()
                  + QStringLiteral(" FROM applications WHERE birth_year = :y AND ") + keyTuple()
                  + QStringLiteral(" > (:ab, :as, :af, :aq, :ai)");
    sql += filterSql(filter);
    sql += QStringLiteral(" ORDER BY queue_band, queue_slot, filed_at, queue_sequence, id LIMIT :limit");

    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":y"), birthYear);
    QueueKey start;
    start.band = std::numeric_limits<int>::min();
    bindKey(query, QStringLiteral(":a"), after.value_or(start));
    bindFilter(query, filter);
    query.bindValue(QStringLiteral(":limit"), qMax(0, limit));
    if (!query.exec())
        return readFailed(query);
    QList<QueueRow> rows;
    while (query.next())
        rows.append(rowFrom(query));
    query.finish();
    if (rows.isEmpty())
        return rows;

    // RULES 3.3: the number counts every queued application of the year before the row.
    QSqlQuery before(db);
    before.prepare(QStringLiteral("SELECT count(*) FROM applications WHERE birth_year = :y"
                                  " AND status = 'queued' AND ")
                   + keyTuple() + QStringLiteral(" < (:kb, :ks, :kf, :kq, :ki)"));
    before.bindValue(QStringLiteral(":y"), birthYear);
    bindKey(before, QStringLiteral(":k"), rows.constFirst().key);
    if (!before.exec() || !before.next())
        return readFailed(before);
    int number = before.value(0).toInt();
    before.finish();

    const bool pageHoldsEveryQueued =
        !filter.category && filter.kindergarten.isEmpty()
        && (!filter.status || *filter.status == ApplicationStatus::Queued);
    if (pageHoldsEveryQueued) {
        for (QueueRow &row : rows)
            if (row.status == ApplicationStatus::Queued)
                row.queueNumber = ++number;
        return rows;
    }

    // A filtered page skips queued applications that still count: walk the queued ones between
    // the first and the last row of the page.
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (rows.at(i).status == ApplicationStatus::Queued)
            indexOf.insert(rows.at(i).key.applicationId, i);
    if (indexOf.isEmpty())
        return rows;
    QSqlQuery walk(db);
    walk.setForwardOnly(true);
    walk.prepare(QStringLiteral("SELECT id FROM applications WHERE birth_year = :y AND status = 'queued' AND ")
                 + keyTuple() + QStringLiteral(" >= (:fb, :fs, :ff, :fq, :fi) AND ") + keyTuple()
                 + QStringLiteral(" <= (:lb, :ls, :lf, :lq, :li)"
                                  " ORDER BY queue_band, queue_slot, filed_at, queue_sequence, id"));
    walk.bindValue(QStringLiteral(":y"), birthYear);
    bindKey(walk, QStringLiteral(":f"), rows.constFirst().key);
    bindKey(walk, QStringLiteral(":l"), rows.constLast().key);
    if (!walk.exec())
        return readFailed(walk);
    while (walk.next()) {
        ++number;
        const auto found = indexOf.constFind(walk.value(0).toString());
        if (found != indexOf.cend())
            rows[*found].queueNumber = number;
    }
    return rows;
}

Expected<QList<QueueRow>> QueueStore::findByIin(const QString &iin)
{
    if (const Status refreshed = refreshUnlessBusy(); !refreshed)
        return refreshed.error();
    QString digits;
    for (const QChar c : iin)
        if (c != u' ' && c != u'-')
            digits.append(c);
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + rowColumns()
                  + QStringLiteral(" FROM applications WHERE child_iin = :iin"
                                   " UNION SELECT ") + rowColumns()
                  + QStringLiteral(" FROM applications WHERE applicant_iin = :iin2"
                                   " ORDER BY 1, 2, 3, 4, 5, 6"));
    query.bindValue(QStringLiteral(":iin"), digits);
    query.bindValue(QStringLiteral(":iin2"), digits);
    if (!query.exec())
        return readFailed(query);
    QList<QueueRow> rows;
    while (query.next())
        rows.append(rowFrom(query));
    return rows;
}

Expected<QList<QueueRow>> QueueStore::searchByName(const QString &fragment, int limit)
{
    if (const Status refreshed = refreshUnlessBusy(); !refreshed)
        return refreshed.error();
    QString needle = fragment.simplified().toLower();
    // The blocks separate entries with control characters; no name holds one.
    needle.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
    QList<QueueRow> rows;
    if (needle.isEmpty() || limit <= 0)
        return rows;
    const QByteArray utf8 = needle.toUtf8();
    QSqlDatabase db = m_database->connection();
    // One snapshot for the blocks, the pending rows and the rows themselves: a writer packing
    // rows in between cannot hide them from both.
    if (!db.transaction())
        return Issue::error(Field::Store, Rule::StoreCannotOpen, db.lastError().text());
    const auto finish = qScopeGuard([&db] { db.rollback(); }); // a read: nothing to keep
    QSqlQuery fetch(db);
    fetch.setForwardOnly(true);
    fetch.prepare(QStringLiteral("SELECT ") + rowColumns()
                  + QStringLiteral(" FROM applications WHERE id = :id AND search_block IS :block"
                                   " AND search_text = :text"));
    // A candidate counts only while its row still points at the block it was found in, with the
    // same text; a block awaiting its rewrite may offer a few that do not, so ask for more than
    // the limit.
    int wanted = limit + 16;
    for (;;) {
        qsizetype total = 0;
        const Expected<QList<NameSearchIndex::Candidate>> candidates =
            NameSearchIndex::find(db, utf8, wanted, &total);
        if (!candidates)
            return candidates.error();
        rows.clear();
        for (const NameSearchIndex::Candidate &candidate : *candidates) {
            fetch.bindValue(QStringLiteral(":id"), QString::fromUtf8(candidate.id));
            fetch.bindValue(QStringLiteral(":block"), candidate.block > 0 ? QVariant(candidate.block)
                                                                         : QVariant(QMetaType::fromType<qint64>()));
            fetch.bindValue(QStringLiteral(":text"), QString::fromUtf8(candidate.text));
            if (!fetch.exec())
                return readFailed(fetch);
            if (fetch.next())
                rows.append(rowFrom(fetch));
            fetch.finish();
            if (rows.size() == limit)
                return rows;
        }
        if (total <= wanted)
            return rows;
        wanted = int(qMin<qsizetype>(total, qsizetype(wanted) * 4));
    }
}

Expected<int> QueueStore::queueNumber(const QueueKey &key, ApplicationStatus status)
{
    if (status != ApplicationStatus::Queued)
        return 0;
    // A number given to a person (the receipt, the registration's answer) is exact: this one
    // waits for another writer's lock rather than count on keys still to be recomputed.
    m_lastReadPending = false;
    if (const Status refreshed = refresh(Wait::ForWriter); !refreshed)
        return refreshed.error();
    QSqlQuery before(m_database->connection());
    before.prepare(QStringLiteral("SELECT count(*) FROM applications WHERE birth_year = :y"
                                  " AND status = 'queued' AND ")
                   + keyTuple() + QStringLiteral(" < (:kb, :ks, :kf, :kq, :ki)"));
    before.bindValue(QStringLiteral(":y"), key.birthYear);
    bindKey(before, QStringLiteral(":k"), key);
    if (!before.exec() || !before.next())
        return readFailed(before);
    return before.value(0).toInt() + 1;
}

Expected<QList<int>> QueueStore::birthYears()
{
    // SELECT DISTINCT would walk the whole index; this jumps from year to year instead.
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "WITH RECURSIVE years(year) AS ("
            " SELECT min(birth_year) FROM applications"
            " UNION ALL"
            " SELECT (SELECT min(birth_year) FROM applications WHERE birth_year > years.year)"
            " FROM years WHERE years.year IS NOT NULL)"
            " SELECT year FROM years WHERE year IS NOT NULL")))
        return readFailed(query);
    QList<int> years;
    while (query.next())
        years.append(query.value(0).toInt());
    return years;
}

Expected<qint64> QueueStore::count(int birthYear, const QueueFilter &filter)
{
    QString sql = QStringLiteral("SELECT count(*) FROM applications WHERE birth_year = :y");
    sql += filterSql(filter);
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":y"), birthYear);
    bindFilter(query, filter);
    if (!query.exec() || !query.next())
        return readFailed(query);
    return query.value(0).toLongLong();
}

Status QueueStore::numberRows(QList<QueueRow> &rows)
{
    // Per year, the queued applications between one row and the next in queue order are counted,
    // so a year's index is walked once for all its rows instead of once per row (a name search
    // in a store of a million has rows in every year).
    QMap<int, QList<qsizetype>> byYear;
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (rows.at(i).status == ApplicationStatus::Queued)
            byYear[rows.at(i).key.birthYear].append(i);

    const QString &key = keyTuple();
    QSqlQuery between(m_database->connection());
    between.setForwardOnly(true);
    between.prepare(QStringLiteral("SELECT count(*) FROM applications WHERE birth_year = :y AND status = 'queued'"
                                   " AND ") + key + QStringLiteral(" >= (:fb, :fs, :ff, :fq, :fi) AND ") + key
                    + QStringLiteral(" < (:lb, :ls, :lf, :lq, :li)"));
    const auto bind = [&between](const QString &prefix, const QueueKey &k) {
        between.bindValue(prefix + u'b', k.band);
        between.bindValue(prefix + u's', k.slot);
        between.bindValue(prefix + u'f', k.filedAtMsecs);
        between.bindValue(prefix + u'q', k.sequence);
        between.bindValue(prefix + u'i', k.applicationId.isNull() ? QStringLiteral("") : k.applicationId);
    };
    QueueKey start;
    start.band = std::numeric_limits<int>::min();
    for (auto year = byYear.begin(); year != byYear.end(); ++year) {
        QList<qsizetype> &indexes = year.value();
        std::sort(indexes.begin(), indexes.end(),
                  [&rows](qsizetype a, qsizetype b) { return rows.at(a).key < rows.at(b).key; });
        qint64 before = 0;
        QueueKey from = start;
        for (qsizetype index : std::as_const(indexes)) {
            QueueRow &row = rows[index];
            between.bindValue(QStringLiteral(":y"), year.key());
            bind(QStringLiteral(":f"), from);
            bind(QStringLiteral(":l"), row.key);
            if (!between.exec() || !between.next())
                return readFailed(between);
            before += between.value(0).toLongLong();
            between.finish();
            row.queueNumber = int(before) + 1;
            from = row.key;
        }
    }
    return {};
}
