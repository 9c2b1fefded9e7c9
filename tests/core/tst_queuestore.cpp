#include "domain/QueueOrder.h"
#include "store/ApplicationJson.h"
#include "store/NameSearchIndex.h"
#include "store/QueueStore.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The queue read from SQL (RULES 3.3) must be exactly QueueOrder's: same order, same numbers,
// whatever order the rows were written in and whoever wrote them.
namespace {

struct Row
{
    QueueEntry entry;
    Category category = Category::None;
    QString childIin;
    QString applicantIin;
    PersonName child;
    PersonName applicant;
    QStringList kindergartens;
};

Category categoryFor(Right right, QRandomGenerator &random)
{
    switch (right) {
    case Right::Extraordinary: return random.bounded(2) ? Category::Military : Category::SpecialStateBody;
    case Right::Primary: return *Categories::fromCode(3 + random.bounded(7));
    case Right::None: break;
    }
    return Category::None;
}

// Random rows over three birth years: filing times drawn from a small set so that ties are
// frequent, registration sequences partly 0 (not yet synced), every status.
QList<Row> randomRows(quint32 seed, int count)
{
    QRandomGenerator random(seed);
    const qint64 base = QDateTime(QDate(2024, 1, 10), QTime(9, 0)).toMSecsSinceEpoch();
    const QList<ApplicationStatus> statuses = {ApplicationStatus::Queued, ApplicationStatus::Queued,
                                               ApplicationStatus::Queued, ApplicationStatus::DirectionIssued,
                                               ApplicationStatus::StopListed, ApplicationStatus::Archived};
    QList<Row> rows;
    for (int i = 0; i < count; ++i) {
        Row row;
        const int r = random.bounded(10);
        const Right right = r == 0 ? Right::Extraordinary : r < 4 ? Right::Primary : Right::None;
        row.entry.applicationId = QStringLiteral("%1-%2").arg(random.generate(), 8, 16, QLatin1Char('0')).arg(i);
        row.entry.birthYear = 2019 + random.bounded(3);
        row.entry.right = right;
        row.entry.filedAt = QDateTime::fromMSecsSinceEpoch(base + qint64(random.bounded(40)) * 3600000);
        row.entry.registrationSequence = random.bounded(3) == 0 ? 0 : random.bounded(1, 1000);
        row.entry.status = statuses.at(random.bounded(int(statuses.size())));
        row.category = categoryFor(right, random);
        row.childIin = QStringLiteral("%1").arg(i, 12, 10, QLatin1Char('0'));
        row.applicantIin = QStringLiteral("9%1").arg(i, 11, 10, QLatin1Char('0'));
        row.child = PersonName{QStringLiteral("Surname%1").arg(i), QStringLiteral("Child"), {}};
        row.applicant = PersonName{QStringLiteral("Parent%1").arg(i), QStringLiteral("Adult"), {}};
        if (random.bounded(2))
            row.kindergartens = {QStringLiteral("kg-%1").arg(random.bounded(3))};
        rows.append(row);
    }
    return rows;
}

// Writes rows as a writer that knows nothing of queue keys (sync, another program) would: no
// band, no slot, no search text.
void insertRaw(Database &database, const QList<Row> &rows)
{
    QSqlDatabase db = database.connection();
    QVERIFY(db.transaction());
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(QStringLiteral(
        "INSERT INTO applications (id, registration_sequence, birth_year, category, right_rank,"
        " filed_at, status, child_iin, applicant_iin, child_surname, child_name, child_patronymic,"
        " applicant_surname, applicant_name, applicant_patronymic, preferred_kindergartens,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)")));
    for (const Row &row : rows) {
        QStringList quoted;
        for (const QString &kg : row.kindergartens)
            quoted.append(u'"' + kg + u'"');
        const QVariantList values = {
            row.entry.applicationId, row.entry.registrationSequence, row.entry.birthYear,
            Categories::code(row.category), static_cast<int>(row.entry.right),
            row.entry.filedAt.toMSecsSinceEpoch(), ApplicationJson::statusCode(row.entry.status),
            row.childIin, row.applicantIin, row.child.surname, row.child.name,
            row.child.patronymic.isNull() ? QStringLiteral("") : row.child.patronymic,
            row.applicant.surname, row.applicant.name,
            row.applicant.patronymic.isNull() ? QStringLiteral("") : row.applicant.patronymic,
            QString(u'[' + quoted.join(u',') + u']')};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QVERIFY(db.commit());
}

int pendingRows(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM applications WHERE search_block IS NULL")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

int blockCount(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM name_search_blocks")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// Every entry's text in the blocks.
QStringList blockTexts(Database &database)
{
    QStringList texts;
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT texts FROM name_search_blocks")))
        return {QStringLiteral("error")};
    while (query.next()) {
        QByteArray blob = query.value(0).toByteArray();
        blob.chop(1); // the last separator
        for (const QByteArray &text : blob.split('\x1e'))
            texts.append(QString::fromUtf8(text));
    }
    return texts;
}

// An in-memory store holding rows written as another program would (insertRaw), and a
// QueueStore on it that packs blockEntries names to a name search block.
struct SearchStore
{
    SearchStore(const QList<Row> &written, int blockEntries)
        : rows(written)
    {
        Expected<std::shared_ptr<Database>> opened = Database::open(QStringLiteral(":memory:"));
        if (!opened)
            return;
        database = std::move(opened).value();
        store = std::make_unique<QueueStore>(database, RuleSettings());
        store->setSearchBlockEntries(blockEntries);
        insertRaw(*database, rows);
    }

    QList<Row> rows;
    std::shared_ptr<Database> database;
    std::unique_ptr<QueueStore> store;
};

// Writes a block of (id, text) entries as another program might have left it: no row points at it.
bool insertBlock(Database &database, qint64 number, const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    QByteArray texts;
    QByteArray ids;
    for (const auto &[id, text] : entries)
        NameSearchIndex::appendEntry(texts, ids, id, text);
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("INSERT INTO name_search_blocks (block, entries, texts, ids) VALUES (?, ?, ?, ?)"));
    query.addBindValue(number);
    query.addBindValue(entries.size());
    query.addBindValue(texts);
    query.addBindValue(ids);
    return query.exec();
}

QList<QueueEntry> entriesOf(const QList<Row> &rows)
{
    QList<QueueEntry> entries;
    for (const Row &row : rows)
        entries.append(row.entry);
    return entries;
}

// The whole year read page by page.
QList<QueueRow> readYear(QueueStore &store, int year, const QueueFilter &filter, int pageSize)
{
    QList<QueueRow> all;
    std::optional<QueueKey> after;
    for (;;) {
        const Expected<QList<QueueRow>> page = store.page(year, filter, after, pageSize);
        if (!page) {
            qWarning("%s", qPrintable(page.error().message()));
            return {};
        }
        all.append(*page);
        if (page->size() < pageSize)
            return all;
        after = page->constLast().key;
    }
}

RuleSettings ratio(int primary, int general)
{
    RuleSettings settings;
    settings.primaryRatioPrimary = primary;
    settings.primaryRatioGeneral = general;
    return settings;
}

} // namespace

class TestQueueStore : public QObject
{
    Q_OBJECT

private:
    // Compares every year of the store with QueueOrder over the same entries.
    void compareWithQueueOrder(QueueStore &store, const QList<Row> &rows, const RuleSettings &settings,
                               int pageSize)
    {
        const QList<QueueEntry> entries = entriesOf(rows);
        const QList<QueueEntry> expected = QueueOrder::order(entries, settings);
        const QHash<QString, int> numbers = QueueOrder::queueNumbers(entries, settings);
        for (int year = 2019; year <= 2021; ++year) {
            QStringList expectedIds;
            for (const QueueEntry &entry : expected)
                if (entry.birthYear == year)
                    expectedIds.append(entry.applicationId);
            const QList<QueueRow> actual = readYear(store, year, {}, pageSize);
            QStringList actualIds;
            for (const QueueRow &row : actual) {
                actualIds.append(row.key.applicationId);
                QCOMPARE(row.queueNumber, numbers.value(row.key.applicationId, 0));
            }
            QCOMPARE(actualIds, expectedIds);
        }
    }

private slots:
    void orderEqualsQueueOrder_data()
    {
        QTest::addColumn<int>("primary");
        QTest::addColumn<int>("general");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("1:3 (RULES default), pages of 7") << 1 << 3 << 1u << 7;
        QTest::newRow("1:3, one page") << 1 << 3 << 2u << 10000;
        QTest::newRow("2:5, pages of 1") << 2 << 5 << 3u << 1;
        QTest::newRow("1:1, pages of 50") << 1 << 1 << 4u << 50;
        QTest::newRow("0 (interleaving off), pages of 13") << 0 << 3 << 5u << 13;
    }

