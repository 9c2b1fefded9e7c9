// Free places on a real qabyldau-server process, over HTTP on loopback, on SQLite or (with
// QABYLDAU_TEST_PG_URL_FILE) on PostgreSQL: publish_place, withdraw_place and free_place from the
// desks (what each desk then downloads, the rejections), `places import`, `places list` and
// `bulletin` through the real binary, and RegionPlaces' steps for distribution (setDirected,
// reopen, setFilled, openPlaces) written into the same store.
#include "ServerTestHelpers.h"
#include "ProcessTestHelpers.h"

#include "domain/Place.h"
#include "store/PlaceJson.h"
#include "store/RegionPlaces.h"
#include "store/ServerDb.h"
#include "sync/PartitionChecksum.h"

#include <QHash>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ServerTest;

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString code(const QJsonObject &outcome)
{
    return outcome[QStringLiteral("status")].toString() == QStringLiteral("applied") ? QStringLiteral("applied")
                                                                                    : outcome[QStringLiteral("code")].toString();
}

} // namespace

class TestServerPlaces : public QObject, protected TwoKindergartenFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void publishedPlaceReachesItsKindergartenOnly();
    void publishRejectsAnotherKindergartenAndInvalidPlaces();
    void placeSentTwiceIsAppliedOnce();
    void withdrawOnlyAnOpenPlaceOnce();
    void freeOnlyAnEarlyBookingPlace();
    void freeingADirectedPlaceFreesItsDirection();
    void distributionStepsMoveThePlace();
    void importCountsAndReportsBadRecords();
    void bulletinsListTheDayInTimeOrder();

private:
    QJsonObject publish(const QString &token, const Place &place) { return send(token, QStringLiteral("publish_place"), PlaceJson::toJson(place)); }
    Place place(const QString &orgId, AdmissionMode mode = AdmissionMode::General) const;
    std::unique_ptr<ServerDb> openStore();
    QString writeFile(const QString &name, const QByteArray &bytes);
};

void TestServerPlaces::initTestCase()
{
    QVERIFY2(QFile::exists(serverPath()), qPrintable(serverPath()));
    if (onPostgres())
        QVERIFY2(postgresBaseUrl().startsWith(QStringLiteral("postgresql://")), qPrintable(postgresBaseUrl()));
}

void TestServerPlaces::init()
{
    const QString failed = startTwoKindergartens();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestServerPlaces::cleanup()
{
    stopServer();
}

Place TestServerPlaces::place(const QString &orgId, AdmissionMode mode) const
{
    Place p;
    p.id = uuid();
    p.kindergartenId = orgId;
    p.groupName = QStringLiteral("Ортаңғы топ «Балапан»");
    p.birthFrom = QDate(QDate::currentDate().year() - 3, 1, 1);
    p.birthTo = QDate(QDate::currentDate().year() - 3, 12, 31);
    p.language = TeachingLanguage::Kazakh;
    p.admissionMode = mode;
    p.admissionStartsOn = QDate::currentDate().addDays(7);
    if (mode == AdmissionMode::TemporaryStay)
        p.temporaryUntil = p.admissionStartsOn.addMonths(3);
    return p;
}

std::unique_ptr<ServerDb> TestServerPlaces::openStore()
{
    ServerResult<StoreUrl> url = StoreUrl::parse(m_server->url());
    if (!url)
        return nullptr;
    ServerResult<std::unique_ptr<ServerDb>> opened = ServerDb::connect(url.value(), QStringLiteral("test-") + uuid());
    return opened ? std::move(opened).value() : nullptr;
}

QString TestServerPlaces::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(bytes);
    return path;
}

