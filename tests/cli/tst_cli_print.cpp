// qabyldau-cli print application (docs/cli.md): the filled Appendix 1 form as a PDF, from a store
// the test fills through ApplicationStore, read back with pdftotext.
#include "ProcessTestHelpers.h"

#include "store/ApplicationStore.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using ProcessTestHelpers::Result;
using ProcessTestHelpers::runCli;
using ProcessTestHelpers::runProgram;
using ProcessTestHelpers::isOneLine;

const QString applicationId = u"0b7e4d2a-91c3-4f6e-8a15-2d9c7b3e6f40"_s;

Application sampleApplication()
{
    Application a;
    a.id = applicationId;
    a.applicant = PersonName{u"Сәрсенбаева"_s, u"Ұлжан"_s, u"Ғабитқызы"_s};
    a.applicantIin = u"940721400507"_s;
    a.applicantAddress = u"Қарағанды қ., Бұқар жырау даңғылы, 49-үй"_s;
    a.settlement = u"Қарағанды"_s;
    a.child = PersonName{u"Өмірзақов"_s, u"Әлихан"_s, u"Қайратұлы"_s};
    a.childIin = u"220315500104"_s;
    a.childBirthDate = QDate(2022, 3, 15);
    a.childSex = Iin::Sex::Male;
    a.category = Category::SpecialNeeds;
    a.categoryDocument = CategoryDocument{u"ПМПК қорытындысы"_s, u"47-Б"_s, u"ПМПК №3"_s, QDate(2025, 12, 1)};
    a.phones = {u"+77012345678"_s};
    a.consent = true;
    a.signatureDate = QDate(2026, 1, 15);
    return a;
}

} // namespace

class TestCliPrint : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void printsTheApplication_data();
    void printsTheApplication();
    void badInput_data();
    void badInput();
    void missingStoreAndFolderAsOutput();

private:
    QTemporaryDir m_folder;
    QString m_store;
};

void TestCliPrint::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext (poppler-utils) is needed to read the PDFs back");
    QVERIFY(m_folder.isValid());
    m_store = m_folder.filePath(u"store.sqlite"_s);
    // The store is closed again before the CLI opens it.
    Expected<std::shared_ptr<Database>> database = Database::open(m_store);
    QVERIFY(database);
    const ValidationContext context{QDateTime(QDate(2026, 1, 15), QTime(10, 30)), RuleSettings{}};
    const Expected<RegisteredApplication> registered =
        ApplicationStore(*database).registerApplication(sampleApplication(), u"clerk-test"_s, context);
    QVERIFY2(registered, registered ? "" : qPrintable(registered.error().message()));
    QCOMPARE(registered->application.id, applicationId);
}

void TestCliPrint::printsTheApplication_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("formWord");
    QTest::newRow("kk") << QStringList{u"--lang"_s, u"kk"_s, u"--out"_s} << u"Өтініш"_s;
    QTest::newRow("ru, --opt=value") << QStringList{u"--lang=ru"_s, u"--out"_s} << u"Заявление"_s;
}

void TestCliPrint::printsTheApplication()
{
    QFETCH(QStringList, options);
    QFETCH(QString, formWord);

    const QString pdf = m_folder.filePath(QString::fromLatin1(QTest::currentDataTag()).remove(QRegularExpression(u"\\W"_s)) + u".pdf"_s);
    QStringList arguments{u"--store"_s, m_store, u"print"_s, u"application"_s, applicationId};
    arguments << options;
    if (arguments.constLast() == u"--out"_s)
        arguments << pdf;
    const Result result = runCli(arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.err.isEmpty());
    QVERIFY(QFileInfo(pdf).size() > 0);

    const Result text = runProgram(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-layout"_s, pdf, u"-"_s});
    QCOMPARE(text.exitCode, 0);
    static const QRegularExpression space(u"\\s+"_s);
    const QString content = QString(text.out).replace(space, u" "_s);
    QVERIFY2(content.contains(u"Өмірзақов Әлихан Қайратұлы"_s), qPrintable(content));
    QVERIFY(content.contains(formWord));
    QVERIFY(content.contains(applicationId));
    QVERIFY(content.contains(u"220315500104"_s));
    QVERIFY(content.contains(u"15.01.2026"_s)); // filed on
}

void TestCliPrint::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    const QString out = u"OUT"_s; // replaced by a path in the test's folder
    QTest::newRow("unknown id") << QStringList{u"print"_s, u"application"_s, u"no-such-id"_s, u"--lang"_s, u"kk"_s, u"--out"_s, out} << 3;
    QTest::newRow("no --lang") << QStringList{u"print"_s, u"application"_s, applicationId, u"--out"_s, out} << 2;
    QTest::newRow("--lang en") << QStringList{u"print"_s, u"application"_s, applicationId, u"--lang"_s, u"en"_s, u"--out"_s, out} << 2;
    QTest::newRow("--lang de") << QStringList{u"print"_s, u"application"_s, applicationId, u"--lang"_s, u"de"_s, u"--out"_s, out} << 2;
    QTest::newRow("no --out") << QStringList{u"print"_s, u"application"_s, applicationId, u"--lang"_s, u"kk"_s} << 2;
    QTest::newRow("--out without value") << QStringList{u"print"_s, u"application"_s, applicationId, u"--lang"_s, u"kk"_s, u"--out"_s} << 2;
    QTest::newRow("no id") << QStringList{u"print"_s, u"application"_s, u"--lang"_s, u"kk"_s, u"--out"_s, out} << 2;
    QTest::newRow("--out on another command") << QStringList{u"iin"_s, u"check"_s, u"220315500104"_s, u"--out"_s, out} << 2;
    QTest::newRow("unwritable --out") << QStringList{u"print"_s, u"application"_s, applicationId, u"--lang"_s, u"ru"_s, u"--out"_s, u"NOFOLDER"_s} << 4;
}

void TestCliPrint::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);

    const QString out = m_folder.filePath(u"bad.pdf"_s);
    QFile::remove(out);
    for (QString &argument : arguments) {
        if (argument == u"OUT"_s)
            argument = out;
        else if (argument == u"NOFOLDER"_s)
            argument = m_folder.filePath(u"no-such-folder/application.pdf"_s);
    }
    const Result result = runCli(QStringList{u"--store"_s, m_store} + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(isOneLine(result.err), qPrintable(result.err));
    QVERIFY(!QFile::exists(out));
}

void TestCliPrint::missingStoreAndFolderAsOutput()
{
    // A missing store is reported, never created.
    const QString missingStore = m_folder.filePath(u"missing.sqlite"_s);
    const QString out = m_folder.filePath(u"kept.pdf"_s);
    Result result = runCli({u"--store"_s, missingStore, u"print"_s, u"application"_s, applicationId,
                            u"--lang"_s, u"kk"_s, u"--out"_s, out});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(isOneLine(result.err));
    QVERIFY(!QFile::exists(missingStore));
    QVERIFY(!QFile::exists(out));

    // A folder where the PDF should go is not replaced (works even for root, unlike permissions).
    const QString folder = m_folder.filePath(u"a-folder.pdf"_s);
    QVERIFY(QDir().mkpath(folder + u"/inside"_s));
    result = runCli({u"--store"_s, m_store, u"print"_s, u"application"_s, applicationId, u"--lang"_s, u"kk"_s,
                     u"--out"_s, folder});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(isOneLine(result.err), qPrintable(result.err));
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(QFileInfo::exists(folder + u"/inside"_s));
}

QTEST_GUILESS_MAIN(TestCliPrint)
#include "tst_cli_print.moc"
