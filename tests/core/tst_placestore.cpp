#include "store/CommandTypes.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Outbox.h"
#include "store/PlaceJson.h"
#include "store/PlaceStore.h"
#include "sync/SyncStore.h"

#include <QSqlQuery>
#include <QTest>

Q_DECLARE_METATYPE(Place)
Q_DECLARE_METATYPE(Field)
Q_DECLARE_METATYPE(Rule)

namespace {

const QString clerk = QStringLiteral("admin-saule");
const QString kindergarten = QStringLiteral("kg-017");
// The desk's clock: Thursday 26 March 2026, 10:00.
const QDateTime now(QDate(2026, 3, 26), QTime(10, 0));

Place place(const QString &id = QStringLiteral("5d0c7b7e-3a55-4a38-9c1e-6a1f0e2b7c01"))
{
    Place p;
    p.id = id;
    p.kindergartenId = kindergarten;
    p.groupName = QStringLiteral("Ортаңғы топ «Балапан»");
    p.birthFrom = QDate(2021, 1, 1);
    p.birthTo = QDate(2021, 12, 31);
    p.language = TeachingLanguage::Kazakh;
    p.groupType = GroupType::General;
    p.workingMode = WorkingMode::FullDay;
    p.admissionMode = AdmissionMode::General;
    p.admissionStartsOn = QDate(2026, 4, 1);
    return p;
}

QString uuid(int n)
{
    return QStringLiteral("5d0c7b7e-3a55-4a38-9c1e-6a1f0e2b7c%1").arg(n, 2, 10, QLatin1Char('0'));
}

} // namespace

class TestPlaceStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void publishWritesPlaceOutboxAndJournalTogether();
    void invalidPlaceIsRefusedWithItsField_data();
    void invalidPlaceIsRefusedWithItsField();
    void sameIdIsRefused();
    void failedPublishLeavesNothing();
    void withdrawRules();
    void markFreedRules();
    void saveSyncedTakesTheServersVersion();
    void syncAppliesAndRemovesPlaces();
    void bulletinIsInTimeOrder();
    void listFiltersByStatus();

private:
    int rows(const char *table) const;
    bool exec(const QString &sql) const;
    void setStatus(const QString &id, PlaceStatus status, const QString &direction = {});

    std::shared_ptr<Database> m_database;
};

void TestPlaceStore::init()
{
    auto database = Database::open(QStringLiteral(":memory:"));
    QVERIFY(database);
    m_database = std::move(database).value();
}

void TestPlaceStore::cleanup()
{
    m_database.reset();
}

int TestPlaceStore::rows(const char *table) const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool TestPlaceStore::exec(const QString &sql) const
{
    QSqlQuery query(m_database->connection());
    return query.exec(sql);
}

// What the server says of a place after distribution: written the way sync writes it.
void TestPlaceStore::setStatus(const QString &id, PlaceStatus status, const QString &direction)
{
    PlaceStore store(m_database);
    Place p = store.find(id)->place;
    p.status = status;
    p.directionNumber = direction;
    p.publishedAt = now;
    QSqlDatabase db = m_database->connection();
    QVERIFY(PlaceStore::saveSynced(db, p, now));
}

void TestPlaceStore::publishWritesPlaceOutboxAndJournalTogether()
{
    PlaceStore store(m_database);
    Place p = place();
    p.groupName = QStringLiteral("  Ортаңғы топ «Балапан»  ");
    p.status = PlaceStatus::Filled; // the server's to set: ignored
    QVERIFY(store.publish(p, clerk, now));

    const std::optional<StoredPlace> stored = store.find(p.id);
    QVERIFY(stored);
    QVERIFY(stored->provisional);
    QCOMPARE(stored->place.status, PlaceStatus::Open);
    QCOMPARE(stored->place.groupName, QStringLiteral("Ортаңғы топ «Балапан»"));
    QCOMPARE(stored->place.birthTo, QDate(2021, 12, 31));
    QCOMPARE(stored->localPublishedAt, now);
    QVERIFY(!stored->place.publishedAt.isValid());

    const auto pending = Outbox::pending(m_database->connection());
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->first().type, CommandTypes::publishPlace());
    const Expected<Place> sent = PlaceJson::fromJson(pending->first().payload);
    QVERIFY(sent);
    QCOMPARE(sent->id, p.id);
    QCOMPARE(sent->admissionStartsOn, QDate(2026, 4, 1));
    QCOMPARE(sent->status, PlaceStatus::Open);

    const auto entries = Journal::entriesFor(m_database->connection(), QStringLiteral("place"), p.id);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().event, QStringLiteral("place_published"));
    QCOMPARE(entries->first().actor, clerk);
    QCOMPARE(entries->first().payload.value(QStringLiteral("command_id")).toString(), pending->first().id);
}

