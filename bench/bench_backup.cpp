// Backup and restore of a large store, phase by phase (docs/performance.md "Backup and restore"):
// the time of each phase Backup::create and Backup::restore report through their progress
// callback, the median of the runs.
//   bench_backup --store STORE.sqlite [--work DIR] [--runs R] [--add-journal N]
// --add-journal N first appends N journal entries to STORE, one per application as the desk's
// registration writes them (event, application id, a payload of the same fields), so that a
// store made by a bulk import (one entry per 50,000 applications) has a desk's journal to check.
// Otherwise the store is only read. DIR (default: a folder beside the store) receives the backup, a store
// the backup is restored onto (a copy of STORE made first, so that every restore keeps one aside)
// and is emptied at the end. Needs about four times the store's size of free disk.
#include "BenchCommon.h"
#include "store/Backup.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/WriteTransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>

namespace {

using Bench::median;
using Bench::out;
using Phase = Backup::Phase;

QString phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Copy:
        return QStringLiteral("copy");
    case Phase::Digest:
        return QStringLiteral("digest (recorded)");
    case Phase::Integrity:
        return QStringLiteral("integrity_check");
    case Phase::Content:
        return QStringLiteral("digest (checked)");
    case Phase::Journal:
        return QStringLiteral("journal chain");
    case Phase::KeepAside:
        return QStringLiteral("keep the store aside");
    }
    return QString();
}

// Milliseconds from a phase's first report to its last, the phases in the order they came, and
// the whole call ("total"); the rest of the call (opening, the digest's row, renames) is "other".
struct Timeline
{
    QList<Phase> order;
    QMap<Phase, std::pair<qint64, qint64>> spans; // ns since the start: first and last report
    QMap<Phase, qint64> totals;                   // the phase's total (pages, rows, MiB, entries)
    QElapsedTimer clock;

    Backup::Progress recorder()
    {
        return [this](Phase phase, qint64, qint64 total) {
            const qint64 now = clock.nsecsElapsed();
            if (!spans.contains(phase)) {
                order << phase;
                spans[phase] = {now, now};
            }
            spans[phase].second = now;
            totals[phase] = total;
        };
    }
};

