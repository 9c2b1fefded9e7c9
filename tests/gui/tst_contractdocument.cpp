// The contract (RULES 6.3, 12) printed in Kazakh, Russian and both side by side, read back from the
// PDF with pdftotext as the head would read it before signing.
#include "ContractDocument.h"
#include "DocumentSamples.h"
#include "DocumentTemplate.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace DocumentSamples;

namespace {

ContractDocumentData sampleData()
{
    return ContractDocumentData{profile(), direction(), contract(), false};
}

} // namespace

class TestContractDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pdfShowsThePartiesAndTheSubject_data();
    void pdfShowsThePartiesAndTheSubject();
    void bilingualHasBothTextsSideBySide();
    void draftIsMarkedAndHasNoCode_data();
    void draftIsMarkedAndHasNoCode();
    void deferredDocumentsOnlyWhenOwed_data();
    void deferredDocumentsOnlyWhenOwed();
    void subjectWordsFollowTheDirection_data();
    void subjectWordsFollowTheDirection();
    void sentencesAgreeWhoeverSigns_data();
    void sentencesAgreeWhoeverSigns();
    void feeChargedOrNot_data();
    void feeChargedOrNot();
    void valuesAreEscaped_data();
    void valuesAreEscaped();
    void clerksWordsMarkedInTheOtherLanguage_data();
    void clerksWordsMarkedInTheOtherLanguage();
    void idDocumentInPartsPrintsInEachLanguage_data();
    void idDocumentInPartsPrintsInEachLanguage();
    void builtInTemplatesUseOnlyKnownPlaceholders_data();
    void builtInTemplatesUseOnlyKnownPlaceholders();
    void overrideFolderComesFirst();
    void languageCodes_data();
    void languageCodes();
    void defaultLanguageIsTheGroupLanguage();
    void suggestedFileNames();

private:
    QString m_outputFolder;
};

void TestContractDocument::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext (poppler-utils) is needed to read the PDFs back");
    // The test's private HOME (cmake/QabyldauTest.cmake): the PDFs stay there for a look.
    m_outputFolder = QDir::home().filePath(u"documents"_s);
    QVERIFY(QDir().mkpath(m_outputFolder));
}

void TestContractDocument::pdfShowsThePartiesAndTheSubject_data()
{
    QTest::addColumn<ContractLanguage>("language");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("kk") << ContractLanguage::Kazakh
                        << QStringList{u"№ 2026-0315 ШАРТ"_s, u"Қарағанды қаласы"_s, u"БСН 120340012345"_s,
                                       u"Жарғы негізінде"_s, u"қазақ тілі"_s, u"толық күн"_s,
                                       u"01.12.2026 бастап"_s, u"25 000 теңге"_s, u"10-күнінен"_s,
                                       u"Тексеру коды: 3fa9c0d12e"_s};
    QTest::newRow("ru") << ContractLanguage::Russian
                        << QStringList{u"ДОГОВОР № 2026-0315"_s, u"город Караганда"_s, u"БИН 120340012345"_s,
                                       u"на основании Устава"_s, u"казахский"_s, u"полного дня"_s,
                                       u"с 01.12.2026"_s, u"25 000 тенге"_s, u"10-го числа"_s,
                                       u"Код проверки: 3fa9c0d12e"_s};
    QTest::newRow("kk+ru") << ContractLanguage::Bilingual
                           << QStringList{u"№ 2026-0315 ШАРТ"_s, u"ДОГОВОР № 2026-0315"_s, u"БСН 120340012345"_s,
                                          u"БИН 120340012345"_s, u"3fa9c0d12e"_s};
}

