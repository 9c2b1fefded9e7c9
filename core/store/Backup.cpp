#include "store/Backup.h"

#include "store/Database.h"
#include "store/Journal.h"
#include "store/StoreFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace {

const QString digestKey = QStringLiteral("backup_digest");

Issue backupIssue(Rule rule, const QString &file, const QString &detail)
{
    return Issue::error(Field::Backup, rule, QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file), detail));
}

QString sqliteError(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
}

// A raw connection, closed when it goes out of scope.
class Connection
{
public:
    Connection() = default;
    ~Connection() { close(); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool open(const QString &path, int flags)
    {
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (rc != SQLITE_OK)
            return false;
        sqlite3_extended_result_codes(m_db, 1);
        return true;
    }
    void close()
    {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    sqlite3 *get() const { return m_db; }
    QString error() const { return sqliteError(m_db); }

    // Runs sql (no values), stepping through every row; false with error() on failure.
    bool exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

private:
    sqlite3 *m_db = nullptr;
};

class Statement
{
public:
    Statement(sqlite3 *db, const QByteArray &sql)
    {
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK)
            m_statement = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    explicit operator bool() const { return m_statement != nullptr; }
    sqlite3_stmt *get() const { return m_statement; }
    int step() { return sqlite3_step(m_statement); }
    QString text(int column) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
                                 sqlite3_column_bytes(m_statement, column));
    }

private:
    sqlite3_stmt *m_statement = nullptr;
};

QByteArray quoted(const QString &identifier)
{
    QByteArray name = identifier.toUtf8();
    name.replace('"', "\"\"");
    return '"' + name + '"';
}

// One phase's reports to a Backup::Progress: (0, total) at the start, about 256 reports in
// between whatever the total, (total, total) at the end.
class PhaseReport
{
public:
    PhaseReport(const Backup::Progress &progress, Backup::Phase phase, qint64 total)
        : m_progress(progress)
        , m_phase(phase)
        , m_total(total)
        , m_every(std::max<qint64>(1, total / 256))
    {
        if (m_progress)
            m_progress(m_phase, 0, m_total);
    }
    void advance(qint64 by = 1) { reach(m_done + by); }
    void reach(qint64 done)
    {
        m_done = done;
        if (m_progress && m_done < m_total && m_done - m_reported >= m_every) {
            m_reported = m_done;
            m_progress(m_phase, m_done, m_total);
        }
    }
    void finish()
    {
        if (m_progress)
            m_progress(m_phase, m_total, m_total);
    }

private:
    const Backup::Progress &m_progress;
    Backup::Phase m_phase;
    qint64 m_total;
    qint64 m_every;
    qint64 m_done = 0;
    qint64 m_reported = 0;
};

constexpr qint64 blockSize = 1 << 20;

qint64 blocksIn(qint64 bytes)
{
    return (bytes + blockSize - 1) / blockSize;
}

void addNumber(QCryptographicHash &hash, qint64 value)
{
    const qint64 big = qToBigEndian(value);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&big), sizeof big));
}

