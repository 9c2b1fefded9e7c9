// The printed Appendix 1 application (RULES 3.1, 11): rendered to PDF in Kazakh and Russian and
// read back with pdftotext, as a clerk would check the paper before handing it over for signing.
#include "ApplicationDocument.h"
#include "DocumentSamples.h"
#include "DocumentTemplate.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

// Every letter of the Kazakh alphabet that Russian lacks.
const QString kazakhLetters = u"әғқңөұүһі"_s;

Application sampleApplication()
{
    Application a;
    a.id = u"3f9a1c2e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"_s;
    a.applicant = PersonName{u"Сәрсенбаева"_s, u"Ұлжан"_s, u"Ғабитқызы"_s};
    a.applicantIin = u"940721400507"_s;
    a.applicantAddress = u"Үшқоңыр, Жиһангер көшесі, 12-үй, Шаңырақ-2 ш/а"_s;
    a.settlement = u"Қарағанды"_s;
    a.child = PersonName{u"Өмірзақов"_s, u"Әлихан"_s, u"Қайратұлы"_s};
    a.childIin = u"220315500104"_s;
    a.childBirthDate = QDate(2022, 3, 15);
    a.childSex = Iin::Sex::Male;
    a.category = Category::SpecialNeeds;
    a.categoryDocument = CategoryDocument{u"ПМПК қорытындысы"_s, u"47-Б"_s, u"Алматы қ. ПМПК №3"_s, QDate(2025, 12, 1)};
    a.phones = {u"+77012345678"_s, u"+77471234567"_s};
    a.email = u"ulzhan@example.kz"_s;
    a.consent = true;
    a.signatureDate = QDate(2026, 1, 15);
    a.filedAt = QDateTime(QDate(2026, 1, 15), QTime(10, 30));
    return a;
}

// pdftotext -layout, whitespace runs (line ends of wrapped paragraphs too) made one space.
QString pdfText(const QString &pdfPath)
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        return u"<pdftotext not found: install poppler-utils>"_s;
    QProcess process;
    process.start(pdftotext, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdfPath, u"-"_s});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return u"<pdftotext failed: "_s + QString::fromUtf8(process.readAllStandardError()) + u'>';
    static const QRegularExpression space(u"\\s+"_s);
    return QString::fromUtf8(process.readAllStandardOutput()).replace(space, u" "_s);
}

QString withoutSpaces(QString text)
{
    return text.remove(u' ');
}

QString languageName(DocumentLanguage language)
{
    return DocumentLanguages::code(language);
}

} // namespace

class TestApplicationDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pdfShowsTheFilledForm_data();
    void pdfShowsTheFilledForm();
    void everyCategoryIsListedAndOnlyTheChosenOneMarked_data();
    void everyCategoryIsListedAndOnlyTheChosenOneMarked();
    void valuesAreEscaped_data();
    void valuesAreEscaped();
    void missingValuesLeaveLinesToFillIn();
    void supportingDocumentOnlyWhenGiven();
    void datesFollowTheDocumentLanguage();
    void verificationCodeFollowsTheData();
    void builtInTemplatesUseOnlyKnownPlaceholders_data();
    void builtInTemplatesUseOnlyKnownPlaceholders();
    void overrideFolderComesFirst();
    void templateSections_data();
    void templateSections();
    void unwritablePathIsAnError();
    void addressedToTheKindergartenOfTheProfile_data();
    void addressedToTheKindergartenOfTheProfile();
    void printsTheNumberAParentCanQuote_data();
    void printsTheNumberAParentCanQuote();

private:
    QString m_outputFolder;
};

void TestApplicationDocument::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext (poppler-utils) is needed to read the PDFs back");
    // The test's private HOME (cmake/QabyldauTest.cmake): the PDFs stay there for a look.
    m_outputFolder = QDir::home().filePath(u"documents"_s);
    QVERIFY(QDir().mkpath(m_outputFolder));
}

void TestApplicationDocument::pdfShowsTheFilledForm_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<QString>("chosenCategoryText");
    QTest::addColumn<QString>("dateLabel");

    QTest::newRow("kk") << DocumentLanguage::Kazakh
                        << u"4) ерекше білім берілуіне қажеттілігі бар бала (құжаттың көшірмесі);"_s
                        << u"Берілген күні: 15.01.2026"_s;
    QTest::newRow("ru") << DocumentLanguage::Russian
                        << u"4) ребенком с особыми образовательными потребностями (копия документа);"_s
                        << u"Дата подачи: 15.01.2026"_s;
}

