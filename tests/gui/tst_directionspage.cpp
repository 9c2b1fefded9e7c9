// The Directions area as a clerk uses it (RULES 5): the directions to this kindergarten with
// their validity and working days left, in force first; a number or a child's IIN typed in the
// search line opens the direction; a file of directions imported with its outcome in one line;
// an early-booking place marked freed; one extension.
#include "EnrollmentTestFixture.h"
#include "LanguageController.h"
#include "common/DeskDialogs.h"
#include "DirectionTableModel.h"
#include "enrollment/DirectionsPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace EnrollmentTest;

namespace {

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

int rowOf(const QAbstractItemModel *model, const QString &number)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (cell(model, row, DirectionTableModel::NumberColumn) == number)
            return row;
    return -1;
}

Direction withIssue(const QString &number, const QDateTime &issuedAt, int childSerial)
{
    Direction d = direction(number);
    d.issuedAt = issuedAt;
    d.childIin = GuiTestHelpers::makeIin(QDate(2022, 1, 15), Iin::Sex::Female, childSerial);
    d.childBirthDate = QDate(2022, 1, 15);
    d.child = PersonName{u"Омарова"_s, u"Дана"_s, {}};
    return d;
}

} // namespace

class TestDirectionsPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void validityAndWorkingDaysLeft_data();
    void validityAndWorkingDaysLeft();
    void inForceFirstAndClosedOnlyUnderAll();
    void searchByChildIinOrNumberOpensTheDirection();
    void unknownNumberSaysSo();
    void emptyStoreExplainsWhereDirectionsComeFrom();
    void importShowsItsOutcomeInOneLine();
    void importButtonReadsTheChosenFileIntoTheStore();
    void earlyBookingPlaceFreedStartsTheClock();
    void extendedOnceWithinThirtyDays();
    void extraordinaryRightConfirmedOnce();
    void pageFitsADeskScreen_data();
    void pageFitsADeskScreen();

private:
    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<DirectionsPage> m_page;
    DirectionsPage *page()
    {
        if (!m_page)
            m_page = std::make_unique<DirectionsPage>(m_desk->context());
        return m_page.get();
    }
    template<typename T>
    T *child(const QString &name)
    {
        auto widget = page()->findChild<T *>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }
};

void TestDirectionsPage::init()
{
    // No test waits on a file dialog: the clicks below get their paths from the seam.
    DeskDialogs::Testing::setEnabled(true);
    m_desk = std::make_unique<Desk>();
    QVERIFY(m_desk->isReady());
}

void TestDirectionsPage::cleanup()
{
    m_page.reset();
    m_desk.reset();
    DeskDialogs::Testing::setEnabled(false);
}

void TestDirectionsPage::validityAndWorkingDaysLeft_data()
{
    QTest::addColumn<QDateTime>("issuedAt");
    QTest::addColumn<int>("mode"); // AdmissionMode
    QTest::addColumn<QDate>("freedOn");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("validity");
    QTest::addColumn<QString>("daysLeft");

    const auto general = int(AdmissionMode::General);
    const auto early = int(AdmissionMode::EarlyBooking);
    // RULES 5: 5 working days from the working day after issue; days left count today and the last day.
    QTest::newRow("issued Monday, asked Tuesday")
        << at(2026, 11, 23, 11) << general << QDate() << QDate(2026, 11, 24) << u"valid until 30.11.2026"_s << u"5"_s;
    QTest::newRow("last day")
        << at(2026, 11, 23, 11) << general << QDate() << QDate(2026, 11, 30) << u"valid until 30.11.2026"_s << u"1"_s;
    QTest::newRow("the day after the last")
        << at(2026, 11, 23, 11) << general << QDate() << QDate(2026, 12, 1) << u"expired on 01.12.2026"_s << QString();
    // RULES 10 example: Nauryz 2026 (23 March a holiday, 24-25 moved days off).
    QTest::newRow("across Nauryz")
        << at(2026, 3, 20, 9) << general << QDate() << QDate(2026, 3, 26) << u"valid until 01.04.2026"_s << u"5"_s;
    QTest::newRow("issued Friday, asked after the weekend")
        << at(2026, 11, 20, 16) << general << QDate() << QDate(2026, 11, 24) << u"valid until 27.11.2026"_s << u"4"_s;
    // RULES def. 6: early booking counts from the day the place is freed.
    QTest::newRow("early booking, place not freed")
        << at(2026, 11, 2, 10) << early << QDate() << QDate(2026, 11, 24) << u"waiting for the place to be freed"_s
        << QString();
    QTest::newRow("early booking, freed Friday")
        << at(2026, 11, 2, 10) << early << QDate(2026, 11, 20) << QDate(2026, 11, 24) << u"valid until 27.11.2026"_s
        << u"4"_s;
}

