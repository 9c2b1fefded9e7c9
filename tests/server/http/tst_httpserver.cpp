// The queue server's HTTP layer (server/http, docs/server-http.md), driven over raw sockets the
// way a broken, slow or hostile client would, and over QSslSocket for TLS.

#include "http/HttpServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

#include <atomic>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace {

struct RawResponse {
    int status = 0;
    std::map<std::string, std::string> headers; // names lower-cased
    std::string body;
};

std::string lower(std::string text)
{
    for (char &c : text)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return text;
}

// A blocking POSIX client: sends exactly the bytes a test gives it, nothing more.
class RawClient {
public:
    explicit RawClient(std::uint16_t port)
    {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        connected_ = fd_ >= 0 && ::connect(fd_, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    }
    ~RawClient() { close(); }
    RawClient(const RawClient &) = delete;
    RawClient &operator=(const RawClient &) = delete;

    bool connected() const { return connected_; }

    bool send(const std::string &bytes)
    {
        std::size_t sent = 0;
        while (sent < bytes.size()) {
            const ssize_t n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            sent += static_cast<std::size_t>(n);
        }
        return true;
    }

    // One response, or nullopt when the connection closed or nothing complete came in time.
    std::optional<RawResponse> readResponse(int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        std::size_t headEnd;
        while ((headEnd = pending_.find("\r\n\r\n")) == std::string::npos) {
            if (!fill(timeoutMs - static_cast<int>(timer.elapsed())))
                return std::nullopt;
        }
        RawResponse response;
        const std::string head = pending_.substr(0, headEnd);
        std::size_t lineEnd = head.find("\r\n");
        const std::string statusLine = head.substr(0, lineEnd);
        if (statusLine.rfind("HTTP/1.", 0) != 0 || statusLine.size() < 12)
            return std::nullopt;
        response.status = std::stoi(statusLine.substr(9, 3));
        while (lineEnd != std::string::npos && lineEnd < head.size()) {
            const std::size_t start = lineEnd + 2;
            lineEnd = head.find("\r\n", start);
            const std::string line = head.substr(start, lineEnd == std::string::npos ? std::string::npos : lineEnd - start);
            const std::size_t colon = line.find(':');
            if (colon == std::string::npos)
                continue;
            std::string value = line.substr(colon + 1);
            value.erase(0, value.find_first_not_of(' '));
            response.headers[lower(line.substr(0, colon))] = value;
        }
        const std::size_t length = response.headers.count("content-length")
            ? std::stoul(response.headers["content-length"]) : 0;
        pending_.erase(0, headEnd + 4);
        while (pending_.size() < length) {
            if (!fill(timeoutMs - static_cast<int>(timer.elapsed())))
                return std::nullopt;
        }
        response.body = pending_.substr(0, length);
        pending_.erase(0, length);
        return response;
    }

    // True when the server closes the connection within timeoutMs; *extra gets the bytes that
    // arrived (and were not read as a response) either way.
    bool waitClosed(int timeoutMs, std::string *extra = nullptr)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            const int left = timeoutMs - static_cast<int>(timer.elapsed());
            pollfd p{fd_, POLLIN, 0};
            if (left <= 0 || ::poll(&p, 1, left) <= 0) {
                if (extra)
                    *extra = pending_;
                return false;
            }
            char buffer[4096];
            const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
            if (n <= 0) {
                if (extra)
                    *extra = pending_;
                return true;
            }
            pending_.append(buffer, static_cast<std::size_t>(n));
        }
    }

    bool readable(int timeoutMs)
    {
        pollfd p{fd_, POLLIN, 0};
        return ::poll(&p, 1, timeoutMs) > 0;
    }

    void close()
    {
        if (fd_ >= 0)
            ::close(fd_);
        fd_ = -1;
    }

private:
    bool fill(int timeoutMs)
    {
        if (timeoutMs <= 0)
            return false;
        pollfd p{fd_, POLLIN, 0};
        if (::poll(&p, 1, timeoutMs) <= 0)
            return false;
        char buffer[65536];
        const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
        if (n <= 0)
            return false;
        pending_.append(buffer, static_cast<std::size_t>(n));
        return true;
    }

    int fd_ = -1;
    bool connected_ = false;
    std::string pending_;
};

