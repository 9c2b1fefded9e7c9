#pragma once

#include "domain/Clock.h"
#include "domain/Expected.h"
#include "store/Backup.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;
class QTimer;
class QWidget;

// The desk's automatic daily backup (issue 13 item 7): a checked copy of the store into the
// backup folder when the desk starts and, while it runs, once each new day; copies older than the
// days to keep are removed. The folder and the days are remembered settings (Settings > Backups);
// the folder defaults to "backups" next to the store. The copy runs on a thread of its own; the
// outcome is reported by finished(), which the window shows in its status bar: never a modal
// dialog at start.
class BackupController : public QObject
{
    Q_OBJECT
public:
    // The clock decides what "a new day" is (tests move it).
    BackupController(QString storePath, std::shared_ptr<const Clock> clock, QObject *parent = nullptr);
    // Waits for a copy under way.
    ~BackupController() override;

    // QSettings: the folder (empty: Backup::defaultFolder of the store) and the days to keep.
    static QString folderKey();
    static QString keepDaysKey();
    static QString folder(const QString &storePath);
    static int keepDays();

    // What the progress dialog of File > Back Up or File > Restore says of a phase, in the UI
    // language (restoring: the copy is the backup's, not the store's).
    static QString phaseText(Backup::Phase phase, bool restoring);

    // Runs now and then checks every `checkIntervalMs` for a new day.
    void start(int checkIntervalMs = 15 * 60 * 1000);
    // Runs when today's copy was not made yet by this controller.
    void runIfDue();
    bool isRunning() const { return m_thread != nullptr; }
    // Blocks until a copy under way is done (a restore must not run under it).
    void waitForCopy();

signals:
    // ok: the message says what was written (or that today's copy is there); otherwise why not.
    void finished(bool ok, const QString &message);

private:
    void done(const Expected<Backup::Daily> &result, const QDate &day);

    QString m_storePath;
    std::shared_ptr<const Clock> m_clock;
    QTimer *m_timer;
    QThread *m_thread = nullptr;
    QDate m_lastDay;
};

// Runs work on a thread of its own while a progress dialog (shown only when the work takes more
// than a moment) follows the progress it reports, phase by phase: under label, "Step i of n" and
// what the phase does, the bar going from empty to full in each; returns work's result.
Expected<Backup::Checked> runBackupWithProgress(QWidget *parent, const QString &label,
                                                const std::function<Expected<Backup::Checked>(const Backup::Progress &)> &work);
Expected<Backup::Restored> runRestoreWithProgress(QWidget *parent, const QString &label,
                                                  const std::function<Expected<Backup::Restored>(const Backup::Progress &)> &work);
