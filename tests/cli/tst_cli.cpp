// qabyldau-cli as a script sees it (docs/cli.md): the real binary, its output and exit codes.
#include "ProcessTestHelpers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using ProcessTestHelpers::Result;
using ProcessTestHelpers::runCli;
using ProcessTestHelpers::runProgram;
using ProcessTestHelpers::isOneLine;

void writeFile(const QString &path, const QByteArray &data)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void help_data();
    void help();
    void commandHelp_data();
    void commandHelp();
    void version();
    void validIin_data();
    void validIin();
    void invalidIin_data();
    void invalidIin();
    void workdaysAdd_data();
    void workdaysAdd();
    void isWorking_data();
    void isWorking();
    void badInput_data();
    void badInput();
    void globalOptionsAnywhere_data();
    void globalOptionsAnywhere();
    void language_data();
    void language();
    void administratorsCalendarFiles();
    void invalidAdministratorsCalendarFile();
};

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--help") << QStringList{u"--help"_s};
    QTest::newRow("-h") << QStringList{u"-h"_s};
    QTest::newRow("help") << QStringList{u"help"_s};
}

void TestCli::help()
{
    QFETCH(QStringList, arguments);
    const Result result = runCli(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    QVERIFY(result.out.startsWith(u"Usage: qabyldau-cli [OPTIONS] COMMAND [ARGUMENTS]\n"));
    for (const QString &expected : {u"iin check IIN"_s, u"workdays add DATE N"_s, u"workdays is-working DATE"_s,
                                    u"--lang kk|ru|en"_s, u"--store PATH"_s, u"--version"_s, u"Exit codes:"_s})
        QVERIFY2(result.out.contains(expected), qPrintable(expected));
}

void TestCli::commandHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("iin check --help") << QStringList{u"iin"_s, u"check"_s, u"--help"_s}
                                      << QStringList{u"Usage: qabyldau-cli iin check IIN\n"_s};
    QTest::newRow("--help before the command") << QStringList{u"--help"_s, u"workdays"_s, u"add"_s}
                                               << QStringList{u"Usage: qabyldau-cli workdays add DATE N\n"_s};
    QTest::newRow("help workdays is-working") << QStringList{u"help"_s, u"workdays"_s, u"is-working"_s}
                                              << QStringList{u"Usage: qabyldau-cli workdays is-working DATE\n"_s};
    QTest::newRow("workdays --help lists its commands")
        << QStringList{u"workdays"_s, u"--help"_s}
        << QStringList{u"workdays add DATE N"_s, u"workdays is-working DATE"_s};
    QTest::newRow("help with the arguments given") << QStringList{u"iin"_s, u"check"_s, u"123"_s, u"-h"_s}
                                                   << QStringList{u"Usage: qabyldau-cli iin check IIN\n"_s};
}

void TestCli::commandHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    const Result result = runCli(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    for (const QString &text : expected)
        QVERIFY2(result.out.contains(text), qPrintable(result.out));
}

void TestCli::version()
{
    const Result result = runCli({u"--version"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, u"qabyldau-cli " QABYLDAU_VERSION "\n"_s);
    QVERIFY(result.err.isEmpty());
}

void TestCli::validIin_data()
{
    QTest::addColumn<QString>("iin");
    QTest::addColumn<QString>("output");

    // RULES 9 examples.
    QTest::newRow("first pass") << u"210315601231"_s << u"valid\nbirth date: 2021-03-15\nsex: female\n"_s;
    QTest::newRow("second pass") << u"200101500403"_s << u"valid\nbirth date: 2020-01-01\nsex: male\n"_s;
    QTest::newRow("typed with dashes") << u"2103-1560-1231"_s << u"valid\nbirth date: 2021-03-15\nsex: female\n"_s;
    QTest::newRow("typed with spaces, quoted") << u"210315 601231"_s << u"valid\nbirth date: 2021-03-15\nsex: female\n"_s;
    QTest::newRow("1900s") << u"991231410007"_s << u"valid\nbirth date: 1999-12-31\nsex: female\n"_s;
    // Valid, but the digits do not form a date (month 13): nothing is encoded.
    QTest::newRow("no date encoded") << u"231301510006"_s << u"valid\nbirth date: not encoded\nsex: not encoded\n"_s;
}

void TestCli::validIin()
{
    QFETCH(QString, iin);
    QFETCH(QString, output);
    const Result result = runCli({u"iin"_s, u"check"_s, iin});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, output);
    QVERIFY(result.err.isEmpty());
}