void TestDirectionsPage::validityAndWorkingDaysLeft()
{
    QFETCH(QDateTime, issuedAt);
    QFETCH(int, mode);
    QFETCH(QDate, freedOn);
    QFETCH(QDate, today);
    QFETCH(QString, validity);
    QFETCH(QString, daysLeft);

    Direction d = direction();
    d.issuedAt = issuedAt;
    d.admissionMode = AdmissionMode(mode);
    d.freedOn = freedOn;
    QVERIFY(m_desk->importDirections({d}));
    m_desk->clock().setNow(QDateTime(today, QTime(10, 0)));

    page()->reload();
    QAbstractItemModelTester tester(page()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QAbstractItemModel *model = child<QTableView>(u"directionsTable"_s)->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, DirectionTableModel::NumberColumn), d.number);
    QCOMPARE(cell(model, 0, DirectionTableModel::ChildColumn), d.child.fullName());
    QCOMPARE(cell(model, 0, DirectionTableModel::IinColumn), d.childIin);
    // Directions span several birth years (issue 13 item 5): each row says the child's.
    QCOMPARE(cell(model, 0, DirectionTableModel::BirthYearColumn), u"2022"_s); // born 10.05.2022
    QCOMPARE(model->headerData(DirectionTableModel::BirthYearColumn, Qt::Horizontal).toString(), u"Year of birth"_s);
    QCOMPARE(model->columnCount(), int(DirectionTableModel::ColumnCount));
    QCOMPARE(cell(model, 0, DirectionTableModel::GroupColumn), d.groupName);
    QCOMPARE(cell(model, 0, DirectionTableModel::IssuedColumn), issuedAt.date().toString(u"dd.MM.yyyy"_s));
    QCOMPARE(cell(model, 0, DirectionTableModel::ValidityColumn), validity);
    QCOMPARE(cell(model, 0, DirectionTableModel::DaysLeftColumn), daysLeft);
}

void TestDirectionsPage::inForceFirstAndClosedOnlyUnderAll()
{
    Direction expired = withIssue(u"02-2026-000001"_s, at(2026, 11, 10), 1);     // ended 17.11
    Direction inForce = withIssue(u"02-2026-000002"_s, at(2026, 11, 19), 2);     // until 26.11
    Direction used = withIssue(u"02-2026-000003"_s, at(2026, 11, 23), 3);
    used.status = DirectionStatus::Used;
    used.closedAt = at(2026, 11, 23, 15);
    Direction waiting = withIssue(u"02-2026-000004"_s, at(2026, 11, 23, 12), 4);
    waiting.admissionMode = AdmissionMode::EarlyBooking;
    QVERIFY(m_desk->importDirections({expired, inForce, used, waiting}));

    const QAbstractItemModel *model = child<QTableView>(u"directionsTable"_s)->model();
    // In force, then waiting for the place, then past its end: what the desk can act on first.
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(cell(model, 0, DirectionTableModel::NumberColumn), inForce.number);
    QCOMPARE(cell(model, 1, DirectionTableModel::NumberColumn), waiting.number);
    QCOMPARE(cell(model, 2, DirectionTableModel::NumberColumn), expired.number);
    QCOMPARE(cell(model, 0, DirectionTableModel::DaysLeftColumn), u"3"_s);
    QCOMPARE(cell(model, 2, DirectionTableModel::ValidityColumn), u"expired on 18.11.2026"_s);
    QVERIFY(child<QLabel>(u"countLabel"_s)->text().contains(u"4"_s));

    auto show = child<QComboBox>(u"showCombo"_s);
    show->setCurrentIndex(1); // All
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(cell(model, 3, DirectionTableModel::NumberColumn), used.number);
    QCOMPARE(cell(model, 3, DirectionTableModel::StatusColumn), Directions::statusLabel(DirectionStatus::Used));
    QCOMPARE(cell(model, 3, DirectionTableModel::DaysLeftColumn), QString());
}

