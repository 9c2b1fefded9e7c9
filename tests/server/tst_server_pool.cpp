// The database pool's order of work (server/api/DbPool): a desk's commands go before feed pages,
// but a steady queue of commands never starves a page or a wake-up's shared read. On a real
// store (SQLite here, PostgreSQL in the _pg run), with one thread so the order is exact.
// And a wake-up's answers, made on a pool thread, go out paced to the I/O threads that send them
// (server/api/AnswerPacer.h).

#include "ServerTestHelpers.h"

#include "api/AnswerPacer.h"
#include "api/DbPool.h"

#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

using namespace ServerTest;

namespace {

// Holds the pool's one thread until release is set, so that what is posted next queues behind it.
bool holdTheThread(DbPool &pool, std::promise<void> &release)
{
    std::shared_future<void> gate = release.get_future().share();
    return pool.post([gate](ServerDb &) { gate.wait(); }, DbPool::Priority::Urgent);
}

} // namespace

class TestServerPool : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commandsGoBeforePages();
    void aPageIsNotStarvedByASteadyQueueOfCommands();
    void aCommandIsNotStarvedByALongQueueOfOverduePages();
    void aWakeUpsAnswersStayFewAheadOfTheIoThreads();
    void pacingGivesUpAtItsBound();

private:
    std::optional<StoreUrl> m_url;
    std::unique_ptr<Server> m_server;
};

void TestServerPool::initTestCase()
{
    m_server = std::make_unique<Server>();
    QVERIFY2(m_server->setupError().isEmpty(), qPrintable(m_server->setupError()));
    QVERIFY(m_server->init());
    ServerResult<StoreUrl> url = StoreUrl::parse(m_server->url());
    QVERIFY(url);
    m_url = url.value();
}

void TestServerPool::commandsGoBeforePages()
{
    // A page posted just before a command, while the one thread is busy: the command runs first.
    DbPool pool(*m_url, 1, 100, std::chrono::seconds(60));
    QVERIFY(pool.start());
    std::promise<void> release;
    std::mutex mutex;
    std::vector<QString> order;
    const auto record = [&](const QString &what) {
        std::lock_guard lock(mutex);
        order.push_back(what);
    };
    QVERIFY(holdTheThread(pool, release));
    QVERIFY(pool.post([&](ServerDb &) { record(QStringLiteral("page")); }, DbPool::Priority::Normal));
    QVERIFY(pool.post([&](ServerDb &) { record(QStringLiteral("command")); }, DbPool::Priority::Urgent));
    release.set_value();
    QTRY_COMPARE_WITH_TIMEOUT(pool.queued(), std::size_t(0), 10000);
    pool.stop();
    QCOMPARE(order, (std::vector<QString>{QStringLiteral("command"), QStringLiteral("page")}));
}