void TestServerPlaces::publishedPlaceReachesItsKindergartenOnly()
{
    const Place offered = place(m_orgA);
    const QJsonObject outcome = publish(m_tokenA, offered);
    QVERIFY2(code(outcome) == QStringLiteral("applied"), QJsonDocument(outcome).toJson().constData());
    QCOMPARE(outcome[QStringLiteral("result")][QStringLiteral("status")].toString(), QStringLiteral("open"));
    QCOMPARE(outcome[QStringLiteral("result")][QStringLiteral("version")].toInteger(), 1);
    const QDateTime publishedAt =
        QDateTime::fromString(outcome[QStringLiteral("result")][QStringLiteral("published_at")].toString(), Qt::ISODateWithMs);
    QVERIFY(publishedAt.isValid());
    QVERIFY(qAbs(publishedAt.msecsTo(QDateTime::currentDateTimeUtc())) < 60000);

    const Feed seenByA = feed(m_tokenA);
    verifyCheckpoints(seenByA);
    const QJsonObject row = seenByA.latest(QStringLiteral("org:") + m_orgA, QStringLiteral("place"), offered.id);
    QCOMPARE(row[QStringLiteral("version")].toInteger(), 1);
    Expected<Place> downloaded = PlaceJson::fromJson(row[QStringLiteral("data")].toObject());
    QVERIFY(bool(downloaded));
    Place expected = offered;
    expected.publishedAt = publishedAt;
    QCOMPARE(downloaded.value(), expected); // every attribute as sent, with the server's moment

    // Another kindergarten's desks see nothing of it (RULES 2.3: its own partition only).
    const Feed seenByB = feed(m_tokenB);
    QVERIFY(!seenByB.mentions(offered.id));
}

void TestServerPlaces::publishRejectsAnotherKindergartenAndInvalidPlaces()
{
    const Place foreign = place(m_orgB);
    QCOMPARE(code(publish(m_tokenA, foreign)), QStringLiteral("not_own_kindergarten"));

    Place backwards = place(m_orgA);
    std::swap(backwards.birthFrom, backwards.birthTo);
    const QJsonObject invalid = publish(m_tokenA, backwards);
    QCOMPARE(code(invalid), QStringLiteral("invalid_place"));
    QCOMPARE(invalid[QStringLiteral("details")][QStringLiteral("field")].toString(), Issue::fieldName(Field::PlaceAgePeriod));
    QVERIFY(!invalid[QStringLiteral("message")].toString().isEmpty());

    Place temporary = place(m_orgA, AdmissionMode::TemporaryStay);
    temporary.temporaryUntil = QDate();
    QCOMPARE(code(publish(m_tokenA, temporary)), QStringLiteral("invalid_place"));

    Place longName = place(m_orgA);
    longName.groupName = QString(201, u'а');
    QCOMPARE(publish(m_tokenA, longName)[QStringLiteral("details")][QStringLiteral("field")].toString(), QStringLiteral("group_name"));
    longName.groupName = QString(200, u'а');
    QCOMPARE(code(publish(m_tokenA, longName)), QStringLiteral("applied"));

    QJsonObject huge = PlaceJson::toJson(place(m_orgA));
    huge.insert(QStringLiteral("attendance_note"), QString(17 * 1024, u'x'));
    QCOMPARE(code(send(m_tokenA, QStringLiteral("publish_place"), huge)), QStringLiteral("invalid_place"));

    QJsonObject wrongShape = PlaceJson::toJson(place(m_orgA));
    wrongShape.insert(QStringLiteral("language"), QStringLiteral("any"));
    QCOMPARE(code(send(m_tokenA, QStringLiteral("publish_place"), wrongShape)), QStringLiteral("invalid_place"));

    // Only the one valid place came to the desks.
    const Feed seenByA = feed(m_tokenA);
    QCOMPARE(seenByA.versions(QStringLiteral("org:") + m_orgA, QStringLiteral("place"), longName.id).size(), 1);
    QVERIFY(!seenByA.mentions(foreign.id) && !seenByA.mentions(backwards.id) && !seenByA.mentions(temporary.id));
}

void TestServerPlaces::placeSentTwiceIsAppliedOnce()
{
    const Place offered = place(m_orgA, AdmissionMode::EarlyBooking);
    const QJsonObject first = publish(m_tokenA, offered);
    QCOMPARE(code(first), QStringLiteral("applied"));
    // Another command on a used desk_seq: a conflict, nothing written.
    const qint64 seq = m_lastSeq.value(m_tokenA);
    const QJsonObject again = post(m_tokenA, {command(seq, QStringLiteral("publish_place"), PlaceJson::toJson(offered),
                                                      QDateTime::currentDateTimeUtc(), QString())})[QStringLiteral("results")][0].toObject();
    QCOMPARE(code(again), QStringLiteral("conflict")); // a new id on a used desk_seq
    // The same place in a new command (a clerk's second try): applied, nothing new.
    const QJsonObject second = publish(m_tokenA, offered);
    QCOMPARE(code(second), QStringLiteral("applied"));
    QCOMPARE(second[QStringLiteral("result")][QStringLiteral("already_published")].toBool(), true);
    QCOMPARE(second[QStringLiteral("result")][QStringLiteral("published_at")], first[QStringLiteral("result")][QStringLiteral("published_at")]);
    // With other content under the same id: refused.
    Place other = offered;
    other.groupName = QStringLiteral("Кіші топ");
    QCOMPARE(code(publish(m_tokenA, other)), QStringLiteral("place_id_taken"));
    // Even from another kindergarten's desk, with its own org.
    other.kindergartenId = m_orgB;
    QCOMPARE(code(publish(m_tokenB, other)), QStringLiteral("place_id_taken"));

    const Feed seenByA = feed(m_tokenA);
    QCOMPARE(seenByA.versions(QStringLiteral("org:") + m_orgA, QStringLiteral("place"), offered.id).size(), 1);
    QVERIFY(!seenByA.mentions(QStringLiteral("Кіші топ")));
    QVERIFY(!feed(m_tokenB).mentions(offered.id));
}