void TestCli::invalidIin_data()
{
    QTest::addColumn<QString>("iin");
    QTest::addColumn<QString>("reason");

    QTest::newRow("RULES 9: wrong check digit") << u"210315601230"_s
                                                << u"the check digit is wrong; check the number for a typing error\n"_s;
    QTest::newRow("both passes give 10") << u"210315600690"_s
                                         << u"the check digit is wrong; check the number for a typing error\n"_s;
    QTest::newRow("13 digits") << u"2103156012310"_s << u"an IIN has exactly 12 digits\n"_s;
    QTest::newRow("11 digits") << u"21031560123"_s << u"an IIN has exactly 12 digits\n"_s;
    QTest::newRow("a letter") << u"21031560123x"_s << u"an IIN has exactly 12 digits\n"_s;
    QTest::newRow("empty") << QString() << u"must be filled in\n"_s;
}

void TestCli::invalidIin()
{
    QFETCH(QString, iin);
    QFETCH(QString, reason);
    const Result result = runCli({u"iin"_s, u"check"_s, iin});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err, reason);
}

void TestCli::workdaysAdd_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("count");
    QTest::addColumn<QString>("expected");

    // RULES 10 checked examples.
    QTest::newRow("Fri 20.03.2026 + 5") << u"2026-03-20"_s << u"5"_s << u"2026-04-01"_s;
    QTest::newRow("Wed 06.05.2026 + 5") << u"2026-05-06"_s << u"5"_s << u"2026-05-15"_s;
    QTest::newRow("Mon 14.12.2026 + 15") << u"2026-12-14"_s << u"15"_s << u"2027-01-08"_s;
    QTest::newRow("Fri 20.03.2026 + 15") << u"2026-03-20"_s << u"15"_s << u"2026-04-15"_s;
    QTest::newRow("Wed 06.05.2026 + 15") << u"2026-05-06"_s << u"15"_s << u"2026-06-01"_s;
    QTest::newRow("Mon 14.12.2026 + 5") << u"2026-12-14"_s << u"5"_s << u"2026-12-22"_s;
    QTest::newRow("zero days") << u"2026-03-21"_s << u"0"_s << u"2026-03-21"_s;
    QTest::newRow("into the working Sunday of 2025") << u"2024-12-31"_s << u"1"_s << u"2025-01-05"_s;
    QTest::newRow("leading plus") << u"2026-03-20"_s << u"+5"_s << u"2026-04-01"_s;
}

void TestCli::workdaysAdd()
{
    QFETCH(QString, from);
    QFETCH(QString, count);
    QFETCH(QString, expected);
    const Result result = runCli({u"workdays"_s, u"add"_s, from, count});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, expected + u'\n');
    QVERIFY(result.err.isEmpty());
}

void TestCli::isWorking_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output");

    QTest::newRow("ordinary Thursday") << u"2026-03-26"_s << 0 << u"working day\n"_s;
    QTest::newRow("holiday") << u"2026-01-01"_s << 1 << u"day off: New Year\n"_s;
    QTest::newRow("Kurban Ait") << u"2025-06-06"_s << 1 << u"day off: Kurban Ait\n"_s;
    QTest::newRow("weekend") << u"2026-03-28"_s << 1 << u"day off: weekend\n"_s;
    QTest::newRow("holiday on a weekend") << u"2026-03-21"_s << 1 << u"day off: Nauryz\n"_s;
    QTest::newRow("moved day off") << u"2026-03-24"_s << 1 << u"day off: Nauryz (2026-03-21 fell on a weekend)\n"_s;
    QTest::newRow("working Saturday") << u"2024-05-04"_s << 0 << u"working day: weekend worked by government decree"_s;
    QTest::newRow("decree day off") << u"2024-05-08"_s << 1 << u"day off: transferred by government decree"_s;
    QTest::newRow("7 Jan on a Sunday does not move") << u"2024-01-08"_s << 0 << u"working day\n"_s;
}

