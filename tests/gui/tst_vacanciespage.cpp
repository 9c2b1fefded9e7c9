// The Vacancies area (RULES 2.3, 4.1) driven as a clerk would: a place published through the
// dialog shows in the list and waits in the outbox as a publish_place command; an age period typed
// the wrong way round is refused next to its field; the temporary-stay and freed-on fields show
// only for their modes; an early-booking place is marked freed, an open one withdrawn; the
// bulletin of the day comes out as a PDF. With QABYLDAU_SCREENSHOT_DIR set it also writes the
// README's screenshots of the page and the dialog in Kazakh and Russian.
#include "DocumentSamples.h"
#include "GuiTestHelpers.h"
#include "common/DeskContext.h"
#include "common/DeskDialogs.h"
#include "domain/Clock.h"
#include "settings/Translations.h"
#include "store/Database.h"
#include "store/KindergartenProfileStore.h"
#include "store/Outbox.h"
#include "store/PlaceJson.h"
#include "store/PlaceStore.h"
#include "vacancies/PlaceDialog.h"
#include "vacancies/VacanciesPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

class TestVacanciesPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void placePublishedThroughTheDialogShowsAndWaitsInTheOutbox();
    void reversedAgePeriodIsRefusedNextToItsField();
    void modeFieldsShowOnlyForTheirMode();
    void earlyBookingPlaceIsMarkedFreedAndOpenOneWithdrawn();
    void filterIsRememberedAndEmptyStateSaysWhy();
    void bulletinOfTheDayIsPrinted();
    void screenshots();

private:
    template<typename T> static T *child(QWidget *parent, const QString &name)
    {
        T *widget = parent->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    static void typeInto(QWidget *dialog, const QString &name, const QString &text)
    {
        auto edit = child<QLineEdit>(dialog, name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        GuiTestHelpers::typeText(edit, text);
    }
    QString cell(int row, int column) const { return m_page->model()->index(row, column).data().toString(); }
    void openPage();
    PlaceDialog *openDialog();
    void fillValidPlace(PlaceDialog *dialog);
    Place stored(const Place &place);

    std::shared_ptr<Database> m_db;
    std::shared_ptr<FixedClock> m_clock;
    DeskContext m_context;
    std::unique_ptr<VacanciesPage> m_page;
};

void TestVacanciesPage::init()
{
    QSettings().clear();
    auto opened = Database::open(u":memory:"_s);
    QVERIFY(opened);
    m_db = *opened;
    // Thursday 26 March 2026, 10:00.
    m_clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 3, 26), QTime(10, 0)));
    m_context.store = m_db;
    m_context.clock = m_clock;
    m_context.clerk = u"clerk"_s;
    QVERIFY(KindergartenProfileStore(m_db).save(DocumentSamples::profile(), u"admin"_s, m_clock->now()));
    DeskDialogs::Testing::setEnabled(true);
}

void TestVacanciesPage::cleanup()
{
    m_page.reset();
    m_context = {};
    m_db.reset();
    DeskDialogs::Testing::setEnabled(false);
}

