// The whole admission at the desk (RULES 6, 12), as a clerk does it: open the direction the
// parent brought by its number, start the service, take and tick the documents under the clocks
// of Appendix 4, admit, fill in and record the contract, and hand over its PDF, read back here as
// a person would read it, in Kazakh and in Russian. Also: the clocks' warning, office hours and
// the portal's next working day, and a language change that keeps everything typed.
#include "EnrollmentTestFixture.h"
#include "LanguageController.h"
#include "common/DeskStyle.h"
#include "enrollment/ChecklistPanel.h"
#include "enrollment/ContractDialog.h"
#include "enrollment/RefusalDialog.h"
#include "enrollment/ServicePage.h"
#include "store/EnrollmentStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace EnrollmentTest;

class TestAdmission : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void admissionEndsInAContractPdf_data();
    void admissionEndsInAContractPdf();
    void waitClockTurnsToWarningAfterFifteenMinutes();
    void startOutsideOfficeHours_data();
    void startOutsideOfficeHours();
    void specialNeedsAskForItemSixAndDeferralOwesItemsFourToSix();
    void languageChangeKeepsTheService();
    void closedDirectionCannotStartAService();
    void servicePageFitsADeskScreen_data();
    void servicePageFitsADeskScreen();

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
    void click(const QString &buttonName)
    {
        auto button = child<QPushButton>(buttonName);
        QVERIFY2(button->isEnabled(), qPrintable(buttonName));
        QTest::mouseClick(button, Qt::LeftButton);
    }
    void openByTyping(const QString &text)
    {
        auto find = child<QLineEdit>(u"findDirectionEdit"_s);
        find->setFocus();
        find->clear();
        QTest::keyClicks(find, text);
        QTest::keyClick(find, Qt::Key_Return);
    }
    void tick(ChecklistItem item)
    {
        QCheckBox *check = page()->checklistPanel()->itemCheck(item);
        QVERIFY(check->isEnabled());
        QVERIFY(!check->isChecked());
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(4, check->height() / 2));
        QVERIFY(check->isChecked());
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

    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<ServicePage> m_page;
};

void TestAdmission::init()
{
    m_desk = std::make_unique<Desk>();
    QVERIFY(m_desk->isReady());
}

void TestAdmission::cleanup()
{
    m_page.reset();
    m_desk.reset();
}

void TestAdmission::admissionEndsInAContractPdf_data()
{
    QTest::addColumn<int>("language"); // ContractLanguage
    QTest::addColumn<QString>("kindergartenName");
    QTest::addColumn<QStringList>("words"); // the contract's own words in that language
    // Issue 13 item 1: the ID document typed in parts, printed in the contract's language only.
    QTest::addColumn<QString>("idDocument");
    QTest::addColumn<QStringList>("otherLanguageWords");

    const KindergartenProfile p = profile();
    QTest::newRow("kk") << int(ContractLanguage::Kazakh) << p.nameKk << QStringList{u"ШАРТ"_s, u"жолдама"_s}
                        << u"жеке куәлік № 045678912, 12.03.2019 ж. ҚР ІІМ берген"_s
                        << QStringList{u"удостоверение"_s, u"выдано"_s, u"МВД РК"_s, u"текст сотрудника"_s};
    QTest::newRow("ru") << int(ContractLanguage::Russian) << p.nameRu << QStringList{u"ДОГОВОР"_s, u"направлени"_s}
                        << u"удостоверение личности № 045678912, выдано 12.03.2019 МВД РК"_s
                        << QStringList{u"жеке куәлік"_s, u"берген"_s, u"ҚР ІІМ"_s, u"қызметкердің"_s};
}

