#include "store/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql);
}

bool hasTable(QSqlDatabase db, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :name"));
    query.bindValue(QStringLiteral(":name"), name);
    return query.exec() && query.next() && query.value(0).toInt() == 1;
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

constexpr QFileDevice::Permissions groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                  | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                  | QFileDevice::WriteOther | QFileDevice::ExeOther;

Migration migration(const char *description, const QStringList &statements)
{
    return Migration{QString::fromLatin1(description), statements};
}

// A small schema of three steps, so that tests can stop at any of them.
QList<Migration> testMigrations()
{
    return {
        migration("parents", {QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY)"),
                              QStringLiteral("INSERT INTO parent (id) VALUES (1)")}),
        migration("children", {QStringLiteral("CREATE TABLE child (id INTEGER PRIMARY KEY,"
                                              " parent_id INTEGER NOT NULL REFERENCES parent (id))")}),
        migration("names", {QStringLiteral("ALTER TABLE parent ADD COLUMN name TEXT NOT NULL DEFAULT ''")}),
    };
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsStoreAtCurrentVersion();
    void reopeningKeepsDataAndDoesNotMigrateAgain();
    void migratesAnOlderStoreStepByStep();
    void fileStoreUsesWriteAheadLog();
    void newStoreHasLargePagesAndAnOldOneKeepsItsOwn();
    void memoryStoreIsPrivate();
    void foreignKeysAreEnforced();
    void storeFileIsReadableByOwnerOnly();
    void existingFileIsMadeOwnerOnly();
    void newerSchemaIsRefusedAndFileUntouched();
    void failingMigrationRollsBackItsStep();
    void unopenablePathIsRefused_data();
    void unopenablePathIsRefused();
    void notADatabaseIsRefusedAndUntouched();
    void connectionIsRemovedWithTheObject();
    void defaultPathIsInUserDataFolder();
};

void TestDatabase::createsStoreAtCurrentVersion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const auto database = Database::open(path);
    QVERIFY2(database, database ? "" : qPrintable(database.error().message()));

    QVERIFY(Database::currentSchemaVersion() >= 1);
    QCOMPARE((*database)->schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE((*database)->path(), path);
    QVERIFY(QFileInfo::exists(path));
    const QSqlDatabase db = (*database)->connection();
    for (const char *table : {"meta", "applications", "outbox", "journal", "settings"})
        QVERIFY2(hasTable(db, QLatin1String(table)), table);
    QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt(),
             Database::currentSchemaVersion());
}

// docs/performance.md "Pages of 16 KiB": a new store is made of 16 KiB pages; a store made
// before, of SQLite's 4 KiB, keeps them and works as before.
void TestDatabase::newStoreHasLargePagesAndAnOldOneKeepsItsOwn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        const auto database = Database::open(path);
        QVERIFY(database);
        const QSqlDatabase db = (*database)->connection();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA page_size")).toInt(), Database::newStorePageSize);
        QCOMPARE(Database::newStorePageSize, 16384);
        // As a store of an earlier version was made: 4 KiB pages.
        QVERIFY(exec(db, QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(exec(db, QStringLiteral("PRAGMA page_size = 4096")));
        QVERIFY(exec(db, QStringLiteral("VACUUM")));
        QVERIFY(exec(db, QStringLiteral("PRAGMA journal_mode = WAL")));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA page_size")).toInt(), 4096);
    }
    const auto reopened = Database::open(path);
    QVERIFY(reopened);
    const QSqlDatabase db = (*reopened)->connection();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA page_size")).toInt(), 4096);
    QCOMPARE((*reopened)->schemaVersion(), Database::currentSchemaVersion());
    QVERIFY(exec(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('probe', 'x')")));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void TestDatabase::reopeningKeepsDataAndDoesNotMigrateAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        const auto database = Database::open(path, testMigrations());
        QVERIFY(database);
        QVERIFY(exec((*database)->connection(), QStringLiteral("INSERT INTO parent (id) VALUES (2)")));
    }
    const auto reopened = Database::open(path, testMigrations());
    QVERIFY(reopened);
    QCOMPARE((*reopened)->schemaVersion(), 3);
    // Migration 1 inserts parent 1: had it run again, the insert would have failed or doubled.
    QCOMPARE(scalar((*reopened)->connection(), QStringLiteral("SELECT count(*) FROM parent")).toInt(), 2);
}

void TestDatabase::migratesAnOlderStoreStepByStep()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const QList<Migration> all = testMigrations();
    {
        const auto old = Database::open(path, all.mid(0, 1));
        QVERIFY(old);
        QCOMPARE((*old)->schemaVersion(), 1);
        QVERIFY(!hasTable((*old)->connection(), QStringLiteral("child")));
    }
    const auto upgraded = Database::open(path, all);
    QVERIFY(upgraded);
    QCOMPARE((*upgraded)->schemaVersion(), 3);
    const QSqlDatabase db = (*upgraded)->connection();
    QVERIFY(hasTable(db, QStringLiteral("child")));
    QVERIFY(exec(db, QStringLiteral("UPDATE parent SET name = 'first' WHERE id = 1")));
}

