// Issue 13 item 6, first run and help: the user guide in Kazakh and Russian is built into the
// program, F1 opens it at the page of the area in view in the UI's language, the Queue page of an
// empty store says what to do first, and the Enrollment page asks for the kindergarten's details
// before any contract. With QABYLDAU_HELP_SCREENSHOT_DIR set (resources/help/img), the guide's
// pictures are written there: every area at 1280x800 in kk and ru on a desk with demo data.
#include "DeskApplication.h"
#include "EnrollmentTestFixture.h"
#include "GuiTestHelpers.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "common/HelpBrowser.h"
#include "enrollment/ServicePage.h"
#include "queue/QueuePage.h"
#include "store/AccountStore.h"
#include "store/ComplaintStore.h"
#include "store/PlaceStore.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QStringList guideLanguages = {u"kk"_s, u"ru"_s};
// The guide's pictures show the desk's window at the smallest size it supports, where every page
// fits (tst_pagesfit); a narrower window cuts the wide pages' words.
const QSize guideShotSize(1280, 800);

QStringList guidePages()
{
    QStringList pages{u"index"_s};
    for (DeskArea area : DeskAreas::all())
        pages << DeskAreas::code(area);
    return pages;
}

QString resourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

DeskOptions options(const QString &storePath, QLocale::Language language)
{
    DeskOptions o;
    o.storePath = storePath;
    o.language = language;
    o.user = GuiTestHelpers::testUser();
    return o;
}

void chooseLanguage(MainWindow *window, const QString &code)
{
    window->findChild<QAction *>(u"languageAction_"_s + code)->trigger();
}

// The desk in Kazakh, its window shown and active; nullptr if it did not open.
MainWindow *openKazakhDesk(DeskApplication &desk, const QString &storePath)
{
    if (!desk.open(options(storePath, QLocale::Kazakh)))
        return nullptr;
    MainWindow *window = desk.mainWindow();
    window->show();
    return QTest::qWaitForWindowActive(window) ? window : nullptr;
}

HelpBrowser *pressF1(MainWindow *window)
{
    QTest::keySequence(window, QKeySequence(QKeySequence::HelpContents));
    auto help = window->findChild<HelpBrowser *>();
    // The guide comes to the front: the clerk reads it at once.
    if (help && !QTest::qWaitForWindowActive(help))
        return nullptr;
    return help;
}

