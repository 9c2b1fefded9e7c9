#include "ServerCli.h"

#include "SyntheticRegion.h"
#include "api/ApiHandler.h"
#include "api/ChangeWaiters.h"
#include "api/DbPool.h"
#include "api/DistributionWorker.h"
#include "domain/Bin.h"
#include "notify/Notifications.h"
#include "notify/Sender.h"
#include "http/HttpServer.h"
#include "store/ApplicationJson.h"
#include "store/JsonStream.h"
#include "store/RegionAdmin.h"
#include "store/ServerCalendar.h"
#include "store/ServerJournal.h"
#include "store/ServerSchema.h"
#include "store/StoreBackup.h"
#include "store/DirectionStore.h"
#include "store/PlaceJson.h"
#include "store/RegionPlaces.h"
#include "sync/Deadlines.h"
#include "sync/Distributor.h"
#include "sync/Explain.h"
#include "sync/DirectionCommands.h"
#include "sync/DocumentCommands.h"
#include "sync/PlaceCommands.h"
#include "sync/QueueCommands.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <memory>
#include <optional>
#include <thread>

namespace {

const QStringList valueOptions = {
    QStringLiteral("--notify-config"), QStringLiteral("--application"), QStringLiteral("--state"),
    QStringLiteral("--db"), QStringLiteral("--name-kk"), QStringLiteral("--name-ru"), QStringLiteral("--bin"),
    QStringLiteral("--org"), QStringLiteral("--label"), QStringLiteral("--listen"), QStringLiteral("--tls-cert"),
    QStringLiteral("--tls-key"), QStringLiteral("--db-threads"), QStringLiteral("--io-threads"),
    QStringLiteral("--max-connections"), QStringLiteral("--orgs"), QStringLiteral("--desks-per-org"),
    QStringLiteral("--applications"), QStringLiteral("--tokens-file"), QStringLiteral("--seed"), QStringLiteral("--on"),
    QStringLiteral("--status"), QStringLiteral("--date"), QStringLiteral("--kind"), QStringLiteral("--direction"),
    QStringLiteral("--child"), QStringLiteral("--compress-min-bytes"),
};

// Options that take no value.
const QStringList flagOptions = {QStringLiteral("--json"), QStringLiteral("--dry-run"), QStringLiteral("--registered")};

const char *usageText =
    "Usage: qabyldau-server [--db URL] COMMAND ...\n"
    "The queue management server of a region (docs/server.md).\n"
    "\n"
    "  --db URL   sqlite:PATH (default sqlite:qabyldau-server.sqlite, or $QABYLDAU_SERVER_DB)\n"
    "             or postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE\n"
    "\n"
    "Commands:\n"
    "  init                                  create or migrate the store\n"
    "  org add --name-kk N --name-ru N --bin BIN   add a kindergarten, print its id\n"
    "  org list                              id, BIN and names, tab-separated\n"
    "  desk add --org ID [--label L]         add a desk, print its token (shown once)\n"
    "  desk list                             id, kindergarten, label, state, last desk_seq\n"
    "  desk revoke ID                        the desk's token stops working at once\n"
    "  applications import FILE              a region's queue from the old system (JSON array)\n"
    "  directions import FILE                directions (desk CLI format) until distribution exists\n"
    "  places import FILE                    free places (JSON array, docs/server.md)\n"
    "  places list [--org ID] [--status S]   id, kindergarten, status, published, group, tab-separated\n"
    "  bulletin --date YYYY-MM-DD --kind freed|withdrawn [--org ID] [--json]\n"
    "                                        the day's bulletin of freed or withdrawn places\n"
    "  journal verify                        walk the hash chain; name the first broken entry\n"
    "  epoch renew                           after restoring a backup: every desk downloads again\n"
    "  backup FILE                           a checked copy of a SQLite store, also while it is served\n"
    "  restore FILE                          put a backup in place of a SQLite store (serve stopped)\n"
    "  calendar import FILE                  a year of the working-day calendar (docs/calendar-format.md)\n"
    "  calendar list                         the years known: built-in or imported\n"
    "  deadlines run [--on YYYY-MM-DD] [--json]   expire directions, end stop lists (serve does it each minute)\n"
    "  distribute [--dry-run]                give the open places to the queue (serve does it by itself)\n"
    "  explain --direction N | --child IIN   why a direction went where it went; why a child got none\n"
    "  demo [--orgs N] [--desks-per-org N] [--applications N] [--registered] --tokens-file F\n"
    "                                        fill a demo region; desk tokens go to F\n"
    "  serve [--listen HOST:PORT] [--tls-cert F --tls-key F] [--db-threads N] [--io-threads N]\n"
    "        [--max-connections N] [--compress-min-bytes N] [--notify-config FILE]\n"
    "                                        serve the sync API (default 127.0.0.1:8080); with\n"
    "                                        --notify-config also send the parents' e-mail and SMS\n"
    "  notifications list [--application ID] [--state pending|sent|failed]\n"
    "                                        the outbox to parents, tab-separated\n";

} // namespace

QString ServerCli::option(const QString &name, const QString &fallback) const
{
    return m_options.value(name, fallback);
}

bool ServerCli::flag(const QString &name) const
{
    return m_flags.contains(name);
}

int ServerCli::fail(const QString &line, int exitCode)
{
    m_err << "qabyldau-server: " << QString(line).replace(u'\n', u' ') << '\n'; // one line, whatever the message
    m_err.flush();
    return exitCode;
}

int ServerCli::usage(int exitCode)
{
    (exitCode == 0 ? m_out : m_err) << usageText;
    return exitCode;
}

namespace {

ServerResult<std::unique_ptr<ServerDb>> openStore(const QString &urlText, bool servable)
{
    ServerResult<StoreUrl> url = StoreUrl::parse(urlText);
    if (!url)
        return url.error();
    // Only init and demo (not servable yet) may create a SQLite store's file.
    ServerResult<std::unique_ptr<ServerDb>> db = ServerDb::connect(url.value(), QStringLiteral("cli"),
                                                                   servable ? ServerDb::Missing::Refuse : ServerDb::Missing::Create);
    if (!db || !servable)
        return db;
    if (ServerStatus ok = ServerSchema::checkServable(*db.value()); !ok)
        return ok.error();
    return db;
}

QString line(const ServerError &error)
{
    return error.code + QStringLiteral(": ") + error.message;
}

} // namespace

