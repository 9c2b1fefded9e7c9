// Many desks reconnecting after a night offline (issue 11, docs/performance.md "Desk sync"):
// a qabyldau-server on loopback with a small demo region; N desk stores, each first synced (one
// real first sync per kindergarten, copied to that kindergarten's other desks: the same rows,
// cursor and sums the desk would have downloaded); then K registrations at a few desks, uploaded
// through the API ("overnight"); then every desk reconnects at a random moment of a window, one
// real SyncEngine::syncOnce() each, on a pool of a few threads (each engine made in its thread,
// on its own connection). Reported: the time from each desk's reconnect moment until its sync
// returned caught up (waiting for a free thread included): p50, p99, max, and whether all caught
// up within 30 s.
//   bench_sync_reconnect --server-bin PATH [--desks 2000] [--desks-per-org 10] [--applications 1000]
//                        [--overnight 200] [--writers 5] [--window 60] [--threads 4] [--keep DIR]
#include "BenchCommon.h"
#include "SyntheticRegion.h"

#include "settings/RuleSettings.h"
#include "store/ApplicationStore.h"
#include "store/Database.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <limits>
#include <numeric>

namespace {

struct DeskEntry
{
    QString org;
    QString token;
    QString path;
    qint64 startMs = 0;   // the reconnect moment, from the window's start
    qint64 doneMs = -1;   // when its sync returned, from the window's start
    qint64 received = 0;
    QString error;
    bool writer = false;  // registered overnight and uploaded then: nothing new to receive
};

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

SyncReport syncDesk(const QString &path, const QUrl &server, const QString &token)
{
    const Expected<std::shared_ptr<Database>> database = Database::open(path);
    if (!database) {
        SyncReport report;
        report.error.kind = SyncError::Kind::Store;
        report.error.detail = database.error().message();
        return report;
    }
    SyncOptions options;
    options.server = server;
    options.token = token;
    SyncEngine engine(*database, options);
    return engine.syncOnce();
}

bool copyStore(const QString &from, const QString &to)
{
    // The source's Database is gone; a WAL left beside it goes with it.
    if (QFile::exists(from + QStringLiteral("-wal")) && !QFile::copy(from + QStringLiteral("-wal"), to + QStringLiteral("-wal")))
        return false;
    return QFile::copy(from, to);
}

double percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype at = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return double(values.at(at));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString serverBin = option(args, QStringLiteral("--server-bin"), QString());
    const int deskCount = option(args, QStringLiteral("--desks"), QStringLiteral("2000")).toInt();
    const int perOrg = option(args, QStringLiteral("--desks-per-org"), QStringLiteral("10")).toInt();
    const int applications = option(args, QStringLiteral("--applications"), QStringLiteral("1000")).toInt();
    const int overnight = option(args, QStringLiteral("--overnight"), QStringLiteral("200")).toInt();
    const int writers = option(args, QStringLiteral("--writers"), QStringLiteral("5")).toInt();
    const double window = option(args, QStringLiteral("--window"), QStringLiteral("60")).toDouble();
    const int threads = option(args, QStringLiteral("--threads"), QStringLiteral("4")).toInt();
    if (serverBin.isEmpty() || deskCount <= 0 || perOrg <= 0 || threads <= 0 || writers <= 0 || window < 0) {
        std::fprintf(stderr, "usage: bench_sync_reconnect --server-bin PATH [--desks N] [--desks-per-org M]"
                             " [--applications K] [--overnight C] [--writers W] [--window SECONDS]"
                             " [--threads T] [--keep DIR]\n");
        return 2;
    }
    QTemporaryDir temporary;
    const QString keep = option(args, QStringLiteral("--keep"), QString());
    const QDir dir(keep.isEmpty() ? temporary.path() : keep);
    if (!keep.isEmpty())
        QDir().mkpath(keep);
    QTextStream &out = Bench::out();

