// DocumentRenderer: every printed document's page layout (RULES 11: A4) read back from the PDF.
#include "DocumentRenderer.h"
#include "DocumentTemplate.h"
#include "Typography.h"

#include <QAbstractTextDocumentLayout>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

QString poppler(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return {};
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

constexpr double pointsPerMillimetre = 72.0 / 25.4;

} // namespace

class TestDocumentRenderer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void textStartsAtThePageMargins();
    void longDocumentFlowsOverPagesWithoutLosingLines();
    void sameDocumentPrintsTwice();
    void quotesInsideQuotesAreNested_data();
    void quotesInsideQuotesAreNested();
    void numberSignStaysWithItsNumber();
    void identifierStaysWithItsNumber();
    void verificationCodeStaysWithItsLabel();

private:
    QTemporaryDir m_folder;
};

void TestDocumentRenderer::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(), "pdftotext (poppler-utils) is needed");
    QVERIFY2(!QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty(), "pdfinfo (poppler-utils) is needed");
    QVERIFY(m_folder.isValid());
}

void TestDocumentRenderer::textStartsAtThePageMargins()
{
    // The 20 mm margins of the page, and no more: QTextDocument::print would add 2 cm of its own.
    const std::unique_ptr<QTextDocument> document = DocumentRenderer::makeDocument(u"<p>Бірінші</p>"_s);
    const QString path = m_folder.filePath(u"margins.pdf"_s);
    QVERIFY(DocumentRenderer::writePdf(*document, path, u"Тест"_s).ok());

    const QString info = poppler(u"pdfinfo"_s, {path});
    QVERIFY2(info.contains(QRegularExpression(u"Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts \\(A4\\)"_s)), qPrintable(info));
    QVERIFY(info.contains(u"Title:           Тест"_s));

    const QString boxes = poppler(u"pdftotext"_s, {u"-bbox"_s, path, u"-"_s});
    const QRegularExpressionMatch word = QRegularExpression(u"xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\"[^>]*>Бірінші<"_s).match(boxes);
    QVERIFY2(word.hasMatch(), qPrintable(boxes));
    const double left = word.captured(1).toDouble() / pointsPerMillimetre;
    const double top = word.captured(2).toDouble() / pointsPerMillimetre;
    QVERIFY2(left >= 19.0 && left <= 22.0, qPrintable(QString::number(left)));
    QVERIFY2(top >= 19.0 && top <= 24.0, qPrintable(QString::number(top)));
}

void TestDocumentRenderer::longDocumentFlowsOverPagesWithoutLosingLines()
{
    QString html;
    for (int line = 1; line <= 150; ++line)
        html += u"<p>Жол [%1]</p>"_s.arg(line, 3, 10, QChar(u'0'));
    const std::unique_ptr<QTextDocument> document = DocumentRenderer::makeDocument(html);
    const QString path = m_folder.filePath(u"long.pdf"_s);
    QVERIFY(DocumentRenderer::writePdf(*document, path, u"Long"_s).ok());

    const QRegularExpressionMatch pages =
        QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(poppler(u"pdfinfo"_s, {path}));
    QVERIFY(pages.hasMatch());
    QVERIFY(pages.captured(1).toInt() > 1);
    // Each line exactly once: none cut off at a page's foot or printed twice.
    const QString text = poppler(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    for (int line = 1; line <= 150; ++line) {
        const QString token = u"Жол [%1]"_s.arg(line, 3, 10, QChar(u'0'));
        QVERIFY2(text.count(token) == 1, qPrintable(token));
    }
}

void TestDocumentRenderer::sameDocumentPrintsTwice()
{
    // A preview, then an export: the second output does not depend on the first one's device.
    const std::unique_ptr<QTextDocument> document = DocumentRenderer::makeDocument(u"<p>Қайталау</p>"_s);
    const QString first = m_folder.filePath(u"first.pdf"_s);
    const QString second = m_folder.filePath(u"second.pdf"_s);
    QVERIFY(DocumentRenderer::writePdf(*document, first, u"1"_s).ok());
    QVERIFY(document->documentLayout()->paintDevice() == nullptr);
    QVERIFY(DocumentRenderer::writePdf(*document, second, u"2"_s).ok());
    QCOMPARE(poppler(u"pdftotext"_s, {u"-layout"_s, second, u"-"_s}),
             poppler(u"pdftotext"_s, {u"-layout"_s, first, u"-"_s}));
    QVERIFY(poppler(u"pdftotext"_s, {second, u"-"_s}).contains(u"Қайталау"_s));
}

QTEST_MAIN(TestDocumentRenderer)
void TestDocumentRenderer::quotesInsideQuotesAreNested_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    // Issue 13: a group or a kindergarten whose name has quotes, put inside the template's own.
    QTest::newRow("name in quotes inside quotes")
        << u"<p>Бала «{{group}}» тобына</p>"_s << u"<p>Бала «Ортаңғы топ „Балапан“» тобына</p>"_s;
    QTest::newRow("already nested stays") << u"<p>«{{kg}}»</p>"_s << u"<p>«КГКП „Ясли-сад“»</p>"_s;
    QTest::newRow("quotes side by side") << u"<p>«а» и «б»</p>"_s << u"<p>«а» и «б»</p>"_s;
    // A value with a missing closing quote does not spoil the next paragraph.
    QTest::newRow("unclosed quote ends with its paragraph")
        << u"<p>«{{open}}</p><p>«{{group}}»</p>"_s << u"<p>«Балапан</p><p>«Ортаңғы топ „Балапан“»</p>"_s;
    QTest::newRow("lone closing quote") << u"<td>а» «б»</td>"_s << u"<td>а» «б»</td>"_s;
}

