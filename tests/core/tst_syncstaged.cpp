// The version rows a bulk download stages (SyncStore, docs/sync.md "Bulk download"): pages made by
// hand, applied through the bulk path and through the ordinary path, must leave the same store —
// sync_rows, the partitions' sums (which must equal what sync_rows holds), the queue rows — when
// the feed carries a row's every version (the server's log does: a region's history), deletes a
// staged row, or a page or a move is rolled back.
#include "store/Database.h"
#include "sync/PartitionChecksum.h"
#include "sync/SyncStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString year = QStringLiteral("year:2022");

SyncChange row(qint64 seq, const char *id, qint64 version, const char *status = "queued")
{
    SyncChange change;
    change.seq = seq;
    change.partition = year;
    change.entity = QStringLiteral("application");
    change.id = QString::fromLatin1(id);
    change.version = version;
    change.data = QByteArray(R"({"right":"none","filed_at":"2024-01-0)") + QByteArray::number(seq % 9 + 1)
                  + R"(T10:00:00.000Z","status":")" + status + R"(","birth_year":2022,"registration_sequence":)"
                  + QByteArray::number(seq) + "}";
    return change;
}

SyncChange deletion(qint64 seq, const char *id, qint64 version)
{
    SyncChange change = row(seq, id, version);
    change.deleted = true;
    change.data.clear();
    return change;
}

SyncPage page(const QString &epoch, qint64 seq, QList<SyncChange> changes)
{
    SyncPage p;
    p.cursor = SyncCursor{epoch, seq};
    p.more = true;
    p.changes = std::move(changes);
    return p;
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// What the store holds from the server, as text; and whether the sums are those of sync_rows.
QString dump(QSqlDatabase db)
{
    QString text;
    QSqlQuery query(db);
    for (const QString &sql :
         {QStringLiteral("SELECT partition, id, entity, version FROM sync_rows ORDER BY partition, id"),
          QStringLiteral("SELECT partition, count, checksum FROM sync_partitions ORDER BY partition"),
          QStringLiteral("SELECT id, registration_sequence, birth_year, right_rank, filed_at, status, anonymous"
                         " FROM applications ORDER BY id"),
          QStringLiteral("SELECT count(*) FROM sync_rows_staged")}) {
        if (!query.exec(sql))
            return query.lastError().text();
        while (query.next()) {
            for (int column = 0; column < query.record().count(); ++column)
                text += query.value(column).toString() + u'|';
            text += u'\n';
        }
    }
    return text;
}

bool sumsMatchRows(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT id, version FROM sync_rows WHERE partition = 'year:2022'"));
    quint64 checksum = 0;
    qint64 count = 0;
    while (query.next()) {
        checksum += PartitionChecksum::rowHash(query.value(0).toString(), query.value(1).toLongLong());
        ++count;
    }
    return scalar(db, QStringLiteral("SELECT count FROM sync_partitions WHERE partition = 'year:2022'")) == count
           && quint64(scalar(db, QStringLiteral("SELECT checksum FROM sync_partitions WHERE partition = 'year:2022'")))
                  == checksum;
}

} // namespace

