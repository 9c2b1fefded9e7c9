#pragma once

// A desk for sync tests: a real desk store (SQLite file) and the real sync engine, talking HTTP
// to a real qabyldau-server process (ServerTestHelpers.h).

#include "ServerTestHelpers.h"

#include "settings/RuleSettings.h"
#include "store/ApplicationStore.h"
#include "store/Database.h"
#include "sync/PartitionChecksum.h"
#include "sync/SyncEngine.h"

#include <QHash>
#include <QSet>
#include <QUuid>
#include <QSqlQuery>
#include <QSqlDatabase>

namespace DeskTest {

// The rows a desk store holds from the server, read on a read-only connection of its own while
// another process writes it (each page commits with its cursor, so this is what a crash keeps),
// without Database::open (which may write). -1 when it cannot be read.
inline qint64 committedSyncRows(const QString &path)
{
    const QString name = QUuid::createUuid().toString(QUuid::Id128);
    qint64 rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT coalesce(sum(count), 0) FROM sync_partitions WHERE partition NOT LIKE '~%'"))
                && query.next())
                rows = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

class Desk
{
public:
    Desk(const QString &path, quint16 port, const QString &token) : m_path(path), m_port(port), m_token(token)
    {
        Expected<std::shared_ptr<Database>> opened = Database::open(path);
        if (opened)
            m_database = *opened;
        else
            m_openError = opened.error().message();
    }

    bool isOpen() const { return m_database != nullptr; }
    QString openError() const { return m_openError; }
    std::shared_ptr<Database> database() const { return m_database; }
    void setPort(quint16 port) { m_port = port; }

    SyncOptions options() const
    {
        SyncOptions options;
        options.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        options.token = m_token;
        options.requestTimeoutMs = 20000;
        return options;
    }

    SyncReport sync(int pageLimit = 5000)
    {
        SyncOptions o = options();
        o.pageLimit = pageLimit;
        SyncEngine engine(m_database, o);
        return engine.syncOnce();
    }

    Expected<RegisteredApplication> registerApplication(const Application &application)
    {
        ApplicationStore store(m_database);
        return store.registerApplication(application, QStringLiteral("Тест Клерк"),
                                         ValidationContext{QDateTime::currentDateTime(), RuleSettings{}});
    }

    std::optional<Application> find(const QString &id) const { return ApplicationStore(m_database).find(id); }

    SyncSummary summary() const
    {
        SyncStore store(m_database->connection());
        return store.summary().valueOr(SyncSummary{});
    }

    QList<RejectedCommand> rejected() const
    {
        SyncStore store(m_database->connection());
        return store.rejected().valueOr({});
    }

    QHash<QString, SyncCheckpoint> sums() const
    {
        SyncStore store(m_database->connection());
        QHash<QString, SyncCheckpoint> map;
        for (const SyncCheckpoint &sum : store.allPartitionSums().valueOr({}))
            if (!sum.partition.startsWith(u'~'))
                map.insert(sum.partition, sum);
        return map;
    }

