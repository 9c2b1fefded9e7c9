// DESIGN 9, issue 13 item 3: every print of a child's personal data is in the audit of reads with
// the clerk who printed it. The clerk saves a contract and a refusal letter as PDF, prints the
// letter, saves a register, saves and prints a receipt, each through its real dialog or page and
// its buttons; then the head's
// audit for the day lists each print with the clerk's name and says in words what was printed.
// The head prints that audit: the PDF, read back, names the clerk and the period, in Kazakh and in
// Russian, and the audit's own print is audited.
#include "AuditDocument.h"
#include "DocumentSamples.h"
#include "EnrollmentTestFixture.h"
#include "UsersSection.h"
#include "common/DeskDialogs.h"
#include "enrollment/ContractDialog.h"
#include "enrollment/RefusalDialog.h"
#include "enrollment/ServicePage.h"
#include "registers/RegistersPage.h"
#include "store/AuditTrail.h"
#include "store/Events.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace EnrollmentTest;

namespace {

void click(QWidget *parent, const QString &name)
{
    auto button = parent->findChild<QPushButton *>(name);
    QVERIFY2(button, qPrintable(name));
    QVERIFY2(button->isEnabled(), qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class TestPrintAudit : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void everyPrintIsAuditedWithTheClerk();
    void theReceiptIsAuditedWithTheClerk();
    void auditDocumentNamesTheUserAndThePeriod_data();
    void auditDocumentNamesTheUserAndThePeriod();
    void headSavesTheAuditAsPdf();

private:
    std::unique_ptr<Desk> m_desk;
};

void TestPrintAudit::init()
{
    m_desk = std::make_unique<Desk>();
    QVERIFY(m_desk->isReady());
    QVERIFY(m_desk->importDirections({direction()}));
    DeskDialogs::Testing::setEnabled(true);
}

void TestPrintAudit::cleanup()
{
    DeskDialogs::Testing::setEnabled(false);
    m_desk.reset();
}

void TestPrintAudit::everyPrintIsAuditedWithTheClerk()
{
    const DeskContext &context = m_desk->context();
    {
        ContractDialog dialog(context, direction(), contractRecord());
        dialog.show();
        DeskDialogs::Testing::setNextFilePath(m_desk->path(u"contract.pdf"_s));
        click(&dialog, u"saveContractPdfButton"_s);
        QVERIFY(QFile::exists(m_desk->path(u"contract.pdf"_s)));
    }
    {
        RefusalDialog dialog(context, direction(), refusalRecord());
        dialog.show();
        DeskDialogs::Testing::setNextFilePath(m_desk->path(u"refusal.pdf"_s));
        click(&dialog, u"saveRefusalPdfButton"_s);
        QVERIFY(QFile::exists(m_desk->path(u"refusal.pdf"_s)));
        // Printed from the preview too: a second entry.
        DeskDialogs::Testing::setNextPrintToPdf(m_desk->path(u"refusal-printed.pdf"_s));
        click(&dialog, u"printRefusalButton"_s);
        QVERIFY(QFile::exists(m_desk->path(u"refusal-printed.pdf"_s)));
    }
    {
        RegistersPage page(context);
        page.show();
        page.findChild<QTabWidget *>(u"registerTabs"_s)->setCurrentIndex(1); // refusals
        DeskDialogs::Testing::setNextFilePath(m_desk->path(u"register.pdf"_s));
        click(&page, u"registerPdfButton"_s);
        QVERIFY(QFile::exists(m_desk->path(u"register.pdf"_s)));
        // Cancelled: nothing left the desk, nothing is audited.
        click(&page, u"registerPdfButton"_s);
    }

    AuditSection audit(m_desk->store(), GuiTestHelpers::testUser(Role::Head));
    audit.setPeriod(deskNow().date(), deskNow().date());
    audit.showAudit();
    QTableWidget *table = audit.table();
    QCOMPARE(table->rowCount(), 4);
    const QStringList what{u"Printed the contract or saved it as PDF"_s,
                           u"Printed the refusal letter or saved it as PDF"_s,
                           u"Printed the refusal letter or saved it as PDF"_s,
                           u"Printed the register of refusals or saved it as PDF"_s};
    const QStringList which{contractNumber, refusalNumber, refusalNumber};
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(table->item(row, 0)->text(), u"24.11.2026 10:00:00"_s);
        QCOMPARE(table->item(row, 1)->text(), context.clerk);
        QCOMPARE(table->item(row, 2)->text(), what.at(row));
        if (row < 3)
            QCOMPARE(table->item(row, 3)->text(), which.at(row));
        else
            QVERIFY2(table->item(row, 3)->text().contains(u'/'), qPrintable(table->item(row, 3)->text()));
    }
}

void TestPrintAudit::theReceiptIsAuditedWithTheClerk()
{
    ServicePage page(m_desk->context());
    page.resize(1280, 800);
    page.show();
    auto find = page.findChild<QLineEdit *>(u"findDirectionEdit"_s);
    find->setFocus();
    QTest::keyClicks(find, direction().number);
    QTest::keyClick(find, Qt::Key_Return);
    QVERIFY(page.direction());
    click(&page, u"startServiceButton"_s);
    QVERIFY(page.session());
    DeskDialogs::Testing::setNextFilePath(m_desk->path(u"receipt.pdf"_s));
    click(&page, u"receiptPdfButton"_s);
    QVERIFY(QFile::exists(m_desk->path(u"receipt.pdf"_s)));
    DeskDialogs::Testing::setNextPrintToPdf(m_desk->path(u"receipt-printed.pdf"_s));
    click(&page, u"printReceiptButton"_s);
    QVERIFY(QFile::exists(m_desk->path(u"receipt-printed.pdf"_s)));

    const Expected<QList<JournalEntry>> entries =
        AuditTrail::between(m_desk->store(), deskNow().date(), deskNow().date());
    QVERIFY(entries);
    QCOMPARE(entries->size(), 2);
    for (const JournalEntry &entry : *entries) {
        QCOMPARE(entry.actor, m_desk->context().clerk);
        QCOMPARE(entry.entityId, direction().number);
        QCOMPARE(AuditSection::describe(entry), u"Printed the receipt or saved it as PDF"_s);
    }

    // RULES 11: the code on the paper (read back from the PDF) is in the audit entry and goes to
    // the queue server: one record_printed_document per print, with the direction's number.
    const QRegularExpressionMatch printed =
        QRegularExpression(u"(?:Тексеру коды|Код проверки): ([0-9a-f]{10})"_s).match(DocumentSamples::pdfText(m_desk->path(u"receipt.pdf"_s)));
    QVERIFY2(printed.hasMatch(), qPrintable(DocumentSamples::pdfText(m_desk->path(u"receipt.pdf"_s))));
    const QString code = printed.captured(1);
    for (const JournalEntry &entry : *entries)
        QCOMPARE(entry.payload.value(u"verification_code"_s).toString(), code);
    QSqlQuery outbox(m_desk->store()->connection());
    QVERIFY(outbox.exec(u"SELECT payload FROM outbox WHERE type = 'record_printed_document' ORDER BY position"_s));
    int commands = 0;
    while (outbox.next()) {
        const QJsonObject payload = QJsonDocument::fromJson(outbox.value(0).toByteArray()).object();
        QCOMPARE(payload.value(u"document"_s).toString(), u"receipt"_s);
        QCOMPARE(payload.value(u"number"_s).toString(), direction().number);
        QCOMPARE(payload.value(u"verification_code"_s).toString(), code);
        QCOMPARE(payload.value(u"date"_s).toString(), deskNow().date().toString(Qt::ISODate));
        ++commands;
    }
    QCOMPARE(commands, 2);
}

void TestPrintAudit::auditDocumentNamesTheUserAndThePeriod_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("kk") << DocumentLanguage::Kazakh
                        << QStringList{u"Дербес деректерді қарау аудиті"_s, u"Кезең: 01.11.2026 – 30.11.2026"_s,
                                       u"Басып шығару / PDF: шарт"_s,       u"Өтініш мәліметтерін"_s,
                                       u"«Айгөлек» № 42 бөбекжайы"_s,       u"Басшы"_s};
    QTest::newRow("ru") << DocumentLanguage::Russian
                        << QStringList{u"Аудит просмотров персональных данных"_s,
                                       u"Период: 01.11.2026 – 30.11.2026"_s,
                                       u"Печать / PDF: договор"_s,
                                       u"Просмотр сведений"_s,
                                       u"Ясли-сад № 42 «Айгөлек»"_s,
                                       u"Руководитель"_s};
}

