// The desk's main window as a clerk meets it: it opens in Kazakh (or Russian on a Russian
// system), switches language in place from the menu, remembers the choice and its own geometry,
// and leaves no English on screen in the Kazakh UI, not even on Qt's own buttons.
#include "DeskApplication.h"
#include "LanguageController.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "QtStandardStrings.h"
#include "SettingsPage.h"
#include "EnrollmentTestFixture.h"
#include "vacancies/VacanciesPage.h"
#include "enrollment/DirectionsPage.h"
#include "enrollment/ServicePage.h"
#include "store/Database.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// The area names as a native speaker expects them, in navigation order.
const QStringList kazakhAreaNames = {
    QStringLiteral("Кезек"),      QStringLiteral("Өтініштер"),   QStringLiteral("Өтініштер тізімі"), QStringLiteral("Қабылдау"),
    QStringLiteral("Жолдамалар"), QStringLiteral("Бос орындар"), QStringLiteral("Шағымдар"),
    QStringLiteral("Тізілімдер"), QStringLiteral("Баптаулар")};
const QStringList russianAreaNames = {
    QStringLiteral("Очередь"),     QStringLiteral("Заявления"),       QStringLiteral("Список заявлений"), QStringLiteral("Зачисление"),
    QStringLiteral("Направления"), QStringLiteral("Вакантные места"), QStringLiteral("Жалобы"),
    QStringLiteral("Реестры"),     QStringLiteral("Настройки")};
const QStringList englishAreaNames = {
    QStringLiteral("Queue"),      QStringLiteral("Applications"), QStringLiteral("Application list"), QStringLiteral("Enrollment"),
    QStringLiteral("Directions"), QStringLiteral("Vacancies"),    QStringLiteral("Complaints"),
    QStringLiteral("Registers"),  QStringLiteral("Settings")};

DeskOptions optionsFor(const QLocale &systemLocale)
{
    DeskOptions options;
    options.storePath = QStringLiteral(":memory:");
    options.systemLocale = systemLocale;
    options.user = GuiTestHelpers::testUser();
    return options;
}

const QLocale germanSystem(QLocale::German, QLocale::Germany);

QStringList navigationTexts(const MainWindow *window)
{
    QStringList texts;
    const auto list = window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    for (int row = 0; row < list->count(); ++row)
        texts << list->item(row)->text();
    return texts;
}

QAction *action(const MainWindow *window, const QString &objectName)
{
    return window->findChild<QAction *>(objectName);
}

QString menuTitle(const MainWindow *window, const QString &objectName)
{
    return window->findChild<QMenu *>(objectName)->title();
}

QString labelText(const MainWindow *window, const QString &objectName)
{
    return window->findChild<QLabel *>(objectName)->text();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void firstStartFollowsSystemLocale_data();
    void firstStartFollowsSystemLocale();
    void startsInKazakh();
    void switchesLanguageInPlace();
    void settingsPageSwitchesLanguage();
    void choiceIsRememberedForNextStart();
    void commandLine_data();
    void commandLine();
    void commandLineLanguageIsNotRemembered();
    void qtStandardButtonsInKazakh();
    void qtStandardButtonsFollowLanguageSwitch();
    void everyQtStandardStringHasKazakhText();
    void shortcutsSelectAreas();
    void keyboardMovesThroughNavigation();
    void switchingPagesFocusesTheFirstField();
    void ctrlFFindsFromTheNavigationList();
    void directionOpenedFromListIsServed();
    void geometryAndAreaRestored();
    void statusBarShowsOfflineAndStore();
    void settingsPageShowsStore();
    void aboutDialogTranslatesItself();
    void everyPageSwitchesLanguageInPlace_data();
    void everyPageSwitchesLanguageInPlace();
};

void TestMainWindow::init()
{
    DeskApplication::setIdentity();
    QSettings().clear();
}