// SHA-256 over the schema and every row of every table, in an order that depends on the content
// only (rowid, or every column for a WITHOUT ROWID table), leaving out the digest's own row.
// Values are typed and length-prefixed, so that no two contents hash alike by concatenation.
// The rows read are reported as `phase` (counted first, so that the total is known).
std::optional<QByteArray> contentDigest(sqlite3 *db, QString *error, const Backup::Progress &progress,
                                        Backup::Phase phase)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList tables;
    {
        Statement schema(db, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master"
                             " WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name");
        if (!schema) {
            *error = sqliteError(db);
            return std::nullopt;
        }
        int rc;
        while ((rc = schema.step()) == SQLITE_ROW) {
            for (int column = 0; column < 4; ++column) {
                const QByteArray text = schema.text(column).toUtf8();
                addNumber(hash, text.size());
                hash.addData(text);
            }
            const QString sql = schema.text(3);
            if (schema.text(0) == QLatin1String("table")
                && !sql.startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive))
                tables.append(schema.text(1));
        }
        if (rc != SQLITE_DONE) {
            *error = sqliteError(db);
            return std::nullopt;
        }
    }
    const auto whereFor = [](const QString &table) {
        return table == QLatin1String("meta") ? QByteArrayLiteral(" WHERE key <> '") + digestKey.toUtf8() + '\''
                                              : QByteArray();
    };
    qint64 totalRows = 0;
    if (progress) {
        for (const QString &table : std::as_const(tables)) {
            Statement count(db, "SELECT count(*) FROM " + quoted(table) + whereFor(table));
            if (!count || count.step() != SQLITE_ROW) {
                *error = sqliteError(db);
                return std::nullopt;
            }
            totalRows += sqlite3_column_int64(count.get(), 0);
        }
    }
    PhaseReport report(progress, phase, totalRows);
    for (const QString &table : std::as_const(tables)) {
        const QByteArray name = quoted(table);
        const QByteArray where = whereFor(table);
        // The rowid when the table has one; every column in order otherwise.
        const bool hasRowid = Statement(db, "SELECT rowid FROM " + name + " LIMIT 0").get() != nullptr;
        QByteArray order = " ORDER BY rowid";
        if (!hasRowid) {
            Statement columns(db, "SELECT * FROM " + name + " LIMIT 0");
            if (!columns) {
                *error = sqliteError(db);
                return std::nullopt;
            }
            order = " ORDER BY ";
            for (int i = 1; i <= sqlite3_column_count(columns.get()); ++i)
                order += (i > 1 ? "," : "") + QByteArray::number(i);
        }
        Statement rows(db, "SELECT * FROM " + name + where + order);
        if (!rows) {
            *error = sqliteError(db);
            return std::nullopt;
        }
        const QByteArray tableName = table.toUtf8();
        addNumber(hash, tableName.size());
        hash.addData(tableName);
        const int count = sqlite3_column_count(rows.get());
        int rc;
        while ((rc = rows.step()) == SQLITE_ROW) {
            for (int column = 0; column < count; ++column) {
                const int type = sqlite3_column_type(rows.get(), column);
                const char tag = char('0' + type);
                hash.addData(QByteArrayView(&tag, 1));
                switch (type) {
                case SQLITE_INTEGER:
                    addNumber(hash, sqlite3_column_int64(rows.get(), column));
                    break;
                case SQLITE_FLOAT: {
                    const double value = sqlite3_column_double(rows.get(), column);
                    qint64 bits = 0;
                    static_assert(sizeof bits == sizeof value);
                    memcpy(&bits, &value, sizeof bits);
                    addNumber(hash, bits);
                    break;
                }
                case SQLITE_TEXT:
                case SQLITE_BLOB: {
                    const void *data = type == SQLITE_TEXT ? static_cast<const void *>(sqlite3_column_text(rows.get(), column))
                                                           : sqlite3_column_blob(rows.get(), column);
                    const int size = sqlite3_column_bytes(rows.get(), column);
                    addNumber(hash, size);
                    hash.addData(QByteArrayView(static_cast<const char *>(data), size));
                    break;
                }
                default:
                    break; // NULL: the tag says it all
                }
            }
            report.advance();
        }
        if (rc != SQLITE_DONE) {
            *error = sqliteError(db);
            return std::nullopt;
        }
    }
    report.finish();
    return hash.result().toHex();
}

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("qabyldau-backup-check-%1").arg(++counter);
}

// Journal::verify on its own Qt connection to file (the journal's check is written for Qt Sql).
Expected<JournalVerification> verifyJournal(const QString &file, const Backup::Progress &progress)
{
    const QString name = nextConnectionName();
    Journal::Progress journalProgress;
    if (progress)
        journalProgress = [&progress](qint64 done, qint64 total) { progress(Backup::Phase::Journal, done, total); };
    Expected<JournalVerification> result = Issue::error(Field::Backup, Rule::BackupDamaged);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (!db.open())
            result = backupIssue(Rule::BackupDamaged, file, db.lastError().text());
        else
            result = Journal::verify(db, journalProgress);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool isSqliteFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3", 16);
}

