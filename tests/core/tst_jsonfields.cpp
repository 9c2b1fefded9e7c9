#include "store/ApplicationJson.h"
#include "store/Database.h"
#include "store/import/ApplicationColumns.h"
#include "store/import/JsonFields.h"

#include <QSet>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// JsonFields, the one reader every importer reads a record's members with (keeps the first
// problem), and the import's table of columns (ApplicationColumns), which the INSERT, the
// reader and the canonical writer are all made from.
namespace {

const JsonKeys &keys()
{
    static const JsonKeys table({"name", "born", "filed", "count", "tags", "ok", "status"});
    return table;
}

enum Key { Name, Born, Filed, Count, Tags, Ok, StatusKey };

std::optional<QString> statusFromCode(const QString &code)
{
    return code == u"queued"_s ? std::optional<QString>(code) : std::nullopt;
}

} // namespace

class TestJsonFields : public QObject
{
    Q_OBJECT

private slots:
    void keysFoundByName()
    {
        QCOMPARE(keys().indexOf("born"), int(Born));
        QCOMPARE(keys().indexOf("status"), int(StatusKey));
        QCOMPARE(keys().indexOf("statu"), -1);
        QCOMPARE(keys().indexOf("other"), -1);
        QCOMPARE(keys().indexOf(QByteArray(200, 'x')), -1);
    }

    void readsEveryKind()
    {
        JsonFields read(keys());
        QVERIFY(!read.read(R"({"name": "\u04d8li", "born": "2021-02-01", "filed": "2024-05-01T04:00:00.250Z",
                               "count": 7.0, "tags": ["a", "b"], "ok": true, "status": "queued", "x": [1]})"));
        QCOMPARE(read.text(Name, Field::ChildName), u"Әli"_s);
        QCOMPARE(read.date(Born, Field::ChildBirthDate), QDate(2021, 2, 1));
        std::optional<qint64> msecs;
        const QDateTime filed = read.timestamp(Filed, Field::FiledAt, &msecs);
        QCOMPARE(filed, QDateTime(QDate(2024, 5, 1), QTime(4, 0, 0, 250), Qt::UTC));
        QCOMPARE(msecs, filed.toMSecsSinceEpoch());
        QCOMPARE(read.integer(Count, Field::Category), 7);
        QCOMPARE(read.texts(Tags, Field::Phones), QStringList({u"a"_s, u"b"_s}));
        QVERIFY(read.boolean(Ok, Field::Consent));
        QCOMPARE(read.code(StatusKey, Field::None, &statusFromCode, QString()), u"queued"_s);
        QVERIFY(!read.error());
    }

    void missingAndNullGiveDefaults()
    {
        JsonFields read(keys());
        QVERIFY(!read.read(R"({"name": null, "count": null})"));
        QVERIFY(read.text(Name, Field::ChildName).isNull());
        QVERIFY(!read.date(Born, Field::ChildBirthDate).isValid());
        QVERIFY(!read.integer(Count, Field::Category));
        QVERIFY(!read.boolean(Ok, Field::Consent));
        QCOMPARE(read.code(StatusKey, Field::None, &statusFromCode, u"fallback"_s), u"fallback"_s);
        QVERIFY(!read.error());
    }

    // The first problem is the one reported; reads after it are harmless.
    void keepsTheFirstProblem()
    {
        JsonFields read(keys());
        QVERIFY(!read.read(R"({"name": 5, "born": "2021-02-30", "count": 7.5, "status": "lost"})"));
        QVERIFY(read.date(Born, Field::ChildBirthDate).isNull());
        read.text(Name, Field::ChildName);
        read.integer(Count, Field::Category);
        read.code(StatusKey, Field::None, &statusFromCode, QString());
        QVERIFY(read.error());
        QCOMPARE(read.error()->field, Field::ChildBirthDate);
        QCOMPARE(read.error()->rule, Rule::InvalidDate);
        QCOMPARE(read.error()->detail, u"2021-02-30"_s);
    }

