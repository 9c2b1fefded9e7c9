// The desk end to end, as a clerk uses it: a whole application typed into the real form of the
// real main window, registered with the Register button, and then found in the Queue area with
// the queue number RULES 3.3 gives it, the same number the form showed when it was saved.
#include "CategoryListModel.h"
#include "DeskApplication.h"
#include "DeskArea.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "queue/ApplicationDetailsDialog.h"
#include "store/AuditTrail.h"
#include "store/Events.h"
#include "QueueTableModel.h"
#include "application/ApplicationForm.h"
#include "domain/Clock.h"
#include "domain/QueueOrder.h"
#include "queue/QueuePage.h"
#include "store/SettingsStore.h"
#include "store/ApplicationStore.h"
#include "store/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QTest>

#include <memory>

using GuiTestHelpers::makeIin;
using GuiTestHelpers::typeText;

namespace {

QDateTime at(int year, int month, int day, int hour = 10)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0));
}

// An application already in the store before the desk starts.
Application earlier(const QString &surname, const QString &name, const QDate &birthDate,
                    Category category, int serial)
{
    Application a;
    a.applicant = PersonName{surname, QStringLiteral("Гүлнар"), {}};
    a.applicantIin = makeIin(QDate(1988, 1, 1), Iin::Sex::Female, 700 + serial);
    a.applicantAddress = QStringLiteral("Абай даңғылы 1");
    a.settlement = QStringLiteral("Алматы");
    a.child = PersonName{surname, name, {}};
    a.childSex = Iin::Sex::Male;
    a.childIin = makeIin(birthDate, a.childSex, serial);
    a.childBirthDate = birthDate;
    a.category = category;
    if (Categories::requiresDocument(category))
        a.categoryDocument = CategoryDocument{QStringLiteral("Анықтама"), QStringLiteral("№ 17"),
                                              QStringLiteral("Әскери бөлім"), QDate(2024, 4, 20)};
    a.phones = {QStringLiteral("+77011112233")};
    a.consent = true;
    a.signatureDate = QDate(2024, 4, 30);
    return a;
}

} // namespace