bool addJournal(const QString &store, qint64 count)
{
    Expected<std::shared_ptr<Database>> database = Database::open(store);
    if (!database)
        return false;
    QSqlDatabase db = (*database)->connection();
    QList<std::pair<QString, int>> applications; // id, birth year
    {
        QSqlQuery ids(db);
        ids.setForwardOnly(true);
        if (!ids.exec(QStringLiteral("SELECT id, child_birth_date FROM applications ORDER BY rowid LIMIT %1").arg(count)))
            return false;
        while (ids.next())
            applications.append({ids.value(0).toString(), ids.value(1).toString().left(4).toInt()});
    }
    const QDateTime at(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC);
    qint64 written = 0;
    while (written < applications.size()) {
        WriteTransaction transaction(db);
        if (!transaction.begin())
            return false;
        for (int i = 0; i < 10000 && written < applications.size(); ++i, ++written) {
            const QJsonObject payload{
                {QStringLiteral("birth_year"), applications.at(written).second},
                {QStringLiteral("category"), 7},
                {QStringLiteral("filed_at"), at.addSecs(written).toString(Qt::ISODate)},
                {QStringLiteral("status"), QStringLiteral("queued")},
                {QStringLiteral("application_sha256"), QString(64, u'0')},
                {QStringLiteral("command_id"), QString::number(written)},
            };
            if (!Journal::append(db, QStringLiteral("application_registered"), QStringLiteral("application"),
                                 applications.at(written).first, payload, QStringLiteral("bench"), at.addSecs(written)))
                return false;
        }
        if (!transaction.commit())
            return false;
    }
    return written == count;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString store;
    QString work;
    int runs = 3;
    qint64 addedJournal = 0;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == QLatin1String("--store"))
            store = arguments.at(i + 1);
        else if (arguments.at(i) == QLatin1String("--work"))
            work = arguments.at(i + 1);
        else if (arguments.at(i) == QLatin1String("--runs"))
            runs = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--add-journal"))
            addedJournal = arguments.at(i + 1).toLongLong();
    }
    if (store.isEmpty() || !QFileInfo(store).isFile() || runs < 1) {
        QTextStream(stderr) << "usage: bench_backup --store STORE.sqlite [--work DIR] [--runs R]\n";
        return 2;
    }
    if (addedJournal > 0 && !addJournal(store, addedJournal)) {
        QTextStream(stderr) << store << ": cannot append " << addedJournal << " journal entries\n";
        return 3;
    }
    if (work.isEmpty())
        work = QFileInfo(store).absolutePath() + QStringLiteral("/bench-backup");
    QDir().mkpath(work);
    const QString backup = work + QStringLiteral("/backup.sqlite");
    const QString restored = work + QStringLiteral("/restored.sqlite");
    QFile::remove(restored);
    if (!QFile::copy(store, restored)) {
        QTextStream(stderr) << restored << ": cannot copy the store there\n";
        return 3;
    }

    out() << "store: " << store << ", " << QString::number(QFileInfo(store).size() / 1e6, 'f', 1) << " MB\n";
    QMap<QString, QList<double>> figures; // "create: copy" -> ms of each run
    QMap<QString, qint64> totals;
    QStringList rows;
    const auto record = [&](const QString &what, Timeline &timeline, qint64 wholeNs) {
        qint64 phasesNs = 0;
        for (const Phase phase : std::as_const(timeline.order)) {
            const auto [first, last] = timeline.spans.value(phase);
            const QString key = what + QStringLiteral(": ") + phaseName(phase);
            if (!rows.contains(key))
                rows << key;
            figures[key] << (last - first) / 1e6;
            totals[key] = timeline.totals.value(phase);
            phasesNs += last - first;
        }
        for (const QString &tail : {QStringLiteral(": other"), QStringLiteral(": whole")}) {
            if (!rows.contains(what + tail))
                rows << what + tail;
        }
        figures[what + QStringLiteral(": other")] << (wholeNs - phasesNs) / 1e6;
        figures[what + QStringLiteral(": whole")] << wholeNs / 1e6;
    };

    for (int run = 0; run < runs; ++run) {
        Timeline made;
        made.clock.start();
        const Expected<Backup::Checked> checked = Backup::create(store, backup, made.recorder());
        const qint64 madeNs = made.clock.nsecsElapsed();
        if (!checked) {
            QTextStream(stderr) << "backup: " << checked.error().message() << '\n';
            return 4;
        }
        record(QStringLiteral("create"), made, madeNs);

        Timeline back;
        back.clock.start();
        const Expected<Backup::Restored> done =
            Backup::restore(restored, backup, QDateTime::currentDateTime().addSecs(run), back.recorder());
        const qint64 backNs = back.clock.nsecsElapsed();
        if (!done) {
            QTextStream(stderr) << "restore: " << done.error().message() << '\n';
            return 5;
        }
        record(QStringLiteral("restore"), back, backNs);
        QFile::remove(done->keptAside);
        out() << "run " << run + 1 << ": create " << madeNs / 1000000 << " ms, restore " << backNs / 1000000
              << " ms; " << checked->journalEntries << " journal entries\n";
        out().flush();
    }

    out() << "\n| Phase | Median of " << runs << " (ms) | Total |\n|---|---:|---:|\n";
    for (const QString &row : std::as_const(rows))
        out() << "| " << row << " | " << QString::number(median(figures.value(row)), 'f', 0) << " | "
              << (totals.contains(row) ? QString::number(totals.value(row)) : QString()) << " |\n";
    out().flush();
    QFile::remove(backup);
    QFile::remove(restored);
    return 0;
}