    qint64 count(const QString &sql) const
    {
        QSqlQuery query(m_database->connection());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

private:
    QString m_path;
    quint16 m_port;
    QString m_token;
    std::shared_ptr<Database> m_database;
    QString m_openError;
};

// Issues one direction at the server (`qabyldau-server directions import`, as an administrator
// does until distribution exists): empty, or the server's error.
inline QString importDirection(const ServerTest::Server &server, const QString &folder, const QString &number,
                               const QString &org, const Application &application)
{
    const QJsonArray records{QJsonObject{{QStringLiteral("number"), number},
                                         {QStringLiteral("application_id"), application.id},
                                         {QStringLiteral("kindergarten_id"), org},
                                         {QStringLiteral("group_name"), QStringLiteral("Ортаңғы топ «Балапан»")},
                                         {QStringLiteral("issued_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                         {QStringLiteral("child_surname"), application.child.surname},
                                         {QStringLiteral("child_name"), application.child.name},
                                         {QStringLiteral("child_iin"), application.childIin}}};
    const QString path = folder + QStringLiteral("/") + number + QStringLiteral(".json");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write ") + path;
    file.write(QJsonDocument(records).toJson());
    file.close();
    const ServerTest::Run run = server.cli({QStringLiteral("directions"), QStringLiteral("import"), path});
    return run.exitCode == 0 ? QString() : run.err;
}

// What the server says a desk should hold: every partition's rows (id -> version) and its final
// checkpoint, read from the whole feed from the start, independently of the engine.
struct ServerView
{
    QHash<QString, QHash<QString, qint64>> rows;
    QHash<QString, SyncCheckpoint> checkpoints;
    QSet<QString> applicationIds; // in the desk's own org partition
    bool ok = false;
};

inline ServerView serverView(const ServerTest::Server &server, const QString &token)
{
    ServerView view;
    QString after;
    for (int pages = 0; pages < 10000; ++pages) {
        const ServerTest::HttpReply reply =
            server.get("/api/v1/changes?limit=5000&after=" + QUrl::toPercentEncoding(after), token);
        if (reply.status != 200)
            return view;
        const QJsonObject page = reply.json();
        for (const QJsonValue &value : page.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject change = value.toObject();
            const QString partition = change.value(QStringLiteral("partition")).toString();
            const QString id = change.value(QStringLiteral("id")).toString();
            if (change.value(QStringLiteral("deleted")).toBool())
                view.rows[partition].remove(id);
            else
                view.rows[partition].insert(id, change.value(QStringLiteral("version")).toInteger());
        }
        for (const QJsonValue &value : page.value(QStringLiteral("checkpoints")).toArray()) {
            const QJsonObject checkpoint = value.toObject();
            const QString partition = checkpoint.value(QStringLiteral("partition")).toString();
            view.checkpoints.insert(partition,
                                    SyncCheckpoint{partition, checkpoint.value(QStringLiteral("count")).toInteger(),
                                                   SyncProtocol::parseChecksum(checkpoint.value(QStringLiteral("checksum")).toString())
                                                       .value_or(0)});
        }
        after = page.value(QStringLiteral("cursor")).toString();
        if (!page.value(QStringLiteral("more")).toBool()) {
            view.ok = true;
            break;
        }
    }
    for (auto it = view.rows.cbegin(); it != view.rows.cend(); ++it)
        if (it.key().startsWith(QLatin1String("org:")))
            for (auto row = it->cbegin(); row != it->cend(); ++row)
                view.applicationIds.insert(row.key());
    return view;
}

// The desk's partition sums equal the server's: the rows recomputed from the feed give the same
// count and checksum as the server's checkpoint and as the desk's own sums.
inline QString compareWithServer(const Desk &desk, const ServerView &view)
{
    if (!view.ok)
        return QStringLiteral("the server's feed could not be read");
    const QHash<QString, SyncCheckpoint> local = desk.sums();
    for (auto it = view.rows.cbegin(); it != view.rows.cend(); ++it) {
        quint64 sum = 0;
        for (auto row = it->cbegin(); row != it->cend(); ++row)
            sum += PartitionChecksum::rowHash(row.key(), row.value());
        const SyncCheckpoint server = view.checkpoints.value(it.key());
        if (server.count != it->size() || server.checksum != sum)
            return QStringLiteral("%1: the server's checkpoint (%2) disagrees with its own rows (%3)")
                .arg(it.key()).arg(server.count).arg(it->size());
        const SyncCheckpoint mine = local.value(it.key());
        if (mine.count != server.count || mine.checksum != server.checksum)
            return QStringLiteral("%1: desk %2 rows / %3, server %4 rows / %5")
                .arg(it.key())
                .arg(mine.count)
                .arg(mine.checksum, 16, 16, QLatin1Char('0'))
                .arg(server.count)
                .arg(server.checksum, 16, 16, QLatin1Char('0'));
    }
    for (auto it = local.cbegin(); it != local.cend(); ++it)
        if (it->count > 0 && !view.rows.contains(it.key()))
            return QStringLiteral("%1: the desk holds rows the server does not").arg(it.key());
    return {};
}

} // namespace DeskTest
