#pragma once

#include "http/HttpTypes.h"

namespace http {

// An asynchronous HTTP/1.1 server (Boost.Beast on Asio): Limits::ioThreads threads run every
// connection; a parked request costs no thread. See docs/server-http.md.
class Server {
public:
    Server(Handler &handler, Limits limits);
    ~Server(); // stops and joins
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    // Binds and listens; port 0 picks a free port. TLS when tls is given (every connection TLS).
    // Returns false with a one-line reason in *error (address in use, bad certificate, ...).
    bool listen(const std::string &host, std::uint16_t port, const std::optional<TlsFiles> &tls,
                std::string *error);
    std::uint16_t port() const;         // the bound port
    void start();                       // starts the I/O threads, returns at once
    void stop();                        // stops accepting, closes connections, joins
    std::size_t openConnections() const; // for /health and tests
    CompressionStats compression() const; // for /health and tests
    // Answers given (a Responder called) and not yet taken up by an I/O thread: they run in the
    // order they were posted, before any request that arrives after them.
    std::size_t answersQueued() const;

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace http
