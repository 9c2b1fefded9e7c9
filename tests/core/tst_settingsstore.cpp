#include "store/SettingsStore.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const RuleSettings::Entry &entryFor(const char *key)
{
    for (const RuleSettings::Entry &entry : RuleSettings::entries())
        if (qstrcmp(entry.key, key) == 0)
            return entry;
    qFatal("no setting %s", key);
}

void compareSettings(const RuleSettings &actual, const RuleSettings &expected)
{
    for (const RuleSettings::Entry &entry : RuleSettings::entries())
        QVERIFY2(actual.*entry.member == expected.*entry.member, entry.key);
}

} // namespace

class TestSettingsStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyStoreGivesRulesDefaults();
    void savedSettingsSurviveReopening();
    void onlyOverridesAreStored();
    void outOfRangeSetIsRefusedWhole_data();
    void outOfRangeSetIsRefusedWhole();
    void badStoredValueKeepsDefault_data();
    void badStoredValueKeepsDefault();
    void otherKeysAreLeftAlone();

private:
    bool writeRaw(const QString &key, const QString &value);
    int settingRows() const;

    std::shared_ptr<Database> m_database;
};

void TestSettingsStore::init()
{
    auto database = Database::open(QStringLiteral(":memory:"));
    QVERIFY(database);
    m_database = std::move(database).value();
}

void TestSettingsStore::cleanup()
{
    m_database.reset();
}

bool TestSettingsStore::writeRaw(const QString &key, const QString &value)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (:key, :value)"));
    query.bindValue(QStringLiteral(":key"), key);
    query.bindValue(QStringLiteral(":value"), value);
    return query.exec();
}

int TestSettingsStore::settingRows() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM settings")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestSettingsStore::emptyStoreGivesRulesDefaults()
{
    const LoadedSettings loaded = SettingsStore(m_database).load();
    QVERIFY(loaded.issues.isEmpty());
    compareSettings(loaded.settings, RuleSettings{});
    // RULES 5 and 3.3 defaults, as an administrator reads them in docs/rules.md.
    QCOMPARE(loaded.settings.directionValidWorkingDays, 5);
    QCOMPARE(loaded.settings.primaryRatioText(), QStringLiteral("1:3"));
}

void TestSettingsStore::savedSettingsSurviveReopening()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    RuleSettings changed;
    changed.directionValidWorkingDays = 7;
    changed.stopListCalendarDays = 0;
    changed.maxPhones = 1;
    QVERIFY(changed.setPrimaryRatioText(QStringLiteral("2:5")));
    {
        auto database = Database::open(path);
        QVERIFY(database);
        const Status saved = SettingsStore(*database).save(changed);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
    }
    auto reopened = Database::open(path);
    QVERIFY(reopened);
    const LoadedSettings loaded = SettingsStore(*reopened).load();
    QVERIFY(loaded.issues.isEmpty());
    compareSettings(loaded.settings, changed);
}

void TestSettingsStore::onlyOverridesAreStored()
{
    SettingsStore store(m_database);
    RuleSettings changed;
    changed.complaintHeadWorkingDays = 3;
    QVERIFY(store.save(changed));
    QCOMPARE(settingRows(), 1);

    // Back to the default: the override goes, so a later default reaches this desk.
    QVERIFY(store.save(RuleSettings{}));
    QCOMPARE(settingRows(), 0);
    compareSettings(store.load().settings, RuleSettings{});
}

void TestSettingsStore::outOfRangeSetIsRefusedWhole_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("value");
    for (const RuleSettings::Entry &entry : RuleSettings::entries()) {
        QTest::addRow("%s below %d", entry.key, entry.minimum) << QByteArray(entry.key) << entry.minimum - 1;
        QTest::addRow("%s above %d", entry.key, entry.maximum) << QByteArray(entry.key) << entry.maximum + 1;
    }
}

void TestSettingsStore::outOfRangeSetIsRefusedWhole()
{
    QFETCH(QByteArray, key);
    QFETCH(int, value);
    SettingsStore store(m_database);
    RuleSettings before;
    before.maxWaitMinutes = 20;
    QVERIFY(store.save(before));

    RuleSettings wrong = before;
    wrong.maxServiceMinutes = 25; // a valid change in the same set is not written either
    wrong.*entryFor(key.constData()).member = value;
    QCOMPARE(SettingsStore::check(wrong).size(), 1);
    const Status saved = store.save(wrong);
    QVERIFY(!saved);
    QCOMPARE(saved.error().rule, Rule::OutOfRange);
    QVERIFY2(saved.error().detail.contains(QLatin1String(key)), qPrintable(saved.error().detail));
    compareSettings(store.load().settings, before);
}

void TestSettingsStore::badStoredValueKeepsDefault_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<Rule>("rule");
    QTest::newRow("not a number") << QStringLiteral("five") << Rule::InvalidNumber;
    QTest::newRow("a fraction") << QStringLiteral("2.5") << Rule::InvalidNumber;
    QTest::newRow("empty") << QString() << Rule::InvalidNumber;
    QTest::newRow("above the maximum") << QStringLiteral("11") << Rule::OutOfRange;
    QTest::newRow("below the minimum") << QStringLiteral("0") << Rule::OutOfRange;
}

void TestSettingsStore::badStoredValueKeepsDefault()
{
    QFETCH(QString, stored);
    QFETCH(Rule, rule);
    // application/max_phones allows 1..10; a valid neighbour must still be read.
    QVERIFY(writeRaw(QStringLiteral("application/max_phones"), stored.isNull() ? QStringLiteral("") : stored));
    QVERIFY(writeRaw(QStringLiteral("direction/valid_working_days"), QStringLiteral("8")));

    const LoadedSettings loaded = SettingsStore(m_database).load();
    QCOMPARE(loaded.settings.maxPhones, RuleSettings{}.maxPhones);
    QCOMPARE(loaded.settings.directionValidWorkingDays, 8);
    QCOMPARE(loaded.issues.size(), 1);
    QCOMPARE(loaded.issues.first().rule, rule);
    QVERIFY(loaded.issues.first().detail.startsWith(QLatin1String("application/max_phones")));
}

void TestSettingsStore::otherKeysAreLeftAlone()
{
    // The table also holds desk settings that are not RuleSettings (kindergarten details...).
    QVERIFY(writeRaw(QStringLiteral("desk/kindergarten_name"), QStringLiteral("Балапан")));
    SettingsStore store(m_database);
    const LoadedSettings loaded = store.load();
    QVERIFY(loaded.issues.isEmpty());
    QVERIFY(store.save(RuleSettings{}));
    QCOMPARE(settingRows(), 1);
}

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settingsstore.moc"
