// The complaints register (RULES 7) as the desk keeps it: a complaint registered through the
// dialog gets its number and its deadline in working days (across the Nauryz holidays), an open
// complaint past its deadline stands out once the days have gone by, the outcome is edited, and
// the register goes out as CSV for a period.
#include "GuiTestHelpers.h"
#include "common/DeskContext.h"
#include "complaints/ComplaintDialog.h"
#include "complaints/ComplaintsPage.h"
#include "domain/Clock.h"
#include "domain/Complaint.h"
#include "domain/Issue.h"
#include "domain/WorkCalendar.h"
#include "registers/PeriodSelector.h"
#include "store/ApplicationStore.h"
#include "store/ComplaintStore.h"
#include "store/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QDateTime at(int year, int month, int day, int hour = 10)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0));
}

Complaint complaintOn(const QDate &receivedOn, ComplaintAddressee addressee, const QString &subject)
{
    Complaint c;
    c.receivedOn = receivedOn;
    c.addressee = addressee;
    c.complainant = QStringLiteral("Омарова Айгүл, +7 701 111 22 33");
    c.subject = subject;
    return c;
}

} // namespace

class TestComplaintsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void complaintRegisteredThroughTheDialogGetsItsDeadlineAcrossTheHolidays();
    void dialogRefusesAComplaintWithoutSubjectAndKeepsWhatWasTyped();
    void openComplaintBecomesOverdueWhenTheClockPassesItsDeadline();
    void answerIsRecordedThroughTheEditDialog();
    void openOnlyAndPeriodNarrowTheRegister();
    void registerIsExportedToCsv();
    void linkedApplicationIsNamedByItsNumber();

private:
    template<typename T> static T *child(QWidget *parent, const QString &name)
    {
        T *widget = parent->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    QString cell(int row, int column) const
    {
        return m_page->model()->index(row, column).data().toString();
    }
    Complaint registered(const Complaint &complaint)
    {
        const Expected<Complaint> stored =
            ComplaintStore(m_db).registerComplaint(complaint, QStringLiteral("clerk"), m_clock->now());
        if (!stored)
            qFatal("cannot register: %s", qPrintable(stored.error().message()));
        return *stored;
    }
    void openPage();

    WorkCalendar m_calendar;
    std::shared_ptr<Database> m_db;
    std::shared_ptr<FixedClock> m_clock;
    DeskContext m_context;
    std::unique_ptr<ComplaintsPage> m_page;
};

void TestComplaintsPage::initTestCase()
{
    const Expected<WorkCalendar> calendar = WorkCalendar::loadBuiltIn();
    QVERIFY(calendar);
    QVERIFY(calendar->hasYear(2026));
    m_calendar = *calendar;
}

void TestComplaintsPage::init()
{
    auto opened = Database::open(QStringLiteral(":memory:"));
    QVERIFY(opened);
    m_db = *opened;
    // Friday 20 March 2026, the eve of Nauryz (RULES 10: 23-25 March are days off).
    m_clock = std::make_shared<FixedClock>(at(2026, 3, 20));
    m_context.store = m_db;
    m_context.clock = m_clock;
    m_context.calendar = std::make_shared<WorkCalendar>(m_calendar);
    m_context.clerk = QStringLiteral("clerk");
}

