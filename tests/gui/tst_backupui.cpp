// File > Back up and File > Restore driven as a clerk would, through the desk's dialog seam
// (DeskDialogs::Testing), and the automatic daily backup with a clock the test moves
// (issue 13 item 7).
#include "BackupController.h"
#include "GuiTestHelpers.h"
#include "DeskApplication.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "common/DeskDialogs.h"
#include "store/AccountStore.h"
#include "store/Backup.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/WriteTransaction.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QProgressBar>
#include <QProgressDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

bool addKindergarten(const std::shared_ptr<Database> &database, const QString &id)
{
    QSqlDatabase db = database->connection();
    WriteTransaction transaction(db);
    if (!transaction.begin())
        return false;
    {
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO kindergartens (id, name_kk) VALUES (:id, :id)"_s);
        insert.bindValue(u":id"_s, id);
        if (!insert.exec())
            return false;
    }
    if (!Journal::append(db, u"kindergarten_added"_s, u"kindergarten"_s, id, {}, u"test"_s,
                         QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)))
        return false;
    return bool(transaction.commit());
}

QStringList kindergartens(const std::shared_ptr<Database> &database)
{
    QStringList ids;
    QSqlQuery query(database->connection());
    query.exec(u"SELECT id FROM kindergartens ORDER BY id"_s);
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

QString shownDialogs()
{
    return DeskDialogs::Testing::shown().join(u" | "_s);
}

const QDateTime accountsMadeAt(QDate(2026, 3, 2), QTime(9, 0));

// The restored store's people: the administrator (GuiTestHelpers::testUser) and a head, Гүлнар.
bool addAccounts(const std::shared_ptr<Database> &database)
{
    AccountStore accounts(database);
    const Expected<Account> admin =
        accounts.createFirstAdministrator(GuiTestHelpers::testUser(), u"admin-pass-1"_s, accountsMadeAt);
    if (!admin)
        return false;
    Account head;
    head.login = u"gulnar"_s;
    head.name = u"Гүлнар Серікқызы"_s;
    head.role = Role::Head;
    return bool(accounts.add(head, u"head-pass-1"_s, *admin, accountsMadeAt));
}

// Signs in on the sign-in dialog as soon as it shows: each (login, password) in turn, the dialog's
// error after each attempt into `errors` (empty once someone is signed in); an empty login cancels.
void whenSignInShows(const QList<std::pair<QString, QString>> &attempts, QStringList *errors, bool *asked)
{
    auto poll = new QTimer(qApp);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, attempts, errors, asked] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto dialog = qobject_cast<SignInDialog *>(widget);
            if (!dialog || !dialog->isVisible())
                continue;
            poll->stop();
            poll->deleteLater();
            *asked = dialog->mode() == SignInDialog::Mode::SignIn;
            for (const auto &[login, password] : attempts) {
                if (login.isEmpty()) {
                    QTest::mouseClick(dialog->findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
                    return;
                }
                for (const auto &[name, text] :
                     {std::pair{u"loginEdit"_s, login}, std::pair{u"passwordEdit"_s, password}}) {
                    auto edit = dialog->findChild<QLineEdit *>(name);
                    edit->setFocus();
                    edit->clear();
                    GuiTestHelpers::typeText(edit, text);
                }
                QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
                errors->append(dialog->account() ? QString() : dialog->errorText());
            }
            return;
        }
    });
    poll->start();
}

// What the backup's progress dialogs show, read from the real dialog each time its bar moves:
// (second line of the label, value, maximum). The dialog is found when the first update the
// worker thread sends it arrives.
class ProgressRecorder : public QObject
{
public:
    struct Shown
    {
        QString step;
        int value;
        int maximum;
    };
    QList<Shown> shown;

    ProgressRecorder() { qApp->installEventFilter(this); }
    ~ProgressRecorder() override { qApp->removeEventFilter(this); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto dialog = qobject_cast<QProgressDialog *>(watched);
        if (event->type() == QEvent::MetaCall && dialog && dialog->objectName() == u"backupProgressDialog"_s
            && !m_followed.contains(dialog)) {
            m_followed << dialog;
            QPointer<QProgressDialog> followed(dialog);
            connect(dialog->findChild<QProgressBar *>(), &QProgressBar::valueChanged, this, [this, followed](int value) {
                if (followed && value >= 0)
                    shown.append({followed->labelText().section(u'\n', 1), value, followed->maximum()});
            });
        }
        return false;
    }

