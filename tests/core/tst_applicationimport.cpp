#include "domain/FieldLimits.h"
#include "domain/QueueOrder.h"
#include "store/ApplicationImport.h"
#include "store/ApplicationJson.h"
#include "store/ApplicationStore.h"
#include "store/CanonicalJson.h"
#include "store/Journal.h"
#include "store/Migrations.h"
#include "store/Outbox.h"
#include "store/import/FileBytes.h"
#include "store/QueueStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

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
    QStringList statements = Migrations::applicationIndexes() + Migrations::applicationConstraintIndexes();
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

// The compact JSON of object with one more member written as it is (raw: JSON text), before
// the others; given twice when twice is set.
QByteArray withMember(QJsonObject object, const QString &key, const QByteArray &raw, bool twice = false)
{
    object.remove(key);
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const QByteArray member = '"' + key.toUtf8() + "\":" + raw + (object.isEmpty() ? "" : ",");
    text.insert(1, member);
    if (twice)
        text.insert(1, '"' + key.toUtf8() + "\":\"first\",");
    return text;
}

// The queue of each birth year the store shows, against QueueOrder over the applications.
void verifyQueue(const std::shared_ptr<Database> &database, const QList<Application> &applications)
{
    const RuleSettings settings;
    QList<QueueEntry> entries;
    QSet<int> years;
    for (const Application &a : applications) {
        entries.append(QueueEntry::fromApplication(a));
        years.insert(a.birthYear());
    }
    const QList<QueueEntry> expected = QueueOrder::order(entries, settings);
    const QHash<QString, int> numbers = QueueOrder::queueNumbers(entries, settings);
    QueueStore queue(database, settings);
    for (const int year : std::as_const(years)) {
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
}

bool hasQueueTrigger(QSqlDatabase db)
{
    QSqlQuery query(db);
    return query.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                      " AND name = 'applications_queue_insert'"_s)
           && query.next() && query.value(0).toInt() == 1;
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

        // The names went into the name search's blocks with the rows, a batch's never sharing a
        // block with another's (NameSearchIndex).
        QSqlQuery blocks((*database)->connection());
        QVERIFY(blocks.exec(u"SELECT (SELECT count(*) FROM applications WHERE search_block IS NULL),"
                            " (SELECT sum(entries) FROM name_search_blocks),"
                            " (SELECT count(DISTINCT search_block) FROM applications)"_s));
        QVERIFY(blocks.next());
        QCOMPARE(blocks.value(0).toInt(), 0);
        QCOMPARE(blocks.value(1).toInt(), 60);
        QCOMPARE(blocks.value(2).toInt(), int((first.size() + 6) / 7 + (second.size() + 6) / 7));
        // Sixty equal names: the order is the ids', as SQL gives it.
        const Expected<QList<QueueRow>> found = queue.searchByName(u"ӘЛИ"_s, 100);
        QVERIFY(found);
        QStringList foundIds;
        for (const QueueRow &row : *found)
            foundIds.append(row.key.applicationId);
        QStringList sqlIds;
        QVERIFY(blocks.exec(u"SELECT id FROM applications WHERE instr(search_text, 'әли') > 0"
                            " ORDER BY search_text, id"_s));
        while (blocks.next())
            sqlIds.append(blocks.value(0).toString());
        QCOMPARE(sqlIds.size(), 60);
        QCOMPARE(foundIds, sqlIds);
    }

    // Issue 14 item 7: a record with a text over its field's limit is refused, naming the field and
    // the limit; one with a huge text (a 1 MiB address) is refused by the reader before it is
    // decoded; the records around them are imported.
    void textsOverTheirLimitsAreRefused_data() { addBulkColumn(); }
    void textsOverTheirLimitsAreRefused()
    {
        QFETCH(qsizetype, bulkThreshold);
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database);
        Application longName = application(1, Category::None, importTime.addDays(-1));
        longName.child.surname = QString(FieldLimits::maxLength(Field::ChildSurname) + 1, u'Ұ');
        Application hugeAddress = application(2, Category::None, importTime.addDays(-2));
        hugeAddress.applicantAddress = QString(1024 * 1024, u'a');
        const Application fine = application(3, Category::None, importTime.addDays(-3));

        ApplicationImport import(*database, RuleSettings());
        import.setBulkThreshold(bulkThreshold);
        const Expected<ImportResult> result = import.importJson(fileOf({longName, hugeAddress, fine}), u"clerk"_s, importTime);
        QVERIFY(result);
        QCOMPARE(result->imported, 1);
        QCOMPARE(result->invalid.size(), 2);
        QCOMPARE(result->invalid.at(0).issue.field, Field::ChildSurname);
        QCOMPARE(result->invalid.at(0).issue.rule, Rule::TooLong);
        QCOMPARE(result->invalid.at(0).issue.detail, QString::number(FieldLimits::maxLength(Field::ChildSurname)));
        QCOMPARE(result->invalid.at(1).issue.field, Field::ApplicantAddress);
        QCOMPARE(result->invalid.at(1).issue.rule, Rule::TooLong);
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
        QVERIFY(hasQueueTrigger(db));
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

    // Another writer packs name search blocks between two of the import's batches (here a
    // trigger on the import's own connection stands in for it): the import's next block takes the
    // next free number, and every row is still found.
    void searchBlocksWrittenByAnotherWriterBetweenBatches()
    {
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database);
        QSqlDatabase db = (*database)->connection();
        QList<Application> applications;
        for (int i = 1; i <= 7; ++i)
            applications.append(application(i, categoryFor(i), importTime.addDays(-i)));
        QSqlQuery other(db);
        QVERIFY(other.exec(u"CREATE TEMP TRIGGER another_writer AFTER INSERT ON outbox BEGIN"
                           " INSERT INTO name_search_blocks (block, entries, texts, ids)"
                           " VALUES ((SELECT max(block) + 1 FROM name_search_blocks), 0, x'', x''); END"_s));
        ApplicationImport import(*database, RuleSettings());
        import.setBatchSize(3);
        const Expected<ImportResult> result = import.importJson(fileOf(applications), u"clerk"_s, importTime);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
        QCOMPARE(result->imported, 7);
        QCOMPARE(result->batches, 3);
        // Three blocks of the import, three of the other writer, in turns.
        QVERIFY(other.exec(u"SELECT group_concat(entries, ',') FROM (SELECT entries FROM name_search_blocks"
                           " ORDER BY block)"_s) && other.next());
        QCOMPARE(other.value(0).toString(), u"3,0,3,0,1,0"_s);
        QueueStore queue(*database, RuleSettings());
        const Expected<QList<QueueRow>> found = queue.searchByName(u"әли"_s, 10);
        QVERIFY(found);
        QCOMPARE(found->size(), 7);
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

    // The import's own reader gives what ApplicationJson::fromJson gives: the same application,
    // or the same first error.
    void readRecordMatchesApplicationJson_data()
    {
        QTest::addColumn<QByteArray>("record");
        Application full = application(3, Category::LargeFamily, importTime.addDays(-3));
        full.email = u"parent@mail.kz"_s;
        full.preferredKindergartens = {u"kg-001"_s, u"kg-002"_s};
        full.applicant.patronymic = u"Әлиұлы"_s;
        full.batchId = u"twins-1"_s;
        full.stopListedUntil = QDate(2024, 9, 1);
        full.registrationSequence = 12;
        const QJsonObject base = ApplicationJson::toJson(full);
        const QJsonObject minimal{{u"child_name"_s, u"Әли"_s}};
        QTest::newRow("every field") << QJsonDocument(base).toJson(QJsonDocument::Compact);
        QTest::newRow("indented") << QJsonDocument(base).toJson(QJsonDocument::Indented);
        QTest::newRow("one field") << QJsonDocument(minimal).toJson();
        QTest::newRow("empty object") << QByteArray("{}");
        QJsonObject nulls = base;
        nulls.insert(u"email"_s, QJsonValue::Null);
        nulls.insert(u"child_birth_date"_s, QJsonValue::Null);
        nulls.insert(u"phones"_s, QJsonValue::Null);
        QTest::newRow("nulls") << QJsonDocument(nulls).toJson();
        QTest::newRow("category 7.0") << withMember(base, u"category"_s, "7.0");
        QTest::newRow("category 1e0") << withMember(base, u"category"_s, "1e0");
        QTest::newRow("category 7.5") << withMember(base, u"category"_s, "7.5");
        QTest::newRow("category 11") << withMember(base, u"category"_s, "11");
        QTest::newRow("category as text") << withMember(base, u"category"_s, "\"7\"");
        QTest::newRow("negative sequence") << withMember(base, u"registration_sequence"_s, "-1");
        QTest::newRow("unknown sex") << withMember(base, u"child_sex"_s, "\"boy\"");
        QTest::newRow("unknown status") << withMember(base, u"status"_s, "\"lost\"");
        QJsonObject archived = base;
        archived.insert(u"status"_s, u"archived"_s);
        archived.insert(u"archive_reason"_s, u"duplicate"_s);
        QTest::newRow("archived") << QJsonDocument(archived).toJson();
        QTest::newRow("no such date") << withMember(base, u"child_birth_date"_s, "\"2021-02-30\"");
        QTest::newRow("date in another form") << withMember(base, u"child_birth_date"_s, "\"2021/02/01\"");
        QTest::newRow("date not a date") << withMember(base, u"signature_date"_s, "\"soon\"");
        QTest::newRow("filed with an offset") << withMember(base, u"filed_at"_s, "\"2024-05-01T09:00:00.250+05:00\"");
        QTest::newRow("filed without milliseconds") << withMember(base, u"filed_at"_s, "\"2024-05-01T04:00:00Z\"");
        QTest::newRow("filed before 1970") << withMember(base, u"filed_at"_s, "\"1969-07-20T20:17:40.123Z\"");
        QTest::newRow("filed on no day") << withMember(base, u"filed_at"_s, "\"2024-02-30T04:00:00.000Z\"");
        QTest::newRow("filed at 24:00") << withMember(base, u"filed_at"_s, "\"2024-05-01T24:00:00.000Z\"");
        QTest::newRow("consent as text") << withMember(base, u"consent"_s, "\"yes\"");
        QTest::newRow("phones not a list") << withMember(base, u"phones"_s, "\"+77012345678\"");
        QTest::newRow("phone a number") << withMember(base, u"phones"_s, "[77012345678]");
        QTest::newRow("name a number") << withMember(base, u"child_name"_s, "5");
        QTest::newRow("name an object") << withMember(base, u"child_name"_s, "{\"a\":1}");
        QTest::newRow("escaped text") << withMember(base, u"child_name"_s, "\"\\u04d8\\u043b\\u0438 \\\"\\/\\t\"");
        QTest::newRow("escaped key") << withMember(base, u"child_n\\u0061me"_s, "\"Ерасыл\"");
        QTest::newRow("key given twice") << withMember(base, u"child_name"_s, "\"Ерасыл\"", true);
        QTest::newRow("unknown keys") << withMember(base, u"extra"_s, "{\"nested\":[1,2,{\"x\":null}]}");
    }

    void readRecordMatchesApplicationJson()
    {
        QFETCH(QByteArray, record);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(record, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const Expected<Application> expected = ApplicationJson::fromJson(document.object());
        const Expected<Application> actual = ApplicationImport::readRecord(record);
        QCOMPARE(actual.hasValue(), expected.hasValue());
        if (!expected) {
            QCOMPARE(actual.error(), expected.error());
            return;
        }
        QCOMPARE(ApplicationJson::toJson(*actual), ApplicationJson::toJson(*expected));
        QCOMPARE(actual->filedAt, expected->filedAt);
        QCOMPARE(actual->filedAt.timeSpec(), expected->filedAt.timeSpec());
    }

    // A record that is not valid JSON is reported with the file offset of the problem; the
    // records around it are imported.
    void malformedRecordReportedWithItsOffset()
    {
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database);
        const QByteArray first = QJsonDocument(ApplicationJson::toJson(application(1, Category::None, importTime.addDays(-1))))
                                     .toJson(QJsonDocument::Compact);
        const QByteArray last = QJsonDocument(ApplicationJson::toJson(application(2, Category::None, importTime.addDays(-2))))
                                    .toJson(QJsonDocument::Compact);
        const QByteArray bad = "{\"id\": \"x\", \"consent\": tru}";
        const QByteArray file = "[" + first + ",\n" + bad + ",\n" + last + "]";
        const qsizetype expectedOffset = file.indexOf("tru}");
        ApplicationImport import(*database, RuleSettings());
        const Expected<ImportResult> result = import.importJson(file, u"clerk"_s, importTime);
        QVERIFY(result);
        QCOMPARE(result->imported, 2);
        QCOMPARE(result->invalid.size(), 1);
        QCOMPARE(result->invalid.constFirst().index, 1);
        const Issue &issue = result->invalid.constFirst().issue;
        QCOMPARE(issue.field, Field::ImportFile);
        QCOMPARE(issue.rule, Rule::ImportRecordNotObject);
        QVERIFY2(issue.detail.contains(QString::number(expectedOffset)), qPrintable(issue.detail));
    }

    // A file that is not one array is refused before anything is written, saying where.
    void cutOffFileRefusedWithItsOffset()
    {
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database);
        const QByteArray file = fileOf({application(1, Category::None, importTime.addDays(-1))});
        ApplicationImport import(*database, RuleSettings());
        const Expected<ImportResult> result = import.importJson(file.left(file.size() - 1), u"clerk"_s, importTime);
        QVERIFY(!result);
        QCOMPARE(result.error().rule, Rule::ImportNotJsonArray);
        QVERIFY2(result.error().detail.contains(QString::number(file.size() - 1)), qPrintable(result.error().detail));
        QSqlQuery query((*database)->connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM applications"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    // The digests of records filed at any moment, with any text, match the slow path
    // (CanonicalJson of ApplicationJson::toJson of the stored row).
    void digestsMatchCanonicalJson_data()
    {
        QTest::addColumn<QDateTime>("filedAt");
        QTest::addColumn<QString>("address");
        QTest::newRow("before 1970") << QDateTime(QDate(1969, 7, 20), QTime(20, 17, 40, 123), Qt::UTC) << u"Есік"_s;
        QTest::newRow("leap day") << QDateTime(QDate(2000, 2, 29), QTime(23, 59, 59, 999), Qt::UTC) << u"a\tb"_s; // a control character other than tab is refused (FieldLimits)
        QTest::newRow("local time") << QDateTime(QDate(2024, 5, 1), QTime(9, 0, 0, 1)) << u"\"q\" \\ \n"_s;
        QTest::newRow("new year") << QDateTime(QDate(2023, 12, 31), QTime(19, 0), Qt::UTC) << u"😀 Қонаев"_s;
    }

    void digestsMatchCanonicalJson()
    {
        QFETCH(QDateTime, filedAt);
        QFETCH(QString, address);
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database);
        Application a = application(1, Category::LargeFamily, filedAt, filedAt.date().year() - 2);
        a.applicantAddress = address;
        a.preferredKindergartens = {u" kg-1 "_s, u"kg-\"2\""_s};
        ApplicationImport import(*database, RuleSettings());
        QVERIFY(import.importJson(fileOf({a}), u"clerk"_s, importTime.addYears(1)));
        const Expected<QList<OutboxCommand>> commands = Outbox::pending((*database)->connection());
        QVERIFY(commands);
        QCOMPARE(commands->size(), 1);
        const std::optional<Application> stored = ApplicationStore(*database).find(a.id);
        QVERIFY(stored);
        QCOMPARE(stored->filedAt, filedAt);
        const QByteArray digest = QCryptographicHash::hash(CanonicalJson::encode(ApplicationJson::toJson(*stored)),
                                                           QCryptographicHash::Sha256).toHex();
        QCOMPARE(commands->constFirst().payload.value(u"sha256"_s).toString(), ApplicationImport::batchHash({digest}));
    }

    // A bulk load into a store on disk: the store is back in WAL mode with every index and the
    // queue trigger, consistent, and later registrations still find their place in the queue.
    void bulkImportIntoAStoreOnDisk()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(u"store.sqlite"_s);
        const QString json = directory.filePath(u"region.json"_s);
        QList<Application> applications;
        for (int i = 1; i <= 40; ++i)
            applications.append(application(i, categoryFor(i), importTime.addSecs(-3600 * (100 - i)), 2020 + i % 2));
        {
            QFile file(json);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(fileOf(applications));
        }
        auto database = Database::open(path);
        QVERIFY(database);
        QSqlDatabase db = (*database)->connection();
        ApplicationImport import(*database, RuleSettings());
        import.setBatchSize(7);
        import.setBulkThreshold(1);
        const Expected<ImportResult> result = import.importFile(json, u"clerk"_s, importTime);
        QVERIFY(result);
        QCOMPARE(result->imported, 40);
        QCOMPARE(result->batches, 6);
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        query.finish();
        QCOMPARE(applicationIndexSql(db), expectedIndexSql());
        QVERIFY(hasQueueTrigger(db));
        QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"ok"_s);
        query.finish();
        verifyQueue(*database, applications);

        // Filed before every imported one: the trigger marks the side, the queue reorders.
        const Application early = application(41, Category::None, importTime.addSecs(-3600 * 200), 2021);
        QVERIFY(ApplicationStore(*database).registerApplication(early, u"clerk"_s,
                                                                ValidationContext{importTime, RuleSettings()}));
        verifyQueue(*database, applications + QList<Application>{early});
    }

    // A file read from disk imports as the same bytes given directly do; a file that cannot be
    // read is an error naming it.
    void importFileReadsTheFile()
    {
        QTemporaryDir directory;
        const QString json = directory.filePath(u"f.json"_s);
        {
            QFile file(json);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(fileOf({application(1, Category::None, importTime.addDays(-1))}));
        }
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database);
        ApplicationImport import(*database, RuleSettings());
        const Expected<ImportResult> result = import.importFile(json, u"clerk"_s, importTime);
        QVERIFY(result);
        QCOMPARE(result->imported, 1);
        const Expected<ImportResult> missing = import.importFile(directory.filePath(u"none.json"_s), u"clerk"_s, importTime);
        QVERIFY(!missing);
        QCOMPARE(missing.error().field, Field::ImportFile);
        QCOMPARE(missing.error().rule, Rule::StoreCannotOpen);
    }

    // A region's file (64 MiB and more) is read by two threads, one half each, into memory of
    // its own: the bytes are the file's, in order, the records found where they are.
    void aLargeFileIsReadWhole()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(u"large.json"_s);
        QByteArray written = "[\n";
        int count = 0;
        while (written.size() < (qsizetype(64) << 20) + 12345) {
            if (count > 0)
                written += ",\n";
            written += "{\"n\":" + QByteArray::number(count) + ",\"text\":\"" + QByteArray(200 + count % 97, char('a' + count % 26))
                       + "\\\"\"}";
            ++count;
        }
        written += "\n]\n";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(written), written.size());
        }
        const Expected<ApplicationFile> read = ApplicationImport::readFile(path);
        QVERIFY(read);
