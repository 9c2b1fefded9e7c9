// The reasoned refusal (RULES 6.4, 7) in Kazakh and Russian, read back from the PDF: whom it is
// for, each ground cited by its clause, the documents by name, and what the recipient can do.
#include "DocumentSamples.h"
#include "DocumentTemplate.h"
#include "RefusalDocument.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DocumentSamples;

namespace {

RefusalDocumentData sampleData()
{
    return RefusalDocumentData{profile(), direction(), refusal(), QDate(2026, 11, 27), 5, 15, false};
}

// How each ground is cited, per document language (RULES 6.4: clause 34 of the Rules, item 9 of
// the service standard in Appendix 4).
QString citation(RefusalGround ground, DocumentLanguage language)
{
    const bool kk = language == DocumentLanguage::Kazakh;
    switch (ground) {
    case RefusalGround::DocumentsMissingOrOutOfDate:
        return kk ? u"34-тармағының 1) тармақшасы"_s : u"подпункт 1) пункта 34"_s;
    case RefusalGround::MedicalContraindications:
        return kk ? u"34-тармағының 2) тармақшасы"_s : u"подпункт 2) пункта 34"_s;
    case RefusalGround::OtherReasons:
        return kk ? u"34-тармағының 3) тармақшасы"_s : u"подпункт 3) пункта 34"_s;
    case RefusalGround::FalseDocuments:
        return kk ? u"9-тармағының 1) тармақшасы"_s : u"подпункт 1) пункта 9"_s;
    case RefusalGround::RequirementsNotMet:
        break;
    }
    return kk ? u"9-тармағының 2) тармақшасы"_s : u"подпункт 2) пункта 9"_s;
}

// The six documents by their names in Appendix 4 item 8.
QString documentName(ChecklistItem item, DocumentLanguage language)
{
    const bool kk = language == DocumentLanguage::Kazakh;
    switch (item) {
    case ChecklistItem::Direction:
        return kk ? u"1) мектепке дейінгі ұйымға қабылдауға арналған жолдама"_s
                  : u"1) направление для зачисления в дошкольную организацию"_s;
    case ChecklistItem::ParentId:
        return kk ? u"2) ата-анасының немесе заңды өкілдерінің бірінің жеке басын куәландыратын құжат"_s
                  : u"2) документ, удостоверяющий личность одного из родителей или законных представителей"_s;
    case ChecklistItem::BirthCertificate:
        return kk ? u"3) баланың тууын куәландыратын құжат"_s : u"3) документ, удостоверяющий рождение ребенка"_s;
    case ChecklistItem::HealthPassport:
        return kk ? u"4) баланың денсаулық паспорты (026/у-3 нысаны)"_s : u"4) паспорт здоровья ребенка (форма 026/у-3)"_s;
    case ChecklistItem::HealthCertificate:
        return kk ? u"5) баланың денсаулығы туралы анықтама"_s : u"5) справка о состоянии здоровья ребенка"_s;
    case ChecklistItem::PmpcConclusion:
        break;
    }
    return kk ? u"6) психологиялық-медициналық-педагогикалық консультацияның қорытындысы"_s
              : u"6) заключение психолого-медико-педагогической консультации"_s;
}

} // namespace

class TestRefusalDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pdfShowsTheReasonedRefusal_data();
    void pdfShowsTheReasonedRefusal();
    void eachGroundCitedOnlyWhenGiven_data();
    void eachGroundCitedOnlyWhenGiven();
    void faultyDocumentsListedByName_data();
    void faultyDocumentsListedByName();
    void onlyTheFaultyDocumentsNamed_data();
    void onlyTheFaultyDocumentsNamed();
    void draftIsMarked_data();
    void draftIsMarked();
    void bringingDocumentsOnlyWhileTheDirectionIsValid_data();
    void bringingDocumentsOnlyWhileTheDirectionIsValid();
    void authorisedBodyNamedInTheLettersLanguage_data();
    void authorisedBodyNamedInTheLettersLanguage();
    void complaintDeadlinesFollowTheSettings_data();
    void complaintDeadlinesFollowTheSettings();
    void clerksWordsMarkedInTheOtherLanguage_data();
    void clerksWordsMarkedInTheOtherLanguage();
    void builtInTemplatesUseOnlyKnownPlaceholders_data();
    void builtInTemplatesUseOnlyKnownPlaceholders();
    void suggestedFileNames();

