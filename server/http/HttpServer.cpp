#include "http/HttpServer.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <openssl/ssl.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <limits>
#include <mutex>
#include <string_view>
#include <thread>
#include <type_traits>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using error_code = boost::system::error_code;

namespace http {
namespace {

constexpr std::string_view serverName = "qabyldau-server";

// A Responder may be called from any thread at any time, also after stop() destroyed the
// io_context. The gate is shared by the server and every Responder: while it is held open, the
// io_context is alive and posting to a session's strand is safe.
struct Gate {
    std::mutex mutex;
    bool open = true;
    // Answers posted to their sessions and not yet taken up by an I/O thread (Server::answersQueued);
    // none once stopped (the I/O threads will not take up the rest).
    std::atomic<std::size_t> queued{0};
    std::atomic<bool> stopped{false};
};

// Large answers go gzip-compressed to clients that accept it (docs/server-http.md,
// "Compression"). Shared with every Responder, which compresses on the thread that calls it: the
// queue server's large answers are made on a database thread, so they never take I/O time.
struct Compression {
    explicit Compression(std::size_t min) : minBytes(min) {}
    const std::size_t minBytes; // 0: never
    std::atomic<std::uint64_t> answers{0};
    std::atomic<std::uint64_t> bytesBefore{0};
    std::atomic<std::uint64_t> bytesAfter{0};

    void apply(Response &response, bool accepted)
    {
        if (minBytes == 0 || response.body.size() < minBytes || response.dropConnection)
            return;
        for (const auto &[name, value] : response.headers) {
            if (beast::iequals(name, "content-encoding"))
                return; // the handler encoded it itself
        }
        // The answer depends on Accept-Encoding from this size on, whether compressed or not.
        response.headers.emplace_back("Vary", "Accept-Encoding");
        if (!accepted)
            return;
        std::optional<std::string> compressed = gzip(response.body);
        if (!compressed || compressed->size() >= response.body.size())
            return; // zlib failed or it did not help: the plain body is a correct answer
        answers.fetch_add(1, std::memory_order_relaxed);
        bytesBefore.fetch_add(response.body.size(), std::memory_order_relaxed);
        bytesAfter.fetch_add(compressed->size(), std::memory_order_relaxed);
        response.body = std::move(*compressed);
        response.headers.emplace_back("Content-Encoding", "gzip");
    }

    // One gzip member (RFC 1952) at level 1: about six times smaller for a page of changes, at a
    // few milliseconds a megabyte (docs/performance.md, "Compressed pages").
    static std::optional<std::string> gzip(std::string_view body)
    {
        if (body.size() > std::numeric_limits<uInt>::max())
            return std::nullopt;
        z_stream stream{};
        if (deflateInit2(&stream, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            return std::nullopt;
        std::string out(deflateBound(&stream, static_cast<uLong>(body.size())), '\0');
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.data()));
        stream.avail_in = static_cast<uInt>(body.size());
        stream.next_out = reinterpret_cast<Bytef *>(out.data());
        stream.avail_out = static_cast<uInt>(std::min<std::size_t>(out.size(), std::numeric_limits<uInt>::max()));
        const int result = deflate(&stream, Z_FINISH);
        const std::size_t written = stream.total_out;
        deflateEnd(&stream);
        if (result != Z_STREAM_END)
            return std::nullopt;
        out.resize(written);
        out.shrink_to_fit(); // a compressed answer waiting for a slow client holds its own size only
        return out;
    }
};

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// Accept-Encoding (RFC 9110 12.5.3): gzip (or x-gzip) named with a weight above 0, or, when not
// named, "*" with a weight above 0. A weight that does not parse counts as 0: no compression
// is always a correct answer.
bool acceptsGzip(std::string_view header)
{
    std::optional<bool> named;
    bool any = false;
    while (!header.empty()) {
        const std::size_t comma = header.find(',');
        std::string_view item = header.substr(0, comma);
        header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
        const std::size_t semicolon = item.find(';');
        const std::string_view coding = trimmed(item.substr(0, semicolon));
        bool weighted = true;
        for (std::string_view parameters = semicolon == std::string_view::npos ? std::string_view() : item.substr(semicolon + 1);
             !parameters.empty();) {
            const std::size_t next = parameters.find(';');
            const std::string_view parameter = trimmed(parameters.substr(0, next));
            parameters = next == std::string_view::npos ? std::string_view() : parameters.substr(next + 1);
            const std::size_t equals = parameter.find('=');
            const std::string_view name = trimmed(parameter.substr(0, equals));
            if (name != "q" && name != "Q")
                continue;
            // "q=0.5"; a q written any other way ("q = 0", "q", "q=abc") is a weight that does not parse
            const std::string_view number = equals == 1 ? parameter.substr(2) : std::string_view();
            double weight = 0;
            const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), weight);
            weighted = !number.empty() && error == std::errc() && end == number.data() + number.size() && weight > 0;
        }
        if (beast::iequals(coding, "gzip") || beast::iequals(coding, "x-gzip"))
            named = named.value_or(false) || weighted;
        else if (coding == "*")
            any = any || weighted;
    }
    return named.value_or(any);
}

