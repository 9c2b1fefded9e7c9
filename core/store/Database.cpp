#include "store/Database.h"

#include "store/RowSeal.h"
#include "store/SqliteApi.h"
#include "store/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QElapsedTimer>
#include <QThread>

#include <atomic>

namespace {

const QString memoryPath = QStringLiteral(":memory:");
constexpr int busyTimeoutMs = 5000;

const QString driverName = QStringLiteral("QSQLITE");

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("qabyldau-store-%1").arg(++counter);
}

Issue cannotOpen(const QString &path, const QString &reason)
{
    return Issue::error(Field::Store, Rule::StoreCannotOpen, QStringLiteral("%1: %2").arg(path, reason));
}

// Runs one fixed statement (no values: those go through prepare/bind).
bool execute(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

// The version in `meta`, 0 when the store has no `meta` yet; nullopt (with error) when the file
// cannot be read as a store at all.
std::optional<int> readSchemaVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"))
        || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return 0;
    bool ok = false;
    const int version = query.value(0).toString().toInt(&ok);
    if (!ok || version < 0) {
        *error = Database::tr("the schema version \"%1\" is not a number").arg(query.value(0).toString());
        return std::nullopt;
    }
    return version;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName, m_connectionName);
    db.setDatabaseName(m_path);
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    // Only after the last handle above is gone, or Qt warns that the connection is in use.
    QSqlDatabase::removeDatabase(m_connectionName);
}

Expected<std::shared_ptr<Database>> Database::open(const QString &path)
{
    Expected<std::shared_ptr<Database>> database = open(path, Migrations::all());
    if (!database)
        return database;
    // A bulk import that a crash cut short left the queue's and the searches' indexes dropped.
    // One that runs now holds the bulk-load lock and re-creates them itself: building them here
    // would write under a read-only command and wait for the import's write lock (issue 14
    // item 5).
    const QStringList missing = missingIndexes((*database)->connection());
    if (missing.isEmpty())
        return database;
    std::optional<QLockFile> loadEnded;
    if (!(*database)->isInMemory()) {
        loadEnded.emplace(bulkLoadLockPath(path));
        loadEnded->setStaleLockTime(0); // a lock whose process is gone is stale, however young
        if (!loadEnded->tryLock(0) && loadEnded->error() == QLockFile::LockFailedError)
            return database;
    }
    if (const Status indexed = createMissingIndexes((*database)->connection()); !indexed)
        return Issue::error(Field::Store, Rule::StoreMigrationFailed, indexed.error().detail);
    return database;
}

QString Database::bulkLoadLockPath(const QString &storePath)
{
    const QFileInfo store(storePath);
    const QString canonical = store.canonicalFilePath();
    return (canonical.isEmpty() ? store.absoluteFilePath() : canonical) + QStringLiteral("-import.lock");
}

QStringList Database::missingIndexes(QSqlDatabase db)
{
    QStringList present;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'"
                                       " AND tbl_name = 'applications'")))
            return Migrations::applicationIndexes(); // all: creating them then fails with the reason
        while (query.next())
            present.append(query.value(0).toString());
    }
    QStringList missing;
    for (const QString &statement : Migrations::applicationIndexes())
        if (!present.contains(statement.section(u' ', 2, 2))) // "CREATE INDEX name ON ..."
            missing.append(statement);
    return missing;
}

Status Database::createMissingIndexes(QSqlDatabase db)
{
    const QStringList missing = missingIndexes(db);
    if (missing.isEmpty())
        return {};
    WriteTransaction transaction(db);
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    for (const QString &statement : std::as_const(missing)) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return WriteTransaction::failed(query.lastError().text());
    }
    return transaction.commit();
}

Expected<std::shared_ptr<Database>> Database::open(const QString &path, const QList<Migration> &migrations)
{
    if (path.isEmpty())
        return cannotOpen(path, tr("no file name"));
    if (!QSqlDatabase::isDriverAvailable(driverName))
        return cannotOpen(path, tr("the SQLite driver of Qt is not installed"));

    if (path != memoryPath) {
        const QFileInfo info(path);
        if (info.exists() && !info.isFile())
            return cannotOpen(path, tr("not a file"));
        if (!info.exists()) {
            // DESIGN 9: created readable by its owner only, before SQLite writes anything;
            // SQLite gives the -wal and -shm files the same permissions.
            QFile file(path);
            // Another process may create it first (two first opens of a new store): then its
            // file is opened as it is.
            if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                           QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                && !QFileInfo(path).isFile())
                return cannotOpen(path, file.errorString());
        }
    }

    std::shared_ptr<Database> database(new Database(path, nextConnectionName()));
    const Status status = database->initialize(migrations);
    if (!status)
        return status.error();
    return database;
}

Expected<std::shared_ptr<Database>> Database::openExisting(const QString &path)
{
    // Issue 14 item 8: a command that only reads never turns a file into a store.
    QFile file(path);
    if (!file.exists())
        return cannotOpen(path, tr("no such file"));
    // A store being created by another process at this moment is an empty file until that
    // process switches it to write-ahead logging (Database::open creates the file first): like
    // a locked store, it is waited for as long as the busy timeout. A file that stays empty, or
    // holds something else, is not a store.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        if (!file.open(QIODevice::ReadOnly))
            return cannotOpen(path, file.errorString());
        const QByteArray header = file.read(16);
        file.close();
        if (header == QByteArray("SQLite format 3", 16))
            break;
        if (!header.isEmpty() || waited.elapsed() > busyTimeoutMs)
            return cannotOpen(path, tr("not a Qabyldau store"));
        QThread::msleep(10);
    }
    return open(path);
}

