#include "Cli.h"

#include "Commands.h"
#include "settings/Translations.h"
#include "store/Database.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

// ---------------------------------------------------------------------------------------------
// CliContext

const Expected<WorkCalendar> &CliContext::calendar()
{
    if (!m_calendar)
        m_calendar = WorkCalendar::load(userCalendarDirectory());
    return *m_calendar;
}

QString CliContext::userCalendarDirectory()
{
    // The desk app's data folder (organisation "Qabyldau", application "qabyldau", set in
    // cli_main.cpp), where an administrator's edited year files live.
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/calendars");
}

int CliContext::fail(const Issue &issue, int exitCode)
{
    m_err << issue.message() << Qt::endl;
    return exitCode;
}

int CliContext::openExistingStore(const QString &command, std::shared_ptr<Database> &database)
{
    const QString path = storePath.isEmpty() ? Database::defaultPath() : storePath;
    if (!QFileInfo::exists(path)) {
        m_err << tr("%1: there is no store at %2").arg(command, path) << Qt::endl;
        return ExitCode::NoAnswer;
    }
    Expected<std::shared_ptr<Database>> opened = Database::openExisting(path);
    if (!opened)
        return fail(opened.error(), ExitCode::NoAnswer);
    database = *opened;
    return ExitCode::Ok;
}

int CliContext::usageError(const QString &message)
{
    m_err << message << Qt::endl;
    return ExitCode::Usage;
}

Expected<QDate> CliContext::parseDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch match = iso.match(text);
    const QDate date = match.hasMatch()
        ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt())
        : QDate();
    if (!date.isValid())
        return Issue::error(Field::Date, Rule::InvalidDate, text);
    return date;
}

Expected<int> CliContext::parseNonNegativeNumber(const QString &text)
{
    static const QRegularExpression integer(QStringLiteral("^[+-]?\\d+$"));
    bool ok = false;
    const int value = integer.match(text).hasMatch() ? text.toInt(&ok) : 0;
    if (!ok)
        return Issue::error(Field::Count, Rule::InvalidNumber, text);
    if (value < 0)
        return Issue::error(Field::Count, Rule::OutOfRange, text);
    return value;
}

// ---------------------------------------------------------------------------------------------
// Cli

Cli::Cli(QTextStream &out, QTextStream &err)
    : m_context(out, err)
    , m_translations(std::make_unique<Translations>())
{
}

Cli::~Cli() = default;

const QList<CliCommand> &Cli::commands()
{
    static const QList<CliCommand> table = [] {
        QList<CliCommand> all;
        all << iinCommands() << workdaysCommands() << printCommands() << placeCommands() << applicationCommands()
            << directionCommands() << contractCommands() << syncCommands() << journalCommands() << backupCommands();
        return all;
    }();
    return table;
}

bool Cli::setLanguage(const std::optional<QString> &code)
{
    QLocale::Language language = QLocale::English;
    if (code) {
        language = Translations::fromCode(*code);
        if (language == QLocale::AnyLanguage)
            return false;
    } else {
        // Messages in the system language when it is one Qabyldau speaks; English otherwise.
        const QLocale::Language system = QLocale::system().language();
        if (Translations::supportedLanguages().contains(system))
            language = system;
    }
    // Also sets the default locale, which picks the holiday names of the calendar files.
    // A missing catalogue leaves the English texts.
    m_translations->install(language);
    return true;
}

