// The Appendix 1 form as a clerk uses it: typed from the keyboard in the order of the paper
// form, problems next to their fields in the current language, nothing lost on a refused save,
// one transaction on a good one with the provisional queue number of RULES 3.3.
#include "DocumentSamples.h"
#include "GuiTestHelpers.h"
#include "LanguageController.h"
#include "application/ApplicationForm.h"
#include "common/DeskDialogs.h"
#include "common/WheelGuard.h"
#include "domain/Clock.h"
#include "domain/Iin.h"
#include "domain/Issue.h"
#include "store/ApplicationStore.h"
#include "store/Database.h"
#include "store/KindergartenProfileStore.h"
#include "store/KindergartenStore.h"
#include "store/SettingsStore.h"
#include "settings/KindergartenListEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <algorithm>
#include <memory>

namespace {

// RULES 9: a valid IIN for a birth date (YYMMDD), century-and-sex digit and serial; the serial
// is moved on when no check digit exists for it.
QString makeIin(const QString &yymmdd, QChar centurySex, int serial)
{
    for (;; ++serial) {
        const QString eleven = yymmdd + centurySex + QStringLiteral("%1").arg(serial, 4, 10, QLatin1Char('0'));
        const int check = Iin::checkDigit(eleven);
        if (check >= 0)
            return eleven + QString::number(check);
    }
}

QString withWrongCheckDigit(const QString &iin)
{
    const int last = iin.back().digitValue();
    return iin.left(11) + QString::number((last + 1) % 10);
}

const QString childIin = makeIin(QStringLiteral("210315"), u'5', 123);     // boy, 15.03.2021
const QString applicantIin = makeIin(QStringLiteral("900702"), u'4', 456); // woman, 02.07.1990

// Any text, Kazakh letters included (QTest::keyClicks only types Latin-1).
// Typed as a clerk's keyboard delivers it, Kazakh letters included.
void type(QWidget *widget, const QString &text)
{
    GuiTestHelpers::typeText(widget, text);
}

QDateTime at(int year, int month, int day, int hour = 10)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0));
}

Application earlierApplication(const QString &iin, const QDate &birthDate, Category category)
{
    Application a;
    a.applicant = PersonName{QStringLiteral("Сейітқали"), QStringLiteral("Гүлнар"), {}};
    a.applicantIin = makeIin(QStringLiteral("880101"), u'4', 777);
    a.applicantAddress = QStringLiteral("Абай даңғылы 1");
    a.settlement = QStringLiteral("Алматы");
    a.child = PersonName{QStringLiteral("Сейітқали"), QStringLiteral("Әлихан"), {}};
    a.childIin = iin;
    a.childBirthDate = birthDate;
    a.category = category;
    if (Categories::requiresDocument(category))
        a.categoryDocument = CategoryDocument{QStringLiteral("анықтама"), QStringLiteral("1"), {}, birthDate};
    a.phones = {QStringLiteral("+77011112233")};
    a.consent = true;
    a.signatureDate = QDate(2024, 4, 1);
    return a;
}

int scalar(const std::shared_ptr<Database> &db, const QString &sql, const QString &bound = {})
{
    QSqlQuery query(db->connection());
    query.prepare(sql);
    if (!bound.isNull())
        query.addBindValue(bound);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestApplicationForm : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typesAWholeApplicationAndShowsItsQueueNumber();
    void wrongIinCheckDigitIsShownNextToTheFieldAndNothingIsLost();
    void childWithAnActiveApplicationIsRefusedWithTheExistingOneShown();
    void tickReadsNeitherSettingsNorTheSameIinAgain();
    void iinProposesBirthDateAndSexAndACorrectedDateOnlyWarns();
    void languageSwitchKeepsTypedTextAndRetranslates();
    void kindergartensComeFromTheRegionsList();
    void documentFieldsFollowTheCategory();
    void administratorImportsKindergartensInSettings();
    void printedApplicationIsAddressedToTheKindergarten();
    void wheelOverAnUnfocusedComboScrollsThePageInstead();
    void newApplicationAsksBeforeDiscardingTypedData();
    void phoneTakesTheHabitualPrefixes();

private:
    template<typename T> T *child(const QString &name) const
    {
        T *widget = m_form->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    QLineEdit *edit(const QString &name) const { return child<QLineEdit>(name); }
    QString issueText(const QString &fieldName) const
    {
        const QLabel *label = child<QLabel>(fieldName + QStringLiteral("Issue"));
        return label->isVisible() ? label->text() : QString();
    }
    // Fills every field of a good application, focusing each field and typing into it.
    void fillGoodApplication();
    void typeInto(const QString &name, const QString &text)
    {
        QLineEdit *field = edit(name);
        field->setFocus();
        field->selectAll();
        type(field, text);
    }

    std::shared_ptr<Database> m_db;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<ApplicationForm> m_form;
};

void TestApplicationForm::init()
{
    auto opened = Database::open(QStringLiteral(":memory:"));
    QVERIFY(opened);
    m_db = *opened;
    KindergartenStore kindergartens(m_db);
    QVERIFY(kindergartens.upsert(Kindergarten{QStringLiteral("ALM-001"), QStringLiteral("Балапан"),
                                              QStringLiteral("Балапан"), QStringLiteral("Алматы"), {}}));
    QVERIFY(kindergartens.upsert(Kindergarten{QStringLiteral("ALM-002"), QStringLiteral("Ақбота"),
                                              QStringLiteral("Акбота"), QStringLiteral("Алматы"), {}}));
    m_clock = std::make_shared<FixedClock>(at(2024, 5, 15));
    DeskDialogs::Testing::setEnabled(true); // file and print dialogs answered by the tests
    WheelGuard::install(); // as the desk does
    m_form = std::make_unique<ApplicationForm>(m_db);
    m_form->setClock(m_clock);
    m_form->setClerk(QStringLiteral("clerk1"));
    m_form->resize(1100, 700);
    m_form->show();
    m_form->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_form.get()));
}

