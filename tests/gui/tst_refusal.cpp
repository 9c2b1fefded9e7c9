// A reasoned refusal at the desk (RULES 6.4, 34.1): when the certificate of the child's health is
// missing, or was issued more than 3 calendar days before the contract date, the page shows why,
// does not let the clerk admit, and the refusal dialog comes pre-ticked with ground 34.1 and the
// certificate; the recorded letter cites the clause and names the document, in Kazakh and in
// Russian. Three days before is still in time.
#include "EnrollmentTestFixture.h"
#include "enrollment/ChecklistPanel.h"
#include "enrollment/RefusalDialog.h"
#include "enrollment/ServicePage.h"
#include "store/EnrollmentStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace EnrollmentTest;

class TestRefusal : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void certificateMissingOrTooOldIsRefusedUnder34_1_data();
    void certificateMissingOrTooOldIsRefusedUnder34_1();
    void certificateIssuedThreeDaysBeforeIsInTime();
    void certificateDatedAfterTheContractIsAFinding();
    void directionForAnotherKindergartenLeadsTo9_2();
    void falseDocumentsSendTheApplicationToTheStopList();
    void refusalNeedsAGround();

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
    template<typename T>
    T *child(const QString &name)
    {
        auto widget = page()->findChild<T *>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }
    // Opens the direction, starts the service and hands in items 1-4 (and 5 when dated).
    void serveUpToTheCertificate(const QString &certificateDate)
    {
        auto find = child<QLineEdit>(u"findDirectionEdit"_s);
        QTest::keyClicks(find, direction().number);
        QTest::keyClick(find, Qt::Key_Return);
        QVERIFY(page()->direction());
        QTest::mouseClick(child<QPushButton>(u"startServiceButton"_s), Qt::LeftButton);
        QVERIFY(page()->session());
        m_desk->clock().advanceSecs(3 * 60);
        QTest::mouseClick(child<QPushButton>(u"takingDocumentsButton"_s), Qt::LeftButton);
        QList<ChecklistItem> items{ChecklistItem::Direction, ChecklistItem::ParentId, ChecklistItem::BirthCertificate,
                                   ChecklistItem::HealthPassport};
        if (!certificateDate.isEmpty())
            items.append(ChecklistItem::HealthCertificate);
        for (ChecklistItem item : items) {
            QCheckBox *check = page()->checklistPanel()->itemCheck(item);
            QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(4, check->height() / 2));
            QVERIFY(check->isChecked());
        }
        if (!certificateDate.isEmpty()) {
            auto date = child<QLineEdit>(u"healthCertificateDateEdit"_s);
            date->setFocus();
            date->selectAll();
            QTest::keyClick(date, Qt::Key_Backspace);
            QTest::keyClicks(date, QString(certificateDate).remove(u'.'));
            QCOMPARE(date->text(), certificateDate);
        }
        m_desk->clock().advanceSecs(5 * 60);
        QTest::mouseClick(child<QPushButton>(u"documentsHandedInButton"_s), Qt::LeftButton);
    }

    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<ServicePage> m_page;
    QString m_applicationId;
};

void TestRefusal::init()
{
    m_desk = std::make_unique<Desk>();
    QVERIFY(m_desk->isReady());
    m_applicationId = m_desk->registerApplication();
    QVERIFY(!m_applicationId.isEmpty());
    Direction d = direction();
    d.applicationId = m_applicationId;
    QVERIFY(m_desk->importDirections({d}));
}

void TestRefusal::cleanup()
{
    m_page.reset();
    m_desk.reset();
}

void TestRefusal::certificateMissingOrTooOldIsRefusedUnder34_1_data()
{
    QTest::addColumn<QString>("certificateDate");
    QTest::addColumn<int>("language"); // DocumentLanguage
    QTest::addColumn<QString>("citation");
    QTest::addColumn<QString>("certificateLine");
    QTest::addColumn<QString>("passportLine");

    const QString kkCitation = u"34-тармағының 1) тармақшасы"_s;
    const QString kkCertificate = u"5) баланың денсаулығы туралы анықтама"_s;
    const QString kkPassport = u"4) баланың денсаулық паспорты"_s;
    const QString ruCitation = u"подпункт 1) пункта 34"_s;
    const QString ruCertificate = u"5) справка о состоянии здоровья ребенка"_s;
    const QString ruPassport = u"4) паспорт здоровья ребенка"_s;
    const int kk = int(DocumentLanguage::Kazakh);
    const int ru = int(DocumentLanguage::Russian);
    // The contract date is today, 24.11.2026.
    QTest::newRow("missing, kk") << QString() << kk << kkCitation << kkCertificate << kkPassport;
    QTest::newRow("missing, ru") << QString() << ru << ruCitation << ruCertificate << ruPassport;
    QTest::newRow("4 days before, kk") << u"20.11.2026"_s << kk << kkCitation << kkCertificate << kkPassport;
    QTest::newRow("4 days before, ru") << u"20.11.2026"_s << ru << ruCitation << ruCertificate << ruPassport;
}

