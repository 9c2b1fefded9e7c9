#include "sync/SyncSettings.h"

#include "store/Database.h"
#include "store/WriteTransaction.h"

#include <QFile>
#include <QSaveFile>
#include <QSqlQuery>

QString SyncSettings::tokenPath(const QString &storePath)
{
    return storePath + QStringLiteral(".token");
}

Expected<SyncConnection> SyncSettings::load(const std::shared_ptr<Database> &database)
{
    SyncConnection connection;
    QSqlQuery query(database->connection());
    if (!query.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'server_url'")))
        return Issue::error(Field::Store, Rule::StoreCannotOpen, query.lastError().text());
    if (query.next())
        connection.server = QUrl(query.value(0).toString());
    if (!database->isInMemory()) {
        QFile file(tokenPath(database->path()));
        if (file.exists()) {
            if (!file.open(QIODevice::ReadOnly))
                return Issue::error(Field::Store, Rule::StoreCannotOpen, file.fileName() + QStringLiteral(": ") + file.errorString());
            connection.token = QString::fromUtf8(file.readAll()).trimmed();
        }
    }
    return connection;
}

Status SyncSettings::save(const std::shared_ptr<Database> &database, const SyncConnection &connection)
{
    {
        WriteTransaction transaction(database->connection());
        if (const Status begun = transaction.begin(); !begun)
            return begun;
        QSqlQuery query(database->connection());
        query.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('server_url', ?)"
                                     " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(connection.server.toString());
        if (!query.exec())
            return WriteTransaction::failed(query.lastError().text());
        query.finish();
        if (const Status committed = transaction.commit(); !committed)
            return committed;
    }
    if (database->isInMemory())
        return {};
    const QString path = tokenPath(database->path());
    if (connection.token.isEmpty()) {
        if (QFile::exists(path) && !QFile::remove(path))
            return WriteTransaction::failed(path + QStringLiteral(": cannot remove"));
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return WriteTransaction::failed(path + QStringLiteral(": ") + file.errorString());
    // Owner-only before the token is written into it.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(connection.token.toUtf8());
    if (!file.commit())
        return WriteTransaction::failed(path + QStringLiteral(": ") + file.errorString());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}
