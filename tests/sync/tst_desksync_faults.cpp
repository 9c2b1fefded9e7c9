// Desk sync under faults (issue 11, "Fault tests"): the server SIGKILLed mid-upload and
// mid-download, the desk process (qabyldau-cli sync) SIGKILLed mid-apply, a lost response. After a
// restart the sync completes, and counted on both sides nothing is lost or doubled and the
// partitions' checksums are equal.
#include "DeskSyncHelpers.h"
#include "TestTime.h"

#include "store/Migrations.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

using namespace ServerTest;
using namespace DeskTest;

namespace {

QString cliPath()
{
    return QStringLiteral(QABYLDAU_CLI_PATH);
}

// `qabyldau-cli --store PATH sync` as a child process, so it can be SIGKILLed like a desk whose
// power went off.
std::unique_ptr<QProcess> startCliSync(const QString &store, quint16 port, const QString &token)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(cliPath(), {QStringLiteral("--store"), store, QStringLiteral("sync"), QStringLiteral("--server"),
                               QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--token"), token});
    process->waitForStarted(10000);
    return process;
}

void sleepMs(int ms)
{
    QThread::msleep(ulong(ms));
}

// The applications' secondary indexes in the store, read without Database::open (which would
// re-create missing ones).
qint64 applicationIndexes(const QString &path)
{
    const QString name = QUuid::createUuid().toString(QUuid::Id128);
    qint64 indexes = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                          " AND tbl_name = 'applications' AND sql IS NOT NULL"))
                && query.next())
                indexes = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return indexes;
}

// Waits until the store holds at least `rows` rows from the server, or the child ended.
bool waitForRows(const QString &path, qint64 rows, QProcess &child)
{
    QDeadlineTimer deadline(120000);
    while (!deadline.hasExpired() && child.state() == QProcess::Running) {
        if (DeskTest::committedSyncRows(path) >= rows)
            return true;
        sleepMs(10);
    }
    return false;
}

} // namespace

class TestDeskSyncFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void serverKilledMidUpload_data();
    void serverKilledMidUpload();
    void regionDownloadInterrupted();

private:
    QTemporaryDir m_dir;
};

void TestDeskSyncFaults::initTestCase()
{
    QVERIFY2(QFile::exists(serverPath()), qPrintable(serverPath()));
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    QVERIFY(m_dir.isValid());
}

void TestDeskSyncFaults::serverKilledMidUpload_data()
{
    QTest::addColumn<bool>("childProcess");
    QTest::addColumn<QList<int>>("delaysMs");
    QTest::newRow("cli child") << true << QList<int>{5, 40, 120, 400};
    QTest::newRow("engine on a thread") << false << QList<int>{10, 60, 250};
}