void TestMainWindow::firstStartFollowsSystemLocale_data()
{
    QTest::addColumn<QLocale>("systemLocale");
    QTest::addColumn<QLocale::Language>("expected");
    QTest::addColumn<QStringList>("areaNames");
    QTest::newRow("Russian in Russia") << QLocale(QLocale::Russian, QLocale::Russia)
                                       << QLocale::Russian << russianAreaNames;
    QTest::newRow("Russian in Kazakhstan") << QLocale(QLocale::Russian, QLocale::Kazakhstan)
                                           << QLocale::Russian << russianAreaNames;
    QTest::newRow("Kazakh") << QLocale(QLocale::Kazakh, QLocale::Kazakhstan) << QLocale::Kazakh
                            << kazakhAreaNames;
    QTest::newRow("English: Kazakh") << QLocale(QLocale::English, QLocale::UnitedStates)
                                     << QLocale::Kazakh << kazakhAreaNames;
    QTest::newRow("German: Kazakh") << germanSystem << QLocale::Kazakh << kazakhAreaNames;
    QTest::newRow("C locale: Kazakh") << QLocale::c() << QLocale::Kazakh << kazakhAreaNames;
}

void TestMainWindow::firstStartFollowsSystemLocale()
{
    QFETCH(QLocale, systemLocale);
    QFETCH(QLocale::Language, expected);
    QFETCH(QStringList, areaNames);

    DeskApplication desk;
    QVERIFY(desk.open(optionsFor(systemLocale)));
    QCOMPARE(desk.languages()->current(), expected);
    QCOMPARE(navigationTexts(desk.mainWindow()), areaNames);
    QCOMPARE(desk.mainWindow()->locale().language(), expected);
}

void TestMainWindow::startsInKazakh()
{
    DeskApplication desk;
    QVERIFY(desk.open(optionsFor(germanSystem)));
    const MainWindow *window = desk.mainWindow();

    const QStringList names = navigationTexts(window);
    QCOMPARE(names, kazakhAreaNames);
    for (qsizetype i = 0; i < names.size(); ++i)
        QVERIFY2(names.at(i) != englishAreaNames.at(i), qPrintable(names.at(i)));
    QCOMPARE(menuTitle(window, QStringLiteral("viewMenu")), QStringLiteral("&Түр"));
    QCOMPARE(menuTitle(window, QStringLiteral("languageMenu")), QStringLiteral("&Тіл"));
    QCOMPARE(menuTitle(window, QStringLiteral("helpMenu")), QStringLiteral("&Анықтама"));
    QCOMPARE(action(window, QStringLiteral("quitAction"))->text(), QStringLiteral("&Шығу"));
    QCOMPARE(window->windowTitle(), QStringLiteral("Кезек — Qabyldau"));
    QVERIFY(action(window, QStringLiteral("languageAction_kk"))->isChecked());
    QVERIFY(!action(window, QStringLiteral("languageAction_ru"))->isChecked());

    // The language menu names each language in that language.
    QCOMPARE(action(window, QStringLiteral("languageAction_kk"))->text(), QStringLiteral("Қазақша"));
    QCOMPARE(action(window, QStringLiteral("languageAction_ru"))->text(), QStringLiteral("Русский"));
    QCOMPARE(action(window, QStringLiteral("languageAction_en"))->text(), QStringLiteral("English"));

    // The Vacancies area is its page, in Kazakh.
    const auto vacancies = qobject_cast<VacanciesPage *>(window->page(DeskArea::Vacancies));
    QVERIFY(vacancies);
    QCOMPARE(vacancies->findChild<QLabel *>(QStringLiteral("vacanciesTitle"))->text(), QStringLiteral("Бос орындар"));
}