void TestPrintAudit::auditDocumentNamesTheUserAndThePeriod()
{
    QFETCH(DocumentLanguage, language);
    QFETCH(QStringList, words);
    const QString clerk = m_desk->context().clerk;
    QVERIFY(AuditTrail::recordViewed(m_desk->store(), u"app-1"_s, clerk, deskNow()));
    QVERIFY(AuditTrail::recordPrinted(m_desk->store(), AuditTrail::Documents::contract(), contractNumber, clerk,
                                      deskNow().addSecs(60)));
    // Outside the period: not in the document.
    QVERIFY(AuditTrail::recordViewed(m_desk->store(), u"app-2"_s, u"Гүлнар"_s,
                                     QDateTime(QDate(2026, 10, 31), QTime(9, 0))));
    const Expected<AuditDocumentData> data =
        AuditDocument::build(QDate(2026, 11, 1), QDate(2026, 11, 30), m_desk->store(), profile(), deskNow());
    QVERIFY(data);
    QCOMPARE(data->entries.size(), 2);
    const QString pdf = m_desk->path(u"audit.pdf"_s);
    QVERIFY(AuditDocument::writePdf(*data, language, pdf));
    if (const QString folder = qEnvironmentVariable("QABYLDAU_SHOTS"); !folder.isEmpty())
        QFile::copy(pdf, QDir(folder).filePath(u"audit-%1.pdf"_s.arg(QString::fromLatin1(QTest::currentDataTag()))));
    // The footer's verification code stays on the line of its label.
    QVERIFY2(DocumentSamples::linesEndingWithIdentifierName(pdf).isEmpty(),
             qPrintable(DocumentSamples::linesEndingWithIdentifierName(pdf).join(u" | "_s)));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(clerk), qPrintable(text));
    QVERIFY2(!text.contains(u"Гүлнар"_s), qPrintable(text));
    QVERIFY2(text.contains(contractNumber), qPrintable(text));
    QVERIFY2(text.contains(u"24.11.2026 10:00:00"_s), qPrintable(text));
    QVERIFY2(text.contains(profile().headName), qPrintable(text));
    for (const QString &word : words)
        QVERIFY2(text.contains(word), qPrintable(word + u" not in: "_s + text));

    // A period that ends before it starts is refused.
    QCOMPARE(AuditDocument::build(QDate(2026, 11, 30), QDate(2026, 11, 1), m_desk->store(), profile(), deskNow())
                 .error()
                 .rule,
             Rule::PeriodEndBeforeStart);
}