int ServerCli::run(QStringList arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QStringLiteral("--help") || argument == QStringLiteral("-h"))
            return usage(0);
        if (argument == QStringLiteral("--version")) {
            m_out << "qabyldau-server " << QCoreApplication::applicationVersion() << '\n';
            return 0;
        }
        if (argument.startsWith(QStringLiteral("--"))) {
            const qsizetype equals = argument.indexOf(u'=');
            const QString name = equals > 0 ? argument.left(equals) : argument;
            if (equals < 0 && flagOptions.contains(name)) {
                m_flags.append(name);
                continue;
            }
            if (!valueOptions.contains(name))
                return fail(QStringLiteral("unknown option %1 (see --help)").arg(name), 2);
            if (equals > 0) {
                m_options.insert(name, argument.mid(equals + 1));
            } else {
                if (i + 1 >= arguments.size())
                    return fail(QStringLiteral("%1 needs a value").arg(name), 2);
                m_options.insert(name, arguments.at(++i));
            }
            continue;
        }
        m_positional.append(argument);
    }
    if (m_positional.isEmpty())
        return usage(2);
    if (!m_options.contains(QStringLiteral("--db")))
        m_options.insert(QStringLiteral("--db"), qEnvironmentVariable("QABYLDAU_SERVER_DB", QStringLiteral("sqlite:qabyldau-server.sqlite")));

    const QString command = m_positional.takeFirst();
    if (command == QStringLiteral("init"))
        return init();
    if (command == QStringLiteral("org"))
        return org(m_positional);
    if (command == QStringLiteral("desk"))
        return desk(m_positional);
    if (command == QStringLiteral("applications"))
        return applications(m_positional);
    if (command == QStringLiteral("directions"))
        return directions(m_positional);
    if (command == QStringLiteral("places"))
        return places(m_positional);
    if (command == QStringLiteral("bulletin"))
        return bulletin(m_positional);
    if (command == QStringLiteral("journal"))
        return journal(m_positional);
    if (command == QStringLiteral("epoch"))
        return epoch(m_positional);
    if (command == QStringLiteral("backup"))
        return backup(m_positional);
    if (command == QStringLiteral("restore"))
        return restore(m_positional);
    if (command == QStringLiteral("calendar"))
        return calendar(m_positional);
    if (command == QStringLiteral("deadlines"))
        return deadlines(m_positional);
    if (command == QStringLiteral("distribute"))
        return distribute(m_positional);
    if (command == QStringLiteral("explain"))
        return explain(m_positional);
    if (command == QStringLiteral("demo"))
        return demo();
    if (command == QStringLiteral("serve"))
        return serve();
    if (command == QStringLiteral("notifications"))
        return notifications(m_positional);
    return fail(QStringLiteral("unknown command '%1' (see --help)").arg(command), 2);
}

int ServerCli::init()
{
    ServerResult<std::unique_ptr<ServerDb>> db = openStore(option(QStringLiteral("--db")), false);
    if (!db)
        return fail(line(db.error()));
    if (ServerStatus migrated = ServerSchema::migrate(*db.value()); !migrated)
        return fail(line(migrated.error()));
    m_out << "store " << db.value()->url().display() << " at schema " << ServerSchema::currentVersion() << '\n';
    return 0;
}

int ServerCli::org(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action != QStringLiteral("add") && action != QStringLiteral("list"))
        return fail(QStringLiteral("org takes add or list"), 2);
    ServerResult<std::unique_ptr<ServerDb>> db = openStore(option(QStringLiteral("--db")), true);
    if (!db)
        return fail(line(db.error()));
    if (action == QStringLiteral("add")) {
        ServerResult<Org> added = RegionAdmin::addOrg(*db.value(), option(QStringLiteral("--name-kk")), option(QStringLiteral("--name-ru")),
                                                      option(QStringLiteral("--bin")), QDateTime::currentDateTimeUtc());
        if (!added)
            return fail(line(added.error()));
        m_out << added->id << '\n';
        return 0;
    }
    ServerResult<QList<Org>> orgs = RegionAdmin::listOrgs(*db.value());
    if (!orgs)
        return fail(line(orgs.error()));
    for (const Org &org : orgs.value())
        m_out << org.id << '\t' << org.bin << '\t' << org.nameKk << '\t' << org.nameRu << '\n';
    return 0;
}