Status Database::initialize(const QList<Migration> &migrations)
{
    QSqlDatabase db = connection();
    if (!db.open())
        return cannotOpen(m_path, db.lastError().text());
    // Before any migration: the seal triggers call it, and only the program's connections have it
    // (issue 14 item 4, store/RowSeal.h).
    if (!RowSeal::registerFunction(db))
        return cannotOpen(m_path, tr("the row seal function cannot be registered"));

    QString error;
    // Connection settings only: none of these writes to the file.
    for (const QString &pragma : {QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
                                  QStringLiteral("PRAGMA foreign_keys = ON"),
                                  QStringLiteral("PRAGMA synchronous = NORMAL")}) {
        if (!execute(db, pragma, &error))
            return cannotOpen(m_path, error);
    }

    const std::optional<int> version = readSchemaVersion(db, &error);
    if (!version)
        return cannotOpen(m_path, error);
    // DESIGN 4: a newer schema is refused before anything is written.
    if (*version > migrations.size()) {
        return Issue::error(Field::Store, Rule::StoreSchemaTooNew,
                            tr("%1: version %2, this program knows up to %3")
                                .arg(m_path, QString::number(*version),
                                     QString::number(migrations.size())));
    }

    // A new store's pages are 16 KiB instead of SQLite's 4 KiB: an application row is about a
    // kilobyte, and the import and the first sync write a million of them through the WAL, where
    // every page costs a frame and its system calls, there and again at the checkpoint
    // (docs/performance.md, "Pages of 16 KiB"). Only a file without any page yet takes it (the
    // setting is then remembered in its header); a store that has pages keeps their size.
    if (*version == 0 && !execute(db, QStringLiteral("PRAGMA page_size = %1").arg(newStorePageSize), &error))
        return cannotOpen(m_path, error);
    if (!isInMemory()) {
        // SQLite does not wait (busy timeout) for the lock a change of journal mode needs: when
        // another process opens the new store at the same moment, this one waits here, as
        // long as the busy timeout, for the other to finish the switch (issue 14 item 9).
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && query.next()) {
                if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
                    return cannotOpen(m_path, tr("the file cannot be switched to write-ahead logging"));
                break;
            }
            if (!WriteTransaction::isBusy(query.lastError()) || waited.elapsed() > busyTimeoutMs)
                return cannotOpen(m_path, query.lastError().text());
            query.finish();
            QThread::msleep(10);
        }
    }

    const Status migrated = migrate(migrations, *version);
    if (!migrated)
        return migrated;

    if (!isInMemory()) {
        // DESIGN 9: also for a store created by something else. Not a reason to refuse the
        // store when the desk's user is not the file's owner.
        // Only ever taken away: group and others lose access, the owner's own bits stay as they
        // were (a store an administrator made read-only stays read-only; issue 14 item 8).
        const QFileDevice::Permissions current = QFile::permissions(m_path);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                                | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        if (current & others)
            QFile::setPermissions(m_path, current & (QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }
    return {};
}

Status Database::migrate(const QList<Migration> &migrations, int fromVersion)
{
    QSqlDatabase db = connection();
    for (int version = fromVersion + 1; version <= migrations.size(); ++version) {
        const Migration &migration = migrations.at(version - 1);
        const auto failed = [&](const QString &error) {
            return Issue::error(Field::Store, Rule::StoreMigrationFailed,
                                tr("version %1 (%2): %3")
                                    .arg(QString::number(version), migration.description, error));
        };

        WriteTransaction transaction(db);
        if (const Status begun = transaction.begin(); !begun) {
            // The lock was not had within the busy timeout: another process that opened the new
            // store at the same moment migrated it and went on writing (a bulk import holds the
            // lock for seconds). A store it brought to this version is opened as it is.
            QString unread;
            const std::optional<int> now = readSchemaVersion(db, &unread);
            if (now && *now >= version && *now <= migrations.size()) {
                version = *now;
                continue;
            }
            return failed(begun.error().detail);
        }

        // Read again under the write lock: another process opening the new store at the same
        // moment may have run this migration while this one waited for the lock; the loser
        // then opens the migrated store instead of failing on "table already exists"
        // (issue 14 item 9).
        QString error;
        const std::optional<int> current = readSchemaVersion(db, &error);
        if (!current)
            return failed(error);
        if (*current >= version) {
            transaction.rollback();
            version = *current;
            continue;
        }
        bool ok = execute(db, QStringLiteral("CREATE TABLE IF NOT EXISTS meta ("
                                             " key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
                          &error)
                  && execute(db, QStringLiteral("INSERT OR IGNORE INTO meta (key, value)"
                                                " VALUES ('schema_version', '0')"),
                             &error);
        for (qsizetype i = 0; ok && i < migration.statements.size(); ++i)
            ok = execute(db, migration.statements.at(i), &error);
        if (ok) {
            QSqlQuery update(db);
            update.prepare(QStringLiteral("UPDATE meta SET value = :version WHERE key = 'schema_version'"));
            update.bindValue(QStringLiteral(":version"), QString::number(version));
            ok = update.exec();
            if (!ok)
                error = update.lastError().text();
        }
        if (!ok)
            return failed(error);
        if (const Status committed = transaction.commit(); !committed)
            return failed(committed.error().detail);
    }
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isInMemory() const
{
    return m_path == memoryPath;
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    QString error;
    return readSchemaVersion(db, &error).value_or(0);
}

Expected<Database::ChangeMark> Database::changeMark() const
{
    const QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return Issue::error(Field::Store, Rule::StoreCannotOpen, query.lastError().text());
    ChangeMark mark;
    mark.others = query.value(0).toLongLong();
    if (sqlite3 *handle = sqliteHandle(db))
        mark.own = sqlite3_total_changes64(handle);
    return mark;
}

int Database::currentSchemaVersion()
{
    return int(Migrations::all().size());
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/qabyldau.sqlite");
}
