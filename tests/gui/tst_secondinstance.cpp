// One desk per local store (issue 13 item 2, docs/architecture.md): a second desk opening a
// store another desk has open is refused with a message that says what to do, in the clerk's
// language; the store opens again once the first desk has closed, and a lock left by a desk that
// crashed does not keep the store shut.
#include "DeskApplication.h"
#include "GuiTestHelpers.h"
#include "common/DeskDialogs.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestSecondInstance : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void secondDeskOnOneStoreIsRefused_data();
    void secondDeskOnOneStoreIsRefused();
    void programStartOnAnOpenStoreSaysSoAndEnds();
    void storeOpensAgainAfterTheFirstDeskClosed();
    void lockOfACrashedDeskDoesNotKeepTheStoreShut();

private:
    DeskOptions options(QLocale::Language language = QLocale::English) const
    {
        DeskOptions o;
        o.storePath = m_dir.filePath(QStringLiteral("store.sqlite"));
        o.language = language;
        o.user = GuiTestHelpers::testUser();
        return o;
    }

    QTemporaryDir m_dir;
};

void TestSecondInstance::init()
{
    DeskApplication::setIdentity();
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestSecondInstance::secondDeskOnOneStoreIsRefused_data()
{
    QTest::addColumn<QLocale::Language>("language");
    QTest::addColumn<QString>("word"); // what the message says to do, in that language
    QTest::newRow("en") << QLocale::English << QStringLiteral("switch to that window");
    QTest::newRow("kk") << QLocale::Kazakh << QStringLiteral("терезеге");
    QTest::newRow("ru") << QLocale::Russian << QStringLiteral("окно");
}

void TestSecondInstance::secondDeskOnOneStoreIsRefused()
{
    QFETCH(QLocale::Language, language);
    QFETCH(QString, word);

    DeskApplication first;
    QVERIFY(first.open(options()));
    QVERIFY(QFile::exists(DeskApplication::instanceLockPath(options().storePath)));

    DeskApplication second;
    const Status opened = second.open(options(language));
    QVERIFY(!opened);
    QCOMPARE(opened.error().field, Field::Store);
    QCOMPARE(opened.error().rule, Rule::StoreCannotOpen);
    const QString message = opened.error().message();
    // Which desk holds it, and what to do.
    QVERIFY2(message.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(message));
    QVERIFY2(message.contains(word, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY(!second.store());
    QVERIFY(!second.mainWindow());
    // The first desk goes on as it was.
    QVERIFY(first.store());
    QVERIFY(first.mainWindow());
}

void TestSecondInstance::programStartOnAnOpenStoreSaysSoAndEnds()
{
    DeskApplication first;
    QVERIFY(first.open(options()));
    // The program's own start (main.cpp), its message box answered by the test mode.
    DeskDialogs::Testing::setEnabled(true);
    DeskApplication second;
    const bool started = second.start({QStringLiteral("qabyldau"), QStringLiteral("--lang"), QStringLiteral("kk"),
                                       QStringLiteral("--store"), options().storePath});
    const QStringList shown = DeskDialogs::Testing::shown();
    DeskDialogs::Testing::setEnabled(false);
    QVERIFY(!started);
    QVERIFY(!second.mainWindow());
    // One message, before any sign-in: the store is open elsewhere, and where.
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().startsWith(QStringLiteral("critical: ")), qPrintable(shown.first()));
    QVERIFY2(shown.first().contains(QString::number(QCoreApplication::applicationPid())), qPrintable(shown.first()));
    QVERIFY2(shown.first().contains(QStringLiteral("терезеге")), qPrintable(shown.first()));
}

void TestSecondInstance::storeOpensAgainAfterTheFirstDeskClosed()
{
    {
        DeskApplication first;
        QVERIFY(first.open(options()));
    }
    QVERIFY(!QFile::exists(DeskApplication::instanceLockPath(options().storePath)));
    DeskApplication second;
    QVERIFY(second.open(options()));
    // qabyldau-cli and the sync thread take no lock: another connection still opens the store.
    QVERIFY(Database::open(options().storePath));
}

void TestSecondInstance::lockOfACrashedDeskDoesNotKeepTheStoreShut()
{
    // What a desk killed mid-work leaves behind: QLockFile's "pid, application, host" of a
    // process that no longer runs.
    QFile lock(DeskApplication::instanceLockPath(options().storePath));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("4194000\nqabyldau\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    DeskApplication desk;
    QVERIFY(desk.open(options()));
}

QTEST_MAIN(TestSecondInstance)
#include "tst_secondinstance.moc"