void TestServerPool::aPageIsNotStarvedByASteadyQueueOfCommands()
{
    // Commands keep coming: each one, when it runs, posts the next before doing its work, so the
    // queue of commands is never empty until the last. A page waiting behind them still runs
    // while commands are queued (without the bound it ran only once they were all done).
    constexpr int commands = 400;
    DbPool pool(*m_url, 1, 1000, std::chrono::milliseconds(50));
    QVERIFY(pool.start());
    std::promise<void> release;
    std::atomic<int> commandsRun{0};
    std::atomic<int> commandsRunBeforePage{-1};
    std::atomic<qsizetype> queuedWhenPageRan{-1};
    std::function<void(ServerDb &)> command = [&](ServerDb &db) {
        if (commandsRun.fetch_add(1) + 1 < commands)
            pool.post(command, DbPool::Priority::Urgent);
        // A command's work: a statement on the store and a little time.
        db.exec(QStringLiteral("SELECT COUNT(*) FROM desks"), {});
        db.finishStatements();
        QThread::msleep(2);
    };
    QVERIFY(holdTheThread(pool, release));
    QVERIFY(pool.post(command, DbPool::Priority::Urgent));
    QVERIFY(pool.post([&](ServerDb &db) {
        db.exec(QStringLiteral("SELECT COUNT(*) FROM changes"), {});
        db.finishStatements();
        queuedWhenPageRan = qsizetype(pool.queued());
        commandsRunBeforePage = commandsRun.load();
    }, DbPool::Priority::Normal));
    release.set_value();
    QTRY_COMPARE_WITH_TIMEOUT(commandsRun.load(), commands, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(pool.queued(), std::size_t(0), 10000);
    pool.stop();
    QVERIFY2(commandsRunBeforePage.load() >= 0, "the page never ran");
    QVERIFY2(queuedWhenPageRan.load() > 0,
             qPrintable(QStringLiteral("the page waited until the commands were done (%1 ran before it)").arg(commandsRunBeforePage.load())));
    QVERIFY2(commandsRunBeforePage.load() < commands,
             qPrintable(QStringLiteral("%1 of %2 commands ran before the page").arg(commandsRunBeforePage.load()).arg(commands)));
}

void TestServerPool::aCommandIsNotStarvedByALongQueueOfOverduePages()
{
    // 2,000 desks reconnecting at once queue their pages; once those have waited past the bound
    // they take turns with the commands, one each, and do not all go first: a command posted
    // behind 200 overdue pages runs after one of them, not after all 200.
    constexpr int pages = 200;
    DbPool pool(*m_url, 1, 1000, std::chrono::milliseconds(50));
    QVERIFY(pool.start());
    std::promise<void> release;
    std::atomic<int> pagesRun{0};
    std::atomic<int> pagesRunBeforeCommand{-1};
    QVERIFY(holdTheThread(pool, release));
    for (int i = 0; i < pages; ++i) {
        QVERIFY(pool.post([&](ServerDb &db) {
            db.exec(QStringLiteral("SELECT COUNT(*) FROM changes"), {});
            db.finishStatements();
            ++pagesRun;
        }, DbPool::Priority::Normal));
    }
    QThread::msleep(200); // every page is past the bound now
    QVERIFY(pool.post([&](ServerDb &db) {
        db.exec(QStringLiteral("SELECT COUNT(*) FROM desks"), {});
        db.finishStatements();
        pagesRunBeforeCommand = pagesRun.load();
    }, DbPool::Priority::Urgent));
    release.set_value();
    QTRY_COMPARE_WITH_TIMEOUT(pagesRun.load(), pages, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(pool.queued(), std::size_t(0), 10000);
    pool.stop();
    QVERIFY2(pagesRunBeforeCommand.load() >= 0, "the command never ran");
    QVERIFY2(pagesRunBeforeCommand.load() <= 1,
             qPrintable(QStringLiteral("%1 of %2 pages ran before the command").arg(pagesRunBeforeCommand.load()).arg(pages)));
}

void TestServerPool::aWakeUpsAnswersStayFewAheadOfTheIoThreads()
{
    // 2,000 answers made as fast as a loop can; an "I/O thread" takes one up every 200 µs. With
    // the pacer, no more than `ahead` wait for it at any answer's moment, so a request that
    // arrives meanwhile waits behind at most that many; every answer still goes out. Without it
    // (ahead 0) all 2,000 would be queued at once: shown by the last check.
    constexpr std::size_t ahead = 16;
    constexpr int answers = 2000;
    for (const std::size_t limit : {ahead, std::size_t(0)}) {
        std::atomic<std::size_t> queued{0};
        std::atomic<int> sent{0};
        std::atomic<bool> done{false};
        std::thread io([&] {
            while (!done || queued > 0) {
                if (queued > 0) {
                    --queued;
                    ++sent;
                }
                std::this_thread::sleep_for(std::chrono::microseconds(200));
            }
        });
        AnswerPacer pacer([&] { return queued.load(); }, limit, std::chrono::seconds(60));
        std::size_t mostQueued = 0;
        for (int i = 0; i < answers; ++i) {
            pacer.wait();
            mostQueued = std::max(mostQueued, queued.load() + 1);
            ++queued; // the answer is posted
        }
        done = true;
        io.join();
        QCOMPARE(sent.load(), answers);
        if (limit > 0) {
            QVERIFY2(mostQueued <= ahead, qPrintable(QStringLiteral("%1 answers queued at once").arg(mostQueued)));
            QVERIFY(pacer.waits() > 0);
        } else {
            QVERIFY2(mostQueued > std::size_t(answers) / 2, qPrintable(QStringLiteral("%1 answers queued at once").arg(mostQueued)));
            QCOMPARE(pacer.waits(), std::uint64_t(0));
        }
    }
}

void TestServerPool::pacingGivesUpAtItsBound()
{
    // I/O threads that never take an answer up (stuck, or the server stopping): after its bound
    // the pacer lets the rest go at once instead of holding the pool's thread.
    AnswerPacer pacer([] { return std::size_t(1000); }, 64, std::chrono::milliseconds(50));
    for (int i = 0; i < 100; ++i)
        pacer.wait(); // the first waits until the bound, the others go at once
    QCOMPARE(pacer.waits(), std::uint64_t(1));
    AnswerPacer none({}, 64, std::chrono::seconds(60)); // no server to ask: never waits
    none.wait();
    QCOMPARE(none.waits(), std::uint64_t(0));
}

QTEST_GUILESS_MAIN(TestServerPool)
#include "tst_server_pool.moc"
