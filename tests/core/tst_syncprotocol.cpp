// The desk's reading of the queue server's answers (core/sync/SyncProtocol, docs/api.md): whole
// numbers outside 64 bits are refused, not cast. fuzz_sync_page found the cast of 3.3e40 to
// qint64 (undefined behaviour; docs/fuzzing.md); these inputs are its finding, shortened.
#include "store/import/IsoTime.h"
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

    void pageKeepsEachChangesDataAsSent()
    {
        // The data object is kept as the server's bytes (read when needed), member names may be
        // written with escapes, and the last of a member given twice counts.
        const QByteArray data = json("{'name_kk':'Балапан \\u04d9','beds':[1,2],'nested':{'a':null}}");
        const QByteArray page = json("{'epoch':'e1','cursor':'e1:7','more':true,'head':9,'changes':["
                                     "{'seq':7,'partition':'orgs','entity':'org','id':'kg-1','version':1,"
                                     "'deleted':false,'d\\u0061ta':")
                                + data
                                + json("}],'checkpoints':[{'partition':'orgs','count':1,'checksum':'00000000000000ff'}],"
                                       "'head':10}");
        QString error;
        const std::optional<SyncPage> read = SyncProtocol::parsePage(page, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->cursor.seq, 7);
        QVERIFY(read->more);
        QCOMPARE(read->head, 10);
        QCOMPARE(read->changes.size(), 1);
        const SyncChange &change = read->changes.constFirst();
        QCOMPARE(change.data, data);
        QCOMPARE(change.dataObject().value(u"name_kk"_s).toString(), u"Балапан ә"_s);
        QCOMPARE(read->checkpoints.size(), 1);
        QCOMPARE(read->checkpoints.constFirst().checksum, quint64(0xff));
    }

    void membersOfTheWrongKindReadAsBefore()
    {
        // As QJsonValue's conversions read them: a flag that is not true is false, data that is
        // not an object is none, checkpoints that are not a list are none.
        const QByteArray page = json("{'epoch':'e1','cursor':'e1:2','more':'yes','checkpoints':{},'changes':["
                                     "{'seq':2,'partition':'orgs','entity':'org','id':'kg-1','version':1,'deleted':1,"
                                     "'data':[1]}]}");
        const std::optional<SyncPage> read = SyncProtocol::parsePage(page);
        QVERIFY(read);
        QVERIFY(!read->more);
        QVERIFY(read->checkpoints.isEmpty());
        QVERIFY(!read->changes.constFirst().deleted);
        QVERIFY(read->changes.constFirst().data.isEmpty());
        QVERIFY(read->changes.constFirst().dataObject().isEmpty());
    }

    void brokenPageSaysWhereAndGivesNothing()
    {
        // A page cut short by a proxy: refused whole, and the error says where (the string that
        // never ends starts at the last quote).
        const QByteArray page = json("{'epoch':'e1','cursor':'e1:2','changes':["
                                     "{'seq':1,'partition':'orgs','entity':'org','id':'kg-1','version':1,"
                                     "'data':{'name_kk':'Бала");
        QString error;
        QVERIFY(!SyncProtocol::parsePage(page, &error));
        QVERIFY2(error.endsWith(u" at byte %1"_s.arg(page.lastIndexOf('"'))), qPrintable(error));

        QVERIFY(!SyncProtocol::parsePage(json("{'epoch':'e1','cursor':'e1:2','changes':[]} x"), &error));
        QVERIFY2(error.contains(u"at byte"_s), qPrintable(error));
        QVERIFY(!SyncProtocol::parsePage(json("{'epoch':'e1','cursor':'e1:2'}"), &error));
        QCOMPARE(error, u"no changes array"_s);
        QVERIFY(!SyncProtocol::parsePage(json("{'epoch':'e2','cursor':'e1:2','changes':[]}"), &error));
        QCOMPARE(error, u"bad cursor"_s);
        QVERIFY(!SyncProtocol::parsePage(json("{'epoch':'e1','cursor':'e1:2','changes':[7]}"), &error));
        QCOMPARE(error, u"malformed change #0"_s);
    }

    void filingTimeReadWithoutTimeZones_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("read");
        QTest::newRow("the server's form") << QByteArray("2026-03-26T04:00:05.123Z") << true;
        QTest::newRow("leap day") << QByteArray("2024-02-29T23:59:59.999Z") << true;
        QTest::newRow("no such day") << QByteArray("2026-02-30T04:00:05.123Z") << false;
        QTest::newRow("hour 24") << QByteArray("2026-03-26T24:00:00.000Z") << false;
        QTest::newRow("an offset: QDateTime reads it") << QByteArray("2026-03-26T09:00:05.123+05:00") << false;
        QTest::newRow("no milliseconds") << QByteArray("2026-03-26T04:00:05Z") << false;
        QTest::newRow("a letter") << QByteArray("2026-03-2xT04:00:05.123Z") << false;
    }

    // The bulk download reads each anonymous row's filing time (JsonFields::instant) with
    // IsoTime::parseTimestamp: the instant QDateTime gives for the same text, or nothing (then
    // QDateTime reads it).
    void filingTimeReadWithoutTimeZones()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, read);
        const std::optional<qint64> instant = IsoTime::parseTimestamp(text);
        QCOMPARE(instant.has_value(), read);
        if (read)
            QCOMPARE(*instant, QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs).toMSecsSinceEpoch());
    }

private:
    // JSON written with single quotes, for readability (no test text holds one).
    static QByteArray json(const char *text) { return QByteArray(text).replace('\'', '"'); }
};

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "tst_syncprotocol.moc"
