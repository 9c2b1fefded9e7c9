// The distribution of places (issue 12, docs/performance.md "Distribution"): a full run over
// synthetic queues of 10k / 100k / 1M queued candidates × 1k / 20k places, and incremental runs
// after one new place (and one new application) on the largest state; median of several runs,
// next to a baseline measured in the same process: sorting the candidates by QueueKey.
//   bench_distribution [--runs R] [--sizes 10000,100000,1000000] [--places 1000,20000]
//                      [--list-limit N] [--seed S]
// Run a Release build with TZ=Asia/Almaty.
#include "BenchCommon.h"
#include "distribution/Distribution.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <functional>

namespace {

using Bench::median;
using Bench::out;

constexpr int kindergartenCount = 200;
constexpr int firstYear = 2019; // six birth years, 2019..2024

QString kindergarten(int k) { return QStringLiteral("kg-%1").arg(k, 3, 10, QLatin1Char('0')); }

// A synthetic, realistic queue: six birth years; 60% name no kindergarten, the rest 1 to 4 of 200;
// languages: any 30%, Kazakh 40%, Russian 25%, other 5%; category 4 5%, extraordinary 2%, other
// primary rights 20%, general the rest; 1% of the children are twins (batches of two); filed over
// three years. Keys come from QueueOrder::keys, as the server would compute them.
QList<Distribution::Candidate> makeCandidates(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<Application> applications;
    applications.reserve(count);
    const QDateTime filedFrom(QDate(2022, 1, 1), QTime(9, 0));
    for (int i = 0; i < count; ++i) {
        Application a;
        a.id = QStringLiteral("app-%1").arg(i, 8, 10, QLatin1Char('0'));
        a.childBirthDate = QDate(firstYear, 1, 1).addDays(random.bounded(6 * 365));
        const int c = random.bounded(100);
        a.category = c < 5 ? Category::SpecialNeeds
            : c < 7        ? Category::Military
            : c < 27       ? Category::LargeFamily
                           : Category::None;
        const int l = random.bounded(100);
        a.language = l < 30 ? TeachingLanguage::Any
            : l < 70        ? TeachingLanguage::Kazakh
            : l < 95        ? TeachingLanguage::Russian
                            : TeachingLanguage::Other;
        if (random.bounded(100) >= 60) {
            const int n = 1 + random.bounded(4);
            for (int j = 0; j < n; ++j)
                a.preferredKindergartens.append(kindergarten(random.bounded(kindergartenCount)));
        }
        a.filedAt = filedFrom.addSecs(random.bounded(3 * 365 * 24 * 3600));
        applications.append(a);
        if (random.bounded(200) == 0 && i + 1 < count) { // 1% of children: twins
            Application twin = a;
            twin.id = QStringLiteral("app-%1").arg(++i, 8, 10, QLatin1Char('0'));
            twin.batchId = a.id;
            applications.last().batchId = a.id;
            applications.append(twin);
        }
    }
    return Distribution::candidates(applications, RuleSettings{});
}

Place makePlace(QRandomGenerator &random, int index, const QDateTime &publishedAt)
{
    Place p;
    p.id = QStringLiteral("place-%1").arg(index, 6, 10, QLatin1Char('0'));
    p.kindergartenId = kindergarten(random.bounded(kindergartenCount));
    p.groupName = QStringLiteral("group");
    const int year = firstYear + random.bounded(6);
    p.birthFrom = QDate(year, 1, 1); // groups are formed by year of birth
    p.birthTo = QDate(year, 12, 31);
    const int l = random.bounded(100);
    p.language = l < 60 ? TeachingLanguage::Kazakh : l < 95 ? TeachingLanguage::Russian : TeachingLanguage::Other;
    p.groupType = random.bounded(100) < 5 ? GroupType::Special : GroupType::General;
    p.admissionStartsOn = QDate(2025, 9, 1);
    p.publishedAt = publishedAt;
    return p;
}

QList<Place> makePlaces(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<Place> places;
    const QDateTime from(QDate(2025, 6, 1), QTime(9, 0));
    for (int i = 0; i < count; ++i)
        places.append(makePlace(random, i, from.addSecs(i)));
    return places;
}

double msSince(const QElapsedTimer &timer) { return double(timer.nsecsElapsed()) / 1e6; }

// CPU time of this thread, ms: the machine is shared, and wall time then also counts waiting.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

QList<int> intList(const QString &text)
{
    QList<int> result;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        result.append(part.toInt());
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    QList<int> sizes{10000, 100000, 1000000};
    QList<int> placeCounts{1000, 20000};
    quint32 seed = 12;
    Distribution::Settings settings;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--sizes"))
            sizes = intList(args.at(i + 1));
        else if (args.at(i) == QLatin1String("--places"))
            placeCounts = intList(args.at(i + 1));
        else if (args.at(i) == QLatin1String("--list-limit"))
            settings.listLimit = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--seed"))
            seed = quint32(args.at(i + 1).toUInt());
    }

