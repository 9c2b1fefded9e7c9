// Desk sync end to end (issue 11): real desk stores and the real sync engine against real
// qabyldau-server processes over HTTP on loopback, on SQLite or (the _pg twin) PostgreSQL.
#include "DeskSyncHelpers.h"

#include "domain/KindergartenProfile.h"
#include "domain/WorkCalendar.h"
#include "store/DirectionStore.h"
#include "store/EnrollmentStore.h"
#include "store/KindergartenProfileStore.h"
#include "store/Journal.h"
#include "store/Migrations.h"
#include "store/PlaceJson.h"
#include "store/PlaceStore.h"
#include "sync/SyncSettings.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSqlError>
#include <QSqlRecord>
#include <QSignalSpy>
#include <QScopeGuard>
#include <QThread>

using namespace ServerTest;
using namespace DeskTest;

namespace {

// What a desk holds from the server, as text: sync rows, partition sums, applications (without
// the instants the desk stamps when it writes), kindergartens, directions, the queue's stale
// sides and the applications' indexes. Equal texts, equal stores.
QString storeDump(const Desk &desk)
{
    QString dump;
    QSqlQuery query(desk.database()->connection());
    for (const QString &sql :
         {QStringLiteral("SELECT partition, id, entity, version FROM sync_rows ORDER BY partition, id"),
          QStringLiteral("SELECT partition, count, checksum, stale FROM sync_partitions ORDER BY partition"),
          QStringLiteral("SELECT id, registration_sequence, applicant_surname, applicant_iin, child_surname, child_iin,"
                         " child_birth_date, birth_year, category, right_rank, filed_at, status, archive_reason,"
                         " anonymous FROM applications ORDER BY id"),
          QStringLiteral("SELECT id, name_kk, name_ru FROM kindergartens ORDER BY id"),
          QStringLiteral("SELECT number, application_id, status FROM directions ORDER BY number"),
          QStringLiteral("SELECT birth_year, right_rank, filed_at, queue_sequence, id FROM queue_stale"
                         " ORDER BY birth_year, right_rank"),
          QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'applications'"
                         " ORDER BY name")}) {
        if (!query.exec(sql))
            return query.lastError().text();
        dump += sql + u'\n';
        while (query.next()) {
            for (int column = 0; column < query.record().count(); ++column)
                dump += query.value(column).toString() + u'|';
            dump += u'\n';
        }
    }
    return dump;
}

// The place as the server's feed for this desk's token has it last (std::nullopt: not in it).
std::optional<Place> serverPlace(const Server &server, const QString &token, const QString &id)
{
    std::optional<Place> found;
    QString after;
    for (int pages = 0; pages < 1000; ++pages) {
        const HttpReply reply = server.get("/api/v1/changes?limit=5000&after=" + QUrl::toPercentEncoding(after), token);
        if (reply.status != 200)
            return std::nullopt;
        const QJsonObject page = reply.json();
        for (const QJsonValue &value : page.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject change = value.toObject();
            if (change.value(QStringLiteral("entity")).toString() != QLatin1String("place")
                || change.value(QStringLiteral("id")).toString() != id)
                continue;
            if (change.value(QStringLiteral("deleted")).toBool()) {
                found.reset();
                continue;
            }
            const Expected<Place> place = PlaceJson::fromJson(change.value(QStringLiteral("data")).toObject());
            if (place)
                found = *place;
        }
        after = page.value(QStringLiteral("cursor")).toString();
        if (!page.value(QStringLiteral("more")).toBool())
            break;
    }
    return found;
}

qint64 applicationIndexCount(const Desk &desk)
{
    return desk.count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                     " AND tbl_name = 'applications' AND sql IS NOT NULL"));
}

} // namespace

class TestDeskSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void registrationRoundTripConfirmsTheQueueNumber();
    void deskLearnsItsNumberAndNumbersReachTheOtherDesk();
    void firstSyncBringsTheRegionAnonymously();
    void offlineDeskSendsFiveApplicationsOnce();
    void sameChildOnTwoOfflineDesks();
    void directionIssuedAtTheServerArrives();
    void contractRecordedAtTheDeskReachesTheServer();
    void placePublishedAtTheDeskComesBackAsADirection();
    void placeTheServerRefusedLeavesTheDeskAndItsBulletin();
    void withdrawalTheServerRefusedGoesBackToTheServersPlace();
    void freeingDayTheServerRefusedGoesBackToTheServersPlace();
    void pageAppliedTwiceChangesNothing();
    void bulkPathGivesTheSameStoreAsTheOrdinaryPath();
    void compressedPagesArriveIntact();
    void differingPartitionIsDetected();
    void restoredServerStoreResyncsAndKeepsUnsentCommands();
    void clearErrorsForBadTokenNoRouteAndVersions();
    void liveEngineShowsServerChangeWithinSeconds();
    void connectionSettingsKeepTokenOwnerOnly();
    void cliSyncAndStatus();
    void printedDocumentsAreConfirmedAfterSync();

private:
    std::unique_ptr<Desk> newDesk(const QString &name, const QString &token);
    QString importDirection(const QString &number, const QString &org, const Application &application);

    std::unique_ptr<Server> m_server;
    QTemporaryDir m_dir;
    QString m_orgA, m_orgB, m_tokenA, m_tokenB;
    Applications m_applications{11};
};

void TestDeskSync::initTestCase()
{
    QVERIFY2(QFile::exists(serverPath()), qPrintable(serverPath()));
    QVERIFY(m_dir.isValid());
}

void TestDeskSync::init()
{
    m_server = std::make_unique<Server>();
    QVERIFY2(m_server->setupError().isEmpty(), qPrintable(m_server->setupError()));
    QVERIFY(m_server->init());
    m_orgA = m_server->addOrg(1);
    m_orgB = m_server->addOrg(2);
    QVERIFY(!m_orgA.isEmpty() && !m_orgB.isEmpty());
    m_tokenA = m_server->addDesk(m_orgA);
    m_tokenB = m_server->addDesk(m_orgB);
    QVERIFY(!m_tokenA.isEmpty() && !m_tokenB.isEmpty());
    QVERIFY2(m_server->start(), qPrintable(m_server->startError()));
}

void TestDeskSync::cleanup()
{
    m_server.reset();
}

std::unique_ptr<Desk> TestDeskSync::newDesk(const QString &name, const QString &token)
{
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(name, QUuid::createUuid().toString(QUuid::Id128)));
    auto desk = std::make_unique<Desk>(path, m_server->port(), token);
    return desk;
}

QString TestDeskSync::importDirection(const QString &number, const QString &org, const Application &application)
{
    return DeskTest::importDirection(*m_server, m_dir.path(), number, org, application);
}

void TestDeskSync::registrationRoundTripConfirmsTheQueueNumber()
{
    auto desk = newDesk(QStringLiteral("a"), m_tokenA);
    QVERIFY2(desk->isOpen(), qPrintable(desk->openError()));
    const Expected<RegisteredApplication> registered = desk->registerApplication(m_applications.next());
    QVERIFY2(registered, registered ? "" : qPrintable(registered.error().message()));
    const QString id = registered->application.id;
    QCOMPARE(desk->find(id)->registrationSequence, 0); // provisional until the server confirms
    QCOMPARE(desk->summary().waiting, 1);

    const SyncReport report = desk->sync();
    QVERIFY2(report.error.ok(), qPrintable(report.error.code() + u' ' + report.error.detail));
    QCOMPARE(report.sent, 1);
    QCOMPARE(report.applied, 1);
    QVERIFY(report.rejected.isEmpty());
    QVERIFY(report.received >= 3); // two kindergartens, the anonymous row, the whole row

    const std::optional<Application> confirmed = desk->find(id);
    QVERIFY(confirmed);
    QVERIFY(confirmed->registrationSequence > 0);
    const SyncSummary summary = desk->summary();
    QCOMPARE(summary.waiting, 0);
    QCOMPARE(summary.applied, 1);
    QVERIFY(summary.lastSuccess.isValid());
    QVERIFY(summary.lastError.isEmpty());
    QVERIFY(summary.stalePartitions.isEmpty());
    // The server's live number for the child is what the desk now counts too.
    const HttpReply position = m_server->get("/api/v1/queue/position?iin=" + confirmed->childIin.toUtf8(), m_tokenA);
    QCOMPARE(position.status, 200);
    QCOMPARE(position.json().value(QStringLiteral("queue_number")).toInt(), 1);
    // The kindergartens arrived.
    QCOMPARE(desk->count(QStringLiteral("SELECT count(*) FROM kindergartens")), 2);

    const ServerView view = serverView(*m_server, m_tokenA);
    QVERIFY(view.applicationIds.contains(id));
    const QString differs = compareWithServer(*desk, view);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));

    // A second sync sends nothing and changes nothing.
    const SyncReport again = desk->sync();
    QVERIFY(again.error.ok());
    QCOMPARE(again.sent, 0);
    QCOMPARE(again.received, 0);
}