// A desk as the guide shows it: this kindergarten's details, a dozen children in the queue, three
// directions (one of them open on the Enrollment page).
bool writeDemoStore(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened)
        return false;
    const std::shared_ptr<Database> store = *opened;
    const QDateTime now = QDateTime::currentDateTime();
    if (!KindergartenProfileStore(store).save(EnrollmentTest::profile(), u"Әсем"_s, now))
        return false;
    const QStringList surnames = {u"Сейітқали"_s, u"Нұрланова"_s, u"Жұмабаев"_s, u"Омарова"_s, u"Бекмұхамед"_s,
                                  u"Ермекова"_s, u"Тұрсынов"_s, u"Әбдіхалық"_s, u"Қасымова"_s, u"Серікбаев"_s};
    const QStringList names = {u"Әлихан"_s, u"Айым"_s, u"Ерасыл"_s, u"Медина"_s, u"Нұрсұлтан"_s,
                               u"Аружан"_s, u"Алдияр"_s, u"Інжу"_s, u"Томирис"_s, u"Ғалым"_s};
    QList<Direction> directions;
    for (int i = 0; i < surnames.size(); ++i) {
        const bool girl = i % 2 == 1;
        Application a = EnrollmentTest::application();
        a.child = PersonName{surnames.at(i), names.at(i), QString()};
        a.childBirthDate = QDate(2021 + i % 3, 1 + i, 3 + 2 * i);
        a.childSex = girl ? Iin::Sex::Female : Iin::Sex::Male;
        a.childIin = GuiTestHelpers::makeIin(a.childBirthDate, a.childSex, 200 + i);
        a.applicantIin = GuiTestHelpers::makeIin(QDate(1988 + i, 3, 1 + i), Iin::Sex::Female, 500 + i);
        a.signatureDate = QDate(2024, 4, 1 + i);
        const auto registered = ApplicationStore(store).registerApplication(
            a, u"Әсем"_s, ValidationContext{EnrollmentTest::at(2024, 4, 1 + i), RuleSettings{}});
        if (!registered)
            return false;
        if (i < 3) {
            Direction d = EnrollmentTest::direction(u"02-2026-%1"_s.arg(120 + i, 6, 10, QLatin1Char('0')));
            d.child = a.child;
            d.childIin = a.childIin;
            d.childBirthDate = a.childBirthDate;
            d.applicantIin = a.applicantIin;
            d.issuedAt = now.addDays(-1 - i);
            directions << d;
        }
    }
    const auto imported = DirectionStore(store).importJson(EnrollmentTest::Desk::json(directions), u"Әсем"_s, now);
    if (!imported || imported->imported != directions.size())
        return false;
    // Two free places and a complaint, so that Vacancies and Complaints show what they hold.
    for (const auto &[group, year] : {std::pair{u"Ортаңғы топ «Балапан»"_s, 2022}, std::pair{u"Ересек топ «Құлыншақ»"_s, 2021}}) {
        Place place;
        place.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        place.kindergartenId = EnrollmentTest::profile().id;
        place.groupName = group;
        place.birthFrom = QDate(year, 1, 1);
        place.birthTo = QDate(year, 12, 31);
        place.admissionStartsOn = now.date().addDays(7);
        if (!PlaceStore(store).publish(place, u"Әсем"_s, now))
            return false;
    }
    Complaint complaint;
    complaint.receivedOn = now.date().addDays(-2);
    complaint.addressee = ComplaintAddressee::Head;
    complaint.complainant = u"Омарова Айгүл, +7 701 111 22 33"_s;
    complaint.subject = u"Жолдама бойынша құжаттар қабылданбады"_s;
    return ComplaintStore(store).registerComplaint(complaint, u"Әсем"_s, now).hasValue();
}

} // namespace

class TestUserGuide : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void guideHasEveryPageInKazakhAndRussian();
    void f1OpensThePageOfTheAreaInView();
    void helpMenuOpensTheGuideAndItRemembersItsSize();
    void picturesFitANarrowWindow();
    void emptyQueueSaysWhatToDoFirst();
    void enrollmentAsksForTheKindergartensDetails();
    void screenshots();
};

void TestUserGuide::init()
{
    DeskApplication::setIdentity();
    QSettings().clear();
}