void TestApplicationForm::cleanup()
{
    m_form.reset();
    m_db.reset();
    DeskDialogs::Testing::setEnabled(false);
}

void TestApplicationForm::fillGoodApplication()
{
    typeInto(QStringLiteral("applicantSurnameEdit"), QStringLiteral("Нұрланқызы"));
    typeInto(QStringLiteral("applicantNameEdit"), QStringLiteral("Әйгерім"));
    typeInto(QStringLiteral("applicantIinEdit"), applicantIin);
    typeInto(QStringLiteral("applicantAddressEdit"), QStringLiteral("Төле би көшесі 12, 5-пәтер"));
    typeInto(QStringLiteral("settlementEdit"), QStringLiteral("Алматы"));
    typeInto(QStringLiteral("childSurnameEdit"), QStringLiteral("Нұрланұлы"));
    typeInto(QStringLiteral("childNameEdit"), QStringLiteral("Ерғали"));
    typeInto(QStringLiteral("childIinEdit"), childIin);
    typeInto(QStringLiteral("phone1Edit"), QStringLiteral("7012345678"));
    auto consent = child<QCheckBox>(QStringLiteral("consentCheck"));
    consent->setFocus();
    QTest::keyClick(consent, Qt::Key_Space);
}

void TestApplicationForm::typesAWholeApplicationAndShowsItsQueueNumber()
{
    // Two earlier applications of 2021 (a primary right, then the general queue) and one of
    // 2022. RULES 3.3, 1:3: P, G, G, G, P ... so with one P and one G ahead, a new primary-right
    // child of 2021 is third; the 2022 child does not count.
    ApplicationStore store(m_db);
    QVERIFY(store.registerApplication(
        earlierApplication(makeIin(QStringLiteral("210601"), u'6', 1), QDate(2021, 6, 1), Category::DisabledParent),
        QStringLiteral("clerk0"), ValidationContext{at(2024, 5, 2), {}}));
    QVERIFY(store.registerApplication(
        earlierApplication(makeIin(QStringLiteral("211101"), u'5', 2), QDate(2021, 11, 1), Category::None),
        QStringLiteral("clerk0"), ValidationContext{at(2024, 5, 3), {}}));
    QVERIFY(store.registerApplication(
        earlierApplication(makeIin(QStringLiteral("220101"), u'5', 3), QDate(2022, 1, 1), Category::Orphan),
        QStringLiteral("clerk0"), ValidationContext{at(2024, 5, 1), {}}));
    const int outboxBefore = scalar(m_db, QStringLiteral("SELECT count(*) FROM outbox"));
    const int journalBefore = scalar(m_db, QStringLiteral("SELECT count(*) FROM journal"));

    // The whole form from the keyboard, Tab after Tab, in the order of the paper form.
    QLineEdit *first = edit(QStringLiteral("applicantSurnameEdit"));
    first->setFocus();
    QCOMPARE(QApplication::focusWidget(), first);
    const auto typeAndTab = [](const QString &expectedField, const QString &text) {
        QWidget *focused = QApplication::focusWidget();
        QVERIFY2(focused && focused->objectName() == expectedField,
                 qPrintable(QStringLiteral("focus on %1, expected %2")
                                .arg(focused ? focused->objectName() : QStringLiteral("nothing"), expectedField)));
        if (text.front().unicode() < 0x80 && text.front().isDigit())
            QTest::keyClicks(focused, text);
        else
            type(focused, text);
        QTest::keyClick(focused, Qt::Key_Tab);
    };
    const auto keyAndTab = [](const QString &expectedField, QList<Qt::Key> keys) {
        QWidget *focused = QApplication::focusWidget();
        QVERIFY2(focused && focused->objectName() == expectedField,
                 qPrintable(QStringLiteral("focus on %1, expected %2")
                                .arg(focused ? focused->objectName() : QStringLiteral("nothing"), expectedField)));
        for (Qt::Key key : keys)
            QTest::keyClick(focused, key);
        QTest::keyClick(focused, Qt::Key_Tab);
    };
    typeAndTab(QStringLiteral("applicantSurnameEdit"), QStringLiteral("Нұрланқызы"));
    typeAndTab(QStringLiteral("applicantNameEdit"), QStringLiteral("Әйгерім"));
    typeAndTab(QStringLiteral("applicantPatronymicEdit"), QStringLiteral("Қайратқызы"));
    typeAndTab(QStringLiteral("applicantIinEdit"), applicantIin);
    typeAndTab(QStringLiteral("applicantAddressEdit"), QStringLiteral("Төле би көшесі 12, 5-пәтер"));
    typeAndTab(QStringLiteral("settlementEdit"), QStringLiteral("Алматы"));
    typeAndTab(QStringLiteral("childSurnameEdit"), QStringLiteral("Нұрланұлы"));
    typeAndTab(QStringLiteral("childNameEdit"), QStringLiteral("Ерғали"));
    keyAndTab(QStringLiteral("childPatronymicEdit"), {});
    typeAndTab(QStringLiteral("childIinEdit"), childIin);
    keyAndTab(QStringLiteral("childBirthDateEdit"), {}); // proposed from the IIN
    keyAndTab(QStringLiteral("childSexCombo"), {});
    // From 10 (none of the above) up to 7: a large family; no document needed, so the document
    // fields are skipped.
    keyAndTab(QStringLiteral("categoryCombo"), {Qt::Key_Up, Qt::Key_Up, Qt::Key_Up});
    keyAndTab(QStringLiteral("kindergartenCombo1"), {Qt::Key_Down, Qt::Key_Down});
    keyAndTab(QStringLiteral("kindergartenCombo2"), {Qt::Key_Down});
    keyAndTab(QStringLiteral("kindergartenCombo3"), {});
    keyAndTab(QStringLiteral("kindergartenCombo4"), {});
    keyAndTab(QStringLiteral("languageCombo"), {Qt::Key_Down});
    typeAndTab(QStringLiteral("phone1Edit"), QStringLiteral("7012345678"));
    keyAndTab(QStringLiteral("phone2Edit"), {});
    typeAndTab(QStringLiteral("emailEdit"), QStringLiteral("aigerim@example.kz"));
    keyAndTab(QStringLiteral("consentCheck"), {Qt::Key_Space});
    keyAndTab(QStringLiteral("signatureDateEdit"), {}); // today, already there
    QCOMPARE(QApplication::focusWidget(), child<QPushButton>(QStringLiteral("saveButton")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);

    const std::optional<Application> saved = m_form->savedApplication();
    QVERIFY2(saved, qPrintable(child<QLabel>(QStringLiteral("resultLabel"))->text()));
    const std::optional<Application> stored = ApplicationStore(m_db).find(saved->id);
    QVERIFY(stored);
    QCOMPARE(stored->applicant.surname, QStringLiteral("Нұрланқызы"));
    QCOMPARE(stored->applicant.name, QStringLiteral("Әйгерім"));
    QCOMPARE(stored->applicant.patronymic, QStringLiteral("Қайратқызы"));
    QCOMPARE(stored->applicantIin, applicantIin);
    QCOMPARE(stored->applicantAddress, QStringLiteral("Төле би көшесі 12, 5-пәтер"));
    QCOMPARE(stored->settlement, QStringLiteral("Алматы"));
    QCOMPARE(stored->child.fullName(), QStringLiteral("Нұрланұлы Ерғали"));
    QCOMPARE(stored->childIin, childIin);
    QCOMPARE(stored->childBirthDate, QDate(2021, 3, 15));
    QCOMPARE(stored->childSex, Iin::Sex::Male);
    QCOMPARE(stored->category, Category::LargeFamily);
    QVERIFY(stored->categoryDocument.isEmpty());
    QCOMPARE(stored->preferredKindergartens, QStringList({QStringLiteral("ALM-002"), QStringLiteral("ALM-001")}));
    QCOMPARE(stored->language, TeachingLanguage::Kazakh);
    QCOMPARE(stored->phones, QStringList{QStringLiteral("+77012345678")});
    QCOMPARE(stored->email, QStringLiteral("aigerim@example.kz"));
    QVERIFY(stored->consent);
    QCOMPARE(stored->signatureDate, QDate(2024, 5, 15));
    QCOMPARE(stored->filedAt, at(2024, 5, 15));

    // One outbox command and one journal entry, both about this application.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 1);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM journal")), journalBefore + 1);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM journal WHERE entity_id = ?"), saved->id), 1);

    QCOMPARE(m_form->savedQueueNumber(), 3);
    const QString result = child<QLabel>(QStringLiteral("resultLabel"))->text();
    QVERIFY2(result.contains(QStringLiteral(": 3 ")), qPrintable(result));
    // Issue 13 item 1: the number the parent can quote, not the 36-character id.
    QVERIFY(!saved->number.isEmpty());
    QVERIFY2(result.contains(saved->number), qPrintable(result));
    QVERIFY(!result.contains(saved->id));
    QVERIFY(child<QPushButton>(QStringLiteral("printButton"))->isVisible());
    QVERIFY(!child<QPushButton>(QStringLiteral("saveButton"))->isEnabled());

    // Printed for the applicant's signature, through the real buttons: "Save as PDF" writes the
    // file the clerk chose, "Print" prints the same application (here to a PDF file).
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("application.pdf"));
    DeskDialogs::Testing::setNextFilePath(pdf);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("savePdfButton")), Qt::LeftButton);
    QVERIFY2(DeskDialogs::Testing::shown().value(0).startsWith(QStringLiteral("save: ")),
             qPrintable(DeskDialogs::Testing::shown().join(u'|')));
    const QString savedText = DocumentSamples::pdfText(pdf);
    QVERIFY2(savedText.contains(QStringLiteral("Ерғали")), qPrintable(savedText));
    QVERIFY2(savedText.contains(childIin), qPrintable(savedText));
    // The phone as printed: +7 (701) 234-56-78 with no-break space and hyphens (issue 13).
    QVERIFY2(DocumentSamples::withoutSpaces(savedText).contains(QStringLiteral("+7(701)234\u201156\u201178")),
             qPrintable(savedText));

    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    DeskDialogs::Testing::setNextPrintToPdf(printed);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("printButton")), Qt::LeftButton);
    const QString printedText = DocumentSamples::pdfText(printed);
    QVERIFY2(printedText.contains(QStringLiteral("Ерғали")), qPrintable(printedText));
    QVERIFY2(printedText.contains(childIin), qPrintable(printedText));
    // DESIGN 9: both copies of the child's data are in the audit of reads, with the clerk.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM journal WHERE event = 'document_printed'"
                                         " AND actor = 'clerk1' AND entity_id = ?"), saved->id), 2);

    // "New application" empties the form for the next parent.
    QTest::mouseClick(child<QPushButton>(QStringLiteral("newApplicationButton")), Qt::LeftButton);
    QVERIFY(edit(QStringLiteral("applicantSurnameEdit"))->text().isEmpty());
    QVERIFY(!child<QCheckBox>(QStringLiteral("consentCheck"))->isChecked());
    QVERIFY(child<QPushButton>(QStringLiteral("saveButton"))->isEnabled());
    QVERIFY(!child<QWidget>(QStringLiteral("resultFrame"))->isVisible());
}