void TestComplaintsPage::openPage()
{
    m_page = std::make_unique<ComplaintsPage>(m_context);
    m_page->resize(1200, 600);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestComplaintsPage::cleanup()
{
    m_page.reset();
    m_context = {};
    m_db.reset();
}

void TestComplaintsPage::complaintRegisteredThroughTheDialogGetsItsDeadlineAcrossTheHolidays()
{
    openPage();
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(child<QLabel>(m_page.get(), QStringLiteral("complaintsEmptyLabel"))->isVisible());

    QTest::mouseClick(child<QPushButton>(m_page.get(), QStringLiteral("registerComplaintButton")), Qt::LeftButton);
    auto dialog = m_page->findChild<ComplaintDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // Received today unless the clerk says otherwise; addressed to the head.
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("receivedOnEdit"))->text(), QStringLiteral("20.03.2026"));
    auto complainant = child<QLineEdit>(dialog, QStringLiteral("complainantEdit"));
    complainant->setFocus();
    GuiTestHelpers::typeText(complainant, QStringLiteral("Омарова Айгүл"));
    auto subject = child<QPlainTextEdit>(dialog, QStringLiteral("subjectEdit"));
    subject->setFocus();
    GuiTestHelpers::typeText(subject, QStringLiteral("Құжаттарды қабылдаудан негізсіз бас тарту"));
    auto direction = child<QLineEdit>(dialog, QStringLiteral("directionNumberEdit"));
    direction->setFocus();
    GuiTestHelpers::typeText(direction, QStringLiteral("2026-000123"));

    // RULES 10 example: Fri 20.03.2026 + 5 working days = Wed 01.04.2026 (Nauryz in between).
    QCOMPARE(dialog->deadline(), QDate(2026, 4, 1));
    QVERIFY(child<QLabel>(dialog, QStringLiteral("deadlineLabel"))->text().contains(QStringLiteral("01.04.2026")));
    // To the authorised body: 15 working days.
    auto addressee = child<QComboBox>(dialog, QStringLiteral("addresseeCombo"));
    addressee->setCurrentIndex(addressee->findData(int(ComplaintAddressee::AuthorisedBody)));
    QCOMPARE(dialog->deadline(), m_calendar.addWorkingDays(QDate(2026, 3, 20), 15).value());
    QVERIFY(dialog->deadline() > QDate(2026, 4, 1));
    addressee->setCurrentIndex(addressee->findData(int(ComplaintAddressee::Head)));

    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveComplaintButton")), Qt::LeftButton);
    QVERIFY(dialog->savedComplaint());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const Expected<QList<Complaint>> stored = ComplaintStore(m_db).list();
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().subject, QStringLiteral("Құжаттарды қабылдаудан негізсіз бас тарту"));
    QCOMPARE(stored->first().directionNumber, QStringLiteral("2026-000123"));
    QCOMPARE(stored->first().status, ComplaintStatus::Registered);

    // The register shows it at once with its number and deadline, not overdue.
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(cell(0, ComplaintsPage::NumberColumn), stored->first().number);
    QVERIFY(stored->first().number.startsWith(QStringLiteral("Ш-2026-")));
    QCOMPARE(cell(0, ComplaintsPage::ReceivedColumn), QStringLiteral("20.03.2026"));
    QCOMPARE(cell(0, ComplaintsPage::DeadlineColumn), QStringLiteral("01.04.2026"));
    QCOMPARE(cell(0, ComplaintsPage::StatusColumn), Complaints::statusLabel(ComplaintStatus::Registered));
    QVERIFY(cell(0, ComplaintsPage::LinkedColumn).contains(QStringLiteral("2026-000123")));
    QCOMPARE(cell(0, ComplaintsPage::OverdueColumn), QString());
    QCOMPARE(m_page->overdueCount(), 0);
}

void TestComplaintsPage::dialogRefusesAComplaintWithoutSubjectAndKeepsWhatWasTyped()
{
    openPage();
    ComplaintDialog *dialog = m_page->registerComplaint();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto complainant = child<QLineEdit>(dialog, QStringLiteral("complainantEdit"));
    complainant->setFocus();
    GuiTestHelpers::typeText(complainant, QStringLiteral("Омарова Айгүл"));
    // A received date in the future is not a registration.
    auto received = child<QLineEdit>(dialog, QStringLiteral("receivedOnEdit"));
    received->setFocus();
    received->selectAll();
    GuiTestHelpers::typeText(received, QStringLiteral("21032026"));
    QVERIFY(!child<QLabel>(dialog, QStringLiteral("receivedOnEditIssue"))->text().isEmpty());

    QVERIFY(!dialog->save());
    const QLabel *subjectIssue = child<QLabel>(dialog, QStringLiteral("subjectEditIssue"));
    QVERIFY(subjectIssue->isVisible());
    QCOMPARE(subjectIssue->text(), Issue::error(Field::ComplaintSubject, Rule::Required).ruleMessage());
    QCOMPARE(QApplication::focusWidget(), received);
    QVERIFY(dialog->isVisible());
    QCOMPARE(complainant->text(), QStringLiteral("Омарова Айгүл"));
    QCOMPARE(ComplaintStore(m_db).list()->size(), 0);

    // Corrected, it goes through.
    received->setFocus();
    received->selectAll();
    GuiTestHelpers::typeText(received, QStringLiteral("19032026"));
    auto subject = child<QPlainTextEdit>(dialog, QStringLiteral("subjectEdit"));
    subject->setFocus();
    GuiTestHelpers::typeText(subject, QStringLiteral("Кезек"));
    QVERIFY(!subjectIssue->isVisible());
    QVERIFY(dialog->save());
    QCOMPARE(ComplaintStore(m_db).list()->size(), 1);
    QCOMPARE(ComplaintStore(m_db).list()->first().receivedOn, QDate(2026, 3, 19));
}