void TestDirectionsPage::searchByChildIinOrNumberOpensTheDirection()
{
    Direction mine = direction();
    Direction other = withIssue(u"02-2026-000777"_s, at(2026, 11, 23), 9);
    QVERIFY(m_desk->importDirections({mine, other}));
    QSignalSpy opened(page(), &DirectionsPage::openDirectionRequested);

    auto search = child<QLineEdit>(u"directionSearchEdit"_s);
    search->setFocus();
    QTest::keyClicks(search, childIin());
    // The table narrows to the child as the clerk types.
    QCOMPARE(child<QTableView>(u"directionsTable"_s)->model()->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), mine.number);

    search->clear();
    QTest::keyClicks(search, other.number);
    QTest::keyClick(search, Qt::Key_Enter);
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.at(1).at(0).toString(), other.number);

    // A double click (or Enter) on a row opens it too.
    search->clear();
    auto table = child<QTableView>(u"directionsTable"_s);
    const int row = rowOf(table->model(), mine.number);
    QVERIFY(row >= 0);
    emit table->activated(table->model()->index(row, 0));
    QCOMPARE(opened.count(), 3);
    QCOMPARE(opened.at(2).at(0).toString(), mine.number);
}

void TestDirectionsPage::unknownNumberSaysSo()
{
    QVERIFY(m_desk->importDirections({direction()}));
    QSignalSpy opened(page(), &DirectionsPage::openDirectionRequested);
    auto search = child<QLineEdit>(u"directionSearchEdit"_s);
    QTest::keyClicks(search, u"02-2026-999999"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(opened.count(), 0);
    QVERIFY2(page()->resultText().contains(u"02-2026-999999"_s), qPrintable(page()->resultText()));
    QVERIFY(child<QLabel>(u"emptyLabel"_s)->text().contains(u"02-2026-999999"_s));
}

void TestDirectionsPage::emptyStoreExplainsWhereDirectionsComeFrom()
{
    page()->reload();
    auto empty = child<QLabel>(u"emptyLabel"_s);
    QVERIFY(!empty->text().isEmpty());
    QVERIFY(empty->text().contains(child<QPushButton>(u"importDirectionsButton"_s)->text().remove(u'&')));
    QCOMPARE(child<QTableView>(u"directionsTable"_s)->model()->rowCount(), 0);
}

void TestDirectionsPage::importShowsItsOutcomeInOneLine()
{
    Direction good1 = withIssue(u"02-2026-000010"_s, at(2026, 11, 23), 10);
    Direction good2 = withIssue(u"02-2026-000011"_s, at(2026, 11, 23), 11);
    Direction bad = withIssue(u"02-2026-000012"_s, at(2026, 11, 23), 12);
    bad.childIin = bad.childIin.left(11) + QString::number((bad.childIin.back().digitValue() + 1) % 10);
    const QString file = m_desk->path(u"directions.json"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(Desk::json({good1, good2, bad}));
    }

    const auto first = page()->importFile(file);
    QVERIFY(first);
    QCOMPARE(first->imported, 2);
    QCOMPARE(first->refused.size(), 1);
    const QString line = page()->resultText();
    QVERIFY2(line.startsWith(u"Imported: 2, unchanged: 0, refused: 1."_s), qPrintable(line));
    // The reason names the record and what is wrong with it.
    QVERIFY2(line.contains(first->refused.constFirst().message()), qPrintable(line));
    QVERIFY(!line.contains(u'\n'));
    QCOMPARE(child<QTableView>(u"directionsTable"_s)->model()->rowCount(), 2);

    // The same file again changes nothing.
    QVERIFY(page()->importFile(file));
    QVERIFY2(page()->resultText().startsWith(u"Imported: 0, unchanged: 2, refused: 1."_s),
             qPrintable(page()->resultText()));

    // Not a list of directions: nothing imported, and why.
    const QString notJson = m_desk->path(u"not.json"_s);
    {
        QFile out(notJson);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"number\": 1}");
    }
    QVERIFY(!page()->importFile(notJson));
    QVERIFY2(page()->resultText().startsWith(u"Nothing imported"_s), qPrintable(page()->resultText()));
    QCOMPARE(child<QTableView>(u"directionsTable"_s)->model()->rowCount(), 2);
}

