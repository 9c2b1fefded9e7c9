// The Queue area as a clerk uses it: a birth year's queue in the order of RULES 3.3 with its
// queue numbers, the filters, the search by IIN and by a part of a name, and an application
// opened with its history. Every read runs on the model's worker, so the tests wait for answers
// with QTRY_* and never sleep.

#include "CategoryListModel.h"
#include "LanguageController.h"
#include "QueueTableModel.h"
#include "domain/QueueOrder.h"
#include "queue/ApplicationDetailsDialog.h"
#include "queue/QueuePage.h"
#include "store/ApplicationImport.h"
#include "store/ApplicationJson.h"
#include "store/ApplicationStore.h"
#include "store/Database.h"
#include "store/Events.h"
#include "store/KindergartenStore.h"
#include "store/QueueStore.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QComboBox>
#include <QFont>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The desk's clock for every registration: 2 May 2024, 10:00 local time.
const QDateTime now(QDate(2024, 5, 2), QTime(10, 0));
const QString clerk = QStringLiteral("clerk-aigerim");

// A valid IIN for a birth date and sex (RULES 9): YYMMDD, century-and-sex digit, a serial, and
// the check digit; serials whose check digit does not exist are skipped.
QString makeIin(const QDate &birthDate, bool female, int &serial)
{
    const int centuryDigit = (birthDate.year() >= 2000 ? 5 : 3) + (female ? 1 : 0);
    for (;;) {
        const QString eleven = birthDate.toString(QStringLiteral("yyMMdd")) + QString::number(centuryDigit)
                               + QStringLiteral("%1").arg(serial++ % 10000, 4, 10, QLatin1Char('0'));
        const int check = Iin::checkDigit(eleven);
        if (check >= 0)
            return eleven + QString::number(check);
    }
}

struct Spec
{
    QString surname;
    QString name;
    int birthYear;
    Category category;
    int filedMinutes; // after 8:00 on 2 May 2024
    QStringList kindergartens;
};

Application makeApplication(const Spec &spec, int index, int &serial)
{
    Application a;
    a.applicant = PersonName{QStringLiteral("Ата-ана"), QStringLiteral("Өтініш"), QString()};
    a.applicantIin = makeIin(QDate(1990, 1, 1).addDays(index), false, serial);
    a.applicantAddress = QStringLiteral("Астана қ., Кенесары к-сі, 40");
    a.settlement = QStringLiteral("Астана");
    a.child = PersonName{spec.surname, spec.name, QString()};
    a.childBirthDate = QDate(spec.birthYear, 1, 1).addDays(index % 120);
    a.childSex = index % 2 ? Iin::Sex::Female : Iin::Sex::Male;
    a.childIin = makeIin(a.childBirthDate, a.childSex == Iin::Sex::Female, serial);
    a.category = spec.category;
    a.filedAt = QDateTime(QDate(2024, 5, 2), QTime(8, 0)).addSecs(qint64(spec.filedMinutes) * 60);
    if (Categories::requiresDocument(spec.category))
        a.categoryDocument = CategoryDocument{QStringLiteral("Анықтама"), QStringLiteral("№ %1").arg(index),
                                              QStringLiteral("Әскери бөлім"), QDate(2024, 4, 25)};
    a.preferredKindergartens = spec.kindergartens;
    a.phones = {QStringLiteral("+77012345678")};
    a.consent = true;
    a.signatureDate = a.filedAt.date();
    return a;
}

// The numbers and order RULES 3.3 gives, from the domain functions (not from the store).
// Types text into a line edit as a clerk's keyboard would leave it (QTest::keyClicks takes
// Latin-1 only; Kazakh and Russian letters arrive as input text).
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->insert(text);
}

struct Expected33
{
    QStringList ids;          // the year's applications in queue order, every status
    QHash<QString, int> numbers;
};

} // namespace

class TestQueuePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void listsBirthYearsOldestFirst();
    void showsYearQueueInRulesOrder();
    void filtersNarrowTheQueueKeepingNumbers_data();
    void filtersNarrowTheQueueKeepingNumbers();
    void anyKindergartenIsAPlaceholderNotText();
    void searchFindsByIin();
    void searchAsksForTwelveDigits();
    void searchShowsEachChildsBirthYear();
    void searchFindsNameFragmentInAnyCase_data();
    void searchFindsNameFragmentInAnyCase();
    void emptyStateWhenNothingFound();
    void emptyStoreSaysSo();
    void busyWhileAQueryRuns();
    void enterOpensApplicationWithHistory();
    void ctrlFFocusesSearchAndEscapeClearsIt();
    void modelPagesThroughALongQueue();
    void importedApplicationShowsItsImport();
    void staleAnswersAreDropped();
    void readsWhileAnotherProgramWrites();
    void unconfirmedRowsAreProvisionalAndAnonymousRowsHideTheChild();
    void categoriesAndNamesShowWhole_data();
    void categoriesAndNamesShowWhole();

private:
    QueuePage *makePage();
    Expected33 expectedFor(int birthYear) const;
    QStringList shownIds(const QueueTableModel *model) const;
    void selectYear(QueuePage *page, int year);

    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<Database> m_store;
    QList<Application> m_applications; // as stored
    QString m_alikhanId;
    QString m_directionId;
};