int Cli::run(const QStringList &arguments)
{
    // Global options may stand anywhere; "--" ends them. "-5" is a (negative) number, not an option.
    static const QRegularExpression number(QStringLiteral("^-\\d+$"));
    QStringList positional;
    bool help = false;
    bool version = false;
    std::optional<QString> language;
    std::optional<QString> unknownOption;
    std::optional<QString> missingValue;
    // Every command's own options (CliCommand::valueOptions); the command checks them below.
    static const QList<QByteArray> commandOptions = [] {
        QList<QByteArray> names;
        for (const CliCommand &command : commands())
            for (const QString &option : command.valueOptions)
                if (!names.contains(option.toLatin1()))
                    names << option.toLatin1();
        return names;
    }();
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            positional << arguments.mid(i + 1);
            break;
        }
        const auto takeValue = [&](QLatin1String option) -> std::optional<QString> {
            if (argument.startsWith(option + u'='))
                return argument.mid(option.size() + 1);
            if (argument != option)
                return std::nullopt;
            if (i + 1 >= arguments.size()) {
                missingValue = option;
                return QString();
            }
            return arguments.at(++i);
        };
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            help = true;
        } else if (argument == QLatin1String("--version")) {
            version = true;
        } else if (std::optional<QString> value = takeValue(QLatin1String("--lang"))) {
            language = *value;
        } else if (std::optional<QString> store = takeValue(QLatin1String("--store"))) {
            m_context.storePath = *store;
        } else if (const auto option = std::find_if(commandOptions.cbegin(), commandOptions.cend(),
                                                    [&](const QByteArray &name) {
                                                        return argument == QLatin1String(name)
                                                            || argument.startsWith(QLatin1String(name) + u'=');
                                                    });
                   option != commandOptions.cend()) {
            const QString optionValue = *takeValue(QLatin1String(*option));
            m_context.options.insert(QLatin1String(*option), optionValue);
            // A repeatable option (print refusal --ground) keeps every value, in order.
            m_context.optionValues[QLatin1String(*option)] << optionValue;
        } else if (argument.startsWith(u'-') && argument.size() > 1 && !number.match(argument).hasMatch()) {
            if (!unknownOption)
                unknownOption = argument;
        } else {
            positional << argument;
        }
    }

    // The language first, so that every later message is in it.
    if (missingValue) {
        setLanguage(std::nullopt);
        return m_context.usageError(tr("the option %1 needs a value; see %2 --help").arg(*missingValue, programName()));
    }
    // "kk+ru" asks for a bilingual document (print contract); the messages are then Kazakh.
    const std::optional<QString> messageLanguage =
        language == QLatin1String("kk+ru") ? std::optional<QString>(QStringLiteral("kk")) : language;
    if (!setLanguage(messageLanguage)) {
        setLanguage(std::nullopt);
        return m_context.usageError(tr("unknown language \"%1\" for --lang; use kk, ru or en").arg(*language));
    }
    if (language)
        m_context.language = *language;
    if (unknownOption)
        return m_context.usageError(tr("unknown option \"%1\"; see %2 --help").arg(*unknownOption, programName()));
    if (version) {
        m_context.out() << programName() << ' ' << QStringLiteral(QABYLDAU_VERSION) << Qt::endl;
        return ExitCode::Ok;
    }

    // "help COMMAND..." is "COMMAND... --help".
    if (!positional.isEmpty() && positional.constFirst() == QLatin1String("help")) {
        positional.removeFirst();
        help = true;
    }
    if (positional.isEmpty()) {
        if (help) {
            printHelp();
            return ExitCode::Ok;
        }
        return m_context.usageError(tr("no command given; see %1 --help").arg(programName()));
    }

    // The command whose words begin the positional arguments.
    const CliCommand *command = nullptr;
    for (const CliCommand &candidate : commands()) {
        if (positional.size() >= candidate.words.size()
            && std::equal(candidate.words.cbegin(), candidate.words.cend(), positional.cbegin())) {
            command = &candidate;
            break;
        }
    }
    if (!command) {
        const QString &group = positional.constFirst();
        const bool knownGroup = std::any_of(commands().cbegin(), commands().cend(), [&](const CliCommand &c) {
            return c.words.constFirst() == group;
        });
        if (!knownGroup)
            return m_context.usageError(tr("unknown command \"%1\"; see %2 --help").arg(group, programName()));
        if (help) {
            printGroupHelp(group);
            return ExitCode::Ok;
        }
        if (positional.size() < 2)
            return m_context.usageError(tr("%1: a subcommand is missing; see %2 %1 --help").arg(group, programName()));
        return m_context.usageError(tr("%1: unknown subcommand \"%2\"; see %3 %1 --help")
                                        .arg(group, positional.at(1), programName()));
    }
    if (help) {
        printCommandHelp(*command);
        return ExitCode::Ok;
    }
    for (auto it = m_context.options.cbegin(); it != m_context.options.cend(); ++it) {
        if (!command->valueOptions.contains(it.key()))
            return m_context.usageError(tr("unknown option \"%1\"; see %2 --help").arg(it.key(), programName()));
    }

    const QStringList commandArguments = positional.mid(command->words.size());
    if (commandArguments.size() < command->minimumArguments || commandArguments.size() > command->maximumArguments) {
        return m_context.usageError(tr("%1: wrong number of arguments; usage: %2 %1 %3")
                                        .arg(command->name(), programName(), QLatin1String(command->arguments)));
    }
    return command->run(m_context, commandArguments);
}

