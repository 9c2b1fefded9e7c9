// The desk's reading of the queue server's answers (core/sync/SyncProtocol, docs/api.md): whole
// numbers outside 64 bits are refused, not cast. fuzz_sync_page found the cast of 3.3e40 to
// qint64 (undefined behaviour; docs/fuzzing.md); these inputs are its finding, shortened.
#include "sync/SyncTypes.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

class TestSyncProtocol : public QObject
{
    Q_OBJECT

private slots:
    void deskSeq_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::addColumn<bool>("read");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("plain") << QByteArray("4") << true << qint64(4);
        QTest::newRow("integral with exponent") << QByteArray("1e2") << true << qint64(100);
        QTest::newRow("lowest qint64") << QByteArray("-9223372036854775808") << true
                                       << std::numeric_limits<qint64>::min();
        QTest::newRow("fraction") << QByteArray("7.5") << false << qint64(0);
        QTest::newRow("2^63, just above qint64") << QByteArray("9223372036854775808") << false << qint64(0);
        QTest::newRow("the fuzzer's 3.3e40") << QByteArray("33333333333333333333333333333333333333334") << false
                                             << qint64(0);
        QTest::newRow("far below") << QByteArray("-1e300") << false << qint64(0);
    }

    void deskSeq()
    {
        QFETCH(QByteArray, number);
        QFETCH(bool, read);
        QFETCH(qint64, expected);
        const QByteArray body = R"({"last_seq": 5, "results": [{"desk_seq": )" + number
                                + R"(, "id": "c-1", "status": "applied"}]})";
        QString error;
        const std::optional<SyncCommandsAnswer> answer = SyncProtocol::parseCommandsAnswer(body, &error);
        QCOMPARE(answer.has_value(), read);
        if (read) {
            QCOMPARE(answer->outcomes.size(), 1);
            QCOMPARE(answer->outcomes.constFirst().deskSeq, expected);
        } else {
            QCOMPARE(error, u"malformed result #0"_s);
        }
    }

    void pageNumbersOutOfRange()
    {
        // A head beyond 64 bits is no head (0); a change's seq beyond them makes the page malformed.
        const QByteArray page = R"({"epoch": "e1", "cursor": "e1:3", "head": 1e40, "changes": []})";
        const std::optional<SyncPage> read = SyncProtocol::parsePage(page);
        QVERIFY(read);
        QCOMPARE(read->head, 0);

        const QByteArray badSeq = R"({"epoch": "e1", "cursor": "e1:3", "changes": [)"
                                  R"({"seq": -1e40, "partition": "orgs", "entity": "org", "id": "kg-1", "version": 1}]})";
        QString error;
        QVERIFY(!SyncProtocol::parsePage(badSeq, &error));
        QCOMPARE(error, u"malformed change #0"_s);
    }
};

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "tst_syncprotocol.moc"