void TestAdmission::admissionEndsInAContractPdf()
{
    QFETCH(int, language);
    QFETCH(QString, kindergartenName);
    QFETCH(QStringList, words);
    QFETCH(QString, idDocument);
    QFETCH(QStringList, otherLanguageWords);

    const QString applicationId = m_desk->registerApplication();
    QVERIFY(!applicationId.isEmpty());
    Direction d = direction();
    d.applicationId = applicationId;
    QVERIFY(m_desk->importDirections({d}));

    // 10:00, the parent hands over the direction; the clerk types its number.
    openByTyping(d.number);
    QVERIFY(page()->direction());
    QCOMPARE(page()->direction()->number, d.number);
    QVERIFY(child<QLabel>(u"childLabel"_s)->text().contains(d.child.fullName()));
    const QString validity = child<QLabel>(u"validityLabel"_s)->text();
    QVERIFY2(validity.contains(u"30.11.2026"_s) && validity.contains(u"5"_s), qPrintable(validity));
    QVERIFY(!child<QLabel>(u"validityLabel"_s)->property("expired").toBool());
    QVERIFY(!child<QPushButton>(u"admitButton"_s)->isEnabled());

    click(u"startServiceButton"_s);
    QVERIFY(page()->session());
    QCOMPARE(page()->session()->arrivedAt, deskNow());

    m_desk->clock().advanceSecs(4 * 60);
    click(u"takingDocumentsButton"_s);
    m_desk->clock().advanceSecs(6 * 60);
    for (ChecklistItem item : {ChecklistItem::Direction, ChecklistItem::ParentId, ChecklistItem::BirthCertificate,
                               ChecklistItem::HealthPassport, ChecklistItem::HealthCertificate})
        tick(item);
    // Not a child with special educational needs: item 6 is not asked for.
    QVERIFY(!page()->checklistPanel()->itemCheck(ChecklistItem::PmpcConclusion)->isEnabled());
    QCOMPARE(child<QLabel>(u"item6State"_s)->property("state").toString(), u"not_required"_s);
    // RULES 34.1: issued two days before the contract date (today).
    typeDate(u"healthCertificateDateEdit"_s, u"22.11.2026"_s);
    QCOMPARE(child<QLineEdit>(u"contractDateEdit"_s)->text(), u"24.11.2026"_s);
    QVERIFY(page()->checklistPanel()->isComplete());
    QCOMPARE(page()->checklistPanel()->findingsLabel()->text(), QString());
    QVERIFY(child<QPushButton>(u"admitButton"_s)->isEnabled());

    // The ticks are in the store (the page saves them as they change).
    QTRY_VERIFY(EnrollmentStore(m_desk->store()).session(page()->session()->id)->checklist.isPresented(
        ChecklistItem::HealthCertificate));

    click(u"documentsHandedInButton"_s);
    m_desk->clock().advanceSecs(5 * 60);
    click(u"admitButton"_s);
    ContractDialog *dialog = page()->contractDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());

    // Pre-filled from the direction; the clerk adds the ID document and the language.
    auto address = dialog->findChild<QLineEdit *>(u"addressEdit"_s);
    QCOMPARE(address->text(), d.applicantAddress);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"phonesEdit"_s)->text(), d.phones.join(u", "_s));
    QCOMPARE(dialog->findChild<QLineEdit *>(u"startsOnEdit"_s)->text(), u"24.11.2026"_s);
    QCOMPARE(dialog->language(), ContractLanguage::Kazakh); // the group's language
    // RULES 12 item 2, issue 13 item 1: the ID document in parts. The kind starts on the identity
    // card, the issue date blank, the authority unchosen.
    auto kindCombo = dialog->findChild<QComboBox *>(u"idDocumentKindCombo"_s);
    auto number = dialog->findChild<QLineEdit *>(u"idDocumentNumberEdit"_s);
    auto issuedOn = dialog->findChild<QLineEdit *>(u"idDocumentIssuedOnEdit"_s);
    auto issuerCombo = dialog->findChild<QComboBox *>(u"idDocumentIssuerCombo"_s);
    auto numberIssue = dialog->findChild<QLabel *>(u"idDocumentNumberEditIssue"_s);
    auto issuedOnIssue = dialog->findChild<QLabel *>(u"idDocumentIssuedOnEditIssue"_s);
    auto issuerIssue = dialog->findChild<QLabel *>(u"idDocumentIssuerComboIssue"_s);
    QVERIFY(kindCombo && number && issuedOn && issuerCombo && numberIssue && issuedOnIssue && issuerIssue);
    QCOMPARE(IdDocumentKind(kindCombo->currentData().toInt()), IdDocumentKind::IdentityCard);
    QCOMPARE(IdDocumentIssuer(issuerCombo->currentData().toInt()), IdDocumentIssuer::None);
    QVERIFY(!DeskStyle::dateFrom(issuedOn).isValid());
    QVERIFY(!dialog->findChild<QLineEdit *>(u"idDocumentEdit"_s)->isVisible());
    QVERIFY(!dialog->findChild<QLineEdit *>(u"idDocumentKindEdit"_s)->isVisible());
    // Without them the store refuses; the dialog shows why next to each field, and nothing is
    // recorded.
    QVERIFY(!dialog->record());
    QVERIFY(!dialog->recorded());
    QVERIFY(numberIssue->isVisible());
    QCOMPARE(numberIssue->text(), Issue::error(Field::ParentIdDocumentNumber, Rule::Required).ruleMessage());
    QCOMPARE(issuedOnIssue->text(), Issue::error(Field::ParentIdDocumentIssuedOn, Rule::Required).ruleMessage());
    QCOMPARE(issuerIssue->text(), Issue::error(Field::ParentIdDocumentIssuer, Rule::Required).ruleMessage());
    QVERIFY(issuedOnIssue->isVisible() && issuerIssue->isVisible());
    QVERIFY(!dialog->findChild<QLabel *>(u"addressEditIssue"_s)->isVisible());
    QVERIFY(dialog->focusWidget() == number);
    const auto typeInto = [](QLineEdit *edit, const QString &text) {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        GuiTestHelpers::typeText(edit, text);
    };
    // A number an identity card cannot have, an issue date after the contract's (24.11.2026).
    typeInto(number, u"04567891"_s);
    typeInto(issuedOn, u"25112026"_s);
    QCOMPARE(issuedOn->text(), u"25.11.2026"_s);
    issuerCombo->setCurrentIndex(issuerCombo->findData(int(IdDocumentIssuer::InternalAffairs)));
    QVERIFY(!dialog->record());
    QCOMPARE(numberIssue->text(), Issue::error(Field::ParentIdDocumentNumber, Rule::IdCardNumberNotNineDigits).ruleMessage());
    QCOMPARE(issuedOnIssue->text(), Issue::error(Field::ParentIdDocumentIssuedOn, Rule::DateInFuture).ruleMessage());
    QVERIFY(!issuerIssue->isVisible());
    // For a person to look at (QABYLDAU_SHOTS=folder): the dialog with its problems, in each language.
    if (const QString folder = qEnvironmentVariable("QABYLDAU_SHOTS"); !folder.isEmpty()) {
        LanguageController languages;
        for (const auto &[locale, code] : {std::pair{QLocale::Kazakh, "kk"}, std::pair{QLocale::Russian, "ru"},
                                           std::pair{QLocale::English, "en"}}) {
            QVERIFY(languages.apply(locale));
            QApplication::processEvents(); // the layout grown to the new texts
            QVERIFY(dialog->grab().save(QDir(folder).filePath(
                u"contract-dialog-%1-%2.png"_s.arg(QString::fromLatin1(QTest::currentDataTag()), QLatin1String(code)))));
        }
    }
    // A date typed only in part is not a date.
    typeInto(issuedOn, u"1203"_s);
    QVERIFY(!dialog->record());
    QCOMPARE(issuedOnIssue->text(), Issue::error(Field::ParentIdDocumentIssuedOn, Rule::DateNotDayMonthYear).ruleMessage());
    typeInto(number, u"045 678 912"_s);
    typeInto(issuedOn, u"12032019"_s);
    auto languageCombo = dialog->findChild<QComboBox *>(u"languageCombo"_s);
    languageCombo->setCurrentIndex(languageCombo->findData(language));

    QSignalSpy recorded(page(), &ServicePage::resultRecorded);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"recordContractButton"_s), Qt::LeftButton);
    QVERIFY2(dialog->recorded(), qPrintable(dialog->findChild<QLabel *>(u"errorLabel"_s)->text()));
    QCOMPARE(recorded.count(), 1);
    const ContractRecord contract = *dialog->recorded();
    QVERIFY(!contract.number.isEmpty());
    QVERIFY(!contract.verificationCode.isEmpty());
    QVERIFY(dialog->findChild<QPushButton *>(u"printContractButton"_s)->isEnabled());
    QVERIFY(dialog->findChild<QPushButton *>(u"saveContractPdfButton"_s)->isEnabled());

    const QString pdf = m_desk->path(u"contract.pdf"_s);
    QVERIFY(dialog->writePdf(pdf));
    // For a person to look at (QABYLDAU_SHOTS=folder): the contract as printed.
    if (const QString folder = qEnvironmentVariable("QABYLDAU_SHOTS"); !folder.isEmpty())
        QFile::copy(pdf, QDir(folder).filePath(u"contract-%1.pdf"_s.arg(QString::fromLatin1(QTest::currentDataTag()))));
    const QString text = pdfText(pdf);
    // The group's name stands inside the contract's own quotes, so its quotes print nested.
    const QString printedGroupName = QString(d.groupName).replace(u'«', u'„').replace(u'»', u'“');
    for (const QString &expected : QStringList{d.child.fullName(), d.childIin, d.applicant.fullName(), d.applicantIin,
                                               kindergartenName, profile().bin, d.number, printedGroupName,
                                               contract.number, u"045678912"_s} + words)
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
    QCOMPARE(contract.parentIdDocumentDetails.number, u"045678912"_s);
    QVERIFY(contract.parentIdDocument.isEmpty());
    // The ID document in the contract's language, in the parties' paragraph and in the details;
    // nothing of the other language's words for it.
    const QString compactText = DocumentSamples::withoutSpaces(DocumentSamples::pdftotextOutput({u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}))
                                    .remove(QChar(0x00A0));
    QVERIFY2(compactText.count(DocumentSamples::withoutSpaces(idDocument)) == 2, qPrintable(compactText));
    for (const QString &word : otherLanguageWords)
        QVERIFY2(!compactText.contains(DocumentSamples::withoutSpaces(word)), qPrintable(word + u" in: "_s + text));

    // One transaction made the rest: the direction used, the application archived `enrolled`.
    QCOMPARE(DirectionStore(m_desk->store()).find(d.number)->status, DirectionStatus::Used);
    const std::optional<Application> application = ApplicationStore(m_desk->store()).find(applicationId);
    QVERIFY(application);
    QCOMPARE(application->status, ApplicationStatus::Archived);
    QCOMPARE(application->archiveReason, ArchiveReason::Enrolled);

    // The page shows the result with the recorded times, and nothing more can be started.
    QVERIFY(child<QLabel>(u"resultLabel"_s)->text().contains(contract.number));
    QVERIFY(page()->session()->isFinished());
    QCOMPARE(page()->session()->resultAt, m_desk->clock().now());
    QVERIFY(!child<QPushButton>(u"admitButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"refuseButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"startServiceButton"_s)->isEnabled());
    QVERIFY(child<QPushButton>(u"reprintButton"_s)->isVisible());
    const QString stages = child<QLabel>(u"stagesLabel"_s)->text();
    for (const QString &time : {u"10:00"_s, u"10:04"_s, u"10:10"_s, u"10:15"_s})
        QVERIFY2(stages.contains(time), qPrintable(stages));
    m_desk->clock().advanceSecs(60 * 60);
    page()->refreshClocks();
    // A finished service keeps its recorded times: 4, 6 and 5 minutes, none over its limit.
    QVERIFY(child<QLabel>(u"waitClockLabel"_s)->text().contains(u"04:00"_s));
    QVERIFY(child<QLabel>(u"serviceClockLabel"_s)->text().contains(u"06:00"_s));
    QVERIFY(child<QLabel>(u"resultClockLabel"_s)->text().contains(u"05:00"_s));
    for (const QString &clock : {u"waitClockLabel"_s, u"serviceClockLabel"_s, u"resultClockLabel"_s})
        QVERIFY(!child<QLabel>(clock)->property("exceeded").toBool());
    dialog->close();
    if (const QString folder = qEnvironmentVariable("QABYLDAU_SHOTS"); !folder.isEmpty())
        QVERIFY(page()->grab().save(QDir(folder).filePath(u"service-admitted-%1.png"_s.arg(QString::fromLatin1(QTest::currentDataTag())))));
}

