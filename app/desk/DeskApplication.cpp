#include "DeskApplication.h"

#include "BackupController.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "common/DeskDialogs.h"
#include "common/WheelGuard.h"
#include "store/AccountStore.h"
#include "store/Database.h"
#include "sync/SyncSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSettings>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

DeskApplication::DeskApplication()
    : m_languages(std::make_unique<LanguageController>())
{
    setIdentity();
    WheelGuard::install();
}

// The window goes first: it still refers to the language controller and the store.
DeskApplication::~DeskApplication()
{
    m_mainWindow.reset();
    m_backups.reset();
    m_store.reset();
    m_instanceLock.reset(); // after the store is closed
}

void DeskApplication::setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Qabyldau"));
    QCoreApplication::setApplicationName(QStringLiteral("qabyldau"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QABYLDAU_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Qabyldau"));
}

std::optional<DeskOptions> DeskApplication::parseArguments(const QStringList &arguments,
                                                           QString *errorMessage)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Qabyldau: the reception desk of a kindergarten."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(QStringLiteral("store"),
                                         tr("Open the local store at <path>."),
                                         tr("path"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            tr("Use the interface language <code> for this run: "
                                               "kk, ru or en."),
                                            tr("code"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          tr("Save <url> as the queue server to sync with (with --token-file)."),
                                          tr("url"));
    const QCommandLineOption tokenFileOption(QStringLiteral("token-file"),
                                             tr("Save the desk token read from <file> (with --server)."),
                                             tr("file"));
    parser.addOption(storeOption);
    parser.addOption(languageOption);
    parser.addOption(serverOption);
    parser.addOption(tokenFileOption);
    parser.process(arguments);

    DeskOptions options;
    options.storePath = parser.value(storeOption);
    options.server = parser.value(serverOption);
    options.tokenFile = parser.value(tokenFileOption);
    if (parser.isSet(languageOption)) {
        options.language = Translations::fromCode(parser.value(languageOption));
        if (options.language == QLocale::AnyLanguage) {
            if (errorMessage)
                *errorMessage = tr("Unknown interface language \"%1\": use kk, ru or en.")
                                    .arg(parser.value(languageOption));
            return std::nullopt;
        }
    }
    return options;
}

namespace {
Account systemUserAsClerk()
{
    Account account;
    account.login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    account.name = account.login;
    account.role = Role::Clerk;
    return account;
}
} // namespace

Status DeskApplication::open(const DeskOptions &options)
{
    if (const Status opened = openStore(options); !opened)
        return opened;
    createMainWindow(options.user.value_or(systemUserAsClerk()));
    return {};
}

void DeskApplication::createMainWindow(const Account &user)
{
    m_user = user;
    m_mainWindow = std::make_unique<MainWindow>(m_languages.get(), m_store, user);
    // Queued: the window that asks is deleted by the restore.
    QObject::connect(m_mainWindow.get(), &MainWindow::restoreRequested, m_mainWindow.get(),
                     [this](const QString &file) { QTimer::singleShot(0, qApp, [this, file] { restore(file); }); });
    QObject::connect(m_mainWindow.get(), &MainWindow::signOutRequested, qApp, [this] {
        // Not inside the window's own signal: the window goes first.
        QTimer::singleShot(0, qApp, [this] { signOut(); });
    });
}

void DeskApplication::signOut()
{
    if (m_mainWindow) {
        m_mainWindow->close();
        m_mainWindow.reset();
    }
    const std::optional<Account> user = signIn();
    if (!user) {
        QCoreApplication::quit();
        return;
    }
    createMainWindow(*user);
    m_mainWindow->show();
}

std::optional<Account> DeskApplication::signIn()
{
    const Expected<bool> hasAccounts = AccountStore(m_store).hasAccounts();
    if (!hasAccounts) {
        DeskDialogs::critical(nullptr, QGuiApplication::applicationDisplayName(),
                              tr("The users of the desk cannot be read, so nobody can sign in."),
                              hasAccounts.error().message());
        return std::nullopt;
    }
    SignInDialog dialog(*hasAccounts ? SignInDialog::Mode::SignIn : SignInDialog::Mode::CreateAdministrator, m_store);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.account();
}

Status DeskApplication::openStore(const DeskOptions &options)
{
    // The language first, so that even an error about the store reads in the clerk's language.
    const QLocale::Language language =
        options.language != QLocale::AnyLanguage
            ? options.language
            : LanguageController::startupLanguage(QSettings(), options.systemLocale);
    m_languages->apply(language);

    const QString path = options.storePath.isEmpty() ? Database::defaultPath() : options.storePath;
    if (path != QLatin1String(":memory:")) {
        // One desk per store (docs/architecture.md): two would run two sync engines on one
        // outbox and two daily backups. qabyldau-cli takes no such lock; the desk shows what it
        // writes (StoreChanges). A desk that crashed leaves a lock whose process is gone: QLockFile
        // takes it over.
        m_instanceLock.reset(); // this desk's own lock on a store opened before
        auto lock = std::make_unique<QLockFile>(instanceLockPath(path));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            qint64 pid = 0;
            QString host;
            QString application;
            lock->getLockInfo(&pid, &host, &application);
            const QString detail = lock->error() == QLockFile::LockFailedError
                ? tr("it is already open in another Qabyldau window (process %1 on %2). Only one desk works "
                     "on a store at a time: switch to that window, or close it and start again.")
                      .arg(pid)
                      .arg(host)
                : tr("its lock file %1 cannot be written.").arg(QDir::toNativeSeparators(instanceLockPath(path)));
            return Issue::error(Field::Store, Rule::StoreCannotOpen, detail);
        }
        m_instanceLock = std::move(lock);
    }
    Expected<std::shared_ptr<Database>> store = Database::open(path);
    if (!store)
        return store.error();
    m_store = std::move(store).value();

    if (!options.server.isEmpty()) {
        SyncConnection connection;
        connection.server = QUrl(options.server);
        QFile tokenFile(options.tokenFile);
        // The token is read from a file, never from the command line, where other users see it.
        if (!options.tokenFile.isEmpty() && tokenFile.open(QIODevice::ReadOnly))
            connection.token = QString::fromUtf8(tokenFile.readAll()).trimmed();
        if (const Status saved = SyncSettings::save(m_store, connection); !saved)
            return saved;
    }
    return {};
}