// A desk with hundreds of waiting registrations syncs; the server is SIGKILLed N ms in, for
// several N. Then restarted, the sync completes: every registration arrives once.
void TestDeskSyncFaults::serverKilledMidUpload()
{
    QFETCH(bool, childProcess);
    QFETCH(QList<int>, delaysMs);

    Server server;
    QVERIFY2(server.setupError().isEmpty(), qPrintable(server.setupError()));
    QVERIFY(server.init());
    const QString org = server.addOrg(1);
    QVERIFY(!org.isEmpty());
    const QString token = server.addDesk(org);
    QVERIFY(!token.isEmpty());
    QVERIFY2(server.start(), qPrintable(server.startError()));

    const QString path = m_dir.filePath(QStringLiteral("upload-%1.sqlite").arg(QUuid::createUuid().toString(QUuid::Id128)));
    Applications applications(childProcess ? 21 : 22);
    QStringList ids;
    int interrupted = 0;
    for (const int delay : delaysMs) {
        {
            // 300 for the first round, then 100 more each round: every round uploads a batch
            // that is long enough to be cut.
            Desk desk(path, server.port(), token);
            QVERIFY2(desk.isOpen(), qPrintable(desk.openError()));
            const int count = ids.isEmpty() ? 300 : 100;
            for (int i = 0; i < count; ++i) {
                const Expected<RegisteredApplication> registered = desk.registerApplication(applications.next());
                QVERIFY2(registered, registered ? "" : qPrintable(registered.error().message()));
                ids.append(registered->application.id);
            }
        }
        if (childProcess) {
            const std::unique_ptr<QProcess> child = startCliSync(path, server.port(), token);
            sleepMs(delay);
            server.kill();
            QVERIFY(child->waitForFinished(TestTime::guardMs(60000)));
            if (child->exitCode() != 0)
                ++interrupted;
        } else {
            // The engine on its own thread and connection, as in the desk app.
            SyncReport report;
            QThread *thread = QThread::create([&] {
                Desk desk(path, server.port(), token);
                report = desk.sync();
            });
            thread->start();
            sleepMs(delay);
            server.kill();
            QVERIFY(thread->wait(60000));
            delete thread;
            if (!report.error.ok())
                ++interrupted;
        }
        QVERIFY2(server.start(), qPrintable(server.startError()));

        Desk desk(path, server.port(), token);
        QVERIFY(desk.isOpen());
        const SyncReport again = desk.sync();
        QVERIFY2(again.error.ok(), qPrintable(again.error.code() + u' ' + again.error.detail));
        QVERIFY(again.rejected.isEmpty());
        const SyncSummary summary = desk.summary();
        QCOMPARE(summary.waiting, 0);
        QCOMPARE(summary.rejected, 0);
        QCOMPARE(summary.applied, qint64(ids.size()));

        // Counted at the server through /api/v1/changes: each registration once, nothing else.
        const ServerView view = serverView(server, token);
        QVERIFY(view.ok);
        QCOMPARE(view.applicationIds.size(), ids.size());
        for (const QString &id : std::as_const(ids))
            QVERIFY2(view.applicationIds.contains(id), qPrintable(id));
        // Every one confirmed at the desk with its own queue number: no number given twice.
        QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM applications WHERE registration_sequence > 0")),
                 qint64(ids.size()));
        QCOMPARE(desk.count(QStringLiteral("SELECT count(DISTINCT registration_sequence) FROM applications"
                                           " WHERE registration_sequence > 0")),
                 qint64(ids.size()));
        const QString differs = compareWithServer(desk, view);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
    }
    qInfo("%d of %lld kills interrupted a sync", interrupted, qint64(delaysMs.size()));
    // At least one of the kills landed mid-sync (else this test tests nothing).
    QVERIFY2(interrupted > 0, "no kill interrupted a sync: the delays are too long for this machine");

    // A lost response: the answers to everything never reached the desk; it sends all again.
    Desk desk(path, server.port(), token);
    {
        QSqlQuery reset(desk.database()->connection());
        QVERIFY(reset.exec(QStringLiteral("UPDATE outbox SET state = 'sent'")));
    }
    const SyncReport replay = desk.sync();
    QVERIFY2(replay.error.ok(), qPrintable(replay.error.detail));
    QCOMPARE(replay.sent, ids.size());
    QCOMPARE(replay.applied, ids.size());
    QCOMPARE(desk.summary().waiting, 0);
    const ServerView view = serverView(server, token);
    QCOMPARE(view.applicationIds.size(), ids.size());
    const QString differs = compareWithServer(desk, view);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