void TestAdmission::waitClockTurnsToWarningAfterFifteenMinutes()
{
    QVERIFY(m_desk->importDirections({direction()}));
    openByTyping(childIin()); // by the child's IIN this time
    QVERIFY(page()->direction());
    click(u"startServiceButton"_s);
    auto wait = child<QLabel>(u"waitClockLabel"_s);
    QVERIFY(wait->property("running").toBool());

    m_desk->clock().advanceSecs(15 * 60);
    page()->refreshClocks();
    QVERIFY(wait->text().contains(u"15:00 / 15:00"_s));
    QVERIFY(!wait->property("exceeded").toBool());

    // Appendix 4 item 3: past 15 minutes of waiting the clock warns.
    m_desk->clock().advanceSecs(1);
    page()->refreshClocks();
    QVERIFY(wait->property("exceeded").toBool());
    QVERIFY2(wait->text().contains(u"over the limit"_s), qPrintable(wait->text()));
    QVERIFY(wait->styleSheet().contains(u"#b00020"_s));

    // The clock stops when the documents are taken; the warning stays on the record.
    click(u"takingDocumentsButton"_s);
    m_desk->clock().advanceSecs(10 * 60);
    page()->refreshClocks();
    QVERIFY(!wait->property("running").toBool());
    QVERIFY(wait->text().contains(u"15:01"_s));
    QVERIFY(wait->property("exceeded").toBool());
    QVERIFY(!child<QLabel>(u"serviceClockLabel"_s)->property("exceeded").toBool());
    QVERIFY(child<QLabel>(u"serviceClockLabel"_s)->text().contains(u"10:00 / 15:00"_s));
}

