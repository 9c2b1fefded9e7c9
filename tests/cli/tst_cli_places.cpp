// qabyldau-cli places list and print bulletin (docs/cli.md): a store filled through PlaceStore,
// the list read back, the bulletins read back from the PDF with pdftotext.
#include "ProcessTestHelpers.h"

#include "domain/Place.h"
#include "store/Database.h"
#include "store/KindergartenProfileStore.h"
#include "store/PlaceStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using ProcessTestHelpers::Result;
using ProcessTestHelpers::isOneLine;
using ProcessTestHelpers::runCli;
using ProcessTestHelpers::runProgram;

const QString first = u"5d0c7b7e-3a55-4a38-9c1e-6a1f0e2b7c01"_s;
const QString second = u"5d0c7b7e-3a55-4a38-9c1e-6a1f0e2b7c02"_s;
const QDate day(2026, 3, 26);

// The kindergarten as tests/common/DocumentSamples.h has it (that header needs Qt Gui).
KindergartenProfile sampleProfile()
{
    KindergartenProfile p;
    p.id = u"KRG-017"_s;
    p.nameKk = u"Қарағанды қаласы әкімдігінің «№ 17 „Құлыншақ“ бөбекжайы» КМҚК"_s;
    p.nameRu = u"КГКП «Ясли-сад № 17 „Кулыншак“» акимата города Караганды"_s;
    p.bin = u"120340012345"_s;
    p.addressKk = u"Қарағанды қ., Бұқар жырау даңғылы, 49/3"_s;
    p.addressRu = u"г. Караганда, проспект Бухар жырау, 49/3"_s;
    p.cityKk = u"Қарағанды қаласы"_s;
    p.cityRu = u"город Караганда"_s;
    p.headName = u"Жұмабекова Гүлнәр Серікқызы"_s;
    p.phone = u"+7 7212 41 17 17"_s;
    p.bank = u"«Қазақстан Халық Банкі» АҚ"_s;
    p.account = u"KZ096010191000123456"_s;
    p.bik = u"HSBKKZKX"_s;
    p.feeAmount = 25000;
    p.feeDueDay = 10;
    p.feeTermsKk = u"Төлемақыға баланың тамағы кіреді."_s;
    p.feeTermsRu = u"Плата покрывает питание ребенка."_s;
    return p;
}

Place samplePlace(const QString &id, const QString &group)
{
    Place p;
    p.id = id;
    p.kindergartenId = u"KRG-017"_s;
    p.groupName = group;
    p.birthFrom = QDate(2021, 1, 1);
    p.birthTo = QDate(2021, 12, 31);
    p.admissionStartsOn = QDate(2026, 4, 1);
    return p;
}

QString pdfContent(const QString &pdf)
{
    const Result text = runProgram(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    static const QRegularExpression space(u"\\s+"_s);
    return text.exitCode == 0 ? QString(text.out).replace(space, u" "_s) : u"<pdftotext failed>"_s;
}

} // namespace

class TestCliPlaces : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsThePlaces();
    void printsTheBulletins_data();
    void printsTheBulletins();
    void badInput();

private:
    QTemporaryDir m_dir;
    QString m_store;
};

void TestCliPlaces::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(u"desk.sqlite"_s);
    auto database = Database::open(m_store);
    QVERIFY(database);
    const Status saved = KindergartenProfileStore(*database).save(sampleProfile(), u"admin"_s,
                                                                  QDateTime(day, QTime(8, 0)));
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
    PlaceStore places(*database);
    QVERIFY(places.publish(samplePlace(first, u"Ортаңғы топ «Балапан»"_s), u"clerk"_s, QDateTime(day, QTime(9, 0))));
    QVERIFY(places.publish(samplePlace(second, u"Кіші топ «Құлыншақ»"_s), u"clerk"_s, QDateTime(day, QTime(9, 30))));
    QVERIFY(places.withdraw(second, u"clerk"_s, QDateTime(day, QTime(11, 0))));
}

void TestCliPlaces::listsThePlaces()
{
    const Result all = runCli({u"--store"_s, m_store, u"places"_s, u"list"_s});
    QCOMPARE(all.exitCode, 0);
    const QStringList lines = all.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringList({second, u"withdrawn"_s, u"2021-01-01"_s, u"2021-12-31"_s, u"kk"_s,
                                        u"general"_s, u"2026-04-01"_s, u"-"_s, u"unconfirmed"_s,
                                        u"Кіші топ «Құлыншақ»"_s}).join(u'\t'));
    QVERIFY(lines.at(1).startsWith(first + u"\topen\t"_s));

    const Result open = runCli({u"--store"_s, m_store, u"places"_s, u"list"_s, u"--status"_s, u"open"_s});
    QCOMPARE(open.exitCode, 0);
    QCOMPARE(open.out.count(u'\n'), 1);
    QVERIFY(open.out.startsWith(first));
}

void TestCliPlaces::printsTheBulletins_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("freed kk") << u"freed"_s << u"kk"_s
                              << QStringList{u"Босаған орындар бюллетені"_s, u"Күні: 26.03.2026"_s, u"«Балапан»"_s,
                                             u"«Құлыншақ»"_s, u"09:00 *"_s, u"растамаған"_s}
                              << QStringList{};
    QTest::newRow("withdrawn ru") << u"withdrawn"_s << u"ru"_s
                                  << QStringList{u"Бюллетень отозванных мест"_s, u"Дата: 26.03.2026"_s,
                                                 u"«Құлыншақ»"_s, u"11:00 *"_s, u"Всего записей: 1"_s}
                                  << QStringList{u"«Балапан»"_s};
}

void TestCliPlaces::printsTheBulletins()
{
    QFETCH(QString, kind);
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    const QString out = m_dir.filePath(u"bulletin-"_s + kind + u".pdf"_s);
    const Result printed = runCli({u"--store"_s, m_store, u"--lang"_s, language, u"print"_s, u"bulletin"_s,
                                   u"--kind"_s, kind, u"--date"_s, u"2026-03-26"_s, u"--out"_s, out});
    QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
    const QString text = pdfContent(out);
    for (const QString &value : expected)
        QVERIFY2(text.contains(value), qPrintable(value + u" not in: "_s + text));
    for (const QString &value : absent)
        QVERIFY2(!text.contains(value), qPrintable(value));
}

void TestCliPlaces::badInput()
{
    const QString out = m_dir.filePath(u"x.pdf"_s);
    const Result noKind = runCli({u"--store"_s, m_store, u"--lang"_s, u"kk"_s, u"print"_s, u"bulletin"_s,
                                  u"--out"_s, out});
    QCOMPARE(noKind.exitCode, 2);
    QVERIFY(isOneLine(noKind.err));
    const Result badDate = runCli({u"--store"_s, m_store, u"--lang"_s, u"kk"_s, u"print"_s, u"bulletin"_s,
                                   u"--kind"_s, u"freed"_s, u"--date"_s, u"26.03.2026"_s, u"--out"_s, out});
    QCOMPARE(badDate.exitCode, 2);
    const Result badStatus = runCli({u"--store"_s, m_store, u"places"_s, u"list"_s, u"--status"_s, u"free"_s});
    QCOMPARE(badStatus.exitCode, 2);
    QVERIFY(isOneLine(badStatus.err));
    const Result noStore = runCli({u"--store"_s, m_dir.filePath(u"none.sqlite"_s), u"places"_s, u"list"_s});
    QCOMPARE(noStore.exitCode, 3);
    QVERIFY(!QFile::exists(m_dir.filePath(u"none.sqlite"_s)));
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestCliPlaces)
#include "tst_cli_places.moc"
