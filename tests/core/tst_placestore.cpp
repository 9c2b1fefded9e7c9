#include "store/CommandTypes.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Migrations.h"
#include "store/Outbox.h"
#include "store/PlaceJson.h"
#include "store/PlaceStore.h"
#include "store/RowSeal.h"
#include "sync/SyncStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
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

// An early-booking place the server sent, freed on 20 March.
Place syncedEarlyBookingPlace(QSqlDatabase db)
{
    Place early = place(uuid(1));
    early.admissionMode = AdmissionMode::EarlyBooking;
    early.freedOn = QDate(2026, 3, 20);
    early.publishedAt = now.addDays(-10);
    if (!PlaceStore::saveSynced(db, early, now))
        qFatal("the server's place was not saved");
    return early;
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
    void refusedChangeGoesBackToTheServersVersion();
    void refusedChangeWaitsForALaterOneOrAServerVersion();
    void refusalGivenAgainChangesNothing();
    void confirmedStateAfterTheMigration();

private:
    int rows(const char *table) const;
    // The server's answer to the desk's last outbox command of `type`: refused for good with `code`.
    void refuseLast(const QString &type, const QString &code);
    QStringList placeEvents(const QString &id) const;
    QJsonObject lastPlaceEntry(const QString &id) const;
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
    page.changes = {SyncChange{1, QStringLiteral("org:kg-017"), QStringLiteral("place"), place().id, 1, false,
                               QJsonDocument(confirmed).toJson(QJsonDocument::Compact)},
                    SyncChange{2, QStringLiteral("org:kg-017"), QStringLiteral("place"), uuid(7), 1, false,
                               QJsonDocument(PlaceJson::toJson(place(uuid(7)))).toJson(QJsonDocument::Compact)}};
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

void TestPlaceStore::refuseLast(const QString &type, const QString &code)
{
    const Expected<QList<OutboxCommand>> pending = Outbox::pending(m_database->connection());
    QVERIFY(pending);
    for (qsizetype i = pending->size() - 1; i >= 0; --i) {
        const OutboxCommand &command = pending->at(i);
        if (command.type != type)
            continue;
        SyncOutcome outcome;
        outcome.deskSeq = command.position;
        outcome.id = command.id;
        outcome.status = SyncOutcome::Status::Rejected;
        outcome.code = code;
        outcome.message = code;
        const Status recorded = SyncStore(m_database->connection()).recordOutcomes({outcome}, now.addSecs(120));
        QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message()));
        return;
    }
    QFAIL("no such command waiting");
}

QStringList TestPlaceStore::placeEvents(const QString &id) const
{
    QStringList events;
    for (const JournalEntry &entry : Journal::entriesFor(m_database->connection(), QStringLiteral("place"), id).valueOr({}))
        events.append(entry.event);
    return events;
}

QJsonObject TestPlaceStore::lastPlaceEntry(const QString &id) const
{
    const QList<JournalEntry> entries =
        Journal::entriesFor(m_database->connection(), QStringLiteral("place"), id).valueOr({});
    return entries.isEmpty() ? QJsonObject() : entries.constLast().payload;
}