void TestComplaintsPage::openComplaintBecomesOverdueWhenTheClockPassesItsDeadline()
{
    const Complaint toHead = registered(complaintOn(QDate(2026, 3, 20), ComplaintAddressee::Head, QStringLiteral("Кезек")));
    registered(complaintOn(QDate(2026, 3, 20), ComplaintAddressee::AuthorisedBody, QStringLiteral("Жолдама")));
    openPage();
    QCOMPARE(m_page->model()->rowCount(), 2);

    // On the deadline day the head is still in time.
    m_clock->setNow(at(2026, 4, 1, 17));
    m_page->reload();
    QCOMPARE(m_page->overdueCount(), 0);
    QCOMPARE(cell(0, ComplaintsPage::OverdueColumn), QString());

    // The next day it is overdue: marked, red, counted; the authorised body's 15 days run on.
    m_clock->setNow(at(2026, 4, 2, 9));
    m_page->reload();
    QCOMPARE(m_page->overdueCount(), 1);
    int headRow = cell(0, ComplaintsPage::NumberColumn) == toHead.number ? 0 : 1;
    QVERIFY(!cell(headRow, ComplaintsPage::OverdueColumn).isEmpty());
    QCOMPARE(cell(1 - headRow, ComplaintsPage::OverdueColumn), QString());
    const QColor red = m_page->model()->index(headRow, ComplaintsPage::SubjectColumn).data(Qt::ForegroundRole).value<QColor>();
    QVERIFY(red.isValid());
    QVERIFY(red.red() > 150 && red.green() < 60);
    QVERIFY(!m_page->model()->index(1 - headRow, ComplaintsPage::SubjectColumn).data(Qt::ForegroundRole).isValid());
    const QLabel *count = child<QLabel>(m_page.get(), QStringLiteral("overdueCountLabel"));
    QVERIFY(count->isVisible());
    QVERIFY2(count->text().contains(u'1'), qPrintable(count->text()));

    // A week later it counts the days.
    m_clock->setNow(at(2026, 4, 9, 9));
    m_page->reload();
    QVERIFY(cell(headRow, ComplaintsPage::OverdueColumn).contains(QStringLiteral("8")));
}

void TestComplaintsPage::answerIsRecordedThroughTheEditDialog()
{
    const Complaint toHead = registered(complaintOn(QDate(2026, 3, 20), ComplaintAddressee::Head, QStringLiteral("Кезек")));
    m_clock->setNow(at(2026, 4, 3));
    openPage();
    QCOMPARE(m_page->overdueCount(), 1);

    ComplaintDialog *dialog = m_page->editComplaint(0);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // What was registered stays as it was.
    QVERIFY(child<QLineEdit>(dialog, QStringLiteral("complainantEdit"))->isReadOnly());
    QVERIFY(child<QPlainTextEdit>(dialog, QStringLiteral("subjectEdit"))->isReadOnly());

    // Choosing "answered" proposes today as the answer date.
    auto status = child<QComboBox>(dialog, QStringLiteral("statusCombo"));
    status->setFocus();
    status->setCurrentIndex(status->findData(int(ComplaintStatus::Answered)));
    emit status->activated(status->currentIndex());
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("answeredOnEdit"))->text(), QStringLiteral("03.04.2026"));
    auto answer = child<QPlainTextEdit>(dialog, QStringLiteral("answerEdit"));
    answer->setFocus();
    GuiTestHelpers::typeText(answer, QStringLiteral("Құжаттар қабылданды"));
    QVERIFY(dialog->save());

    const std::optional<Complaint> stored = ComplaintStore(m_db).find(toHead.id);
    QVERIFY(stored);
    QCOMPARE(stored->status, ComplaintStatus::Answered);
    QCOMPARE(stored->answeredOn, QDate(2026, 4, 3));
    QCOMPARE(stored->answer, QStringLiteral("Құжаттар қабылданды"));
    // No longer waiting for an answer, but answered after the deadline: still marked.
    QCOMPARE(m_page->overdueCount(), 0);
    QCOMPARE(cell(0, ComplaintsPage::StatusColumn), Complaints::statusLabel(ComplaintStatus::Answered));
    QCOMPARE(cell(0, ComplaintsPage::AnsweredColumn), QStringLiteral("03.04.2026"));
    QVERIFY(!cell(0, ComplaintsPage::OverdueColumn).isEmpty());
}

