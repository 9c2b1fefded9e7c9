// The desk's service commands on a real qabyldau-server process, over HTTP on loopback, on SQLite
// or (with QABYLDAU_TEST_PG_URL_FILE) on PostgreSQL: contracts, refusals, service stages,
// extensions, freed places, complaints and the bulk import's acknowledgement. Each applied case
// checks what the desks see through GET /api/v1/changes (the new versions in the right partitions,
// the checkpoints' count and checksum recomputed with core's PartitionChecksum); each type has a
// rejected case; a replayed command changes nothing.
#include "ServerTestHelpers.h"

#include "domain/Enrollment.h"
#include "store/CanonicalJson.h"
#include "store/EnrollmentStore.h"
#include "sync/PartitionChecksum.h"

#include <QHash>
#include <QJsonArray>
#include <QTest>

using namespace ServerTest;

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestServerEnrollment : public QObject, protected TwoKindergartenFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void contractClosesDirectionAndArchivesApplication();
    void contractIsRejectedWhenNotTheDesksOrNotInForceOrTampered();
    void refusalReturnsApplicationToQueue();
    void refusalOnFalseDocumentsStopLists();
    void refusalWithoutAKnownGroundIsRejected();
    void serviceStagesAreKeptOnceAndNotPublished();
    void extensionOnce();
    void freedPlaceOnlyForEarlyBooking();
    void complaintsStayWithTheirKindergarten();
    void bulkImportIsAcknowledgedWithoutRegistering();
    void verificationCodeConfirmsTheDocumentOnly();
    void printedDocumentCodesAreKeptAndConfirmed();

private:
    // A queued application registered by desk A, and a direction to orgId for it (CLI import).
    Application registerAtA();
    // Issued yesterday unless issuedAt is given.
    void issueDirection(const QString &number, const QString &orgId, const Application &application,
                        const QString &admissionMode = QStringLiteral("general"), const QDateTime &issuedAt = {});
    QJsonObject contract(const QString &directionNumber, const Application &application, const QString &number) const;
    QJsonObject refusal(const QString &directionNumber, const Application &application, const QStringList &grounds) const;
};

void TestServerEnrollment::initTestCase()
{
    QVERIFY2(QFile::exists(serverPath()), qPrintable(serverPath()));
    if (onPostgres())
        QVERIFY2(postgresBaseUrl().startsWith(QStringLiteral("postgresql://")), qPrintable(postgresBaseUrl()));
}