void TestQueuePage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("queue.sqlite"));
    Expected<std::shared_ptr<Database>> opened = Database::open(m_path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message()));
    m_store = std::move(opened).value();

    // 2021: categories 1 (extraordinary), 4 (primary) and 10 (general) filed in a mixed order,
    // so the queue shows the extraordinary first and then the 1:3 interleave.
    const QList<Spec> specs = {
        {QStringLiteral("Иванов"), QStringLiteral("Пётр"), 2021, Category::None, 0, {QStringLiteral("kg-1")}},
        {QStringLiteral("Серіков"), QStringLiteral("Әлихан"), 2021, Category::None, 5, {QStringLiteral("kg-7")}},
        {QStringLiteral("Ахметова"), QStringLiteral("Аружан"), 2021, Category::SpecialNeeds, 10, {}},
        {QStringLiteral("Петрова"), QStringLiteral("Ольга"), 2021, Category::None, 15, {QStringLiteral("kg-7")}},
        {QStringLiteral("Жұмабаев"), QStringLiteral("Нұрсұлтан"), 2021, Category::Military, 20, {}},
        {QStringLiteral("Қасымова"), QStringLiteral("Інжу"), 2021, Category::None, 25, {}},
        {QStringLiteral("Сидоров"), QStringLiteral("Илья"), 2021, Category::SpecialNeeds, 30, {QStringLiteral("kg-7")}},
        {QStringLiteral("Өмірбек"), QStringLiteral("Ұлан"), 2021, Category::None, 35, {}},
        {QStringLiteral("Кузнецова"), QStringLiteral("Анна"), 2021, Category::None, 40, {}},
        {QStringLiteral("Тоқтаров"), QStringLiteral("Ерлан"), 2021, Category::Military, 45, {}},
        {QStringLiteral("Смирнов"), QStringLiteral("Артём"), 2021, Category::None, 50, {}},
        {QStringLiteral("Бекова"), QStringLiteral("Айым"), 2021, Category::SpecialNeeds, 55, {}},
        {QStringLiteral("Нұрланов"), QStringLiteral("Алихан"), 2022, Category::None, 60, {}},
        {QStringLiteral("Орлова"), QStringLiteral("Мария"), 2022, Category::SpecialNeeds, 65, {}},
        {QStringLiteral("Ержанов"), QStringLiteral("Тимур"), 2020, Category::None, 70, {}},
    };
    ApplicationStore applications(m_store);
    int serial = 1;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const Expected<RegisteredApplication> registered = applications.registerApplication(
            makeApplication(specs.at(i), int(i), serial), clerk, ValidationContext{now, RuleSettings{}});
        QVERIFY2(registered, qPrintable(registered ? QString() : registered.error().message()));
        m_applications.append(registered->application);
    }
    m_alikhanId = m_applications.at(1).id;
    // The region's list knows kg-7 by name; kg-1 is not in it.
    QVERIFY(KindergartenStore(m_store).upsert(
        Kindergarten{QStringLiteral("kg-7"), QStringLiteral("Айгөлек"), QStringLiteral("Айгулек"), {}, {}}));

    // Another writer gives the primary-right child Ахметова a direction: she keeps her place in
    // the order but loses her number (RULES def. 8).
    m_directionId = m_applications.at(2).id;
    QSqlQuery update(m_store->connection());
    update.prepare(QStringLiteral("UPDATE applications SET status = 'direction_issued' WHERE id = ?"));
    update.addBindValue(m_directionId);
    QVERIFY(update.exec());
    m_applications[2].status = ApplicationStatus::DirectionIssued;
}

void TestQueuePage::cleanupTestCase()
{
    m_store.reset();
}

QueuePage *TestQueuePage::makePage()
{
    auto page = new QueuePage;
    page->setStore(m_store);
    page->resize(1000, 600);
    page->show();
    return page;
}

Expected33 TestQueuePage::expectedFor(int birthYear) const
{
    QList<QueueEntry> entries;
    for (const Application &a : m_applications)
        if (a.birthYear() == birthYear)
            entries.append(QueueEntry::fromApplication(a));
    Expected33 expected;
    for (const QueueEntry &entry : QueueOrder::order(entries, RuleSettings{}))
        expected.ids.append(entry.applicationId);
    expected.numbers = QueueOrder::queueNumbers(entries, RuleSettings{});
    return expected;
}

QStringList TestQueuePage::shownIds(const QueueTableModel *model) const
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(QueueTableModel::ApplicationIdRole).toString());
    return ids;
}

void TestQueuePage::selectYear(QueuePage *page, int year)
{
    auto years = page->findChild<QComboBox *>(QStringLiteral("yearCombo"));
    QTRY_VERIFY(years->findData(year) >= 0);
    years->setCurrentIndex(years->findData(year));
    QTRY_VERIFY(!page->model()->isLoading() && page->model()->query().birthYear == year);
}

void TestQueuePage::listsBirthYearsOldestFirst()
{
    std::unique_ptr<QueuePage> page(makePage());
    auto years = page->findChild<QComboBox *>(QStringLiteral("yearCombo"));
    QTRY_COMPARE(years->count(), 3);
    QCOMPARE(years->itemData(0).toInt(), 2020);
    QCOMPARE(years->itemData(1).toInt(), 2021);
    QCOMPARE(years->itemData(2).toInt(), 2022);
    // The oldest children's queue opens first (RULES 3.3: years follow oldest first).
    QTRY_COMPARE(page->model()->query().birthYear, 2020);
}

