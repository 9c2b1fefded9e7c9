// The receipt of documents (RULES 6.2, 11) in Kazakh and Russian: which of the six documents were
// taken and how, which are owed, when and by whom, for which direction and child.
#include "DocumentSamples.h"
#include "DocumentTemplate.h"
#include "ReceiptDocument.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DocumentSamples;

namespace {

ServiceSession sampleSession(ServiceChannel channel)
{
    ServiceSession s;
    s.id = u"5d1f0c8e-2b4a-4c7d-9e3f-6a8b0c1d2e3f"_s;
    s.directionNumber = direction().number;
    s.channel = channel;
    s.arrivedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 2));
    s.serviceStartedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 9));
    s.documentsAt = QDateTime(QDate(2026, 11, 24), QTime(10, 21));
    s.clerk = u"Әбдіқадырова Әйгерім"_s;
    s.checklist.channel = channel;
    s.checklist.presented = {ChecklistItem::Direction, ChecklistItem::ParentId, ChecklistItem::BirthCertificate,
                             ChecklistItem::HealthCertificate};
    s.checklist.healthCertificateIssuedOn = QDate(2026, 11, 23);
    return s;
}

ReceiptDocumentData sampleData(ServiceChannel channel = ServiceChannel::Office)
{
    const QList<ChecklistItem> required{ChecklistItem::Direction, ChecklistItem::ParentId,
                                        ChecklistItem::BirthCertificate, ChecklistItem::HealthPassport,
                                        ChecklistItem::HealthCertificate};
    return ReceiptDocumentData{profile(), direction(), sampleSession(channel), required, {}};
}

// The row of item N in the receipt's table, as QTextDocument reads it: "N name form mark".
QString rowOf(const QString &text, int item)
{
    const QRegularExpression row(u"(?:^| )%1 (.*?)(?= %2 |$| Құжаттар толық| Комплект| «Кейінірек| Документы с| Жүгіну| Обращение)"_s
                                     .arg(item)
                                     .arg(item + 1));
    return row.match(text).captured(1);
}

} // namespace

class TestReceiptDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pdfShowsTheReceipt_data();
    void pdfShowsTheReceipt();
    void eachItemMarked_data();
    void eachItemMarked();
    void formFollowsTheChannel_data();
    void formFollowsTheChannel();
    void verificationCodeFollowsWhatWasTaken();
    void builtInTemplatesUseOnlyKnownPlaceholders_data();
    void builtInTemplatesUseOnlyKnownPlaceholders();

private:
    QString m_outputFolder;
};

void TestReceiptDocument::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext (poppler-utils) is needed to read the PDFs back");
    m_outputFolder = QDir::home().filePath(u"documents"_s);
    QVERIFY(QDir().mkpath(m_outputFolder));
}

void TestReceiptDocument::pdfShowsTheReceipt_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("kk") << DocumentLanguage::Kazakh
                        << QStringList{u"№ 5D1F0C8E ҚОЛХАТ"_s, u"Жүгіну тіркелген уақыт: 24.11.2026 10:02"_s,
                                       u"Құжаттарды қабылдау басталды: 24.11.2026 10:09"_s,
                                       u"Құжаттар тапсырылды: 24.11.2026 10:21"_s,
                                       u"Құжаттарды қабылдаған: Әбдіқадырова Әйгерім"_s,
                                       u"мектепке дейінгі ұйымға жеке келу"_s, u"(берілген күні 23.11.2026)"_s,
                                       u"Құжаттар толық емес"_s};
    QTest::newRow("ru") << DocumentLanguage::Russian
                        << QStringList{u"РАСПИСКА № 5D1F0C8E"_s, u"Обращение зарегистрировано: 24.11.2026 10:02"_s,
                                       u"Прием документов начат: 24.11.2026 10:09"_s,
                                       u"Документы сданы: 24.11.2026 10:21"_s,
                                       u"Документы принял(а): Әбдіқадырова Әйгерім"_s,
                                       u"лично в дошкольной организации"_s, u"(выдана 23.11.2026)"_s,
                                       u"Комплект документов неполный"_s};
}