    // Rows arrive in four chunks in random order, with reads in between: later chunks insert
    // before entries whose slots are already stored, so the recomputation from the inserted
    // point must shift them exactly as QueueOrder does.
    void orderEqualsQueueOrder()
    {
        QFETCH(int, primary);
        QFETCH(int, general);
        QFETCH(quint32, seed);
        QFETCH(int, pageSize);
        const RuleSettings settings = ratio(primary, general);
        auto database = Database::open(QStringLiteral(":memory:"));
        QVERIFY(database);
        QueueStore store(*database, settings);
        const QList<Row> rows = randomRows(seed, 600);
        for (int chunk = 0; chunk < 4; ++chunk) {
            insertRaw(**database, rows.mid(chunk * 150, 150));
            compareWithQueueOrder(store, rows.mid(0, (chunk + 1) * 150), settings, pageSize);
        }
    }

    // A category change moves an application to another side; a deletion closes its gap.
    void updatesAndDeletesReorder()
    {
        const RuleSettings settings;
        auto database = Database::open(QStringLiteral(":memory:"));
        QVERIFY(database);
        QueueStore store(*database, settings);
        QList<Row> rows = randomRows(11, 300);
        insertRaw(**database, rows);
        compareWithQueueOrder(store, rows, settings, 20);

        QSqlQuery query((*database)->connection());
        for (int i = 0; i < 40; i += 4) {
            // To the general queue, keeping the filing time (RULES 3.3 [Q]).
            QVERIFY(query.exec(QStringLiteral("UPDATE applications SET category = 10, right_rank = 2 WHERE id = '%1'")
                                   .arg(rows[i].entry.applicationId)));
            rows[i].entry.right = Right::None;
            rows[i].category = Category::None;
        }
        QVERIFY(query.exec(QStringLiteral("UPDATE applications SET registration_sequence = 0 WHERE id = '%1'")
                               .arg(rows[41].entry.applicationId)));
        rows[41].entry.registrationSequence = 0;
        QVERIFY(query.exec(QStringLiteral("UPDATE applications SET status = 'queued'")));
        for (Row &row : rows)
            row.entry.status = ApplicationStatus::Queued;
        QVERIFY(query.exec(QStringLiteral("DELETE FROM applications WHERE id = '%1'").arg(rows[50].entry.applicationId)));
        rows.removeAt(50);
        compareWithQueueOrder(store, rows, settings, 20);
    }

