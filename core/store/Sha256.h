#pragma once

#include <QByteArray>
#include <QByteArrayView>

// SHA-256 for the import's per-record digests (ApplicationImport: one digest per record, a million
// records of ~700 bytes). Uses the processor's SHA extensions when it has them (x86-64 SHA-NI,
// ~10x QCryptographicHash here), QCryptographicHash otherwise; the result is the same
// (tst_sha256 checks both against QCryptographicHash).
namespace Sha256 {

// The 32-byte digest of data.
QByteArray hash(QByteArrayView data);
// The same as 64 lower-case hex digits.
QByteArray hashHex(QByteArrayView data);
// True when hash() runs on the processor's SHA instructions.
bool usesProcessorInstructions();

} // namespace Sha256