// What every session needs from its server. Sessions never outlive it: stop() destroys the
// io_context, and with it every pending handler holding a session.
struct Shared {
    Handler &handler;
    Limits limits;
    std::atomic<std::size_t> openConnections{0};
    std::shared_ptr<Gate> gate = std::make_shared<Gate>();
    std::shared_ptr<Compression> compression = std::make_shared<Compression>(limits.compressMinBytes);
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A malformed escape ("%zz", a '%' at the end) is kept as it is: the handler decides.
std::string percentDecode(std::string_view text, bool plusIsSpace)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%' && i + 2 < text.size()) {
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high >= 0 && low >= 0) {
                out += static_cast<char>(high * 16 + low);
                i += 2;
                continue;
            }
        }
        out += (plusIsSpace && c == '+') ? ' ' : c;
    }
    return out;
}

std::map<std::string, std::string> parseQuery(std::string_view query)
{
    std::map<std::string, std::string> result;
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        if (pair.empty())
            continue;
        const std::size_t eq = pair.find('=');
        std::string key = percentDecode(pair.substr(0, eq), true);
        std::string value = eq == std::string_view::npos ? std::string()
                                                         : percentDecode(pair.substr(eq + 1), true);
        result[std::move(key)] = std::move(value); // last wins
    }
    return result;
}

std::string lowerCase(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
        return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    });
    return out;
}

// Every error the layer itself produces: JSON with a stable code (docs/server-http.md).
Response errorResponse(int status, std::string_view code, std::string_view message)
{
    Response response;
    response.status = status;
    response.body = std::string(R"({"code":")") + std::string(code) + R"(","message":")"
        + std::string(message) + R"("})";
    return response;
}

bool isParseError(const error_code &ec)
{
    static const auto &category = bhttp::make_error_code(bhttp::error::bad_target).category();
    return ec.category() == category;
}

template<bool Tls>
class Session : public std::enable_shared_from_this<Session<Tls>> {
public:
    using Stream = std::conditional_t<Tls, beast::ssl_stream<beast::tcp_stream>, beast::tcp_stream>;

    Session(tcp::socket &&socket, Shared &shared, bool admitted)
        requires(!Tls)
        : stream_(std::move(socket)), shared_(shared), admitted_(admitted)
    {
    }
    Session(tcp::socket &&socket, asio::ssl::context &ssl, Shared &shared, bool admitted)
        requires(Tls)
        : stream_(std::move(socket), ssl), shared_(shared), admitted_(admitted)
    {
    }
    ~Session()
    {
        if (admitted_)
            shared_.openConnections.fetch_sub(1);
    }
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    void run()
    {
        // The socket was accepted on this session's strand, but run() is called from the
        // acceptor's handler: from here on everything happens on the strand.
        asio::dispatch(stream_.get_executor(), [self = this->shared_from_this()] { self->begin(); });
    }

private:
    const Limits &limits() const { return shared_.limits; }
    beast::tcp_stream &lowest() { return beast::get_lowest_layer(stream_); }