void TestMainWindow::switchesLanguageInPlace()
{
    DeskApplication desk;
    QVERIFY(desk.open(optionsFor(germanSystem)));
    MainWindow *window = desk.mainWindow();
    window->showArea(DeskArea::Vacancies);
    const auto list = window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    const auto stack = window->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    const auto viewMenu = window->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QWidget *const vacanciesPage = window->page(DeskArea::Vacancies);
    const auto page = qobject_cast<VacanciesPage *>(vacanciesPage);
    QVERIFY(page);
    const auto title = page->findChild<QLabel *>(QStringLiteral("vacanciesTitle"));
    const QString kazakhTitle = title->text();
    const QString kazakhSync = labelText(window, QStringLiteral("syncStateLabel"));

    action(window, QStringLiteral("languageAction_ru"))->trigger();
    QCOMPARE(desk.languages()->current(), QLocale::Russian);
    // The very same widgets, retranslated.
    QCOMPARE(desk.mainWindow(), window);
    QCOMPARE(window->findChild<QListWidget *>(QStringLiteral("navigationList")), list);
    QCOMPARE(window->findChild<QStackedWidget *>(QStringLiteral("pageStack")), stack);
    QCOMPARE(window->findChild<QMenu *>(QStringLiteral("viewMenu")), viewMenu);
    QCOMPARE(window->page(DeskArea::Vacancies), vacanciesPage);
    QCOMPARE(navigationTexts(window), russianAreaNames);
    QCOMPARE(viewMenu->title(), QStringLiteral("&Вид"));
    QCOMPARE(menuTitle(window, QStringLiteral("helpMenu")), QStringLiteral("Сп&равка")); // Alt+Р: Alt+С belongs to the period selectors (С … По)
    QCOMPARE(window->windowTitle(), QStringLiteral("Вакантные места — Qabyldau"));
    QCOMPARE(title->text(), QStringLiteral("Вакантные места"));
    QVERIFY(labelText(window, QStringLiteral("syncStateLabel")) != kazakhSync);
    QCOMPARE(window->currentArea(), DeskArea::Vacancies);
    QVERIFY(action(window, QStringLiteral("languageAction_ru"))->isChecked());
    QVERIFY(!action(window, QStringLiteral("languageAction_kk"))->isChecked());
    QCOMPARE(window->locale().language(), QLocale::Russian);
    QCOMPARE(page->locale().language(), QLocale::Russian);

    action(window, QStringLiteral("languageAction_kk"))->trigger();
    QCOMPARE(navigationTexts(window), kazakhAreaNames);
    QCOMPARE(title->text(), kazakhTitle);
    QCOMPARE(labelText(window, QStringLiteral("syncStateLabel")), kazakhSync);
    QCOMPARE(window->locale().language(), QLocale::Kazakh);

    action(window, QStringLiteral("languageAction_en"))->trigger();
    QCOMPARE(navigationTexts(window), englishAreaNames);
    QCOMPARE(menuTitle(window, QStringLiteral("helpMenu")), QStringLiteral("&Help"));
    QVERIFY(labelText(window, QStringLiteral("syncStateLabel")).startsWith(QStringLiteral("Offline — no server set.")));
    QCOMPARE(window->windowTitle(), QStringLiteral("Vacancies — Qabyldau"));
    QCOMPARE(QSettings().value(LanguageController::settingsKey()).toString(), QStringLiteral("en"));
}

void TestMainWindow::settingsPageSwitchesLanguage()
{
    DeskApplication desk;
    QVERIFY(desk.open(optionsFor(germanSystem)));
    MainWindow *window = desk.mainWindow();
    window->showArea(DeskArea::Settings);
    const auto combo = window->page(DeskArea::Settings)->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), QStringLiteral("Қазақша"));

    // The clerk picks Русский in the combo box, as with the mouse or keyboard.
    const int russian = combo->findText(QStringLiteral("Русский"));
    QVERIFY(russian >= 0);
    combo->setCurrentIndex(russian);
    emit combo->activated(russian);
    QCOMPARE(desk.languages()->current(), QLocale::Russian);
    QCOMPARE(navigationTexts(window), russianAreaNames);
    QVERIFY(action(window, QStringLiteral("languageAction_ru"))->isChecked());

    // And the menu moves the combo box along.
    action(window, QStringLiteral("languageAction_en"))->trigger();
    QCOMPARE(combo->currentText(), QStringLiteral("English"));
}

void TestMainWindow::choiceIsRememberedForNextStart()
{
    {
        DeskApplication desk;
        QVERIFY(desk.open(optionsFor(germanSystem)));
        QCOMPARE(desk.languages()->current(), QLocale::Kazakh);
        action(desk.mainWindow(), QStringLiteral("languageAction_ru"))->trigger();
    }
    QCOMPARE(QSettings().value(LanguageController::settingsKey()).toString(), QStringLiteral("ru"));

    // The next start remembers Russian, though the system would have meant Kazakh.
    DeskApplication desk;
    QVERIFY(desk.open(optionsFor(QLocale(QLocale::Kazakh, QLocale::Kazakhstan))));
    QCOMPARE(desk.languages()->current(), QLocale::Russian);
    QCOMPARE(navigationTexts(desk.mainWindow()), russianAreaNames);
    QVERIFY(action(desk.mainWindow(), QStringLiteral("languageAction_ru"))->isChecked());
}