    // Each step in turn, its label shown and its bar full (or busy, maximum 0, for a step that
    // cannot tell how far it is); what is missing otherwise.
    QString missing(const QStringList &steps) const
    {
        qsizetype at = 0;
        for (const QString &step : steps) {
            while (at < shown.size() && shown.at(at).step != step)
                ++at;
            if (at == shown.size())
                return u"never shown: "_s + step;
            while (at < shown.size() && shown.at(at).step == step && shown.at(at).value < shown.at(at).maximum)
                ++at;
            if (at == shown.size() || shown.at(at).step != step)
                return u"the bar never full: "_s + step;
        }
        return QString();
    }

    QString dump() const
    {
        QStringList lines;
        for (const Shown &entry : shown)
            lines << u"%1 %2/%3"_s.arg(entry.step).arg(entry.value).arg(entry.maximum);
        return lines.join(u"\n"_s);
    }

private:
    QList<QObject *> m_followed;
};

} // namespace

class TestBackupUi : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void backUpFromTheFileMenu();
    void restoreFromTheFileMenu();
    void restoreAsksToSignInAgainstTheRestoredStore();
    void cancellingTheSignInAfterARestoreDoesNotGoOn();
    void restoreOfADamagedCopyKeepsTheStore();
    void restoreNeedsConfirmation();
    void settingsRememberFolderAndDays();
    void dailyBackupAtStartAndEachNewDay();
    void progressNamesEachStep_data();
    void progressNamesEachStep();
    void progressScreenshotsOfALargeStore();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
    std::unique_ptr<DeskApplication> m_app;
};

void TestBackupUi::init()
{
    DeskApplication::setIdentity();
    QSettings().clear();
    DeskDialogs::Testing::setEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = m_dir->filePath(u"store.sqlite"_s);
    m_app = std::make_unique<DeskApplication>();
    DeskOptions options;
    options.storePath = m_store;
    options.language = QLocale::English;
    options.user = GuiTestHelpers::testUser(); // an administrator: a clerk may not restore
    QVERIFY(m_app->open(options));
    QVERIFY(addKindergarten(m_app->store(), u"K1"_s));
}

void TestBackupUi::cleanup()
{
    m_app.reset();
    DeskDialogs::Testing::setEnabled(false);
    m_dir.reset();
}

void TestBackupUi::backUpFromTheFileMenu()
{
    MainWindow *window = m_app->mainWindow();
    QAction *backup = window->findChild<QAction *>(u"backupAction"_s);
    QVERIFY(backup);
    QVERIFY(backup->isEnabled());
    QCOMPARE(backup->text(), u"&Back Up…"_s);

    const QString file = m_dir->filePath(u"usb/copy.sqlite"_s);
    DeskDialogs::Testing::setNextFilePath(file);
    backup->trigger();
    QVERIFY2(DeskDialogs::Testing::shown().value(0).startsWith(u"save: Back Up the Local Store"_s), qPrintable(shownDialogs()));
    QCOMPARE(DeskDialogs::Testing::shown().size(), 1); // no error shown
    const Expected<Backup::Checked> checked = Backup::check(file);
    QVERIFY(checked);
    QCOMPARE(checked->journalEntries, 1);
    QVERIFY2(window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(file)),
             qPrintable(window->statusBar()->currentMessage()));

    // Cancelled: nothing written, nothing said.
    DeskDialogs::Testing::setEnabled(false);
    DeskDialogs::Testing::setEnabled(true);
    backup->trigger();
    QCOMPARE(DeskDialogs::Testing::shown().size(), 1);

    // A file that is not a backup: refused with the reason, the file kept.
    const QString letter = m_dir->filePath(u"letter.txt"_s);
    {
        QFile text(letter);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Dear parents");
    }
    DeskDialogs::Testing::setNextFilePath(letter);
    backup->trigger();
    QVERIFY2(DeskDialogs::Testing::shown().value(2).startsWith(u"critical: Back Up the Local Store: The backup was not made."_s),
             qPrintable(shownDialogs()));
    QCOMPARE(QFileInfo(letter).size(), 12);
}