    void begin()
    {
        error_code ec;
        const tcp::endpoint peer = lowest().socket().remote_endpoint(ec);
        if (!ec) {
            asio::ip::address address = peer.address();
            if (address.is_v6() && address.to_v6().is_v4_mapped())
                address = asio::ip::make_address_v4(asio::ip::v4_mapped, address.to_v6());
            remoteAddress_ = address.to_string();
        }
        lowest().socket().set_option(tcp::no_delay(true), ec);
        if constexpr (Tls) {
            // The handshake counts against the header timeout: a silent TLS client is a slow one.
            lowest().expires_after(limits().headerTimeout);
            stream_.async_handshake(asio::ssl::stream_base::server,
                                    [self = this->shared_from_this()](const error_code &error) {
                                        self->lowest().expires_never();
                                        if (error)
                                            self->closeNow();
                                        else
                                            self->connected();
                                    });
        } else {
            connected();
        }
    }

    void connected()
    {
        if (!admitted_) {
            writeResponse(errorResponse(503, "too_many_connections",
                                        "The server has too many open connections; try again later"),
                          true);
            return;
        }
        readRequest(true);
    }

    // Head and body deadlines are our own timer, not tcp_stream's: tcp_stream closes the socket
    // when it expires, and a slow client should still get its 408 (docs/server-http.md). The
    // deadline covers the whole head or the whole body, not each read: a byte a second does
    // not keep a connection alive.
    void armDeadline(std::chrono::milliseconds timeout)
    {
        const std::uint64_t generation = ++deadlineGeneration_;
        timedOut_ = false;
        deadline_.expires_after(timeout);
        deadline_.async_wait([self = this->shared_from_this(), generation](const error_code &ec) {
            if (ec || generation != self->deadlineGeneration_)
                return;
            self->timedOut_ = true;
            error_code ignored;
            self->lowest().socket().cancel(ignored);
        });
    }

    bool disarmDeadline()
    {
        ++deadlineGeneration_;
        deadline_.cancel();
        return timedOut_;
    }

    void readRequest(bool first)
    {
        parser_.emplace();
        parser_->header_limit(static_cast<std::uint32_t>(
            std::min<std::size_t>(limits().maxHeaderBytes, std::numeric_limits<std::uint32_t>::max())));
        parser_->body_limit(static_cast<std::uint64_t>(limits().maxBodyBytes));
        if (first || buffer_.size() > 0) {
            readHead();
            return;
        }
        // A keep-alive connection waits up to idleTimeout for the first byte of its next
        // request; the header timeout starts with that byte.
        armDeadline(limits().idleTimeout);
        stream_.async_read_some(buffer_.prepare(4096),
                                [self = this->shared_from_this()](const error_code &ec, std::size_t n) {
                                    self->disarmDeadline();
                                    if (ec) {
                                        self->closeNow();
                                        return;
                                    }
                                    self->buffer_.commit(n);
                                    self->readHead();
                                });
    }

    void readHead()
    {
        armDeadline(limits().headerTimeout);
        bhttp::async_read_header(stream_, buffer_, *parser_,
                                 [self = this->shared_from_this()](const error_code &ec, std::size_t) {
                                     self->onHead(ec);
                                 });
    }

