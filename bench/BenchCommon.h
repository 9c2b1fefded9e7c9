#pragma once

// What the benchmarks share: their output and the median of repeated runs.

#include <QList>
#include <QTextStream>

#include <algorithm>

namespace Bench {

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The median of values; 0 when there are none.
inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace Bench
