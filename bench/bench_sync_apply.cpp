// The desk's side of a first sync alone (issue 11, docs/performance.md "Desk sync"): pages of
// GET /api/v1/changes saved as files (bench/sync_first.sh --save-pages, or any client) are read
// into memory, then applied to a new store, page after page, by SyncStore::applyPage, once on the
// ordinary path and once on the bulk path (SyncStore::beginBulkDownload ... endBulkDownload), in
// the same run. Parsing (SyncProtocol::parsePage) and applying are timed apart; the index rebuild
// at the end of the bulk path counts in its apply time. Both stores must end equal (the same
// partition sums, the same applications), and every row must match its seal (RowSeal::verify, as
// `qabyldau-cli journal verify`), or the bench fails.
//   bench_sync_apply --pages DIR [--runs 3] [--work DIR] [--mode both|ordinary|bulk] [--verify yes|no]
#include "BenchCommon.h"

#include "store/Database.h"
#include "store/RowSeal.h"
#include "sync/SyncStore.h"
#include "sync/SyncTypes.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <ctime>

namespace {

// This process's CPU time (all its threads): on a machine shared with other builds the wall time
// says more about the neighbours than about the desk.
double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

struct RunResult
{
    double parseSeconds = 0;
    double applySeconds = 0;
    double applyCpu = 0;     // CPU seconds of the apply
    double indexSeconds = 0; // bulk: the rebuild at the end (part of applySeconds)
    qint64 records = 0;
    QByteArray digest;       // partition sums and applications, to compare the paths
    QString error;
};

QByteArray storeDigest(QSqlDatabase db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    for (const QString &sql :
         {QStringLiteral("SELECT partition, count, checksum, stale FROM sync_partitions ORDER BY partition"),
          QStringLiteral("SELECT partition, id, entity, version FROM sync_rows ORDER BY partition, id"),
          QStringLiteral("SELECT id, registration_sequence, birth_year, category, right_rank, filed_at, status,"
                         " anonymous FROM applications ORDER BY id"),
          QStringLiteral("SELECT * FROM queue_stale ORDER BY birth_year, right_rank"),
          QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")}) {
        query.exec(sql);
        while (query.next()) {
            for (int column = 0; column < query.record().count(); ++column)
                hash.addData(QByteArray(query.value(column).toString().toUtf8() + '\x1f'));
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

RunResult run(const QList<QByteArray> &bodies, const QString &path, bool bulk, bool verify)
{
    RunResult result;
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    const Expected<std::shared_ptr<Database>> database = Database::open(path);
    if (!database) {
        result.error = database.error().message();
        return result;
    }
    {
        SyncStore store((*database)->connection());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QElapsedTimer clock;
        if (bulk) {
            clock.start();
            const double cpu = cpuSeconds();
            if (const Status begun = store.beginBulkDownload(); !begun) {
                result.error = begun.error().message();
                return result;
            }
            result.applySeconds += clock.nsecsElapsed() / 1e9;
            result.applyCpu += cpuSeconds() - cpu;
        }
        for (const QByteArray &body : bodies) {
            clock.start();
            QString error;
            const std::optional<SyncPage> page = SyncProtocol::parsePage(body, &error);
            result.parseSeconds += clock.nsecsElapsed() / 1e9;
            if (!page) {
                result.error = error;
                return result;
            }
            clock.start();
            const double cpu = cpuSeconds();
            const Expected<SyncStore::PageResult> applied = store.applyPage(*page, now);
            result.applySeconds += clock.nsecsElapsed() / 1e9;
            result.applyCpu += cpuSeconds() - cpu;
            if (!applied) {
                result.error = applied.error().message();
                return result;
            }
            result.records += applied->applied;
        }
        if (bulk) {
            clock.start();
            const double cpu = cpuSeconds();
            if (const Status ended = store.endBulkDownload(); !ended) {
                result.error = ended.error().message();
                return result;
            }
            result.indexSeconds = clock.nsecsElapsed() / 1e9;
            result.applyCpu += cpuSeconds() - cpu;
            result.applySeconds += result.indexSeconds;
        }
    }
    if (verify) {
        result.digest = storeDigest((*database)->connection());
        // The seals are not in the digest (created_at differs from run to run): each store is
        // checked against its own.
        const Expected<RowSeal::StoreVerification> sealed = RowSeal::verify((*database)->connection());
        if (!sealed)
            result.error = sealed.error().message();
        else if (!sealed->ok())
            result.error = QStringLiteral("journal verify: ") + sealed->lines().join(QStringLiteral("; "));
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString pagesDir = option(args, QStringLiteral("--pages"), QString());
    const int runs = option(args, QStringLiteral("--runs"), QStringLiteral("3")).toInt();
    const QString mode = option(args, QStringLiteral("--mode"), QStringLiteral("both"));
    const bool verify = option(args, QStringLiteral("--verify"), QStringLiteral("yes")) == QLatin1String("yes");
    QTemporaryDir temporary;
    const QString work = option(args, QStringLiteral("--work"), temporary.path());
    if (pagesDir.isEmpty()) {
        Bench::out() << "usage: bench_sync_apply --pages DIR [--runs 3] [--work DIR] [--mode both|ordinary|bulk]\n";
        return 2;
    }
    QList<QByteArray> bodies;
    qint64 bytes = 0;
    const QDir dir(pagesDir);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            Bench::out() << "cannot read " << file.fileName() << "\n";
            return 1;
        }
        bodies.append(file.readAll());
        bytes += bodies.constLast().size();
    }
    Bench::out() << bodies.size() << " pages, " << bytes / 1048576 << " MB\n";
    Bench::out().flush();

    QList<std::pair<QString, bool>> paths;
    if (mode != QLatin1String("bulk"))
        paths.append({QStringLiteral("ordinary"), false});
    if (mode != QLatin1String("ordinary"))
        paths.append({QStringLiteral("bulk"), true});
    QHash<QString, QList<double>> parse, apply, applyCpu, index;
    QHash<QString, qint64> records;
    QByteArray firstDigest;
    for (int i = 1; i <= runs; ++i) {
        for (const auto &[name, bulk] : paths) {
            const RunResult result = run(bodies, work + QStringLiteral("/desk-") + name + QStringLiteral(".sqlite"), bulk, verify);
            if (!result.error.isEmpty()) {
                Bench::out() << name << ": " << result.error << "\n";
                return 1;
            }
            if (firstDigest.isEmpty())
                firstDigest = result.digest;
            if (result.digest != firstDigest) {
                Bench::out() << name << ": the store differs from the first run's\n";
                return 1;
            }
            parse[name].append(result.parseSeconds);
            apply[name].append(result.applySeconds);
            applyCpu[name].append(result.applyCpu);
            index[name].append(result.indexSeconds);
            records[name] = result.records;
            Bench::out() << "run " << i << " " << name << ": " << result.records << " records; parse "
                         << QString::number(result.parseSeconds, 'f', 2) << " s; apply "
                         << QString::number(result.applySeconds, 'f', 2) << " s = "
                         << qint64(result.records / result.applySeconds) << " records/s (CPU "
                         << QString::number(result.applyCpu, 'f', 2) << " s = " << qint64(result.records / result.applyCpu)
                         << " records/s)"
                         << (bulk ? QStringLiteral(" (index rebuild %1 s)").arg(result.indexSeconds, 0, 'f', 2) : QString())
                         << "; parse + apply " << qint64(result.records / (result.parseSeconds + result.applySeconds))
                         << " records/s\n";
            Bench::out().flush();
        }
    }
    for (const auto &[name, bulk] : paths) {
        const double p = Bench::median(parse[name]);
        const double a = Bench::median(apply[name]);
        const double c = Bench::median(applyCpu[name]);
        Bench::out() << "median of " << runs << " " << name << ": parse " << QString::number(p, 'f', 2) << " s ("
                     << qint64(records[name] / p) << " records/s), apply " << QString::number(a, 'f', 2) << " s ("
                     << qint64(records[name] / a) << " records/s; CPU " << QString::number(c, 'f', 2) << " s = "
                     << qint64(records[name] / c) << " records/s"
                     << (bulk ? QStringLiteral(", index rebuild %1 s").arg(Bench::median(index[name]), 0, 'f', 2)
                              : QString())
                     << ")\n";
    }
    Bench::out() << (verify ? "stores equal and sealed: yes\n" : "stores not compared (--verify no)\n");
    return 0;
}
