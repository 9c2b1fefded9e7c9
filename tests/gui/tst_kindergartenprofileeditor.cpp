// The administrator keeps this kindergarten's details (issue 4 item 1) in Settings: typed from the
// keyboard, problems next to their fields in the interface language, a refused save losing
// nothing, a good one stored and read back; the edited templates' folder.
#include "GuiTestHelpers.h"
#include "LanguageController.h"
#include "common/DeskContext.h"
#include "common/DeskDialogs.h"
#include "domain/Clock.h"
#include "domain/Iin.h"
#include "domain/Issue.h"
#include "domain/KindergartenProfile.h"
#include "settings/KindergartenProfileEditor.h"
#include "store/Database.h"
#include "store/KindergartenProfileStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QScreen>
#include <QDialog>

#include <memory>

namespace {

// RULES 9 via the BIN: the IIN's check-digit scheme on 11 digits; serials without a check digit
// are skipped.
QString makeBin(const QString &firstSix, int serial)
{
    for (;; ++serial) {
        const QString eleven = firstSix + QStringLiteral("%1").arg(serial, 5, 10, QLatin1Char('0'));
        const int check = Iin::checkDigit(eleven);
        if (check >= 0)
            return eleven + QString::number(check);
    }
}

QString withWrongCheckDigit(const QString &number)
{
    return number.left(11) + QString::number((number.back().digitValue() + 1) % 10);
}

const QString goodBin = makeBin(QStringLiteral("160540"), 123);

} // namespace

class TestKindergartenProfileEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void badBinIsShownNextToItsFieldAndNothingIsLost();
    void missingRussianAddressIsShownNextToTheRussianAddress();
    void mistypedIbanAndBadBicAreShownNextToTheirFields();
    void detailsDialogFitsTheScreen();
    void savedDetailsAreReadBackAndRevertRestoresThem();
    void contractNumberExampleFollowsTheFormat();
    void builtInTemplatesAreCopiedWithoutOverwritingEditedOnes();
    void templatesFolderIsRemembered();
    void copiedTemplatesAreUsedOnlyWhenTheAdministratorSaysYes();

private:
    template<typename T> T *child(const QString &name) const
    {
        T *widget = m_editor->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    QString issueText(const QString &fieldName) const
    {
        const QLabel *label = child<QLabel>(fieldName + QStringLiteral("Issue"));
        return label->isVisible() ? label->text() : QString();
    }
    void typeInto(const QString &name, const QString &text)
    {
        auto field = child<QLineEdit>(name);
        field->setFocus();
        field->selectAll();
        GuiTestHelpers::typeText(field, text);
    }
    void fillGoodProfile();
    void openEditor();

    std::shared_ptr<Database> m_db;
    std::shared_ptr<FixedClock> m_clock;
    DeskContext m_context;
    std::unique_ptr<KindergartenProfileEditor> m_editor;
};

void TestKindergartenProfileEditor::init()
{
    DeskDialogs::Testing::setEnabled(true); // folder dialogs and questions answered by the tests
    auto opened = Database::open(QStringLiteral(":memory:"));
    QVERIFY(opened);
    m_db = *opened;
    m_clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 3, 20), QTime(10, 0)));
    m_context.store = m_db;
    m_context.clock = m_clock;
    m_context.clerk = QStringLiteral("admin");
    openEditor();
}

void TestKindergartenProfileEditor::openEditor()
{
    m_editor = std::make_unique<KindergartenProfileEditor>(m_context);
    m_editor->resize(1000, 800);
    m_editor->show();
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
}

void TestKindergartenProfileEditor::cleanup()
{
    m_editor.reset();
    m_context = {};
    m_db.reset();
    DeskDialogs::Testing::setEnabled(false);
}

