#include "domain/QueueOrder.h"

#include <QMap>

#include <algorithm>
#include <limits>
#include <tuple>

namespace {

bool interleaves(const RuleSettings &settings)
{
    // RULES 3.3: ratio "0" switches interleaving off. A general side of 0 cannot interleave either
    // (the settings table refuses it; this keeps a hand-made RuleSettings safe).
    return settings.primaryRatioPrimary > 0 && settings.primaryRatioGeneral > 0;
}

// Appends primaries and generals, each already in filing order, as P, G, G, G, P, G, G, G, ...
void appendInterleaved(QList<QueueEntry> &out, const QList<QueueEntry> &primaries,
                       const QList<QueueEntry> &generals, const RuleSettings &settings)
{
    if (!interleaves(settings)) {
        out.append(primaries);
        out.append(generals);
        return;
    }
    qsizetype p = 0;
    qsizetype g = 0;
    while (p < primaries.size() || g < generals.size()) {
        for (int i = 0; i < settings.primaryRatioPrimary && p < primaries.size(); ++i)
            out.append(primaries.at(p++));
        for (int i = 0; i < settings.primaryRatioGeneral && g < generals.size(); ++i)
            out.append(generals.at(g++));
    }
}

} // namespace

QueueEntry QueueEntry::fromApplication(const Application &application)
{
    return QueueEntry{application.id,
                      application.birthYear(),
                      application.right(),
                      application.filedAt,
                      application.registrationSequence,
                      application.status};
}

bool QueueKey::operator<(const QueueKey &other) const
{
    return std::tie(birthYear, band, slot, filedAtMsecs, sequence, applicationId)
        < std::tie(other.birthYear, other.band, other.slot, other.filedAtMsecs, other.sequence,
                   other.applicationId);
}

namespace QueueOrder {

qint64 filedAtSortValue(const QDateTime &filedAt)
{
    return filedAt.isValid() ? filedAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

qint64 sequenceSortValue(qint64 registrationSequence)
{
    return registrationSequence > 0 ? registrationSequence : std::numeric_limits<qint64>::max();
}

bool filedBefore(const QueueEntry &a, const QueueEntry &b)
{
    const qint64 aFiled = filedAtSortValue(a.filedAt);
    const qint64 bFiled = filedAtSortValue(b.filedAt);
    const qint64 aSequence = sequenceSortValue(a.registrationSequence);
    const qint64 bSequence = sequenceSortValue(b.registrationSequence);
    return std::tie(aFiled, aSequence, a.applicationId)
        < std::tie(bFiled, bSequence, b.applicationId);
}

int band(Right right, const RuleSettings &settings)
{
    switch (right) {
    case Right::Extraordinary:
        return 0;
    case Right::Primary:
        return 1;
    case Right::None:
        return interleaves(settings) ? 1 : 2;
    }
    return 2;
}

qint64 slot(Right right, qint64 rank, const RuleSettings &settings)
{
    if (right == Right::Extraordinary || !interleaves(settings))
        return rank;
    const qint64 primaryRun = settings.primaryRatioPrimary;
    const qint64 generalRun = settings.primaryRatioGeneral;
    const qint64 cycle = primaryRun + generalRun;
    if (right == Right::Primary)
        return (rank / primaryRun) * cycle + rank % primaryRun;
    return (rank / generalRun) * cycle + primaryRun + rank % generalRun;
}

QList<QueueEntry> order(QList<QueueEntry> entries, const RuleSettings &settings)
{
    std::sort(entries.begin(), entries.end(), filedBefore);

    // Birth year -> the three sides, each in filing order (the sort above is kept).
    struct Sides
    {
        QList<QueueEntry> extraordinary;
        QList<QueueEntry> primary;
        QList<QueueEntry> general;
    };
    QMap<int, Sides> years;
    for (QueueEntry &entry : entries) {
        Sides &sides = years[entry.birthYear];
        switch (entry.right) {
        case Right::Extraordinary: sides.extraordinary.append(std::move(entry)); break;
        case Right::Primary: sides.primary.append(std::move(entry)); break;
        case Right::None: sides.general.append(std::move(entry)); break;
        }
    }

    QList<QueueEntry> ordered;
    ordered.reserve(entries.size());
    for (const Sides &sides : std::as_const(years)) {
        ordered.append(sides.extraordinary);
        appendInterleaved(ordered, sides.primary, sides.general, settings);
    }
    return ordered;
}

QHash<QString, int> queueNumbers(const QList<QueueEntry> &entries, const RuleSettings &settings)
{
    QHash<QString, int> numbers;
    int year = 0;
    int number = 0;
    bool first = true;
    for (const QueueEntry &entry : order(entries, settings)) {
        if (first || entry.birthYear != year) {
            first = false;
            year = entry.birthYear;
            number = 0;
        }
        if (entry.status == ApplicationStatus::Queued)
            numbers.insert(entry.applicationId, ++number);
    }
    return numbers;
}

QList<QueueKey> keys(const QList<QueueEntry> &entries, const RuleSettings &settings)
{
    // Rank of each entry among those of its year and right, in filing order.
    QList<qsizetype> indices(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i)
        indices[i] = i;
    std::sort(indices.begin(), indices.end(), [&entries](qsizetype a, qsizetype b) {
        const QueueEntry &x = entries.at(a);
        const QueueEntry &y = entries.at(b);
        if (x.birthYear != y.birthYear)
            return x.birthYear < y.birthYear;
        if (x.right != y.right)
            return x.right < y.right;
        return filedBefore(x, y);
    });

    QList<QueueKey> result(entries.size());
    qint64 rank = 0;
    for (qsizetype n = 0; n < indices.size(); ++n) {
        const QueueEntry &entry = entries.at(indices.at(n));
        if (n > 0) {
            const QueueEntry &previous = entries.at(indices.at(n - 1));
            const bool sameSide = previous.birthYear == entry.birthYear && previous.right == entry.right;
            rank = sameSide ? rank + 1 : 0;
        }
        result[indices.at(n)] = QueueKey{entry.birthYear,
                                         band(entry.right, settings),
                                         slot(entry.right, rank, settings),
                                         filedAtSortValue(entry.filedAt),
                                         sequenceSortValue(entry.registrationSequence),
                                         entry.applicationId};
    }
    return result;
}

} // namespace QueueOrder