void TestPlaceStore::invalidPlaceIsRefusedWithItsField_data()
{
    QTest::addColumn<Place>("invalid");
    QTest::addColumn<Field>("field");
    QTest::addColumn<Rule>("rule");

    Place p = place();
    p.id = QStringLiteral("not-a-uuid");
    QTest::newRow("id") << p << Field::PlaceId << Rule::OutOfRange;
    p = place();
    p.groupName = QStringLiteral("   ");
    QTest::newRow("group") << p << Field::PlaceGroup << Rule::Required;
    p = place();
    p.birthFrom = QDate(2022, 1, 1);
    QTest::newRow("period reversed") << p << Field::PlaceAgePeriod << Rule::OutOfRange;
    p = place();
    p.language = TeachingLanguage::Any;
    QTest::newRow("any language") << p << Field::PlaceLanguage << Rule::Required;
    p = place();
    p.admissionStartsOn = QDate();
    QTest::newRow("no start") << p << Field::PlaceStartsOn << Rule::Required;
    p = place();
    p.admissionMode = AdmissionMode::TemporaryStay;
    QTest::newRow("temporary without last day") << p << Field::PlaceTemporaryUntil << Rule::Required;
    p = place();
    p.admissionMode = AdmissionMode::EarlyBooking;
    p.freedOn = now.date().addDays(1);
    QTest::newRow("freed tomorrow") << p << Field::PlaceFreedOn << Rule::DateInFuture;
    p = place();
    p.freedOn = QDate(2026, 3, 20);
    QTest::newRow("freed, not early booking") << p << Field::PlaceFreedOn << Rule::PlaceNotEarlyBooking;
}

void TestPlaceStore::invalidPlaceIsRefusedWithItsField()
{
    QFETCH(Place, invalid);
    QFETCH(Field, field);
    QFETCH(Rule, rule);
    const Status published = PlaceStore(m_database).publish(invalid, clerk, now);
    QVERIFY(!published);
    QCOMPARE(published.error().field, field);
    QCOMPARE(published.error().rule, rule);
    QCOMPARE(rows("places"), 0);
    QCOMPARE(rows("outbox"), 0);
    QCOMPARE(rows("journal"), 0);
}

void TestPlaceStore::sameIdIsRefused()
{
    PlaceStore store(m_database);
    QVERIFY(store.publish(place(), clerk, now));
    const Status again = store.publish(place(), clerk, now);
    QVERIFY(!again);
    QCOMPARE(again.error().field, Field::PlaceId);
    QCOMPARE(rows("places"), 1);
    QCOMPARE(rows("outbox"), 1);
}

void TestPlaceStore::failedPublishLeavesNothing()
{
    QVERIFY(exec(QStringLiteral("CREATE TRIGGER test_failure BEFORE INSERT ON journal"
                                " BEGIN SELECT RAISE(ABORT, 'disk gone'); END")));
    const Status published = PlaceStore(m_database).publish(place(), clerk, now);
    QVERIFY(!published);
    QCOMPARE(published.error().rule, Rule::StoreWriteFailed);
    QCOMPARE(rows("places"), 0);
    QCOMPARE(rows("outbox"), 0);
}

