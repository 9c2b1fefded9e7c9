// qabyldau-cli workdays ...: the working-day calendar of RULES 10.
#include "Commands.h"

namespace {

class WorkdaysCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int add(CliContext &context, const QStringList &arguments)
    {
        const Expected<QDate> from = CliContext::parseDate(arguments.at(0));
        if (!from)
            return context.fail(from.error(), ExitCode::Usage);
        const Expected<int> count = CliContext::parseNonNegativeNumber(arguments.at(1));
        if (!count)
            return context.fail(count.error(), ExitCode::Usage);
        const Expected<WorkCalendar> &calendar = context.calendar();
        if (!calendar)
            return context.fail(calendar.error(), ExitCode::NoAnswer);

        const Expected<QDate> result = calendar->addWorkingDays(*from, *count);
        if (!result)
            return context.fail(result.error(), ExitCode::NoAnswer);
        context.out() << result->toString(Qt::ISODate) << Qt::endl;
        return ExitCode::Ok;
    }

    static int isWorking(CliContext &context, const QStringList &arguments)
    {
        const Expected<QDate> date = CliContext::parseDate(arguments.at(0));
        if (!date)
            return context.fail(date.error(), ExitCode::Usage);
        const Expected<WorkCalendar> &calendar = context.calendar();
        if (!calendar)
            return context.fail(calendar.error(), ExitCode::NoAnswer);

        const Expected<CalendarDay> day = calendar->day(*date);
        if (!day)
            return context.fail(day.error(), ExitCode::NoAnswer);
        switch (day->kind) {
        case CalendarDay::Kind::Working:
            context.out() << tr("working day") << Qt::endl;
            return ExitCode::Ok;
        case CalendarDay::Kind::WorkingWeekend:
            context.out() << tr("working day: %1").arg(day->description()) << Qt::endl;
            return ExitCode::Ok;
        case CalendarDay::Kind::Weekend:
        case CalendarDay::Kind::Holiday:
        case CalendarDay::Kind::MovedHoliday:
        case CalendarDay::Kind::DecreeDayOff:
            break;
        }
        context.out() << tr("day off: %1").arg(day->description()) << Qt::endl;
        return ExitCode::No;
    }
};

} // namespace

QList<CliCommand> workdaysCommands()
{
    return {
        {{QStringLiteral("workdays"), QStringLiteral("add")},
         "DATE N",
         QT_TRANSLATE_NOOP("Cli", "print the date N working days after DATE"),
         QT_TRANSLATE_NOOP("Cli",
                           "Prints, as YYYY-MM-DD, the N-th working day after DATE: counting starts the\n"
                           "day after DATE, and N = 0 prints DATE itself. Weekends, public holidays,\n"
                           "holidays moved off a weekend and days off by government decree are skipped;\n"
                           "weekends worked by decree count. N is a whole number, 0 or more.\n"
                           "Exit code 3 when a day of the count falls in a year with no calendar."),
         2, 2, &WorkdaysCommand::add},
        {{QStringLiteral("workdays"), QStringLiteral("is-working")},
         "DATE",
         QT_TRANSLATE_NOOP("Cli", "tell whether DATE is a working day"),
         QT_TRANSLATE_NOOP("Cli",
                           "Prints \"working day\" and exits with 0 when DATE is a working day (a weekend\n"
                           "worked by government decree adds why), or \"day off: \" and the reason (the\n"
                           "holiday's name, \"weekend\", a moved holiday or a decree) and exits with 1.\n"
                           "Exit code 3 when DATE's year has no calendar."),
         1, 1, &WorkdaysCommand::isWorking},
    };
}
