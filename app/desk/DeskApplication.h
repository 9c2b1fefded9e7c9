#pragma once

#include "domain/Account.h"
#include "domain/Expected.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class BackupController;
class QLockFile;
class Database;
class LanguageController;
class MainWindow;

// What the desk starts with. Tests fill it directly; the program from its command line.
struct DeskOptions
{
    QString storePath;                                  // empty: Database::defaultPath()
    QLocale::Language language = QLocale::AnyLanguage;  // AnyLanguage: remembered, else system
    QLocale systemLocale = QLocale::system();           // decides the first-start language
    // --server / --token-file: saved as the store's connection before the window opens
    // (scripts/run.sh connects the desk to a local demo server this way).
    QString server;
    QString tokenFile;
    // Who the window opened by open() is for (tests). Without one, a clerk named after the
    // system user: the least the desk allows. The program's start() always asks who signs in.
    std::optional<Account> user;
};

// The wiring of the desk program, kept out of main.cpp so that tests start the very same window:
// application identity, command line, UI language, local store, main window.
class DeskApplication
{
    Q_DECLARE_TR_FUNCTIONS(DeskApplication)

public:
    DeskApplication();
    ~DeskApplication();
    DeskApplication(const DeskApplication &) = delete;
    DeskApplication &operator=(const DeskApplication &) = delete;

    // Organization "Qabyldau", application "qabyldau" (QSettings' location), version, display name.
    static void setIdentity();

    // --store PATH, --lang kk|ru|en. --help and --version print and exit, as usual for Qt
    // programs. Returns nothing and fills errorMessage when an option has a wrong value.
    static std::optional<DeskOptions> parseArguments(const QStringList &arguments,
                                                     QString *errorMessage);

    // Installs the UI language, opens the local store and creates (does not show) the main
    // window for options.user. The Issue says why the store could not be opened.
    Status open(const DeskOptions &options);
    // The first two steps of open(): the UI language and the local store. A store another desk
    // (another DeskApplication, in this process or another) has open is refused: Field::Store,
    // Rule::StoreCannotOpen, the detail naming that desk's process (docs/architecture.md).
    Status openStore(const DeskOptions &options);
    // The lock a desk holds on its store while it runs: "<store>-desk.lock".
    static QString instanceLockPath(const QString &storePath);

    // DESIGN 9: asks who is at the desk: on a store without accounts the first administrator
    // is created, otherwise a login and password. Nothing when the person quit.
    std::optional<Account> signIn();

    // The program's start: parses the command line, opens the store, signs in, shows the window.
    // Reports a failure itself (stderr for the command line, a message box for the store) and
    // returns false, also when the person quit the sign-in.
    bool start(const QStringList &arguments);

    // File > Restore (issue 13 item 7): closes the window and the store, restores the backup in
    // file (Backup::restore: checked first, the current store kept aside), opens the store again
    // (the restored one, or the old one when the backup was refused) in a new window. After a
    // restore the sign-in is asked again against the restored store's accounts (DESIGN 9);
    // cancelled, the desk quits. A refused backup keeps the same person signed in.
    void restore(const QString &file);
    // The automatic daily backup, once the program has started (tests drive BackupController).
    BackupController *backups() const { return m_backups.get(); }

    LanguageController *languages() const { return m_languages.get(); }
    MainWindow *mainWindow() const { return m_mainWindow.get(); }
    std::shared_ptr<Database> store() const { return m_store; }

private:
    void createMainWindow(const Account &user);
    void signOut();

    std::unique_ptr<LanguageController> m_languages;
    std::unique_ptr<BackupController> m_backups;
    std::unique_ptr<QLockFile> m_instanceLock; // held from openStore until the desk ends
    std::shared_ptr<Database> m_store;
    std::unique_ptr<MainWindow> m_mainWindow;
    Account m_user; // who signed in: the window after a refused restore is theirs again
};