void TestCli::isWorking()
{
    QFETCH(QString, date);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    const Result result = runCli({u"workdays"_s, u"is-working"_s, date});
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.out.startsWith(output), qPrintable(result.out));
    QVERIFY(isOneLine(result.out));
    QVERIFY(result.err.isEmpty());
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason"); // part of the one line on stderr

    const QString add = u"workdays add"_s;
    const auto args = [](const QString &text) { return text.split(u' ', Qt::SkipEmptyParts); };
    QTest::newRow("13-digit IIN") << args(u"iin check 2103156012310"_s) << 1 << u"12 digits"_s;
    QTest::newRow("date 2026-02-30") << args(add + u" 2026-02-30 5"_s) << 2 << u"not a valid date (YYYY-MM-DD): 2026-02-30"_s;
    QTest::newRow("is-working 2026-02-30") << args(u"workdays is-working 2026-02-30"_s) << 2 << u"2026-02-30"_s;
    QTest::newRow("date as DD.MM.YYYY") << args(add + u" 20.03.2026 5"_s) << 2 << u"20.03.2026"_s;
    QTest::newRow("date without zeros") << args(add + u" 2026-3-20 5"_s) << 2 << u"2026-3-20"_s;
    QTest::newRow("year 2031 has no calendar") << args(add + u" 2031-01-06 5"_s) << 3
                                               << u"no working-day calendar for this year: 2031"_s;
    QTest::newRow("is-working in 2031") << args(u"workdays is-working 2031-06-02"_s) << 3 << u"2031"_s;
    QTest::newRow("is-working in 2023") << args(u"workdays is-working 2023-12-29"_s) << 3 << u"2023"_s;
    QTest::newRow("count runs into 2028") << args(add + u" 2027-12-31 1"_s) << 3 << u"2028"_s;
    QTest::newRow("N not a number") << args(add + u" 2026-03-20 five"_s) << 2 << u"not a valid number: five"_s;
    QTest::newRow("N a fraction") << args(add + u" 2026-03-20 1.5"_s) << 2 << u"not a valid number: 1.5"_s;
    QTest::newRow("N too large") << args(add + u" 2026-03-20 99999999999"_s) << 2 << u"99999999999"_s;
    QTest::newRow("N negative") << args(add + u" 2026-03-20 -3"_s) << 2 << u"out of range: -3"_s;
    QTest::newRow("N empty") << QStringList{u"workdays"_s, u"add"_s, u"2026-03-20"_s, QString()} << 2
                             << u"not a valid number"_s;
    QTest::newRow("N missing") << args(add + u" 2026-03-20"_s) << 2 << u"usage: qabyldau-cli workdays add DATE N"_s;
    QTest::newRow("too many arguments") << args(add + u" 2026-03-20 5 6"_s) << 2 << u"wrong number of arguments"_s;
    QTest::newRow("IIN missing") << args(u"iin check"_s) << 2 << u"usage: qabyldau-cli iin check IIN"_s;
    QTest::newRow("no command") << QStringList{} << 2 << u"no command given"_s;
    QTest::newRow("unknown command") << args(u"frobnicate"_s) << 2 << u"unknown command \"frobnicate\""_s;
    QTest::newRow("subcommand missing") << args(u"workdays"_s) << 2 << u"subcommand is missing"_s;
    QTest::newRow("unknown subcommand") << args(u"iin explain 210315601231"_s) << 2 << u"unknown subcommand \"explain\""_s;
    QTest::newRow("unknown option") << args(u"--verbose iin check 210315601231"_s) << 2 << u"unknown option \"--verbose\""_s;
    QTest::newRow("unknown language") << args(u"--lang de iin check 210315601231"_s) << 2 << u"unknown language \"de\""_s;
    QTest::newRow("--lang without a value") << args(u"iin check 210315601231 --lang"_s) << 2 << u"--lang needs a value"_s;
    QTest::newRow("--store without a value") << args(u"iin check 210315601231 --store"_s) << 2 << u"--store needs a value"_s;
}

void TestCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    const Result result = runCli(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    QVERIFY2(isOneLine(result.err), qPrintable(result.err));
    QVERIFY2(result.err.contains(reason), qPrintable(result.err));
}

void TestCli::globalOptionsAnywhere_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString iin = u"210315601231"_s;
    QTest::newRow("--store before") << QStringList{u"--store"_s, u"/nonexistent/store.sqlite"_s, u"iin"_s, u"check"_s, iin};
    QTest::newRow("--store= after") << QStringList{u"iin"_s, u"check"_s, iin, u"--store=/nonexistent/x"_s};
    QTest::newRow("--lang between") << QStringList{u"iin"_s, u"--lang"_s, u"en"_s, u"check"_s, iin};
    QTest::newRow("-- ends the options") << QStringList{u"iin"_s, u"check"_s, u"--"_s, iin};
}