class TestRegisterAndFind : public QObject
{
    Q_OBJECT

private slots:
    void typedApplicationIsFoundInTheQueueWithItsNumber();

private:
    template<typename T> static T *child(QWidget *parent, const QString &name)
    {
        T *widget = parent->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
};

void TestRegisterAndFind::typedApplicationIsFoundInTheQueueWithItsNumber()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));

    // The store as the desk finds it: 2021 children with the extraordinary right (category 1,
    // with its document), a primary right (7) and the general queue (10), and a 2022 child who
    // must not count.
    QStringList earlierIds;
    {
        auto opened = Database::open(path);
        QVERIFY(opened);
        ApplicationStore store(*opened);
        const QList<std::pair<Application, QDateTime>> applications = {
            {earlier(QStringLiteral("Жұмабаев"), QStringLiteral("Нұрсұлтан"), QDate(2021, 2, 1), Category::Military, 1),
             at(2024, 5, 3)},
            {earlier(QStringLiteral("Сейітқали"), QStringLiteral("Әлихан"), QDate(2021, 6, 1), Category::LargeFamily, 2),
             at(2024, 5, 2)},
            {earlier(QStringLiteral("Өмірбек"), QStringLiteral("Ұлан"), QDate(2021, 11, 1), Category::None, 3),
             at(2024, 5, 1)},
            {earlier(QStringLiteral("Тоқтаров"), QStringLiteral("Ерлан"), QDate(2022, 1, 1), Category::None, 4),
             at(2024, 4, 30)},
        };
        for (const auto &[application, filed] : applications) {
            const Expected<RegisteredApplication> registered =
                store.registerApplication(application, QStringLiteral("clerk0"), ValidationContext{filed, {}});
            QVERIFY2(registered, qPrintable(registered ? QString() : registered.error().message()));
            earlierIds.append(registered->application.id);
        }
    }

    DeskApplication desk;
    DeskOptions options;
    options.storePath = path;
    options.language = QLocale::Kazakh;
    options.user = GuiTestHelpers::testUser();
    const Status opened = desk.open(options);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message()));
    MainWindow *window = desk.mainWindow();
    QVERIFY(window);
    window->resize(1280, 860);
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    // The form's "today" is fixed so that ages and the filing time do not follow the wall clock.
    auto form = qobject_cast<ApplicationForm *>(window->page(DeskArea::Applications));
    QVERIFY(form);
    form->setClock(std::make_shared<FixedClock>(at(2024, 5, 15)));

    // Ctrl+2: the Applications area.
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window->currentArea(), DeskArea::Applications);
    QTRY_VERIFY(form->isVisible());

    const QString applicantIin = makeIin(QDate(1990, 7, 2), Iin::Sex::Female, 456);
    const QString childIin = makeIin(QDate(2021, 3, 15), Iin::Sex::Male, 123);
    const auto typeInto = [form](const QString &name, const QString &text) {
        auto edit = child<QLineEdit>(form, name);
        edit->setFocus();
        edit->selectAll();
        // Digits into the masked fields (IIN, phone, dates) as keys; letters as input text.
        if (text.front().unicode() < 0x80 && text.front().isDigit())
            QTest::keyClicks(edit, text);
        else
            typeText(edit, text);
    };
    typeInto(QStringLiteral("applicantSurnameEdit"), QStringLiteral("Нұрланқызы"));
    typeInto(QStringLiteral("applicantNameEdit"), QStringLiteral("Әйгерім"));
    typeInto(QStringLiteral("applicantPatronymicEdit"), QStringLiteral("Қайратқызы"));
    typeInto(QStringLiteral("applicantIinEdit"), applicantIin);
    typeInto(QStringLiteral("applicantAddressEdit"), QStringLiteral("Төле би көшесі 12, 5-пәтер"));
    typeInto(QStringLiteral("settlementEdit"), QStringLiteral("Алматы"));
    typeInto(QStringLiteral("childSurnameEdit"), QStringLiteral("Нұрланұлы"));
    typeInto(QStringLiteral("childNameEdit"), QStringLiteral("Ерғали"));
    typeInto(QStringLiteral("childIinEdit"), childIin);
    typeInto(QStringLiteral("phone1Edit"), QStringLiteral("7012345678"));
    typeInto(QStringLiteral("emailEdit"), QStringLiteral("aigerim@example.kz"));
    auto consent = child<QCheckBox>(form, QStringLiteral("consentCheck"));
    consent->setFocus();
    QTest::keyClick(consent, Qt::Key_Space);
    QVERIFY(consent->isChecked());
    typeInto(QStringLiteral("signatureDateEdit"), QStringLiteral("15052024"));

    // The general queue (category 10) is what the form starts with; the birth date came from
    // the child's IIN.
    QCOMPARE(child<QComboBox>(form, QStringLiteral("categoryCombo"))->currentData(CategoryListModel::CodeRole).toInt(),
             10);
    QCOMPARE(child<QLineEdit>(form, QStringLiteral("childBirthDateEdit"))->text(), QStringLiteral("15.03.2021"));

    QTest::mouseClick(child<QPushButton>(form, QStringLiteral("saveButton")), Qt::LeftButton);
    const std::optional<Application> saved = form->savedApplication();
    QVERIFY2(saved, qPrintable(child<QLabel>(form, QStringLiteral("resultLabel"))->text()));
    QCOMPARE(saved->childIin, childIin);
    QCOMPARE(saved->category, Category::None);
    const int shownNumber = form->savedQueueNumber();

    // RULES 3.3, computed from the domain functions over what the store holds now: the year's
    // extraordinary right first, then P, G, G, G; the 2022 child does not count.
    const std::shared_ptr<Database> store = desk.store();
    const ApplicationStore applications(store);
    QList<QueueEntry> entries;
    for (const QString &id : earlierIds + QStringList{saved->id}) {
        const std::optional<Application> stored = applications.find(id);
        QVERIFY(stored);
        if (stored->birthYear() == 2021)
            entries.append(QueueEntry::fromApplication(*stored));
    }
    QCOMPARE(entries.size(), 4);
    const int expectedNumber =
        QueueOrder::queueNumbers(entries, SettingsStore(store).load().settings).value(saved->id);
    // By hand from RULES 3.3: Жұмабаев (1), Сейітқали (P), Өмірбек (G), then the new child (G).
    QCOMPARE(expectedNumber, 4);
    QCOMPARE(shownNumber, expectedNumber);
    // The clerk reads that very number on the form.
    const QString resultText = child<QLabel>(form, QStringLiteral("resultLabel"))->text();
    QCOMPARE(resultText,
             QCoreApplication::translate("ApplicationForm",
                                         "The application is registered.\nProvisional queue number: %1 among "
                                         "the children born in %2.\nApplication number: %3")
                 .arg(QLocale().toString(expectedNumber), QStringLiteral("2021"), saved->number));

    // Ctrl+1: the Queue area, the 2021 queue.
    QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window->currentArea(), DeskArea::Queue);
    auto queuePage = qobject_cast<QueuePage *>(window->page(DeskArea::Queue));
    QVERIFY(queuePage);
    QTRY_VERIFY(queuePage->isVisible());
    auto years = child<QComboBox>(queuePage, QStringLiteral("yearCombo"));
    QTRY_VERIFY(years->findData(2021) >= 0);
    years->setCurrentIndex(years->findData(2021));
    QueueTableModel *model = queuePage->model();
    const auto rowOf = [model](const QString &iin) {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, QueueTableModel::IinColumn).data().toString() == iin)
                return row;
        return -1;
    };
    QTRY_VERIFY(!model->isLoading() && model->query().birthYear == 2021 && rowOf(childIin) >= 0);
    QCOMPARE(model->rowCount(), 4);
    const QModelIndex number = model->index(rowOf(childIin), QueueTableModel::NumberColumn);
    QCOMPARE(number.data(QueueTableModel::ApplicationIdRole).toString(), saved->id);
    QCOMPARE(number.data(QueueTableModel::QueueNumberRole).toInt(), expectedNumber);
    QCOMPARE(number.data().toString(), QString::number(expectedNumber));

    // The search by the child's IIN finds exactly this application, with the same number.
    auto search = child<QLineEdit>(queuePage, QStringLiteral("searchEdit"));
    search->setFocus();
    QTest::keyClicks(search, childIin);
    QTRY_VERIFY(!model->isLoading() && model->query().search == childIin);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, QueueTableModel::IinColumn).data().toString(), childIin);
    QCOMPARE(model->index(0, QueueTableModel::NumberColumn).data(QueueTableModel::QueueNumberRole).toInt(),
             expectedNumber);
    QCOMPARE(model->index(0, QueueTableModel::NumberColumn).data().toString(), QString::number(expectedNumber));

    // DESIGN 9: the signed-in person's name is the history's clerk, and opening the details is
    // a read recorded in the audit with that name.
    queuePage->openRow(0);
    ApplicationDetailsDialog *details = nullptr;
    QTRY_VERIFY((details = queuePage->findChild<ApplicationDetailsDialog *>()) != nullptr);
    QVERIFY(details->found());
    QTableWidget *history = details->historyTable();
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(history->item(0, 1)->text(), GuiTestHelpers::testUser().name);
    const QList<JournalEntry> reads = AuditTrail::between(store, QDate::currentDate(), QDate::currentDate()).valueOr({});
    QCOMPARE(reads.size(), 1);
    QCOMPARE(reads.first().event, Events::personalDataViewed());
    QCOMPARE(reads.first().actor, GuiTestHelpers::testUser().name);
    QCOMPARE(reads.first().entityId, saved->id);
    details->close();
}

QTEST_MAIN(TestRegisterAndFind)
#include "tst_registerandfind.moc"