class TestSyncStaged : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    std::shared_ptr<Database> newStore()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_stores)));
        return db ? *db : nullptr;
    }

    // The pages through the ordinary path: what the bulk path must give.
    QString ordinary(const QList<SyncPage> &pages)
    {
        auto db = newStore();
        if (!db)
            return QStringLiteral("no store");
        SyncStore store(db->connection());
        for (const SyncPage &p : pages)
            if (!store.applyPage(p, QDateTime::currentDateTimeUtc()))
                return QStringLiteral("ordinary path failed");
        if (!sumsMatchRows(db->connection()))
            return QStringLiteral("ordinary sums differ from the rows");
        return dump(db->connection());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The server's log carries every version of a row: a row met again while staged is changed in
    // place (no move into sync_rows until the head), a staged row deleted leaves both tables, an
    // older version changes nothing.
    void everyVersionOfARowInOneBulkDownload()
    {
        const QList<SyncPage> pages = {
            page(QStringLiteral("e"), 3, {row(1, "A", 1), row(2, "B", 1), row(3, "C", 1)}),
            page(QStringLiteral("e"), 7, {row(4, "A", 2, "direction_issued"), deletion(5, "B", 2), row(6, "D", 1), row(7, "A", 1)}),
            page(QStringLiteral("e"), 9, {row(8, "A", 3, "archived"), row(9, "C", 2, "direction_issued")}),
        };
        const QString expected = ordinary(pages);
        auto db = newStore();
        QVERIFY(db);
        QSqlDatabase c = db->connection();
        {
            SyncStore store(c);
            QVERIFY(store.beginBulkDownload());
            for (const SyncPage &p : pages) {
                const Expected<SyncStore::PageResult> applied = store.applyPage(p, QDateTime::currentDateTimeUtc());
                QVERIFY(applied);
                // Nothing moved before the head: the rows met again were changed where they wait.
                QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sync_rows WHERE partition = 'year:2022'")), 0);
            }
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sync_rows_staged")), 3); // A, C, D
            QCOMPARE(scalar(c, QStringLiteral("SELECT version FROM sync_rows_staged WHERE id = 'A'")), 3);
            QVERIFY(store.endBulkDownload());
        }
        QVERIFY(sumsMatchRows(c));
        QCOMPARE(dump(c), expected);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM applications WHERE id = 'B'")), 0);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM applications WHERE status = 'archived'")), 1);
    }

    // A transaction that moves the staged rows into sync_rows and then rolls back (a partition
    // reload whose start fails) leaves them staged: the next row met again must still find its
    // staged version, not be staged a second time (counted twice in the sums).
    void aMoveRolledBackLeavesTheRowsStaged()
    {
        const SyncPage first = page(QStringLiteral("e"), 2, {row(1, "A", 1), row(2, "B", 1)});
        const SyncPage second = page(QStringLiteral("e"), 3, {row(3, "A", 2, "direction_issued")});
        const QString expected = ordinary({first, second});
        auto db = newStore();
        QVERIFY(db);
        QSqlDatabase c = db->connection();
        {
            SyncStore store(c);
            QVERIFY(store.beginBulkDownload());
            QVERIFY(store.applyPage(first, QDateTime::currentDateTimeUtc()));
            QSqlQuery query(c);
            QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER test_refuse BEFORE INSERT ON sync_state"
                                              " WHEN NEW.key LIKE 'reload:%' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
            QVERIFY(!store.beginPartitionReload(QStringLiteral("org:x")));
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER test_refuse")));
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sync_rows_staged")), 2);
            QVERIFY(store.applyPage(second, QDateTime::currentDateTimeUtc()));
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sync_rows_staged WHERE id = 'A'")), 1);
            QVERIFY(store.endBulkDownload());
        }
        QVERIFY(sumsMatchRows(c));
        QCOMPARE(dump(c), expected);
    }

    // A page that fails after staging rows and changing a staged one (an unreadable row at its
    // end) is rolled back whole; sent again, it gives what the ordinary path gives. Then the
    // server's store is restored (409): everything from the server is forgotten, staged rows too.
    void aFailedPageAndAnEpochReset()
    {
        const SyncPage first = page(QStringLiteral("e"), 2, {row(1, "A", 1), row(2, "B", 1)});
        SyncChange unreadable = row(6, "E", 1);
        unreadable.data = "{}";
        const SyncPage broken = page(QStringLiteral("e"), 6, {row(3, "C", 1), row(4, "A", 2), row(5, "D", 1), unreadable});
        const SyncPage retried = page(QStringLiteral("e"), 7, {row(3, "C", 1), row(4, "A", 2), row(5, "B", 2), row(7, "C", 2)});
        const SyncPage restored = page(QStringLiteral("f"), 2, {row(1, "A", 1), row(2, "A", 3)});
        const QString expected = ordinary({restored});
        auto db = newStore();
        QVERIFY(db);
        QSqlDatabase c = db->connection();
        {
            SyncStore store(c);
            QVERIFY(store.beginBulkDownload());
            QVERIFY(store.applyPage(first, QDateTime::currentDateTimeUtc()));
            QVERIFY(!store.applyPage(broken, QDateTime::currentDateTimeUtc()));
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sync_rows_staged")), 2);
            QCOMPARE(scalar(c, QStringLiteral("SELECT version FROM sync_rows_staged WHERE id = 'A'")), 1);
            QVERIFY(store.applyPage(retried, QDateTime::currentDateTimeUtc()));
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sync_rows_staged")), 3); // A, B, C
            QCOMPARE(scalar(c, QStringLiteral("SELECT count FROM sync_partitions WHERE partition = 'year:2022'")), 3);
            QVERIFY(store.resetForNewEpoch());
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sync_rows_staged")), 0);
            QVERIFY(store.applyPage(restored, QDateTime::currentDateTimeUtc()));
            QVERIFY(store.endBulkDownload());
        }
        QVERIFY(sumsMatchRows(c));
        QCOMPARE(dump(c), expected);
    }
};

QTEST_GUILESS_MAIN(TestSyncStaged)
#include "tst_syncstaged.moc"
