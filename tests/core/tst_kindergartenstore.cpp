// The region's kindergartens in the local store (RULES 4.2): kept by an administrator or
// imported from a JSON file, all or nothing.
#include "store/Database.h"
#include "store/KindergartenStore.h"

#include <QTest>

class TestKindergartenStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        auto opened = Database::open(QStringLiteral(":memory:"));
        QVERIFY(opened);
        m_db = *opened;
    }
    void cleanup() { m_db.reset(); }

    void upsertInsertsThenReplacesById()
    {
        KindergartenStore store(m_db);
        QVERIFY(store.upsert({QStringLiteral("K2"), QStringLiteral("Ақбота"), QStringLiteral("Акбота"),
                              QStringLiteral("Алматы"), QStringLiteral("Абай 1")}));
        QVERIFY(store.upsert({QStringLiteral("K1"), QStringLiteral("Балапан"), {}, {}, {}}));
        QVERIFY(store.upsert({QStringLiteral(" K2 "), QStringLiteral("Ақбота-2"), {}, {}, {}}));
        const auto all = store.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).id, QStringLiteral("K1"));
        QCOMPARE(all->at(1).nameKk, QStringLiteral("Ақбота-2"));
        QCOMPARE(all->at(1).nameRu, QString());
        QVERIFY(store.remove(QStringLiteral("K1")));
        QCOMPARE(store.list()->size(), 1);
    }

    void nameFallsBackToTheOtherLanguage()
    {
        const Kindergarten onlyKazakh{QStringLiteral("K"), QStringLiteral("Күншуақ"), {}, {}, {}};
        QCOMPARE(onlyKazakh.name(QLocale::Russian), QStringLiteral("Күншуақ"));
        const Kindergarten both{QStringLiteral("K"), QStringLiteral("Ақбота"), QStringLiteral("Акбота"), {}, {}};
        QCOMPARE(both.name(QLocale::Russian), QStringLiteral("Акбота"));
        QCOMPARE(both.name(QLocale::Kazakh), QStringLiteral("Ақбота"));
    }

    void refusesAKindergartenWithoutIdOrName_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::newRow("no id") << QStringLiteral("  ") << QStringLiteral("Балапан");
        QTest::newRow("no name") << QStringLiteral("K1") << QString();
    }
    void refusesAKindergartenWithoutIdOrName()
    {
        QFETCH(QString, id);
        QFETCH(QString, name);
        KindergartenStore store(m_db);
        const Status status = store.upsert({id, name, {}, {}, {}});
        QVERIFY(!status);
        QCOMPARE(status.error().rule, Rule::Required);
        QVERIFY(store.list()->isEmpty());
    }

    void importsAJsonArray()
    {
        KindergartenStore store(m_db);
        const QByteArray json = R"([
            {"id": "ALM-001", "name_kk": "Балапан", "name_ru": "Балапан", "settlement": "Алматы"},
            {"id": "ALM-002", "name_ru": "Акбота", "address": "Абай 1"}
        ])";
        const Expected<int> imported = store.importJson(json);
        QVERIFY(imported);
        QCOMPARE(*imported, 2);
        QCOMPARE(store.find(QStringLiteral("ALM-002"))->address, QStringLiteral("Абай 1"));
        QCOMPARE(store.find(QStringLiteral("ALM-001"))->settlement, QStringLiteral("Алматы"));
    }

    void importIsAllOrNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<QString>("detail");
        QTest::newRow("not JSON") << QByteArray("{oops") << Rule::ImportNotJsonArray << QString();
        QTest::newRow("an object") << QByteArray(R"({"id": "K"})") << Rule::ImportNotJsonArray << QString();
        QTest::newRow("a number in the array")
            << QByteArray(R"([{"id": "K1", "name_kk": "А"}, 5])") << Rule::ImportRecordNotObject << QStringLiteral("2");
        QTest::newRow("second without id")
            << QByteArray(R"([{"id": "K1", "name_kk": "А"}, {"name_kk": "Б"}])") << Rule::Required
            << QStringLiteral("2: id");
        QTest::newRow("without a name")
            << QByteArray(R"([{"id": "K1"}])") << Rule::Required << QStringLiteral("1: name_kk / name_ru");
    }
    void importIsAllOrNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(Rule, rule);
        QFETCH(QString, detail);
        KindergartenStore store(m_db);
        const Expected<int> imported = store.importJson(json);
        QVERIFY(!imported);
        QCOMPARE(imported.error().field, Field::ImportFile);
        QCOMPARE(imported.error().rule, rule);
        QCOMPARE(imported.error().detail, detail);
        QVERIFY(store.list()->isEmpty());
    }

private:
    std::shared_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestKindergartenStore)
#include "tst_kindergartenstore.moc"
