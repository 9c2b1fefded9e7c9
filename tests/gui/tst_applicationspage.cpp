// Issue 13 item 4: the Applications list as a clerk drives it — search by IIN and by name, open
// one, correct its category and see the filing date unchanged (RULES 3.3), withdraw it at the
// parent's request and see it archived, reprint the application.
#include "ApplicationListModel.h"
#include "GuiTestHelpers.h"
#include "LanguageController.h"
#include "applications/ApplicationsPage.h"
#include "applications/CorrectApplicationDialog.h"
#include "common/DeskContext.h"
#include "common/DeskDialogs.h"
#include "domain/Clock.h"
#include "queue/ApplicationDetailsDialog.h"
#include "store/ApplicationImport.h"
#include "store/ApplicationJson.h"
#include "store/ApplicationStore.h"
#include "store/Database.h"
#include "store/Outbox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSqlQuery>
#include <QUuid>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QDateTime now(QDate(2026, 3, 20), QTime(10, 0));

Application application(const QString &surname, const QString &name, int serial, const QDateTime &filedAt)
{
    Application a;
    a.applicant = PersonName{QStringLiteral("Серікбаев"), QStringLiteral("Асқар"), QStringLiteral("Нұрланұлы")};
    a.applicantIin = GuiTestHelpers::makeIin(QDate(1990, 5, 12), Iin::Sex::Male, 120 + serial);
    a.applicantAddress = QStringLiteral("Астана қ., Кенесары к-сі, 40-12");
    a.settlement = QStringLiteral("Астана");
    a.child = PersonName{surname, name, QString()};
    a.childBirthDate = QDate(2022, 6, 1);
    a.childSex = Iin::Sex::Female;
    a.childIin = GuiTestHelpers::makeIin(a.childBirthDate, a.childSex, serial);
    a.category = Category::None;
    a.phones = {QStringLiteral("+77012345678")};
    a.consent = true;
    a.filedAt = filedAt;
    a.signatureDate = filedAt.date();
    return a;
}

} // namespace

class TestApplicationsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyStoreSaysWhatToDo();
    void searchByIinAndName();
    void correctCategoryKeepsFilingDate();
    void withdrawArchivesWithTheReason();
    void openAndReprint();
    void showsWhatOthersRegistered();
    void unnumberedApplicationsFitTheWindow();
    void everyColumnFitsTheWindow_data();
    void everyColumnFitsTheWindow();

private:
    template<typename T> static T *child(QWidget *parent, const QString &name)
    {
        T *widget = parent->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    Application registered(const Application &a)
    {
        const auto result = ApplicationStore(m_db).registerApplication(a, m_context.clerk, ValidationContext{now, {}});
        if (!result)
            qFatal("register: %s", qPrintable(result.error().message()));
        return result->application;
    }
    void openPage(const QSize &size = QSize(1200, 600));
    void search(const QString &text);

    std::shared_ptr<Database> m_db;
    DeskContext m_context;
    std::unique_ptr<ApplicationsPage> m_page;
};

void TestApplicationsPage::init()
{
    auto opened = Database::open(QStringLiteral(":memory:"));
    QVERIFY(opened);
    m_db = *opened;
    m_context.store = m_db;
    m_context.clock = std::make_shared<FixedClock>(now);
    m_context.clerk = QStringLiteral("Айгерім Сейітқызы");
    DeskDialogs::Testing::setEnabled(true);
}

void TestApplicationsPage::cleanup()
{
    m_page.reset();
    DeskDialogs::Testing::setEnabled(false);
    m_context = {};
    m_db.reset();
}

