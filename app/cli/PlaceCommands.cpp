// qabyldau-cli places list, print bulletin: this kindergarten's free places and the daily
// bulletins of freed and withdrawn places (RULES 2.4, 2.9, 4.1).
#include "Commands.h"

#include "BulletinDocument.h"
#include "domain/Clock.h"
#include "store/ApplicationJson.h"
#include "store/Database.h"
#include "store/KindergartenProfileStore.h"
#include "store/PlaceJson.h"
#include "store/PlaceStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    // The region's bulletin as `qabyldau-server bulletin --json` writes it: {"date", "kind",
    // "org_id", "kindergartens": [{id, name_kk, name_ru, bin}], "places": [place records]}.
    // Nothing is taken on trust: every place is read as a desk reads a place (PlaceJson).
    static std::optional<BulletinDocumentData> serverBulletin(const QString &path, const QDateTime &now, QString *problem)
    {
        constexpr qint64 maxBytes = 64 * 1024 * 1024;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *problem = file.errorString();
            return std::nullopt;
        }
        if (file.size() > maxBytes) {
            *problem = tr("larger than 64 MB");
            return std::nullopt;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.read(maxBytes + 1), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            *problem = parseError.error != QJsonParseError::NoError
                ? tr("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset)
                : tr("not a JSON object");
            return std::nullopt;
        }
        const QJsonObject object = document.object();
        BulletinDocumentData data;
        data.region = true;
        data.printedAt = now;
        const std::optional<BulletinKind> kind = PlaceStore::bulletinKindFromCode(object.value(QStringLiteral("kind")).toString());
        data.day = QDate::fromString(object.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (!kind || !data.day.isValid()) {
            *problem = tr("no \"kind\" (freed or withdrawn) or no \"date\" (YYYY-MM-DD)");
            return std::nullopt;
        }
        data.kind = *kind;
        data.regionKindergartenId = object.value(QStringLiteral("org_id")).toString();
        for (const QJsonValue &value : object.value(QStringLiteral("kindergartens")).toArray()) {
            const QJsonObject kindergarten = value.toObject();
            data.kindergartens.insert(kindergarten.value(QStringLiteral("id")).toString(),
                                      BulletinKindergarten{kindergarten.value(QStringLiteral("name_kk")).toString(),
                                                           kindergarten.value(QStringLiteral("name_ru")).toString(),
                                                           kindergarten.value(QStringLiteral("bin")).toString()});
        }
        const QJsonValue places = object.value(QStringLiteral("places"));
        if (!places.isArray()) {
            *problem = tr("no \"places\" list");
            return std::nullopt;
        }
        int index = 0;
        for (const QJsonValue &value : places.toArray()) {
            ++index;
            const Expected<Place> place = PlaceJson::fromJson(value.toObject());
            if (!place) {
                *problem = tr("place %1: %2").arg(index).arg(place.error().message());
                return std::nullopt;
            }
            BulletinEntry entry;
            entry.place = *place;
            entry.at = data.kind == BulletinKind::Freed ? place->publishedAt : place->withdrawnAt;
            if (!entry.at.isValid()) {
                *problem = tr("place %1: no time of publication or withdrawal").arg(index);
                return std::nullopt;
            }
            data.entries.append(entry);
        }
        // RULES 11: the server kept the code of the list it wrote; a file whose places were
        // changed since would print a code the server cannot confirm.
        if (const QString code = object.value(QStringLiteral("verification_code")).toString();
            !code.isEmpty() && code != BulletinDocument::verificationCode(data)) {
            *problem = tr("its places are not the ones the server listed (the verification code does not match)");
            return std::nullopt;
        }
        return data;
    }

    // print bulletin --date DATE --kind freed|withdrawn --lang kk|ru --out FILE.pdf
    // print bulletin --from FILE --lang kk|ru --out FILE.pdf (the region's, from the server)
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
        if (context.options.contains(QStringLiteral("--from"))) {
            if (context.options.contains(QStringLiteral("--kind")) || context.options.contains(QStringLiteral("--date")))
                return context.usageError(tr("%1: --from takes the kind and the day from the file: leave out --kind and --date").arg(command));
            const QString from = context.options.value(QStringLiteral("--from"));
            QString problem;
            const std::optional<BulletinDocumentData> data = serverBulletin(from, SystemClock().now(), &problem);
            if (!data) {
                context.err() << tr("%1: %2 is not a bulletin the queue server wrote (qabyldau-server bulletin --json): %3")
                                     .arg(command, from, problem)
                              << Qt::endl;
                return ExitCode::NoAnswer;
            }
            const Status written = BulletinDocument::writePdf(*data, *language, out);
            if (!written) {
                context.err() << tr("%1: cannot write %2: %3").arg(command, out, written.error().detail) << Qt::endl;
                return ExitCode::Failed;
            }
            return ExitCode::Ok;
        }
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
        // RULES 11: the code goes to the queue server with the next sync, which then confirms it.
        if (const Status recorded = PrintedDocuments::record(database, BulletinDocument::printed(*data),
                                                             QStringLiteral("qabyldau-cli"), SystemClock().now());
            !recorded)
            return context.fail(recorded.error(), ExitCode::Failed);
        return ExitCode::Ok;
    }

};

} // namespace

QList<CliCommand> placeCommands()
{
    return {
        {{QStringLiteral("print"), QStringLiteral("bulletin")},
         "--kind freed|withdrawn [--date DATE] | --from FILE.json, --lang kk|ru --out FILE.pdf",
         QT_TRANSLATE_NOOP("Cli", "write the day's bulletin of freed or withdrawn places as a PDF"),
         QT_TRANSLATE_NOOP("Cli",
                           "Writes the bulletin of freed places (--kind freed: the places published on\n"
                           "DATE) or of withdrawn places (--kind withdrawn) of this kindergarten, in time\n"
                           "order, from the store (--store) to the PDF file FILE, in Kazakh (--lang kk) or\n"
                           "Russian (--lang ru). DATE defaults to today. A place the queue server has not\n"
                           "confirmed yet is marked, with the desk's time. An existing FILE is replaced.\n"
                           "With --from FILE.json instead of --kind and --date: the region's bulletin as\n"
                           "the queue server lists it (qabyldau-server bulletin --json), each place with\n"
                           "its kindergarten; no store is needed.\n"
                           "Exit code 0 when written; 2 without a document language, --kind or --out, or\n"
                           "for a DATE that is not YYYY-MM-DD; 3 when there is no store, or the --from\n"
                           "file cannot be read or is not the server's bulletin; 4 when FILE cannot be\n"
                           "written."),
         0, 0, &PlaceCommand::bulletin, {QStringLiteral("--kind"), QStringLiteral("--date"), QStringLiteral("--out"), QStringLiteral("--from")}},
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
