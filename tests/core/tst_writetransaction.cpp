#include "store/Database.h"
#include "store/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The one transaction guard of the stores (core/store/WriteTransaction.h): BEGIN IMMEDIATE,
// an explicit commit(), a rollback on destruction, errors as Status values.
class TestWriteTransaction : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void commitKeepsEveryRow();
    void destructionWithoutCommitLeavesNothing();
    void failureMidwayLeavesNothing();
    void explicitRollbackLeavesNothing();
    void beginTakesTheWriteLockAtOnce();
    void misuseIsAnIssueNotACrash();
    void failedCommitIsAnIssueAndRollsBack();

private:
    int rows() const;
    bool insert(QSqlDatabase db, int id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_database;
};

void TestWriteTransaction::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QList<Migration> migrations{
        Migration{QStringLiteral("rows"), {QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY)")}}};
    Expected<std::shared_ptr<Database>> opened = Database::open(m_dir->filePath(QStringLiteral("store.sqlite")),
                                                                migrations);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().detail));
    m_database = *opened;
}

void TestWriteTransaction::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

int TestWriteTransaction::rows() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM t")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool TestWriteTransaction::insert(QSqlDatabase db, int id) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO t (id) VALUES (:id)"));
    query.bindValue(QStringLiteral(":id"), id);
    return query.exec();
}

void TestWriteTransaction::commitKeepsEveryRow()
{
    {
        WriteTransaction transaction(m_database->connection());
        QVERIFY(transaction.begin());
        QVERIFY(transaction.isOpen());
        QVERIFY(insert(transaction.db(), 1));
        QVERIFY(insert(transaction.db(), 2));
        const Status committed = transaction.commit();
        QVERIFY(committed);
        QVERIFY(!transaction.isOpen());
    }
    QCOMPARE(rows(), 2);
}

void TestWriteTransaction::destructionWithoutCommitLeavesNothing()
{
    {
        WriteTransaction transaction(m_database->connection());
        QVERIFY(transaction.begin());
        QVERIFY(insert(transaction.db(), 1));
        QCOMPARE(rows(), 1); // visible inside, on the same connection
    }
    QCOMPARE(rows(), 0);
    // The connection is free again: a next transaction begins.
    WriteTransaction next(m_database->connection());
    QVERIFY(next.begin());
}

void TestWriteTransaction::failureMidwayLeavesNothing()
{
    // The shape every store write has: an early return on the first failing statement.
    const auto write = [this]() -> Status {
        WriteTransaction transaction(m_database->connection());
        if (const Status begun = transaction.begin(); !begun)
            return begun;
        for (const int id : {1, 2, 2, 3}) { // the second 2 breaks the primary key
            QSqlQuery query(transaction.db());
            query.prepare(QStringLiteral("INSERT INTO t (id) VALUES (:id)"));
            query.bindValue(QStringLiteral(":id"), id);
            if (!query.exec())
                return WriteTransaction::failed(query.lastError().text());
        }
        return transaction.commit();
    };
    const Status status = write();
    QVERIFY(!status);
    QCOMPARE(status.error().rule, Rule::StoreWriteFailed);
    QVERIFY(!status.error().detail.isEmpty());
    QCOMPARE(rows(), 0);
}

void TestWriteTransaction::explicitRollbackLeavesNothing()
{
    WriteTransaction transaction(m_database->connection());
    QVERIFY(transaction.begin());
    QVERIFY(insert(transaction.db(), 1));
    transaction.rollback();
    QVERIFY(!transaction.isOpen());
    QCOMPARE(rows(), 0);
    QVERIFY(!transaction.commit()); // nothing left to commit
    QCOMPARE(rows(), 0);
}

void TestWriteTransaction::beginTakesTheWriteLockAtOnce()
{
    // A second connection, as another desk process would have; no waiting for the lock.
    const QString name = QStringLiteral("tst_writetransaction_other");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(m_dir->filePath(QStringLiteral("store.sqlite")));
        other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QVERIFY(other.open());
        {
            WriteTransaction transaction(m_database->connection());
            QVERIFY(transaction.begin());
            // IMMEDIATE: the lock is held before anything is written or read.
            QVERIFY(!insert(other, 10));
        }
        QVERIFY(insert(other, 10));
        QCOMPARE(rows(), 1);
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestWriteTransaction::misuseIsAnIssueNotACrash()
{
    WriteTransaction transaction(m_database->connection());
    const Status early = transaction.commit();
    QVERIFY(!early);
    QCOMPARE(early.error().rule, Rule::StoreWriteFailed);
    QVERIFY(transaction.begin());
    const Status twice = transaction.begin();
    QVERIFY(!twice);
    QCOMPARE(twice.error().rule, Rule::StoreWriteFailed);
    QVERIFY(transaction.isOpen()); // the first one still stands
    QVERIFY(transaction.commit());
}

void TestWriteTransaction::failedCommitIsAnIssueAndRollsBack()
{
    // A deferred foreign key is checked at COMMIT: the commit fails, and nothing stays.
    QSqlDatabase db = m_database->connection();
    {
        QSqlQuery setup(db);
        QVERIFY(setup.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        QVERIFY(setup.exec(QStringLiteral("CREATE TABLE child (id INTEGER PRIMARY KEY, parent INTEGER"
                                          " REFERENCES t (id) DEFERRABLE INITIALLY DEFERRED)")));
    }
    {
        WriteTransaction transaction(db);
        QVERIFY(transaction.begin());
        QVERIFY(insert(transaction.db(), 1));
        QSqlQuery orphan(transaction.db());
        QVERIFY(orphan.exec(QStringLiteral("INSERT INTO child (id, parent) VALUES (1, 99)")));
        orphan.finish();
        const Status committed = transaction.commit();
        QVERIFY(!committed);
        QCOMPARE(committed.error().rule, Rule::StoreWriteFailed);
        QVERIFY(!transaction.isOpen());
    }
    QCOMPARE(rows(), 0);
    WriteTransaction next(db);
    QVERIFY(next.begin()); // not left inside a half-open transaction
}

QTEST_GUILESS_MAIN(TestWriteTransaction)
#include "tst_writetransaction.moc"
