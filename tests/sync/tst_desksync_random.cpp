// Desk sync, seeded and randomized (issue 11): three desks of two kindergartens register
// applications (now and then a child another desk already registered), record refusals of the
// directions the server issues to them, sync, and are disrupted (the server SIGKILLed and
// restarted, a desk's sync cut short) in a random order. At the end, synced until quiet: every
// desk's partitions equal the server's, every command was applied or rejected exactly once, and
// no child has two active applications. The seed is printed; QABYLDAU_TEST_SEED replays one
// (the same actions in the same order; the ids and the timing of the kills differ).
#include "DeskSyncHelpers.h"

#include "store/DirectionStore.h"
#include "store/EnrollmentStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

using namespace ServerTest;
using namespace DeskTest;

namespace {

constexpr int defaultSteps = 60;
constexpr qint64 budgetMs = 150000; // the steps stop early rather than run the test past ~3 minutes

QString cliPath()
{
    return QStringLiteral(QABYLDAU_CLI_PATH);
}

// Whole applications (or directions) at the server, by id: the org partitions' latest rows; every
// kindergarten's desk token together covers them all.
QHash<QString, QJsonObject> serverApplications(const Server &server, const QStringList &tokens,
                                               const QString &entity = QStringLiteral("application"))
{
    QHash<QString, QJsonObject> applications;
    for (const QString &token : tokens) {
        QString after;
        for (int pages = 0; pages < 1000; ++pages) {
            const HttpReply reply = server.get("/api/v1/changes?limit=5000&after=" + QUrl::toPercentEncoding(after), token);
            if (reply.status != 200)
                return {};
            const QJsonObject page = reply.json();
            for (const QJsonValue &value : page.value(QStringLiteral("changes")).toArray()) {
                const QJsonObject change = value.toObject();
                if (!change.value(QStringLiteral("partition")).toString().startsWith(QLatin1String("org:"))
                    || change.value(QStringLiteral("entity")).toString() != entity)
                    continue;
                const QString id = change.value(QStringLiteral("id")).toString();
                if (change.value(QStringLiteral("deleted")).toBool())
                    applications.remove(id);
                else
                    applications.insert(id, change.value(QStringLiteral("data")).toObject());
            }
            after = page.value(QStringLiteral("cursor")).toString();
            if (!page.value(QStringLiteral("more")).toBool())
                break;
        }
    }
    return applications;
}

struct DeskState
{
    QString name;
    QString org;
    QString token;
    QString path;
    std::unique_ptr<Desk> desk;
};

} // namespace

class TestDeskSyncRandom : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void randomStepsConverge();

private:
    QString importDirection(Server &server, const QString &number, const QString &org, const Application &application);

    QTemporaryDir m_dir;
};

void TestDeskSyncRandom::initTestCase()
{
    QVERIFY2(QFile::exists(serverPath()), qPrintable(serverPath()));
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    QVERIFY(m_dir.isValid());
}

QString TestDeskSyncRandom::importDirection(Server &server, const QString &number, const QString &org,
                                            const Application &application)
{
    return DeskTest::importDirection(server, m_dir.path(), number, org, application);
}

