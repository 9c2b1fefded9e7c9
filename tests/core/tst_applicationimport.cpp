#include "domain/QueueOrder.h"
#include "store/ApplicationImport.h"
#include "store/ApplicationJson.h"
#include "store/ApplicationStore.h"
#include "store/CanonicalJson.h"
#include "store/Journal.h"
#include "store/Migrations.h"
#include "store/Outbox.h"
#include "store/QueueStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// Bulk import (ApplicationImport): batches commit with their outbox command and journal entry,
// the batch hash can be recomputed from the stored rows, and imported rows take their place in
// the queue of RULES 3.3 wherever their filing times fall.
namespace {

const QDateTime importTime(QDate(2024, 5, 2), QTime(10, 0));

QString makeIin(const QDate &birthDate, int serial)
{
    const QString prefix = birthDate.toString(u"yyMMdd"_s) + u'5';
    for (int n = serial * 10;; ++n) {
        const QString eleven = prefix + QStringLiteral("%1").arg(n, 4, 10, QLatin1Char('0'));
        const int check = Iin::checkDigit(eleven);
        if (check >= 0)
            return eleven + QString::number(check);
    }
}

Application application(int serial, Category category, const QDateTime &filed, int birthYear = 2021)
{
    Application a;
    a.id = QStringLiteral("10000000-0000-4000-8000-%1").arg(serial, 12, 10, QLatin1Char('0'));
    a.applicant = PersonName{u"Ахметов"_s, u"Ерлан"_s, {}};
    a.applicantIin = u"900512300120"_s;
    a.applicantAddress = u"Есік, Абай к-сі, 1"_s;
    a.settlement = u"Есік"_s;
    a.childBirthDate = QDate(birthYear, 2, 1);
    a.childSex = Iin::Sex::Male;
    a.child = PersonName{u"Ахметов"_s, u"Әли"_s, {}};
    a.childIin = makeIin(a.childBirthDate, serial);
    a.category = category;
    if (Categories::requiresDocument(category) || Categories::documentExpires(category))
        a.categoryDocument = CategoryDocument{u"Certificate"_s, u"1"_s, {}, filed.date()};
    a.phones = {u"8 701 234 56 78"_s}; // stored as E.164
    a.consent = true;
    a.signatureDate = filed.date();
    a.filedAt = filed;
    return a;
}

QByteArray fileOf(const QList<Application> &applications)
{
    QJsonArray array;
    for (const Application &a : applications)
        array.append(ApplicationJson::toJson(a));
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// The CREATE statements of the indexes the store has on `applications` (not the primary key's).
QStringList applicationIndexSql(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.exec(u"SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'applications'"
               " AND sql IS NOT NULL"_s);
    QStringList statements;
    while (query.next())
        statements.append(query.value(0).toString());
    statements.sort();
    return statements;
}

QStringList expectedIndexSql()
{
    QStringList statements = Migrations::applicationIndexes();
    statements.sort();
    return statements;
}

// Bulk mode for every file (threshold 1) or for none.
void addBulkColumn()
{
    QTest::addColumn<qsizetype>("bulkThreshold");
    QTest::newRow("row by row") << qsizetype(1000000);
    QTest::newRow("bulk") << qsizetype(1);
}

Category categoryFor(int i)
{
    if (i % 11 == 0)
        return Category::SpecialStateBody;
    if (i % 4 == 0)
        return Category::LargeFamily;
    return Category::None;
}

} // namespace

class TestApplicationImport : public QObject
{
    Q_OBJECT

private slots:
    void batchesCommitWithOutboxAndJournal()
    {
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database);
        QList<Application> applications;
        for (int i = 1; i <= 7; ++i)
            applications.append(application(i, categoryFor(i), importTime.addDays(-i)));
        // Characters the canonical JSON escapes, and an e-mail, a kindergarten list, a document.
        applications[2].applicantAddress = u"Есік, \"Абай\" к-сі,\t1\\2"_s;
        applications[3].email = u"parent@mail.kz"_s;
        applications[3].preferredKindergartens = {u"kg-001"_s, u"kg-002"_s};
        applications[4].registrationSequence = 77;
        ApplicationImport import(*database, RuleSettings());
        import.setBatchSize(3);
        const Expected<ImportResult> result = import.importJson(fileOf(applications), u"clerk"_s, importTime);
        QVERIFY(result);
        QCOMPARE(result->imported, 7);
        QCOMPARE(result->batches, 3);
        QVERIFY(result->invalid.isEmpty());