QString DeskApplication::instanceLockPath(const QString &storePath)
{
    return storePath + QStringLiteral("-desk.lock");
}

void DeskApplication::restore(const QString &file)
{
    if (!m_store || m_store->isInMemory())
        return;
    const QString path = m_store->path();
    const bool visible = m_mainWindow && m_mainWindow->isVisible();
    const QByteArray geometry = m_mainWindow ? m_mainWindow->saveGeometry() : QByteArray();
    // Every connection to the store closes: the daily copy's, the pages' and the sync thread's
    // with the window.
    if (m_backups)
        m_backups->waitForCopy();
    m_mainWindow.reset();
    m_store.reset();

    const Expected<Backup::Restored> restored = runRestoreWithProgress(
        nullptr, tr("Checking the backup and restoring the local store…"),
        [&](const Backup::Progress &progress) {
            return Backup::restore(path, file, QDateTime::currentDateTime(), progress);
        });

    Expected<std::shared_ptr<Database>> store = Database::open(path);
    if (!store) {
        DeskDialogs::critical(nullptr, QGuiApplication::applicationDisplayName(),
                              tr("The local store cannot be opened, so the desk cannot go on."),
                              store.error().message());
        QCoreApplication::exit(1);
        return;
    }
    m_store = std::move(store).value();
    if (!restored) {
        // The store is as it was: the same person goes on working.
        createMainWindow(m_user);
        m_mainWindow->restoreGeometry(geometry);
        if (visible)
            m_mainWindow->show();
        DeskDialogs::critical(m_mainWindow.get(), tr("Restore the Local Store"),
                              tr("The backup was not restored; the local store is as it was."),
                              restored.error().message());
        return;
    }
    // DESIGN 9: the restored store has its own accounts. Whoever works on it signs in against
    // them before anything else; a person it does not know cannot go on.
    const std::optional<Account> user = signIn();
    if (!user) {
        QCoreApplication::quit();
        return;
    }
    createMainWindow(*user);
    m_mainWindow->restoreGeometry(geometry);
    if (visible)
        m_mainWindow->show();
    const QString message = restored->keptAside.isEmpty()
        ? tr("Restored from %1.").arg(QDir::toNativeSeparators(file))
        : tr("Restored from %1; the former store is kept as %2.")
              .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(restored->keptAside));
    m_mainWindow->statusBar()->showMessage(message);
}

bool DeskApplication::start(const QStringList &arguments)
{
    // The remembered language before anything is said, --help and command-line errors included;
    // --lang, if given, replaces it in open().
    m_languages->apply(LanguageController::startupLanguage(QSettings(), QLocale::system()));
    QString errorMessage;
    const std::optional<DeskOptions> options = parseArguments(arguments, &errorMessage);
    if (!options) {
        QTextStream(stderr) << errorMessage << Qt::endl;
        return false;
    }
    if (const Status opened = openStore(*options); !opened) {
        DeskDialogs::critical(nullptr, QGuiApplication::applicationDisplayName(),
                              tr("The local store cannot be opened, so the desk cannot start."),
                              opened.error().message());
        return false;
    }
    const std::optional<Account> user = signIn();
    if (!user)
        return false;
    createMainWindow(*user);
    m_mainWindow->show();
    if (!m_store->isInMemory()) {
        // After the window shows: the first copy of a large store takes a while, on its own thread.
        m_backups = std::make_unique<BackupController>(m_store->path(), std::make_shared<SystemClock>());
        QObject::connect(m_backups.get(), &BackupController::finished, m_backups.get(), [this](bool ok, const QString &message) {
            // Never a dialog at start: the status bar says it (a failure stays until replaced).
            if (m_mainWindow)
                m_mainWindow->statusBar()->showMessage(message, ok ? 10000 : 0);
        });
        m_backups->start();
    }
    return true;
}
