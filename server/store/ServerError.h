#pragma once

#include <QString>

#include <optional>
#include <utility>

// What went wrong on the server, as the API says it: a stable code a program can branch on
// (docs/api.md lists them) and one line of English for a person. HTTP status is the API layer's
// choice, not the store's.
struct ServerError
{
    QString code;    // e.g. "duplicate_child", "store_unavailable"
    QString message;
};

// A value or the ServerError that prevented it (like core's Expected, with a server error).
template<typename T>
class ServerResult
{
public:
    ServerResult(T value) : m_value(std::move(value)) { }
    ServerResult(ServerError error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const ServerError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ServerError m_error;
};

// For work with no value.
class ServerStatus
{
public:
    ServerStatus() = default;
    ServerStatus(ServerError error) : m_error(std::move(error)) { }
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const ServerError &error() const { return *m_error; }

private:
    std::optional<ServerError> m_error;
};
