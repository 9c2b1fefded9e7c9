// The daily bulletins of freed and withdrawn places (RULES 2.4, 2.9, 4.1) printed in Kazakh and
// Russian, read back from the PDF with pdftotext; and built from a real store.
#include "BulletinDocument.h"
#include "DocumentSamples.h"
#include "DocumentTemplate.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DocumentSamples;

Q_DECLARE_METATYPE(BulletinKind)
Q_DECLARE_METATYPE(DocumentLanguage)

namespace {

const QDate day(2026, 3, 26);

Place samplePlace(int n)
{
    Place p;
    p.id = u"5d0c7b7e-3a55-4a38-9c1e-6a1f0e2b7c%1"_s.arg(n, 2, 10, QLatin1Char('0'));
    p.kindergartenId = profile().id;
    p.groupName = u"Ортаңғы топ «Балапан»"_s;
    p.birthFrom = QDate(2021, 1, 1);
    p.birthTo = QDate(2021, 12, 31);
    p.admissionStartsOn = QDate(2026, 4, 1);
    return p;
}

BulletinDocumentData sampleData(BulletinKind kind)
{
    Place general = samplePlace(1);
    general.publishedAt = QDateTime(day, QTime(9, 15));
    general.status = PlaceStatus::Directed;
    general.directionNumber = u"KRG-2026-004217"_s;
    Place early = samplePlace(2);
    early.groupName = u"Кіші топ «Құлыншақ»"_s;
    early.language = TeachingLanguage::Russian;
    early.admissionMode = AdmissionMode::EarlyBooking;
    early.freedOn = QDate(2026, 3, 25);
    early.publishedAt = QDateTime(day, QTime(10, 40));
    Place temporary = samplePlace(3);
    temporary.groupName = u"Ересек топ «Жұлдыз»"_s;
    temporary.groupType = GroupType::Special;
    temporary.workingMode = WorkingMode::HalfDay;
    temporary.admissionMode = AdmissionMode::TemporaryStay;
    temporary.temporaryUntil = QDate(2026, 8, 31);
    temporary.attendanceRestricted = true;
    temporary.attendanceNote = u"дүйсенбі – сәрсенбі"_s;
    BulletinDocumentData data;
    data.kind = kind;
    data.day = day;
    data.profile = profile();
    data.printedAt = QDateTime(day, QTime(17, 5));
    data.entries = {{general, general.publishedAt, false},
                    {early, early.publishedAt, false},
                    {temporary, QDateTime(day, QTime(16, 30)), true}};
    return data;
}

} // namespace

class TestBulletinDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pdfShowsThePlacesInTimeOrder_data();
    void pdfShowsThePlacesInTimeOrder();
    void emptyDayAndNoProvisionalNote();
    void builtInTemplatesUseOnlyKnownPlaceholders_data();
    void builtInTemplatesUseOnlyKnownPlaceholders();
    void buildReadsTheStore();

private:
    QString m_outputFolder;
};

void TestBulletinDocument::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext (poppler-utils) is needed to read the PDFs back");
    m_outputFolder = QDir::home().filePath(u"documents"_s);
    QVERIFY(QDir().mkpath(m_outputFolder));
}

void TestBulletinDocument::pdfShowsThePlacesInTimeOrder_data()
{
    QTest::addColumn<BulletinKind>("kind");
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("freed kk") << BulletinKind::Freed << DocumentLanguage::Kazakh
                              << QStringList{u"Босаған орындар бюллетені"_s, u"Күні: 26.03.2026"_s,
                                             u"Жарияланған уақыты"_s, u"белгіленген"_s,
                                             u"босаған"_s, u"25.03.2026"_s,
                                             u"31.08.2026"_s, u"дейін"_s, u"дүйсенбі"_s,
                                             u"арнайы"_s, u"орыс"_s, u"KRG-2026-004217"_s,
                                             u"Кезектілікті басқару жүйесі әлі растамаған"_s, u"Тексеру коды"_s};
    QTest::newRow("freed ru") << BulletinKind::Freed << DocumentLanguage::Russian
                              << QStringList{u"Бюллетень освободившихся мест"_s, u"Дата: 26.03.2026"_s,
                                             u"Время публикации"_s, u"общеустановленный"_s,
                                             u"освободилось"_s, u"25.03.2026"_s,
                                             u"пребывание"_s, u"31.08.2026"_s, u"специальная"_s,
                                             u"русский"_s, u"KRG-2026-004217"_s,
                                             u"Еще не подтверждено системой управления очередностью"_s,
                                             u"Код проверки"_s};
    QTest::newRow("withdrawn kk") << BulletinKind::Withdrawn << DocumentLanguage::Kazakh
                                  << QStringList{u"Кері қайтарылып алынған орындар бюллетені"_s,
                                                 u"Қайтарылған уақыты"_s, u"Кезектілікті басқару жүйесі"_s};
    QTest::newRow("withdrawn ru") << BulletinKind::Withdrawn << DocumentLanguage::Russian
                                  << QStringList{u"Бюллетень отозванных мест"_s, u"Время отзыва"_s};
}

