// RULES 9: the IIN. Hard errors are the length and the check digit; what the digits say about
// the person is only a hint, compared with what the clerk entered as a warning.
#include "domain/Iin.h"

#include <QTest>

using namespace Qt::StringLiterals;


class TestIin : public QObject
{
    Q_OBJECT
private slots:
    void validNumbers_data();
    void validNumbers();
    void invalidNumbers_data();
    void invalidNumbers();
    void errorNamesTheGivenField();
    void errorMessageIsReadable();
    void checkDigit_data();
    void checkDigit();
    void bothPassesTenIsNeverValid();
    void everyWrongLastDigitIsRejected();
    void decodedPerson_data();
    void decodedPerson();
    void nullIin();
    void warningsAgainst_data();
    void warningsAgainst();
};

void TestIin::validNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("digits");

    QTest::newRow("RULES 9 example, first pass") << u"210315601231"_s << u"210315601231"_s;
    QTest::newRow("RULES 9 example, second pass") << u"200101500403"_s << u"200101500403"_s;
    QTest::newRow("kz-iin-validator sample") << u"061211600012"_s << u"061211600012"_s;
    QTest::newRow("typed with spaces") << u"210315 60123 1"_s << u"210315601231"_s;
    QTest::newRow("typed with dashes") << u"2103-1560-1231"_s << u"210315601231"_s;
    QTest::newRow("surrounding spaces") << u"  200101500403 "_s << u"200101500403"_s;
    QTest::newRow("non-breaking space") << u"210315\u00a0601231"_s << u"210315601231"_s;
    QTest::newRow("en dash") << u"210315\u2013601231"_s << u"210315601231"_s;
}

void TestIin::validNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, digits);
    const Expected<Iin> iin = Iin::parse(text, Field::ChildIin);
    QVERIFY2(iin.hasValue(), qPrintable(iin ? QString() : iin.error().message()));
    QCOMPARE(iin->toString(), digits);
    QVERIFY(!iin->isNull());
}

void TestIin::invalidNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Rule>("rule");

    QTest::newRow("RULES 9 example, wrong check digit") << u"210315601230"_s << Rule::IinCheckDigit;
    QTest::newRow("second-pass number, wrong check digit") << u"200101500404"_s << Rule::IinCheckDigit;
    QTest::newRow("two digits swapped") << u"201315601231"_s << Rule::IinCheckDigit;
    QTest::newRow("both passes give 10") << u"210315600690"_s << Rule::IinCheckDigit;
    QTest::newRow("13 digits") << u"2103156012310"_s << Rule::IinNotTwelveDigits;
    QTest::newRow("11 digits") << u"21031560123"_s << Rule::IinNotTwelveDigits;
    QTest::newRow("one digit") << u"7"_s << Rule::IinNotTwelveDigits;
    QTest::newRow("a letter inside") << u"21031560123a"_s << Rule::IinNotTwelveDigits;
    QTest::newRow("letter O for zero") << u"21O315601231"_s << Rule::IinNotTwelveDigits;
    QTest::newRow("plus sign") << u"+210315601231"_s << Rule::IinNotTwelveDigits;
    QTest::newRow("dot separators") << u"210315.601231"_s << Rule::IinNotTwelveDigits;
    QTest::newRow("Arabic-Indic digits") << u"\u0662\u0661\u0660\u0663\u0661\u0665\u0666\u0660\u0661\u0662\u0663\u0661"_s
                                         << Rule::IinNotTwelveDigits;
    QTest::newRow("fullwidth digits") << u"\uff12\uff11\uff10\uff13\uff11\uff15\uff16\uff10\uff11\uff12\uff13\uff11"_s
                                      << Rule::IinNotTwelveDigits;
    QTest::newRow("empty") << QString() << Rule::Required;
    QTest::newRow("only spaces and dashes") << u"  - -  "_s << Rule::Required;
}

void TestIin::invalidNumbers()
{
    QFETCH(QString, text);
    QFETCH(Rule, rule);
    const Expected<Iin> iin = Iin::parse(text, Field::ApplicantIin);
    QVERIFY(!iin.hasValue());
    QCOMPARE(iin.error().rule, rule);
    QVERIFY(iin.error().isError());
}