void TestVacanciesPage::openPage()
{
    m_page = std::make_unique<VacanciesPage>(m_context);
    m_page->resize(1200, 560);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

PlaceDialog *TestVacanciesPage::openDialog()
{
    QTest::mouseClick(child<QPushButton>(m_page.get(), u"publishPlaceButton"_s), Qt::LeftButton);
    auto dialog = m_page->findChild<PlaceDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestVacanciesPage::fillValidPlace(PlaceDialog *dialog)
{
    typeInto(dialog, u"groupEdit"_s, u"Ортаңғы топ «Балапан»"_s);
    typeInto(dialog, u"birthFromEdit"_s, u"01012021"_s);
    typeInto(dialog, u"birthToEdit"_s, u"31122021"_s);
    typeInto(dialog, u"startsOnEdit"_s, u"01042026"_s);
}

Place TestVacanciesPage::stored(const Place &place)
{
    if (!PlaceStore(m_db).publish(place, u"clerk"_s, m_clock->now()))
        qFatal("the place was not published");
    return place;
}

void TestVacanciesPage::placePublishedThroughTheDialogShowsAndWaitsInTheOutbox()
{
    openPage();
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(child<QLabel>(m_page.get(), u"placesEmptyLabel"_s)->isVisible());

    PlaceDialog *dialog = openDialog();
    QVERIFY(dialog);
    // Admission starts today unless the clerk says otherwise.
    QCOMPARE(child<QLineEdit>(dialog, u"startsOnEdit"_s)->text(), u"26.03.2026"_s);
    fillValidPlace(dialog);
    auto language = child<QComboBox>(dialog, u"languageCombo"_s);
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down); // Russian
    auto mode = child<QComboBox>(dialog, u"workingModeCombo"_s);
    mode->setCurrentIndex(mode->findData(int(WorkingMode::HalfDay)));
    QTest::mouseClick(child<QCheckBox>(dialog, u"restrictedCheck"_s), Qt::LeftButton);
    typeInto(dialog, u"attendanceNoteEdit"_s, u"дүйсенбі – сәрсенбі"_s);

    QTest::mouseClick(child<QPushButton>(dialog, u"publishPlaceButton"_s), Qt::LeftButton);
    QVERIFY2(dialog->publishedPlace(), qPrintable(child<QLabel>(dialog, u"failureLabel"_s)->text()));

    // The row, at once, marked as waiting for the server.
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(cell(0, VacanciesPage::GroupColumn), u"Ортаңғы топ «Балапан»"_s);
    QCOMPARE(cell(0, VacanciesPage::BornColumn), u"01.01.2021 – 31.12.2021"_s);
    QCOMPARE(cell(0, VacanciesPage::LanguageColumn), VacanciesPage::tr("Russian"));
    QVERIFY(cell(0, VacanciesPage::ModeColumn).contains(Directions::workingModeLabel(WorkingMode::HalfDay)));
    QVERIFY(cell(0, VacanciesPage::ModeColumn).contains(u"дүйсенбі – сәрсенбі"_s));
    QCOMPARE(cell(0, VacanciesPage::StartsColumn), u"01.04.2026"_s);
    QVERIFY(cell(0, VacanciesPage::StatusColumn).startsWith(Places::statusLabel(PlaceStatus::Open)));
    QVERIFY(cell(0, VacanciesPage::StatusColumn).contains(VacanciesPage::tr("not yet confirmed")));
    QVERIFY(m_page->resultText().contains(u"Ортаңғы топ «Балапан»"_s));

    // The command the server will receive: the place whole, this kindergarten's.
    const auto pending = Outbox::pending(m_db->connection());
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->first().type, u"publish_place"_s);
    const Expected<Place> sent = PlaceJson::fromJson(pending->first().payload);
    QVERIFY(sent);
    QCOMPARE(sent->kindergartenId, DocumentSamples::profile().id);
    QCOMPARE(sent->language, TeachingLanguage::Russian);
    QCOMPARE(sent->workingMode, WorkingMode::HalfDay);
    QVERIFY(sent->attendanceRestricted);
    QCOMPARE(sent->attendanceNote, u"дүйсенбі – сәрсенбі"_s);
    QCOMPARE(sent->birthFrom, QDate(2021, 1, 1));
    QCOMPARE(sent->admissionStartsOn, QDate(2026, 4, 1));
    QVERIFY(!sent->temporaryUntil.isValid());
    QVERIFY(!QUuid::fromString(sent->id).isNull());
}