void TestPrintAudit::headSavesTheAuditAsPdf()
{
    const QString clerk = m_desk->context().clerk;
    QVERIFY(AuditTrail::recordViewed(m_desk->store(), u"app-1"_s, clerk, deskNow()));
    Account head = GuiTestHelpers::testUser(Role::Head);
    head.name = u"Жұмабаева Сәуле"_s;
    AuditSection audit(m_desk->store(), head);
    audit.setClock(m_desk->context().clock);
    audit.show();
    audit.setPeriod(deskNow().date().addDays(-1), deskNow().date());
    auto language = audit.findChild<QComboBox *>(u"auditLanguageCombo"_s);
    QVERIFY(language);
    language->setCurrentIndex(language->findData(int(DocumentLanguage::Russian)));
    const QString pdf = m_desk->path(u"audit-ru.pdf"_s);
    DeskDialogs::Testing::setNextFilePath(pdf);
    click(&audit, u"auditPdfButton"_s);
    QVERIFY(QFile::exists(pdf));
    // With QABYLDAU_SCREENSHOT_DIR: the audit section as the head sees it.
    audit.showAudit();
    if (const QString shots = qEnvironmentVariable("QABYLDAU_SCREENSHOT_DIR"); !shots.isEmpty())
        audit.grab().save(QDir(shots).filePath(u"audit-section.png"_s));
    // The footer's verification code stays on the line of its label.
    QVERIFY2(DocumentSamples::linesEndingWithIdentifierName(pdf).isEmpty(),
             qPrintable(DocumentSamples::linesEndingWithIdentifierName(pdf).join(u" | "_s)));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"Период: 23.11.2026 – 24.11.2026"_s), qPrintable(text));
    QVERIFY2(text.contains(clerk), qPrintable(text));
    QVERIFY2(text.contains(u"app-1"_s), qPrintable(text));
    // The audit's own print is a read of the records it names: in the audit, by the head.
    const Expected<QList<JournalEntry>> entries =
        AuditTrail::between(m_desk->store(), deskNow().date(), deskNow().date());
    QVERIFY(entries);
    QVERIFY(!entries->isEmpty());
    const JournalEntry &last = entries->last();
    QCOMPARE(last.event, Events::documentPrinted());
    QCOMPARE(last.actor, head.name);
    QCOMPARE(AuditSection::describe(last), u"Printed the audit of reads or saved it as PDF"_s);
}

QTEST_MAIN(TestPrintAudit)
#include "tst_printaudit.moc"