std::string get(const std::string &target, const std::string &extraHeaders = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders + "\r\n";
}

// The body of a gzip answer, or nullopt when it is not one whole gzip member.
std::optional<std::string> gunzip(const std::string &compressed)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return std::nullopt;
    std::string out;
    char buffer[65536];
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        result = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, sizeof buffer - stream.avail_out);
    }
    const bool whole = result == Z_STREAM_END && stream.avail_in == 0;
    inflateEnd(&stream);
    return whole ? std::optional<std::string>(out) : std::nullopt;
}

// A JSON body of n bytes (at least 2) that compresses the way a page of changes does (repeated
// keys, varying values).
std::string bigBody(std::size_t n)
{
    std::string body = "[";
    for (std::size_t i = 0; body.size() + 80 < n; ++i)
        body += "{\"id\":\"" + std::to_string(i * 2654435761u % 1000003) + "\",\"status\":\"queued\",\"year\":2021},";
    body.resize(std::max<std::size_t>(body.size(), 2) - 1);
    if (body.size() + 1 < n)
        body.append(n - body.size() - 1, ' '); // exactly n bytes
    body += "]";
    return body;
}

// /echo answers with what it saw; /park keeps the responder for the test; /drop asks for the
// connection to be dropped; /never never answers; /throw throws; /big?n=N answers about N bytes
// of JSON (with encoded=1 the handler says it encoded them itself); /noise?n=N, N bytes that do
// not compress.
class TestHandler : public http::Handler {
public:
    void handle(http::Request request, http::Responder respond) override
    {
        if (request.path == "/park") {
            const std::lock_guard lock(mutex_);
            parked_.emplace_back(request.query["id"], std::move(respond));
            return;
        }
        if (request.path == "/never")
            return;
        if (request.path == "/block") { // holds the I/O thread until release()
            blocking_ = true;
            released_.wait();
            http::Response response;
            response.body = "released";
            respond(response);
            return;
        }
        if (request.path == "/throw")
            throw std::runtime_error("handler failure");
        http::Response response;
        if (request.path == "/drop") {
            response.dropConnection = true;
            respond(response);
            return;
        }
        if (request.path == "/noise") { // bytes that do not compress
            std::uint32_t state = 2463534242u;
            for (std::size_t i = std::stoul(request.query["n"]); i > 0; --i) {
                state ^= state << 13, state ^= state >> 17, state ^= state << 5;
                response.body += static_cast<char>(state & 0xff);
            }
            respond(response);
            return;
        }
        if (request.path == "/big") {
            response.body = bigBody(std::stoul(request.query["n"]));
            if (request.query["encoded"] == "1")
                response.headers.emplace_back("Content-Encoding", "identity");
            respond(response);
            return;
        }
        response.contentType = "text/plain; charset=utf-8";
        response.body = request.method + " " + request.path;
        for (const auto &[key, value] : request.query)
            response.body += " [" + key + "=" + value + "]";
        response.body += " x-test=" + request.header("x-test") + " from=" + request.remoteAddress
            + " body=" + request.body;
        response.headers.emplace_back("X-Echo", "yes");
        respond(response);
    }

    std::size_t parkedCount()
    {
        const std::lock_guard lock(mutex_);
        return parked_.size();
    }
    std::vector<std::pair<std::string, http::Responder>> takeParked()
    {
        const std::lock_guard lock(mutex_);
        return std::exchange(parked_, {});
    }

    bool blocking() const { return blocking_; }
    void release() // once; later calls do nothing
    {
        if (!released_flag_.exchange(true))
            release_.set_value();
    }

private:
    std::mutex mutex_;
    std::vector<std::pair<std::string, http::Responder>> parked_;
    std::promise<void> release_;
    std::shared_future<void> released_ = release_.get_future().share();
    std::atomic<bool> blocking_{false};
    std::atomic<bool> released_flag_{false};
};