void TestMainWindow::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("storePath");
    QTest::addColumn<QLocale::Language>("language");
    const QString program = QStringLiteral("qabyldau");
    QTest::newRow("nothing") << QStringList{program} << true << QString() << QLocale::AnyLanguage;
    QTest::newRow("store") << QStringList{program, QStringLiteral("--store"), QStringLiteral("/tmp/a.sqlite")}
                           << true << QStringLiteral("/tmp/a.sqlite") << QLocale::AnyLanguage;
    QTest::newRow("russian") << QStringList{program, QStringLiteral("--lang"), QStringLiteral("ru")}
                             << true << QString() << QLocale::Russian;
    QTest::newRow("kazakh, upper case") << QStringList{program, QStringLiteral("--lang=KK")}
                                        << true << QString() << QLocale::Kazakh;
    QTest::newRow("english") << QStringList{program, QStringLiteral("--lang"), QStringLiteral("en")}
                             << true << QString() << QLocale::English;
    QTest::newRow("unknown language") << QStringList{program, QStringLiteral("--lang"), QStringLiteral("de")}
                                      << false << QString() << QLocale::AnyLanguage;
}

void TestMainWindow::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, valid);
    QFETCH(QString, storePath);
    QFETCH(QLocale::Language, language);

    QString error;
    const std::optional<DeskOptions> options = DeskApplication::parseArguments(arguments, &error);
    QCOMPARE(options.has_value(), valid);
    if (!valid) {
        QVERIFY(error.contains(QLatin1String("de")));
        return;
    }
    QCOMPARE(options->storePath, storePath);
    QCOMPARE(options->language, language);
}

void TestMainWindow::commandLineLanguageIsNotRemembered()
{
    DeskOptions options = optionsFor(germanSystem);
    options.language = QLocale::English;
    {
        DeskApplication desk;
        QVERIFY(desk.open(options));
        QCOMPARE(navigationTexts(desk.mainWindow()), englishAreaNames);
    }
    QVERIFY(!QSettings().contains(LanguageController::settingsKey()));
}

void TestMainWindow::qtStandardButtonsInKazakh()
{
    DeskApplication desk;
    QVERIFY(desk.open(optionsFor(germanSystem)));

    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save
                             | QDialogButtonBox::Close);
    QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), QStringLiteral("ОК"));
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Бас тарту"));
    QCOMPARE(buttons.button(QDialogButtonBox::Save)->text(), QStringLiteral("Сақтау"));
    QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), QStringLiteral("Жабу"));

    QMessageBox box(QMessageBox::Question, QStringLiteral("Qabyldau"), QStringLiteral("?"),
                    QMessageBox::Yes | QMessageBox::No);
    QCOMPARE(box.button(QMessageBox::Yes)->text(), QStringLiteral("&Иә"));
    QCOMPARE(box.button(QMessageBox::No)->text(), QStringLiteral("&Жоқ"));

    // The context menu of every text field.
    QLineEdit field;
    field.setText(QStringLiteral("Әлия"));
    field.selectAll();
    const std::unique_ptr<QMenu> menu(field.createStandardContextMenu());
    QStringList texts;
    for (const QAction *menuAction : menu->actions())
        if (!menuAction->isSeparator())
            texts << menuAction->text().section(QLatin1Char('\t'), 0, 0);
    QVERIFY2(texts.contains(QStringLiteral("&Көшіру")), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(QStringLiteral("Кі&рістіру")), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(QStringLiteral("Барлығын таңдау")), qPrintable(texts.join(u'|')));
}

void TestMainWindow::qtStandardButtonsFollowLanguageSwitch()
{
    DeskApplication desk;
    QVERIFY(desk.open(optionsFor(germanSystem)));
    QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Бас тарту"));

    // An open dialog's buttons change with the language (QDialogButtonBox handles LanguageChange).
    action(desk.mainWindow(), QStringLiteral("languageAction_ru"))->trigger();
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Отмена"));
    QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), QStringLiteral("Закрыть"));

    action(desk.mainWindow(), QStringLiteral("languageAction_en"))->trigger();
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}

