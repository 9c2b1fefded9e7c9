// Issue 14 item 4, tampering is found: qabyldau-cli journal verify against a store changed with
// SQL behind the program's back (by UPDATE, by INSERT OR REPLACE, with the triggers dropped and
// put back), and the journal's own protection.
#include "ProcessTestHelpers.h"

#include "domain/Iin.h"
#include "store/ApplicationJson.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

using ProcessTestHelpers::Result;
using ProcessTestHelpers::runCli;

QString makeIin(const QDate &birthDate, Iin::Sex sex, int serial)
{
    const QString prefix = birthDate.toString(u"yyMMdd"_s) + (sex == Iin::Sex::Male ? u'5' : u'6');
    for (int n = serial * 10;; ++n) {
        const QString eleven = prefix + QStringLiteral("%1").arg(n, 4, 10, QLatin1Char('0'));
        const int check = Iin::checkDigit(eleven);
        if (check >= 0)
            return eleven + QString::number(check);
    }
}

QString idOf(int serial)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(serial, 12, 10, QLatin1Char('0'));
}

QJsonObject record(int serial)
{
    Application a;
    a.id = idOf(serial);
    a.applicant = PersonName{u"Серікбаев"_s, u"Асқар"_s, u"Нұрланұлы"_s};
    a.applicantIin = u"900512300120"_s;
    a.applicantAddress = u"Қонаев, Абай к-сі, 1"_s;
    a.settlement = u"Қонаев"_s;
    a.childBirthDate = QDate(2021, 3, 15);
    a.childSex = Iin::Sex::Female;
    a.child = PersonName{u"Серікбаева"_s, u"Әлия"_s, {}};
    a.childIin = makeIin(a.childBirthDate, a.childSex, serial);
    a.category = Category::None;
    a.phones = {u"+77012345678"_s};
    a.consent = true;
    const QDateTime filed(QDate(2024, 4, serial), QTime(10, 0));
    a.signatureDate = filed.date();
    a.filedAt = filed;
    return ApplicationJson::toJson(a);
}

// A store of three imported applications (one journal entry for the import).
QString makeStore(const QTemporaryDir &dir)
{
    QJsonArray array;
    for (int serial = 1; serial <= 3; ++serial)
        array.append(record(serial));
    const QString file = dir.filePath(u"applications.json"_s);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(array).toJson());
    out.close();
    const QString store = dir.filePath(u"store.sqlite"_s);
    const Result imported = runCli({u"--store"_s, store, u"applications"_s, u"import"_s, file});
    if (imported.exitCode != 0)
        return {};
    return store;
}

Result verify(const QString &store)
{
    return runCli({u"--lang"_s, u"en"_s, u"--store"_s, store, u"journal"_s, u"verify"_s});
}

