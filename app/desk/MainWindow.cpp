#include "MainWindow.h"

#include "AboutDialog.h"
#include "BackupController.h"
#include "BackupSection.h"
#include "ConnectionSection.h"
#include "NeedsAttentionDialog.h"
#include "SyncStatusBar.h"
#include "SyncThread.h"
#include "LanguageController.h"
#include "SettingsPage.h"
#include "SignInDialog.h"
#include "UsersSection.h"
#include "application/ApplicationForm.h"
#include "applications/ApplicationsPage.h"
#include "common/DeskDialogs.h"
#include "common/EmptyStatePage.h"
#include "common/HelpBrowser.h"
#include "complaints/ComplaintsPage.h"
#include "enrollment/DirectionsPage.h"
#include "enrollment/ServicePage.h"
#include "queue/QueuePage.h"
#include "registers/RegistersPage.h"
#include "vacancies/VacanciesPage.h"
#include "settings/KindergartenListEditor.h"
#include "settings/KindergartenProfileEditor.h"
#include "store/Database.h"
#include "sync/SyncSettings.h"
#include "sync/SyncStore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

namespace {
QString geometryKey() { return QStringLiteral("mainWindow/geometry"); }
QString stateKey() { return QStringLiteral("mainWindow/state"); }
QString areaKey() { return QStringLiteral("mainWindow/area"); }

// The product name is a name, not a word: the same in every language.
QString productName() { return QStringLiteral("Qabyldau"); }

// The style's standard icons come in different sizes; centred on a canvas of one size they line
// the area names up.
QIcon uniformIcon(const QIcon &icon, int extent)
{
    const qreal ratio = qApp->devicePixelRatio();
    QPixmap canvas(QSize(extent, extent) * ratio);
    canvas.setDevicePixelRatio(ratio);
    canvas.fill(Qt::transparent);
    const QPixmap pixmap = icon.pixmap(QSize(extent, extent), ratio);
    const QSizeF size = pixmap.deviceIndependentSize();
    QPainter painter(&canvas);
    painter.drawPixmap(QPointF((extent - size.width()) / 2, (extent - size.height()) / 2), pixmap);
    painter.end();
    return QIcon(canvas);
}

QString lockMinutesKey() { return QStringLiteral("security/lockMinutes"); }

// The built-in working-day calendar with the administrator's edited year files on top (the same
// folder qabyldau-cli reads). A broken edited file must not keep the desk from starting: the
// built-in years are used and the status bar says nothing is wrong with them.
std::shared_ptr<const WorkCalendar> loadCalendar()
{
    const QString edits = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                          + QStringLiteral("/calendars");
    if (Expected<WorkCalendar> calendar = WorkCalendar::load(edits))
        return std::make_shared<const WorkCalendar>(std::move(calendar).value());
    return std::make_shared<const WorkCalendar>(WorkCalendar::loadBuiltIn().valueOr(WorkCalendar()));
}

int indexOf(DeskArea area)
{
    return static_cast<int>(DeskAreas::all().indexOf(area));
}
} // namespace

MainWindow::MainWindow(LanguageController *languages, std::shared_ptr<Database> store, const Account &user,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_store(std::move(store))
    , m_user(user)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_context.store = m_store;
    // DESIGN 9: the signed-in person is the actor of every change (journal and outbox).
    m_context.clerk = m_user.name;
    m_context.calendar = loadCalendar();
    createActions();
    createMenus();
    createPages();
    createStatusBar();
    if (m_store) {
        // Pages that show records (the registers) read again when anyone changed the store.
        m_context.changes->watch(m_store);
        // Numbers shown while another program wrote (an import) are read again once it wrote
        // more or finished (QueuePage::positionsPending; issue 14 item 5).
        connect(m_context.changes.get(), &StoreChanges::changed, this, [this] {
            if (m_queuePage && m_queuePage->positionsPending())
                m_queuePage->reload();
        });
        m_sync = new SyncThread(m_store->path(), this);
        connect(m_sync, &SyncThread::statusChanged, this, &MainWindow::showSyncStatus);
        // Every write of the desk (a registration, a contract, a refusal, a direction's change,
        // a complaint) lands in the outbox in the write's own transaction: watching the outbox
        // head is the one place that sees them all, whichever page wrote.
        m_outboxTimer = new QTimer(this);
        m_outboxTimer->setInterval(1500);
        connect(m_outboxTimer, &QTimer::timeout, this, &MainWindow::checkOutbox);
        m_outboxTimer->start();
        checkOutbox();
        if (const Expected<SyncConnection> connection = SyncSettings::load(m_store))
            startSync(*connection);
        else
            startSync({});
    }

    connect(m_languages, &LanguageController::languageChanged, this, &MainWindow::showLanguage);
    showLanguage(m_languages->current());
    retranslateUi();
    restoreSettings();
    m_navigationList->setFocus();

    m_inactivityTimer = new QTimer(this);
    m_inactivityTimer->setObjectName(QStringLiteral("inactivityTimer"));
    m_inactivityTimer->setSingleShot(true);
    connect(m_inactivityTimer, &QTimer::timeout, this, &MainWindow::lock);
    setInactivityLimit(savedInactivityLimit());
    // Any key or mouse action in any of the desk's windows counts as use.
    qApp->installEventFilter(this);
}

