// Current, complete records (issue 13 item 2): the Registers page shows a contract the moment the
// real ContractDialog recorded it, and a change another connection to the store wrote (another
// desk, qabyldau-cli, the sync thread) after the poll, keeping the clerk's selected row; an
// application's details list every event of its admission, with who and when.
#include "DeskApplication.h"
#include "EnrollmentTestFixture.h"
#include "MainWindow.h"
#include "enrollment/ChecklistPanel.h"
#include "enrollment/ContractDialog.h"
#include "enrollment/RefusalDialog.h"
#include "enrollment/ServicePage.h"
#include "queue/ApplicationDetailsDialog.h"
#include "registers/PeriodSelector.h"
#include "registers/RegistersPage.h"
#include "store/EnrollmentStore.h"
#include "store/Events.h"

#include <QCheckBox>
#include <QComboBox>
#include <QScrollBar>
#include <QSettings>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace EnrollmentTest;

class TestCurrentRecords : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void registerShowsAContractRecordedInThisWindow();
    void registerAndHistoryShowARefusal();
    void registerShowsWhatAnotherConnectionWrote();
    void refreshKeepsTheScrollPosition();
    void windowRegistersFollowTheStore();
    void historyListsEveryStepWithTheClerk();

private:
    ServicePage *page()
    {
        if (!m_page) {
            m_page = std::make_unique<ServicePage>(m_desk->context());
            m_page->resize(1280, 800);
            m_page->show();
        }
        return m_page.get();
    }
    RegistersPage *registers()
    {
        if (!m_registers) {
            m_registers = std::make_unique<RegistersPage>(m_desk->context());
            m_registers->resize(1280, 800);
            m_registers->show();
        }
        return m_registers.get();
    }
    template<typename T>
    T *child(const QString &name)
    {
        auto widget = page()->findChild<T *>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }
    void click(const QString &buttonName)
    {
        auto button = child<QPushButton>(buttonName);
        QVERIFY2(button->isEnabled(), qPrintable(buttonName));
        QTest::mouseClick(button, Qt::LeftButton);
    }
    void typeDate(const QString &editName, const QString &date)
    {
        auto edit = child<QLineEdit>(editName);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, QString(date).remove(u'.'));
        QCOMPARE(edit->text(), date);
    }
    // The clerk's whole admission of direction d at the desk, to the recorded contract.
    void admit(const Direction &d, ContractRecord *recorded);

    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<ServicePage> m_page;
    std::unique_ptr<RegistersPage> m_registers;
};

void TestCurrentRecords::init()
{
    m_desk = std::make_unique<Desk>();
    QVERIFY(m_desk->isReady());
}

void TestCurrentRecords::cleanup()
{
    m_registers.reset();
    m_page.reset();
    m_desk.reset();
}

void TestCurrentRecords::admit(const Direction &d, ContractRecord *recorded)
{
    auto find = child<QLineEdit>(u"findDirectionEdit"_s);
    find->setFocus();
    find->clear();
    QTest::keyClicks(find, d.number);
    QTest::keyClick(find, Qt::Key_Return);
    QVERIFY(page()->direction());
    click(u"startServiceButton"_s);
    QVERIFY(page()->session());
    m_desk->clock().advanceSecs(4 * 60);
    click(u"takingDocumentsButton"_s);
    m_desk->clock().advanceSecs(6 * 60);
    for (ChecklistItem item : {ChecklistItem::Direction, ChecklistItem::ParentId, ChecklistItem::BirthCertificate,
                               ChecklistItem::HealthPassport, ChecklistItem::HealthCertificate}) {
        QCheckBox *check = page()->checklistPanel()->itemCheck(item);
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(4, check->height() / 2));
        QVERIFY(check->isChecked());
    }
    typeDate(u"healthCertificateDateEdit"_s, u"22.11.2026"_s);
    QVERIFY(page()->checklistPanel()->isComplete());
    QTRY_VERIFY(EnrollmentStore(m_desk->store()).session(page()->session()->id)->checklist.isPresented(
        ChecklistItem::HealthCertificate));
    click(u"documentsHandedInButton"_s);
    m_desk->clock().advanceSecs(5 * 60);
    click(u"admitButton"_s);
    ContractDialog *dialog = page()->contractDialog();
    QVERIFY(dialog && dialog->isVisible());
    GuiTestHelpers::typeText(dialog->findChild<QLineEdit *>(u"idDocumentNumberEdit"_s), u"045678912"_s);
    GuiTestHelpers::typeText(dialog->findChild<QLineEdit *>(u"idDocumentIssuedOnEdit"_s), u"12032019"_s);
    auto issuer = dialog->findChild<QComboBox *>(u"idDocumentIssuerCombo"_s);
    issuer->setCurrentIndex(issuer->findData(int(IdDocumentIssuer::InternalAffairs)));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"recordContractButton"_s), Qt::LeftButton);
    QVERIFY2(dialog->recorded(), qPrintable(dialog->findChild<QLabel *>(u"errorLabel"_s)->text()));
    *recorded = *dialog->recorded();
}

