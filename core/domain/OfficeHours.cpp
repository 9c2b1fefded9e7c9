#include "domain/OfficeHours.h"

#include <algorithm>

namespace {

bool within(const QTime &time, const QTime &start, const QTime &end)
{
    return time >= start && time < end;
}

QDateTime at(const QDateTime &moment, const QDate &date, const QTime &time)
{
    // Keeps the moment's time spec / zone.
    QDateTime result = moment;
    result.setDate(date);
    result.setTime(time);
    return result;
}

} // namespace

bool OfficeHours::isOpenAt(const QTime &time) const
{
    return within(time, opensAt, closesAt) && !within(time, lunchStartsAt, lunchEndsAt);
}

QList<std::pair<QTime, QTime>> OfficeHours::acceptanceIntervals() const
{
    const QTime start = std::max(acceptanceStartsAt, opensAt);
    const QTime end = std::min(acceptanceEndsAt, closesAt);
    QList<std::pair<QTime, QTime>> intervals;
    if (!(start < end))
        return intervals;
    if (!(lunchStartsAt < lunchEndsAt) || lunchEndsAt <= start || end <= lunchStartsAt) {
        intervals.append({start, end});
        return intervals;
    }
    if (start < lunchStartsAt)
        intervals.append({start, lunchStartsAt});
    if (lunchEndsAt < end)
        intervals.append({lunchEndsAt, end});
    return intervals;
}

Expected<bool> OfficeHours::isOpen(const QDateTime &moment, const WorkCalendar &calendar) const
{
    const Expected<bool> working = calendar.isWorkingDay(moment.date());
    if (!working)
        return working.error();
    return *working && isOpenAt(moment.time());
}

Expected<bool> OfficeHours::acceptsDocuments(const QDateTime &moment, const WorkCalendar &calendar) const
{
    const Expected<bool> working = calendar.isWorkingDay(moment.date());
    if (!working)
        return working.error();
    if (!*working)
        return false;
    const QList<std::pair<QTime, QTime>> intervals = acceptanceIntervals();
    return std::any_of(intervals.cbegin(), intervals.cend(), [&](const auto &interval) {
        return within(moment.time(), interval.first, interval.second);
    });
}

Expected<QDateTime> OfficeHours::nextAcceptanceMoment(const QDateTime &moment,
                                                      const WorkCalendar &calendar) const
{
    const QList<std::pair<QTime, QTime>> intervals = acceptanceIntervals();
    if (intervals.isEmpty())
        return Issue::error(Field::FiledAt, Rule::OutOfRange);

    const Expected<bool> working = calendar.isWorkingDay(moment.date());
    if (!working)
        return working.error();
    if (*working) {
        const QTime time = moment.time();
        for (const auto &[start, end] : intervals) {
            if (within(time, start, end))
                return moment;
            if (time < start)
                return at(moment, moment.date(), start);
        }
    }
    // Appendix 4 item 7.2: after hours, weekends and holidays move to the next working day.
    const Expected<QDate> next = calendar.addWorkingDays(moment.date(), 1);
    if (!next)
        return next.error();
    return at(moment, *next, intervals.constFirst().first);
}
