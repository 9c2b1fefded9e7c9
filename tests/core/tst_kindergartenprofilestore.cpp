#include "store/Database.h"
#include "store/Journal.h"
#include "store/KindergartenProfileStore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString admin = QStringLiteral("admin-saule");
const QDateTime now(QDate(2026, 3, 26), QTime(10, 0));

// Every field away from its default.
KindergartenProfile fullProfile()
{
    KindergartenProfile p;
    p.id = QStringLiteral("kg-017");
    p.nameKk = QStringLiteral("Астана қаласы әкімдігінің № 17 «Балапан» бөбекжай-бақшасы МКҚК");
    p.nameRu = QStringLiteral("ГККП «Ясли-сад № 17 «Балапан» акимата города Астаны");
    p.bin = QStringLiteral("051140004562");
    p.addressKk = QStringLiteral("Астана қ., Сарыарқа ауданы, Кенесары к-сі, 40");
    p.addressRu = QStringLiteral("г. Астана, район Сарыарка, ул. Кенесары, 40");
    p.cityKk = QStringLiteral("Астана қаласы");
    p.cityRu = QStringLiteral("город Астана");
    p.headName = QStringLiteral("Жұмабаева Гүлнар Серікқызы");
    p.phone = QStringLiteral("+7 7172 00 00 17");
    p.bank = QStringLiteral("АО «Народный банк Казахстана»");
    p.account = QStringLiteral("KZ16601A871001234567");
    p.bik = QStringLiteral("HSBKKZKX");
    p.feeAmount = 18500;
    p.feeDueDay = 15;
    p.feeTermsKk = QStringLiteral("Тамақтану ақысы");
    p.feeTermsRu = QStringLiteral("Оплата питания");
    p.contractNumberFormat = QStringLiteral("{seq:3}/{year}");
    p.groupLanguages = {TeachingLanguage::Kazakh};
    return p;
}

} // namespace

class TestKindergartenProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void nothingSavedGivesAnEmptyProfile();
    void savedProfileReadsBackWithJournalEntry();
    void savingAgainReplacesIt();
    void invalidProfileIsRefusedAndWritesNothing_data();
    void invalidProfileIsRefusedAndWritesNothing();
    void failedWriteLeavesTheOldProfile();
    void templatesFolderIsKept();
    void profileSurvivesReopening();

private:
    int rows(const char *table) const;
    bool exec(const QString &sql) const;

    std::shared_ptr<Database> m_database;
};

void TestKindergartenProfileStore::init()
{
    auto database = Database::open(QStringLiteral(":memory:"));
    QVERIFY(database);
    m_database = std::move(database).value();
}

void TestKindergartenProfileStore::cleanup()
{
    m_database.reset();
}

int TestKindergartenProfileStore::rows(const char *table) const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool TestKindergartenProfileStore::exec(const QString &sql) const
{
    QSqlQuery query(m_database->connection());
    return query.exec(sql);
}

void TestKindergartenProfileStore::nothingSavedGivesAnEmptyProfile()
{
    KindergartenProfileStore store(m_database);
    const KindergartenProfile loaded = store.load();
    QVERIFY(loaded.isEmpty());
    QCOMPARE(loaded, KindergartenProfile{});
    QVERIFY(store.templatesFolder().isEmpty());
}

void TestKindergartenProfileStore::savedProfileReadsBackWithJournalEntry()
{
    KindergartenProfileStore store(m_database);
    const Status saved = store.save(fullProfile(), admin, now);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
    QCOMPARE(store.load(), fullProfile());

    const auto entries = Journal::entriesFor(m_database->connection(), QStringLiteral("kindergarten_profile"),
                                             QStringLiteral("kg-017"));
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->constFirst().event, QStringLiteral("kindergarten_profile_saved"));
    QCOMPARE(entries->constFirst().actor, admin);
    QCOMPARE(entries->constFirst().payload.value(QLatin1String("contract_number_format")).toString(),
             QStringLiteral("{seq:3}/{year}"));
    // A fingerprint, not the head's name.
    QVERIFY(!QJsonDocument(entries->constFirst().payload).toJson().contains(QStringLiteral("Жұмабаева").toUtf8()));
}

