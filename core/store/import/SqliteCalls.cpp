#include "store/import/SqliteCalls.h"

#include "store/SqliteApi.h"

namespace Import {

Issue writeFailed(const QString &error)
{
    return Issue::error(Field::Store, Rule::StoreWriteFailed, error);
}

Issue sqliteFailed(sqlite3 *db)
{
    return writeFailed(QString::fromUtf8(sqlite3_errmsg(db)));
}

bool execute(sqlite3 *db, const QString &sql)
{
    return sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

int pragmaInt(sqlite3 *db, const char *sql, int fallback)
{
    SqliteStatement query(db, sql);
    return query && sqlite3_step(query.get()) == SQLITE_ROW ? sqlite3_column_int(query.get(), 0) : fallback;
}

QByteArray pragmaText(sqlite3 *db, const char *sql)
{
    SqliteStatement query(db, sql);
    return query && sqlite3_step(query.get()) == SQLITE_ROW
               ? QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(query.get(), 0))).toLower()
               : QByteArray();
}

Status runTransaction(sqlite3 *db, const QStringList &statements)
{
    if (statements.isEmpty())
        return {};
    if (!execute(db, QStringLiteral("BEGIN IMMEDIATE")))
        return sqliteFailed(db);
    for (const QString &statement : statements) {
        if (!execute(db, statement)) {
            const Issue issue = sqliteFailed(db);
            execute(db, QStringLiteral("ROLLBACK"));
            return issue;
        }
    }
    if (!execute(db, QStringLiteral("COMMIT"))) {
        const Issue issue = sqliteFailed(db);
        execute(db, QStringLiteral("ROLLBACK"));
        return issue;
    }
    return {};
}

} // namespace Import