    void onHead(const error_code &ec)
    {
        const bool expired = disarmDeadline();
        if (ec || expired) {
            failRead(ec, expired);
            return;
        }
        version_ = parser_->get().version();
        if (parser_->is_done()) {
            dispatch();
            return;
        }
        // A client that asked to be told before sending its body (curl does this for large
        // POSTs) is told now; a Content-Length over the limit was already refused above.
        if (version_ >= 11 && beast::iequals(parser_->get()[bhttp::field::expect], "100-continue")) {
            static constexpr std::string_view continueLine = "HTTP/1.1 100 Continue\r\n\r\n";
            lowest().expires_after(limits().writeTimeout);
            asio::async_write(stream_, asio::buffer(continueLine.data(), continueLine.size()),
                              [self = this->shared_from_this()](const error_code &error, std::size_t) {
                                  self->lowest().expires_never();
                                  if (error)
                                      self->closeNow();
                                  else
                                      self->readBody();
                              });
            return;
        }
        readBody();
    }

    void readBody()
    {
        armDeadline(limits().bodyTimeout);
        bhttp::async_read(stream_, buffer_, *parser_,
                          [self = this->shared_from_this()](const error_code &ec, std::size_t) {
                              const bool expired = self->disarmDeadline();
                              if (ec || expired)
                                  self->failRead(ec, expired);
                              else
                                  self->dispatch();
                          });
    }

    void failRead(const error_code &ec, bool expired)
    {
        if (closed_)
            return;
        headRequest_ = false;
        if (expired && !parser_->got_some() && buffer_.size() == 0) {
            // Not one byte of a request: nobody is waiting for an answer (a connection opened
            // ahead of time, say), so a 408 would only be read as the answer to the next request.
            closeNow();
        } else if (expired) {
            writeResponse(errorResponse(408, "request_timeout", "The request did not arrive in time"), true);
        } else if (ec == bhttp::error::header_limit) {
            writeResponse(errorResponse(431, "header_too_large", "The request head is too large"), true);
        } else if (ec == bhttp::error::body_limit) {
            writeResponse(errorResponse(413, "body_too_large", "The request body is too large"), true);
        } else if (ec == bhttp::error::end_of_stream || ec == bhttp::error::partial_message
                   || !isParseError(ec)) {
            // The client went away (or the network failed): nobody to answer.
            closeNow();
        } else {
            writeResponse(errorResponse(400, "bad_request", "Malformed HTTP request"), true);
        }
    }

    void dispatch()
    {
        auto &message = parser_->get();
        Request request;
        request.method = std::string(message.method_string());
        request.target = std::string(message.target());
        request.version = static_cast<int>(message.version());
        const std::string_view target = request.target;
        const std::size_t question = target.find('?');
        request.path = percentDecode(target.substr(0, question), false);
        if (question != std::string_view::npos)
            request.query = parseQuery(target.substr(question + 1));
        for (const auto &field : message) {
            auto [it, inserted] = request.headers.emplace(lowerCase(field.name_string()),
                                                          std::string(field.value()));
            if (!inserted)
                it->second += ", " + std::string(field.value());
        }
        request.body = std::move(message.body());
        request.remoteAddress = remoteAddress_;
        const bool gzipAccepted = acceptsGzip(request.header("accept-encoding"));
        keepAlive_ = message.keep_alive();
        version_ = message.version();
        headRequest_ = message.method() == bhttp::verb::head;
        parser_.reset();

        const std::uint64_t id = ++requestId_;
        parked_ = true;
        watchHandlerTimeout(id);
        watchDisconnect(id);

        Responder respond = [weak = this->weak_from_this(), gate = shared_.gate,
                             compression = shared_.compression, gzipAccepted, id](Response response) {
            if (weak.expired())
                return; // the client went away: nothing to compress or send
            compression->apply(response, gzipAccepted); // on the answering thread, before the gate
            const std::lock_guard lock(gate->mutex);
            if (!gate->open)
                return;
            const auto self = weak.lock();
            if (!self)
                return; // the client went away and the session is gone: a harmless no-op
            gate->queued.fetch_add(1);
            try {
                asio::post(self->stream_.get_executor(), [self, gate, id, response = std::move(response)]() mutable {
                    gate->queued.fetch_sub(1);
                    self->onResponse(id, std::move(response));
                });
            } catch (...) {
                gate->queued.fetch_sub(1); // not posted (out of memory): not waiting either
                throw;
            }
        };
        try {
            shared_.handler.handle(std::move(request), std::move(respond));
        } catch (...) {
            // A throwing handler costs its own request only.
            onResponse(id, errorResponse(500, "internal_error", "The request handler failed"));
        }
    }