        QSqlDatabase db = (*database)->connection();
        const Expected<QList<OutboxCommand>> commands = Outbox::pending(db);
        QVERIFY(commands);
        QCOMPARE(commands->size(), 3);
        ApplicationStore store(*database);
        QStringList allIds;
        for (const OutboxCommand &command : *commands) {
            QCOMPARE(command.type, ApplicationImport::commandType());
            // The hash is recomputable from the stored rows: nothing changed since the import.
            QList<QByteArray> digests;
            for (const QJsonValue &id : command.payload.value(u"ids"_s).toArray()) {
                allIds.append(id.toString());
                const std::optional<Application> stored = store.find(id.toString());
                QVERIFY(stored);
                QCOMPARE(stored->phones, QStringList{u"+77012345678"_s});
                digests.append(QCryptographicHash::hash(CanonicalJson::encode(ApplicationJson::toJson(*stored)),
                                                        QCryptographicHash::Sha256).toHex());
            }
            QCOMPARE(command.payload.value(u"count"_s).toInt(), digests.size());
            QCOMPARE(command.payload.value(u"sha256"_s).toString(), ApplicationImport::batchHash(digests));
            const Expected<QList<JournalEntry>> entries =
                Journal::entriesFor(db, ApplicationImport::journalEntity(), command.id);
            QVERIFY(entries);
            QCOMPARE(entries->size(), 1);
            QCOMPARE(entries->constFirst().event, ApplicationImport::importedEvent());
            QCOMPARE(entries->constFirst().payload.value(u"sha256"_s), command.payload.value(u"sha256"_s));
        }
        allIds.sort();
        QStringList expectedIds;
        for (const Application &a : std::as_const(applications))
            expectedIds.append(a.id);
        expectedIds.sort();
        QCOMPARE(allIds, expectedIds);
        QVERIFY(Journal::verify(db)->ok());
    }

    // A second file whose filings fall before and between the stored ones: the queue is still
    // exactly QueueOrder's, numbers included.
    void laterImportsInterleaveInQueueOrder_data() { addBulkColumn(); }
    void laterImportsInterleaveInQueueOrder()
    {
        QFETCH(qsizetype, bulkThreshold);
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database);
        const RuleSettings settings;
        QList<Application> first;
        QList<Application> second;
        for (int i = 1; i <= 60; ++i) {
            const Application a = application(i, categoryFor(i), importTime.addSecs(-3600 * i), 2020 + i % 2);
            (i % 3 == 0 ? second : first).append(a);
        }
        ApplicationImport import(*database, settings);
        import.setBatchSize(7);
        import.setBulkThreshold(bulkThreshold);
        QVERIFY(import.importJson(fileOf(first), u"clerk"_s, importTime));
        const Expected<ImportResult> again = import.importJson(fileOf(first + second), u"clerk"_s, importTime);
        QVERIFY(again);
        QCOMPARE(again->imported, second.size());
        QCOMPARE(again->alreadyPresent, first.size());