    // Slots computed with one ratio are recomputed when the administrator changes it.
    void ratioChangeRecomputes()
    {
        auto database = Database::open(QStringLiteral(":memory:"));
        QVERIFY(database);
        const QList<Row> rows = randomRows(21, 200);
        insertRaw(**database, rows);
        {
            QueueStore store(*database, ratio(1, 3));
            compareWithQueueOrder(store, rows, ratio(1, 3), 30);
        }
        QueueStore changed(*database, ratio(2, 2));
        compareWithQueueOrder(changed, rows, ratio(2, 2), 30);
    }

    // A store written before schema version 2 (rows without queue keys or search texts) is
    // ordered and searchable after the upgrade.
    void storeFromVersion1()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const QList<Row> rows = randomRows(81, 120);
        {
            auto old = Database::open(path, {Migrations::all().constFirst()});
            QVERIFY(old);
            QCOMPARE((*old)->schemaVersion(), 1);
            insertRaw(**old, rows);
        }
        auto database = Database::open(path);
        QVERIFY(database);
        QueueStore store(*database, RuleSettings());
        compareWithQueueOrder(store, rows, RuleSettings(), 25);
        QCOMPARE(store.searchByName(QStringLiteral("SURNAME117"), 10)->size(), 1);
    }

    void filters_data()
    {
        QTest::addColumn<int>("category");   // 0: any
        QTest::addColumn<QString>("status"); // empty: any
        QTest::addColumn<QString>("kindergarten");
        QTest::newRow("category 10") << 10 << QString() << QString();
        QTest::newRow("category 1") << 1 << QString() << QString();
        QTest::newRow("queued") << 0 << QStringLiteral("queued") << QString();
        QTest::newRow("stop-listed") << 0 << QStringLiteral("stop_listed") << QString();
        QTest::newRow("kindergarten kg-1") << 0 << QString() << QStringLiteral("kg-1");
        QTest::newRow("all three") << 10 << QStringLiteral("queued") << QStringLiteral("kg-2");
        QTest::newRow("nothing matches") << 0 << QString() << QStringLiteral("kg-none");
    }