private:
    QString m_outputFolder;
};

void TestRefusalDocument::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext (poppler-utils) is needed to read the PDFs back");
    m_outputFolder = QDir::home().filePath(u"documents"_s);
    QVERIFY(QDir().mkpath(m_outputFolder));
}

void TestRefusalDocument::pdfShowsTheReasonedRefusal_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("kk") << DocumentLanguage::Kazakh
                        << QStringList{u"Дәлелді жауап"_s, u"Шығыс № Б-2026-0003, 24.11.2026"_s,
                                       u"жолдама жарамды болған кезде, 27.11.2026 қоса алғанға дейін"_s,
                                       u"басшысының атына шағым"_s, u"5 жұмыс күні ішінде"_s,
                                       u"уәкілетті органға шағым"_s, u"15 жұмыс күні ішінде"_s, u"сотқа жүгіне"_s,
                                       u"Тексеру коды: 7b21e9a4c0"_s, u"Түсініктеме: Анықтама 19.11.2026 берілген."_s};
    QTest::newRow("ru") << DocumentLanguage::Russian
                        << QStringList{u"Мотивированный отказ"_s, u"Исх. № Б-2026-0003 от 24.11.2026"_s,
                                       u"пока направление действительно, – по 27.11.2026 включительно"_s,
                                       u"на имя руководителя дошкольной организации"_s,
                                       u"в течение 5 рабочих дней"_s, u"в уполномоченный орган"_s,
                                       u"в течение 15 рабочих дней"_s, u"обратиться в суд"_s,
                                       u"Код проверки: 7b21e9a4c0"_s,
                                       // The clerk's Kazakh words, marked in the Russian letter.
                                       u"Пояснение: (текст сотрудника на казахском языке) Анықтама 19.11.2026 берілген."_s};
}

void TestRefusalDocument::pdfShowsTheReasonedRefusal()
{
    QFETCH(DocumentLanguage, language);
    QFETCH(QStringList, expected);

    const RefusalDocumentData data = sampleData();
    const QString path = m_outputFolder + u"/"_s + RefusalDocument::suggestedFileName(data, language);
    QFile::remove(path);
    const Status written = RefusalDocument::writePdf(data, language, path);
    // "ИИН" / "ЖСН" never left at a line end without its digits.
    QVERIFY2(DocumentSamples::linesEndingWithIdentifierName(path).isEmpty(), qPrintable(DocumentSamples::linesEndingWithIdentifierName(path).join(u" | "_s)));
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message()));

    const QString text = pdfText(path);
    const QString compact = withoutSpaces(text);
    // The addressee, the child, the direction, the kindergarten and its head who signs.
    for (const QString &value : {u"Сәрсенбаева Ұлжан Ғабитқызы"_s, u"940721400507"_s,
                                 u"Өмірзақов Әлихан Қайратұлы"_s, u"220315500104"_s, u"KRG-2026-004217"_s,
                                 u"20.11.2026"_s, u"Жұмабекова Гүлнәр Серікқызы"_s, u"120340012345"_s,
                                 language == DocumentLanguage::Kazakh ? profile().nameKk : profile().nameRu})
        QVERIFY2(compact.contains(withoutSpaces(value)), qPrintable(value + u" not in: "_s + text));
    // RULES 6.4: ground 34.1 by its clause, the certificate of health by name.
    QVERIFY2(text.contains(citation(RefusalGround::DocumentsMissingOrOutOfDate, language)), qPrintable(text));
    QVERIFY(text.contains(documentName(ChecklistItem::HealthCertificate, language)));
    // RULES 7 / Appendix 4 item 10: the Unified Contact Centre.
    QVERIFY(text.contains(u"1414"_s));
    QVERIFY(text.contains(u"8-800-080-7777"_s));
    for (const QString &value : expected)
        QVERIFY2(text.contains(value), qPrintable(value + u" not in: "_s + text));
    QVERIFY(!text.contains(u"ЖОБА"_s));
    QVERIFY(!text.contains(u"ПРОЕКТ"_s));
    for (const QChar letter : kazakhLetters)
        QVERIFY2(text.contains(letter), qPrintable(QString(letter)));
    QVERIFY(!text.contains(QChar(QChar::ReplacementCharacter)));
}

