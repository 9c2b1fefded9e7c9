// Backup and restore of the local store (issue 13 item 7): the round trip, the checks that refuse
// a damaged or foreign copy without touching the store, the refusal while the store is open, and
// the daily backup's pruning by the day it is given.
#include "store/Backup.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/WriteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QDateTime at(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);

// A kindergarten row and its journal entry, in one transaction, as the stores write.
bool addKindergarten(const std::shared_ptr<Database> &database, const QString &id, const QString &name)
{
    QSqlDatabase db = database->connection();
    WriteTransaction transaction(db);
    if (!transaction.begin())
        return false;
    {
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO kindergartens (id, name_kk, name_ru) VALUES (:id, :name, :name)"_s);
        insert.bindValue(u":id"_s, id);
        insert.bindValue(u":name"_s, name);
        if (!insert.exec())
            return false;
    }
    // The name is in the row only: a byte changed in it is found by the digest, not by the journal.
    if (!Journal::append(db, u"kindergarten_added"_s, u"kindergarten"_s, id, {{u"id"_s, id}}, u"test"_s, at))
        return false;
    return bool(transaction.commit());
}

QStringList kindergartens(const QString &storePath)
{
    Expected<std::shared_ptr<Database>> database = Database::open(storePath);
    if (!database)
        return {u"<cannot open: "_s + database.error().message() + u'>'};
    QStringList names;
    QSqlQuery query((*database)->connection());
    query.exec(u"SELECT name_kk FROM kindergartens ORDER BY id"_s);
    while (query.next())
        names << query.value(0).toString();
    return names;
}

QByteArray digestOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool rewrite(const QString &path, const std::function<void(QByteArray &)> &change)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = file.readAll();
    change(bytes);
    file.resize(0);
    file.seek(0);
    return file.write(bytes) == bytes.size();
}

bool execOn(const QString &path, const QStringList &statements)
{
    const QString name = u"tst_backup_raw"_s;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            ok = ok && query.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

struct Report
{
    Backup::Phase phase;
    qint64 done;
    qint64 total;
};

Backup::Progress recorder(QList<Report> *reports)
{
    return [reports](Backup::Phase phase, qint64 done, qint64 total) { reports->append({phase, done, total}); };
}

using Phase = Backup::Phase;
const QList<Phase> backupPhases{Phase::Copy, Phase::Digest, Phase::Integrity, Phase::Content, Phase::Journal};
const QList<Phase> restorePhases{Phase::Copy, Phase::Integrity, Phase::Content, Phase::Journal, Phase::KeepAside};

// The phases in the order they were reported, each once: empty when a phase comes back after
// another, or within a phase the total changes, done goes back, does not start at 0 or does not
// end at the total.
QList<Phase> phasesOf(const QList<Report> &reports)
{
    QList<Phase> phases;
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const Report &report = reports.at(i);
        const bool first = i == 0 || reports.at(i - 1).phase != report.phase;
        const bool last = i + 1 == reports.size() || reports.at(i + 1).phase != report.phase;
        if (first) {
            if (phases.contains(report.phase) || report.done != 0)
                return {};
            phases << report.phase;
        } else {
            const Report &before = reports.at(i - 1);
            if (report.total != before.total || report.done < before.done)
                return {};
        }
        if (last && report.done != report.total)
            return {};
        if (report.done < 0 || report.done > report.total)
            return {};
    }
    return phases;
}

// How many reports of phase came between its first and its last.
qsizetype reportsBetween(const QList<Report> &reports, Phase phase)
{
    return std::max<qsizetype>(0, std::count_if(reports.begin(), reports.end(),
                                                [phase](const Report &report) { return report.phase == phase; })
                                      - 2);
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void roundTrip();
    void backupReplacesAnEarlierOneButNotOtherFiles();
    void refusesADamagedOrForeignCopy_data();
    void refusesADamagedOrForeignCopy();
    void refusesWhileTheStoreIsOpen();
    void restoresTheCopyKeptAside();
    void restoreOverAStoreACrashLeftInItsLog();
    void restoredOutboxNumbersAfterWhatTheServerAnswered();
    void dailyBackupPrunesByAge();
    void progressOfEachPhaseOnALargerStore();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
    QString m_backup;
};

void TestBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = m_dir->filePath(u"store.sqlite"_s);
    m_backup = m_dir->filePath(u"copy.sqlite"_s);
    Expected<std::shared_ptr<Database>> database = Database::open(m_store);
    QVERIFY(database);
    QVERIFY(addKindergarten(*database, u"K1"_s, u"Балапан"_s));
    QVERIFY(addKindergarten(*database, u"K2"_s, u"Құлыншақ"_s));
}

void TestBackup::roundTrip()
{
    {
        Expected<std::shared_ptr<Database>> database = Database::open(m_store);
        QVERIFY(database);
        QList<Report> reports;
        const Expected<Backup::Checked> made = Backup::create(m_store, m_backup, recorder(&reports));
        QVERIFY2(made, made ? "" : qPrintable(made.error().message()));
        QVERIFY(made->digestChecked);
        QCOMPARE(made->journalEntries, 2);
        QCOMPARE(made->schemaVersion, Database::currentSchemaVersion());
        QCOMPARE(phasesOf(reports), backupPhases);
        // One file, readable by its owner only, nothing left beside it.
        QCOMPARE(QFile::permissions(m_backup) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        QVERIFY(!QFileInfo::exists(m_backup + u"-wal"_s));
        QVERIFY(!QFileInfo::exists(m_backup + u".partial"_s));

        // The change after the backup, which the restore takes back.
        QVERIFY(addKindergarten(*database, u"K3"_s, u"Ақбота"_s));
    }
    QCOMPARE(kindergartens(m_store), (QStringList{u"Балапан"_s, u"Құлыншақ"_s, u"Ақбота"_s}));

    const QDateTime now(QDate(2026, 3, 5), QTime(14, 7, 9));
    const Expected<Backup::Restored> restored = Backup::restore(m_store, m_backup, now);
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message()));
    QCOMPARE(restored->keptAside, m_store + u".before-restore-20260305-140709"_s);
    QCOMPARE(kindergartens(m_store), (QStringList{u"Балапан"_s, u"Құлыншақ"_s}));
    QCOMPARE(kindergartens(restored->keptAside), (QStringList{u"Балапан"_s, u"Құлыншақ"_s, u"Ақбота"_s}));

    Expected<std::shared_ptr<Database>> database = Database::open(m_store);
    QVERIFY(database);
    const Expected<JournalVerification> journal = Journal::verify((*database)->connection());
    QVERIFY(journal);
    QVERIFY(journal->ok());
    QCOMPARE(journal->entries, 2);
    // The backup's digest stays with the backup file.
    QSqlQuery digest((*database)->connection());
    QVERIFY(digest.exec(u"SELECT count(*) FROM meta WHERE key = 'backup_digest'"_s) && digest.next());
    QCOMPARE(digest.value(0).toInt(), 0);
    // The store works on: a new entry chains onto the restored journal.
    QVERIFY(addKindergarten(*database, u"K4"_s, u"Еркетай"_s));
    QVERIFY(Journal::verify((*database)->connection())->ok());
    // Nothing of the restore's own is left in the folder.
    const QStringList left = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : left)
        QVERIFY2(!name.contains(u"restoring"_s), qPrintable(name));
}

void TestBackup::backupReplacesAnEarlierOneButNotOtherFiles()
{
    QVERIFY(Backup::create(m_store, m_backup));
    {
        Expected<std::shared_ptr<Database>> database = Database::open(m_store);
        QVERIFY(database);
        QVERIFY(addKindergarten(*database, u"K3"_s, u"Ақбота"_s));
    }
    QVERIFY(Backup::create(m_store, m_backup));
    QCOMPARE(kindergartens(m_backup).size(), 3);

    const QString letter = m_dir->filePath(u"letter.txt"_s);
    QVERIFY(rewrite(letter, [](QByteArray &bytes) { bytes = "Dear parents"; }));
    const Expected<Backup::Checked> refused = Backup::create(m_store, letter);
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, Rule::OutputNotReplaceable);
    QCOMPARE(digestOf(letter), QCryptographicHash::hash("Dear parents", QCryptographicHash::Sha256));

    const Expected<Backup::Checked> itself = Backup::create(m_store, m_store);
    QVERIFY(!itself);
    QCOMPARE(itself.error().rule, Rule::OutputNotReplaceable);
}

