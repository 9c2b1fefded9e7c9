// qabyldau-cli applications import and queue list (docs/cli.md), run as a script runs them.
#include "ProcessTestHelpers.h"

#include "domain/Iin.h"
#include "domain/Issue.h"
#include "store/ApplicationImport.h"
#include "store/ApplicationJson.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Outbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using ProcessTestHelpers::Result;
using ProcessTestHelpers::runCli;
using ProcessTestHelpers::runProgram;

// A valid IIN for the date and sex (RULES 9), the serial-th one.
QString makeIin(const QDate &birthDate, Iin::Sex sex, int serial)
{
    const QString prefix = birthDate.toString(u"yyMMdd"_s) + (sex == Iin::Sex::Male ? u'5' : u'6');
    for (int n = serial * 10;; ++n) {
        const QString eleven = prefix + QStringLiteral("%1").arg(n, 4, 10, QLatin1Char('0'));
        const int check = Iin::checkDigit(eleven);
        if (check >= 0)
            return eleven + QString::number(check);
    }
}

// A complete, valid Appendix 1 application of a girl born in 2021, filed on `filed` (local time).
QJsonObject record(int serial, Category category, const QDateTime &filed)
{
    Application a;
    a.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(serial, 12, 10, QLatin1Char('0'));
    a.applicant = PersonName{u"Серікбаев"_s, u"Асқар"_s, u"Нұрланұлы"_s};
    a.applicantIin = u"900512300120"_s;
    a.applicantAddress = u"Қонаев, Абай к-сі, 1"_s;
    a.settlement = u"Қонаев"_s;
    a.childBirthDate = QDate(2021, 3, 15);
    a.childSex = Iin::Sex::Female;
    a.child = PersonName{u"Серікбаева"_s, u"Әлия"_s, {}};
    a.childIin = makeIin(a.childBirthDate, a.childSex, serial);
    a.category = category;
    if (Categories::requiresDocument(category) || Categories::documentExpires(category))
        a.categoryDocument = CategoryDocument{u"Certificate"_s, u"№ 1"_s, u"Unit"_s, filed.date().addDays(-3)};
    a.phones = {u"+77012345678"_s};
    a.consent = true;
    a.signatureDate = filed.date();
    a.filedAt = filed;
    return ApplicationJson::toJson(a);
}

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2024, 4, day), QTime(hour, 0));
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

} // namespace

class TestCliApplications : public QObject
{
    Q_OBJECT

private slots:
    // Everything valid: imported, exit 0, then listed in the order of RULES 3.3.
    void importThenList()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString store = dir.filePath(u"store.sqlite"_s);
        // Filing order: general 1, 2, 3, primary 4, general 5, extraordinary 6 (filed last).
        QList<QJsonObject> records = {
            record(1, Category::None, at(1, 10)),        record(2, Category::None, at(2, 10)),
            record(3, Category::None, at(3, 10)),        record(4, Category::LargeFamily, at(4, 10)),
            record(5, Category::None, at(5, 10)),        record(6, Category::Military, at(6, 10)),
        };
        // Issue 13 item 1: a record may carry its application number; the others get none.
        records[3].insert(u"number"_s, u"2024-007-00042"_s);
        const QString file = writeJson(dir, u"applications.json"_s, arrayOf(records));

        const Result imported = runCli({u"--store"_s, store, u"applications"_s, u"import"_s, file});
        QCOMPARE(imported.err, QString());
        QCOMPARE(imported.out, u"imported 6, already present 0, invalid 0\n"_s);
        QCOMPARE(imported.exitCode, 0);