void TestMainWindow::everyQtStandardStringHasKazakhText()
{
    DeskApplication desk;
    QVERIFY(desk.open(optionsFor(germanSystem)));
    QStringList untranslated;
    const QList<QtStandardStrings::Entry> entries = QtStandardStrings::entries();
    QVERIFY(entries.size() > 100);
    for (const QtStandardStrings::Entry &entry : entries) {
        const QString translated = QCoreApplication::translate(entry.context, entry.source);
        if (translated == QString::fromUtf8(entry.source))
            untranslated << QString::fromUtf8(entry.context) + QLatin1Char('/') + QString::fromUtf8(entry.source);
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
}

void TestMainWindow::shortcutsSelectAreas()
{
    DeskApplication desk;
    QVERIFY(desk.open(optionsFor(germanSystem)));
    MainWindow *window = desk.mainWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));
    const auto stack = window->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    const auto list = window->findChild<QListWidget *>(QStringLiteral("navigationList"));

    const QList<DeskArea> areas = DeskAreas::all();
    QCOMPARE(areas.size(), 9);
    // Backwards, so that each press really moves the window to another area.
    for (int i = int(areas.size()) - 1; i >= 0; --i) {
        QTest::keyClick(window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(window->currentArea(), areas.at(i));
        // The page itself, or the scroll area that holds it.
        QWidget *const shown = stack->currentWidget();
        QVERIFY(shown == window->page(areas.at(i)) || shown->isAncestorOf(window->page(areas.at(i))));
        QCOMPARE(list->currentRow(), i);
        QCOMPARE(window->windowTitle(), kazakhAreaNames.at(i) + QStringLiteral(" — Qabyldau"));
    }
}

void TestMainWindow::keyboardMovesThroughNavigation()
{
    DeskApplication desk;
    QVERIFY(desk.open(optionsFor(germanSystem)));
    MainWindow *window = desk.mainWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));
    const auto list = window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    QCOMPARE(QApplication::focusWidget(), list);

    QCOMPARE(window->currentArea(), DeskArea::Queue);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(window->currentArea(), DeskArea::Applications);
    QCOMPARE(QApplication::focusWidget(), list); // browsing keeps the focus in the list
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(window->currentArea(), DeskArea::ApplicationList);
    QTest::keyClick(list, Qt::Key_End);
    QCOMPARE(window->currentArea(), DeskArea::Settings);
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(window->currentArea(), DeskArea::Registers);
    QTest::keyClick(list, Qt::Key_Home);
    QCOMPARE(window->currentArea(), DeskArea::Queue);
}

// Issue 13 item 5: Ctrl+1..9, a click on an area or Enter in the list put the focus on the
// page's first field, so the clerk types at once.
void TestMainWindow::switchingPagesFocusesTheFirstField()
{
    DeskApplication desk;
    QVERIFY(desk.open(optionsFor(germanSystem)));
    MainWindow *window = desk.mainWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));
    const auto list = window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    QCOMPARE(QApplication::focusWidget(), list);
    const auto focusedName = [] {
        return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
    };

    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window->currentArea(), DeskArea::Applications);
    QCOMPARE(focusedName(), QStringLiteral("applicantSurnameEdit"));

    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(window->currentArea(), DeskArea::ApplicationList);
    QCOMPARE(QApplication::focusWidget(), list);
    QTest::keyClick(list, Qt::Key_Up);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(window->currentArea(), DeskArea::Applications);
    QCOMPARE(focusedName(), QStringLiteral("applicantSurnameEdit"));

    const int directionsRow = int(DeskAreas::all().indexOf(DeskArea::Directions));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(directionsRow)).center());
    QCOMPARE(window->currentArea(), DeskArea::Directions);
    QWidget *focused = QApplication::focusWidget();
    QVERIFY(focused);
    QVERIFY2(window->page(DeskArea::Directions)->isAncestorOf(focused), qPrintable(focused->objectName()));
}

// Issue 13 item 5: Ctrl+F goes to the shown page's search from anywhere in the window, the
// navigation list included.
void TestMainWindow::ctrlFFindsFromTheNavigationList()
{
    DeskApplication desk;
    QVERIFY(desk.open(optionsFor(germanSystem)));
    MainWindow *window = desk.mainWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));
    const auto list = window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    const auto focusedName = [] {
        return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
    };

    QCOMPARE(window->currentArea(), DeskArea::Queue);
    QCOMPARE(QApplication::focusWidget(), list);
    QTest::keyClick(list, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focusedName(), QStringLiteral("searchEdit"));

    list->setFocus();
    const int directionsRow = int(DeskAreas::all().indexOf(DeskArea::Directions));
    list->setCurrentRow(directionsRow); // as the arrow keys do: the focus stays in the list
    QCOMPARE(window->currentArea(), DeskArea::Directions);
    QCOMPARE(QApplication::focusWidget(), list);
    QTest::keyClick(list, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focusedName(), QStringLiteral("directionSearchEdit"));

    // Only the shown page answers: back on the queue, Ctrl+F goes to the queue's search.
    QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focusedName(), QStringLiteral("searchEdit"));
}