void TestAdmission::startOutsideOfficeHours_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("channel");
    QTest::addColumn<bool>("started");
    QTest::addColumn<QDateTime>("registeredAt");
    QTest::addColumn<QString>("message");

    const int office = int(ServiceChannel::Office);
    const int portal = int(ServiceChannel::Portal);
    // RULES 6.1, Appendix 4 item 7: documents 09:00-17:30, lunch 13:00-14:00, working days.
    QTest::newRow("office after 17:30") << at(2026, 11, 24, 18, 30) << office << false << QDateTime()
                                        << u"25.11.2026 09:00"_s;
    QTest::newRow("office at lunch") << at(2026, 11, 24, 13, 20) << office << false << QDateTime()
                                     << u"24.11.2026 14:00"_s;
    QTest::newRow("office on Saturday") << at(2026, 11, 28, 10) << office << false << QDateTime()
                                        << u"30.11.2026 09:00"_s;
    QTest::newRow("portal after hours") << at(2026, 11, 24, 18, 30) << portal << true << at(2026, 11, 25, 9)
                                        << u"25.11.2026 09:00"_s;
    QTest::newRow("office in hours") << at(2026, 11, 24, 17, 29) << office << true << at(2026, 11, 24, 17, 29)
                                     << QString();
}

void TestAdmission::startOutsideOfficeHours()
{
    QFETCH(QDateTime, now);
    QFETCH(int, channel);
    QFETCH(bool, started);
    QFETCH(QDateTime, registeredAt);
    QFETCH(QString, message);

    QVERIFY(m_desk->importDirections({direction()}));
    m_desk->clock().setNow(now);
    openByTyping(direction().number);
    auto channels = child<QComboBox>(u"channelCombo"_s);
    channels->setCurrentIndex(channels->findData(channel));
    QTest::mouseClick(child<QPushButton>(u"startServiceButton"_s), Qt::LeftButton);

    QCOMPARE(page()->session().has_value(), started);
    if (started)
        QCOMPARE(page()->session()->arrivedAt, registeredAt);
    const QString shown = child<QLabel>(u"messageLabel"_s)->text();
    if (message.isEmpty())
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
    else
        QVERIFY2(shown.contains(message), qPrintable(shown));
    QCOMPARE(child<QPushButton>(u"startServiceButton"_s)->isEnabled(), !started);
}