void TestUserGuide::guideHasEveryPageInKazakhAndRussian()
{
    static const QRegularExpression reference(uR"re((?:src|href)="([^"#:]+)")re"_s);
    for (const QString &language : guideLanguages) {
        for (const QString &page : guidePages()) {
            const QString path = u":/help/%1/%2.html"_s.arg(language, page);
            const QString text = resourceText(path);
            QVERIFY2(!text.isEmpty(), qPrintable(path));
            QVERIFY2(text.contains(u"<title>"_s), qPrintable(path));
            // Every link and picture leads to something the program carries.
            for (const QRegularExpressionMatch &match : reference.globalMatch(text)) {
                const QString target = QDir::cleanPath(u":/help/%1/"_s.arg(language) + match.captured(1));
                QVERIFY2(QFile::exists(target), qPrintable(path + u" -> "_s + target));
            }
        }
        // The contents lead to every area's page.
        const QString index = resourceText(u":/help/%1/index.html"_s.arg(language));
        for (DeskArea area : DeskAreas::all())
            QVERIFY2(index.contains(u"href=\"%1.html\""_s.arg(DeskAreas::code(area))), qPrintable(DeskAreas::code(area)));
    }
    // Kazakh is written with its own letters, Russian without them.
    QVERIFY(resourceText(u":/help/kk/queue.html"_s).contains(QRegularExpression(u"[әғқңөұүһі]"_s)));
    QVERIFY(!resourceText(u":/help/ru/queue.html"_s).contains(QRegularExpression(u"[әғқңөұүһі]"_s)));
    // An English interface reads the Russian guide; an unknown page opens the contents.
    QCOMPARE(HelpBrowser::pageUrl(u"queue"_s, u"en"_s), QUrl(u"qrc:/help/ru/queue.html"_s));
    QCOMPARE(HelpBrowser::pageUrl(u"nowhere"_s, u"kk"_s), QUrl(u"qrc:/help/kk/index.html"_s));
}

void TestUserGuide::f1OpensThePageOfTheAreaInView()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DeskApplication desk;
    MainWindow *window = openKazakhDesk(desk, dir.filePath(u"desk.sqlite"_s));
    QVERIFY(window);

    window->showArea(DeskArea::Queue);
    HelpBrowser *help = pressF1(window);
    QVERIFY(help);
    QVERIFY(help->isVisible());
    QCOMPARE(help->source(), QUrl(u"qrc:/help/kk/queue.html"_s));
    QCOMPARE(help->windowTitle(), u"Кезек"_s);
    QVERIFY(help->browser()->toPlainText().contains(u"ЖСН"_s));
    // The picture is there (not the placeholder of a missing image).
    QVERIFY(!help->browser()->document()->resource(QTextDocument::ImageResource,
                                                   QUrl(u"qrc:/help/img/queue_kk.png"_s)).isNull());

    chooseLanguage(window, u"ru"_s);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    window->showArea(DeskArea::Enrollment);
    QCOMPARE(pressF1(window), help); // one window, brought to the new page
    QCOMPARE(help->source(), QUrl(u"qrc:/help/ru/enrollment.html"_s));
    QCOMPARE(help->windowTitle(), u"Зачисление"_s);

    chooseLanguage(window, u"kk"_s);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QCOMPARE(pressF1(window), help);
    QCOMPARE(help->source(), QUrl(u"qrc:/help/kk/enrollment.html"_s));
    // Back returns to the page read before.
    auto back = help->findChild<QAbstractButton *>(u"helpBackButton"_s);
    QVERIFY(back->isEnabled());
    back->click();
    QCOMPARE(help->source(), QUrl(u"qrc:/help/ru/enrollment.html"_s));

    window->showArea(DeskArea::Settings);
    window->lock();
    QVERIFY(!help->isVisible()); // nothing of the desk stays on a locked screen
}

void TestUserGuide::helpMenuOpensTheGuideAndItRemembersItsSize()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        DeskApplication desk;
        QVERIFY(desk.open(options(dir.filePath(u"desk.sqlite"_s), QLocale::Russian)));
        MainWindow *window = desk.mainWindow();
        auto action = window->findChild<QAction *>(u"helpAction"_s);
        QVERIFY(action);
        QCOMPARE(action->text(), u"&Руководство пользователя"_s);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
        window->showArea(DeskArea::Registers);
        action->trigger();
        auto help = window->findChild<HelpBrowser *>();
        QVERIFY(help);
        QCOMPARE(help->source(), QUrl(u"qrc:/help/ru/registers.html"_s));
        QCOMPARE(help->findChild<QAbstractButton *>(u"helpContentsButton"_s)->text(), u"Содержание"_s);
        help->resize(610, 480);
        help->findChild<QAbstractButton *>(u"helpContentsButton"_s)->click();
        QCOMPARE(help->source(), QUrl(u"qrc:/help/ru/index.html"_s));
        help->close();
    }
    DeskApplication desk;
    QVERIFY(desk.open(options(dir.filePath(u"desk.sqlite"_s), QLocale::Russian)));
    desk.mainWindow()->findChild<QAction *>(u"helpAction"_s)->trigger();
    auto help = desk.mainWindow()->findChild<HelpBrowser *>();
    QVERIFY(help);
    QCOMPARE(help->size(), QSize(610, 480));
}

namespace {

// The width a page's first picture is laid out at, in the window's pixels (0: no picture).
int pictureWidth(QTextBrowser *text)
{
    QTextDocument *document = text->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat()) {
                const QVariant picture = document->resource(QTextDocument::ImageResource, QUrl(format.toImageFormat().name()));
                if (picture.userType() == QMetaType::QPixmap)
                    return qRound(picture.value<QPixmap>().deviceIndependentSize().width());
                return qRound(picture.value<QImage>().deviceIndependentSize().width());
            }
        }
    }
    return 0;
}

} // namespace

