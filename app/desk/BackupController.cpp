#include "BackupController.h"

#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QThread>
#include <QTimer>

#include <optional>

namespace {

template<typename T>
Expected<T> runWithProgress(QWidget *parent, const QString &label,
                            const std::function<Expected<T>(const Backup::Progress &)> &work)
{
    QProgressDialog dialog(label, QString(), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("backupProgressDialog"));
    dialog.setWindowTitle(QGuiApplication::applicationDisplayName());
    dialog.setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    dialog.setCancelButton(nullptr);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    // A small store is copied before the dialog would appear.
    dialog.setMinimumDuration(700);
    dialog.setValue(0);

    std::optional<Expected<T>> result;
    QPointer<QProgressDialog> progressDialog(&dialog);
    QThread *thread = QThread::create([&result, &work, progressDialog] {
        result.emplace(work([progressDialog](int done, int total) {
            QMetaObject::invokeMethod(
                progressDialog.data(),
                [progressDialog, done, total] {
                    if (!progressDialog)
                        return;
                    progressDialog->setMaximum(total);
                    progressDialog->setValue(done);
                },
                Qt::QueuedConnection);
        }));
    });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    return std::move(*result);
}

} // namespace

Expected<Backup::Checked> runBackupWithProgress(QWidget *parent, const QString &label,
                                                const std::function<Expected<Backup::Checked>(const Backup::Progress &)> &work)
{
    return runWithProgress<Backup::Checked>(parent, label, work);
}

Expected<Backup::Restored> runRestoreWithProgress(QWidget *parent, const QString &label,
                                                  const std::function<Expected<Backup::Restored>()> &work)
{
    return runWithProgress<Backup::Restored>(parent, label, [&work](const Backup::Progress &) { return work(); });
}

BackupController::BackupController(QString storePath, std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_clock(std::move(clock))
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &BackupController::runIfDue);
}

BackupController::~BackupController()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackupController::waitForCopy()
{
    if (m_thread)
        m_thread->wait();
}

QString BackupController::folderKey()
{
    return QStringLiteral("backup/folder");
}

QString BackupController::keepDaysKey()
{
    return QStringLiteral("backup/keepDays");
}

QString BackupController::folder(const QString &storePath)
{
    const QString chosen = QSettings().value(folderKey()).toString();
    return chosen.isEmpty() ? Backup::defaultFolder(storePath) : chosen;
}

int BackupController::keepDays()
{
    bool ok = false;
    const int days = QSettings().value(keepDaysKey()).toInt(&ok);
    return ok && days >= 1 ? days : Backup::defaultKeepDays;
}

void BackupController::start(int checkIntervalMs)
{
    m_timer->start(checkIntervalMs);
    runIfDue();
}

void BackupController::runIfDue()
{
    const QDate today = m_clock->today();
    if (m_thread || today == m_lastDay)
        return;
    const QString store = m_storePath;
    const QString target = folder(store);
    const int days = keepDays();
    auto result = std::make_shared<std::optional<Expected<Backup::Daily>>>();
    m_thread = QThread::create([result, store, target, days, today] {
        result->emplace(Backup::runDaily(store, target, days, today));
    });
    connect(m_thread, &QThread::finished, this, [this, result, today] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        done(**result, today);
    });
    m_thread->start(QThread::LowPriority);
}

void BackupController::done(const Expected<Backup::Daily> &result, const QDate &day)
{
    if (!result) {
        // Tried again at the next check: a folder on a disk not plugged in yet, a full disk.
        emit finished(false, tr("The automatic backup failed: %1").arg(result.error().message()));
        return;
    }
    m_lastDay = day;
    if (result->created.isEmpty())
        emit finished(true, tr("Today's backup is in %1").arg(QDir::toNativeSeparators(folder(m_storePath))));
    else
        emit finished(true, tr("Backup written: %1").arg(QDir::toNativeSeparators(result->created)));
}
