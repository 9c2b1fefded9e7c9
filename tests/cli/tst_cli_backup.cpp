// qabyldau-cli backup and restore (docs/cli.md): one line out when done, one line on stderr and
// the documented exit code when not, and the store untouched by a refused restore.
#include "ProcessTestHelpers.h"

#include "store/Database.h"
#include "store/Journal.h"
#include "store/WriteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

using ProcessTestHelpers::Result;
using ProcessTestHelpers::isOneLine;
using ProcessTestHelpers::runCli;
using ProcessTestHelpers::runProgram;

bool addKindergarten(const QString &storePath, const QString &id)
{
    Expected<std::shared_ptr<Database>> database = Database::open(storePath);
    if (!database)
        return false;
    QSqlDatabase db = (*database)->connection();
    WriteTransaction transaction(db);
    if (!transaction.begin())
        return false;
    {
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO kindergartens (id, name_kk) VALUES (:id, :id)"_s);
        insert.bindValue(u":id"_s, id);
        if (!insert.exec())
            return false;
    }
    if (!Journal::append(db, u"kindergarten_added"_s, u"kindergarten"_s, id, {}, u"test"_s,
                         QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)))
        return false;
    return bool(transaction.commit());
}

int kindergartenCount(const QString &storePath)
{
    Expected<std::shared_ptr<Database>> database = Database::open(storePath);
    if (!database)
        return -1;
    QSqlQuery query((*database)->connection());
    return query.exec(u"SELECT count(*) FROM kindergartens"_s) && query.next() ? query.value(0).toInt() : -1;
}

QByteArray digestOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

// A store with kindergarten K1 backed up into copy, then K2 added to the store.
bool backedUpThenChanged(const QString &store, const QString &copy)
{
    return addKindergarten(store, u"K1"_s) && runCli({u"--store"_s, store, u"backup"_s, copy}).exitCode == 0
           && addKindergarten(store, u"K2"_s);
}

} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT
private slots:
    void backupAndRestore();
    void refusals();
    void restoreSaysWhyTheStoreCannotBeKeptAside();
};

void TestCliBackup::backupAndRestore()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(u"store.sqlite"_s);
    const QString copy = dir.filePath(u"copy.sqlite"_s);
    QVERIFY(addKindergarten(store, u"K1"_s));

    Result backup = runCli({u"--lang"_s, u"en"_s, u"--store"_s, store, u"backup"_s, copy});
    QCOMPARE(backup.exitCode, 0);
    QVERIFY2(isOneLine(backup.out), qPrintable(backup.out));
    QVERIFY2(backup.out.startsWith(u"backed up %1 to %2: schema version %3, journal entries: 1, checked"_s
                                       .arg(store, copy).arg(Database::currentSchemaVersion())),
             qPrintable(backup.out));
    QVERIFY(backup.err.isEmpty());

    QVERIFY(addKindergarten(store, u"K2"_s));
    Result restore = runCli({u"--lang"_s, u"en"_s, u"--store"_s, store, u"restore"_s, copy});
    QCOMPARE(restore.exitCode, 0);
    QVERIFY2(isOneLine(restore.out), qPrintable(restore.out));
    QVERIFY2(restore.out.contains(u"; the former store is kept as %1.before-restore-"_s.arg(store)), qPrintable(restore.out));
    QCOMPARE(kindergartenCount(store), 1);

    // Onto a machine with no store yet.
    const QString fresh = dir.filePath(u"fresh/store.sqlite"_s);
    QVERIFY(QDir().mkpath(dir.filePath(u"fresh"_s)));
    restore = runCli({u"--lang"_s, u"en"_s, u"--store"_s, fresh, u"restore"_s, copy});
    QCOMPARE(restore.exitCode, 0);
    QVERIFY2(restore.out.endsWith(u"there was no store before\n"_s), qPrintable(restore.out));
    QCOMPARE(kindergartenCount(fresh), 1);

    // In Kazakh too.
    backup = runCli({u"--lang"_s, u"kk"_s, u"--store"_s, store, u"backup"_s, copy});
    QCOMPARE(backup.exitCode, 0);
    QVERIFY(isOneLine(backup.out));
    QVERIFY2(!backup.out.contains(u"backed up"_s), qPrintable(backup.out));
}