int ServerCli::desk(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action != QStringLiteral("add") && action != QStringLiteral("list") && action != QStringLiteral("revoke"))
        return fail(QStringLiteral("desk takes add, list or revoke"), 2);
    ServerResult<std::unique_ptr<ServerDb>> db = openStore(option(QStringLiteral("--db")), true);
    if (!db)
        return fail(line(db.error()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (action == QStringLiteral("add")) {
        if (option(QStringLiteral("--org")).isEmpty())
            return fail(QStringLiteral("desk add needs --org ID (see `org list`)"), 2);
        ServerResult<RegionAdmin::NewDesk> added = RegionAdmin::addDesk(*db.value(), option(QStringLiteral("--org")),
                                                                        option(QStringLiteral("--label")), now);
        if (!added)
            return fail(line(added.error()));
        m_out << added->token << '\n';
        m_err << "desk " << added->desk.id << " added as desk number "
              << QStringLiteral("%1").arg(added->desk.number, 3, 10, QLatin1Char('0')) << "; the token above is shown once\n";
        return 0;
    }
    if (action == QStringLiteral("revoke")) {
        if (arguments.size() != 2)
            return fail(QStringLiteral("desk revoke takes the desk's id"), 2);
        if (ServerStatus revoked = RegionAdmin::revokeDesk(*db.value(), arguments.at(1), now); !revoked)
            return fail(line(revoked.error()));
        m_out << "revoked " << arguments.at(1) << '\n';
        return 0;
    }
    ServerResult<QList<Desk>> desks = RegionAdmin::listDesks(*db.value());
    if (!desks)
        return fail(line(desks.error()));
    for (const Desk &desk : desks.value())
        m_out << desk.id << '\t' << desk.orgId << '\t' << desk.label << '\t'
              << (desk.revoked ? "revoked" : "live") << '\t' << desk.lastSeq << '\t'
              << QStringLiteral("%1").arg(desk.number, 3, 10, QLatin1Char('0')) << '\n';
    return 0;
}

namespace {

struct ImportCounts
{
    qint64 imported = 0;
    qint64 present = 0;
    qint64 rejected = 0;
};

// Imports applications in transactions of up to 1,000, each record validated like a registration.
// orgIds, when given, are the registering kindergartens, application i at orgIds[i % size].
ServerResult<ImportCounts> importApplications(ServerDb &db, const QList<Application> &applications, QTextStream &err,
                                              qint64 firstIndex, const QStringList &orgIds = {})
{
    ImportCounts counts;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype start = 0; start < applications.size(); start += 1000) {
        ServerResult<ImportCounts> batch = inWriteTransaction<ImportCounts>(db, [&](ServerDb &store) -> ServerResult<ImportCounts> {
            ImportCounts part;
            for (qsizetype i = start; i < std::min(applications.size(), start + 1000); ++i) {
                ServerResult<CommandEffect> effect = QueueCommands::importApplication(
                    store, applications.at(i), now, orgIds.isEmpty() ? QString() : orgIds.at((firstIndex + i) % orgIds.size()));
                if (!effect)
                    return effect.error();
                if (effect.value().applied) {
                    ++part.imported;
                } else if (effect.value().code == QStringLiteral("duplicate_application_id")) {
                    ++part.present;
                } else {
                    ++part.rejected;
                    err << "record " << (firstIndex + i) << ": " << effect.value().code << ": " << effect.value().message << '\n';
                }
            }
            return part;
        });
        if (!batch)
            return batch.error();
        counts.imported += batch.value().imported;
        counts.present += batch.value().present;
        counts.rejected += batch.value().rejected;
    }
    return counts;
}

// An import file: mapped (a region's queue is hundreds of megabytes), checked to be one JSON
// array, its records found. Empty error when it is.
struct ArrayFile
{
    QFile file;
    QByteArray copy; // when the file cannot be mapped
    QByteArrayView text;
    QList<JsonSpan> records;

    QString open(const QString &path, const QString &what)
    {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        const uchar *mapped = file.map(0, file.size());
        if (!mapped)
            copy = file.readAll();
        text = mapped ? QByteArrayView(reinterpret_cast<const char *>(mapped), file.size()) : QByteArrayView(copy);
        if (const std::optional<JsonError> error = JsonReader::splitArray(text, records))
            return QStringLiteral("%1 is not a JSON array of %2: %3 at byte %4").arg(path, what, error->reason).arg(error->offset);
        return {};
    }
    QByteArray record(qsizetype i) const
    {
        return text.sliced(records.at(i).offset, records.at(i).length).toByteArray();
    }
};

} // namespace

int ServerCli::applications(const QStringList &arguments)
{
    if (arguments.value(0) != QStringLiteral("import") || arguments.size() != 2)
        return fail(QStringLiteral("usage: applications import FILE"), 2);
    ArrayFile input;
    if (const QString error = input.open(arguments.at(1), QStringLiteral("applications")); !error.isEmpty())
        return fail(error);
    ServerResult<std::unique_ptr<ServerDb>> db = openStore(option(QStringLiteral("--db")), true);
    if (!db)
        return fail(line(db.error()));
    ImportCounts total;
    qint64 unreadable = 0;
    QList<Application> chunk;
    qint64 chunkStart = 0;
    auto flush = [&]() -> bool {
        ServerResult<ImportCounts> counts = importApplications(*db.value(), chunk, m_err, chunkStart);
        if (!counts) {
            fail(line(counts.error()));
            return false;
        }
        total.imported += counts.value().imported;
        total.present += counts.value().present;
        total.rejected += counts.value().rejected;
        chunk.clear();
        return true;
    };
    for (qsizetype i = 0; i < input.records.size(); ++i) {
        if (chunk.isEmpty())
            chunkStart = i;
        QJsonParseError parseError;
        const QJsonDocument record = QJsonDocument::fromJson(input.record(i), &parseError);
        Expected<Application> application = record.isObject() ? ApplicationJson::fromJson(record.object())
                                                              : Expected<Application>(Issue::error(Field::Store, Rule::StoreWriteFailed, parseError.errorString()));
        if (!application) {
            ++unreadable;
            m_err << "record " << i << ": invalid_application: " << application.error().message() << '\n';
            continue;
        }
        chunk.append(std::move(application).value());
        if (chunk.size() == 10000 && !flush())
            return 1;
    }
    if (!chunk.isEmpty() && !flush())
        return 1;
    total.rejected += unreadable;
    m_out << "imported " << total.imported << ", already present " << total.present << ", rejected " << total.rejected << '\n';
    return total.rejected > 0 ? 1 : 0;
}

