// Benchmarks of issue 3 (docs/performance.md): import of a region and the queue queries on it,
// each query run several times (median printed), next to the same SQL run by the plain sqlite3
// shell for the ratio.
//   bench_queue [--count N] [--file IMPORT.json] [--store DIR] [--runs R] [--queries-only] [--no-shell]
// Without --file, a synthetic region of N applications (default 1,000,000) is generated first
// (bench/SyntheticRegion.h) and written to DIR. --queries-only: DIR holds bench.sqlite from an
// earlier run; skip the import and time the queries on it. Run a Release build with
// TZ=Asia/Almaty.
#include "SyntheticRegion.h"

#include "BenchCommon.h"
#include "store/ApplicationImport.h"
#include "store/QueueStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace {

using Bench::median;
using Bench::out;

// Milliseconds of each run of work.
QList<double> timeRuns(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    return times;
}

// Milliseconds one run of sql takes in the plain sqlite3 shell, or -1 when sqlite3 is missing.
// The shell's own `.timer` prints whole milliseconds only, so the statement runs `repeat` times
// in one shell, and the wall time of a shell that only opens the store and runs it once
// (warm-up) is subtracted; the median over `runs` such measurements is returned.
// --no-shell: skip the sqlite3 figures (e.g. to profile the program alone).
bool skipShell = false;

double sqliteShell(const QString &store, const QString &sql, int runs, const QString &setup = {}, int repeat = 20)
{
    if (skipShell)
        return -1;
    const auto wall = [&](int times) -> double {
        QString script = QStringLiteral(".output /dev/null\nPRAGMA cache_size = -65536;\n") + setup;
        for (int i = 0; i < times + 1; ++i) // + 1: the warm-up run, like the program's first call
            script += sql + QStringLiteral(";\n");
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral("sqlite3"), {store});
        if (!process.waitForStarted())
            return -1;
        process.write(script.toUtf8());
        process.closeWriteChannel();
        process.waitForFinished(-1);
        return process.exitCode() == 0 ? timer.nsecsElapsed() / 1e6 : -1;
    };
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        const double base = wall(0);
        const double full = wall(repeat);
        if (base < 0 || full < 0)
            return -1;
        times.append(qMax(0.0, (full - base) / repeat));
    }
    return median(times);
}

void report(const QString &what, double ms, double shellMs, const QString &target)
{
    out() << what.leftJustified(44) << QString::number(ms, 'f', 2).rightJustified(10) << " ms"
          << (shellMs >= 0 ? QString::number(shellMs, 'f', 2).rightJustified(10) + QStringLiteral(" ms")
                           : QStringLiteral("         -   "))
          << (shellMs > 0 ? QString::number(ms / shellMs, 'f', 2).rightJustified(8) : QStringLiteral("       -"))
          << "   " << target << Qt::endl;
}

