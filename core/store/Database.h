#pragma once

#include "domain/Expected.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

// The local SQLite store (DESIGN 4): WAL, foreign keys, a schema version in `meta`, ordered
// migrations each in its own transaction. One Database object owns one named Qt Sql connection;
// use it from the thread that opened it. Every QSqlDatabase / QSqlQuery taken from connection()
// must be gone before the Database is destroyed.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Opens (creating if needed) the store at path and migrates it to the current schema.
    // A store written by a newer program is refused (Rule::StoreSchemaTooNew), never touched.
    // ":memory:" opens a private in-memory store (tests).
    // Errors: Rule::StoreCannotOpen, Rule::StoreSchemaTooNew, Rule::StoreMigrationFailed
    // (Field::Store, the SQL error in detail).
    static Expected<std::shared_ptr<Database>> open(const QString &path);
    // For commands that only read: refuses (Rule::StoreCannotOpen) a path that does not exist, or a
    // file that is not an SQLite database (an empty file included), instead of making it a store.
    static Expected<std::shared_ptr<Database>> openExisting(const QString &path);
    // The same with another list of migrations (test seam): the store's known version is then
    // migrations.size().
    static Expected<std::shared_ptr<Database>> open(const QString &path,
                                                    const QList<Migration> &migrations);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    const QString &connectionName() const { return m_connectionName; }
    bool isInMemory() const;
    // The version recorded in `meta` (0 for a store no migration has run on).
    int schemaVersion() const;
    static int currentSchemaVersion();
    // The page size a new store is created with (a store that has pages keeps theirs).
    static constexpr int newStorePageSize = 16384;

    // Whether the store changed since an earlier mark, read cheaply (one pragma, one counter):
    // `others` is PRAGMA data_version, which moves when another connection (the sync thread,
    // qabyldau-cli, another desk) committed; `own` is sqlite3_total_changes() of this connection,
    // which moves with this connection's own writes. Neither reads a table.
    struct ChangeMark
    {
        qint64 others = 0;
        qint64 own = 0;
        bool operator==(const ChangeMark &) const = default;
    };
    // Field::Store / Rule::StoreCannotOpen when the pragma cannot be read.
    Expected<ChangeMark> changeMark() const;

    // Creates the secondary indexes of `applications` (Migrations::applicationIndexes()) that
    // are missing, exactly as the migrations define them, in one transaction: a bulk import
    // (ApplicationImport) drops them while it loads and re-creates them after, and open() calls
    // this so that a store a crash left in the middle of a bulk load gets them back.
    static Status createMissingIndexes(QSqlDatabase db);
    // The lock file a bulk import holds while the indexes are dropped (Import::BulkLoad), next
    // to the store: "<store>-import.lock". open() leaves the indexes to an import that holds it.
    static QString bulkLoadLockPath(const QString &storePath);

    // The default location: <user data folder>/qabyldau.sqlite (QStandardPaths::AppDataLocation).
    // Creates the folder.
    static QString defaultPath();

private:
    Database(QString path, QString connectionName);
    Status initialize(const QList<Migration> &migrations);
    Status migrate(const QList<Migration> &migrations, int fromVersion);
    static QStringList missingIndexes(QSqlDatabase db);

    QString m_path;
    QString m_connectionName;
};
