#pragma once

#include "DeskArea.h"
#include "common/DeskContext.h"
#include "domain/Account.h"

#include <QLocale>
#include <QMainWindow>
#include <QPointer>

#include <chrono>

#include <memory>

class ConnectionSection;
class Database;
class DirectionsPage;
class VacanciesPage;
class EmptyStatePage;
class HelpBrowser;
class LanguageController;
class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;
class QueuePage;
class ServicePage;
class SettingsPage;
class SignInDialog;
class SyncStatusBar;
class SyncThread;
struct SyncConnection;
struct SyncStatus;

// The desk's main window: navigation to the areas on the left, the current area's page on the
// right, the sync state and the local store in the status bar. Remembers its geometry and the
// last area (QSettings group "mainWindow"); retranslates itself in place when the UI language
// changes.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // user: the person signed in (DeskApplication asks; tests pass a test user). Their name is the
    // journal's actor and goes with every command sent to the server; their role decides what
    // Settings lets them change (DESIGN 9).
    MainWindow(LanguageController *languages, std::shared_ptr<Database> store, const Account &user,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    DeskArea currentArea() const;
    // Shows the area's page and puts the focus on its first field.
    void showArea(DeskArea area);
    QWidget *page(DeskArea area) const;
    SyncStatusBar *syncStatusBar() const { return m_syncBar; }
    SyncThread *syncThread() const { return m_sync; }
    // Opens the list of commands the server refused.
    void showNeedsAttention();
    // File > Back up: a checked copy of the store into a file the clerk chooses.
    void backUp();
    // File > Restore: asks for a backup and a confirmation, then emits restoreRequested (the
    // window and the store must be closed for the restore: DeskApplication does it).
    void restoreFromBackup();

    const Account &user() const { return m_user; }
    // DESIGN 9: the window locks after this long without a key press or a mouse action
    // (QSettings "security/lockMinutes", default 10 minutes; tests set a short one).
    void setInactivityLimit(std::chrono::milliseconds limit);
    static std::chrono::milliseconds savedInactivityLimit();
    // Hides every page and asks for the user's password (or Sign out).
    void lock();
    bool isLocked() const { return m_locked; }
    SignInDialog *lockDialog() const { return m_lockDialog; }

signals:
    // The user chose Sign out on the lock screen: DeskApplication asks who signs in next.
    void signOutRequested();
    // File > Restore was confirmed for this backup file.
    void restoreRequested(const QString &file);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    // Shows the area's page, leaving the focus where it is (browsing the navigation list).
    bool switchToArea(DeskArea area);
    void focusCurrentPage();
    void createMenus();
    void createPages();
    void createStatusBar();
    void retranslateUi();
    void updateWindowTitle();
    void showLanguage(QLocale::Language language);
    void showAbout();
    void showHelp();
    void restoreSettings();
    void saveSettings() const;
    void startSync(const SyncConnection &connection);
    void showSyncStatus(const SyncStatus &status);
    void checkOutbox();
    void unlock();

    LanguageController *m_languages;
    std::shared_ptr<Database> m_store;
    Account m_user;
    DeskContext m_context;
    DirectionsPage *m_directionsPage = nullptr;
    VacanciesPage *m_vacanciesPage = nullptr;
    ServicePage *m_servicePage = nullptr;

    QListWidget *m_navigationList = nullptr;
    QStackedWidget *m_pageStack = nullptr;
    QList<QWidget *> m_pages; // in DeskAreas::all() order
    SettingsPage *m_settingsPage = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QActionGroup *m_areaActions = nullptr;
    QActionGroup *m_languageActions = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_helpAction = nullptr;
    QPointer<HelpBrowser> m_helpBrowser;
    QAction *m_aboutQtAction = nullptr;

    QLabel *m_storeLabel = nullptr;
    SyncStatusBar *m_syncBar = nullptr;
    SyncThread *m_sync = nullptr;
    ConnectionSection *m_connectionSection = nullptr;
    QueuePage *m_queuePage = nullptr;
    QTimer *m_outboxTimer = nullptr;
    qint64 m_outboxHead = -1;
    QLabel *m_userLabel = nullptr;
    QTimer *m_inactivityTimer = nullptr;
    SignInDialog *m_lockDialog = nullptr;
    bool m_locked = false;
    QList<QPointer<QWidget>> m_hiddenWhileLocked;
};