void TestRefusalDocument::eachGroundCitedOnlyWhenGiven_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<QList<RefusalGround>>("grounds");

    for (const DocumentLanguage language : {DocumentLanguage::Kazakh, DocumentLanguage::Russian}) {
        const QByteArray code = DocumentLanguages::code(language).toLatin1();
        for (const RefusalGround ground : RefusalGrounds::all())
            QTest::addRow("%s %s", code.constData(), qPrintable(RefusalGrounds::code(ground)))
                << language << QList<RefusalGround>{ground};
        QTest::addRow("%s 34.1 + 9.2", code.constData())
            << language << QList<RefusalGround>{RefusalGround::DocumentsMissingOrOutOfDate, RefusalGround::RequirementsNotMet};
    }
}

void TestRefusalDocument::eachGroundCitedOnlyWhenGiven()
{
    QFETCH(DocumentLanguage, language);
    QFETCH(QList<RefusalGround>, grounds);

    RefusalDocumentData data = sampleData();
    data.refusal.grounds = grounds;
    const QString text = plainText(RefusalDocument::html(data, language));
    for (const RefusalGround ground : RefusalGrounds::all())
        QVERIFY2(text.contains(citation(ground, language)) == grounds.contains(ground),
                 qPrintable(RefusalGrounds::code(ground)));
}

void TestRefusalDocument::faultyDocumentsListedByName_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<QList<ChecklistItem>>("faulty");

    QTest::newRow("kk none") << DocumentLanguage::Kazakh << QList<ChecklistItem>{};
    QTest::newRow("kk 4, 5") << DocumentLanguage::Kazakh
                             << QList<ChecklistItem>{ChecklistItem::HealthPassport, ChecklistItem::HealthCertificate};
    QTest::newRow("kk all") << DocumentLanguage::Kazakh << Checklists::allItems();
    QTest::newRow("ru 1") << DocumentLanguage::Russian << QList<ChecklistItem>{ChecklistItem::Direction};
    QTest::newRow("ru 2, 3, 6") << DocumentLanguage::Russian
                                << QList<ChecklistItem>{ChecklistItem::ParentId, ChecklistItem::BirthCertificate,
                                                        ChecklistItem::PmpcConclusion};
    QTest::newRow("ru none") << DocumentLanguage::Russian << QList<ChecklistItem>{};
}

void TestRefusalDocument::faultyDocumentsListedByName()
{
    QFETCH(DocumentLanguage, language);
    QFETCH(QList<ChecklistItem>, faulty);

    RefusalDocumentData data = sampleData();
    data.refusal.faultyItems = faulty;
    const QString text = plainText(RefusalDocument::html(data, language));
    for (const ChecklistItem item : Checklists::allItems())
        QVERIFY2(text.contains(documentName(item, language)) == faulty.contains(item), qPrintable(QString::number(int(item))));
    // The list's heading only when something is listed.
    const QString heading = language == DocumentLanguage::Kazakh ? u"Мына құжаттар ұсынылмаған"_s
                                                                 : u"следующие документы:"_s;
    QCOMPARE(text.contains(heading), !faulty.isEmpty());
}

void TestRefusalDocument::onlyTheFaultyDocumentsNamed_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<QList<ChecklistItem>>("faulty");

    for (const DocumentLanguage language : {DocumentLanguage::Kazakh, DocumentLanguage::Russian}) {
        const QByteArray code = DocumentLanguages::code(language).toLatin1();
        QTest::addRow("%s certificate only", code.constData()) << language << QList<ChecklistItem>{ChecklistItem::HealthCertificate};
        QTest::addRow("%s passport only", code.constData()) << language << QList<ChecklistItem>{ChecklistItem::HealthPassport};
        QTest::addRow("%s birth certificate only", code.constData()) << language << QList<ChecklistItem>{ChecklistItem::BirthCertificate};
    }
}