void TestDatabase::fileStoreUsesWriteAheadLog()
{
    QTemporaryDir dir;
    const auto database = Database::open(dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY(database);
    QCOMPARE(scalar((*database)->connection(), QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    QCOMPARE(scalar((*database)->connection(), QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
    QVERIFY(scalar((*database)->connection(), QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
}

void TestDatabase::memoryStoreIsPrivate()
{
    const auto first = Database::open(QStringLiteral(":memory:"));
    const auto second = Database::open(QStringLiteral(":memory:"));
    QVERIFY(first);
    QVERIFY(second);
    QVERIFY((*first)->isInMemory());
    QVERIFY((*first)->connectionName() != (*second)->connectionName());
    QCOMPARE((*first)->schemaVersion(), Database::currentSchemaVersion());
    QVERIFY(exec((*first)->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")));
    QCOMPARE(scalar((*first)->connection(), QStringLiteral("SELECT count(*) FROM settings")).toInt(), 1);
    QCOMPARE(scalar((*second)->connection(), QStringLiteral("SELECT count(*) FROM settings")).toInt(), 0);
}

void TestDatabase::foreignKeysAreEnforced()
{
    const auto database = Database::open(QStringLiteral(":memory:"), testMigrations());
    QVERIFY(database);
    const QSqlDatabase db = (*database)->connection();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QVERIFY(exec(db, QStringLiteral("INSERT INTO child (id, parent_id) VALUES (1, 1)")));
    QVERIFY(!exec(db, QStringLiteral("INSERT INTO child (id, parent_id) VALUES (2, 99)")));
}

void TestDatabase::storeFileIsReadableByOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const auto database = Database::open(path);
    QVERIFY(database);
    // DESIGN 9: the store, and the write-ahead log that holds recent changes, are the owner's.
    QVERIFY(exec((*database)->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")));
    const QFileInfo store(path);
    QVERIFY(store.permissions() & QFileDevice::ReadOwner);
    QVERIFY(store.permissions() & QFileDevice::WriteOwner);
    QCOMPARE(store.permissions() & groupOrOther, QFileDevice::Permissions());
    const QFileInfo log(path + QStringLiteral("-wal"));
    QVERIFY(log.exists());
    QCOMPARE(log.permissions() & groupOrOther, QFileDevice::Permissions());
}

void TestDatabase::existingFileIsMadeOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                            | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const auto database = Database::open(path);
    QVERIFY(database);
    QCOMPARE(QFileInfo(path).permissions() & groupOrOther, QFileDevice::Permissions());
}

void TestDatabase::newerSchemaIsRefusedAndFileUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        const auto database = Database::open(path);
        QVERIFY(database);
        // As a later version of the program would leave it.
        QSqlQuery bump((*database)->connection());
        bump.prepare(QStringLiteral("UPDATE meta SET value = :version WHERE key = 'schema_version'"));
        bump.bindValue(QStringLiteral(":version"), QString::number(Database::currentSchemaVersion() + 1));
        QVERIFY(bump.exec());
    }
    const QByteArray before = fileDigest(path);
    QVERIFY(!before.isEmpty());

    const auto refused = Database::open(path);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, Field::Store);
    QCOMPARE(refused.error().rule, Rule::StoreSchemaTooNew);
    QVERIFY(!refused.error().message().isEmpty());
    QCOMPARE(fileDigest(path), before);

    // The newer program itself still opens it.
    QList<Migration> newer = Migrations::all();
    newer.append(migration("future", {QStringLiteral("CREATE TABLE future (id INTEGER)")}));
    const auto opened = Database::open(path, newer);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
    QCOMPARE((*opened)->schemaVersion(), Database::currentSchemaVersion() + 1);
}

void TestDatabase::failingMigrationRollsBackItsStep()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QList<Migration> broken = testMigrations().mid(0, 1);
    broken.append(migration("half done", {QStringLiteral("CREATE TABLE half (id INTEGER)"),
                                          QStringLiteral("INSERT INTO half (id) VALUES (1)"),
                                          QStringLiteral("INSERT INTO no_such_table (id) VALUES (1)")}));

    const auto failed = Database::open(path, broken);
    QVERIFY(!failed);
    QCOMPARE(failed.error().field, Field::Store);
    QCOMPARE(failed.error().rule, Rule::StoreMigrationFailed);
    // The clerk's administrator needs SQLite's own words to find the cause.
    QVERIFY2(failed.error().detail.contains(QLatin1String("no_such_table")), qPrintable(failed.error().detail));

    // Step 1 was committed on its own; nothing of step 2 remains.
    const auto reopened = Database::open(path, testMigrations().mid(0, 1));
    QVERIFY(reopened);
    QCOMPARE((*reopened)->schemaVersion(), 1);
    QVERIFY(hasTable((*reopened)->connection(), QStringLiteral("parent")));
    QVERIFY(!hasTable((*reopened)->connection(), QStringLiteral("half")));
}

void TestDatabase::unopenablePathIsRefused_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/store.sqlite");
    QTest::newRow("a folder") << QStringLiteral("folder");
    QTest::newRow("empty path") << QString();
}

void TestDatabase::unopenablePathIsRefused()
{
    QFETCH(QString, relativePath);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    const QString path = relativePath.isEmpty() ? QString() : dir.filePath(relativePath);
    const auto database = Database::open(path);
    QVERIFY(!database);
    QCOMPARE(database.error().field, Field::Store);
    QCOMPARE(database.error().rule, Rule::StoreCannotOpen);
}

void TestDatabase::notADatabaseIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    const QByteArray before = fileDigest(path);
    const auto database = Database::open(path);
    QVERIFY(!database);
    QCOMPARE(database.error().rule, Rule::StoreCannotOpen);
    QCOMPARE(fileDigest(path), before);
}

void TestDatabase::connectionIsRemovedWithTheObject()
{
    QString name;
    {
        const auto database = Database::open(QStringLiteral(":memory:"));
        QVERIFY(database);
        name = (*database)->connectionName();
        QVERIFY(QSqlDatabase::contains(name));
    }
    QVERIFY(!QSqlDatabase::contains(name));
}

void TestDatabase::defaultPathIsInUserDataFolder()
{
    const QString path = Database::defaultPath();
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("qabyldau.sqlite"));
    QCOMPARE(QFileInfo(path).absolutePath(),
             QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).absolutePath());
    QVERIFY(QFileInfo(QFileInfo(path).absolutePath()).isDir());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