void TestKindergartenProfileEditor::fillGoodProfile()
{
    typeInto(QStringLiteral("kindergartenIdEdit"), QStringLiteral("AST-017"));
    typeInto(QStringLiteral("nameKkEdit"), QStringLiteral("«Балапан» бөбекжай-бақшасы"));
    typeInto(QStringLiteral("nameRuEdit"), QStringLiteral("Ясли-сад «Балапан»"));
    typeInto(QStringLiteral("binEdit"), goodBin);
    typeInto(QStringLiteral("addressKkEdit"), QStringLiteral("Астана қ., Сарыарқа даңғылы 12"));
    typeInto(QStringLiteral("addressRuEdit"), QStringLiteral("г. Астана, пр. Сарыарка 12"));
    typeInto(QStringLiteral("cityKkEdit"), QStringLiteral("Астана қаласы"));
    typeInto(QStringLiteral("cityRuEdit"), QStringLiteral("город Астана"));
    typeInto(QStringLiteral("headEdit"), QStringLiteral("Жұмабаева Гүлнар Серікқызы"));
}

void TestKindergartenProfileEditor::badBinIsShownNextToItsFieldAndNothingIsLost()
{
    LanguageController languages;
    QVERIFY(languages.apply(QLocale::Kazakh));
    fillGoodProfile();
    typeInto(QStringLiteral("binEdit"), withWrongCheckDigit(goodBin));

    // As the administrator types, in the interface language.
    const QString expected = Issue::error(Field::KindergartenBin, Rule::BinCheckDigit).ruleMessage();
    QVERIFY(expected != QLatin1String("the check digit is wrong; check the number for a typing error"));
    QCOMPARE(issueText(QStringLiteral("binEdit")), expected);
    for (const QString &other : {QStringLiteral("kindergartenIdEdit"), QStringLiteral("nameKkEdit"),
                                 QStringLiteral("nameRuEdit"), QStringLiteral("addressKkEdit"),
                                 QStringLiteral("headEdit")})
        QCOMPARE(issueText(other), QString());

    // Save is refused with the problem still shown and the focus on the BIN.
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveProfileButton")), Qt::LeftButton);
    QCOMPARE(issueText(QStringLiteral("binEdit")), expected);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(QStringLiteral("binEdit")));
    QVERIFY(child<QLabel>(QStringLiteral("profileStatusLabel"))->isVisible());
    QVERIFY(KindergartenProfileStore(m_db).load().isEmpty());

    // Every typed value is still there.
    QCOMPARE(child<QLineEdit>(QStringLiteral("nameKkEdit"))->text(), QStringLiteral("«Балапан» бөбекжай-бақшасы"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("headEdit"))->text(), QStringLiteral("Жұмабаева Гүлнар Серікқызы"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("binEdit"))->text(), withWrongCheckDigit(goodBin));

    // Correcting the last digit clears the message; a short BIN gets its own.
    typeInto(QStringLiteral("binEdit"), goodBin);
    QCOMPARE(issueText(QStringLiteral("binEdit")), QString());
    typeInto(QStringLiteral("binEdit"), goodBin.left(7));
    QCOMPARE(issueText(QStringLiteral("binEdit")),
             Issue::error(Field::KindergartenBin, Rule::BinNotTwelveDigits).ruleMessage());
}

void TestKindergartenProfileEditor::missingRussianAddressIsShownNextToTheRussianAddress()
{
    fillGoodProfile();
    auto addressRu = child<QLineEdit>(QStringLiteral("addressRuEdit"));
    addressRu->setFocus();
    addressRu->selectAll();
    QTest::keyClick(addressRu, Qt::Key_Delete);
    QVERIFY(addressRu->text().isEmpty());

    const QString required = Issue::error(Field::KindergartenAddress, Rule::Required).ruleMessage();
    QCOMPARE(issueText(QStringLiteral("addressRuEdit")), required);
    QCOMPARE(issueText(QStringLiteral("addressKkEdit")), QString());
    QVERIFY(!m_editor->save());
    QCOMPARE(QApplication::focusWidget(), addressRu);
}