        const Result listed = runCli({u"--store"_s, store, u"queue"_s, u"list"_s, u"--birth-year"_s, u"2021"_s});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.err, QString());
        const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
        // Extraordinary first; then 1 primary : 3 general (RULES 3.3).
        const QList<int> expectedSerials = {6, 4, 1, 2, 3, 5};
        QCOMPARE(lines.size(), expectedSerials.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QStringList fields = lines.at(i).split(u'\t');
            QCOMPARE(fields.size(), 6);
            const QJsonObject &expected = records.at(expectedSerials.at(i) - 1);
            QCOMPARE(fields.at(0), QString::number(i + 1));
            QCOMPARE(fields.at(1), expected.value(u"id"_s).toString());
            QCOMPARE(fields.at(2), expected.value(u"child_iin"_s).toString());
            QCOMPARE(fields.at(3), QString::number(expected.value(u"category"_s).toInt()));
            QCOMPARE(fields.at(4), expected.value(u"filed_at"_s).toString());
            QCOMPARE(fields.at(5), expected.value(u"number"_s).toString()); // empty: none
        }

        const Result limited = runCli({u"--store"_s, store, u"queue"_s, u"list"_s, u"--birth-year=2021"_s,
                                       u"--limit"_s, u"2"_s});
        QCOMPARE(limited.exitCode, 0);
        QCOMPARE(limited.out.split(u'\n', Qt::SkipEmptyParts), lines.mid(0, 2));

        const Result otherYear = runCli({u"--store"_s, store, u"queue"_s, u"list"_s, u"--birth-year"_s, u"2020"_s});
        QCOMPARE(otherYear.exitCode, 0);
        QCOMPARE(otherYear.out, QString());
    }

    // The same file twice: the second run finds every record present and imports nothing.
    void importTwiceImportsOnce()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(u"store.sqlite"_s);
        QJsonObject withoutId = record(3, Category::None, at(3, 9));
        withoutId.remove(u"id"_s); // gets a deterministic id
        const QString file = writeJson(dir, u"a.json"_s,
                                       arrayOf({record(1, Category::None, at(1, 9)),
                                                record(2, Category::TeacherChild, at(2, 9)), withoutId}));
        const Result first = runCli({u"--store"_s, store, u"applications"_s, u"import"_s, file});
        QCOMPARE(first.out, u"imported 3, already present 0, invalid 0\n"_s);
        QCOMPARE(first.exitCode, 0);
        const Result second = runCli({u"--store"_s, store, u"applications"_s, u"import"_s, file});
        QCOMPARE(second.out, u"imported 0, already present 3, invalid 0\n"_s);
        QCOMPARE(second.err, QString());
        QCOMPARE(second.exitCode, 0);

        // DESIGN 3: one outbox command and one journal entry for the committed batch, with the
        // ids and a hash over the records; the journal still verifies.
        auto database = Database::open(store);
        QVERIFY(database);
        QSqlDatabase db = (*database)->connection();
        const Expected<QList<OutboxCommand>> pending = Outbox::pending(db);
        QVERIFY(pending);
        QCOMPARE(pending->size(), 1);
        const OutboxCommand &command = pending->constFirst();
        QCOMPARE(command.type, ApplicationImport::commandType());
        QCOMPARE(command.payload.value(u"count"_s).toInt(), 3);
        QCOMPARE(command.payload.value(u"ids"_s).toArray().size(), 3);
        QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(command.payload.value(u"sha256"_s).toString()).hasMatch());
        const Expected<JournalVerification> verification = Journal::verify(db);
        QVERIFY(verification);
        QVERIFY(verification->ok());
        QSqlQuery journal(db);
        QVERIFY(journal.exec(u"SELECT event, entity_id FROM journal"_s));
        QVERIFY(journal.next());
        QCOMPARE(journal.value(0).toString(), ApplicationImport::importedEvent());
        QCOMPARE(journal.value(1).toString(), command.id);
        QVERIFY(!journal.next());
    }

    // Issue 14 item 1: two imports of the same children (other ids) run at once. Each checks its
    // records against the store under its batch's write lock, after reading what the other wrote:
    // one active application per child (RULES 3.2), whatever the order the two get the lock in.
    void twoImportsAtOnceKeepOneApplicationPerChild()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(u"store.sqlite"_s);
        constexpr int children = 20000;
        const auto file = [&](const QString &name, const QString &idPrefix) {
            QJsonArray array;
            const QJsonObject base = record(1, Category::None, at(1, 9));
            for (int k = 0; k < children; ++k) {
                QJsonObject r = base;
                const QDate birth = QDate(2020, 1, 1).addDays(k % 700);
                r.insert(u"id"_s, QString(idPrefix + QStringLiteral("%1").arg(k, 12, 10, QLatin1Char(u'0'))));
                r.insert(u"child_birth_date"_s, birth.toString(Qt::ISODate));
                r.insert(u"child_iin"_s, makeIin(birth, Iin::Sex::Female, 1 + k / 700));
                array.append(r);
            }
            return writeJson(dir, name, QJsonDocument(array).toJson(QJsonDocument::Compact));
        };
        const QString a = file(u"a.json"_s, u"00000000-0000-4000-8000-"_s);
        const QString b = file(u"b.json"_s, u"00000000-0000-4000-9000-"_s);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        // The store exists before, so that both open the same file.
        QVERIFY(Database::open(store));

        QProcess first, second;
        first.start(QStringLiteral(QABYLDAU_CLI_PATH), {u"--store"_s, store, u"applications"_s, u"import"_s, a});
        second.start(QStringLiteral(QABYLDAU_CLI_PATH), {u"--store"_s, store, u"applications"_s, u"import"_s, b});
        QVERIFY(first.waitForFinished(120000));
        QVERIFY(second.waitForFinished(120000));
        const QString outA = QString::fromUtf8(first.readAllStandardOutput());
        const QString outB = QString::fromUtf8(second.readAllStandardOutput());

        auto database = Database::open(store);
        QVERIFY(database);
        QSqlQuery query((*database)->connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM (SELECT child_iin FROM applications WHERE status <> 'archived'"
                           " GROUP BY child_iin HAVING count(*) > 1)"_s));
        QVERIFY(query.next());
        QVERIFY2(query.value(0).toInt() == 0,
                 qPrintable(QStringLiteral("%1 children doubled; A: %2 B: %3").arg(query.value(0).toInt()).arg(outA, outB)));
        QVERIFY(query.exec(u"SELECT count(*) FROM applications WHERE status <> 'archived'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), children);
        // Each process ended with its summary or a clear one-line error, never a crash.
        QCOMPARE(first.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    }

    // Issue 14 item 3: an id that is not a UUID is refused; another child under an id the store
    // holds is refused, never counted as "already present".
    void idsAreUuidsAndMatchTheChild()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(u"store.sqlite"_s);
        const QString first = writeJson(dir, u"a.json"_s, arrayOf({record(1, Category::None, at(1, 9))}));
        QCOMPARE(runCli({u"--store"_s, store, u"applications"_s, u"import"_s, first}).exitCode, 0);

        QJsonObject other = record(2, Category::None, at(2, 9));
        other.insert(u"id"_s, record(1, Category::None, at(1, 9)).value(u"id"_s)); // child 2 under child 1's id
        QJsonObject notUuid = record(3, Category::None, at(3, 9));
        notUuid.insert(u"id"_s, u"APP-0003"_s);
        const QString second = writeJson(dir, u"b.json"_s,
                                         arrayOf({record(1, Category::None, at(1, 9)), other, notUuid}));
        const Result result = runCli({u"--store"_s, store, u"applications"_s, u"import"_s, second});
        QCOMPARE(result.out, u"imported 0, already present 1, invalid 2\n"_s);
        QCOMPARE(result.exitCode, 1);
        const QStringList lines = result.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(u"record 1:"_s) && lines.at(0).contains(u"another child"_s), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(u"record 2:"_s) && lines.at(1).contains(u"UUID"_s), qPrintable(lines.at(1)));
    }

    // Issue 14 item 8: commands that only read never make a store of an empty or foreign file,
    // and never loosen a store's permissions.
    void readingNeverMakesAStore()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(u"empty.sqlite"_s);
        QFile(empty).open(QIODevice::WriteOnly);
        const QString text = writeJson(dir, u"notes.txt"_s, "hello, not a store");
        for (const QString &path : {empty, text}) {
            const QByteArray before = [&] { QFile f(path); return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("?"); }();
            for (const QStringList &command : {QStringList{u"queue"_s, u"list"_s, u"--birth-year"_s, u"2021"_s},
                                               QStringList{u"direction"_s, u"check"_s, u"D-1"_s},
                                               QStringList{u"sync"_s, u"status"_s}}) {
                const Result result = runCli(QStringList{u"--store"_s, path} + command);
                QVERIFY2(result.exitCode == 3, qPrintable(command.join(u' ') + u": "_s + result.err));
                QCOMPARE(result.err.count(u'\n'), 1);
            }
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), before);
            QVERIFY(!QFile::exists(path + u"-wal"_s));
        }
        // A store its owner made read-only stays read-only (reading it still works).
        const QString store = dir.filePath(u"store.sqlite"_s);
        const QString file = writeJson(dir, u"a.json"_s, arrayOf({record(1, Category::None, at(1, 9))}));
        QCOMPARE(runCli({u"--store"_s, store, u"applications"_s, u"import"_s, file}).exitCode, 0);
        QVERIFY(QFile::setPermissions(store, QFile::ReadOwner));
        runCli({u"--store"_s, store, u"queue"_s, u"list"_s, u"--birth-year"_s, u"2021"_s});
        QCOMPARE(QFile::permissions(store) & (QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QVERIFY(QFile::setPermissions(store, QFile::ReadOwner | QFile::WriteOwner));
    }

    // Invalid records are reported one line each with their 0-based index and the form's
    // reason; the valid ones are imported anyway; exit code 1.
    void invalidRecordsReported()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(u"store.sqlite"_s);
        QJsonObject badIin = record(2, Category::None, at(2, 9));
        QString iin = badIin.value(u"child_iin"_s).toString();
        iin[11] = QChar(u'0' + (iin.at(11).digitValue() + 1) % 10);
        badIin.insert(u"child_iin"_s, iin);
        QJsonObject noConsent = record(3, Category::None, at(3, 9));
        noConsent.insert(u"consent"_s, false);
        QJsonObject sameChild = record(5, Category::None, at(5, 9));
        sameChild.insert(u"child_iin"_s, record(1, Category::None, at(1, 9)).value(u"child_iin"_s));
        QJsonObject badCategory = record(6, Category::None, at(6, 9));
        badCategory.insert(u"category"_s, 11);
        QJsonArray array = {record(1, Category::None, at(1, 9)), badIin, noConsent, 42,
                            record(4, Category::None, at(4, 9)), sameChild, badCategory};
        const QString file = writeJson(dir, u"mixed.json"_s, QJsonDocument(array).toJson());

        const Result result = runCli({u"--store"_s, store, u"applications"_s, u"import"_s, file});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.out, u"imported 2, already present 0, invalid 5\n"_s);
        const QStringList expected = {
            u"record 1: "_s + Issue::error(Field::ChildIin, Rule::IinCheckDigit).message(),
            u"record 2: "_s + Issue::error(Field::Consent, Rule::ConsentRequired).message(),
            u"record 3: "_s + Issue::error(Field::ImportFile, Rule::ImportRecordNotObject).message(),
            u"record 5: "_s
                + Issue::error(Field::ChildIin, Rule::ActiveApplicationExists,
                               record(1, Category::None, at(1, 9)).value(u"id"_s).toString())
                      .message(),
            u"record 6: "_s + Issue::error(Field::Category, Rule::OutOfRange, u"11"_s).message(),
        };
        QCOMPARE(result.err.split(u'\n', Qt::SkipEmptyParts), expected);

        const Result listed = runCli({u"--store"_s, store, u"queue"_s, u"list"_s, u"--birth-year"_s, u"2021"_s});
        QCOMPARE(listed.out.count(u'\n'), 2);
    }

    void unreadableFile_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: no file at all
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("an object, not an array") << QByteArray("{\"id\": \"x\"}");
        QTest::newRow("cut off") << QByteArray("[{\"id\": \"x\"}");
        QTest::newRow("text") << QByteArray("applications");
    }

    // Nothing can be imported: one line on stderr, exit code 3, the store untouched.
    void unreadableFile()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString store = dir.filePath(u"store.sqlite"_s);
        const QString file = content.isEmpty() ? dir.filePath(u"none.json"_s) : writeJson(dir, u"f.json"_s, content);
        const Result result = runCli({u"--store"_s, store, u"applications"_s, u"import"_s, file});
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err.count(u'\n'), 1);
    }

    void emptyArray()
    {
        QTemporaryDir dir;
        const QString file = writeJson(dir, u"empty.json"_s, "[ ]\n");
        const Result result = runCli({u"--store"_s, dir.filePath(u"s.sqlite"_s), u"applications"_s, u"import"_s, file});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, u"imported 0, already present 0, invalid 0\n"_s);
    }

    // queue list reads a store; it never creates one.
    void queueListWithoutStore()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(u"missing.sqlite"_s);
        const Result result = runCli({u"--store"_s, store, u"queue"_s, u"list"_s, u"--birth-year"_s, u"2021"_s});
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err.count(u'\n'), 1);
        QVERIFY(!QFile::exists(store));
    }

    void queueListUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no year") << QStringList{u"queue"_s, u"list"_s};
        QTest::newRow("year not a number") << QStringList{u"queue"_s, u"list"_s, u"--birth-year"_s, u"20x1"_s};
        QTest::newRow("negative limit") << QStringList{u"queue"_s, u"list"_s, u"--birth-year"_s, u"2021"_s,
                                                       u"--limit"_s, u"-1"_s};
        QTest::newRow("unknown option") << QStringList{u"queue"_s, u"list"_s, u"--birth-year"_s, u"2021"_s,
                                                       u"--sort"_s, u"name"_s};
        QTest::newRow("an argument") << QStringList{u"queue"_s, u"list"_s, u"2021"_s};
        QTest::newRow("option of another command") << QStringList{u"applications"_s, u"import"_s, u"f.json"_s,
                                                                  u"--limit"_s, u"5"_s};
    }

    void queueListUsage()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const Result result = runCli(QStringList{u"--store"_s, dir.filePath(u"s.sqlite"_s)} + arguments);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err.count(u'\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliApplications)
#include "tst_cli_applications.moc"
