// Every area of the desk fits a 1280×800 screen in Kazakh and Russian (issue 13 item 5): no column
// heading, status, combo box, label or button of the page in view is cut off. The test shows the
// main window at 1280×800 on a store with a registered application and directions in several
// states, visits every area, and measures each text against the room its widget gives it.
#include "DeskApplication.h"
#include "EnrollmentTestFixture.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "QueueTableModel.h"
#include "enrollment/ServicePage.h"
#include "registers/PeriodSelector.h"
#include "registers/RegistersPage.h"
#include "domain/WorkCalendar.h"
#include "store/EnrollmentStore.h"
#include "store/ComplaintStore.h"
#include "store/DirectionStore.h"
#include "store/PlaceStore.h"
#include "store/KindergartenProfileStore.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// Visible on screen: the widget and its ancestors up to the window are shown, and some of it is
// inside the window (a scroll area's hidden part is not cut off: it scrolls).
bool onScreen(const QWidget *widget)
{
    return widget->isVisible() && widget->width() > 0 && widget->height() > 0;
}

QString plain(const QString &text)
{
    QString shown = text;
    // A mnemonic's & is not drawn.
    shown.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    return shown;
}

// The widest line of text as drawn in font metrics fm.
int textWidth(const QFontMetrics &fm, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = qMax(widest, fm.horizontalAdvance(line));
    return widest;
}

void checkHeaders(const QAbstractItemView *view, const QString &where, QStringList &cut)
{
    const auto table = qobject_cast<const QTableView *>(view);
    const QHeaderView *header = table ? table->horizontalHeader() : view->findChild<QHeaderView *>();
    if (!header || !header->isVisible() || !view->model())
        return;
    const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const QFontMetrics fm = header->fontMetrics();
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const QString text = view->model()->headerData(section, Qt::Horizontal).toString();
        if (text.isEmpty())
            continue;
        int needed = textWidth(fm, text) + margin;
        if (header->defaultAlignment() & Qt::TextWordWrap) {
            // A wrapping heading: each word whole, and every line within the header's height.
            int widestWord = 0;
            for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
                widestWord = qMax(widestWord, fm.horizontalAdvance(word));
            const int width = header->sectionSize(section) - margin;
            const int height = fm.boundingRect(QRect(0, 0, qMax(width, 1), 10000), Qt::TextWordWrap, text).height();
            if (widestWord <= width && height <= header->height())
                continue;
            needed = widestWord + margin;
        }
        if (header->sectionSize(section) < needed)
            cut << u"%1: heading \"%2\" (%3 of %4 px)"_s.arg(where, text).arg(header->sectionSize(section)).arg(needed);
    }
    // Columns wider than the table: the ones on the right are out of sight until scrolled to.
    if (header->length() > header->viewport()->width() + 1)
        cut << u"%1: the table scrolls sideways (%2 of %3 px)"_s.arg(where).arg(header->viewport()->width()).arg(header->length());
    // The values of the first rows (statuses, names, dates): a cell that elides them is cut off;
    // in a table that wraps words, a cell is cut off when its wrapped text is taller than its row
    // or a single word is wider than its column.
    if (!table)
        return;
    const int cellMargin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
    const QFontMetrics cellFm = table->fontMetrics();
    const int rows = qMin(table->model()->rowCount(), 30);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            if (table->isColumnHidden(column) || table->isRowHidden(row))
                continue;
            const QModelIndex index = table->model()->index(row, column);
            if (table->indexWidget(index))
                continue;
            const QString text = index.data().toString();
            if (text.isEmpty())
                continue;
            int needed = textWidth(cellFm, text) + cellMargin;
            if (!index.data(Qt::DecorationRole).isNull())
                needed += table->iconSize().width() > 0 ? table->iconSize().width() + cellMargin
                                                        : table->style()->pixelMetric(QStyle::PM_SmallIconSize) + cellMargin;
            if (table->wordWrap() && table->columnWidth(column) >= needed - textWidth(cellFm, text)) {
                const int width = table->columnWidth(column) - (needed - textWidth(cellFm, text));
                int widestWord = 0;
                for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
                    widestWord = qMax(widestWord, cellFm.horizontalAdvance(word));
                const int height = cellFm.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, text).height();
                if (widestWord <= width && height <= table->rowHeight(row))
                    continue;
            }
            if (table->columnWidth(column) < needed)
                cut << u"%1: cell \"%2\" under \"%3\" (%4 of %5 px)"_s.arg(where, text,
                                                                        table->model()->headerData(column, Qt::Horizontal).toString())
                           .arg(table->columnWidth(column)).arg(needed);
        }
    }
}

