// qabyldau-cli applications import, queue list: Appendix 1 applications in bulk and the queue of
// RULES 3.3 read from the local store.
#include "Commands.h"

#include "domain/Clock.h"
#include "store/SettingsStore.h"
#include "store/ApplicationImport.h"
#include "store/ApplicationJson.h"
#include "store/QueueStore.h"

#include <QFile>
#include <QFileInfo>

namespace {

class ApplicationCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static Expected<std::shared_ptr<Database>> openStore(const CliContext &context)
    {
        return Database::open(context.storePath.isEmpty() ? Database::defaultPath() : context.storePath);
    }

    static int importFile(CliContext &context, const QStringList &arguments)
    {
        // The file is read and checked first: one that cannot be imported leaves no store behind
        // (issue 14 item 9).
        const Expected<ApplicationFile> file = ApplicationImport::readFile(arguments.constFirst());
        if (!file)
            return context.fail(file.error(), ExitCode::NoAnswer);

        const Expected<std::shared_ptr<Database>> database = openStore(context);
        if (!database)
            return context.fail(database.error(), ExitCode::Failed);
        // The administrator's ratio and limits, as the desk uses them.
        const RuleSettings settings = SettingsStore(*database).load().settings;

        ApplicationImport import(*database, settings);
        const Expected<ImportResult> result = import.importFile(*file, QStringLiteral("qabyldau-cli"), SystemClock().now());
        if (!result)
            return context.fail(result.error(), ExitCode::Failed);
        for (const ImportProblem &problem : result->invalid)
            context.err() << tr("record %1: %2").arg(problem.index).arg(problem.issue.message()) << '\n';
        context.err().flush();
        context.out() << tr("imported %1, already present %2, invalid %3")
                             .arg(result->imported)
                             .arg(result->alreadyPresent)
                             .arg(result->invalid.size())
                      << Qt::endl;
        return result->invalid.isEmpty() ? ExitCode::Ok : ExitCode::No;
    }

    static int listQueue(CliContext &context, const QStringList &)
    {
        const QString yearText = context.options.value(QStringLiteral("--birth-year"));
        if (yearText.isEmpty())
            return context.usageError(tr("queue list: --birth-year YYYY is required"));
        bool ok = false;
        const int year = yearText.toInt(&ok);
        if (!ok || yearText.size() != 4 || year < 1900)
            return context.fail(Issue::error(Field::Year, Rule::InvalidNumber, yearText), ExitCode::Usage);
        qint64 limit = -1;
        if (context.options.contains(QStringLiteral("--limit"))) {
            const Expected<int> parsed = CliContext::parseNonNegativeNumber(context.options.value(QStringLiteral("--limit")));
            if (!parsed)
                return context.fail(parsed.error(), ExitCode::Usage);
            limit = *parsed;
        }

        // Reading a queue never creates a store.
        const QString path = context.storePath.isEmpty() ? Database::defaultPath() : context.storePath;
        if (!QFileInfo::exists(path))
            return context.fail(Issue::error(Field::Store, Rule::StoreCannotOpen, tr("%1: no such file").arg(path)),
                                ExitCode::NoAnswer);
        const Expected<std::shared_ptr<Database>> database = Database::openExisting(path);
        if (!database)
            return context.fail(database.error(), ExitCode::NoAnswer);
        QueueStore queue(*database, SettingsStore(*database).load().settings);
        QueueFilter filter;
        filter.status = ApplicationStatus::Queued;

        QTextStream &out = context.out();
        std::optional<QueueKey> after;
        qint64 printed = 0;
        bool pending = false;
        constexpr int pageSize = 5000;
        while (limit < 0 || printed < limit) {
            const int want = limit < 0 ? pageSize : int(qMin<qint64>(pageSize, limit - printed));
            const Expected<QList<QueueRow>> page = queue.page(year, filter, after, want);
            if (!page)
                return context.fail(page.error(), ExitCode::Failed);
            pending = pending || queue.lastReadPending();
            for (const QueueRow &row : *page) {
                out << row.queueNumber << '\t' << row.key.applicationId << '\t' << row.childIin << '\t'
                    << Categories::code(row.category) << '\t'
                    << ApplicationJson::timestampValue(row.filedAt).toString() << '\t' << row.number << '\n';
            }
            printed += page->size();
            if (page->size() < want)
                break;
            after = page->constLast().key;
        }
        out.flush();
        if (pending) {
            // Issue 14 item 5: read at once rather than wait for another process's write lock.
            context.err() << tr("note: another process is writing to the store (an import?); the queue numbers "
                                "and order above may still change: list the queue again when it has finished")
                          << '\n';
        }
        return ExitCode::Ok;
    }
};

} // namespace

QList<CliCommand> applicationCommands()
{
    return {
        {{QStringLiteral("applications"), QStringLiteral("import")},
         "FILE",
         QT_TRANSLATE_NOOP("Cli", "import Appendix 1 applications from a JSON file into the store"),
         QT_TRANSLATE_NOOP("Cli",
                           "Reads FILE, a JSON array of applications (format: docs/cli.md), checks each\n"
                           "record as the application form does (and one active application per child)\n"
                           "and imports the valid ones into the store of --store. Each invalid record is\n"
                           "reported on standard error as \"record N: reason\", N counting from 0.\n"
                           "Records whose id is in the store already are skipped, so importing a file\n"
                           "twice imports it once. Prints \"imported N, already present M, invalid K\".\n"
                           "Exit code 0 when every record was valid, 1 when some were not, 3 when FILE\n"
                           "cannot be read or is not a JSON array, 4 when the store cannot be written."),
         1, 1, &ApplicationCommand::importFile},
        {{QStringLiteral("queue"), QStringLiteral("list")},
         "--birth-year YYYY [--limit N]",
         QT_TRANSLATE_NOOP("Cli", "print the queue of one birth year in order"),
         QT_TRANSLATE_NOOP("Cli",
                           "Prints the applications waiting in the queue (status queued) for children\n"
                           "born in YYYY, in queue order (filing time, extraordinary right first,\n"
                           "primary right interleaved with the general queue), the first N only with\n"
                           "--limit. One line each, tab-separated: queue number, application id,\n"
                           "child's IIN, category (1-10), filing time (ISO 8601, UTC),\n"
                           "application number (empty when it has none)."),
         0, 0, &ApplicationCommand::listQueue,
         {QStringLiteral("--birth-year"), QStringLiteral("--limit")}},
    };
}