void TestVacanciesPage::reversedAgePeriodIsRefusedNextToItsField()
{
    openPage();
    PlaceDialog *dialog = openDialog();
    QVERIFY(dialog);
    fillValidPlace(dialog);
    typeInto(dialog, u"birthFromEdit"_s, u"01012022"_s);

    const QLabel *periodIssue = child<QLabel>(dialog, u"agePeriodIssue"_s);
    QVERIFY(periodIssue->isVisible());
    QCOMPARE(periodIssue->text(), PlaceDialog::issueText(Issue::error(Field::PlaceAgePeriod, Rule::OutOfRange)));
    QVERIFY(periodIssue->text().contains(u"birth"_s));
    QVERIFY(!child<QLabel>(dialog, u"groupEditIssue"_s)->isVisible());

    QTest::mouseClick(child<QPushButton>(dialog, u"publishPlaceButton"_s), Qt::LeftButton);
    QVERIFY(!dialog->publishedPlace());
    QVERIFY(dialog->isVisible());
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, u"birthFromEdit"_s));
    QCOMPARE(PlaceStore(m_db).list()->size(), 0);
    QCOMPARE(Outbox::pending(m_db->connection())->size(), 0);

    // Corrected, it goes through; what was typed was kept.
    typeInto(dialog, u"birthFromEdit"_s, u"01012021"_s);
    QVERIFY(!periodIssue->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, u"groupEdit"_s)->text(), u"Ортаңғы топ «Балапан»"_s);
    QVERIFY(dialog->publish());
    QCOMPARE(m_page->model()->rowCount(), 1);
}

void TestVacanciesPage::modeFieldsShowOnlyForTheirMode()
{
    openPage();
    PlaceDialog *dialog = openDialog();
    QVERIFY(dialog);
    fillValidPlace(dialog);
    auto until = child<QLineEdit>(dialog, u"temporaryUntilEdit"_s);
    auto freed = child<QLineEdit>(dialog, u"freedOnEdit"_s);
    QVERIFY(!until->isVisible());
    QVERIFY(!freed->isVisible());

    auto admission = child<QComboBox>(dialog, u"admissionModeCombo"_s);
    admission->setCurrentIndex(admission->findData(int(AdmissionMode::TemporaryStay)));
    QVERIFY(until->isVisible());
    QVERIFY(!freed->isVisible());
    // RULES 2.14: a temporary-stay place needs its last day.
    QVERIFY(!dialog->publish());
    QCOMPARE(child<QLabel>(dialog, u"temporaryUntilEditIssue"_s)->text(),
             Issue::error(Field::PlaceTemporaryUntil, Rule::Required).ruleMessage());
    typeInto(dialog, u"temporaryUntilEdit"_s, u"31082026"_s);

    admission->setCurrentIndex(admission->findData(int(AdmissionMode::EarlyBooking)));
    QVERIFY(!until->isVisible());
    QVERIFY(freed->isVisible());
    // What the hidden field holds is not part of the place.
    QVERIFY(!dialog->place().temporaryUntil.isValid());
    typeInto(dialog, u"freedOnEdit"_s, u"27032026"_s); // tomorrow
    QVERIFY(child<QLabel>(dialog, u"freedOnEditIssue"_s)->isVisible());
    typeInto(dialog, u"freedOnEdit"_s, u"25032026"_s);
    QVERIFY(!child<QLabel>(dialog, u"freedOnEditIssue"_s)->isVisible());
    QVERIFY(dialog->publish());
    const Place sent = PlaceStore(m_db).list()->first().place;
    QCOMPARE(sent.admissionMode, AdmissionMode::EarlyBooking);
    QCOMPARE(sent.freedOn, QDate(2026, 3, 25));
    QVERIFY(!sent.temporaryUntil.isValid());
}