    // A filtered view shows the matching applications in queue order with their real queue
    // numbers (the rank among all queued of the year, not among the shown ones).
    void filters()
    {
        QFETCH(int, category);
        QFETCH(QString, status);
        QFETCH(QString, kindergarten);
        const RuleSettings settings;
        auto database = Database::open(QStringLiteral(":memory:"));
        QVERIFY(database);
        QueueStore store(*database, settings);
        const QList<Row> rows = randomRows(31, 500);
        insertRaw(**database, rows);

        QueueFilter filter;
        if (category)
            filter.category = Categories::fromCode(category);
        if (!status.isEmpty())
            filter.status = ApplicationJson::statusFromCode(status);
        filter.kindergarten = kindergarten;

        QHash<QString, const Row *> byId;
        for (const Row &row : rows)
            byId.insert(row.entry.applicationId, &row);
        const QList<QueueEntry> entries = entriesOf(rows);
        const QHash<QString, int> numbers = QueueOrder::queueNumbers(entries, settings);
        for (int year = 2019; year <= 2021; ++year) {
            QStringList expected;
            for (const QueueEntry &entry : QueueOrder::order(entries, settings)) {
                const Row &row = *byId.value(entry.applicationId);
                if (entry.birthYear == year && (!category || Categories::code(row.category) == category)
                    && (status.isEmpty() || ApplicationJson::statusCode(entry.status) == status)
                    && (kindergarten.isEmpty() || row.kindergartens.contains(kindergarten)))
                    expected.append(entry.applicationId);
            }
            QStringList actual;
            for (const QueueRow &row : readYear(store, year, filter, 9)) {
                actual.append(row.key.applicationId);
                QCOMPARE(row.queueNumber, numbers.value(row.key.applicationId, 0));
                if (!kindergarten.isEmpty())
                    QVERIFY(byId.value(row.key.applicationId)->kindergartens.contains(kindergarten));
            }
            QCOMPARE(actual, expected);
        }
    }

    void findByIin()
    {
        auto database = Database::open(QStringLiteral(":memory:"));
        QVERIFY(database);
        QueueStore store(*database, RuleSettings());
        const QList<Row> rows = randomRows(41, 50);
        insertRaw(**database, rows);

        const Expected<QList<QueueRow>> child = store.findByIin(QStringLiteral("0000 0000 0017"));
        QVERIFY(child);
        QCOMPARE(child->size(), 1);
        QCOMPARE(child->constFirst().key.applicationId, rows.at(17).entry.applicationId);
        QCOMPARE(child->constFirst().childIin, rows.at(17).childIin);
        QCOMPARE(child->constFirst().category, rows.at(17).category);

        const Expected<QList<QueueRow>> applicant = store.findByIin(rows.at(23).applicantIin);
        QVERIFY(applicant);
        QCOMPARE(applicant->size(), 1);
        QCOMPARE(applicant->constFirst().key.applicationId, rows.at(23).entry.applicationId);

        const Expected<QList<QueueRow>> none = store.findByIin(QStringLiteral("123456789012"));
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }

    void queueNumberOfOneApplication()
    {
        const RuleSettings settings;
        auto database = Database::open(QStringLiteral(":memory:"));
        QVERIFY(database);
        QueueStore store(*database, settings);
        const QList<Row> rows = randomRows(51, 200);
        insertRaw(**database, rows);
        const QHash<QString, int> numbers = QueueOrder::queueNumbers(entriesOf(rows), settings);
        for (int i = 0; i < rows.size(); i += 17) {
            const Expected<QList<QueueRow>> found = store.findByIin(rows.at(i).childIin);
            QVERIFY(found);
            QCOMPARE(found->size(), 1);
            const Expected<int> number = store.queueNumber(found->constFirst().key, found->constFirst().status);
            QVERIFY(number);
            QCOMPARE(*number, numbers.value(rows.at(i).entry.applicationId, 0));
        }
    }

    void searchByName_data()
    {
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<QStringList>("expectedSurnames");
        QTest::newRow("Kazakh letters, other case") << QStringLiteral("ӘЛІБЕК")
                                                    << QStringList{QStringLiteral("Әлібекова")};
        QTest::newRow("Kazakh ұ and ң") << QStringLiteral("нұрлан")
                                       << QStringList{QStringLiteral("Әлібекова")};
        QTest::newRow("Russian ё, upper case") << QStringLiteral("ЁЛК")
                                              << QStringList{QStringLiteral("Ёлкин")};
        QTest::newRow("applicant's name") << QStringLiteral("қасымов")
                                          << QStringList{QStringLiteral("Қасымова")};
        // In code-point order of the lower-cased names: қ (U+049B) before ә (U+04D9).
        QTest::newRow("several, by name") << QStringLiteral("ова")
                                          << QStringList{QStringLiteral("Қасымова"), QStringLiteral("Әлібекова")};
        QTest::newRow("Latin") << QStringLiteral("smith") << QStringList{QStringLiteral("Smith")};
        QTest::newRow("no match") << QStringLiteral("жоқ") << QStringList{};
        QTest::newRow("blank") << QStringLiteral("  ") << QStringList{};
    }

    void searchByName()
    {
        QFETCH(QString, fragment);
        QFETCH(QStringList, expectedSurnames);
        // All four rows pending (searched in SQL), three in a block and one pending, all in
        // blocks of one (NameSearchIndex).
        for (const int blockEntries : {NameSearchIndex::defaultBlockEntries, 3, 1}) {
            QList<Row> rows = randomRows(61, 4);
            rows[0].child = PersonName{QStringLiteral("Әлібекова"), QStringLiteral("Аружан"), QStringLiteral("Нұрланқызы")};
            rows[1].child = PersonName{QStringLiteral("Ёлкин"), QStringLiteral("Пётр"), QStringLiteral("Ильич")};
            rows[2].child = PersonName{QStringLiteral("Қасымова"), QStringLiteral("Дана"), {}};
            rows[2].applicant = PersonName{QStringLiteral("Қасымов"), QStringLiteral("Ерлан"), {}};
            rows[3].child = PersonName{QStringLiteral("Smith"), QStringLiteral("John"), {}};
            const SearchStore search(rows, blockEntries);
            QVERIFY(search.store);

            const Expected<QList<QueueRow>> found = search.store->searchByName(fragment, 10);
            QVERIFY(found);
            QStringList surnames;
            for (const QueueRow &row : *found)
                surnames.append(row.child.surname);
            QCOMPARE(surnames, expectedSurnames);
            QCOMPARE(pendingRows(*search.database), blockEntries == 1 ? 0 : blockEntries == 3 ? 1 : 4);
        }
    }

