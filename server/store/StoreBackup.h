#pragma once

#include "store/ServerDb.h"

#include <QString>

// A copy of a SQLite server store taken while it is served, and putting one back (docs/server.md,
// "Backup and restore"). A PostgreSQL store is copied with PostgreSQL's own tools (pg_dump); both
// commands say so. Only the CLI calls these.
namespace StoreBackup {

struct Summary
{
    int schema = 0;
    qint64 applications = 0;
    qint64 journalEntries = 0;
    QString epoch;
};

// `not_for_postgresql`: what to use instead.
ServerError notForPostgres();

// The lock file a `serve` process with that PID holds while it serves the SQLite store at
// storePath (`STORE-serve.PID.lock`), so that no restore runs under it; several may serve one file.
QString serveLockPath(const QString &storePath, qint64 pid);

// Writes a copy of the store (servable, else its error) to `file` from one read snapshot (SQLite's VACUUM INTO: writers go
// on meanwhile), first as `file`.partial, checked (the copy opens, SQLite's quick_check passes,
// its journal's hash chain holds), then renamed. Errors: `backup_exists` (never overwrites),
// `backup_failed` (what the system or SQLite said; nothing is left at `file`), `not_for_postgresql`.
ServerResult<Summary> backup(const StoreUrl &store, const QString &file);

// Puts the copy in `file` in place of the SQLite store at `storePath`, which no `serve` may hold:
// the copy is checked as above (and its schema must be one this program serves), given a new
// epoch (every desk downloads again and resends what the copy lacks, docs/api.md), and only then
// takes the store's place with one rename; the store it replaces is kept beside it as
// `STORE.before-restore-YYYYMMDD-HHMMSS` (`keptAs`). Errors: `store_in_use`, `backup_damaged`,
// `restore_failed`; on any error the store is left as it was.
ServerResult<Summary> restore(const StoreUrl &store, const QString &file, QString *keptAs);

} // namespace StoreBackup