void TestApplicationDocument::pdfShowsTheFilledForm()
{
    QFETCH(DocumentLanguage, language);
    QFETCH(QString, chosenCategoryText);
    QFETCH(QString, dateLabel);

    const Application application = sampleApplication();
    const QString path = m_outputFolder + u"/application-"_s + languageName(language) + u".pdf"_s;
    QFile::remove(path);
    const Status written = ApplicationDocument::writePdf(application, language, path);
    // "ИИН" / "ЖСН" never left at a line end without its digits.
    QVERIFY2(DocumentSamples::linesEndingWithIdentifierName(path).isEmpty(), qPrintable(DocumentSamples::linesEndingWithIdentifierName(path).join(u" | "_s)));
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message()));

    const QString text = pdfText(path);
    QVERIFY2(text.contains(u"Өмірзақов Әлихан Қайратұлы"_s), qPrintable(text));
    QVERIFY(text.contains(u"Сәрсенбаева Ұлжан Ғабитқызы"_s));
    // The address may wrap anywhere in its narrow column.
    QVERIFY(withoutSpaces(text).contains(withoutSpaces(application.applicantAddress)));
    QVERIFY(text.contains(u"220315500104"_s));
    QVERIFY(text.contains(u"940721400507"_s));
    QVERIFY(text.contains(u"2022"_s));
    // Mobile numbers as Kazakhstan writes them, never split at a line end (no-break space and
    // hyphens); pdftotext may give the no-break space back as a plain one.
    QVERIFY2(withoutSpaces(text).contains(u"+7(701)234\u201156\u201178,+7(747)123\u201145\u201167"_s), qPrintable(text));
    QVERIFY(text.contains(u"ulzhan@example.kz"_s));
    // The chosen category: its wording with the marked box in front.
    QVERIFY2(text.contains(u"\u2612 "_s + chosenCategoryText), qPrintable(text));
    // Number and date on top, verification code at the foot.
    QVERIFY(text.contains(ApplicationDocument::number(application)));
    QVERIFY(text.contains(dateLabel));
    QVERIFY(text.contains(ApplicationDocument::verificationCode(application)));
    QVERIFY(text.contains(u"Қарағанды"_s));
    // The PDF carries its text in the embedded font: no letter lost or replaced (the values hold
    // each of them, so the Russian form shows them too).
    for (const QChar letter : kazakhLetters)
        QVERIFY2(text.contains(letter), qPrintable(u"missing letter "_s + letter));
    QVERIFY(!text.contains(u"{{"_s));
}

void TestApplicationDocument::everyCategoryIsListedAndOnlyTheChosenOneMarked_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<int>("chosen");
    for (const DocumentLanguage language : {DocumentLanguage::Kazakh, DocumentLanguage::Russian}) {
        for (const int chosen : {1, 4, 8, 10}) {
            QTest::addRow("%s, category %d", qPrintable(languageName(language)), chosen) << language << chosen;
        }
    }
}

void TestApplicationDocument::everyCategoryIsListedAndOnlyTheChosenOneMarked()
{
    QFETCH(DocumentLanguage, language);
    QFETCH(int, chosen);

    Application application = sampleApplication();
    application.category = *Categories::fromCode(chosen);
    const std::unique_ptr<QTextDocument> document = ApplicationDocument::document(application, language);
    const QString text = document->toPlainText();
    for (int code = 1; code <= 10; ++code) {
        const QString box = code == chosen ? u"\u2612"_s : u"\u2610"_s;
        // A table cell per box: the box and the item are separate cells of one row.
        const QRegularExpression item(QRegularExpression::escape(box) + u"\\s+"_s + QString::number(code) + u"\\) "_s);
        QVERIFY2(item.match(text).hasMatch(), qPrintable(u"category %1 not listed as %2"_s.arg(code).arg(box)));
    }
    // The ten boxes plus the consent one; only the chosen category and the consent are marked.
    QCOMPARE(text.count(u'\u2612'), 2);
    QCOMPARE(text.count(u'\u2610'), 9);
}