// Issue 13 item 5: the IBAN's check digits (ISO 13616) and the BIC's 8 letters or digits are
// checked as the administrator types, next to their fields; the store refuses them too.
void TestKindergartenProfileEditor::mistypedIbanAndBadBicAreShownNextToTheirFields()
{
    fillGoodProfile();
    typeInto(QStringLiteral("accountEdit"), QStringLiteral("KZ66 601A 8610 0000 1235")); // last digit mistyped
    typeInto(QStringLiteral("bikEdit"), QStringLiteral("HSBK-ZKX"));
    const QString checkDigits = Issue::error(Field::KindergartenAccount, Rule::AccountCheckDigits).ruleMessage();
    const QString bic = Issue::error(Field::KindergartenBik, Rule::BikNotEightCharacters).ruleMessage();
    QCOMPARE(issueText(QStringLiteral("accountEdit")), checkDigits);
    QCOMPARE(issueText(QStringLiteral("bikEdit")), bic);
    QCOMPARE(issueText(QStringLiteral("bankEdit")), QString());

    QVERIFY(!m_editor->save());
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(QStringLiteral("accountEdit")));
    QVERIFY(KindergartenProfileStore(m_db).load().isEmpty());

    typeInto(QStringLiteral("accountEdit"), QStringLiteral("KZ66 601A 8610 0000 1234"));
    typeInto(QStringLiteral("bikEdit"), QStringLiteral("HSBKKZKX"));
    QCOMPARE(issueText(QStringLiteral("accountEdit")), QString());
    QCOMPARE(issueText(QStringLiteral("bikEdit")), QString());
    QVERIFY(m_editor->save());
    QCOMPARE(KindergartenProfileStore(m_db).load().account, QStringLiteral("KZ66601A861000001234"));
}