void TestApplicationForm::wrongIinCheckDigitIsShownNextToTheFieldAndNothingIsLost()
{
    LanguageController languages;
    QVERIFY(languages.apply(QLocale::Kazakh));
    fillGoodApplication();
    typeInto(QStringLiteral("applicantIinEdit"), withWrongCheckDigit(applicantIin));

    // As the clerk types (debounced), then again on save.
    const QString expected = Issue::error(Field::ApplicantIin, Rule::IinCheckDigit).ruleMessage();
    QVERIFY(expected != QLatin1String("the check digit is wrong; check the number for a typing error"));
    QTRY_COMPARE(issueText(QStringLiteral("applicantIinEdit")), expected);

    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(!m_form->savedApplication());
    QCOMPARE(issueText(QStringLiteral("applicantIinEdit")), expected);
    QCOMPARE(child<QLabel>(QStringLiteral("applicantIinEditIssue"))->property("severity").toString(),
             QStringLiteral("error"));
    QCOMPARE(QApplication::focusWidget(), edit(QStringLiteral("applicantIinEdit")));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM applications")), 0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM outbox")), 0);

    // Every typed value is still there; the other fields have nothing to say.
    QCOMPARE(edit(QStringLiteral("applicantSurnameEdit"))->text(), QStringLiteral("Нұрланқызы"));
    QCOMPARE(edit(QStringLiteral("applicantIinEdit"))->text(), withWrongCheckDigit(applicantIin));
    QCOMPARE(edit(QStringLiteral("applicantAddressEdit"))->text(), QStringLiteral("Төле би көшесі 12, 5-пәтер"));
    QCOMPARE(edit(QStringLiteral("childNameEdit"))->text(), QStringLiteral("Ерғали"));
    QCOMPARE(edit(QStringLiteral("childIinEdit"))->text(), childIin);
    QCOMPARE(edit(QStringLiteral("phone1Edit"))->text(), QStringLiteral("(701) 234-56-78"));
    QVERIFY(child<QCheckBox>(QStringLiteral("consentCheck"))->isChecked());
    QCOMPARE(issueText(QStringLiteral("childIinEdit")), QString());
    QCOMPARE(issueText(QStringLiteral("applicantSurnameEdit")), QString());

    // Corrected, it saves.
    typeInto(QStringLiteral("applicantIinEdit"), applicantIin);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(m_form->savedApplication());
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM applications")), 1);
}