// Issue 13: on ground 34.1 the letter said the health passport AND the certificate were missing
// when only the certificate was. The paper the head signs names the documents missing or faulty,
// and no other (RULES 6.4): every mention of a document, read back from the PDF, is one of them.
void TestRefusalDocument::onlyTheFaultyDocumentsNamed()
{
    QFETCH(DocumentLanguage, language);
    QFETCH(QList<ChecklistItem>, faulty);

    RefusalDocumentData data = sampleData();
    data.refusal.grounds = {RefusalGround::DocumentsMissingOrOutOfDate};
    data.refusal.faultyItems = faulty;
    data.refusal.reasons.clear(); // the clerk's own words are not the template's
    const QString path = m_outputFolder + u"/only_faulty_"_s + QString::number(int(faulty.first())) + u"_"_s
                         + DocumentLanguages::code(language) + u".pdf"_s;
    QFile::remove(path);
    QVERIFY(RefusalDocument::writePdf(data, language, path).ok());
    const QString text = withoutSpaces(pdfText(path));

    // Each document by the words that name it wherever the letter mentions it.
    const bool kk = language == DocumentLanguage::Kazakh;
    const QList<std::pair<ChecklistItem, QString>> mentions{
        {ChecklistItem::HealthPassport, kk ? u"денсаулық паспорт"_s : u"паспорт здоровья"_s},
        {ChecklistItem::HealthCertificate, kk ? u"туралы анықтама"_s : u"справка о состоянии здоровья"_s},
        {ChecklistItem::BirthCertificate, kk ? u"тууын куәландыратын"_s : u"удостоверяющий рождение"_s},
        {ChecklistItem::PmpcConclusion, kk ? u"консультацияның қорытындысы"_s : u"консультации"_s},
    };
    for (const auto &[item, words] : mentions) {
        const qsizetype count = text.count(withoutSpaces(words));
        QVERIFY2(count == (faulty.contains(item) ? 1 : 0),
                 qPrintable(u"%1 named %2 times in: %3"_s.arg(words).arg(count).arg(pdfText(path))));
    }
}

void TestRefusalDocument::draftIsMarked_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<bool>("draft");
    QTest::addColumn<QString>("mark");
    QTest::newRow("kk draft") << DocumentLanguage::Kazakh << true << u"ЖОБА"_s;
    QTest::newRow("kk final") << DocumentLanguage::Kazakh << false << u"ЖОБА"_s;
    QTest::newRow("ru draft") << DocumentLanguage::Russian << true << u"ПРОЕКТ"_s;
    QTest::newRow("ru final") << DocumentLanguage::Russian << false << u"ПРОЕКТ"_s;
}

void TestRefusalDocument::draftIsMarked()
{
    QFETCH(DocumentLanguage, language);
    QFETCH(bool, draft);
    QFETCH(QString, mark);

    RefusalDocumentData data = sampleData();
    data.draft = draft;
    if (draft)
        data.refusal.number.clear();
    const QString path = m_outputFolder + u"/"_s + RefusalDocument::suggestedFileName(data, language);
    QFile::remove(path);
    QVERIFY(RefusalDocument::writePdf(data, language, path).ok());
    const QString text = pdfText(path);
    QCOMPARE(text.contains(mark), draft);
    // A draft has no number and no verification code the server could confirm.
    QCOMPARE(text.contains(u"Б-2026-0003"_s), !draft);
    QCOMPARE(text.contains(u"7b21e9a4c0"_s), !draft);
    QVERIFY(text.contains(u"Өмірзақов Әлихан Қайратұлы"_s));
}

void TestRefusalDocument::bringingDocumentsOnlyWhileTheDirectionIsValid_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<QDate>("validUntil");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("kk valid") << DocumentLanguage::Kazakh << QDate(2026, 12, 1) << u"01.12.2026 қоса алғанға дейін"_s;
    QTest::newRow("kk expired") << DocumentLanguage::Kazakh << QDate() << u"жолдама жарамды болған кезде"_s;
    QTest::newRow("ru valid") << DocumentLanguage::Russian << QDate(2026, 12, 1) << u"по 01.12.2026 включительно"_s;
    QTest::newRow("ru expired") << DocumentLanguage::Russian << QDate() << u"пока направление действительно"_s;
}

