// Issue 13 item 4 end to end: an application corrected and withdrawn in a real desk store goes
// through the real sync engine to a real qabyldau-server (SQLite, or PostgreSQL in the _pg twin),
// is applied there, and what the server then publishes is what the desk and another
// kindergarten's desk hold (RULES 3.3: the filing time kept, the new right everywhere).
#include "DeskSyncHelpers.h"

#include "store/DirectionStore.h"

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
    void expiredDirectionStopListsAndRequeuesAtTheDesk();

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

void TestDeskSyncLifecycle::expiredDirectionStopListsAndRequeuesAtTheDesk()
{
    // Issue 12 item 4 end to end: a direction to kindergarten A for a child its desk registered
    // arrives at the desk; unused, the server's deadline run expires it, the child goes on the
    // stop list, and later back into the queue with its filing time (RULES 5): the desk sees each
    // step after its next sync, and holds what the server holds.
    Desk deskA(m_dir.filePath(QStringLiteral("expiry-a.sqlite")), m_server->port(), m_tokenA);
    QVERIFY2(deskA.isOpen(), qPrintable(deskA.openError()));
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

    // Issued Monday 1 February 2027 (noon, Almaty): in force through Monday 8 February, expired
    // on the 9th, stop-listed through the 19th, back in the queue on the 20th.
    const QString number = QStringLiteral("D-LIFE-1");
    const QString imported = importDirections(*m_server, m_dir, number,
                                              {directionRecord(number, m_orgA, *deskA.find(id),
                                                               QDateTime(QDate(2027, 2, 1), QTime(7, 0), Qt::UTC))});
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    report = deskA.sync();
    QVERIFY2(report.error.ok(), qPrintable(report.error.code() + u' ' + report.error.detail));
    std::optional<Direction> direction = DirectionStore(deskA.database()).find(number);
    QVERIFY(direction);
    QCOMPARE(direction->status, DirectionStatus::Issued);
    QCOMPARE(deskA.find(id)->status, ApplicationStatus::DirectionIssued);

    const auto deadlines = [this](const QString &on) {
        const Run run = m_server->cli({QStringLiteral("deadlines"), QStringLiteral("run"), QStringLiteral("--on"), on});
        return run.exitCode == 0 ? QString() : run.out + run.err;
    };
    QCOMPARE(deadlines(QStringLiteral("2027-02-09")), QString());
    report = deskA.sync();
    QVERIFY2(report.error.ok(), qPrintable(report.error.code() + u' ' + report.error.detail));
    direction = DirectionStore(deskA.database()).find(number);
    QVERIFY(direction);
    QCOMPARE(direction->status, DirectionStatus::Expired);
    QCOMPARE(deskA.find(id)->status, ApplicationStatus::StopListed);
    QCOMPARE(deskA.find(id)->stopListedUntil, QDate(2027, 2, 19));
    QCOMPARE(compareWithServer(deskA, serverView(*m_server, m_tokenA)), QString());

    QCOMPARE(deadlines(QStringLiteral("2027-02-20")), QString());
    report = deskA.sync();
    QVERIFY2(report.error.ok(), qPrintable(report.error.code() + u' ' + report.error.detail));
    QCOMPARE(deskA.find(id)->status, ApplicationStatus::Queued);
    QCOMPARE(deskA.find(id)->filedAt, filedAt);
    QCOMPARE(compareWithServer(deskA, serverView(*m_server, m_tokenA)), QString());
}

QTEST_GUILESS_MAIN(TestDeskSyncLifecycle)
#include "tst_desksync_lifecycle.moc"
