// qabyldau-cli directions import, direction check: directions to this kindergarten (RULES 5) in
// the local store.
#include "Commands.h"

#include "domain/Clock.h"
#include "store/SettingsStore.h"
#include "store/Database.h"
#include "store/DirectionStore.h"

#include <QFile>
#include <QFileInfo>

namespace {

class DirectionCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int importFile(CliContext &context, const QStringList &arguments)
    {
        QFile file(arguments.constFirst());
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(Issue::error(Field::DirectionsFile, Rule::StoreCannotOpen,
                                             file.fileName() + QStringLiteral(": ") + file.errorString()),
                                ExitCode::NoAnswer);
        const QByteArray json = file.readAll();
        file.close();
        // A file that cannot be imported leaves no store behind (issue 14 item 9).
        if (const std::optional<Issue> notJson = DirectionStore::checkJson(json))
            return context.fail(*notJson, ExitCode::NoAnswer);

        const Expected<std::shared_ptr<Database>> database =
            Database::open(context.storePath.isEmpty() ? Database::defaultPath() : context.storePath);
        if (!database)
            return context.fail(database.error(), ExitCode::Failed);

        DirectionStore store(*database);
        const Expected<DirectionImportResult> result =
            store.importJson(json, QStringLiteral("qabyldau-cli"), SystemClock().now());
        if (!result) {
            const bool badFile = result.error().rule == Rule::ImportNotJsonArray;
            return context.fail(result.error(), badFile ? ExitCode::NoAnswer : ExitCode::Failed);
        }
        for (const Issue &refused : result->refused) {
            // The store puts the record's 0-based index first in the detail: "#3" or "#3: value".
            const qsizetype separator = refused.detail.indexOf(QLatin1String(": "));
            const QString index = refused.detail.left(separator < 0 ? refused.detail.size() : separator).mid(1);
            Issue reason = refused;
            reason.detail = separator < 0 ? QString() : refused.detail.mid(separator + 2);
            context.err() << tr("record %1: %2").arg(index, reason.message()) << '\n';
        }
        context.err().flush();
        context.out() << tr("imported %1, already present %2, refused %3")
                             .arg(result->imported)
                             .arg(result->unchanged)
                             .arg(result->refused.size())
                      << Qt::endl;
        return result->refused.isEmpty() ? ExitCode::Ok : ExitCode::No;
    }

    static int check(CliContext &context, const QStringList &arguments)
    {
        QDate on = SystemClock().today();
        if (context.options.contains(QStringLiteral("--on"))) {
            const Expected<QDate> date = CliContext::parseDate(context.options.value(QStringLiteral("--on")));
            if (!date)
                return context.fail(date.error(), ExitCode::Usage);
            on = *date;
        }

        // Reading never creates a store.
        const QString path = context.storePath.isEmpty() ? Database::defaultPath() : context.storePath;
        if (!QFileInfo::exists(path))
            return context.fail(Issue::error(Field::Store, Rule::StoreCannotOpen, tr("%1: no such file").arg(path)),
                                ExitCode::NoAnswer);
        const Expected<std::shared_ptr<Database>> database = Database::openExisting(path);
        if (!database)
            return context.fail(database.error(), ExitCode::NoAnswer);
        const std::optional<Direction> direction = DirectionStore(*database).find(arguments.constFirst());
        if (!direction)
            return context.fail(Issue::error(Field::DirectionNumber, Rule::DirectionNotFound,
                                             arguments.constFirst().trimmed()),
                                ExitCode::NoAnswer);

        const Expected<WorkCalendar> &calendar = context.calendar();
        if (!calendar)
            return context.fail(calendar.error(), ExitCode::NoAnswer);
        // The administrator's number of days, as the desk counts them.
        const RuleSettings settings = SettingsStore(*database).load().settings;
        const Expected<DirectionValidity> validity = Directions::validity(*direction, on, *calendar, settings);
        if (!validity)
            return context.fail(validity.error(), ExitCode::NoAnswer);

        QTextStream &out = context.out();
        switch (validity->state) {
        case DirectionValidity::State::Valid:
            out << tr("valid until %1").arg(validity->validUntil.toString(Qt::ISODate)) << Qt::endl;
            return ExitCode::Ok;
        case DirectionValidity::State::Expired:
            out << tr("expired on %1").arg(validity->expiresOn().toString(Qt::ISODate)) << Qt::endl;
            return ExitCode::No;
        case DirectionValidity::State::WaitingForPlace:
            out << tr("waiting for the place to be freed") << Qt::endl;
            return ExitCode::No;
        case DirectionValidity::State::Closed:
            break;
        }
        switch (direction->status) {
        case DirectionStatus::Issued: break;
        case DirectionStatus::Used: out << tr("used") << Qt::endl; return ExitCode::No;
        case DirectionStatus::Refused: out << tr("refused") << Qt::endl; return ExitCode::No;
        case DirectionStatus::Expired: out << tr("expired") << Qt::endl; return ExitCode::No;
        case DirectionStatus::Cancelled: out << tr("cancelled") << Qt::endl; return ExitCode::No;
        }
        out << tr("not in force") << Qt::endl;
        return ExitCode::No;
    }
};

} // namespace

QList<CliCommand> directionCommands()
{
    return {
        {{QStringLiteral("directions"), QStringLiteral("import")},
         "FILE",
         QT_TRANSLATE_NOOP("Cli", "import directions to this kindergarten from a JSON file into the store"),
         QT_TRANSLATE_NOOP("Cli",
                           "Reads FILE, a JSON array of directions (format: docs/cli.md), checks each\n"
                           "record (number, kindergarten, child's IIN, issue time, group, codes) and\n"
                           "imports the valid ones into the store of --store. Each refused record is\n"
                           "reported on standard error as \"record N: reason\", N counting from 0.\n"
                           "A direction already stored with the same data is skipped, so importing a\n"
                           "file twice imports it once; the same number with other data is refused.\n"
                           "Prints \"imported N, already present M, refused K\".\n"
                           "Exit code 0 when every record was valid, 1 when some were refused, 3 when\n"
                           "FILE cannot be read or is not a JSON array, 4 when the store cannot be written."),
         1, 1, &DirectionCommand::importFile},
        {{QStringLiteral("direction"), QStringLiteral("check")},
         "NUMBER [--on DATE]",
         QT_TRANSLATE_NOOP("Cli", "tell whether a direction is in force on DATE"),
         QT_TRANSLATE_NOOP("Cli",
                           "Looks up the direction NUMBER in the store of --store and counts its validity\n"
                           "(RULES 5: 5 working days from the day after issue, for an early-booking place\n"
                           "from the day it was freed; an extension replaces the end) for DATE (default:\n"
                           "today). Prints \"valid until YYYY-MM-DD\" and exits with 0, or, exit code 1:\n"
                           "\"expired on YYYY-MM-DD\" (the first day it is no longer in force),\n"
                           "\"waiting for the place to be freed\", or how it was closed: \"used\",\n"
                           "\"refused\", \"expired\", \"cancelled\". Exit code 3 when there is no store\n"
                           "or no such direction, or a day of the count has no calendar."),
         1, 1, &DirectionCommand::check,
         {QStringLiteral("--on")}},
    };
}
