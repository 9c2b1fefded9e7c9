// The additive checksum of a sync partition (core/sync/PartitionChecksum), which the server sends
// with every page and a desk recomputes: the same bytes on both sides, and one term per row.
#include "sync/PartitionChecksum.h"

#include <QTest>

class TestPartitionChecksum : public QObject
{
    Q_OBJECT

private slots:
    void rowHashIsTheFirstEightBytesOfSha256()
    {
        // Values from Python's hashlib: sha256(b"<id>:<version>").hexdigest()[:16].
        QCOMPARE(PartitionChecksum::rowHash(QStringLiteral("3f9a1c2e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"), 1), 0x6f59651cd3c64b60ULL);
        QCOMPARE(PartitionChecksum::rowHash(QStringLiteral("Әлихан"), 7), 0x02604a89f0e1a288ULL);
    }

    void versionsDiffer()
    {
        QVERIFY(PartitionChecksum::rowHash(QStringLiteral("a"), 1) != PartitionChecksum::rowHash(QStringLiteral("a"), 2));
    }

    void sumIsKeptPerChangeWithoutRereading()
    {
        // Three rows; row b moves to version 2; row c leaves: the running sum equals the sum of
        // what remains, whatever the order (additive modulo 2^64).
        quint64 running = 0;
        running += PartitionChecksum::rowHash(QStringLiteral("a"), 1);
        running += PartitionChecksum::rowHash(QStringLiteral("b"), 1);
        running += PartitionChecksum::rowHash(QStringLiteral("c"), 1);
        running -= PartitionChecksum::rowHash(QStringLiteral("b"), 1);
        running += PartitionChecksum::rowHash(QStringLiteral("b"), 2);
        running -= PartitionChecksum::rowHash(QStringLiteral("c"), 1);
        const quint64 fresh = PartitionChecksum::rowHash(QStringLiteral("b"), 2) + PartitionChecksum::rowHash(QStringLiteral("a"), 1);
        QCOMPARE(running, fresh);
        QCOMPARE(PartitionChecksum::fromSigned(PartitionChecksum::toSigned(running)), running);
    }
};

QTEST_GUILESS_MAIN(TestPartitionChecksum)
#include "tst_partitionchecksum.moc"