void TestReceiptDocument::pdfShowsTheReceipt()
{
    QFETCH(DocumentLanguage, language);
    QFETCH(QStringList, expected);

    ReceiptDocumentData data = sampleData();
    // The clerk's remark is printed as typed, in whatever language (every Kazakh letter here).
    data.session.checklist.note =
        u"Денсаулық паспортын ата-анасы ертең әкеледі; бала Жиһангер көшесіндегі емханаға тіркелген, үйі Шұғыла ш/а."_s;
    const QString path = m_outputFolder + u"/"_s + ReceiptDocument::suggestedFileName(data, language);
    QFile::remove(path);
    const Status written = ReceiptDocument::writePdf(data, language, path);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message()));

    const QString text = pdfText(path);
    const QString compact = withoutSpaces(text);
    for (const QString &value : {u"Өмірзақов Әлихан Қайратұлы"_s, u"220315500104"_s, u"Сәрсенбаева Ұлжан Ғабитқызы"_s,
                                 u"940721400507"_s, u"KRG-2026-004217"_s, u"20.11.2026"_s,
                                 language == DocumentLanguage::Kazakh ? profile().nameKk : profile().nameRu})
        QVERIFY2(compact.contains(withoutSpaces(value)), qPrintable(value + u" not in: "_s + text));
    for (const QString &value : expected)
        QVERIFY2(compact.contains(withoutSpaces(value)), qPrintable(value + u" not in: "_s + text));
    QVERIFY(compact.contains(withoutSpaces(data.session.checklist.note)));
    QVERIFY(text.contains(ReceiptDocument::verificationCode(data)));
    for (const QChar letter : kazakhLetters)
        QVERIFY2(text.contains(letter), qPrintable(QString(letter)));
}

void TestReceiptDocument::eachItemMarked_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<bool>("emergency");
    QTest::addColumn<bool>("specialNeeds");
    QTest::addColumn<QStringList>("marks"); // items 1..6

    const QString kkTaken = u"ұсынылды"_s, kkMissing = u"ұсынылмады"_s, kkLater = u"кейінірек ұсынылады"_s,
                  kkNo = u"талап етілмейді"_s;
    const QString ruTaken = u"представлен"_s, ruMissing = u"не представлен"_s, ruLater = u"представляется позже"_s,
                  ruNo = u"не требуется"_s;
    // The sample took 1, 2, 3 and 5; 4 is missing; 6 is not required for this child.
    QTest::newRow("kk") << DocumentLanguage::Kazakh << false << false
                        << QStringList{kkTaken, kkTaken, kkTaken, kkMissing, kkTaken, kkNo};
    QTest::newRow("ru") << DocumentLanguage::Russian << false << false
                        << QStringList{ruTaken, ruTaken, ruTaken, ruMissing, ruTaken, ruNo};
    // RULES 6.2: under the emergency deferral 4 and 6 are owed, not missing.
    QTest::newRow("kk emergency, special needs") << DocumentLanguage::Kazakh << true << true
                                                 << QStringList{kkTaken, kkTaken, kkTaken, kkLater, kkTaken, kkLater};
    QTest::newRow("ru special needs") << DocumentLanguage::Russian << false << true
                                      << QStringList{ruTaken, ruTaken, ruTaken, ruMissing, ruTaken, ruMissing};
}

void TestReceiptDocument::eachItemMarked()
{
    QFETCH(DocumentLanguage, language);
    QFETCH(bool, emergency);
    QFETCH(bool, specialNeeds);
    QFETCH(QStringList, marks);

    ReceiptDocumentData data = sampleData();
    if (specialNeeds)
        data.required << ChecklistItem::PmpcConclusion;
    if (emergency) {
        data.session.checklist.emergencyDeferral = true;
        data.deferred = {ChecklistItem::HealthPassport};
        if (specialNeeds)
            data.deferred << ChecklistItem::PmpcConclusion;
    }
    const QString text = plainText(ReceiptDocument::html(data, language));
    for (int item = 1; item <= 6; ++item) {
        const QString row = rowOf(text, item);
        QVERIFY2(row.endsWith(marks.at(item - 1)), qPrintable(QString::number(item) + u": "_s + row));
    }
    const QString deferralNote = language == DocumentLanguage::Kazakh ? u"шектеу іс-шараларына"_s
                                                                      : u"в связи с ограничительными мероприятиями"_s;
    QCOMPARE(text.contains(deferralNote), emergency);
}