void TestIin::errorNamesTheGivenField()
{
    QCOMPARE(Iin::parse(u"210315601230", Field::ChildIin).error().field, Field::ChildIin);
    QCOMPARE(Iin::parse(u"210315601230", Field::ApplicantIin).error().field, Field::ApplicantIin);
    QCOMPARE(Iin::parse(u"123", Field::ApplicantIin).error().field, Field::ApplicantIin);
    QCOMPARE(Iin::parse(u"123").error().field, Field::None);
}

void TestIin::errorMessageIsReadable()
{
    const Issue issue = Iin::parse(u"210315601230", Field::ChildIin).error();
    QCOMPARE(issue.message(), u"Child's IIN: the check digit is wrong; check the number for a typing error"_s);
    QCOMPARE(Iin::parse(u"2103156012310").error().message(), u"an IIN has exactly 12 digits"_s);
}

void TestIin::checkDigit_data()
{
    QTest::addColumn<QString>("elevenDigits");
    QTest::addColumn<int>("expected");

    // Worked by hand in rules-research 6.3.
    QTest::newRow("first pass: 155 mod 11") << u"21031560123"_s << 1;
    QTest::newRow("second pass: 87 -> 10, 69 mod 11") << u"20010150040"_s << 3;
    QTest::newRow("all zeros") << u"00000000000"_s << 0;
    QTest::newRow("both passes 10") << u"21031560069"_s << -1;
    QTest::newRow("another both passes 10") << u"21031560220"_s << -1;
    QTest::newRow("too short") << u"2103156012"_s << -1;
    QTest::newRow("not digits") << u"2103156012x"_s << -1;
}

void TestIin::checkDigit()
{
    QFETCH(QString, elevenDigits);
    QFETCH(int, expected);
    QCOMPARE(Iin::checkDigit(elevenDigits), expected);
}

void TestIin::bothPassesTenIsNeverValid()
{
    // RULES 9: "if still 10, the number is invalid", whatever the 12th digit says.
    for (const QString &prefix : {u"21031560069"_s, u"21031560220"_s, u"21031560301"_s}) {
        for (int last = 0; last <= 9; ++last) {
            const QString text = prefix + QString::number(last);
            const Expected<Iin> iin = Iin::parse(text);
            QVERIFY2(!iin.hasValue(), qPrintable(text));
            QCOMPARE(iin.error().rule, Rule::IinCheckDigit);
        }
    }
}

void TestIin::everyWrongLastDigitIsRejected()
{
    // A single mistyped last digit is always caught.
    int accepted = 0;
    for (int last = 0; last <= 9; ++last) {
        if (Iin::parse(QString(u"21031560123"_s + QString::number(last))))
            ++accepted;
    }
    QCOMPARE(accepted, 1);
}

void TestIin::decodedPerson_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("birthDate"); // null: not encoded
    QTest::addColumn<Iin::Sex>("sex");

    using Sex = Iin::Sex;
    QTest::newRow("RULES 9 example: 15.03.2021, female") << u"210315601231"_s << QDate(2021, 3, 15) << Sex::Female;
    QTest::newRow("RULES 9 example: 01.01.2020, male") << u"200101500403"_s << QDate(2020, 1, 1) << Sex::Male;
    QTest::newRow("digit 1: 1800s, male") << u"750315110002"_s << QDate(1875, 3, 15) << Sex::Male;
    QTest::newRow("digit 2: 1800s, female") << u"750315210009"_s << QDate(1875, 3, 15) << Sex::Female;
    QTest::newRow("digit 3: 1900s, male") << u"991231310000"_s << QDate(1999, 12, 31) << Sex::Male;
    QTest::newRow("digit 4: 1900s, female") << u"991231410007"_s << QDate(1999, 12, 31) << Sex::Female;
    QTest::newRow("digit 5: 2000s, male") << u"000101510009"_s << QDate(2000, 1, 1) << Sex::Male;
    QTest::newRow("digit 6: 2000s, female") << u"230601610000"_s << QDate(2023, 6, 1) << Sex::Female;
    QTest::newRow("29 Feb 2000, a leap year") << u"000229510005"_s << QDate(2000, 2, 29) << Sex::Male;
    QTest::newRow("29 Feb 2024, a leap year") << u"240229510004"_s << QDate(2024, 2, 29) << Sex::Male;
    QTest::newRow("29 Feb 1900 does not exist") << u"000229310002"_s << QDate() << Sex::Unknown;
    QTest::newRow("29 Feb 2023 does not exist") << u"230229510002"_s << QDate() << Sex::Unknown;
    QTest::newRow("29 Feb 2099 does not exist") << u"990229610006"_s << QDate() << Sex::Unknown;
    QTest::newRow("month 13") << u"231301510006"_s << QDate() << Sex::Unknown;
    QTest::newRow("day and month 00") << u"000000510000"_s << QDate() << Sex::Unknown;
    QTest::newRow("century digit 0") << u"150430010006"_s << QDate() << Sex::Unknown;
    QTest::newRow("century digit 7") << u"150430710000"_s << QDate() << Sex::Unknown;
    QTest::newRow("century digit 8") << u"150430810007"_s << QDate() << Sex::Unknown;
    QTest::newRow("century digit 9") << u"150430910003"_s << QDate() << Sex::Unknown;
    QTest::newRow("control: same date, digit 5") << u"150430510008"_s << QDate(2015, 4, 30) << Sex::Male;
}

