// qabyldau-cli places list, print bulletin: this kindergarten's free places and the daily
// bulletins of freed and withdrawn places (RULES 2.4, 2.9, 4.1).
#include "Commands.h"

#include "BulletinDocument.h"
#include "domain/Clock.h"
#include "store/ApplicationJson.h"
#include "store/Database.h"
#include "store/KindergartenProfileStore.h"
#include "store/PlaceStore.h"

#include <QFileInfo>
#include <QGuiApplication>

namespace {

class PlaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    // places list [--status CODE]
    static int list(CliContext &context, const QStringList &)
    {
        QList<PlaceStatus> statuses;
        if (context.options.contains(QStringLiteral("--status"))) {
            const QString code = context.options.value(QStringLiteral("--status"));
            const std::optional<PlaceStatus> status = Places::statusFromCode(code);
            if (!status)
                return context.usageError(
                    tr("places list: unknown status \"%1\"; use open, directed, filled or withdrawn").arg(code));
            statuses << *status;
        }
        std::shared_ptr<Database> database;
        if (const int failed = context.openExistingStore(QStringLiteral("places list"), database))
            return failed;
        const Expected<QList<StoredPlace>> places = PlaceStore(database).list(statuses);
        if (!places)
            return context.fail(places.error(), ExitCode::NoAnswer);
        QTextStream &out = context.out();
        for (const StoredPlace &stored : *places) {
            const Place &p = stored.place;
            out << QStringList{p.id,
                               Places::statusCode(p.status),
                               p.birthFrom.toString(Qt::ISODate),
                               p.birthTo.toString(Qt::ISODate),
                               ApplicationJson::languageCode(p.language),
                               Directions::admissionModeCode(p.admissionMode),
                               p.admissionStartsOn.toString(Qt::ISODate),
                               p.directionNumber.isEmpty() ? QStringLiteral("-") : p.directionNumber,
                               stored.provisional ? QStringLiteral("unconfirmed") : QStringLiteral("confirmed"),
                               p.groupName}
                       .join(u'\t')
                << Qt::endl;
        }
        return ExitCode::Ok;
    }

    // print bulletin --date DATE --kind freed|withdrawn --lang kk|ru --out FILE.pdf
    static int bulletin(CliContext &context, const QStringList &)
    {
        const QString command = QStringLiteral("print bulletin");
        // cli_main.cpp starts a QGuiApplication for "print": fonts and text layout need one.
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            context.err() << tr("%1: cannot lay out documents in this process").arg(command) << Qt::endl;
            return ExitCode::Failed;
        }
        const std::optional<DocumentLanguage> language = DocumentLanguages::fromCode(context.language);
        if (!language)
            return context.usageError(tr("%1: choose the document's language with --lang kk or --lang ru").arg(command));
        const QString out = context.options.value(QStringLiteral("--out"));
        if (out.isEmpty())
            return context.usageError(tr("%1: the option --out FILE is required").arg(command));
        const std::optional<BulletinKind> kind =
            PlaceStore::bulletinKindFromCode(context.options.value(QStringLiteral("--kind")));
        if (!kind)
            return context.usageError(tr("%1: choose the bulletin with --kind freed or --kind withdrawn").arg(command));
        QDate day = SystemClock().today();
        if (context.options.contains(QStringLiteral("--date"))) {
            const Expected<QDate> date = CliContext::parseDate(context.options.value(QStringLiteral("--date")));
            if (!date)
                return context.fail(date.error(), ExitCode::Usage);
            day = *date;
        }
        std::shared_ptr<Database> database;
        if (const int failed = context.openExistingStore(command, database))
            return failed;
        const KindergartenProfileStore profiles(database);
        const Expected<BulletinDocumentData> data =
            BulletinDocument::build(*kind, day, database, profiles.load(), SystemClock().now());
        if (!data)
            return context.fail(data.error(), ExitCode::NoAnswer);
        const QString folder = profiles.templatesFolder();
        const Status written = BulletinDocument::writePdf(*data, *language, out,
                                                          folder.isEmpty() ? QStringList() : QStringList{folder});
        if (!written) {
            context.err() << tr("%1: cannot write %2: %3").arg(command, out, written.error().detail) << Qt::endl;
            return ExitCode::Failed;
        }
        return ExitCode::Ok;
    }

};

} // namespace

QList<CliCommand> placeCommands()
{
    return {
        {{QStringLiteral("print"), QStringLiteral("bulletin")},
         "--kind freed|withdrawn [--date DATE] --lang kk|ru --out FILE.pdf",
         QT_TRANSLATE_NOOP("Cli", "write the day's bulletin of freed or withdrawn places as a PDF"),
         QT_TRANSLATE_NOOP("Cli",
                           "Writes the bulletin of freed places (--kind freed: the places published on\n"
                           "DATE) or of withdrawn places (--kind withdrawn) of this kindergarten, in time\n"
                           "order, from the store (--store) to the PDF file FILE, in Kazakh (--lang kk) or\n"
                           "Russian (--lang ru). DATE defaults to today. A place the queue server has not\n"
                           "confirmed yet is marked, with the desk's time. An existing FILE is replaced.\n"
                           "Exit code 0 when written; 2 without a document language, --kind or --out, or\n"
                           "for a DATE that is not YYYY-MM-DD; 3 when there is no store; 4 when FILE\n"
                           "cannot be written."),
         0, 0, &PlaceCommand::bulletin, {QStringLiteral("--kind"), QStringLiteral("--date"), QStringLiteral("--out")}},
        {{QStringLiteral("places"), QStringLiteral("list")},
         "[--status open|directed|filled|withdrawn]",
         QT_TRANSLATE_NOOP("Cli", "list this kindergarten's free places in the store"),
         QT_TRANSLATE_NOOP("Cli",
                           "Prints the places of the store (--store), newest first, one a line, the fields\n"
                           "separated by tabs: id, status, born from, born to, language, admission mode,\n"
                           "admission start, direction (- when none), confirmed or unconfirmed (a change\n"
                           "made at the desk the queue server has not sent back yet), group. --status\n"
                           "shows only the places with that status. Exit code 0; 2 for an unknown status;\n"
                           "3 when there is no store."),
         0, 0, &PlaceCommand::list, {QStringLiteral("--status")}},
    };
}
