// qabyldau-cli directions import and direction check (docs/cli.md), run as a script runs them.
#include "ProcessTestHelpers.h"

#include "store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using ProcessTestHelpers::isOneLine;
using ProcessTestHelpers::Result;
using ProcessTestHelpers::runCli;

// A direction as the queue system sends it, issued at `issuedAt` (ISO 8601).
QJsonObject direction(const QString &number, const QString &issuedAt, const QString &mode = u"general"_s)
{
    return QJsonObject{
        {u"number"_s, number},
        {u"kindergarten_id"_s, u"kg-017"_s},
        {u"group_name"_s, u"Ортаңғы топ «Балапан»"_s},
        {u"admission_mode"_s, mode},
        {u"issued_at"_s, issuedAt},
        {u"child_surname"_s, u"Серікбаева"_s},
        {u"child_name"_s, u"Әлия"_s},
        {u"child_iin"_s, u"210315601231"_s},
        {u"applicant_iin"_s, u"900512300120"_s},
        {u"phones"_s, QJsonArray{u"+77012345678"_s}},
    };
}

QString writeJson(const QTemporaryDir &dir, const QString &name, const QByteArray &json)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(json);
    return path;
}

QByteArray arrayOf(const QList<QJsonObject> &records)
{
    QJsonArray array;
    for (const QJsonObject &object : records)
        array.append(object);
    return QJsonDocument(array).toJson();
}

