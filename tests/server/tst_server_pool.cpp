// The database pool's order of work (server/api/DbPool): a desk's commands go before feed pages,
// but a steady queue of commands never starves a page or a wake-up's shared read. On a real
// store (SQLite here, PostgreSQL in the _pg run), with one thread so the order is exact.

#include "ServerTestHelpers.h"

#include "api/DbPool.h"

#include <QTest>
#include <QThread>

#include <atomic>
#include <future>
#include <mutex>
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

QTEST_GUILESS_MAIN(TestServerPool)
#include "tst_server_pool.moc"
