// Issue 13 item 1: the number a parent can quote, "YYYY-DDD-NNNNN" (domain/ApplicationNumber.h):
// written, read back in its one spelling only, and the id shown when an application has none.
#include "domain/ApplicationNumber.h"

#include <QTest>

class TestApplicationNumber : public QObject
{
    Q_OBJECT

private slots:
    void written_data();
    void written();
    void readBack_data();
    void readBack();
    void refused_data();
    void refused();
    void invalidNumberWritesNothing();
    void shownGivesTheIdWithoutANumber();
};

void TestApplicationNumber::written_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("desk");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QString>("text");
    QTest::newRow("the issue's example") << 2026 << 7 << qint64(42) << QStringLiteral("2026-007-00042");
    QTest::newRow("desk not yet numbered") << 2026 << 0 << qint64(1) << QStringLiteral("2026-000-00001");
    QTest::newRow("desk of four digits") << 2027 << 1234 << qint64(5) << QStringLiteral("2027-1234-00005");
    QTest::newRow("sequence of six digits") << 2026 << 12 << qint64(123456) << QStringLiteral("2026-012-123456");
}

void TestApplicationNumber::written()
{
    QFETCH(int, year);
    QFETCH(int, desk);
    QFETCH(qint64, sequence);
    QFETCH(QString, text);
    const ApplicationNumber number{year, desk, sequence};
    QVERIFY(number.isValid());
    QCOMPARE(number.toString(), text);
    QCOMPARE(number.isDeskLocal(), desk == 0);
}

void TestApplicationNumber::readBack_data()
{
    written_data();
}

void TestApplicationNumber::readBack()
{
    QFETCH(int, year);
    QFETCH(int, desk);
    QFETCH(qint64, sequence);
    QFETCH(QString, text);
    const Expected<ApplicationNumber> read = ApplicationNumber::parse(QString(QStringLiteral("  ") + text + u' '));
    QVERIFY2(read, read ? "" : qPrintable(read.error().detail));
    QCOMPARE(read->year, year);
    QCOMPARE(read->desk, desk);
    QCOMPARE(read->sequence, sequence);
    QCOMPARE(read->toString(), text);
}

void TestApplicationNumber::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("an id") << QStringLiteral("6f1c2a52-7d0e-4c1b-9a37-0e6b2f4d9c11");
    QTest::newRow("desk of two digits") << QStringLiteral("2026-07-00042");
    QTest::newRow("sequence of four digits") << QStringLiteral("2026-007-0042");
    QTest::newRow("year of two digits") << QStringLiteral("26-007-00042");
    QTest::newRow("desk with a needless zero") << QStringLiteral("2026-0007-00042");
    QTest::newRow("sequence with a needless zero") << QStringLiteral("2026-007-000042");
    QTest::newRow("sequence 0") << QStringLiteral("2026-007-00000");
    QTest::newRow("year 0") << QStringLiteral("0000-007-00042");
    QTest::newRow("a letter") << QStringLiteral("2026-00A-00042");
    QTest::newRow("spaces inside") << QStringLiteral("2026 - 007 - 00042");
    QTest::newRow("a fourth part") << QStringLiteral("2026-007-00042-1");
    QTest::newRow("no dashes") << QStringLiteral("202600700042");
    QTest::newRow("a sign") << QStringLiteral("2026-+07-00042");
}

void TestApplicationNumber::refused()
{
    QFETCH(QString, text);
    const Expected<ApplicationNumber> read = ApplicationNumber::parse(text);
    QVERIFY(!read);
    QCOMPARE(read.error().rule, Rule::InvalidNumber);
    QCOMPARE(read.error().detail, text.trimmed());
}

void TestApplicationNumber::invalidNumberWritesNothing()
{
    QCOMPARE(ApplicationNumber{}.toString(), QString());
    QCOMPARE((ApplicationNumber{2026, 7, 0}).toString(), QString());
    QCOMPARE((ApplicationNumber{2026, -1, 3}).toString(), QString());
    QVERIFY(!(ApplicationNumber{2026, 0, 0}).isDeskLocal());
}

void TestApplicationNumber::shownGivesTheIdWithoutANumber()
{
    const QString id = QStringLiteral("6f1c2a52-7d0e-4c1b-9a37-0e6b2f4d9c11");
    QCOMPARE(ApplicationNumbers::shown(QStringLiteral("2026-007-00042"), id), QStringLiteral("2026-007-00042"));
    QCOMPARE(ApplicationNumbers::shown(QString(), id), id);
}

QTEST_GUILESS_MAIN(TestApplicationNumber)
#include "tst_applicationnumber.moc"
