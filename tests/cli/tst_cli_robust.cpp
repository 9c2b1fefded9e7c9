// Issue 14 items 5, 6 and 9: qabyldau-cli run as real processes against each other and against
// files that change under them (docs/cli.md, "applications import").
#include "ProcessTestHelpers.h"
#include "TestTime.h"

#include "domain/Iin.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/RowSeal.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

using ProcessTestHelpers::Result;
using ProcessTestHelpers::runCli;

QString makeIin(const QDate &birthDate, int serial)
{
    const QString prefix = birthDate.toString(u"yyMMdd"_s) + u'6';
    for (int n = serial * 10;; ++n) {
        const QString eleven = prefix + QStringLiteral("%1").arg(n, 4, 10, QLatin1Char('0'));
        const int check = Iin::checkDigit(eleven);
        if (check >= 0)
            return eleven + QString::number(check);
    }
}

// A region's file of `count` valid applications in filing order (about 600 bytes each), written
// from a template: fast enough for 200,000.
QByteArray regionFile(int count)
{
    QByteArray json;
    json.reserve(qsizetype(count) * 620 + 16);
    json += "[\n";
    const QDateTime first(QDate(2024, 4, 1), QTime(9, 0), Qt::UTC);
    for (int k = 0; k < count; ++k) {
        const QDate birth = QDate(2020, 1, 1).addDays(k % 700);
        const QDateTime filed = first.addSecs(k);
        if (k > 0)
            json += ",\n";
        json += "{\"id\":\"00000000-0000-4000-8000-" + QByteArray::number(k).rightJustified(12, '0')
                + "\",\"applicant_surname\":\"Серікбаев\",\"applicant_name\":\"Асқар\","
                  "\"applicant_patronymic\":\"Нұрланұлы\",\"applicant_iin\":\"900512300120\","
                  "\"applicant_address\":\"Қонаев, Абай к-сі, 1\",\"settlement\":\"Қонаев\","
                  "\"child_surname\":\"Серікбаева\",\"child_name\":\"Әлия\",\"child_sex\":\"female\","
                  "\"child_birth_date\":\""
                + birth.toString(Qt::ISODate).toLatin1() + "\",\"child_iin\":\""
                + makeIin(birth, 1 + k / 700).toLatin1()
                + "\",\"category\":10,\"phones\":[\"+77012345678\"],\"consent\":true,\"signature_date\":\""
                + filed.date().toString(Qt::ISODate).toLatin1() + "\",\"filed_at\":\""
                + filed.toString(Qt::ISODateWithMs).toLatin1() + "\",\"status\":\"queued\"}";
    }
    json += "\n]\n";
    return json;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Whether the process has `path` open (Linux: its /proc/PID/fd links).
bool hasOpen(qint64 pid, const QString &path)
{
    const QString target = QFileInfo(path).canonicalFilePath();
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    const QStringList entries = fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System);
    for (const QString &fd : entries)
        if (QFileInfo(fds.filePath(fd)).symLinkTarget() == target)
            return true;
    return false;
}

// Whether the process still runs (QProcess learns that it ended only in waitFor... or an event
// loop).
bool running(QProcess &process)
{
    return process.state() != QProcess::NotRunning && !process.waitForFinished(0);
}

