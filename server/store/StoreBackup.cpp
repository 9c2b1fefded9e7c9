#include "store/StoreBackup.h"

#include "store/ServerJournal.h"
#include "store/ServerSchema.h"
#include "store/StoreFiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QUuid>

namespace StoreBackup {

namespace {

ServerError failure(const char *code, const QString &message)
{
    return ServerError{QString::fromLatin1(code), message};
}

// Opens the SQLite file at path (a copy of ours), checks it and reads what the summary says.
// With newEpoch, also gives it a new epoch. The connection is closed on return, so SQLite has
// folded its WAL back into the file.
ServerResult<Summary> checkCopy(const QString &path, const QString &name, bool newEpoch, const char *failCode)
{
    const auto error = [&](const char *code, const QString &message) {
        return failure(code, name + QStringLiteral(": ") + message);
    };
    StoreUrl url;
    url.kind = StoreUrl::Kind::Sqlite;
    url.path = path;
    ServerResult<std::unique_ptr<ServerDb>> opened = ServerDb::connect(url, QStringLiteral("backup-check"));
    if (!opened)
        return error(failCode, QStringLiteral("not a Qabyldau server store (%1)").arg(opened.error().message));
    ServerDb &db = *opened.value();
    ServerResult<QSqlQuery *> checked = db.exec(QStringLiteral("PRAGMA quick_check"));
    if (!checked)
        return error(failCode, QStringLiteral("not a Qabyldau server store (%1)").arg(checked.error().message));
    if (!checked.value()->next() || checked.value()->value(0).toString() != QStringLiteral("ok"))
        return error(failCode, QStringLiteral("SQLite's quick_check finds it damaged: ") + checked.value()->value(0).toString());
    db.finishStatements();
    if (ServerStatus servable = ServerSchema::checkServable(db); !servable)
        return error(failCode, servable.error().message);
    Summary summary;
    ServerResult<int> version = ServerSchema::version(db);
    if (!version)
        return error(failCode, version.error().message);
    summary.schema = version.value();
    ServerResult<ServerJournal::Verification> journal = ServerJournal::verify(db);
    if (!journal)
        return error(failCode, journal.error().message);
    if (journal->firstBrokenSeq != 0)
        return error(failCode, QStringLiteral("its journal entry %1 does not match (%2)").arg(journal->firstBrokenSeq).arg(journal->fault));
    summary.journalEntries = journal->entries;
    ServerResult<QSqlQuery *> counted = db.exec(QStringLiteral("SELECT count(*) FROM applications"));
    if (!counted || !counted.value()->next())
        return error(failCode, counted ? QStringLiteral("its applications cannot be counted") : counted.error().message);
    summary.applications = counted.value()->value(0).toLongLong();
    db.finishStatements();
    if (newEpoch) {
        summary.epoch = QUuid::createUuid().toString(QUuid::WithoutBraces);
        ServerResult<bool> renewed = inWriteTransaction<bool>(db, [&](ServerDb &store) -> ServerResult<bool> {
            if (ServerStatus done = ServerSchema::setMetaValue(store, QStringLiteral("epoch"), summary.epoch); !done)
                return done.error();
            return true;
        });
        if (!renewed)
            return error(failCode, renewed.error().message);
    } else {
        ServerResult<QString> epoch = ServerSchema::epoch(db);
        if (!epoch)
            return error(failCode, epoch.error().message);
        summary.epoch = epoch.value();
    }
    // Every page in the file itself: the copy is one file, whatever happens to its -wal next.
    db.finishStatements();
    if (ServerStatus folded = db.run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !folded)
        return error(failCode, folded.error().message);
    return summary;
}

QString lockStem(const QString &storePath)
{
    const QFileInfo info(storePath);
    const QString canonical = info.canonicalFilePath();
    return (canonical.isEmpty() ? info.absoluteFilePath() : canonical) + QStringLiteral("-serve.");
}

// The PID of a serve process that holds one of the store's lock files, or 0; the files of serve
// processes that are gone (SIGKILL) are removed on the way.
qint64 servedBy(const QString &storePath)
{
    const QFileInfo stem(lockStem(storePath));
    const QStringList locks = stem.dir().entryList({stem.fileName() + QStringLiteral("*.lock")}, QDir::Files | QDir::Hidden);
    for (const QString &name : locks) {
        QLockFile lock(stem.dir().filePath(name));
        lock.setStaleLockTime(0); // a lock whose process is gone is stale, however young
        if (lock.tryLock(0)) {
            lock.unlock(); // was stale: removed
            continue;
        }
        qint64 pid = 0;
        QString host;
        QString application;
        lock.getLockInfo(&pid, &host, &application);
        return pid > 0 ? pid : -1;
    }
    return 0;
}

} // namespace

ServerError notForPostgres()
{
    return failure("not_for_postgresql",
                   QStringLiteral("a PostgreSQL store is backed up with pg_dump and restored with pg_restore, then "
                                  "'qabyldau-server epoch renew' (docs/server.md, \"Backup and restore\")"));
}

QString serveLockPath(const QString &storePath, qint64 pid)
{
    return lockStem(storePath) + QString::number(pid) + QStringLiteral(".lock");
}

ServerResult<Summary> backup(const StoreUrl &store, const QString &file)
{
    if (store.kind == StoreUrl::Kind::Postgres)
        return notForPostgres();
    if (QFileInfo::exists(file))
        return failure("backup_exists", QStringLiteral("%1 exists: a backup never overwrites a file").arg(file));
    ServerResult<std::unique_ptr<ServerDb>> opened = ServerDb::connect(store, QStringLiteral("backup"));
    if (!opened)
        return opened.error();
    ServerDb &db = *opened.value();
    if (ServerStatus servable = ServerSchema::checkServable(db); !servable)
        return servable.error();
    const QString partial = file + QStringLiteral(".partial");
    StoreFiles::removeWithSidecars(partial); // what an interrupted backup left
    // One read snapshot of the store, written compactly to a new file; writers are not held up.
    // SQLite refuses to VACUUM while a statement of the connection still holds rows.
    db.finishStatements();
    if (ServerStatus copied = db.run(QStringLiteral("VACUUM INTO ?"), {partial}); !copied) {
        StoreFiles::removeWithSidecars(partial);
        return failure("backup_failed", QStringLiteral("%1: %2").arg(partial, copied.error().message));
    }
    ServerResult<Summary> summary = checkCopy(partial, file, false, "backup_failed");
    if (!summary) {
        StoreFiles::removeWithSidecars(partial);
        return summary;
    }
    StoreFiles::removeSidecars(partial); // empty leftovers, if any
    // Names and IINs of the region's children: readable by its owner only, as the store is.
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!QFile::rename(partial, file)) {
        StoreFiles::removeWithSidecars(partial);
        return failure("backup_failed", QStringLiteral("%1 cannot be renamed to %2").arg(partial, file));
    }
    return summary;
}

