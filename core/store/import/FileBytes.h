#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

// A file's bytes read whole into memory (never mapped: issue 14 item 6), fast.
namespace Import {

struct FileBytes
{
    QByteArray bytes; // over `storage` (QByteArray::fromRawData), or owning them itself
    std::shared_ptr<const char> storage;
};

enum class ReadProblem { CannotOpen, Changed };

struct ReadFailure
{
    ReadProblem problem = ReadProblem::CannotOpen;
    QString detail;      // CannotOpen: the system's reason
    qint64 size = 0;     // Changed: the size when the file was opened
    qint64 read = 0;     //          and the bytes read
};

// Reads the file whole. A regular file of 64 MiB or more goes into memory the system may back
// with huge pages, read by two threads (one per half); on a virtual machine each first touch
// of a 4 KiB page costs microseconds, and a region's file is 750 MB (docs/performance.md,
// "Pages of 16 KiB"). A file whose size changes while it is read, or that is longer or shorter
// than its size said, is refused (ReadProblem::Changed): the import then writes nothing.
// A pipe is read to its end.
std::optional<ReadFailure> readWhole(const QString &path, FileBytes &into);

} // namespace Import