bool sameFile(const QString &a, const QString &b)
{
    const QString canonicalA = QFileInfo(a).canonicalFilePath();
    return !canonicalA.isEmpty() && canonicalA == QFileInfo(b).canonicalFilePath();
}

// A new file readable by its owner only (DESIGN 9: a store holds children's personal data), so
// that SQLite writes into it instead of creating it with the default permissions.
bool createPrivateFile(const QString &path, QString *error)
{
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = file.errorString();
        return false;
    }
    return true;
}

// rename(2): replaces `to` in one step (QFile::rename refuses an existing target).
bool replaceFile(const QString &from, const QString &to, QString *error)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    *error = QString::fromLocal8Bit(strerror(errno));
    return false;
}

// A copy of the store at `to` (a new file, readable by its owner only), in blocks of 1 MiB
// reported as Phase::KeepAside. On failure, error says why in the system's words (a full disk).
bool keepAside(const QString &from, const QString &to, const Backup::Progress &progress, QString *error)
{
    if (!createPrivateFile(to, error))
        return false;
    QFile source(from);
    QFile target(to);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = source.errorString();
        return false;
    }
    if (!target.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = target.errorString();
        return false;
    }
    PhaseReport report(progress, Backup::Phase::KeepAside, blocksIn(source.size()));
    while (!source.atEnd()) {
        const QByteArray block = source.read(blockSize);
        if (block.isEmpty() && source.error() != QFileDevice::NoError) {
            *error = source.errorString();
            return false;
        }
        if (target.write(block) != block.size()) {
            *error = target.errorString();
            return false;
        }
        report.advance();
    }
    if (!target.flush()) {
        *error = target.errorString();
        return false;
    }
    report.finish();
    return true;
}

} // namespace

QString Backup::digestMetaKey()
{
    return digestKey;
}