void checkCombo(const QComboBox *combo, const QString &where, QStringList &cut)
{
    if (combo->isEditable() || combo->currentText().isEmpty())
        return; // an editable field scrolls its text, as any line edit
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = false;
    option.frame = combo->hasFrame();
    option.currentText = combo->currentText();
    const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox,
                                                       &option, QStyle::SC_ComboBoxEditField, combo);
    const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
    if (field.width() < needed)
        cut << u"%1: combo box %2 \"%3\" (%4 of %5 px)"_s.arg(where, combo->objectName(), combo->currentText())
                   .arg(field.width()).arg(needed);
}

void checkLabel(const QLabel *label, const QString &where, QStringList &cut)
{
    if (label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull())
        return;
    QString text = label->text();
    if (label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setHtml(text);
        text = document.toPlainText();
    }
    if (label->buddy())
        text = plain(text);
    const int needed = textWidth(label->fontMetrics(), text);
    const int room = label->contentsRect().width() - 2 * label->margin() - 2 * label->indent() * (label->indent() > 0);
    if (room < needed)
        cut << u"%1: label %2 \"%3\" (%4 of %5 px)"_s.arg(where, label->objectName(), text).arg(room).arg(needed);
}

void checkButton(const QPushButton *button, const QString &where, QStringList &cut)
{
    if (button->text().isEmpty())
        return;
    if (button->width() < button->minimumSizeHint().width())
        cut << u"%1: button %2 \"%3\" (%4 of %5 px)"_s.arg(where, button->objectName(), plain(button->text()))
                   .arg(button->width()).arg(button->minimumSizeHint().width());
}

QStringList cutTexts(QWidget *page, const QString &where)
{
    QStringList cut;
    for (const QAbstractItemView *view : page->findChildren<QAbstractItemView *>())
        if (onScreen(view) && !qobject_cast<const QComboBox *>(view->parentWidget()))
            checkHeaders(view, where, cut);
    for (const QComboBox *combo : page->findChildren<QComboBox *>())
        if (onScreen(combo))
            checkCombo(combo, where, cut);
    for (const QLabel *label : page->findChildren<QLabel *>())
        if (onScreen(label))
            checkLabel(label, where, cut);
    for (const QPushButton *button : page->findChildren<QPushButton *>())
        if (onScreen(button))
            checkButton(button, where, cut);
    return cut;
}

// The desk on the store at path, in language, signed in, its window shown at 1280 x 800; null
// when it cannot open.
MainWindow *openWindow(DeskApplication &desk, const QString &path, QLocale::Language language)
{
    DeskOptions options;
    options.storePath = path;
    options.language = language;
    options.user = GuiTestHelpers::testUser();
    if (!desk.open(options))
        return nullptr;
    MainWindow *window = desk.mainWindow();
    window->resize(1280, 800);
    window->show();
    return QTest::qWaitForWindowExposed(window) ? window : nullptr;
}

} // namespace

class TestPagesFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyAreaFits_data();
    void everyAreaFits();
    void enrollmentKeysInEachState_data();
    void enrollmentKeysInEachState();

private:
    QTemporaryDir m_dir;
    QString m_storePath;
    QString m_noDetailsPath; // a direction, but the kindergarten's details not filled in
};