qint64 rowCount(const QString &store)
{
    const auto database = Database::openExisting(store);
    if (!database)
        return -1;
    QSqlQuery query((*database)->connection());
    if (!query.exec(u"SELECT count(*) FROM applications"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QStringList storeFiles(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList({u"store.sqlite*"_s}, QDir::Files);
}

} // namespace

class TestCliRobust : public QObject
{
    Q_OBJECT

private slots:
    // Issue 14 item 5: while a 200,000-row import runs in one process (a fresh store: bulk mode,
    // indexes dropped), `queue list` in others reads the last committed state at once; they used
    // to fail with "database is locked" because the import had left WAL.
    void readersDuringABulkImport()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(u"store.sqlite"_s);
        const QString file = dir.filePath(u"region.json"_s);
        constexpr int count = 200000;
        QVERIFY(writeFile(file, regionFile(count)));

        QProcess import;
        import.start(QStringLiteral(QABYLDAU_CLI_PATH), {u"--store"_s, store, u"applications"_s, u"import"_s, file});
        QVERIFY(import.waitForStarted());
        int readsDuringImport = 0;
        int readsDuringBulkLoad = 0;
        QStringList failures;
        while (running(import)) {
            if (!QFileInfo::exists(store)) {
                QThread::msleep(20);
                continue;
            }
            const bool bulkLoad = QFileInfo::exists(Database::bulkLoadLockPath(store));
            const Result read = runCli({u"--store"_s, store, u"queue"_s, u"list"_s, u"--birth-year"_s, u"2021"_s,
                                        u"--limit"_s, u"3"_s});
            if (!running(import))
                break; // it may have read after the end
            ++readsDuringImport;
            if (bulkLoad)
                ++readsDuringBulkLoad;
            if (read.exitCode != 0)
                failures.append(QString::number(read.exitCode) + u": "_s + read.err.trimmed());
            else if (read.out.count(u'\n') != 0 && read.out.count(u'\n') != 3)
                failures.append(u"a page of "_s + QString::number(read.out.count(u'\n')));
        }
        QVERIFY(import.state() == QProcess::NotRunning || import.waitForFinished(TestTime::guardMs(300000)));
        QCOMPARE(import.exitStatus(), QProcess::NormalExit);
        QCOMPARE(import.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(import.readAllStandardOutput()), u"imported 200000, already present 0, invalid 0\n"_s);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"; "_s)));
        // The readers really overlapped the load (else this test proves nothing).
        QVERIFY2(readsDuringBulkLoad >= 2, qPrintable(QStringLiteral("%1 reads during the import, %2 during the bulk load")
                                                          .arg(readsDuringImport).arg(readsDuringBulkLoad)));
        QVERIFY(!QFileInfo::exists(Database::bulkLoadLockPath(store)));
        QCOMPARE(rowCount(store), qint64(count));
        // Every index is back, and the store stayed in WAL.
        const auto database = Database::openExisting(store);
        QVERIFY(database);
        QSqlQuery query((*database)->connection());
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'applications'"
                           " AND sql IS NOT NULL"_s) && query.next());
        QCOMPARE(query.value(0).toLongLong(),
                 qint64(Migrations::applicationIndexes().size() + Migrations::applicationConstraintIndexes().size()));
    }

    // Issue 14 item 5: a reader that finds sides of the queue to recompute (a file not in filing
    // order leaves them) while another process holds the write lock (the import's next batch)
    // reads what is committed at once and says that the numbers may still change; it used to
    // wait 5 s for the lock and fail with "database is locked". Once the writer is gone, the
    // next read recomputes them and says nothing.
    void readerDoesNotWaitForAnotherWriter()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(u"store.sqlite"_s);
        const QString file = dir.filePath(u"region.json"_s);
        QVERIFY(writeFile(file, regionFile(50)));
        const Result imported = runCli({u"--store"_s, store, u"applications"_s, u"import"_s, file});
        QCOMPARE(imported.exitCode, 0);
        const QStringList listYear{u"--store"_s, store, u"queue"_s, u"list"_s, u"--birth-year"_s, u"2020"_s,
                                   u"--limit"_s, u"3"_s};
        const Result exact = runCli(listYear);
        QCOMPARE(exact.exitCode, 0);
        QCOMPARE(exact.out.count(u'\n'), 3);
        QVERIFY2(exact.err.isEmpty(), qPrintable(exact.err));

        const auto writer = Database::openExisting(store);
        QVERIFY(writer);
        QSqlQuery query((*writer)->connection());
        // Every side to recompute from its start, as a write before its first entry leaves it.
        QVERIFY2(query.exec(u"INSERT OR REPLACE INTO queue_stale (birth_year, right_rank, filed_at, queue_sequence, id)"
                            " SELECT DISTINCT birth_year, right_rank, -9223372036854775807 - 1,"
                            " -9223372036854775807 - 1, '' FROM applications"_s),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.exec(u"BEGIN IMMEDIATE"_s));
        const Result duringWrite = runCli(listYear);
        QVERIFY(query.exec(u"ROLLBACK"_s));
        QVERIFY2(duringWrite.exitCode == 0, qPrintable(duringWrite.err));
        QCOMPARE(duringWrite.out, exact.out); // the keys were current; only the note differs
        QVERIFY2(duringWrite.err.contains(u"another process is writing to the store"_s), qPrintable(duringWrite.err));

        const Result after = runCli(listYear);
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.out, exact.out);
        QVERIFY2(after.err.isEmpty(), qPrintable(after.err));
        QVERIFY(query.exec(u"SELECT count(*) FROM queue_stale"_s) && query.next());
        QCOMPARE(query.value(0).toLongLong(), qint64(0));
    }

    // Issue 14 item 6: the file shrinks while the import reads it. It used to be mapped, and the
    // process died of SIGBUS; now: a clear error, a non-zero exit, nothing written.
    void fileShrinksWhileImported()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(u"store.sqlite"_s);
        const QString file = dir.filePath(u"region.json"_s);
        const QByteArray json = regionFile(200000);
        QVERIFY(writeFile(file, json));

        QProcess import;
        import.start(QStringLiteral(QABYLDAU_CLI_PATH), {u"--store"_s, store, u"applications"_s, u"import"_s, file});
        QVERIFY(import.waitForStarted());
        QElapsedTimer waited;
        waited.start();
        while (!hasOpen(import.processId(), file) && running(import) && waited.elapsed() < 30000)
            QThread::usleep(200);
        QVERIFY2(::truncate(QFile::encodeName(file).constData(), json.size() / 3) == 0, "truncate");
        QVERIFY(import.state() == QProcess::NotRunning || import.waitForFinished(TestTime::guardMs(120000)));
        QCOMPARE(import.exitStatus(), QProcess::NormalExit); // not killed by a signal (SIGBUS)
        const QString err = QString::fromUtf8(import.readAllStandardError());
        if (import.exitCode() == 0) {
            // The file was read whole before it shrank: the import used the bytes as read.
            qInfo("the import had read the file before it shrank");
            QCOMPARE(rowCount(store), qint64(200000));
            return;
        }
        QVERIFY2(ProcessTestHelpers::isOneLine(err), qPrintable(err));
        QVERIFY2(err.contains(u"changed while it was read"_s) || err.contains(u"byte "_s), qPrintable(err));
        QCOMPARE(QString::fromUtf8(import.readAllStandardOutput()), QString());
        QVERIFY(rowCount(store) <= 0); // no store, or an empty one
    }

    // Issue 14 item 9 (a): several processes open a store that does not exist yet at the same
    // moment; the losers used to fail with "migration failed: table already exists" (or
    // "database is locked" switching to WAL). Each now opens the migrated store.
    void firstOpensOfANewStoreAtOnce()
    {
        for (int round = 0; round < 3; ++round) {
            QTemporaryDir dir;
            const QString store = dir.filePath(u"store.sqlite"_s);
            const QString file = dir.filePath(u"one.json"_s);
            QVERIFY(writeFile(file, regionFile(1)));
            std::vector<std::unique_ptr<QProcess>> processes;
            for (int p = 0; p < 6; ++p) {
                processes.push_back(std::make_unique<QProcess>());
                processes.back()->start(QStringLiteral(QABYLDAU_CLI_PATH),
                                        {u"--store"_s, store, u"applications"_s, u"import"_s, file});
            }
            int imported = 0;
            for (const auto &process : processes) {
                QVERIFY(process->waitForFinished(TestTime::guardMs(60000)));
                const QString out = QString::fromUtf8(process->readAllStandardOutput());
                const QString err = QString::fromUtf8(process->readAllStandardError());
                QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                         qPrintable(QStringLiteral("round %1: exit %2: %3").arg(round).arg(process->exitCode()).arg(err)));
                if (out == u"imported 1, already present 0, invalid 0\n"_s)
                    ++imported;
                else
                    QCOMPARE(out, u"imported 0, already present 1, invalid 0\n"_s);
            }
            QCOMPARE(imported, 1);
            QCOMPARE(rowCount(store), qint64(1));
        }
    }

    // A reading command that finds the store while another process creates it (the file exists,
    // still empty) waits for it as for a locked store, then reads; it used to answer "not a
    // Qabyldau store" at once (seen in readersDuringABulkImport). A file that stays empty is
    // still refused.
    void aReaderWaitsForAStoreBeingCreated()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(u"store.sqlite"_s);
        const QString file = dir.filePath(u"one.json"_s);
        QVERIFY(writeFile(file, regionFile(1))); // a child born in 2020
        QVERIFY(writeFile(store, QByteArray())); // what Database::open creates first

        QProcess reader;
        reader.start(QStringLiteral(QABYLDAU_CLI_PATH),
                     {u"--store"_s, store, u"queue"_s, u"list"_s, u"--birth-year"_s, u"2020"_s});
        QVERIFY(reader.waitForStarted());
        QThread::msleep(700); // the reader has found the empty file by now
        QVERIFY(running(reader));
        const Result import = runCli({u"--store"_s, store, u"applications"_s, u"import"_s, file});
        QCOMPARE(import.exitCode, 0);
        QVERIFY(reader.waitForFinished(TestTime::guardMs(30000)));
        QVERIFY2(reader.exitCode() == 0, reader.readAllStandardError().constData());
        // The store as the reader found it once it was made: before the import's row committed, or
        // after (the header is written when the store is made, before the import writes).
        const qsizetype listed = QString::fromUtf8(reader.readAllStandardOutput()).count(u'\n');
        QVERIFY2(listed == 0 || listed == 1, qPrintable(QString::number(listed)));

        QTemporaryDir other;
        const QString empty = other.filePath(u"store.sqlite"_s);
        QVERIFY(writeFile(empty, QByteArray()));
        const Result refused = runCli({u"--store"_s, empty, u"queue"_s, u"list"_s, u"--birth-year"_s, u"2020"_s});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(u"not a Qabyldau store"_s), qPrintable(refused.err));
        QCOMPARE(QFileInfo(empty).size(), qint64(0)); // a reading command made nothing of it
    }

    // A reader that finds a store one version behind tries to migrate it and waits for the write
    // lock. When the other process migrates it meanwhile and goes on writing for longer than the
    // busy timeout (a bulk import's transaction), the reader opens the store as that process left
    // it, instead of failing "could not be upgraded: database is locked" (seen once in
    // readersDuringABulkImport).
    void aReaderOpensAStoreAnotherProcessMigratedWhileItWaited()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(u"store.sqlite"_s);
        const QList<Migration> &migrations = Migrations::all();
        {
            const Expected<std::shared_ptr<Database>> behind = Database::open(store, migrations.mid(0, migrations.size() - 1));
            QVERIFY(behind);
        }
        QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
        const auto removeHolder = qScopeGuard([&holder] {
            holder.close();
            holder = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"holder"_s);
        });
        holder.setDatabaseName(store);
        QVERIFY(holder.open());
        QVERIFY(RowSeal::registerFunction(holder)); // the migrations seal rows, as the program's connections do
        QSqlQuery query(holder);
        QVERIFY2(query.exec(u"BEGIN IMMEDIATE"_s), qPrintable(query.lastError().text()));

        QProcess reader;
        reader.start(QStringLiteral(QABYLDAU_CLI_PATH),
                     {u"--store"_s, store, u"queue"_s, u"list"_s, u"--birth-year"_s, u"2021"_s, u"--limit"_s, u"3"_s});
        QVERIFY(reader.waitForStarted());
        QThread::msleep(1500); // the reader has read the old version and waits for the lock
        QVERIFY(running(reader));
        // The last migration, committed, and the lock taken again at once: held past the reader's
        // busy timeout (5 s), as a bulk import's batch holds it.
        for (const QString &statement : migrations.constLast().statements)
            QVERIFY2(query.exec(statement), qPrintable(statement + u": "_s + query.lastError().text()));
        QVERIFY(query.exec(u"UPDATE meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(migrations.size())));
        QVERIFY2(query.exec(u"COMMIT"_s), qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(u"BEGIN IMMEDIATE"_s), qPrintable(query.lastError().text()));
        const bool finished = reader.waitForFinished(TestTime::guardMs(8000));
        query.exec(u"ROLLBACK"_s);
        query.finish();
        QVERIFY(finished || reader.waitForFinished(TestTime::guardMs(30000)));
        QVERIFY2(reader.exitCode() == 0, reader.readAllStandardError().constData());
    }

    void refusedFileLeavesNoStore_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        const QByteArray one = regionFile(1).trimmed(); // "[\n{...}\n]"
        const QByteArray record = one.mid(2, one.size() - 4);
        QTest::newRow("not an array") << QByteArray("applications") << u"byte 0"_s;
        // Issue 14 item 9 (b): no longer one bad record among good ones, the file is refused.
        QTest::newRow("trailing comma") << QByteArray("[" + record + ",]") << QStringLiteral("byte %1").arg(record.size() + 2);
        QTest::newRow("NUL between records")
            << QByteArray("[" + record + QByteArray(1, '\0') + "," + record + "]") << QStringLiteral("byte %1").arg(record.size() + 1);
        QTest::newRow("a folder") << QByteArray() << u"Import file"_s;
    }

    // Issue 14 item 9 (b, e): a file that cannot be imported is refused with the byte offset, exit
    // code 3, and leaves no store behind (one was created before the file was read).
    void refusedFileLeavesNoStore()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString store = dir.filePath(u"store.sqlite"_s);
        QString file = dir.filePath(u"f.json"_s);
        if (content.isEmpty())
            QVERIFY(QDir(dir.path()).mkdir(u"f.json"_s));
        else
            QVERIFY(writeFile(file, content));
        const Result result = runCli({u"--store"_s, store, u"applications"_s, u"import"_s, file});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(ProcessTestHelpers::isOneLine(result.err), qPrintable(result.err));
        QVERIFY2(result.err.contains(error), qPrintable(result.err));
        QCOMPARE(result.out, QString());
        QCOMPARE(storeFiles(dir), QStringList());
    }

    void directionsFileErrorsGiveTheByte_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("in a record") << QByteArray("[{\"number\": \"N-1\",}]") << u"byte 18: "_s;
        QTest::newRow("between records") << QByteArray("[{}, {} x]") << u"byte 8: "_s;
        QTest::newRow("cut off") << QByteArray("[{\"number\": \"N-1\"") << u"byte 17: "_s;
    }

    // Issue 14 item 9 (d, e): the directions importer says where its file stops being JSON, like
    // the applications importer, and leaves no store behind.
    void directionsFileErrorsGiveTheByte()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"d.json"_s);
        QVERIFY(writeFile(file, content));
        const Result result = runCli({u"--store"_s, dir.filePath(u"store.sqlite"_s), u"directions"_s, u"import"_s, file});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(ProcessTestHelpers::isOneLine(result.err), qPrintable(result.err));
        QVERIFY2(result.err.contains(error), qPrintable(result.err));
        QCOMPARE(storeFiles(dir), QStringList()); // (e): no store made for a file refused
    }
};

QTEST_GUILESS_MAIN(TestCliRobust)
#include "tst_cli_robust.moc"