MainWindow::~MainWindow()
{
    // The engine's thread ends before the store and the pages go.
    if (m_sync)
        m_sync->stop();
}

void MainWindow::createActions()
{
    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_backupAction = new QAction(this);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::backUp);
    m_restoreAction = new QAction(this);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreFromBackup);
    const bool storeFile = m_store && !m_store->isInMemory();
    m_backupAction->setEnabled(storeFile);
    // A restore replaces every record of the desk: those who may change the settings may do it
    // (DESIGN 9); anyone may take a copy.
    m_restoreAction->setEnabled(storeFile && m_user.canEditSettings());

    m_areaActions = new QActionGroup(this);
    m_areaActions->setExclusive(true);
    const QList<DeskArea> areas = DeskAreas::all();
    for (qsizetype i = 0; i < areas.size(); ++i) {
        const DeskArea area = areas.at(i);
        auto action = new QAction(m_areaActions);
        action->setObjectName(QStringLiteral("areaAction_") + DeskAreas::code(area));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, area] { showArea(area); });
    }

    m_languageActions = new QActionGroup(this);
    m_languageActions->setExclusive(true);
    for (QLocale::Language language : Translations::supportedLanguages()) {
        // Each language is offered under its own name, whatever the current UI language.
        auto action = new QAction(Translations::nativeName(language), m_languageActions);
        action->setObjectName(QStringLiteral("languageAction_") + Translations::code(language));
        action->setCheckable(true);
        action->setData(Translations::code(language));
        connect(action, &QAction::triggered, this, [this, language] {
            if (language != m_languages->current())
                m_languages->choose(language);
        });
    }

    // F1: the user guide at the page of the area in view (issue 13 item 6).
    m_helpAction = new QAction(this);
    m_helpAction->setObjectName(QStringLiteral("helpAction"));
    m_helpAction->setShortcut(QKeySequence::HelpContents);
    connect(m_helpAction, &QAction::triggered, this, &MainWindow::showHelp);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, this, [this] { DeskDialogs::aboutQt(this); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addAction(m_restoreAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addActions(m_areaActions->actions());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageActions->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_helpAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createPages()
{
    m_navigationList = new QListWidget;
    m_navigationList->setObjectName(QStringLiteral("navigationList"));
    const int iconExtent = style()->pixelMetric(QStyle::PM_SmallIconSize) * 5 / 4;
    m_navigationList->setIconSize(QSize(iconExtent, iconExtent));
    m_navigationList->setUniformItemSizes(true);
    m_navigationList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The whole row, icon included, shows which area is open.
    m_navigationList->setStyleSheet(QStringLiteral("QListView { show-decoration-selected: 1; }"));
    const int rowHeight = std::max(iconExtent, fontMetrics().height()) * 2;

    m_pageStack = new QStackedWidget;
    m_pageStack->setObjectName(QStringLiteral("pageStack"));

    for (DeskArea area : DeskAreas::all()) {
        const QIcon icon = style()->standardIcon(DeskAreas::icon(area));
        auto item = new QListWidgetItem(uniformIcon(icon, iconExtent), QString(), m_navigationList);
        item->setSizeHint(QSize(0, rowHeight));
        QWidget *page = nullptr;
        if (area == DeskArea::Settings) {
            m_settingsPage = new SettingsPage(m_languages);
            if (m_store)
                m_settingsPage->setStore(m_store->path(), m_store->schemaVersion());
            if (m_store) {
                m_connectionSection = new ConnectionSection(m_store);
                connect(m_connectionSection, &ConnectionSection::saved, this, &MainWindow::startSync);
                m_settingsPage->addSection(m_connectionSection);
                auto profileSection = new KindergartenProfileSection(m_context);
                auto kindergartensSection = new KindergartenSettingsSection(m_store);
                m_settingsPage->addSection(profileSection);
                m_settingsPage->addSection(kindergartensSection);
                if (!m_store->isInMemory()) {
                    auto backupSection = new BackupSection(m_store->path());
                    backupSection->setEnabled(m_user.canEditSettings());
                    m_settingsPage->addSection(backupSection);
                }
                // DESIGN 9: a clerk sees the settings, the kindergarten's details and the
                // templates, and changes none of them; the interface language stays theirs.
                for (QWidget *section : {static_cast<QWidget *>(m_connectionSection),
                                         static_cast<QWidget *>(profileSection),
                                         static_cast<QWidget *>(kindergartensSection)})
                    section->setEnabled(m_user.canEditSettings());
                m_settingsPage->setEditable(m_user.canEditSettings());
                if (m_user.canViewAudit()) {
                    auto audit = new AuditSection(m_store, m_user);
                    audit->setClock(m_context.clock);
                    m_settingsPage->addSection(audit);
                }
                if (m_user.canManageUsers()) {
                    auto users = new UsersSection(m_store, m_user);
                    connect(users, &UsersSection::inactivityLimitChanged, this,
                            [this](std::chrono::milliseconds limit) { setInactivityLimit(limit); });
                    m_settingsPage->addSection(users);
                }
            }
            page = m_settingsPage;
        } else if (area == DeskArea::Queue && m_store) {
            m_queuePage = new QueuePage;
            m_queuePage->setStore(m_store);
            m_queuePage->setReader(m_user.name);
            page = m_queuePage;
        } else if (area == DeskArea::Applications && m_store) {
            auto form = new ApplicationForm(m_store);
            form->setClerk(m_user.name);
            page = form;
        } else if (area == DeskArea::ApplicationList && m_store) {
            page = new ApplicationsPage(m_context);
        } else if (area == DeskArea::Directions && m_store) {
            m_directionsPage = new DirectionsPage(m_context);
            page = m_directionsPage;
        } else if (area == DeskArea::Enrollment && m_store) {
            m_servicePage = new ServicePage(m_context);
            // The notice "details not filled in" leads to Settings (issue 13 item 6).
            connect(m_servicePage, &ServicePage::settingsRequested, this, [this] { showArea(DeskArea::Settings); });
            page = m_servicePage;
        } else if (area == DeskArea::Vacancies && m_store) {
            m_vacanciesPage = new VacanciesPage(m_context);
            page = m_vacanciesPage;
        } else if (area == DeskArea::Complaints && m_store) {
            page = new ComplaintsPage(m_context);
        } else if (area == DeskArea::Registers && m_store) {
            page = new RegistersPage(m_context);
        } else {
            auto emptyPage = new EmptyStatePage;
            emptyPage->setIcon(icon);
            page = emptyPage;
        }
        page->setObjectName(DeskAreas::code(area) + QStringLiteral("Page"));
        // The enrollment pages carry a lot (clocks, checklist, wide tables); on a small screen
        // they scroll rather than force the window wider than the screen.
        if (area == DeskArea::Enrollment || area == DeskArea::Directions || area == DeskArea::Vacancies
            || area == DeskArea::Complaints
            || area == DeskArea::Registers || area == DeskArea::Settings) {
            auto scroll = new QScrollArea;
            scroll->setFrameShape(QFrame::NoFrame);
            scroll->setWidgetResizable(true);
            scroll->setWidget(page);
            m_pageStack->addWidget(scroll);
        } else {
            m_pageStack->addWidget(page);
        }
        m_pages.append(page);
    }
    if (m_directionsPage && m_servicePage) {
        // A direction opened from the list is served in the Enrollment area; a recorded result
        // shows in the list at once.
        connect(m_directionsPage, &DirectionsPage::openDirectionRequested, this, [this](const QString &number) {
            showArea(DeskArea::Enrollment);
            m_servicePage->openDirection(number);
        });
        connect(m_servicePage, &ServicePage::resultRecorded, m_directionsPage, &DirectionsPage::reload);
    }
    // Arrow keys in the list browse the pages and leave the focus in the list; a click on an
    // area or Enter takes the clerk into the page, to its first field.
    connect(m_navigationList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages.size())
            switchToArea(DeskAreas::all().at(row));
    });
    connect(m_navigationList, &QListWidget::itemClicked, this, &MainWindow::focusCurrentPage);
    connect(m_navigationList, &QListWidget::itemActivated, this, &MainWindow::focusCurrentPage);

    auto central = new QWidget;
    auto layout = new QHBoxLayout(central);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin) / 2;
    layout->setContentsMargins(margin, margin, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigationList);
    layout->addWidget(m_pageStack, 1);
    setCentralWidget(central);
}

