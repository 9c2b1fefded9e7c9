#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// A file's bytes read whole into memory (never mapped: issue 14 item 6), fast.
namespace Import {

struct FileBytes
{
    std::shared_ptr<const char> storage; // declared first: gone after `bytes`
    QByteArray bytes; // over `storage` (QByteArray::fromRawData), or owning them itself: never
                      // copied out of here, where a copy would outlive the memory it points to
};

enum class ReadProblem { CannotOpen, Changed };

struct ReadFailure
{
    ReadProblem problem = ReadProblem::CannotOpen;
    QString detail;      // CannotOpen: the system's reason
    qint64 size = 0;     // Changed: the size when the file was opened
    qint64 read = 0;     //          and the bytes read
};

// Reads the file whole. On Linux a regular file of 64 MiB or more goes into memory the system
// may back with huge pages, read by two threads (one per half); on a virtual machine each first
// touch of a 4 KiB page costs microseconds, and a region's file is 750 MB (docs/performance.md,
// "Pages of 16 KiB"). A file that changes while it is read (longer or shorter than its size
// said, or written over: on Unix its inode and modification time are compared too) is refused
// (ReadProblem::Changed): the import then writes nothing. A pipe is read to its end.
std::optional<ReadFailure> readWhole(const QString &path, FileBytes &into);

namespace Testing {
// Called with the path once the bytes are read, before they are checked against the file:
// a test changes the file there.
extern std::function<void(const QString &)> afterRead;
} // namespace Testing

} // namespace Import