    void watchHandlerTimeout(std::uint64_t id)
    {
        handlerTimer_.expires_after(limits().handlerTimeout);
        handlerTimer_.async_wait([self = this->shared_from_this(), id](const error_code &ec) {
            if (!ec)
                self->onResponse(id, errorResponse(503, "handler_timeout",
                                                   "The server did not answer in time; retry"));
        });
    }

    // While a request is parked nothing reads the socket; wait for it to become readable to
    // notice a client that closed. Readiness can be spurious, so peek: nothing there yet means
    // wait again; end of stream or an error means the client is gone; data (a pipelined request,
    // a TLS record) tells nothing, so stop watching and let the response write tell.
    void watchDisconnect(std::uint64_t id)
    {
        lowest().socket().async_wait(tcp::socket::wait_read, [self = this->shared_from_this(), id](const error_code &ec) {
            if (ec || !self->parked_ || id != self->requestId_)
                return;
            char byte;
            const ssize_t n = ::recv(self->lowest().socket().native_handle(), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
                self->watchDisconnect(id);
            else if (n <= 0)
                self->closeNow();
        });
    }

    void onResponse(std::uint64_t id, Response response)
    {
        if (!parked_ || id != requestId_ || closed_)
            return; // a second call, a late one after handler_timeout, or the client is gone
        parked_ = false;
        handlerTimer_.cancel();
        error_code ignored;
        lowest().socket().cancel(ignored); // ends watchDisconnect's wait
        if (response.dropConnection) {
            closeNow();
            return;
        }
        bool close = !keepAlive_;
        for (const auto &[name, value] : response.headers) {
            if (beast::iequals(name, "connection") && beast::iequals(value, "close"))
                close = true;
        }
        writeResponse(std::move(response), close);
    }

    void writeResponse(Response response, bool close)
    {
        if (closed_)
            return;
        response_.emplace();
        auto &message = *response_;
        message.version(version_);
        const bool validStatus = response.status >= 100 && response.status <= 999;
        message.result(static_cast<unsigned>(validStatus ? response.status : 500));
        message.set(bhttp::field::server, serverName);
        if (!response.contentType.empty())
            message.set(bhttp::field::content_type, response.contentType);
        for (const auto &[name, value] : response.headers)
            message.insert(name, value);
        message.body() = std::move(response.body);
        message.keep_alive(!close);
        message.prepare_payload();
        if (headRequest_)
            message.body().clear(); // a HEAD answer has the GET answer's Content-Length, no body
        closeAfterWrite_ = close;
        lowest().expires_after(limits().writeTimeout);
        bhttp::async_write(stream_, message,
                           [self = this->shared_from_this()](const error_code &ec, std::size_t) {
                               self->lowest().expires_never();
                               self->response_.reset();
                               if (ec)
                                   self->closeNow();
                               else if (self->closeAfterWrite_)
                                   self->closeGracefully();
                               else
                                   self->readRequest(false);
                           });
    }

    // After a closing response the client may still be sending (the body of a refused request):
    // closing with unread data would reset the connection and could destroy the response before
    // the client reads it. So: half-close, drain for a while, then close.
    void closeGracefully()
    {
        if constexpr (Tls) {
            lowest().expires_after(limits().lingerTimeout);
            stream_.async_shutdown([self = this->shared_from_this()](const error_code &) { self->closeNow(); });
        } else {
            error_code ignored;
            lowest().socket().shutdown(tcp::socket::shutdown_send, ignored);
            buffer_.consume(buffer_.size());
            armDeadline(limits().lingerTimeout);
            drain();
        }
    }

    void drain()
    {
        stream_.async_read_some(buffer_.prepare(4096),
                                [self = this->shared_from_this()](const error_code &ec, std::size_t) {
                                    if (ec) {
                                        self->disarmDeadline();
                                        self->closeNow();
                                    } else {
                                        self->drain();
                                    }
                                });
    }

    void closeNow()
    {
        if (closed_)
            return;
        closed_ = true;
        parked_ = false;
        disarmDeadline();
        handlerTimer_.cancel();
        error_code ignored;
        lowest().socket().shutdown(tcp::socket::shutdown_both, ignored);
        lowest().close();
    }

    Stream stream_;
    Shared &shared_;
    const bool admitted_;
    beast::flat_buffer buffer_;
    std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
    std::optional<bhttp::response<bhttp::string_body>> response_;
    asio::steady_timer deadline_{stream_.get_executor()};
    asio::steady_timer handlerTimer_{stream_.get_executor()};
    std::uint64_t deadlineGeneration_ = 0;
    std::uint64_t requestId_ = 0;
    std::string remoteAddress_;
    unsigned version_ = 11;
    bool timedOut_ = false;
    bool keepAlive_ = true;
    bool headRequest_ = false;
    bool parked_ = false;
    bool closeAfterWrite_ = false;
    bool closed_ = false;
};

} // namespace