void TestAdmission::specialNeedsAskForItemSixAndDeferralOwesItemsFourToSix()
{
    Direction d = direction();
    d.groupType = GroupType::Special;
    QVERIFY(m_desk->importDirections({d}));
    openByTyping(d.number);
    click(u"startServiceButton"_s);
    ChecklistPanel *panel = page()->checklistPanel();
    QVERIFY(panel->itemCheck(ChecklistItem::PmpcConclusion)->isEnabled());

    for (ChecklistItem item : {ChecklistItem::Direction, ChecklistItem::ParentId, ChecklistItem::BirthCertificate})
        tick(item);
    QVERIFY(!panel->isComplete());
    QVERIFY(panel->findingsLabel()->text().contains(Checklists::itemLabel(ChecklistItem::PmpcConclusion)));
    QVERIFY(!child<QPushButton>(u"admitButton"_s)->isEnabled());

    // RULES 6.2, last paragraph: in an emergency items 4-6 are owed, not missing.
    QTest::mouseClick(child<QCheckBox>(u"emergencyDeferralCheck"_s), Qt::LeftButton, {}, QPoint(4, 8));
    QVERIFY(panel->isComplete());
    for (const QString &state : {u"item4State"_s, u"item5State"_s, u"item6State"_s})
        QCOMPARE(child<QLabel>(state)->property("state").toString(), u"deferred"_s);
    QVERIFY(child<QPushButton>(u"admitButton"_s)->isEnabled());

    click(u"admitButton"_s);
    ContractDialog *dialog = page()->contractDialog();
    QVERIFY(dialog);
    GuiTestHelpers::typeText(dialog->findChild<QLineEdit *>(u"idDocumentNumberEdit"_s), u"045678912"_s);
    GuiTestHelpers::typeText(dialog->findChild<QLineEdit *>(u"idDocumentIssuedOnEdit"_s), u"12032019"_s);
    auto issuer = dialog->findChild<QComboBox *>(u"idDocumentIssuerCombo"_s);
    issuer->setCurrentIndex(issuer->findData(int(IdDocumentIssuer::Justice)));
    QVERIFY(dialog->record());
    QCOMPARE(dialog->recorded()->deferredItems,
             (QList<ChecklistItem>{ChecklistItem::HealthPassport, ChecklistItem::HealthCertificate,
                                   ChecklistItem::PmpcConclusion}));
    dialog->close();
}

