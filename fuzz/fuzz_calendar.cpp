// A working-day calendar file (RULES 10), as an administrator may drop one into the override
// directory: CalendarYear::fromJson. Property: a year read reads back equal after toJson.
#include "FuzzText.h"

#include "domain/WorkCalendar.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Expected<CalendarYear> year = CalendarYear::fromJson(FuzzText::bytes(data, size), QStringLiteral("fuzz"));
    if (!year)
        return 0;
    const Expected<CalendarYear> again = CalendarYear::fromJson(year->toJson(), QStringLiteral("fuzz"));
    FuzzText::check(bool(again), "CalendarYear: toJson of a year fromJson read is refused");
    FuzzText::check(*again == *year, "CalendarYear: the round trip changes the year");
    return 0;
}
