// Settings → Verify (issue 14 item 4): the check runs off the GUI thread and says in words what
// it found, in the clerk's language.
#include "DeskApplication.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "SettingsPage.h"
#include "store/Database.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

// As someone with the file and the sqlite3 shell: the seal triggers dropped, then an UPDATE.
QString tamper(const QString &store)
{
    const QString name = QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(store);
        if (!db.open())
            return db.lastError().text();
        for (const QString &sql :
             {QStringLiteral("DROP TRIGGER places_seal_update"), QStringLiteral("DROP TRIGGER places_seal_broken"),
              QStringLiteral("UPDATE places SET status = 'filled' WHERE id = 'p-1'")}) {
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                error = query.lastError().text();
                break;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

class TestSettingsVerify : public QObject
{
    Q_OBJECT

private slots:
    void verifyShowsWhatItFound()
    {
        // The interface's language as a new desk has it: this test chooses Russian below, and
        // its HOME (tests' settings) outlives a run.
        QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Qabyldau"), QStringLiteral("qabyldau"))
            .remove(QStringLiteral("ui/language"));
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        DeskOptions options;
        options.storePath = folder.filePath(QStringLiteral("desk.sqlite"));
        options.systemLocale = QLocale(QLocale::Kazakh, QLocale::Kazakhstan);
        DeskApplication desk;
        QVERIFY(desk.open(options));
        {
            // A place written by the program (its connection seals it).
            QSqlQuery insert(desk.store()->connection());
            QVERIFY2(insert.exec(QStringLiteral("INSERT INTO places (id, kindergarten_id, created_at, updated_at)"
                                                " VALUES ('p-1', 'kg-1', 0, 0)")),
                     qPrintable(insert.lastError().text()));
        }
        auto page = qobject_cast<SettingsPage *>(desk.mainWindow()->page(DeskArea::Settings));
        QVERIFY(page);
        auto button = page->findChild<QPushButton *>(QStringLiteral("verifyButton"));
        auto result = page->findChild<QLabel *>(QStringLiteral("verifyResultLabel"));
        QVERIFY(button && result);
        QVERIFY(button->isEnabled());
        QCOMPARE(button->text(), QStringLiteral("Текс&еру")); // Alt+Е: Т is the View menu's

        QSignalSpy finished(page, &SettingsPage::verificationFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!button->isEnabled()); // one check at a time
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(button->isEnabled());
        QVERIFY2(result->text().contains(QStringLiteral("журнал жазбалары: 0, тексерілген жолдар: 1")), qPrintable(result->text()));

        QCOMPARE(tamper(options.storePath), QString());
        desk.languages()->choose(QLocale::Russian);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(1).at(0).toBool(), false);
        QVERIFY2(result->text().contains(QStringLiteral("p-1")), qPrintable(result->text()));
        QVERIFY2(result->text().contains(QStringLiteral("status")), qPrintable(result->text()));
        QVERIFY2(result->text().contains(QStringLiteral("Место")), qPrintable(result->text()));
    }
};

QTEST_MAIN(TestSettingsVerify)
#include "tst_settingsverify.moc"