    // The server: a demo region with ceil(N / M) kindergartens of M desks.
    const int orgs = (deskCount + perOrg - 1) / perOrg;
    const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.sqlite"));
    const QString tokensPath = dir.filePath(QStringLiteral("tokens.tsv"));
    QElapsedTimer clock;
    clock.start();
    {
        QProcess demo;
        demo.start(serverBin, {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--tokens-file"), tokensPath,
                               QStringLiteral("--orgs"), QString::number(orgs), QStringLiteral("--desks-per-org"),
                               QString::number(perOrg), QStringLiteral("--applications"), QString::number(applications)});
        if (!demo.waitForFinished(600000) || demo.exitCode() != 0) {
            std::fprintf(stderr, "demo failed: %s\n", demo.readAllStandardError().constData());
            return 1;
        }
    }
    QProcess serve;
    serve.setProcessChannelMode(QProcess::MergedChannels);
    serve.start(serverBin, {QStringLiteral("--db"), db, QStringLiteral("serve"), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0")});
    QByteArray banner;
    while (!banner.contains('\n') && serve.waitForReadyRead(10000))
        banner += serve.readAll();
    const QList<QByteArray> words = banner.split(' ');
    if (!banner.startsWith("listening on ") || words.size() < 3) {
        std::fprintf(stderr, "serve failed: %s\n", banner.constData());
        return 1;
    }
    const QUrl server(QStringLiteral("http://") + QString::fromUtf8(words.at(2)).trimmed());

    QList<DeskEntry> desks;
    {
        QFile file(tokensPath);
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        while (!file.atEnd() && desks.size() < deskCount) {
            const QList<QByteArray> fields = file.readLine().trimmed().split('\t');
            if (fields.size() < 3)
                continue;
            DeskEntry desk;
            desk.org = QString::fromUtf8(fields.at(0));
            desk.token = QString::fromUtf8(fields.at(2));
            desk.path = dir.filePath(QStringLiteral("desk-%1.sqlite").arg(desks.size()));
            desks.append(desk);
        }
    }
    out << "region: " << orgs << " kindergartens, " << desks.size() << " desks, " << applications
        << " applications; set up in " << clock.elapsed() / 1000.0 << " s\n";
    out.flush();

    // First sync: one desk of each kindergarten syncs for real, the others get a copy.
    clock.restart();
    QHash<QString, QString> firstOfOrg;
    for (const DeskEntry &desk : desks) {
        if (const QString first = firstOfOrg.value(desk.org); !first.isEmpty()) {
            if (!copyStore(first, desk.path))
                return 1;
            continue;
        }
        const SyncReport report = syncDesk(desk.path, server, desk.token);
        if (!report.error.ok()) {
            std::fprintf(stderr, "first sync failed: %s\n", qPrintable(report.error.detail));
            return 1;
        }
        firstOfOrg.insert(desk.org, desk.path);
    }
    out << "first sync: " << firstOfOrg.size() << " real, " << desks.size() - firstOfOrg.size() << " copies in "
        << clock.elapsed() / 1000.0 << " s\n";

    // Overnight: registrations at the first desks of a few kindergartens, uploaded at once.
    clock.restart();
    {
        SyntheticRegion::Generator generator(77, QDate::currentDate());
        int rejected = 0;
        QList<int> writerDesks;
        for (int i = 0; i < desks.size() && writerDesks.size() < writers; i += perOrg)
            writerDesks.append(i);
        for (int n = 0; n < overnight; ++n) {
            const DeskEntry &desk = desks.at(writerDesks.at(n % writerDesks.size()));
            const Expected<std::shared_ptr<Database>> database = Database::open(desk.path);
            if (!database)
                return 1;
            Application application = generator.next();
            application.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            application.status = ApplicationStatus::Queued;
            application.archiveReason = ArchiveReason::None;
            application.registrationSequence = 0;
            application.filedAt = QDateTime::currentDateTimeUtc();
            ApplicationStore store(*database);
            if (!store.registerApplication(application, QStringLiteral("Бенч Клерк"),
                                           ValidationContext{QDateTime::currentDateTime(), RuleSettings{}})) {
                std::fprintf(stderr, "a registration failed\n");
                return 1;
            }
        }
        for (int index : writerDesks) {
            desks[index].writer = true;
            const SyncReport report = syncDesk(desks.at(index).path, server, desks.at(index).token);
            // A synthetic child may repeat one registered before (duplicate_child): the server
            // refuses it, and the others are the night's changes.
            rejected += int(report.rejected.size());
            if (!report.error.ok()) {
                std::fprintf(stderr, "the overnight upload failed: %s\n", qPrintable(report.error.detail));
                return 1;
            }
        }
        out << "overnight: " << overnight << " registrations from " << writers << " desks, " << rejected
            << " refused as duplicates, in " << clock.elapsed() / 1000.0 << " s\n";
    }
    out.flush();

    // The morning: every desk reconnects at a random moment of the window.
    QRandomGenerator random(2026);
    for (DeskEntry &desk : desks)
        desk.startMs = qint64(random.bounded(window * 1000.0));
    QList<int> order(desks.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return desks.at(a).startMs < desks.at(b).startMs; });
    std::atomic<int> next{0};
    QElapsedTimer morning;
    morning.start();
    QList<QThread *> pool;
    for (int t = 0; t < threads; ++t) {
        pool.append(QThread::create([&] {
            for (int i = next++; i < order.size(); i = next++) {
                DeskEntry &desk = desks[order.at(i)];
                const qint64 wait = desk.startMs - morning.elapsed();
                if (wait > 0)
                    QThread::msleep(quint64(wait));
                const SyncReport report = syncDesk(desk.path, server, desk.token);
                desk.doneMs = morning.elapsed();
                desk.received = report.received;
                if (!report.error.ok())
                    desk.error = report.error.code() + QStringLiteral(": ") + report.error.detail;
            }
        }));
        pool.last()->start();
    }
    for (QThread *thread : pool) {
        thread->wait();
        delete thread;
    }

    QList<qint64> catchUp;
    int failed = 0;
    qint64 fewest = std::numeric_limits<qint64>::max();
    for (const DeskEntry &desk : desks) {
        if (!desk.error.isEmpty()) {
            if (failed++ < 5)
                out << "desk " << desk.path << " failed: " << desk.error << '\n';
            continue;
        }
        catchUp.append(desk.doneMs - desk.startMs);
        if (!desk.writer)
            fewest = std::min(fewest, desk.received);
    }
    const double maxMs = percentile(catchUp, 1.0);
    out << "reconnect: " << desks.size() << " desks over " << window << " s on " << threads << " threads; "
        << catchUp.size() << " caught up, " << failed << " failed; fewest changes received by a desk that did not write: "
        << (catchUp.isEmpty() ? 0 : fewest) << '\n';
    out << "catch-up time (reconnect to caught up): p50 " << percentile(catchUp, 0.5) / 1000.0 << " s, p99 "
        << percentile(catchUp, 0.99) / 1000.0 << " s, max " << maxMs / 1000.0 << " s; all within 30 s: "
        << (failed == 0 && maxMs <= 30000 ? "yes" : "no") << '\n';
    out << "whole morning: " << morning.elapsed() / 1000.0 << " s\n";
    out.flush();
    serve.terminate();
    serve.waitForFinished(10000);
    return failed == 0 ? 0 : 1;
}