void TestUserGuide::picturesFitANarrowWindow()
{
    // The guide's pictures are 1280 pixels wide. On a 1280x800 screen the guide's window is at
    // most 1152 wide (90%), on 1366x768 1229, and beside the desk it may be half the screen: the
    // clerk must see each picture whole there without scrolling sideways, and at its own size
    // when the window has room for it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DeskApplication desk;
    MainWindow *window = openKazakhDesk(desk, dir.filePath(u"desk.sqlite"_s));
    QVERIFY(window);
    window->showArea(DeskArea::Queue);
    HelpBrowser *help = pressF1(window);
    QVERIFY(help);
    QTextBrowser *text = help->browser();
    QCOMPARE(help->source(), QUrl(u"qrc:/help/kk/queue.html"_s));
    for (const int width : {1152, 1229, 640, 1400, 900}) {
        help->resize(width, 700);
        QTRY_COMPARE(help->width(), width);
        const QString where = u"a window %1 wide"_s.arg(width);
        // Room enough: its own size; else just inside the text's width.
        const auto fits = [&] {
            const int shown = pictureWidth(text);
            return width >= 1400 ? shown == 1280 : shown < 1280 && shown > text->viewport()->width() - 60 && shown <= text->viewport()->width();
        };
        QTRY_VERIFY2(fits(), qPrintable(where + u": the picture is %1 wide in a text %2 wide"_s.arg(pictureWidth(text)).arg(text->viewport()->width())));
        QTRY_COMPARE_WITH_TIMEOUT(text->horizontalScrollBar()->maximum(), 0, 2000);
    }
    // Another page opened in the narrow window: its picture fits at once.
    text->setSource(QUrl(u"qrc:/help/kk/applications.html"_s));
    QCOMPARE(help->source(), QUrl(u"qrc:/help/kk/applications.html"_s));
    QTRY_VERIFY(pictureWidth(text) > 0);
    QVERIFY2(pictureWidth(text) < 900, qPrintable(u"%1"_s.arg(pictureWidth(text))));
    QTRY_COMPARE_WITH_TIMEOUT(text->horizontalScrollBar()->maximum(), 0, 2000);
    // Wide again, and back to the first page: its picture is not left at the narrow width.
    help->resize(1400, 700);
    QTRY_COMPARE(pictureWidth(text), 1280);
    help->findChild<QAbstractButton *>(u"helpBackButton"_s)->click();
    QCOMPARE(help->source(), QUrl(u"qrc:/help/kk/queue.html"_s));
    QTRY_COMPARE(pictureWidth(text), 1280);
    // And the other way: narrow on this page, Forward to the one last fitted wide.
    help->resize(800, 700);
    QTRY_VERIFY(pictureWidth(text) < 800);
    help->findChild<QAbstractButton *>(u"helpForwardButton"_s)->click();
    QCOMPARE(help->source(), QUrl(u"qrc:/help/kk/applications.html"_s));
    QTRY_VERIFY2(pictureWidth(text) > 0 && pictureWidth(text) < 800, qPrintable(u"%1"_s.arg(pictureWidth(text))));
    QTRY_COMPARE_WITH_TIMEOUT(text->horizontalScrollBar()->maximum(), 0, 2000);
}

void TestUserGuide::emptyQueueSaysWhatToDoFirst()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const auto &[language, words] : {std::pair{QLocale::Kazakh, u"Өтініштер"_s}, std::pair{QLocale::Russian, u"Заявления"_s}}) {
        DeskApplication desk;
        QVERIFY(desk.open(options(dir.filePath(u"empty.sqlite"_s), language)));
        MainWindow *window = desk.mainWindow();
        window->showArea(DeskArea::Queue);
        window->show();
        auto label = window->page(DeskArea::Queue)->findChild<QLabel *>(u"emptyLabel"_s);
        QTRY_VERIFY(label->isVisible() && !label->text().isEmpty());
        const QString text = label->text();
        // Register, import or connect: the page's own name for each, and the console command.
        QVERIFY2(text.contains(words), qPrintable(text));
        QVERIFY2(text.contains(u"qabyldau-cli applications import"_s), qPrintable(text));
        QVERIFY2(text.contains(window->findChild<QAction *>(u"areaAction_settings"_s)->text()), qPrintable(text));
        QVERIFY2(text.contains(u"F1"_s), qPrintable(text));
    }
    // With applications in the store, the usual page.
    QVERIFY(writeDemoStore(dir.filePath(u"demo.sqlite"_s)));
    DeskApplication desk;
    QVERIFY(desk.open(options(dir.filePath(u"demo.sqlite"_s), QLocale::Kazakh)));
    MainWindow *window = desk.mainWindow();
    window->showArea(DeskArea::Queue);
    window->show();
    auto table = window->page(DeskArea::Queue)->findChild<QTableView *>();
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible() && table->model()->rowCount() > 0);
}