// The clerk finds a direction in the Directions area and serves it in the Enrollment area; the
// result shows back in the list.
void TestMainWindow::directionOpenedFromListIsServed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString storePath = dir.filePath(QStringLiteral("desk.sqlite"));
    const Direction direction = EnrollmentTest::direction();
    {
        auto store = Database::open(storePath);
        QVERIFY(store);
        QVERIFY(KindergartenProfileStore(*store).save(EnrollmentTest::profile(), QStringLiteral("admin"),
                                                      EnrollmentTest::deskNow()));
        const auto imported = DirectionStore(*store).importJson(EnrollmentTest::Desk::json({direction}),
                                                               QStringLiteral("admin"), EnrollmentTest::deskNow());
        QVERIFY(imported);
        QCOMPARE(imported->imported, 1);
    }
    DeskApplication desk;
    DeskOptions options = optionsFor(germanSystem);
    options.storePath = storePath;
    QVERIFY(desk.open(options));
    MainWindow *window = desk.mainWindow();
    auto directionsPage = qobject_cast<DirectionsPage *>(window->page(DeskArea::Directions));
    auto servicePage = qobject_cast<ServicePage *>(window->page(DeskArea::Enrollment));
    QVERIFY(directionsPage);
    QVERIFY(servicePage);
    window->showArea(DeskArea::Directions);
    QVERIFY(!servicePage->direction());

    emit directionsPage->openDirectionRequested(direction.number);
    QCOMPARE(window->currentArea(), DeskArea::Enrollment);
    QVERIFY(servicePage->direction());
    QCOMPARE(servicePage->direction()->number, direction.number);
    QCOMPARE(servicePage->direction()->childIin, direction.childIin);
}

void TestMainWindow::geometryAndAreaRestored()
{
    const QRect geometry(40, 30, 800, 520); // the queue page's filters need about 770 pixels
    {
        DeskApplication desk;
        QVERIFY(desk.open(optionsFor(germanSystem)));
        MainWindow *window = desk.mainWindow();
        window->setGeometry(geometry);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->showArea(DeskArea::Vacancies);
        QVERIFY(window->close());
    }
    DeskApplication desk;
    QVERIFY(desk.open(optionsFor(germanSystem)));
    MainWindow *window = desk.mainWindow();
    QCOMPARE(window->geometry(), geometry);
    QCOMPARE(window->currentArea(), DeskArea::Vacancies);
    QCOMPARE(window->findChild<QListWidget *>(QStringLiteral("navigationList"))->currentRow(),
             int(DeskAreas::all().indexOf(DeskArea::Vacancies)));
    QVERIFY(action(window, QStringLiteral("areaAction_vacancies"))->isChecked());
}

void TestMainWindow::statusBarShowsOfflineAndStore()
{
    DeskApplication desk;
    DeskOptions options = optionsFor(germanSystem);
    options.language = QLocale::English;
    QVERIFY(desk.open(options));
    const MainWindow *window = desk.mainWindow();
    // No server saved: offline, with the way to Settings -> Connection.
    const QString sync = labelText(window, QStringLiteral("syncStateLabel"));
    QVERIFY2(sync.startsWith(QStringLiteral("Offline — no server set.")), qPrintable(sync));
    QVERIFY(sync.contains(QStringLiteral("<a href=\"settings\">Settings → Connection</a>")));
    QCOMPARE(labelText(window, QStringLiteral("storeLabel")), QStringLiteral("Local store: in memory"));
}

