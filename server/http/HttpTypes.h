#pragma once

// The plain request and response the queue server's handlers see. Nothing here knows Boost:
// server/http/ is the only place that does (see docs/server-http.md).

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace http {

struct Request {
    std::string method;                         // "GET", "POST", ...
    std::string target;                         // raw request-target, e.g. "/api/v1/changes?after=x"
    std::string path;                           // percent-decoded path without the query
    std::map<std::string, std::string> query;   // percent-decoded query parameters ('+' = space); last wins
    std::map<std::string, std::string> headers; // names lower-cased; repeated fields joined with ", "
    std::string body;
    std::string remoteAddress;                  // "127.0.0.1"
    int version = 11;                           // 10 for HTTP/1.0, 11 for HTTP/1.1
    std::string header(const std::string &lowerName) const; // "" when absent
};

struct Response {
    int status = 200;
    std::string contentType = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers; // extra headers
    bool dropConnection = false; // TEST HOOK: close the connection without writing anything
                                 // (simulates a response lost after the server committed)
};

// Call exactly once, from any thread; calling after the client went away is a harmless no-op.
using Responder = std::function<void(Response)>;

class Handler {
public:
    virtual ~Handler() = default;
    // Called on an I/O thread: must not block (post database work elsewhere, then respond).
    virtual void handle(Request request, Responder respond) = 0;
};

struct Limits {
    std::size_t maxHeaderBytes = 16 * 1024;          // 431 header_too_large
    std::size_t maxBodyBytes = 8 * 1024 * 1024;      // 413 body_too_large
    std::chrono::milliseconds headerTimeout{10'000}; // whole request head must arrive in this
    std::chrono::milliseconds bodyTimeout{30'000};   // whole body must arrive in this
    std::chrono::milliseconds idleTimeout{75'000};   // keep-alive connection with no request
    std::chrono::milliseconds writeTimeout{30'000};
    std::chrono::milliseconds handlerTimeout{60'000}; // handler never responded: 503 handler_timeout (long-poll max is 30 s)
    std::size_t maxConnections = 10'000;             // beyond: 503 too_many_connections, then close
    int ioThreads = 2;
    std::chrono::milliseconds lingerTimeout{2'000};  // after a closing response: how long unread
                                                     // request bytes are drained before the close
    std::size_t compressMinBytes = 32 * 1024;        // a body this large or larger goes gzip-compressed
                                                     // to a client that accepts gzip; 0: never
};

// What compression did since the server started (docs/server-http.md, "Compression").
struct CompressionStats {
    std::uint64_t answers = 0;     // bodies compressed (for a client still there when it began)
    std::uint64_t bytesBefore = 0; // their size before compression
    std::uint64_t bytesAfter = 0;  // and after
};

struct TlsFiles {
    std::string certificateChainFile;
    std::string privateKeyFile;
};

} // namespace http
