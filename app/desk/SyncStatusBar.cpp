#include "SyncStatusBar.h"

#include "common/ElidedLabel.h"

#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStyle>

#include <algorithm>

SyncStatusBar::SyncStatusBar(QWidget *parent)
    : QWidget(parent)
    , m_stateLabel(new QLabel)
    , m_progress(new QProgressBar)
    , m_detailLabel(new ElidedLabel)
    , m_attentionLabel(new QLabel)
{
    m_stateLabel->setObjectName(QStringLiteral("syncStateLabel"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_detailLabel->setObjectName(QStringLiteral("syncDetailLabel"));
    m_attentionLabel->setObjectName(QStringLiteral("syncAttentionLabel"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_attentionLabel->hide();
    for (QLabel *label : {m_stateLabel, m_attentionLabel}) {
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    }
    connect(m_stateLabel, &QLabel::linkActivated, this, &SyncStatusBar::settingsRequested);
    connect(m_attentionLabel, &QLabel::linkActivated, this, &SyncStatusBar::attentionRequested);

    auto layout = new QHBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin) / 2;
    layout->setContentsMargins(margin, 0, margin, 0);
    layout->addWidget(m_attentionLabel);
    layout->addWidget(m_detailLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_stateLabel);
    render();
}

void SyncStatusBar::showNoServer()
{
    m_noServer = true;
    m_status = {};
    render();
}

void SyncStatusBar::showStatus(const SyncStatus &status)
{
    m_noServer = false;
    m_status = status;
    render();
}

void SyncStatusBar::showSummary(const SyncSummary &summary)
{
    m_status.summary = summary;
    render();
}

QString SyncStatusBar::stateText() const
{
    return m_stateLabel->text();
}

void SyncStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void SyncStatusBar::render()
{
    const SyncSummary &summary = m_status.summary;
    const QLocale locale;

    if (summary.rejected > 0) {
        m_attentionLabel->setText(QStringLiteral("<a href=\"attention\">%1</a>")
                                      .arg(tr("Needs attention (%1)").arg(summary.rejected).toHtmlEscaped()));
        m_attentionLabel->setToolTip(tr("Commands the queue server refused: open the list to see why and what to do"));
        m_attentionLabel->show();
    } else {
        m_attentionLabel->hide();
    }

    if (m_noServer) {
        m_stateLabel->setText(tr("Offline — no server set.") + QLatin1Char(' ')
                              + QStringLiteral("<a href=\"settings\">%1</a>").arg(tr("Settings → Connection").toHtmlEscaped()));
        m_stateLabel->setToolTip(tr("This desk works on its own until a queue server and a desk token are saved."));
        m_detailLabel->clear();
        m_detailLabel->hide();
        m_progress->hide();
        return;
    }

    QString state;
    switch (m_status.state) {
    case SyncStatus::State::Offline: state = tr("Offline"); break;
    case SyncStatus::State::Connecting: state = tr("Connecting…"); break;
    case SyncStatus::State::Syncing: state = tr("Syncing…"); break;
    case SyncStatus::State::Online: state = tr("Online"); break;
    }
    m_stateLabel->setText(state.toHtmlEscaped());
    // The last error in words: why the desk is offline, and what to do.
    QString error = m_status.error.message();
    if (error.isEmpty())
        error = summary.lastError;
    m_stateLabel->setToolTip(error.isEmpty() ? summary.server : error);

    QStringList details;
    const bool downloading = m_status.state == SyncStatus::State::Syncing && m_status.expected > 0;
    if (downloading) {
        // A long first download: how far, and about how long is left.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::clamp<qint64>(m_status.received * 1000 / m_status.expected, 0, 1000)));
        m_progress->show();
        QString progress = tr("received %1 of %2").arg(locale.toString(m_status.received), locale.toString(m_status.expected));
        if (m_status.secondsLeft >= 0) {
            const qint64 minutes = (m_status.secondsLeft + 59) / 60;
            progress += QStringLiteral(", ")
                        + (minutes > 1 ? tr("about %n min left", nullptr, int(minutes))
                                       : tr("less than a minute left"));
        }
        details << progress;
    } else {
        m_progress->hide();
    }
    if (summary.waiting > 0)
        details << tr("%n command(s) waiting", nullptr, int(summary.waiting));
    if (summary.lastSuccess.isValid()) {
        // Today's time alone; an older sync with its date.
        const QDateTime local = summary.lastSuccess.toLocalTime();
        const QString when = local.date() == QDate::currentDate()
                                 ? locale.toString(local.time(), QLocale::ShortFormat)
                                 : locale.toString(local, QLocale::ShortFormat);
        details << tr("last sync %1").arg(when);
    } else if (!downloading) {
        // Beside the progress of a first download and "Syncing…" it would say nothing more.
        details << tr("never synced");
    }
    const QString detail = details.join(QStringLiteral(" · "));
    m_detailLabel->setText(detail);
    // The label is cut with "…" when the status bar is short of room (a long download's detail at
    // 1280 px in Kazakh or Russian): the whole text in the tooltip, the last error under it, and
    // for a screen reader.
    m_detailLabel->setToolTip(error.isEmpty() ? detail : detail + QLatin1Char('\n') + error);
    m_detailLabel->setAccessibleName(detail);
    m_detailLabel->show();
}