void TestApplicationDocument::valuesAreEscaped_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::newRow("kk") << DocumentLanguage::Kazakh;
    QTest::newRow("ru") << DocumentLanguage::Russian;
}

void TestApplicationDocument::valuesAreEscaped()
{
    QFETCH(DocumentLanguage, language);

    Application application = sampleApplication();
    application.child.name = u"<b>&amp; {{child_iin}}"_s;
    const QString html = ApplicationDocument::html(application, language);
    QVERIFY(html.contains(u"&lt;b&gt;&amp;amp; {{child_iin}}"_s));
    QVERIFY(!html.contains(u"<b>&amp;"_s));

    const QString path = m_outputFolder + u"/escaped-"_s + languageName(language) + u".pdf"_s;
    QVERIFY(ApplicationDocument::writePdf(application, language, path).ok());
    QVERIFY(pdfText(path).contains(u"Өмірзақов <b>&amp; {{child_iin}} Қайратұлы"_s));
}

void TestApplicationDocument::missingValuesLeaveLinesToFillIn()
{
    Application application = sampleApplication();
    application.email.clear();
    application.signatureDate = QDate();
    const QHash<QString, QString> values = ApplicationDocument::values(application, DocumentLanguage::Kazakh);
    QVERIFY(values.value(u"email"_s).startsWith(u"_____"_s));
    QVERIFY(values.value(u"signature_date"_s).startsWith(u"_____"_s));
    QVERIFY(values.value(u"service_provider"_s).startsWith(u"_____"_s));

    ApplicationDocumentExtras extras;
    extras.serviceProvider = u"«Балдырған» бөбекжайы"_s;
    extras.kindergartenNames.insert(u"kg-7"_s, u"№7 «Құлыншақ» балабақшасы"_s);
    application.preferredKindergartens = {u"kg-7"_s, u"kg-unknown"_s};
    const QString text = ApplicationDocument::document(application, DocumentLanguage::Kazakh, extras)->toPlainText();
    QVERIFY(text.contains(u"«Балдырған» бөбекжайы"_s));
    QVERIFY(text.contains(u"№7 «Құлыншақ» балабақшасы; kg-unknown"_s));
}

void TestApplicationDocument::supportingDocumentOnlyWhenGiven()
{
    Application application = sampleApplication();
    QString text = ApplicationDocument::document(application, DocumentLanguage::Russian)->toPlainText();
    QVERIFY(text.contains(u"Подтверждающий документ (копия прилагается): ПМПК қорытындысы № 47-Б, выдан: Алматы қ. ПМПК №3, дата выдачи: 01.12.2025."_s));

    application.category = Category::None;
    application.categoryDocument = {};
    text = ApplicationDocument::document(application, DocumentLanguage::Russian)->toPlainText();
    QVERIFY(!text.contains(u"Подтверждающий документ"_s));
}

void TestApplicationDocument::datesFollowTheDocumentLanguage()
{
    // Filed late in the evening in Almaty: the document's date is the local day, not UTC's.
    Application application = sampleApplication();
    application.filedAt = QDateTime(QDate(2026, 2, 3), QTime(23, 40));
    for (const DocumentLanguage language : {DocumentLanguage::Kazakh, DocumentLanguage::Russian}) {
        const QHash<QString, QString> values = ApplicationDocument::values(application, language);
        QCOMPARE(values.value(u"application_date"_s), u"03.02.2026"_s);
        QCOMPARE(values.value(u"document_issue_date"_s), u"01.12.2025"_s);
        QCOMPARE(values.value(u"child_birth_year"_s), u"2022"_s);
    }
}

void TestApplicationDocument::verificationCodeFollowsTheData()
{
    const Application application = sampleApplication();
    const QString code = ApplicationDocument::verificationCode(application);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{10}$"_s).match(code).hasMatch());
    QCOMPARE(ApplicationDocument::verificationCode(sampleApplication()), code);

    Application changed = application;
    changed.childIin = u"231102600300"_s;
    QVERIFY(ApplicationDocument::verificationCode(changed) != code);
}

void TestApplicationDocument::builtInTemplatesUseOnlyKnownPlaceholders_data()
{
    valuesAreEscaped_data();
}

