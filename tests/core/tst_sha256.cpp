#include "store/Sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

// Sha256 (the import's per-record digests): the same digests as QCryptographicHash for every
// length around the block and padding boundaries, whichever implementation the processor gets.
class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void knownVectors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("hex");
        // FIPS 180-4 examples.
        QTest::newRow("empty") << QByteArray()
                               << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }

    void knownVectors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, hex);
        QCOMPARE(Sha256::hashHex(data), hex);
        QCOMPARE(Sha256::hash(data).size(), 32);
    }

    void matchesQCryptographicHash()
    {
        QRandomGenerator random(7);
        for (int length = 0; length <= 1100; ++length) {
            QByteArray data(length, Qt::Uninitialized);
            for (char &c : data)
                c = char(random.generate());
            QCOMPARE(Sha256::hash(data), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        }
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
