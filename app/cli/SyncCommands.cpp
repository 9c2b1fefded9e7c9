// qabyldau-cli sync, sync status: the desk's store and the queue server (docs/api.md).
#include "Commands.h"

#include "store/Database.h"
#include "sync/SyncEngine.h"
#include "sync/SyncSettings.h"

#include <QFile>
#include <QFileInfo>

namespace {

class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static QString when(const QDateTime &at)
    {
        return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : tr("never");
    }

    // What the clerk is told of a refused command: the code, the server's words, and for a
    // duplicate the existing application's id and number.
    static QString describe(const RejectedCommand &command)
    {
        QString line = tr("command %1 (%2) rejected: %3").arg(command.deskSeq).arg(command.type, command.code);
        if (!command.message.isEmpty())
            line += QStringLiteral(" - ") + command.message;
        const QString existing = command.details.value(QStringLiteral("application_id")).toString();
        if (!existing.isEmpty()) {
            line += QStringLiteral("; ") + tr("existing application %1").arg(existing);
            const qint64 number = command.details.value(QStringLiteral("queue_number")).toInteger();
            if (number > 0)
                line += QStringLiteral(", ") + tr("queue number %1").arg(number);
        }
        return line;
    }

    static Expected<std::shared_ptr<Database>> openExisting(CliContext &context, bool create)
    {
        const QString path = context.storePath.isEmpty() ? Database::defaultPath() : context.storePath;
        return create ? Database::open(path) : Database::openExisting(path);
    }

    static int sync(CliContext &context, const QStringList &)
    {
        const Expected<std::shared_ptr<Database>> database = openExisting(context, true);
        if (!database)
            return context.fail(database.error(), ExitCode::Failed);
        const Expected<SyncConnection> saved = SyncSettings::load(*database);
        if (!saved)
            return context.fail(saved.error(), ExitCode::Failed);
        SyncConnection connection = *saved;
        if (context.options.contains(QStringLiteral("--server")))
            connection.server = QUrl(context.options.value(QStringLiteral("--server")));
        if (context.options.contains(QStringLiteral("--token")))
            connection.token = context.options.value(QStringLiteral("--token"));
        if (context.options.contains(QStringLiteral("--token-file"))) {
            QFile file(context.options.value(QStringLiteral("--token-file")));
            if (!file.open(QIODevice::ReadOnly))
                return context.usageError(tr("%1: %2").arg(file.fileName(), file.errorString()));
            connection.token = QString::fromUtf8(file.readAll()).trimmed();
        }
        if (connection.server.isEmpty() || !connection.server.isValid()
            || (connection.server.scheme() != QLatin1String("http") && connection.server.scheme() != QLatin1String("https")))
            return context.usageError(tr("sync: give the server as --server http(s)://HOST:PORT (or save it in the desk's Settings)"));
        if (connection.token.isEmpty())
            return context.usageError(tr("sync: give the desk token with --token or --token-file (or save it in the desk's Settings)"));

        SyncOptions options;
        options.server = connection.server;
        options.token = connection.token;
        SyncEngine engine(*database, options);
        const SyncReport report = engine.syncOnce();

        QTextStream &out = context.out();
        out << tr("sent %1 commands: %2 applied, %3 rejected").arg(report.sent).arg(report.applied).arg(report.rejected.size())
            << '\n';
        for (const RejectedCommand &command : report.rejected)
            out << "  " << describe(command) << '\n';
        out << tr("received %1 changes in %2 pages").arg(report.received).arg(report.pages) << '\n';
        if (report.resynced)
            out << tr("the server's store was restored: everything was downloaded again") << '\n';
        if (!report.reloaded.isEmpty())
            out << tr("partitions downloaded again: %1").arg(report.reloaded.join(QStringLiteral(", "))) << '\n';
        out.flush();
        if (!report.error.ok()) {
            context.err() << tr("sync failed: %1: %2 (%3)").arg(report.error.code(), report.error.message(), report.error.detail)
                          << Qt::endl;
            return ExitCode::Failed;
        }
        const Expected<SyncSummary> summary = engine.store().summary();
        if (summary && summary->waiting > 0) {
            context.err() << tr("sync incomplete: %1 commands still waiting").arg(summary->waiting) << Qt::endl;
            return ExitCode::Failed;
        }
        return report.rejected.isEmpty() ? ExitCode::Ok : ExitCode::No;
    }