void TestCurrentRecords::registerShowsAContractRecordedInThisWindow()
{
    const QString applicationId = m_desk->registerApplication();
    QVERIFY(!applicationId.isEmpty());
    Direction d = direction();
    d.applicationId = applicationId;
    QVERIFY(m_desk->importDirections({d}));

    // The Registers page is open (this month) before the parent comes; nothing signed yet.
    QStandardItemModel *contracts = registers()->model(RegistersPage::Tab::Contracts);
    const QDate from = registers()->period()->from();
    QCOMPARE(contracts->rowCount(), 0);

    ContractRecord contract;
    admit(d, &contract);
    if (QTest::currentTestFailed())
        return;

    // At once, without touching the period: the contract's row, with the clerk who signed it in.
    QCOMPARE(registers()->period()->from(), from);
    QCOMPARE(contracts->rowCount(), 1);
    QCOMPARE(contracts->index(0, 0).data().toString(), contract.number);
    QCOMPARE(contracts->index(0, contracts->columnCount() - 1).data().toString(), m_desk->context().clerk);
    QCOMPARE(registers()->model(RegistersPage::Tab::ServiceTimes)->rowCount(), 1);
}

void TestCurrentRecords::registerAndHistoryShowARefusal()
{
    const QString applicationId = m_desk->registerApplication();
    QVERIFY(!applicationId.isEmpty());
    Direction d = direction();
    d.applicationId = applicationId;
    QVERIFY(m_desk->importDirections({d}));
    QStandardItemModel *refusals = registers()->model(RegistersPage::Tab::Refusals);
    QCOMPARE(refusals->rowCount(), 0);

    // The certificate of health is not brought: the clerk refuses under 34.1.
    auto find = child<QLineEdit>(u"findDirectionEdit"_s);
    QTest::keyClicks(find, d.number);
    QTest::keyClick(find, Qt::Key_Return);
    click(u"startServiceButton"_s);
    m_desk->clock().advanceSecs(3 * 60);
    click(u"takingDocumentsButton"_s);
    for (ChecklistItem item : {ChecklistItem::Direction, ChecklistItem::ParentId, ChecklistItem::BirthCertificate,
                               ChecklistItem::HealthPassport}) {
        QCheckBox *check = page()->checklistPanel()->itemCheck(item);
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(4, check->height() / 2));
    }
    m_desk->clock().advanceSecs(5 * 60);
    click(u"documentsHandedInButton"_s);
    click(u"refuseButton"_s);
    RefusalDialog *dialog = page()->refusalDialog();
    QVERIFY(dialog && dialog->isVisible());
    GuiTestHelpers::typeText(dialog->findChild<QPlainTextEdit *>(u"reasonsEdit"_s), u"Денсаулық туралы анықтама жоқ"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"recordRefusalButton"_s), Qt::LeftButton);
    QVERIFY2(dialog->recorded(), qPrintable(dialog->findChild<QLabel *>(u"errorLabel"_s)->text()));
    const RefusalRecord refusal = *dialog->recorded();

    QCOMPARE(refusals->rowCount(), 1);
    QCOMPARE(refusals->index(0, 0).data().toString(), refusal.number);

    // The history: the refusal by the clerk, and the application back in the queue with it.
    ApplicationDetailsDialog details(m_desk->store(), applicationId, 0);
    const QTableWidget *table = details.historyTable();
    QStringList codes;
    for (int row = 0; row < table->rowCount(); ++row)
        codes.append(table->item(row, 2)->data(Qt::UserRole).toString());
    const qsizetype refused = codes.indexOf(Events::refusalRecorded());
    QVERIFY2(refused >= 0, qPrintable(codes.join(u", "_s)));
    QCOMPARE(codes.value(refused + 1), Events::applicationRequeued());
    QCOMPARE(table->item(int(refused), 1)->text(), m_desk->context().clerk);
    QVERIFY(table->item(int(refused), 2)->text().contains(refusal.number));
}