void TestPagesFit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_storePath = m_dir.filePath(u"desk.sqlite"_s);
    auto store = Database::open(m_storePath);
    QVERIFY(store);
    const QDateTime now = QDateTime::currentDateTime();
    QVERIFY(KindergartenProfileStore(*store).save(EnrollmentTest::profile(), u"admin"_s, now));
    QVERIFY(ApplicationStore(*store).registerApplication(EnrollmentTest::application(), u"admin"_s,
                                                         ValidationContext{EnrollmentTest::at(2024, 4, 1), RuleSettings{}}));
    // A direction in force, one waiting for its early-booking place and one used: every status.
    Direction inForce = EnrollmentTest::direction(u"02-2026-000123"_s);
    inForce.issuedAt = now.addDays(-1);
    Direction waiting = EnrollmentTest::direction(u"02-2026-000124"_s);
    waiting.issuedAt = now.addDays(-2);
    waiting.admissionMode = AdmissionMode::EarlyBooking;
    waiting.child = PersonName{u"Константинопольская"_s, u"Александра"_s, u"Владимировна"_s};
    Direction late = EnrollmentTest::direction(u"02-2026-000125"_s);
    late.issuedAt = now.addDays(-30);
    const auto imported = DirectionStore(*store).importJson(EnrollmentTest::Desk::json({inForce, waiting, late}),
                                                           u"admin"_s, now);
    QVERIFY(imported);
    QCOMPARE(imported->imported, 3);

    // The registers with rows (November 2026): a contract signed with a long name and a refusal
    // whose reasons run over several lines.
    Direction signedUp = EnrollmentTest::direction(u"02-2026-000126"_s);
    signedUp.child = PersonName{u"Константинопольская"_s, u"Александра"_s, u"Владимировна"_s};
    signedUp.childIin = GuiTestHelpers::makeIin(QDate(2022, 3, 3), Iin::Sex::Female, 61);
    signedUp.applicantIin = GuiTestHelpers::makeIin(QDate(1991, 3, 3), Iin::Sex::Female, 62);
    Direction refusedOne = EnrollmentTest::direction(u"02-2026-000127"_s);
    refusedOne.child = PersonName{u"Нұрмұхамбетов"_s, u"Ерасыл"_s, u"Бауыржанұлы"_s};
    refusedOne.childIin = GuiTestHelpers::makeIin(QDate(2022, 6, 6), Iin::Sex::Male, 63);
    refusedOne.applicantIin = GuiTestHelpers::makeIin(QDate(1990, 6, 6), Iin::Sex::Male, 64);
    const auto forRegisters = DirectionStore(*store).importJson(EnrollmentTest::Desk::json({signedUp, refusedOne}), u"admin"_s,
                                                               EnrollmentTest::at(2026, 11, 23, 12));
    QVERIFY(forRegisters);
    QCOMPARE(forRegisters->imported, 2);
    const Expected<WorkCalendar> calendar = WorkCalendar::loadBuiltIn();
    QVERIFY(calendar);
    EnrollmentStore enrollment(*store);
    const RuleSettings settings;
    Checklist complete;
    complete.presented = {ChecklistItem::Direction, ChecklistItem::ParentId, ChecklistItem::BirthCertificate,
                          ChecklistItem::HealthPassport, ChecklistItem::HealthCertificate};
    complete.healthCertificateIssuedOn = QDate(2026, 11, 23);
    const Expected<ServiceSession> first =
        enrollment.startSession(u"02-2026-000126"_s, ServiceChannel::Office, EnrollmentTest::at(2026, 11, 24, 9, 5), u"admin"_s);
    QVERIFY(first);
    QVERIFY(enrollment.recordStage(first->id, ServiceStage::ServiceStarted, EnrollmentTest::at(2026, 11, 24, 9, 10), u"admin"_s));
    QVERIFY(enrollment.recordStage(first->id, ServiceStage::DocumentsHandedIn, EnrollmentTest::at(2026, 11, 24, 9, 20), u"admin"_s));
    QVERIFY(enrollment.saveChecklist(first->id, complete, u"admin"_s, EnrollmentTest::at(2026, 11, 24, 9, 25)));
    ContractRecord contract;
    contract.date = QDate(2026, 11, 24);
    contract.parentIdDocument = u"ЖК № 012345678"_s;
    contract.parentAddress = u"Астана қаласы, Сарыарқа ауданы, Бейбітшілік көшесі 14, 108-пәтер"_s;
    contract.startsOn = contract.date;
    const Expected<ContractRecord> signed_ = enrollment.recordContract(first->id, contract, EnrollmentTest::profile(), *calendar,
                                                                       settings, EnrollmentTest::at(2026, 11, 24, 9, 40));
    QVERIFY2(signed_, signed_ ? "" : qPrintable(signed_.error().message()));
    const Expected<ServiceSession> second =
        enrollment.startSession(u"02-2026-000127"_s, ServiceChannel::Office, EnrollmentTest::at(2026, 11, 24, 10, 0), u"admin"_s);
    QVERIFY(second);
    QVERIFY(enrollment.recordStage(second->id, ServiceStage::ServiceStarted, EnrollmentTest::at(2026, 11, 24, 10, 31), u"admin"_s));
    QVERIFY(enrollment.recordStage(second->id, ServiceStage::DocumentsHandedIn, EnrollmentTest::at(2026, 11, 24, 10, 40), u"admin"_s));
    Checklist missing = complete;
    missing.presented.remove(ChecklistItem::HealthCertificate);
    missing.healthCertificateIssuedOn = {};
    QVERIFY(enrollment.saveChecklist(second->id, missing, u"admin"_s, EnrollmentTest::at(2026, 11, 24, 10, 42)));
    RefusalRecord refusal;
    refusal.date = QDate(2026, 11, 24);
    refusal.grounds = {RefusalGround::DocumentsMissingOrOutOfDate};
    refusal.faultyItems = {ChecklistItem::HealthCertificate};
    refusal.reasons = u"Денсаулық туралы анықтама (026/у) ұсынылмады; ата-анаға емханадан алу тәртібі түсіндірілді"_s;
    const Expected<RefusalRecord> refused = enrollment.recordRefusal(second->id, refusal, settings, EnrollmentTest::at(2026, 11, 24, 10, 50));
    QVERIFY2(refused, refused ? "" : qPrintable(refused.error().message()));

    // A published place (Vacancies) and a complaint past its answer deadline (Complaints).
    Place place;
    place.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    place.kindergartenId = EnrollmentTest::profile().id;
    place.groupName = u"Ересек топ «Жұлдыз»"_s;
    place.birthFrom = QDate(2021, 1, 1);
    place.birthTo = QDate(2021, 12, 31);
    place.admissionStartsOn = now.date().addDays(10);
    QVERIFY(PlaceStore(*store).publish(place, u"admin"_s, now));
    Complaint complaint;
    complaint.receivedOn = now.date().addDays(-20);
    complaint.addressee = ComplaintAddressee::Head;
    complaint.complainant = u"Омарова Айгүл, +7 701 111 22 33"_s;
    complaint.subject = u"Жолдама уақытында берілмеді"_s;
    QVERIFY(ComplaintStore(*store).registerComplaint(complaint, u"admin"_s, now));

    // A desk whose kindergarten's details are not filled in yet: the Enrollment page shows its
    // notice and the button to Settings.
    m_noDetailsPath = m_dir.filePath(u"no-details.sqlite"_s);
    auto noDetails = Database::open(m_noDetailsPath);
    QVERIFY(noDetails);
    QVERIFY(KindergartenProfileStore(*noDetails).load().isEmpty());
    const auto withoutDetails = DirectionStore(*noDetails).importJson(EnrollmentTest::Desk::json({inForce}), u"admin"_s, now);
    QVERIFY(withoutDetails);
    QCOMPARE(withoutDetails->imported, 1);
}

