// The qabyldau-server command line as an administrator's script uses it: init and migrations, a
// store from a newer server refused, kindergartens and desks, the import of a region's queue,
// the journal check, a backup taken while serving and put back; every failure one line on standard
// error with a non-zero exit.
#include "ServerTestHelpers.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ServerTest;

class TestServerCli : public QObject
{
    Q_OBJECT

private slots:
    void badStoreUrlIsOneLine();
    void initTwiceIsHarmlessAndServeNeedsInit();
    void aMissingStoreIsNamedAndNotCreated();
    void newerStoreIsRefused();
    void olderStoreNumbersItsDesksInTheOrderTheyWereAdded();
    void orgAndDeskAdministration();
    void importMovesAQueueOnceAndReportsBadRecords();
    void journalVerifyNamesTheFirstBrokenEntry();
    void backupWhileServedAndRestore();
    void servesOverTls();
    void directionsImportIssuesToTheKindergarten();
};

namespace {

bool oneLine(const QString &text)
{
    return text.endsWith(u'\n') && text.count(u'\n') == 1 && text.startsWith(QStringLiteral("qabyldau-server: "));
}

} // namespace

void TestServerCli::badStoreUrlIsOneLine()
{
    const Run run = runServer({QStringLiteral("--db"), QStringLiteral("mysql://x"), QStringLiteral("init")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(oneLine(run.err), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("bad_store_url")));
    const Run unknown = runServer({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(oneLine(unknown.err));
}

void TestServerCli::initTwiceIsHarmlessAndServeNeedsInit()
{
    Server server;
    QVERIFY(server.setupError().isEmpty());
    if (!onPostgres()) {
        // An empty file (what a SQLite store is before init) is a store not initialised.
        QFile empty(server.url().mid(7));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
    }
    QVERIFY(!server.start({}, false)); // not initialised: serve refuses
    QVERIFY2(server.startError().contains(QStringLiteral("store_not_initialised")), qPrintable(server.startError()));
    QVERIFY(server.init());
    QVERIFY(server.init());
    QVERIFY(!server.addOrg(1).isEmpty());
    QVERIFY(server.init());
    QCOMPARE(server.cli({QStringLiteral("org"), QStringLiteral("list")}).out.count(u'\n'), 1);
}

// A mistyped --db names a store that is not there: every command but init and demo says so in one
// line and leaves nothing behind (it used to create an empty file there, which the next command
// then called "not initialised", and a restore or backup could be pointed at).
void TestServerCli::aMissingStoreIsNamedAndNotCreated()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("typo.sqlite"));
    const QString url = onPostgres() ? postgresBaseUrl() + QStringLiteral("/qabyldau_no_such_database")
                                     : QStringLiteral("sqlite:") + path;
    const QString file = dir.filePath(QStringLiteral("records.json"));
    QFile records(file);
    QVERIFY(records.open(QIODevice::WriteOnly));
    records.write("[]");
    records.close();
    const QList<QStringList> commands = {
        {QStringLiteral("org"), QStringLiteral("list")},
        {QStringLiteral("desk"), QStringLiteral("list")},
        {QStringLiteral("journal"), QStringLiteral("verify")},
        {QStringLiteral("applications"), QStringLiteral("import"), file},
        {QStringLiteral("places"), QStringLiteral("list")},
        {QStringLiteral("epoch"), QStringLiteral("renew")},
        {QStringLiteral("distribute"), QStringLiteral("--dry-run")},
        {QStringLiteral("backup"), dir.filePath(QStringLiteral("copy.sqlite"))},
        {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
    };
    for (QStringList arguments : commands) {
        const QString name = arguments.join(u' ');
        arguments.prepend(url);
        arguments.prepend(QStringLiteral("--db"));
        const Run run = runServer(arguments);
        QVERIFY2(run.exitCode == 1, qPrintable(name + QStringLiteral(": exit %1, ").arg(run.exitCode) + run.err));
        QVERIFY2(oneLine(run.err), qPrintable(name + QStringLiteral(": ") + run.err));
        if (onPostgres()) {
            const QString code = name.startsWith(QStringLiteral("backup")) ? QStringLiteral("not_for_postgresql") : QStringLiteral("store_unavailable");
            QVERIFY2(run.err.contains(code), qPrintable(name + QStringLiteral(": ") + run.err));
            continue;
        }
        QVERIFY2(run.err.contains(QStringLiteral("store_not_found")), qPrintable(name + QStringLiteral(": ") + run.err));
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(left == QStringList{QStringLiteral("records.json")}, qPrintable(name + QStringLiteral(" left: ") + left.join(u' ')));
    }
    if (onPostgres())
        return;
    // init creates the store where it was missing, and then the same commands find it.
    QCOMPARE(runServer({QStringLiteral("--db"), url, QStringLiteral("init")}).exitCode, 0);
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(runServer({QStringLiteral("--db"), url, QStringLiteral("org"), QStringLiteral("list")}).exitCode, 0);
}

void TestServerCli::newerStoreIsRefused()
{
    if (onPostgres())
        QSKIP("the schema version is written the same way on both stores; the SQLite run edits the file directly");
    Server server;
    QVERIFY(server.init());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(server.url().mid(7));
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    const Run run = server.cli({QStringLiteral("init")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(oneLine(run.err) && run.err.contains(QStringLiteral("store_too_new")), qPrintable(run.err));
    const Run list = server.cli({QStringLiteral("org"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 1);
}

// Issue 13 item 1, server schema 10: a store from before desk numbers gets them at `init`, the
// desks numbered in the order they were added (created_at, not the order of the rows); a desk
// added afterwards gets the next number.
void TestServerCli::olderStoreNumbersItsDesksInTheOrderTheyWereAdded()
{
    if (onPostgres())
        QSKIP("the migration's SQL is the same on both stores; the SQLite run takes the file back to schema 9 directly");
    Server server;
    QVERIFY(server.init());
    const QString org = server.addOrg(1);
    QVERIFY(!org.isEmpty());
    for (int i = 0; i < 3; ++i)
        QVERIFY(!server.addDesk(org).isEmpty());
    const auto desks = [&server] {
        QList<QStringList> rows;
        const QStringList lines = server.cli({QStringLiteral("desk"), QStringLiteral("list")}).out.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines)
            rows.append(line.split(u'\t'));
        return rows;
    };
    const QList<QStringList> before = desks();
    QCOMPARE(before.size(), 3);
    {
        // Schema 9 as it was, the desks added in the order: second, third, first.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(server.url().mid(7));
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &sql : {QStringLiteral("DROP INDEX desks_number"), QStringLiteral("DROP INDEX applications_number"),
                                   QStringLiteral("ALTER TABLE desks DROP COLUMN number"),
                                   QStringLiteral("ALTER TABLE applications DROP COLUMN number"),
                                   QStringLiteral("DROP TABLE printed_documents"),
                                   QStringLiteral("UPDATE meta SET value = '9' WHERE key = 'schema_version'")})
            QVERIFY2(query.exec(sql), qPrintable(sql + u' ' + query.lastError().text()));
        const QList<int> createdAt{3000, 1000, 2000};
        for (int i = 0; i < 3; ++i) {
            query.prepare(QStringLiteral("UPDATE desks SET created_at = ? WHERE id = ?"));
            query.addBindValue(createdAt.at(i));
            query.addBindValue(before.at(i).at(0));
            QVERIFY(query.exec());
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    QVERIFY(!server.start({}, false)); // serve refuses a store init has not migrated
    QVERIFY2(server.startError().contains(QStringLiteral("store_needs_migration")), qPrintable(server.startError()));
    const Run migrated = server.cli({QStringLiteral("init")});
    QCOMPARE(migrated.exitCode, 0);
    QHash<QString, QString> numbers;
    for (const QStringList &row : desks())
        numbers.insert(row.at(0), row.value(5));
    QCOMPARE(numbers.value(before.at(1).at(0)), QStringLiteral("001"));
    QCOMPARE(numbers.value(before.at(2).at(0)), QStringLiteral("002"));
    QCOMPARE(numbers.value(before.at(0).at(0)), QStringLiteral("003"));
    const Run added = server.cli({QStringLiteral("desk"), QStringLiteral("add"), QStringLiteral("--org"), org});
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.err.contains(QStringLiteral("desk number 004")), qPrintable(added.err));
}

void TestServerCli::orgAndDeskAdministration()
{
    Server server;
    QVERIFY(server.init());
    const Run badBin = server.cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name-kk"), QStringLiteral("А"),
                                   QStringLiteral("--name-ru"), QStringLiteral("Б"), QStringLiteral("--bin"), QStringLiteral("123456789012")});
    QCOMPARE(badBin.exitCode, 1);
    QVERIFY2(oneLine(badBin.err) && badBin.err.contains(QStringLiteral("invalid_bin")), qPrintable(badBin.err));
    const QString org = server.addOrg(3);
    QVERIFY(!org.isEmpty());
    const QString bin = server.cli({QStringLiteral("org"), QStringLiteral("list")}).out.section(u'\t', 1, 1);
    const Run twice = server.cli({QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--name-kk"), QStringLiteral("А"),
                                  QStringLiteral("--name-ru"), QStringLiteral("Б"), QStringLiteral("--bin"), bin});
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(oneLine(twice.err) && twice.err.contains(QStringLiteral("duplicate_bin")), qPrintable(twice.err));
    const Run noOrg = server.cli({QStringLiteral("desk"), QStringLiteral("add"), QStringLiteral("--org"), QStringLiteral("nope")});
    QCOMPARE(noOrg.exitCode, 1);
    QVERIFY(noOrg.err.contains(QStringLiteral("org_not_found")));
    const QString token = server.addDesk(org);
    QVERIFY(token.startsWith(QStringLiteral("qd_")) && token.size() == 67);
    // The store keeps the token's hash only.
    if (!onPostgres()) {
        QFile store(server.url().mid(7));
        QVERIFY(store.open(QIODevice::ReadOnly));
        QVERIFY(!store.readAll().contains(token.toUtf8()));
    }
    const Run list = server.cli({QStringLiteral("desk"), QStringLiteral("list")});
    QCOMPARE(list.out.count(u'\n'), 1);
    QVERIFY(list.out.contains(QStringLiteral("\tlive\t0")));
    // Issue 13 item 1: the region's first desk is number 001.
    QVERIFY2(list.out.endsWith(QStringLiteral("\tlive\t0\t001\n")), qPrintable(list.out));
    const QString deskId = list.out.section(u'\t', 0, 0);
    QCOMPARE(server.cli({QStringLiteral("desk"), QStringLiteral("revoke"), deskId}).exitCode, 0);
    QCOMPARE(server.cli({QStringLiteral("desk"), QStringLiteral("revoke"), deskId}).exitCode, 1);
    QVERIFY(server.cli({QStringLiteral("desk"), QStringLiteral("list")}).out.contains(QStringLiteral("\trevoked\t")));
}

void TestServerCli::importMovesAQueueOnceAndReportsBadRecords()
{
    Server server;
    QVERIFY(server.init());
    QTemporaryDir dir;
    Applications applications;
    QJsonArray records;
    for (int i = 0; i < 30; ++i) {
        Application application = applications.next();
        application.filedAt = QDateTime::currentDateTimeUtc().addSecs(-3600 + i * 60);
        records.append(ApplicationJson::toJson(application));
    }
    QJsonObject broken = records.at(3).toObject();
    broken.insert(QStringLiteral("child_iin"), QStringLiteral("123"));
    records.append(broken); // an invalid IIN
    QJsonObject twin = records.at(4).toObject();
    twin.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    records.append(twin); // the same child again: duplicate_child
    const QString path = dir.filePath(QStringLiteral("queue.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(records).toJson());
    file.close();

    const Run first = server.cli({QStringLiteral("applications"), QStringLiteral("import"), path});
    QCOMPARE(first.exitCode, 1);
    QVERIFY2(first.out == QStringLiteral("imported 30, already present 0, rejected 2\n"), qPrintable(first.out + first.err));
    QVERIFY(first.err.contains(QStringLiteral("record 30: invalid_application")));
    QVERIFY(first.err.contains(QStringLiteral("record 31: duplicate_child")));
    const Run again = server.cli({QStringLiteral("applications"), QStringLiteral("import"), path});
    QCOMPARE(again.out, QStringLiteral("imported 0, already present 30, rejected 2\n"));

    // The imported queue is the region's: numbers in filing order, from any desk.
    const QString org = server.addOrg(1);
    const QString token = server.addDesk(org);
    QVERIFY(server.start());
    const QJsonObject position = server.get("/api/v1/queue/position?iin=" + records.at(0)[QStringLiteral("child_iin")].toString().toUtf8(), token).json();
    QVERIFY(position.value(QStringLiteral("queue_number")).toInt() >= 1);

    QFile notJson(dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(notJson.open(QIODevice::WriteOnly));
    notJson.write("{\"not\": \"an array\"}");
    notJson.close();
    const Run bad = server.cli({QStringLiteral("applications"), QStringLiteral("import"), notJson.fileName()});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(oneLine(bad.err), qPrintable(bad.err));
}

// An administrator's backup of a SQLite region while it is served, and its restore: the copy is
// checked and readable by its owner only, never written over an existing file; the restore is
// refused while a process serves the store (not once one was killed), refuses a
// file that is not a store, keeps the replaced store aside and gives the store a new epoch, so a
// desk's cursor is refused 409, the desk downloads again and resends what the backup lacks.
void TestServerCli::backupWhileServedAndRestore()
{
    std::unique_ptr<Server> server;
    QString orgA;
    QString orgB;
    QString tokenA;
    QString tokenB;
    QCOMPARE(setUpTwoKindergartens(server, orgA, orgB, tokenA, tokenB), QString());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("region-backup.sqlite"));
    if (onPostgres()) {
        for (const QString &command : {QStringLiteral("backup"), QStringLiteral("restore")}) {
            const Run refused = server->cli({command, file});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.startsWith(QStringLiteral("qabyldau-server: not_for_postgresql: "))
                         && refused.err.count(u'\n') == 1 && refused.err.contains(QStringLiteral("pg_dump")),
                     qPrintable(refused.err));
        }
        QVERIFY(!QFileInfo::exists(file));
        return;
    }
    Applications applications;
    const Application kept = applications.next();
    QCOMPARE(server->post("/api/v1/commands", batch({registration(1, kept)}), tokenA).status, 200);

    const Run backedUp = server->cli({QStringLiteral("backup"), file});
    QCOMPARE(backedUp.exitCode, 0);
    QVERIFY2(backedUp.out.startsWith(QStringLiteral("backed up ")) && backedUp.out.contains(QStringLiteral(", 1 applications, journal entries: ")),
             qPrintable(backedUp.out));
    QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const auto contents = [&] {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray copy = contents();
    const Run again = server->cli({QStringLiteral("backup"), file});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("backup_exists")), qPrintable(again.err));
    QCOMPARE(contents(), copy);

    // After the backup: a second registration, and where desk A stands.
    const Application lost = applications.next();
    QCOMPARE(server->post("/api/v1/commands", batch({registration(2, lost)}), tokenA).status, 200);
    const QByteArray cursor = server->get("/api/v1/changes?limit=1000", tokenA).json()[QStringLiteral("cursor")].toString().toUtf8();
    QVERIFY(!cursor.isEmpty());

    const Run busy = server->cli({QStringLiteral("restore"), file});
    QCOMPARE(busy.exitCode, 1);
    QVERIFY2(busy.err.contains(QStringLiteral("store_in_use")), qPrintable(busy.err));
    // Nor under a second process serving the same file (a test of two processes does that).
    Server second(server->url());
    QCOMPARE(server->terminate(), 0);
    QVERIFY2(second.start(), qPrintable(second.startError()));
    const Run busyAgain = server->cli({QStringLiteral("restore"), file});
    QCOMPARE(busyAgain.exitCode, 1);
    QVERIFY2(busyAgain.err.contains(QStringLiteral("store_in_use")), qPrintable(busyAgain.err));
    second.kill(); // SIGKILL: its lock file stays behind, stale

    const QString garbage = dir.filePath(QStringLiteral("not-a-store.sqlite"));
    QVERIFY([&] { QFile f(garbage); return f.open(QIODevice::WriteOnly) && f.write("not a store at all, not even SQLite") > 0; }());
    const Run damaged = server->cli({QStringLiteral("restore"), garbage});
    QCOMPARE(damaged.exitCode, 1);
    QVERIFY2(damaged.err.contains(QStringLiteral("backup_damaged")) && damaged.err.count(u'\n') == 1, qPrintable(damaged.err));

    const Run restored = server->cli({QStringLiteral("restore"), file});
    QCOMPARE(restored.exitCode, 0);
    const qsizetype at = restored.out.indexOf(QStringLiteral("the former store is kept as "));
    QVERIFY2(at > 0 && restored.out.contains(QStringLiteral(", 1 applications, ")), qPrintable(restored.out));
    QVERIFY(QFileInfo::exists(restored.out.mid(at + 28).trimmed()));
    QCOMPARE(server->cli({QStringLiteral("journal"), QStringLiteral("verify")}).exitCode, 0);

    QVERIFY2(server->start(), qPrintable(server->startError()));
    const HttpReply old = server->get("/api/v1/changes?after=" + cursor, tokenA);
    QCOMPARE(old.status, 409);
    QCOMPARE(old.json()[QStringLiteral("code")].toString(), QStringLiteral("cursor_epoch_changed"));
    QSet<QString> ids;
    for (const QJsonValue &change : server->get("/api/v1/changes?limit=1000", tokenA).json()[QStringLiteral("changes")].toArray())
        ids.insert(change[QStringLiteral("id")].toString());
    QVERIFY(ids.contains(kept.id));
    QVERIFY(!ids.contains(lost.id));
    // The desk resends what the backup lacks: applied now, not a replay of an answer it lost.
    const QJsonObject resent = server->post("/api/v1/commands", batch({registration(2, lost)}), tokenA).json()[QStringLiteral("results")][0].toObject();
    QCOMPARE(resent[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    QVERIFY(!resent[QStringLiteral("replayed")].toBool());
}

void TestServerCli::journalVerifyNamesTheFirstBrokenEntry()
{
    if (onPostgres())
        QSKIP("the chain is verified the same way on both stores; the SQLite run tampers with the file directly");
    Server server;
    QVERIFY(server.init());
    QVERIFY(!server.addOrg(1).isEmpty());
    QVERIFY(!server.addOrg(2).isEmpty());
    Run ok = server.cli({QStringLiteral("journal"), QStringLiteral("verify")});
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.out, QStringLiteral("the journal is intact (2 entries)\n"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(server.url().mid(7));
        QVERIFY(db.open());
        // The journal refuses UPDATE (schema 9) ...
        QVERIFY(!QSqlQuery(db).exec(QStringLiteral("UPDATE journal SET actor = 'someone else' WHERE seq = 1")));
        QVERIFY(!QSqlQuery(db).exec(QStringLiteral("INSERT OR REPLACE INTO journal SELECT * FROM journal WHERE seq = 1")));
        // ... until someone with the file drops its triggers; verify finds it then.
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TRIGGER journal_no_update")));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE journal SET actor = 'someone else' WHERE seq = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    const Run broken = server.cli({QStringLiteral("journal"), QStringLiteral("verify")});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.err.contains(QStringLiteral("journal entry 1 does not match: hash_mismatch")), qPrintable(broken.err));

    // The last entry removed: found through the head the server keeps in meta.
    Server other;
    QVERIFY(other.init());
    QVERIFY(!other.addOrg(1).isEmpty());
    QVERIFY(!other.addOrg(2).isEmpty());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cut"));
        db.setDatabaseName(other.url().mid(7));
        QVERIFY(db.open());
        QVERIFY(!QSqlQuery(db).exec(QStringLiteral("DELETE FROM journal WHERE seq = 2")));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TRIGGER journal_no_delete")));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("DELETE FROM journal WHERE seq = 2")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cut"));
    const Run cut = other.cli({QStringLiteral("journal"), QStringLiteral("verify")});
    QCOMPARE(cut.exitCode, 1);
    QVERIFY2(cut.err.contains(QStringLiteral("journal entry 2 does not match: entries_missing")), qPrintable(cut.err));
}

void TestServerCli::servesOverTls()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!openssl.isEmpty(), "the openssl program (Debian package openssl) makes the test certificate");
    QVERIFY(QSslSocket::supportsSsl());
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess process;
    process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                            QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                            QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);

    Server server;
    QVERIFY(server.init());
    // A certificate without its key is refused with one line.
    QVERIFY(!server.start({QStringLiteral("--tls-cert"), cert}));
    QVERIFY2(server.startError().contains(QStringLiteral("--tls-cert and --tls-key go together")), qPrintable(server.startError()));
    QVERIFY2(server.start({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}), qPrintable(server.startError()));

    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone); // self-signed
    socket.connectToHostEncrypted(QStringLiteral("localhost"), server.port());
    QVERIFY2(socket.waitForEncrypted(20000), qPrintable(socket.errorString()));
    socket.write("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    QByteArray received;
    while (socket.waitForReadyRead(10000))
        received += socket.readAll();
    QVERIFY2(received.startsWith("HTTP/1.1 200"), received.constData());
    QVERIFY(received.contains("\"status\":\"ok\""));
    // Plain HTTP on the TLS port is not served.
    QCOMPARE(server.get("/api/v1/health", {}, 10000).status, 0);
}

void TestServerCli::directionsImportIssuesToTheKindergarten()
{
    Server server;
    QVERIFY(server.init());
    const QString orgA = server.addOrg(1);
    const QString orgB = server.addOrg(2);
    QTemporaryDir dir;
    Applications applications;
    QList<Application> queue;
    QJsonArray records;
    for (int i = 0; i < 2; ++i) {
        Application application = applications.next();
        application.filedAt = QDateTime::currentDateTimeUtc().addSecs(-600 + i);
        queue.append(application);
        records.append(ApplicationJson::toJson(application));
    }
    const QString queuePath = dir.filePath(QStringLiteral("queue.json"));
    QFile queueFile(queuePath);
    QVERIFY(queueFile.open(QIODevice::WriteOnly));
    queueFile.write(QJsonDocument(records).toJson());
    queueFile.close();
    QCOMPARE(server.cli({QStringLiteral("applications"), QStringLiteral("import"), queuePath}).exitCode, 0);

    auto direction = [&](const QString &number, const QString &org, const Application &application) {
        return QJsonObject{{QStringLiteral("number"), number},
                           {QStringLiteral("application_id"), application.id},
                           {QStringLiteral("kindergarten_id"), org},
                           {QStringLiteral("group_name"), QStringLiteral("Ортаңғы топ «Балапан»")},
                           {QStringLiteral("issued_at"), QStringLiteral("2026-12-01T04:30:00.000Z")},
                           {QStringLiteral("child_surname"), application.child.surname},
                           {QStringLiteral("child_name"), application.child.name},
                           {QStringLiteral("child_iin"), application.childIin}};
    };
    Application stranger = applications.next();
    const QJsonArray directions{direction(QStringLiteral("KRG-1"), orgA, queue.at(0)),
                                direction(QStringLiteral("KRG-2"), QStringLiteral("no-such-org"), queue.at(1)),
                                direction(QStringLiteral("KRG-3"), orgA, stranger)};
    const QString path = dir.filePath(QStringLiteral("directions.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(directions).toJson());
    file.close();

    const Run first = server.cli({QStringLiteral("directions"), QStringLiteral("import"), path});
    QCOMPARE(first.exitCode, 1);
    QVERIFY2(first.out == QStringLiteral("imported 1, already present 0, rejected 2\n"), qPrintable(first.out + first.err));
    QVERIFY(first.err.contains(QStringLiteral("record 1: org_not_found")));
    QVERIFY(first.err.contains(QStringLiteral("record 2: application_not_found")));
    const Run again = server.cli({QStringLiteral("directions"), QStringLiteral("import"), path});
    QVERIFY2(again.out == QStringLiteral("imported 0, already present 1, rejected 2\n"), qPrintable(again.out + again.err));

    // The kindergarten's desks see the direction whole; the other kindergarten's do not.
    const QString tokenA = server.addDesk(orgA);
    const QString tokenB = server.addDesk(orgB);
    QVERIFY(server.start());
    auto feed = [&](const QString &token) {
        return server.get("/api/v1/changes?limit=5000", token).body;
    };
    const QByteArray seenByA = feed(tokenA);
    QVERIFY(seenByA.contains("\"entity\":\"direction\",\"id\":\"KRG-1\""));
    QVERIFY(seenByA.contains(queue.at(0).childIin.toUtf8()));
    const QByteArray seenByB = feed(tokenB);
    QVERIFY(!seenByB.contains("KRG-1"));
    QVERIFY(!seenByB.contains(queue.at(0).childIin.toUtf8()));
    // The application holds a direction: no queue number, any desk may see that.
    const QJsonObject position = server.get("/api/v1/queue/position?iin=" + queue.at(0).childIin.toUtf8(), tokenB).json();
    QCOMPARE(position.value(QStringLiteral("status")).toString(), QStringLiteral("direction_issued"));
    QVERIFY(position.value(QStringLiteral("queue_number")).isNull());
    QCOMPARE(server.get("/api/v1/queue/position?iin=" + queue.at(1).childIin.toUtf8(), tokenB).json()
                 .value(QStringLiteral("queue_number")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_server_cli.moc"