void TestCurrentRecords::registerShowsWhatAnotherConnectionWrote()
{
    Direction first = direction(u"02-2026-000123"_s);
    Direction second = direction(u"02-2026-000124"_s);
    second.child.surname = u"Бекова"_s;
    second.childIin = GuiTestHelpers::makeIin(QDate(2022, 2, 1), Iin::Sex::Female, 321);
    QVERIFY(m_desk->importDirections({first, second}));
    QVERIFY(EnrollmentStore(m_desk->store()).startSession(first.number, ServiceChannel::Office, deskNow(),
                                                          m_desk->context().clerk));

    // What the desk's window does: poll the store (here every 100 ms instead of 2 s).
    m_desk->context().changes->watch(m_desk->store(), std::chrono::milliseconds(100));
    registers()->setCurrentTab(RegistersPage::Tab::ServiceTimes);
    QStandardItemModel *times = registers()->model(RegistersPage::Tab::ServiceTimes);
    QCOMPARE(times->rowCount(), 1);
    auto table = registers()->findChild<QTableView *>(u"serviceTimesTable"_s);
    QVERIFY(table);
    table->selectRow(0);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);

    // Another connection to the same file: what another desk instance or qabyldau-cli is.
    auto other = Database::open(m_desk->path(u"store.sqlite"_s));
    QVERIFY(other);
    // The other desk's service began earlier: its row comes first, the clerk's row moves down.
    QVERIFY(EnrollmentStore(*other).startSession(second.number, ServiceChannel::Office,
                                                 deskNow().addSecs(-30 * 60), u"Дана"_s));

    QTRY_COMPARE(times->rowCount(), 2);
    // The clerk's row is still the one selected, wherever it now stands.
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(times->index(selected.first().row(), 1).data().toString(), first.number);
    m_desk->context().changes->stopWatching();
}

void TestCurrentRecords::refreshKeepsTheScrollPosition()
{
    // A busy month: more services than the table shows at once.
    QList<Direction> directions;
    for (int i = 0; i < 60; ++i) {
        Direction d = direction(u"02-2026-%1"_s.arg(200 + i, 6, 10, QLatin1Char('0')));
        d.childIin = GuiTestHelpers::makeIin(QDate(2022, 1, 1).addDays(i), Iin::Sex::Male, 400 + i);
        directions.append(d);
    }
    QVERIFY(m_desk->importDirections(directions));
    EnrollmentStore store(m_desk->store());
    for (int i = 0; i < 59; ++i)
        QVERIFY(store.startSession(directions.at(i).number, ServiceChannel::Office, deskNow().addSecs(i * 60),
                                   m_desk->context().clerk));
    registers()->setCurrentTab(RegistersPage::Tab::ServiceTimes);
    registers()->reload();
    auto table = registers()->findChild<QTableView *>(u"serviceTimesTable"_s);
    QVERIFY(table);
    QStandardItemModel *times = registers()->model(RegistersPage::Tab::ServiceTimes);
    QCOMPARE(times->rowCount(), 59);
    QScrollBar *bar = table->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    const int middle = bar->maximum() / 2;
    bar->setValue(middle);

    // The last of the day, recorded elsewhere: it lands at the end, the clerk stays where they were
    // (a guard of the behaviour: the rows are replaced before the view lays out again, so even
    // without the page's own restoring the bar keeps its value here).
    QVERIFY(store.startSession(directions.last().number, ServiceChannel::Office, deskNow().addSecs(90 * 60),
                               m_desk->context().clerk));
    m_desk->context().announceChange();
    QCOMPARE(times->rowCount(), 60);
    QTest::qWait(50); // the view's delayed layout
    QCOMPARE(bar->value(), middle);
}

void TestCurrentRecords::windowRegistersFollowTheStore()
{
    // The desk as the program opens it, on the fixture's store file; the fixture's own
    // connection stands for qabyldau-cli or a sync thread.
    DeskApplication::setIdentity();
    QSettings().clear();
    DeskApplication desk;
    DeskOptions options;
    options.storePath = m_desk->path(u"store.sqlite"_s);
    options.language = QLocale::English;
    options.user = GuiTestHelpers::testUser(Role::Clerk);
    QVERIFY(desk.open(options));
    desk.mainWindow()->showArea(DeskArea::Registers);
    desk.mainWindow()->show();
    auto page = qobject_cast<RegistersPage *>(desk.mainWindow()->page(DeskArea::Registers));
    QVERIFY(page);
    QVERIFY(page->isVisible());
    // The window's own clock is the system's: the period is this month.
    QStandardItemModel *times = page->model(RegistersPage::Tab::ServiceTimes);
    QCOMPARE(times->rowCount(), 0);

    Direction first = direction(u"02-2026-000123"_s);
    Direction second = direction(u"02-2026-000124"_s);
    second.childIin = GuiTestHelpers::makeIin(QDate(2022, 2, 1), Iin::Sex::Female, 321);
    QVERIFY(m_desk->importDirections({first, second}));
    const QDateTime now = QDateTime::currentDateTime();
    // Another connection writes: the window's poll (2 s) shows it.
    QVERIFY(EnrollmentStore(m_desk->store()).startSession(first.number, ServiceChannel::Office, now, u"Дана"_s));
    QTRY_COMPARE_WITH_TIMEOUT(times->rowCount(), 1, 6000);
    // The window's own connection writes and nobody announces it: its change count shows it.
    QVERIFY(EnrollmentStore(desk.store()).startSession(second.number, ServiceChannel::Office, now.addSecs(1),
                                                       options.user->name));
    QTRY_COMPARE_WITH_TIMEOUT(times->rowCount(), 2, 6000);
}