void TestQueuePage::showsYearQueueInRulesOrder()
{
    std::unique_ptr<QueuePage> page(makePage());
    selectYear(page.get(), 2021);
    QueueTableModel *model = page->model();
    const Expected33 expected = expectedFor(2021);
    QCOMPARE(shownIds(model), expected.ids);

    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = expected.ids.at(row);
        const QModelIndex number = model->index(row, QueueTableModel::NumberColumn);
        QCOMPARE(number.data(QueueTableModel::QueueNumberRole).toInt(), expected.numbers.value(id, 0));
        if (expected.numbers.contains(id))
            QCOMPARE(number.data().toString(), QString::number(expected.numbers.value(id)));
        else
            QCOMPARE(number.data().toString(), QStringLiteral("—"));
    }
    // The extraordinary right first, then one primary before three general (1:3).
    QCOMPARE(model->index(0, QueueTableModel::CategoryColumn).data(QueueTableModel::CategoryRole).toInt(), 1);
    QCOMPARE(model->index(1, QueueTableModel::CategoryColumn).data(QueueTableModel::CategoryRole).toInt(), 1);
    QCOMPARE(model->index(2, QueueTableModel::CategoryColumn).data(QueueTableModel::CategoryRole).toInt(), 4);
    for (int row = 3; row < 6; ++row)
        QCOMPARE(model->index(row, QueueTableModel::CategoryColumn).data(QueueTableModel::CategoryRole).toInt(), 10);
    QCOMPARE(model->index(6, QueueTableModel::CategoryColumn).data(QueueTableModel::CategoryRole).toInt(), 4);

    auto count = page->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(count->text().contains(QString::number(expected.ids.size())));
}

void TestQueuePage::filtersNarrowTheQueueKeepingNumbers_data()
{
    QTest::addColumn<int>("category");     // 0: all
    QTest::addColumn<int>("status");       // -1: all
    QTest::addColumn<QString>("kindergarten");

    QTest::newRow("category 4") << 4 << -1 << QString();
    QTest::newRow("category 10") << 10 << -1 << QString();
    QTest::newRow("category 1") << 1 << -1 << QString();
    QTest::newRow("queued only") << 0 << int(ApplicationStatus::Queued) << QString();
    QTest::newRow("direction issued") << 0 << int(ApplicationStatus::DirectionIssued) << QString();
    QTest::newRow("kindergarten kg-7") << 0 << -1 << QStringLiteral("kg-7");
    QTest::newRow("category 10 in kg-7") << 10 << -1 << QStringLiteral("kg-7");
    QTest::newRow("kg-1, not in the region's list, by its id") << 0 << -1 << QStringLiteral("kg-1");
}

void TestQueuePage::filtersNarrowTheQueueKeepingNumbers()
{
    QFETCH(int, category);
    QFETCH(int, status);
    QFETCH(QString, kindergarten);

    std::unique_ptr<QueuePage> page(makePage());
    selectYear(page.get(), 2021);

    if (category > 0) {
        auto combo = page->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
        const int index = combo->findData(category, CategoryListModel::CodeRole);
        QVERIFY(index > 0);
        combo->setCurrentIndex(index);
    }
    if (status >= 0) {
        auto combo = page->findChild<QComboBox *>(QStringLiteral("statusCombo"));
        combo->setCurrentIndex(combo->findData(status));
    }
    if (!kindergarten.isEmpty()) {
        auto combo = page->findChild<QComboBox *>(QStringLiteral("kindergartenCombo"));
        const int listed = combo->findData(kindergarten);
        if (listed > 0) {
            // In the region's list: picked by its name from the keyboard.
            QCOMPARE(combo->itemText(listed), QStringLiteral("Айгөлек (kg-7)"));
            combo->setFocus();
            QTest::keyClick(combo, Qt::Key_Down, Qt::AltModifier);
            QTRY_VERIFY(combo->view()->isVisible());
            for (int i = combo->currentIndex(); i < listed; ++i)
                QTest::keyClick(combo->view(), Qt::Key_Down);
            QTest::keyClick(combo->view(), Qt::Key_Return);
            QCOMPARE(combo->currentIndex(), listed);
        } else {
            // Not in the list: typed by its id.
            combo->lineEdit()->selectAll();
            typeInto(combo->lineEdit(), kindergarten);
        }
    }
    QueueTableModel *model = page->model();
    QTRY_VERIFY(!model->isLoading() && model->query().filter.kindergarten == kindergarten);

    // The year's order with the others left out; numbers stay those of the whole year.
    const Expected33 all = expectedFor(2021);
    QStringList expected;
    for (const QString &id : all.ids) {
        const auto a = std::find_if(m_applications.cbegin(), m_applications.cend(),
                                    [&id](const Application &x) { return x.id == id; });
        if (category > 0 && Categories::code(a->category) != category)
            continue;
        if (status >= 0 && int(a->status) != status)
            continue;
        if (!kindergarten.isEmpty() && !a->preferredKindergartens.contains(kindergarten))
            continue;
        expected.append(id);
    }
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < all.ids.size());
    QCOMPARE(shownIds(model), expected);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(QueueTableModel::QueueNumberRole).toInt(),
                 all.numbers.value(expected.at(row), 0));
}