// Runs statements on a connection of another SQLite client (no qabyldau_row_seal function), as
// someone with the file and the sqlite3 shell would. The first error, or an empty string.
QString tamper(const QString &store, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(store);
        if (!db.open())
            return db.lastError().text();
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                error = query.lastError().text();
                break;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// The CREATE TRIGGER statements of table's seal triggers, to drop them and put them back.
QStringList sealTriggers(const QString &store, const QString &table)
{
    const QString name = QUuid::createUuid().toString(QUuid::Id128);
    QStringList sql;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(store);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(u"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '"_s + table
                       + u"_seal_%' ORDER BY name"_s);
            while (query.next())
                sql.append(query.value(0).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return sql;
}

QStringList dropped(const QStringList &triggers)
{
    QStringList drops;
    for (const QString &sql : triggers)
        drops.append(u"DROP TRIGGER "_s + sql.section(u' ', 2, 2));
    return drops;
}

QStringList lines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestCliJournal : public QObject
{
    Q_OBJECT

private slots:
    void intactStore()
    {
        QTemporaryDir dir;
        const QString store = makeStore(dir);
        QVERIFY(!store.isEmpty());
        const Result result = verify(store);
        QCOMPARE(result.err, QString());
        QCOMPARE(result.out, u"intact (1 entries, 3 rows checked)\n"_s);
        QCOMPARE(result.exitCode, 0);
    }

    void noStore()
    {
        QTemporaryDir dir;
        const Result result = verify(dir.filePath(u"none.sqlite"_s));
        QCOMPARE(result.exitCode, 3);
        QVERIFY(ProcessTestHelpers::isOneLine(result.err));
        QVERIFY(!QFile::exists(dir.filePath(u"none.sqlite"_s)));
    }

    // The case: filing time and category moved with the journal intact.
    void updateIsRefusedThenFoundAndNamed()
    {
        QTemporaryDir dir;
        const QString store = makeStore(dir);
        QVERIFY(!store.isEmpty());
        const QString update = u"UPDATE applications SET category = 1, filed_at = filed_at - 86400000 * 400"
                               " WHERE id = '"_s + idOf(2) + u"'"_s;
        // Another SQLite client cannot write a sealed table at all while the triggers are there.
        QVERIFY(tamper(store, {update}).contains(u"qabyldau_row_seal"_s));
        QCOMPARE(verify(store).exitCode, 0);

        QCOMPARE(tamper(store, dropped(sealTriggers(store, u"applications"_s)) << update), QString());
        const Result result = verify(store);
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.out, QString());
        QCOMPARE(lines(result.err),
                 QStringList{u"Application %1 (applications) was changed outside the program: category, filed_at."_s
                                 .arg(idOf(2))});
    }

    // Put back after the change, the triggers do not launder the row when the program next writes it.
    void earlierChangeSurvivesTheNextWrite()
    {
        QTemporaryDir dir;
        const QString store = makeStore(dir);
        QVERIFY(!store.isEmpty());
        const QStringList triggers = sealTriggers(store, u"applications"_s);
        QCOMPARE(triggers.size(), 4); // insert, broken, update, delete
        QCOMPARE(tamper(store, dropped(triggers) << u"UPDATE applications SET child_iin = '210315600000'"
                                                    " WHERE id = '"_s + idOf(3) + u"'"_s
                                                 << triggers),
                 QString());
        {
            // The program writes the row again (as archiving it would).
            const Expected<std::shared_ptr<Database>> database = Database::open(store);
            QVERIFY(database);
            QSqlQuery query((*database)->connection());
            QVERIFY2(query.exec(u"UPDATE applications SET status = 'archived', archive_reason = 'other'"
                                " WHERE id = '"_s + idOf(3) + u"'"_s),
                     qPrintable(query.lastError().text()));
        }
        const Result result = verify(store);
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(lines(result.err),
                 QStringList{u"Application %1 (applications) had been changed outside the program before it was"
                             " saved again: child_iin."_s.arg(idOf(3))});
    }

    void insertOrReplaceIsRefusedThenFound()
    {
        QTemporaryDir dir;
        const QString store = makeStore(dir);
        QVERIFY(!store.isEmpty());
        // The import's entry, rewritten in place (REPLACE deletes without the delete trigger).
        const QString replace = u"INSERT OR REPLACE INTO journal (seq, at, actor, event, entity, entity_id, payload,"
                                " prev_hash, hash) SELECT seq, at, 'someone else', event, entity, entity_id, payload,"
                                " prev_hash, hash FROM journal WHERE seq = 1"_s;
        QVERIFY(tamper(store, {replace}).contains(u"append-only"_s));
        QCOMPARE(verify(store).exitCode, 0);

        QCOMPARE(tamper(store, {u"DROP TRIGGER journal_no_replace"_s, replace}), QString());
        const Result result = verify(store);
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(lines(result.err),
                 QStringList{u"The journal is broken at entry 1: the entry was changed after it was written."_s});
    }

    // A sealed row cannot be deleted by another SQLite client, nor the record of earlier changes
    // changed or deleted; with the triggers dropped a row can (what the seals do not catch,
    // docs/cli.md).
    void deleteIsRefusedToAnotherClient()
    {
        QTemporaryDir dir;
        const QString store = makeStore(dir);
        QVERIFY(!store.isEmpty());
        const QString remove = u"DELETE FROM applications WHERE id = '"_s + idOf(2) + u"'"_s;
        QVERIFY(tamper(store, {remove}).contains(u"qabyldau_row_seal"_s));
        QVERIFY(tamper(store, {u"DELETE FROM applications"_s}).contains(u"qabyldau_row_seal"_s));
        QCOMPARE(verify(store).out, u"intact (1 entries, 3 rows checked)\n"_s);

        QCOMPARE(tamper(store, dropped(sealTriggers(store, u"applications"_s)) << remove), QString());
        QCOMPARE(verify(store).out, u"intact (1 entries, 2 rows checked)\n"_s);

        const QString evidence = u"INSERT INTO row_seal_breaks (tbl, id, seal, found) VALUES ('applications', '"_s + idOf(3)
                                 + u"', x'00', x'01')"_s;
        QCOMPARE(tamper(store, {evidence}), QString());
        QVERIFY(tamper(store, {u"DELETE FROM row_seal_breaks"_s}).contains(u"is kept"_s));
        QVERIFY(tamper(store, {u"UPDATE row_seal_breaks SET id = 'someone else'"_s}).contains(u"is kept"_s));
        QCOMPARE(verify(store).exitCode, 1);
    }

    // Directions, places... are sealed the same way; findings are capped.
    void otherTablesAndTheCap()
    {
        QTemporaryDir dir;
        const QString store = makeStore(dir);
        QVERIFY(!store.isEmpty());
        {
            const Expected<std::shared_ptr<Database>> database = Database::open(store);
            QVERIFY(database);
            QSqlQuery query((*database)->connection());
            for (int n = 1; n <= 25; ++n)
                QVERIFY2(query.exec(u"INSERT INTO directions (number, kindergarten_id, issued_at, created_at, updated_at)"
                                    " VALUES ('D-%1', 'kg-1', 0, 0, 0)"_s.arg(n, 2, 10, QLatin1Char('0'))),
                         qPrintable(query.lastError().text()));
        }
        QCOMPARE(verify(store).out, u"intact (1 entries, 28 rows checked)\n"_s);
        QCOMPARE(tamper(store, dropped(sealTriggers(store, u"directions"_s))
                                   << u"UPDATE directions SET status = 'used'"_s),
                 QString());
        const Result result = verify(store);
        QCOMPARE(result.exitCode, 1);
        const QStringList found = lines(result.err);
        QCOMPARE(found.size(), 21);
        QCOMPARE(found.first(), u"Direction D-01 (directions) was changed outside the program: status."_s);
        QCOMPARE(found.last(), u"and 5 more"_s);
    }

    // A store of the schema before the seals: its rows are sealed as they are at the migration.
    void storesFromBeforeAreSealedAtMigration()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(u"old.sqlite"_s);
        qsizetype seals = -1;
        for (qsizetype i = 0; i < Migrations::all().size(); ++i)
            if (Migrations::all().at(i).description == u"journal seals"_s)
                seals = i;
        QVERIFY(seals > 0);
        {
            const Expected<std::shared_ptr<Database>> old = Database::open(store, Migrations::all().mid(0, seals));
            QVERIFY(old);
            QSqlQuery query((*old)->connection());
            QVERIFY2(query.exec(u"INSERT INTO places (id, kindergarten_id, created_at, updated_at)"
                                " VALUES ('p-1', 'kg-1', 0, 0)"_s),
                     qPrintable(query.lastError().text()));
        }
        const Result result = verify(store);
        QCOMPARE(result.err, QString());
        QCOMPARE(result.out, u"intact (0 entries, 1 rows checked)\n"_s);
        QCOMPARE(tamper(store, dropped(sealTriggers(store, u"places"_s)) << u"UPDATE places SET status = 'filled'"_s),
                 QString());
        QCOMPARE(lines(verify(store).err),
                 QStringList{u"Place p-1 (places) was changed outside the program: status."_s});
    }
};

QTEST_GUILESS_MAIN(TestCliJournal)
#include "tst_cli_journal.moc"