void TestPlaceStore::withdrawRules()
{
    PlaceStore store(m_database);
    QVERIFY(store.publish(place(uuid(1)), clerk, now));
    QVERIFY(store.publish(place(uuid(2)), clerk, now));
    QVERIFY(store.publish(place(uuid(3)), clerk, now));
    setStatus(uuid(2), PlaceStatus::Directed, QStringLiteral("D-2026-000123"));
    setStatus(uuid(3), PlaceStatus::Filled, QStringLiteral("D-2026-000124"));

    const Status unknown = store.withdraw(uuid(9), clerk, now);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().rule, Rule::PlaceNotFound);
    for (const QString &held : {uuid(2), uuid(3)}) {
        const Status refused = store.withdraw(held, clerk, now);
        QVERIFY(!refused);
        QCOMPARE(refused.error().rule, Rule::PlaceHasDirection);
    }
    QCOMPARE(rows("outbox"), 3);

    const QDateTime later = now.addSecs(3600);
    QVERIFY(store.withdraw(uuid(1), clerk, later));
    const StoredPlace withdrawn = *store.find(uuid(1));
    QCOMPARE(withdrawn.place.status, PlaceStatus::Withdrawn);
    QCOMPARE(withdrawn.localWithdrawnAt, later);
    QVERIFY(withdrawn.provisional);
    const auto pending = Outbox::pending(m_database->connection());
    QCOMPARE(pending->constLast().type, CommandTypes::withdrawPlace());
    QCOMPARE(pending->constLast().payload, QJsonObject({{QStringLiteral("place_id"), uuid(1)}}));
    const auto entries = Journal::entriesFor(m_database->connection(), QStringLiteral("place"), uuid(1));
    QCOMPARE(entries->constLast().event, QStringLiteral("place_withdrawn"));

    const Status twice = store.withdraw(uuid(1), clerk, later);
    QVERIFY(!twice);
    QCOMPARE(twice.error().rule, Rule::PlaceWithdrawn);
    QCOMPARE(rows("outbox"), 4);
}

void TestPlaceStore::markFreedRules()
{
    PlaceStore store(m_database);
    Place early = place(uuid(1));
    early.admissionMode = AdmissionMode::EarlyBooking;
    QVERIFY(store.publish(early, clerk, now));
    QVERIFY(store.publish(place(uuid(2)), clerk, now));

    const Status general = store.markFreed(uuid(2), QDate(2026, 3, 25), clerk, now);
    QVERIFY(!general);
    QCOMPARE(general.error().field, Field::PlaceFreedOn);
    QCOMPARE(general.error().rule, Rule::PlaceNotEarlyBooking);
    const Status future = store.markFreed(uuid(1), QDate(2026, 3, 27), clerk, now);
    QVERIFY(!future);
    QCOMPARE(future.error().rule, Rule::DateInFuture);
    const Status noDate = store.markFreed(uuid(1), QDate(), clerk, now);
    QCOMPARE(noDate.error().rule, Rule::Required);
    QCOMPARE(store.markFreed(uuid(9), QDate(2026, 3, 25), clerk, now).error().rule, Rule::PlaceNotFound);
    QCOMPARE(rows("outbox"), 2);

    QVERIFY(store.markFreed(uuid(1), QDate(2026, 3, 26), clerk, now));
    QCOMPARE(store.find(uuid(1))->place.freedOn, QDate(2026, 3, 26));
    const auto pending = Outbox::pending(m_database->connection());
    QCOMPARE(pending->constLast().type, CommandTypes::freePlace());
    QCOMPARE(pending->constLast().payload.value(QStringLiteral("freed_on")).toString(), QStringLiteral("2026-03-26"));
    QCOMPARE(pending->constLast().payload.value(QStringLiteral("place_id")).toString(), uuid(1));
    const auto entries = Journal::entriesFor(m_database->connection(), QStringLiteral("place"), uuid(1));
    QCOMPARE(entries->constLast().event, QStringLiteral("place_freed"));

    QVERIFY(store.withdraw(uuid(1), clerk, now));
    QCOMPARE(store.markFreed(uuid(1), QDate(2026, 3, 26), clerk, now).error().rule, Rule::PlaceWithdrawn);
}