void MainWindow::createStatusBar()
{
    m_storeLabel = new QLabel;
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin) / 2;
    m_storeLabel->setContentsMargins(margin, 0, margin, 0);
    m_syncBar = new SyncStatusBar;
    m_syncBar->setObjectName(QStringLiteral("syncStatusBar"));
    connect(m_syncBar, &SyncStatusBar::settingsRequested, this, [this] {
        showArea(DeskArea::Settings);
        if (m_connectionSection) {
            for (QWidget *parent = m_connectionSection->parentWidget(); parent; parent = parent->parentWidget()) {
                if (auto scroll = qobject_cast<QScrollArea *>(parent)) {
                    scroll->ensureWidgetVisible(m_connectionSection);
                    break;
                }
            }
            if (auto edit = m_connectionSection->findChild<QWidget *>(QStringLiteral("serverUrlEdit")))
                edit->setFocus();
        }
    });
    connect(m_syncBar, &SyncStatusBar::attentionRequested, this, &MainWindow::showNeedsAttention);
    m_userLabel = new QLabel;
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setTextFormat(Qt::PlainText);
    m_userLabel->setContentsMargins(margin, 0, margin, 0);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_storeLabel);
    statusBar()->addPermanentWidget(m_syncBar);
}

void MainWindow::startSync(const SyncConnection &connection)
{
    if (!m_sync)
        return;
    if (!connection.isComplete()) {
        m_sync->stop();
        m_syncBar->showNoServer();
        return;
    }
    SyncOptions options;
    options.server = connection.server;
    options.token = connection.token;
    SyncStatus connecting;
    connecting.state = SyncStatus::State::Connecting;
    if (const Expected<SyncSummary> summary = SyncStore(m_store->connection()).summary())
        connecting.summary = *summary;
    m_syncBar->showStatus(connecting);
    m_sync->start(options);
}