void TestContractDocument::pdfShowsThePartiesAndTheSubject()
{
    QFETCH(ContractLanguage, language);
    QFETCH(QStringList, expected);

    const ContractDocumentData data = sampleData();
    const QString path = m_outputFolder + u"/"_s + ContractDocument::suggestedFileName(data, language);
    QFile::remove(path);
    const Status written = ContractDocument::writePdf(data, language, path);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message()));

    // Both columns of a bilingual contract read one after the other.
    const QString text = language == ContractLanguage::Bilingual
        ? pdfText(path, PdfHalf::Left) + u" "_s + pdfText(path, PdfHalf::Right)
        : pdfText(path);
    // "ИИН" / "ЖСН" never left at a line end without its digits.
    QVERIFY2(DocumentSamples::linesEndingWithIdentifierName(path).isEmpty(), qPrintable(DocumentSamples::linesEndingWithIdentifierName(path).join(u" | "_s)));
    const QString compact = withoutSpaces(text);
    // RULES 12 item 2: the parties, the child and the direction (names may wrap in the columns).
    for (const QString &value : {u"Өмірзақов Әлихан Қайратұлы"_s, u"220315500104"_s, u"15.03.2022"_s,
                                 u"Өмірзақов Қайрат Нұрланұлы"_s, u"870112300504"_s,
                                 u"жеке куәлік № 045612378, 12.03.2019, ҚР ІІМ"_s, u"+7 (701) 765\u201143\u201121"_s,
                                 u"KRG-2026-004217"_s, u"20.11.2026"_s, u"24.11.2026"_s,
                                 u"Жұмабекова Гүлнәр Серікқызы"_s, u"Ортаңғы топ „Балапан“"_s,
                                 u"KZ096010191000123456"_s, u"HSBKKZKX"_s})
        QVERIFY2(compact.contains(withoutSpaces(value)), qPrintable(value + u" not in: "_s + text));
    const QString kindergartenName =
        language == ContractLanguage::Russian ? profile().nameRu : profile().nameKk;
    QVERIFY2(compact.contains(withoutSpaces(kindergartenName)), qPrintable(text));
    if (language == ContractLanguage::Bilingual)
        QVERIFY(compact.contains(withoutSpaces(profile().nameRu)));
    for (const QString &value : expected)
        QVERIFY2(compact.contains(withoutSpaces(value)), qPrintable(value + u" not in: "_s + text));
    // No draft mark on a recorded contract.
    QVERIFY(!text.contains(u"ЖОБА"_s));
    QVERIFY(!text.contains(u"ПРОЕКТ"_s));
    // The PDF carries its text in the embedded font: no Kazakh letter lost or replaced.
    for (const QChar letter : kazakhLetters)
        QVERIFY2(text.contains(letter), qPrintable(QString(letter)));
    QVERIFY(!text.contains(QChar(QChar::ReplacementCharacter)));
}

void TestContractDocument::bilingualHasBothTextsSideBySide()
{
    const QString html = ContractDocument::html(sampleData(), ContractLanguage::Bilingual);
    const QString text = plainText(html);
    // Each section in both languages, Kazakh first on the same row (RULES 11 "a plus").
    const QStringList pairs[] = {
        {u"1. Шарттың мәні"_s, u"1. Предмет Договора"_s},
        {u"4. Ата-ана төлемақысы"_s, u"4. Родительская плата"_s},
        {u"7. Еңсерілмейтін күш мән-жайлары"_s, u"7. Обстоятельства непреодолимой силы"_s},
        {u"10. Тараптардың деректемелері мен қолдары"_s, u"10. Реквизиты и подписи Сторон"_s},
    };
    for (const QStringList &pair : pairs) {
        const qsizetype kazakh = text.indexOf(pair.at(0));
        const qsizetype russian = text.indexOf(pair.at(1));
        QVERIFY2(kazakh >= 0 && russian > kazakh, qPrintable(pair.join(u" / "_s)));
    }
    QVERIFY(text.contains(u"қазақ және орыс тілдерінде"_s));
    QVERIFY(text.contains(u"на казахском и русском языках"_s));
    // Not the one-language sentence.
    QVERIFY(!text.contains(u"Договор составлен на русском языке."_s));
}

void TestContractDocument::draftIsMarkedAndHasNoCode_data()
{
    QTest::addColumn<ContractLanguage>("language");
    QTest::addColumn<bool>("draft");
    QTest::addColumn<QStringList>("marks");

    QTest::newRow("kk draft") << ContractLanguage::Kazakh << true << QStringList{u"ЖОБА"_s};
    QTest::newRow("ru draft") << ContractLanguage::Russian << true << QStringList{u"ПРОЕКТ"_s};
    QTest::newRow("kk+ru draft") << ContractLanguage::Bilingual << true << QStringList{u"ЖОБА"_s, u"ПРОЕКТ"_s};
    QTest::newRow("kk final") << ContractLanguage::Kazakh << false << QStringList{u"ЖОБА"_s};
    QTest::newRow("ru final") << ContractLanguage::Russian << false << QStringList{u"ПРОЕКТ"_s};
}

void TestContractDocument::draftIsMarkedAndHasNoCode()
{
    QFETCH(ContractLanguage, language);
    QFETCH(bool, draft);
    QFETCH(QStringList, marks);

    ContractDocumentData data = sampleData();
    data.draft = draft;
    if (draft) {
        // What the desk previews before recording: no number yet.
        data.contract.number.clear();
    }
    const QString path = m_outputFolder + u"/"_s + ContractDocument::suggestedFileName(data, language);
    QFile::remove(path);
    QVERIFY(ContractDocument::writePdf(data, language, path).ok());
    const QString text = pdfText(path);
    for (const QString &mark : marks)
        QCOMPARE(text.contains(mark), draft);
    // The server cannot confirm a draft: it carries no verification code, and no number.
    QCOMPARE(text.contains(u"3fa9c0d12e"_s), !draft);
    QCOMPARE(text.contains(u"2026-0315"_s), !draft);
    if (draft)
        QVERIFY(text.contains(u"№ \u2014"_s) || text.contains(u"\u2014 №"_s));
    // The rest is the same contract.
    QVERIFY(text.contains(u"Өмірзақов Әлихан Қайратұлы"_s));
}

