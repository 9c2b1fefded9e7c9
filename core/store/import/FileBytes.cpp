#include "store/import/FileBytes.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <system_error>
#include <thread>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#include <unistd.h>
#define QABYLDAU_FAST_READ 1
#endif

namespace Import {

namespace Testing {
std::function<void(const QString &)> afterRead;
} // namespace Testing

namespace {

// What says the file is the one that was opened, unchanged: its size, and on Unix its inode and
// the time of its last change (a file written over with bytes of the same length).
struct Identity
{
    qint64 size = -1;
#if defined(Q_OS_UNIX)
    dev_t device = 0;
    ino_t inode = 0;
    qint64 modifiedSeconds = 0;
    qint64 modifiedNanoseconds = 0;
#endif
    bool operator==(const Identity &) const = default;
};

Identity identityOf(QFile &file)
{
    Identity identity;
#if defined(Q_OS_UNIX)
    struct stat status {};
    if (::fstat(file.handle(), &status) != 0)
        return identity;
    identity.size = qint64(status.st_size);
    identity.device = status.st_dev;
    identity.inode = status.st_ino;
    identity.modifiedSeconds = qint64(status.st_mtim.tv_sec);
    identity.modifiedNanoseconds = qint64(status.st_mtim.tv_nsec);
#else
    identity.size = file.size();
#endif
    return identity;
}

#if defined(QABYLDAU_FAST_READ)
constexpr qint64 fastReadFrom = qint64(64) << 20;
constexpr std::size_t hugePage = std::size_t(2) << 20;

// [from, to) of the file into buffer + from; the bytes actually read.
qint64 readRange(int fd, char *buffer, qint64 from, qint64 to)
{
    qint64 done = from;
    while (done < to) {
        const ssize_t got = ::pread(fd, buffer + done, std::size_t(std::min<qint64>(to - done, qint64(64) << 20)), off_t(done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        done += got;
    }
    return done - from;
}

// An anonymous mapping rounded up to huge pages, with one byte more for a terminating NUL.
std::shared_ptr<const char> hugeBuffer(qint64 size)
{
    const std::size_t length = (std::size_t(size) + 1 + hugePage - 1) / hugePage * hugePage;
    void *memory = ::mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED)
        return {};
    ::madvise(memory, length, MADV_HUGEPAGE); // advice: the read works without it
    return std::shared_ptr<const char>(static_cast<const char *>(memory),
                                       [length](const char *at) { ::munmap(const_cast<char *>(at), length); });
}

// The file's bytes in buffer: the second half by a thread of its own when one can be started.
qint64 readHalves(int fd, char *buffer, qint64 size)
{
    const qint64 middle = size / 2;
    qint64 secondHalf = 0; // written by the helper, read after join()
    std::thread helper;
    try {
        helper = std::thread([&] { secondHalf = readRange(fd, buffer, middle, size); });
    } catch (const std::system_error &) {
        // No thread to be had: this one reads both halves.
    }
    const qint64 firstHalf = readRange(fd, buffer, 0, middle);
    if (helper.joinable())
        helper.join();
    else
        secondHalf = readRange(fd, buffer, middle, size);
    // A first half cut short leaves a gap before the second: counted as read no further.
    return firstHalf < middle ? firstHalf : firstHalf + secondHalf;
}
#endif

} // namespace

std::optional<ReadFailure> readWhole(const QString &path, FileBytes &into)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ReadFailure{ReadProblem::CannotOpen, file.errorString(), 0, 0};
    if (file.isSequential()) {
        into.bytes = file.readAll(); // a pipe: no size to check against
        into.storage.reset();
        return std::nullopt;
    }
    const Identity opened = identityOf(file);
    const qint64 size = opened.size;
    // Nothing more to read at the end, and the file still the one opened.
    const auto unchanged = [&](qint64 done, char more) {
        if (Testing::afterRead)
            Testing::afterRead(path);
        return done == size && more == 0 && identityOf(file) == opened;
    };
    const auto changed = [size](qint64 read) { return ReadFailure{ReadProblem::Changed, {}, size, read}; };
#if defined(QABYLDAU_FAST_READ)
    if (size >= fastReadFrom) {
        if (std::shared_ptr<const char> storage = hugeBuffer(size)) {
            char *buffer = const_cast<char *>(storage.get());
            const int fd = file.handle();
            const qint64 done = readHalves(fd, buffer, size);
            char more = 0;
            const bool atEnd = ::pread(fd, &more, 1, off_t(size)) == 0;
            if (!unchanged(done, atEnd ? 0 : 1))
                return changed(done);
            buffer[size] = '\0';
            into.bytes = QByteArray::fromRawData(buffer, size);
            into.storage = std::move(storage);
            return std::nullopt;
        }
    }
#endif
    QByteArray bytes;
    bytes.resize(size < 0 ? 0 : size);
    qint64 done = 0;
    while (done < size) {
        const qint64 read = file.read(bytes.data() + done, size - done);
        if (read <= 0)
            break;
        done += read;
    }
    char more = 0;
    const bool atEnd = file.read(&more, 1) == 0;
    if (!unchanged(done, atEnd ? 0 : 1))
        return changed(done);
    into.bytes = std::move(bytes);
    into.storage.reset();
    return std::nullopt;
}

} // namespace Import