Expected<Backup::Checked> Backup::check(const QString &file, const Progress &progress)
{
    QFile raw(file);
    if (!raw.exists())
        return backupIssue(Rule::BackupNotAStore, file, tr("no such file"));
    if (!raw.open(QIODevice::ReadOnly))
        return backupIssue(Rule::BackupNotAStore, file, raw.errorString());
    const QByteArray header = raw.read(100);
    const qint64 size = raw.size();
    raw.close();
    if (!header.startsWith(QByteArray("SQLite format 3", 16)))
        return backupIssue(Rule::BackupNotAStore, file, tr("not an SQLite database"));
    if (header.size() < 100)
        return backupIssue(Rule::BackupDamaged, file, tr("the file is cut short"));
    // The header's page size and page count (valid when the "version-valid-for" number equals
    // the change counter): a copy cut short is refused before SQLite reads a page of it.
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    qint64 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    if (pageCount > 0 && qFromBigEndian<quint32>(bytes + 92) == qFromBigEndian<quint32>(bytes + 24)
        && size < pageSize * pageCount)
        return backupIssue(Rule::BackupDamaged, file, tr("the file is cut short"));

    Checked checked;
    {
        Connection db;
        if (!db.open(file, SQLITE_OPEN_READWRITE))
            return backupIssue(Rule::BackupDamaged, file, db.error());
        {
            // integrity_check says nothing until it is done: a phase without a total.
            PhaseReport report(progress, Phase::Integrity, 0);
            Statement integrity(db.get(), "PRAGMA integrity_check(20)");
            if (!integrity)
                return backupIssue(Rule::BackupDamaged, file, db.error());
            QStringList problems;
            int rc;
            while ((rc = integrity.step()) == SQLITE_ROW)
                problems << integrity.text(0);
            if (rc != SQLITE_DONE)
                return backupIssue(Rule::BackupDamaged, file, db.error());
            if (problems != QStringList{QStringLiteral("ok")})
                return backupIssue(Rule::BackupDamaged, file, problems.join(QStringLiteral("; ")));
            report.finish();
        }

        QString storedDigest;
        {
            Statement tables(db.get(), "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                                       " AND name IN ('meta', 'journal')");
            if (!tables || tables.step() != SQLITE_ROW || sqlite3_column_int(tables.get(), 0) != 2)
                return backupIssue(Rule::BackupNotAStore, file, tr("no Qabyldau tables in it"));
            Statement meta(db.get(), "SELECT key, value FROM meta WHERE key IN ('schema_version', '"
                                         + digestKey.toUtf8() + "')");
            if (!meta)
                return backupIssue(Rule::BackupNotAStore, file, db.error());
            bool versionFound = false;
            while (meta.step() == SQLITE_ROW) {
                if (meta.text(0) == digestKey) {
                    storedDigest = meta.text(1);
                } else {
                    checked.schemaVersion = meta.text(1).toInt(&versionFound);
                }
            }
            if (!versionFound || checked.schemaVersion <= 0)
                return backupIssue(Rule::BackupNotAStore, file, tr("no schema version in it"));
        }
        // DESIGN 4: a store of a newer program is never put in the place of this one's.
        if (checked.schemaVersion > Database::currentSchemaVersion())
            return Issue::error(Field::Backup, Rule::StoreSchemaTooNew,
                                tr("%1: version %2, this program knows up to %3")
                                    .arg(QDir::toNativeSeparators(file), QString::number(checked.schemaVersion),
                                         QString::number(Database::currentSchemaVersion())));
        if (!storedDigest.isEmpty()) {
            QString error;
            const std::optional<QByteArray> digest = contentDigest(db.get(), &error, progress, Phase::Content);
            if (!digest)
                return backupIssue(Rule::BackupDamaged, file, error);
            if (QString::fromLatin1(*digest) != storedDigest)
                return backupIssue(Rule::BackupDamaged, file, tr("its content is not what was backed up"));
            checked.digestChecked = true;
        }
    }

    const Expected<JournalVerification> journal = verifyJournal(file, progress);
    if (!journal)
        return backupIssue(Rule::BackupDamaged, file, journal.error().detail);
    if (!journal->ok())
        return backupIssue(Rule::BackupDamaged, file, journal->message());
    checked.journalEntries = journal->entries;
    return checked;
}

Expected<Backup::Checked> Backup::create(const QString &storePath, const QString &file, const Progress &progress)
{
    if (!isSqliteFile(storePath))
        return Issue::error(Field::Store, Rule::StoreCannotOpen,
                            tr("%1: not a Qabyldau store").arg(QDir::toNativeSeparators(storePath)));
    if (sameFile(storePath, file))
        return backupIssue(Rule::OutputNotReplaceable, file, tr("this is the store itself"));
    const QFileInfo target(file);
    if (target.exists() && (!target.isFile() || target.isSymLink() || (target.size() > 0 && !isSqliteFile(file))))
        return backupIssue(Rule::OutputNotReplaceable, file, tr("a file that is not a backup is there"));

    // Written next to the target and renamed onto it once checked: an earlier backup of the same
    // name stays until the new one is known to be good.
    const QString partial = target.absoluteFilePath() + QStringLiteral(".partial");
    QString error;
    if (!createPrivateFile(partial, &error))
        return backupIssue(Rule::BackupNotWritten, file, error);
    const auto failed = [&](Rule rule, const QString &detail) -> Expected<Checked> {
        StoreFiles::removeWithSidecars(partial);
        return backupIssue(rule, file, detail);
    };

    {
        Connection source;
        if (!source.open(storePath, SQLITE_OPEN_READONLY))
            return failed(Rule::BackupNotWritten, source.error());
        sqlite3_busy_timeout(source.get(), 5000);
        Connection destination;
        if (!destination.open(partial, SQLITE_OPEN_READWRITE))
            return failed(Rule::BackupNotWritten, destination.error());
        sqlite3_backup *backup = sqlite3_backup_init(destination.get(), "main", source.get(), "main");
        if (!backup)
            return failed(Rule::BackupNotWritten, destination.error());
        // Steps of 4 MiB (1024 pages of a store made before 16 KiB pages, 256 of one made
        // since): the store stays readable and writable for the desk in between, and the
        // progress moves. The total is the store's page count, which grows if the desk writes
        // meanwhile (and a change made by the desk starts the copy over: SQLite's online backup).
        int pagesPerStep = 1024;
        {
            Statement pageSize(source.get(), "PRAGMA page_size");
            if (pageSize && pageSize.step() == SQLITE_ROW && sqlite3_column_int(pageSize.get(), 0) > 0)
                pagesPerStep = std::max(1, (4 << 20) / sqlite3_column_int(pageSize.get(), 0));
        }
        if (progress) {
            qint64 pages = 0;
            Statement pageCount(source.get(), "PRAGMA page_count");
            if (pageCount && pageCount.step() == SQLITE_ROW)
                pages = sqlite3_column_int64(pageCount.get(), 0);
            progress(Phase::Copy, 0, pages);
        }
        int rc;
        do {
            rc = sqlite3_backup_step(backup, pagesPerStep);
            if (progress && (rc == SQLITE_OK || rc == SQLITE_DONE)) {
                const int total = sqlite3_backup_pagecount(backup);
                progress(Phase::Copy, total - sqlite3_backup_remaining(backup), total);
            }
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(50);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            return failed(Rule::BackupNotWritten, destination.error());

        // One self-contained file: the store's write-ahead log mode would want a -wal beside it.
        if (!destination.exec("PRAGMA journal_mode = DELETE"))
            return failed(Rule::BackupNotWritten, destination.error());
        const std::optional<QByteArray> digest = contentDigest(destination.get(), &error, progress, Phase::Digest);
        if (!digest)
            return failed(Rule::BackupNotWritten, error);
        const QByteArray record = "INSERT OR REPLACE INTO meta (key, value) VALUES ('" + digestKey.toUtf8()
                                  + "', '" + *digest + "')";
        if (!destination.exec(record.constData()))
            return failed(Rule::BackupNotWritten, destination.error());
    }

    Expected<Checked> checked = check(partial, progress);
    if (!checked) {
        StoreFiles::removeWithSidecars(partial);
        Issue issue = checked.error();
        issue.detail.replace(QDir::toNativeSeparators(partial), QDir::toNativeSeparators(file));
        return issue;
    }
    if (!replaceFile(partial, file, &error))
        return failed(Rule::BackupNotWritten, error);
    return checked;
}

Expected<Backup::Restored> Backup::restore(const QString &storePath, const QString &file, const QDateTime &now,
                                           const Progress &progress)
{
    if (!QFileInfo::exists(file))
        return backupIssue(Rule::BackupNotAStore, file, tr("no such file"));
    if (sameFile(storePath, file))
        return backupIssue(Rule::BackupNotAStore, file, tr("this is the store itself"));

    // The copy is checked in the store's folder, where it will be renamed into place: the rename
    // is then atomic, and the bytes checked are the bytes that become the store.
    const QFileInfo store(storePath);
    const QString incoming = store.absolutePath() + QStringLiteral("/.%1.restoring-%2")
                                                        .arg(store.fileName(), QString::number(getpid()));
    QString error;
    if (!createPrivateFile(incoming, &error))
        return backupIssue(Rule::BackupNotWritten, incoming, error);
    const auto discard = [&](const Issue &issue) -> Expected<Restored> {
        StoreFiles::removeWithSidecars(incoming);
        return issue;
    };
    {
        QFile source(file);
        QFile target(incoming);
        if (!source.open(QIODevice::ReadOnly))
            return discard(backupIssue(Rule::BackupNotAStore, file, source.errorString()));
        if (!target.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return discard(backupIssue(Rule::BackupNotWritten, incoming, target.errorString()));
        PhaseReport report(progress, Phase::Copy, blocksIn(source.size()));
        while (!source.atEnd()) {
            const QByteArray block = source.read(blockSize);
            if (block.isEmpty() && source.error() != QFileDevice::NoError)
                return discard(backupIssue(Rule::BackupNotAStore, file, source.errorString()));
            if (target.write(block) != block.size())
                return discard(backupIssue(Rule::BackupNotWritten, incoming, target.errorString()));
            report.advance();
        }
        if (!target.flush())
            return discard(backupIssue(Rule::BackupNotWritten, incoming, target.errorString()));
        report.finish();
    }

    Expected<Checked> checked = check(incoming, progress);
    if (!checked) {
        Issue issue = checked.error();
        issue.detail.replace(QDir::toNativeSeparators(incoming), QDir::toNativeSeparators(file));
        return discard(issue);
    }
    {
        // The digest belongs to the backup file, not to the store it becomes.
        Connection db;
        const QByteArray forget = "DELETE FROM meta WHERE key = '" + digestKey.toUtf8() + "'";
        if (!db.open(incoming, SQLITE_OPEN_READWRITE) || !db.exec(forget.constData()))
            return discard(backupIssue(Rule::BackupNotWritten, incoming, db.error()));
    }

    Restored restored;
    restored.copy = *checked;
    if (store.exists()) {
        // Nobody else may have the store open: a desk or a command working on it would go on
        // writing into the file put aside. An exclusive lock is only granted when no other
        // connection holds the file (in WAL mode each one keeps a shared lock while open).
        Connection lock;
        if (!lock.open(storePath, SQLITE_OPEN_READWRITE))
            return discard(Issue::error(Field::Store, Rule::StoreCannotOpen,
                                        QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(storePath), lock.error())));
        sqlite3_busy_timeout(lock.get(), 250);
        if (!lock.exec("PRAGMA locking_mode = EXCLUSIVE") || !lock.exec("BEGIN EXCLUSIVE")
            || !lock.exec("COMMIT"))
            return discard(Issue::error(Field::Store, Rule::StoreInUse, QDir::toNativeSeparators(storePath)));
        // Everything into the main file, so that the copy kept aside is complete on its own.
        if (!lock.exec("PRAGMA wal_checkpoint(TRUNCATE)"))
            return discard(Issue::error(Field::Store, Rule::StoreInUse, QDir::toNativeSeparators(storePath)));

        // The queue server has seen this desk's outbox numbers (desk_seq) up to the last command it
        // answered. In the restored outbox, the commands it answered since the backup take their
        // outcome from the current store (they are not sent again), and new commands are numbered
        // after the last answered one rather than from where the backup stood: the same number
        // with another command is a conflict (docs/api.md).
        {
            Statement attach(lock.get(), "ATTACH DATABASE ?1 AS incoming");
            const QByteArray incomingName = QFile::encodeName(incoming);
            if (!attach || sqlite3_bind_text(attach.get(), 1, incomingName.constData(), int(incomingName.size()), SQLITE_TRANSIENT) != SQLITE_OK
                || attach.step() != SQLITE_DONE)
                return discard(backupIssue(Rule::BackupNotWritten, incoming, lock.error()));
        }
        // The outcome's result and time came with schema version 6: a store or copy older than
        // that carries the state and the error only.
        const bool withResult = Statement(lock.get(), "SELECT result, answered_at FROM main.outbox LIMIT 0").get()
                                && Statement(lock.get(), "SELECT result, answered_at FROM incoming.outbox LIMIT 0").get();
        // (A file at the store's path that is no store has nothing to carry.)
        const bool hasOutbox = Statement(lock.get(), "SELECT position, id, state FROM main.outbox LIMIT 0").get();
        const bool carried = !hasOutbox
            || (lock.exec("BEGIN")
            && lock.exec(withResult
                             ? "UPDATE incoming.outbox SET"
                               " (state, last_error, result, answered_at) = (SELECT o.state, o.last_error, o.result, o.answered_at"
                               "  FROM main.outbox o WHERE o.position = incoming.outbox.position AND o.id = incoming.outbox.id)"
                               " WHERE state NOT IN ('applied', 'rejected') AND EXISTS (SELECT 1 FROM main.outbox o"
                               "  WHERE o.position = incoming.outbox.position AND o.id = incoming.outbox.id"
                               "  AND o.state IN ('applied', 'rejected'))"
                             : "UPDATE incoming.outbox SET"
                               " (state, last_error) = (SELECT o.state, o.last_error"
                               "  FROM main.outbox o WHERE o.position = incoming.outbox.position AND o.id = incoming.outbox.id)"
                         " WHERE state NOT IN ('applied', 'rejected') AND EXISTS (SELECT 1 FROM main.outbox o"
                         "  WHERE o.position = incoming.outbox.position AND o.id = incoming.outbox.id"
                         "  AND o.state IN ('applied', 'rejected'))")
            && lock.exec("UPDATE incoming.sqlite_sequence SET seq = (SELECT coalesce(max(position), 0) FROM main.outbox"
                         " WHERE state IN ('applied', 'rejected')) WHERE name = 'outbox' AND seq < (SELECT coalesce(max(position), 0)"
                         " FROM main.outbox WHERE state IN ('applied', 'rejected'))")
            && lock.exec("INSERT INTO incoming.sqlite_sequence (name, seq) SELECT 'outbox', max(position) FROM main.outbox"
                         " WHERE state IN ('applied', 'rejected') HAVING max(position) IS NOT NULL"
                         " AND NOT EXISTS (SELECT 1 FROM incoming.sqlite_sequence WHERE name = 'outbox')")
            && lock.exec("COMMIT"));
        if (!carried) {
            const QString why = lock.error();
            lock.exec("ROLLBACK");
            lock.exec("DETACH DATABASE incoming");
            return discard(backupIssue(Rule::BackupNotWritten, incoming, why));
        }
        lock.exec("DETACH DATABASE incoming");

        const QString aside = StoreFiles::keptAsideName(storePath, now);
        if (QString why; !keepAside(storePath, aside, progress, &why)) {
            QFile::remove(aside);
            return discard(
                backupIssue(Rule::BackupNotWritten, aside, tr("the current store cannot be kept aside: %1").arg(why)));
        }
        restored.keptAside = aside;
        lock.close();
        // The log was emptied above and SQLite removes it when the last connection closes; a
        // leftover would be replayed into the restored store.
        QFile::remove(storePath + QStringLiteral("-wal"));
        QFile::remove(storePath + QStringLiteral("-shm"));
    }
    if (!replaceFile(incoming, storePath, &error))
        return discard(backupIssue(Rule::BackupNotWritten, storePath, error));
    return restored;
}

QString Backup::defaultFolder(const QString &storePath)
{
    return QFileInfo(storePath).absolutePath() + QStringLiteral("/backups");
}

QString Backup::dailyFileName(const QDate &day)
{
    return QStringLiteral("qabyldau-%1.sqlite").arg(day.toString(Qt::ISODate));
}

Expected<Backup::Daily> Backup::runDaily(const QString &storePath, const QString &folder, int keepDays,
                                         const QDate &today, const Progress &progress)
{
    Daily daily;
    QDir dir(folder);
    if (!dir.exists()) {
        if (!QDir().mkpath(folder))
            return backupIssue(Rule::BackupNotWritten, folder, tr("the folder cannot be created"));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QString todays = dir.absoluteFilePath(dailyFileName(today));
    if (!QFileInfo::exists(todays)) {
        const Expected<Checked> created = create(storePath, todays, progress);
        if (!created)
            return created.error();
        daily.created = todays;
    }
    static const QRegularExpression name(QStringLiteral("^qabyldau-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"));
    const QDate oldestKept = today.addDays(1 - std::max(keepDays, 1));
    for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = name.match(entry);
        if (!match.hasMatch())
            continue;
        const QDate day = QDate::fromString(match.captured(1), Qt::ISODate);
        if (day.isValid() && day < oldestKept && QFile::remove(dir.absoluteFilePath(entry)))
            daily.pruned << dir.absoluteFilePath(entry);
    }
    return daily;
}