void TestBackupUi::restoreFromTheFileMenu()
{
    const QString file = m_dir->filePath(u"copy.sqlite"_s);
    QVERIFY(addAccounts(m_app->store()));
    QVERIFY(Backup::create(m_store, file));
    QVERIFY(addKindergarten(m_app->store(), u"K2"_s));
    QCOMPARE(kindergartens(m_app->store()), (QStringList{u"K1"_s, u"K2"_s}));

    QPointer<MainWindow> before = m_app->mainWindow();
    before->show();
    QAction *restore = before->findChild<QAction *>(u"restoreAction"_s);
    QVERIFY(restore && restore->isEnabled());
    DeskDialogs::Testing::setNextFilePath(file);
    DeskDialogs::Testing::setNextAnswer(DeskDialogs::Yes);
    QStringList errors;
    bool asked = false;
    whenSignInShows({{GuiTestHelpers::testUser().login, u"admin-pass-1"_s}}, &errors, &asked);
    restore->trigger();
    const QStringList shown = DeskDialogs::Testing::shown();
    QVERIFY2(shown.value(0).startsWith(u"open: Restore the Local Store"_s), qPrintable(shownDialogs()));
    // The question names the copy and what is kept aside.
    QVERIFY2(shown.value(1).startsWith(u"question: Restore the Local Store: Replace the local store by the backup "_s),
             qPrintable(shownDialogs()));
    QVERIFY2(shown.value(1).contains(u"store.sqlite.before-restore-"_s), qPrintable(shownDialogs()));

    // The window closes and a new one opens on the restored store.
    QTRY_VERIFY(before.isNull());
    MainWindow *after = m_app->mainWindow();
    QVERIFY(after);
    QVERIFY(after->isVisible());
    QCOMPARE(kindergartens(m_app->store()), QStringList{u"K1"_s});
    QVERIFY(Journal::verify(m_app->store()->connection())->ok());
    QVERIFY2(after->statusBar()->currentMessage().contains(u"the former store is kept as"_s),
             qPrintable(after->statusBar()->currentMessage()));
    const QStringList aside = QDir(m_dir->path()).entryList({u"store.sqlite.before-restore-*"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    // The desk goes on writing into the restored store.
    QVERIFY(addKindergarten(m_app->store(), u"K3"_s));
    QVERIFY(asked);
    QCOMPARE(after->user().login, GuiTestHelpers::testUser().login);
}

void TestBackupUi::restoreAsksToSignInAgainstTheRestoredStore()
{
    // The copy knows the administrator and Гүлнар; Данияр is made an administrator after it and
    // restores it: the restored store does not know him.
    const QString file = m_dir->filePath(u"copy.sqlite"_s);
    QVERIFY(addAccounts(m_app->store()));
    QVERIFY(Backup::create(m_store, file));
    {
        // Scoped: the restore closes every connection to the store, this one's too.
        AccountStore accounts(m_app->store());
        Account daniyar;
        daniyar.login = u"daniyar"_s;
        daniyar.name = u"Данияр Ерланұлы"_s;
        daniyar.role = Role::Administrator;
        QVERIFY(
            accounts.add(daniyar, u"admin-pass-2"_s, *accounts.find(GuiTestHelpers::testUser().login), accountsMadeAt));
        QVERIFY(accounts.signIn(u"daniyar"_s, u"admin-pass-2"_s));
    }

    QPointer<MainWindow> before = m_app->mainWindow();
    before->show();
    DeskDialogs::Testing::setNextFilePath(file);
    DeskDialogs::Testing::setNextAnswer(DeskDialogs::Yes);
    QStringList errors;
    bool asked = false;
    whenSignInShows({{u"daniyar"_s, u"admin-pass-2"_s}, {u"gulnar"_s, u"head-pass-1"_s}}, &errors, &asked);
    before->findChild<QAction *>(u"restoreAction"_s)->trigger();
    QTRY_VERIFY(before.isNull());
    MainWindow *after = m_app->mainWindow();
    QVERIFY(after);
    QVERIFY(asked);
    QCOMPARE(errors.size(), 2);
    QVERIFY2(!errors.at(0).isEmpty(), "Данияр, unknown to the restored store, got in");
    QCOMPARE(errors.at(1), QString());
    QCOMPARE(after->user().login, u"gulnar"_s);
    QCOMPARE(after->user().role, Role::Head);
    QVERIFY(!AccountStore(m_app->store()).find(u"daniyar"_s));
}

void TestBackupUi::cancellingTheSignInAfterARestoreDoesNotGoOn()
{
    const QString file = m_dir->filePath(u"copy.sqlite"_s);
    QVERIFY(addAccounts(m_app->store()));
    QVERIFY(Backup::create(m_store, file));
    QPointer<MainWindow> before = m_app->mainWindow();
    before->show();
    DeskDialogs::Testing::setNextFilePath(file);
    DeskDialogs::Testing::setNextAnswer(DeskDialogs::Yes);
    QStringList errors;
    bool asked = false;
    whenSignInShows({{QString(), QString()}}, &errors, &asked);
    before->findChild<QAction *>(u"restoreAction"_s)->trigger();
    QTRY_VERIFY(before.isNull());
    QTRY_VERIFY(asked);
    // No window on the restored store: nobody signed in.
    QVERIFY(!m_app->mainWindow());
}

void TestBackupUi::restoreOfADamagedCopyKeepsTheStore()
{
    const QString file = m_dir->filePath(u"copy.sqlite"_s);
    QVERIFY(Backup::create(m_store, file));
    QVERIFY(addKindergarten(m_app->store(), u"K2"_s));
    {
        QFile copy(file);
        QVERIFY(copy.open(QIODevice::ReadWrite));
        copy.resize(copy.size() - Database::newStorePageSize);
    }
    QPointer<MainWindow> before = m_app->mainWindow();
    DeskDialogs::Testing::setNextFilePath(file);
    DeskDialogs::Testing::setNextAnswer(DeskDialogs::Yes);
    before->findChild<QAction *>(u"restoreAction"_s)->trigger();
    QTRY_VERIFY(before.isNull());
    QVERIFY2(DeskDialogs::Testing::shown().value(2).startsWith(
                 u"critical: Restore the Local Store: The backup was not restored; the local store is as it was."_s),
             qPrintable(shownDialogs()));
    QVERIFY2(shownDialogs().contains(u"the copy is damaged"_s), qPrintable(shownDialogs()));
    QCOMPARE(kindergartens(m_app->store()), (QStringList{u"K1"_s, u"K2"_s}));
    QVERIFY(QDir(m_dir->path()).entryList({u"*before-restore*"_s}, QDir::Files).isEmpty());
}

void TestBackupUi::restoreNeedsConfirmation()
{
    const QString file = m_dir->filePath(u"copy.sqlite"_s);
    QVERIFY(Backup::create(m_store, file));
    QVERIFY(addKindergarten(m_app->store(), u"K2"_s));
    QPointer<MainWindow> before = m_app->mainWindow();
    DeskDialogs::Testing::setNextFilePath(file);
    DeskDialogs::Testing::setNextAnswer(DeskDialogs::Cancel);
    before->findChild<QAction *>(u"restoreAction"_s)->trigger();
    QTest::qWait(50);
    QVERIFY(!before.isNull());
    QCOMPARE(kindergartens(m_app->store()), (QStringList{u"K1"_s, u"K2"_s}));
}

void TestBackupUi::settingsRememberFolderAndDays()
{
    MainWindow *window = m_app->mainWindow();
    auto days = window->findChild<QSpinBox *>(u"backupDaysSpinBox"_s);
    QVERIFY(days);
    QCOMPARE(days->value(), 14);
    QCOMPARE(BackupController::folder(m_store), m_dir->filePath(u"backups"_s));
    days->setValue(30);
    QCOMPARE(BackupController::keepDays(), 30);

    const QString chosen = m_dir->filePath(u"elsewhere"_s);
    DeskDialogs::Testing::setNextFilePath(chosen);
    QTest::mouseClick(window->findChild<QWidget *>(u"backupFolderButton"_s), Qt::LeftButton);
    QVERIFY2(DeskDialogs::Testing::shown().value(0).startsWith(u"folder: "_s), qPrintable(shownDialogs()));
    QCOMPARE(BackupController::folder(m_store), chosen);
    QCOMPARE(QSettings().value(BackupController::folderKey()).toString(), chosen);
}

void TestBackupUi::dailyBackupAtStartAndEachNewDay()
{
    const QString folder = m_dir->filePath(u"daily"_s);
    QSettings().setValue(BackupController::folderKey(), folder);
    QSettings().setValue(BackupController::keepDaysKey(), 3);
    QVERIFY(QDir().mkpath(folder));
    const QDate today(2026, 3, 10);
    // Copies of earlier days, two of them older than the three days kept.
    for (int age = 1; age <= 4; ++age)
        QVERIFY(QFile::copy(m_store, folder + u'/' + Backup::dailyFileName(today.addDays(-age))));

    auto clock = std::make_shared<FixedClock>(QDateTime(today, QTime(8, 55)));
    BackupController controller(m_store, clock);
    QSignalSpy finished(&controller, &BackupController::finished);
    controller.start(60 * 60 * 1000);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY2(finished.at(0).at(1).toString().contains(Backup::dailyFileName(today)), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name),
             (QStringList{Backup::dailyFileName(today.addDays(-2)), Backup::dailyFileName(today.addDays(-1)),
                          Backup::dailyFileName(today)}));

    // The same day: nothing to do.
    controller.runIfDue();
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);

    // The next morning, the desk still open.
    clock->advanceSecs(24 * 60 * 60);
    controller.runIfDue();
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name),
             (QStringList{Backup::dailyFileName(today.addDays(-1)), Backup::dailyFileName(today),
                          Backup::dailyFileName(today.addDays(1))}));

    // A folder that cannot be made: reported as a failure, tried again at the next check.
    QFile blocker(m_dir->filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QSettings().setValue(BackupController::folderKey(), m_dir->filePath(u"blocker/backups"_s));
    clock->advanceSecs(24 * 60 * 60);
    controller.runIfDue();
    QTRY_COMPARE(finished.size(), 3);
    QCOMPARE(finished.at(2).at(0).toBool(), false);
    QVERIFY2(finished.at(2).at(1).toString().startsWith(u"The automatic backup failed: "_s), qPrintable(finished.at(2).at(1).toString()));
    controller.runIfDue();
    QTRY_COMPARE(finished.size(), 4);
}