void TestBulletinDocument::pdfShowsThePlacesInTimeOrder()
{
    QFETCH(BulletinKind, kind);
    QFETCH(DocumentLanguage, language);
    QFETCH(QStringList, expected);

    const BulletinDocumentData data = sampleData(kind);
    const QString path = m_outputFolder + u"/"_s + BulletinDocument::suggestedFileName(data, language);
    QFile::remove(path);
    const Status written = BulletinDocument::writePdf(data, language, path);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message()));

    // Reading order (-layout would interleave the wrapped headings of the columns); a cell's
    // lines may still meet its neighbours' on one line, so the values are looked for word by word.
    const QString text = pdftotextOutput({u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    const QString compact = withoutSpaces(text);
    for (const QString &value : expected)
        QVERIFY2(compact.contains(withoutSpaces(value)), qPrintable(value + u" not in: "_s + text));
    QVERIFY(compact.contains(withoutSpaces(language == DocumentLanguage::Kazakh ? profile().nameKk : profile().nameRu)));
    QVERIFY(compact.contains(BulletinDocument::verificationCode(data)));
    // In time order: 09:15, 10:40, then the unconfirmed 16:30 with its mark.
    const qsizetype first = compact.indexOf(u"26.03.202609:15"_s);
    const qsizetype second = compact.indexOf(u"26.03.202610:40"_s);
    const qsizetype third = compact.indexOf(u"26.03.202616:30*"_s);
    QVERIFY2(first >= 0 && second > first && third > second, qPrintable(text));
    QCOMPARE(compact.contains(u"KRG-2026-004217"_s), kind == BulletinKind::Freed);
    if (language == DocumentLanguage::Kazakh)
        for (const QChar letter : kazakhLetters)
            if (letter != u'һ') // no word of this bulletin has it
                QVERIFY2(text.contains(letter), qPrintable(QString(letter)));
    QVERIFY(!text.contains(QChar(QChar::ReplacementCharacter)));
}

void TestBulletinDocument::emptyDayAndNoProvisionalNote()
{
    BulletinDocumentData data = sampleData(BulletinKind::Withdrawn);
    data.entries.clear();
    QString text = plainText(BulletinDocument::html(data, DocumentLanguage::Kazakh));
    QVERIFY(text.contains(u"Осы күні жазбалар жоқ."_s));
    QVERIFY(!text.contains(u"растамаған"_s));
    data = sampleData(BulletinKind::Freed);
    data.entries.removeLast(); // the only provisional entry
    text = plainText(BulletinDocument::html(data, DocumentLanguage::Russian));
    QVERIFY(!text.contains(u"подтверждено"_s));
    QVERIFY(text.contains(u"Всего записей: 2"_s));
}

void TestBulletinDocument::builtInTemplatesUseOnlyKnownPlaceholders_data()
{
    QTest::addColumn<BulletinKind>("kind");
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<bool>("region"); // the region's bulletin (print bulletin --from)
    for (const bool region : {false, true})
        for (const BulletinKind kind : {BulletinKind::Freed, BulletinKind::Withdrawn})
            for (const DocumentLanguage language : {DocumentLanguage::Kazakh, DocumentLanguage::Russian})
                QTest::addRow("%s%s %s", region ? "region " : "", qPrintable(PlaceStore::bulletinKindCode(kind)),
                              qPrintable(DocumentLanguages::code(language)))
                    << kind << language << region;
}

void TestBulletinDocument::builtInTemplatesUseOnlyKnownPlaceholders()
{
    QFETCH(BulletinKind, kind);
    QFETCH(DocumentLanguage, language);
    QFETCH(bool, region);
    BulletinDocumentData data = sampleData(kind);
    data.region = region;
    for (const BulletinEntry &entry : data.entries)
        data.kindergartens.insert(entry.place.kindergartenId, {data.profile.nameKk, data.profile.nameRu, data.profile.bin});
    const QString templateText = DocumentTemplate::load(BulletinDocument::templateFileName(language, region));
    QVERIFY(!templateText.isEmpty());
    const DocumentTemplate::Filled filled =
        DocumentTemplate::fill(templateText, BulletinDocument::values(data, language),
                               {{u"rows"_s, BulletinDocument::rowValues(data, language)}});
    QCOMPARE(filled.unknownPlaceholders, QStringList());
    QVERIFY(!filled.html.contains(u"{{"_s));
    QString text = plainText(filled.html);
    for (const QString &allowed : {u"KRG-2026-004217"_s, BulletinDocument::verificationCode(data)})
        text.remove(allowed);
    const QRegularExpression latinWord(u"[A-Za-z]{2,}"_s);
    const QRegularExpressionMatch english = latinWord.match(text);
    QVERIFY2(!english.hasMatch(), qPrintable(english.captured()));
}

void TestBulletinDocument::buildReadsTheStore()
{
    auto database = Database::open(u":memory:"_s);
    QVERIFY(database);
    PlaceStore store(*database);
    const QDateTime now(day, QTime(11, 0));
    QVERIFY(store.publish(samplePlace(1), u"clerk"_s, now));
    QVERIFY(store.publish(samplePlace(2), u"clerk"_s, now.addSecs(-600)));
    QVERIFY(store.withdraw(samplePlace(1).id, u"clerk"_s, now.addSecs(60)));
    const Expected<BulletinDocumentData> freed =
        BulletinDocument::build(BulletinKind::Freed, day, *database, profile(), now);
    QVERIFY(freed);
    QCOMPARE(freed->entries.size(), 2);
    QCOMPARE(freed->entries.first().place.id, samplePlace(2).id);
    QVERIFY(freed->entries.first().provisional);
    const Expected<BulletinDocumentData> withdrawn =
        BulletinDocument::build(BulletinKind::Withdrawn, day, *database, profile(), now);
    QCOMPARE(withdrawn->entries.size(), 1);
    QVERIFY(BulletinDocument::verificationCode(*freed) != BulletinDocument::verificationCode(*withdrawn));
    QCOMPARE(BulletinDocument::suggestedFileName(*withdrawn, DocumentLanguage::Russian),
             u"bulletin_withdrawn_2026-03-26_ru.pdf"_s);
}

QTEST_MAIN(TestBulletinDocument)
#include "tst_bulletindocument.moc"