// A large region's first download, interrupted over and over: the desk process SIGKILLed
// mid-apply at several moments, the server SIGKILLed mid-download. Each run resumes from the
// cursor the last one committed, never from zero; at the end both sides hold the same rows.
void TestDeskSyncFaults::regionDownloadInterrupted()
{
    Server server;
    QVERIFY2(server.setupError().isEmpty(), qPrintable(server.setupError()));
    const QString tokens = m_dir.filePath(QStringLiteral("tokens-%1.tsv").arg(QUuid::createUuid().toString(QUuid::Id128)));
    const Run demo = server.cli({QStringLiteral("demo"), QStringLiteral("--orgs"), QStringLiteral("2"), QStringLiteral("--desks-per-org"),
                                 QStringLiteral("1"), QStringLiteral("--applications"), QStringLiteral("40000"),
                                 QStringLiteral("--tokens-file"), tokens});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QFile tokenFile(tokens);
    QVERIFY(tokenFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = tokenFile.readLine().trimmed().split('\t');
    QCOMPARE(fields.size(), 3);
    const QString token = QString::fromUtf8(fields.at(2));
    QVERIFY2(server.start(), qPrintable(server.startError()));

    // The whole feed, as a fresh desk would receive it.
    const ServerView view = serverView(server, token);
    QVERIFY(view.ok);
    qint64 total = 0;
    for (const auto &rows : view.rows)
        total += rows.size();
    QVERIFY(total >= 40000);

    // In how many pages a whole first download comes (the engine in this process, the CLI's
    // page size).
    const QString probe = m_dir.filePath(QStringLiteral("probe-%1.sqlite").arg(QUuid::createUuid().toString(QUuid::Id128)));
    int wholePages = 0;
    {
        Desk reference(probe, server.port(), token);
        const SyncReport first = reference.sync();
        QVERIFY2(first.error.ok(), qPrintable(first.error.detail));
        QCOMPARE(first.received, total);
        wholePages = first.pages;
    }
    qInfo("a whole first download: %lld rows in %d pages", total, wholePages);
    QVERIFY(wholePages >= 4);

    const QString path = m_dir.filePath(QStringLiteral("region-%1.sqlite").arg(QUuid::createUuid().toString(QUuid::Id128)));
    qint64 previousRows = 0;
    int cutMidway = 0;
    // The desk killed at several moments of the download: once it committed some pages, it is
    // SIGKILLed while it applies the next (at once, or a few ms in). Early enough that several
    // pages are left for the server's kill below and the final run.
    for (const auto &[fraction, extraMs] : {std::pair{0.1, 0}, std::pair{0.25, 7}, std::pair{0.4, 25}}) {
        const std::unique_ptr<QProcess> child = startCliSync(path, server.port(), token);
        QVERIFY(waitForRows(path, qint64(double(total) * fraction), *child));
        sleepMs(extraMs);
        child->kill(); // SIGKILL mid-apply
        QVERIFY(child->waitForFinished(TestTime::guardMs(30000)));
        const qint64 rows = DeskTest::committedSyncRows(path);
        QVERIFY(rows >= previousRows); // what was committed stays
        if (rows > previousRows && rows < total) {
            ++cutMidway;
            // Killed in the bulk path (a first download of 40,000): the indexes were dropped, and
            // the next open of the store makes them again. The unique index of application
            // numbers (issue 13 item 1) is a constraint, not one of them: it stays.
            QCOMPARE(applicationIndexes(path), qint64(Migrations::applicationConstraintIndexes().size()));
            {
                const Desk reopened(path, server.port(), token);
                QVERIFY2(reopened.isOpen(), qPrintable(reopened.openError()));
            }
            QCOMPARE(applicationIndexes(path), qint64(Migrations::applicationIndexes().size()
                                                      + Migrations::applicationConstraintIndexes().size()));
        }
        previousRows = rows;
    }
    QCOMPARE(cutMidway, 3);
    // The server killed mid-download (once the desk committed another page), then restarted.
    {
        const std::unique_ptr<QProcess> child = startCliSync(path, server.port(), token);
        const bool reached = waitForRows(path, previousRows + 1, *child);
        server.kill();
        QVERIFY(child->waitForFinished(TestTime::guardMs(60000)));
        QVERIFY(reached);
        QVERIFY2(child->exitCode() != 0, "the sync finished before the server was killed");
        QVERIFY2(server.start(), qPrintable(server.startError()));
    }
    Desk desk(path, server.port(), token);
    QVERIFY(desk.isOpen());
    QCOMPARE(applicationIndexes(path),
             qint64(Migrations::applicationIndexes().size() + Migrations::applicationConstraintIndexes().size()));
    const qint64 before = desk.summary().rows;
    qInfo("%lld of %lld rows committed before the last run", before, total);
    QVERIFY(before > previousRows && before < total);
    const SyncReport last = desk.sync();
    QVERIFY2(last.error.ok(), qPrintable(last.error.code() + u' ' + last.error.detail));
    // Resumed from its cursor: it received only what the interrupted runs had not committed.
    // (Pages count too: a download from zero would skip the rows it holds but fetch every page.)
    QVERIFY2(last.received < total, qPrintable(QStringLiteral("received %1 of %2").arg(last.received).arg(total)));
    QVERIFY2(last.pages < wholePages, qPrintable(QStringLiteral("%1 pages of %2").arg(last.pages).arg(wholePages)));
    QVERIFY(!last.resynced);
    const SyncSummary summary = desk.summary();
    QCOMPARE(summary.rows, total);
    QVERIFY(summary.stalePartitions.isEmpty());
    // Counted on both sides: every application is in its birth year's anonymous queue, so the
    // desk holds one applications row per id of the year partitions.
    QSet<QString> applicationIds;
    for (auto it = view.rows.cbegin(); it != view.rows.cend(); ++it)
        if (it.key().startsWith(QLatin1String("year:")))
            for (auto row = it->cbegin(); row != it->cend(); ++row)
                applicationIds.insert(row.key());
    QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM applications")), qint64(applicationIds.size()));
    const QString differs = compareWithServer(desk, serverView(server, token));
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
    // And the probe desk, which downloaded in one go, holds the same.
    Desk reference(probe, server.port(), token);
    QCOMPARE(reference.summary().rows, total);
}

QTEST_GUILESS_MAIN(TestDeskSyncFaults)
#include "tst_desksync_faults.moc"