void TestApplicationDocument::builtInTemplatesUseOnlyKnownPlaceholders()
{
    QFETCH(DocumentLanguage, language);
    const QString templateText = DocumentTemplate::load(u"application_"_s + languageName(language) + u".html"_s);
    QVERIFY(!templateText.isEmpty());
    const DocumentTemplate::Filled filled =
        DocumentTemplate::fill(templateText, ApplicationDocument::values(sampleApplication(), language));
    QCOMPARE(filled.unknownPlaceholders, QStringList());
    QVERIFY(!filled.html.contains(u"{{"_s));
    // No English on a Kazakh or Russian form (markup and the e-mail address aside).
    QTextDocument document;
    document.setHtml(filled.html);
    QString text = document.toPlainText();
    // The form's own Latin words are "sms", "email" and "e-mail"; the number and the code are hex.
    for (const QString &allowed : {u"ulzhan@example.kz"_s, u"e-mail"_s, u"email"_s, u"sms"_s,
                                   ApplicationDocument::number(sampleApplication()),
                                   ApplicationDocument::verificationCode(sampleApplication())})
        text.remove(allowed);
    const QRegularExpression latinWord(u"[A-Za-z]{2,}"_s);
    const QRegularExpressionMatch english = latinWord.match(text);
    QVERIFY2(!english.hasMatch(), qPrintable(english.captured()));
}

void TestApplicationDocument::overrideFolderComesFirst()
{
    QTemporaryDir first;
    QTemporaryDir second;
    QVERIFY(first.isValid() && second.isValid());
    QFile edited(second.filePath(u"application_kk.html"_s));
    QVERIFY(edited.open(QIODevice::WriteOnly));
    edited.write(u"<p>Өзгертілген: {{child_full_name}}</p>"_s.toUtf8());
    edited.close();

    // The first folder's copy is empty (a failed edit), so the second one's is used.
    QFile empty(first.filePath(u"application_kk.html"_s));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    ApplicationDocumentExtras extras;
    extras.templateFolders = {first.path(), second.path()};
    const QString text =
        ApplicationDocument::document(sampleApplication(), DocumentLanguage::Kazakh, extras)->toPlainText();
    QCOMPARE(text, u"Өзгертілген: Өмірзақов Әлихан Қайратұлы"_s);
    // Russian is not overridden there: the built-in template.
    QVERIFY(ApplicationDocument::html(sampleApplication(), DocumentLanguage::Russian, extras).contains(u"Заявление"_s));
    // Nothing usable in any folder: the built-in template again.
    extras.templateFolders = {first.path()};
    QVERIFY(ApplicationDocument::html(sampleApplication(), DocumentLanguage::Kazakh, extras).contains(u"Өтініш"_s));
}

void TestApplicationDocument::templateSections_data()
{
    QTest::addColumn<QString>("templateText");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("unknown");

    QTest::newRow("value") << u"a {{x}} b"_s << u"a 1 b"_s << QStringList();
    QTest::newRow("section kept") << u"{{#x}}[{{x}}]{{/x}}"_s << u"[1]"_s << QStringList();
    QTest::newRow("section dropped") << u"a{{#empty}}[{{empty}}]{{/empty}}b"_s << u"ab"_s << QStringList();
    QTest::newRow("nested") << u"{{#x}}<{{#empty}}gone{{/empty}}{{#y}}{{y}}{{/y}}>{{/x}}"_s << u"<2>"_s << QStringList();
    QTest::newRow("comment") << u"<!-- {{nothing}} -->{{x}}"_s << u"1"_s << QStringList();
    QTest::newRow("unknown") << u"{{x}}{{missing}}"_s << u"1"_s << QStringList{u"missing"_s};
    QTest::newRow("unknown section") << u"{{#gone}}z{{/gone}}."_s << u"."_s << QStringList{u"gone"_s};
}

void TestApplicationDocument::templateSections()
{
    QFETCH(QString, templateText);
    QFETCH(QString, expected);
    QFETCH(QStringList, unknown);
    const QHash<QString, QString> values{{u"x"_s, u"1"_s}, {u"y"_s, u"2"_s}, {u"empty"_s, QString()}};
    const DocumentTemplate::Filled filled = DocumentTemplate::fill(templateText, values);
    QCOMPARE(filled.html, expected);
    QCOMPARE(filled.unknownPlaceholders, unknown);
}