void TestUserGuide::enrollmentAsksForTheKindergartensDetails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"desk.sqlite"_s);
    DeskApplication desk;
    QVERIFY(desk.open(options(path, QLocale::Kazakh)));
    MainWindow *window = desk.mainWindow();
    window->show();
    window->showArea(DeskArea::Enrollment);
    QWidget *page = window->page(DeskArea::Enrollment);
    auto notice = page->findChild<QWidget *>(u"profileNotice"_s);
    QVERIFY(notice);
    QTRY_VERIFY(notice->isVisible());
    QVERIFY(page->findChild<QLabel *>(u"profileNoticeLabel"_s)->text().contains(u"деректемелері"_s));
    auto button = page->findChild<QPushButton *>(u"profileSettingsButton"_s);
    chooseLanguage(window, u"ru"_s);
    QVERIFY(page->findChild<QLabel *>(u"profileNoticeLabel"_s)->text().contains(u"Реквизиты"_s));
    QCOMPARE(button->text(), u"Открыть настро&йки"_s);
    button->click();
    QCOMPARE(window->currentArea(), DeskArea::Settings);

    // Incomplete details are refused by the store, so "saved" means complete.
    KindergartenProfile partial = EnrollmentTest::profile();
    partial.headName.clear();
    QVERIFY(!KindergartenProfileStore(desk.store()).save(partial, u"admin"_s, QDateTime::currentDateTime()));
    window->showArea(DeskArea::Enrollment);
    QTRY_VERIFY(notice->isVisible());
    // Filled in: the notice goes when the page shows again.
    QVERIFY(KindergartenProfileStore(desk.store()).save(EnrollmentTest::profile(), u"admin"_s, QDateTime::currentDateTime()));
    window->showArea(DeskArea::Settings);
    window->showArea(DeskArea::Enrollment);
    QTRY_VERIFY(!notice->isVisible());
}

void TestUserGuide::screenshots()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString shots = qEnvironmentVariable("QABYLDAU_HELP_SCREENSHOT_DIR");
    if (shots.isEmpty())
        shots = dir.filePath(u"img"_s);
    QVERIFY(QDir().mkpath(shots));
    const QString path = dir.filePath(u"demo.sqlite"_s);
    QVERIFY(writeDemoStore(path));

    DeskApplication desk;
    QVERIFY(desk.open(options(path, QLocale::Kazakh)));
    MainWindow *window = desk.mainWindow();
    window->resize(guideShotSize);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto service = qobject_cast<ServicePage *>(window->page(DeskArea::Enrollment));
    QVERIFY(service);
    QVERIFY(service->openDirection(u"02-2026-000120"_s));
    for (const QString &language : guideLanguages) {
        chooseLanguage(window, language);
        for (DeskArea area : DeskAreas::all()) {
            window->showArea(area);
            if (area == DeskArea::Queue) {
                auto table = window->page(area)->findChild<QTableView *>();
                QTRY_VERIFY(table->isVisible() && table->model()->rowCount() > 0);
            }
            QTest::qWait(50);
            // 256 colours and the strongest compression: the pictures stay small in the program.
            const QImage image = window->grab().toImage().convertToFormat(
                QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither);
            QCOMPARE(image.size(), guideShotSize);
            const QString file = QDir(shots).filePath(u"%1_%2.png"_s.arg(DeskAreas::code(area), language));
            QVERIFY(image.save(file, "PNG", 0));
            QVERIFY2(QFileInfo(file).size() < 160 * 1024, qPrintable(file));
        }
    }
}

QTEST_MAIN(TestUserGuide)
#include "tst_userguide.moc"