// Issue 13 item 5: the kindergarten filter's "any" is the empty field's grey placeholder, not
// text the clerk must delete before typing a kindergarten's id; choosing it empties the field.
void TestQueuePage::anyKindergartenIsAPlaceholderNotText()
{
    std::unique_ptr<QueuePage> page(makePage());
    selectYear(page.get(), 2021);
    auto combo = page->findChild<QComboBox *>(QStringLiteral("kindergartenCombo"));
    QVERIFY(combo->isEditable());
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(combo->lineEdit()->text(), QString());
    QCOMPARE(combo->lineEdit()->placeholderText(), QStringLiteral("Any"));
    QCOMPARE(combo->itemText(0), QStringLiteral("Any")); // the open list still offers it

    // Typing goes straight into the empty field.
    combo->lineEdit()->setFocus();
    typeInto(combo->lineEdit(), QStringLiteral("kg-7"));
    QTRY_VERIFY(!page->model()->isLoading() && page->model()->query().filter.kindergarten == QStringLiteral("kg-7"));

    // Choosing "Any" from the list again: an empty field and no filter.
    combo->setCurrentIndex(0);
    emit combo->activated(0);
    QCOMPARE(combo->lineEdit()->text(), QString());
    QTRY_VERIFY(!page->model()->isLoading() && page->model()->query().filter.kindergarten.isEmpty());
}

void TestQueuePage::searchFindsByIin()
{
    std::unique_ptr<QueuePage> page(makePage());
    selectYear(page.get(), 2020);
    const Application &wanted = m_applications.at(5); // Қасымова Інжу, 2021
    // Typed in groups, as read from a document.
    const QString typed = wanted.childIin.left(6) + u' ' + wanted.childIin.mid(6);
    typeInto(page->findChild<QLineEdit *>(QStringLiteral("searchEdit")), typed);

    QueueTableModel *model = page->model();
    QTRY_VERIFY(!model->isLoading() && model->query().search == typed);
    QCOMPARE(shownIds(model), QStringList{wanted.id});
    QCOMPARE(model->index(0, 0).data(QueueTableModel::QueueNumberRole).toInt(),
             expectedFor(2021).numbers.value(wanted.id));
    QCOMPARE(model->index(0, QueueTableModel::IinColumn).data().toString(), wanted.childIin);
    // A search looks through every year: the year filter is off meanwhile.
    QVERIFY(!page->findChild<QComboBox *>(QStringLiteral("yearCombo"))->isEnabled());
}

void TestQueuePage::searchShowsEachChildsBirthYear()
{
    std::unique_ptr<QueuePage> page(makePage());
    selectYear(page.get(), 2021);
    auto table = page->findChild<QTableView *>(QStringLiteral("queueTable"));
    QVERIFY(table);
    // One year's queue: the year is the filter's; no column repeats it.
    QVERIFY(table->isColumnHidden(QueueTableModel::BirthYearColumn));

    // "ова" finds children born in 2021 and 2022 (issue 13 item 5): each row says its year.
    typeInto(page->findChild<QLineEdit *>(QStringLiteral("searchEdit")), QStringLiteral("ова"));
    QueueTableModel *model = page->model();
    QTRY_VERIFY(!model->isLoading() && model->query().search == QStringLiteral("ова"));
    QVERIFY(!table->isColumnHidden(QueueTableModel::BirthYearColumn));
    QCOMPARE(model->headerData(QueueTableModel::BirthYearColumn, Qt::Horizontal).toString(), QStringLiteral("Year of birth"));
    QSet<QString> years;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString child = model->index(row, QueueTableModel::ChildColumn).data().toString();
        const QString year = model->index(row, QueueTableModel::BirthYearColumn).data().toString();
        if (child == QStringLiteral("Орлова Мария"))
            QCOMPARE(year, QStringLiteral("2022"));
        if (child == QStringLiteral("Петрова Ольга"))
            QCOMPARE(year, QStringLiteral("2021"));
        years.insert(year);
    }
    QCOMPARE(years, (QSet<QString>{QStringLiteral("2021"), QStringLiteral("2022")}));
    QVERIFY(table->columnWidth(QueueTableModel::BirthYearColumn)
            >= table->fontMetrics().horizontalAdvance(QStringLiteral("2022")));

    // Back to the year's queue: the column goes again.
    auto search = page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->clear();
    QTRY_VERIFY(!model->isLoading() && !model->query().isSearch());
    QVERIFY(table->isColumnHidden(QueueTableModel::BirthYearColumn));
}

void TestQueuePage::searchAsksForTwelveDigits()
{
    std::unique_ptr<QueuePage> page(makePage());
    selectYear(page.get(), 2021);
    typeInto(page->findChild<QLineEdit *>(QStringLiteral("searchEdit")), m_applications.at(5).childIin.left(8));
    QueueTableModel *model = page->model();
    QTRY_VERIFY(!model->isLoading() && model->query().isSearch());
    QCOMPARE(model->rowCount(), 0);
    auto empty = page->findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("12")));
}