void TestDocumentRenderer::quotesInsideQuotesAreNested()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    const QHash<QString, QString> values{{u"group"_s, u"Ортаңғы топ «Балапан»"_s},
                                         {u"kg"_s, u"КГКП „Ясли-сад“"_s},
                                         {u"open"_s, u"Балапан"_s}};
    QCOMPARE(DocumentTemplate::fill(html, values).html, expected);
}

void TestDocumentRenderer::numberSignStaysWithItsNumber()
{
    const QString html = DocumentTemplate::fill(u"<p>№ {{n}} жолдама, Ясли-сад № 17</p>"_s, {{u"n"_s, u"KRG-1"_s}}).html;
    QCOMPARE(html, u"<p>№\u00A0KRG-1 жолдама, Ясли-сад №\u00A017</p>"_s);
    QCOMPARE(Typography::keepNumberSignWithNumber(u"№&nbsp;5"_s), u"№\u00A05"_s);
}

void TestDocumentRenderer::identifierStaysWithItsNumber()
{
    const QString html = DocumentTemplate::fill(u"<p>бала (ЖСН {{iin}}), ИИН: {{iin}}, БИН {{bin}}; ИИН не указан</p>"_s,
                                                {{u"iin"_s, u"220315500104"_s}, {u"bin"_s, u"120340012345"_s}})
                             .html;
    QCOMPARE(html, u"<p>бала (ЖСН\u00A0220315500104), ИИН:\u00A0220315500104, БИН\u00A0120340012345; ИИН не указан</p>"_s);
    QCOMPARE(Typography::keepIdentifierWithNumber(u"БСН&nbsp;5"_s), u"БСН\u00A05"_s);
    QCOMPARE(Typography::keepIdentifierWithNumber(u"ИИН <u>5</u>"_s), u"ИИН\u00A0<u>5</u>"_s);
    // Only the name as a word of its own: "ТИИН 5" is left alone.
    QCOMPARE(Typography::keepIdentifierWithNumber(u"ТИИН 5"_s), u"ТИИН 5"_s);
}

void TestDocumentRenderer::verificationCodeStaysWithItsLabel()
{
    // A footer wraps before "Код проверки:", never between the label and the code.
    const QString html = DocumentTemplate::fill(u"<p>от 24.11.2026 · Код проверки: <b>{{code}}</b> · Тексеру коды: {{code}}</p>"_s,
                                                {{u"code"_s, u"7b21e9a4c0"_s}})
                             .html;
    QCOMPARE(html, u"<p>от 24.11.2026 · Код\u00A0проверки:\u00A0<b>7b21e9a4c0</b> · Тексеру\u00A0коды:\u00A07b21e9a4c0</p>"_s);
    QCOMPARE(Typography::keepVerificationCodeWithLabel(u"Тексеру коды / Код проверки: <b>x</b>"_s),
             u"Тексеру коды / Код\u00A0проверки:\u00A0<b>x</b>"_s);
    // Words that only look alike are left alone.
    QCOMPARE(Typography::keepVerificationCodeWithLabel(u"Код проверки не указан"_s), u"Код проверки не указан"_s);
}

#include "tst_documentrenderer.moc"