int ServerCli::directions(const QStringList &arguments)
{
    if (arguments.value(0) != QStringLiteral("import") || arguments.size() != 2)
        return fail(QStringLiteral("usage: directions import FILE"), 2);
    ArrayFile input;
    if (const QString error = input.open(arguments.at(1), QStringLiteral("directions")); !error.isEmpty())
        return fail(error);
    ServerResult<std::unique_ptr<ServerDb>> db = openStore(option(QStringLiteral("--db")), true);
    if (!db)
        return fail(line(db.error()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 imported = 0, present = 0, rejected = 0;
    // One record, one transaction: a direction and its application's new status go together.
    for (qsizetype i = 0; i < input.records.size(); ++i) {
        const QJsonDocument record = QJsonDocument::fromJson(input.record(i));
        Expected<Direction> direction = record.isObject() ? DirectionStore::fromJson(record.object())
                                                          : Expected<Direction>(Issue::error(Field::DirectionsFile, Rule::ImportRecordNotObject));
        if (!direction) {
            ++rejected;
            m_err << "record " << i << ": invalid_direction: " << direction.error().message() << '\n';
            continue;
        }
        ServerResult<CommandEffect> effect = inWriteTransaction<CommandEffect>(*db.value(), [&](ServerDb &store) -> ServerResult<CommandEffect> {
            ServerResult<CommandEffect> done = DirectionCommands::importDirection(store, direction.value(), now);
            if (done && !done.value().applied)
                return ServerError{done.value().code, done.value().message}; // rolls the record back
            return done;
        });
        if (effect) {
            ++imported;
        } else if (effect.error().code == QStringLiteral("duplicate_direction")) {
            ++present;
        } else if (effect.error().code == QStringLiteral("store_unavailable")) {
            return fail(line(effect.error()));
        } else {
            ++rejected;
            m_err << "record " << i << ": " << effect.error().code << ": " << effect.error().message << '\n';
        }
    }
    m_out << "imported " << imported << ", already present " << present << ", rejected " << rejected << '\n';
    return rejected > 0 ? 1 : 0;
}

namespace {

// One place as a line of `places list` and of the text bulletin.
QString placeLine(const Place &place, const QDateTime &at)
{
    return QStringList{at.toLocalTime().toString(Qt::ISODate), place.id, place.kindergartenId, Places::statusCode(place.status),
                       place.groupName, place.birthFrom.toString(Qt::ISODate) + QStringLiteral("..") + place.birthTo.toString(Qt::ISODate),
                       Directions::admissionModeCode(place.admissionMode)}
        .join(u'\t');
}

} // namespace

int ServerCli::places(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == QStringLiteral("import")) {
        if (arguments.size() != 2)
            return fail(QStringLiteral("usage: places import FILE"), 2);
        QFile file(arguments.at(1));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(arguments.at(1), file.errorString()));
        // Read whole before anything is written: a file that is not an array changes nothing.
        Expected<QList<std::variant<Place, Issue>>> records = PlaceJson::readFile(file.readAll());
        if (!records)
            return fail(QStringLiteral("invalid_file: %1: %2").arg(arguments.at(1), records.error().message()));
        ServerResult<std::unique_ptr<ServerDb>> db = openStore(option(QStringLiteral("--db")), true);
        if (!db)
            return fail(line(db.error()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        qint64 imported = 0, present = 0, rejected = 0;
        // One record, one transaction (as `directions import`): the place, its change-log row, its journal entry.
        for (qsizetype i = 0; i < records.value().size(); ++i) {
            const auto &record = records.value().at(i);
            if (const Issue *issue = std::get_if<Issue>(&record)) {
                ++rejected;
                m_err << "record " << (i + 1) << ": invalid_place: " << issue->message() << '\n';
                continue;
            }
            ServerResult<CommandEffect> effect = inWriteTransaction<CommandEffect>(*db.value(), [&](ServerDb &store) -> ServerResult<CommandEffect> {
                ServerResult<CommandEffect> done = PlaceCommands::importPlace(store, std::get<Place>(record), now);
                if (done && !done.value().applied)
                    return ServerError{done.value().code, done.value().message}; // rolls the record back
                return done;
            });
            if (effect) {
                ++imported;
            } else if (effect.error().code == QStringLiteral("duplicate_place")) {
                ++present;
            } else if (effect.error().code == QStringLiteral("store_unavailable")) {
                return fail(line(effect.error()));
            } else {
                ++rejected;
                m_err << "record " << (i + 1) << ": " << effect.error().code << ": " << effect.error().message << '\n';
            }
        }
        m_out << "imported " << imported << ", already present " << present << ", rejected " << rejected << '\n';
        return rejected > 0 ? 1 : 0;
    }
    if (action == QStringLiteral("list")) {
        if (arguments.size() != 1)
            return fail(QStringLiteral("usage: places list [--org ID] [--status open|directed|filled|withdrawn]"), 2);
        std::optional<PlaceStatus> status;
        if (const QString code = option(QStringLiteral("--status")); !code.isEmpty()) {
            status = Places::statusFromCode(code);
            if (!status)
                return fail(QStringLiteral("--status is one of open, directed, filled, withdrawn, not '%1'").arg(code), 2);
        }
        ServerResult<std::unique_ptr<ServerDb>> db = openStore(option(QStringLiteral("--db")), true);
        if (!db)
            return fail(line(db.error()));
        ServerResult<QList<Place>> places = RegionPlaces::list(*db.value(), option(QStringLiteral("--org")), status);
        if (!places)
            return fail(line(places.error()));
        for (const Place &place : places.value())
            m_out << placeLine(place, place.publishedAt) << '\n';
        return 0;
    }
    return fail(QStringLiteral("places takes import or list"), 2);
}

int ServerCli::bulletin(const QStringList &arguments)
{
    const QDate day = QDate::fromString(option(QStringLiteral("--date")), Qt::ISODate);
    const QString kindCode = option(QStringLiteral("--kind"));
    if (!arguments.isEmpty() || !day.isValid()
        || (kindCode != QStringLiteral("freed") && kindCode != QStringLiteral("withdrawn")))
        return fail(QStringLiteral("usage: bulletin --date YYYY-MM-DD --kind freed|withdrawn [--org ID] [--json]"), 2);
    const RegionPlaces::BulletinKind kind = kindCode == QStringLiteral("freed") ? RegionPlaces::BulletinKind::Freed
                                                                            : RegionPlaces::BulletinKind::Withdrawn;
    ServerResult<std::unique_ptr<ServerDb>> db = openStore(option(QStringLiteral("--db")), true);
    if (!db)
        return fail(line(db.error()));
    ServerResult<QList<Place>> places = RegionPlaces::bulletin(*db.value(), day, kind, option(QStringLiteral("--org")));
    if (!places)
        return fail(line(places.error()));
    if (flag(QStringLiteral("--json"))) {
        const QString orgId = option(QStringLiteral("--org"));
        QJsonArray list;
        QSet<QString> listedOrgs;
        QStringList ids;
        for (const Place &place : places.value()) {
            list.append(PlaceJson::toJson(place));
            listedOrgs.insert(place.kindergartenId);
            ids.append(place.id);
        }
        // The kindergartens the places belong to, by name, so that `qabyldau-cli print bulletin
        // --from FILE` can print the region's bulletin without a store of its own.
        ServerResult<QList<Org>> orgs = RegionAdmin::listOrgs(*db.value());
        if (!orgs)
            return fail(line(orgs.error()));
        if (!orgId.isEmpty()
            && std::none_of(orgs.value().cbegin(), orgs.value().cend(), [&](const Org &org) { return org.id == orgId; }))
            return fail(QStringLiteral("unknown_org: no kindergarten %1 in this region").arg(orgId));
        // RULES 11: the code the printed bulletin will carry (the desk's console tool computes the
        // same from the file), kept so that GET /api/v1/verify/CODE confirms the paper.
        PrintedDocument printed;
        printed.document = PrintedDocuments::bulletin(kindCode);
        printed.number = kindCode + u'/' + day.toString(Qt::ISODate);
        printed.date = day;
        printed.verificationCode = PrintedDocuments::bulletinCode(kindCode, day, orgId, ids);
        printed.records = int(ids.size());
        ServerResult<bool> kept = inWriteTransaction<bool>(*db.value(), [&](ServerDb &store) {
            return DocumentCommands::keep(store, printed, orgId, QString(), QStringLiteral("qabyldau-server"), QString(),
                                          QDateTime::currentDateTimeUtc());
        });
        if (!kept)
            return fail(line(kept.error()));
        QJsonArray kindergartens;
        for (const Org &org : orgs.value()) {
            if (listedOrgs.contains(org.id))
                kindergartens.append(QJsonObject{{QStringLiteral("id"), org.id},
                                                 {QStringLiteral("name_kk"), org.nameKk},
                                                 {QStringLiteral("name_ru"), org.nameRu},
                                                 {QStringLiteral("bin"), org.bin}});
        }
        const QJsonObject document{{QStringLiteral("date"), day.toString(Qt::ISODate)},
                                   {QStringLiteral("kind"), kindCode},
                                   {QStringLiteral("org_id"), orgId},
                                   {QStringLiteral("kindergartens"), kindergartens},
                                   {QStringLiteral("places"), list},
                                   {QStringLiteral("verification_code"), printed.verificationCode}};
        m_out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const Place &place : places.value())
        m_out << placeLine(place, kind == RegionPlaces::BulletinKind::Freed ? place.publishedAt : place.withdrawnAt) << '\n';
    return 0;
}

int ServerCli::journal(const QStringList &arguments)
{
    if (arguments.value(0) != QStringLiteral("verify"))
        return fail(QStringLiteral("usage: journal verify"), 2);
    ServerResult<std::unique_ptr<ServerDb>> db = openStore(option(QStringLiteral("--db")), true);
    if (!db)
        return fail(line(db.error()));
    ServerResult<ServerJournal::Verification> verified = ServerJournal::verify(*db.value());
    if (!verified)
        return fail(line(verified.error()));
    if (verified->firstBrokenSeq != 0)
        return fail(QStringLiteral("journal entry %1 does not match: %2").arg(verified->firstBrokenSeq).arg(verified->fault));
    m_out << "the journal is intact (" << verified->entries << " entries)\n";
    return 0;
}

// After a backup is restored, the change log is behind what desks have seen: a new epoch makes
// every desk's cursor fail with 409 cursor_epoch_changed, so each downloads everything again and
// resends what the restore lost (docs/api.md).
int ServerCli::epoch(const QStringList &arguments)
{
    if (arguments.value(0) != QStringLiteral("renew") || arguments.size() != 1)
        return fail(QStringLiteral("usage: epoch renew"), 2);
    ServerResult<std::unique_ptr<ServerDb>> db = openStore(option(QStringLiteral("--db")), true);
    if (!db)
        return fail(line(db.error()));
    const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ServerResult<bool> renewed = inWriteTransaction<bool>(*db.value(), [&](ServerDb &store) -> ServerResult<bool> {
        if (ServerStatus done = ServerSchema::setMetaValue(store, QStringLiteral("epoch"), fresh); !done)
            return done.error();
        return true;
    });
    if (!renewed)
        return fail(line(renewed.error()));
    m_out << "epoch " << fresh << '\n';
    return 0;
}

int ServerCli::backup(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return fail(QStringLiteral("usage: backup FILE"), 2);
    ServerResult<StoreUrl> url = StoreUrl::parse(option(QStringLiteral("--db")));
    if (!url)
        return fail(line(url.error()));
    ServerResult<StoreBackup::Summary> done = StoreBackup::backup(url.value(), arguments.constFirst());
    if (!done)
        return fail(line(done.error()));
    m_out << "backed up " << url->display() << " to " << arguments.constFirst() << " (schema " << done->schema
          << ", " << done->applications << " applications, journal entries: " << done->journalEntries << ")\n";
    return 0;
}

int ServerCli::restore(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return fail(QStringLiteral("usage: restore FILE"), 2);
    ServerResult<StoreUrl> url = StoreUrl::parse(option(QStringLiteral("--db")));
    if (!url)
        return fail(line(url.error()));
    QString keptAs;
    ServerResult<StoreBackup::Summary> done = StoreBackup::restore(url.value(), arguments.constFirst(), &keptAs);
    if (!done)
        return fail(line(done.error()));
    m_out << "restored " << arguments.constFirst() << " into " << url->display() << " (schema " << done->schema << ", "
          << done->applications << " applications, journal entries: " << done->journalEntries << "); new epoch "
          << done->epoch << ": every desk downloads again and resends what the backup lacks";
    if (!keptAs.isEmpty())
        m_out << "; the former store is kept as " << keptAs;
    m_out << '\n';
    return 0;
}

int ServerCli::calendar(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (!((sub == QStringLiteral("import") && arguments.size() == 2) || (sub == QStringLiteral("list") && arguments.size() == 1)))
        return fail(QStringLiteral("usage: calendar import FILE | calendar list"), 2);
    ServerResult<std::unique_ptr<ServerDb>> db = openStore(option(QStringLiteral("--db")), true);
    if (!db)
        return fail(line(db.error()));
    if (sub == QStringLiteral("list")) {
        ServerResult<QList<ServerCalendar::YearSource>> years = ServerCalendar::years(*db.value());
        if (!years)
            return fail(line(years.error()));
        for (const ServerCalendar::YearSource &year : years.value())
            m_out << year.year << '\t' << (year.imported ? "imported" : "built-in") << '\n';
        return 0;
    }
    QFile file(arguments.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("invalid_calendar: cannot read %1: %2").arg(arguments.at(1), file.errorString()));
    if (file.size() > 1024 * 1024)
        return fail(QStringLiteral("invalid_calendar: %1 is over 1 MiB, not a calendar year").arg(arguments.at(1)));
    ServerResult<int> year = ServerCalendar::importYear(*db.value(), file.readAll(), QFileInfo(file).fileName(),
                                                        QDateTime::currentDateTimeUtc());
    if (!year)
        return fail(line(year.error()));
    m_out << "calendar year " << year.value() << " imported\n";
    return 0;
}

int ServerCli::deadlines(const QStringList &arguments)
{
    if (arguments.value(0) != QStringLiteral("run") || arguments.size() != 1)
        return fail(QStringLiteral("usage: deadlines run [--on YYYY-MM-DD] [--json]"), 2);
    const QString onText = option(QStringLiteral("--on"));
    const QDate on = onText.isEmpty() ? QDate::currentDate() : QDate::fromString(onText, Qt::ISODate);
    if (!on.isValid())
        return fail(QStringLiteral("--on must be a date YYYY-MM-DD, not '%1'").arg(onText), 2);
    ServerResult<std::unique_ptr<ServerDb>> db = openStore(option(QStringLiteral("--db")), true);
    if (!db)
        return fail(line(db.error()));
    ServerResult<WorkCalendar> calendar = ServerCalendar::load(*db.value());
    if (!calendar)
        return fail(line(calendar.error()));
    ServerResult<DeadlineRun> ran = Deadlines::run(*db.value(), on, calendar.value(), RuleSettings(), QDateTime::currentDateTimeUtc());
    if (!ran)
        return fail(line(ran.error()));
    if (flag(QStringLiteral("--json"))) {
        const QJsonObject report{{QStringLiteral("on"), on.toString(Qt::ISODate)},
                                 {QStringLiteral("expired"), ran->expired},
                                 {QStringLiteral("cancelled"), ran->cancelled},
                                 {QStringLiteral("requeued"), ran->requeued},
                                 {QStringLiteral("transitions"), ran->transitions},
                                 {QStringLiteral("problems"), QJsonArray::fromStringList(ran->problems)}};
        m_out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    } else {
        for (const QJsonValue &value : ran->transitions) {
            const QJsonObject t = value.toObject();
            m_out << t.value(QStringLiteral("kind")).toString() << '\t'
                  << (t.contains(QStringLiteral("direction_number")) ? t.value(QStringLiteral("direction_number")).toString()
                                                                     : t.value(QStringLiteral("application_id")).toString())
                  << '\n';
        }
        m_out << "expired " << ran->expired << ", cancelled " << ran->cancelled << ", back in the queue " << ran->requeued << '\n';
    }
    for (const QString &problem : ran->problems)
        m_err << "qabyldau-server: calendar_year_unknown: " << problem << '\n';
    return ran->problems.isEmpty() ? 0 : 1;
}

int ServerCli::distribute(const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return fail(QStringLiteral("usage: distribute [--dry-run]"), 2);
    ServerResult<std::unique_ptr<ServerDb>> db = openStore(option(QStringLiteral("--db")), true);
    if (!db)
        return fail(line(db.error()));
    ServerResult<std::unique_ptr<Distributor>> distributor = Distributor::load(*db.value(), RuleSettings());
    if (!distributor)
        return fail(line(distributor.error()));
    const bool dryRun = flag(QStringLiteral("--dry-run"));
    ServerResult<QList<IssuedDirection>> issued = distributor.value()->step(*db.value(), QDateTime::currentDateTimeUtc(), dryRun);
    if (!issued)
        return fail(line(issued.error()));
    for (const IssuedDirection &direction : issued.value())
        m_out << (dryRun ? "would issue" : "issued") << '\t' << direction.number << '\t' << direction.placeId << '\t'
              << direction.orgId << '\t' << direction.applicationId << '\t' << direction.position << '\n';
    m_out << (dryRun ? "would issue " : "issued ") << issued.value().size() << " directions; " << distributor.value()->openPlaceCount()
          << " places stay open\n";
    return 0;
}

int ServerCli::explain(const QStringList &arguments)
{
    const QString number = option(QStringLiteral("--direction"));
    const QString childIin = option(QStringLiteral("--child"));
    if (!arguments.isEmpty() || number.isEmpty() == childIin.isEmpty())
        return fail(QStringLiteral("usage: explain --direction N | --child IIN"), 2);
    ServerResult<std::unique_ptr<ServerDb>> db = openStore(option(QStringLiteral("--db")), true);
    if (!db)
        return fail(line(db.error()));
    ServerResult<QString> text = number.isEmpty() ? Explain::child(*db.value(), childIin) : Explain::direction(*db.value(), number);
    if (!text)
        return fail(line(text.error()));
    m_out << text.value();
    return 0;
}

int ServerCli::demo()
{
    const QString tokensPath = option(QStringLiteral("--tokens-file"));
    if (tokensPath.isEmpty())
        return fail(QStringLiteral("demo needs --tokens-file F (the desks' tokens are written there)"), 2);
    const int orgCount = option(QStringLiteral("--orgs"), QStringLiteral("5")).toInt();
    const int desksPerOrg = option(QStringLiteral("--desks-per-org"), QStringLiteral("2")).toInt();
    const int applicationCount = option(QStringLiteral("--applications"), QStringLiteral("1000")).toInt();
    if (orgCount < 1 || orgCount > 10000 || desksPerOrg < 1 || desksPerOrg > 100 || applicationCount < 0 || applicationCount > 2000000)
        return fail(QStringLiteral("demo: --orgs 1..10000, --desks-per-org 1..100, --applications 0..2000000"), 2);
    ServerResult<std::unique_ptr<ServerDb>> opened = openStore(option(QStringLiteral("--db")), false);
    if (!opened)
        return fail(line(opened.error()));
    ServerDb &db = *opened.value();
    if (ServerStatus migrated = ServerSchema::migrate(db); !migrated)
        return fail(line(migrated.error()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QByteArray tokens;
    QStringList orgIds;
    for (int i = 0; i < orgCount; ++i) {
        // A valid BIN per kindergarten: 11 digits and the IIN's check digit.
        QString bin;
        for (int attempt = 0; bin.isEmpty() && attempt < 100; ++attempt) {
            const QString stem = QStringLiteral("%1").arg(200140000000LL / 10 + i * 100 + attempt, 11, 10, QLatin1Char('0'));
            for (int digit = 0; digit < 10; ++digit) {
                if (Bin::parse(QString(stem + QString::number(digit)))) {
                    bin = stem + QString::number(digit);
                    break;
                }
            }
        }
        ServerResult<Org> org = RegionAdmin::addOrg(db, QStringLiteral("№%1 балабақша").arg(i + 1),
                                                    QStringLiteral("Детский сад №%1").arg(i + 1), bin, now);
        if (!org)
            return fail(line(org.error()));
        orgIds.append(org->id);
        for (int d = 0; d < desksPerOrg; ++d) {
            ServerResult<RegionAdmin::NewDesk> desk = RegionAdmin::addDesk(db, org->id, QStringLiteral("desk %1").arg(d + 1), now);
            if (!desk)
                return fail(line(desk.error()));
            tokens.append(org->id.toUtf8()).append('\t').append(desk->desk.id.toUtf8()).append('\t').append(desk->token.toUtf8()).append('\n');
        }
    }
    QSaveFile out(tokensPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(tokens) != tokens.size() || !out.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(tokensPath, out.errorString()));
    SyntheticRegion::Generator generator(quint32(option(QStringLiteral("--seed"), QStringLiteral("2026")).toUInt()), now.date());
    QList<Application> applications = generator.region(applicationCount);
    // --registered: each kindergarten registered a share of them, so its desks see those children
    // by name; without it all are the old system's, seen by every desk as anonymous rows.
    ServerResult<ImportCounts> counts =
        importApplications(db, applications, m_err, 0, flag(QStringLiteral("--registered")) ? orgIds : QStringList());
    if (!counts)
        return fail(line(counts.error()));
    m_out << "demo region: " << orgCount << " kindergartens, " << orgCount * desksPerOrg << " desks (tokens in " << tokensPath
          << "), " << counts->imported << " applications\n";
    return 0;
}

namespace {

// Ends the event loop on SIGINT or SIGTERM (a thread that waits for them, so no handler runs
// inside a signal).
void quitOnSignals()
{
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::thread([stopSignals] {
        int received = 0;
        sigwait(&stopSignals, &received);
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    }).detach();
}

} // namespace

int ServerCli::serve()
{
    ServerResult<StoreUrl> url = StoreUrl::parse(option(QStringLiteral("--db")));
    if (!url)
        return fail(line(url.error()));
    const QString listen = option(QStringLiteral("--listen"), QStringLiteral("127.0.0.1:8080"));
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    if (colon <= 0 || !portOk || port > 65535)
        return fail(QStringLiteral("--listen must be HOST:PORT, not '%1'").arg(listen), 2);
    const QString host = listen.left(colon);
    const int dbThreads = option(QStringLiteral("--db-threads"), url->kind == StoreUrl::Kind::Postgres ? QStringLiteral("8") : QStringLiteral("4")).toInt();
    const int ioThreads = option(QStringLiteral("--io-threads"), QStringLiteral("2")).toInt();
    const int maxConnections = option(QStringLiteral("--max-connections"), QStringLiteral("10000")).toInt();
    if (dbThreads < 1 || dbThreads > 64 || ioThreads < 1 || ioThreads > 64 || maxConnections < 1)
        return fail(QStringLiteral("--db-threads and --io-threads must be 1..64, --max-connections at least 1"), 2);
    bool compressOk = false;
    const qulonglong compressMinBytes = option(QStringLiteral("--compress-min-bytes"), QStringLiteral("32768")).toULongLong(&compressOk);
    if (!compressOk)
        return fail(QStringLiteral("--compress-min-bytes must be a number of bytes (0: never compress)"), 2);
    const QString certificate = option(QStringLiteral("--tls-cert"));
    const QString key = option(QStringLiteral("--tls-key"));
    if (certificate.isEmpty() != key.isEmpty())
        return fail(QStringLiteral("--tls-cert and --tls-key go together"), 2);

    quitOnSignals();

    // While it serves a SQLite file, no restore puts another file under it (docs/server.md).
    std::optional<QLockFile> serving;
    if (url->kind == StoreUrl::Kind::Sqlite) {
        if (ServerStatus exists = ServerDb::checkExists(url.value()); !exists) // before the lock beside it (a mistyped folder)
            return fail(line(exists.error()));
        const QString lockPath = StoreBackup::serveLockPath(url->path, QCoreApplication::applicationPid());
        serving.emplace(lockPath);
        serving->setStaleLockTime(0); // a serve that died (SIGKILL) holds nothing
        if (!serving->tryLock(0))
            return fail(QStringLiteral("store_unavailable: %1 cannot be created").arg(lockPath));
    }

    // The listener connection: the store must be servable; PostgreSQL NOTIFY from every server
    // process sharing the store wakes this process's parked long-polls.
    ServerResult<std::unique_ptr<ServerDb>> listener = ServerDb::connect(url.value(), QStringLiteral("listener"));
    if (!listener)
        return fail(line(listener.error()));
    if (ServerStatus ok = ServerSchema::checkServable(*listener.value()); !ok)
        return fail(line(ok.error()));
    ServerResult<QString> epoch = ServerSchema::epoch(*listener.value());
    if (!epoch)
        return fail(line(epoch.error()));

    DbPool pool(url.value(), dbThreads, 4096);
    if (ServerStatus started = pool.start(); !started)
        return fail(line(started.error()));
    ChangeWaiters waiters;
    QTimer listenerWatch;
    if (listener.value()->isPostgres()) {
        QSqlDriver *driver = listener.value()->db().driver();
        if (!driver->subscribeToNotification(ServerDb::notificationChannel()))
            return fail(QStringLiteral("store_unavailable: cannot LISTEN for changes"));
        QObject::connect(driver, &QSqlDriver::notification, QCoreApplication::instance(), [&waiters] { waiters.wake(); });
        // A connection PostgreSQL cut (a restart, a dropped network found by the keepalives)
        // hears nothing more: the driver, reading what arrives on it, sees it closed, and libpq
        // says so. Looked at once a second (no statement: one would hold this thread until an
        // answer came); made again and subscribed again (close() ended the subscription), and
        // the parked long-polls woken for what was committed meanwhile, unheard. The same driver
        // object stays, so does the connection of its signal.
        QObject::connect(&listenerWatch, &QTimer::timeout, QCoreApplication::instance(), [&listener, &waiters] {
            ServerDb &db = *listener.value();
            if (!db.connectionLost())
                return;
            if (ServerStatus again = db.reconnect(); !again) {
                qWarning("listener: %s", qPrintable(again.error().message)); // tried again in a second
                return;
            }
            if (!db.db().driver()->subscribeToNotification(ServerDb::notificationChannel())) {
                qWarning("listener: cannot LISTEN for changes again");
                db.db().close(); // lost: the next tick tries again
                return;
            }
            waiters.wake();
        });
        listenerWatch.start(1000);
    }
    // SQLite has no NOTIFY: a commit by another process on the file (`directions import`,
    // `org add` while serving) shows as a new PRAGMA data_version on this connection. Looked at
    // once a second; the waiters coalesce it with local wake-ups.
    QTimer sqliteWatch;
    if (!listener.value()->isPostgres()) {
        const auto readDataVersion = [&listener]() -> qint64 {
            // A statement left open would hold a read snapshot, and the version with it.
            listener.value()->finishStatements();
            QSqlQuery query(listener.value()->db());
            if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
                return -1;
            return query.value(0).toLongLong();
        };
        // Taken before the first request is served: a commit after it, however soon, wakes.
        auto dataVersion = std::make_shared<qint64>(readDataVersion());
        QObject::connect(&sqliteWatch, &QTimer::timeout, QCoreApplication::instance(), [&waiters, readDataVersion, dataVersion] {
            const qint64 version = readDataVersion();
            if (version < 0)
                return;
            if (version != *dataVersion)
                waiters.wake();
            *dataVersion = version;
        });
        sqliteWatch.start(1000);
    }

    // RULES 5's clocks: once a minute, for the server's local date (the region's time zone), on a
    // pool thread like any other database work; one run at a time. Two server processes on one
    // PostgreSQL may both run: each transition re-reads what it changes in its write transaction.
    QTimer deadlineTimer;
    auto deadlineRunning = std::make_shared<std::atomic_bool>(false);
    const auto runDeadlines = [&pool, &waiters, deadlineRunning] {
        if (deadlineRunning->exchange(true))
            return;
        const bool posted = pool.post([&waiters, deadlineRunning](ServerDb &store) {
            ServerResult<WorkCalendar> calendar = ServerCalendar::load(store);
            if (!calendar) {
                qWarning("deadlines: %s", qPrintable(calendar.error().message));
            } else {
                ServerResult<DeadlineRun> ran = Deadlines::run(store, QDate::currentDate(), calendar.value(), RuleSettings(),
                                                               QDateTime::currentDateTimeUtc());
                if (!ran)
                    qWarning("deadlines: %s: %s", qPrintable(ran.error().code), qPrintable(ran.error().message));
                else if (ran->changed())
                    waiters.wake();
            }
            deadlineRunning->store(false);
        });
        if (!posted)
            deadlineRunning->store(false);
    };
    QObject::connect(&deadlineTimer, &QTimer::timeout, QCoreApplication::instance(), runDeadlines);
    deadlineTimer.start(60 * 1000);
    QTimer::singleShot(0, QCoreApplication::instance(), runDeadlines);

    // RULES 8: the parents' e-mail and SMS (server/notify/Sender.h), when configured.
    std::unique_ptr<NotificationSender> sender;
    if (const QString path = option(QStringLiteral("--notify-config")); !path.isEmpty()) {
        ServerResult<NotifyConfig> config = NotifyConfig::load(path);
        if (!config)
            return fail(line(config.error()), 2);
        sender = std::make_unique<NotificationSender>(url.value(), config.value());
        sender->start();
    }

    // RULES 4: the queue moves by itself (server/api/DistributionWorker.h).
    DistributionWorker distribution(url.value(), RuleSettings(), [&waiters] { waiters.wake(); });
    distribution.start();

    ApiHandler::Options options;
    options.testHooks = qEnvironmentVariable("QABYLDAU_TEST_HOOKS") == QStringLiteral("1");
    options.killBeforeCommitAt = qEnvironmentVariableIntValue("QABYLDAU_TEST_KILL_GROUP");
    options.failGroups = qEnvironmentVariable("QABYLDAU_TEST_FAIL_GROUPS") == QStringLiteral("1");
    if (const int ahead = qEnvironmentVariableIntValue("QABYLDAU_TEST_ANSWERS_AHEAD"); ahead > 0)
        options.answersAhead = std::size_t(ahead);
    ApiHandler handler(pool, waiters, epoch.value(), options);
    http::Limits limits;
    limits.ioThreads = ioThreads;
    limits.maxConnections = std::size_t(maxConnections);
    limits.compressMinBytes = std::size_t(compressMinBytes);
    http::Server server(handler, limits);
    handler.openConnections = [&server] { return server.openConnections(); };
    handler.compression = [&server] { return server.compression(); };
    handler.setAnswersQueued([&server] { return server.answersQueued(); });
    std::optional<http::TlsFiles> tls;
    if (!certificate.isEmpty())
        tls = http::TlsFiles{certificate.toStdString(), key.toStdString()};
    std::string error;
    if (!server.listen(host.toStdString(), quint16(port), tls, &error))
        return fail(QStringLiteral("cannot listen on %1: %2").arg(listen, QString::fromStdString(error)));
    server.start();
    m_out << "listening on " << host << ':' << server.port() << (tls ? " (TLS)" : "") << " store "
          << url->display() << '\n';
    m_out.flush();
    const int code = QCoreApplication::exec();
    server.stop();
    distribution.stop();
    if (sender)
        sender->stop();
    waiters.stop();
    pool.stop();
    m_out << "stopped\n";
    return code;
}

int ServerCli::notifications(const QStringList &arguments)
{
    const QString state = option(QStringLiteral("--state"));
    if (arguments.value(0) != QStringLiteral("list") || arguments.size() != 1
        || !(state.isEmpty() || state == QStringLiteral("pending") || state == QStringLiteral("sent") || state == QStringLiteral("failed")))
        return fail(QStringLiteral("usage: notifications list [--application ID] [--state pending|sent|failed]"), 2);
    ServerResult<std::unique_ptr<ServerDb>> db = openStore(option(QStringLiteral("--db")), true);
    if (!db)
        return fail(line(db.error()));
    ServerResult<QList<Notifications::Message>> messages = Notifications::list(*db.value(), option(QStringLiteral("--application")), state);
    if (!messages)
        return fail(line(messages.error()));
    const auto time = [](qint64 ms) {
        return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(Qt::ISODate) : QStringLiteral("-");
    };
    for (const Notifications::Message &m : messages.value()) {
        QString error = m.lastError;
        error.replace(u'\t', u' ').replace(u'\n', u' ');
        m_out << m.id << '\t' << m.applicationId << '\t' << m.event << '\t' << m.channel << '\t' << m.recipient << '\t'
              << m.language << '\t' << m.state << '\t' << m.attempts << '\t' << time(m.createdAt) << '\t'
              << (m.state == QStringLiteral("sent") ? time(m.sentAt) : m.state == QStringLiteral("pending") ? time(m.nextAttemptAt) : QStringLiteral("-"))
              << '\t' << (error.isEmpty() ? QStringLiteral("-") : error) << '\n';
    }
    return 0;
}
