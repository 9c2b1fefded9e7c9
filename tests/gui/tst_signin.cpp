// DESIGN 9 at the desk: the first start creates the administrator, later starts ask for a login and
// password, the window locks after inactivity, a clerk cannot change the settings, and an
// administrator manages the users.
#include "DeskApplication.h"
#include "GuiTestHelpers.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "SettingsPage.h"
#include "SignInDialog.h"
#include "UsersSection.h"
#include "settings/KindergartenProfileEditor.h"
#include "store/AccountStore.h"
#include "store/AuditTrail.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QDir>
#include <QHash>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace std::chrono_literals;

namespace {

const QDateTime now(QDate(2026, 12, 3), QTime(9, 0));

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning() << "no child" << name;
    return found;
}

void type(QWidget *dialog, const QString &edit, const QString &text)
{
    auto line = child<QLineEdit>(dialog, edit);
    line->setFocus();
    line->clear();
    GuiTestHelpers::typeText(line, text);
}

// Runs `answer` on the sign-in dialog as soon as it is shown (start() runs it modally).
void whenSignInShows(const std::function<void(SignInDialog *)> &answer)
{
    auto poll = new QTimer(qApp);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, answer] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto dialog = qobject_cast<SignInDialog *>(widget);
            if (dialog && dialog->isVisible()) {
                poll->stop();
                poll->deleteLater();
                answer(dialog);
                return;
            }
        }
    });
    poll->start();
}