int journalEntries(const QString &store)
{
    const auto database = Database::open(store);
    if (!database)
        return -1;
    QSqlQuery query((*database)->connection());
    if (!query.exec(u"SELECT count(*) FROM journal"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestCliDirections : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"desk.sqlite"_s);
        QJsonObject used = direction(u"D-USED"_s, u"2026-03-20T04:30:00.000Z"_s);
        used.insert(u"status"_s, u"used"_s);
        QJsonObject freed = direction(u"D-FREED"_s, u"2026-03-02T04:30:00.000Z"_s, u"early_booking"_s);
        freed.insert(u"freed_on"_s, u"2026-03-20"_s);
        const QString file = writeJson(m_dir, u"directions.json"_s, arrayOf({
            // RULES 10 example: Fri 20.03.2026 + 5 working days (Nauryz 23-25 March off) = Wed 01.04.2026.
            direction(u"D-NAURYZ"_s, u"2026-03-20T04:30:00.000Z"_s),
            // Wed 06.05.2026 + 5 working days (7 and 11 May off) = Fri 15.05.2026.
            direction(u"D-MAY"_s, u"2026-05-06T05:00:00.000Z"_s),
            // RULES def. 6: an early-booking place not freed yet, and one freed on 20 March.
            direction(u"D-EARLY"_s, u"2026-03-02T04:30:00.000Z"_s, u"early_booking"_s),
            freed,
            used,
            // A year the built-in calendar does not know.
            direction(u"D-2031"_s, u"2031-03-03T04:30:00.000Z"_s),
        }));
        const Result imported = runCli({u"--store"_s, m_store, u"directions"_s, u"import"_s, file});
        QCOMPARE(imported.err, QString());
        QCOMPARE(imported.out, u"imported 6, already present 0, refused 0\n"_s);
        QCOMPARE(imported.exitCode, 0);
    }

    void checkAtTheEdges_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("on");
        QTest::addColumn<QString>("out");
        QTest::addColumn<int>("exitCode");

        QTest::newRow("issue day") << u"D-NAURYZ"_s << u"2026-03-20"_s << u"valid until 2026-04-01\n"_s << 0;
        QTest::newRow("during Nauryz") << u"D-NAURYZ"_s << u"2026-03-24"_s << u"valid until 2026-04-01\n"_s << 0;
        QTest::newRow("last day") << u"D-NAURYZ"_s << u"2026-04-01"_s << u"valid until 2026-04-01\n"_s << 0;
        QTest::newRow("the day after") << u"D-NAURYZ"_s << u"2026-04-02"_s << u"expired on 2026-04-02\n"_s << 1;
        QTest::newRow("a month later") << u"D-NAURYZ"_s << u"2026-05-04"_s << u"expired on 2026-04-02\n"_s << 1;
        QTest::newRow("May holidays, last day") << u"D-MAY"_s << u"2026-05-15"_s << u"valid until 2026-05-15\n"_s << 0;
        QTest::newRow("May holidays, a Saturday after") << u"D-MAY"_s << u"2026-05-16"_s
                                                        << u"expired on 2026-05-16\n"_s << 1;
        QTest::newRow("early booking, not freed") << u"D-EARLY"_s << u"2026-03-25"_s
                                                  << u"waiting for the place to be freed\n"_s << 1;
        // Freed Fri 20.03: counted from then, as the general direction issued that day.
        QTest::newRow("early booking, freed") << u"D-FREED"_s << u"2026-04-01"_s << u"valid until 2026-04-01\n"_s << 0;
        QTest::newRow("used") << u"D-USED"_s << u"2026-03-23"_s << u"used\n"_s << 1;
        QTest::newRow("number typed with spaces") << u" D-NAURYZ "_s << u"2026-03-30"_s
                                                  << u"valid until 2026-04-01\n"_s << 0;
    }

    void checkAtTheEdges()
    {
        QFETCH(QString, number);
        QFETCH(QString, on);
        QFETCH(QString, out);
        QFETCH(int, exitCode);

        const Result result = runCli({u"--store"_s, m_store, u"direction"_s, u"check"_s, number, u"--on"_s, on});
        QCOMPARE(result.err, QString());
        QCOMPARE(result.out, out);
        QCOMPARE(result.exitCode, exitCode);
    }

    void checkWithoutAnAnswer_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");

        QTest::newRow("unknown direction") << QStringList{u"direction"_s, u"check"_s, u"D-NONE"_s, u"--on=2026-03-25"_s}
                                           << 3 << u"D-NONE"_s;
        QTest::newRow("no calendar for 2031") << QStringList{u"direction"_s, u"check"_s, u"D-2031"_s, u"--on"_s, u"2031-03-05"_s}
                                              << 3 << u"2031"_s;
        QTest::newRow("not a date") << QStringList{u"direction"_s, u"check"_s, u"D-MAY"_s, u"--on"_s, u"2026-02-30"_s}
                                    << 2 << u"2026-02-30"_s;
        QTest::newRow("no number") << QStringList{u"direction"_s, u"check"_s} << 2 << u"direction check"_s;
    }

    void checkWithoutAnAnswer()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);

        const Result result = runCli(QStringList{u"--store"_s, m_store} + arguments);
        QCOMPARE(result.exitCode, exitCode);
        QCOMPARE(result.out, QString());
        QVERIFY2(isOneLine(result.err), qPrintable(result.err));
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void checkNeverCreatesAStore()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"none.sqlite"_s);
        const Result result = runCli({u"--store"_s, missing, u"direction"_s, u"check"_s, u"D-1"_s});
        QCOMPARE(result.exitCode, 3);
        QVERIFY(isOneLine(result.err));
        QVERIFY(!QFile::exists(missing));
    }

    // A bad record is reported with its index; the others go in; a second run adds nothing.
    void importReportsRefusedRecordsAndIsIdempotent()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(u"store.sqlite"_s);
        QJsonObject badIin = direction(u"D-3"_s, u"2026-03-20T04:30:00.000Z"_s);
        badIin.insert(u"child_iin"_s, u"210315601230"_s);
        QJsonObject noGroup = direction(u"D-5"_s, u"2026-03-20T04:30:00.000Z"_s);
        noGroup.remove(u"group_name"_s);
        const QString file = writeJson(dir, u"d.json"_s, arrayOf({
            direction(u"D-1"_s, u"2026-03-20T04:30:00.000Z"_s),
            direction(u"D-2"_s, u"2026-03-20T05:30:00.000Z"_s),
            badIin,
            direction(u"D-4"_s, u"2026-03-20T06:30:00.000Z"_s),
            noGroup,
        }));

        const Result first = runCli({u"--store"_s, store, u"directions"_s, u"import"_s, file});
        QCOMPARE(first.exitCode, 1);
        QCOMPARE(first.out, u"imported 3, already present 0, refused 2\n"_s);
        const QStringList lines = first.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0),
                 u"record 2: Child's IIN on the direction: the check digit is wrong; check the number for a typing error: 210315601230"_s);
        QVERIFY2(lines.at(1).startsWith(u"record 4: Group: must be filled in"_s), qPrintable(lines.at(1)));
        QCOMPARE(journalEntries(store), 1);

        const Result second = runCli({u"--store"_s, store, u"directions"_s, u"import"_s, file});
        QCOMPARE(second.exitCode, 1);
        QCOMPARE(second.out, u"imported 0, already present 3, refused 2\n"_s);
        // Nothing new: no second journal entry either.
        QCOMPARE(journalEntries(store), 1);

        // The same number with another child is refused, never overwritten.
        QJsonObject changed = direction(u"D-1"_s, u"2026-03-20T04:30:00.000Z"_s);
        changed.insert(u"child_iin"_s, u"200101500403"_s);
        const Result third = runCli({u"--store"_s, store, u"directions"_s, u"import"_s,
                                     writeJson(dir, u"changed.json"_s, arrayOf({changed}))});
        QCOMPARE(third.exitCode, 1);
        QCOMPARE(third.out, u"imported 0, already present 0, refused 1\n"_s);
        QVERIFY(third.err.startsWith(u"record 0: Direction number: "_s));
    }

    void importOfAFileThatIsNotAnArray_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<bool>("exists");

        QTest::newRow("an object") << QByteArray("{\"number\": \"D-1\"}") << true;
        QTest::newRow("broken JSON") << QByteArray("[{\"number\": ") << true;
        QTest::newRow("no such file") << QByteArray() << false;
    }

    void importOfAFileThatIsNotAnArray()
    {
        QFETCH(QByteArray, contents);
        QFETCH(bool, exists);

        QTemporaryDir dir;
        const QString file = exists ? writeJson(dir, u"bad.json"_s, contents) : dir.filePath(u"missing.json"_s);
        const Result result = runCli({u"--store"_s, dir.filePath(u"s.sqlite"_s), u"directions"_s, u"import"_s, file});
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.out, QString());
        QVERIFY2(isOneLine(result.err), qPrintable(result.err));
    }

    void importNeedsItsFile()
    {
        const Result result = runCli({u"--store"_s, m_store, u"directions"_s, u"import"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(isOneLine(result.err));
    }

    void helpDescribesBothCommands()
    {
        const Result help = runCli({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"directions import FILE"_s));
        QVERIFY(help.out.contains(u"direction check NUMBER [--on DATE]"_s));
        const Result check = runCli({u"direction"_s, u"check"_s, u"--help"_s});
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.out.contains(u"expired on YYYY-MM-DD"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliDirections)
#include "tst_cli_directions.moc"