void TestBackup::refusesADamagedOrForeignCopy_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("rule");
    QTest::newRow("truncated") << u"truncated"_s << int(Rule::BackupDamaged);
    QTest::newRow("a byte flipped in a record") << u"flipped"_s << int(Rule::BackupDamaged);
    QTest::newRow("a page header broken") << u"page"_s << int(Rule::BackupDamaged);
    QTest::newRow("journal changed in a plain copy") << u"journal"_s << int(Rule::BackupDamaged);
    QTest::newRow("not SQLite") << u"text"_s << int(Rule::BackupNotAStore);
    QTest::newRow("another program's database") << u"foreign"_s << int(Rule::BackupNotAStore);
    QTest::newRow("newer schema") << u"newer"_s << int(Rule::StoreSchemaTooNew);
    QTest::newRow("no such file") << u"missing"_s << int(Rule::BackupNotAStore);
}

void TestBackup::refusesADamagedOrForeignCopy()
{
    QFETCH(QString, damage);
    QFETCH(int, rule);
    QVERIFY(Backup::create(m_store, m_backup));
    {
        // The store moves on after the backup: the refused restore must not take this back.
        Expected<std::shared_ptr<Database>> database = Database::open(m_store);
        QVERIFY(database);
        QVERIFY(addKindergarten(*database, u"K3"_s, u"Ақбота"_s));
    }
    const QByteArray storeBefore = digestOf(m_store);
    QVERIFY(!storeBefore.isEmpty());

    if (damage == u"truncated") {
        QVERIFY(rewrite(m_backup, [](QByteArray &bytes) { bytes.truncate(bytes.size() - Database::newStorePageSize - 100); }));
    } else if (damage == u"flipped") {
        // Inside a kindergarten's name: integrity_check does not look into records, the digest does.
        QVERIFY(rewrite(m_backup, [](QByteArray &bytes) {
            const qsizetype where = bytes.indexOf(QByteArray("Құлыншақ"));
            QVERIFY(where > 0);
            bytes[where + 2] = char(bytes.at(where + 2) ^ 0x01);
        }));
    } else if (damage == u"page") {
        QVERIFY(rewrite(m_backup, [](QByteArray &bytes) {
            for (qsizetype page = Database::newStorePageSize; page + 8 < bytes.size(); page += Database::newStorePageSize)
                bytes[page + 3] = char(0x7f); // every b-tree page's cell count
        }));
    } else if (damage == u"journal") {
        // A copy of a store file (no digest): the journal's chain is then what finds the change.
        QVERIFY(execOn(m_backup, {u"DELETE FROM meta WHERE key = 'backup_digest'"_s,
                                  u"DROP TRIGGER IF EXISTS journal_no_update"_s,
                                  u"UPDATE journal SET payload = '{\"name\":\"Other\"}' WHERE seq = 1"_s}));
    } else if (damage == u"text") {
        QVERIFY(rewrite(m_backup, [](QByteArray &bytes) { bytes = "id;name\nK1;Балапан\n"; }));
    } else if (damage == u"foreign") {
        QFile::remove(m_backup);
        QVERIFY(execOn(m_backup, {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s,
                                  u"INSERT INTO notes (text) VALUES ('hello')"_s}));
    } else if (damage == u"newer") {
        QVERIFY(execOn(m_backup, {u"DELETE FROM meta WHERE key = 'backup_digest'"_s,
                                  u"UPDATE meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(
                                      Database::currentSchemaVersion() + 1)}));
    } else if (damage == u"missing") {
        QFile::remove(m_backup);
    }

    const Expected<Backup::Restored> restored = Backup::restore(m_store, m_backup, QDateTime(QDate(2026, 3, 5), QTime(14, 0)));
    QVERIFY(!restored);
    QCOMPARE(int(restored.error().rule), rule);
    QCOMPARE(restored.error().field, Field::Backup);
    QVERIFY2(restored.error().detail.contains(QDir::toNativeSeparators(m_backup)), qPrintable(restored.error().detail));

    // The store is as it was, nothing was put aside, nothing of the attempt is left.
    QCOMPARE(digestOf(m_store), storeBefore);
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : files) {
        QVERIFY2(!name.contains(u"before-restore"_s), qPrintable(name));
        QVERIFY2(!name.contains(u"restoring"_s), qPrintable(name));
    }
    QCOMPARE(kindergartens(m_store).size(), 3);
}

