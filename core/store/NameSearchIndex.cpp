#include "store/NameSearchIndex.h"

#include "store/SqliteApi.h"

#include <algorithm>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <string_view>
#include <vector>

namespace {

constexpr char entryEnd = '\x1e'; // ASCII record separator, after each text and each id

Issue writeFailed(sqlite3 *db)
{
    return Issue::error(Field::Store, Rule::StoreWriteFailed,
                        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("not an SQLite connection"));
}

Issue readFailed(sqlite3 *db)
{
    return Issue::error(Field::Store, Rule::StoreCannotOpen,
                        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("not an SQLite connection"));
}

std::string_view columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(statement, column))) : std::string_view();
}

std::string_view columnBlob(sqlite3_stmt *statement, int column)
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(statement, column));
    return data ? std::string_view(data, size_t(sqlite3_column_bytes(statement, column))) : std::string_view();
}

// Calls f(id, text) for each entry of a block (its texts and ids blobs).
template<typename F>
void forEachEntry(std::string_view texts, std::string_view ids, F f)
{
    size_t textAt = 0;
    size_t idAt = 0;
    while (textAt < texts.size() && idAt < ids.size()) {
        size_t textEnd = texts.find(entryEnd, textAt);
        size_t idEnd = ids.find(entryEnd, idAt);
        if (textEnd == std::string_view::npos)
            textEnd = texts.size();
        if (idEnd == std::string_view::npos)
            idEnd = ids.size();
        f(ids.substr(idAt, idEnd - idAt), texts.substr(textAt, textEnd - textAt));
        textAt = textEnd + 1;
        idAt = idEnd + 1;
    }
}

// A substring search that looks at 16 positions at once: it compares two bytes of the needle
// (the first one that does not start a UTF-8 sequence, and the last: in Cyrillic text the lead
// bytes 0xD0-0xD3 are everywhere, the second bytes are not) and checks the few positions where
// both agree. glibc's memmem took twice as long on the names.
class Finder
{
public:
    explicit Finder(std::string_view needle) : m_needle(needle)
    {
        const size_t size = needle.size();
        m_last = size > 0 ? size - 1 : 0;
        m_first = 0;
        for (size_t i = 0; i < m_last; ++i) {
            const auto byte = static_cast<unsigned char>(needle[i]);
            if ((byte & 0xC0) != 0xC0 && byte != ' ') {
                m_first = i;
                break;
            }
        }
    }

    // The first occurrence in [from, end), or nullptr.
    const char *find(const char *from, const char *end) const
    {
        const size_t size = m_needle.size();
        if (size_t(end - from) < size)
            return nullptr;
        if (size < 2)
            return static_cast<const char *>(std::memchr(from, m_needle.front(), size_t(end - from)));
#if defined(__SSE2__)
        const __m128i first = _mm_set1_epi8(m_needle[m_first]);
        const __m128i last = _mm_set1_epi8(m_needle[m_last]);
        const char *at = from;
        for (; at + m_last + 16 <= end; at += 16) {
            const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at + m_first));
            const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at + m_last));
            auto mask = unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last))));
            while (mask != 0) {
                const char *candidate = at + __builtin_ctz(mask);
                if (std::memcmp(candidate, m_needle.data(), size) == 0)
                    return candidate;
                mask &= mask - 1;
            }
        }
        from = at;
#endif
        return static_cast<const char *>(memmem(from, size_t(end - from), m_needle.data(), size));
    }

private:
    std::string_view m_needle;
    size_t m_first = 0;
    size_t m_last = 0;
};

// The `limit` smallest candidates seen, as a max-heap on (text, id).
class Best
{
public:
    explicit Best(int limit) : m_limit(size_t(std::max(0, limit))) { }

    // Whether an entry with this text could be among the best (its id decides on a tie).
    bool wants(std::string_view text) const
    {
        return m_limit > 0 && (m_heap.size() < m_limit || text.compare(m_heap.front().text) <= 0);
    }

    // A match that wants() turned down.
    void skip() { ++m_total; }

    void offer(std::string_view text, std::string_view id, qint64 block)
    {
        ++m_total;
        if (m_limit == 0)
            return;
        if (m_heap.size() < m_limit) {
            m_heap.push_back({std::string(text), std::string(id), block});
            std::push_heap(m_heap.begin(), m_heap.end(), less);
            return;
        }
        const NameSearchIndex::Candidate &worst = m_heap.front();
        const int byText = text.compare(worst.text);
        if (byText > 0 || (byText == 0 && id.compare(worst.id) >= 0))
            return;
        std::pop_heap(m_heap.begin(), m_heap.end(), less);
        m_heap.back() = {std::string(text), std::string(id), block};
        std::push_heap(m_heap.begin(), m_heap.end(), less);
    }

