#pragma once

#include <QDateTime>
#include <QString>

// A SQLite store's files on disk, for the desk's backup and restore (store/Backup) and the
// server's (server/store/StoreBackup).
namespace StoreFiles {

// Removes the files SQLite keeps beside a database (-wal, -shm, -journal).
void removeSidecars(const QString &path);
// Removes the database file and those beside it.
void removeWithSidecars(const QString &path);
// The name a restore keeps the replaced store under: "<store>.before-restore-YYYYMMDD-HHMMSS",
// with "-2", "-3", ... when a file of that name exists (two restores in one second).
QString keptAsideName(const QString &storePath, const QDateTime &now);

} // namespace StoreFiles
