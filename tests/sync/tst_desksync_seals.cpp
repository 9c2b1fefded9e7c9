// Issue 11 and issue 14 item 4: a first sync's bulk path writes each anonymous row's seal in its
// own INSERT, with applications_seal_insert left out of the page's transaction (SyncStore,
// docs/sync.md "Bulk download"). The store it fills must pass `journal verify`, keep the trigger,
// and still name a row changed behind the program's back afterwards. Against a real
// qabyldau-server process (SQLite, or PostgreSQL in the _pg twin).
#include "DeskSyncHelpers.h"

#include "store/RowSeal.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ServerTest;
using namespace DeskTest;

namespace {

Run journalVerify(const QString &store)
{
    QProcess process;
    process.start(QStringLiteral(QABYLDAU_CLI_PATH),
                  {QStringLiteral("--store"), store, QStringLiteral("journal"), QStringLiteral("verify")});
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.exitCode = -2;
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// As another SQLite client (without the program's seal function): the statements run in one
// connection; empty, or the first error.
QString foreignWrite(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return db.lastError().text();
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                error = query.lastError().text();
                break;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

RowSeal::StoreVerification verify(const Desk &desk)
{
    return RowSeal::verify(desk.database()->connection()).valueOr(RowSeal::StoreVerification{});
}

} // namespace

class TestDeskSyncSeals : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<Server>();
        QVERIFY2(m_server->setupError().isEmpty(), qPrintable(m_server->setupError()));
        QVERIFY(m_server->init());
        m_orgA = m_server->addOrg(1);
        const QString orgB = m_server->addOrg(2);
        QVERIFY(!m_orgA.isEmpty() && !orgB.isEmpty());
        m_tokenA = m_server->addDesk(m_orgA);
        m_tokenB = m_server->addDesk(orgB);
        QVERIFY(!m_tokenA.isEmpty() && !m_tokenB.isEmpty());
        QVERIFY2(m_server->start(), qPrintable(m_server->startError()));
    }

    void cleanup() { m_server.reset(); }

    void firstSyncStoreIsSealedAndTamperingIsFound()
    {
        // The region: this kindergarten's own applications (full records, one of them sent again
        // with its direction), and another's, which arrive as anonymous queue rows.
        auto deskA = newDesk(m_tokenA);
        Application ours;
        for (int i = 0; i < 3; ++i) {
            const Expected<RegisteredApplication> registered = deskA->registerApplication(m_applications.next());
            QVERIFY(registered);
            ours = registered->application;
        }
        QVERIFY(deskA->sync().error.ok());
        auto deskB = newDesk(m_tokenB);
        for (int i = 0; i < 8; ++i)
            QVERIFY(deskB->registerApplication(m_applications.next()));
        QVERIFY(deskB->sync().error.ok());
        const QString directed = importDirection(*m_server, m_dir.path(), QStringLiteral("ALM-0007"), m_orgA, ours);
        QVERIFY2(directed.isEmpty(), qPrintable(directed));

        // A new desk of kindergarten A: its first sync through the bulk path, in small pages
        // (anonymous rows and ordinary changes mixed in one page).
        auto desk = newDesk(m_tokenA);
        SyncOptions options = desk->options();
        options.pageLimit = 4;
        options.bulkThreshold = 1;
        const SyncReport report = SyncEngine(desk->database(), options).syncOnce();
        QVERIFY2(report.error.ok(), qPrintable(report.error.detail));
        QVERIFY(report.bulk);
        QVERIFY(report.pages >= 3);
        QCOMPARE(desk->count(QStringLiteral("SELECT count(*) FROM applications WHERE anonymous = 1")), 8);
        QCOMPARE(desk->count(QStringLiteral("SELECT count(*) FROM applications WHERE row_seal IS NULL")), 0);
        // Left out for each page's transaction only: the store keeps its trigger.
        QCOMPARE(desk->count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                                            " AND name = 'applications_seal_insert'")),
                 1);

        const RowSeal::StoreVerification sealed = verify(*desk);
        QVERIFY2(sealed.ok(), qPrintable(sealed.lines().join(u'\n')));
        QVERIFY(sealed.rowsChecked >= 11);
        const QString store = desk->database()->path();
        const Run intact = journalVerify(store);
        QCOMPARE(intact.err, QString());
        QCOMPARE(intact.exitCode, 0);
        QVERIFY2(intact.out.startsWith(QStringLiteral("intact")), qPrintable(intact.out));

        // Another kindergarten's row moved up the queue by another SQLite client. With the
        // triggers in place it cannot write at all; with them dropped it can, and is found.
        QSqlQuery anonymous(desk->database()->connection());
        QVERIFY(anonymous.exec(QStringLiteral("SELECT id FROM applications WHERE anonymous = 1 ORDER BY id LIMIT 1")));
        QVERIFY(anonymous.next());
        const QString moved = anonymous.value(0).toString();
        anonymous.finish();
        // Two columns: a finding names the columns whose one-byte part of the seal differs, and
        // one column's part matches by chance once in 256 changes (RowSeal: "may be empty"); with
        // two, the test would miss both once in 65,536 runs instead of once in 256.
        const QString update = QStringLiteral("UPDATE applications SET filed_at = filed_at - 86400000 * 400,"
                                              " category = CASE category WHEN 1 THEN 2 ELSE 1 END"
                                              " WHERE id = '%1'")
                                   .arg(moved);
        QVERIFY(foreignWrite(store, {update}).contains(RowSeal::functionName()));
        QCOMPARE(foreignWrite(store, {QStringLiteral("DROP TRIGGER applications_seal_broken"),
                                      QStringLiteral("DROP TRIGGER applications_seal_update"), update}),
                 QString());

        const RowSeal::StoreVerification found = verify(*desk);
        QVERIFY(!found.ok());
        QCOMPARE(found.findings.size(), 1);
        QCOMPARE(found.findings.first().kind, RowSeal::Finding::Kind::Changed);
        QCOMPARE(found.findings.first().id, moved);
        const QStringList columns = found.findings.first().columns;
        QVERIFY2(columns.contains(QStringLiteral("filed_at")) || columns.contains(QStringLiteral("category")),
                 qPrintable(columns.join(u',')));
        const Run broken = journalVerify(store);
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains(moved) && broken.err.contains(columns.constFirst()), qPrintable(broken.err));

        // The next sync (a new application elsewhere) seals what it writes and does not launder
        // the changed row.
        QVERIFY(deskB->registerApplication(m_applications.next()));
        QVERIFY(deskB->sync().error.ok());
        const SyncReport next = desk->sync();
        QVERIFY2(next.error.ok(), qPrintable(next.error.detail));
        QCOMPARE(desk->count(QStringLiteral("SELECT count(*) FROM applications WHERE anonymous = 1")), 9);
        const RowSeal::StoreVerification after = verify(*desk);
        QCOMPARE(after.findings.size(), 1);
        QCOMPARE(after.findings.first().id, moved);
    }

private:
    std::unique_ptr<Desk> newDesk(const QString &token)
    {
        const QString path = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".sqlite"));
        return std::make_unique<Desk>(path, m_server->port(), token);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_server;
    QString m_orgA;
    QString m_tokenA;
    QString m_tokenB;
    Applications m_applications{31};
};

QTEST_GUILESS_MAIN(TestDeskSyncSeals)
#include "tst_desksync_seals.moc"