void TestContractDocument::deferredDocumentsOnlyWhenOwed_data()
{
    QTest::addColumn<ContractLanguage>("language");
    QTest::addColumn<QList<ChecklistItem>>("deferred");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QStringList>("owed");
    QTest::addColumn<QStringList>("notOwed");

    const QStringList kk{u"– баланың денсаулық паспорты (026/у-3 нысаны);"_s, u"– баланың денсаулығы туралы анықтама;"_s,
                         u"– психологиялық-медициналық-педагогикалық консультацияның қорытындысы."_s};
    const QStringList ru{u"– паспорт здоровья ребенка (форма 026/у-3);"_s, u"– справку о состоянии здоровья ребенка;"_s,
                         u"– заключение психолого-медико-педагогической консультации."_s};
    const QString kkHeading = u"9.4. Шектеу іс-шараларына"_s;
    const QString ruHeading = u"9.4. В связи с ограничительными мероприятиями"_s;
    QTest::newRow("kk none") << ContractLanguage::Kazakh << QList<ChecklistItem>{} << kkHeading << QStringList{} << kk;
    QTest::newRow("kk 4, 5") << ContractLanguage::Kazakh
                             << QList<ChecklistItem>{ChecklistItem::HealthPassport, ChecklistItem::HealthCertificate}
                             << kkHeading << kk.mid(0, 2) << kk.mid(2);
    QTest::newRow("ru 6") << ContractLanguage::Russian << QList<ChecklistItem>{ChecklistItem::PmpcConclusion}
                          << ruHeading << ru.mid(2) << ru.mid(0, 2);
    QTest::newRow("ru none") << ContractLanguage::Russian << QList<ChecklistItem>{} << ruHeading << QStringList{} << ru;
}

void TestContractDocument::deferredDocumentsOnlyWhenOwed()
{
    QFETCH(ContractLanguage, language);
    QFETCH(QList<ChecklistItem>, deferred);
    QFETCH(QString, heading);
    QFETCH(QStringList, owed);
    QFETCH(QStringList, notOwed);

    ContractDocumentData data = sampleData();
    data.contract.deferredItems = deferred;
    const QString text = plainText(ContractDocument::html(data, language));
    // RULES 6.2 / 12 item 11: the paragraph only when documents are owed, listing just those.
    QCOMPARE(text.contains(heading), !deferred.isEmpty());
    for (const QString &item : owed)
        QVERIFY2(text.contains(item), qPrintable(item));
    for (const QString &item : notOwed)
        QVERIFY2(!text.contains(item), qPrintable(item));
}

void TestContractDocument::subjectWordsFollowTheDirection_data()
{
    QTest::addColumn<ContractLanguage>("language");
    QTest::addColumn<TeachingLanguage>("groupLanguage");
    QTest::addColumn<WorkingMode>("mode");
    QTest::addColumn<GroupType>("groupType");
    QTest::addColumn<AdmissionMode>("admission");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("kk: Russian group, half day") << ContractLanguage::Kazakh << TeachingLanguage::Russian
                                                 << WorkingMode::HalfDay << GroupType::General << AdmissionMode::General
                                                 << QStringList{u"оқыту тілі – орыс тілі"_s, u"Топ толық емес күн режимінде жұмыс істейді."_s};
    QTest::newRow("kk: special group, round the clock")
        << ContractLanguage::Kazakh << TeachingLanguage::Kazakh << WorkingMode::RoundTheClock << GroupType::Special
        << AdmissionMode::General
        << QStringList{u"Топ тәулік бойы болу режимінде жұмыс істейді."_s, u"(ерекше білім беру қажеттіліктері бар балаларға арналған арнайы топ)"_s};
    QTest::newRow("ru: temporary stay") << ContractLanguage::Russian << TeachingLanguage::Russian << WorkingMode::FullDay
                                        << GroupType::General << AdmissionMode::TemporaryStay
                                        << QStringList{u"обучения – русский"_s, u"по 31.05.2027 включительно"_s,
                                                       u"а при временном пребывании – по 31.05.2027 включительно"_s};
    QTest::newRow("kk: temporary stay") << ContractLanguage::Kazakh << TeachingLanguage::Kazakh << WorkingMode::FullDay
                                        << GroupType::General << AdmissionMode::TemporaryStay
                                        << QStringList{u"уақытша болу мерзімі – 31.05.2027 қоса алғанға дейін"_s};
}