void TestServerPlaces::withdrawOnlyAnOpenPlaceOnce()
{
    const Place offered = place(m_orgA);
    QCOMPARE(code(publish(m_tokenA, offered)), QStringLiteral("applied"));
    const QJsonObject withdraw{{QStringLiteral("place_id"), offered.id}};
    QCOMPARE(code(send(m_tokenB, QStringLiteral("withdraw_place"), withdraw)), QStringLiteral("not_found"));
    QCOMPARE(code(send(m_tokenA, QStringLiteral("withdraw_place"), QJsonObject{{QStringLiteral("place_id"), uuid()}})),
             QStringLiteral("not_found"));
    const QJsonObject done = send(m_tokenA, QStringLiteral("withdraw_place"), withdraw);
    QCOMPARE(code(done), QStringLiteral("applied"));
    QCOMPARE(done[QStringLiteral("result")][QStringLiteral("status")].toString(), QStringLiteral("withdrawn"));
    QCOMPARE(done[QStringLiteral("result")][QStringLiteral("version")].toInteger(), 2);
    QCOMPARE(code(send(m_tokenA, QStringLiteral("withdraw_place"), withdraw)), QStringLiteral("place_withdrawn"));

    const Feed seenByA = feed(m_tokenA);
    verifyCheckpoints(seenByA);
    const QJsonObject row = seenByA.latest(QStringLiteral("org:") + m_orgA, QStringLiteral("place"), offered.id);
    QCOMPARE(row[QStringLiteral("version")].toInteger(), 2);
    QCOMPARE(row[QStringLiteral("data")][QStringLiteral("status")].toString(), QStringLiteral("withdrawn"));
    QCOMPARE(row[QStringLiteral("data")][QStringLiteral("withdrawn_at")], done[QStringLiteral("result")][QStringLiteral("withdrawn_at")]);
    QCOMPARE(seenByA.versions(QStringLiteral("org:") + m_orgA, QStringLiteral("place"), offered.id).size(), 2);

    // RULES 2.9: a place a direction holds is not withdrawn.
    const Place held = place(m_orgA);
    QCOMPARE(code(publish(m_tokenA, held)), QStringLiteral("applied"));
    std::unique_ptr<ServerDb> db = openStore();
    QVERIFY(db);
    QVERIFY(inWriteTransaction<bool>(*db, [&](ServerDb &store) -> ServerResult<bool> {
                if (ServerStatus s = RegionPlaces::setDirected(store, held.id, QStringLiteral("KRG-9"), QDateTime::currentDateTimeUtc()); !s)
                    return s.error();
                return true;
            }).ok());
    const QJsonObject refused = send(m_tokenA, QStringLiteral("withdraw_place"), QJsonObject{{QStringLiteral("place_id"), held.id}});
    QCOMPARE(code(refused), QStringLiteral("place_has_direction"));
    QCOMPARE(refused[QStringLiteral("details")][QStringLiteral("direction_number")].toString(), QStringLiteral("KRG-9"));
}