void TestApplicationDocument::unwritablePathIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"no-such-folder/application.pdf"_s);
    const Status written = ApplicationDocument::writePdf(sampleApplication(), DocumentLanguage::Kazakh, path);
    QVERIFY(!written.ok());
    QVERIFY(!QFile::exists(path));
}

void TestApplicationDocument::addressedToTheKindergartenOfTheProfile_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("provider");
    QTest::newRow("kk") << DocumentLanguage::Kazakh << u"Көрсетілетін қызметті берушіге"_s << DocumentSamples::profile().nameKk;
    QTest::newRow("ru") << DocumentLanguage::Russian << u"Услугодателю"_s << DocumentSamples::profile().nameRu;
}

// Issue 13: the addressee was left blank although the kindergarten's details were filled. The
// kindergarten of the profile is printed under the form's "to the service provider", in the
// document's language; the other language's name when that one is missing; a blank line only
// when the profile has no name at all.
void TestApplicationDocument::addressedToTheKindergartenOfTheProfile()
{
    QFETCH(DocumentLanguage, language);
    QFETCH(QString, label);
    QFETCH(QString, provider);

    KindergartenProfile profile = DocumentSamples::profile();
    ApplicationDocumentExtras extras;
    extras.serviceProvider = ApplicationDocument::serviceProvider(profile, language);
    const QString path = m_outputFolder + u"/provider-"_s + languageName(language) + u".pdf"_s;
    QVERIFY(ApplicationDocument::writePdf(sampleApplication(), language, path, extras).ok());
    const QString text = pdfText(path);
    const qsizetype at = text.indexOf(label);
    QVERIFY2(at >= 0, qPrintable(text));
    // Right under the label (the right-hand block reads on in the layout).
    QVERIFY2(text.mid(at + label.size(), provider.size() + 1).trimmed() == provider, qPrintable(text));

    const DocumentLanguage other = language == DocumentLanguage::Kazakh ? DocumentLanguage::Russian : DocumentLanguage::Kazakh;
    const QString otherName = ApplicationDocument::serviceProvider(profile, other);
    QVERIFY(otherName != provider);
    (language == DocumentLanguage::Kazakh ? profile.nameKk : profile.nameRu).clear();
    QCOMPARE(ApplicationDocument::serviceProvider(profile, language), otherName);
    profile.nameKk.clear();
    profile.nameRu = u"  "_s;
    extras.serviceProvider = ApplicationDocument::serviceProvider(profile, language);
    QCOMPARE(extras.serviceProvider, QString());
    QVERIFY(ApplicationDocument::values(sampleApplication(), language, extras).value(u"service_provider"_s).startsWith(u"_____"_s));
}

void TestApplicationDocument::printsTheNumberAParentCanQuote_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::newRow("kk") << DocumentLanguage::Kazakh;
    QTest::newRow("ru") << DocumentLanguage::Russian;
}

// Issue 13 item 1: the printed application carries its number "YYYY-DDD-NNNNN", not the 36-character
// id; one registered before numbers existed prints its id as before.
void TestApplicationDocument::printsTheNumberAParentCanQuote()
{
    QFETCH(DocumentLanguage, language);
    Application application = sampleApplication();
    application.number = u"2026-007-00042"_s;
    // Addressed as a desk with its details filled prints it: the README's picture of the form.
    ApplicationDocumentExtras extras;
    extras.serviceProvider = ApplicationDocument::serviceProvider(DocumentSamples::profile(), language);
    const QString path = m_outputFolder + u"/numbered-"_s + languageName(language) + u".pdf"_s;
    QFile::remove(path);
    const Status written = ApplicationDocument::writePdf(application, language, path, extras);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message()));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(u"2026-007-00042"_s), qPrintable(text));
    QVERIFY2(!withoutSpaces(text).contains(application.id), qPrintable(text));

    application.number.clear();
    const QString oldPath = m_outputFolder + u"/unnumbered-"_s + languageName(language) + u".pdf"_s;
    QFile::remove(oldPath);
    QVERIFY(ApplicationDocument::writePdf(application, language, oldPath).ok());
    const QString oldText = pdfText(oldPath);
    QVERIFY2(withoutSpaces(oldText).contains(application.id), qPrintable(oldText));
    QVERIFY(!oldText.contains(u"2026-007-00042"_s));
}

QTEST_MAIN(TestApplicationDocument)
#include "tst_applicationdocument.moc"