void TestContractDocument::subjectWordsFollowTheDirection()
{
    QFETCH(ContractLanguage, language);
    QFETCH(TeachingLanguage, groupLanguage);
    QFETCH(WorkingMode, mode);
    QFETCH(GroupType, groupType);
    QFETCH(AdmissionMode, admission);
    QFETCH(QStringList, expected);

    ContractDocumentData data = sampleData();
    data.direction.groupLanguage = groupLanguage;
    data.direction.workingMode = mode;
    data.direction.groupType = groupType;
    data.direction.admissionMode = admission;
    data.direction.temporaryUntil = QDate(2027, 5, 31);
    const QString text = plainText(ContractDocument::html(data, language));
    for (const QString &value : expected)
        QVERIFY2(text.contains(value), qPrintable(value + u" not in: "_s + text));
    // A general group is not called special; a general admission has no end date.
    QCOMPARE(text.contains(u"31.05.2027"_s), admission == AdmissionMode::TemporaryStay);
}

void TestContractDocument::sentencesAgreeWhoeverSigns_data()
{
    QTest::addColumn<ContractLanguage>("language");
    QTest::addColumn<WorkingMode>("mode");
    QTest::addColumn<QStringList>("expected");

    const QString head = u"от имени которого на основании Устава действует руководитель Жұмабекова Гүлнәр Серікқызы"_s;
    const QString parent = u"и родитель (законный представитель) ребенка Өмірзақов Әлихан Қайратұлы"_s;
    QTest::newRow("ru full day") << ContractLanguage::Russian << WorkingMode::FullDay
                                 << QStringList{head, parent, u"Группа работает в режиме полного дня."_s};
    QTest::newRow("ru half day") << ContractLanguage::Russian << WorkingMode::HalfDay
                                 << QStringList{head, parent, u"Группа работает в режиме неполного дня."_s};
    QTest::newRow("ru round the clock") << ContractLanguage::Russian << WorkingMode::RoundTheClock
                                        << QStringList{head, parent, u"Группа работает в режиме круглосуточного пребывания."_s};
    QTest::newRow("kk full day") << ContractLanguage::Kazakh << WorkingMode::FullDay
                                 << QStringList{u"Топ толық күн режимінде жұмыс істейді."_s};
    QTest::newRow("kk round the clock") << ContractLanguage::Kazakh << WorkingMode::RoundTheClock
                                        << QStringList{u"Топ тәулік бойы болу режимінде жұмыс істейді."_s};
    QTest::newRow("kk+ru half day") << ContractLanguage::Bilingual << WorkingMode::HalfDay
                                    << QStringList{head, parent, u"Группа работает в режиме неполного дня."_s,
                                                   u"Топ толық емес күн режимінде жұмыс істейді."_s};
}

// Issue 13: the Russian contract called the head (a woman) "действующего", gave the parent
// "проживающий(-ая)", and said "Режим работы группы – полного дня". The paper the head signs
// reads right whoever signs it: the head's and the parent's roles are worded so that nothing
// depends on their sex, and the group's mode is a sentence in every mode.
void TestContractDocument::sentencesAgreeWhoeverSigns()
{
    QFETCH(ContractLanguage, language);
    QFETCH(WorkingMode, mode);
    QFETCH(QStringList, expected);

    ContractDocumentData data = sampleData();
    data.direction.workingMode = mode;
    const QString path = m_outputFolder + u"/agree_"_s + QString::number(int(mode)) + u"_"_s
                         + ContractDocument::suggestedFileName(data, language);
    QFile::remove(path);
    QVERIFY(ContractDocument::writePdf(data, language, path).ok());
    const QString text = language == ContractLanguage::Bilingual
        ? pdfText(path, PdfHalf::Left) + u" "_s + pdfText(path, PdfHalf::Right)
        : pdfText(path);
    const QString compact = withoutSpaces(text);
    for (const QString &value : expected)
        QVERIFY2(compact.contains(withoutSpaces(value)), qPrintable(value + u" not in: "_s + text));
    // No word whose ending guesses at a sex, no alternative endings in brackets.
    static const QRegularExpression guessed(u"действующ(его|ей)|\\((-[а-яё]+|[а-яё]{1,2})\\)|Режим работы группы –"_s);
    const QRegularExpressionMatch match = guessed.match(text);
    QVERIFY2(!match.hasMatch(), qPrintable(match.captured() + u" in: "_s + text));
}

void TestContractDocument::feeChargedOrNot_data()
{
    QTest::addColumn<ContractLanguage>("language");
    QTest::addColumn<int>("amount");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("absent");

    QTest::newRow("kk charged") << ContractLanguage::Kazakh << 1250500 << u"айына 1 250 500 теңге"_s
                                << u"төлемақы алынбайды"_s;
    QTest::newRow("kk free") << ContractLanguage::Kazakh << 0 << u"Ата-анадан төлемақы алынбайды"_s
                             << u"теңге төлемақыны"_s;
    QTest::newRow("ru charged") << ContractLanguage::Russian << 18000 << u"– 18 000 тенге в месяц"_s
                                << u"не взимается"_s;
    QTest::newRow("ru free") << ContractLanguage::Russian << 0 << u"с Родителя не взимается"_s << u"тенге в месяц"_s;
}