namespace {

QString synopsis(const CliCommand &command)
{
    return command.name() + u' ' + QLatin1String(command.arguments);
}

void printCommandList(QTextStream &out, const QList<const CliCommand *> &list)
{
    qsizetype width = 0;
    for (const CliCommand *command : list)
        width = std::max(width, synopsis(*command).size());
    for (const CliCommand *command : list)
        out << "  " << synopsis(*command).leftJustified(width + 2)
            << QCoreApplication::translate("Cli", command->summary) << '\n';
}

} // namespace

void Cli::printHelp()
{
    QTextStream &out = m_context.out();
    out << tr("Usage: %1 [OPTIONS] COMMAND [ARGUMENTS]").arg(programName()) << "\n\n"
        << tr("Qabyldau console tool: checks IINs and counts working days with the Kazakhstan calendar.")
        << "\n\n"
        << tr("Commands:") << '\n';
    QList<const CliCommand *> all;
    for (const CliCommand &command : commands())
        all << &command;
    printCommandList(out, all);
    out << '\n'
        << tr("Options:") << '\n'
        << "  --lang kk|ru|en   "
        << tr("language of the messages (default: the system language if Kazakh or Russian, else English)") << '\n'
        << "  --store PATH      " << tr("the local store, for commands that use one") << '\n'
        << "  -h, --help        " << tr("this help; after a command, the command's help") << '\n'
        << "  --version         " << tr("the program's version") << "\n\n"
        << tr("Exit codes:") << '\n'
        << "  0  " << tr("done; the answer is yes") << '\n'
        << "  1  " << tr("the answer is no: the IIN is not valid, the day is not a working day") << '\n'
        << "  2  " << tr("usage error: unknown command or option, wrong arguments, a value that is not a date or a number") << '\n'
        << "  3  " << tr("no answer: no working-day calendar for that year, or a calendar file cannot be read") << '\n'
        << "  4  " << tr("failed: an output file cannot be written") << "\n\n"
        << tr("Dates are written and printed as YYYY-MM-DD. \"%1 COMMAND --help\" describes a command.")
               .arg(programName())
        << Qt::endl;
}

void Cli::printGroupHelp(const QString &group)
{
    QTextStream &out = m_context.out();
    out << tr("Usage: %1 %2 SUBCOMMAND [ARGUMENTS]").arg(programName(), group) << "\n\n"
        << tr("Commands:") << '\n';
    QList<const CliCommand *> list;
    for (const CliCommand &command : commands())
        if (command.words.constFirst() == group)
            list << &command;
    printCommandList(out, list);
    out.flush();
}

void Cli::printCommandHelp(const CliCommand &command)
{
    m_context.out() << tr("Usage: %1 %2").arg(programName(), synopsis(command)) << "\n\n"
                    << QCoreApplication::translate("Cli", command.summary) << "\n\n"
                    << QCoreApplication::translate("Cli", command.description) << Qt::endl;
}