void TestCli::globalOptionsAnywhere()
{
    QFETCH(QStringList, arguments);
    const Result result = runCli(arguments);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, u"valid\nbirth date: 2021-03-15\nsex: female\n"_s);
}

void TestCli::language_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("systemLocale");
    QTest::addColumn<QString>("output");

    const QStringList newYear{u"workdays"_s, u"is-working"_s, u"2026-01-01"_s};
    // Holiday names come from the calendar file in the message language.
    QTest::newRow("English by default") << newYear << u"C.UTF-8"_s << u"New Year"_s;
    QTest::newRow("--lang ru") << (QStringList{u"--lang"_s, u"ru"_s} + newYear) << u"C.UTF-8"_s << u"Новый год"_s;
    QTest::newRow("--lang=kk") << (QStringList{u"--lang=kk"_s} + newYear) << u"C.UTF-8"_s << u"Жаңа жыл"_s;
    QTest::newRow("Russian system") << newYear << u"ru_RU.UTF-8"_s << u"Новый год"_s;
    QTest::newRow("Kazakh system") << newYear << u"kk_KZ.UTF-8"_s << u"Жаңа жыл"_s;
    QTest::newRow("other system language") << newYear << u"de_DE.UTF-8"_s << u"New Year"_s;
    QTest::newRow("--lang en over a Russian system") << (QStringList{u"--lang"_s, u"en"_s} + newYear)
                                                     << u"ru_RU.UTF-8"_s << u"New Year"_s;
    // Machine-readable parts stay ISO whatever the language.
    QTest::newRow("dates stay ISO in Kazakh") << QStringList{u"workdays"_s, u"add"_s, u"2026-03-20"_s, u"5"_s}
                                              << u"kk_KZ.UTF-8"_s << u"2026-04-01\n"_s;
    QTest::newRow("dates stay ISO in Russian") << QStringList{u"--lang"_s, u"ru"_s, u"iin"_s, u"check"_s, u"210315601231"_s}
                                               << u"C.UTF-8"_s << u"2021-03-15"_s;
}

void TestCli::language()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, systemLocale);
    QFETCH(QString, output);
    const Result result = runCli(arguments, {{u"LC_ALL"_s, systemLocale}, {u"LANG"_s, systemLocale}});
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, qPrintable(result.err));
    QVERIFY2(result.out.contains(output), qPrintable(result.out));
}

void TestCli::administratorsCalendarFiles()
{
    // An administrator's year files in the data folder add years and replace built-in ones.
    QTemporaryDir dataHome;
    QVERIFY(dataHome.isValid());
    const QString folder = dataHome.filePath(u"Qabyldau/qabyldau/calendars"_s);
    writeFile(folder + u"/kz-2031.json"_s,
              R"({"format": 1, "year": 2031, "holidays": [
                   {"date": "2031-01-07", "name": {"en": "Orthodox Christmas"}, "moves": false}]})");
    writeFile(folder + u"/kz-2026.json"_s,
              R"({"format": 1, "year": 2026, "holidays": [], "days_off": [{"date": "2026-03-26", "note": "test"}]})");
    const QList<std::pair<QString, QString>> env{{u"XDG_DATA_HOME"_s, dataHome.path()}};

    Result result = runCli({u"workdays"_s, u"add"_s, u"2031-01-06"_s, u"1"_s}, env);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, u"2031-01-08\n"_s);

    result = runCli({u"workdays"_s, u"is-working"_s, u"2026-03-26"_s}, env);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, u"day off: transferred by government decree: test\n"_s);

    // Without them, the built-in calendar.
    result = runCli({u"workdays"_s, u"is-working"_s, u"2026-03-26"_s});
    QCOMPARE(result.exitCode, 0);
}

void TestCli::invalidAdministratorsCalendarFile()
{
    QTemporaryDir dataHome;
    QVERIFY(dataHome.isValid());
    writeFile(dataHome.filePath(u"Qabyldau/qabyldau/calendars/kz-2026.json"_s), "{ \"format\": 1, ");
    const Result result = runCli({u"workdays"_s, u"add"_s, u"2026-03-20"_s, u"5"_s},
                                 {{u"XDG_DATA_HOME"_s, dataHome.path()}});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(isOneLine(result.err), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"kz-2026.json"), qPrintable(result.err));

    // Commands that need no calendar still work.
    QCOMPARE(runCli({u"iin"_s, u"check"_s, u"210315601231"_s}, {{u"XDG_DATA_HOME"_s, dataHome.path()}}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