void TestContractDocument::feeChargedOrNot()
{
    QFETCH(ContractLanguage, language);
    QFETCH(int, amount);
    QFETCH(QString, expected);
    QFETCH(QString, absent);

    ContractDocumentData data = sampleData();
    data.profile.feeAmount = amount;
    const QString text = plainText(ContractDocument::html(data, language));
    QVERIFY2(text.contains(expected), qPrintable(text));
    QVERIFY(!text.contains(absent));
    // The administrator's terms of the fee follow in the document's language.
    QVERIFY(text.contains(language == ContractLanguage::Kazakh ? profile().feeTermsKk : profile().feeTermsRu));
}

void TestContractDocument::valuesAreEscaped_data()
{
    QTest::addColumn<ContractLanguage>("language");
    QTest::newRow("kk") << ContractLanguage::Kazakh;
    QTest::newRow("ru") << ContractLanguage::Russian;
    QTest::newRow("kk+ru") << ContractLanguage::Bilingual;
}

void TestContractDocument::valuesAreEscaped()
{
    QFETCH(ContractLanguage, language);
    ContractDocumentData data = sampleData();
    data.contract.parentAddress = u"<b>Ескі</b> & {{child_iin}} көше"_s;
    const QString html = ContractDocument::html(data, language);
    QVERIFY(!html.contains(u"<b>Ескі</b>"_s));
    const QString text = plainText(html);
    // Shown as typed: markup is text, a placeholder inside a value stays literal.
    QVERIFY2(text.contains(u"<b>Ескі</b> & {{child_iin}} көше"_s), qPrintable(text));
}

// Issue 13 item 1: the parent's ID document and address are what the clerk typed, in whichever
// language; each is printed as typed, and the text of the other language marks it, in its own
// words, wherever it prints it (the parties' paragraph and the details above the signatures). In
// the kk+ru contract each column marks what is in the other column's language; the details shared
// by both columns need no marker.
void TestContractDocument::clerksWordsMarkedInTheOtherLanguage_data()
{
    QTest::addColumn<ContractLanguage>("language");
    QTest::addColumn<QString>("idDocument");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("kazakhMarkers"); // "(қызметкердің орыс тіліндегі мәтіні)" in the Kazakh text
    QTest::addColumn<int>("russianMarkers"); // "(текст сотрудника на казахском языке)" in the Russian text

    const QString russianId = u"удостоверение личности № 045612378 от 12.03.2019, МВД РК"_s;
    const QString kazakhId = contract().parentIdDocument; // "жеке куәлік № 045612378, 12.03.2019, ҚР ІІМ"
    const QString russianAddress = u"г. Караганда, мкр. Шанырак, ул. Жихангер, д. 12"_s;
    const QString kazakhAddress = contract().parentAddress; // "Қарағанды қ., Шаңырақ ш/а, ..."
    QTest::newRow("kk, Russian ID document") << ContractLanguage::Kazakh << russianId << kazakhAddress << 2 << 0;
    QTest::newRow("ru, Russian ID document") << ContractLanguage::Russian << russianId << russianAddress << 0 << 0;
    QTest::newRow("ru, Kazakh ID document and address")
        << ContractLanguage::Russian << kazakhId << kazakhAddress << 0 << 4;
    QTest::newRow("kk, Kazakh ID document and address")
        << ContractLanguage::Kazakh << kazakhId << kazakhAddress << 0 << 0;
    QTest::newRow("kk, Russian ID document and address")
        << ContractLanguage::Kazakh << russianId << russianAddress << 4 << 0;
    QTest::newRow("kk, ID number only") << ContractLanguage::Kazakh << u"045612378"_s << kazakhAddress << 0 << 0;
    QTest::newRow("kk+ru, Russian ID document, Kazakh address")
        << ContractLanguage::Bilingual << russianId << kazakhAddress << 1 << 1;
    QTest::newRow("kk+ru, Kazakh ID document and address")
        << ContractLanguage::Bilingual << kazakhId << kazakhAddress << 0 << 2;
}

