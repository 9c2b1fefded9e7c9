#pragma once

#include "domain/Issue.h"

#include <optional>
#include <utility>

// A value or the Issue that prevented it. C++23's std::expected is not in GCC 12's C++20 mode;
// this is the small part of it Qabyldau needs.
template<typename T>
class Expected
{
public:
    Expected(T value) : m_value(std::move(value)) { }
    Expected(Issue error) : m_error(std::move(error)) { }

    bool hasValue() const { return m_value.has_value(); }
    explicit operator bool() const { return hasValue(); }

    const T &value() const & { Q_ASSERT(m_value); return *m_value; }
    T &&value() && { Q_ASSERT(m_value); return std::move(*m_value); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }

    const Issue &error() const { Q_ASSERT(!m_value); return m_error; }

private:
    std::optional<T> m_value;
    Issue m_error;
};

// For operations with no value: success, or the Issue that stopped them.
class Status
{
public:
    Status() = default;
    Status(Issue error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Issue &error() const { Q_ASSERT(m_error); return *m_error; }

private:
    std::optional<Issue> m_error;
};