void TestQueuePage::searchFindsNameFragmentInAnyCase_data()
{
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<QStringList>("names");

    // Kazakh letters in capitals find the name written in lower case, and back.
    QTest::newRow("Kazakh upper case") << QStringLiteral("ӘЛИ") << QStringList{QStringLiteral("Серіков Әлихан")};
    QTest::newRow("Kazakh lower case") << QStringLiteral("інжу") << QStringList{QStringLiteral("Қасымова Інжу")};
    QTest::newRow("Kazakh surname part") << QStringLiteral("ҚАСЫМ") << QStringList{QStringLiteral("Қасымова Інжу")};
    QTest::newRow("Russian with ё") << QStringLiteral("ПЁТР") << QStringList{QStringLiteral("Иванов Пётр")};
    QTest::newRow("Russian, two matches")
        << QStringLiteral("ова") << QStringList{QStringLiteral("Ахметова Аружан"), QStringLiteral("Бекова Айым"),
                                                 QStringLiteral("Кузнецова Анна"), QStringLiteral("Орлова Мария"),
                                                 QStringLiteral("Петрова Ольга"), QStringLiteral("Қасымова Інжу")};
    // "али" is in Алихан but not in Әлихан: Ә is a letter of its own.
    QTest::newRow("А is not Ә") << QStringLiteral("Алих") << QStringList{QStringLiteral("Нұрланов Алихан")};
}

void TestQueuePage::searchFindsNameFragmentInAnyCase()
{
    QFETCH(QString, fragment);
    QFETCH(QStringList, names);

    std::unique_ptr<QueuePage> page(makePage());
    selectYear(page.get(), 2021);
    typeInto(page->findChild<QLineEdit *>(QStringLiteral("searchEdit")), fragment);
    QueueTableModel *model = page->model();
    QTRY_VERIFY(!model->isLoading() && model->query().search == fragment);

    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row) {
        shown.append(model->index(row, QueueTableModel::ChildColumn).data().toString());
        // Each found row carries its number within its own year (RULES 3.3), whatever the year.
        const QString id = model->index(row, 0).data(QueueTableModel::ApplicationIdRole).toString();
        const auto a = std::find_if(m_applications.cbegin(), m_applications.cend(),
                                    [&id](const Application &x) { return x.id == id; });
        QVERIFY(a != m_applications.cend());
        QCOMPARE(model->index(row, 0).data(QueueTableModel::QueueNumberRole).toInt(),
                 expectedFor(a->birthYear()).numbers.value(id, 0));
    }
    shown.sort();
    names.sort();
    QCOMPARE(shown, names);
}

void TestQueuePage::emptyStateWhenNothingFound()
{
    std::unique_ptr<QueuePage> page(makePage());
    selectYear(page.get(), 2021);
    auto empty = page->findChild<QLabel *>(QStringLiteral("emptyLabel"));
    auto table = page->findChild<QTableView *>(QStringLiteral("queueTable"));
    QVERIFY(table->isVisible());
    QVERIFY(!empty->isVisible());

    auto search = page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    typeInto(search, QStringLiteral("Ғалымжан"));
    QTRY_VERIFY(!page->model()->isLoading() && page->model()->query().isSearch());
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("Nothing found"));
    QVERIFY(!table->isVisible());
}

void TestQueuePage::emptyStoreSaysSo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Expected<std::shared_ptr<Database>> empty = Database::open(dir.filePath(QStringLiteral("empty.sqlite")));
    QVERIFY(empty);
    std::unique_ptr<QueuePage> page(new QueuePage);
    page->setStore(*empty);
    page->show();
    auto label = page->findChild<QLabel *>(QStringLiteral("emptyLabel"));
    // Not only "no applications": what brings them here (issue 13 item 6; tst_userguide).
    QTRY_VERIFY2(label->text().startsWith(QStringLiteral("The queue is empty")), qPrintable(label->text()));
    QVERIFY(label->text().contains(QStringLiteral("qabyldau-cli applications import")));
    QVERIFY(label->isVisible());
    QCOMPARE(page->findChild<QComboBox *>(QStringLiteral("yearCombo"))->count(), 0);
}

void TestQueuePage::busyWhileAQueryRuns()
{
    std::unique_ptr<QueuePage> page(makePage());
    selectYear(page.get(), 2021);
    auto busy = page->findChild<QWidget *>(QStringLiteral("busyBar"));
    QVERIFY(!busy->isVisible());
    // The answer comes through the event loop, so right after the change the read is under way.
    auto status = page->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    status->setCurrentIndex(status->findData(int(ApplicationStatus::Queued)));
    QVERIFY(page->model()->isLoading());
    QVERIFY(busy->isVisible());
    QTRY_VERIFY(!busy->isVisible());
    QCOMPARE(page->model()->rowCount(), int(expectedFor(2021).numbers.size()));
}