void TestPagesFit::everyAreaFits_data()
{
    QTest::addColumn<QLocale::Language>("language");
    QTest::addColumn<QString>("code");
    QTest::newRow("Kazakh") << QLocale::Kazakh << u"kk"_s;
    QTest::newRow("Russian") << QLocale::Russian << u"ru"_s;
    QTest::newRow("English") << QLocale::English << u"en"_s;
}

void TestPagesFit::everyAreaFits()
{
    QFETCH(QLocale::Language, language);
    QFETCH(QString, code);
    DeskApplication desk;
    MainWindow *window = openWindow(desk, m_storePath, language);
    QVERIFY(window);
    const QString shots = qEnvironmentVariable("QABYLDAU_SCREENSHOT_DIR");

    QStringList cut;
    QStringList clashes;
    for (const DeskArea area : DeskAreas::all()) {
        window->showArea(area);
        if (area == DeskArea::Enrollment) {
            auto service = qobject_cast<ServicePage *>(window->page(area));
            QVERIFY(service);
            QVERIFY(service->openDirection(u"02-2026-000123"_s));
        }
        // Let the page read its rows (the queue reads on a worker thread) and lay itself out.
        QTest::qWait(300);
        QWidget *page = window->page(area);
        QVERIFY(page);
        const QString where = code + u' ' + DeskAreas::name(area);
        cut << cutTexts(page, where);
        clashes << GuiTestHelpers::mnemonicClashes(page, where, window->menuBar());
        if (area == DeskArea::Queue) {
            // A search shows the Year of birth column too.
            auto search = page->findChild<QLineEdit *>(u"searchEdit"_s);
            auto table = page->findChild<QTableView *>(u"queueTable"_s);
            QVERIFY(search && table);
            search->setText(u"Сейіт"_s);
            QTRY_VERIFY(!table->isColumnHidden(QueueTableModel::BirthYearColumn));
            QTRY_COMPARE(table->model()->rowCount(), 1);
            cut << cutTexts(page, where + u" (search)"_s);
            if (!shots.isEmpty())
                QVERIFY(window->grab().save(QDir(shots).filePath(u"fit-0-search-%1.png"_s.arg(code))));
            search->clear();
        }
        if (area == DeskArea::Registers) {
            // Each register with its rows: November 2026 holds a contract, a refusal and their times.
            auto registers = qobject_cast<RegistersPage *>(page);
            QVERIFY(registers);
            registers->period()->setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30));
            for (const RegistersPage::Tab tab :
                 {RegistersPage::Tab::Contracts, RegistersPage::Tab::Refusals, RegistersPage::Tab::ServiceTimes}) {
                registers->setCurrentTab(tab);
                QTRY_VERIFY(registers->model(tab)->rowCount() > 0);
                QTest::qWait(100);
                cut << cutTexts(page, where + u" (tab %1, with rows)"_s.arg(int(tab)));
                if (!shots.isEmpty())
                    QVERIFY(window->grab().save(QDir(shots).filePath(u"fit-%1-%2-rows-%3.png"_s.arg(int(area)).arg(int(tab)).arg(code))));
            }
        }
        if (!shots.isEmpty())
            QVERIFY(window->grab().save(QDir(shots).filePath(u"fit-%1-%2.png"_s.arg(int(area)).arg(code))));
    }
    QVERIFY2(cut.isEmpty(), qPrintable(u"\n"_s + cut.join(u'\n')));
    QVERIFY2(clashes.isEmpty(), qPrintable(u"two widgets on one Alt+letter:\n"_s + clashes.join(u'\n')));
}

