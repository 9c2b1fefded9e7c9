#include "store/ServerDb.h"

#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

#include <libpq-fe.h>

#include <atomic>
#include <chrono>

ServerResult<StoreUrl> StoreUrl::parse(const QString &text)
{
    StoreUrl url;
    if (text.startsWith(QStringLiteral("sqlite:"))) {
        url.kind = Kind::Sqlite;
        url.path = text.mid(7);
        if (url.path.startsWith(QStringLiteral("//")))
            url.path = url.path.mid(2);
        if (url.path.isEmpty())
            return ServerError{QStringLiteral("bad_store_url"), QStringLiteral("sqlite: needs a file path, e.g. sqlite:/var/lib/qabyldau/region.sqlite")};
        return url;
    }
    if (text.startsWith(QStringLiteral("postgresql://")) || text.startsWith(QStringLiteral("postgres://"))) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return ServerError{QStringLiteral("bad_store_url"), QStringLiteral("not a valid PostgreSQL URL: postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE")};
        url.kind = Kind::Postgres;
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.user = parsed.userName();
        url.password = parsed.password();
        url.database = parsed.path().mid(1);
        if (url.database.isEmpty())
            return ServerError{QStringLiteral("bad_store_url"), QStringLiteral("the PostgreSQL URL names no database")};
        return url;
    }
    return ServerError{QStringLiteral("bad_store_url"),
                       QStringLiteral("the store must be sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE, not '%1'").arg(text)};
}

QString StoreUrl::display() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

ServerDb::ServerDb(StoreUrl url, QSqlDatabase db) : m_url(std::move(url)), m_db(std::move(db)) { }