void TestCliBackup::refusals()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(u"store.sqlite"_s);
    const QString copy = dir.filePath(u"copy.sqlite"_s);
    QVERIFY(backedUpThenChanged(store, copy));
    const QByteArray before = digestOf(store);

    // No store to back up: 3.
    Result result = runCli({u"--lang"_s, u"en"_s, u"--store"_s, dir.filePath(u"none.sqlite"_s), u"backup"_s, copy});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(isOneLine(result.err), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());

    // A file that is not a backup is never replaced: 4.
    const QString letter = dir.filePath(u"letter.txt"_s);
    {
        QFile file(letter);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Dear parents");
    }
    result = runCli({u"--lang"_s, u"en"_s, u"--store"_s, store, u"backup"_s, letter});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(isOneLine(result.err), qPrintable(result.err));
    QCOMPARE(digestOf(letter), QCryptographicHash::hash("Dear parents", QCryptographicHash::Sha256));

    // A damaged copy: 3, the store as it was.
    const QString damaged = dir.filePath(u"damaged.sqlite"_s);
    QVERIFY(QFile::copy(copy, damaged));
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.resize(file.size() / 2);
    }
    result = runCli({u"--lang"_s, u"en"_s, u"--store"_s, store, u"restore"_s, damaged});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(isOneLine(result.err), qPrintable(result.err));
    QVERIFY2(result.err.startsWith(u"Backup copy: the copy is damaged; nothing was replaced: "_s), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(digestOf(store), before);

    // Not a store at all, and a missing file: 3.
    for (const QString &file : {letter, dir.filePath(u"missing.sqlite"_s)}) {
        result = runCli({u"--lang"_s, u"en"_s, u"--store"_s, store, u"restore"_s, file});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(isOneLine(result.err), qPrintable(result.err));
        QCOMPARE(digestOf(store), before);
    }

    // The store open in another program: 4, nothing replaced.
    {
        Expected<std::shared_ptr<Database>> open = Database::open(store);
        QVERIFY(open);
        result = runCli({u"--lang"_s, u"en"_s, u"--store"_s, store, u"restore"_s, copy});
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(isOneLine(result.err), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"another program has the store open"_s), qPrintable(result.err));
    }
    QCOMPARE(kindergartenCount(store), 2);

    // Usage: no FILE.
    QCOMPARE(runCli({u"--store"_s, store, u"restore"_s}).exitCode, 2);
    QCOMPARE(runCli({u"--store"_s, store, u"backup"_s}).exitCode, 2);
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : left)
        QVERIFY2(!name.contains(u"restoring"_s) && !name.endsWith(u".partial"_s), qPrintable(name));
}

void TestCliBackup::restoreSaysWhyTheStoreCannotBeKeptAside()
{
    // A restore keeps the current store aside before it replaces it. When that copy cannot be
    // written (here: a file size limit the restored copy is under and the current store is over,
    // as a disk too full for the larger of the two would be), the clerk reads the system's
    // reason, and the store stays as it was.
    QTemporaryDir dir;
    const QString store = dir.filePath(u"store.sqlite"_s);
    const QString copy = dir.filePath(u"copy.sqlite"_s);
    QVERIFY(backedUpThenChanged(store, copy));
    {
        Expected<std::shared_ptr<Database>> database = Database::open(store);
        QVERIFY(database);
        QSqlQuery pad((*database)->connection());
        QVERIFY(pad.exec(u"CREATE TABLE padding (b BLOB)"_s));
        QVERIFY(pad.exec(u"INSERT INTO padding VALUES (zeroblob(6 * 1024 * 1024))"_s));
    }
    QVERIFY(QFileInfo(copy).size() < 1024 * 1024);
    QVERIFY(QFileInfo(store).size() > 4 * 1024 * 1024);

    // bash's ulimit -f counts KiB; SIGXFSZ ignored, so a write past it fails with EFBIG.
    const Result result = runProgram(
        u"/bin/bash"_s,
        {u"-c"_s, uR"(ulimit -f 3072; trap '' XFSZ; exec "$0" "$@")"_s, QStringLiteral(QABYLDAU_CLI_PATH), u"--lang"_s,
         u"en"_s, u"--store"_s, store, u"restore"_s, copy});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(isOneLine(result.err), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"the current store cannot be kept aside: File too large"_s), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(kindergartenCount(store), 2);
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden))
        QVERIFY2(!name.contains(u"before-restore"_s) && !name.contains(u"restoring"_s), qPrintable(name));
}

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