void TestBackup::refusesWhileTheStoreIsOpen()
{
    QVERIFY(Backup::create(m_store, m_backup));
    Expected<std::shared_ptr<Database>> database = Database::open(m_store);
    QVERIFY(database);
    QVERIFY(addKindergarten(*database, u"K3"_s, u"Ақбота"_s));

    const Expected<Backup::Restored> restored = Backup::restore(m_store, m_backup, at);
    QVERIFY(!restored);
    QCOMPARE(restored.error().rule, Rule::StoreInUse);
    QCOMPARE(restored.error().field, Field::Store);

    // The open connection goes on as before.
    QVERIFY(addKindergarten(*database, u"K4"_s, u"Еркетай"_s));
    database = Issue();
    QCOMPARE(kindergartens(m_store).size(), 4);
    QVERIFY(!QFileInfo::exists(m_store + u".before-restore-20260302-093000"_s));
}

void TestBackup::restoresTheCopyKeptAside()
{
    // A restore can be taken back: the store kept aside is a plain store file, and restores too.
    QVERIFY(Backup::create(m_store, m_backup));
    {
        Expected<std::shared_ptr<Database>> database = Database::open(m_store);
        QVERIFY(database);
        QVERIFY(addKindergarten(*database, u"K3"_s, u"Ақбота"_s));
    }
    const Expected<Backup::Restored> first = Backup::restore(m_store, m_backup, at);
    QVERIFY(first);
    QCOMPARE(kindergartens(m_store).size(), 2);
    const Expected<Backup::Restored> back = Backup::restore(m_store, first->keptAside, at);
    QVERIFY2(back, back ? "" : qPrintable(back.error().message()));
    QVERIFY(!back->copy.digestChecked);
    QCOMPARE(back->keptAside, m_store + u".before-restore-20260302-093000-2"_s);
    QCOMPARE(kindergartens(m_store).size(), 3);
}

void TestBackup::restoreOverAStoreACrashLeftInItsLog()
{
    // A desk that crashed leaves its last changes in the -wal file only: the copy kept aside must
    // have them, and the restored store must not replay that log.
    QVERIFY(Backup::create(m_store, m_backup));
    const QString crashed = m_dir->filePath(u"crashed.sqlite"_s);
    {
        Expected<std::shared_ptr<Database>> database = Database::open(m_store);
        QVERIFY(database);
        QSqlQuery(u"PRAGMA wal_autocheckpoint = 0"_s, (*database)->connection());
        QVERIFY(addKindergarten(*database, u"K3"_s, u"Ақбота"_s));
        QVERIFY(QFileInfo(m_store + u"-wal"_s).size() > 0);
        QVERIFY(QFile::copy(m_store, crashed));
        QVERIFY(QFile::copy(m_store + u"-wal"_s, crashed + u"-wal"_s));
    }
    const Expected<Backup::Restored> restored = Backup::restore(crashed, m_backup, at);
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message()));
    QVERIFY(!QFileInfo::exists(crashed + u"-wal"_s) || QFileInfo(crashed + u"-wal"_s).size() == 0);
    QCOMPARE(kindergartens(crashed).size(), 2);
    QCOMPARE(kindergartens(restored->keptAside).size(), 3);
}