void TestContractDocument::clerksWordsMarkedInTheOtherLanguage()
{
    QFETCH(ContractLanguage, language);
    QFETCH(QString, idDocument);
    QFETCH(QString, address);
    QFETCH(int, kazakhMarkers);
    QFETCH(int, russianMarkers);

    ContractDocumentData data = sampleData();
    data.contract.parentIdDocument = idDocument;
    data.contract.parentAddress = address;
    const QString path = m_outputFolder + u"/typed_"_s + QString::number(qHash(idDocument + address)) + u"_"_s
                         + ContractDocument::suggestedFileName(data, language);
    QFile::remove(path);
    QVERIFY(ContractDocument::writePdf(data, language, path).ok());
    const bool bilingual = language == ContractLanguage::Bilingual;
    // Compared without spaces and hyphens: a line may break anywhere in a column, and pdftotext
    // joins "12-" at a line's end to the next line's "үй". A single-language contract is read in
    // pdftotext's reading order, so that the two columns of the details above the signatures do
    // not interleave.
    const auto compact = [](const QString &text) { return withoutSpaces(text).remove(u'-'); };
    const QString wholeText = pdftotextOutput({u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    const QString kazakhText = compact(bilingual ? pdfText(path, PdfHalf::Left) : wholeText);
    const QString russianText = compact(bilingual ? pdfText(path, PdfHalf::Right) : wholeText);
    const QString kazakhMarker = compact(u"(қызметкердің орыс тіліндегі мәтіні)"_s);
    const QString russianMarker = compact(u"(текст сотрудника на казахском языке)"_s);

    QCOMPARE(kazakhText.count(kazakhMarker), kazakhMarkers);
    QCOMPARE(russianText.count(russianMarker), russianMarkers);
    if (bilingual) { // each column its own language's marker only
        QCOMPARE(kazakhText.count(russianMarker), 0);
        QCOMPARE(russianText.count(kazakhMarker), 0);
    }
    // The typed texts themselves, as typed; a marker stands right before one of them.
    const QString &text = language == ContractLanguage::Russian ? russianText : kazakhText;
    for (const QString &typed : {idDocument, address})
        QVERIFY2(text.contains(compact(typed)), qPrintable(typed + u" not in: "_s + text));
    const QString marker = language == ContractLanguage::Russian ? russianMarker : kazakhMarker;
    if (!bilingual && kazakhMarkers + russianMarkers > 0)
        QVERIFY2(text.contains(marker + compact(idDocument)) || text.contains(marker + compact(address)),
                 qPrintable(text));
}

// Issue 13 item 1: the ID document asked for in parts prints wholly in each contract's language,
// in the parties' paragraph and in the details above the signatures; only an "other" kind or
// authority stays as the clerk typed it, marked when in the other language. In the kk+ru contract
// the Kazakh column has the Kazakh form, the Russian column the Russian one (the parent's details,
// shared by both columns, give both). A contract recorded with free text prints it as before.
void TestContractDocument::idDocumentInPartsPrintsInEachLanguage_data()
{
    QTest::addColumn<ContractLanguage>("language");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("kindText");
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("issuer");
    QTest::addColumn<QString>("issuerText");
    QTest::addColumn<QString>("kazakh");   // printed in the Kazakh text (or column)
    QTest::addColumn<QString>("russian");  // printed in the Russian text (or column)
    QTest::addColumn<QStringList>("notInKazakh");
    QTest::addColumn<QStringList>("notInRussian");

    const QStringList russianWords{u"удостоверение"_s, u"паспорт гражданина"_s, u"выдан"_s, u"МВД РК"_s, u"МЮ РК"_s,
                                   u"вид на жительство"_s, u"лица без гражданства"_s, u"текст сотрудника"_s};
    const QStringList kazakhWords{u"жеке куәлік"_s, u"паспорты"_s, u"берген"_s, u"ҚР ІІМ"_s, u"Әділет"_s,
                                  u"ықтиярхат"_s, u"азаматтығы жоқ"_s, u"қызметкердің"_s};
    const int card = int(IdDocumentKind::IdentityCard);
    const int mia = int(IdDocumentIssuer::InternalAffairs);
    QTest::newRow("ru, identity card, Ministry of Internal Affairs")
        << ContractLanguage::Russian << card << QString() << u"012345678"_s << mia << QString() << QString()
        << u"удостоверение личности № 012345678, выдано 01.02.2020 МВД РК"_s << QStringList() << kazakhWords;
    QTest::newRow("kk, identity card, Ministry of Internal Affairs")
        << ContractLanguage::Kazakh << card << QString() << u"012345678"_s << mia << QString()
        << u"жеке куәлік № 012345678, 01.02.2020 ж. ҚР ІІМ берген"_s << QString() << russianWords << QStringList();
    QTest::newRow("ru, passport, Ministry of Justice")
        << ContractLanguage::Russian << int(IdDocumentKind::Passport) << QString() << u"N12345678"_s
        << int(IdDocumentIssuer::Justice) << QString() << QString()
        << u"паспорт гражданина РК № N12345678, выдан 01.02.2020 МЮ РК"_s << QStringList() << kazakhWords;
    QTest::newRow("kk, passport, Ministry of Justice")
        << ContractLanguage::Kazakh << int(IdDocumentKind::Passport) << QString() << u"N12345678"_s
        << int(IdDocumentIssuer::Justice) << QString()
        << u"ҚР азаматының паспорты № N12345678, 01.02.2020 ж. ҚР Әділет министрлігі берген"_s << QString()
        << russianWords << QStringList();
    QTest::newRow("kk, residence permit")
        << ContractLanguage::Kazakh << int(IdDocumentKind::ResidencePermit) << QString() << u"F0123456"_s << mia
        << QString() << u"шетелдіктің Қазақстан Республикасында тұруға ықтиярхаты № F0123456, 01.02.2020 ж. ҚР ІІМ берген"_s
        << QString() << russianWords << QStringList();
    QTest::newRow("ru, stateless person's certificate")
        << ContractLanguage::Russian << int(IdDocumentKind::StatelessCertificate) << QString() << u"123456789"_s << mia
        << QString() << QString() << u"удостоверение лица без гражданства № 123456789, выдано 01.02.2020 МВД РК"_s
        << QStringList() << kazakhWords;
    QTest::newRow("ru, other kind and authority typed in Kazakh")
        << ContractLanguage::Russian << int(IdDocumentKind::Other) << u"әскери билет"_s << u"АБ 1234567"_s
        << int(IdDocumentIssuer::Other) << u"Қорғаныс министрлігі"_s << QString()
        << u"(текст сотрудника на казахском языке) әскери билет № АБ 1234567, дата выдачи 01.02.2020, кем выдан: "
           "(текст сотрудника на казахском языке) Қорғаныс министрлігі"_s
        << QStringList() << QStringList{u"жеке куәлік"_s, u"берген"_s, u"қызметкердің"_s};
    QTest::newRow("kk, other kind and authority typed in Russian")
        << ContractLanguage::Kazakh << int(IdDocumentKind::Other) << u"военный билет офицера запаса"_s << u"АБ 1234567"_s
        << int(IdDocumentIssuer::Other) << u"Министерство обороны РК"_s
        << u"(қызметкердің орыс тіліндегі мәтіні) военный билет офицера запаса № АБ 1234567, 01.02.2020 ж. "
           "(қызметкердің орыс тіліндегі мәтіні) Министерство обороны РК берген"_s
        << QString() << QStringList{u"удостоверение личности"_s, u"выдан"_s, u"текст сотрудника"_s} << QStringList();
    QTest::newRow("kk+ru, identity card, Ministry of Internal Affairs")
        << ContractLanguage::Bilingual << card << QString() << u"012345678"_s << mia << QString()
        << u"жеке куәлік № 012345678, 01.02.2020 ж. ҚР ІІМ берген"_s
        << u"удостоверение личности № 012345678, выдано 01.02.2020 МВД РК"_s << russianWords << QStringList();
    QTest::newRow("kk, free text of a contract recorded before")
        << ContractLanguage::Kazakh << int(IdDocumentKind::None) << QString() << QString()
        << int(IdDocumentIssuer::None) << QString() << contract().parentIdDocument << QString()
        << QStringList{u"№ 012345678"_s} << QStringList();
}

void TestContractDocument::idDocumentInPartsPrintsInEachLanguage()
{
    QFETCH(ContractLanguage, language);
    QFETCH(int, kind);
    QFETCH(QString, kindText);
    QFETCH(QString, number);
    QFETCH(int, issuer);
    QFETCH(QString, issuerText);
    QFETCH(QString, kazakh);
    QFETCH(QString, russian);
    QFETCH(QStringList, notInKazakh);
    QFETCH(QStringList, notInRussian);

    ContractDocumentData data = sampleData();
    IdDocument &document = data.contract.parentIdDocumentDetails;
    document.kind = IdDocumentKind(kind);
    if (document.isStructured()) {
        data.contract.parentIdDocument.clear();
        document.kindText = kindText;
        document.number = number;
        document.issuedOn = QDate(2020, 2, 1);
        document.issuer = IdDocumentIssuer(issuer);
        document.issuerText = issuerText;
    }
    const QString path = m_outputFolder + u"/id_"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')
                         + u".pdf"_s;
    QFile::remove(path);
    QVERIFY(ContractDocument::writePdf(data, language, path).ok());
    // Compared without spaces (no-break ones too) and hyphens: a line may break anywhere in a
    // column. A single-language contract in pdftotext's reading order (the details' two columns
    // do not interleave), the kk+ru contract column by column.
    const auto compact = [](const QString &text) { return withoutSpaces(text).remove(u'\u00A0').remove(u'-'); };
    const bool bilingual = language == ContractLanguage::Bilingual;
    const QString wholeText = compact(pdftotextOutput({u"-enc"_s, u"UTF-8"_s, path, u"-"_s}));
    const QString kazakhText = bilingual ? compact(pdfText(path, PdfHalf::Left)) : wholeText;
    const QString russianText = bilingual ? compact(pdfText(path, PdfHalf::Right)) : wholeText;
    // Twice in its language: the parties' paragraph and the details above the signatures (in the
    // kk+ru contract, the Kazakh details stand in the right column with the Russian ones).
    if (!kazakh.isEmpty())
        QVERIFY2(kazakhText.count(compact(kazakh)) == (bilingual ? 1 : 2), qPrintable(kazakhText));
    if (!russian.isEmpty())
        QVERIFY2(russianText.count(compact(russian)) == 2, qPrintable(russianText));
    for (const QString &word : notInKazakh)
        QVERIFY2(!kazakhText.contains(compact(word)), qPrintable(word + u" in: "_s + kazakhText));
    for (const QString &word : notInRussian)
        QVERIFY2(!russianText.contains(compact(word)), qPrintable(word + u" in: "_s + russianText));
}

void TestContractDocument::builtInTemplatesUseOnlyKnownPlaceholders_data()
{
    valuesAreEscaped_data();
}

void TestContractDocument::builtInTemplatesUseOnlyKnownPlaceholders()
{
    QFETCH(ContractLanguage, language);
    for (const bool draft : {false, true}) {
        ContractDocumentData data = sampleData();
        data.draft = draft;
        data.contract.deferredItems = {ChecklistItem::HealthPassport};
        data.direction.admissionMode = AdmissionMode::TemporaryStay;
        const QString templateText = DocumentTemplate::load(ContractDocument::templateFileName(language));
        QVERIFY(!templateText.isEmpty());
        const DocumentTemplate::Filled filled =
            DocumentTemplate::fill(templateText, ContractDocument::values(data, language));
        QCOMPARE(filled.unknownPlaceholders, QStringList());
        QVERIFY(!filled.html.contains(u"{{"_s));
        // No English on the contract (the bank details and the number aside).
        QString text = plainText(filled.html);
        for (const QString &allowed : {profile().account, profile().bik, direction().number, contract().verificationCode})
            text.remove(allowed);
        const QRegularExpression latinWord(u"[A-Za-z]{2,}"_s);
        const QRegularExpressionMatch english = latinWord.match(text);
        QVERIFY2(!english.hasMatch(), qPrintable(english.captured()));
    }
}

void TestContractDocument::overrideFolderComesFirst()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QFile edited(folder.filePath(u"contract_ru.html"_s));
    QVERIFY(edited.open(QIODevice::WriteOnly));
    edited.write(u"<p>Наш договор № {{contract_number}} для {{child_name}}</p>"_s.toUtf8());
    edited.close();

    const ContractDocumentData data = sampleData();
    QCOMPARE(plainText(ContractDocument::html(data, ContractLanguage::Russian, {folder.path()})),
             u"Наш договор № 2026-0315 для Өмірзақов Әлихан Қайратұлы"_s);
    // The other languages keep the built-in wording.
    QVERIFY(plainText(ContractDocument::html(data, ContractLanguage::Kazakh, {folder.path()}))
                .contains(u"№ 2026-0315 ШАРТ"_s));
}

void TestContractDocument::languageCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<ContractLanguage>("language");
    QTest::newRow("kk") << u"kk"_s << ContractLanguage::Kazakh;
    QTest::newRow("ru") << u"ru"_s << ContractLanguage::Russian;
    QTest::newRow("kk+ru") << u"kk+ru"_s << ContractLanguage::Bilingual;
}

