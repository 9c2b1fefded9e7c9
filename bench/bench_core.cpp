// Throughput of the core rules a desk calls most: IIN validation and working-day counting.
// Run by hand (bench/run.sh or ./bench_core [seconds]); prints operations per second.
#include "domain/Iin.h"
#include "domain/WorkCalendar.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>
#include <functional>

namespace {

// Runs body in batches until at least seconds have passed; returns operations per second.
double measure(double seconds, qint64 batch, const std::function<qint64(qint64 first, qint64 count)> &body,
               qint64 *sink)
{
    QElapsedTimer timer;
    timer.start();
    qint64 done = 0;
    while (timer.nsecsElapsed() < qint64(seconds * 1e9)) {
        *sink += body(done, batch);
        done += batch;
    }
    return double(done) / (double(timer.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 1.0;
    QTextStream out(stdout);

    const Expected<WorkCalendar> loaded = WorkCalendar::loadBuiltIn();
    if (!loaded) {
        QTextStream(stderr) << loaded.error().message() << Qt::endl;
        return 1;
    }
    const WorkCalendar calendar = *loaded;

    // 1000 IINs with right check digits (and some with wrong ones), as typed at a desk.
    QStringList iins;
    for (int serial = 0; iins.size() < 1000; ++serial) {
        const QString eleven = QStringLiteral("2103156%1").arg(serial, 4, 10, QLatin1Char('0'));
        const int check = Iin::checkDigit(eleven);
        if (check >= 0)
            iins << eleven + QString::number(serial % 10 == 0 ? (check + 1) % 10 : check);
    }

    qint64 sink = 0;
    const double iinRate = measure(seconds, 1000, [&](qint64, qint64 count) {
        qint64 valid = 0;
        for (qint64 i = 0; i < count; ++i)
            valid += Iin::parse(iins.at(i % iins.size())).hasValue() ? 1 : 0;
        return valid;
    }, &sink);

    // Direction deadlines (5 working days) and complaint deadlines (15) from every day of 2024-2026.
    const QDate first(2024, 1, 1);
    const double addRate = measure(seconds, 1000, [&](qint64 start, qint64 count) {
        qint64 total = 0;
        for (qint64 i = start; i < start + count; ++i) {
            const QDate from = first.addDays(i % 1096);
            const Expected<QDate> result = calendar.addWorkingDays(from, i % 2 == 0 ? 5 : 15);
            total += result ? result->day() : 0;
        }
        return total;
    }, &sink);

    const double dayRate = measure(seconds, 1000, [&](qint64 start, qint64 count) {
        qint64 working = 0;
        for (qint64 i = start; i < start + count; ++i)
            working += calendar.isWorkingDay(first.addDays(i % 1461)).valueOr(false) ? 1 : 0;
        return working;
    }, &sink);

    out << QStringLiteral("IIN validations per second:      %1\n").arg(iinRate, 0, 'f', 0)
        << QStringLiteral("addWorkingDays (5/15) per second: %1\n").arg(addRate, 0, 'f', 0)
        << QStringLiteral("isWorkingDay per second:          %1\n").arg(dayRate, 0, 'f', 0)
        << QStringLiteral("(checksum %1)\n").arg(sink);
    return 0;
}