// Issue 12: a withdrawal or a freeing day the server refused goes back to the server's last
// version the desk has, in the refusal's transaction, with a journal entry naming it.
void TestPlaceStore::refusedChangeGoesBackToTheServersVersion()
{
    PlaceStore store(m_database);
    QSqlDatabase db = m_database->connection();
    // An early-booking place the server sent (freed on 20 March) and a general one.
    const Place early = syncedEarlyBookingPlace(db);
    Place general = place(uuid(2));
    general.publishedAt = now.addDays(-10);
    QVERIFY(PlaceStore::saveSynced(db, general, now));

    // A freeing day the server refused: back to the 20th, confirmed.
    QVERIFY(store.markFreed(early.id, QDate(2026, 3, 25), clerk, now));
    QCOMPARE(store.find(early.id)->place.freedOn, QDate(2026, 3, 25));
    refuseLast(CommandTypes::freePlace(), QStringLiteral("invalid_freed_on"));
    StoredPlace back = *store.find(early.id);
    QCOMPARE(back.place, early);
    QVERIFY(!back.provisional);
    QVERIFY(!back.rejected);
    QCOMPARE(placeEvents(early.id).constLast(), QStringLiteral("place_change_refused"));
    QJsonObject entry = lastPlaceEntry(early.id);
    QCOMPARE(entry.value(QStringLiteral("rejected_by_server")).toString(), QStringLiteral("invalid_freed_on"));
    QCOMPARE(entry.value(QStringLiteral("command")).toString(), QStringLiteral("free_place"));
    QCOMPARE(entry.value(QStringLiteral("put_back")).toBool(), true);
    QCOMPARE(entry.value(QStringLiteral("freed_on")).toString(), QStringLiteral("2026-03-20"));
    // Still in Needs attention.
    const Expected<QList<RejectedCommand>> rejected = SyncStore(db).rejected();
    QVERIFY(rejected);
    QCOMPARE(rejected->size(), 1);

    // A withdrawal the server refused: open again, in no bulletin of withdrawn places.
    QVERIFY(store.withdraw(general.id, clerk, now));
    QCOMPARE(store.bulletin(now.date(), BulletinKind::Withdrawn, kindergarten)->size(), 1);
    refuseLast(CommandTypes::withdrawPlace(), QStringLiteral("place_withdrawn"));
    back = *store.find(general.id);
    QCOMPARE(back.place, general);
    QVERIFY(!back.provisional);
    QVERIFY(!back.localWithdrawnAt.isValid());
    QVERIFY(store.bulletin(now.date(), BulletinKind::Withdrawn, kindergarten)->isEmpty());
    QCOMPARE(lastPlaceEntry(general.id).value(QStringLiteral("status")).toString(), QStringLiteral("open"));

    // Overwritten by a newer version of the server's before the refusal came (a direction holds
    // it now): the server's version stays, and no bulletin of withdrawn places lists it.
    QVERIFY(store.withdraw(general.id, clerk, now));
    Place directed = general;
    directed.status = PlaceStatus::Directed;
    directed.directionNumber = QStringLiteral("D-2026-000123");
    QVERIFY(PlaceStore::saveSynced(db, directed, now.addSecs(60)));
    refuseLast(CommandTypes::withdrawPlace(), QStringLiteral("place_has_direction"));
    QCOMPARE(store.find(general.id)->place, directed);
    QVERIFY(store.bulletin(now.date(), BulletinKind::Withdrawn, kindergarten)->isEmpty());

    const Expected<JournalVerification> chain = Journal::verify(db);
    QVERIFY(chain && chain->ok());
}

void TestPlaceStore::refusedChangeWaitsForALaterOneOrAServerVersion()
{
    PlaceStore store(m_database);
    QSqlDatabase db = m_database->connection();
    Place early = place(uuid(1));
    early.admissionMode = AdmissionMode::EarlyBooking;
    early.publishedAt = now.addDays(-10);
    QVERIFY(PlaceStore::saveSynced(db, early, now));

    // A freeing day, then a withdrawal, both unanswered; the freeing day is refused: the
    // withdrawal's answer settles the place, so it stays as the desk left it.
    QVERIFY(store.markFreed(early.id, QDate(2026, 3, 25), clerk, now));
    QVERIFY(store.withdraw(early.id, clerk, now));
    refuseLast(CommandTypes::freePlace(), QStringLiteral("not_early_booking"));
    StoredPlace left = *store.find(early.id);
    QCOMPARE(left.place.status, PlaceStatus::Withdrawn);
    QCOMPARE(left.place.freedOn, QDate(2026, 3, 25));
    QVERIFY(left.provisional);
    QJsonObject entry = lastPlaceEntry(early.id);
    QCOMPARE(entry.value(QStringLiteral("put_back")).toBool(), false);
    QCOMPARE(entry.value(QStringLiteral("left_because")).toString(), QStringLiteral("another_change_unanswered"));
    // The withdrawal refused too: back to the server's version, neither change kept.
    refuseLast(CommandTypes::withdrawPlace(), QStringLiteral("place_withdrawn"));
    QCOMPARE(store.find(early.id)->place, early);
    QVERIFY(!store.find(early.id)->provisional);

    // A place published here, its publication applied, its withdrawal refused before the server's
    // version came: nothing to go back to; the server's version overwrites it when it comes, and
    // the bulletin of withdrawn places does not list it then.
    Place mine = place(uuid(3));
    QVERIFY(store.publish(mine, clerk, now));
    QVERIFY(store.withdraw(mine.id, clerk, now));
    const Expected<QList<OutboxCommand>> pending = Outbox::pending(db);
    QVERIFY(pending);
    QCOMPARE(pending->size(), 2);
    QVERIFY(Outbox::markApplied(db, pending->constFirst().id));
    refuseLast(CommandTypes::withdrawPlace(), QStringLiteral("place_has_direction"));
    QCOMPARE(store.find(mine.id)->place.status, PlaceStatus::Withdrawn);
    QCOMPARE(lastPlaceEntry(mine.id).value(QStringLiteral("left_because")).toString(), QStringLiteral("never_confirmed"));
    Place server = mine;
    server.status = PlaceStatus::Directed;
    server.directionNumber = QStringLiteral("D-2026-000124");
    server.publishedAt = now;
    QVERIFY(PlaceStore::saveSynced(db, server, now));
    QCOMPARE(store.find(mine.id)->place, server);
    QVERIFY(store.bulletin(now.date(), BulletinKind::Withdrawn, kindergarten)->isEmpty());

    // A publication refused, then the withdrawal: the place was taken off with the first
    // refusal; the second finds nothing to put back and writes nothing.
    Place refused = place(uuid(4));
    QVERIFY(store.publish(refused, clerk, now));
    QVERIFY(store.withdraw(refused.id, clerk, now));
    refuseLast(CommandTypes::publishPlace(), QStringLiteral("place_id_taken"));
    QVERIFY(!store.find(refused.id));
    refuseLast(CommandTypes::withdrawPlace(), QStringLiteral("not_found"));
    QCOMPARE(placeEvents(refused.id), (QStringList{QStringLiteral("place_published"), QStringLiteral("place_withdrawn"),
                                                   QStringLiteral("place_publication_refused")}));
    const Expected<JournalVerification> chain = Journal::verify(db);
    QVERIFY(chain && chain->ok());
}