ServerResult<Summary> restore(const StoreUrl &store, const QString &file, QString *keptAs)
{
    if (store.kind == StoreUrl::Kind::Postgres)
        return notForPostgres();
    if (const qint64 pid = servedBy(store.path); pid != 0)
        return failure("store_in_use", QStringLiteral("a serve process (PID %1) has %2 open: stop it first").arg(pid).arg(store.path));
    if (!QFileInfo(file).isFile())
        return failure("backup_damaged", QStringLiteral("%1: no such file").arg(file));
    const QString restoring = store.path + QStringLiteral(".restoring");
    StoreFiles::removeWithSidecars(restoring);
    if (!QFile::copy(file, restoring)) {
        StoreFiles::removeWithSidecars(restoring);
        return failure("restore_failed", QStringLiteral("%1 cannot be copied to %2").arg(file, restoring));
    }
    QFile::setPermissions(restoring, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ServerResult<Summary> summary = checkCopy(restoring, file, true, "backup_damaged");
    if (!summary) {
        StoreFiles::removeWithSidecars(restoring);
        return summary;
    }
    // The store in place: its WAL folded into it first, so one file is kept aside whole.
    QString aside;
    if (QFileInfo::exists(store.path)) {
        {
            ServerResult<std::unique_ptr<ServerDb>> current = ServerDb::connect(store, QStringLiteral("restore-current"));
            if (current)
                current.value()->run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        aside = StoreFiles::keptAsideName(store.path, QDateTime::currentDateTime());
        if (!QFile::rename(store.path, aside)) {
            StoreFiles::removeWithSidecars(restoring);
            return failure("restore_failed", QStringLiteral("%1 cannot be kept aside as %2").arg(store.path, aside));
        }
        StoreFiles::removeSidecars(store.path); // folded into the file kept aside
    }
    StoreFiles::removeSidecars(restoring);
    if (!QFile::rename(restoring, store.path)) {
        if (!aside.isEmpty())
            QFile::rename(aside, store.path); // the store as it was
        StoreFiles::removeWithSidecars(restoring);
        return failure("restore_failed", QStringLiteral("%1 cannot be renamed to %2").arg(restoring, store.path));
    }
    if (keptAs)
        *keptAs = aside;
    return summary;
}

} // namespace StoreBackup