void TestApplicationsPage::openPage(const QSize &size)
{
    m_page = std::make_unique<ApplicationsPage>(m_context);
    m_page->resize(size);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestApplicationsPage::search(const QString &text)
{
    auto edit = child<QLineEdit>(m_page.get(), QStringLiteral("searchEdit"));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    GuiTestHelpers::typeText(edit, text);
}

void TestApplicationsPage::emptyStoreSaysWhatToDo()
{
    openPage();
    QCOMPARE(m_page->model()->rowCount(), 0);
    auto empty = child<QLabel>(m_page.get(), QStringLiteral("emptyLabel"));
    QVERIFY(empty->isVisible());
    QVERIFY(!empty->text().isEmpty());
    QVERIFY(!m_page->table()->isVisible());
    QVERIFY(!child<QPushButton>(m_page.get(), QStringLiteral("correctButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(m_page.get(), QStringLiteral("withdrawButton"))->isEnabled());
}

void TestApplicationsPage::searchByIinAndName()
{
    const Application aliya = registered(application(QStringLiteral("Серікбаева"), QStringLiteral("Әлия"), 10,
                                                     QDateTime(QDate(2026, 3, 2), QTime(9, 0))));
    registered(application(QStringLiteral("Иванова"), QStringLiteral("Мария"), 20, QDateTime(QDate(2026, 3, 5), QTime(9, 0))));
    openPage();
    QCOMPARE(m_page->model()->rowCount(), 2);

    search(QStringLiteral("әлия"));
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->applicationAt(0).id, aliya.id);

    search(aliya.childIin);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->index(0, ApplicationListModel::IinColumn).data().toString(), aliya.childIin);

    // Issue 13 item 1: the number a parent quotes is shown, and finds the application.
    QVERIFY(!aliya.number.isEmpty());
    search(aliya.number);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->index(0, ApplicationListModel::NumberColumn).data().toString(), aliya.number);
    QCOMPARE(m_page->model()->applicationAt(0).id, aliya.id);

    search(QStringLiteral("Петров"));
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(child<QLabel>(m_page.get(), QStringLiteral("emptyLabel"))->isVisible());
}

// RULES 3.3: the category changes through the dialog; the filing date stays.
void TestApplicationsPage::correctCategoryKeepsFilingDate()
{
    const QDateTime filedAt(QDate(2026, 3, 2), QTime(9, 15));
    const Application aliya = registered(application(QStringLiteral("Серікбаева"), QStringLiteral("Әлия"), 10, filedAt));
    openPage();
    QVERIFY(m_page->select(aliya.id));
    auto correct = child<QPushButton>(m_page.get(), QStringLiteral("correctButton"));
    QVERIFY(correct->isEnabled());
    QTest::mouseClick(correct, Qt::LeftButton);
    auto dialog = m_page->findChild<CorrectApplicationDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    auto category = child<QComboBox>(dialog, QStringLiteral("categoryCombo"));
    category->setCurrentIndex(category->findData(Categories::code(Category::TeacherChild), Qt::UserRole));
    QVERIFY(category->currentIndex() >= 0);
    // Without its document the change is refused, and nothing is lost.
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(!dialog->corrected());
    QVERIFY(!child<QLabel>(dialog, QStringLiteral("errorLabel"))->text().isEmpty());
    QCOMPARE(ApplicationStore(m_db).find(aliya.id)->category, Category::None);

    for (const auto &[name, text] : {std::pair{"documentTypeEdit", QStringLiteral("Жұмыс орнынан анықтама")},
                                     std::pair{"documentNumberEdit", QStringLiteral("№ 115")},
                                     std::pair{"documentIssuerEdit", QStringLiteral("№ 12 мектеп-лицей")}}) {
        auto edit = child<QLineEdit>(dialog, QLatin1String(name));
        edit->setFocus();
        GuiTestHelpers::typeText(edit, text);
    }
    // Issued after the filing date, before the correction: it proves the new circumstances.
    auto issued = child<QLineEdit>(dialog, QStringLiteral("documentDateEdit"));
    issued->setFocus();
    issued->selectAll();
    GuiTestHelpers::typeText(issued, QStringLiteral("16032026"));
    QPointer<CorrectApplicationDialog> alive(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY2(dialog->corrected(), qPrintable(child<QLabel>(dialog, QStringLiteral("errorLabel"))->text()));
    QTRY_VERIFY(alive.isNull()); // accepted and closed

    const std::optional<Application> stored = ApplicationStore(m_db).find(aliya.id);
    QVERIFY(stored);
    QCOMPARE(stored->category, Category::TeacherChild);
    QCOMPARE(stored->filedAt, filedAt);
    const int row = m_page->model()->rowOf(aliya.id);
    QVERIFY(row >= 0);
    QCOMPARE(m_page->model()->index(row, ApplicationListModel::CategoryColumn).data().toString(),
             Categories::shortLabel(Category::TeacherChild));
    QCOMPARE(m_page->model()->index(row, ApplicationListModel::FiledColumn).data().toString(),
             QStringLiteral("02.03.2026 09:15"));
    QVERIFY(child<QLabel>(m_page.get(), QStringLiteral("messageLabel"))->text().contains(QStringLiteral("02.03.2026")));
    const auto pending = Outbox::pending(m_db->connection());
    QVERIFY(pending);
    QCOMPARE(pending->last().type, QStringLiteral("correct_application"));
    QCOMPARE(pending->last().clerk, m_context.clerk);
}

void TestApplicationsPage::withdrawArchivesWithTheReason()
{
    const Application aliya = registered(application(QStringLiteral("Серікбаева"), QStringLiteral("Әлия"), 10,
                                                     QDateTime(QDate(2026, 3, 2), QTime(9, 0))));
    openPage();
    QVERIFY(m_page->select(aliya.id));
    auto withdraw = child<QPushButton>(m_page.get(), QStringLiteral("withdrawButton"));
    QVERIFY(withdraw->isEnabled());

    // Cancelled: nothing changes.
    QTest::mouseClick(withdraw, Qt::LeftButton);
    QCOMPARE(ApplicationStore(m_db).find(aliya.id)->status, ApplicationStatus::Queued);

    DeskDialogs::Testing::setNextText(QStringLiteral("Отбасы Алматыға көшті"));
    QTest::mouseClick(withdraw, Qt::LeftButton);
    const std::optional<Application> stored = ApplicationStore(m_db).find(aliya.id);
    QVERIFY(stored);
    QCOMPARE(stored->status, ApplicationStatus::Archived);
    QCOMPARE(stored->archiveReason, ArchiveReason::WithdrawnByApplicant);
    QVERIFY(DeskDialogs::Testing::shown().last().startsWith(QStringLiteral("text: ")));
    // Gone from the active list; shown, archived, with the archived ones.
    QCOMPARE(m_page->model()->rowOf(aliya.id), -1);
    child<QCheckBox>(m_page.get(), QStringLiteral("archivedCheck"))->setChecked(true);
    const int row = m_page->model()->rowOf(aliya.id);
    QVERIFY(row >= 0);
    QCOMPARE(m_page->model()->index(row, ApplicationListModel::StatusColumn).data().toString(),
             ApplicationListModel::statusText(*stored));
    QVERIFY(m_page->select(aliya.id));
    QVERIFY(!withdraw->isEnabled());
    QVERIFY(!child<QPushButton>(m_page.get(), QStringLiteral("correctButton"))->isEnabled());
    const auto pending = Outbox::pending(m_db->connection());
    QVERIFY(pending);
    QCOMPARE(pending->last().type, QStringLiteral("withdraw_application"));
    QCOMPARE(pending->last().payload.value(QStringLiteral("reason")).toString(), QStringLiteral("Отбасы Алматыға көшті"));
}

void TestApplicationsPage::openAndReprint()
{
    const Application aliya = registered(application(QStringLiteral("Серікбаева"), QStringLiteral("Әлия"), 10,
                                                     QDateTime(QDate(2026, 3, 2), QTime(9, 0))));
    openPage();
    QVERIFY(m_page->select(aliya.id));
    QTest::mouseClick(child<QPushButton>(m_page.get(), QStringLiteral("openButton")), Qt::LeftButton);
    auto details = m_page->findChild<ApplicationDetailsDialog *>();
    QVERIFY(details);
    QVERIFY(details->found());
    // Issue 13 item 1: the details name the application by the number a parent quotes.
    auto numberLabel = details->findChild<QLabel *>(QStringLiteral("applicationNumberLabel"));
    QVERIFY(numberLabel);
    QCOMPARE(numberLabel->text(), aliya.number);
    details->close();

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("application.pdf"));
    DeskDialogs::Testing::setNextPrintToPdf(pdf);
    QTest::mouseClick(child<QPushButton>(m_page.get(), QStringLiteral("reprintButton")), Qt::LeftButton);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

// Issue 13 item 2: an application registered elsewhere — at another desk of the kindergarten
// (the sync thread's connection), by qabyldau-cli, at this desk's form — shows in the open list
// without searching again, the clerk's selected row kept; a hidden list reads when shown again.
// Before, the list stayed as it was read when the window opened (a synced desk's list was empty).
void TestApplicationsPage::showsWhatOthersRegistered()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    auto opened = Database::open(path);
    QVERIFY(opened);
    m_db = *opened;
    m_context.store = m_db;
    // What the desk's window does: poll the store (here every 100 ms instead of 2 s).
    m_context.changes->watch(m_db, std::chrono::milliseconds(100));
    const Application aliya = registered(application(QStringLiteral("Серікбаева"), QStringLiteral("Әлия"), 10,
                                                     QDateTime(QDate(2026, 3, 2), QTime(9, 0))));
    openPage();
    QCOMPARE(m_page->model()->rowCount(), 1);
    QVERIFY(m_page->select(aliya.id));

    // Another connection to the same file: the sync thread or qabyldau-cli.
    auto other = Database::open(path);
    QVERIFY(other);
    const auto later = ApplicationStore(*other).registerApplication(
        application(QStringLiteral("Иванова"), QStringLiteral("Мария"), 20, QDateTime(QDate(2026, 3, 5), QTime(9, 0))),
        QStringLiteral("Дана"), ValidationContext{now, {}});
    QVERIFY(later);
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
    const QModelIndexList selected = m_page->table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(m_page->model()->applicationAt(selected.first().row()).id, aliya.id);

    // Hidden (the clerk is on another page) while this desk's form registers: shown again, it is there.
    m_page->hide();
    registered(application(QStringLiteral("Ахметов"), QStringLiteral("Ерлан"), 30, QDateTime(QDate(2026, 3, 6), QTime(9, 0))));
    m_page->show();
    QCOMPARE(m_page->model()->rowCount(), 3);
    m_context.changes->stopWatching();
    m_page.reset();
}

void TestApplicationsPage::unnumberedApplicationsFitTheWindow()
{
    // Applications imported from the region's file have no number: the list shows their id, 36
    // characters, which used to widen the first column until the list needed a horizontal
    // scroll bar in a 1280-pixel window.
    const Application numbered = registered(application(QStringLiteral("Серікбаева"), QStringLiteral("Әлия"), 10,
                                                         QDateTime(QDate(2026, 3, 2), QTime(9, 0))));
    QVERIFY(!numbered.number.isEmpty());
    QJsonArray records;
    QStringList importedIds;
    for (int i = 0; i < 2; ++i) {
        Application a = application(QStringLiteral("Мұратова-Жақсылықова"), QStringLiteral("Аружан"), 40 + i,
                                    QDateTime(QDate(2026, 2, 10 + i), QTime(11, 30)));
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        importedIds.append(a.id);
        records.append(ApplicationJson::toJson(a));
    }
    const Expected<ImportResult> imported = ApplicationImport(m_db, RuleSettings{}).importJson(
        QJsonDocument(records).toJson(QJsonDocument::Compact), m_context.clerk, now);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message()));
    QCOMPARE(imported->imported, 2);

    openPage();
    QTableView *table = m_page->table();
    QCOMPARE(m_page->model()->rowCount(), 3);
    const int numberedRow = m_page->model()->rowOf(numbered.id);
    const int importedRow = m_page->model()->rowOf(importedIds.first());
    QVERIFY(numberedRow >= 0 && importedRow >= 0);
    const QModelIndex importedCell = m_page->model()->index(importedRow, ApplicationListModel::NumberColumn);
    QCOMPARE(importedCell.data().toString(), importedIds.first());
    // The whole id stays at hand (the tooltip; details and reprint as before).
    QCOMPARE(importedCell.data(Qt::ToolTipRole).toString(), importedIds.first());
    QVERIFY(m_page->model()->index(numberedRow, ApplicationListModel::NumberColumn).data(Qt::ToolTipRole).isNull());

    // The column holds the number whole, not the id; every other column whole too, without a
    // horizontal scroll bar.
    // (as the view measures a cell: the text and the delegate's margins)
    const int numberColumn = table->columnWidth(ApplicationListModel::NumberColumn);
    const int numberNeeds =
        table->sizeHintForIndex(m_page->model()->index(numberedRow, ApplicationListModel::NumberColumn)).width();
    QVERIFY2(numberColumn >= numberNeeds, qPrintable(QStringLiteral("%1 < %2").arg(numberColumn).arg(numberNeeds)));
    QVERIFY2(numberColumn < table->sizeHintForIndex(importedCell).width(),
             qPrintable(QStringLiteral("%1 >= %2").arg(numberColumn).arg(table->sizeHintForIndex(importedCell).width())));
    for (int row = 0; row < m_page->model()->rowCount(); ++row)
        for (int column = ApplicationListModel::ChildColumn; column < ApplicationListModel::StatusColumn; ++column) {
            const QModelIndex cell = m_page->model()->index(row, column);
            QVERIFY2(table->columnWidth(column) >= table->sizeHintForIndex(cell).width(), qPrintable(cell.data().toString()));
        }
    // One line a row: the id is cut in its middle, not wrapped at its dashes.
    QVERIFY(!table->wordWrap());
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    QCOMPARE(table->textElideMode(), Qt::ElideMiddle);
}