    // Many rows, some in blocks and some pending: the first `limit` matches in the order of
    // (search text, id), the same as a search of every row would give.
    void searchByNameAcrossBlocks_data()
    {
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<int>("limit");
        QTest::newRow("frequent, first page") << QStringLiteral("surname1") << 10;
        QTest::newRow("frequent, all") << QStringLiteral("surname1") << 1000;
        QTest::newRow("every row") << QStringLiteral("child") << 25;
        QTest::newRow("one row") << QStringLiteral("parent123 ") << 10;
        QTest::newRow("a single letter") << QStringLiteral("d") << 30;
        QTest::newRow("Kazakh, frequent") << QStringLiteral("ӘЛІБЕК") << 20;
        QTest::newRow("equal names, by id") << QStringLiteral("тең") << 7;
        QTest::newRow("Kazakh, the end of a name") << QStringLiteral("ұлы") << 1000;
        QTest::newRow("none") << QStringLiteral("жоқ") << 10;
    }

    void searchByNameAcrossBlocks()
    {
        QFETCH(QString, fragment);
        QFETCH(int, limit);
        QList<Row> rows = randomRows(91, 250);
        for (qsizetype i = 0; i < rows.size(); i += 5)
            rows[i].child = PersonName{QStringLiteral("Әлібеков%1").arg(i), QStringLiteral("Нұрлан"),
                                       i % 2 ? QStringLiteral("Серікұлы") : QString()};
        // Children and parents of the same names, in blocks and pending: ties go by id.
        for (qsizetype i = 3; i < rows.size(); i += 11) {
            rows[i].child = PersonName{QStringLiteral("Теңізов"), QStringLiteral("Ерасыл"), {}};
            rows[i].applicant = PersonName{QStringLiteral("Теңізов"), QStringLiteral("Арман"), {}};
        }
        const SearchStore search(rows, 7);
        QVERIFY(search.store);
        QueueStore &store = *search.store;

        QList<std::pair<QByteArray, QString>> expected; // (search text, id)
        const QString needle = fragment.simplified().toLower();
        for (const Row &row : rows) {
            const QString text = QueueStore::searchText(row.child, row.applicant);
            if (text.contains(needle))
                expected.append({text.toUtf8(), row.entry.applicationId});
        }
        std::sort(expected.begin(), expected.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first : a.second.toUtf8() < b.second.toUtf8();
        });
        QStringList expectedIds;
        for (const auto &[text, id] : std::as_const(expected).first(qMin(expected.size(), qsizetype(limit))))
            expectedIds.append(id);

