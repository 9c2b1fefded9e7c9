// qabyldau-cli backup, restore: a checked copy of the local store, and putting one back
// (core/store/Backup.h; issue 13 item 7).
#include "Commands.h"

#include "store/Backup.h"
#include "store/Database.h"

#include <QDir>
#include <QFileInfo>

namespace {

class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static QString storePath(const CliContext &context)
    {
        return context.storePath.isEmpty() ? Database::defaultPath() : context.storePath;
    }

    static int backup(CliContext &context, const QStringList &arguments)
    {
        const QString store = storePath(context);
        if (!QFileInfo::exists(store)) {
            context.err() << tr("backup: there is no store at %1").arg(QDir::toNativeSeparators(store)) << Qt::endl;
            return ExitCode::NoAnswer;
        }
        const Expected<Backup::Checked> made = Backup::create(store, arguments.at(0));
        if (!made)
            return context.fail(made.error(), made.error().field == Field::Store ? ExitCode::NoAnswer : ExitCode::Failed);
        context.out() << tr("backed up %1 to %2: schema version %3, journal entries: %4, checked")
                             .arg(QDir::toNativeSeparators(store), QDir::toNativeSeparators(arguments.at(0)))
                             .arg(made->schemaVersion)
                             .arg(made->journalEntries)
                      << Qt::endl;
        return ExitCode::Ok;
    }

    static int restore(CliContext &context, const QStringList &arguments)
    {
        const QString store = storePath(context);
        const Expected<Backup::Restored> restored = Backup::restore(store, arguments.at(0), QDateTime::currentDateTime());
        if (!restored) {
            const Issue &issue = restored.error();
            // The copy is not one to trust: the data to do it is unreadable (3). The store is busy
            // or cannot be written: the work could not be finished (4).
            const bool badCopy = issue.field == Field::Backup && issue.rule != Rule::BackupNotWritten;
            return context.fail(issue, badCopy ? ExitCode::NoAnswer : ExitCode::Failed);
        }
        const QString from = QDir::toNativeSeparators(arguments.at(0));
        const QString into = QDir::toNativeSeparators(store);
        if (restored->keptAside.isEmpty())
            context.out() << tr("restored %1 into %2 (schema version %3, journal entries: %4); there was no store before")
                                 .arg(from, into)
                                 .arg(restored->copy.schemaVersion)
                                 .arg(restored->copy.journalEntries)
                          << Qt::endl;
        else
            context.out() << tr("restored %1 into %2 (schema version %3, journal entries: %4); the former store is kept as %5")
                                 .arg(from, into)
                                 .arg(restored->copy.schemaVersion)
                                 .arg(restored->copy.journalEntries)
                                 .arg(QDir::toNativeSeparators(restored->keptAside))
                          << Qt::endl;
        return ExitCode::Ok;
    }
};

} // namespace

QList<CliCommand> backupCommands()
{
    return {
        {{QStringLiteral("backup")},
         "FILE",
         QT_TRANSLATE_NOOP("Cli", "copy the store into FILE and check the copy"),
         QT_TRANSLATE_NOOP("Cli",
                           "Copies the store (--store) into FILE with SQLite's online backup (the desk may\n"
                           "go on working meanwhile), then checks the copy: SQLite's integrity check, the\n"
                           "schema version, the content digest and the journal's hash chain. An earlier\n"
                           "backup at FILE is replaced only by a copy that passed; any other file is never\n"
                           "replaced. The copy is readable by its owner only.\n"
                           "Exit code 0 when written and checked; 3 when there is no store; 4 when FILE\n"
                           "cannot be written or the copy fails its check."),
         1, 1, &BackupCommand::backup},
        {{QStringLiteral("restore")},
         "FILE",
         QT_TRANSLATE_NOOP("Cli", "replace the store by the backup in FILE, checked first"),
         QT_TRANSLATE_NOOP("Cli",
                           "Checks the backup in FILE as backup does and, only when it passes, replaces the\n"
                           "store (--store) by it. The current store is kept beside it as\n"
                           "STORE.before-restore-YYYYMMDD-HHMMSS (restore that file to take the restore\n"
                           "back). Refused while the desk or another command has the store open: close\n"
                           "it first.\n"
                           "Exit code 0 when restored; 3 when FILE is missing, damaged, not a Qabyldau\n"
                           "store or from a newer version (the store is not touched); 4 when the store is\n"
                           "open elsewhere or cannot be replaced (the store is not touched)."),
         1, 1, &BackupCommand::restore},
    };
}