class Server::Impl {
public:
    Impl(Handler &handler, Limits limits) : shared{handler, limits} {}

    void accept()
    {
        acceptor->async_accept(asio::make_strand(*io), [this](const error_code &ec, tcp::socket socket) {
            if (ec == asio::error::operation_aborted || !acceptor || !acceptor->is_open())
                return;
            if (ec) {
                // Out of descriptors or similar: try again shortly instead of spinning.
                acceptRetry->expires_after(std::chrono::milliseconds(50));
                acceptRetry->async_wait([this](const error_code &waitError) {
                    if (!waitError)
                        accept();
                });
                return;
            }
            spawn(std::move(socket));
            accept();
        });
    }

    void spawn(tcp::socket &&socket)
    {
        // Only the acceptor increments, so this check-then-add cannot overshoot.
        const bool admitted = shared.openConnections.load() < shared.limits.maxConnections;
        if (admitted)
            shared.openConnections.fetch_add(1);
        if (ssl)
            std::make_shared<Session<true>>(std::move(socket), *ssl, shared, admitted)->run();
        else
            std::make_shared<Session<false>>(std::move(socket), shared, admitted)->run();
    }

    void runLoop()
    {
        for (;;) {
            try {
                io->run();
                return;
            } catch (...) {
                // A completion handler threw: its session lost its pending operation and is gone;
                // everyone else keeps being served.
            }
        }
    }

    Shared shared;
    std::optional<asio::io_context> io{std::in_place};
    std::optional<asio::executor_work_guard<asio::io_context::executor_type>> work;
    std::optional<tcp::acceptor> acceptor;
    std::optional<asio::steady_timer> acceptRetry;
    std::unique_ptr<asio::ssl::context> ssl;
    std::vector<std::thread> threads;
    std::uint16_t port = 0;
    bool started = false;
};

Server::Server(Handler &handler, Limits limits) : d(std::make_unique<Impl>(handler, limits)) {}

Server::~Server()
{
    stop();
}