std::unique_ptr<http::Server> startServer(TestHandler &handler, http::Limits limits = {},
                                          const std::optional<http::TlsFiles> &tls = std::nullopt)
{
    auto server = std::make_unique<http::Server>(handler, limits);
    std::string error;
    if (!server->listen("127.0.0.1", 0, tls, &error)) {
        qWarning("listen failed: %s", error.c_str());
        return nullptr;
    }
    server->start();
    return server;
}

// count clients on connections of their own, client i having sent GET /park?id=i; fewer when one
// could not connect or send.
std::vector<std::unique_ptr<RawClient>> parkClients(std::uint16_t port, int count)
{
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < count; ++i) {
        auto client = std::make_unique<RawClient>(port);
        if (!client->connected() || !client->send(get("/park?id=" + std::to_string(i))))
            break;
        clients.push_back(std::move(client));
    }
    return clients;
}

// Answers each parked request "parked <id>".
void answerParked(const std::vector<std::pair<std::string, http::Responder>> &parked)
{
    for (const auto &[id, respond] : parked) {
        http::Response response;
        response.body = "parked " + id;
        respond(response);
    }
}

std::string errorCode(const RawResponse &response)
{
    const std::string marker = "{\"code\":\"";
    if (response.body.rfind(marker, 0) != 0)
        return "not an error body: " + response.body;
    const std::size_t end = response.body.find('"', marker.size());
    return response.body.substr(marker.size(), end - marker.size());
}

} // namespace

class TestHttpServer : public QObject {
    Q_OBJECT

private:
    // After every bad-input case: the server still answers a well-behaved client.
    static bool stillServing(std::uint16_t port)
    {
        RawClient client(port);
        if (!client.connected() || !client.send(get("/echo?after=bad")))
            return false;
        const auto response = client.readResponse();
        return response && response->status == 200 && response->body.find("[after=bad]") != std::string::npos;
    }

private slots:
    void roundTripsWithKeepAlive()
    {
        TestHandler handler;
        const auto server = startServer(handler);
        QVERIFY(server);
        RawClient client(server->port());
        QVERIFY(client.connected());

        QVERIFY(client.send(get("/echo/a%20b?x=1&y=a+b%21&x=2&flag", "X-Test: first\r\n")));
        auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body, std::string("GET /echo/a b [flag=] [x=2] [y=a b!] x-test=first from=127.0.0.1 body="));
        QCOMPARE(response->headers["server"], std::string("qabyldau-server"));
        QCOMPARE(response->headers["content-type"], std::string("text/plain; charset=utf-8"));
        QCOMPARE(response->headers["content-length"], std::to_string(response->body.size()));
        QCOMPARE(response->headers["x-echo"], std::string("yes"));
        QCOMPARE(server->openConnections(), std::size_t(1));

        // The same connection carries a second request: keep-alive.
        QVERIFY(client.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 11\r\n\r\nhello world"));
        response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body, std::string("POST /echo x-test= from=127.0.0.1 body=hello world"));