// Issue 13 item 5: the details dialog fits the screen (a 768-pixel-high laptop's too); what does
// not fit scrolls. The offscreen screen is 800x600, smaller still.
void TestKindergartenProfileEditor::detailsDialogFitsTheScreen()
{
    KindergartenProfileSection section(m_context);
    section.show();
    KindergartenProfileEditor *editor = section.openEditor();
    auto dialog = section.findChild<QDialog *>(QStringLiteral("kindergartenProfileDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QRect available = dialog->screen()->availableGeometry();
    QVERIFY2(dialog->height() <= available.height(), qPrintable(QString::number(dialog->height())));
    QVERIFY(dialog->width() <= available.width());
    QVERIFY(dialog->minimumSizeHint().height() <= available.height());
    // The editor is taller than the dialog: it scrolls rather than being cut off.
    QVERIFY(editor->height() > dialog->height() / 2);
    dialog->close();
}

void TestKindergartenProfileEditor::savedDetailsAreReadBackAndRevertRestoresThem()
{
    fillGoodProfile();
    typeInto(QStringLiteral("phoneEdit"), QStringLiteral("+7 7172 55 10 20"));
    typeInto(QStringLiteral("authorityRuEdit"), QStringLiteral("Департамент по городу Астане, пр. Мангилик Ел, 8"));
    typeInto(QStringLiteral("bankEdit"), QStringLiteral("АО «Halyk Bank»"));
    typeInto(QStringLiteral("accountEdit"), QStringLiteral("kz66 601a 8610 0000 1234"));
    typeInto(QStringLiteral("bikEdit"), QStringLiteral("hsbkkzkx"));
    child<QSpinBox>(QStringLiteral("feeAmountSpin"))->setValue(25000);
    child<QSpinBox>(QStringLiteral("feeDueDaySpin"))->setValue(15);
    auto termsKk = child<QPlainTextEdit>(QStringLiteral("feeTermsKkEdit"));
    termsKk->setFocus();
    GuiTestHelpers::typeText(termsKk, QStringLiteral("Тамақтану; көп балалы отбасыларға 50% жеңілдік"));
    QTest::mouseClick(child<QCheckBox>(QStringLiteral("russianGroupsCheck")), Qt::LeftButton);
    QVERIFY(m_editor->isModified());

    QVERIFY(m_editor->save());
    QVERIFY(!m_editor->isModified());
    const KindergartenProfile stored = KindergartenProfileStore(m_db).load();
    QCOMPARE(stored.id, QStringLiteral("AST-017"));
    QCOMPARE(stored.nameRu, QStringLiteral("Ясли-сад «Балапан»"));
    QCOMPARE(stored.bin, goodBin);
    QCOMPARE(stored.headName, QStringLiteral("Жұмабаева Гүлнар Серікқызы"));
    // IBAN and BIC as banks write them: capitals, no spaces.
    QCOMPARE(stored.account, QStringLiteral("KZ66601A861000001234"));
    QCOMPARE(stored.bik, QStringLiteral("HSBKKZKX"));
    QCOMPARE(stored.feeAmount, 25000);
    QCOMPARE(stored.feeDueDay, 15);
    // The authorised body the refusal letter names (issue 13), per language.
    QCOMPARE(stored.authorityRu, QStringLiteral("Департамент по городу Астане, пр. Мангилик Ел, 8"));
    QCOMPARE(stored.authorityKk, QString());
    QCOMPARE(stored.feeTermsKk, QStringLiteral("Тамақтану; көп балалы отбасыларға 50% жеңілдік"));
    // Russian was ticked off: only the Kazakh groups remain.
    QCOMPARE(stored.groupLanguages, QList<TeachingLanguage>{TeachingLanguage::Kazakh});

    // A new editor (the next time Settings opens) shows what was stored.
    openEditor();
    QCOMPARE(m_editor->profile(), stored);
    QVERIFY(!m_editor->isModified());
    QVERIFY(!child<QCheckBox>(QStringLiteral("russianGroupsCheck"))->isChecked());

    // Revert brings back what is stored after an edit.
    typeInto(QStringLiteral("headEdit"), QStringLiteral("Другой Человек"));
    QVERIFY(m_editor->isModified());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("revertProfileButton")), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(QStringLiteral("headEdit"))->text(), QStringLiteral("Жұмабаева Гүлнар Серікқызы"));
    QVERIFY(!m_editor->isModified());
}

void TestKindergartenProfileEditor::contractNumberExampleFollowsTheFormat()
{
    fillGoodProfile();
    auto example = child<QLabel>(QStringLiteral("numberExampleLabel"));
    // The default format: the first contract of 2026 (the clock's year).
    QVERIFY2(example->text().contains(QStringLiteral("2026-0001")), qPrintable(example->text()));

    typeInto(QStringLiteral("numberFormatEdit"), QStringLiteral("Д-{seq:3}/{year}"));
    QVERIFY2(example->text().contains(QStringLiteral("Д-001/2026")), qPrintable(example->text()));
    QCOMPARE(issueText(QStringLiteral("numberFormatEdit")), QString());

    // No {seq}: the numbers would repeat. The problem is shown, the example is not.
    typeInto(QStringLiteral("numberFormatEdit"), QStringLiteral("{year}-{day}"));
    QCOMPARE(issueText(QStringLiteral("numberFormatEdit")),
             Issue::error(Field::ContractNumberFormat, Rule::ContractNumberFormatInvalid).ruleMessage());
    QVERIFY(!example->isVisible());
}