void TestBackupUi::progressNamesEachStep_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QStringList>("backupSteps");
    QTest::addColumn<QStringList>("restoreSteps");
    QTest::newRow("kk") << int(QLocale::Kazakh)
                        << QStringList{u"1/5-қадам: Жергілікті қойма көшірілуде…"_s,
                                       u"2/5-қадам: Көшірменің бақылау сомасы есептелуде…"_s,
                                       u"3/5-қадам: Көшірменің дерекқор құрылымы тексерілуде…"_s,
                                       u"4/5-қадам: Көшірменің мазмұны бақылау сомасымен салыстырылуда…"_s,
                                       u"5/5-қадам: Көшірмедегі журналдың тізбегі тексерілуде…"_s}
                        << QStringList{u"1/5-қадам: Сақтық көшірме жергілікті қойма қалтасына көшірілуде…"_s,
                                       u"2/5-қадам: Көшірменің дерекқор құрылымы тексерілуде…"_s,
                                       u"3/5-қадам: Көшірменің мазмұны бақылау сомасымен салыстырылуда…"_s,
                                       u"4/5-қадам: Көшірмедегі журналдың тізбегі тексерілуде…"_s,
                                       u"5/5-қадам: Қазіргі жергілікті қойманың көшірмесі сақталуда…"_s};
    QTest::newRow("ru") << int(QLocale::Russian)
                        << QStringList{u"Шаг 1 из 5: Копирование локального хранилища…"_s,
                                       u"Шаг 2 из 5: Вычисление контрольной суммы копии…"_s,
                                       u"Шаг 3 из 5: Проверка структуры базы данных копии…"_s,
                                       u"Шаг 4 из 5: Сверка содержимого копии с контрольной суммой…"_s,
                                       u"Шаг 5 из 5: Проверка цепочки журнала копии…"_s}
                        << QStringList{u"Шаг 1 из 5: Копирование резервной копии в папку локального хранилища…"_s,
                                       u"Шаг 2 из 5: Проверка структуры базы данных копии…"_s,
                                       u"Шаг 3 из 5: Сверка содержимого копии с контрольной суммой…"_s,
                                       u"Шаг 4 из 5: Проверка цепочки журнала копии…"_s,
                                       u"Шаг 5 из 5: Сохранение копии текущего локального хранилища…"_s};
}