    QList<NameSearchIndex::Candidate> sorted()
    {
        std::sort_heap(m_heap.begin(), m_heap.end(), less);
        return QList<NameSearchIndex::Candidate>(std::make_move_iterator(m_heap.begin()),
                                                 std::make_move_iterator(m_heap.end()));
    }

    qsizetype total() const { return m_total; }

private:
    static bool less(const NameSearchIndex::Candidate &a, const NameSearchIndex::Candidate &b)
    {
        const int byText = a.text.compare(b.text);
        return byText < 0 || (byText == 0 && a.id < b.id);
    }

    size_t m_limit;
    std::vector<NameSearchIndex::Candidate> m_heap;
    qsizetype m_total = 0;
};

// How many bytes in [from, to) are c, 16 at a time.
size_t countByte(const char *from, const char *to, char c)
{
    size_t count = 0;
#if defined(__SSE2__)
    const __m128i wanted = _mm_set1_epi8(c);
    for (; from + 16 <= to; from += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(from));
        count += size_t(__builtin_popcount(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, wanted)))));
    }
#endif
    for (; from < to; ++from)
        count += *from == c ? 1 : 0;
    return count;
}

// Offers every entry of a block whose text contains the needle (once per entry). ids() gives
// the block's ids blob, read only when something matched.
template<typename Ids>
void searchBlock(std::string_view texts, qint64 number, const Finder &finder, Ids ids, Best &best)
{
    const char *const begin = texts.data();
    const char *const end = begin + texts.size();
    const char *from = begin;
    // Entry indexes are counted forward as hits come, in the texts and in the ids alike.
    const char *counted = begin;
    size_t index = 0;
    std::string_view idBlob;
    bool idsRead = false;
    size_t idIndex = 0;
    size_t idAt = 0;
    while (from < end) {
        const char *hit = finder.find(from, end);
        if (!hit)
            return;
        const char *entry = hit;
        while (entry > begin && entry[-1] != entryEnd)
            --entry;
        const auto *last = static_cast<const char *>(std::memchr(hit, entryEnd, size_t(end - hit)));
        if (!last)
            last = end;
        const std::string_view text(entry, size_t(last - entry));
        from = last + 1;
        if (!best.wants(text)) {
            best.skip();
            continue;
        }
        // Only now the entry's place, and its id: most matches of a frequent fragment end here
        // without either.
        index += countByte(counted, entry, entryEnd);
        counted = entry;
        if (!idsRead) {
            idBlob = ids();
            idsRead = true;
        }
        while (idIndex < index && idAt < idBlob.size()) {
            const size_t next = idBlob.find(entryEnd, idAt);
            idAt = next == std::string_view::npos ? idBlob.size() : next + 1;
            ++idIndex;
        }
        if (idAt >= idBlob.size())
            return; // a block whose ids ran out: nothing more to offer from it
        size_t idEnd = idBlob.find(entryEnd, idAt);
        if (idEnd == std::string_view::npos)
            idEnd = idBlob.size();
        best.offer(text, idBlob.substr(idAt, idEnd - idAt), number);
    }
}

bool step(sqlite3_stmt *statement)
{
    const int stepped = sqlite3_step(statement);
    sqlite3_reset(statement);
    return stepped == SQLITE_DONE;
}

} // namespace

void NameSearchIndex::appendEntry(QByteArray &texts, QByteArray &ids, QByteArrayView id, QByteArrayView text)
{
    // The separator cannot occur inside an entry; names and ids never hold control characters,
    // but a space keeps a stray one from breaking the block.
    const auto append = [](QByteArray &blob, QByteArrayView bytes) {
        const qsizetype from = blob.size();
        blob.append(bytes.data(), bytes.size());
        for (qsizetype i = from; i < blob.size(); ++i)
            if (blob.at(i) == entryEnd)
                blob[i] = ' ';
        blob.append(entryEnd);
    };
    append(texts, text);
    append(ids, id);
}