void TestQueuePage::enterOpensApplicationWithHistory()
{
    std::unique_ptr<QueuePage> page(makePage());
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    selectYear(page.get(), 2021);
    auto table = page->findChild<QTableView *>(QStringLiteral("queueTable"));
    const QStringList ids = shownIds(page->model());
    const int row = int(ids.indexOf(m_alikhanId));
    QVERIFY(row >= 0);
    table->setFocus();
    table->setCurrentIndex(page->model()->index(row, QueueTableModel::ChildColumn));
    QTest::keyClick(table, Qt::Key_Return);

    ApplicationDetailsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<ApplicationDetailsDialog *>()) != nullptr);
    QVERIFY(dialog->found());
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("Серіков Әлихан")));
    // Every Appendix 1 field is there to read, e.g. the child's IIN and the kindergarten wish.
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts.append(label->text());
    QVERIFY(texts.contains(m_applications.at(1).childIin));
    QVERIFY(texts.contains(m_applications.at(1).applicantIin));
    // The preferred kindergarten by its name in the region's list.
    QVERIFY(texts.contains(QStringLiteral("Айгөлек (kg-7)")));
    QVERIFY(texts.contains(QString::number(expectedFor(2021).numbers.value(m_alikhanId))));

    // The history: the registration entry of the journal, by whom, in words.
    QTableWidget *history = dialog->historyTable();
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(history->item(0, 1)->text(), clerk);
    QCOMPARE(history->item(0, 2)->text(), QStringLiteral("Application registered"));
    QCOMPARE(history->item(0, 2)->data(Qt::UserRole).toString(), Events::applicationRegistered());
    QCOMPARE(history->item(0, 0)->text(), now.toString(QStringLiteral("dd.MM.yyyy HH:mm:ss")));
    dialog->close();
}

void TestQueuePage::ctrlFFocusesSearchAndEscapeClearsIt()
{
    std::unique_ptr<QueuePage> page(makePage());
    page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(page.get()));
    selectYear(page.get(), 2021);
    auto table = page->findChild<QTableView *>(QStringLiteral("queueTable"));
    auto search = page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());

    typeInto(search, QStringLiteral("ӘЛИ"));
    QTRY_VERIFY(!page->model()->isLoading() && page->model()->query().isSearch());
    QCOMPARE(page->model()->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QTRY_VERIFY(!page->model()->isLoading() && !page->model()->query().isSearch());
    QCOMPARE(shownIds(page->model()), expectedFor(2021).ids);
}

void TestQueuePage::modelPagesThroughALongQueue()
{
    // A year longer than two pages, written in one import.
    constexpr int count = 2 * QueueTableModel::pageSize + 57;
    QJsonArray records;
    int serial = 5000;
    QList<QueueEntry> entries;
    for (int i = 0; i < count; ++i) {
        const Spec spec{QStringLiteral("Бала"), QStringLiteral("№%1").arg(i), 2023,
                        i % 5 == 0 ? Category::LargeFamily : Category::None, 100 + i, {}};
        Application a = makeApplication(spec, i, serial);
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (i % 7 == 3)
            a.status = ApplicationStatus::StopListed;
        if (a.status == ApplicationStatus::StopListed)
            a.stopListedUntil = QDate(2024, 5, 12);
        records.append(ApplicationJson::toJson(a));
        entries.append(QueueEntry::fromApplication(a));
    }
    ApplicationImport import(m_store, RuleSettings{});
    const Expected<ImportResult> imported =
        import.importJson(QJsonDocument(records).toJson(QJsonDocument::Compact), clerk, now);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message()));
    QCOMPARE(imported->imported, count);

    QStringList expectedIds;
    for (const QueueEntry &entry : QueueOrder::order(entries, RuleSettings{}))
        expectedIds.append(entry.applicationId);
    const QHash<QString, int> numbers = QueueOrder::queueNumbers(entries, RuleSettings{});

    QueueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy years(&model, &QueueTableModel::birthYearsLoaded);
    model.setStore(m_path, RuleSettings{});
    QTRY_COMPARE(years.size(), 1);
    QCOMPARE(years.constFirst().constFirst().value<QList<int>>(), (QList<int>{2020, 2021, 2022, 2023}));

    QSignalSpy loading(&model, &QueueTableModel::loadingChanged);
    QueueQuery query;
    query.birthYear = 2023;
    model.setQuery(query);
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0); // nothing blocks: the rows are not there yet
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(loading.size() >= 2);
    QCOMPARE(loading.constFirst().constFirst().toBool(), true);
    QCOMPARE(loading.constLast().constFirst().toBool(), false);
    // Rows come a page at a time (the tester itself asks for more pages, as a view would).
    QVERIFY(model.rowCount() >= QueueTableModel::pageSize);
    QVERIFY2(model.rowCount() % QueueTableModel::pageSize == 0 || model.rowCount() == count, qPrintable(QString::number(model.rowCount())));
    QCOMPARE(model.totalCount(), count);

    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one page at a time
        QTRY_VERIFY(model.rowCount() > before || !model.canFetchMore({}));
        QTRY_VERIFY(!model.isLoading());
    }
    QCOMPARE(model.rowCount(), count);
    QCOMPARE(shownIds(&model), expectedIds);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(QueueTableModel::QueueNumberRole).toInt(),
                 numbers.value(expectedIds.at(row), 0));
}

// An application that came in the import above has its history too: the import's journal entry,
// which names it among its batch.
void TestQueuePage::importedApplicationShowsItsImport()
{
    QueueStore queue(m_store, RuleSettings{});
    const Expected<QList<QueueRow>> first = queue.page(2023, {}, std::nullopt, 1);
    QVERIFY(first && first->size() == 1);
    ApplicationDetailsDialog dialog(m_store, first->constFirst().key.applicationId, 1);
    QVERIFY(dialog.found());
    QTableWidget *history = dialog.historyTable();
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(history->item(0, 1)->text(), clerk);
    QCOMPARE(history->item(0, 2)->text(), QStringLiteral("Imported with other applications"));
    QCOMPARE(history->item(0, 2)->data(Qt::UserRole).toString(), ApplicationImport::importedEvent());

    // An application registered at the desk is not named by the import.
    ApplicationDetailsDialog registered(m_store, m_alikhanId, 2);
    QCOMPARE(registered.historyTable()->rowCount(), 1);
    QCOMPARE(registered.historyTable()->item(0, 2)->data(Qt::UserRole).toString(),
             Events::applicationRegistered());
}