// The Enrollment page shows other buttons by state (everyAreaFits sees a direction opened, nothing
// recorded): the notice's Open Settings while the kindergarten's details are missing, Reprint
// contract or Reprint refusal once one is recorded. Each state in each language: no two widgets on
// one Alt+letter, disabled widgets included (GuiTestHelpers::mnemonicClashes says why).
void TestPagesFit::enrollmentKeysInEachState_data()
{
    QTest::addColumn<QLocale::Language>("language");
    QTest::addColumn<bool>("detailsMissing");
    QTest::addColumn<QString>("direction"); // empty: none opened
    const struct
    {
        const char *name;
        bool detailsMissing;
        QString direction;
    } states[] = {
        {"nothing opened", false, QString()},
        {"details missing", true, QString()},
        {"details missing, direction opened", true, u"02-2026-000123"_s},
        {"contract recorded", false, u"02-2026-000126"_s},
        {"refusal recorded", false, u"02-2026-000127"_s},
    };
    for (const auto &[language, code] : {std::pair{QLocale::Kazakh, "kk"}, std::pair{QLocale::Russian, "ru"},
                                         std::pair{QLocale::English, "en"}})
        for (const auto &state : states)
            QTest::addRow("%s %s", code, state.name) << language << state.detailsMissing << state.direction;
}

void TestPagesFit::enrollmentKeysInEachState()
{
    QFETCH(QLocale::Language, language);
    QFETCH(bool, detailsMissing);
    QFETCH(QString, direction);
    DeskApplication desk;
    MainWindow *window = openWindow(desk, detailsMissing ? m_noDetailsPath : m_storePath, language);
    QVERIFY(window);
    window->showArea(DeskArea::Enrollment);
    auto service = qobject_cast<ServicePage *>(window->page(DeskArea::Enrollment));
    QVERIFY(service);
    if (!direction.isEmpty())
        QVERIFY(service->openDirection(direction));
    QTest::qWait(100);
    auto notice = service->findChild<QWidget *>(u"profileNotice"_s);
    auto reprint = service->findChild<QPushButton *>(u"reprintButton"_s);
    QVERIFY(notice && reprint);
    // The state is the one named.
    QCOMPARE(notice->isVisible(), detailsMissing);
    QCOMPARE(reprint->isVisible(), direction == u"02-2026-000126"_s || direction == u"02-2026-000127"_s);
    const QStringList clashes =
        GuiTestHelpers::mnemonicClashes(service, QString::fromLatin1(QTest::currentDataTag()), window->menuBar());
    QVERIFY2(clashes.isEmpty(), qPrintable(u"two widgets on one Alt+letter:\n"_s + clashes.join(u'\n')));
}

QTEST_MAIN(TestPagesFit)
#include "tst_pagesfit.moc"