void TestIin::decodedPerson()
{
    QFETCH(QString, text);
    QFETCH(QDate, birthDate);
    QFETCH(Iin::Sex, sex);

    // Whatever the digits encode, a number with a right check digit is valid (RULES 9).
    const Expected<Iin> iin = Iin::parse(text);
    QVERIFY2(iin.hasValue(), qPrintable(text));
    const std::optional<QDate> decoded = iin->birthDate();
    QCOMPARE(decoded.has_value(), birthDate.isValid());
    if (decoded)
        QCOMPARE(*decoded, birthDate);
    QCOMPARE(iin->sex(), sex);
}

void TestIin::nullIin()
{
    const Iin iin;
    QVERIFY(iin.isNull());
    QVERIFY(iin.toString().isEmpty());
    QVERIFY(!iin.birthDate());
    QCOMPARE(iin.sex(), Iin::Sex::Unknown);
    QVERIFY(iin.warningsAgainst(QDate(2021, 3, 15), Iin::Sex::Male, Field::ChildIin).isEmpty());
}

void TestIin::warningsAgainst_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("enteredDate");
    QTest::addColumn<Iin::Sex>("enteredSex");
    QTest::addColumn<QList<Rule>>("warnings");

    using Sex = Iin::Sex;
    const QString girl = u"210315601231"_s; // 15.03.2021, female
    QTest::newRow("all agree") << girl << QDate(2021, 3, 15) << Sex::Female << QList<Rule>{};
    QTest::newRow("other date") << girl << QDate(2021, 3, 16) << Sex::Female
                                << QList<Rule>{Rule::IinBirthDateMismatch};
    QTest::newRow("other sex") << girl << QDate(2021, 3, 15) << Sex::Male << QList<Rule>{Rule::IinSexMismatch};
    QTest::newRow("both differ") << girl << QDate(2020, 1, 1) << Sex::Male
                                 << QList<Rule>{Rule::IinBirthDateMismatch, Rule::IinSexMismatch};
    QTest::newRow("nothing entered") << girl << QDate() << Sex::Unknown << QList<Rule>{};
    QTest::newRow("only sex entered, differs") << girl << QDate() << Sex::Male << QList<Rule>{Rule::IinSexMismatch};
    QTest::newRow("digits encode no date") << u"231301510006"_s << QDate(2023, 1, 13) << Sex::Female
                                           << QList<Rule>{};
}

void TestIin::warningsAgainst()
{
    QFETCH(QString, text);
    QFETCH(QDate, enteredDate);
    QFETCH(Iin::Sex, enteredSex);
    QFETCH(QList<Rule>, warnings);

    const Expected<Iin> iin = Iin::parse(text);
    QVERIFY(iin.hasValue());
    const Issues issues = iin->warningsAgainst(enteredDate, enteredSex, Field::ChildIin);
    QCOMPARE(issues.size(), warnings.size());
    for (qsizetype i = 0; i < issues.size(); ++i) {
        QCOMPARE(issues.at(i).rule, warnings.at(i));
        QCOMPARE(issues.at(i).severity, Severity::Warning); // never blocks registration
        QCOMPARE(issues.at(i).field, Field::ChildIin);
    }
    QVERIFY(!hasErrors(issues));
}

QTEST_GUILESS_MAIN(TestIin)
#include "tst_iin.moc"