bool Server::listen(const std::string &host, std::uint16_t port, const std::optional<TlsFiles> &tls,
                    std::string *error)
{
    const auto fail = [error](std::string reason) {
        if (error)
            *error = std::move(reason);
        return false;
    };
    if (!d->io)
        return fail("the server was stopped");
    if (d->acceptor)
        return fail("the server is already listening");

    std::unique_ptr<asio::ssl::context> ssl;
    if (tls) {
        ssl = std::make_unique<asio::ssl::context>(asio::ssl::context::tls_server);
        ssl->set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2
                         | asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1
                         | asio::ssl::context::no_tlsv1_1 | asio::ssl::context::single_dh_use);
        SSL_CTX_set_min_proto_version(ssl->native_handle(), TLS1_2_VERSION);
        error_code ec;
        ssl->use_certificate_chain_file(tls->certificateChainFile, ec);
        if (ec)
            return fail("cannot use certificate chain " + tls->certificateChainFile + ": " + ec.message());
        ssl->use_private_key_file(tls->privateKeyFile, asio::ssl::context::pem, ec);
        if (ec)
            return fail("cannot use private key " + tls->privateKeyFile + ": " + ec.message());
        if (SSL_CTX_check_private_key(ssl->native_handle()) != 1)
            return fail("the private key " + tls->privateKeyFile + " does not match the certificate");
    }

    error_code ec;
    tcp::endpoint endpoint;
    const asio::ip::address address = asio::ip::make_address(host, ec);
    if (!ec) {
        endpoint = tcp::endpoint(address, port);
    } else {
        tcp::resolver resolver(*d->io);
        const auto results = resolver.resolve(host, std::to_string(port), ec);
        if (ec || results.empty())
            return fail("cannot resolve " + host + ": " + (ec ? ec.message() : std::string("no address")));
        endpoint = results.begin()->endpoint();
    }

    const std::string where = host + ":" + std::to_string(port);
    tcp::acceptor acceptor(*d->io);
    if (acceptor.open(endpoint.protocol(), ec); ec)
        return fail("cannot open a socket for " + where + ": " + ec.message());
    if (acceptor.set_option(asio::socket_base::reuse_address(true), ec); ec)
        return fail("cannot set options on " + where + ": " + ec.message());
    if (acceptor.bind(endpoint, ec); ec)
        return fail("cannot listen on " + where + ": " + ec.message());
    if (acceptor.listen(asio::socket_base::max_listen_connections, ec); ec)
        return fail("cannot listen on " + where + ": " + ec.message());
    const tcp::endpoint bound = acceptor.local_endpoint(ec);
    if (ec)
        return fail("cannot read the bound port of " + where + ": " + ec.message());

    d->port = bound.port();
    d->ssl = std::move(ssl);
    d->acceptor.emplace(std::move(acceptor));
    d->acceptRetry.emplace(*d->io);
    if (d->started)
        d->accept();
    return true;
}

std::uint16_t Server::port() const
{
    return d->port;
}

void Server::start()
{
    if (d->started || !d->io)
        return;
    d->started = true;
    d->work.emplace(asio::make_work_guard(*d->io));
    if (d->acceptor)
        d->accept();
    const int count = std::max(1, d->shared.limits.ioThreads);
    for (int i = 0; i < count; ++i)
        d->threads.emplace_back([this] { d->runLoop(); });
}

void Server::stop()
{
    if (!d->io)
        return;
    {
        // From now on a Responder is a no-op: it must not post into an io_context being destroyed.
        const std::lock_guard lock(d->shared.gate->mutex);
        d->shared.gate->open = false;
        d->shared.gate->stopped = true;
    }
    d->io->stop();
    for (auto &thread : d->threads)
        thread.join();
    d->threads.clear();
    d->work.reset();
    d->acceptRetry.reset();
    d->acceptor.reset(); // closes the listening socket
    // Destroying the io_context destroys every pending handler, and with them every session
    // (each is owned by its pending operations only): their sockets close here.
    d->io.reset();
    d->ssl.reset();
}

std::size_t Server::openConnections() const
{
    return d->shared.openConnections.load();
}

std::size_t Server::answersQueued() const
{
    const Gate &gate = *d->shared.gate;
    return gate.stopped.load() ? 0 : gate.queued.load();
}

CompressionStats Server::compression() const
{
    const Compression &compression = *d->shared.compression;
    return {compression.answers.load(), compression.bytesBefore.load(), compression.bytesAfter.load()};
}

} // namespace http