void TestBackup::restoredOutboxNumbersAfterWhatTheServerAnswered()
{
    const auto addCommand = [](const std::shared_ptr<Database> &database, const QString &state) {
        QSqlQuery insert(database->connection());
        insert.prepare(u"INSERT INTO outbox (id, type, payload, created_at, state)"
                       " VALUES (:id, 'test', '{}', '2026-03-02T04:00:00.000Z', :state)"_s);
        insert.bindValue(u":id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        insert.bindValue(u":state"_s, state);
        return insert.exec() ? insert.lastInsertId().toLongLong() : -1;
    };
    {
        Expected<std::shared_ptr<Database>> database = Database::open(m_store);
        QVERIFY(database);
        QCOMPARE(addCommand(*database, u"applied"_s), 1);
        QCOMPARE(addCommand(*database, u"pending"_s), 2);
        QVERIFY(Backup::create(m_store, m_backup));
        // After the backup: the pending one and two more reach the server, one is still waiting.
        QSqlQuery((u"UPDATE outbox SET state = 'applied' WHERE position = 2"_s), (*database)->connection());
        QCOMPARE(addCommand(*database, u"applied"_s), 3);
        QCOMPARE(addCommand(*database, u"rejected"_s), 4);
        QCOMPARE(addCommand(*database, u"pending"_s), 5);
    }
    QVERIFY(Backup::restore(m_store, m_backup, at));
    Expected<std::shared_ptr<Database>> database = Database::open(m_store);
    QVERIFY(database);
    // Command 2, pending in the backup, was answered since: it is not sent again.
    QSqlQuery state(u"SELECT state FROM outbox WHERE position = 2"_s, (*database)->connection());
    QVERIFY(state.next());
    QCOMPARE(state.value(0).toString(), u"applied"_s);
    state.finish();
    // The server answered up to 4: the next command is 5, not 3 (which it applied already).
    QCOMPARE(addCommand(*database, u"pending"_s), 5);
}

void TestBackup::dailyBackupPrunesByAge()
{
    const QString folder = Backup::defaultFolder(m_store);
    QCOMPARE(folder, m_dir->filePath(u"backups"_s));
    const QString other = folder + u"/notes.txt"_s;

    // Twenty days of a desk started each morning, a copy kept for 14 days.
    const QDate first(2026, 2, 1);
    for (int day = 0; day < 20; ++day) {
        const QDate today = first.addDays(day);
        const Expected<Backup::Daily> daily = Backup::runDaily(m_store, folder, 14, today);
        QVERIFY2(daily, daily ? "" : qPrintable(daily.error().message()));
        QCOMPARE(daily->created, folder + u'/' + Backup::dailyFileName(today));
        QCOMPARE(daily->pruned.size(), day >= 14 ? 1 : 0);
        if (day == 0)
            QVERIFY(rewrite(other, [](QByteArray &bytes) { bytes = "mine"; }));
        // Started again the same day: today's copy is there already.
        const Expected<Backup::Daily> again = Backup::runDaily(m_store, folder, 14, today);
        QVERIFY(again);
        QVERIFY(again->created.isEmpty());
        QVERIFY(again->pruned.isEmpty());
    }
    QStringList expected;
    for (int day = 6; day < 20; ++day)
        expected << Backup::dailyFileName(first.addDays(day));
    QCOMPARE(QDir(folder).entryList({u"qabyldau-*.sqlite"_s}, QDir::Files, QDir::Name), expected);
    QVERIFY(QFileInfo::exists(other));
    QVERIFY(Backup::check(folder + u'/' + expected.last()));

    // Fewer days kept: the older ones go at the next run.
    const Expected<Backup::Daily> shorter = Backup::runDaily(m_store, folder, 3, first.addDays(19));
    QVERIFY(shorter);
    QCOMPARE(shorter->pruned.size(), 11);
    QCOMPARE(QDir(folder).entryList({u"qabyldau-*.sqlite"_s}, QDir::Files).size(), 3);

    // No copy today (the store is gone): nothing old is removed either.
    QFile::remove(m_store);
    const Expected<Backup::Daily> failed = Backup::runDaily(m_store, folder, 1, first.addDays(40));
    QVERIFY(!failed);
    QCOMPARE(QDir(folder).entryList({u"qabyldau-*.sqlite"_s}, QDir::Files).size(), 3);
}

void TestBackup::progressOfEachPhaseOnALargerStore()
{
    // About 8 MB and 3,000 journal entries: more than one step of the copy (4 MiB), and
    // enough rows and entries for reports between the start and the end of each phase.
    {
        Expected<std::shared_ptr<Database>> database = Database::open(m_store);
        QVERIFY(database);
        QSqlDatabase db = (*database)->connection();
        WriteTransaction transaction(db);
        QVERIFY(transaction.begin());
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(u"INSERT INTO kindergartens (id, name_kk, name_ru) VALUES (:id, :name, :name)"_s));
        for (int i = 0; i < 3000; ++i) {
            const QString id = u"G%1"_s.arg(i);
            insert.bindValue(u":id"_s, id);
            insert.bindValue(u":name"_s, u"Балбөбек %1 "_s.arg(i).repeated(60));
            QVERIFY(insert.exec());
            QVERIFY(Journal::append(db, u"kindergarten_added"_s, u"kindergarten"_s, id, {{u"id"_s, id}}, u"test"_s, at));
        }
        QVERIFY(transaction.commit());
    }
    QVERIFY(QFileInfo(m_store).size() > 4 * 1024 * 1024);

    QList<Report> made;
    const Expected<Backup::Checked> checked = Backup::create(m_store, m_backup, recorder(&made));
    QVERIFY2(checked, checked ? "" : qPrintable(checked.error().message()));
    QCOMPARE(phasesOf(made), backupPhases);
    for (const Phase phase : {Phase::Copy, Phase::Digest, Phase::Content, Phase::Journal})
        QVERIFY2(reportsBetween(made, phase) > 0, qPrintable(u"phase %1"_s.arg(int(phase))));
    // The copy counts pages, the digests rows (at least the 3,002 kindergartens and the journal's
    // entries), the chain its entries; integrity_check cannot tell how far it is.
    const auto totalOf = [](const QList<Report> &reports, Phase phase) {
        for (const Report &report : reports) {
            if (report.phase == phase)
                return report.total;
        }
        return qint64(-1);
    };
    QCOMPARE(totalOf(made, Phase::Copy), QFileInfo(m_store).size() / Database::newStorePageSize);
    QVERIFY(totalOf(made, Phase::Digest) >= 2 * 3002);
    QCOMPARE(totalOf(made, Phase::Content), totalOf(made, Phase::Digest));
    QCOMPARE(totalOf(made, Phase::Integrity), 0);
    QCOMPARE(totalOf(made, Phase::Journal), 3002);

    // check() alone reports its three phases.
    QList<Report> checkedAgain;
    QVERIFY(Backup::check(m_backup, recorder(&checkedAgain)));
    QCOMPARE(phasesOf(checkedAgain), (QList<Phase>{Phase::Integrity, Phase::Content, Phase::Journal}));

    QList<Report> restored;
    const Expected<Backup::Restored> back = Backup::restore(m_store, m_backup, at, recorder(&restored));
    QVERIFY2(back, back ? "" : qPrintable(back.error().message()));
    QCOMPARE(phasesOf(restored), restorePhases);
    // The files are copied in MiB.
    QCOMPARE(totalOf(restored, Phase::Copy), (QFileInfo(m_backup).size() + (1 << 20) - 1) / (1 << 20));
    QCOMPARE(totalOf(restored, Phase::KeepAside), (QFileInfo(back->keptAside).size() + (1 << 20) - 1) / (1 << 20));
    QVERIFY(totalOf(restored, Phase::Copy) > 1);

    // A failed check ends without reporting the end of its phase, and nothing after it.
    QFile::remove(m_store + u".before-restore-20260302-093000"_s);
    QVERIFY(rewrite(m_backup, [](QByteArray &bytes) { bytes.chop(8192); }));
    QList<Report> refused;
    QVERIFY(!Backup::restore(m_store, m_backup, at, recorder(&refused)));
    QCOMPARE(phasesOf(refused), QList<Phase>{Phase::Copy}); // the cut is found before integrity_check
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