void TestRefusal::certificateMissingOrTooOldIsRefusedUnder34_1()
{
    QFETCH(QString, certificateDate);
    QFETCH(int, language);
    QFETCH(QString, citation);
    QFETCH(QString, certificateLine);
    QFETCH(QString, passportLine);

    serveUpToTheCertificate(certificateDate);

    // The page says what is wrong, with its ground, and will not admit.
    QVERIFY(!page()->checklistPanel()->isComplete());
    QVERIFY(!child<QPushButton>(u"admitButton"_s)->isEnabled());
    const QString findings = page()->checklistPanel()->findingsLabel()->text();
    QVERIFY2(findings.contains(Checklists::itemLabel(ChecklistItem::HealthCertificate)), qPrintable(findings));
    QVERIFY2(findings.contains(u"34.1"_s), qPrintable(findings));
    if (!certificateDate.isEmpty())
        QVERIFY2(findings.contains(u"20.11.2026"_s), qPrintable(findings));
    QVERIFY(child<QLabel>(u"findingsTitle"_s)->text().contains(u"34.1"_s));
    QCOMPARE(child<QLabel>(u"item5State"_s)->property("state").toString(),
             certificateDate.isEmpty() ? u"missing"_s : u"received"_s);

    QTest::mouseClick(child<QPushButton>(u"refuseButton"_s), Qt::LeftButton);
    RefusalDialog *dialog = page()->refusalDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // Pre-ticked from the checklist: ground 34.1 and the certificate, nothing else.
    QCOMPARE(dialog->grounds(), QList<RefusalGround>{RefusalGround::DocumentsMissingOrOutOfDate});
    QCOMPARE(dialog->faultyItems(), QList<ChecklistItem>{ChecklistItem::HealthCertificate});
    QVERIFY(dialog->groundCheck(RefusalGround::DocumentsMissingOrOutOfDate)->isChecked());
    QVERIFY(dialog->itemCheck(ChecklistItem::HealthCertificate)->isChecked());
    QCOMPARE(dialog->language(), DocumentLanguage::Kazakh); // the group's language
    auto languageCombo = dialog->findChild<QComboBox *>(u"languageCombo"_s);
    languageCombo->setCurrentIndex(languageCombo->findData(language));
    GuiTestHelpers::typeText(dialog->findChild<QPlainTextEdit *>(u"reasonsEdit"_s), u"Анықтама / справка"_s);

    QSignalSpy recorded(page(), &ServicePage::resultRecorded);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"recordRefusalButton"_s), Qt::LeftButton);
    QVERIFY2(dialog->recorded(), qPrintable(dialog->findChild<QLabel *>(u"errorLabel"_s)->text()));
    QCOMPARE(recorded.count(), 1);
    const RefusalRecord refusal = *dialog->recorded();
    QVERIFY(refusal.number.startsWith(u"Б-2026-"_s));
    QCOMPARE(refusal.grounds, QList<RefusalGround>{RefusalGround::DocumentsMissingOrOutOfDate});
    QCOMPARE(refusal.faultyItems, QList<ChecklistItem>{ChecklistItem::HealthCertificate});

    const QString pdf = m_desk->path(u"refusal.pdf"_s);
    QVERIFY(dialog->writePdf(pdf));
    const QString text = pdfText(pdf);
    for (const QString &expected : {citation, certificateLine, refusal.number, direction().number,
                                    direction().child.fullName(), direction().applicant.fullName(),
                                    u"30.11.2026"_s /* the documents can still be brought until then */})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
    QVERIFY2(!text.contains(passportLine), qPrintable(text));
    dialog->close();

    // The direction is refused; the application is back in the queue with its filing date.
    QCOMPARE(DirectionStore(m_desk->store()).find(direction().number)->status, DirectionStatus::Refused);
    const std::optional<Application> application = ApplicationStore(m_desk->store()).find(m_applicationId);
    QVERIFY(application);
    QCOMPARE(application->status, ApplicationStatus::Queued);
    QVERIFY(child<QLabel>(u"resultLabel"_s)->text().contains(refusal.number));
    QVERIFY(page()->session()->isFinished());
    QCOMPARE(page()->session()->outcome, ServiceOutcome::Refused);
    QVERIFY(!child<QPushButton>(u"refuseButton"_s)->isEnabled());
}