void TestBackupUi::progressNamesEachStep()
{
    // The dialog of File > Back Up and of File > Restore says which step it is at, in the desk's
    // language, and each step's bar fills (the check after the copy used to show a full bar
    // without a word, and the restore a busy bar throughout).
    QFETCH(int, language);
    QFETCH(QStringList, backupSteps);
    QFETCH(QStringList, restoreSteps);
    QVERIFY(m_app->languages()->apply(QLocale::Language(language)));
    QVERIFY(addAccounts(m_app->store()));
    QPointer<MainWindow> window = m_app->mainWindow();
    window->show();

    const QString file = m_dir->filePath(u"copy.sqlite"_s);
    {
        ProgressRecorder recorder;
        DeskDialogs::Testing::setNextFilePath(file);
        window->findChild<QAction *>(u"backupAction"_s)->trigger();
        QCOMPARE(DeskDialogs::Testing::shown().size(), 1); // the file dialog, no error
        QVERIFY2(recorder.missing(backupSteps).isEmpty(),
                 qPrintable(recorder.missing(backupSteps) + u"\n"_s + recorder.dump()));
    }

    ProgressRecorder recorder;
    DeskDialogs::Testing::setNextFilePath(file);
    DeskDialogs::Testing::setNextAnswer(DeskDialogs::Yes);
    QStringList errors;
    bool asked = false;
    whenSignInShows({{GuiTestHelpers::testUser().login, u"admin-pass-1"_s}}, &errors, &asked);
    window->findChild<QAction *>(u"restoreAction"_s)->trigger();
    QTRY_VERIFY(window.isNull());
    QTRY_VERIFY(m_app->mainWindow());
    QVERIFY2(recorder.missing(restoreSteps).isEmpty(),
             qPrintable(recorder.missing(restoreSteps) + u"\n"_s + recorder.dump()));
}

