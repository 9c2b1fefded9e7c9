// A compiled load generator for qabyldau-server (the same load as server_load.py's `load`, at a
// fraction of its CPU: the Python client took one of the 2 cores and skewed the figures).
//
//   server_load --port P --tokens FILE [--parked 2000] [--writers 200] [--seconds 20] [--pid PID]
//               [--one-thread 1] [--scoped PERCENT] [--pause MS]
//
// Parks PARKED long-polls (wait=25) at the feed's end, lets WRITERS desks each send one
// registration every 0.5-1.5 s for SECONDS (--pause MS: every 0.5-1.5 times MS milliseconds
// instead of 1,000, so the same desks send fewer or more commands a second), and prints command latency (p50, p99, max), how long
// a parked desk took to see a change (p50, p99, max), errors and the server's peak memory
// (VmHWM of PID). --scoped PERCENT: that share of the commands are complaints registered at the
// writer's kindergarten instead, changes only that kindergarten's desks see (a day of work
// without registrations: the other desks' cursors stay where their last visible change left them). Parked connection i uses token i modulo the file's count: give it a token per
// connection (`demo --desks-per-org`) to measure desks as they are. Only 127.0.0.1 is ever
// contacted; every loop is bounded in count and time.
// Boost.Asio C++20 coroutines: the parked desks on one thread, the writers on another.
#include <utility>

#include <boost/asio.hpp>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace asio = boost::asio;
using asio::awaitable;
using asio::use_awaitable;
using asio::ip::tcp;
using Clock = std::chrono::steady_clock;

namespace {

struct Reply
{
    int status = 0;
    std::string body;
};

awaitable<Reply> roundTrip(tcp::socket &socket, const std::string &method, const std::string &target,
                          const std::string &token, const std::string &body = {})
{
    std::string request = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
        + "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
    co_await asio::async_write(socket, asio::buffer(request), use_awaitable);
    std::string buffer;
    const std::size_t headEnd = co_await asio::async_read_until(socket, asio::dynamic_buffer(buffer), "\r\n\r\n", use_awaitable);
    Reply reply;
    reply.status = std::atoi(buffer.c_str() + 9);
    std::size_t length = 0;
    std::string head = buffer.substr(0, headEnd);
    std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (const std::size_t at = head.find("content-length:"); at != std::string::npos)
        length = std::stoul(head.substr(at + 15));
    reply.body = buffer.substr(headEnd);
    if (reply.body.size() < length) {
        const std::size_t have = reply.body.size();
        reply.body.resize(length);
        co_await asio::async_read(socket, asio::buffer(reply.body.data() + have, length - have), use_awaitable);
    }
    co_return reply;
}

// A valid IIN for a child born on birth (the checksum of the national standard), as the Python
// generator makes it.
QString iinFor(QDate birth, int serial)
{
    const std::string base = birth.toString(QStringLiteral("yyMMdd")).toStdString() + "5" + std::to_string(1000 + serial % 9000);
    for (const std::vector<int> &weights : {std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11},
                                            std::vector<int>{3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2}}) {
        int sum = 0;
        for (int i = 0; i < 11; ++i)
            sum += (base[std::size_t(i)] - '0') * weights[std::size_t(i)];
        if (sum % 11 != 10)
            return QString::fromStdString(base + std::to_string(sum % 11));
    }
    return {};
}

struct Figures
{
    std::vector<double> latencies;
    std::vector<double> seen;
    std::map<std::string, int> errors;
    std::unordered_map<std::string, Clock::time_point> committed;
    std::mutex mutex; // the writers run on a thread of their own (committed, errors)
};

double quantile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p * double(values.size())))];
}

} // namespace