    out() << "runs " << runs << ", list limit " << settings.listLimit << ", median ms\n";
    out() << "| queued | places | sort by QueueKey (baseline), wall / CPU | full run, wall / CPU | decisions | listed per decision (mean) |\n";
    out() << "|---:|---:|---:|---:|---:|---:|\n";
    out().flush();
    QStringList breakdown;
    for (int size : sizes) {
        const QList<Distribution::Candidate> candidates = makeCandidates(size, seed);
        QList<double> sortTimes, sortCpu;
        for (int r = 0; r < runs; ++r) {
            QList<Distribution::Candidate> copy = candidates;
            copy.detach();
            QElapsedTimer timer;
            timer.start();
            const double cpu = cpuMs();
            std::sort(copy.begin(), copy.end(),
                      [](const Distribution::Candidate &a, const Distribution::Candidate &b) { return a.key < b.key; });
            sortCpu.append(cpuMs() - cpu);
            sortTimes.append(msSince(timer));
        }
        for (int placeCount : placeCounts) {
            const QList<Place> places = makePlaces(placeCount, seed + 1);
            QList<double> times, cpuTimes;
            qsizetype decisions = 0;
            qint64 listed = 0;
            for (int r = 0; r < runs; ++r) {
                QElapsedTimer timer;
                timer.start();
                const double cpu = cpuMs();
                const QList<Distribution::Decision> result = Distribution::run(candidates, places, settings);
                cpuTimes.append(cpuMs() - cpu);
                times.append(msSince(timer));
                decisions = result.size();
                listed = 0;
                for (const Distribution::Decision &d : result)
                    listed += d.why.listedCount();
            }
            // Where a full run's CPU time goes: building the state, distributing, freeing it.
            QList<double> loadCpu, distributeCpu, freeCpu;
            for (int r = 0; r < runs; ++r) {
                double cpu = cpuMs();
                auto *state = new Distribution::State(candidates, places, settings);
                loadCpu.append(cpuMs() - cpu);
                cpu = cpuMs();
                const QList<Distribution::Decision> result = state->distribute();
                distributeCpu.append(cpuMs() - cpu);
                cpu = cpuMs();
                delete state;
                freeCpu.append(cpuMs() - cpu);
            }
            breakdown << QStringLiteral("%1 x %2: load %3, distribute %4, free %5 ms CPU")
                             .arg(size).arg(placeCount)
                             .arg(median(loadCpu), 0, 'f', 0)
                             .arg(median(distributeCpu), 0, 'f', 0)
                             .arg(median(freeCpu), 0, 'f', 0);
            out() << "| " << size << " | " << placeCount << " | " << QString::number(median(sortTimes), 'f', 0)
                  << " / " << QString::number(median(sortCpu), 'f', 0) << " | "
                  << QString::number(median(times), 'f', 0) << " / " << QString::number(median(cpuTimes), 'f', 0)
                  << " | " << decisions << " | "
                  << (decisions ? listed / decisions : 0) << " |\n";
            out().flush();
        }
    }

    out() << "\n" << breakdown.join(QLatin1Char('\n')) << "\n";

