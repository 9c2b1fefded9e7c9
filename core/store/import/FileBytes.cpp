#include "store/import/FileBytes.h"

#include <QFile>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <thread>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#define QABYLDAU_FAST_READ 1
#endif

namespace Import {

namespace {

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
    const qint64 size = file.size();
    const auto changed = [size](qint64 read) { return ReadFailure{ReadProblem::Changed, {}, size, read}; };
#if defined(QABYLDAU_FAST_READ)
    if (size >= fastReadFrom) {
        if (std::shared_ptr<const char> storage = hugeBuffer(size)) {
            char *buffer = const_cast<char *>(storage.get());
            const int fd = file.handle();
            const qint64 middle = size / 2;
            std::atomic<qint64> secondHalf{0};
            std::thread helper([&] { secondHalf = readRange(fd, buffer, middle, size); });
            const qint64 firstHalf = readRange(fd, buffer, 0, middle);
            helper.join();
            const qint64 done = firstHalf + secondHalf;
            char more = 0;
            struct stat after {};
            if (firstHalf != middle || done != size || ::pread(fd, &more, 1, off_t(size)) != 0
                || ::fstat(fd, &after) != 0 || after.st_size != size)
                return changed(done);
            buffer[size] = '\0';
            into.bytes = QByteArray::fromRawData(buffer, size);
            into.storage = std::move(storage);
            return std::nullopt;
        }
    }
#endif
    QByteArray bytes;
    bytes.resize(size);
    qint64 done = 0;
    while (done < size) {
        const qint64 read = file.read(bytes.data() + done, size - done);
        if (read <= 0)
            break;
        done += read;
    }
    char more = 0;
    if (done != size || file.read(&more, 1) != 0 || file.size() != size)
        return changed(done);
    into.bytes = std::move(bytes);
    into.storage.reset();
    return std::nullopt;
}

} // namespace Import