void TestRefusalDocument::bringingDocumentsOnlyWhileTheDirectionIsValid()
{
    QFETCH(DocumentLanguage, language);
    QFETCH(QDate, validUntil);
    QFETCH(QString, sentence);

    RefusalDocumentData data = sampleData();
    data.directionValidUntil = validUntil;
    const QString text = plainText(RefusalDocument::html(data, language));
    QCOMPARE(text.contains(sentence), validUntil.isValid());
    // The ways to complain are always there.
    QVERIFY(text.contains(u"8-800-080-7777"_s));
}

void TestRefusalDocument::authorisedBodyNamedInTheLettersLanguage_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<QString>("named");
    QTest::addColumn<QString>("notNamed");
    QTest::newRow("kk") << DocumentLanguage::Kazakh
                        << u"органға (Қарағанды облысы бойынша департамент, Ерубаев к-сі, 34) шағым"_s
                        << u"Департамент по Карагандинской области"_s;
    QTest::newRow("ru") << DocumentLanguage::Russian
                        << u"государственных услуг (Департамент по Карагандинской области, ул. Ерубаева, 34);"_s
                        << u"Қарағанды облысы бойынша"_s;
}

void TestRefusalDocument::authorisedBodyNamedInTheLettersLanguage()
{
    QFETCH(DocumentLanguage, language);
    QFETCH(QString, named);
    QFETCH(QString, notNamed);

    // Issue 13: the letter names where to complain, from the kindergarten's details, each
    // language from its own field.
    RefusalDocumentData data = sampleData();
    data.profile.authorityKk = u"Қарағанды облысы бойынша департамент, Ерубаев к-сі, 34"_s;
    data.profile.authorityRu = u"Департамент по Карагандинской области, ул. Ерубаева, 34"_s;
    const QString text = plainText(RefusalDocument::html(data, language));
    QVERIFY2(text.contains(named), qPrintable(text));
    QVERIFY(!text.contains(notNamed));

    // Not set: the sentence stands without the brackets.
    const QString without = plainText(RefusalDocument::html(sampleData(), language));
    QVERIFY(!without.contains(u"()"_s));
    QVERIFY(without.contains(language == DocumentLanguage::Kazakh ? u"органға шағым бере аласыз"_s
                                                                  : u"государственных услуг; жалоба"_s));
}

void TestRefusalDocument::complaintDeadlinesFollowTheSettings_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<int>("headDays");
    QTest::addColumn<int>("authorityDays");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("ru 1 and 21") << DocumentLanguage::Russian << 1 << 21
                                 << QStringList{u"в течение 1 рабочего дня"_s, u"в течение 21 рабочего дня"_s};
    QTest::newRow("ru 3 and 11") << DocumentLanguage::Russian << 3 << 11
                                 << QStringList{u"в течение 3 рабочих дней"_s, u"в течение 11 рабочих дней"_s};
    QTest::newRow("kk 7 and 20") << DocumentLanguage::Kazakh << 7 << 20
                                 << QStringList{u"7 жұмыс күні ішінде"_s, u"20 жұмыс күні ішінде"_s};
}

void TestRefusalDocument::complaintDeadlinesFollowTheSettings()
{
    QFETCH(DocumentLanguage, language);
    QFETCH(int, headDays);
    QFETCH(int, authorityDays);
    QFETCH(QStringList, expected);

    RefusalDocumentData data = sampleData();
    data.headAnswerDays = headDays;
    data.authorityAnswerDays = authorityDays;
    const QString text = plainText(RefusalDocument::html(data, language));
    for (const QString &value : expected)
        QVERIFY2(text.contains(value), qPrintable(value + u" not in: "_s + text));
}