void TestKindergartenProfileStore::savingAgainReplacesIt()
{
    KindergartenProfileStore store(m_database);
    QVERIFY(store.save(fullProfile(), admin, now));
    KindergartenProfile changed = fullProfile();
    changed.headName = QStringLiteral("Ахметова Айгүл");
    changed.feeAmount = 0;
    QVERIFY(store.save(changed, admin, now.addSecs(60)));
    QCOMPARE(store.load(), changed);
    QCOMPARE(rows("journal"), 2);
}

void TestKindergartenProfileStore::invalidProfileIsRefusedAndWritesNothing_data()
{
    QTest::addColumn<KindergartenProfile>("profile");
    QTest::addColumn<Field>("field");

    KindergartenProfile badBin = fullProfile();
    badBin.bin = QStringLiteral("051140004563");
    QTest::newRow("BIN check digit") << badBin << Field::KindergartenBin;
    KindergartenProfile noHead = fullProfile();
    noHead.headName.clear();
    QTest::newRow("no head") << noHead << Field::KindergartenHead;
    KindergartenProfile noNumbering = fullProfile();
    noNumbering.contractNumberFormat = QStringLiteral("{year}");
    QTest::newRow("contract numbers without {seq}") << noNumbering << Field::ContractNumberFormat;
}

void TestKindergartenProfileStore::invalidProfileIsRefusedAndWritesNothing()
{
    QFETCH(KindergartenProfile, profile);
    QFETCH(Field, field);

    KindergartenProfileStore store(m_database);
    const Status saved = store.save(profile, admin, now);
    QVERIFY(!saved);
    QCOMPARE(saved.error().field, field);
    QVERIFY(store.load().isEmpty());
    QCOMPARE(rows("journal"), 0);
}

void TestKindergartenProfileStore::failedWriteLeavesTheOldProfile()
{
    KindergartenProfileStore store(m_database);
    QVERIFY(store.save(fullProfile(), admin, now));
    QVERIFY(exec(QStringLiteral("CREATE TRIGGER test_failure BEFORE INSERT ON journal"
                                " BEGIN SELECT RAISE(ABORT, 'disk gone'); END")));
    KindergartenProfile changed = fullProfile();
    changed.nameRu = QStringLiteral("Другое имя");
    const Status saved = store.save(changed, admin, now);
    QVERIFY(!saved);
    QCOMPARE(saved.error().rule, Rule::StoreWriteFailed);
    QCOMPARE(store.load(), fullProfile());
}

void TestKindergartenProfileStore::templatesFolderIsKept()
{
    KindergartenProfileStore store(m_database);
    QVERIFY(store.setTemplatesFolder(QStringLiteral("/srv/qabyldau/templates ")));
    QCOMPARE(store.templatesFolder(), QStringLiteral("/srv/qabyldau/templates"));
    // Saving the profile does not touch it, nor it the profile.
    QVERIFY(store.save(fullProfile(), admin, now));
    QCOMPARE(store.templatesFolder(), QStringLiteral("/srv/qabyldau/templates"));
    // Empty: back to the built-in templates.
    QVERIFY(store.setTemplatesFolder(QString()));
    QVERIFY(store.templatesFolder().isEmpty());
    QCOMPARE(store.load(), fullProfile());
}

void TestKindergartenProfileStore::profileSurvivesReopening()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    {
        auto database = Database::open(path);
        QVERIFY(database);
        QVERIFY(KindergartenProfileStore(*database).save(fullProfile(), admin, now));
    }
    auto reopened = Database::open(path);
    QVERIFY(reopened);
    QCOMPARE(KindergartenProfileStore(*reopened).load(), fullProfile());
}

QTEST_GUILESS_MAIN(TestKindergartenProfileStore)
#include "tst_kindergartenprofilestore.moc"