void TestCurrentRecords::historyListsEveryStepWithTheClerk()
{
    const QString clerk = m_desk->context().clerk;
    const QString applicationId = m_desk->registerApplication();
    QVERIFY(!applicationId.isEmpty());

    // An earlier direction the queue server issued and let expire: the sync brought its row only.
    Direction earlier = direction(u"02-2026-000099"_s);
    earlier.applicationId = applicationId;
    earlier.issuedAt = at(2026, 10, 1, 9);
    earlier.status = DirectionStatus::Expired;
    earlier.closedAt = at(2026, 10, 9, 0, 5);
    {
        QSqlDatabase db = m_desk->store()->connection();
        QVERIFY(DirectionStore::saveSynced(db, earlier, earlier.closedAt));
    }
    // This one the administrator imported at the desk; the clerk extended it, then admitted.
    Direction d = direction();
    d.applicationId = applicationId;
    QVERIFY(m_desk->importDirections({d}));
    const Status extended = DirectionStore(m_desk->store()).extend(d.number, QDate(2026, 12, 10), clerk, deskNow(),
                                                                    *m_desk->context().calendar, RuleSettings{});
    QVERIFY2(extended, extended ? "" : qPrintable(extended.error().message()));
    ContractRecord contract;
    admit(d, &contract);
    if (QTest::currentTestFailed())
        return;

    ApplicationDetailsDialog details(m_desk->store(), applicationId, 0);
    QVERIFY(details.found());
    const QTableWidget *table = details.historyTable();
    QStringList codes;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString code = table->item(row, 2)->data(Qt::UserRole).toString();
        const QString who = table->item(row, 1)->text();
        const QString text = table->item(row, 2)->text();
        codes.append(code);
        // Every step in words (no bare event code), with its time and who made it.
        QVERIFY2(!text.contains(u'_'), qPrintable(text));
        QVERIFY2(!table->item(row, 0)->text().isEmpty(), qPrintable(text));
        const bool received = text.contains(earlier.number);
        QCOMPARE(who, received ? ApplicationDetailsDialog::tr("Queue server (received by sync)") : clerk);
    }
    // The admission in order: registered, the earlier direction issued and expired (received),
    // this direction received and extended, the service's stages and checklist, the contract and
    // the archive it moved the application to.
    const QStringList expected = {Events::applicationRegistered(), Events::directionIssued(), Events::directionExpired(),
                                  Events::directionsImported(), Events::directionExtended(), Events::serviceStage(),
                                  Events::checklistSaved(), Events::serviceStage(), Events::contractRecorded(),
                                  Events::applicationArchived()};
    qsizetype next = 0;
    for (const QString &code : std::as_const(codes))
        if (next < expected.size() && code == expected.at(next))
            ++next;
    QVERIFY2(next == expected.size(), qPrintable(u"missing %1 in: %2"_s.arg(expected.value(next), codes.join(u", "_s))));
    // Every stage of the service is there: arrived, started, handed in (the result is the
    // contract's own entry).
    QCOMPARE(codes.count(Events::serviceStage()), 3);
    if (qEnvironmentVariableIsSet("QABYLDAU_SHOW_HISTORY"))
        for (int row = 0; row < table->rowCount(); ++row)
            qInfo("%s | %s | %s", qPrintable(table->item(row, 0)->text()), qPrintable(table->item(row, 1)->text()),
                  qPrintable(table->item(row, 2)->text()));

    const auto rowOf = [&](const QString &code) { return int(codes.indexOf(code)); };
    const QString contractText = table->item(rowOf(Events::contractRecorded()), 2)->text();
    QVERIFY2(contractText.contains(contract.number) && contractText.contains(d.number), qPrintable(contractText));
    QVERIFY(table->item(rowOf(Events::directionExtended()), 2)->text().contains(u"10.12.2026"_s));
    QVERIFY(table->item(rowOf(Events::directionExpired()), 0)->text().contains(u"09.10.2026"_s));
}

QTEST_MAIN(TestCurrentRecords)
#include "tst_currentrecords.moc"