// A store from before the confirmed state: a confirmed place gets the server's values, one still
// provisional none; the seals hold over the new columns.
void TestPlaceStore::confirmedStateAfterTheMigration()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    qsizetype confirmed = -1;
    for (qsizetype i = 0; i < Migrations::all().size(); ++i)
        if (Migrations::all().at(i).description == QStringLiteral("place confirmed by the server"))
            confirmed = i;
    QVERIFY(confirmed > 0);
    {
        const auto old = Database::open(path, Migrations::all().mid(0, confirmed));
        QVERIFY(old);
        QSqlQuery query((*old)->connection());
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO places (id, kindergarten_id, admission_mode, freed_on, status,"
                                           " provisional, created_at, updated_at) VALUES ('%1', '%2', 'early_booking',"
                                           " '2026-03-20', 'open', 0, 0, 0), ('%3', '%2', 'general', NULL, 'withdrawn',"
                                           " 1, 0, 0)")
                                .arg(uuid(1), kindergarten, uuid(2))),
                 qPrintable(query.lastError().text()));
    }
    const auto migrated = Database::open(path);
    QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().message()));
    QSqlQuery query((*migrated)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id, confirmed_status, confirmed_freed_on FROM places ORDER BY id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), QStringLiteral("open"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("2026-03-20"));
    QVERIFY(query.next());
    QVERIFY(query.value(1).isNull());
    QVERIFY(query.value(2).isNull());
    const auto verified = RowSeal::verify((*migrated)->connection());
    QVERIFY(verified);
    QVERIFY(verified->ok());
}

void TestPlaceStore::refusalGivenAgainChangesNothing()
{
    // "Nothing applied twice": the server's answer to a command given a second time (a replay of
    // an answer the desk had already recorded) writes no second journal entry and leaves the
    // first answer as it was.
    PlaceStore store(m_database);
    QSqlDatabase db = m_database->connection();
    const Place early = syncedEarlyBookingPlace(db);
    QVERIFY(store.markFreed(early.id, QDate(2026, 3, 25), clerk, now));
    const Expected<QList<OutboxCommand>> pending = Outbox::pending(db);
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    SyncOutcome outcome;
    outcome.deskSeq = pending->first().position;
    outcome.id = pending->first().id;
    outcome.status = SyncOutcome::Status::Rejected;
    outcome.code = QStringLiteral("invalid_freed_on");
    outcome.message = outcome.code;
    QVERIFY(SyncStore(db).recordOutcomes({outcome}, now.addSecs(120)));
    const QStringList once = placeEvents(early.id);
    QCOMPARE(once.count(QStringLiteral("place_change_refused")), 1);
    const auto answeredAt = [&db](const QString &id) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT state || ' ' || answered_at FROM outbox WHERE id = ?"));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    };
    const QString first = answeredAt(outcome.id);
    QVERIFY(first.startsWith(QStringLiteral("rejected ")));

    // The same answer again, later; then an "applied" one for the same command.
    QVERIFY(SyncStore(db).recordOutcomes({outcome}, now.addSecs(600)));
    SyncOutcome applied = outcome;
    applied.status = SyncOutcome::Status::Applied;
    QVERIFY(SyncStore(db).recordOutcomes({applied}, now.addSecs(900)));
    QCOMPARE(placeEvents(early.id), once);
    QCOMPARE(answeredAt(outcome.id), first);
    QCOMPARE(store.find(early.id)->place, early);
    QCOMPARE(SyncStore(db).rejected()->size(), 1);
    const Expected<JournalVerification> chain = Journal::verify(db);
    QVERIFY(chain && chain->ok());
}

QTEST_GUILESS_MAIN(TestPlaceStore)
#include "tst_placestore.moc"