void TestServerPlaces::freeOnlyAnEarlyBookingPlace()
{
    const Place general = place(m_orgA);
    const Place early = place(m_orgA, AdmissionMode::EarlyBooking);
    QCOMPARE(code(publish(m_tokenA, general)), QStringLiteral("applied"));
    QCOMPARE(code(publish(m_tokenA, early)), QStringLiteral("applied"));
    auto freeing = [](const Place &p, const QDate &on) {
        return QJsonObject{{QStringLiteral("place_id"), p.id}, {QStringLiteral("freed_on"), on.toString(Qt::ISODate)}};
    };
    const QDate today = QDate::currentDate();
    QCOMPARE(code(send(m_tokenA, QStringLiteral("free_place"), freeing(general, today))), QStringLiteral("not_early_booking"));
    QCOMPARE(code(send(m_tokenA, QStringLiteral("free_place"), freeing(early, today.addDays(5)))), QStringLiteral("invalid_freed_on"));
    QCOMPARE(code(send(m_tokenA, QStringLiteral("free_place"), QJsonObject{{QStringLiteral("place_id"), early.id},
                                                                        {QStringLiteral("freed_on"), QStringLiteral("вчера")}})),
             QStringLiteral("invalid_freed_on"));
    QCOMPARE(code(send(m_tokenB, QStringLiteral("free_place"), freeing(early, today))), QStringLiteral("not_found"));
    const QJsonObject freed = send(m_tokenA, QStringLiteral("free_place"), freeing(early, today));
    QCOMPARE(code(freed), QStringLiteral("applied"));
    QCOMPARE(freed[QStringLiteral("result")][QStringLiteral("version")].toInteger(), 2);
    QVERIFY(!freed[QStringLiteral("result")].toObject().contains(QStringLiteral("direction_number")));

    const Feed seenByA = feed(m_tokenA);
    verifyCheckpoints(seenByA);
    QCOMPARE(seenByA.latest(QStringLiteral("org:") + m_orgA, QStringLiteral("place"), early.id)[QStringLiteral("data")][QStringLiteral("freed_on")].toString(),
             today.toString(Qt::ISODate));
    QCOMPARE(seenByA.versions(QStringLiteral("org:") + m_orgA, QStringLiteral("place"), general.id).size(), 1);
}