void TestContractDocument::languageCodes()
{
    QFETCH(QString, code);
    QFETCH(ContractLanguage, language);
    QCOMPARE(ContractDocument::languageCode(language), code);
    QCOMPARE(ContractDocument::languageFromCode(code), std::optional<ContractLanguage>(language));
    for (const QString &bad : {u""_s, u"en"_s, u"KK"_s, u"ru+kk"_s})
        QVERIFY(!ContractDocument::languageFromCode(bad));
}

void TestContractDocument::defaultLanguageIsTheGroupLanguage()
{
    Direction d = direction();
    d.groupLanguage = TeachingLanguage::Russian;
    QCOMPARE(ContractDocument::defaultLanguage(d), ContractLanguage::Russian);
    d.groupLanguage = TeachingLanguage::Kazakh;
    QCOMPARE(ContractDocument::defaultLanguage(d), ContractLanguage::Kazakh);
}

void TestContractDocument::suggestedFileNames()
{
    ContractDocumentData data = sampleData();
    QCOMPARE(ContractDocument::suggestedFileName(data, ContractLanguage::Kazakh), u"contract_2026-0315_kk.pdf"_s);
    QCOMPARE(ContractDocument::suggestedFileName(data, ContractLanguage::Bilingual), u"contract_2026-0315_kkru.pdf"_s);
    data.contract.number = u"17/2026"_s;
    QCOMPARE(ContractDocument::suggestedFileName(data, ContractLanguage::Russian), u"contract_17_2026_ru.pdf"_s);
    data.draft = true;
    QCOMPARE(ContractDocument::suggestedFileName(data, ContractLanguage::Russian),
             u"contract_draft_KRG-2026-004217_ru.pdf"_s);
}

QTEST_MAIN(TestContractDocument)
#include "tst_contractdocument.moc"
