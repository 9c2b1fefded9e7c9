#include "BackupController.h"

#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QStyle>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

namespace {

// A phase's (done, total) in the int range of a progress bar.
std::pair<int, int> barRange(qint64 done, qint64 total)
{
    while (total > std::numeric_limits<int>::max()) {
        done /= 2;
        total /= 2;
    }
    return {int(done), int(total)};
}

// "Step i of n: what the phase does".
QString stepText(const QList<Backup::Phase> &steps, Backup::Phase phase)
{
    return BackupController::tr("Step %1 of %2: %3")
        .arg(steps.indexOf(phase) + 1)
        .arg(steps.size())
        .arg(BackupController::phaseText(phase, steps.contains(Backup::Phase::KeepAside)));
}

template<typename T>
Expected<T> runWithProgress(QWidget *parent, const QString &label, const QList<Backup::Phase> &steps,
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
    // As wide as the widest step from the start, rather than growing step by step.
    int widest = dialog.fontMetrics().horizontalAdvance(label);
    for (const Backup::Phase phase : steps)
        widest = std::max(widest, dialog.fontMetrics().horizontalAdvance(stepText(steps, phase)));
    dialog.setMinimumWidth(widest + 6 * dialog.style()->pixelMetric(QStyle::PM_LayoutLeftMargin));

    std::optional<Expected<T>> result;
    QPointer<QProgressDialog> progressDialog(&dialog);
    QThread *thread = QThread::create([&result, &work, &steps, progressDialog, label] {
        result.emplace(work([progressDialog, label, &steps](Backup::Phase phase, qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                progressDialog.data(),
                [progressDialog, label, &steps, phase, done, total] {
                    if (!progressDialog)
                        return;
                    // Each phase names itself and starts the bar again; one that cannot tell how
                    // far it is (SQLite's integrity check) shows the busy bar.
                    const QString text = label + u'\n' + stepText(steps, phase);
                    if (progressDialog->labelText() != text)
                        progressDialog->setLabelText(text);
                    const auto [value, maximum] = barRange(done, total);
                    if (progressDialog->maximum() != maximum)
                        progressDialog->setRange(0, maximum);
                    progressDialog->setValue(value);
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

QString BackupController::phaseText(Backup::Phase phase, bool restoring)
{
    switch (phase) {
    case Backup::Phase::Copy:
        return restoring ? tr("Copying the backup next to the local store…") : tr("Copying the local store…");
    case Backup::Phase::Digest:
        return tr("Computing the copy's checksum…");
    case Backup::Phase::Integrity:
        return tr("Checking the structure of the copy's database…");
    case Backup::Phase::Content:
        return tr("Comparing the copy's content with its checksum…");
    case Backup::Phase::Journal:
        return tr("Checking the chain of the copy's journal…");
    case Backup::Phase::KeepAside:
        return tr("Keeping a copy of the current local store…");
    }
    return QString();
}

Expected<Backup::Checked> runBackupWithProgress(QWidget *parent, const QString &label,
                                                const std::function<Expected<Backup::Checked>(const Backup::Progress &)> &work)
{
    using Phase = Backup::Phase;
    return runWithProgress<Backup::Checked>(
        parent, label, {Phase::Copy, Phase::Digest, Phase::Integrity, Phase::Content, Phase::Journal}, work);
}

Expected<Backup::Restored> runRestoreWithProgress(QWidget *parent, const QString &label,
                                                  const std::function<Expected<Backup::Restored>(const Backup::Progress &)> &work)
{
    using Phase = Backup::Phase;
    return runWithProgress<Backup::Restored>(
        parent, label, {Phase::Copy, Phase::Integrity, Phase::Content, Phase::Journal, Phase::KeepAside}, work);
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