void TestDirectionsPage::importButtonReadsTheChosenFileIntoTheStore()
{
    const Direction d = withIssue(u"02-2026-000020"_s, at(2026, 11, 23), 20);
    const QString file = m_desk->path(u"from-the-authority.json"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(Desk::json({d}));
    }
    page()->reload();
    page()->show();
    QVERIFY(QTest::qWaitForWindowExposed(page()));
    auto button = child<QPushButton>(u"importDirectionsButton"_s);
    QVERIFY(button->isVisible() && button->isEnabled());

    // Cancelled: the file dialog gives no path, nothing is read.
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(DeskDialogs::Testing::shown().size(), 1);
    QVERIFY2(DeskDialogs::Testing::shown().constFirst().startsWith(u"open: Import directions"_s),
             qPrintable(DeskDialogs::Testing::shown().constFirst()));
    QVERIFY(!DirectionStore(m_desk->store()).find(d.number));

    // The clerk picks the file: the direction is in the store and in the table.
    DeskDialogs::Testing::setNextFilePath(file);
    QTest::mouseClick(button, Qt::LeftButton);
    const std::optional<Direction> stored = DirectionStore(m_desk->store()).find(d.number);
    QVERIFY(stored);
    QCOMPARE(stored->childIin, d.childIin);
    QVERIFY2(page()->resultText().startsWith(u"Imported: 1, unchanged: 0, refused: 0."_s),
             qPrintable(page()->resultText()));
    QVERIFY(rowOf(child<QTableView>(u"directionsTable"_s)->model(), d.number) >= 0);
}

void TestDirectionsPage::earlyBookingPlaceFreedStartsTheClock()
{
    Direction d = direction();
    d.admissionMode = AdmissionMode::EarlyBooking;
    d.issuedAt = at(2026, 11, 2);
    QVERIFY(m_desk->importDirections({d}));
    page()->show();
    QVERIFY(QTest::qWaitForWindowExposed(page()));
    auto table = child<QTableView>(u"directionsTable"_s);
    table->selectRow(0);
    auto freedButton = child<QPushButton>(u"placeFreedButton"_s);
    QVERIFY(freedButton->isEnabled());
    QVERIFY(!child<QPushButton>(u"extendDirectionButton"_s)->isEnabled()); // its clock has not started

    // The button asks for the day: cancelled, nothing changes; answered, the day is stored.
    QTest::mouseClick(freedButton, Qt::LeftButton);
    QCOMPARE(DeskDialogs::Testing::shown().size(), 1);
    QVERIFY2(DeskDialogs::Testing::shown().constFirst().startsWith(u"date: Place freed: "_s),
             qPrintable(DeskDialogs::Testing::shown().constFirst()));
    QVERIFY(!DirectionStore(m_desk->store()).find(d.number)->freedOn.isValid());
    DeskDialogs::Testing::setNextDate(QDate(2026, 11, 20));
    QTest::mouseClick(freedButton, Qt::LeftButton);
    QCOMPARE(cell(table->model(), 0, DirectionTableModel::ValidityColumn), u"valid until 27.11.2026"_s);
    QCOMPARE(cell(table->model(), 0, DirectionTableModel::DaysLeftColumn), u"4"_s);
    QCOMPARE(DirectionStore(m_desk->store()).find(d.number)->freedOn, QDate(2026, 11, 20));
    QVERIFY(page()->resultText().contains(u"20.11.2026"_s));
}