QStringList arguments(const QString &storePath)
{
    return {QStringLiteral("qabyldau"), QStringLiteral("--store"), storePath, QStringLiteral("--lang"),
            QStringLiteral("en")};
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void firstStartCreatesTheAdministrator();
    void signInSpeaksTheClerksLanguage();
    void signInWithWrongThenRightPassword();
    void repeatedFailuresMakeTheDeskWait();
    void quittingTheSignInDoesNotStart();
    void locksAfterInactivity();
    void signOutFromTheLock();
    void clerkCannotEditSettings();
    void clerkSeesEverySettingReadOnlyAndTheKeyboardChangesNothing();
    void administratorAddsAUser();
    void headViewsTheAuditOfAPeriod();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSignIn::init()
{
    DeskApplication::setIdentity();
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSignIn::firstStartCreatesTheAdministrator()
{
    const QString path = m_dir->filePath(QStringLiteral("first.sqlite"));
    QString mismatch;
    SignInDialog::Mode mode = SignInDialog::Mode::SignIn;
    whenSignInShows([&](SignInDialog *dialog) {
        mode = dialog->mode();
        type(dialog, QStringLiteral("nameEdit"), QStringLiteral("Сәуле Қайратқызы"));
        type(dialog, QStringLiteral("loginEdit"), QStringLiteral("saule"));
        type(dialog, QStringLiteral("passwordEdit"), QStringLiteral("bala-baksha-17"));
        type(dialog, QStringLiteral("repeatEdit"), QStringLiteral("bala-bakhsa-17"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
        mismatch = dialog->errorText();
        type(dialog, QStringLiteral("passwordEdit"), QStringLiteral("bala-baksha-17"));
        type(dialog, QStringLiteral("repeatEdit"), QStringLiteral("bala-baksha-17"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    });
    DeskApplication desk;
    QVERIFY(desk.start(arguments(path)));
    QCOMPARE(mode, SignInDialog::Mode::CreateAdministrator);
    QCOMPARE(mismatch, Issue::error(Field::AccountPassword, Rule::PasswordsDiffer).message());
    MainWindow *window = desk.mainWindow();
    QVERIFY(window);
    QCOMPARE(window->user().name, QStringLiteral("Сәуле Қайратқызы"));
    QCOMPARE(window->user().role, Role::Administrator);
    QVERIFY(window->findChild<UsersSection *>());
    // The account is in the store, and only with its hash.
    const Expected<Account> stored = AccountStore(desk.store()).signIn(QStringLiteral("saule"), QStringLiteral("bala-baksha-17"));
    QVERIFY(stored);
    QCOMPARE(stored->role, Role::Administrator);
}

void TestSignIn::signInSpeaksTheClerksLanguage()
{
    // The first words a clerk reads, in the language the desk starts in (never English in the kk
    // and ru UI). With QABYLDAU_SCREENSHOT_DIR: the first-start dialog as a picture per language.
    QHash<QString, QString> okText;
    int captions = 0;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("kk"), QStringLiteral("ru")}) {
        const QString path = m_dir->filePath(language + QStringLiteral(".sqlite"));
        whenSignInShows([&](SignInDialog *dialog) {
            okText.insert(language, child<QPushButton>(dialog, QStringLiteral("okButton"))->text());
            // Every field has its caption next to it (a label whose buddy it is).
            for (const QString &field : {QStringLiteral("nameEdit"), QStringLiteral("loginEdit"),
                                         QStringLiteral("passwordEdit"), QStringLiteral("repeatEdit")}) {
                QWidget *edit = child<QLineEdit>(dialog, field);
                bool captioned = false;
                for (const QLabel *label : dialog->findChildren<QLabel *>())
                    captioned = captioned || (label->buddy() == edit && !label->text().isEmpty());
                if (!captioned)
                    qWarning() << language << field << "has no caption";
                captions += captioned ? 1 : 0;
            }
            if (const QString shots = qEnvironmentVariable("QABYLDAU_SCREENSHOT_DIR"); !shots.isEmpty())
                dialog->grab().save(QDir(shots).filePath(QStringLiteral("first-start-%1.png").arg(language)));
            dialog->reject();
        });
        DeskApplication desk;
        QVERIFY(!desk.start({QStringLiteral("qabyldau"), QStringLiteral("--store"), path, QStringLiteral("--lang"),
                             language}));
    }
    QCOMPARE(okText.size(), 3);
    QCOMPARE(captions, 3 * 4);
    QVERIFY(!okText.value(QStringLiteral("en")).isEmpty());
    QVERIFY2(okText.value(QStringLiteral("kk")) != okText.value(QStringLiteral("en")), qPrintable(okText.value(QStringLiteral("kk"))));
    QVERIFY2(okText.value(QStringLiteral("ru")) != okText.value(QStringLiteral("en")), qPrintable(okText.value(QStringLiteral("ru"))));
    QVERIFY(okText.value(QStringLiteral("kk")) != okText.value(QStringLiteral("ru")));
}

void TestSignIn::signInWithWrongThenRightPassword()
{
    const QString path = m_dir->filePath(QStringLiteral("again.sqlite"));
    {
        auto store = Database::open(path);
        QVERIFY(store);
        Account head = GuiTestHelpers::testUser(Role::Head);
        QVERIFY(AccountStore(*store).createFirstAdministrator(GuiTestHelpers::testUser(), QStringLiteral("admin-pass-1"), now));
        const Account admin = *AccountStore(*store).find(GuiTestHelpers::testUser().login);
        head.login = QStringLiteral("gulnar");
        head.name = QStringLiteral("Гүлнар Серікқызы");
        QVERIFY(AccountStore(*store).add(head, QStringLiteral("head-pass-1"), admin, now));
    }
    SignInDialog::Mode mode = SignInDialog::Mode::CreateAdministrator;
    QString wrong;
    bool stayed = false;
    whenSignInShows([&](SignInDialog *dialog) {
        mode = dialog->mode();
        type(dialog, QStringLiteral("loginEdit"), QStringLiteral("gulnar"));
        type(dialog, QStringLiteral("passwordEdit"), QStringLiteral("head-pass-2"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
        wrong = dialog->errorText();
        stayed = dialog->isVisible() && !dialog->isWaiting();
        type(dialog, QStringLiteral("passwordEdit"), QStringLiteral("head-pass-1"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    });
    DeskApplication desk;
    QVERIFY(desk.start(arguments(path)));
    QCOMPARE(mode, SignInDialog::Mode::SignIn);
    QVERIFY(wrong.contains(QStringLiteral("wrong")));
    QVERIFY(stayed);
    QCOMPARE(desk.mainWindow()->user().name, QStringLiteral("Гүлнар Серікқызы"));
    QCOMPARE(desk.mainWindow()->user().role, Role::Head);
    // A head changes settings but does not manage users.
    QVERIFY(!desk.mainWindow()->findChild<UsersSection *>());
    QVERIFY(desk.mainWindow()->findChild<AuditSection *>());
    QVERIFY(desk.mainWindow()->findChild<KindergartenProfileSection *>()->isEnabled());
}

void TestSignIn::repeatedFailuresMakeTheDeskWait()
{
    auto store = Database::open(QStringLiteral(":memory:"));
    QVERIFY(store);
    QVERIFY(AccountStore(*store).createFirstAdministrator(GuiTestHelpers::testUser(), QStringLiteral("admin-pass-1"), now));
    SignInDialog dialog(SignInDialog::Mode::SignIn, *store);
    dialog.setFailureDelay(300ms);
    dialog.show();
    auto ok = child<QPushButton>(&dialog, QStringLiteral("okButton"));
    for (int i = 0; i < SignInDialog::freeAttempts; ++i) {
        QVERIFY(!dialog.isWaiting());
        type(&dialog, QStringLiteral("loginEdit"), QStringLiteral("aigerim"));
        type(&dialog, QStringLiteral("passwordEdit"), QStringLiteral("guess-%1").arg(i));
        QTest::mouseClick(ok, Qt::LeftButton);
    }
    QVERIFY(dialog.isWaiting());
    QVERIFY(!ok->isEnabled());
    // While it waits, even the right password is not tried.
    type(&dialog, QStringLiteral("passwordEdit"), QStringLiteral("admin-pass-1"));
    QTest::keyClick(child<QLineEdit>(&dialog, QStringLiteral("passwordEdit")), Qt::Key_Return);
    QVERIFY(!dialog.account());
    QTRY_VERIFY(!dialog.isWaiting());
    QVERIFY(ok->isEnabled());
    type(&dialog, QStringLiteral("passwordEdit"), QStringLiteral("admin-pass-1"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog.account());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestSignIn::quittingTheSignInDoesNotStart()
{
    whenSignInShows([](SignInDialog *dialog) {
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("cancelButton")), Qt::LeftButton);
    });
    DeskApplication desk;
    QVERIFY(!desk.start(arguments(m_dir->filePath(QStringLiteral("quit.sqlite")))));
    QVERIFY(!desk.mainWindow());
}

void TestSignIn::locksAfterInactivity()
{
    DeskApplication desk;
    DeskOptions options;
    options.storePath = m_dir->filePath(QStringLiteral("lock.sqlite"));
    options.language = QLocale::English;
    {
        auto store = Database::open(options.storePath);
        QVERIFY(store);
        options.user = *AccountStore(*store).createFirstAdministrator(GuiTestHelpers::testUser(),
                                                                      QStringLiteral("admin-pass-1"), now);
    }
    QVERIFY(desk.open(options));
    MainWindow *window = desk.mainWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(!window->isLocked());
    window->setInactivityLimit(150ms);
    QTRY_VERIFY(window->isLocked());
    QVERIFY(!window->centralWidget()->isVisible());
    SignInDialog *lock = window->lockDialog();
    QVERIFY(lock);
    QCOMPARE(lock->mode(), SignInDialog::Mode::Unlock);
    QVERIFY(!lock->findChild<QLineEdit *>(QStringLiteral("loginEdit"))); // the same person only
    QTRY_VERIFY(lock->isVisible());

    type(lock, QStringLiteral("passwordEdit"), QStringLiteral("not-the-password"));
    QTest::mouseClick(child<QPushButton>(lock, QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(window->isLocked());
    QVERIFY(!lock->errorText().isEmpty());
    // Escape does not get past the lock either.
    const QPointer<SignInDialog> first = lock;
    QTest::keyClick(lock, Qt::Key_Escape);
    QTRY_VERIFY(!first);
    QTRY_VERIFY(window->lockDialog() && window->lockDialog()->isVisible());
    lock = window->lockDialog();
    QVERIFY(window->isLocked());
    QVERIFY(!window->centralWidget()->isVisible());

    window->setInactivityLimit(10min);
    type(lock, QStringLiteral("passwordEdit"), QStringLiteral("admin-pass-1"));
    QTest::mouseClick(child<QPushButton>(lock, QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(!window->isLocked());
    QVERIFY(window->centralWidget()->isVisible());
    QVERIFY(!window->lockDialog());
}

void TestSignIn::signOutFromTheLock()
{
    auto store = Database::open(QStringLiteral(":memory:"));
    QVERIFY(store);
    const Account admin = *AccountStore(*store).createFirstAdministrator(GuiTestHelpers::testUser(),
                                                                        QStringLiteral("admin-pass-1"), now);
    LanguageController languages;
    MainWindow window(&languages, *store, admin);
    window.show();
    QSignalSpy signOut(&window, &MainWindow::signOutRequested);
    window.lock();
    QVERIFY(window.isLocked());
    QTest::mouseClick(child<QPushButton>(window.lockDialog(), QStringLiteral("signOutButton")), Qt::LeftButton);
    QCOMPARE(signOut.count(), 1);
    // Still locked: nothing shows until DeskApplication has asked who signs in next.
    QVERIFY(!window.centralWidget()->isVisible());
}

void TestSignIn::clerkCannotEditSettings()
{
    DeskApplication desk;
    DeskOptions options;
    options.storePath = QStringLiteral(":memory:");
    options.language = QLocale::English;
    options.user = GuiTestHelpers::testUser(Role::Clerk);
    QVERIFY(desk.open(options));
    MainWindow *window = desk.mainWindow();
    window->showArea(DeskArea::Settings);
    auto profile = window->findChild<KindergartenProfileSection *>();
    QVERIFY(profile);
    QVERIFY(!profile->isEnabled());
    QVERIFY(!window->findChild<QWidget *>(QStringLiteral("serverUrlEdit"))->isEnabled());
    QVERIFY(!window->findChild<UsersSection *>());
    QVERIFY(!window->findChild<AuditSection *>());
    // The interface language stays the clerk's own choice.
    auto settings = qobject_cast<SettingsPage *>(window->page(DeskArea::Settings));
    QVERIFY(settings);
    QVERIFY(settings->findChild<QComboBox *>()->isEnabled());
}

void TestSignIn::clerkSeesEverySettingReadOnlyAndTheKeyboardChangesNothing()
{
    DeskApplication desk;
    DeskOptions options;
    options.storePath = m_dir->filePath(QStringLiteral("clerk.sqlite")); // a file: Backups is there too
    options.language = QLocale::English;
    options.user = GuiTestHelpers::testUser(Role::Clerk);
    QVERIFY(desk.open(options));
    MainWindow *window = desk.mainWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->showArea(DeskArea::Settings);
    auto settings = qobject_cast<SettingsPage *>(window->page(DeskArea::Settings));
    QVERIFY(settings);

    // Every section that changes something is there to see, and none of its controls can be used.
    const QStringList locked{QStringLiteral("connectionSection"), QStringLiteral("kindergartenProfileSection"),
                             QStringLiteral("kindergartenSettingsSection"), QStringLiteral("backupSection")};
    for (const QString &name : locked) {
        auto section = child<QWidget>(settings, name);
        QVERIFY2(section, qPrintable(name));
        QVERIFY2(section->isVisible(), qPrintable(name));
        QVERIFY2(!section->isEnabled(), qPrintable(name));
        for (QWidget *control : section->findChildren<QWidget *>())
            if (control->focusPolicy() != Qt::NoFocus)
                QVERIFY2(!control->isEnabled(), qPrintable(name + u'/' + control->objectName()));
    }
    // With QABYLDAU_SCREENSHOT_DIR: the clerk's Settings as a picture.
    if (const QString shots = qEnvironmentVariable("QABYLDAU_SCREENSHOT_DIR"); !shots.isEmpty())
        window->grab().save(QDir(shots).filePath(QStringLiteral("settings-clerk.png")));
    // The note says why, where the sections begin.
    QLabel *note = settings->readOnlyNote();
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().startsWith(QStringLiteral("Only the head or the administrator can change these settings.")),
             qPrintable(note->text()));

    // The keyboard: typing reaches no field, a mnemonic opens no editor, Tab stops on nothing locked.
    for (const QString &name : {QStringLiteral("serverUrlEdit"), QStringLiteral("backupFolderEdit")}) {
        auto edit = child<QLineEdit>(settings, name);
        const QString before = edit->text();
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("http://elsewhere"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(edit->text(), before);
    }
    // Alt+T: Edit the de&tails...; Alt+I: Edit the l&ist...
    QTest::keyClick(window, Qt::Key_T, Qt::AltModifier);
    QTest::keyClick(window, Qt::Key_I, Qt::AltModifier);
    QTest::keyClick(window, Qt::Key_L, Qt::AltModifier);
    QApplication::processEvents();
    QVERIFY(!settings->findChild<KindergartenProfileEditor *>());
    for (QWidget *top : QApplication::topLevelWidgets())
        QVERIFY2(!top->isVisible() || !top->findChild<KindergartenProfileEditor *>(), qPrintable(top->objectName()));
    auto language = settings->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    language->setFocus();
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            continue;
        for (const QString &name : locked)
            QVERIFY2(!child<QWidget>(settings, name)->isAncestorOf(focus),
                     qPrintable(name + QStringLiteral(" takes the focus: ") + focus->objectName()));
    }
    // Nor may a clerk restore a backup over the store.
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("restoreAction"))->isEnabled());

    // A head sees no note.
    DeskApplication headDesk;
    options.storePath = m_dir->filePath(QStringLiteral("head.sqlite"));
    options.user = GuiTestHelpers::testUser(Role::Head);
    QVERIFY(headDesk.open(options));
    auto headSettings = qobject_cast<SettingsPage *>(headDesk.mainWindow()->page(DeskArea::Settings));
    QVERIFY(headSettings->readOnlyNote()->isHidden());
    QVERIFY(child<QWidget>(headSettings, QStringLiteral("connectionSection"))->isEnabled());
}

void TestSignIn::administratorAddsAUser()
{
    DeskApplication desk;
    DeskOptions options;
    options.storePath = QStringLiteral(":memory:");
    options.language = QLocale::English;
    QVERIFY(desk.openStore(options));
    const Account admin = *AccountStore(desk.store()).createFirstAdministrator(GuiTestHelpers::testUser(),
                                                                              QStringLiteral("admin-pass-1"), now);
    UsersSection users(desk.store(), admin);
    QCOMPARE(users.table()->rowCount(), 1);
    AccountDialog *add = users.addUserDialog();
    type(add, QStringLiteral("nameEdit"), QStringLiteral("Данияр Ерланұлы"));
    type(add, QStringLiteral("loginEdit"), QStringLiteral("daniyar"));
    type(add, QStringLiteral("passwordEdit"), QStringLiteral("short"));
    type(add, QStringLiteral("repeatEdit"), QStringLiteral("short"));
    add->submit();
    QCOMPARE(add->errorText(), Issue::error(Field::AccountPassword, Rule::PasswordTooShort, QStringLiteral("8")).message());
    type(add, QStringLiteral("passwordEdit"), QStringLiteral("clerk-pass-1"));
    type(add, QStringLiteral("repeatEdit"), QStringLiteral("clerk-pass-1"));
    add->submit();
    QCOMPARE(add->result(), int(QDialog::Accepted));
    QCOMPARE(users.table()->rowCount(), 2);
    const Expected<Account> added = AccountStore(desk.store()).signIn(QStringLiteral("daniyar"), QStringLiteral("clerk-pass-1"));
    QVERIFY(added);
    QCOMPARE(added->role, Role::Clerk);

    // Head, then disabled.
    for (int row = 0; row < users.table()->rowCount(); ++row)
        if (users.table()->item(row, 1)->text() == QStringLiteral("daniyar"))
            users.table()->selectRow(row);
    QCOMPARE(users.selected().login, QStringLiteral("daniyar"));
    auto roles = users.findChild<QComboBox *>(QStringLiteral("roleCombo"), Qt::FindDirectChildrenOnly);
    QVERIFY(roles);
    roles->setCurrentIndex(roles->findData(QStringLiteral("head")));
    users.applyRole();
    QCOMPARE(AccountStore(desk.store()).find(QStringLiteral("daniyar"))->role, Role::Head);
    users.toggleDisabled();
    QCOMPARE(AccountStore(desk.store()).signIn(QStringLiteral("daniyar"), QStringLiteral("clerk-pass-1")).error().rule,
             Rule::AccountDisabled);
}

void TestSignIn::headViewsTheAuditOfAPeriod()
{
    auto store = Database::open(QStringLiteral(":memory:"));
    QVERIFY(store);
    const QString clerk = QStringLiteral("Айгерім Сейітқызы");
    QVERIFY(AuditTrail::recordViewed(*store, QStringLiteral("app-1"), clerk, QDateTime(QDate(2026, 12, 1), QTime(10, 0))));
    QVERIFY(AuditTrail::recordPrinted(*store, QStringLiteral("application"), QStringLiteral("app-1"), clerk,
                                      QDateTime(QDate(2026, 12, 2), QTime(11, 0))));
    QVERIFY(AuditTrail::recordViewed(*store, QStringLiteral("app-2"), QStringLiteral("Гүлнар"),
                                     QDateTime(QDate(2026, 11, 20), QTime(9, 0))));
    AuditSection audit(*store, GuiTestHelpers::testUser(Role::Head));
    audit.setPeriod(QDate(2026, 12, 1), QDate(2026, 12, 3));
    audit.showAudit();
    QTableWidget *table = audit.table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("01.12.2026 10:00:00"));
    QCOMPARE(table->item(0, 1)->text(), clerk);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Opened an application's details"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("app-1"));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Printed the application or saved it as PDF"));
    // A period that ends before it starts shows nothing, and says why.
    audit.setPeriod(QDate(2026, 12, 3), QDate(2026, 12, 1));
    audit.showAudit();
    QVERIFY(!table->isVisibleTo(&audit));
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