void TestPlaceStore::saveSyncedTakesTheServersVersion()
{
    PlaceStore store(m_database);
    QVERIFY(store.publish(place(), clerk, now));

    // The server's row, as the server publishes it in org:kg-017.
    QJsonObject json = PlaceJson::toJson(place());
    json.insert(QStringLiteral("status"), QStringLiteral("directed"));
    json.insert(QStringLiteral("direction_number"), QStringLiteral("D-2026-000123"));
    json.insert(QStringLiteral("published_at"), QStringLiteral("2026-03-26T04:00:05.000Z"));
    const Expected<Place> server = PlaceJson::fromJson(json);
    QVERIFY(server);
    QSqlDatabase db = m_database->connection();
    QVERIFY(PlaceStore::saveSynced(db, *server, now.addSecs(60)));

    const StoredPlace stored = *store.find(place().id);
    QVERIFY(!stored.provisional);
    QCOMPARE(stored.place.status, PlaceStatus::Directed);
    QCOMPARE(stored.place.directionNumber, QStringLiteral("D-2026-000123"));
    QCOMPARE(stored.place.publishedAt, QDateTime::fromString(QStringLiteral("2026-03-26T04:00:05.000Z"), Qt::ISODateWithMs));
    QCOMPARE(stored.localPublishedAt, now); // what the desk alone knows stays
    QCOMPARE(rows("places"), 1);

    // Another desk's place of this kindergarten comes in whole.
    Place other = place(uuid(7));
    other.publishedAt = now;
    QVERIFY(PlaceStore::saveSynced(db, other, now));
    QCOMPARE(rows("places"), 2);
    QVERIFY(!store.find(uuid(7))->localPublishedAt.isValid());
    QVERIFY(PlaceStore::removeSynced(db, uuid(7)));
    QCOMPARE(rows("places"), 1);
}

void TestPlaceStore::syncAppliesAndRemovesPlaces()
{
    PlaceStore store(m_database);
    QVERIFY(store.publish(place(), clerk, now));
    // The server's page: this desk's place, confirmed and held, and another desk's place.
    QJsonObject confirmed = PlaceJson::toJson(place());
    confirmed.insert(QStringLiteral("status"), QStringLiteral("directed"));
    confirmed.insert(QStringLiteral("direction_number"), QStringLiteral("D-2026-000123"));
    confirmed.insert(QStringLiteral("published_at"), QStringLiteral("2026-03-26T04:00:05.000Z"));
    SyncPage page;
    page.cursor = SyncCursor{QStringLiteral("e1"), 2};
    page.changes = {SyncChange{1, QStringLiteral("org:kg-017"), QStringLiteral("place"), place().id, 1, false, confirmed},
                    SyncChange{2, QStringLiteral("org:kg-017"), QStringLiteral("place"), uuid(7), 1, false,
                               PlaceJson::toJson(place(uuid(7)))}};
    SyncStore sync(m_database->connection());
    const auto applied = sync.applyPage(page, now);
    QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message()));
    QCOMPARE(applied->applied, 2);
    const StoredPlace mine = *store.find(place().id);
    QVERIFY(!mine.provisional);
    QCOMPARE(mine.place.status, PlaceStatus::Directed);
    QCOMPARE(store.list()->size(), 2);
    QVERIFY(!mine.rejected);

    // The server refuses the withdrawal (a direction holds the place): the desk says so until the
    // server's version comes again.
    QCOMPARE(store.withdraw(place().id, clerk, now).error().rule, Rule::PlaceHasDirection);
    Place other = store.find(uuid(7))->place;
    QVERIFY(store.withdraw(other.id, clerk, now));
    QVERIFY(!store.find(uuid(7))->rejected);
    const QString command = Outbox::pending(m_database->connection())->constLast().id;
    QVERIFY(Outbox::markRejected(m_database->connection(), command, QStringLiteral("place_has_direction")));
    QVERIFY(store.find(uuid(7))->rejected);
    QVERIFY(store.list()->constFirst().rejected || store.list()->constLast().rejected);
    QVERIFY(!store.find(place().id)->rejected);

    // The other place leaves this desk's partition.
    SyncPage removal;
    removal.cursor = SyncCursor{QStringLiteral("e1"), 3};
    removal.changes = {SyncChange{3, QStringLiteral("org:kg-017"), QStringLiteral("place"), uuid(7), 2, true, {}}};
    QVERIFY(sync.applyPage(removal, now));
    QVERIFY(!store.find(uuid(7)));
    QCOMPARE(store.list()->size(), 1);
}