void TestServerPlaces::freeingADirectedPlaceFreesItsDirection()
{
    // A queued application of desk A and an early-booking direction for it (the CLI's import).
    const Application application = m_applications.next();
    QCOMPARE(code(post(m_tokenA, {registration(m_lastSeq.value(m_tokenA) + 1, application)})[QStringLiteral("results")][0].toObject()),
             QStringLiteral("applied"));
    m_lastSeq[m_tokenA] += 1;
    QJsonObject issued = directionRecord(QStringLiteral("KRG-1"), m_orgA, application, QDateTime::currentDateTimeUtc().addDays(-1));
    issued.insert(QStringLiteral("admission_mode"), QStringLiteral("early_booking"));
    const QString imported = importDirections(*m_server, m_dir, QStringLiteral("directions"), {issued});
    QVERIFY2(imported.isEmpty(), qPrintable(imported));

    const Place early = place(m_orgA, AdmissionMode::EarlyBooking);
    QCOMPARE(code(publish(m_tokenA, early)), QStringLiteral("applied"));
    std::unique_ptr<ServerDb> db = openStore();
    QVERIFY(db);
    QVERIFY(inWriteTransaction<bool>(*db, [&](ServerDb &store) -> ServerResult<bool> {
                if (ServerStatus s = RegionPlaces::setDirected(store, early.id, QStringLiteral("KRG-1"), QDateTime::currentDateTimeUtc()); !s)
                    return s.error();
                return true;
            }).ok());

    const QDate today = QDate::currentDate();
    const QJsonObject freed = send(m_tokenA, QStringLiteral("free_place"),
                                   QJsonObject{{QStringLiteral("place_id"), early.id}, {QStringLiteral("freed_on"), today.toString(Qt::ISODate)}});
    QVERIFY2(code(freed) == QStringLiteral("applied"), QJsonDocument(freed).toJson().constData());
    QCOMPARE(freed[QStringLiteral("result")][QStringLiteral("direction_number")].toString(), QStringLiteral("KRG-1"));
    QCOMPARE(freed[QStringLiteral("result")][QStringLiteral("direction_version")].toInteger(), 2);
    QCOMPARE(freed[QStringLiteral("result")][QStringLiteral("version")].toInteger(), 3);

    // Both come to the kindergarten's desks: the direction's clock starts at the freeing (RULES 5).
    const Feed seenByA = feed(m_tokenA);
    verifyCheckpoints(seenByA);
    QJsonObject direction;
    for (const QJsonValue &change : seenByA.changes)
        if (change[QStringLiteral("entity")].toString() == QStringLiteral("direction") && change[QStringLiteral("id")].toString() == QStringLiteral("KRG-1"))
            direction = change.toObject();
    QCOMPARE(direction[QStringLiteral("version")].toInteger(), 2);
    QCOMPARE(direction[QStringLiteral("data")][QStringLiteral("freed_on")].toString(), today.toString(Qt::ISODate));
    const QJsonObject row = seenByA.latest(QStringLiteral("org:") + m_orgA, QStringLiteral("place"), early.id);
    QCOMPARE(row[QStringLiteral("data")][QStringLiteral("status")].toString(), QStringLiteral("directed"));
    QCOMPARE(row[QStringLiteral("data")][QStringLiteral("direction_number")].toString(), QStringLiteral("KRG-1"));
    QCOMPARE(row[QStringLiteral("data")][QStringLiteral("freed_on")].toString(), today.toString(Qt::ISODate));
    const Run verified = m_server->cli({QStringLiteral("journal"), QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
}

void TestServerPlaces::distributionStepsMoveThePlace()
{
    const Place first = place(m_orgA);
    const Place second = place(m_orgB);
    QCOMPARE(code(publish(m_tokenA, first)), QStringLiteral("applied"));
    QCOMPARE(code(publish(m_tokenB, second)), QStringLiteral("applied"));
    std::unique_ptr<ServerDb> db = openStore();
    QVERIFY(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto inTransaction = [&](auto &&work) -> ServerStatus {
        ServerResult<bool> done = inWriteTransaction<bool>(*db, [&](ServerDb &store) -> ServerResult<bool> {
            if (ServerStatus s = work(store); !s)
                return s.error();
            return true;
        });
        return done ? ServerStatus() : ServerStatus(done.error());
    };
    auto openIds = [&] {
        QStringList ids;
        ServerResult<QList<Place>> open = RegionPlaces::openPlaces(*db);
        if (open)
            for (const Place &p : open.value())
                ids.append(p.id);
        return ids;
    };
    QCOMPARE(openIds(), (QStringList{first.id, second.id})); // bulletin order, the whole region

    QVERIFY(inTransaction([&](ServerDb &s) { return RegionPlaces::setDirected(s, first.id, QStringLiteral("KRG-7"), now); }).ok());
    QCOMPARE(openIds(), QStringList{second.id});
    const ServerStatus twice = inTransaction([&](ServerDb &s) { return RegionPlaces::setDirected(s, first.id, QStringLiteral("KRG-8"), now); });
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, QStringLiteral("place_not_open"));
    QCOMPARE(inTransaction([&](ServerDb &s) { return RegionPlaces::setFilled(s, second.id, now); }).error().code,
             QStringLiteral("place_not_directed"));
    QCOMPARE(inTransaction([&](ServerDb &s) { return RegionPlaces::reopen(s, uuid(), now); }).error().code, QStringLiteral("not_found"));

    // The direction expired: back to distribution in its old place in the order (RULES 5).
    QVERIFY(inTransaction([&](ServerDb &s) { return RegionPlaces::reopen(s, first.id, now); }).ok());
    QCOMPARE(openIds(), (QStringList{first.id, second.id}));
    QVERIFY(inTransaction([&](ServerDb &s) { return RegionPlaces::setDirected(s, first.id, QStringLiteral("KRG-8"), now); }).ok());
    ServerResult<std::optional<RegionPlace>> held = RegionPlaces::heldBy(*db, QStringLiteral("KRG-8"));
    QVERIFY(held.ok() && held.value());
    QCOMPARE(held.value()->place.id, first.id);
    QCOMPARE(held.value()->version, 4);
    QVERIFY(inTransaction([&](ServerDb &s) { return RegionPlaces::setFilled(s, first.id, now); }).ok());
    QCOMPARE(openIds(), QStringList{second.id});
    held = RegionPlaces::heldBy(*db, QStringLiteral("KRG-7"));
    QVERIFY(held.ok() && !held.value());

    const Feed seenByA = feed(m_tokenA);
    verifyCheckpoints(seenByA);
    const QList<QJsonObject> versions = seenByA.versions(QStringLiteral("org:") + m_orgA, QStringLiteral("place"), first.id);
    QStringList states;
    for (const QJsonObject &v : versions)
        states.append(v[QStringLiteral("data")][QStringLiteral("status")].toString() + u'/'
                      + v[QStringLiteral("data")][QStringLiteral("direction_number")].toString());
    QCOMPARE(states, (QStringList{QStringLiteral("open/"), QStringLiteral("directed/KRG-7"), QStringLiteral("open/"),
                                  QStringLiteral("directed/KRG-8"), QStringLiteral("filled/KRG-8")}));
    QVERIFY(!seenByA.mentions(second.id));

    const Run listed = m_server->cli({QStringLiteral("places"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("filled")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.out.count(u'\n'), 1);
    QVERIFY(listed.out.contains(first.id + u'\t' + m_orgA + QStringLiteral("\tfilled\t")));
    QCOMPARE(m_server->cli({QStringLiteral("places"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("bogus")}).exitCode, 2);
}

void TestServerPlaces::importCountsAndReportsBadRecords()
{
    const Place good = place(m_orgA, AdmissionMode::TemporaryStay);
    const Place second = place(m_orgB);
    Place unknownOrg = place(uuid());
    Place invalid = place(m_orgA);
    invalid.groupName.clear();
    const QJsonArray records{PlaceJson::toJson(good), PlaceJson::toJson(unknownOrg), PlaceJson::toJson(invalid),
                             QJsonObject{{QStringLiteral("id"), uuid()}, {QStringLiteral("language"), 7}}, PlaceJson::toJson(second)};
    const QString path = writeFile(QStringLiteral("places.json"), QJsonDocument(records).toJson());
    const Run run = m_server->cli({QStringLiteral("places"), QStringLiteral("import"), path});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out.trimmed(), QStringLiteral("imported 2, already present 0, rejected 3"));
    QVERIFY2(run.err.contains(QStringLiteral("record 2: org_not_found")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("record 3: invalid_place")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("record 4: invalid_place")), qPrintable(run.err));

    // Again: the two are present, nothing written twice.
    const Run again = m_server->cli({QStringLiteral("places"), QStringLiteral("import"), path});
    QCOMPARE(again.out.trimmed(), QStringLiteral("imported 0, already present 2, rejected 3"));
    const Run clean = m_server->cli({QStringLiteral("places"), QStringLiteral("import"),
                                     writeFile(QStringLiteral("one.json"), QJsonDocument(QJsonArray{PlaceJson::toJson(good)}).toJson())});
    QCOMPARE(clean.exitCode, 0);
    QCOMPARE(clean.out.trimmed(), QStringLiteral("imported 0, already present 1, rejected 0"));
    const Run notArray = m_server->cli({QStringLiteral("places"), QStringLiteral("import"),
                                        writeFile(QStringLiteral("object.json"), QJsonDocument(PlaceJson::toJson(good)).toJson())});
    QCOMPARE(notArray.exitCode, 1);

    const Run listed = m_server->cli({QStringLiteral("places"), QStringLiteral("list"), QStringLiteral("--org"), m_orgA});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.out.count(u'\n'), 1);
    QVERIFY(listed.out.contains(good.id));
    QVERIFY(!listed.out.contains(second.id));

    // The desks of its kindergarten download an imported place like a published one (the
    // running server sees another process's commit).
    Feed seenByA;
    for (int attempt = 0; attempt < 20 && seenByA.latest(QStringLiteral("org:") + m_orgA, QStringLiteral("place"), good.id).isEmpty(); ++attempt) {
        seenByA = feed(m_tokenA);
        if (seenByA.latest(QStringLiteral("org:") + m_orgA, QStringLiteral("place"), good.id).isEmpty())
            QTest::qWait(200);
    }
    QCOMPARE(seenByA.versions(QStringLiteral("org:") + m_orgA, QStringLiteral("place"), good.id).size(), 1);
    QVERIFY(!seenByA.mentions(second.id));
}

void TestServerPlaces::bulletinsListTheDayInTimeOrder()
{
    // Three places in one batch: one server moment, yet the bulletin keeps the order applied.
    QList<Place> places;
    QJsonArray commands;
    for (int i = 0; i < 3; ++i) {
        places.append(place(m_orgA));
        // ids in descending order, so that an order by id alone would be the wrong one.
        places.last().id = QStringLiteral("%1-0000-4000-8000-000000000000").arg(9 - i, 8, 10, QLatin1Char('0'));
        commands.append(command(m_lastSeq.value(m_tokenA) + 1 + i, QStringLiteral("publish_place"), PlaceJson::toJson(places.last())));
    }
    const QJsonObject answer = post(m_tokenA, commands);
    m_lastSeq[m_tokenA] += 3;
    for (const QJsonValue &outcome : answer[QStringLiteral("results")].toArray())
        QCOMPARE(code(outcome.toObject()), QStringLiteral("applied"));
    const Place atB = place(m_orgB);
    QCOMPARE(code(publish(m_tokenB, atB)), QStringLiteral("applied"));
    QCOMPARE(code(send(m_tokenA, QStringLiteral("withdraw_place"), QJsonObject{{QStringLiteral("place_id"), places.at(1).id}})),
             QStringLiteral("applied"));

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    auto bulletin = [&](const QString &kind, const QStringList &extra = {}) {
        return m_server->cli(QStringList{QStringLiteral("bulletin"), QStringLiteral("--date"), today, QStringLiteral("--kind"), kind} + extra);
    };
    auto idsOf = [](const Run &run) {
        QStringList ids;
        for (const QString &row : run.out.split(u'\n', Qt::SkipEmptyParts))
            ids.append(row.section(u'\t', 1, 1));
        return ids;
    };
    const Run freed = bulletin(QStringLiteral("freed"));
    QCOMPARE(freed.exitCode, 0);
    QCOMPARE(idsOf(freed), (QStringList{places.at(0).id, places.at(1).id, places.at(2).id, atB.id}));
    QCOMPARE(idsOf(bulletin(QStringLiteral("freed"), {QStringLiteral("--org"), m_orgB})), QStringList{atB.id});
    QCOMPARE(idsOf(bulletin(QStringLiteral("withdrawn"))), QStringList{places.at(1).id});

    const Run json = bulletin(QStringLiteral("freed"), {QStringLiteral("--org"), m_orgA, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject document = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(document[QStringLiteral("kind")].toString(), QStringLiteral("freed"));
    QCOMPARE(document[QStringLiteral("date")].toString(), today);
    const QJsonArray listed = document[QStringLiteral("places")].toArray();
    QCOMPARE(listed.size(), 3);
    QDateTime previous;
    for (qsizetype i = 0; i < listed.size(); ++i) {
        QCOMPARE(listed.at(i)[QStringLiteral("id")].toString(), places.at(i).id);
        const QDateTime at = QDateTime::fromString(listed.at(i)[QStringLiteral("published_at")].toString(), Qt::ISODateWithMs);
        QVERIFY(!previous.isValid() || at > previous);
        previous = at;
    }
    QCOMPARE(bulletin(QStringLiteral("freed"), {QStringLiteral("--date"), QDate::currentDate().addDays(-1).toString(Qt::ISODate)})
                 .out, QString());
    QCOMPARE(bulletin(QStringLiteral("returned")).exitCode, 2);

    // The region's bulletin on paper (issue 12 item 1): the server's list, printed by the desk's
    // console tool without a store, each place with its kindergarten named in the letter's
    // language, read back from the PDF.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const Run region = bulletin(QStringLiteral("freed"), {QStringLiteral("--json")});
    QVERIFY2(region.exitCode == 0, qPrintable(region.out + region.err));
    const QString listFile = folder.filePath(QStringLiteral("freed.json"));
    {
        QFile file(listFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(region.out.toUtf8());
    }
    for (const QString &language : {QStringLiteral("kk"), QStringLiteral("ru")}) {
        const bool kk = language == QStringLiteral("kk");
        const QString pdf = folder.filePath(QStringLiteral("region-%1.pdf").arg(language));
        const ProcessTestHelpers::Result printed = ProcessTestHelpers::runCli({QStringLiteral("--lang"), language, QStringLiteral("print"), QStringLiteral("bulletin"),
                                       QStringLiteral("--from"), listFile, QStringLiteral("--out"), pdf});
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        for (const QString &expected :
             kk ? QStringList{QStringLiteral("Босаған орындар бюллетені"), QStringLiteral("өңірдің барлық балабақшалары"),
                              QStringLiteral("№1 балабақша"), QStringLiteral("№2 балабақша"), QStringLiteral("Жазбалар саны: 4"),
                              QStringLiteral("балабақшалар саны: 2"), QStringLiteral("Тексеру коды:")}
                : QStringList{QStringLiteral("Бюллетень освободившихся мест"), QStringLiteral("все детские сады региона"),
                              QStringLiteral("Детский сад №1"), QStringLiteral("Детский сад №2"), QStringLiteral("Всего записей: 4"),
                              QStringLiteral("детских садов: 2"), QStringLiteral("Код проверки:")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
        QVERIFY2(!text.contains(kk ? QStringLiteral("Детский сад №1") : QStringLiteral("№1 балабақша")), qPrintable(text));
        // RULES 11: the paper carries the code the server kept when it wrote the list.
        QVERIFY2(text.contains(QJsonDocument::fromJson(region.out.toUtf8())[QStringLiteral("verification_code")].toString()),
                 qPrintable(text));
    }
    // The server confirms both bulletins' codes to whoever holds the paper: the region's (no one
    // kindergarten) and kindergarten A's.
    const QString regionCode = QJsonDocument::fromJson(region.out.toUtf8())[QStringLiteral("verification_code")].toString();
    QCOMPARE(regionCode.size(), 10);
    HttpReply verified = m_server->get("/api/v1/verify/" + regionCode.toUtf8());
    QCOMPARE(verified.status, 200);
    QCOMPARE(verified.json()[QStringLiteral("kind")].toString(), QStringLiteral("bulletin_freed"));
    QCOMPARE(verified.json()[QStringLiteral("date")].toString(), today);
    QCOMPARE(verified.json()[QStringLiteral("records")].toInt(), 4);
    QVERIFY(verified.json()[QStringLiteral("kindergarten")].isNull());
    const QString codeA = document[QStringLiteral("verification_code")].toString();
    QVERIFY(codeA != regionCode);
    verified = m_server->get("/api/v1/verify/" + codeA.toUtf8());
    QCOMPARE(verified.status, 200);
    QCOMPARE(verified.json()[QStringLiteral("records")].toInt(), 3);
    QCOMPARE(verified.json()[QStringLiteral("kindergarten")][QStringLiteral("ru")].toString(), QStringLiteral("Детский сад №1"));
    // Written again, the same list has the same code, kept once; a kindergarten the region does
    // not have is refused.
    QCOMPARE(QJsonDocument::fromJson(bulletin(QStringLiteral("freed"), {QStringLiteral("--json")}).out.toUtf8())
                 [QStringLiteral("verification_code")].toString(),
             regionCode);
    QCOMPARE(bulletin(QStringLiteral("freed"), {QStringLiteral("--org"), QStringLiteral("no-such-org"), QStringLiteral("--json")})
                 .exitCode,
             1);
    const Run journal = m_server->cli({QStringLiteral("journal"), QStringLiteral("verify")});
    QVERIFY2(journal.exitCode == 0, qPrintable(journal.out + journal.err));
    // A list whose places were changed after the server wrote it is not printed: its code would
    // be one the server cannot confirm.
    QJsonObject edited = QJsonDocument::fromJson(region.out.toUtf8()).object();
    QJsonArray fewer = edited[QStringLiteral("places")].toArray();
    fewer.removeLast();
    edited.insert(QStringLiteral("places"), fewer);
    const QString editedFile = folder.filePath(QStringLiteral("edited.json"));
    {
        QFile file(editedFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(edited).toJson());
    }
    const ProcessTestHelpers::Result notPrinted = ProcessTestHelpers::runCli(
        {QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("print"), QStringLiteral("bulletin"), QStringLiteral("--from"),
         editedFile, QStringLiteral("--out"), folder.filePath(QStringLiteral("edited.pdf"))});
    QCOMPARE(notPrinted.exitCode, 3);
    QVERIFY2(notPrinted.err.contains(QStringLiteral("код проверки")), qPrintable(notPrinted.err));
    QVERIFY(!QFile::exists(folder.filePath(QStringLiteral("edited.pdf"))));
    // A file that is not the server's list: one line, exit 3, no PDF.
    const QString wrong = folder.filePath(QStringLiteral("wrong.json"));
    {
        QFile file(wrong);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"kind\": \"freed\", \"date\": \"2026-12-04\", \"places\": [{\"id\": 5}]}");
    }
    const ProcessTestHelpers::Result refused = ProcessTestHelpers::runCli({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("print"), QStringLiteral("bulletin"),
                                   QStringLiteral("--from"), wrong, QStringLiteral("--out"), folder.filePath(QStringLiteral("no.pdf"))});
    QCOMPARE(refused.exitCode, 3);
    QCOMPARE(refused.err.trimmed().count(u'\n'), 0);
    QVERIFY2(refused.err.contains(QStringLiteral("место 1")), qPrintable(refused.err)); // in the language asked for
    QVERIFY(!QFile::exists(folder.filePath(QStringLiteral("no.pdf"))));
}

QTEST_GUILESS_MAIN(TestServerPlaces)
#include "tst_server_places.moc"