        const Expected<QList<QueueRow>> found = store.searchByName(fragment, limit);
        QVERIFY(found);
        QStringList ids;
        for (const QueueRow &row : *found)
            ids.append(row.key.applicationId);
        QCOMPARE(ids, expectedIds);
        QCOMPARE(pendingRows(*search.database), 250 % 7);
    }

    void searchTextFollowsRenames()
    {
        for (const int blockEntries : {NameSearchIndex::defaultBlockEntries, 1}) {
            const QList<Row> rows = randomRows(71, 3);
            const SearchStore search(rows, blockEntries);
            QVERIFY(search.store);
            QueueStore &store = *search.store;
            QVERIFY(store.searchByName(QStringLiteral("Surname1"), 10)->size() == 1);
            QSqlQuery query(search.database->connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE applications SET child_surname = 'Өмірзақова' WHERE id = '%1'")
                                   .arg(rows.at(1).entry.applicationId)));
            QVERIFY(store.searchByName(QStringLiteral("Surname1"), 10)->isEmpty());
            QCOMPARE(store.searchByName(QStringLiteral("ӨМІРЗАҚ"), 10)->size(), 1);
            if (blockEntries == 1) {
                // The renamed row's old block is rewritten without it; the row is in a new one.
                QCOMPARE(blockTexts(*search.database).filter(QStringLiteral("surname1")), QStringList{});
                QCOMPARE(blockTexts(*search.database).filter(QStringLiteral("өмірзақова")).size(), 1);
                QCOMPARE(pendingRows(*search.database), 0);
            }
        }
    }

    // A deleted row leaves its block: the block is rewritten without it, or dropped when empty.
    void deletedRowsLeaveTheirBlocks()
    {
        const QList<Row> rows = randomRows(73, 4);
        const SearchStore search(rows, 2);
        QVERIFY(search.store);
        QueueStore &store = *search.store;
        QCOMPARE(store.searchByName(QStringLiteral("child"), 10)->size(), 4);
        QCOMPARE(blockCount(*search.database), 2);

        QSqlQuery query(search.database->connection());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM applications WHERE id IN ('%1', '%2', '%3')")
                               .arg(rows.at(0).entry.applicationId, rows.at(1).entry.applicationId,
                                    rows.at(2).entry.applicationId)));
        const Expected<QList<QueueRow>> found = store.searchByName(QStringLiteral("child"), 10);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->constFirst().key.applicationId, rows.at(3).entry.applicationId);
        QCOMPARE(blockCount(*search.database), 1);
        QCOMPARE(blockTexts(*search.database).size(), 1);
    }

    // Many dead entries sorting before the live ones: the search asks for more candidates until
    // it has its rows.
    void deadEntriesBeforeLiveOnes()
    {
        const QList<Row> rows = randomRows(77, 3);
        const SearchStore search(rows, 1);
        QVERIFY(search.store);
        QueueStore &store = *search.store;
        QCOMPARE(store.searchByName(QStringLiteral("child"), 10)->size(), 3);
        QList<std::pair<QByteArray, QByteArray>> dead;
        for (int i = 0; i < 200; ++i)
            dead.append({rows.at(i % 3).entry.applicationId.toUtf8(), "aaa child " + QByteArray::number(i)});
        QVERIFY(insertBlock(*search.database, 99, dead));
        for (const int limit : {1, 2, 3, 10}) {
            const Expected<QList<QueueRow>> found = store.searchByName(QStringLiteral("child"), limit);
            QVERIFY(found);
            QCOMPARE(found->size(), qMin(limit, 3));
        }
    }

    // A control character in a name (pasted from somewhere) is not part of what is searched:
    // the row's text and its entry in a block are the same.
    void controlCharactersInNames()
    {
        for (const int blockEntries : {NameSearchIndex::defaultBlockEntries, 1}) {
            QList<Row> rows = randomRows(79, 2);
            rows[0].child.surname = QStringLiteral("Ab\x1e" "cd\tef");
            const SearchStore search(rows, blockEntries);
            QVERIFY(search.store);
            QueueStore &store = *search.store;
            QVERIFY(store.searchByName(QStringLiteral("b cd"), 10)->isEmpty());
            const Expected<QList<QueueRow>> found = store.searchByName(QStringLiteral("abcd ef"), 10); // the tab is a space in a name
            QVERIFY(found);
            QCOMPARE(found->size(), 1);
            QCOMPARE(found->constFirst().key.applicationId, rows.at(0).entry.applicationId);
        }
    }

    // A block not rewritten yet (here: an entry whose row has moved on) never yields that row.
    void staleEntriesAreNotReturned()
    {
        const QList<Row> rows = randomRows(75, 2);
        const SearchStore search(rows, 1);
        QVERIFY(search.store);
        QueueStore &store = *search.store;
        QCOMPARE(store.searchByName(QStringLiteral("child"), 10)->size(), 2);
        // An entry for row 0 under a name it does not have, in a block it is not in.
        QVERIFY(insertBlock(*search.database, 99, {{rows.at(0).entry.applicationId.toUtf8(), "ghost"}}));
        const Expected<QList<NameSearchIndex::Candidate>> candidates =
            NameSearchIndex::find(search.database->connection(), "ghost", 10);
        QVERIFY(candidates);
        QCOMPARE(candidates->size(), 1);
        QVERIFY(store.searchByName(QStringLiteral("ghost"), 10)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQueueStore)
#include "tst_queuestore.moc"