void TestApplicationsPage::everyColumnFitsTheWindow_data()
{
    QTest::addColumn<int>("language");
    QTest::newRow("kk") << int(QLocale::Kazakh);
    QTest::newRow("ru") << int(QLocale::Russian);
    QTest::newRow("en") << int(QLocale::English);
}

// The README's picture of the list at 1280x800: the Category column took its longest label's
// width (Russian "Семья, воспитывающая ребенка с инвалидностью") and pushed Filed and Status out
// of the window, behind a horizontal scroll bar; in Kazakh the statuses were cut ("Жолда…р").
// Every category here (the longest label of each language among them), a long name, and the
// statuses a clerk meets: the short columns whole, the name and the category elided to make room
// (whole in their tooltips), at 1280 and at 1024 pixels, and again when the rows change.
void TestApplicationsPage::everyColumnFitsTheWindow()
{
    QFETCH(int, language);
    LanguageController languages;
    QVERIFY(languages.apply(QLocale::Language(language)));
    const auto english = qScopeGuard([&languages] { languages.apply(QLocale::English); });

    QList<Application> shown;
    int serial = 10;
    for (const Category category : Categories::all()) {
        const QDateTime filedAt(QDate(2026, 3, 2), QTime(9, serial));
        const bool longName = serial == 10;
        Application a = application(longName ? QStringLiteral("Мұратова-Жақсылықова") : QStringLiteral("Серікбаева"),
                                    longName ? QStringLiteral("Аружан Нұрсұлтанқызы") : QStringLiteral("Әлия"),
                                    serial++, filedAt);
        a.category = category;
        if (Categories::requiresDocument(category))
            a.categoryDocument = CategoryDocument{QStringLiteral("анықтама"), QStringLiteral("47-Б"),
                                                  QStringLiteral("Астана қ. әкімдігі"), filedAt.date().addDays(-3)};
        shown.append(registered(a));
    }
    // A direction issued, one on the stop list (set as the sync would), one withdrawn and archived.
    QSqlQuery update(m_db->connection());
    update.prepare(QStringLiteral("UPDATE applications SET status = ? WHERE id = ?"));
    for (const auto &[row, status] : {std::pair{0, "direction_issued"}, std::pair{1, "stop_listed"}}) {
        update.addBindValue(QLatin1String(status));
        update.addBindValue(shown.at(row).id);
        QVERIFY(update.exec());
    }
    QVERIFY(ApplicationStore(m_db).withdrawApplication(shown.at(2).id, QStringLiteral("Көшті"), m_context.clerk, now));

    openPage(QSize(1280, 800));
    child<QCheckBox>(m_page.get(), QStringLiteral("archivedCheck"))->setChecked(true);
    QTableView *table = m_page->table();
    QHeaderView *header = table->horizontalHeader();
    QCOMPARE(m_page->model()->rowCount(), int(shown.size()));

    const auto check = [&](const QString &where) {
        QApplication::processEvents();
        // Every column in view: no horizontal scroll bar.
        QVERIFY2(header->length() <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1: the columns take %2 px of %3").arg(where).arg(header->length())
                                .arg(table->viewport()->width())));
        QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0); // after the view's own deferred layout
        // The short columns whole: as wide as resizeColumnToContents makes them (cells and title).
        for (const int column : {int(ApplicationListModel::NumberColumn), int(ApplicationListModel::IinColumn),
                                 int(ApplicationListModel::BirthDateColumn), int(ApplicationListModel::FiledColumn),
                                 int(ApplicationListModel::StatusColumn)}) {
            const int needs = qMax(static_cast<const QAbstractItemView *>(table)->sizeHintForColumn(column),
                                   header->sectionSizeHint(column));
            QVERIFY2(table->columnWidth(column) >= needs,
                     qPrintable(QStringLiteral("%1: \"%2\" is %3 px, needs %4")
                                    .arg(where, m_page->model()->headerData(column, Qt::Horizontal).toString())
                                    .arg(table->columnWidth(column))
                                    .arg(needs)));
        }
        // The name and the category, when cut, whole in the tooltip.
        for (int row = 0; row < m_page->model()->rowCount(); ++row) {
            const Application &a = m_page->model()->applicationAt(row);
            QCOMPARE(m_page->model()->index(row, ApplicationListModel::CategoryColumn).data(Qt::ToolTipRole).toString(),
                     Categories::label(a.category));
            QCOMPARE(m_page->model()->index(row, ApplicationListModel::ChildColumn).data(Qt::ToolTipRole).toString(),
                     a.child.fullName());
        }
    };
    check(QStringLiteral("1280"));
    // The window made smaller: the columns follow.
    m_page->resize(1024, 768);
    check(QStringLiteral("1024"));
    // Fewer rows (a search), then all again: fitted each time.
    search(QStringLiteral("Серікбаева"));
    QCOMPARE(m_page->model()->rowCount(), int(shown.size()) - 1);
    check(QStringLiteral("1024, searched"));
    m_page->resize(1280, 800);
    check(QStringLiteral("1280 again"));
    // A column the clerk widens by hand stays as wide: the horizontal scroll bar it brings changes
    // the view's height only, which is no reason to fit the columns again.
    const int category = ApplicationListModel::CategoryColumn;
    const int widened = table->columnWidth(category) + 300;
    header->resizeSection(category, widened);
    QTRY_VERIFY(table->horizontalScrollBar()->maximum() > 0);
    QApplication::processEvents();
    QCOMPARE(table->columnWidth(category), widened);
    // Nor does the vertical scroll bar, which comes when the window is made lower than the rows
    // and makes the view narrower (the window's width is the same).
    QVERIFY(!table->verticalScrollBar()->isVisible());
    m_page->resize(1280, 220);
    QTRY_VERIFY(table->verticalScrollBar()->isVisible());
    QApplication::processEvents();
    QCOMPARE(table->columnWidth(category), widened);
    m_page.reset();
}

QTEST_MAIN(TestApplicationsPage)
#include "tst_applicationspage.moc"