void TestApplicationForm::childWithAnActiveApplicationIsRefusedWithTheExistingOneShown()
{
    const auto existing = ApplicationStore(m_db).registerApplication(
        earlierApplication(childIin, QDate(2021, 3, 15), Category::None), QStringLiteral("clerk0"),
        ValidationContext{at(2024, 4, 2), {}});
    QVERIFY(existing);
    const QString existingNumber = existing->application.number;
    QVERIFY(!existingNumber.isEmpty());

    fillGoodApplication();
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(!m_form->savedApplication());
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM applications")), 1);

    const QString result = child<QLabel>(QStringLiteral("resultLabel"))->text();
    QVERIFY2(result.contains(existingNumber), qPrintable(result));
    QVERIFY(result.contains(QStringLiteral("Сейітқали Әлихан")));
    QCOMPARE(issueText(QStringLiteral("childIinEdit")),
             Issue::error(Field::ChildIin, Rule::ActiveApplicationExists).ruleMessage());
    QCOMPARE(edit(QStringLiteral("childNameEdit"))->text(), QStringLiteral("Ерғали"));

    auto open = child<QPushButton>(QStringLiteral("openExistingButton"));
    QVERIFY(open->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    auto dialog = m_form->findChild<QDialog *>(QStringLiteral("existingApplicationDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    bool showsNumber = false;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        showsNumber = showsNumber || label->text() == existingNumber;
    QVERIFY(showsNumber);
    QVERIFY(dialog->windowTitle().contains(existingNumber));
    // Read-only: nothing in it can be typed into.
    QVERIFY(dialog->findChildren<QLineEdit *>().isEmpty());
    dialog->close();
}

// The 300 ms validation tick runs after every keystroke in any field: it reads the settings
// once (again when the form is shown) and looks the child's IIN up once per IIN typed.
void TestApplicationForm::tickReadsNeitherSettingsNorTheSameIinAgain()
{
    const auto has = [this](Rule rule) {
        const Issues issues = m_form->currentIssues();
        return std::any_of(issues.cbegin(), issues.cend(), [rule](const Issue &issue) { return issue.rule == rule; });
    };
    fillGoodApplication();
    QTRY_COMPARE(m_form->duplicateLookups(), 1);
    QVERIFY(!has(Rule::ActiveApplicationExists));
    QVERIFY(!has(Rule::ChildTooOld));

    // Behind the form's back: the child gets an application, the administrator lowers the age.
    QVERIFY(ApplicationStore(m_db).registerApplication(earlierApplication(childIin, QDate(2021, 3, 15), Category::None),
                                                       QStringLiteral("clerk0"), ValidationContext{at(2024, 4, 2), {}}));
    RuleSettings younger;
    younger.maxChildAgeYears = 3; // the child is 3 on 15.05.2024
    QVERIFY(SettingsStore(m_db).save(younger));

    // Typing elsewhere ticks again: the same IIN is not looked up, the settings not reread.
    for (const QString &text : {QStringLiteral("Төле би көшесі 14"), QStringLiteral("Төле би көшесі 16")}) {
        typeInto(QStringLiteral("applicantAddressEdit"), text);
        QTest::qWait(400);
    }
    QCOMPARE(m_form->duplicateLookups(), 1);
    QVERIFY(!has(Rule::ActiveApplicationExists));
    QVERIFY(!has(Rule::ChildTooOld));

    // Shown again (or told to): both are read anew.
    m_form->hide();
    m_form->show();
    QTRY_COMPARE(m_form->duplicateLookups(), 2);
    QVERIFY(has(Rule::ActiveApplicationExists));
    QVERIFY(has(Rule::ChildTooOld));

    // A new IIN is looked up once.
    const QString otherChild = makeIin(QStringLiteral("210315"), u'5', 321);
    typeInto(QStringLiteral("childIinEdit"), otherChild);
    QTRY_COMPARE(m_form->duplicateLookups(), 3);
    typeInto(QStringLiteral("applicantAddressEdit"), QStringLiteral("Төле би көшесі 18"));
    QTest::qWait(400);
    QCOMPARE(m_form->duplicateLookups(), 3);
}

void TestApplicationForm::iinProposesBirthDateAndSexAndACorrectedDateOnlyWarns()
{
    const QString girlIin = makeIin(QStringLiteral("220830"), u'6', 42); // girl, 30.08.2022
    typeInto(QStringLiteral("childIinEdit"), girlIin);
    QCOMPARE(edit(QStringLiteral("childBirthDateEdit"))->text(), QStringLiteral("30.08.2022"));
    auto sex = child<QComboBox>(QStringLiteral("childSexCombo"));
    QCOMPARE(sex->currentData().toInt(), int(Iin::Sex::Female));

    fillGoodApplication(); // types the boy's IIN: the proposal follows the new IIN
    QCOMPARE(edit(QStringLiteral("childBirthDateEdit"))->text(), QStringLiteral("15.03.2021"));
    QCOMPARE(sex->currentData().toInt(), int(Iin::Sex::Male));

    // The birth certificate says the 16th: the clerk corrects it; the IIN no longer overrides it.
    typeInto(QStringLiteral("childBirthDateEdit"), QStringLiteral("16032021"));
    QCOMPARE(edit(QStringLiteral("childBirthDateEdit"))->text(), QStringLiteral("16.03.2021"));
    const QString warning = Issue::warning(Field::ChildIin, Rule::IinBirthDateMismatch).ruleMessage();
    QTRY_COMPARE(issueText(QStringLiteral("childIinEdit")), warning);
    QCOMPARE(child<QLabel>(QStringLiteral("childIinEditIssue"))->property("severity").toString(),
             QStringLiteral("warning"));

    // Ctrl+S saves from whichever field the clerk is in.
    QCOMPARE(QApplication::focusWidget(), edit(QStringLiteral("childBirthDateEdit")));
    QTest::keyClick(m_form->windowHandle(), Qt::Key_S, Qt::ControlModifier);
    const std::optional<Application> saved = m_form->savedApplication();
    QVERIFY2(saved, qPrintable(child<QLabel>(QStringLiteral("resultLabel"))->text()));
    QCOMPARE(ApplicationStore(m_db).find(saved->id)->childBirthDate, QDate(2021, 3, 16));
    // The warning stays in sight after the save.
    QCOMPARE(issueText(QStringLiteral("childIinEdit")), warning);
}

void TestApplicationForm::languageSwitchKeepsTypedTextAndRetranslates()
{
    LanguageController languages;
    QVERIFY(languages.apply(QLocale::Russian));
    fillGoodApplication();
    typeInto(QStringLiteral("applicantIinEdit"), withWrongCheckDigit(applicantIin));
    auto category = child<QComboBox>(QStringLiteral("categoryCombo"));
    category->setFocus();
    QTest::keyClick(category, Qt::Key_Up); // 9
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    const QString russianIssue = issueText(QStringLiteral("applicantIinEdit"));
    const QString russianCategory = category->currentText();
    QCOMPARE(russianIssue, Issue::error(Field::ApplicantIin, Rule::IinCheckDigit).ruleMessage());

    QVERIFY(languages.apply(QLocale::Kazakh));
    const QString kazakhIssue = Issue::error(Field::ApplicantIin, Rule::IinCheckDigit).ruleMessage();
    QVERIFY(kazakhIssue != russianIssue);
    QCOMPARE(issueText(QStringLiteral("applicantIinEdit")), kazakhIssue);
    QCOMPARE(category->currentText(), QStringLiteral("9. ") + Categories::shortLabel(Category::FamilyWithDisabledChild));
    QVERIFY(category->currentText() != russianCategory);
    const QLabel *surnameCaption = nullptr;
    for (const QLabel *label : m_form->findChildren<QLabel *>())
        if (label->buddy() == edit(QStringLiteral("applicantSurnameEdit")))
            surnameCaption = label;
    QVERIFY(surnameCaption);
    QCOMPARE(surnameCaption->text(), QCoreApplication::translate("ApplicationForm", "Surname"));

    QCOMPARE(edit(QStringLiteral("applicantSurnameEdit"))->text(), QStringLiteral("Нұрланқызы"));
    QCOMPARE(edit(QStringLiteral("applicantIinEdit"))->text(), withWrongCheckDigit(applicantIin));
    QCOMPARE(edit(QStringLiteral("childIinEdit"))->text(), childIin);
    QCOMPARE(edit(QStringLiteral("childBirthDateEdit"))->text(), QStringLiteral("15.03.2021"));
    QCOMPARE(category->currentData(Qt::UserRole).toInt(), 9);
    QVERIFY(child<QCheckBox>(QStringLiteral("consentCheck"))->isChecked());
    QCOMPARE(child<QComboBox>(QStringLiteral("childSexCombo"))->currentData().toInt(), int(Iin::Sex::Male));
}

void TestApplicationForm::kindergartensComeFromTheRegionsList()
{
    auto combo = child<QComboBox>(QStringLiteral("kindergartenCombo1"));
    QCOMPARE(combo->count(), 3); // "none" and the two of the region
    QCOMPARE(combo->itemData(1).toString(), QStringLiteral("ALM-001"));

    // An administrator adds one in Settings; the form offers it the next time it is shown.
    QVERIFY(KindergartenStore(m_db).upsert(Kindergarten{QStringLiteral("ALM-003"), QStringLiteral("Күншуақ"),
                                                        {}, QStringLiteral("Алматы"), {}}));
    combo->setCurrentIndex(2);
    m_form->reloadKindergartens();
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("ALM-002")); // the choice is kept
}

void TestApplicationForm::documentFieldsFollowTheCategory()
{
    fillGoodApplication();
    QLineEdit *type = edit(QStringLiteral("documentTypeEdit"));
    QVERIFY(!type->isEnabled()); // 10: none of the above needs no document

    // Up from 10 to 1: a military serviceman's child, proven by a certificate (RULES 3.2).
    auto category = child<QComboBox>(QStringLiteral("categoryCombo"));
    category->setFocus();
    for (int i = 0; i < 9; ++i)
        QTest::keyClick(category, Qt::Key_Up);
    QCOMPARE(category->currentData(Qt::UserRole).toInt(), 1);
    QVERIFY(type->isEnabled());
    QVERIFY(edit(QStringLiteral("documentIssueDateEdit"))->isEnabled());

    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(!m_form->savedApplication());
    QCOMPARE(issueText(QStringLiteral("categoryCombo")),
             Issue::error(Field::Category, Rule::CategoryDocumentRequired).ruleMessage());
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(category));

    // A certificate of 1 April, filed on 15 May: older than a month, a warning only.
    typeInto(QStringLiteral("documentTypeEdit"), QStringLiteral("Қызмет орнынан анықтама"));
    typeInto(QStringLiteral("documentNumberEdit"), QStringLiteral("142"));
    typeInto(QStringLiteral("documentIssuerEdit"), QStringLiteral("№ 5517 әскери бөлім"));
    typeInto(QStringLiteral("documentIssueDateEdit"), QStringLiteral("0104"));
    // Half a date is not a date.
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(!m_form->savedApplication());
    QCOMPARE(issueText(QStringLiteral("documentIssueDateEdit")),
             Issue::error(Field::CategoryDocumentIssueDate, Rule::DateNotDayMonthYear).ruleMessage());

    typeInto(QStringLiteral("documentIssueDateEdit"), QStringLiteral("01042024"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    const std::optional<Application> saved = m_form->savedApplication();
    QVERIFY2(saved, qPrintable(child<QLabel>(QStringLiteral("resultLabel"))->text()));
    QCOMPARE(issueText(QStringLiteral("documentIssueDateEdit")),
             Issue::warning(Field::CategoryDocumentIssueDate, Rule::CategoryDocumentTooOld).ruleMessage());
    QCOMPARE(child<QLabel>(QStringLiteral("documentIssueDateEditIssue"))->property("severity").toString(),
             QStringLiteral("warning"));
    const std::optional<Application> stored = ApplicationStore(m_db).find(saved->id);
    QCOMPARE(stored->category, Category::Military);
    QCOMPARE(stored->categoryDocument,
             (CategoryDocument{QStringLiteral("Қызмет орнынан анықтама"), QStringLiteral("142"),
                               QStringLiteral("№ 5517 әскери бөлім"), QDate(2024, 4, 1)}));
}

void TestApplicationForm::administratorImportsKindergartensInSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("kindergartens.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"([{"id": "ALM-010", "name_kk": "Айгөлек", "name_ru": "Айгулек", "settlement": "Алматы"}])");
    file.close();

    KindergartenSettingsSection section(m_db);
    KindergartenListEditor *editor = section.openEditor();
    auto table = editor->findChild<QTableWidget *>(QStringLiteral("kindergartenTable"));
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(editor->importFile(path));
    QCOMPARE(table->rowCount(), 3);

    // A broken file changes nothing and says why.
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile brokenFile(broken);
    QVERIFY(brokenFile.open(QIODevice::WriteOnly));
    brokenFile.write(R"([{"name_kk": "Атаусыз"}])");
    brokenFile.close();
    QVERIFY(!editor->importFile(broken));
    QCOMPARE(table->rowCount(), 3);
    QVERIFY(!editor->findChild<QLabel *>(QStringLiteral("kindergartenStatusLabel"))->text().isEmpty());

    // Edited in place: a new row is saved once it has a code and a name.
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("addKindergartenButton")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 4);
    table->item(3, 0)->setText(QStringLiteral("ALM-011"));
    QVERIFY(!KindergartenStore(m_db).find(QStringLiteral("ALM-011")));
    table->item(3, 1)->setText(QStringLiteral("Қарлығаш"));
    QCOMPARE(KindergartenStore(m_db).find(QStringLiteral("ALM-011"))->nameKk, QStringLiteral("Қарлығаш"));

    m_form->reloadKindergartens();
    auto combo = child<QComboBox>(QStringLiteral("kindergartenCombo1"));
    QCOMPARE(combo->count(), 5);
    QVERIFY(combo->findData(QStringLiteral("ALM-010")) > 0);
}

// Issue 13: the printed application left "Көрсетілетін қызметті берушіге" blank although the
// kindergarten's details were filled in Settings. What "Save as PDF" writes is addressed to it.
void TestApplicationForm::printedApplicationIsAddressedToTheKindergarten()
{
    QVERIFY(KindergartenProfileStore(m_db).save(DocumentSamples::profile(), QStringLiteral("admin"), at(2024, 5, 1)));
    fillGoodApplication();
    QVERIFY(m_form->save());

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("application.pdf"));
    const Status written = m_form->writePdf(path);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message()));
    const QString text = DocumentSamples::pdfText(path);
    // The desk prints in Kazakh unless its language is Russian.
    const QString name = QLocale().language() == QLocale::Russian ? DocumentSamples::profile().nameRu
                                                                   : DocumentSamples::profile().nameKk;
    QVERIFY2(DocumentSamples::withoutSpaces(text).contains(DocumentSamples::withoutSpaces(name)),
             qPrintable(name + QStringLiteral(" not in: ") + text));
}