        // A chunked body under the limit is read whole.
        QVERIFY(client.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
                            "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"));
        response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->body, std::string("POST /echo x-test= from=127.0.0.1 body=hello world"));

        // Connection: close is honoured.
        QVERIFY(client.send(get("/echo", "Connection: close\r\n")));
        response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->headers["connection"], std::string("close"));
        QVERIFY(client.waitClosed(2000));
    }

    void headAndExpectContinue()
    {
        TestHandler handler;
        const auto server = startServer(handler);
        QVERIFY(server);
        RawClient client(server->port());
        // HEAD: the GET answer's Content-Length, no body (the next response must parse cleanly).
        QVERIFY(client.send("HEAD /echo HTTP/1.1\r\nHost: x\r\n\r\n"));
        std::string extra;
        QVERIFY(!client.waitClosed(500, &extra));
        QVERIFY(extra.find("\r\n\r\n") == extra.size() - 4);
        QVERIFY(extra.find("Content-Length: 39\r\n") != std::string::npos);

        RawClient second(server->port());
        QVERIFY(second.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n"));
        auto response = second.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 100);
        QVERIFY(second.send("hello"));
        response = second.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body, std::string("POST /echo x-test= from=127.0.0.1 body=hello"));
    }

    void answersHttp10()
    {
        TestHandler handler;
        const auto server = startServer(handler);
        QVERIFY(server);
        RawClient client(server->port());
        QVERIFY(client.send("GET /echo HTTP/1.0\r\n\r\n"));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QVERIFY(client.waitClosed(2000)); // HTTP/1.0 without keep-alive closes
    }

    void garbageGets400AndClose()
    {
        TestHandler handler;
        const auto server = startServer(handler);
        QVERIFY(server);
        RawClient client(server->port());
        QVERIFY(client.send(std::string("\x01\x02") + " this is not http\r\n\r\n"));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 400);
        QCOMPARE(errorCode(*response), std::string("bad_request"));
        QCOMPARE(response->headers.at("content-type"), std::string("application/json"));
        QVERIFY(client.waitClosed(2000));
        QVERIFY(stillServing(server->port()));
    }

    void badChunkingGets400()
    {
        TestHandler handler;
        const auto server = startServer(handler);
        QVERIFY(server);
        RawClient client(server->port());
        QVERIFY(client.send("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n"));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 400);
        QCOMPARE(errorCode(*response), std::string("bad_request"));
        QVERIFY(client.waitClosed(2000));
        QVERIFY(stillServing(server->port()));
    }

    void hugeContentLengthGets413WithoutBody()
    {
        TestHandler handler;
        const auto server = startServer(handler);
        QVERIFY(server);
        RawClient client(server->port());
        // 100 MB announced, not one byte of it sent: the answer must come from the head alone.
        QVERIFY(client.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 104857600\r\n\r\n"));
        const auto response = client.readResponse(3000);
        QVERIFY(response);
        QCOMPARE(response->status, 413);
        QCOMPARE(errorCode(*response), std::string("body_too_large"));
        QVERIFY(client.waitClosed(3000));
        QVERIFY(stillServing(server->port()));
    }

    void hugeHeaderGets431()
    {
        TestHandler handler;
        const auto server = startServer(handler);
        QVERIFY(server);
        RawClient client(server->port());
        QVERIFY(client.send(get("/echo", "X-Big: " + std::string(50 * 1024, 'a') + "\r\n")));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 431);
        QCOMPARE(errorCode(*response), std::string("header_too_large"));
        QVERIFY(client.waitClosed(3000));
        QVERIFY(stillServing(server->port()));
    }

    void chunkedBodyOverLimitGets413()
    {
        TestHandler handler;
        http::Limits limits;
        limits.maxBodyBytes = 1024;
        const auto server = startServer(handler, limits);
        QVERIFY(server);
        RawClient client(server->port());
        const std::string chunk = "300\r\n" + std::string(0x300, 'b') + "\r\n";
        QVERIFY(client.send("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk + chunk
                            + "0\r\n\r\n"));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 413);
        QCOMPARE(errorCode(*response), std::string("body_too_large"));
        QVERIFY(client.waitClosed(3000));
        QVERIFY(stillServing(server->port()));
    }

    void slowHeadIsDroppedByDeadline()
    {
        TestHandler handler;
        http::Limits limits;
        limits.headerTimeout = std::chrono::milliseconds(1000);
        const auto server = startServer(handler, limits);
        QVERIFY(server);
        RawClient client(server->port());
        const std::string request = get("/echo", "X-Padding: " + std::string(40, 'p') + "\r\n");
        QElapsedTimer timer;
        timer.start();
        // One byte every 200 ms: each byte would restart a per-read timeout; the deadline is
        // for the whole head.
        bool answered = false;
        for (const char c : request) {
            if (!client.send(std::string(1, c)) || client.readable(200)) {
                answered = true;
                break;
            }
        }
        // Answered before the last byte was sent (16 s of trickle): the deadline covers the whole
        // head. No upper bound on the time itself: a loaded machine only makes it later.
        QVERIFY2(answered, "the slow client was kept alive by its bytes");
        const auto response = client.readResponse(1000);
        QVERIFY(response);
        QCOMPARE(response->status, 408);
        QCOMPARE(errorCode(*response), std::string("request_timeout"));
        QVERIFY(client.waitClosed(3000));
        QVERIFY(stillServing(server->port()));
    }

    void silentConnectionIsClosedWithoutAnswer()
    {
        TestHandler handler;
        http::Limits limits;
        limits.headerTimeout = std::chrono::milliseconds(1000);
        const auto server = startServer(handler, limits);
        QVERIFY(server);
        RawClient client(server->port());
        QElapsedTimer timer;
        timer.start();
        std::string extra = "unset";
        QVERIFY(client.waitClosed(5000, &extra));
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed()))); // not before the deadline
        QVERIFY2(extra.empty(), extra.c_str());
        QVERIFY(stillServing(server->port()));
    }

    void slowBodyIsDroppedByDeadline()
    {
        TestHandler handler;
        http::Limits limits;
        limits.bodyTimeout = std::chrono::milliseconds(1000);
        const auto server = startServer(handler, limits);
        QVERIFY(server);
        RawClient client(server->port());
        QVERIFY(client.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 40\r\n\r\n"));
        QElapsedTimer timer;
        timer.start();
        bool answered = false;
        for (int i = 0; i < 40; ++i) {
            if (!client.send("z") || client.readable(200)) {
                answered = true;
                break;
            }
        }
        QVERIFY2(answered, "the slow body was kept alive by its bytes");
        const auto response = client.readResponse(1000);
        QVERIFY(response);
        QCOMPARE(response->status, 408);
        QVERIFY(client.waitClosed(3000));
        QVERIFY(stillServing(server->port()));
    }

    void idleKeepAliveIsClosed()
    {
        TestHandler handler;
        http::Limits limits;
        limits.idleTimeout = std::chrono::milliseconds(500);
        const auto server = startServer(handler, limits);
        QVERIFY(server);
        RawClient client(server->port());
        QVERIFY(client.send(get("/echo")));
        QVERIFY(client.readResponse());
        QElapsedTimer timer;
        timer.start();
        std::string extra;
        QVERIFY(client.waitClosed(5000, &extra));
        QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed()))); // not before the deadline
        QVERIFY(extra.empty()); // idle close writes nothing
        QTRY_COMPARE_WITH_TIMEOUT(server->openConnections(), std::size_t(0), 2000);
    }

    void parkedRequestsAnsweredFromAnotherThread()
    {
        TestHandler handler;
        const auto server = startServer(handler);
        QVERIFY(server);
        constexpr int count = 300;
        const std::vector<std::unique_ptr<RawClient>> clients = parkClients(server->port(), count);
        QCOMPARE(clients.size(), std::size_t(count));
        QTRY_COMPARE_WITH_TIMEOUT(handler.parkedCount(), std::size_t(count), 10000);
        QCOMPARE(server->openConnections(), std::size_t(count));

        std::thread answerer([parked = handler.takeParked()] { answerParked(parked); });
        answerer.join();
        for (int i = 0; i < count; ++i) {
            const auto response = clients[static_cast<std::size_t>(i)]->readResponse();
            QVERIFY2(response, qPrintable(QString::number(i)));
            QCOMPARE(response->status, 200);
            QCOMPARE(response->body, "parked " + std::to_string(i));
        }
    }

    void answersWaitingForAnIoThreadAreCounted()
    {
        // Server::answersQueued(), by which a handler answering thousands at once paces itself
        // (the queue server's wake-ups): answers given while the one I/O thread is busy wait for
        // it, counted; once it is free they go out and the count is back at zero.
        TestHandler handler;
        http::Limits limits;
        limits.ioThreads = 1;
        const auto server = startServer(handler, limits);
        QVERIFY(server);
        const auto releaseAtEnd = qScopeGuard([&handler] { handler.release(); }); // a failed check must not leave the thread held
        constexpr int count = 10;
        const std::vector<std::unique_ptr<RawClient>> clients = parkClients(server->port(), count);
        QCOMPARE(clients.size(), std::size_t(count));
        QTRY_COMPARE_WITH_TIMEOUT(handler.parkedCount(), std::size_t(count), 10000);
        QCOMPARE(server->answersQueued(), std::size_t(0));
        RawClient blocker(server->port());
        QVERIFY(blocker.send(get("/block")));
        QTRY_VERIFY_WITH_TIMEOUT(handler.blocking(), 10000); // the I/O thread is held
        answerParked(handler.takeParked());
        QCOMPARE(server->answersQueued(), std::size_t(count));
        handler.release();
        QTRY_COMPARE_WITH_TIMEOUT(server->answersQueued(), std::size_t(0), 10000);
        for (int i = 0; i < count; ++i) {
            const auto response = clients[static_cast<std::size_t>(i)]->readResponse();
            QVERIFY2(response, qPrintable(QString::number(i)));
            QCOMPARE(response->body, "parked " + std::to_string(i));
        }
        const auto released = blocker.readResponse();
        QVERIFY(released);
        QCOMPARE(released->body, std::string("released"));
        server->stop();
        QCOMPARE(server->answersQueued(), std::size_t(0));
    }

    void clientGoneWhileParked()
    {
        TestHandler handler;
        const auto server = startServer(handler);
        QVERIFY(server);
        {
            RawClient client(server->port());
            QVERIFY(client.send(get("/park?id=gone")));
            QTRY_COMPARE_WITH_TIMEOUT(handler.parkedCount(), std::size_t(1), 5000);
            QCOMPARE(server->openConnections(), std::size_t(1));
        }
        // The server notices the close while the request is still parked.
        QTRY_COMPARE_WITH_TIMEOUT(server->openConnections(), std::size_t(0), 3000);
        auto parked = handler.takeParked();
        std::thread late([&parked] {
            http::Response response;
            response.body = "too late";
            parked.front().second(response);
            parked.front().second(response); // a second call is a no-op too
        });
        late.join();
        QVERIFY(stillServing(server->port()));
    }

    void respondAfterStopIsHarmless()
    {
        TestHandler handler;
        auto server = startServer(handler);
        QVERIFY(server);
        RawClient client(server->port());
        QVERIFY(client.send(get("/park?id=stop")));
        QTRY_COMPARE_WITH_TIMEOUT(handler.parkedCount(), std::size_t(1), 5000);
        server->stop();
        QCOMPARE(server->openConnections(), std::size_t(0));
        QVERIFY(client.waitClosed(2000));
        server.reset();
        auto parked = handler.takeParked();
        parked.front().second(http::Response{}); // must not touch the destroyed server
    }

    void tooManyConnectionsGets503()
    {
        TestHandler handler;
        http::Limits limits;
        limits.maxConnections = 5;
        const auto server = startServer(handler, limits);
        QVERIFY(server);
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < 5; ++i) {
            clients.push_back(std::make_unique<RawClient>(server->port()));
            QVERIFY(clients.back()->send(get("/echo")));
            QVERIFY(clients.back()->readResponse());
        }
        QCOMPARE(server->openConnections(), std::size_t(5));

        RawClient sixth(server->port());
        QVERIFY(sixth.send(get("/echo")));
        const auto response = sixth.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 503);
        QCOMPARE(errorCode(*response), std::string("too_many_connections"));
        QVERIFY(sixth.waitClosed(3000));
        QCOMPARE(server->openConnections(), std::size_t(5));

        clients.front()->close();
        QTRY_COMPARE_WITH_TIMEOUT(server->openConnections(), std::size_t(4), 3000);
        QVERIFY(stillServing(server->port()));
    }

    void dropConnectionWritesNothing()
    {
        TestHandler handler;
        const auto server = startServer(handler);
        QVERIFY(server);
        RawClient client(server->port());
        QVERIFY(client.send(get("/drop")));
        std::string extra = "unset";
        QVERIFY(client.waitClosed(3000, &extra));
        QCOMPARE(extra, std::string());
        QVERIFY(stillServing(server->port()));
    }

    void handlerTimeoutGets503AndKeepsConnection()
    {
        TestHandler handler;
        http::Limits limits;
        limits.handlerTimeout = std::chrono::milliseconds(300);
        const auto server = startServer(handler, limits);
        QVERIFY(server);
        RawClient client(server->port());
        QVERIFY(client.send(get("/never")));
        auto response = client.readResponse(3000);
        QVERIFY(response);
        QCOMPARE(response->status, 503);
        QCOMPARE(errorCode(*response), std::string("handler_timeout"));
        QVERIFY(client.send(get("/echo")));
        response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
    }

    void throwingHandlerGets500()
    {
        TestHandler handler;
        const auto server = startServer(handler);
        QVERIFY(server);
        RawClient client(server->port());
        QVERIFY(client.send(get("/throw")));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 500);
        QCOMPARE(errorCode(*response), std::string("internal_error"));
        QVERIFY(stillServing(server->port()));
    }

    // docs/server-http.md "Compression": a large answer goes gzip-compressed to a client that
    // accepts gzip, and the client reads back exactly the bytes the handler gave.
    void largeAnswersAreCompressedForClientsThatAcceptGzip()
    {
        TestHandler handler;
        http::Limits limits;
        limits.compressMinBytes = 4096;
        const auto server = startServer(handler, limits);
        QVERIFY(server);
        const std::string expected = bigBody(100000);
        RawClient client(server->port());

        // Not asked: the plain body, but the answer says it varies with Accept-Encoding.
        QVERIFY(client.send(get("/big?n=100000")));
        auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->headers.count("content-encoding"), std::size_t(0));
        QCOMPARE(response->headers["vary"], std::string("Accept-Encoding"));
        QCOMPARE(response->body, expected);
        QCOMPARE(server->compression().answers, std::uint64_t(0));

        // Asked as Qt's network access manager asks: gzip, on the same keep-alive connection.
        QVERIFY(client.send(get("/big?n=100000", "Accept-Encoding: gzip, deflate\r\n")));
        response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->headers["content-encoding"], std::string("gzip"));
        QCOMPARE(response->headers["vary"], std::string("Accept-Encoding"));
        QVERIFY2(response->body.size() * 3 < expected.size(), std::to_string(response->body.size()).c_str());
        const std::optional<std::string> inflated = gunzip(response->body);
        QVERIFY(inflated);
        QCOMPARE(*inflated, expected);
        const http::CompressionStats stats = server->compression();
        QCOMPARE(stats.answers, std::uint64_t(1));
        QCOMPARE(stats.bytesBefore, std::uint64_t(expected.size()));
        QCOMPARE(stats.bytesAfter, std::uint64_t(response->body.size()));

        // Under the threshold: plain, whatever the client accepts.
        QVERIFY(client.send(get("/big?n=1000", "Accept-Encoding: gzip\r\n")));
        response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->headers.count("content-encoding"), std::size_t(0));
        QCOMPARE(response->headers.count("vary"), std::size_t(0));
        QCOMPARE(response->body, bigBody(1000));

        // Exactly the threshold: compressed.
        const std::string atThreshold = bigBody(4096);
        QCOMPARE(atThreshold.size(), std::size_t(4096));
        QVERIFY(client.send(get("/big?n=4096", "Accept-Encoding: gzip\r\n")));
        response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->headers["content-encoding"], std::string("gzip"));
        QCOMPARE(gunzip(response->body).value_or(std::string()), atThreshold);

        // Bytes that would not get smaller go as they are (the answer still varies).
        QVERIFY(client.send(get("/noise?n=50000", "Accept-Encoding: gzip\r\n")));
        response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->headers.count("content-encoding"), std::size_t(0));
        QCOMPARE(response->headers["vary"], std::string("Accept-Encoding"));
        QCOMPARE(response->body.size(), std::size_t(50000));
        QCOMPARE(server->compression().answers, std::uint64_t(2));

        // A handler that encoded its body itself is left alone.
        QVERIFY(client.send(get("/big?n=100000&encoded=1", "Accept-Encoding: gzip\r\n")));
        response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->headers["content-encoding"], std::string("identity"));
        QCOMPARE(response->body, expected);
        QCOMPARE(server->compression().answers, std::uint64_t(2));
    }

    // RFC 9110 12.5.3: which Accept-Encoding values get gzip.
    void acceptEncodingIsReadWithItsWeights()
    {
        TestHandler handler;
        http::Limits limits;
        limits.compressMinBytes = 4096;
        const auto server = startServer(handler, limits);
        QVERIFY(server);
        const std::vector<std::pair<std::string, bool>> cases = {
            {"gzip", true}, {"GZIP", true}, {"x-gzip", true}, {"deflate, gzip;q=0.5", true},
            {"gzip; q=1.0", true}, {"*", true}, {"br;q=1, *;q=0.1", true},
            {"gzip;q=0", false}, {"gzip;q=0.000", false}, {"*, gzip;q=0", false},
            {"identity", false}, {"deflate", false}, {"br", false}, {"", false},
            {"gzip;q=abc", false}, {"*;q=0", false}, {"gzipped", false},
            {"gzip;q = 0.5", false}, {"gzip;q= 0.5", false}, {"gzip;q", false},
            {"gzip ; q=0.5", true}, {"gzip;level=1", true}, {" deflate ,gzip ", true},
        };
        RawClient client(server->port());
        for (const auto &[accept, compressed] : cases) {
            const std::string head = accept.empty() ? std::string() : "Accept-Encoding: " + accept + "\r\n";
            QVERIFY(client.send(get("/big?n=10000", head)));
            auto response = client.readResponse();
            QVERIFY(response);
            QVERIFY2((response->headers["content-encoding"] == "gzip") == compressed, accept.c_str());
        }

        // Compression off: never, whatever is accepted.
        limits.compressMinBytes = 0;
        const auto off = startServer(handler, limits);
        QVERIFY(off);
        RawClient plain(off->port());
        QVERIFY(plain.send(get("/big?n=100000", "Accept-Encoding: gzip\r\n")));
        auto response = plain.readResponse();
        QVERIFY(response);
        QCOMPARE(response->headers.count("content-encoding"), std::size_t(0));
        QCOMPARE(response->headers.count("vary"), std::size_t(0));
        QCOMPARE(response->body, bigBody(100000));
    }

    void listenReportsErrors()
    {
        TestHandler handler;
        const auto first = startServer(handler);
        QVERIFY(first);
        http::Server second(handler, {});
        std::string error;
        QVERIFY(!second.listen("127.0.0.1", first->port(), std::nullopt, &error));
        QVERIFY2(error.find("in use") != std::string::npos, error.c_str());

        http::Server third(handler, {});
        error.clear();
        QVERIFY(!third.listen("127.0.0.1", 0, http::TlsFiles{"/nonexistent/cert.pem", "/nonexistent/key.pem"}, &error));
        QVERIFY2(error.find("/nonexistent/cert.pem") != std::string::npos, error.c_str());
    }

    void tls()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("the openssl binary is missing: cannot generate a test certificate");
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess process;
        process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                                QStringLiteral("/CN=localhost"), QStringLiteral("-days"), QStringLiteral("1"),
                                QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);

        TestHandler handler;
        http::Limits limits;
        limits.headerTimeout = std::chrono::milliseconds(1000);
        const auto server = startServer(handler, limits, http::TlsFiles{cert.toStdString(), key.toStdString()});
        QVERIFY(server);

        QSslSocket socket;
        socket.setPeerVerifyMode(QSslSocket::VerifyNone); // self-signed
        socket.connectToHostEncrypted(QStringLiteral("localhost"), server->port());
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        QVERIFY(socket.sessionProtocol() == QSsl::TlsV1_2 || socket.sessionProtocol() == QSsl::TlsV1_3);
        for (int round = 0; round < 2; ++round) {
            socket.write("GET /echo?tls=yes HTTP/1.1\r\nHost: localhost\r\n\r\n");
            QByteArray received;
            QElapsedTimer timer;
            timer.start();
            while (!received.contains("tls=yes") && timer.elapsed() < 10000) {
                socket.waitForReadyRead(500);
                received += socket.readAll();
            }
            QVERIFY2(received.startsWith("HTTP/1.1 200 OK\r\n"), received.constData());
            QVERIFY(received.contains("[tls=yes]"));
        }

        // A plain-text client on the TLS port fails the handshake and is closed, unserved.
        RawClient plain(server->port());
        QVERIFY(plain.send(get("/echo")));
        std::string extra;
        QVERIFY(plain.waitClosed(3000, &extra));
        QVERIFY(extra.find("HTTP/") == std::string::npos);

        // A client that never starts the handshake is closed at the header deadline.
        RawClient silent(server->port());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(silent.waitClosed(5000));
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed()))); // not before the deadline
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
