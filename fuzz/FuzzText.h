#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What every fuzz target shares (docs/fuzzing.md).

namespace FuzzText {

// The input as bytes; a deep copy, so that AddressSanitizer sees a read past its end.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input as the text a clerk or a file could give (invalid UTF-8 becomes U+FFFD, as in
// QString::fromUtf8 everywhere the desk reads text).
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A property that must hold for every input (a round trip): a failure is a finding, reported
// like a crash so that libFuzzer keeps the input.
inline void check(bool holds, const char *what)
{
    if (!holds) {
        std::fprintf(stderr, "fuzz check failed: %s\n", what);
        std::abort();
    }
}

} // namespace FuzzText
