// Issue 13 item 4 end to end: an application corrected and withdrawn in a real desk store goes
// through the real sync engine to a real qabyldau-server (SQLite, or PostgreSQL in the _pg twin),
// is applied there, and what the server then publishes is what the desk and another
// kindergarten's desk hold (RULES 3.3: the filing time kept, the new right everywhere).
#include "DeskSyncHelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ServerTest;
using namespace DeskTest;

class TestDeskSyncLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void correctionAndWithdrawalReachTheServerAndComeBack();

private:
    std::unique_ptr<Server> m_server;
    QTemporaryDir m_dir;
    QString m_orgA, m_orgB, m_tokenA, m_tokenB;
    Applications m_applications{23};
};

void TestDeskSyncLifecycle::initTestCase()
{
    QVERIFY2(QFile::exists(serverPath()), qPrintable(serverPath()));
    QVERIFY(m_dir.isValid());
}

void TestDeskSyncLifecycle::init()
{
    const QString error = setUpTwoKindergartens(m_server, m_orgA, m_orgB, m_tokenA, m_tokenB);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDeskSyncLifecycle::cleanup()
{
    m_server.reset();
}

void TestDeskSyncLifecycle::correctionAndWithdrawalReachTheServerAndComeBack()
{
    Desk deskA(m_dir.filePath(QStringLiteral("a.sqlite")), m_server->port(), m_tokenA);
    Desk deskB(m_dir.filePath(QStringLiteral("b.sqlite")), m_server->port(), m_tokenB);
    QVERIFY2(deskA.isOpen(), qPrintable(deskA.openError()));
    QVERIFY2(deskB.isOpen(), qPrintable(deskB.openError()));

    Application application = m_applications.next();
    application.category = Category::None;
    application.categoryDocument = CategoryDocument();
    const Expected<RegisteredApplication> registered = deskA.registerApplication(application);
    QVERIFY2(registered, registered ? "" : qPrintable(registered.error().message()));
    const QString id = registered->application.id;
    SyncReport report = deskA.sync();
    QVERIFY2(report.error.ok(), qPrintable(report.error.code() + u' ' + report.error.detail));
    QCOMPARE(report.applied, 1);
    const QDateTime filedAt = deskA.find(id)->filedAt;

    // The category changes at the desk (RULES 3.3).
    Application changed = *deskA.find(id);
    changed.category = Category::Military;
    changed.categoryDocument = CategoryDocument{QStringLiteral("Әскери бөлімнің анықтамасы"), QStringLiteral("№ 17"),
                                                QStringLiteral("в/ч 12345"), QDate::currentDate()};
    const Expected<RegisteredApplication> corrected = ApplicationStore(deskA.database()).correctApplication(
        id, changed, QStringLiteral("Тест Клерк"), ValidationContext{QDateTime::currentDateTime(), RuleSettings{}});
    QVERIFY2(corrected, corrected ? "" : qPrintable(corrected.error().message()));
    report = deskA.sync();
    QVERIFY2(report.error.ok(), qPrintable(report.error.code() + u' ' + report.error.detail));
    QCOMPARE(report.sent, 1);
    QCOMPARE(report.applied, 1);
    QVERIFY(report.rejected.isEmpty());

    const HttpReply position = m_server->get("/api/v1/queue/position?iin=" + application.childIin.toUtf8(), m_tokenA);
    QCOMPARE(position.status, 200);
    QCOMPARE(position.json()[QStringLiteral("right")].toString(), QStringLiteral("extraordinary"));
    QCOMPARE(position.json()[QStringLiteral("filed_at")].toString(), ApplicationJson::timestampValue(filedAt).toString());
    // The desk holds the server's version: the same category and filing time.
    QCOMPARE(deskA.find(id)->category, Category::Military);
    QCOMPARE(deskA.find(id)->filedAt, filedAt);
    QCOMPARE(compareWithServer(deskA, serverView(*m_server, m_tokenA)), QString());
    // Another kindergarten's desk: the anonymous row stands by the new right (rank 0).
    report = deskB.sync();
    QVERIFY2(report.error.ok(), qPrintable(report.error.code() + u' ' + report.error.detail));
    QCOMPARE(deskB.count(QStringLiteral("SELECT right_rank FROM applications WHERE id = '%1' AND anonymous = 1").arg(id)), 0);

    // Withdrawn at the parent's request.
    QVERIFY(ApplicationStore(deskA.database()).withdrawApplication(id, QStringLiteral("Отбасы көшіп кетті"),
                                                                   QStringLiteral("Тест Клерк"), QDateTime::currentDateTime()));
    report = deskA.sync();
    QVERIFY2(report.error.ok(), qPrintable(report.error.code() + u' ' + report.error.detail));
    QCOMPARE(report.applied, 1);
    QCOMPARE(m_server->get("/api/v1/queue/position?iin=" + application.childIin.toUtf8(), m_tokenA).status, 404);
    QCOMPARE(deskA.find(id)->status, ApplicationStatus::Archived);
    QCOMPARE(deskA.find(id)->archiveReason, ArchiveReason::WithdrawnByApplicant);
    report = deskB.sync();
    QVERIFY2(report.error.ok(), qPrintable(report.error.code() + u' ' + report.error.detail));
    QCOMPARE(deskB.count(QStringLiteral("SELECT count(*) FROM applications WHERE id = '%1' AND status = 'archived'").arg(id)), 1);
    QCOMPARE(compareWithServer(deskB, serverView(*m_server, m_tokenB)), QString());
}

QTEST_GUILESS_MAIN(TestDeskSyncLifecycle)
#include "tst_desksync_lifecycle.moc"