// Issue 13 item 1: a desk that never synced numbers its applications as desk 000; its first sync
// asks the server for its number (GET /api/v1/desk), the numbers after that carry it, and the
// kindergarten's other desk receives each application with the number its desk gave.
void TestDeskSync::deskLearnsItsNumberAndNumbersReachTheOtherDesk()
{
    // The year is the registration's (the clock's): only the desk and sequence are compared.
    const auto deskAndSequence = [](const QString &number) { return number.mid(4); };
    auto desk = newDesk(QStringLiteral("a"), m_tokenA);
    QVERIFY2(desk->isOpen(), qPrintable(desk->openError()));
    const Expected<RegisteredApplication> offline = desk->registerApplication(m_applications.next());
    QVERIFY2(offline, offline ? "" : qPrintable(offline.error().message()));
    QCOMPARE(deskAndSequence(offline->application.number), QStringLiteral("-000-00001"));

    const SyncReport report = desk->sync();
    QVERIFY2(report.error.ok(), qPrintable(report.error.code() + u' ' + report.error.detail));
    QCOMPARE(report.applied, 1);
    // The first desk added to the region (init: A, then B).
    QCOMPARE(desk->count(QStringLiteral("SELECT count(*) FROM sync_state WHERE key = 'desk_number' AND value = '1'")), 1);
    const Expected<RegisteredApplication> online = desk->registerApplication(m_applications.next());
    QVERIFY2(online, online ? "" : qPrintable(online.error().message()));
    QCOMPARE(deskAndSequence(online->application.number), QStringLiteral("-001-00002"));
    QVERIFY(desk->sync().error.ok());
    // A desk-000 number stays what it was.
    QCOMPARE(deskAndSequence(desk->find(offline->application.id)->number), QStringLiteral("-000-00001"));

    // The kindergarten's second desk, added now: number 3.
    const QString tokenA2 = m_server->addDesk(m_orgA);
    QVERIFY(!tokenA2.isEmpty());
    auto other = newDesk(QStringLiteral("a2"), tokenA2);
    QVERIFY2(other->isOpen(), qPrintable(other->openError()));
    const SyncReport first = other->sync();
    QVERIFY2(first.error.ok(), qPrintable(first.error.code() + u' ' + first.error.detail));
    QCOMPARE(deskAndSequence(other->find(online->application.id)->number), QStringLiteral("-001-00002"));
    QCOMPARE(deskAndSequence(other->find(offline->application.id)->number), QStringLiteral("-000-00001"));
    const Expected<RegisteredApplication> atOther = other->registerApplication(m_applications.next());
    QVERIFY2(atOther, atOther ? "" : qPrintable(atOther.error().message()));
    QCOMPARE(deskAndSequence(atOther->application.number), QStringLiteral("-003-00001"));
    QVERIFY(other->sync().error.ok());
    QVERIFY(desk->sync().error.ok());
    QCOMPARE(deskAndSequence(desk->find(atOther->application.id)->number), QStringLiteral("-003-00001"));
}

void TestDeskSync::firstSyncBringsTheRegionAnonymously()
{
    // Desk B registers three; desk A sees them as anonymous queue rows, never the names.
    auto deskB = newDesk(QStringLiteral("b"), m_tokenB);
    QList<Application> theirs;
    for (int i = 0; i < 3; ++i) {
        const Expected<RegisteredApplication> registered = deskB->registerApplication(m_applications.next());
        QVERIFY(registered);
        theirs.append(registered->application);
    }
    QVERIFY(deskB->sync().error.ok());

    auto deskA = newDesk(QStringLiteral("a"), m_tokenA);
    // Small pages: the first download goes page by page, each with its cursor.
    const SyncReport report = deskA->sync(2);
    QVERIFY2(report.error.ok(), qPrintable(report.error.detail));
    QVERIFY(report.pages >= 3);
    for (const Application &application : theirs) {
        const std::optional<Application> row = deskA->find(application.id);
        QVERIFY(row);
        QVERIFY(row->child.surname.isEmpty());
        QVERIFY(row->childIin.isEmpty());
        QVERIFY(row->registrationSequence > 0);
    }
    QCOMPARE(deskA->count(QStringLiteral("SELECT count(*) FROM applications WHERE anonymous = 1")), 3);
    QCOMPARE(deskA->count(QStringLiteral("SELECT count(*) FROM applications WHERE child_iin <> ''")), 0);
    QCOMPARE(deskA->count(QStringLiteral("SELECT count(DISTINCT birth_year) FROM applications WHERE birth_year > 2000")) > 0,
             true);
    const QString differs = compareWithServer(*deskA, serverView(*m_server, m_tokenA));
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

void TestDeskSync::offlineDeskSendsFiveApplicationsOnce()
{
    auto desk = newDesk(QStringLiteral("a"), m_tokenA);
    QVERIFY(desk->sync().error.ok());
    m_server->kill();

    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        const Expected<RegisteredApplication> registered = desk->registerApplication(m_applications.next());
        QVERIFY(registered);
        ids.append(registered->application.id);
    }
    const SyncReport offline = desk->sync();
    QCOMPARE(offline.error.kind, SyncError::Kind::NoRoute);
    QVERIFY(!offline.error.message().isEmpty());
    QCOMPARE(desk->summary().waiting, 5);
    QVERIFY(!desk->summary().lastError.isEmpty());

    QVERIFY2(m_server->start(), qPrintable(m_server->startError()));
    desk->setPort(m_server->port());
    const SyncReport back = desk->sync();
    QVERIFY2(back.error.ok(), qPrintable(back.error.detail));
    QCOMPARE(back.applied, 5);
    QCOMPARE(desk->summary().waiting, 0);
    QVERIFY(desk->summary().lastError.isEmpty());

    const ServerView view = serverView(*m_server, m_tokenA);
    QCOMPARE(view.applicationIds.size(), 5);
    for (const QString &id : ids) {
        QVERIFY(view.applicationIds.contains(id));
        QVERIFY(desk->find(id)->registrationSequence > 0);
    }
    // Sent again (as after a lost answer): the server replays, nothing doubles.
    {
        QSqlQuery reset(desk->database()->connection());
        QVERIFY(reset.exec(QStringLiteral("UPDATE outbox SET state = 'sent'")));
    }
    const SyncReport replay = desk->sync();
    QVERIFY(replay.error.ok());
    QCOMPARE(replay.sent, 5);
    QCOMPARE(serverView(*m_server, m_tokenA).applicationIds.size(), 5);
    const QString differs = compareWithServer(*desk, serverView(*m_server, m_tokenA));
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

void TestDeskSync::sameChildOnTwoOfflineDesks()
{
    auto deskA = newDesk(QStringLiteral("a"), m_tokenA);
    auto deskB = newDesk(QStringLiteral("b"), m_tokenB);
    const Application child = m_applications.next();
    Application again = child;
    again.id.clear();
    const Expected<RegisteredApplication> first = deskA->registerApplication(child);
    const Expected<RegisteredApplication> second = deskB->registerApplication(again);
    QVERIFY(first && second);

    QVERIFY(deskA->sync().error.ok());
    const SyncReport report = deskB->sync();
    QVERIFY(report.error.ok());
    QCOMPARE(report.applied, 0);
    QCOMPARE(report.rejected.size(), 1);
    QCOMPARE(report.rejected.first().code, QStringLiteral("duplicate_child"));

    // What the clerk at B sees in "Needs attention": the reason and the existing application.
    const QList<RejectedCommand> rejected = deskB->rejected();
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().code, QStringLiteral("duplicate_child"));
    QCOMPARE(rejected.first().type, QStringLiteral("register_application"));
    QCOMPARE(rejected.first().details.value(QStringLiteral("application_id")).toString(), first->application.id);
    QCOMPARE(rejected.first().details.value(QStringLiteral("queue_number")).toInt(), 1);
    QCOMPARE(deskB->summary().rejected, 1);
    QCOMPARE(deskB->summary().waiting, 0);
    // B's own copy was never in the region's queue: archived as a duplicate, so it no longer
    // counts in B's queue numbers and the child is free to be looked up (the existing one).
    const std::optional<Application> local = deskB->find(second->application.id);
    QVERIFY(local);
    QCOMPARE(local->status, ApplicationStatus::Archived);
    QCOMPARE(local->archiveReason, ArchiveReason::Duplicate);
    // Never sent again.
    const SyncReport later = deskB->sync();
    QVERIFY(later.error.ok());
    QCOMPARE(later.sent, 0);
    // One application for the child at the server.
    const HttpReply position = m_server->get("/api/v1/queue/position?iin=" + child.childIin.toUtf8(), m_tokenB);
    QCOMPARE(position.status, 200);
}