void TestVacanciesPage::earlyBookingPlaceIsMarkedFreedAndOpenOneWithdrawn()
{
    Place early;
    early.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    early.kindergartenId = DocumentSamples::profile().id;
    early.groupName = u"Кіші топ «Құлыншақ»"_s;
    early.birthFrom = QDate(2022, 1, 1);
    early.birthTo = QDate(2022, 12, 31);
    early.admissionMode = AdmissionMode::EarlyBooking;
    early.admissionStartsOn = QDate(2026, 9, 1);
    stored(early);
    openPage();
    QCOMPARE(m_page->model()->rowCount(), 1);
    auto freedButton = child<QPushButton>(m_page.get(), u"markFreedButton"_s);
    auto withdrawButton = child<QPushButton>(m_page.get(), u"withdrawPlaceButton"_s);
    QVERIFY(!freedButton->isEnabled());

    // Keyboard: into the table, onto the row.
    QTableView *table = m_page->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QVERIFY(table->currentIndex().isValid());
    QVERIFY(freedButton->isEnabled());
    QVERIFY(withdrawButton->isEnabled());

    DeskDialogs::Testing::setNextDate(QDate(2026, 3, 25));
    QTest::mouseClick(freedButton, Qt::LeftButton);
    QCOMPARE(PlaceStore(m_db).find(early.id)->place.freedOn, QDate(2026, 3, 25));
    QVERIFY(cell(0, VacanciesPage::ModeColumn).contains(u"25.03.2026"_s));
    QCOMPARE(Outbox::pending(m_db->connection())->constLast().type, u"free_place"_s);

    // Withdrawing asks first; "No" leaves it.
    DeskDialogs::Testing::setNextAnswer(DeskDialogs::No);
    QTest::mouseClick(withdrawButton, Qt::LeftButton);
    QCOMPARE(PlaceStore(m_db).find(early.id)->place.status, PlaceStatus::Open);
    DeskDialogs::Testing::setNextAnswer(DeskDialogs::Yes);
    QTest::mouseClick(withdrawButton, Qt::LeftButton);
    QCOMPARE(PlaceStore(m_db).find(early.id)->place.status, PlaceStatus::Withdrawn);
    QCOMPARE(Outbox::pending(m_db->connection())->constLast().type, u"withdraw_place"_s);
    QVERIFY(cell(0, VacanciesPage::StatusColumn).startsWith(Places::statusLabel(PlaceStatus::Withdrawn)));
    QVERIFY(!withdrawButton->isEnabled());
    QVERIFY(!freedButton->isEnabled());

    // The server refuses the withdrawal: the row says so until the server's version comes.
    const QString command = Outbox::pending(m_db->connection())->constLast().id;
    QVERIFY(Outbox::markRejected(m_db->connection(), command, u"place_has_direction"_s));
    m_page->reload();
    QVERIFY(cell(0, VacanciesPage::StatusColumn).contains(VacanciesPage::tr("refused by the queue server")));
}