        QList<QueueEntry> entries;
        for (const Application &a : first + second)
            entries.append(QueueEntry::fromApplication(a));
        const QList<QueueEntry> expected = QueueOrder::order(entries, settings);
        const QHash<QString, int> numbers = QueueOrder::queueNumbers(entries, settings);
        QueueStore queue(*database, settings);
        for (int year = 2020; year <= 2021; ++year) {
            QStringList expectedIds;
            for (const QueueEntry &entry : expected)
                if (entry.birthYear == year)
                    expectedIds.append(entry.applicationId);
            const Expected<QList<QueueRow>> page = queue.page(year, {}, std::nullopt, 1000);
            QVERIFY(page);
            QStringList actualIds;
            for (const QueueRow &row : *page) {
                actualIds.append(row.key.applicationId);
                QCOMPARE(row.queueNumber, numbers.value(row.key.applicationId));
            }
            QCOMPARE(actualIds, expectedIds);
        }
        QCOMPARE(applicationIndexSql((*database)->connection()), expectedIndexSql());
    }

    // One active application per child also holds against the store and within the file.
    void oneActiveApplicationPerChild_data() { addBulkColumn(); }
    void oneActiveApplicationPerChild()
    {
        QFETCH(qsizetype, bulkThreshold);
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database);
        ApplicationStore store(*database);
        const Application registered = application(1, Category::None, importTime.addDays(-1));
        QVERIFY(store.registerApplication(registered, u"clerk"_s, ValidationContext{importTime, RuleSettings()}));

        Application sameChild = application(2, Category::None, importTime.addDays(-2));
        sameChild.childIin = registered.childIin;
        Application archivedTwin = application(3, Category::None, importTime.addDays(-3));
        archivedTwin.childIin = registered.childIin;
        archivedTwin.status = ApplicationStatus::Archived;
        archivedTwin.archiveReason = ArchiveReason::Duplicate;
        const Application fresh = application(4, Category::None, importTime.addDays(-4));
        Application freshAgain = application(5, Category::None, importTime.addDays(-5));
        freshAgain.childIin = fresh.childIin;

        ApplicationImport import(*database, RuleSettings());
        import.setBulkThreshold(bulkThreshold);
        const Expected<ImportResult> result =
            import.importJson(fileOf({sameChild, archivedTwin, fresh, freshAgain}), u"clerk"_s, importTime);
        QVERIFY(result);
        QCOMPARE(result->imported, 2); // the archived one and the fresh one
        QCOMPARE(result->invalid.size(), 2);
        QCOMPARE(result->invalid.at(0).index, 0);
        QCOMPARE(result->invalid.at(0).issue,
                 Issue::error(Field::ChildIin, Rule::ActiveApplicationExists, registered.id));
        QCOMPARE(result->invalid.at(1).index, 3);
        QCOMPARE(result->invalid.at(1).issue, Issue::error(Field::ChildIin, Rule::ActiveApplicationExists, fresh.id));
    }

    // A batch that fails in bulk mode: the batches before it stay, the store has every index
    // again exactly as the migrations define it, and importing the file again completes it.
    void bulkImportRebuildsIndexesAfterAFailedBatch()
    {
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database);
        QSqlDatabase db = (*database)->connection();
        QList<Application> applications;
        for (int i = 1; i <= 7; ++i)
            applications.append(application(i, categoryFor(i), importTime.addDays(-i)));
        QSqlQuery failing(db);
        QVERIFY(failing.exec(u"CREATE TRIGGER fail_second_batch BEFORE INSERT ON outbox"
                             " WHEN (SELECT count(*) FROM outbox) >= 1"
                             " BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        ApplicationImport import(*database, RuleSettings());
        import.setBatchSize(3);
        import.setBulkThreshold(1);
        QVERIFY(!import.importJson(fileOf(applications), u"clerk"_s, importTime));
        QCOMPARE(applicationIndexSql(db), expectedIndexSql());
        QVERIFY(failing.exec(u"SELECT count(*) FROM applications"_s) && failing.next());
        QCOMPARE(failing.value(0).toInt(), 3);

        QVERIFY(failing.exec(u"DROP TRIGGER fail_second_batch"_s));
        const Expected<ImportResult> again = import.importJson(fileOf(applications), u"clerk"_s, importTime);
        QVERIFY(again);
        QCOMPARE(again->imported, 4);
        QCOMPARE(again->alreadyPresent, 3);
        QCOMPARE(applicationIndexSql(db), expectedIndexSql());
        QVERIFY(failing.exec(u"PRAGMA integrity_check"_s) && failing.next());
        QCOMPARE(failing.value(0).toString(), u"ok"_s);
    }

    // A bulk import a crash cut short leaves indexes missing: the next import re-creates them.
    void importRecreatesMissingIndexes()
    {
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database);
        QSqlDatabase db = (*database)->connection();
        QSqlQuery query(db);
        QVERIFY(query.exec(u"DROP INDEX applications_side"_s));
        QVERIFY(query.exec(u"DROP INDEX applications_child_iin"_s));
        ApplicationImport import(*database, RuleSettings());
        QVERIFY(import.importJson(fileOf({application(1, Category::None, importTime.addDays(-1))}), u"clerk"_s,
                                  importTime));
        QCOMPARE(applicationIndexSql(db), expectedIndexSql());
    }

    void notAnArray()
    {
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database);
        ApplicationImport import(*database, RuleSettings());
        const Expected<ImportResult> result = import.importJson("{\"a\": 1}", u"clerk"_s, importTime);
        QVERIFY(!result);
        QCOMPARE(result.error().rule, Rule::ImportNotJsonArray);
    }
};

QTEST_GUILESS_MAIN(TestApplicationImport)
#include "tst_applicationimport.moc"