void TestServerEnrollment::init()
{
    const QString failed = startTwoKindergartens();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestServerEnrollment::cleanup()
{
    stopServer();
}


Application TestServerEnrollment::registerAtA()
{
    const Application application = m_applications.next();
    const qint64 seq = m_lastSeq.value(m_tokenA) + 1;
    const QJsonObject answer = post(m_tokenA, {registration(seq, application)});
    m_lastSeq.insert(m_tokenA, seq);
    [&] { QCOMPARE(answer[QStringLiteral("results")][0][QStringLiteral("status")].toString(), QStringLiteral("applied")); }();
    return application;
}

void TestServerEnrollment::issueDirection(const QString &number, const QString &orgId, const Application &application,
                                          const QString &admissionMode, const QDateTime &issuedAt)
{
    QJsonObject record = directionRecord(number, orgId, application,
                                         issuedAt.isValid() ? issuedAt : QDateTime::currentDateTimeUtc().addDays(-1));
    record.insert(QStringLiteral("admission_mode"), admissionMode);
    const QString failed = importDirections(*m_server, m_dir, number, {record});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

QJsonObject TestServerEnrollment::contract(const QString &directionNumber, const Application &application, const QString &number) const
{
    ContractRecord c;
    c.number = number;
    c.date = QDate::currentDate();
    c.directionNumber = directionNumber;
    c.applicationId = application.id;
    c.sessionId = uuid();
    c.parent = application.applicant;
    c.parentIin = application.applicantIin;
    // Issue 13 item 1: the ID document in parts, as the desk's contract dialog records it; the
    // server keeps the payload whole and checks the code over it.
    c.parentIdDocumentDetails.kind = IdDocumentKind::IdentityCard;
    c.parentIdDocumentDetails.number = QStringLiteral("012345678");
    c.parentIdDocumentDetails.issuedOn = QDate(2020, 2, 1);
    c.parentIdDocumentDetails.issuer = IdDocumentIssuer::InternalAffairs;
    c.parentAddress = QStringLiteral("Қарағанды қ., Бұқар жырау даңғылы, 1");
    c.phones = application.phones;
    c.startsOn = c.date.addDays(1);
    c.clerk = QStringLiteral("Тест Клерк");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    c.recordedAt = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    QJsonObject json = EnrollmentStore::toJson(c);
    json.insert(QStringLiteral("verification_code"), EnrollmentStore::verificationCode(c));
    return json;
}

QJsonObject TestServerEnrollment::refusal(const QString &directionNumber, const Application &application, const QStringList &grounds) const
{
    RefusalRecord r;
    r.number = QStringLiteral("Б-%1-0001").arg(QDate::currentDate().year());
    r.date = QDate::currentDate();
    r.directionNumber = directionNumber;
    r.applicationId = application.id;
    for (const QString &code : grounds)
        if (const std::optional<RefusalGround> ground = RefusalGrounds::fromCode(code))
            r.grounds.append(*ground);
    r.faultyItems = {ChecklistItem::HealthCertificate};
    r.reasons = QStringLiteral("Денсаулық туралы анықтама жоқ");
    r.clerk = QStringLiteral("Тест Клерк");
    r.recordedAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    QJsonObject json = EnrollmentStore::toJson(r);
    // The codes as given, known or not: the server is the one to refuse an unknown one.
    QJsonArray codes;
    for (const QString &code : grounds)
        codes.append(code);
    json.insert(QStringLiteral("grounds"), codes);
    QJsonObject unsigned_ = json;
    json.insert(QStringLiteral("verification_code"), CanonicalJson::sha256Hex(unsigned_).left(10));
    return json;
}

void TestServerEnrollment::contractClosesDirectionAndArchivesApplication()
{
    const Application application = registerAtA();
    issueDirection(QStringLiteral("KRG-1"), m_orgA, application);
    const QJsonObject payload = contract(QStringLiteral("KRG-1"), application, QStringLiteral("2026-0001"));
    const QJsonObject enroll = command(m_lastSeq.value(m_tokenA) + 1, QStringLiteral("record_enrollment"), payload);
    const QJsonObject answer = post(m_tokenA, {enroll});
    m_lastSeq.insert(m_tokenA, enroll[QStringLiteral("desk_seq")].toInteger());
    const QJsonObject outcome = answer[QStringLiteral("results")][0].toObject();
    QVERIFY2(outcome[QStringLiteral("status")].toString() == QStringLiteral("applied"), QJsonDocument(outcome).toJson().constData());
    QCOMPARE(outcome[QStringLiteral("result")][QStringLiteral("direction_status")].toString(), QStringLiteral("used"));
    QCOMPARE(outcome[QStringLiteral("result")][QStringLiteral("application")][QStringLiteral("status")].toString(), QStringLiteral("archived"));
    QCOMPARE(outcome[QStringLiteral("result")][QStringLiteral("application")][QStringLiteral("archive_reason")].toString(), QStringLiteral("enrolled"));

    const Feed seenByA = feed(m_tokenA);
    verifyCheckpoints(seenByA);
    // The direction's new version, whole, in its kindergarten's partition (RULES 5: used).
    const QJsonObject direction = seenByA.latest(QStringLiteral("org:") + m_orgA, QStringLiteral("direction"), QStringLiteral("KRG-1"));
    QCOMPARE(direction[QStringLiteral("version")].toInteger(), 2);
    QCOMPARE(direction[QStringLiteral("data")][QStringLiteral("status")].toString(), QStringLiteral("used"));
    QCOMPARE(direction[QStringLiteral("data")][QStringLiteral("closed_at")].toString(), payload[QStringLiteral("recorded_at")].toString());
    // Nothing else of the direction changed on its way through the server.
    QJsonObject issued;
    for (const QJsonValue &change : seenByA.changes)
        if (change[QStringLiteral("entity")].toString() == QStringLiteral("direction") && change[QStringLiteral("version")].toInteger() == 1)
            issued = change[QStringLiteral("data")].toObject();
    QJsonObject used = direction[QStringLiteral("data")].toObject();
    QCOMPARE(issued.value(QStringLiteral("status")).toString(), QStringLiteral("issued"));
    for (const QString &key : {QStringLiteral("status"), QStringLiteral("closed_at")}) {
        issued.remove(key);
        used.remove(key);
    }
    QCOMPARE(used, issued);
    // The application: registered (1), direction issued (2), archived as enrolled (3) (RULES def. 1),
    // anonymous in its birth year, whole for the kindergarten that registered it.
    const QString year = QStringLiteral("year:%1").arg(application.childBirthDate.year());
    const QJsonObject anonymous = seenByA.latest(year, QStringLiteral("application"), application.id);
    QCOMPARE(anonymous[QStringLiteral("version")].toInteger(), 3);
    QCOMPARE(anonymous[QStringLiteral("data")][QStringLiteral("status")].toString(), QStringLiteral("archived"));
    QVERIFY(!anonymous[QStringLiteral("data")].toObject().contains(QStringLiteral("child_iin")));
    const QJsonObject full = seenByA.latest(QStringLiteral("org:") + m_orgA, QStringLiteral("application"), application.id);
    QCOMPARE(full[QStringLiteral("version")].toInteger(), 3);
    QCOMPARE(full[QStringLiteral("data")][QStringLiteral("archive_reason")].toString(), QStringLiteral("enrolled"));

    // The other kindergarten sees the anonymous row, never the direction or the contract's parent.
    const Feed seenByB = feed(m_tokenB);
    verifyCheckpoints(seenByB);
    QCOMPARE(seenByB.latest(year, QStringLiteral("application"), application.id)[QStringLiteral("version")].toInteger(), 3);
    QVERIFY(!seenByB.mentions(QStringLiteral("KRG-1")));
    QVERIFY(!seenByB.mentions(application.childIin));

    // The child left the queue: no active application in the region any more.
    QCOMPARE(m_server->get("/api/v1/queue/position?iin=" + application.childIin.toUtf8(), m_tokenB).status, 404);

    // The same command again (a retry after a lost response): its outcome, nothing new.
    const QJsonObject replay = post(m_tokenA, {enroll})[QStringLiteral("results")][0].toObject();
    QCOMPARE(replay[QStringLiteral("replayed")].toBool(), true);
    QCOMPARE(replay[QStringLiteral("result")].toObject(), outcome[QStringLiteral("result")].toObject());
    QCOMPARE(feed(m_tokenA).changes.size(), seenByA.changes.size());

    // RULES def. 2: the contract's, the direction's and the application's entries chain on.
    const Run verified = m_server->cli({QStringLiteral("journal"), QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
}

void TestServerEnrollment::contractIsRejectedWhenNotTheDesksOrNotInForceOrTampered()
{
    const Application first = registerAtA();
    const Application second = registerAtA();
    issueDirection(QStringLiteral("KRG-1"), m_orgA, first);
    issueDirection(QStringLiteral("KRG-2"), m_orgA, second);
    const int changesBefore = feed(m_tokenA).changes.size();

    // Another kindergarten's direction does not exist for this desk.
    const QJsonObject stranger = send(m_tokenB, QStringLiteral("record_enrollment"), contract(QStringLiteral("KRG-1"), first, QStringLiteral("1")));
    QCOMPARE(stranger[QStringLiteral("status")].toString(), QStringLiteral("rejected"));
    QCOMPARE(stranger[QStringLiteral("code")].toString(), QStringLiteral("not_found"));
    QCOMPARE(send(m_tokenA, QStringLiteral("record_enrollment"), contract(QStringLiteral("KRG-404"), first, QStringLiteral("1")))
                 [QStringLiteral("code")].toString(),
             QStringLiteral("not_found"));

    // RULES 11: a contract whose verification code does not match its contents.
    QJsonObject tampered = contract(QStringLiteral("KRG-2"), second, QStringLiteral("2026-0002"));
    tampered.insert(QStringLiteral("parent_address"), QStringLiteral("басқа мекенжай"));
    const QJsonObject refused = send(m_tokenA, QStringLiteral("record_enrollment"), tampered);
    QCOMPARE(refused[QStringLiteral("code")].toString(), QStringLiteral("invalid_contract"));
    QCOMPARE(refused[QStringLiteral("details")][QStringLiteral("field")].toString(), QStringLiteral("verification_code"));
    // A contract for another application than the direction's.
    QCOMPARE(send(m_tokenA, QStringLiteral("record_enrollment"), contract(QStringLiteral("KRG-2"), first, QStringLiteral("2026-0002")))
                 [QStringLiteral("details")][QStringLiteral("field")].toString(),
             QStringLiteral("application_id"));
    // A contract dated after the day the desk wrote it.
    QJsonObject future = contract(QStringLiteral("KRG-2"), second, QStringLiteral("2026-0002"));
    future.insert(QStringLiteral("date"), QDate::currentDate().addDays(3).toString(Qt::ISODate));
    future.remove(QStringLiteral("verification_code"));
    future.insert(QStringLiteral("verification_code"), CanonicalJson::sha256Hex(future).left(10));
    const QJsonObject early = send(m_tokenA, QStringLiteral("record_enrollment"), future);
    QCOMPARE(early[QStringLiteral("code")].toString(), QStringLiteral("invalid_contract"));
    QCOMPARE(early[QStringLiteral("details")][QStringLiteral("field")].toString(), QStringLiteral("date"));
    QCOMPARE(feed(m_tokenA).changes.size(), changesBefore); // nothing of it was published

    // RULES 5: a direction issued 40 days ago was valid 5 working days; a contract today is
    // refused by the server as the desk's checklist refuses it, whatever the desk sent.
    const Application late = registerAtA();
    issueDirection(QStringLiteral("KRG-3"), m_orgA, late, QStringLiteral("general"),
                   QDateTime::currentDateTimeUtc().addDays(-40));
    const QJsonObject stale = send(m_tokenA, QStringLiteral("record_enrollment"), contract(QStringLiteral("KRG-3"), late, QStringLiteral("2026-0004")));
    QCOMPARE(stale[QStringLiteral("code")].toString(), QStringLiteral("direction_not_in_force"));
    QCOMPARE(stale[QStringLiteral("details")][QStringLiteral("field")].toString(), QStringLiteral("date"));
    QVERIFY2(stale[QStringLiteral("message")].toString().contains(QStringLiteral("KRG-3")), QJsonDocument(stale).toJson().constData());

    // RULES 5: a used direction is closed; a second contract on it is refused.
    QCOMPARE(send(m_tokenA, QStringLiteral("record_enrollment"), contract(QStringLiteral("KRG-1"), first, QStringLiteral("2026-0001")))
                 [QStringLiteral("status")].toString(),
             QStringLiteral("applied"));
    const QJsonObject closed = send(m_tokenA, QStringLiteral("record_enrollment"), contract(QStringLiteral("KRG-1"), first, QStringLiteral("2026-0003")));
    QCOMPARE(closed[QStringLiteral("code")].toString(), QStringLiteral("direction_closed"));
    QCOMPARE(closed[QStringLiteral("details")][QStringLiteral("status")].toString(), QStringLiteral("used"));
    // The rejected commands used up their numbers.
    QCOMPARE(post(m_tokenA, {})[QStringLiteral("last_seq")].toInteger(), m_lastSeq.value(m_tokenA));
}

void TestServerEnrollment::refusalReturnsApplicationToQueue()
{
    const Application application = registerAtA();
    issueDirection(QStringLiteral("KRG-1"), m_orgA, application);
    const QJsonObject outcome = send(m_tokenA, QStringLiteral("record_refusal"), refusal(QStringLiteral("KRG-1"), application, {QStringLiteral("34.1")}));
    QVERIFY2(outcome[QStringLiteral("status")].toString() == QStringLiteral("applied"), QJsonDocument(outcome).toJson().constData());
    QCOMPARE(outcome[QStringLiteral("result")][QStringLiteral("application")][QStringLiteral("status")].toString(), QStringLiteral("queued"));

    const Feed seenByA = feed(m_tokenA);
    verifyCheckpoints(seenByA);
    const QJsonObject direction = seenByA.latest(QStringLiteral("org:") + m_orgA, QStringLiteral("direction"), QStringLiteral("KRG-1"));
    QCOMPARE(direction[QStringLiteral("version")].toInteger(), 2);
    QCOMPARE(direction[QStringLiteral("data")][QStringLiteral("status")].toString(), QStringLiteral("refused"));
    // RULES 5: back in the queue with its original filing time.
    const QString year = QStringLiteral("year:%1").arg(application.childBirthDate.year());
    const QJsonObject anonymous = seenByA.latest(year, QStringLiteral("application"), application.id);
    QCOMPARE(anonymous[QStringLiteral("version")].toInteger(), 3);
    QCOMPARE(anonymous[QStringLiteral("data")][QStringLiteral("status")].toString(), QStringLiteral("queued"));
    QCOMPARE(anonymous[QStringLiteral("data")][QStringLiteral("filed_at")].toString(),
             ApplicationJson::timestampValue(application.filedAt).toString());
    const QJsonObject position = m_server->get("/api/v1/queue/position?iin=" + application.childIin.toUtf8(), m_tokenB).json();
    QCOMPARE(position[QStringLiteral("status")].toString(), QStringLiteral("queued"));
    QCOMPARE(position[QStringLiteral("queue_number")].toInt(), 1);
}

void TestServerEnrollment::refusalOnFalseDocumentsStopLists()
{
    const Application application = registerAtA();
    issueDirection(QStringLiteral("KRG-1"), m_orgA, application);
    const QJsonObject outcome = send(m_tokenA, QStringLiteral("record_refusal"),
                                     refusal(QStringLiteral("KRG-1"), application, {QStringLiteral("34.3"), QStringLiteral("9.1")}));
    QCOMPARE(outcome[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    // RULES 5, def. 13: false documents or data send the application to the stop list.
    const QString until = QDate::currentDate().addDays(10).toString(Qt::ISODate);
    QCOMPARE(outcome[QStringLiteral("result")][QStringLiteral("application")][QStringLiteral("stop_listed_until")].toString(), until);
    const Feed seenByA = feed(m_tokenA);
    verifyCheckpoints(seenByA);
    const QJsonObject full = seenByA.latest(QStringLiteral("org:") + m_orgA, QStringLiteral("application"), application.id);
    QCOMPARE(full[QStringLiteral("version")].toInteger(), 3);
    QCOMPARE(full[QStringLiteral("data")][QStringLiteral("status")].toString(), QStringLiteral("stop_listed"));
    QCOMPARE(full[QStringLiteral("data")][QStringLiteral("stop_listed_until")].toString(), until);
    QCOMPARE(seenByA.latest(QStringLiteral("year:%1").arg(application.childBirthDate.year()), QStringLiteral("application"), application.id)
                 [QStringLiteral("data")][QStringLiteral("status")].toString(),
             QStringLiteral("stop_listed"));
}

void TestServerEnrollment::refusalWithoutAKnownGroundIsRejected()
{
    const Application application = registerAtA();
    issueDirection(QStringLiteral("KRG-1"), m_orgA, application);
    const int changesBefore = feed(m_tokenA).changes.size();
    const QJsonObject none = send(m_tokenA, QStringLiteral("record_refusal"), refusal(QStringLiteral("KRG-1"), application, {}));
    QCOMPARE(none[QStringLiteral("code")].toString(), QStringLiteral("invalid_refusal"));
    QCOMPARE(none[QStringLiteral("details")][QStringLiteral("field")].toString(), QStringLiteral("grounds"));
    QCOMPARE(send(m_tokenA, QStringLiteral("record_refusal"), refusal(QStringLiteral("KRG-1"), application, {QStringLiteral("99.9")}))
                 [QStringLiteral("code")].toString(),
             QStringLiteral("invalid_refusal"));
    QCOMPARE(send(m_tokenB, QStringLiteral("record_refusal"), refusal(QStringLiteral("KRG-1"), application, {QStringLiteral("34.1")}))
                 [QStringLiteral("code")].toString(),
             QStringLiteral("not_found"));
    QCOMPARE(feed(m_tokenA).changes.size(), changesBefore);
}

void TestServerEnrollment::serviceStagesAreKeptOnceAndNotPublished()
{
    const Application application = registerAtA();
    issueDirection(QStringLiteral("KRG-1"), m_orgA, application);
    const Feed before = feed(m_tokenA);
    const QString session = uuid();
    auto stage = [&](const QString &direction, const QString &name) {
        return QJsonObject{{QStringLiteral("session_id"), session},
                           {QStringLiteral("direction_number"), direction},
                           {QStringLiteral("channel"), QStringLiteral("office")},
                           {QStringLiteral("stage"), name},
                           {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    };
    const QJsonObject arrived = send(m_tokenA, QStringLiteral("service_stage"), stage(QStringLiteral("KRG-1"), QStringLiteral("arrived")));
    QCOMPARE(arrived[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    QCOMPARE(arrived[QStringLiteral("result")][QStringLiteral("stage")].toString(), QStringLiteral("arrived"));
    QCOMPARE(send(m_tokenA, QStringLiteral("service_stage"), stage(QStringLiteral("KRG-1"), QStringLiteral("service_started")))
                 [QStringLiteral("status")].toString(),
             QStringLiteral("applied"));
    // RULES 6.5: each stage of a session once.
    QCOMPARE(send(m_tokenA, QStringLiteral("service_stage"), stage(QStringLiteral("KRG-1"), QStringLiteral("arrived")))
                 [QStringLiteral("code")].toString(),
             QStringLiteral("stage_already_recorded"));
    QCOMPARE(send(m_tokenA, QStringLiteral("service_stage"), stage(QStringLiteral("KRG-1"), QStringLiteral("napping")))
                 [QStringLiteral("code")].toString(),
             QStringLiteral("invalid_stage"));
    QCOMPARE(send(m_tokenB, QStringLiteral("service_stage"), stage(QStringLiteral("KRG-1"), QStringLiteral("documents_handed_in")))
                 [QStringLiteral("code")].toString(),
             QStringLiteral("not_found"));
    // Monitoring data: kept, not published.
    const Feed after = feed(m_tokenA);
    QCOMPARE(after.changes.size(), before.changes.size());
    verifyCheckpoints(after);
}

void TestServerEnrollment::extensionOnce()
{
    const Application application = registerAtA();
    issueDirection(QStringLiteral("KRG-1"), m_orgA, application);
    // RULES 5 [P]: at most 30 calendar days past the end without extension (about a week from
    // the issue yesterday), and after the current end.
    QCOMPARE(send(m_tokenA, QStringLiteral("extend_direction"),
                  {{QStringLiteral("direction_number"), QStringLiteral("KRG-1")},
                   {QStringLiteral("extended_until"), QDate::currentDate().addDays(60).toString(Qt::ISODate)}})[QStringLiteral("code")]
                 .toString(),
             QStringLiteral("extension_too_long"));
    QCOMPARE(send(m_tokenA, QStringLiteral("extend_direction"),
                  {{QStringLiteral("direction_number"), QStringLiteral("KRG-1")},
                   {QStringLiteral("extended_until"), QDate::currentDate().toString(Qt::ISODate)}})[QStringLiteral("code")]
                 .toString(),
             QStringLiteral("invalid_extension"));
    const QString until = QDate::currentDate().addDays(20).toString(Qt::ISODate);
    const QJsonObject payload{{QStringLiteral("direction_number"), QStringLiteral("KRG-1")}, {QStringLiteral("extended_until"), until}};
    const QJsonObject extend = command(m_lastSeq.value(m_tokenA) + 1, QStringLiteral("extend_direction"), payload);
    const QJsonObject outcome = post(m_tokenA, {extend})[QStringLiteral("results")][0].toObject();
    QVERIFY2(outcome[QStringLiteral("status")].toString() == QStringLiteral("applied"), QJsonDocument(outcome).toJson().constData());
    m_lastSeq.insert(m_tokenA, extend[QStringLiteral("desk_seq")].toInteger());
    QCOMPARE(outcome[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    QCOMPARE(outcome[QStringLiteral("result")][QStringLiteral("version")].toInteger(), 2);

    const Feed seenByA = feed(m_tokenA);
    verifyCheckpoints(seenByA);
    const QJsonObject direction = seenByA.latest(QStringLiteral("org:") + m_orgA, QStringLiteral("direction"), QStringLiteral("KRG-1"));
    QCOMPARE(direction[QStringLiteral("version")].toInteger(), 2);
    QCOMPARE(direction[QStringLiteral("data")][QStringLiteral("extended_until")].toString(), until);
    QCOMPARE(direction[QStringLiteral("data")][QStringLiteral("status")].toString(), QStringLiteral("issued"));

    // Replayed: nothing new. RULES 5: a second extension is refused.
    QCOMPARE(post(m_tokenA, {extend})[QStringLiteral("results")][0][QStringLiteral("replayed")].toBool(), true);
    QCOMPARE(feed(m_tokenA).changes.size(), seenByA.changes.size());
    QJsonObject again = payload;
    again.insert(QStringLiteral("extended_until"), QDate::currentDate().addDays(25).toString(Qt::ISODate));
    QCOMPARE(send(m_tokenA, QStringLiteral("extend_direction"), again)[QStringLiteral("code")].toString(), QStringLiteral("already_extended"));
    QCOMPARE(send(m_tokenB, QStringLiteral("extend_direction"), payload)[QStringLiteral("code")].toString(), QStringLiteral("not_found"));
}

void TestServerEnrollment::freedPlaceOnlyForEarlyBooking()
{
    const Application early = registerAtA();
    const Application general = registerAtA();
    issueDirection(QStringLiteral("KRG-1"), m_orgA, early, QStringLiteral("early_booking"));
    issueDirection(QStringLiteral("KRG-2"), m_orgA, general);
    auto freed = [&](const QString &number, const QDate &on) {
        return QJsonObject{{QStringLiteral("direction_number"), number},
                           {QStringLiteral("kindergarten_id"), m_orgA},
                           {QStringLiteral("freed_on"), on.toString(Qt::ISODate)}};
    };
    const QJsonObject outcome = send(m_tokenA, QStringLiteral("mark_place_freed"), freed(QStringLiteral("KRG-1"), QDate::currentDate()));
    QCOMPARE(outcome[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    const Feed seenByA = feed(m_tokenA);
    verifyCheckpoints(seenByA);
    const QJsonObject direction = seenByA.latest(QStringLiteral("org:") + m_orgA, QStringLiteral("direction"), QStringLiteral("KRG-1"));
    QCOMPARE(direction[QStringLiteral("version")].toInteger(), 2);
    QCOMPARE(direction[QStringLiteral("data")][QStringLiteral("freed_on")].toString(), QDate::currentDate().toString(Qt::ISODate));

    // RULES def. 6: only an early-booking place waits to be freed; and not on a day to come.
    QCOMPARE(send(m_tokenA, QStringLiteral("mark_place_freed"), freed(QStringLiteral("KRG-2"), QDate::currentDate()))
                 [QStringLiteral("code")].toString(),
             QStringLiteral("not_early_booking"));
    QCOMPARE(send(m_tokenA, QStringLiteral("mark_place_freed"), freed(QStringLiteral("KRG-1"), QDate::currentDate().addDays(5)))
                 [QStringLiteral("code")].toString(),
             QStringLiteral("invalid_freed_on"));
    QCOMPARE(feed(m_tokenA).changes.size(), seenByA.changes.size());
}

void TestServerEnrollment::complaintsStayWithTheirKindergarten()
{
    const QString id = uuid();
    const QJsonObject registered = send(m_tokenA, QStringLiteral("register_complaint"), complaintPayload(id, QStringLiteral("Кезек ұзақ күттірді")));
    QVERIFY2(registered[QStringLiteral("status")].toString() == QStringLiteral("applied"), QJsonDocument(registered).toJson().constData());
    QJsonObject answered = complaintPayload(id, QStringLiteral("өзгертілген тақырып")); // received data stays as registered
    answered.insert(QStringLiteral("status"), QStringLiteral("answered"));
    answered.insert(QStringLiteral("answered_on"), QDate::currentDate().toString(Qt::ISODate));
    answered.insert(QStringLiteral("answer"), QStringLiteral("Түсіндірілді"));
    const QJsonObject updated = send(m_tokenA, QStringLiteral("update_complaint"), answered);
    QCOMPARE(updated[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    QCOMPARE(updated[QStringLiteral("result")][QStringLiteral("version")].toInteger(), 2);

    const Feed seenByA = feed(m_tokenA);
    verifyCheckpoints(seenByA);
    const QJsonObject row = seenByA.latest(QStringLiteral("org:") + m_orgA, QStringLiteral("complaint"), id);
    QCOMPARE(row[QStringLiteral("version")].toInteger(), 2);
    QCOMPARE(row[QStringLiteral("data")][QStringLiteral("status")].toString(), QStringLiteral("answered"));
    QCOMPARE(row[QStringLiteral("data")][QStringLiteral("subject")].toString(), QStringLiteral("Кезек ұзақ күттірді"));
    QCOMPARE(row[QStringLiteral("data")][QStringLiteral("answer")].toString(), QStringLiteral("Түсіндірілді"));
    // RULES 7: only that kindergarten's desks see its register.
    const Feed seenByB = feed(m_tokenB);
    QVERIFY(!seenByB.mentions(id));
    QVERIFY(!seenByB.mentions(QStringLiteral("Серікова")));

    // Rejected: another kindergarten's complaint, a complaint with no subject, an id used before.
    QCOMPARE(send(m_tokenB, QStringLiteral("update_complaint"), answered)[QStringLiteral("code")].toString(), QStringLiteral("not_found"));
    const QJsonObject empty = send(m_tokenA, QStringLiteral("register_complaint"), complaintPayload(uuid(), QStringLiteral("  ")));
    QCOMPARE(empty[QStringLiteral("code")].toString(), QStringLiteral("invalid_complaint"));
    QCOMPARE(send(m_tokenA, QStringLiteral("register_complaint"), complaintPayload(id, QStringLiteral("тағы")))[QStringLiteral("code")].toString(),
             QStringLiteral("duplicate_complaint_id"));
    QJsonObject early = answered;
    early.insert(QStringLiteral("answered_on"), QDate::currentDate().addDays(-3).toString(Qt::ISODate));
    QCOMPARE(send(m_tokenA, QStringLiteral("update_complaint"), early)[QStringLiteral("code")].toString(), QStringLiteral("invalid_complaint"));
    QCOMPARE(feed(m_tokenA).changes.size(), seenByA.changes.size());
    const Run verified = m_server->cli({QStringLiteral("journal"), QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
}

void TestServerEnrollment::bulkImportIsAcknowledgedWithoutRegistering()
{
    const Feed before = feed(m_tokenA);
    const Application imported = m_applications.next();
    const QJsonObject outcome = send(m_tokenA, QStringLiteral("import_applications"),
                                     QJsonObject{{QStringLiteral("batch_id"), uuid()},
                                                 {QStringLiteral("applications"), QJsonArray{ApplicationJson::toJson(imported)}}});
    QCOMPARE(outcome[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    QCOMPARE(outcome[QStringLiteral("result")].toObject(), (QJsonObject{{QStringLiteral("acknowledged"), true}}));
    // The records came from the queue system: the server registers nothing again.
    QCOMPARE(feed(m_tokenA).changes.size(), before.changes.size());
    QCOMPARE(m_server->get("/api/v1/queue/position?iin=" + imported.childIin.toUtf8(), m_tokenA).status, 404);
}

void TestServerEnrollment::verificationCodeConfirmsTheDocumentOnly()
{
    // Issue 12 item 6: the code printed on a contract or a refusal letter is confirmed by the
    // server to whoever asks, without a token: the kind, number and date, the kindergarten - and
    // nothing about the child or the parent.
    const Application enrolled = registerAtA();
    issueDirection(QStringLiteral("VER-1"), m_orgA, enrolled);
    const QJsonObject contractPayload = contract(QStringLiteral("VER-1"), enrolled, QStringLiteral("2026-0101"));
    QCOMPARE(send(m_tokenA, QStringLiteral("record_enrollment"), contractPayload)[QStringLiteral("status")].toString(),
             QStringLiteral("applied"));
    const Application refusedChild = registerAtA();
    issueDirection(QStringLiteral("VER-2"), m_orgA, refusedChild);
    const QJsonObject refusalPayload = refusal(QStringLiteral("VER-2"), refusedChild, {QStringLiteral("34.1")});
    QCOMPARE(send(m_tokenA, QStringLiteral("record_refusal"), refusalPayload)[QStringLiteral("status")].toString(),
             QStringLiteral("applied"));

    HttpReply reply = m_server->get("/api/v1/verify/" + contractPayload[QStringLiteral("verification_code")].toString().toUpper().toUtf8());
    QCOMPARE(reply.status, 200);
    QJsonObject answer = reply.json();
    QCOMPARE(answer[QStringLiteral("kind")].toString(), QStringLiteral("contract"));
    QCOMPARE(answer[QStringLiteral("number")].toString(), QStringLiteral("2026-0101"));
    QCOMPARE(answer[QStringLiteral("date")].toString(), contractPayload[QStringLiteral("date")].toString());
    QCOMPARE(answer[QStringLiteral("kindergarten")][QStringLiteral("ru")].toString(), QStringLiteral("Детский сад №1"));
    QVERIFY(!reply.body.contains(enrolled.childIin.toUtf8()));
    QVERIFY(!reply.body.contains(enrolled.child.surname.toUtf8()));

    reply = m_server->get("/api/v1/verify/" + refusalPayload[QStringLiteral("verification_code")].toString().toUtf8());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json()[QStringLiteral("kind")].toString(), QStringLiteral("refusal"));
    QCOMPARE(reply.json()[QStringLiteral("number")].toString(), refusalPayload[QStringLiteral("number")].toString());

    reply = m_server->get("/api/v1/verify/0123456789");
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json()[QStringLiteral("code")].toString(), QStringLiteral("unknown_code"));
    reply = m_server->get("/api/v1/verify/not-a-code");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()[QStringLiteral("code")].toString(), QStringLiteral("invalid_code"));
}

void TestServerEnrollment::printedDocumentCodesAreKeptAndConfirmed()
{
    // RULES 11: the codes of the documents a desk prints that no other record carries (here a
    // register of contracts and a receipt) are kept when the desk sends them, and confirmed to
    // whoever asks, with the kindergarten of the desk that printed them; nothing is published.
    const Feed before = feed(m_tokenA);
    const QJsonObject register_{{QStringLiteral("document"), QStringLiteral("register_contracts")},
                                {QStringLiteral("number"), QStringLiteral("2026-12-01/2026-12-04")},
                                {QStringLiteral("date"), QStringLiteral("2026-12-05")},
                                {QStringLiteral("verification_code"), QStringLiteral("0A1B2C3D4E")},
                                {QStringLiteral("records"), 12}};
    QJsonObject outcome = send(m_tokenA, QStringLiteral("record_printed_document"), register_);
    QCOMPARE(outcome[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    QCOMPARE(outcome[QStringLiteral("result")][QStringLiteral("verification_code")].toString(), QStringLiteral("0a1b2c3d4e"));
    QCOMPARE(outcome[QStringLiteral("result")][QStringLiteral("known")].toBool(), false);
    const QJsonObject receipt{{QStringLiteral("document"), QStringLiteral("receipt")},
                              {QStringLiteral("number"), QStringLiteral("KRG-77")},
                              {QStringLiteral("date"), QStringLiteral("2026-12-04")},
                              {QStringLiteral("verification_code"), QStringLiteral("ffee001122")}};
    QCOMPARE(send(m_tokenB, QStringLiteral("record_printed_document"), receipt)[QStringLiteral("status")].toString(),
             QStringLiteral("applied"));

    HttpReply reply = m_server->get("/api/v1/verify/0a1b2c3d4e");
    QCOMPARE(reply.status, 200);
    QJsonObject answer = reply.json();
    QCOMPARE(answer[QStringLiteral("kind")].toString(), QStringLiteral("register_contracts"));
    QCOMPARE(answer[QStringLiteral("number")].toString(), QStringLiteral("2026-12-01/2026-12-04"));
    QCOMPARE(answer[QStringLiteral("date")].toString(), QStringLiteral("2026-12-05"));
    QCOMPARE(answer[QStringLiteral("records")].toInt(), 12);
    QCOMPARE(answer[QStringLiteral("kindergarten")][QStringLiteral("ru")].toString(), QStringLiteral("Детский сад №1"));
    reply = m_server->get("/api/v1/verify/FFEE001122");
    QCOMPARE(reply.status, 200);
    answer = reply.json();
    QCOMPARE(answer[QStringLiteral("kind")].toString(), QStringLiteral("receipt"));
    QCOMPARE(answer[QStringLiteral("number")].toString(), QStringLiteral("KRG-77"));
    QVERIFY(!answer.contains(QStringLiteral("records")));
    QVERIFY(answer[QStringLiteral("kindergarten")][QStringLiteral("ru")].toString() != QStringLiteral("Детский сад №1"));

    // A reprint: applied again, the first record kept (another desk's claim on the code too).
    QJsonObject reprint = register_;
    reprint.insert(QStringLiteral("records"), 13);
    outcome = send(m_tokenB, QStringLiteral("record_printed_document"), reprint);
    QCOMPARE(outcome[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    QCOMPARE(outcome[QStringLiteral("result")][QStringLiteral("known")].toBool(), true);
    QCOMPARE(m_server->get("/api/v1/verify/0a1b2c3d4e").json()[QStringLiteral("records")].toInt(), 12);

    // What is not such a document is refused, naming the field; nothing is kept.
    const auto refusedField = [&](const QString &key, const QJsonValue &value) -> QString {
        QJsonObject bad = receipt;
        bad.insert(QStringLiteral("verification_code"), QStringLiteral("1234512345"));
        bad.insert(key, value);
        const QJsonObject rejected = send(m_tokenA, QStringLiteral("record_printed_document"), bad);
        if (rejected[QStringLiteral("status")].toString() != QStringLiteral("rejected")
            || rejected[QStringLiteral("code")].toString() != QStringLiteral("invalid_document"))
            return QStringLiteral("not refused: ") + QString::fromUtf8(QJsonDocument(rejected).toJson(QJsonDocument::Compact));
        return rejected[QStringLiteral("details")][QStringLiteral("field")].toString();
    };
    // A contract's code comes with its record (record_enrollment), never this way.
    QCOMPARE(refusedField(QStringLiteral("document"), QStringLiteral("contract")), QStringLiteral("document"));
    QCOMPARE(refusedField(QStringLiteral("number"), QStringLiteral("  ")), QStringLiteral("number"));
    QCOMPARE(refusedField(QStringLiteral("number"), QString(65, u'7')), QStringLiteral("number"));
    QCOMPARE(refusedField(QStringLiteral("date"), QStringLiteral("05.12.2026")), QStringLiteral("date"));
    QCOMPARE(refusedField(QStringLiteral("verification_code"), QStringLiteral("12345")), QStringLiteral("verification_code"));
    QCOMPARE(refusedField(QStringLiteral("verification_code"), QStringLiteral("12345xyz90")), QStringLiteral("verification_code"));
    QCOMPARE(refusedField(QStringLiteral("records"), -1), QStringLiteral("records"));
    QCOMPARE(refusedField(QStringLiteral("records"), QStringLiteral("12")), QStringLiteral("records"));
    QCOMPARE(m_server->get("/api/v1/verify/1234512345").status, 404);

    QCOMPARE(feed(m_tokenA).changes.size(), before.changes.size());
    const Run verified = m_server->cli({QStringLiteral("journal"), QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
}

QTEST_GUILESS_MAIN(TestServerEnrollment)
#include "tst_server_enrollment.moc"