void TestDirectionsPage::extendedOnceWithinThirtyDays()
{
    const Direction d = direction(); // in force until 30.11.2026
    QVERIFY(m_desk->importDirections({d}));
    auto table = child<QTableView>(u"directionsTable"_s);
    table->selectRow(0);
    QVERIFY(child<QPushButton>(u"extendDirectionButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"placeFreedButton"_s)->isEnabled()); // not early booking

    // RULES 5 [P]: at most 30 calendar days past the end.
    QVERIFY(!page()->extend(d.number, QDate(2026, 12, 31)));
    QVERIFY(page()->resultText().contains(d.number));
    QVERIFY(page()->extend(d.number, QDate(2026, 12, 30)));
    QCOMPARE(cell(table->model(), 0, DirectionTableModel::ValidityColumn), u"valid until 30.12.2026"_s);
    QVERIFY(page()->resultText().contains(u"30.12.2026"_s));

    // Once only.
    table->selectRow(0);
    QVERIFY(!child<QPushButton>(u"extendDirectionButton"_s)->isEnabled());
    QVERIFY(!page()->extend(d.number, QDate(2026, 12, 29)));
    QCOMPARE(DirectionStore(m_desk->store()).find(d.number)->extendedUntil, QDate(2026, 12, 30));
}

void TestDirectionsPage::extraordinaryRightConfirmedOnce()
{
    // RULES 5 [P]: only a direction held under the extraordinary right (categories 1, 2) asks for
    // the confirmation; the button writes it once, with its outbox command for the queue system.
    Direction general = direction(u"02-2026-000200"_s);
    Direction military = direction(u"02-2026-000201"_s);
    military.category = Category::Military;
    military.childIin = GuiTestHelpers::makeIin(QDate(2022, 3, 1), Iin::Sex::Male, 77);
    military.childBirthDate = QDate(2022, 3, 1);
    QVERIFY(m_desk->importDirections({general, military}));
    page()->show();
    auto table = child<QTableView>(u"directionsTable"_s);
    auto button = child<QPushButton>(u"confirmRightButton"_s);
    table->selectRow(rowOf(table->model(), general.number));
    QVERIFY(!button->isEnabled());
    table->selectRow(rowOf(table->model(), military.number));
    QVERIFY(button->isEnabled());

    DeskDialogs::Testing::setNextDate(QDate(2026, 11, 24));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(DeskDialogs::Testing::shown().constLast().startsWith(u"date: Confirm the extraordinary right: "_s),
             qPrintable(DeskDialogs::Testing::shown().constLast()));
    QCOMPARE(DirectionStore(m_desk->store()).find(military.number)->rightConfirmedOn, QDate(2026, 11, 24));
    QVERIFY(page()->resultText().contains(u"24.11.2026"_s));
    QSqlQuery outbox(m_desk->store()->connection());
    QVERIFY(outbox.exec(u"SELECT type, payload FROM outbox ORDER BY position DESC LIMIT 1"_s) && outbox.next());
    QCOMPARE(outbox.value(0).toString(), u"confirm_right"_s);
    const QJsonObject payload = QJsonDocument::fromJson(outbox.value(1).toString().toUtf8()).object();
    QCOMPARE(payload.value(u"direction_number"_s).toString(), military.number);
    QCOMPARE(payload.value(u"confirmed_on"_s).toString(), u"2026-11-24"_s);

    // Once only; and never for a general right.
    table->selectRow(rowOf(table->model(), military.number));
    QVERIFY(!button->isEnabled());
    QVERIFY(!page()->confirmRight(military.number, QDate(2026, 11, 24)));
    QVERIFY(!page()->confirmRight(general.number, QDate(2026, 11, 24)));
    QVERIFY(page()->resultText().contains(general.number));
}

void TestDirectionsPage::pageFitsADeskScreen_data()
{
    QTest::addColumn<int>("language");
    QTest::newRow("en") << int(QLocale::English);
    QTest::newRow("kk") << int(QLocale::Kazakh);
    QTest::newRow("ru") << int(QLocale::Russian);
}

void TestDirectionsPage::pageFitsADeskScreen()
{
    QFETCH(int, language);
    LanguageController languages;
    QVERIFY(languages.apply(QLocale::Language(language)));
    Direction waiting = withIssue(u"02-2026-000004"_s, at(2026, 11, 23, 12), 4);
    waiting.admissionMode = AdmissionMode::EarlyBooking;
    QVERIFY(m_desk->importDirections({direction(), withIssue(u"02-2026-000001"_s, at(2026, 11, 10), 1), waiting}));
    page()->resize(1280, 800);
    page()->show();
    child<QTableView>(u"directionsTable"_s)->selectRow(0);
    QApplication::processEvents();

    for (QPushButton *button : page()->findChildren<QPushButton *>())
        QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
    const QImage shot = page()->grab().toImage();
    QVERIFY(!shot.isNull());
    // QABYLDAU_SHOTS=folder keeps the picture for a person to look at.
    if (const QString folder = qEnvironmentVariable("QABYLDAU_SHOTS"); !folder.isEmpty())
        QVERIFY(shot.save(QDir(folder).filePath(
            u"directions-%1.png"_s.arg(Translations::code(QLocale::Language(language))))));
    QVERIFY(languages.apply(QLocale::English));
}

QTEST_MAIN(TestDirectionsPage)
#include "tst_directionspage.moc"