// Issue 13 item 1: the explanation the clerk typed is printed as typed; in a letter of the other
// language it comes after a short marker in the letter's language, which says whose words they are
// and in which language. A text whose language the words do not tell gets no marker.
void TestRefusalDocument::clerksWordsMarkedInTheOtherLanguage_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<QString>("reasons");
    QTest::addColumn<QString>("marker"); // empty: none

    const QString kkMarker = u"(қызметкердің орыс тіліндегі мәтіні)"_s;
    const QString ruMarker = u"(текст сотрудника на казахском языке)"_s;
    const QString russian = u"Справка о состоянии здоровья выдана без печати поликлиники."_s;
    const QString kazakh = u"Анықтамада емхананың мөрі жоқ."_s;
    QTest::newRow("kk letter, Russian explanation") << DocumentLanguage::Kazakh << russian << kkMarker;
    QTest::newRow("ru letter, Russian explanation") << DocumentLanguage::Russian << russian << QString();
    QTest::newRow("ru letter, Kazakh explanation") << DocumentLanguage::Russian << kazakh << ruMarker;
    QTest::newRow("kk letter, Kazakh explanation") << DocumentLanguage::Kazakh << kazakh << QString();
    QTest::newRow("kk letter, two Russian words") << DocumentLanguage::Kazakh << u"Печати нет."_s << QString();
    QTest::newRow("ru letter, numbers only") << DocumentLanguage::Russian << u"№ 45/2026 от 19.11.2026"_s << QString();
    QTest::newRow("kk letter, a Russian explanation naming the mother")
        << DocumentLanguage::Kazakh << u"Мать ребенка Сәрсенбаева не принесла справку."_s << kkMarker;
}

void TestRefusalDocument::clerksWordsMarkedInTheOtherLanguage()
{
    QFETCH(DocumentLanguage, language);
    QFETCH(QString, reasons);
    QFETCH(QString, marker);

    RefusalDocumentData data = sampleData();
    data.refusal.reasons = reasons;
    const QString path = m_outputFolder + u"/typed_"_s + QString::number(qHash(reasons)) + u"_"_s
                         + DocumentLanguages::code(language) + u".pdf"_s;
    QFile::remove(path);
    QVERIFY(RefusalDocument::writePdf(data, language, path).ok());
    const QString text = pdfText(path);
    const QString compact = withoutSpaces(text);

    // The text as typed, after the marker when there is one, after the letter's own label.
    const QString label = language == DocumentLanguage::Kazakh ? u"Түсініктеме:"_s : u"Пояснение:"_s;
    const QString expected = label + u" "_s + (marker.isEmpty() ? QString() : marker + u" "_s) + reasons;
    QVERIFY2(compact.contains(withoutSpaces(expected)), qPrintable(expected + u" not in: "_s + text));
    // No marker of either language otherwise.
    for (const QString &any : {u"қызметкердің"_s, u"текст сотрудника"_s})
        if (!marker.contains(any))
            QVERIFY2(!text.contains(any), qPrintable(any + u" in: "_s + text));
}

void TestRefusalDocument::builtInTemplatesUseOnlyKnownPlaceholders_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::newRow("kk") << DocumentLanguage::Kazakh;
    QTest::newRow("ru") << DocumentLanguage::Russian;
}

void TestRefusalDocument::builtInTemplatesUseOnlyKnownPlaceholders()
{
    QFETCH(DocumentLanguage, language);
    RefusalDocumentData data = sampleData();
    data.refusal.grounds = RefusalGrounds::all();
    data.refusal.faultyItems = Checklists::allItems();
    const QString templateText = DocumentTemplate::load(RefusalDocument::templateFileName(language));
    QVERIFY(!templateText.isEmpty());
    const DocumentTemplate::Filled filled = DocumentTemplate::fill(templateText, RefusalDocument::values(data, language));
    QCOMPARE(filled.unknownPlaceholders, QStringList());
    QVERIFY(!filled.html.contains(u"{{"_s));
    // No English on the letter (the direction number aside).
    QString text = plainText(filled.html);
    text.remove(direction().number);
    const QRegularExpression latinWord(u"[A-Za-z]{2,}"_s);
    const QRegularExpressionMatch english = latinWord.match(text);
    QVERIFY2(!english.hasMatch(), qPrintable(english.captured()));
}

void TestRefusalDocument::suggestedFileNames()
{
    RefusalDocumentData data = sampleData();
    QCOMPARE(RefusalDocument::suggestedFileName(data, DocumentLanguage::Kazakh), u"refusal_Б-2026-0003_kk.pdf"_s);
    data.draft = true;
    QCOMPARE(RefusalDocument::suggestedFileName(data, DocumentLanguage::Russian),
             u"refusal_draft_KRG-2026-004217_ru.pdf"_s);
}

QTEST_MAIN(TestRefusalDocument)
#include "tst_refusaldocument.moc"