void TestAdmission::languageChangeKeepsTheService()
{
    QVERIFY(m_desk->importDirections({direction()}));
    openByTyping(direction().number);
    click(u"startServiceButton"_s);
    tick(ChecklistItem::Direction);
    tick(ChecklistItem::ParentId);
    tick(ChecklistItem::HealthCertificate);
    typeDate(u"healthCertificateDateEdit"_s, u"21.11.2026"_s);

    LanguageController languages;
    QVERIFY(languages.apply(QLocale::Kazakh));
    QCOMPARE(child<QLabel>(u"directionNumberLabel"_s)->text().contains(direction().number), true);
    QVERIFY(page()->checklistPanel()->itemCheck(ChecklistItem::Direction)->isChecked());
    QVERIFY(page()->checklistPanel()->itemCheck(ChecklistItem::ParentId)->isChecked());
    QVERIFY(page()->checklistPanel()->itemCheck(ChecklistItem::HealthCertificate)->isChecked());
    QVERIFY(!page()->checklistPanel()->itemCheck(ChecklistItem::BirthCertificate)->isChecked());
    QCOMPARE(child<QLineEdit>(u"healthCertificateDateEdit"_s)->text(), u"21.11.2026"_s);
    QCOMPARE(child<QLabel>(u"item5Name"_s)->text(), Checklists::itemLabel(ChecklistItem::HealthCertificate));
    QVERIFY(page()->session());
    QVERIFY(!child<QPushButton>(u"startServiceButton"_s)->isEnabled());
    QVERIFY(languages.apply(QLocale::English));
    QVERIFY(page()->checklistPanel()->itemCheck(ChecklistItem::ParentId)->isChecked());
}