    // Incremental: the largest state, distributed once, then one new place (or one new
    // application) and distribute(); each run on the state the previous one left.
    const int size = sizes.isEmpty() ? 0 : sizes.last();
    const int placeCount = placeCounts.isEmpty() ? 0 : placeCounts.last();
    const QList<Distribution::Candidate> candidates = makeCandidates(size, seed);
    QElapsedTimer loadTimer;
    loadTimer.start();
    Distribution::State state(candidates, makePlaces(placeCount, seed + 1), settings);
    const double loadMs = msSince(loadTimer);
    QElapsedTimer firstTimer;
    firstTimer.start();
    const qsizetype first = state.distribute().size();
    const double firstMs = msSince(firstTimer);
    out() << "\nincremental on " << size << " x " << placeCount << ": load " << QString::number(loadMs, 'f', 1)
          << " ms, first distribute " << QString::number(firstMs, 'f', 1) << " ms (" << first
          << " decisions), open places left " << state.openPlaceCount() << "\n";

    QRandomGenerator random(seed + 2);
    QList<double> placeTimes;
    QList<double> placeListed;
    int placeDecisions = 0;
    for (int r = 0; r < std::max(runs, 101); ++r) {
        const Place place = makePlace(random, placeCount + r, QDateTime(QDate(2025, 7, 1), QTime(9, 0)).addSecs(r));
        QElapsedTimer timer;
        timer.start();
        state.addPlace(place);
        const QList<Distribution::Decision> result = state.distribute();
        placeTimes.append(msSince(timer));
        placeDecisions += int(result.size());
    }
    // The scarce case: special groups in the least asked-for language, so that each new place
    // goes deeper into the queue (and its explanation walks further) than the one before.
    QList<double> scarceTimes;
    int scarceDecisions = 0;
    qint64 scarceListed = 0;
    for (int r = 0; r < std::max(runs, 101); ++r) {
        Place place = makePlace(random, placeCount + 1000 + r, QDateTime(QDate(2025, 7, 1), QTime(10, 0)).addSecs(r));
        place.groupType = GroupType::Special;
        place.language = TeachingLanguage::Other;
        QElapsedTimer timer;
        timer.start();
        state.addPlace(place);
        const QList<Distribution::Decision> result = state.distribute();
        scarceTimes.append(msSince(timer));
        scarceDecisions += int(result.size());
        for (const Distribution::Decision &d : result)
            scarceListed += d.why.listedCount();
    }
    QList<double> candidateTimes;
    int candidateDecisions = 0;
    for (int r = 0; r < std::max(runs, 101); ++r) {
        Distribution::Candidate c = candidates.at(random.bounded(int(candidates.size())));
        c.applicationId = QStringLiteral("late-%1").arg(r);
        c.key.applicationId = c.applicationId;
        c.key.filedAtMsecs = QDateTime(QDate(2025, 7, 2), QTime(9, 0)).addSecs(r).toMSecsSinceEpoch();
        c.key.slot += 1000000000; // after every slot of its side: filed last
        c.batchId.clear();
        c.status = ApplicationStatus::Queued;
        QElapsedTimer timer;
        timer.start();
        state.setCandidate(c);
        const QList<Distribution::Decision> result = state.distribute();
        candidateTimes.append(msSince(timer));
        candidateDecisions += int(result.size());
    }
    out() << "one new place + distribute(): median " << QString::number(median(placeTimes), 'f', 2)
          << " ms, max " << QString::number(*std::max_element(placeTimes.begin(), placeTimes.end()), 'f', 2)
          << " ms (" << placeTimes.size() << " runs, " << placeDecisions << " decisions)\n";
    out() << "one new special-group place in the least asked-for language + distribute(): median "
          << QString::number(median(scarceTimes), 'f', 2) << " ms, max "
          << QString::number(*std::max_element(scarceTimes.begin(), scarceTimes.end()), 'f', 2) << " ms ("
          << scarceTimes.size() << " runs, " << scarceDecisions << " decisions, "
          << (scarceDecisions ? scarceListed / scarceDecisions : 0) << " listed per decision)\n";
    out() << "one new application + distribute(): median " << QString::number(median(candidateTimes), 'f', 2)
          << " ms, max " << QString::number(*std::max_element(candidateTimes.begin(), candidateTimes.end()), 'f', 2)
          << " ms (" << candidateTimes.size() << " runs, " << candidateDecisions << " decisions)\n";
    out() << "peak RSS " << peakRssMb() << " MB\n";
    return 0;
}