void TestKindergartenProfileEditor::builtInTemplatesAreCopiedWithoutOverwritingEditedOnes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList builtIn = QDir(QStringLiteral(":/templates")).entryList({QStringLiteral("*.html")});
    QVERIFY(builtIn.contains(QStringLiteral("application_kk.html")));

    // An edited copy already there is the administrator's work.
    const QString edited = dir.filePath(QStringLiteral("application_kk.html"));
    {
        QFile file(edited);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<p>edited</p>");
    }
    const Expected<int> copied = m_editor->copyBuiltInTemplates(dir.path());
    QVERIFY(copied);
    QCOMPARE(*copied, int(builtIn.size()) - 1);
    for (const QString &name : builtIn)
        QVERIFY2(QFile::exists(dir.filePath(name)), qPrintable(name));
    QFile kept(edited);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("<p>edited</p>"));

    // The copies can be edited: they are not read-only like the program's own.
    QFile copy(dir.filePath(QStringLiteral("application_ru.html")));
    QVERIFY(copy.open(QIODevice::ReadWrite));
    QVERIFY(copy.size() > 0);
}

void TestKindergartenProfileEditor::templatesFolderIsRemembered()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(m_editor->copyBuiltInTemplates(dir.path()));
    QVERIFY(m_editor->useTemplatesFolder(dir.path()));
    QCOMPARE(QDir(KindergartenProfileStore(m_db).templatesFolder()), QDir(dir.path()));
    QVERIFY(child<QLabel>(QStringLiteral("templatesFolderLabel"))->text().contains(QDir::toNativeSeparators(dir.path())));
    QVERIFY(child<QPushButton>(QStringLiteral("builtInTemplatesButton"))->isEnabled());

    // Back to the built-in templates.
    QTest::mouseClick(child<QPushButton>(QStringLiteral("builtInTemplatesButton")), Qt::LeftButton);
    QCOMPARE(KindergartenProfileStore(m_db).templatesFolder(), QString());
    QVERIFY(!child<QPushButton>(QStringLiteral("builtInTemplatesButton"))->isEnabled());
}

void TestKindergartenProfileEditor::copiedTemplatesAreUsedOnlyWhenTheAdministratorSaysYes()
{
    auto copyButton = child<QPushButton>(QStringLiteral("copyTemplatesButton"));
    QVERIFY(copyButton->isVisible() && copyButton->isEnabled());

    // "No": the copies are made, the documents still come from the built-in templates.
    QTemporaryDir first;
    QVERIFY(first.isValid());
    DeskDialogs::Testing::setNextFilePath(first.path());
    DeskDialogs::Testing::setNextAnswer(DeskDialogs::No);
    QTest::mouseClick(copyButton, Qt::LeftButton);
    QVERIFY(QFile::exists(QDir(first.path()).filePath(QStringLiteral("application_kk.html"))));
    const QStringList asked = DeskDialogs::Testing::shown();
    QCOMPARE(asked.size(), 2);
    QVERIFY2(asked.at(0).startsWith(QStringLiteral("folder: ")), qPrintable(asked.at(0)));
    QVERIFY2(asked.at(1).startsWith(QStringLiteral("question: Document templates: ")), qPrintable(asked.at(1)));
    QVERIFY2(asked.at(1).contains(QDir::toNativeSeparators(first.path())), qPrintable(asked.at(1)));
    QCOMPARE(KindergartenProfileStore(m_db).templatesFolder(), QString());

    // "Yes": the documents are printed from the copies from now on.
    QTemporaryDir second;
    QVERIFY(second.isValid());
    DeskDialogs::Testing::setNextFilePath(second.path());
    DeskDialogs::Testing::setNextAnswer(DeskDialogs::Yes);
    QTest::mouseClick(copyButton, Qt::LeftButton);
    QCOMPARE(DeskDialogs::Testing::shown().size(), 4);
    QCOMPARE(QDir(KindergartenProfileStore(m_db).templatesFolder()), QDir(second.path()));
    QVERIFY(child<QLabel>(QStringLiteral("templatesFolderLabel"))->text().contains(QDir::toNativeSeparators(second.path())));
}

QTEST_MAIN(TestKindergartenProfileEditor)
#include "tst_kindergartenprofileeditor.moc"