void TestAdmission::closedDirectionCannotStartAService()
{
    Direction used = direction();
    used.status = DirectionStatus::Used;
    used.closedAt = at(2026, 11, 23, 15);
    QVERIFY(m_desk->importDirections({used}));
    openByTyping(used.number);
    QVERIFY(page()->direction());
    QVERIFY(!child<QPushButton>(u"startServiceButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"refuseButton"_s)->isEnabled());
    QVERIFY(child<QLabel>(u"resultLabel"_s)->text().contains(Directions::statusLabel(DirectionStatus::Used)));

    // A number that is not there says so and keeps what was typed.
    openByTyping(u"02-2026-404404"_s);
    QVERIFY(child<QLabel>(u"messageLabel"_s)->text().contains(u"02-2026-404404"_s));
    QCOMPARE(child<QLineEdit>(u"findDirectionEdit"_s)->text(), u"02-2026-404404"_s);
}

void TestAdmission::servicePageFitsADeskScreen_data()
{
    QTest::addColumn<int>("language");
    QTest::newRow("en") << int(QLocale::English);
    QTest::newRow("kk") << int(QLocale::Kazakh);
    QTest::newRow("ru") << int(QLocale::Russian);
}

void TestAdmission::servicePageFitsADeskScreen()
{
    QFETCH(int, language);
    LanguageController languages;
    QVERIFY(languages.apply(QLocale::Language(language)));
    const QString code = Translations::code(QLocale::Language(language));
    const QString folder = qEnvironmentVariable("QABYLDAU_SHOTS");
    // Every button shows its whole text; QABYLDAU_SHOTS=folder keeps the picture for a person to
    // look at (README screenshots).
    const auto check = [&folder, &code](QWidget *window, const QString &name) {
        QApplication::processEvents();
        for (QPushButton *button : window->findChildren<QPushButton *>()) {
            if (button->isVisible())
                QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(name + u": "_s + button->text()));
        }
        const QImage shot = window->grab().toImage();
        QVERIFY(!shot.isNull());
        if (!folder.isEmpty())
            QVERIFY(shot.save(QDir(folder).filePath(u"%1-%2.png"_s.arg(name, code))));
    };

    Direction d = direction();
    d.groupType = GroupType::Special;
    QVERIFY(m_desk->importDirections({d}));
    openByTyping(d.number);
    click(u"startServiceButton"_s);
    tick(ChecklistItem::Direction);
    m_desk->clock().advanceSecs(16 * 60);
    page()->refreshClocks();

    // 1280 x 800, the smallest desk screen: nothing scrolls sideways.
    check(page(), u"service"_s);
    QVERIFY(!child<QScrollArea>(u"serviceScrollArea"_s)->horizontalScrollBar()->isVisible());

    click(u"refuseButton"_s);
    QVERIFY(page()->refusalDialog());
    check(page()->refusalDialog(), u"refusal-dialog"_s);
    page()->refusalDialog()->close();

    tick(ChecklistItem::ParentId);
    tick(ChecklistItem::BirthCertificate);
    QTest::mouseClick(child<QCheckBox>(u"emergencyDeferralCheck"_s), Qt::LeftButton, {}, QPoint(4, 8));
    click(u"admitButton"_s);
    QVERIFY(page()->contractDialog());
    check(page()->contractDialog(), u"contract-dialog"_s);
    page()->contractDialog()->close();
    QVERIFY(languages.apply(QLocale::English));
}

QTEST_MAIN(TestAdmission)
#include "tst_admission.moc"