void MainWindow::showSyncStatus(const SyncStatus &status)
{
    if (!m_sync || !m_sync->isRunning())
        return; // a report from an engine already stopped (the connection was changed)
    m_syncBar->showStatus(status);
    // Rows came from the server: the pages that show them read again (cheap: the queue page
    // reloads one page of its query, the directions page its list).
    if (status.received > 0 && status.state == SyncStatus::State::Online) {
        if (m_queuePage)
            m_queuePage->reload();
        if (m_directionsPage)
            m_directionsPage->reload();
        if (m_vacanciesPage)
            m_vacanciesPage->reload();
    }
}

void MainWindow::checkOutbox()
{
    SyncStore store(m_store->connection());
    const Expected<qint64> head = store.outboxHead();
    if (!head || *head == m_outboxHead)
        return;
    const bool wrote = m_outboxHead >= 0;
    m_outboxHead = *head;
    if (!wrote)
        return;
    if (const Expected<SyncSummary> summary = store.summary())
        m_syncBar->showSummary(*summary);
    if (m_sync)
        m_sync->poke();
}

void MainWindow::showNeedsAttention()
{
    if (!m_store)
        return;
    QList<RejectedCommand> rejected;
    if (const Expected<QList<RejectedCommand>> list = SyncStore(m_store->connection()).rejected())
        rejected = *list;
    auto dialog = new NeedsAttentionDialog(m_store, rejected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::backUp()
{
    if (!m_store || m_store->isInMemory())
        return;
    const QString storePath = m_store->path();
    const QString proposed = QDir(BackupController::folder(storePath))
                                 .filePath(QStringLiteral("qabyldau-%1.sqlite")
                                               .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm"))));
    const QString file = DeskDialogs::saveFileName(this, tr("Back Up the Local Store"), proposed,
                                                   tr("Qabyldau backups (*.sqlite);;All files (*)"));
    if (file.isEmpty())
        return;
    QDir().mkpath(QFileInfo(file).absolutePath());
    const Expected<Backup::Checked> made = runBackupWithProgress(
        this, tr("Copying and checking the local store…"),
        [storePath, file](const Backup::Progress &progress) { return Backup::create(storePath, file, progress); });
    if (!made) {
        DeskDialogs::critical(this, tr("Back Up the Local Store"), tr("The backup was not made."), made.error().message());
        return;
    }
    statusBar()->showMessage(tr("Backup written and checked: %1").arg(QDir::toNativeSeparators(file)), 15000);
}

void MainWindow::restoreFromBackup()
{
    if (!m_store || m_store->isInMemory())
        return;
    const QString storePath = m_store->path();
    const QString file = DeskDialogs::openFileName(this, tr("Restore the Local Store"),
                                                   BackupController::folder(storePath),
                                                   tr("Qabyldau backups (*.sqlite);;All files (*)"));
    if (file.isEmpty())
        return;
    // The name ends in the time of the restore itself, a few seconds from now.
    const QString aside = QFileInfo(storePath).fileName() + QStringLiteral(".before-restore-")
                          + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("-…");
    const DeskDialogs::Button answer = DeskDialogs::question(
        this, tr("Restore the Local Store"),
        tr("Replace the local store by the backup %1?\n\n"
           "The backup is checked first; a damaged copy is refused and nothing changes. "
           "What was entered after the backup was made will no longer be in the store: the current "
           "store is kept in its folder as %2, and can be restored the same way.\n\n"
           "The window closes and opens again on the restored store.")
            .arg(QDir::toNativeSeparators(file), aside),
        DeskDialogs::Yes | DeskDialogs::Cancel, DeskDialogs::Cancel);
    if (answer != DeskDialogs::Yes)
        return;
    emit restoreRequested(file);
}

DeskArea MainWindow::currentArea() const
{
    return DeskAreas::all().value(m_pageStack->currentIndex(), DeskArea::Queue);
}

void MainWindow::showArea(DeskArea area)
{
    if (switchToArea(area))
        focusCurrentPage();
}

bool MainWindow::switchToArea(DeskArea area)
{
    const int index = indexOf(area);
    if (index < 0)
        return false;
    m_pageStack->setCurrentIndex(index);
    if (m_navigationList->currentRow() != index) {
        const QSignalBlocker blocker(m_navigationList);
        m_navigationList->setCurrentRow(index);
    }
    m_areaActions->actions().at(index)->setChecked(true);
    updateWindowTitle();
    return true;
}

void MainWindow::focusCurrentPage()
{
    // The page's first field in its own tab order (issue 13 item 5), so that the clerk can type
    // at once after Ctrl+1..9 or a click on an area. A page without a field keeps the focus
    // where it was.
    QWidget *const page = m_pages.value(m_pageStack->currentIndex());
    if (!page || !page->isVisible())
        return;
    QWidget *candidate = page->nextInFocusChain();
    for (int steps = 0; candidate && candidate != page && steps < 10000; ++steps) {
        if (page->isAncestorOf(candidate) && (candidate->focusPolicy() & Qt::TabFocus)
            && candidate->isVisible() && candidate->isEnabled() && !candidate->focusProxy()
            && !qobject_cast<QScrollArea *>(candidate)) { // a frame around fields, not a field
            candidate->setFocus(Qt::TabFocusReason);
            return;
        }
        candidate = candidate->nextInFocusChain();
    }
}

QWidget *MainWindow::page(DeskArea area) const
{
    return m_pages.value(indexOf(area));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

std::chrono::milliseconds MainWindow::savedInactivityLimit()
{
    const int minutes = QSettings().value(lockMinutesKey(), 10).toInt();
    return std::chrono::minutes(std::clamp(minutes, 1, 240));
}

void MainWindow::setInactivityLimit(std::chrono::milliseconds limit)
{
    m_inactivityTimer->setInterval(limit);
    if (!isLocked())
        m_inactivityTimer->start();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!isLocked())
            m_inactivityTimer->start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::lock()
{
    if (m_lockDialog)
        return;
    m_inactivityTimer->stop();
    if (!m_locked) {
        m_locked = true;
        // Nothing of a child's data stays on the screen: the pages and every open dialog go away
        // until the same person types their password. A dialog opened with open() (a contract,
        // the details) comes back as it was; a message box or print preview waiting in exec()
        // ends as if cancelled (DeskDialogs' callers take that as "no"), so nothing is written
        // that nobody confirmed.
        m_hiddenWhileLocked.clear();
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget != this && widget->isVisible()) {
                widget->hide();
                m_hiddenWhileLocked.append(widget);
            }
        }
        centralWidget()->hide();
        menuBar()->setEnabled(false);
    }
    m_lockDialog = new SignInDialog(SignInDialog::Mode::Unlock, m_store, m_user, this);
    m_lockDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_lockDialog, &QDialog::accepted, this, &MainWindow::unlock);
    connect(m_lockDialog, &QDialog::rejected, this, [this] {
        const bool signOut = m_lockDialog->signOutChosen();
        m_lockDialog = nullptr;
        if (signOut) {
            emit signOutRequested();
            return;
        }
        // Escape is not a way past the lock.
        QTimer::singleShot(0, this, &MainWindow::lock);
    });
    m_lockDialog->open();
}

void MainWindow::unlock()
{
    m_lockDialog = nullptr;
    m_locked = false;
    centralWidget()->show();
    menuBar()->setEnabled(true);
    for (const QPointer<QWidget> &widget : std::as_const(m_hiddenWhileLocked))
        if (widget)
            widget->show();
    m_hiddenWhileLocked.clear();
    m_inactivityTimer->start();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_backupAction->setText(tr("&Back Up…"));
    m_restoreAction->setText(tr("&Restore from Backup…"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_helpAction->setText(tr("&User Guide"));
    m_aboutAction->setText(tr("&About %1").arg(productName()));
    m_aboutQtAction->setText(tr("About &Qt"));

    const QList<DeskArea> areas = DeskAreas::all();
    const QList<QAction *> areaActions = m_areaActions->actions();
    int widestName = 0;
    for (qsizetype i = 0; i < areas.size(); ++i) {
        const DeskArea area = areas.at(i);
        const QString name = DeskAreas::name(area);
        m_navigationList->item(static_cast<int>(i))->setText(name);
        areaActions.at(i)->setText(name);
        widestName = std::max(widestName, m_navigationList->fontMetrics().horizontalAdvance(name));
        if (auto emptyPage = qobject_cast<EmptyStatePage *>(m_pages.at(i))) {
            emptyPage->setTitle(name);
            emptyPage->setDescription(DeskAreas::summary(area));
        }
    }
    // Wide enough for the longest area name in the current language, never cut.
    const int padding = style()->pixelMetric(QStyle::PM_LayoutLeftMargin) * 4
                        + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    m_navigationList->setFixedWidth(widestName + m_navigationList->iconSize().width() + padding);

    m_userLabel->setText(tr("%1 (%2)").arg(m_user.name, Roles::name(m_user.role)));
    if (m_store) {
        const QString path = m_store->path();
        const QString name = path == QLatin1String(":memory:") ? tr("in memory")
                                                                : QFileInfo(path).fileName();
        m_storeLabel->setText(tr("Local store: %1").arg(name));
        m_storeLabel->setToolTip(tr("%1\nSchema version %2")
                                     .arg(QDir::toNativeSeparators(path))
                                     .arg(m_store->schemaVersion()));
    } else {
        m_storeLabel->setText(tr("No local store"));
        m_storeLabel->setToolTip(QString());
    }
    updateWindowTitle();
}

void MainWindow::updateWindowTitle()
{
    setWindowTitle(DeskAreas::name(currentArea()) + QStringLiteral(" — ") + productName());
}

void MainWindow::showLanguage(QLocale::Language language)
{
    const QString code = Translations::code(language);
    for (QAction *action : m_languageActions->actions())
        action->setChecked(action->data().toString() == code);
}

void MainWindow::showAbout()
{
    auto dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showHelp()
{
    // Nothing opens over a locked desk.
    if (m_locked)
        return;
    if (!m_helpBrowser)
        m_helpBrowser = new HelpBrowser(this);
    m_helpBrowser->showPage(DeskAreas::code(currentArea()), Translations::code(m_languages->current()));
    m_helpBrowser->show();
    m_helpBrowser->raise();
    m_helpBrowser->activateWindow();
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    // A sensible first size: an office window that fits a 1280x800 screen with room to spare.
    QSize size(1100, 700);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
    restoreGeometry(settings.value(geometryKey()).toByteArray());
    restoreState(settings.value(stateKey()).toByteArray());
    switchToArea(DeskAreas::fromCode(settings.value(areaKey()).toString()).value_or(DeskArea::Queue));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey(), saveGeometry());
    settings.setValue(stateKey(), saveState());
    settings.setValue(areaKey(), DeskAreas::code(currentArea()));
}