#if defined(Q_OS_LINUX)
        QVERIFY(read->storage); // the two threads' read, not the plain one
#endif
        QVERIFY(read->bytes == written);
        QCOMPARE(read->records.size(), qsizetype(count));
        for (const int n : {0, count / 2, count - 1}) {
            const JsonSpan &span = read->records.at(n);
            const QByteArray start = QByteArray("{\"n\":") + QByteArray::number(n) + ',';
            QVERIFY(read->bytes.mid(span.offset, span.length).startsWith(start));
        }
    }

    // A file that changes while it is read is refused with that reason, whatever the change:
    // cut short, made longer, or written over with as many bytes (a copy over it), for a large
    // file (two threads) and a small one. The change is made at the moment the bytes are read.
    void aFileChangedWhileReadIsRefused_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<QString>("change");
        for (const qsizetype size : {qsizetype(4096), (qsizetype(64) << 20) + 100}) {
            const QString kind = size > 4096 ? u"large "_s : u"small "_s;
            for (const QString &change : {u"shorter"_s, u"longer"_s, u"written over"_s})
                QTest::newRow(qPrintable(kind + change)) << size << change;
        }
    }

    void aFileChangedWhileReadIsRefused()
    {
        QFETCH(qsizetype, size);
        QFETCH(QString, change);
        QTemporaryDir directory;
        const QString path = directory.filePath(u"changing.json"_s);
        const QByteArray written = "[" + QByteArray(size - 2, ' ') + "]";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(written), written.size());
        }
        QVERIFY(ApplicationImport::readFile(path)); // unchanged: read
        Import::Testing::afterRead = [&](const QString &read) {
            QFile file(read);
            if (change == u"shorter") {
                QVERIFY(file.resize(size / 3));
            } else if (change == u"longer") {
                QVERIFY(file.open(QIODevice::Append));
                file.write("  ");
            } else {
                QThread::msleep(20); // a modification time of its own
                QVERIFY(file.open(QIODevice::ReadWrite));
                file.write(QByteArray(written.size() - 1, ' ') + "]");
            }
        };
        const Expected<ApplicationFile> read = ApplicationImport::readFile(path);
        Import::Testing::afterRead = nullptr;
        QVERIFY(!read);
        QCOMPARE(read.error().rule, Rule::StoreCannotOpen);
        QVERIFY2(read.error().message().contains(u"changed while it was read"_s), qPrintable(read.error().message()));
    }

    // A crash in the middle of a bulk load leaves the store without some indexes: opening it
    // re-creates them.
    void openRecreatesMissingIndexes()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(u"store.sqlite"_s);
        {
            auto database = Database::open(path);
            QVERIFY(database);
            QSqlQuery query((*database)->connection());
            QVERIFY(query.exec(u"DROP INDEX applications_search_pending"_s));
            QVERIFY(query.exec(u"DROP INDEX applications_queue_key"_s));
        }
        auto database = Database::open(path);
        QVERIFY(database);
        QCOMPARE(applicationIndexSql((*database)->connection()), expectedIndexSql());
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
