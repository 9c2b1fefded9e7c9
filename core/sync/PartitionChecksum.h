#pragma once

#include <QString>
#include <QtGlobal>

// The additive checksum of a sync partition (docs/design.md, "Partitions with checksums"): the
// sum modulo 2^64 of rowHash(id, version) over the partition's rows. Adding, changing or removing
// one row changes it by one term, so the server and a desk keep it up to date per change without
// rereading the partition, and both compute it with this one function.
namespace PartitionChecksum {

// The first 8 bytes of SHA-256("<id>:<version>"), big-endian.
quint64 rowHash(const QString &id, qint64 version);

// The checksum as the API and SQL carry it: the same 64 bits as a signed number.
inline qint64 toSigned(quint64 sum) { return qint64(sum); }
inline quint64 fromSigned(qint64 value) { return quint64(value); }

} // namespace PartitionChecksum