ServerDb::~ServerDb()
{
    const QString name = m_db.connectionName();
    if (m_inTransaction)
        rollback();
    m_prepared.clear();
    m_plain.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

ServerError ServerDb::storeError(const QString &what, const QString &driverText)
{
    // One line: the drivers' texts span several (libpq's "FATAL: ..." then "QPSQL: Unable to connect").
    return ServerError{QStringLiteral("store_unavailable"), what + QStringLiteral(": ") + driverText.simplified()};
}

ServerStatus ServerDb::checkExists(const StoreUrl &url)
{
    if (url.kind == StoreUrl::Kind::Postgres || QFileInfo::exists(url.path))
        return {};
    return ServerError{QStringLiteral("store_not_found"),
                       QStringLiteral("there is no store at %1: `qabyldau-server --db %2 init` creates one")
                           .arg(url.path, url.display())};
}

ServerResult<std::unique_ptr<ServerDb>> ServerDb::connect(const StoreUrl &url, const QString &connectionName, Missing missing)
{
    const bool postgres = url.kind == StoreUrl::Kind::Postgres;
    if (missing == Missing::Refuse) {
        if (ServerStatus exists = checkExists(url); !exists)
            return exists.error();
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"),
                                                connectionName);
    if (!db.isValid()) {
        QSqlDatabase::removeDatabase(connectionName);
        return ServerError{QStringLiteral("store_unavailable"),
                           postgres ? QStringLiteral("the Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed")
                                    : QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed")};
    }
    if (postgres) {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.database);
        // A connection the network dropped without a word is found dead by the kernel within
        // about half a minute (keepalives, and a bound on unacknowledged sends), instead of a
        // statement waiting for an answer until TCP gives up (some 15 minutes).
        db.setConnectOptions(QStringLiteral("connect_timeout=10;keepalives_idle=10;keepalives_interval=5;"
                                            "keepalives_count=3;tcp_user_timeout=30000"));
    } else {
        db.setDatabaseName(url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!db.open()) {
        const QString text = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return storeError(QStringLiteral("cannot open ") + url.display(), text);
    }
    std::unique_ptr<ServerDb> server(new ServerDb(url, std::move(db)));
    db = QSqlDatabase(); // the connection is the ServerDb's alone: it removes it when it goes
    if (ServerStatus prepared = server->prepareSession(); !prepared)
        return prepared.error();
    return server;
}

ServerStatus ServerDb::prepareSession()
{
    if (!isPostgres()) {
        for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"}) {
            if (ServerStatus done = run(QString::fromLatin1(pragma)); !done)
                return done;
        }
        return {};
    }
    return run(QStringLiteral("SET client_min_messages = warning"));
}

namespace {

// QPSQL hands out libpq's PGconn, named by its struct (typedef struct pg_conn PGconn).
PGconn *libpqConnection(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    const bool isConnection = handle.isValid()
        && (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0);
    return isConnection ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
}

} // namespace

bool ServerDb::connectionLost() const
{
    if (!isPostgres())
        return false;
    PGconn *connection = libpqConnection(m_db);
    return !connection || PQstatus(connection) != CONNECTION_OK;
}

bool ServerDb::connectionClosedByServer()
{
    if (!isPostgres())
        return false;
    PGconn *connection = libpqConnection(m_db);
    if (!connection)
        return true;
    // What PostgreSQL sent on an idle connection is read without waiting: a restart or a
    // terminated backend leaves its goodbye and the closed socket there, and libpq then marks
    // the connection bad before a statement is sent on it. Not on a connection that listens:
    // its notifications would be read past Qt's driver, which delivers them.
    // Twice: the first read takes the goodbye, the second finds the end of the stream.
    if (m_db.driver()->subscribedToNotifications().isEmpty() && PQconsumeInput(connection) == 1)
        PQconsumeInput(connection);
    return PQstatus(connection) != CONNECTION_OK;
}

namespace {

// What the process's connections know of PostgreSQL being unreachable: once an attempt to connect
// again failed, one connection at a time tries again, at most once in reconnectPauseMs, each try
// waiting up to connect_timeout; every other request is answered retry at once instead of each
// waiting a connect_timeout of its own. A connection that succeeds ends it.
std::atomic<bool> storeDown{false};
std::atomic<bool> attempting{false};
std::atomic<qint64> unreachableUntilMs{0};
constexpr qint64 reconnectPauseMs = 2000;

qint64 steadyNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

} // namespace

ServerStatus ServerDb::reconnect()
{
    // The old connection's statements belong to it: gone before it closes.
    m_prepared.clear();
    m_plain.reset();
    m_inTransaction = false;
    m_notifyAtCommit = false;
    m_db.close();
    const bool down = storeDown.load();
    if (down && (steadyNowMs() < unreachableUntilMs.load() || attempting.exchange(true)))
        return storeError(QStringLiteral("cannot connect again to ") + m_url.display(),
                          QStringLiteral("unreachable a moment ago; tried again shortly"));
    const bool opened = m_db.open();
    if (down)
        attempting.store(false);
    if (!opened) {
        unreachableUntilMs.store(steadyNowMs() + reconnectPauseMs);
        storeDown.store(true);
        return storeError(QStringLiteral("cannot connect again to ") + m_url.display(), m_db.lastError().text());
    }
    storeDown.store(false);
    if (connectionLost()) // never expected; would make every statement reconnect again
        return storeError(QStringLiteral("cannot connect again to ") + m_url.display(), QStringLiteral("no usable connection"));
    qInfo("store: connection %s made again to %s", qPrintable(m_db.connectionName()), qPrintable(m_url.display()));
    return prepareSession();
}

ServerStatus ServerDb::begin(const QString &sql)
{
    finishStatements();
    ServerStatus begun = run(sql); // on a connection made again when the last one was lost (exec)
    // libpq learns that the connection is gone when a statement fails on it: BEGIN changes
    // nothing, so it is safe to send once more on a new connection.
    if (!begun && connectionLost()) {
        if (ServerStatus again = reconnect(); !again)
            return again;
        begun = run(sql);
    }
    if (begun)
        m_inTransaction = true;
    return begun;
}

ServerResult<QSqlQuery *> ServerDb::exec(const QString &sql, std::initializer_list<QVariant> values)
{
    // Outside a transaction, a statement runs on a connection made again when the last one was
    // lost or PostgreSQL has closed it since (a restart between two requests costs no request).
    // Inside one, the transaction fails and the next begin() makes it again.
    if (!m_inTransaction && connectionClosedByServer()) {
        if (ServerStatus again = reconnect(); !again)
            return again.error();
    }
    // A statement without values runs as it is: PostgreSQL cannot prepare BEGIN, COMMIT or SET.
    if (values.size() == 0) {
        m_plain = std::make_unique<QSqlQuery>(m_db);
        m_plain->setForwardOnly(true);
        if (!m_plain->exec(sql))
            return storeError(QStringLiteral("query failed"), m_plain->lastError().text());
        return m_plain.get();
    }
    // Statements are prepared once per connection and reused: preparing costs more than
    // running most of them (a server-side PREPARE on PostgreSQL).
    auto cached = m_prepared.find(sql);
    if (cached == m_prepared.end()) {
        auto prepared = std::make_shared<QSqlQuery>(m_db);
        prepared->setForwardOnly(true);
        if (!prepared->prepare(sql))
            return storeError(QStringLiteral("prepare failed"), prepared->lastError().text());
        cached = m_prepared.insert(sql, prepared);
    }
    QSqlQuery &statement = *cached.value();
    statement.finish();
    // A null QString (an empty scope, the org of an imported application) is bound as '' rather
    // than NULL: no text column takes NULL from a QString (printed_documents.org_id is given an
    // invalid QVariant for NULL).
    int index = 0;
    for (const QVariant &value : values) {
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            statement.bindValue(index++, QStringLiteral(""));
        else
            statement.bindValue(index++, value);
    }
    if (!statement.exec()) {
        const QString text = statement.lastError().text();
        m_prepared.erase(cached); // prepared anew next time (e.g. after the server reconnected)
        return storeError(QStringLiteral("query failed"), text);
    }
    return &statement;
}

ServerStatus ServerDb::run(const QString &sql, std::initializer_list<QVariant> values)
{
    ServerResult<QSqlQuery *> done = exec(sql, values);
    if (!done)
        return done.error();
    return {};
}

ServerStatus ServerDb::beginWrite()
{
    m_notifyAtCommit = false;
    if (isPostgres()) {
        if (ServerStatus begun = begin(QStringLiteral("BEGIN")); !begun)
            return begun;
        // One lock for the region: the change log's numbers are taken and committed in one order.
        if (ServerStatus locked = run(QStringLiteral("SELECT pg_advisory_xact_lock(7201225)")); !locked) {
            rollback();
            return locked;
        }
        return {};
    }
    return begin(QStringLiteral("BEGIN IMMEDIATE"));
}

ServerStatus ServerDb::beginRead()
{
    return begin(isPostgres() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                              : QStringLiteral("BEGIN"));
}

void ServerDb::finishStatements()
{
    // SQLite cannot commit while a statement still holds rows; none is read past this point.
    for (const std::shared_ptr<QSqlQuery> &statement : std::as_const(m_prepared))
        statement->finish();
    if (m_plain)
        m_plain->finish();
}

ServerStatus ServerDb::commit()
{
    finishStatements();
    if (m_notifyAtCommit) {
        m_notifyAtCommit = false;
        if (ServerStatus sent = notifyNow(); !sent) {
            rollback();
            return sent;
        }
    }
    ServerStatus done = run(QStringLiteral("COMMIT"));
    if (!done) {
        rollback();
        return done;
    }
    m_inTransaction = false;
    return {};
}

void ServerDb::rollback()
{
    finishStatements();
    m_notifyAtCommit = false;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
}

void ServerDb::notifyChangesAtCommit()
{
    if (!isPostgres())
        return;
    if (m_inTransaction)
        m_notifyAtCommit = true; // sent by commit(), once
    else
        notifyNow(); // a statement of its own: sent now
}

ServerStatus ServerDb::notifyNow()
{
    static const QString notify = QStringLiteral("SELECT pg_notify('%1', '')").arg(notificationChannel());
    return run(notify);
}

ServerStatus ServerDb::writeAlone(const QString &sql, std::initializer_list<QVariant> values)
{
    if (!isPostgres()) {
        ServerResult<bool> done = inWriteTransaction<bool>(*this, [&](ServerDb &db) -> ServerResult<bool> {
            if (ServerStatus ran = db.run(sql, values); !ran)
                return ran.error();
            return true;
        });
        if (!done)
            return done.error();
        return {};
    }
    finishStatements();
    // Not sent again when it fails on a lost connection (it may have been applied): the caller
    // answers retry, and the next statement makes the connection again (exec).
    return run(sql, values);
}

QString ServerDb::autoIncrementPrimaryKey() const
{
    return isPostgres() ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
}

QString ServerDb::bytesType() const
{
    return isPostgres() ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
}