Expected<QList<NameSearchIndex::Candidate>> NameSearchIndex::find(const QSqlDatabase &db, QByteArrayView needle,
                                                                  int limit, qsizetype *total)
{
    sqlite3 *handle = sqliteHandle(db);
    Best best(limit);
    const std::string_view wanted(needle.data(), size_t(needle.size()));
    if (!wanted.empty()) {
        // The ids are a statement of their own: SQLite reads every column a step returns, and
        // most blocks have no match worth an id.
        SqliteStatement blocks(handle, "SELECT block, texts FROM name_search_blocks");
        SqliteStatement ids(handle, "SELECT ids FROM name_search_blocks WHERE block = ?1");
        if (!blocks || !ids)
            return readFailed(handle);
        const Finder finder(wanted);
        sqlite3_stmt *const block = blocks.get();
        sqlite3_stmt *const idsOf = ids.get();
        int stepped;
        while ((stepped = sqlite3_step(block)) == SQLITE_ROW) {
            const qint64 number = sqlite3_column_int64(block, 0);
            searchBlock(columnBlob(block, 1), number, finder, [idsOf, number] {
                sqlite3_reset(idsOf);
                sqlite3_bind_int64(idsOf, 1, number);
                return sqlite3_step(idsOf) == SQLITE_ROW ? columnBlob(idsOf, 0) : std::string_view();
            }, best);
            sqlite3_reset(idsOf);
        }
        if (stepped != SQLITE_DONE)
            return readFailed(handle);

        // Rows not in a block yet: few, and all in the partial index.
        SqliteStatement pending(handle, "SELECT search_text, id FROM applications"
                                        " WHERE search_block IS NULL AND instr(search_text, ?1) > 0");
        if (!pending)
            return readFailed(handle);
        sqlite3_bind_text(pending.get(), 1, needle.data(), int(needle.size()), SQLITE_STATIC);
        while ((stepped = sqlite3_step(pending.get())) == SQLITE_ROW)
            best.offer(columnText(pending.get(), 0), columnText(pending.get(), 1), 0);
        if (stepped != SQLITE_DONE)
            return readFailed(handle);
    }
    if (total)
        *total = best.total();
    return best.sorted();
}

Status NameSearchIndex::rebuildStale(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    SqliteStatement staleBlocks(handle, "SELECT block FROM name_search_stale");
    SqliteStatement readBlock(handle, "SELECT texts, ids FROM name_search_blocks WHERE block = ?1");
    SqliteStatement rowText(handle, "SELECT search_text FROM applications WHERE id = ?1 AND search_block = ?2");
    SqliteStatement writeBlock(handle, "UPDATE name_search_blocks SET entries = ?2, texts = ?3, ids = ?4"
                                       " WHERE block = ?1");
    SqliteStatement dropBlock(handle, "DELETE FROM name_search_blocks WHERE block = ?1");
    SqliteStatement done(handle, "DELETE FROM name_search_stale WHERE block = ?1");
    if (!staleBlocks || !readBlock || !rowText || !writeBlock || !dropBlock || !done)
        return writeFailed(handle);

    std::vector<qint64> numbers;
    int listed;
    while ((listed = sqlite3_step(staleBlocks.get())) == SQLITE_ROW)
        numbers.push_back(sqlite3_column_int64(staleBlocks.get(), 0));
    sqlite3_reset(staleBlocks.get());
    if (listed != SQLITE_DONE)
        return writeFailed(handle);

    for (const qint64 number : numbers) {
        QByteArray texts;
        QByteArray ids;
        int entries = 0;
        sqlite3_bind_int64(readBlock.get(), 1, number);
        if (sqlite3_step(readBlock.get()) == SQLITE_ROW) {
            bool failed = false;
            forEachEntry(columnBlob(readBlock.get(), 0), columnBlob(readBlock.get(), 1),
                         [&](std::string_view id, std::string_view) {
                sqlite3_bind_text(rowText.get(), 1, id.data(), int(id.size()), SQLITE_STATIC);
                sqlite3_bind_int64(rowText.get(), 2, number);
                const int stepped = sqlite3_step(rowText.get());
                if (stepped == SQLITE_ROW) {
                    const std::string_view text = columnText(rowText.get(), 0);
                    appendEntry(texts, ids, QByteArrayView(id.data(), qsizetype(id.size())),
                                QByteArrayView(text.data(), qsizetype(text.size())));
                    ++entries;
                } else if (stepped != SQLITE_DONE) {
                    failed = true;
                }
                sqlite3_reset(rowText.get());
            });
            if (failed) {
                sqlite3_reset(readBlock.get());
                return writeFailed(handle);
            }
        }
        sqlite3_reset(readBlock.get());

        if (entries == 0) {
            sqlite3_bind_int64(dropBlock.get(), 1, number);
            if (!step(dropBlock.get()))
                return writeFailed(handle);
        } else {
            sqlite3_bind_int64(writeBlock.get(), 1, number);
            sqlite3_bind_int(writeBlock.get(), 2, entries);
            sqlite3_bind_blob(writeBlock.get(), 3, texts.constData(), int(texts.size()), SQLITE_STATIC);
            sqlite3_bind_blob(writeBlock.get(), 4, ids.constData(), int(ids.size()), SQLITE_STATIC);
            if (!step(writeBlock.get()))
                return writeFailed(handle);
        }
        sqlite3_bind_int64(done.get(), 1, number);
        if (!step(done.get()))
            return writeFailed(handle);
    }
    return {};
}