void TestVacanciesPage::filterIsRememberedAndEmptyStateSaysWhy()
{
    Place p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.kindergartenId = DocumentSamples::profile().id;
    p.groupName = u"Ересек топ"_s;
    p.birthFrom = QDate(2020, 1, 1);
    p.birthTo = QDate(2020, 12, 31);
    p.admissionStartsOn = QDate(2026, 4, 1);
    stored(p);
    openPage();
    QCOMPARE(m_page->model()->rowCount(), 1);
    m_page->setStatusFilter(PlaceStatus::Withdrawn);
    QCOMPARE(m_page->model()->rowCount(), 0);
    const QLabel *empty = child<QLabel>(m_page.get(), u"placesEmptyLabel"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(!empty->text().isEmpty());

    // A page opened again shows what the clerk chose last.
    m_page = std::make_unique<VacanciesPage>(m_context);
    QCOMPARE(m_page->statusFilter(), std::optional<PlaceStatus>(PlaceStatus::Withdrawn));
    m_page->setStatusFilter(std::nullopt);
    QCOMPARE(m_page->model()->rowCount(), 1);
}

void TestVacanciesPage::bulletinOfTheDayIsPrinted()
{
    Place p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.kindergartenId = DocumentSamples::profile().id;
    p.groupName = u"Ересек топ «Жұлдыз»"_s;
    p.birthFrom = QDate(2020, 1, 1);
    p.birthTo = QDate(2020, 12, 31);
    p.admissionStartsOn = QDate(2026, 4, 1);
    stored(p);
    openPage();
    const QString folder = QDir::home().filePath(u"documents"_s);
    QVERIFY(QDir().mkpath(folder));
    for (const DocumentLanguage language : {DocumentLanguage::Kazakh, DocumentLanguage::Russian}) {
        m_page->setBulletin(BulletinKind::Freed, QDate(2026, 3, 26), language);
        const QString path = folder + u"/page-bulletin-"_s + DocumentLanguages::code(language) + u".pdf"_s;
        QVERIFY(m_page->writeBulletinPdf(path));
        const QString text = DocumentSamples::withoutSpaces(DocumentSamples::pdfText(path));
        QVERIFY2(text.contains(u"«Жұлдыз»"_s), qPrintable(text));
        QVERIFY(text.contains(u"10:00*"_s)); // not yet confirmed by the queue system
        QVERIFY(text.contains(language == DocumentLanguage::Kazakh ? u"Босағанорындарбюллетені"_s
                                                                   : u"Бюллетеньосвободившихсямест"_s));
    }
    // Through the button: "Save as PDF" asks for the file.
    const QString path = folder + u"/page-bulletin-button.pdf"_s;
    DeskDialogs::Testing::setNextFilePath(path);
    QTest::mouseClick(child<QPushButton>(m_page.get(), u"bulletinPdfButton"_s), Qt::LeftButton);
    QVERIFY(QFile::exists(path));
}

void TestVacanciesPage::screenshots()
{
    const QString shots = qEnvironmentVariable("QABYLDAU_SCREENSHOT_DIR");
    if (shots.isEmpty())
        QSKIP("QABYLDAU_SCREENSHOT_DIR not set");
    const struct
    {
        const char *group;
        QDate from;
        AdmissionMode mode;
        TeachingLanguage language;
    } samples[] = {{"Ортаңғы топ «Балапан»", QDate(2021, 1, 1), AdmissionMode::General, TeachingLanguage::Kazakh},
                   {"Кіші топ «Құлыншақ»", QDate(2022, 1, 1), AdmissionMode::EarlyBooking, TeachingLanguage::Russian},
                   {"Ересек топ «Жұлдыз»", QDate(2020, 1, 1), AdmissionMode::TemporaryStay, TeachingLanguage::Kazakh}};
    QList<Place> places;
    for (const auto &sample : samples) {
        Place p;
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        p.kindergartenId = DocumentSamples::profile().id;
        p.groupName = QString::fromUtf8(sample.group);
        p.birthFrom = sample.from;
        p.birthTo = sample.from.addYears(1).addDays(-1);
        p.language = sample.language;
        p.admissionMode = sample.mode;
        p.admissionStartsOn = QDate(2026, 4, 1);
        if (sample.mode == AdmissionMode::TemporaryStay)
            p.temporaryUntil = QDate(2026, 8, 31);
        places.append(stored(p));
        m_clock->advanceSecs(20 * 60);
    }
    // The first came back from the server, held by a direction.
    Place directed = places.first();
    directed.status = PlaceStatus::Directed;
    directed.directionNumber = u"KRG-2026-004217"_s;
    directed.publishedAt = QDateTime(QDate(2026, 3, 26), QTime(10, 0, 2));
    QSqlDatabase db = m_db->connection();
    QVERIFY(PlaceStore::saveSynced(db, directed, m_clock->now()));

    Translations translations;
    for (const QString &code : {u"kk"_s, u"ru"_s}) {
        QVERIFY(translations.install(Translations::fromCode(code)));
        QLocale::setDefault(Translations::locale(Translations::fromCode(code)));
        openPage();
        m_page->table()->setCurrentIndex(m_page->model()->index(1, 0));
        QCoreApplication::processEvents();
        QVERIFY(m_page->grab().save(QDir(shots).filePath(u"vacancies-"_s + code + u".png"_s)));
        PlaceDialog *dialog = openDialog();
        QVERIFY(dialog);
        fillValidPlace(dialog);
        auto admission = child<QComboBox>(dialog, u"admissionModeCombo"_s);
        admission->setCurrentIndex(admission->findData(int(AdmissionMode::TemporaryStay)));
        typeInto(dialog, u"birthFromEdit"_s, u"01012022"_s);
        QCoreApplication::processEvents();
        dialog->adjustSize();
        QVERIFY(dialog->grab().save(QDir(shots).filePath(u"publish-place-"_s + code + u".png"_s)));
        dialog->reject();
        m_page.reset();
    }
    translations.install(QLocale::English);
}

QTEST_MAIN(TestVacanciesPage)
#include "tst_vacanciespage.moc"