int main(int argc, char **argv)
{
    int port = 0, parked = 2000, writers = 200, seconds = 20, pid = 0;
    bool oneThread = false;
    int scopedPercent = 0;
    int pauseMs = 1000; // a writer's mean pause between two commands
    std::string tokensFile;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string name = argv[i];
        const std::string value = argv[i + 1];
        if (name == "--port") port = std::stoi(value);
        else if (name == "--tokens") tokensFile = value;
        else if (name == "--parked") parked = std::clamp(std::stoi(value), 0, 20000);
        else if (name == "--writers") writers = std::clamp(std::stoi(value), 0, 2000);
        else if (name == "--seconds") seconds = std::clamp(std::stoi(value), 1, 600);
        else if (name == "--pid") pid = std::stoi(value);
        else if (name == "--one-thread") oneThread = value == "1";
        else if (name == "--scoped") scopedPercent = std::clamp(std::stoi(value), 0, 100);
        else if (name == "--pause") pauseMs = std::clamp(std::stoi(value), 2, 600000);
    }
    std::vector<std::string> tokens;
    QFile file(QString::fromStdString(tokensFile));
    if (port <= 0 || !file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "usage: server_load --port P --tokens FILE [--parked N] [--writers W] [--seconds S] [--pid PID] [--one-thread 1] [--scoped PERCENT] [--pause MS]\n");
        return 2;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split('\t');
        if (fields.size() >= 3)
            tokens.push_back(fields.at(2).trimmed().toStdString());
    }
    if (tokens.size() < 2) {
        std::fprintf(stderr, "server_load: need at least two desk tokens\n");
        return 2;
    }
    // Real desks hold one long-poll each. With fewer tokens than parked connections, several
    // connections share a desk's token, which is another load (docs/performance.md).
    if (std::size_t(parked) > tokens.size())
        std::printf("note: %d parked connections on %zu desk tokens (up to %zu per token)\n", parked, tokens.size(),
                    (std::size_t(parked) + tokens.size() - 1) / tokens.size());

    asio::io_context io;
    // The writers on a thread and event loop of their own (a desk's clerk is not on the machine of
    // the 2,000 parked desks): otherwise a command's answer waits in its socket while this one
    // thread scans a burst of parked answers, and that wait was counted as the server's.
    // --one-thread 1 runs everything on one loop, as the generator did before.
    asio::io_context writerIo;
    asio::io_context &commandsIo = oneThread ? io : writerIo;
    const tcp::endpoint server(asio::ip::make_address("127.0.0.1"), quint16(port));
    Figures figures;
    std::mt19937 random(std::random_device{}());
    const auto deadline = Clock::now() + std::chrono::seconds(10 + seconds);
    std::string startCursor;

    auto parkedDesk = [&](int index) -> awaitable<void> {
        const std::string &token = tokens[std::size_t(index) % tokens.size()];
        tcp::socket socket(io);
        co_await socket.async_connect(server, use_awaitable);
        std::string cursor = startCursor;
        for (int look = 0; look < 10000 && Clock::now() < deadline + std::chrono::seconds(5); ++look) {
            const Reply reply = co_await roundTrip(socket, "GET", "/api/v1/changes?wait=25&limit=5000&after=" + cursor, token);
            const auto arrived = Clock::now();
            if (reply.status != 200) {
                std::lock_guard lock(figures.mutex);
                ++figures.errors["changes " + std::to_string(reply.status)];
                asio::steady_timer pause(io, std::chrono::seconds(1));
                co_await pause.async_wait(use_awaitable);
                continue;
            }
            // Scanned, not parsed: 2,000 desks x every commit is millions of records in a run, and
            // a JSON parser here would make the client the bottleneck again. The server writes each
            // record as {"seq":..,"partition":"..","entity":"..","id":"..",...} (docs/api.md).
            const std::string &body = reply.body;
            if (const std::size_t at = body.rfind("\"cursor\":\""); at != std::string::npos) {
                const std::size_t from = at + 10;
                cursor = body.substr(from, body.find('"', from) - from);
            }
            // Every partition: a complaint is seen in its kindergarten's own (org:ID). A
            // registration's two rows (the anonymous one and the registering kindergarten's) count once.
            std::vector<std::string> counted;
            for (std::size_t at = body.find("\"partition\":\""); at != std::string::npos;
                 at = body.find("\"partition\":\"", at + 1)) {
                const std::size_t idAt = body.find("\"id\":\"", at);
                if (idAt == std::string::npos)
                    break;
                const std::size_t from = idAt + 6;
                std::string id = body.substr(from, body.find('"', from) - from);
                if (std::find(counted.begin(), counted.end(), id) != counted.end())
                    continue;
                std::lock_guard lock(figures.mutex);
                const auto sent = figures.committed.find(id);
                if (sent == figures.committed.end())
                    continue;
                counted.push_back(std::move(id));
                figures.seen.push_back(std::chrono::duration<double, std::milli>(arrived - sent->second).count());
            }
        }
    };

    int serial = int(random() % 1000000);
    auto writerDesk = [&](int index) -> awaitable<void> {
        const std::string &token = tokens[(std::size_t(index) + tokens.size() / 2) % tokens.size()];
        tcp::socket socket(commandsIo);
        co_await socket.async_connect(server, use_awaitable);
        const auto stop = Clock::now() + std::chrono::seconds(seconds);
        // The writers start spread over one mean pause, not all at the same moment.
        asio::steady_timer start(commandsIo, std::chrono::milliseconds(random() % pauseMs));
        co_await start.async_wait(use_awaitable);
        // Numbered past any desk_seq an earlier run used: the 409 desk_seq_gap that follows names
        // the desk's next number, so runs may repeat on one store (PostgreSQL is not copied).
        qint64 seq = 999999;
        for (int sent = 0; sent < 100000 && Clock::now() < stop; ++sent) {
            ++seq;
            ++serial;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QString nowText = now.toString(Qt::ISODateWithMs);
            const QDate birth = QDate(2022, 1, 1).addDays(serial % 700);
            QString childIin = iinFor(birth, serial);
            for (int more = 1; childIin.isEmpty() && more < 20; ++more)
                childIin = iinFor(birth, serial + 7919 * more);
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QJsonObject application{
                {QStringLiteral("id"), id},
                {QStringLiteral("applicant_surname"), QStringLiteral("Сейтқали")},
                {QStringLiteral("applicant_name"), QStringLiteral("Айгүл")},
                {QStringLiteral("applicant_iin"), QStringLiteral("940721400507")},
                {QStringLiteral("applicant_address"), QStringLiteral("Қарағанды, Бұқар жырау 1")},
                {QStringLiteral("settlement"), QStringLiteral("Қарағанды")},
                {QStringLiteral("child_surname"), QStringLiteral("Сейтқали")},
                {QStringLiteral("child_name"), QStringLiteral("Нұрлан")},
                {QStringLiteral("child_iin"), childIin},
                {QStringLiteral("child_birth_date"), birth.toString(Qt::ISODate)},
                {QStringLiteral("child_sex"), QStringLiteral("male")},
                {QStringLiteral("category"), 10},
                {QStringLiteral("phones"), QJsonArray{QStringLiteral("+77012345678")}},
                {QStringLiteral("consent"), true},
                {QStringLiteral("signature_date"), nowText.left(10)},
                {QStringLiteral("filed_at"), nowText},
            };
            // A complaint (ComplaintStore's keys) is published only in the kindergarten's own partition.
            const bool scoped = int(random() % 100) < scopedPercent;
            const QJsonObject complaint{
                {QStringLiteral("id"), id},
                {QStringLiteral("number"), QStringLiteral("Ш-%1-%2").arg(now.date().year()).arg(serial % 100000)},
                {QStringLiteral("received_on"), nowText.left(10)},
                {QStringLiteral("addressee"), QStringLiteral("head")},
                {QStringLiteral("complainant"), QStringLiteral("Серікова Айгүл, +77011234567")},
                {QStringLiteral("subject"), QStringLiteral("Кезек ұзақ күттірді")},
                {QStringLiteral("direction_number"), QString()},
                {QStringLiteral("application_id"), QString()},
                {QStringLiteral("status"), QStringLiteral("registered")},
                {QStringLiteral("answered_on"), QJsonValue()},
                {QStringLiteral("answer"), QString()}};
            const QJsonObject batch{
                {QStringLiteral("outbox_head"), seq},
                {QStringLiteral("commands"), QJsonArray{QJsonObject{
                     {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                     {QStringLiteral("desk_seq"), seq},
                     {QStringLiteral("type"), scoped ? QStringLiteral("register_complaint") : QStringLiteral("register_application")},
                     {QStringLiteral("payload"), scoped ? complaint : application},
                     {QStringLiteral("created_at"), nowText},
                     {QStringLiteral("clerk"), QStringLiteral("load")}}}}};
            const auto started = Clock::now();
            const Reply reply = co_await roundTrip(socket, "POST", "/api/v1/commands", token,
                                                  QJsonDocument(batch).toJson(QJsonDocument::Compact).toStdString());
            const auto answered = Clock::now();
            const QJsonObject answer = QJsonDocument::fromJson(QByteArray::fromStdString(reply.body)).object();
            if (reply.status == 409 && answer.contains(QStringLiteral("expected_seq"))) { // this desk's next number
                seq = answer.value(QStringLiteral("expected_seq")).toInteger() - 1;
                continue;
            }
            figures.latencies.push_back(std::chrono::duration<double, std::milli>(answered - started).count());
            std::unique_lock lock(figures.mutex);
            if (reply.status != 200) {
                ++figures.errors["commands " + std::to_string(reply.status)];
                continue;
            }
            const QJsonObject result = answer.value(QStringLiteral("results")).toArray().at(0).toObject();
            if (result.value(QStringLiteral("status")).toString() == QStringLiteral("applied"))
                figures.committed[id.toStdString()] = answered;
            else
                ++figures.errors["rejected " + result.value(QStringLiteral("code")).toString().toStdString()];
            lock.unlock();
            // A clerk's pace: 0.5-1.5 times the mean pause.
            asio::steady_timer pause(commandsIo, std::chrono::milliseconds(pauseMs / 2 + random() % pauseMs));
            co_await pause.async_wait(use_awaitable);
        }
    };

    auto run = [&]() -> awaitable<void> {
        // The feed's end, found once: every parked desk starts its long-poll there.
        {
            tcp::socket socket(io);
            co_await socket.async_connect(server, use_awaitable);
            for (int page = 0; page < 100000; ++page) {
                const Reply reply = co_await roundTrip(socket, "GET", "/api/v1/changes?limit=5000&after=" + startCursor, tokens[0]);
                const QJsonObject body = QJsonDocument::fromJson(QByteArray::fromStdString(reply.body)).object();
                startCursor = body.value(QStringLiteral("cursor")).toString().toStdString();
                if (reply.status != 200 || !body.value(QStringLiteral("more")).toBool())
                    break;
            }
        }
        const auto report = [&](const char *what) {
            return [&figures, what](std::exception_ptr failure) {
                if (!failure)
                    return;
                std::lock_guard lock(figures.mutex);
                ++figures.errors[std::string(what) + " connection"];
            };
        };
        for (int i = 0; i < parked; ++i)
            asio::co_spawn(io, parkedDesk(i), report("changes"));
        asio::steady_timer settle(io, std::chrono::seconds(std::min(10, std::max(1, seconds / 4))));
        co_await settle.async_wait(use_awaitable);
        for (int i = 0; i < writers; ++i)
            asio::co_spawn(commandsIo, writerDesk(i), report("commands"));
    };
    asio::co_spawn(io, run(), asio::detached);
    // Hard bound: whatever is still open 40 s after the writers stop is abandoned.
    asio::steady_timer bound(io, deadline + std::chrono::seconds(35) - Clock::now());
    bound.async_wait([&io](const boost::system::error_code &) { io.stop(); });
    // Stop once the writers are done and the parked desks have had one long-poll to report.
    asio::steady_timer finish(io, deadline + std::chrono::seconds(3) - Clock::now());
    finish.async_wait([&io](const boost::system::error_code &) { io.stop(); });
    std::thread writerThread;
    if (!oneThread) {
        writerThread = std::thread([&writerIo] {
            auto busy = asio::make_work_guard(writerIo);
            writerIo.run();
        });
    }
    io.run();
    writerIo.stop();
    if (writerThread.joinable())
        writerThread.join();

    std::printf("commands: %zu, p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", figures.latencies.size(),
                quantile(figures.latencies, 0.5), quantile(figures.latencies, 0.99), quantile(figures.latencies, 1));
    std::printf("changes seen by parked desks: %zu, p50 %.0f ms, p99 %.0f ms, max %.0f ms\n", figures.seen.size(),
                quantile(figures.seen, 0.5), quantile(figures.seen, 0.99), quantile(figures.seen, 1));
    int errorCount = 0;
    for (const auto &[what, count] : figures.errors)
        errorCount += count;
    std::printf("errors: %d", errorCount);
    for (const auto &[what, count] : figures.errors)
        std::printf(" [%s: %d]", what.c_str(), count);
    std::printf("\n");
    {
        // What the server did with the woken desks (docs/api.md, GET /api/v1/health).
        asio::io_context healthIo;
        Reply health;
        asio::co_spawn(healthIo, [&]() -> awaitable<void> {
            tcp::socket socket(healthIo);
            co_await socket.async_connect(server, use_awaitable);
            health = co_await roundTrip(socket, "GET", "/api/v1/health", tokens[0]);
        }, asio::detached);
        healthIo.run_for(std::chrono::seconds(10));
        const QJsonObject counters = QJsonDocument::fromJson(QByteArray::fromStdString(health.body)).object();
        std::printf("server woken_shared %lld, woken_alone %lld, parked_without_read %lld\n",
                    counters.value(QStringLiteral("woken_shared")).toInteger(),
                    counters.value(QStringLiteral("woken_alone")).toInteger(),
                    counters.value(QStringLiteral("parked_without_read")).toInteger());
        const QJsonObject groups = counters.value(QStringLiteral("command_groups")).toObject();
        if (!groups.isEmpty())
            std::printf("server command groups %lld holding %lld batches, %lld batches written alone\n",
                        groups.value(QStringLiteral("groups")).toInteger(), groups.value(QStringLiteral("batches")).toInteger(),
                        groups.value(QStringLiteral("alone")).toInteger());
    }
    if (pid > 0) {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (status.open(QIODevice::ReadOnly))
            for (const QByteArray &line : status.readAll().split('\n'))
                if (line.startsWith("VmHWM") || line.startsWith("VmRSS"))
                    std::printf("server %s\n", line.simplified().constData());
    }
    return 0;
}