void TestQueuePage::staleAnswersAreDropped()
{
    QueueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_path, RuleSettings{});

    // Three queries in a row, as a clerk clicking through years: only the last one shows.
    for (int year : {2021, 2020, 2022}) {
        QueueQuery query;
        query.birthYear = year;
        model.setQuery(query);
    }
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(shownIds(&model), expectedFor(2022).ids);
    // Nothing of the earlier queries arrives afterwards. The worker answers in order, so once the
    // answer to a later request is in, every earlier answer has been delivered too.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy years(&model, &QueueTableModel::birthYearsLoaded);
    model.reloadBirthYears();
    QTRY_COMPARE(years.size(), 1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(shownIds(&model), expectedFor(2022).ids);
}

QTEST_MAIN(TestQueuePage)
#include "tst_queuepage.moc"

// A registration the queue server has not confirmed (registration sequence 0) is shown as
// provisional; once it has its sequence it is not. Another kindergarten's applicant (schema 6,
// applications.anonymous) shows no name and no category and cannot be opened.
void TestQueuePage::unconfirmedRowsAreProvisionalAndAnonymousRowsHideTheChild()
{
    std::unique_ptr<QueuePage> page(makePage());
    selectYear(page.get(), 2020);
    QueueTableModel *model = page->model();
    QCOMPARE(model->rowCount(), 1);
    const QString id = model->index(0, 0).data(QueueTableModel::ApplicationIdRole).toString();
    QVERIFY(model->index(0, 0).data(QueueTableModel::ProvisionalRole).toBool());
    QVERIFY(model->index(0, QueueTableModel::ChildColumn).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(model->index(0, QueueTableModel::NumberColumn).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("not yet confirmed by the queue server")));

    const auto set = [&](const QString &assignment) {
        QSqlQuery update(m_store->connection());
        update.prepare(QStringLiteral("UPDATE applications SET %1 WHERE id = ?").arg(assignment));
        update.addBindValue(id);
        return update.exec();
    };
    const auto restore = qScopeGuard([&] { set(QStringLiteral("registration_sequence = 0, anonymous = 0")); });
    QVERIFY(set(QStringLiteral("registration_sequence = 7")));
    page->reload();
    QTRY_VERIFY(!model->isLoading() && model->rowCount() == 1
                && !model->index(0, 0).data(QueueTableModel::ProvisionalRole).toBool());
    QVERIFY(!model->index(0, QueueTableModel::ChildColumn).data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(model->index(0, QueueTableModel::ChildColumn).data().toString(), QStringLiteral("Ержанов Тимур"));

    QVERIFY(set(QStringLiteral("anonymous = 1")));
    page->reload();
    QTRY_VERIFY(!model->isLoading() && model->rowCount() == 1
                && model->index(0, 0).data(QueueTableModel::AnonymousRole).toBool());
    QCOMPARE(model->index(0, QueueTableModel::ChildColumn).data().toString(),
             QStringLiteral("Another kindergarten's applicant"));
    QCOMPARE(model->index(0, QueueTableModel::CategoryColumn).data().toString(), QString());
    page->openRow(0);
    QVERIFY(page->findChild<ApplicationDetailsDialog *>() == nullptr);
}

// Issue 14 item 5: while another program holds the write lock (an import's batch) and sides of
// the queue wait to be recomputed, the page shows what is committed at once and says that the
// numbers may still change, instead of an error after the 5 s the lock was waited for; shown again
// after the writer, the note is gone.
void TestQueuePage::readsWhileAnotherProgramWrites()
{
    Expected<std::shared_ptr<Database>> other = Database::open(m_path);
    QVERIFY(other);
    QSqlQuery writer((*other)->connection());
    QVERIFY2(writer.exec(QStringLiteral("INSERT OR REPLACE INTO queue_stale (birth_year, right_rank, filed_at,"
                                        " queue_sequence, id) SELECT DISTINCT birth_year, right_rank,"
                                        " -9223372036854775807 - 1, -9223372036854775807 - 1, '' FROM applications")),
             qPrintable(writer.lastError().text()));
    QVERIFY(writer.exec(QStringLiteral("BEGIN IMMEDIATE")));

    std::unique_ptr<QueuePage> page(makePage());
    selectYear(page.get(), 2021);
    QVERIFY2(page->model()->lastError().isEmpty(), qPrintable(page->model()->lastError()));
    QCOMPARE(shownIds(page->model()), expectedFor(2021).ids);
    QVERIFY(page->positionsPending());
    auto count = page->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY2(count->text().contains(QStringLiteral("another program is writing")), qPrintable(count->text()));
    // The note wraps rather than widen the page (longer still in kk and ru).
    QVERIFY2(count->minimumSizeHint().width() < count->fontMetrics().horizontalAdvance(count->text()),
             qPrintable(QString::number(count->minimumSizeHint().width())));
    QVERIFY(page->minimumSizeHint().width() <= page->width());
    // With QABYLDAU_SCREENSHOT_DIR: the page with its note, to look at.
    if (const QString shots = qEnvironmentVariable("QABYLDAU_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QCoreApplication::processEvents(); // the layout takes the note's second line
        page->grab().save(shots + QStringLiteral("/queue-pending.png"));
    }

    QVERIFY(writer.exec(QStringLiteral("ROLLBACK")));
    page->reload();
    QTRY_VERIFY(!page->model()->isLoading());
    QVERIFY(!page->positionsPending());
    QVERIFY2(!count->text().contains(QStringLiteral("another program is writing")), qPrintable(count->text()));
    QCOMPARE(shownIds(page->model()), expectedFor(2021).ids);
}

void TestQueuePage::categoriesAndNamesShowWhole_data()
{
    QTest::addColumn<int>("language");
    QTest::newRow("kk") << int(QLocale::Kazakh);
    QTest::newRow("ru") << int(QLocale::Russian);
    QTest::newRow("en") << int(QLocale::English);
}

// The README's picture of the Queue at 1280x800 showed "1. Ребенок военнослу…" in a Category column
// of 20 digits while the child's name had three times the room it needed. At the page's width in
// the smallest supported window (1280 pixels less the areas' list), each category as the table
// shows it ("N. short name") fits its column, and the child's column keeps room for a long name.
void TestQueuePage::categoriesAndNamesShowWhole()
{
    QFETCH(int, language);
    LanguageController languages;
    QVERIFY(languages.apply(QLocale::Language(language)));
    const auto english = qScopeGuard([&languages] { languages.apply(QLocale::English); });
    std::unique_ptr<QueuePage> page(makePage());
    auto table = page->findChild<QTableView *>(QStringLiteral("queueTable"));
    QVERIFY(table);
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    selectYear(page.get(), 2021);
    const QFontMetrics cells = table->fontMetrics();
    // The cell's text margins (QCommonStyle: the focus frame's margin and one pixel, each side).
    const int padding = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1) + 1;
    QHeaderView *header = table->horizontalHeader();
    const auto cutCategories = [&] {
        QStringList cut;
        for (const Category category : Categories::all()) {
            const QString shown = QStringLiteral("%1. %2").arg(Categories::code(category)).arg(Categories::shortLabel(category));
            if (cells.horizontalAdvance(shown) + padding > header->sectionSize(QueueTableModel::CategoryColumn))
                cut << shown;
        }
        return cut;
    };
    // A long full name with the father's name: 36 characters.
    const QString longName = QStringLiteral("Жақсылықова Айкөркем Нұрсұлтанқызы");
    // The page in the smallest supported window (1280 pixels less the areas' list), and in a
    // 1920-pixel one.
    for (const int width : {1080, 1700}) {
        page->resize(width, 700);
        QTRY_VERIFY(table->viewport()->width() > width - 40);
        const QString where = QStringLiteral("%1 px: ").arg(width);
        QTRY_VERIFY2(cells.horizontalAdvance(longName) + padding <= header->sectionSize(QueueTableModel::ChildColumn),
                     qPrintable(where + QStringLiteral("the child's column has %1 px").arg(header->sectionSize(QueueTableModel::ChildColumn))));
        // Every category whole in the wide window; in the small one all but the longest two
        // (Russian "2. Ребенок сотрудника специальных государственных органов" and "9. Семья,
        // воспитывающая ребенка с инвалидностью", elided and whole in their tooltips), the
        // categories of most children (1, military, and 10, none) always.
        const QStringList cut = cutCategories();
        QVERIFY2(width < 1700 ? cut.size() <= 2 : cut.isEmpty(), qPrintable(where + cut.join(QStringLiteral(", "))));
        for (const QString &shown : cut)
            QVERIFY2(!shown.startsWith(QStringLiteral("1.")) && !shown.startsWith(QStringLiteral("10.")), qPrintable(where + shown));
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0); // nothing pushed out of the window
    }
    // Before: 20 digits, "1. Ребенок военнослу…" beside a name with three times the room it needed.
    page->resize(1080, 700);
    QTRY_VERIFY(table->viewport()->width() < 1080);
    QTRY_VERIFY(cutCategories().size() <= 2);
    // A search shows the year of birth too: still nothing pushed out of the window.
    auto search = page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("Сейіт"));
    QTRY_VERIFY(!table->isColumnHidden(QueueTableModel::BirthYearColumn));
    QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
    search->clear();
    QTRY_VERIFY(table->isColumnHidden(QueueTableModel::BirthYearColumn));
    // The clerk widens the category by hand: it stays so, with a scroll bar, until the window's
    // width changes.
    const int widened = header->sectionSize(QueueTableModel::CategoryColumn) + 600;
    header->resizeSection(QueueTableModel::CategoryColumn, widened);
    QTRY_VERIFY(table->horizontalScrollBar()->maximum() > 0);
    QTest::qWait(50);
    QCOMPARE(header->sectionSize(QueueTableModel::CategoryColumn), widened);
    // Nor when the rows no longer fit the view's height and the vertical scroll bar comes, which
    // makes the view narrower (the window's width is the same).
    QVERIFY(!table->verticalScrollBar()->isVisible());
    page->resize(1080, 160);
    QTRY_VERIFY(table->verticalScrollBar()->isVisible());
    QTest::qWait(50);
    QCOMPARE(header->sectionSize(QueueTableModel::CategoryColumn), widened);
}