    static int status(CliContext &context, const QStringList &)
    {
        const Expected<std::shared_ptr<Database>> database = openExisting(context, false);
        if (!database)
            return context.fail(database.error(), ExitCode::NoAnswer);
        SyncStore store((*database)->connection());
        const Expected<SyncSummary> summary = store.summary();
        if (!summary)
            return context.fail(summary.error(), ExitCode::Failed);
        const Expected<SyncConnection> connection = SyncSettings::load(*database);
        QTextStream &out = context.out();
        // The one saved in Settings, else the one last synced with (a sync given --server).
        const QString server = connection && !connection->server.isEmpty() ? connection->server.toString() : summary->server;
        out << tr("server: %1").arg(server.isEmpty() ? tr("not set") : server) << '\n';
        out << tr("cursor: %1").arg(summary->cursor.epoch.isEmpty() ? tr("nothing downloaded yet") : summary->cursor.text())
            << '\n';
        out << tr("rows from the server: %1").arg(summary->rows) << '\n';
        out << tr("commands: %1 written, %2 waiting, %3 applied, %4 rejected")
                   .arg(summary->outboxHead)
                   .arg(summary->waiting)
                   .arg(summary->applied)
                   .arg(summary->rejected)
            << '\n';
        out << tr("last successful sync: %1").arg(when(summary->lastSuccess)) << '\n';
        out << tr("last error: %1").arg(summary->lastError.isEmpty() ? tr("none") : summary->lastError) << '\n';
        if (!summary->stalePartitions.isEmpty())
            out << tr("partitions to download again: %1").arg(summary->stalePartitions.join(QStringLiteral(", "))) << '\n';
        if (const Expected<QList<RejectedCommand>> rejected = store.rejected(); rejected)
            for (const RejectedCommand &command : *rejected)
                out << "  " << describe(command) << '\n';
        out.flush();
        return ExitCode::Ok;
    }
};

} // namespace

QList<CliCommand> syncCommands()
{
    return {
        {{QStringLiteral("sync"), QStringLiteral("status")},
         "",
         QT_TRANSLATE_NOOP("Cli", "show where the store stands with the queue server"),
         QT_TRANSLATE_NOOP("Cli",
                           "Prints the server last synced with, the cursor (EPOCH:SEQ), the rows received,\n"
                           "the commands written, waiting, applied and rejected (each rejected one with\n"
                           "its reason), the last successful sync and the last error. Reads only; exit\n"
                           "code 3 when there is no store."),
         0, 0, &SyncCommand::status},
        {{QStringLiteral("sync")},
         "[--server URL] [--token TOKEN | --token-file FILE]",
         QT_TRANSLATE_NOOP("Cli", "send the waiting commands to the queue server and receive its changes"),
         QT_TRANSLATE_NOOP("Cli",
                           "One full sync of the store of --store with the queue server (docs/api.md):\n"
                           "every waiting command is sent in order, then every change the desk may see\n"
                           "is received, page by page, each page with its cursor in one transaction.\n"
                           "Without --server or --token the ones saved in the desk's Settings are used.\n"
                           "Prints what was sent, what was rejected and why, and what was received.\n"
                           "Exit code 0 when everything was sent and received, 1 when the server\n"
                           "rejected a command (see sync status), 2 for a usage error, 4 when the sync\n"
                           "could not finish (no route, TLS, token, versions, store): the reason is\n"
                           "printed on one line."),
         0, 0, &SyncCommand::sync,
         {QStringLiteral("--server"), QStringLiteral("--token"), QStringLiteral("--token-file")}},
    };
}