void TestRefusal::certificateIssuedThreeDaysBeforeIsInTime()
{
    // RULES 34.1: no earlier than 3 calendar days before the contract date: 21.11 for 24.11.
    serveUpToTheCertificate(u"21.11.2026"_s);
    QVERIFY(page()->checklistPanel()->isComplete());
    QCOMPARE(page()->checklistPanel()->findingsLabel()->text(), QString());
    QVERIFY(child<QPushButton>(u"admitButton"_s)->isEnabled());

    // Moving the contract to the next day makes the same certificate 4 days old.
    auto contractDate = child<QLineEdit>(u"contractDateEdit"_s);
    contractDate->setFocus();
    contractDate->selectAll();
    QTest::keyClick(contractDate, Qt::Key_Backspace);
    QTest::keyClicks(contractDate, u"25112026"_s);
    QVERIFY(!page()->checklistPanel()->isComplete());
    QVERIFY(!child<QPushButton>(u"admitButton"_s)->isEnabled());
    QVERIFY(page()->checklistPanel()->findingsLabel()->text().contains(u"34.1"_s));
}

void TestRefusal::certificateDatedAfterTheContractIsAFinding()
{
    serveUpToTheCertificate(u"25.11.2026"_s);
    QVERIFY(!page()->checklistPanel()->isComplete());
    QVERIFY(!child<QPushButton>(u"admitButton"_s)->isEnabled());
    QVERIFY(page()->checklistPanel()->findingsLabel()->text().contains(
        Checklists::itemLabel(ChecklistItem::HealthCertificate)));
}

void TestRefusal::directionForAnotherKindergartenLeadsTo9_2()
{
    Direction other = direction(u"02-2026-000900"_s);
    other.kindergartenId = u"KG-0099"_s;
    other.childIin = GuiTestHelpers::makeIin(QDate(2021, 9, 1), Iin::Sex::Female, 5);
    other.childBirthDate = QDate(2021, 9, 1);
    QVERIFY(m_desk->importDirections({other}));
    auto find = child<QLineEdit>(u"findDirectionEdit"_s);
    QTest::keyClicks(find, other.number);
    QTest::keyClick(find, Qt::Key_Return);
    QTest::mouseClick(child<QPushButton>(u"startServiceButton"_s), Qt::LeftButton);
    QVERIFY(page()->session());
    QVERIFY(page()->checklistPanel()->findingsLabel()->text().contains(u"9.2"_s));

    QTest::mouseClick(child<QPushButton>(u"refuseButton"_s), Qt::LeftButton);
    RefusalDialog *dialog = page()->refusalDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->groundCheck(RefusalGround::RequirementsNotMet)->isChecked());
    QVERIFY(dialog->itemCheck(ChecklistItem::Direction)->isChecked());
    dialog->close();
}

void TestRefusal::falseDocumentsSendTheApplicationToTheStopList()
{
    serveUpToTheCertificate(u"22.11.2026"_s);
    QVERIFY(child<QPushButton>(u"admitButton"_s)->isEnabled());
    // Complete on paper, but the clerk found a document false (Appendix 4 item 9.1).
    QTest::mouseClick(child<QPushButton>(u"refuseButton"_s), Qt::LeftButton);
    RefusalDialog *dialog = page()->refusalDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->grounds().isEmpty());
    QVERIFY(!dialog->findChild<QPushButton *>(u"recordRefusalButton"_s)->isEnabled());
    QTest::mouseClick(dialog->groundCheck(RefusalGround::FalseDocuments), Qt::LeftButton, {},
                      QPoint(4, dialog->groundCheck(RefusalGround::FalseDocuments)->height() / 2));
    QTest::mouseClick(dialog->itemCheck(ChecklistItem::BirthCertificate), Qt::LeftButton, {},
                      QPoint(4, dialog->itemCheck(ChecklistItem::BirthCertificate)->height() / 2));
    QVERIFY(dialog->record());
    const std::optional<Application> application = ApplicationStore(m_desk->store()).find(m_applicationId);
    QVERIFY(application);
    QCOMPARE(application->status, ApplicationStatus::StopListed);
    dialog->close();
}

void TestRefusal::refusalNeedsAGround()
{
    serveUpToTheCertificate(u"22.11.2026"_s);
    QTest::mouseClick(child<QPushButton>(u"refuseButton"_s), Qt::LeftButton);
    RefusalDialog *dialog = page()->refusalDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->record());
    QVERIFY(!dialog->findChild<QLabel *>(u"errorLabel"_s)->text().isEmpty());
    QCOMPARE(DirectionStore(m_desk->store()).find(direction().number)->status, DirectionStatus::Issued);
    QVERIFY(!EnrollmentStore(m_desk->store()).refusalForDirection(direction().number));
    dialog->close();
}

QTEST_MAIN(TestRefusal)
#include "tst_refusal.moc"