void TestReceiptDocument::formFollowsTheChannel_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<ServiceChannel>("channel");
    QTest::addColumn<QString>("directionForm");
    QTest::addColumn<QString>("pmpcForm");
    QTest::newRow("kk office") << DocumentLanguage::Kazakh << ServiceChannel::Office << u"түпнұсқа"_s << u"қағаз түрінде"_s;
    QTest::newRow("kk portal") << DocumentLanguage::Kazakh << ServiceChannel::Portal << u"электрондық түрде"_s
                               << u"сканерленген көшірмесі"_s;
    QTest::newRow("ru office") << DocumentLanguage::Russian << ServiceChannel::Office << u"оригинал"_s
                               << u"на бумажном носителе"_s;
    QTest::newRow("ru portal") << DocumentLanguage::Russian << ServiceChannel::Portal << u"в электронном виде"_s
                               << u"сканированная копия"_s;
}

void TestReceiptDocument::formFollowsTheChannel()
{
    QFETCH(DocumentLanguage, language);
    QFETCH(ServiceChannel, channel);
    QFETCH(QString, directionForm);
    QFETCH(QString, pmpcForm);

    const QString text = plainText(ReceiptDocument::html(sampleData(channel), language));
    QVERIFY2(rowOf(text, 1).contains(directionForm), qPrintable(rowOf(text, 1)));
    QVERIFY2(rowOf(text, 6).contains(pmpcForm), qPrintable(rowOf(text, 6)));
    const QString portal = language == DocumentLanguage::Kazakh ? u"порталы арқылы"_s : u"через портал"_s;
    QCOMPARE(text.contains(portal), channel == ServiceChannel::Portal);
}

void TestReceiptDocument::verificationCodeFollowsWhatWasTaken()
{
    const ReceiptDocumentData data = sampleData();
    const QString code = ReceiptDocument::verificationCode(data);
    QCOMPARE(code.size(), 10);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{10}$"_s).match(code).hasMatch());
    QCOMPARE(ReceiptDocument::verificationCode(sampleData()), code);
    ReceiptDocumentData other = data;
    other.session.checklist.presented << ChecklistItem::HealthPassport;
    QVERIFY(ReceiptDocument::verificationCode(other) != code);
    other = data;
    other.session.clerk = u"Басқа қызметкер"_s;
    QVERIFY(ReceiptDocument::verificationCode(other) != code);
    // The profile's wording is not part of it: the same receipt printed after a rename.
    other = data;
    other.profile.nameRu = u"Другое название"_s;
    QCOMPARE(ReceiptDocument::verificationCode(other), code);
}

void TestReceiptDocument::builtInTemplatesUseOnlyKnownPlaceholders_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::newRow("kk") << DocumentLanguage::Kazakh;
    QTest::newRow("ru") << DocumentLanguage::Russian;
}

void TestReceiptDocument::builtInTemplatesUseOnlyKnownPlaceholders()
{
    QFETCH(DocumentLanguage, language);
    ReceiptDocumentData data = sampleData(ServiceChannel::Portal);
    data.session.checklist.note = u"Анықтаманың көшірмесі"_s;
    const QString templateText = DocumentTemplate::load(ReceiptDocument::templateFileName(language));
    QVERIFY(!templateText.isEmpty());
    const DocumentTemplate::Filled filled = DocumentTemplate::fill(templateText, ReceiptDocument::values(data, language));
    QCOMPARE(filled.unknownPlaceholders, QStringList());
    QVERIFY(!filled.html.contains(u"{{"_s));
    QString text = plainText(filled.html);
    text.remove(direction().number);
    text.remove(ReceiptDocument::number(data));
    text.remove(ReceiptDocument::verificationCode(data));
    const QRegularExpression latinWord(u"[A-Za-z]{2,}"_s);
    const QRegularExpressionMatch english = latinWord.match(text);
    QVERIFY2(!english.hasMatch(), qPrintable(english.captured()));
}

QTEST_MAIN(TestReceiptDocument)
#include "tst_receiptdocument.moc"