void TestDeskSync::directionIssuedAtTheServerArrives()
{
    auto desk = newDesk(QStringLiteral("a"), m_tokenA);
    const Expected<RegisteredApplication> registered = desk->registerApplication(m_applications.next());
    QVERIFY(registered);
    QVERIFY(desk->sync().error.ok());

    const QString error = importDirection(QStringLiteral("ALM-0001"), m_orgA, registered->application);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const SyncReport report = desk->sync();
    QVERIFY(report.error.ok());
    QVERIFY(report.received >= 2); // the direction, the application's new status

    const std::optional<Direction> direction = DirectionStore(desk->database()).find(QStringLiteral("ALM-0001"));
    QVERIFY(direction);
    QCOMPARE(direction->applicationId, registered->application.id);
    QCOMPARE(direction->status, DirectionStatus::Issued);
    QCOMPARE(desk->find(registered->application.id)->status, ApplicationStatus::DirectionIssued);
    // Desk B is another kindergarten: never the direction, only the status of the queue row.
    auto deskB = newDesk(QStringLiteral("b"), m_tokenB);
    QVERIFY(deskB->sync().error.ok());
    QVERIFY(!DirectionStore(deskB->database()).find(QStringLiteral("ALM-0001")));
    QCOMPARE(deskB->find(registered->application.id)->status, ApplicationStatus::DirectionIssued);
    const QString differs = compareWithServer(*desk, serverView(*m_server, m_tokenA));
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

void TestDeskSync::placePublishedAtTheDeskComesBackAsADirection()
{
    // The whole loop of issue 12: a child registered and a place published at desk A, both
    // synced; the server distributes by itself; the next syncs bring the direction to the desk,
    // with the place held by it and the application direction_issued, and the desk agrees with
    // the server.
    auto desk = newDesk(QStringLiteral("a"), m_tokenA);
    Application application = m_applications.next();
    application.language = TeachingLanguage::Any;
    application.preferredKindergartens.clear();
    const Expected<RegisteredApplication> registered = desk->registerApplication(application);
    QVERIFY(registered);
    Place place;
    place.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    place.kindergartenId = m_orgA;
    place.groupName = QStringLiteral("Ересек топ «Құлыншақ»");
    place.birthFrom = application.childBirthDate;
    place.birthTo = application.childBirthDate;
    place.language = TeachingLanguage::Russian;
    place.admissionStartsOn = QDate::currentDate().addDays(10);
    const Status published = PlaceStore(desk->database()).publish(place, QStringLiteral("Тест Клерк"), QDateTime::currentDateTime());
    QVERIFY2(published, published ? "" : qPrintable(published.error().message()));
    QVERIFY(desk->sync().error.ok());

    std::optional<Direction> direction;
    for (int attempt = 0; attempt < 60 && !direction; ++attempt) {
        QTest::qWait(500);
        QVERIFY(desk->sync().error.ok());
        const Expected<QList<Direction>> all = DirectionStore(desk->database()).list();
        QVERIFY(all);
        for (const Direction &d : *all)
            if (d.applicationId == registered->application.id)
                direction = d;
    }
    QVERIFY2(direction, "the server gave no direction for the place within 30 s");
    QCOMPARE(direction->kindergartenId, m_orgA);
    QCOMPARE(direction->groupName, place.groupName);
    QCOMPARE(direction->groupLanguage, TeachingLanguage::Russian);
    QCOMPARE(direction->status, DirectionStatus::Issued);
    QCOMPARE(desk->find(registered->application.id)->status, ApplicationStatus::DirectionIssued);
    const std::optional<StoredPlace> held = PlaceStore(desk->database()).find(place.id);
    QVERIFY(held);
    QCOMPARE(held->place.status, PlaceStatus::Directed);
    QCOMPARE(held->place.directionNumber, direction->number);
    const QString differs = compareWithServer(*desk, serverView(*m_server, m_tokenA));
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

void TestDeskSync::placeTheServerRefusedLeavesTheDeskAndItsBulletin()
{
    // Desk B publishes a place under the identifier of a place desk A published: the server
    // refuses it (place_id_taken). The place is free nowhere in the region, so desk B takes it off
    // its places and its bulletin of freed places, with a journal entry naming the refusal; desk
    // A's place stays, and desk B agrees with the server afterwards.
    auto deskA = newDesk(QStringLiteral("a"), m_tokenA);
    auto deskB = newDesk(QStringLiteral("b"), m_tokenB);
    const QDateTime now = QDateTime::currentDateTime();
    Place place;
    place.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    place.kindergartenId = m_orgA;
    place.groupName = QStringLiteral("Кіші топ «Балапан»");
    place.birthFrom = QDate(now.date().year() - 3, 1, 1);
    place.birthTo = QDate(now.date().year() - 3, 12, 31);
    place.admissionStartsOn = now.date().addDays(10);
    QVERIFY(PlaceStore(deskA->database()).publish(place, QStringLiteral("Клерк А"), now));
    QVERIFY(deskA->sync().error.ok());

    Place taken = place;
    taken.kindergartenId = m_orgB;
    taken.groupName = QStringLiteral("Средняя группа «Солнышко»");
    Place other = place;
    other.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    other.kindergartenId = m_orgB;
    PlaceStore storeB(deskB->database());
    QVERIFY(storeB.publish(taken, QStringLiteral("Клерк Б"), now));
    QVERIFY(storeB.publish(other, QStringLiteral("Клерк Б"), now));
    const Expected<QList<BulletinEntry>> before = storeB.bulletin(now.date(), BulletinKind::Freed, m_orgB);
    QVERIFY(before);
    QCOMPARE(before->size(), 2);

    const SyncReport report = deskB->sync();
    QVERIFY(report.error.ok());
    QCOMPARE(report.rejected.size(), 1);
    QCOMPARE(report.rejected.constFirst().code, QStringLiteral("place_id_taken"));
    QVERIFY2(!storeB.find(taken.id), "a place the server refused to publish is still among the desk's places");
    QVERIFY(storeB.find(other.id));
    QCOMPARE(storeB.find(other.id)->provisional, false);
    const Expected<QList<BulletinEntry>> after = storeB.bulletin(now.date(), BulletinKind::Freed, m_orgB);
    QVERIFY(after);
    QCOMPARE(after->size(), 1);
    QCOMPARE(after->constFirst().place.id, other.id);
    const Expected<QList<JournalEntry>> journal =
        Journal::entriesFor(deskB->database()->connection(), QStringLiteral("place"), taken.id);
    QVERIFY(journal);
    QCOMPARE(journal->size(), 2);
    QCOMPARE(journal->at(0).event, QStringLiteral("place_published"));
    QCOMPARE(journal->at(1).event, QStringLiteral("place_publication_refused"));
    QCOMPARE(journal->at(1).payload.value(QStringLiteral("rejected_by_server")).toString(), QStringLiteral("place_id_taken"));
    QCOMPARE(deskB->summary().rejected, 1);
    const Expected<JournalVerification> chain = Journal::verify(deskB->database()->connection());
    QVERIFY(chain && chain->ok());

    QVERIFY(deskA->sync().error.ok());
    const std::optional<StoredPlace> kept = PlaceStore(deskA->database()).find(place.id);
    QVERIFY(kept);
    QCOMPARE(kept->place.groupName, place.groupName);
    QCOMPARE(kept->place.status, PlaceStatus::Open);
    QVERIFY(deskB->sync().error.ok());
    const QString differs = compareWithServer(*deskB, serverView(*m_server, m_tokenB));
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

void TestDeskSync::withdrawalTheServerRefusedGoesBackToTheServersPlace()
{
    // Desk A publishes a place and syncs; the server gives it to a child registered at desk B
    // while desk A does not sync, so desk A's copy is still open and its clerk withdraws it. The
    // server refuses (place_has_direction): the withdrawal was never made, so desk A's place goes
    // back to the server's version, leaves the bulletin of withdrawn places, and the journal names
    // the refusal; desk A agrees with the server.
    auto deskA = newDesk(QStringLiteral("a"), m_tokenA);
    auto deskB = newDesk(QStringLiteral("b"), m_tokenB);
    Application application = m_applications.next();
    application.language = TeachingLanguage::Any;
    application.preferredKindergartens.clear();
    Place place;
    place.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    place.kindergartenId = m_orgA;
    place.groupName = QStringLiteral("Ересек топ «Құлыншақ»");
    place.birthFrom = application.childBirthDate;
    place.birthTo = application.childBirthDate;
    place.language = TeachingLanguage::Russian;
    place.admissionStartsOn = QDate::currentDate().addDays(10);
    PlaceStore storeA(deskA->database());
    QVERIFY(storeA.publish(place, QStringLiteral("Клерк А"), QDateTime::currentDateTime()));
    QVERIFY(deskA->sync().error.ok());
    QCOMPARE(storeA.find(place.id)->provisional, false);

    QVERIFY(deskB->registerApplication(application));
    QVERIFY(deskB->sync().error.ok());
    std::optional<Place> atServer;
    for (int attempt = 0; attempt < 60; ++attempt) {
        atServer = serverPlace(*m_server, m_tokenA, place.id);
        if (atServer && atServer->status == PlaceStatus::Directed)
            break;
        QTest::qWait(500);
    }
    QVERIFY2(atServer && atServer->status == PlaceStatus::Directed, "the server gave the place to no child within 30 s");

    const QDateTime now = QDateTime::currentDateTime();
    QCOMPARE(storeA.find(place.id)->place.status, PlaceStatus::Open);
    QVERIFY(storeA.withdraw(place.id, QStringLiteral("Клерк А"), now));
    QCOMPARE(storeA.bulletin(now.date(), BulletinKind::Withdrawn, m_orgA)->size(), 1);

    const SyncReport report = deskA->sync();
    QVERIFY(report.error.ok());
    QCOMPARE(report.rejected.size(), 1);
    QCOMPARE(report.rejected.constFirst().code, QStringLiteral("place_has_direction"));
    QCOMPARE(deskA->summary().rejected, 1);
    const std::optional<StoredPlace> back = storeA.find(place.id);
    QVERIFY(back);
    atServer = serverPlace(*m_server, m_tokenA, place.id);
    QVERIFY(atServer);
    QCOMPARE(back->place.status, PlaceStatus::Directed);
    QCOMPARE(back->place, *atServer);
    QVERIFY(!back->provisional);
    const Expected<QList<BulletinEntry>> withdrawn = storeA.bulletin(now.date(), BulletinKind::Withdrawn, m_orgA);
    QVERIFY(withdrawn);
    QVERIFY2(withdrawn->isEmpty(), "a withdrawal the server refused stands in the desk's bulletin of withdrawn places");
    const Expected<QList<JournalEntry>> journal =
        Journal::entriesFor(deskA->database()->connection(), QStringLiteral("place"), place.id);
    QVERIFY(journal);
    QVERIFY(!journal->isEmpty());
    QCOMPARE(journal->constLast().event, QStringLiteral("place_change_refused"));
    QCOMPARE(journal->constLast().payload.value(QStringLiteral("rejected_by_server")).toString(),
             QStringLiteral("place_has_direction"));
    QCOMPARE(journal->constLast().payload.value(QStringLiteral("command")).toString(), QStringLiteral("withdraw_place"));
    const Expected<JournalVerification> chain = Journal::verify(deskA->database()->connection());
    QVERIFY(chain && chain->ok());
    const QString differs = compareWithServer(*deskA, serverView(*m_server, m_tokenA));
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

void TestDeskSync::freeingDayTheServerRefusedGoesBackToTheServersPlace()
{
    // Two desks of one kindergarten hold an early-booking place; the second withdraws it, and
    // the first, not synced since, marks it freed today. The server refuses the freeing day
    // (place_withdrawn): desk A's place is the server's (withdrawn, no freeing day), the journal
    // names the refusal, and desk A agrees with the server.
    const QString tokenA2 = m_server->addDesk(m_orgA);
    QVERIFY(!tokenA2.isEmpty());
    auto deskA = newDesk(QStringLiteral("a"), m_tokenA);
    auto deskA2 = newDesk(QStringLiteral("a2"), tokenA2);
    Place place;
    place.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    place.kindergartenId = m_orgA;
    place.groupName = QStringLiteral("Кіші топ «Күншуақ»");
    place.birthFrom = QDate(QDate::currentDate().year() - 3, 1, 1);
    place.birthTo = QDate(QDate::currentDate().year() - 3, 12, 31);
    place.admissionMode = AdmissionMode::EarlyBooking;
    place.admissionStartsOn = QDate::currentDate().addDays(10);
    PlaceStore storeA(deskA->database());
    QVERIFY(storeA.publish(place, QStringLiteral("Клерк А"), QDateTime::currentDateTime()));
    QVERIFY(deskA->sync().error.ok());
    QVERIFY(deskA2->sync().error.ok());
    QVERIFY(PlaceStore(deskA2->database()).withdraw(place.id, QStringLiteral("Клерк А2"), QDateTime::currentDateTime()));
    QVERIFY(deskA2->sync().error.ok());

    const QDateTime now = QDateTime::currentDateTime();
    QVERIFY(storeA.markFreed(place.id, now.date(), QStringLiteral("Клерк А"), now));
    QCOMPARE(storeA.find(place.id)->place.freedOn, now.date());
    const SyncReport report = deskA->sync();
    QVERIFY(report.error.ok());
    QCOMPARE(report.rejected.size(), 1);
    QCOMPARE(report.rejected.constFirst().code, QStringLiteral("place_withdrawn"));
    const std::optional<StoredPlace> back = storeA.find(place.id);
    QVERIFY(back);
    const std::optional<Place> atServer = serverPlace(*m_server, m_tokenA, place.id);
    QVERIFY(atServer);
    QCOMPARE(back->place, *atServer);
    QCOMPARE(back->place.status, PlaceStatus::Withdrawn);
    QVERIFY(!back->place.freedOn.isValid());
    QVERIFY(!back->provisional);
    const Expected<QList<JournalEntry>> journal =
        Journal::entriesFor(deskA->database()->connection(), QStringLiteral("place"), place.id);
    QVERIFY(journal);
    QVERIFY(!journal->isEmpty());
    QCOMPARE(journal->constLast().event, QStringLiteral("place_change_refused"));
    QCOMPARE(journal->constLast().payload.value(QStringLiteral("rejected_by_server")).toString(),
             QStringLiteral("place_withdrawn"));
    QCOMPARE(journal->constLast().payload.value(QStringLiteral("command")).toString(), QStringLiteral("free_place"));
    const Expected<JournalVerification> chain = Journal::verify(deskA->database()->connection());
    QVERIFY(chain && chain->ok());
    const QString differs = compareWithServer(*deskA, serverView(*m_server, m_tokenA));
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

void TestDeskSync::contractRecordedAtTheDeskReachesTheServer()
{
    auto desk = newDesk(QStringLiteral("a"), m_tokenA);
    const Expected<RegisteredApplication> registered = desk->registerApplication(m_applications.next());
    QVERIFY(registered);
    QVERIFY(desk->sync().error.ok());
    QVERIFY(importDirection(QStringLiteral("ALM-0002"), m_orgA, registered->application).isEmpty());
    QVERIFY(desk->sync().error.ok());

    // The service at the desk, as the Enrollment page drives it (times: now, as the server
    // accepts no command from the future).
    const Expected<WorkCalendar> calendar = WorkCalendar::loadBuiltIn();
    QVERIFY(calendar);
    EnrollmentStore enrollment(desk->database());
    const QString clerk = QStringLiteral("Тест Клерк");
    const auto started = enrollment.startSession(QStringLiteral("ALM-0002"), ServiceChannel::Office,
                                                 QDateTime::currentDateTime(), clerk);
    QVERIFY2(started, started ? "" : qPrintable(started.error().message()));
    QVERIFY(enrollment.recordStage(started->id, ServiceStage::ServiceStarted, QDateTime::currentDateTime(), clerk));
    QVERIFY(enrollment.recordStage(started->id, ServiceStage::DocumentsHandedIn, QDateTime::currentDateTime(), clerk));
    Checklist checklist;
    checklist.presented = {ChecklistItem::Direction, ChecklistItem::ParentId, ChecklistItem::BirthCertificate,
                           ChecklistItem::HealthPassport, ChecklistItem::HealthCertificate};
    checklist.healthCertificateIssuedOn = QDate::currentDate().addDays(-1);
    QVERIFY(enrollment.saveChecklist(started->id, checklist, clerk, QDateTime::currentDateTime()));
    KindergartenProfile profile;
    profile.id = m_orgA;
    profile.nameKk = QStringLiteral("№1 балабақша");
    profile.nameRu = QStringLiteral("Детский сад №1");
    profile.bin = QStringLiteral("120340012345");
    profile.addressKk = QStringLiteral("Астана қ., Сарайшық к-сі, 5");
    profile.addressRu = QStringLiteral("г. Астана, ул. Сарайшык, 5");
    profile.headName = QStringLiteral("Жұмабекова Гүлнәр Серікқызы");
    ContractRecord contract;
    contract.date = QDate::currentDate();
    contract.parent = registered->application.applicant;
    contract.parentIin = registered->application.applicantIin;
    contract.parentIdDocument = QStringLiteral("ID card No. 012345678");
    contract.parentAddress = QStringLiteral("Астана қ., Кенесары к-сі, 40-12");
    contract.startsOn = QDate::currentDate().addDays(1);
    const auto recorded = enrollment.recordContract(started->id, contract, profile, *calendar, RuleSettings{},
                                                    QDateTime::currentDateTime());
    QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message()));

    const SyncReport report = desk->sync();
    QVERIFY2(report.error.ok(), qPrintable(report.error.detail));
    QVERIFY2(report.rejected.isEmpty(), report.rejected.isEmpty() ? "" : qPrintable(report.rejected.first().code + u' ' + report.rejected.first().message));
    QVERIFY(report.applied >= 4); // three service stages and the contract
    // At the server: the direction used, the application archived as enrolled, seen by every desk.
    auto deskB = newDesk(QStringLiteral("b"), m_tokenB);
    QVERIFY(deskB->sync().error.ok());
    const std::optional<Application> seenByB = deskB->find(registered->application.id);
    QVERIFY(seenByB);
    QCOMPARE(seenByB->status, ApplicationStatus::Archived);
    QCOMPARE(DirectionStore(desk->database()).find(QStringLiteral("ALM-0002"))->status, DirectionStatus::Used);
    const std::optional<Application> own = desk->find(registered->application.id);
    QCOMPARE(own->archiveReason, ArchiveReason::Enrolled);
    const HttpReply position = m_server->get("/api/v1/queue/position?iin=" + own->childIin.toUtf8(), m_tokenA);
    QCOMPARE(position.status, 404); // no active application any more: the child is enrolled
    const QString differs = compareWithServer(*desk, serverView(*m_server, m_tokenA));
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

void TestDeskSync::pageAppliedTwiceChangesNothing()
{
    auto deskB = newDesk(QStringLiteral("b"), m_tokenB);
    for (int i = 0; i < 4; ++i)
        QVERIFY(deskB->registerApplication(m_applications.next()));
    QVERIFY(deskB->sync().error.ok());

    auto desk = newDesk(QStringLiteral("a"), m_tokenA);
    const HttpReply reply = m_server->get("/api/v1/changes?limit=5000", m_tokenA);
    QCOMPARE(reply.status, 200);
    const std::optional<SyncPage> page = SyncProtocol::parsePage(reply.body);
    QVERIFY(page);
    SyncStore store(desk->database()->connection());
    const Expected<SyncStore::PageResult> first = store.applyPage(*page, QDateTime::currentDateTimeUtc());
    QVERIFY(first);
    QCOMPARE(first->applied, int(page->changes.size()));
    QVERIFY(first->differing.isEmpty());
    const QHash<QString, SyncCheckpoint> sums = desk->sums();
    const qint64 rows = desk->count(QStringLiteral("SELECT count(*) FROM applications"));
    // A retry whose first answer was stored (the crash came after the commit).
    const Expected<SyncStore::PageResult> second = store.applyPage(*page, QDateTime::currentDateTimeUtc());
    QVERIFY(second);
    QCOMPARE(second->applied, 0);
    QCOMPARE(desk->count(QStringLiteral("SELECT count(*) FROM applications")), rows);
    QCOMPARE(desk->sums().keys().size(), sums.keys().size());
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        QCOMPARE(desk->sums().value(it.key()).count, it->count);
        QCOMPARE(desk->sums().value(it.key()).checksum, it->checksum);
    }
    QCOMPARE(store.cursor()->seq, page->cursor.seq);
}

// The bulk path of a first download (SyncStore::beginBulkDownload) and the ordinary one give the
// same store for the same feed: this desk's own applications (full records, and their queue rows
// over them), other kindergartens' anonymous rows, a row that comes twice (a direction issued
// after the registration), small pages; a page applied twice in the bulk path changes nothing;
// the indexes are back at the end.
void TestDeskSync::bulkPathGivesTheSameStoreAsTheOrdinaryPath()
{
    auto deskA = newDesk(QStringLiteral("a"), m_tokenA);
    QList<Application> ours;
    for (int i = 0; i < 3; ++i) {
        const Expected<RegisteredApplication> registered = deskA->registerApplication(m_applications.next());
        QVERIFY(registered);
        ours.append(registered->application);
    }
    QVERIFY(deskA->sync().error.ok());
    auto deskB = newDesk(QStringLiteral("b"), m_tokenB);
    for (int i = 0; i < 6; ++i)
        QVERIFY(deskB->registerApplication(m_applications.next()));
    QVERIFY(deskB->sync().error.ok());
    const QString error = importDirection(QStringLiteral("ALM-0001"), m_orgA, ours.first());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const auto firstSync = [this](const QString &name, qint64 bulkThreshold) {
        auto desk = newDesk(name, m_tokenA);
        SyncOptions options = desk->options();
        options.pageLimit = 3;
        options.bulkThreshold = bulkThreshold;
        SyncEngine engine(desk->database(), options);
        return std::pair{std::move(desk), engine.syncOnce()};
    };
    const auto [ordinary, ordinaryReport] = firstSync(QStringLiteral("ordinary"), 0);
    QVERIFY2(ordinaryReport.error.ok(), qPrintable(ordinaryReport.error.detail));
    QVERIFY(!ordinaryReport.bulk);
    const auto [bulk, bulkReport] = firstSync(QStringLiteral("bulk"), 1);
    QVERIFY2(bulkReport.error.ok(), qPrintable(bulkReport.error.detail));
    QVERIFY(bulkReport.bulk);
    QCOMPARE(bulkReport.received, ordinaryReport.received);
    QCOMPARE(bulkReport.pages, ordinaryReport.pages);
    QVERIFY(bulkReport.pages >= 5);

    const QString expected = storeDump(*ordinary);
    QCOMPARE(storeDump(*bulk), expected);
    QCOMPARE(applicationIndexCount(*bulk), applicationIndexCount(*ordinary));
    QVERIFY(applicationIndexCount(*bulk) >= 7);
    QCOMPARE(bulk->find(ours.first().id)->status, ApplicationStatus::DirectionIssued);
    QCOMPARE(bulk->find(ours.first().id)->child.surname, ours.first().child.surname);
    QCOMPARE(bulk->count(QStringLiteral("SELECT count(*) FROM applications WHERE anonymous = 1")), 6);
    // The version rows the download staged are in sync_rows (storeDump compares them).
    QCOMPARE(bulk->count(QStringLiteral("SELECT count(*) FROM sync_rows_staged")), 0);
    const QString differs = compareWithServer(*bulk, serverView(*m_server, m_tokenA));
    QVERIFY2(differs.isEmpty(), qPrintable(differs));

    // The whole feed as one page, applied twice in the bulk path (the crash came after the commit).
    auto twice = newDesk(QStringLiteral("twice"), m_tokenA);
    const HttpReply reply = m_server->get("/api/v1/changes?limit=5000", m_tokenA);
    QCOMPARE(reply.status, 200);
    const std::optional<SyncPage> page = SyncProtocol::parsePage(reply.body);
    QVERIFY(page);
    {
        SyncStore store(twice->database()->connection());
        QVERIFY(store.beginBulkDownload());
        QVERIFY(store.bulkDownload());
        // Only the unique index of application numbers, a constraint the bulk path keeps.
        QCOMPARE(applicationIndexCount(*twice), qint64(Migrations::applicationConstraintIndexes().size()));
        const Expected<SyncStore::PageResult> first = store.applyPage(*page, QDateTime::currentDateTimeUtc());
        QVERIFY(first);
        QCOMPARE(first->applied, int(page->changes.size()));
        QVERIFY(first->differing.isEmpty());
        const Expected<SyncStore::PageResult> second = store.applyPage(*page, QDateTime::currentDateTimeUtc());
        QVERIFY(second);
        QCOMPARE(second->applied, 0);
        // The cursor put back: the same page is applied change by change again, each one held.
        QSqlQuery rewind(twice->database()->connection());
        QVERIFY(rewind.exec(QStringLiteral("UPDATE sync_state SET value = '0' WHERE key = 'seq'")));
        const Expected<SyncStore::PageResult> third = store.applyPage(*page, QDateTime::currentDateTimeUtc());
        QVERIFY(third);
        QCOMPARE(third->applied, 0);
        QCOMPARE(third->skipped, int(page->changes.size()));
        QVERIFY(third->differing.isEmpty());
        QVERIFY(store.endBulkDownload());
        QVERIFY(!store.bulkDownload());
    }
    QCOMPARE(storeDump(*twice), expected);

    // An end that cannot re-create the indexes nor move the staged version rows into sync_rows
    // (another connection holds the write lock) leaves both to the next page. The first page is
    // the feed's start, before the row that comes twice (which would move the staged rows early).
    const HttpReply start = m_server->get("/api/v1/changes?limit=8", m_tokenA);
    QCOMPARE(start.status, 200);
    const std::optional<SyncPage> startPage = SyncProtocol::parsePage(start.body);
    QVERIFY(startPage);
    QVERIFY(startPage->more);
    const HttpReply rest = m_server->get(
        "/api/v1/changes?limit=5000&after=" + QUrl::toPercentEncoding(startPage->cursor.text()), m_tokenA);
    QCOMPARE(rest.status, 200);
    const std::optional<SyncPage> restPage = SyncProtocol::parsePage(rest.body);
    QVERIFY(restPage);
    auto busy = newDesk(QStringLiteral("busy"), m_tokenA);
    {
        SyncStore store(busy->database()->connection());
        QVERIFY(store.beginBulkDownload());
        QVERIFY(store.applyPage(*startPage, QDateTime::currentDateTimeUtc()));
        const QString name = QStringLiteral("busy-writer");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(busy->database()->connection().databaseName());
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QSqlQuery(busy->database()->connection()).exec(QStringLiteral("PRAGMA busy_timeout = 100"));
            QVERIFY(!store.endBulkDownload());
            QVERIFY(!store.bulkDownload());
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
        QCOMPARE(applicationIndexCount(*busy), qint64(Migrations::applicationConstraintIndexes().size()));
        // The version rows wait staged too, and the next page moves them before it looks.
        const qint64 staged = busy->count(QStringLiteral("SELECT count(*) FROM sync_rows_staged"));
        QVERIFY(staged > 0);
        QCOMPARE(busy->count(QStringLiteral("SELECT count(*) FROM sync_rows WHERE partition LIKE 'year:%'")), 0);
        const Expected<SyncStore::PageResult> again = store.applyPage(*restPage, QDateTime::currentDateTimeUtc());
        QVERIFY(again);
        QCOMPARE(again->applied, int(restPage->changes.size()));
        QCOMPARE(busy->count(QStringLiteral("SELECT count(*) FROM sync_rows_staged")), 0);
        QCOMPARE(applicationIndexCount(*busy), applicationIndexCount(*ordinary));
        // The whole feed once more, as the page a retry would bring: every row held.
        const Expected<SyncStore::PageResult> whole = store.applyPage(*page, QDateTime::currentDateTimeUtc());
        QVERIFY(whole);
        QCOMPARE(whole->applied, 0);
    }
    QCOMPARE(storeDump(*busy), expected);
}

// docs/server-http.md "Compression": the desk's network stack asks for gzip by itself and reads
// the compressed pages back; the server here compresses every answer of 256 bytes or more so a
// small region's pages go compressed, in the ordinary path and the bulk path.
void TestDeskSync::compressedPagesArriveIntact()
{
    QCOMPARE(m_server->terminate(), 0);
    // A threshold that is not a number of bytes is refused with one line.
    QVERIFY(!m_server->start({QStringLiteral("--compress-min-bytes"), QStringLiteral("32k")}));
    QVERIFY2(m_server->startError().contains(QStringLiteral("--compress-min-bytes must be a number of bytes")),
             qPrintable(m_server->startError()));
    QVERIFY2(m_server->start({QStringLiteral("--compress-min-bytes"), QStringLiteral("256")}),
             qPrintable(m_server->startError()));
    auto deskB = newDesk(QStringLiteral("b"), m_tokenB);
    for (int i = 0; i < 8; ++i)
        QVERIFY(deskB->registerApplication(m_applications.next()));
    const SyncReport sent = deskB->sync();
    QVERIFY2(sent.error.ok(), qPrintable(sent.error.detail));
    QCOMPARE(sent.sent, 8);

    const auto compressed = [this] {
        return m_server->get("/api/v1/health").json()[QStringLiteral("compressed")].toObject();
    };
    for (const qint64 bulkThreshold : {qint64(0), qint64(1)}) {
        const qint64 before = compressed()[QStringLiteral("answers")].toInteger();
        auto deskA = newDesk(QStringLiteral("a"), m_tokenA);
        SyncOptions options = deskA->options();
        options.pageLimit = 3; // several pages: the bulk path needs more than one
        options.bulkThreshold = bulkThreshold;
        SyncEngine engine(deskA->database(), options);
        const SyncReport report = engine.syncOnce();
        QVERIFY2(report.error.ok(), qPrintable(report.error.detail));
        QCOMPARE(report.bulk, bulkThreshold > 0);
        QCOMPARE(deskA->count(QStringLiteral("SELECT count(*) FROM applications WHERE anonymous = 1")), 8);
        // The pages came compressed: each full page of three changes is over 256 bytes (the last
        // one may be smaller).
        QVERIFY2(compressed()[QStringLiteral("answers")].toInteger() >= before + report.pages - 1,
                 QJsonDocument(compressed()).toJson().constData());
        QVERIFY(report.pages >= 3);
        const QString differs = compareWithServer(*deskA, serverView(*m_server, m_tokenA));
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
    }
}

void TestDeskSync::differingPartitionIsDetected()
{
    auto deskB = newDesk(QStringLiteral("b"), m_tokenB);
    QVERIFY(deskB->registerApplication(m_applications.next()));
    QVERIFY(deskB->sync().error.ok());
    auto desk = newDesk(QStringLiteral("a"), m_tokenA);
    QVERIFY(desk->sync().error.ok());
    QVERIFY(desk->summary().stalePartitions.isEmpty());
    // Someone (a bug, a hand edit) damaged the desk's record of its partitions: every birth
    // year's sums are off by one. The next checkpoint of a year shows it.
    {
        QSqlQuery damage(desk->database()->connection());
        for (int year = 2010; year <= QDate::currentDate().year(); ++year)
            QVERIFY(damage.exec(QStringLiteral("INSERT INTO sync_partitions (partition, count, checksum) VALUES ('year:%1', 0, 1)"
                                               " ON CONFLICT (partition) DO UPDATE SET checksum = checksum + 1").arg(year)));
    }
    const Expected<RegisteredApplication> registered = deskB->registerApplication(m_applications.next());
    QVERIFY(registered);
    const QString partition = QStringLiteral("year:%1").arg(registered->application.birthYear());
    QVERIFY(deskB->sync().error.ok());
    const SyncReport report = desk->sync();
    // The desk downloads that partition again (GET /api/v1/partition) and is whole again; the
    // other partitions, whose sums were off too, are caught as soon as their checkpoints come.
    QVERIFY2(report.error.ok(), qPrintable(report.error.detail));
    QVERIFY2(report.reloaded.contains(partition), qPrintable(report.reloaded.join(u',')));
    QVERIFY(!desk->summary().stalePartitions.contains(partition));
    const ServerView view = serverView(*m_server, m_tokenA);
    const SyncCheckpoint mine = desk->sums().value(partition);
    QCOMPARE(mine.count, view.checkpoints.value(partition).count);
    QCOMPARE(mine.checksum, view.checkpoints.value(partition).checksum);
    // The rows themselves were never lost: the same applications as before.
    QCOMPARE(desk->count(QStringLiteral("SELECT count(*) FROM applications WHERE id = '%1'").arg(registered->application.id)),
             qint64(1));
}

void TestDeskSync::restoredServerStoreResyncsAndKeepsUnsentCommands()
{
    if (onPostgres())
        QSKIP("restoring a backup is shown on SQLite (a file copy); the 409 path is the same");
    auto desk = newDesk(QStringLiteral("a"), m_tokenA);
    QVERIFY(desk->registerApplication(m_applications.next()));
    QVERIFY(desk->sync().error.ok());
    // Backup of the server's store now; then more happens; then the backup is restored.
    const QString file = m_server->url().mid(7);
    m_server->kill();
    const QString backup = file + QStringLiteral(".bak");
    QVERIFY(QFile::copy(file, backup));
    QVERIFY2(m_server->start(), qPrintable(m_server->startError()));
    desk->setPort(m_server->port());
    QVERIFY(desk->registerApplication(m_applications.next()));
    QVERIFY(desk->sync().error.ok());
    m_server->kill();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(file + suffix);
    QVERIFY(QFile::copy(backup, file));
    // The administrator marks the restore (docs/server.md): a new epoch.
    const Run epoch = m_server->cli({QStringLiteral("epoch"), QStringLiteral("renew")});
    QVERIFY2(epoch.exitCode == 0, qPrintable(epoch.err));
    QVERIFY2(m_server->start(), qPrintable(m_server->startError()));
    desk->setPort(m_server->port());
    // A command written while the server was away is kept and sent.
    const Expected<RegisteredApplication> third = desk->registerApplication(m_applications.next());
    QVERIFY(third);
    const SyncReport report = desk->sync();
    QVERIFY2(report.error.ok(), qPrintable(report.error.detail));
    QVERIFY(report.resynced);
    const ServerView view = serverView(*m_server, m_tokenA);
    QVERIFY(view.applicationIds.contains(third->application.id));
    QCOMPARE(view.applicationIds.size(), 3); // the one lost by the restore was sent again too
    const QString differs = compareWithServer(*desk, view);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

void TestDeskSync::clearErrorsForBadTokenNoRouteAndVersions()
{
    auto desk = newDesk(QStringLiteral("a"), QStringLiteral("qd_not-a-token"));
    SyncEngine engine(desk->database(), desk->options());
    const SyncError unauthorized = engine.checkConnection();
    QCOMPARE(unauthorized.kind, SyncError::Kind::Unauthorized);
    QVERIFY(!unauthorized.retryable());
    QVERIFY(!unauthorized.message().isEmpty());

    // A revoked desk: the same, in the clerk's words.
    const QString revokedToken = m_server->addDesk(m_orgA);
    const Run list = m_server->cli({QStringLiteral("desk"), QStringLiteral("list"), QStringLiteral("--org"), m_orgA});
    QVERIFY(list.exitCode == 0);
    auto revokedDesk = newDesk(QStringLiteral("r"), revokedToken);
    QVERIFY(revokedDesk->sync().error.ok());

    SyncOptions nowhere = desk->options();
    nowhere.server = QUrl(QStringLiteral("http://127.0.0.1:1"));
    SyncEngine lost(desk->database(), nowhere);
    QCOMPARE(lost.checkConnection().kind, SyncError::Kind::NoRoute);

    SyncOptions none = desk->options();
    none.server = QUrl();
    SyncEngine unset(desk->database(), none);
    QCOMPARE(unset.checkConnection().kind, SyncError::Kind::NoServer);

    // A server that is not Qabyldau (or too old for /api/v1): no /health.
    SyncOptions wrongPath = desk->options();
    wrongPath.server = QUrl(QStringLiteral("http://127.0.0.1:%1/not-qabyldau").arg(m_server->port()));
    SyncEngine old(desk->database(), wrongPath);
    const SyncError tooOld = old.checkConnection();
    QVERIFY2(tooOld.kind == SyncError::Kind::ServerTooOld || tooOld.kind == SyncError::Kind::Server,
             qPrintable(tooOld.code()));

    SyncEngine good(revokedDesk->database(), revokedDesk->options());
    QVERIFY(good.checkConnection().ok());
}

void TestDeskSync::liveEngineShowsServerChangeWithinSeconds()
{
    auto desk = newDesk(QStringLiteral("a"), m_tokenA);
    const QString path = desk->database()->path();
    const SyncOptions options = desk->options();
    QThread thread;
    SyncEngine *engine = nullptr;
    std::shared_ptr<Database> threadDatabase;
    QList<SyncStatus> statuses;
    QObject receiver;
    // The engine lives on its own thread with its own connection, as in the desk.
    QObject::connect(&thread, &QThread::started, [&] {
        threadDatabase = *Database::open(path);
        engine = new SyncEngine(threadDatabase, options);
        QObject::connect(engine, &SyncEngine::statusChanged, &receiver,
                         [&](const SyncStatus &status) { statuses.append(status); }, Qt::QueuedConnection);
        engine->run();
        delete engine;
        engine = nullptr;
        threadDatabase.reset();
        thread.quit(); // run() returned: the thread's own event loop ends too
    });
    thread.start();
    // Whatever fails below, the engine stops and the thread ends before they go.
    const auto stopEngine = qScopeGuard([&] {
        if (engine)
            engine->stop();
        thread.wait(30000);
    });
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(statuses.cbegin(), statuses.cend(),
                                         [](const SyncStatus &s) { return s.state == SyncStatus::State::Online; }),
                             20000);
    // Parked on a long-poll now. A change at the server (a kindergarten added) arrives by itself.
    const QString orgC = m_server->addOrg(3);
    QVERIFY(!orgC.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(desk->count(QStringLiteral("SELECT count(*) FROM kindergartens WHERE id = '%1'").arg(orgC)),
                              qint64(1), 10000);
    // A command written at the desk goes up when the engine is poked.
    const Expected<RegisteredApplication> registered = desk->registerApplication(m_applications.next());
    QVERIFY(registered);
    engine->poke();
    QTRY_VERIFY_WITH_TIMEOUT(desk->find(registered->application.id)->registrationSequence > 0, 10000);
    engine->stop();
    QVERIFY(thread.wait(20000));
    QVERIFY(std::any_of(statuses.cbegin(), statuses.cend(),
                        [](const SyncStatus &s) { return s.state == SyncStatus::State::Syncing; }));
}

void TestDeskSync::connectionSettingsKeepTokenOwnerOnly()
{
    auto desk = newDesk(QStringLiteral("a"), m_tokenA);
    const SyncConnection connection{QUrl(QStringLiteral("https://queue.example.kz:8443")), QStringLiteral("qd_secret")};
    QVERIFY(SyncSettings::save(desk->database(), connection));
    const Expected<SyncConnection> loaded = SyncSettings::load(desk->database());
    QVERIFY(loaded);
    QCOMPARE(loaded->server, connection.server);
    QCOMPARE(loaded->token, connection.token);
    const QFile::Permissions permissions = QFile::permissions(SyncSettings::tokenPath(desk->database()->path()));
    QVERIFY(permissions & QFile::ReadOwner);
    QVERIFY(!(permissions & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
    // Not in the store: a copy of the store does not carry the token.
    QCOMPARE(desk->count(QStringLiteral("SELECT count(*) FROM sync_state WHERE value LIKE '%qd_secret%'")), 0);
}

namespace {

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(QABYLDAU_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.exitCode = -2;
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

// qabyldau-cli sync / sync status (docs/cli.md): what a script or an administrator relies on.
void TestDeskSync::cliSyncAndStatus()
{
    auto desk = newDesk(QStringLiteral("a"), m_tokenA);
    auto deskB = newDesk(QStringLiteral("b"), m_tokenB);
    const Application child = m_applications.next();
    Application again = child;
    again.id.clear();
    QVERIFY(desk->registerApplication(m_applications.next()));
    QVERIFY(desk->registerApplication(child));
    QVERIFY(deskB->registerApplication(again));
    QVERIFY(deskB->sync().error.ok()); // B's copy comes first: A's is the duplicate
    const QString store = desk->database()->path();
    const QString server = QStringLiteral("http://127.0.0.1:%1").arg(m_server->port());
    const QString tokenFile = m_dir.filePath(QStringLiteral("a.token"));
    {
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_tokenA.toUtf8() + '\n');
    }

    // A wrong token: exit 4, the reason on one line, nothing sent.
    Run bad = runCli({QStringLiteral("--store"), store, QStringLiteral("sync"), QStringLiteral("--server"), server,
                      QStringLiteral("--token"), QStringLiteral("qd_wrong")});
    QCOMPARE(bad.exitCode, 4);
    QCOMPARE(bad.err.count(u'\n'), 1);
    QVERIFY2(bad.err.contains(QStringLiteral("unauthorized")), qPrintable(bad.err));
    // No server at all: a usage error.
    QCOMPARE(runCli({QStringLiteral("--store"), store, QStringLiteral("sync")}).exitCode, 2);

    const Run run = runCli({QStringLiteral("--store"), store, QStringLiteral("sync"), QStringLiteral("--server"), server,
                            QStringLiteral("--token-file"), tokenFile});
    QCOMPARE(run.exitCode, 1); // one command rejected
    QVERIFY2(run.out.contains(QStringLiteral("sent 2 commands: 1 applied, 1 rejected")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("duplicate_child")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("queue number 1")), qPrintable(run.out));

    const Run again2 = runCli({QStringLiteral("--store"), store, QStringLiteral("sync"), QStringLiteral("--server"), server,
                               QStringLiteral("--token-file"), tokenFile});
    QCOMPARE(again2.exitCode, 0);
    QVERIFY2(again2.out.contains(QStringLiteral("sent 0 commands")), qPrintable(again2.out));

    const Run status = runCli({QStringLiteral("--store"), store, QStringLiteral("sync"), QStringLiteral("status")});
    QCOMPARE(status.exitCode, 0);
    const Expected<SyncCursor> cursor = SyncStore(desk->database()->connection()).cursor();
    QVERIFY(cursor);
    QVERIFY2(status.out.contains(QStringLiteral("cursor: ") + cursor->text()), qPrintable(status.out));
    QVERIFY2(status.out.contains(QStringLiteral("2 written, 0 waiting, 1 applied, 1 rejected")), qPrintable(status.out));
    QVERIFY2(status.out.contains(QStringLiteral("last error: none")), qPrintable(status.out));
    QVERIFY2(status.out.contains(QStringLiteral("duplicate_child")), qPrintable(status.out));
    // Reading never creates a store.
    const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
    QCOMPARE(runCli({QStringLiteral("--store"), missing, QStringLiteral("sync"), QStringLiteral("status")}).exitCode, 3);
    QVERIFY(!QFile::exists(missing));
}

namespace {

// The verification code printed after `label` in a PDF, read back with pdftotext as a person
// checking the paper would read it; empty when it is not there.
QString printedCode(const QString &pdfPath, const QString &label)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return QStringLiteral("<pdftotext not found: install poppler-utils>");
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("<pdftotext failed>");
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    const QRegularExpressionMatch match =
        QRegularExpression(QRegularExpression::escape(label) + QStringLiteral("\\s*([0-9a-f]{10})")).match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

// RULES 11: every printed document carries a code the queue server can confirm. The application
// form and the day's bulletin of freed places printed at the desk (here by qabyldau-cli, read back
// from the PDFs) are unknown to the server until the desk syncs, then confirmed by
// GET /api/v1/verify/CODE with what they are, their number and date, and no personal data.
void TestDeskSync::printedDocumentsAreConfirmedAfterSync()
{
    auto desk = newDesk(QStringLiteral("a"), m_tokenA);
    const QDateTime now = QDateTime::currentDateTime();
    KindergartenProfile profile;
    profile.id = m_orgA;
    profile.nameKk = QStringLiteral("№1 балабақша");
    profile.nameRu = QStringLiteral("Детский сад №1");
    profile.bin = QStringLiteral("120340012345");
    profile.addressKk = QStringLiteral("Астана қ., Сарайшық к-сі, 5");
    profile.addressRu = QStringLiteral("г. Астана, ул. Сарайшык, 5");
    profile.headName = QStringLiteral("Жұмабекова Гүлнәр Серікқызы");
    const Status saved = KindergartenProfileStore(desk->database()).save(profile, QStringLiteral("Клерк А"), now);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
    const Expected<RegisteredApplication> registered = desk->registerApplication(m_applications.next());
    QVERIFY2(registered, registered ? "" : qPrintable(registered.error().message()));
    const Application &child = registered->application;
    QVERIFY(desk->sync().error.ok());
    Place place;
    place.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    place.kindergartenId = m_orgA;
    place.groupName = QStringLiteral("Кіші топ «Балапан»");
    place.birthFrom = QDate(now.date().year() - 3, 1, 1);
    place.birthTo = QDate(now.date().year() - 3, 12, 31);
    place.admissionStartsOn = now.date().addDays(10);
    // After the registration the desk wrote (a command's time never goes back).
    QVERIFY(PlaceStore(desk->database()).publish(place, QStringLiteral("Клерк А"), QDateTime::currentDateTime()));

    const QString store = desk->database()->path();
    const QString applicationPdf = m_dir.filePath(QStringLiteral("application.pdf"));
    const Run application = runCli({QStringLiteral("--store"), store, QStringLiteral("--lang"), QStringLiteral("ru"),
                                    QStringLiteral("print"), QStringLiteral("application"), child.id,
                                    QStringLiteral("--out"), applicationPdf});
    QVERIFY2(application.exitCode == 0, qPrintable(application.err));
    const QString bulletinPdf = m_dir.filePath(QStringLiteral("bulletin.pdf"));
    const Run bulletin = runCli({QStringLiteral("--store"), store, QStringLiteral("--lang"), QStringLiteral("kk"),
                                 QStringLiteral("print"), QStringLiteral("bulletin"), QStringLiteral("--kind"),
                                 QStringLiteral("freed"), QStringLiteral("--date"), now.date().toString(Qt::ISODate),
                                 QStringLiteral("--out"), bulletinPdf});
    QVERIFY2(bulletin.exitCode == 0, qPrintable(bulletin.err));
    const QString applicationCode = printedCode(applicationPdf, QStringLiteral("Код проверки:"));
    const QString bulletinCode = printedCode(bulletinPdf, QStringLiteral("Тексеру коды:"));
    QVERIFY2(applicationCode.size() == 10, qPrintable(applicationCode));
    QVERIFY2(bulletinCode.size() == 10, qPrintable(bulletinCode));
    QVERIFY(applicationCode != bulletinCode);

    // Not confirmed before the desk has synced: the server has never seen these papers.
    QCOMPARE(m_server->get("/api/v1/verify/" + applicationCode.toUtf8()).status, 404);
    QCOMPARE(m_server->get("/api/v1/verify/" + bulletinCode.toUtf8()).status, 404);
    // The printing is in the desk's audit with its code, and the codes wait in the outbox.
    QCOMPARE(desk->count(QStringLiteral("SELECT count(*) FROM journal WHERE event = 'document_printed' AND payload LIKE '%")
                         + applicationCode + QStringLiteral("%'")),
             1);
    QCOMPARE(desk->count(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'record_printed_document' AND state = 'pending'")),
             2);

    const SyncReport report = desk->sync();
    QVERIFY2(report.error.ok(), qPrintable(report.error.code() + u' ' + report.error.detail));
    for (const RejectedCommand &rejected : report.rejected)
        QFAIL(qPrintable(rejected.type + u' ' + rejected.code + u' ' + rejected.message));
    QCOMPARE(desk->count(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'record_printed_document' AND state = 'applied'")),
             2);

    HttpReply reply = m_server->get("/api/v1/verify/" + applicationCode.toUpper().toUtf8());
    QCOMPARE(reply.status, 200);
    QJsonObject answer = reply.json();
    QCOMPARE(answer[QStringLiteral("kind")].toString(), QStringLiteral("application"));
    QCOMPARE(answer[QStringLiteral("number")].toString(), child.number.isEmpty() ? child.id : child.number);
    QCOMPARE(answer[QStringLiteral("date")].toString(), child.filedAt.toLocalTime().date().toString(Qt::ISODate));
    QCOMPARE(answer[QStringLiteral("kindergarten")][QStringLiteral("kk")].toString(), QStringLiteral("№1 балабақша"));
    QVERIFY(!answer.contains(QStringLiteral("records")));
    QVERIFY(!reply.body.contains(child.childIin.toUtf8()));
    QVERIFY(!reply.body.contains(child.child.surname.toUtf8()));

    reply = m_server->get("/api/v1/verify/" + bulletinCode.toUtf8());
    QCOMPARE(reply.status, 200);
    answer = reply.json();
    QCOMPARE(answer[QStringLiteral("kind")].toString(), QStringLiteral("bulletin_freed"));
    QCOMPARE(answer[QStringLiteral("date")].toString(), now.date().toString(Qt::ISODate));
    QCOMPARE(answer[QStringLiteral("number")].toString(), QStringLiteral("freed/") + now.date().toString(Qt::ISODate));
    QCOMPARE(answer[QStringLiteral("records")].toInt(), 1);

    // Printed again: the same code, confirmed as before; the server's journal stays whole.
    QVERIFY(runCli({QStringLiteral("--store"), store, QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("print"),
                    QStringLiteral("application"), child.id, QStringLiteral("--out"), applicationPdf})
                .exitCode == 0);
    QCOMPARE(printedCode(applicationPdf, QStringLiteral("Код проверки:")), applicationCode);
    QVERIFY(desk->sync().rejected.isEmpty());
    QCOMPARE(m_server->get("/api/v1/verify/" + applicationCode.toUtf8()).json()[QStringLiteral("kind")].toString(),
             QStringLiteral("application"));
    const Run verified = m_server->cli({QStringLiteral("journal"), QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    const Run deskVerified = runCli({QStringLiteral("--store"), store, QStringLiteral("journal"), QStringLiteral("verify")});
    QVERIFY2(deskVerified.exitCode == 0, qPrintable(deskVerified.out + deskVerified.err));
}

QTEST_GUILESS_MAIN(TestDeskSync)
#include "tst_desksync.moc"
