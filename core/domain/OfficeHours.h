#pragma once

#include "domain/Expected.h"
#include "domain/WorkCalendar.h"

#include <QDateTime>
#include <QList>
#include <QTime>

#include <utility>

// The kindergarten office's hours (RULES 6.1, Appendix 4 item 7.1): open on working days
// 09:00-18:00 with lunch 13:00-14:00; applications accepted and results given 09:00-17:30.
// Portal submissions after hours, on weekends and holidays move to the next working day
// (Appendix 4 item 7.2). Each time is a member so an administrator's settings can replace it.
// Every interval is half-open: 13:00 is lunch, 14:00 is not; 17:30 no longer accepts.
struct OfficeHours
{
    QTime opensAt{9, 0};
    QTime closesAt{18, 0};
    QTime lunchStartsAt{13, 0};
    QTime lunchEndsAt{14, 0};
    QTime acceptanceStartsAt{9, 0};
    QTime acceptanceEndsAt{17, 30};

    // Errors: Rule::CalendarYearUnknown when the date's year has no calendar.
    Expected<bool> isOpen(const QDateTime &moment, const WorkCalendar &calendar) const;
    Expected<bool> acceptsDocuments(const QDateTime &moment, const WorkCalendar &calendar) const;
    // moment itself while documents are accepted; otherwise the next moment they are: the end of
    // lunch, 09:00 the same morning, or 09:00 of the next working day. Rule::OutOfRange
    // (Field::FiledAt) when the hours leave no acceptance time at all.
    Expected<QDateTime> nextAcceptanceMoment(const QDateTime &moment, const WorkCalendar &calendar) const;

    bool operator==(const OfficeHours &) const = default;

private:
    // The day's acceptance intervals [start, end) in order: acceptance hours within opening
    // hours, less lunch.
    QList<std::pair<QTime, QTime>> acceptanceIntervals() const;
    bool isOpenAt(const QTime &time) const;
};
