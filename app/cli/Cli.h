#pragma once

#include "domain/Expected.h"
#include "domain/WorkCalendar.h"

class Database;

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class Translations;

// The console tool qabyldau-cli (docs/cli.md is its stable interface). A command is one row of a
// table: its words ("workdays add"), its arguments, its help and the function that runs it.
// A feature adds its commands by adding a function to Commands.h and its rows to Cli::commands().

// Exit codes (docs/cli.md). Scripts rely on them: never renumber, only append.
namespace ExitCode {
constexpr int Ok = 0;       // done; the answer is yes
constexpr int No = 1;       // the answer is no: the IIN is not valid, the day is not worked
constexpr int Usage = 2;    // unknown command or option, wrong arguments, a value that is not a date...
constexpr int NoAnswer = 3; // the data to answer is missing or unreadable (no calendar for the year)
constexpr int Failed = 4;   // the command could not finish its work: an output file cannot be written
} // namespace ExitCode

class CliContext;

struct CliCommand
{
    QStringList words;       // {"workdays", "add"}
    const char *arguments;   // synopsis of the arguments, "DATE N" (not translated)
    const char *summary;     // one line, QT_TRANSLATE_NOOP("Cli", ...)
    const char *description; // the command's --help text, QT_TRANSLATE_NOOP("Cli", ...)
    int minimumArguments;
    int maximumArguments;
    int (*run)(CliContext &context, const QStringList &arguments);
    // The command's own options, each taking a value ("--out" FILE or --out=FILE); they reach the
    // command in CliContext::options. Any other option is refused.
    QStringList valueOptions = {};

    QString name() const { return words.join(u' '); }
};

// What a running command gets: the streams, the global options, the shared data it may need.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    CliContext(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // --store PATH; empty when not given (commands that need a store choose the default).
    QString storePath;
    // --lang as given ("kk", "ru", "en", or "kk+ru" for a bilingual contract: messages in Kazakh);
    // empty when not given. Also a printed document's language.
    QString language;
    // The values of the running command's valueOptions that were given, by option ("--out").
    QHash<QString, QString> options;
    // Every value of each option given, in order (options holds the last): for repeatable options.
    QHash<QString, QStringList> optionValues;

    // The built-in calendar with the administrator's year files on top (userCalendarDirectory()).
    // Loaded on first use.
    const Expected<WorkCalendar> &calendar();
    static QString userCalendarDirectory();

    // Prints the Issue's message on one line to stderr and returns exitCode.
    int fail(const Issue &issue, int exitCode);
    // Prints a usage problem on one line to stderr and returns ExitCode::Usage.
    int usageError(const QString &message);
    // The store (--store or the default) for a command that reads it: never created just to find
    // nothing in it. 0 with `database` set, or ExitCode::NoAnswer after one line on stderr
    // ("COMMAND: there is no store at PATH", or why it cannot be opened).
    int openExistingStore(const QString &command, std::shared_ptr<Database> &database);

    // Argument values shared by commands. Errors name Field::Date / Field::Count and quote the text.
    static Expected<QDate> parseDate(const QString &text);            // strictly YYYY-MM-DD
    static Expected<int> parseNonNegativeNumber(const QString &text); // 0, 1, 2...

private:
    QTextStream &m_out;
    QTextStream &m_err;
    std::optional<Expected<WorkCalendar>> m_calendar;
};

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Cli(QTextStream &out, QTextStream &err);
    ~Cli();

    // arguments without the program name; returns the exit code.
    int run(const QStringList &arguments);

    static const QList<CliCommand> &commands();
    static QString programName() { return QStringLiteral("qabyldau-cli"); }

private:
    void printHelp();
    void printGroupHelp(const QString &group);
    void printCommandHelp(const CliCommand &command);
    bool setLanguage(const std::optional<QString> &code);

    CliContext m_context;
    std::unique_ptr<Translations> m_translations;
};
