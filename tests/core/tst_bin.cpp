// RULES 9 applied to the kindergarten's BIN (issue 4 item 1): 12 digits whose last one is a check
// digit computed like the IIN's. The valid numbers here get their check digit from the weight tables
// of RULES 9 written out below, not from the code under test.
#include "domain/Bin.h"

#include <QTest>

Q_DECLARE_METATYPE(Rule)

using namespace Qt::StringLiterals;

namespace {

// RULES 9, as written in the rules: first pass weights 1..11, second pass 3..11, 1, 2.
constexpr int firstWeights[11] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
constexpr int secondWeights[11] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

int weightedSum(const QString &eleven, const int (&weights)[11])
{
    int sum = 0;
    for (int i = 0; i < 11; ++i)
        sum += (eleven.at(i).unicode() - u'0') * weights[i];
    return sum % 11;
}

// The check digit by the table, with the pass that gave it (1 or 2); -1 when both give 10.
int byTable(const QString &eleven, int *pass = nullptr)
{
    int c = weightedSum(eleven, firstWeights);
    if (pass)
        *pass = 1;
    if (c != 10)
        return c;
    if (pass)
        *pass = 2;
    c = weightedSum(eleven, secondWeights);
    return c == 10 ? -1 : c;
}

QString complete(const QString &eleven)
{
    return eleven + QString::number(byTable(eleven));
}

QString wrongDigit(const QString &eleven)
{
    return eleven + QString::number((byTable(eleven) + 1) % 10);
}

} // namespace

class TestBin : public QObject
{
    Q_OBJECT
private slots:
    void prefixesCoverBothPasses();
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void namesTheFieldAskedFor();
};

// The prefixes used below do exercise what they claim to (first pass, second pass, neither).
void TestBin::prefixesCoverBothPasses()
{
    int pass = 0;
    QVERIFY(byTable(u"04084000011"_s, &pass) >= 0);
    QCOMPARE(pass, 1);
    QVERIFY(byTable(u"04084000061"_s, &pass) >= 0);
    QCOMPARE(pass, 2);
    QCOMPARE(byTable(u"04084000060"_s, &pass), -1);
}

void TestBin::valid_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("digits");

    const QString first = complete(u"04084000011"_s);
    const QString second = complete(u"04084000061"_s);
    const QString other = complete(u"98034000123"_s);
    QTest::newRow("first pass") << first << first;
    QTest::newRow("second pass") << second << second;
    QTest::newRow("another") << other << other;
    QTest::newRow("spaces between groups") << first.first(6) + u' ' + first.sliced(6, 5) + u' ' + first.sliced(11)
                                           << first;
    QTest::newRow("dashes") << first.first(6) + u'-' + first.sliced(6) << first;
    QTest::newRow("leading and trailing spaces") << u"  "_s + second + u" "_s << second;
}

void TestBin::valid()
{
    QFETCH(QString, typed);
    QFETCH(QString, digits);
    const Expected<QString> bin = Bin::parse(typed);
    QVERIFY2(bin, qPrintable(bin ? QString() : bin.error().message()));
    QCOMPARE(*bin, digits);
}

void TestBin::invalid_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<Rule>("rule");

    QTest::newRow("empty") << QString() << Rule::Required;
    QTest::newRow("only spaces") << u"   "_s << Rule::Required;
    QTest::newRow("11 digits") << u"04084000011"_s << Rule::BinNotTwelveDigits;
    QTest::newRow("13 digits") << complete(u"04084000011"_s) + u'0' << Rule::BinNotTwelveDigits;
    QTest::newRow("a letter") << u"04084000O11"_s + QString::number(byTable(u"04084000011"_s)) << Rule::BinNotTwelveDigits;
    QTest::newRow("wrong check digit, first pass") << wrongDigit(u"04084000011"_s) << Rule::BinCheckDigit;
    QTest::newRow("wrong check digit, second pass") << wrongDigit(u"04084000061"_s) << Rule::BinCheckDigit;
    // Both passes give 10: no twelfth digit makes a valid number.
    for (int d = 0; d <= 9; ++d)
        QTest::addRow("no valid digit exists, %d", d) << u"04084000060"_s + QString::number(d) << Rule::BinCheckDigit;
    QTest::newRow("two digits swapped") << [] {
        QString bin = complete(u"04084000011"_s);
        std::swap(bin[0], bin[1]);
        return bin;
    }() << Rule::BinCheckDigit;
}

void TestBin::invalid()
{
    QFETCH(QString, typed);
    QFETCH(Rule, rule);
    const Expected<QString> bin = Bin::parse(typed);
    QVERIFY(!bin);
    QCOMPARE(bin.error().rule, rule);
    QCOMPARE(bin.error().field, Field::KindergartenBin);
    QVERIFY(bin.error().isError());
}

void TestBin::namesTheFieldAskedFor()
{
    const Expected<QString> bin = Bin::parse(u"123"_s, Field::None);
    QVERIFY(!bin);
    QCOMPARE(bin.error().field, Field::None);
}

QTEST_GUILESS_MAIN(TestBin)
#include "tst_bin.moc"
