#pragma once

#include "domain/Expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

// Backup and restore of the local store (issue 13 item 7). No widgets: the desk (File > Back up /
// Restore, the daily backup) and qabyldau-cli (backup / restore) share it.
//
// A backup is SQLite's online backup of the store, taken on a connection of its own (so it runs on
// any thread while the desk keeps working), written as one self-contained file (rollback journal,
// no -wal beside it) readable by its owner only, and trusted only once it passes check():
// - the file is an SQLite database of the size its header announces (a cut-off copy is refused);
// - PRAGMA integrity_check answers "ok";
// - it is a Qabyldau store (a `meta` table with a schema version, a journal) whose schema is not
//   newer than this program's;
// - the content digest the backup recorded in `meta` (SHA-256 over every row of every table)
//   matches, so that a flipped byte inside a record, which integrity_check does not see, is found;
//   a plain copy of a store file (no digest, e.g. the store kept aside by a restore) is checked
//   without it;
// - the journal's hash chain verifies (Journal::verify).
// A restore checks the copy the same way before it touches anything, refuses while another
// program has the store open, keeps the current store aside as
// "<store>.before-restore-YYYYMMDD-HHMMSS" and puts the checked copy in its place with one rename;
// the restored outbox keeps the queue server's answers the current store has had since the backup
// and numbers its next commands after the last one the server answered.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    // What a checked copy holds.
    struct Checked
    {
        int schemaVersion = 0;
        qint64 journalEntries = 0;
        bool digestChecked = false; // false for a plain copy of a store file
    };

    struct Restored
    {
        Checked copy;
        QString keptAside; // the former store's new name; empty when there was no store
    };

    struct Daily
    {
        QString created;     // the file written today; empty when today's copy existed already
        QStringList pruned;  // the old copies removed
    };

    // The steps of a backup or a restore, in the order they come.
    enum class Phase {
        Copy,      // create: pages of the store copied; restore: MiB of the backup copied beside the store
        Digest,    // create: rows of the copy read for the content digest it records
        Integrity, // SQLite's integrity_check, which cannot tell how far it is: total 0
        Content,   // rows of the copy read to compare with the digest it recorded (not for a plain copy)
        Journal,   // journal entries whose hash chain is verified
        KeepAside, // restore: MiB of the current store copied to "<store>.before-restore-..."
    };
    // Called with done 0 when a phase starts, then now and then as it goes (done never goes back)
    // and with done == total when it ends; total 0 when the phase cannot tell how far it is. A
    // phase that fails reports no end. One exception: while the desk writes to the store, the
    // copy's total grows with it, and SQLite's online backup starts the copy over (done falls
    // back) when the store changed under it. Called on the thread that does the work.
    using Progress = std::function<void(Phase phase, qint64 done, qint64 total)>;

    // Copies the store at storePath into file (replacing an earlier backup there) and checks the
    // copy. Nothing is left at file when anything fails. Refuses a file that exists and is not an
    // SQLite database, and the store itself.
    // Errors: Field::Store / StoreCannotOpen; Field::Backup / BackupNotWritten,
    // OutputNotReplaceable, or what check() finds.
    static Expected<Checked> create(const QString &storePath, const QString &file,
                                    const Progress &progress = {});

    // The checks above on file. It may be opened for writing (SQLite's own -wal / -shm), so give
    // it a copy rather than a file on read-only media. Errors (Field::Backup): BackupNotAStore,
    // BackupDamaged, StoreSchemaTooNew (detail says what was found).
    static Expected<Checked> check(const QString &file, const Progress &progress = {});

    // Replaces the store at storePath by the backup in file, checked first; `now` names the file
    // the current store is kept aside as. On any error the store is left as it was.
    // Errors: those of check(); Field::Store / StoreInUse; Field::Backup / BackupNotWritten.
    static Expected<Restored> restore(const QString &storePath, const QString &file, const QDateTime &now,
                                      const Progress &progress = {});

    // The automatic backup: "<store's folder>/backups".
    static QString defaultFolder(const QString &storePath);
    // "qabyldau-YYYY-MM-DD.sqlite": the day is in the name, so that pruning does not depend on
    // file times that a copy to another disk changes.
    static QString dailyFileName(const QDate &day);
    // Today's copy into folder unless it is there already, then removes the daily copies older
    // than keepDays days (today's copy counts as one: 14 keeps today and the 13 days before).
    // Nothing is pruned when today's copy could not be made.
    static Expected<Daily> runDaily(const QString &storePath, const QString &folder, int keepDays,
                                    const QDate &today, const Progress &progress = {});
    static constexpr int defaultKeepDays = 14;

    // The `meta` key holding a backup's content digest.
    static QString digestMetaKey();
};