// Issue 13 item 5: scrolling the form with the wheel over a combo box the clerk has not clicked
// scrolls the page and leaves the combo as it was; a combo the clerk is in still takes the wheel.
void TestApplicationForm::wheelOverAnUnfocusedComboScrollsThePageInstead()
{
    m_form->resize(1100, 420); // short enough for the form to scroll
    QTest::qWait(0);
    auto scrollBar = child<QScrollArea>(QStringLiteral("applicationScrollArea"))->verticalScrollBar();
    QVERIFY(scrollBar->maximum() > 0);
    QCOMPARE(scrollBar->value(), 0);

    auto sex = child<QComboBox>(QStringLiteral("childSexCombo"));
    QCOMPARE(sex->focusPolicy(), Qt::StrongFocus); // a click focuses it, the wheel does not
    edit(QStringLiteral("applicantSurnameEdit"))->setFocus();
    const int before = sex->currentIndex();
    const auto turnWheelOver = [](QWidget *widget) {
        const QPointF centre = QRectF(widget->rect()).center();
        QWheelEvent wheel(centre, widget->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(widget, &wheel);
    };
    turnWheelOver(sex);
    QCOMPARE(sex->currentIndex(), before);
    QVERIFY2(scrollBar->value() > 0, "the page did not scroll");

    sex->setFocus();
    turnWheelOver(sex);
    QCOMPARE(sex->currentIndex(), before + 1);
}

// Issue 13 item 5: "New application" over a half-typed, unsaved application asks first; Cancel
// keeps every typed value. An empty form (or a saved one) is emptied without a question.
void TestApplicationForm::newApplicationAsksBeforeDiscardingTypedData()
{
    auto newButton = child<QPushButton>(QStringLiteral("newApplicationButton"));
    QTest::mouseClick(newButton, Qt::LeftButton);
    QVERIFY(DeskDialogs::Testing::shown().isEmpty()); // nothing typed, nothing to ask

    typeInto(QStringLiteral("childNameEdit"), QStringLiteral("Ерғали"));
    typeInto(QStringLiteral("phone1Edit"), QStringLiteral("7012345678"));
    QVERIFY(m_form->hasUnsavedInput());
    DeskDialogs::Testing::setNextAnswer(DeskDialogs::Cancel);
    QTest::mouseClick(newButton, Qt::LeftButton);
    QCOMPARE(DeskDialogs::Testing::shown().size(), 1);
    QVERIFY2(DeskDialogs::Testing::shown().constFirst().startsWith(QStringLiteral("question: ")),
             qPrintable(DeskDialogs::Testing::shown().constFirst()));
    QCOMPARE(edit(QStringLiteral("childNameEdit"))->text(), QStringLiteral("Ерғали"));
    QCOMPARE(m_form->application().phones, QStringList{QStringLiteral("+77012345678")});

    DeskDialogs::Testing::setNextAnswer(DeskDialogs::Discard);
    QTest::mouseClick(newButton, Qt::LeftButton);
    QCOMPARE(DeskDialogs::Testing::shown().size(), 2);
    QVERIFY(edit(QStringLiteral("childNameEdit"))->text().isEmpty());
    QVERIFY(!m_form->hasUnsavedInput());

    // A choice alone counts too.
    auto consent = child<QCheckBox>(QStringLiteral("consentCheck"));
    consent->setFocus();
    QTest::keyClick(consent, Qt::Key_Space);
    QVERIFY(m_form->hasUnsavedInput());
}

// Issue 13 item 5: a number typed as people say it, "8 701 765 43 21" or "+7 701 765 43 21",
// or pasted in any usual spelling, is the same number (+77017654321), not one shifted by a digit.
void TestApplicationForm::phoneTakesTheHabitualPrefixes()
{
    typeInto(QStringLiteral("phone1Edit"), QStringLiteral("8 701 765 43 21"));
    QCOMPARE(edit(QStringLiteral("phone1Edit"))->text(), QStringLiteral("(701) 765-43-21"));
    typeInto(QStringLiteral("phone2Edit"), QStringLiteral("+7 777 123 45 67"));
    QCOMPARE(edit(QStringLiteral("phone2Edit"))->text(), QStringLiteral("(777) 123-45-67"));
    QCOMPARE(m_form->application().phones,
             (QStringList{QStringLiteral("+77017654321"), QStringLiteral("+77771234567")}));

    // A 7 typed first without "+" is the number's own first digit (every mobile code is 7xx).
    typeInto(QStringLiteral("phone2Edit"), QStringLiteral("7771234567"));
    QCOMPARE(m_form->application().phones.value(1), QStringLiteral("+77771234567"));

    // Pasted over the whole field.
    QGuiApplication::clipboard()->setText(QStringLiteral("8 (705) 111-22-33"));
    QLineEdit *phone = edit(QStringLiteral("phone1Edit"));
    phone->setFocus();
    phone->selectAll();
    QTest::keySequence(phone, QKeySequence::Paste);
    QCOMPARE(phone->text(), QStringLiteral("(705) 111-22-33"));
    QCOMPARE(m_form->application().phones.value(0), QStringLiteral("+77051112233"));
}

QTEST_MAIN(TestApplicationForm)
#include "tst_applicationform.moc"