void TestBackupUi::progressScreenshotsOfALargeStore()
{
    // By hand, to look at the dialog on a large store (docs/performance.md "Backup and restore"):
    // QABYLDAU_BACKUP_SHOTS_STORE=STORE QABYLDAU_BACKUP_SHOTS_DIR=DIR backs STORE up and restores
    // it in kk and ru, the dialog grabbed every 2 s into DIR. STORE is replaced by its own backup.
    const QString store = qEnvironmentVariable("QABYLDAU_BACKUP_SHOTS_STORE");
    const QString shots = qEnvironmentVariable("QABYLDAU_BACKUP_SHOTS_DIR");
    if (store.isEmpty() || shots.isEmpty())
        QSKIP("QABYLDAU_BACKUP_SHOTS_STORE and QABYLDAU_BACKUP_SHOTS_DIR not set");
    QVERIFY(QDir().mkpath(shots));
    m_app.reset();
    // Today's daily copy "made" already: the desk does not start one of the large store meanwhile.
    QSettings().setValue(BackupController::folderKey(), shots);
    QFile(QDir(shots).filePath(Backup::dailyFileName(QDate::currentDate()))).open(QIODevice::WriteOnly);

    for (const auto &[language, code] : {std::pair{QLocale::Kazakh, u"kk"_s}, std::pair{QLocale::Russian, u"ru"_s}}) {
        DeskDialogs::Testing::setEnabled(false); // forgets the dialogs of the language before
        DeskDialogs::Testing::setEnabled(true);
        DeskApplication desk;
        DeskOptions options;
        options.storePath = store;
        options.language = language;
        options.user = GuiTestHelpers::testUser();
        QVERIFY(desk.open(options));
        // Accounts, so that after the restore the sign-in (cancelled below) asks to sign in.
        if (!AccountStore(desk.store()).find(GuiTestHelpers::testUser().login))
            QVERIFY(addAccounts(desk.store()));
        QPointer<MainWindow> window = desk.mainWindow();
        window->resize(1024, 700);
        window->show();
        int shot = 0;
        QTimer grabber;
        QObject::connect(&grabber, &QTimer::timeout, [&] {
            // A window, parented (the backup's) or not (the restore's).
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (widget->objectName() == u"backupProgressDialog"_s && widget->isVisible())
                    widget->grab().save(QDir(shots).filePath(u"%1-%2.png"_s.arg(code).arg(++shot, 3, 10, QChar(u'0'))));
            }
        });
        grabber.start(2000);
        const QString file = QDir(shots).filePath(u"backup.sqlite"_s);
        DeskDialogs::Testing::setNextFilePath(file);
        window->findChild<QAction *>(u"backupAction"_s)->trigger();
        QVERIFY2(DeskDialogs::Testing::shown().size() == 1, qPrintable(shownDialogs()));

        DeskDialogs::Testing::setNextFilePath(file);
        DeskDialogs::Testing::setNextAnswer(DeskDialogs::Yes);
        QStringList errors;
        bool asked = false;
        whenSignInShows({{QString(), QString()}}, &errors, &asked); // nobody signs in afterwards
        window->findChild<QAction *>(u"restoreAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(asked, 30 * 60 * 1000);
        grabber.stop();
        QVERIFY(shot > 0);
    }
}

QTEST_MAIN(TestBackupUi)
#include "tst_backupui.moc"