void TestComplaintsPage::openOnlyAndPeriodNarrowTheRegister()
{
    Complaint answered = registered(complaintOn(QDate(2026, 3, 2), ComplaintAddressee::Head, QStringLiteral("Ескі")));
    answered.status = ComplaintStatus::Answered;
    answered.answeredOn = QDate(2026, 3, 4);
    QVERIFY(ComplaintStore(m_db).update(answered, QStringLiteral("clerk"), m_clock->now()));
    registered(complaintOn(QDate(2026, 3, 18), ComplaintAddressee::Head, QStringLiteral("Жаңа")));
    registered(complaintOn(QDate(2026, 2, 10), ComplaintAddressee::AuthorisedBody, QStringLiteral("Ақпан")));
    openPage();
    // This year by default.
    QCOMPARE(m_page->period()->from(), QDate(2026, 1, 1));
    QCOMPARE(m_page->model()->rowCount(), 3);

    QTest::mouseClick(child<QCheckBox>(m_page.get(), QStringLiteral("openOnlyCheck")), Qt::LeftButton);
    QCOMPARE(m_page->model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QVERIFY(cell(row, ComplaintsPage::SubjectColumn) != QStringLiteral("Ескі"));

    m_page->period()->setPreset(PeriodSelector::Preset::ThisMonth);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(cell(0, ComplaintsPage::SubjectColumn), QStringLiteral("Жаңа"));

    // A period that ends before it starts shows nothing but says why.
    m_page->period()->setPeriod(QDate(2026, 3, 31), QDate(2026, 3, 1));
    QCOMPARE(m_page->model()->rowCount(), 0);
    QCOMPARE(child<QLabel>(m_page.get(), QStringLiteral("complaintsEmptyLabel"))->text(),
             Issue::error(Field::PeriodEnd, Rule::PeriodEndBeforeStart).message());
}

void TestComplaintsPage::registerIsExportedToCsv()
{
    registered(complaintOn(QDate(2026, 3, 2), ComplaintAddressee::Head,
                           QStringLiteral("Бас тартты, \"себепсіз\"\nекінші жол")));
    registered(complaintOn(QDate(2026, 3, 5), ComplaintAddressee::AuthorisedBody, QStringLiteral("Кезек")));
    openPage();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("complaints.csv"));
    QVERIFY(m_page->exportCsv(path));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // UTF-8 with a byte order mark, so that spreadsheets read the Kazakh letters.
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    // Header, the first complaint (its line break quoted inside the field, not a record end),
    // the second, and the empty rest after the last CRLF.
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), m_page->csvHeader().join(u','));
    QVERIFY(lines.at(0).contains(m_page->model()->headerData(ComplaintsPage::DeadlineColumn, Qt::Horizontal).toString()));
    // Quotes doubled inside a quoted field; the line break kept inside it.
    QVERIFY2(text.contains(QStringLiteral("\"Бас тартты, \"\"себепсіз\"\"\nекінші жол\"")), qPrintable(text));
    QVERIFY(lines.at(1).contains(QStringLiteral("02.03.2026")));
    QVERIFY(lines.at(2).contains(QStringLiteral("05.03.2026")));
    QVERIFY(lines.at(2).contains(Complaints::addresseeLabel(ComplaintAddressee::AuthorisedBody)));
    QCOMPARE(lines.at(3), QString());
}

// Issue 13 item 1: a complaint about an application the desk knows names it by the number a parent
// quotes, not its 36-character id; an application without a number keeps its id.
void TestComplaintsPage::linkedApplicationIsNamedByItsNumber()
{
    QSqlDatabase db = m_db->connection();
    Application numbered;
    numbered.id = QStringLiteral("6f1c2a52-7d0e-4c1b-9a37-0e6b2f4d9c11");
    numbered.number = QStringLiteral("2026-007-00042");
    numbered.category = Category::TeacherChild;
    numbered.childBirthDate = QDate(2021, 3, 15);
    numbered.filedAt = at(2026, 3, 2);
    QVERIFY(ApplicationStore::saveSynced(db, numbered, m_clock->now()).ok());
    Application old = numbered;
    old.id = QStringLiteral("0b7e4d2a-91c3-4f6e-8a15-2d9c7b3e6f40");
    old.number.clear();
    QVERIFY(ApplicationStore::saveSynced(db, old, m_clock->now()).ok());

    Complaint aboutNumbered = complaintOn(QDate(2026, 3, 18), ComplaintAddressee::Head, QStringLiteral("Нөмірлі"));
    aboutNumbered.applicationId = numbered.id;
    registered(aboutNumbered);
    Complaint aboutOld = complaintOn(QDate(2026, 3, 19), ComplaintAddressee::Head, QStringLiteral("Ескі"));
    aboutOld.applicationId = old.id;
    registered(aboutOld);
    openPage();
    QCOMPARE(m_page->model()->rowCount(), 2);
    QStringList linked;
    for (int row = 0; row < 2; ++row)
        linked.append(cell(row, ComplaintsPage::LinkedColumn));
    const QString all = linked.join(u'|');
    QVERIFY2(all.contains(numbered.number), qPrintable(all));
    QVERIFY2(!all.contains(numbered.id), qPrintable(all));
    QVERIFY2(all.contains(old.id), qPrintable(all));
}

QTEST_MAIN(TestComplaintsPage)
#include "tst_complaintspage.moc"