void TestPlaceStore::bulletinIsInTimeOrder()
{
    PlaceStore store(m_database);
    // Published at 10:00, 09:00 (another desk, synced), 11:00 (provisional); one the day before;
    // one of another kindergarten.
    QVERIFY(store.publish(place(uuid(1)), clerk, now));
    QSqlDatabase db = m_database->connection();
    Place synced = place(uuid(2));
    synced.publishedAt = now.addSecs(-3600);
    QVERIFY(PlaceStore::saveSynced(db, synced, now));
    QVERIFY(store.publish(place(uuid(3)), clerk, now.addSecs(3600)));
    QVERIFY(store.publish(place(uuid(4)), clerk, now.addDays(-1)));
    Place elsewhere = place(uuid(5));
    elsewhere.kindergartenId = QStringLiteral("kg-099");
    QVERIFY(store.publish(elsewhere, clerk, now));
    // uuid(1) is confirmed by the server at 10:00:02.
    Place confirmed = store.find(uuid(1))->place;
    confirmed.publishedAt = now.addSecs(2);
    QVERIFY(PlaceStore::saveSynced(db, confirmed, now));

    const auto freed = store.bulletin(now.date(), BulletinKind::Freed, kindergarten);
    QVERIFY(freed);
    QCOMPARE(freed->size(), 3);
    QCOMPARE(freed->at(0).place.id, uuid(2));
    QCOMPARE(freed->at(1).place.id, uuid(1));
    QCOMPARE(freed->at(1).at, now.addSecs(2));
    QVERIFY(!freed->at(1).provisional);
    QCOMPARE(freed->at(2).place.id, uuid(3));
    QVERIFY(freed->at(2).provisional);
    QCOMPARE(freed->at(2).at, now.addSecs(3600));

    QVERIFY(store.withdraw(uuid(3), clerk, now.addSecs(7200)));
    QVERIFY(store.withdraw(uuid(2), clerk, now.addSecs(5400)));
    const auto withdrawn = store.bulletin(now.date(), BulletinKind::Withdrawn, kindergarten);
    QVERIFY(withdrawn);
    QCOMPARE(withdrawn->size(), 2);
    QCOMPARE(withdrawn->at(0).place.id, uuid(2));
    QCOMPARE(withdrawn->at(1).place.id, uuid(3));
    QVERIFY(withdrawn->at(0).provisional);
    QCOMPARE(store.bulletin(now.date().addDays(1), BulletinKind::Withdrawn, kindergarten)->size(), 0);
    QCOMPARE(store.bulletin(now.date().addDays(-1), BulletinKind::Freed, kindergarten)->size(), 1);
}

void TestPlaceStore::listFiltersByStatus()
{
    PlaceStore store(m_database);
    QVERIFY(store.publish(place(uuid(1)), clerk, now));
    QVERIFY(store.publish(place(uuid(2)), clerk, now.addSecs(60)));
    QVERIFY(store.withdraw(uuid(1), clerk, now));
    const auto all = store.list();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->first().place.id, uuid(2)); // newest first
    const auto open = store.list({PlaceStatus::Open});
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->first().place.id, uuid(2));
    QCOMPARE(store.list({PlaceStatus::Withdrawn})->first().place.id, uuid(1));
}

QTEST_GUILESS_MAIN(TestPlaceStore)
#include "tst_placestore.moc"