void TestDeskSyncRandom::randomStepsConverge()
{
    bool seeded = false;
    const quint32 seed = qEnvironmentVariableIsSet("QABYLDAU_TEST_SEED")
                             ? quint32(qEnvironmentVariable("QABYLDAU_TEST_SEED").toUInt(&seeded))
                             : QRandomGenerator::global()->generate();
    QVERIFY2(seeded || !qEnvironmentVariableIsSet("QABYLDAU_TEST_SEED"), "QABYLDAU_TEST_SEED is not a number");
    qInfo("seed %u (replay with QABYLDAU_TEST_SEED=%u)", seed, seed);
    QRandomGenerator random(seed);
    // QABYLDAU_TEST_STEPS: a longer run by hand (still within the time budget).
    const int steps = qEnvironmentVariableIntValue("QABYLDAU_TEST_STEPS") > 0 ? qEnvironmentVariableIntValue("QABYLDAU_TEST_STEPS")
                                                                              : defaultSteps;

    Server server;
    QVERIFY2(server.setupError().isEmpty(), qPrintable(server.setupError()));
    QVERIFY(server.init());
    const QString orgA = server.addOrg(1);
    const QString orgB = server.addOrg(2);
    QVERIFY(!orgA.isEmpty() && !orgB.isEmpty());
    std::vector<DeskState> desks;
    for (const auto &[name, org] : {std::pair{QStringLiteral("a1"), orgA}, std::pair{QStringLiteral("a2"), orgA},
                                    std::pair{QStringLiteral("b"), orgB}}) {
        DeskState state{name, org, server.addDesk(org), m_dir.filePath(name + QStringLiteral(".sqlite")), nullptr};
        QVERIFY(!state.token.isEmpty());
        desks.push_back(std::move(state));
    }
    QVERIFY2(server.start(), qPrintable(server.startError()));
    for (DeskState &state : desks) {
        state.desk = std::make_unique<Desk>(state.path, server.port(), state.token);
        QVERIFY2(state.desk->isOpen(), qPrintable(state.desk->openError()));
    }
    const auto restartServer = [&] {
        if (!server.start())
            return false;
        for (DeskState &state : desks)
            state.desk->setPort(server.port());
        return true;
    };

    Applications generator(seed);
    QHash<QString, Application> registered; // every application written at some desk, by id
    QList<Application> children;            // to register again at another desk
    QSet<QString> directed;                 // applications a direction was issued for
    int directionNumber = 0;
    QMap<QString, int> actions;
    QElapsedTimer clock;
    clock.start();

    for (int step = 0; step < steps && clock.elapsed() < budgetMs; ++step) {
        DeskState &state = desks[size_t(random.bounded(int(desks.size())))];
        Desk &desk = *state.desk;
        const int roll = random.bounded(100);
        QString action;
        if (roll < 30) {
            action = QStringLiteral("register");
            const Application application = generator.next();
            const Expected<RegisteredApplication> written = desk.registerApplication(application);
            QVERIFY2(written, written ? "" : qPrintable(written.error().message()));
            registered.insert(written->application.id, written->application);
            children.append(written->application);
        } else if (roll < 38) {
            // The same child at this desk again, as another desk (or this one, offline) filed it:
            // the desk refuses it locally when it knows, else the server rejects one of the two.
            action = QStringLiteral("register a registered child");
            if (children.isEmpty())
                continue;
            Application again = children.at(random.bounded(int(children.size())));
            again.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const Expected<RegisteredApplication> written = desk.registerApplication(again);
            if (written)
                registered.insert(written->application.id, written->application);
            else
                action += QStringLiteral(" (refused at the desk)");
        } else if (roll < 46) {
            // The region issues a direction to this desk's kindergarten for one of its applications
            // the server confirmed and still has queued.
            action = QStringLiteral("direction issued");
            const QHash<QString, QJsonObject> atServer = serverApplications(server, {state.token});
            QStringList candidates;
            for (auto it = atServer.cbegin(); it != atServer.cend(); ++it)
                if (it->value(QStringLiteral("status")).toString() == QLatin1String("queued") && !directed.contains(it.key())
                    && registered.contains(it.key()))
                    candidates.append(it.key());
            if (candidates.isEmpty())
                continue;
            std::sort(candidates.begin(), candidates.end()); // QHash order is not the seed's
            const QString id = candidates.at(random.bounded(int(candidates.size())));
            const QString number = QStringLiteral("RND-%1").arg(++directionNumber, 4, 10, QLatin1Char('0'));
            const QString error = importDirection(server, number, state.org, registered.value(id));
            QVERIFY2(error.isEmpty(), qPrintable(number + u' ' + error));
            directed.insert(id);
        } else if (roll < 54) {
            // A refusal of a direction this desk holds (another desk of the same kindergarten may
            // refuse the same direction offline: one of the two is rejected).
            action = QStringLiteral("refusal");
            QSqlQuery query(desk.database()->connection());
            QVERIFY(query.exec(QStringLiteral("SELECT number FROM directions WHERE status = 'issued' ORDER BY number")));
            QStringList numbers;
            while (query.next())
                numbers.append(query.value(0).toString());
            if (numbers.isEmpty())
                continue;
            RefusalRecord refusal;
            refusal.directionNumber = numbers.at(random.bounded(int(numbers.size())));
            refusal.grounds = {RefusalGround::OtherReasons};
            refusal.faultyItems = {ChecklistItem::HealthCertificate};
            refusal.reasons = QStringLiteral("Денсаулық туралы анықтама жоқ");
            const Expected<RefusalRecord> recorded =
                EnrollmentStore(desk.database()).recordRefusal(QString(), refusal, RuleSettings{}, QDateTime::currentDateTime());
            QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message()));
        } else if (roll < 82) {
            action = QStringLiteral("sync");
            SyncOptions options = desk.options();
            options.pageLimit = random.bounded(1, 50);
            // Every other sync may take the bulk path (any download larger than what the store
            // holds): the desks must end the same.
            options.bulkThreshold = random.bounded(2) == 0 ? 1 : 0;
            SyncEngine engine(desk.database(), options);
            const SyncReport report = engine.syncOnce();
            QVERIFY2(report.error.ok(), qPrintable(report.error.code() + u' ' + report.error.detail));
        } else if (roll < 88) {
            action = QStringLiteral("server killed and restarted");
            server.kill();
            QVERIFY2(restartServer(), qPrintable(server.startError()));
        } else if (roll < 94) {
            // The desk's power goes off mid-sync.
            action = QStringLiteral("desk's sync killed");
            QProcess child;
            child.start(cliPath(), {QStringLiteral("--store"), state.path, QStringLiteral("sync"), QStringLiteral("--server"),
                                    QStringLiteral("http://127.0.0.1:%1").arg(server.port()), QStringLiteral("--token"),
                                    state.token});
            QVERIFY(child.waitForStarted(10000));
            QThread::msleep(ulong(random.bounded(0, 200)));
            child.kill();
            QVERIFY(child.waitForFinished(30000));
        } else {
            // The server dies under a desk's sync on the engine's thread.
            action = QStringLiteral("server killed mid-sync");
            const int pageLimit = random.bounded(1, 20);
            QThread *thread = QThread::create([&] {
                Desk onThread(state.path, server.port(), state.token);
                onThread.sync(pageLimit);
            });
            thread->start();
            QThread::msleep(ulong(random.bounded(0, 150)));
            server.kill();
            QVERIFY(thread->wait(60000));
            delete thread;
            QVERIFY2(restartServer(), qPrintable(server.startError()));
        }
        actions[action] += 1;
    }
    for (auto it = actions.cbegin(); it != actions.cend(); ++it)
        qInfo("%3d x %s", it.value(), qPrintable(it.key()));

    // Sync every desk until a round sends and receives nothing.
    bool quiet = false;
    for (int round = 0; round < 6 && !quiet; ++round) {
        quiet = true;
        for (DeskState &state : desks) {
            const SyncReport report = state.desk->sync();
            QVERIFY2(report.error.ok(), qPrintable(state.name + u' ' + report.error.code() + u' ' + report.error.detail));
            if (report.sent > 0 || report.received > 0)
                quiet = false;
        }
    }
    QVERIFY2(quiet, "the desks did not settle in six rounds");

    qint64 registrationsApplied = 0;
    qint64 refusalsApplied = 0;
    QMap<QString, int> rejections;
    for (DeskState &state : desks) {
        Desk &desk = *state.desk;
        const QString differs = compareWithServer(desk, serverView(server, state.token));
        QVERIFY2(differs.isEmpty(), qPrintable(state.name + u' ' + differs));
        // Every command answered once: none waiting, each applied or rejected.
        const SyncSummary summary = desk.summary();
        QCOMPARE(summary.waiting, 0);
        QCOMPARE(summary.applied + summary.rejected, desk.count(QStringLiteral("SELECT count(*) FROM outbox")));
        QCOMPARE(summary.rejected, qint64(desk.rejected().size()));
        QVERIFY(summary.stalePartitions.isEmpty());
        registrationsApplied +=
            desk.count(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'register_application' AND state = 'applied'"));
        refusalsApplied += desk.count(QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'record_refusal' AND state = 'applied'"));
        for (const RejectedCommand &command : desk.rejected())
            rejections[command.type + u' ' + command.code] += 1;
    }

    // Counted at the server: one application per registration the desks saw applied.
    const QHash<QString, QJsonObject> atServer = serverApplications(server, {desks[0].token, desks[2].token});
    QCOMPARE(qint64(atServer.size()), registrationsApplied);
    const ServerView view = serverView(server, desks[0].token);
    qint64 queued = 0;
    for (auto it = view.rows.cbegin(); it != view.rows.cend(); ++it)
        if (it.key().startsWith(QLatin1String("year:")))
            queued += it->size();
    QCOMPARE(queued, registrationsApplied);
    // No child with two active applications.
    QHash<QString, QString> activeByChild;
    for (auto it = atServer.cbegin(); it != atServer.cend(); ++it) {
        if (it->value(QStringLiteral("status")).toString() == QLatin1String("archived"))
            continue;
        const QString iin = it->value(QStringLiteral("child_iin")).toString();
        QVERIFY2(!activeByChild.contains(iin),
                 qPrintable(QStringLiteral("child %1: %2 and %3").arg(iin, activeByChild.value(iin), it.key())));
        activeByChild.insert(iin, it.key());
    }
    // Every refusal the server applied closed its direction there, and no direction was refused twice.
    const QHash<QString, QJsonObject> directions = serverApplications(server, {desks[0].token, desks[2].token},
                                                                      QStringLiteral("direction"));
    QCOMPARE(qint64(directions.size()), qint64(directionNumber));
    qint64 refusedAtServer = 0;
    for (const QJsonObject &direction : directions)
        if (direction.value(QStringLiteral("status")).toString() == QLatin1String("refused"))
            ++refusedAtServer;
    QCOMPARE(refusedAtServer, refusalsApplied);
    for (auto it = rejections.cbegin(); it != rejections.cend(); ++it)
        qInfo("rejected: %3d x %s", it.value(), qPrintable(it.key()));
    qInfo("%lld applications at the server, %d directions issued, %lld refused", registrationsApplied, directionNumber,
          refusedAtServer);
}

QTEST_GUILESS_MAIN(TestDeskSyncRandom)
#include "tst_desksync_random.moc"