void TestMainWindow::settingsPageShowsStore()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    DeskOptions options = optionsFor(germanSystem);
    options.storePath = folder.filePath(QStringLiteral("desk.sqlite"));
    DeskApplication desk;
    QVERIFY(desk.open(options));
    const QWidget *settings = desk.mainWindow()->page(DeskArea::Settings);
    QCOMPARE(settings->findChild<QLabel *>(QStringLiteral("storePathLabel"))->text(),
             QDir::toNativeSeparators(options.storePath));
    QCOMPARE(settings->findChild<QLabel *>(QStringLiteral("schemaVersionLabel"))->text(),
             QString::number(Database::currentSchemaVersion()));
    QCOMPARE(labelText(desk.mainWindow(), QStringLiteral("storeLabel")).contains(QLatin1String("desk.sqlite")),
             true);
}

void TestMainWindow::aboutDialogTranslatesItself()
{
    DeskApplication desk;
    QVERIFY(desk.open(optionsFor(germanSystem)));
    MainWindow *window = desk.mainWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(action(window, QStringLiteral("aboutAction"))->text(), QStringLiteral("Qabyldau &туралы"));

    action(window, QStringLiteral("aboutAction"))->trigger();
    const auto dialog = window->findChild<QDialog *>(QStringLiteral("aboutDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Qabyldau туралы"));
    const auto buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QCOMPARE(buttons->button(QDialogButtonBox::Close)->text(), QStringLiteral("Жабу"));
    const QString kazakhVersion = dialog->findChild<QLabel *>(QStringLiteral("versionLabel"))->text();
    QVERIFY(kazakhVersion.contains(QStringLiteral(QABYLDAU_VERSION)));

    desk.languages()->choose(QLocale::Russian);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("О программе Qabyldau"));
    QCOMPARE(buttons->button(QDialogButtonBox::Close)->text(), QStringLiteral("Закрыть"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("versionLabel"))->text() != kazakhVersion);
    dialog->close();
}

// What a page's words are: its buttons, check boxes, field hints, group and tab titles, labels.
static QStringList pageWords(const QWidget *page)
{
    QStringList words;
    for (const QWidget *widget : page->findChildren<QWidget *>()) {
        if (const auto button = qobject_cast<const QAbstractButton *>(widget))
            words << QStringLiteral("button: ") + button->text();
        else if (const auto edit = qobject_cast<const QLineEdit *>(widget))
            words << QStringLiteral("hint: ") + edit->placeholderText();
        else if (const auto group = qobject_cast<const QGroupBox *>(widget))
            words << QStringLiteral("group: ") + group->title();
        else if (const auto label = qobject_cast<const QLabel *>(widget))
            words << QStringLiteral("label: ") + label->text();
        if (const auto tabs = qobject_cast<const QTabWidget *>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                words << QStringLiteral("tab: ") + tabs->tabText(i);
    }
    return words;
}

void TestMainWindow::everyPageSwitchesLanguageInPlace_data()
{
    QTest::addColumn<QLocale::Language>("language");
    QTest::newRow("kk") << QLocale::Kazakh;
    QTest::newRow("ru") << QLocale::Russian;
}

// A clerk who switches the language from the View menu gets every page in it, word for word as a
// desk started in that language shows it: a page that set its words only when it was made stays
// in the language the desk started in (the Application list kept its English buttons and hint).
void TestMainWindow::everyPageSwitchesLanguageInPlace()
{
    QFETCH(QLocale::Language, language);
    QMap<DeskArea, QStringList> started;
    {
        DeskOptions options = optionsFor(germanSystem);
        options.language = language;
        DeskApplication desk;
        QVERIFY(desk.open(options));
        for (DeskArea area : DeskAreas::all())
            started.insert(area, pageWords(desk.mainWindow()->page(area)));
    }
    DeskOptions options = optionsFor(germanSystem);
    options.language = QLocale::English;
    DeskApplication desk;
    QVERIFY(desk.open(options));
    desk.languages()->choose(language);
    for (DeskArea area : DeskAreas::all()) {
        const QStringList switched = pageWords(desk.mainWindow()->page(area));
        QStringList differ;
        for (qsizetype i = 0; i < std::max(switched.size(), started.value(area).size()); ++i)
            if (switched.value(i) != started.value(area).value(i))
                differ << switched.value(i) + QStringLiteral(" / ") + started.value(area).value(i);
        QVERIFY2(differ.isEmpty(), qPrintable(DeskAreas::code(area) + QStringLiteral(": ") + differ.join(QStringLiteral("; "))));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