    void detailsNameTheKey_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<bool>("keyInEveryDetail");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<Rule>("rule");
        QTest::newRow("wrong kind") << QByteArray(R"({"name": 5})") << false << u"name"_s << Rule::OutOfRange;
        QTest::newRow("not an integer") << QByteArray(R"({"count": 7.5})") << false << u"count"_s << Rule::InvalidNumber;
        QTest::newRow("bad date") << QByteArray(R"({"born": "soon"})") << false << u"soon"_s << Rule::InvalidDate;
        QTest::newRow("bad date, key") << QByteArray(R"({"born": "soon"})") << true << u"born: soon"_s << Rule::InvalidDate;
        QTest::newRow("code without field") << QByteArray(R"({"status": "lost"})") << false << u"status: lost"_s
                                            << Rule::OutOfRange;
        QTest::newRow("list element") << QByteArray(R"({"tags": ["a", 1]})") << false << u"tags"_s << Rule::OutOfRange;
    }

    void detailsNameTheKey()
    {
        QFETCH(QByteArray, record);
        QFETCH(bool, keyInEveryDetail);
        QFETCH(QString, detail);
        QFETCH(Rule, rule);
        JsonFields read(keys(), JsonFields::Options{false, keyInEveryDetail});
        QVERIFY(!read.read(record));
        read.text(Name, Field::ChildName);
        read.integer(Count, Field::Category);
        read.date(Born, Field::ChildBirthDate);
        read.texts(Tags, Field::Phones);
        read.code(StatusKey, Field::None, &statusFromCode, QString());
        QVERIFY(read.error());
        QCOMPARE(read.error()->detail, detail);
        QCOMPARE(read.error()->rule, rule);
    }

    void lastOfTwiceGivenKeyCountsAndTextsTrimmed()
    {
        JsonFields read(keys(), JsonFields::Options{true, false});
        QVERIFY(!read.read(R"({"name": "first", "n\u0061me": "  second "})"));
        QCOMPARE(read.text(Name, Field::ChildName), u"second"_s);
    }

    void syntaxErrorAtItsFileOffset()
    {
        JsonFields read(keys());
        const std::optional<JsonError> error = read.read(R"({"name": "a", "ok": tru})", 1000);
        QVERIFY(error);
        QCOMPARE(error->offset, 1000 + 20);
        QVERIFY(!read.find(Name)); // nothing is read from a broken record
    }

    // The table names real columns of `applications`, each once, and its JSON keys are exactly
    // those of ApplicationJson::toJson.
    void columnTableMatchesTheStoreAndTheFormat()
    {
        auto database = Database::open(u":memory:"_s);
        QVERIFY(database);
        QSqlQuery query((*database)->connection());
        QVERIFY(query.exec(u"SELECT name FROM pragma_table_info('applications')"_s));
        QSet<QString> storeColumns;
        while (query.next())
            storeColumns.insert(query.value(0).toString());
        QSet<QString> tableColumns;
        QSet<QString> jsonKeys;
        for (const Import::ColumnSpec &spec : Import::applicationColumns) {
            const QString name = QString::fromLatin1(spec.name);
            QVERIFY2(storeColumns.contains(name), spec.name);
            QVERIFY2(!tableColumns.contains(name), spec.name);
            tableColumns.insert(name);
            if (spec.json != Import::JsonForm::None) {
                jsonKeys.insert(name);
                QVERIFY2(spec.read, spec.name);
            }
        }
        // With every optional key present (issue 13 item 1: "number" only when there is one).
        Application full;
        full.number = u"2026-007-00042"_s;
        const QStringList formatKeys = ApplicationJson::toJson(full).keys();
        QCOMPARE(jsonKeys, QSet<QString>(formatKeys.cbegin(), formatKeys.cend()));
        QVERIFY(Import::insertSql().startsWith("INSERT INTO applications (id, registration_sequence, "));
        // One numbered parameter per column (?1..?N); the row's seal reuses them (issue 14).
        QSet<int> parameters;
        const QString sql = QString::fromLatin1(Import::insertSql());
        static const QRegularExpression parameter(QStringLiteral("\\?(\\d+)"));
        for (QRegularExpressionMatchIterator it = parameter.globalMatch(sql); it.hasNext();)
            parameters.insert(it.next().captured(1).toInt());
        QCOMPARE(parameters.size(), qsizetype(Import::applicationColumns.size()));
        QCOMPARE(*std::max_element(parameters.cbegin(), parameters.cend()), int(Import::applicationColumns.size()));
        QVERIFY(!sql.contains(QRegularExpression(QStringLiteral("\\?(?!\\d)"))));
    }
};

QTEST_GUILESS_MAIN(TestJsonFields)
#include "tst_jsonfields.moc"
