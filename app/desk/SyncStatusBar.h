#pragma once

#include "sync/SyncEngine.h"

#include <QWidget>

class ElidedLabel;
class QLabel;
class QProgressBar;

// The sync part of the status bar: online / offline / syncing, a progress bar on a long first
// download, the last successful sync, the commands waiting, "Needs attention (N)" for the
// commands the server refused, and the last error in words (tooltip). With no server set it
// says so and links to Settings -> Connection.
class SyncStatusBar : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusBar(QWidget *parent = nullptr);

    // No connection saved: the engine does not run.
    void showNoServer();
    void showStatus(const SyncStatus &status);
    // The counts read from the store between engine reports (a command the desk just wrote).
    void showSummary(const SyncSummary &summary);

    QString stateText() const;

signals:
    void settingsRequested();
    void attentionRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    bool m_noServer = true;
    SyncStatus m_status;
    QLabel *m_stateLabel;
    QProgressBar *m_progress;
    // Cut with "…" when the status bar is short of room; whole in its tooltip.
    ElidedLabel *m_detailLabel;
    QLabel *m_attentionLabel;
};