QString quoted(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int count = 1000000;
    int runs = 7;
    QString file;
    QString storeDir;
    QStringList arguments = app.arguments();
    const bool queriesOnly = arguments.removeAll(QStringLiteral("--queries-only")) > 0;
    skipShell = arguments.removeAll(QStringLiteral("--no-shell")) > 0;
    for (qsizetype i = 1; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == QLatin1String("--count"))
            count = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--file"))
            file = arguments.at(i + 1);
        else if (arguments.at(i) == QLatin1String("--store"))
            storeDir = arguments.at(i + 1);
        else if (arguments.at(i) == QLatin1String("--runs"))
            runs = qMax(1, arguments.at(i + 1).toInt());
    }
    QTemporaryDir temporary;
    if (storeDir.isEmpty())
        storeDir = temporary.path();
    QDir().mkpath(storeDir);
    const QString storePath = storeDir + QStringLiteral("/bench.sqlite");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (!queriesOnly)
            QFile::remove(storePath + suffix);

    if (file.isEmpty() && !queriesOnly) {
        file = storeDir + QStringLiteral("/region.json");
        SyntheticRegion::Generator generator(2024, QDate(2026, 9, 1));
        const QList<Application> region = generator.region(count);
        QFile output(file);
        if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 3;
        output.write("[\n");
        for (qsizetype i = 0; i < region.size(); ++i) {
            output.write(SyntheticRegion::Generator::record(region.at(i)));
            output.write(i + 1 < region.size() ? ",\n" : "\n");
        }
        output.write("]\n");
    }

    out() << QStringLiteral("operation").leftJustified(44) << "  qabyldau" << "      sqlite3" << "   ratio   target" << Qt::endl;

    // --- Import, end to end: read the file, parse, validate, write, queue keys.
    const RuleSettings settings;
    qint64 imported = 0;
    if (!queriesOnly) {
        auto database = Database::open(storePath);
        if (!database) {
            out() << database.error().message() << Qt::endl;
            return 3;
        }
        QElapsedTimer timer;
        timer.start();
        // What `qabyldau-cli applications import` runs: the file read whole, then imported.
        ApplicationImport import(*database, settings);
        const Expected<ImportResult> result = import.importFile(file, QStringLiteral("bench"), QDateTime::currentDateTime());
        const double ms = timer.nsecsElapsed() / 1e6;
        if (!result) {
            out() << result.error().message() << Qt::endl;
            return 3;
        }
        imported = result->imported;
        // sqlite3 alone: the same rows copied into an empty store of the same schema.
        const QString copyPath = storeDir + QStringLiteral("/copy.sqlite");
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(copyPath + suffix);
        double shellMs = -1;
        const bool schema = bool(Database::open(copyPath)); // the same schema, then closed
        if (schema) {
            const QString columns = QStringLiteral(
                "id, registration_sequence, applicant_surname, applicant_name, applicant_patronymic, applicant_iin,"
                " applicant_address, settlement, child_surname, child_name, child_patronymic, child_iin,"
                " child_birth_date, birth_year, child_sex, category, right_rank, category_document_type,"
                " category_document_number, category_document_issuer, category_document_issue_date,"
                " preferred_kindergartens, language, phones, email, consent, signature_date, filed_at, status,"
                " archive_reason, stop_listed_until, batch_id, created_at, updated_at, queue_band, queue_slot,"
                " search_text, search_block, row_seal");
            // One run (the copy is full afterwards), timed as the shell's whole life.
            QProcess shell;
            QElapsedTimer shellTimer;
            shellTimer.start();
            shell.start(QStringLiteral("sqlite3"), {copyPath});
            if (shell.waitForStarted()) {
                // The shell has no qabyldau_row_seal() (store/RowSeal.h): the seals are copied as
                // they are, without the trigger that would check them.
                shell.write(QStringLiteral("PRAGMA cache_size = -1048576;\nATTACH %1 AS src;\n"
                                           "DROP TRIGGER applications_seal_insert;\n"
                                           "BEGIN;\nINSERT INTO applications (%2) SELECT %2 FROM src.applications"
                                           " ORDER BY rowid;\nINSERT INTO name_search_blocks SELECT * FROM"
                                           " src.name_search_blocks;\nCOMMIT;\n")
                                .arg(quoted(storePath), columns)
                                .toUtf8());
                shell.closeWriteChannel();
                shell.waitForFinished(-1);
                shellMs = shell.exitCode() == 0 ? shellTimer.nsecsElapsed() / 1e6 : -1;
            }
        }
        report(QStringLiteral("import %1 applications (1 run)").arg(imported), ms, shellMs,
               QStringLiteral("%1 /s (target >= 200000 /s)").arg(qint64(imported / (ms / 1000))));
        const ImportTimings &phases = result->timings;
        out() << QStringLiteral("  of which: file checked %1 ms, rows %2 ms, indexes %3 ms, queue %4 ms")
                     .arg(phases.splitMs)
                     .arg(phases.rowsMs)
                     .arg(phases.indexesMs)
                     .arg(phases.queueMs)
              << Qt::endl;
    }

    auto database = Database::open(storePath);
    if (!database)
        return 3;
    QueueStore queue(*database, settings);

    // The most populous birth year, a child's IIN from its middle, a frequent and a rare name.
    int year = 0;
    int yearSize = 0;
    QString iin;
    {
        QSqlQuery query((*database)->connection());
        query.exec(QStringLiteral("SELECT birth_year, count(*) FROM applications GROUP BY 1 ORDER BY 2 DESC LIMIT 1"));
        query.next();
        year = query.value(0).toInt();
        yearSize = query.value(1).toInt();
        query.exec(QStringLiteral("SELECT child_iin FROM applications WHERE birth_year = %1 LIMIT 1 OFFSET %2")
                       .arg(year)
                       .arg(yearSize / 2));
        query.next();
        iin = query.value(0).toString();
    }
    const QString rowColumns = QStringLiteral(
        "birth_year, queue_band, queue_slot, filed_at, queue_sequence, id, child_iin, child_surname, child_name,"
        " child_patronymic, category, status");
    const QString order = QStringLiteral(" ORDER BY queue_band, queue_slot, filed_at, queue_sequence, id LIMIT 50");

    // Warm-up (and the first refresh()).
    queue.page(year, {}, std::nullopt, 50);

    QueueFilter queued;
    queued.status = ApplicationStatus::Queued;
    report(QStringLiteral("first page, birth year %1 (%2 rows)").arg(year).arg(yearSize),
           median(timeRuns(runs, [&] { queue.page(year, queued, std::nullopt, 50); })),
           sqliteShell(storePath,
                       QStringLiteral("SELECT %1 FROM applications WHERE birth_year = %2 AND status = 'queued'"
                                      " AND (queue_band, queue_slot, filed_at, queue_sequence, id)"
                                      " > (-2147483648, 0, 0, 0, '')%3")
                           .arg(rowColumns)
                           .arg(year)
                           .arg(order),
                       runs),
           QStringLiteral("< 50 ms"));

    // A page deep in the queue: its numbers count every queued application before it.
    std::optional<QueueKey> middle;
    {
        const auto rows = queue.page(year, queued, std::nullopt, yearSize / 2);
        if (rows && !rows->isEmpty())
            middle = rows->constLast().key;
    }
    if (middle) {
        report(QStringLiteral("page in the middle of the year"),
               median(timeRuns(runs, [&] { queue.page(year, queued, middle, 50); })),
               sqliteShell(storePath,
                           QStringLiteral("SELECT count(*) FROM applications WHERE birth_year = %1"
                                          " AND status = 'queued' AND (queue_band, queue_slot, filed_at,"
                                          " queue_sequence, id) < (%2, %3, %4, %5, %6)")
                               .arg(year)
                               .arg(middle->band)
                               .arg(middle->slot)
                               .arg(middle->filedAtMsecs)
                               .arg(middle->sequence)
                               .arg(quoted(middle->applicationId)),
                           runs),
               QStringLiteral("(no target; sqlite3: the count only)"));
    }

    report(QStringLiteral("search by IIN"), median(timeRuns(runs, [&] { queue.findByIin(iin); })),
           sqliteShell(storePath,
                       QStringLiteral("SELECT %1 FROM applications WHERE child_iin = %2 UNION SELECT %1 FROM"
                                      " applications WHERE applicant_iin = %2 ORDER BY 1, 2, 3, 4, 5, 6")
                           .arg(rowColumns, quoted(iin)),
                       runs),
           QStringLiteral("< 5 ms"));

    for (const QString &fragment : {QStringLiteral("Нұрлан"), QStringLiteral("ерасыл"), QStringLiteral("ёлкин")}) {
        report(QStringLiteral("name fragment \"%1\"").arg(fragment),
               median(timeRuns(runs, [&] { queue.searchByName(fragment, 50); })),
               sqliteShell(storePath,
                           QStringLiteral("SELECT %1 FROM applications WHERE instr(search_text, %2) > 0"
                                          " ORDER BY search_text, id LIMIT 50")
                               .arg(rowColumns, quoted(fragment.toLower())),
                           runs, {}, 3), // every row read: no index can find a fragment
               QStringLiteral("< 100 ms"));
    }

    const QList<std::pair<QString, QueueFilter>> filters = [] {
        QueueFilter category;
        category.category = Category::LargeFamily;
        QueueFilter rare;
        rare.category = Category::Orphan;
        QueueFilter stop;
        stop.status = ApplicationStatus::StopListed;
        QueueFilter kindergarten;
        kindergarten.kindergarten = QStringLiteral("kg-123");
        return QList<std::pair<QString, QueueFilter>>{{QStringLiteral("category 7"), category},
                                                      {QStringLiteral("category 6 (rare)"), rare},
                                                      {QStringLiteral("status stop-listed"), stop},
                                                      {QStringLiteral("kindergarten kg-123"), kindergarten}};
    }();
    for (const auto &[name, filter] : filters) {
        QString where;
        if (filter.category)
            where = QStringLiteral("category = %1").arg(Categories::code(*filter.category));
        else if (filter.status)
            where = QStringLiteral("status = 'stop_listed'");
        else
            where = QStringLiteral("EXISTS (SELECT 1 FROM json_each(applications.preferred_kindergartens)"
                                   " WHERE json_each.value = 'kg-123')");
        report(QStringLiteral("filter change: %1").arg(name),
               median(timeRuns(runs, [&] { queue.page(year, filter, std::nullopt, 50); })),
               sqliteShell(storePath,
                           QStringLiteral("SELECT %1 FROM applications WHERE birth_year = %2 AND %3"
                                          " AND (queue_band, queue_slot, filed_at, queue_sequence, id)"
                                          " > (-2147483648, 0, 0, 0, '')%4")
                               .arg(rowColumns)
                               .arg(year)
                               .arg(where, order),
                           runs),
               QStringLiteral("< 100 ms"));
    }
    return 0;
}