Status NameSearchIndex::absorbPending(const QSqlDatabase &db, int blockEntries, int minimum)
{
    sqlite3 *handle = sqliteHandle(db);
    blockEntries = std::max(1, blockEntries);
    SqliteStatement pending(handle, "SELECT id, search_text FROM applications"
                                    " WHERE search_block IS NULL AND search_text IS NOT NULL LIMIT ?1");
    SqliteStatement mark(handle, "UPDATE applications SET search_block = ?1 WHERE id = ?2");
    if (!pending || !mark)
        return writeFailed(handle);
    BlockWriter writer(handle, blockEntries);
    if (const Status started = writer.start(); !started)
        return started;

    // A block at a time: each round reads the partial index anew, without the rows just packed.
    for (;;) {
        std::vector<std::pair<std::string, std::string>> rows;
        sqlite3_bind_int(pending.get(), 1, blockEntries);
        int stepped;
        while ((stepped = sqlite3_step(pending.get())) == SQLITE_ROW)
            rows.emplace_back(columnText(pending.get(), 0), columnText(pending.get(), 1));
        sqlite3_reset(pending.get());
        if (stepped != SQLITE_DONE)
            return writeFailed(handle);
        if (rows.empty() || int(rows.size()) < std::max(1, minimum))
            break;
        for (const auto &[id, text] : rows) {
            const Expected<qint64> block = writer.add(QByteArrayView(id.data(), qsizetype(id.size())),
                                                      QByteArrayView(text.data(), qsizetype(text.size())));
            if (!block)
                return block.error();
            sqlite3_bind_int64(mark.get(), 1, *block);
            sqlite3_bind_text(mark.get(), 2, id.data(), int(id.size()), SQLITE_STATIC);
            if (!step(mark.get()))
                return writeFailed(handle);
        }
        if (const Status flushed = writer.flush(); !flushed)
            return flushed;
        if (int(rows.size()) < blockEntries)
            break;
    }
    return {};
}

Expected<bool> NameSearchIndex::hasWork(const QSqlDatabase &db, int blockEntries)
{
    sqlite3 *handle = sqliteHandle(db);
    SqliteStatement check(handle, "SELECT EXISTS (SELECT 1 FROM name_search_stale),"
                                  " (SELECT count(*) FROM (SELECT 1 FROM applications"
                                  "  WHERE search_block IS NULL AND search_text IS NOT NULL LIMIT ?1))");
    if (!check)
        return readFailed(handle);
    sqlite3_bind_int(check.get(), 1, std::max(1, blockEntries));
    if (sqlite3_step(check.get()) != SQLITE_ROW)
        return readFailed(handle);
    return sqlite3_column_int(check.get(), 0) != 0 || sqlite3_column_int(check.get(), 1) >= std::max(1, blockEntries);
}

NameSearchIndex::BlockWriter::BlockWriter(sqlite3 *db, int blockEntries)
    : m_db(db)
    , m_blockEntries(std::max(1, blockEntries))
{
}

Status NameSearchIndex::BlockWriter::start()
{
    SqliteStatement next(m_db, "SELECT coalesce(max(block), 0) + 1 FROM name_search_blocks");
    if (!next || sqlite3_step(next.get()) != SQLITE_ROW)
        return writeFailed(m_db);
    m_block = sqlite3_column_int64(next.get(), 0);
    m_entries = 0;
    m_texts.clear();
    m_ids.clear();
    return {};
}

Expected<qint64> NameSearchIndex::BlockWriter::add(QByteArrayView id, QByteArrayView text)
{
    const qint64 block = m_block;
    appendEntry(m_texts, m_ids, id, text);
    if (++m_entries >= m_blockEntries) {
        if (const Status flushed = flush(); !flushed)
            return flushed.error();
    }
    return block;
}

Status NameSearchIndex::BlockWriter::flush()
{
    if (m_entries == 0)
        return {};
    SqliteStatement insert(m_db, "INSERT INTO name_search_blocks (block, entries, texts, ids) VALUES (?1, ?2, ?3, ?4)");
    if (!insert)
        return writeFailed(m_db);
    sqlite3_bind_int64(insert.get(), 1, m_block);
    sqlite3_bind_int(insert.get(), 2, m_entries);
    sqlite3_bind_blob(insert.get(), 3, m_texts.constData(), int(m_texts.size()), SQLITE_STATIC);
    sqlite3_bind_blob(insert.get(), 4, m_ids.constData(), int(m_ids.size()), SQLITE_STATIC);
    if (sqlite3_step(insert.get()) != SQLITE_DONE)
        return writeFailed(m_db);
    ++m_block;
    m_entries = 0;
    m_texts.clear();
    m_ids.clear();
    return {};
}
