// Desk sync in the desk app (issue 11): the status bar's states, the Needs attention list, and
// Settings -> Connection saving the connection and checking it off the GUI thread. The server in
// the check tests is a few lines of QTcpServer that answers as docs/api.md says a server answers
// a wrong token (401 after a healthy /health), and a closed port for a server that is not there.

#include "ConnectionSection.h"
#include "DeskApplication.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "NeedsAttentionDialog.h"
#include "SyncStatusBar.h"
#include "SyncThread.h"
#include "GuiTestHelpers.h"
#include "common/DeskDialogs.h"
#include "common/ElidedLabel.h"
#include "common/DeskStyle.h"
#include "queue/ApplicationDetailsDialog.h"
#include "store/AuditTrail.h"
#include "store/Events.h"
#include "store/Journal.h"
#include "settings/RuleSettings.h"
#include "settings/Translations.h"
#include "store/ApplicationStore.h"
#include "store/Database.h"
#include "store/KindergartenStore.h"
#include "sync/SyncSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Answers /api/v1/health with this desk's API version and everything else with 401, as a server
// does for a wrong or revoked token.
class WrongTokenServer : public QTcpServer
{
public:
    WrongTokenServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    const QByteArray request = socket->readAll();
                    const bool health = request.startsWith("GET /api/v1/health");
                    const QByteArray body = health ? QByteArray(R"({"api":)") + QByteArray::number(SyncProtocol::apiVersion) + "}"
                                                   : QByteArray(R"({"error":"unauthorized","message":"unknown token"})");
                    socket->write((health ? QByteArray("HTTP/1.1 200 OK\r\n") : QByteArray("HTTP/1.1 401 Unauthorized\r\n"))
                                  + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                                  + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

// Answers any GET (explain, notifications) with `body` and `status`, remembering the request it was sent.
class ExplainServer : public QTcpServer
{
public:
    int status = 200;
    QByteArray body;
    QByteArray lastRequest;

    ExplainServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    lastRequest = socket->readAll();
                    socket->write("HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Not Found")
                                  + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                                  + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

// An application registered at this desk (serial: a different child and applicant each).
Expected<RegisteredApplication> registerOne(const std::shared_ptr<Database> &store, int serial)
{
    Application a;
    a.applicant = PersonName{QStringLiteral("Серікова"), QStringLiteral("Айгүл"), QString()};
    a.applicantIin = GuiTestHelpers::makeIin(QDate(1990, 3, 1), Iin::Sex::Female, 10 + serial);
    a.applicantAddress = QStringLiteral("Астана қ., Кенесары к-сі, 40");
    a.settlement = QStringLiteral("Астана");
    a.child = PersonName{QStringLiteral("Серіков"), QStringLiteral("Әлихан"), QString()};
    a.childBirthDate = QDate(2022, 4, 5);
    a.childSex = Iin::Sex::Male;
    a.childIin = GuiTestHelpers::makeIin(a.childBirthDate, Iin::Sex::Male, 20 + serial);
    a.filedAt = QDateTime(QDate(2024, 5, 2), QTime(9, 0));
    a.phones = {QStringLiteral("+77012345678")};
    a.consent = true;
    a.signatureDate = a.filedAt.date();
    return ApplicationStore(store).registerApplication(a, QStringLiteral("clerk"),
                                                       ValidationContext{QDateTime(QDate(2024, 5, 2), QTime(10, 0)), RuleSettings{}});
}

// A loopback port nothing listens on.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

// The README's syncing picture: a long first download as the engine reports it (a demo region is
// too small to catch one), never synced before, three commands waiting.
SyncStatus readmeSyncing()
{
    SyncStatus syncing;
    syncing.state = SyncStatus::State::Syncing;
    syncing.received = 412000;
    syncing.expected = 1000000;
    syncing.secondsLeft = 260;
    syncing.summary.waiting = 3;
    return syncing;
}

} // namespace

class TestDeskSyncUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusBarOfflineWithoutServerLinksToSettings();
    void statusBarOnlineSyncingAndNeedsAttention();
    void statusBarOfflineShowsTheErrorInWords();
    void needsAttentionShowsDuplicateChildWithItsNumber();
    void needsAttentionEmptyState();
    void needsAttentionOpensTheApplicationThisDeskHolds();
    void detailsAskTheServerWhyNotYet();
    void detailsShowTheMessagesToTheParent();
    void connectionValidatesTheAddress();
    void connectionSavesAndChecksABadToken();
    void syncThreadReportsOfflineAndStopsCleanly();
    void onlineAfterASyncWithARealServer();
    void syncingDetailIsNeverCut_data();
    void syncingDetailIsNeverCut();

private:
    QTemporaryDir m_dir;
};

void TestDeskSyncUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDeskSyncUi::statusBarOfflineWithoutServerLinksToSettings()
{
    SyncStatusBar bar;
    bar.showNoServer();
    bar.show();
    const auto state = bar.findChild<QLabel *>(QStringLiteral("syncStateLabel"));
    QVERIFY(state->text().startsWith(QStringLiteral("Offline — no server set.")));
    QSignalSpy settings(&bar, &SyncStatusBar::settingsRequested);
    emit state->linkActivated(QStringLiteral("settings"));
    QCOMPARE(settings.count(), 1);
    QVERIFY(!bar.findChild<QLabel *>(QStringLiteral("syncAttentionLabel"))->isVisible());
    QVERIFY(!bar.findChild<QProgressBar *>(QStringLiteral("syncProgress"))->isVisible());
}

void TestDeskSyncUi::statusBarOnlineSyncingAndNeedsAttention()
{
    SyncStatusBar bar;
    bar.show();
    SyncStatus status;
    status.state = SyncStatus::State::Online;
    status.summary.waiting = 2;
    status.summary.rejected = 3;
    status.summary.lastSuccess = QDateTime(QDate(2026, 12, 3), QTime(9, 30), Qt::UTC);
    bar.showStatus(status);
    const auto state = bar.findChild<QLabel *>(QStringLiteral("syncStateLabel"));
    const auto detail = bar.findChild<QLabel *>(QStringLiteral("syncDetailLabel"));
    const auto attention = bar.findChild<QLabel *>(QStringLiteral("syncAttentionLabel"));
    QCOMPARE(state->text(), QStringLiteral("Online"));
    QVERIFY2(detail->text().contains(QStringLiteral("2 command(s) waiting")), qPrintable(detail->text()));
    QVERIFY2(detail->text().contains(QStringLiteral("last sync ")), qPrintable(detail->text()));
    QVERIFY(attention->isVisible());
    QVERIFY(attention->text().contains(QStringLiteral("Needs attention (3)")));
    QSignalSpy opened(&bar, &SyncStatusBar::attentionRequested);
    emit attention->linkActivated(QStringLiteral("attention"));
    QCOMPARE(opened.count(), 1);

    // A long first download: progress, counts and the time left.
    status.state = SyncStatus::State::Syncing;
    status.received = 250000;
    status.expected = 1000000;
    status.secondsLeft = 300;
    bar.showStatus(status);
    QCOMPARE(state->text(), QStringLiteral("Syncing…"));
    const auto progress = bar.findChild<QProgressBar *>(QStringLiteral("syncProgress"));
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->value(), 250);
    QVERIFY2(detail->text().contains(QStringLiteral("received 250,000 of 1,000,000, about 5 min left")),
             qPrintable(detail->text()));

    status.state = SyncStatus::State::Online;
    status.expected = 0;
    status.summary.rejected = 0;
    bar.showStatus(status);
    QVERIFY(!progress->isVisible());
    QVERIFY(!attention->isVisible());
}

void TestDeskSyncUi::statusBarOfflineShowsTheErrorInWords()
{
    SyncStatusBar bar;
    SyncStatus status;
    status.state = SyncStatus::State::Offline;
    status.error = {SyncError::Kind::Unauthorized, QStringLiteral("401")};
    bar.showStatus(status);
    const auto state = bar.findChild<QLabel *>(QStringLiteral("syncStateLabel"));
    QCOMPARE(state->text(), QStringLiteral("Offline"));
    QCOMPARE(state->toolTip(), status.error.message());
    QVERIFY(state->toolTip().contains(QStringLiteral("token")));
    QVERIFY(bar.findChild<QLabel *>(QStringLiteral("syncDetailLabel"))->text().contains(QStringLiteral("never synced")));
}

void TestDeskSyncUi::needsAttentionShowsDuplicateChildWithItsNumber()
{
    RejectedCommand duplicate;
    duplicate.deskSeq = 4;
    duplicate.type = QStringLiteral("register_application");
    duplicate.createdAt = QDateTime(QDate(2026, 12, 2), QTime(10, 15), Qt::UTC);
    duplicate.clerk = QStringLiteral("clerk-aigerim");
    duplicate.code = QStringLiteral("duplicate_child");
    duplicate.message = QStringLiteral("the child has an active application");
    duplicate.details = QJsonObject{{QStringLiteral("application_id"), QStringLiteral("0b9f5d0e-0000-4000-8000-000000000001")},
                                    {QStringLiteral("queue_number"), 17}};
    RejectedCommand unknown = duplicate;
    unknown.type = QStringLiteral("record_refusal");
    unknown.code = QStringLiteral("brand_new_code");
    unknown.message = QStringLiteral("The server says why.");
    unknown.details = {};

    auto store = Database::open(m_dir.filePath(QStringLiteral("attention.sqlite")));
    QVERIFY(store);
    NeedsAttentionDialog dialog(*store, {duplicate, unknown});
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Registration of an application"));
    QVERIFY(table->item(0, 1)->text().contains(QStringLiteral("clerk-aigerim")));
    QVERIFY2(table->item(0, 2)->text().contains(QStringLiteral("number 17 in the queue")), qPrintable(table->item(0, 2)->text()));
    // This desk does not hold the existing application: it is another kindergarten's.
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Registered at another kindergarten"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Refusal"));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("The server says why."));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("needsAttentionEmpty"))->isVisibleTo(&dialog));
}

void TestDeskSyncUi::needsAttentionEmptyState()
{
    NeedsAttentionDialog dialog(nullptr, {});
    const auto empty = dialog.findChild<QLabel *>(QStringLiteral("needsAttentionEmpty"));
    QVERIFY(empty->isVisibleTo(&dialog));
    QVERIFY(empty->text().startsWith(QStringLiteral("Nothing needs attention")));
    QVERIFY(!dialog.table()->isVisibleTo(&dialog));
}

void TestDeskSyncUi::needsAttentionOpensTheApplicationThisDeskHolds()
{
    auto store = Database::open(m_dir.filePath(QStringLiteral("held.sqlite")));
    QVERIFY(store);
    const Expected<RegisteredApplication> registered = registerOne(*store, 1);
    QVERIFY2(registered, qPrintable(registered ? QString() : registered.error().message()));

    RejectedCommand duplicate;
    duplicate.type = QStringLiteral("register_application");
    duplicate.code = QStringLiteral("duplicate_child");
    duplicate.details = QJsonObject{{QStringLiteral("application_id"), registered->application.id},
                                    {QStringLiteral("queue_number"), 4}};
    NeedsAttentionDialog dialog(*store, {duplicate});
    dialog.show();
    const auto open = dialog.findChild<QPushButton *>(QStringLiteral("openExisting_0"));
    QVERIFY(open);
    QTest::mouseClick(open, Qt::LeftButton);
    QTRY_VERIFY(dialog.findChild<ApplicationDetailsDialog *>() != nullptr);
}

void TestDeskSyncUi::detailsAskTheServerWhyNotYet()
{
    // Issue 12 item 3: a parent asks why another child got a place. The desk asks the queue
    // server (GET /api/v1/explain) and shows each place given to a child behind this one, with
    // the kindergarten's name and the reason in words.
    auto store = Database::open(m_dir.filePath(QStringLiteral("why.sqlite")));
    QVERIFY(store);
    const Expected<RegisteredApplication> registered = registerOne(*store, 2);
    QVERIFY(registered);
    const QString id = registered->application.id;

    // Not connected to a server: nothing to ask.
    {
        ApplicationDetailsDialog offline(*store, id, 3);
        QVERIFY(!offline.whyButton());
    }

    QVERIFY(KindergartenStore(*store).upsert(Kindergarten{QStringLiteral("org-7"), QStringLiteral("№7 «Айгөлек» балабақшасы"),
                                                         QStringLiteral("Детский сад №7 «Айгөлек»"), {}, {}}));
    ExplainServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QVERIFY(SyncSettings::save(*store, SyncConnection{QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())),
                                                      QStringLiteral("desk-token")}));
    server.body = QJsonDocument(QJsonObject{
                                    {QStringLiteral("application_id"), id},
                                    {QStringLiteral("status"), QStringLiteral("queued")},
                                    {QStringLiteral("listed_limit"), 100},
                                    {QStringLiteral("passed_over"),
                                     QJsonArray{QJsonObject{{QStringLiteral("direction_number"), QStringLiteral("2026-000014")},
                                                            {QStringLiteral("reason"), QStringLiteral("language")},
                                                            {QStringLiteral("decided_at"), QStringLiteral("2026-11-12T05:00:00.000Z")},
                                                            {QStringLiteral("position"), 7},
                                                            {QStringLiteral("place"),
                                                             QJsonObject{{QStringLiteral("kindergarten_id"), QStringLiteral("org-7")},
                                                                         {QStringLiteral("group_name"), QStringLiteral("Ортаңғы топ")},
                                                                         {QStringLiteral("birth_from"), QStringLiteral("2022-01-01")},
                                                                         {QStringLiteral("birth_to"), QStringLiteral("2022-12-31")}}}}}},
                                })
                      .toJson(QJsonDocument::Compact);
    ApplicationDetailsDialog dialog(*store, id, 3);
    dialog.show();
    QVERIFY(dialog.whyButton());
    QTest::mouseClick(dialog.whyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.whyLabel()->text().contains(QStringLiteral("2026-000014")), 10000);
    const QString text = dialog.whyLabel()->text();
    QVERIFY2(text.contains(QStringLiteral("number 7")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("wants another language")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("«Айгөлек»")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("12.11.2026")), qPrintable(text));
    QVERIFY(server.lastRequest.startsWith(QByteArray("GET /api/v1/explain?application=" + id.toUtf8())));
    QVERIFY(server.lastRequest.contains("Authorization: Bearer desk-token"));

    // The answer on paper for the parent, in the language chosen, saved as PDF and read back; each
    // saving is in the audit with the reader (DESIGN 9).
    DeskDialogs::Testing::setEnabled(true);
    dialog.recordViewedBy(QStringLiteral("Әсем Серікқызы"));
    QVERIFY(dialog.saveWhyButton() && dialog.saveWhyButton()->isVisible());
    QVERIFY(dialog.printWhyButton()->isVisible());
    auto pdfText = [](const QString &path) {
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        pdftotext.waitForFinished(60000);
        return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    };
    const struct
    {
        int index;
        QString file;
        QStringList expected;
    } papers[] = {
        {1, m_dir.filePath(QStringLiteral("why-ru.pdf")),
         {QStringLiteral("Справка о местах, предоставленных детям, стоящим в очереди позже"), QStringLiteral("2026-000014"),
          QStringLiteral("Детский сад №7 «Айгөлек»"), QStringLiteral("«Ортаңғы топ» (01.01.2022 – 31.12.2022)"),
          QStringLiteral("в заявлении выбран другой язык воспитания и обучения"), QStringLiteral("Выдал(а): Әсем Серікқызы"),
          QStringLiteral("12.11.2026")}},
        {0, m_dir.filePath(QStringLiteral("why-kk.pdf")),
         {QStringLiteral("Кезекте кейін тұрған балаларға берілген орындар туралы анықтама"), QStringLiteral("2026-000014"),
          QStringLiteral("№7 «Айгөлек» балабақшасы"), QStringLiteral("өтініште басқа тәрбие және оқыту тілі таңдалған"),
          QStringLiteral("Берген: Әсем Серікқызы")}},
    };
    for (const auto &paper : papers) {
        dialog.whyLanguageBox()->setCurrentIndex(paper.index);
        DeskDialogs::Testing::setNextFilePath(paper.file);
        QTest::mouseClick(dialog.saveWhyButton(), Qt::LeftButton);
        QVERIFY(QFile::exists(paper.file));
        const QString printed = pdfText(paper.file);
        if (const QString shots = qEnvironmentVariable("QABYLDAU_SCREENSHOT_DIR"); !shots.isEmpty())
            QFile::copy(paper.file, QDir(shots).filePath(QFileInfo(paper.file).fileName()));
        for (const QString &expected : paper.expected)
            QVERIFY2(printed.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + printed));
        QVERIFY2(!printed.contains(paper.index == 0 ? QStringLiteral("Детский сад №7") : QStringLiteral("балабақшасы")), qPrintable(printed));
    }
    const Expected<QList<JournalEntry>> audit = AuditTrail::between(*store, QDate::currentDate(), QDate::currentDate());
    QVERIFY(audit);
    int audited = 0;
    for (const JournalEntry &entry : *audit)
        if (entry.event == Events::documentPrinted()
            && entry.payload.value(QStringLiteral("document")).toString() == AuditTrail::Documents::explanation()) {
            QCOMPARE(entry.actor, QStringLiteral("Әсем Серікқызы"));
            QCOMPARE(entry.entityId, id);
            ++audited;
        }
    QCOMPARE(audited, 2);
    QVERIFY2(DeskDialogs::Testing::shown().filter(QStringLiteral("warning")).isEmpty(), qPrintable(DeskDialogs::Testing::shown().join(u'\n')));
    DeskDialogs::Testing::setEnabled(false);

    // With QABYLDAU_SCREENSHOT_DIR: the answer as a clerk reads it, in Kazakh and Russian.
    if (const QString shots = qEnvironmentVariable("QABYLDAU_SCREENSHOT_DIR"); !shots.isEmpty()) {
        Translations translations;
        for (const QString &code : {QStringLiteral("kk"), QStringLiteral("ru")}) {
            QVERIFY(translations.install(Translations::fromCode(code)));
            QLocale::setDefault(Translations::locale(Translations::fromCode(code)));
            ApplicationDetailsDialog shown(*store, id, 3);
            shown.resize(900, 760);
            shown.show();
            QTest::mouseClick(shown.whyButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(shown.whyLabel()->text().contains(QStringLiteral("2026-000014")), 10000);
            QVERIFY(shown.grab().save(QDir(shots).filePath(QStringLiteral("why-not-yet-") + code + QStringLiteral(".png"))));
        }
        translations.install(QLocale::English);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // Not registered there yet: said so, in the error tone.
    server.status = 404;
    server.body = R"({"error":"not_found","message":"no application"})";
    QTest::mouseClick(dialog.whyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.whyLabel()->text().contains(QStringLiteral("sync first")), 10000);
}

void TestDeskSyncUi::detailsShowTheMessagesToTheParent()
{
    // Issue 12 item 5: a parent says no SMS came. The desk asks the queue server
    // (GET /api/v1/notifications, the answer's shape as tst_server_notify reads it from the real
    // server) and shows each message: when, which stage, how, to whom, and whether it arrived.
    auto store = Database::open(m_dir.filePath(QStringLiteral("messages.sqlite")));
    QVERIFY(store);
    const Expected<RegisteredApplication> registered = registerOne(*store, 3);
    QVERIFY(registered);
    const QString id = registered->application.id;
    {
        ApplicationDetailsDialog offline(*store, id, 1);
        QVERIFY(!offline.messagesButton());
    }

    ExplainServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QVERIFY(SyncSettings::save(*store, SyncConnection{QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())),
                                                      QStringLiteral("desk-token")}));
    const auto message = [](int number, const QString &event, const QString &channel, const QString &to, const QString &state,
                            int attempts, const QJsonValue &sentAt, const QJsonValue &nextAt, const QString &error) {
        return QJsonObject{{QStringLiteral("id"), number},         {QStringLiteral("event"), event},
                           {QStringLiteral("channel"), channel},   {QStringLiteral("recipient"), to},
                           {QStringLiteral("language"), QStringLiteral("kk")}, {QStringLiteral("state"), state},
                           {QStringLiteral("attempts"), attempts}, {QStringLiteral("created_at"), QStringLiteral("2026-12-01T04:10:00.000Z")},
                           {QStringLiteral("sent_at"), sentAt},    {QStringLiteral("next_attempt_at"), nextAt},
                           {QStringLiteral("last_error"), error}};
    };
    server.body = QJsonDocument(QJsonObject{
                                    {QStringLiteral("application_id"), id},
                                    {QStringLiteral("listed_limit"), 200},
                                    {QStringLiteral("messages"),
                                     QJsonArray{message(1, QStringLiteral("registered"), QStringLiteral("email"), QStringLiteral("ata-ana@example.kz"),
                                                        QStringLiteral("sent"), 1, QStringLiteral("2026-12-01T04:10:02.000Z"), QJsonValue(), QString()),
                                                message(2, QStringLiteral("direction_issued"), QStringLiteral("sms"), QStringLiteral("+77012345678"),
                                                        QStringLiteral("pending"), 2, QJsonValue(), QStringLiteral("2026-12-01T04:30:00.000Z"),
                                                        QStringLiteral("gateway answered HTTP 503")),
                                                message(3, QStringLiteral("refused"), QStringLiteral("sms"), QStringLiteral("+77012345678"),
                                                        QStringLiteral("failed"), 8, QJsonValue(), QJsonValue(), QStringLiteral("no route to host"))}},
                                })
                      .toJson(QJsonDocument::Compact);
    ApplicationDetailsDialog dialog(*store, id, 1);
    dialog.resize(900, 900);
    dialog.show();
    QVERIFY(dialog.messagesButton());
    QVERIFY(!dialog.messagesTable()->isVisible());
    QTest::mouseClick(dialog.messagesButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.messagesTable()->isVisible(), 10000);
    QVERIFY(server.lastRequest.startsWith(QByteArray("GET /api/v1/notifications?application=" + id.toUtf8())));
    QVERIFY(server.lastRequest.contains("Authorization: Bearer desk-token"));
    QTableWidget *table = dialog.messagesTable();
    QCOMPARE(table->rowCount(), 3);
    const auto cell = [table](int row, int column) { return table->item(row, column)->text(); };
    QVERIFY2(cell(0, 0).startsWith(QStringLiteral("01.12.2026 ")), qPrintable(cell(0, 0)));
    QCOMPARE(cell(0, 1), QStringLiteral("Application registered"));
    QCOMPARE(cell(0, 2), QStringLiteral("E-mail"));
    QCOMPARE(cell(0, 3), QStringLiteral("ata-ana@example.kz"));
    QVERIFY2(cell(0, 4).startsWith(QStringLiteral("Delivered 01.12.2026 ")), qPrintable(cell(0, 4)));
    QCOMPARE(cell(1, 1), QStringLiteral("Direction issued"));
    QCOMPARE(cell(1, 2), QStringLiteral("SMS"));
    QVERIFY2(cell(1, 4).startsWith(QStringLiteral("Waiting: attempt 2 failed (gateway answered HTTP 503); next attempt 01.12.2026 ")),
             qPrintable(cell(1, 4)));
    QCOMPARE(cell(2, 4), QStringLiteral("Not delivered: no attempts left; the last one failed: no route to host"));
    QCOMPARE(table->item(2, 4)->foreground().color(), DeskStyle::color(DeskStyle::Tone::Error));

    // With QABYLDAU_SCREENSHOT_DIR: the messages as a clerk reads them, in Kazakh and Russian.
    if (const QString shots = qEnvironmentVariable("QABYLDAU_SCREENSHOT_DIR"); !shots.isEmpty()) {
        Translations translations;
        for (const QString &code : {QStringLiteral("kk"), QStringLiteral("ru")}) {
            QVERIFY(translations.install(Translations::fromCode(code)));
            QLocale::setDefault(Translations::locale(Translations::fromCode(code)));
            ApplicationDetailsDialog shown(*store, id, 1);
            shown.resize(1000, 900);
            shown.show();
            QTest::mouseClick(shown.messagesButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(shown.messagesTable()->isVisible(), 10000);
            QVERIFY(shown.grab().save(QDir(shots).filePath(QStringLiteral("messages-to-parent-") + code + QStringLiteral(".png"))));
        }
        translations.install(QLocale::English);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // None yet: said so, the table hidden.
    server.body = QJsonDocument(QJsonObject{{QStringLiteral("application_id"), id}, {QStringLiteral("listed_limit"), 200},
                                            {QStringLiteral("messages"), QJsonArray{}}})
                      .toJson(QJsonDocument::Compact);
    QTest::mouseClick(dialog.messagesButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.messagesLabel()->text().contains(QStringLiteral("no message")), 10000);
    QVERIFY(!dialog.messagesTable()->isVisible());

    // Not registered there yet: said so, in the error tone.
    server.status = 404;
    server.body = R"({"code":"not_found","message":"no application"})";
    QTest::mouseClick(dialog.messagesButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.messagesLabel()->text().contains(QStringLiteral("sync first")), 10000);
    QVERIFY(!dialog.messagesTable()->isVisible());

    // A broken answer is not shown as messages.
    server.status = 200;
    server.body = R"({"messages":[{"state":"lost"}]})";
    QTest::mouseClick(dialog.messagesButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.messagesLabel()->text().contains(QStringLiteral("could not be asked")), 10000);
}

void TestDeskSyncUi::connectionValidatesTheAddress()
{
    auto store = Database::open(m_dir.filePath(QStringLiteral("validate.sqlite")));
    QVERIFY(store);
    ConnectionSection section(*store);
    section.show();
    const auto url = section.findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"));
    const auto error = section.findChild<QLabel *>(QStringLiteral("serverUrlError"));
    const auto save = section.findChild<QPushButton *>(QStringLiteral("saveConnectionButton"));
    url->setText(QStringLiteral("ftp://queue.example.kz"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("http://")));
    QVERIFY(!save->isEnabled());
    url->setText(QStringLiteral("https://queue.example.kz:8443"));
    QVERIFY(!error->isVisible());
    QVERIFY(save->isEnabled());
    const auto token = section.findChild<QLineEdit *>(QStringLiteral("deskTokenEdit"));
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    section.findChild<QCheckBox *>(QStringLiteral("showTokenCheck"))->setChecked(true);
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
}

void TestDeskSyncUi::connectionSavesAndChecksABadToken()
{
    WrongTokenServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString path = m_dir.filePath(QStringLiteral("connection.sqlite"));
    auto store = Database::open(path);
    QVERIFY(store);
    ConnectionSection section(*store);
    section.show();
    const QString address = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
    section.findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"))->setText(address);
    section.findChild<QLineEdit *>(QStringLiteral("deskTokenEdit"))->setText(QStringLiteral("not-a-token"));
    QSignalSpy saved(&section, &ConnectionSection::saved);
    QTest::mouseClick(section.findChild<QPushButton *>(QStringLiteral("saveConnectionButton")), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    const Expected<SyncConnection> loaded = SyncSettings::load(*store);
    QVERIFY(loaded);
    QCOMPARE(loaded->server, QUrl(address));
    QCOMPARE(loaded->token, QStringLiteral("not-a-token"));
    // The token file is the owner's only.
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                      | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFile::permissions(SyncSettings::tokenPath(path)) & others, QFile::Permissions());

    QSignalSpy checked(&section, &ConnectionSection::checkFinished);
    const auto check = section.findChild<QPushButton *>(QStringLiteral("checkConnectionButton"));
    QTest::mouseClick(check, Qt::LeftButton);
    // Off the GUI thread: the button waits, the window does not.
    QVERIFY(section.isChecking());
    QVERIFY(!check->isEnabled());
    QVERIFY(checked.wait(20000));
    const SyncError error = checked.at(0).at(0).value<SyncError>();
    QCOMPARE(error.kind, SyncError::Kind::Unauthorized);
    const auto result = section.findChild<QLabel *>(QStringLiteral("checkResultLabel"));
    QCOMPARE(result->text(), error.message());
    QVERIFY(check->isEnabled());

    // Nobody there: said in words too.
    section.findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"))->setText(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(checked.wait(20000));
    QCOMPARE(checked.at(1).at(0).value<SyncError>().kind, SyncError::Kind::NoRoute);
    const SyncError noRoute{SyncError::Kind::NoRoute, {}};
    QCOMPARE(result->text(), noRoute.message());
}

void TestDeskSyncUi::syncThreadReportsOfflineAndStopsCleanly()
{
    WrongTokenServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString path = m_dir.filePath(QStringLiteral("thread.sqlite"));
    auto store = Database::open(path);
    QVERIFY(store);
    SyncThread thread(path);
    QList<SyncStatus> statuses;
    connect(&thread, &SyncThread::statusChanged, this, [&](const SyncStatus &status) { statuses.append(status); });
    SyncOptions options;
    options.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    options.token = QStringLiteral("not-a-token");
    thread.start(options);
    QVERIFY(thread.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!statuses.isEmpty() && statuses.last().state == SyncStatus::State::Offline
                                 && statuses.last().error.kind == SyncError::Kind::Unauthorized,
                             20000);
    // Restarted with other options (a saved connection), then stopped while it waits to retry.
    thread.start(options);
    QVERIFY(thread.isRunning());
    thread.poke();
    thread.stop();
    QVERIFY(!thread.isRunning());
    // An incomplete connection leaves it stopped.
    thread.start({});
    QVERIFY(!thread.isRunning());
}

// The desk as scripts/run.sh starts it: a real qabyldau-server with a demo region, the desk's
// connection saved from --server / --token-file, the engine on its thread: the status bar goes
// online with the last sync time, and offline in words when the server goes away. With
// QABYLDAU_SCREENSHOT_DIR set it also writes the README's screenshots of the status bar.
void TestDeskSyncUi::onlineAfterASyncWithARealServer()
{
#ifndef QABYLDAU_SERVER_PATH
    QSKIP("qabyldau-server is not built");
#else
    const QString serverPath = QStringLiteral(QABYLDAU_SERVER_PATH);
    const QString db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("region.sqlite"));
    const QString tokens = m_dir.filePath(QStringLiteral("tokens.tsv"));
    const QString shots = qEnvironmentVariable("QABYLDAU_SCREENSHOT_DIR");
    QProcess demo;
    demo.start(serverPath, {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--applications"),
                            shots.isEmpty() ? QStringLiteral("200") : QStringLiteral("1500"), QStringLiteral("--registered"), QStringLiteral("--tokens-file"), tokens});
    QVERIFY(demo.waitForFinished(120000));
    QCOMPARE(demo.exitCode(), 0);
    QFile tokenLines(tokens);
    QVERIFY(tokenLines.open(QIODevice::ReadOnly));
    const QString token = QString::fromUtf8(tokenLines.readLine()).trimmed().split(QLatin1Char('\t')).value(2);
    QVERIFY(!token.isEmpty());
    const QString tokenFile = m_dir.filePath(QStringLiteral("desk.token"));
    QFile out(tokenFile);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(token.toUtf8());
    out.close();

    QProcess serve;
    serve.start(serverPath, {QStringLiteral("--db"), db, QStringLiteral("serve"), QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:0")});
    const auto stopServer = qScopeGuard([&] {
        serve.terminate();
        serve.waitForFinished(10000);
    });
    QString address;
    QTRY_VERIFY_WITH_TIMEOUT((address = QString::fromUtf8(serve.peek(4096)).section(QLatin1Char(' '), 2, 2)).contains(QLatin1Char(':')),
                             30000);

    DeskApplication::setIdentity();
    QSettings().clear();
    DeskApplication desk;
    DeskOptions options;
    options.storePath = m_dir.filePath(QStringLiteral("desk-online.sqlite"));
    options.language = QLocale::English;
    options.server = QStringLiteral("http://") + address;
    options.tokenFile = tokenFile;
    options.user = GuiTestHelpers::testUser();
    QVERIFY(desk.open(options));
    MainWindow *window = desk.mainWindow();
    window->resize(1280, 720);
    window->show();
    SyncStatusBar *bar = window->syncStatusBar();
    const auto state = bar->findChild<QLabel *>(QStringLiteral("syncStateLabel"));
    const auto detail = bar->findChild<QLabel *>(QStringLiteral("syncDetailLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(state->text(), QStringLiteral("Online"), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(detail->text().contains(QStringLiteral("last sync ")), 30000);

    const auto shoot = [&](const QString &name) {
        if (shots.isEmpty())
            return;
        for (const QString &code : {QStringLiteral("kk"), QStringLiteral("ru")}) {
            desk.languages()->choose(Translations::fromCode(code));
            // The status bar lays its labels out again once their new words are measured.
            QTest::qWait(200);
            QVERIFY(window->grab().save(QDir(shots).filePath(name + QLatin1Char('-') + code + QStringLiteral(".png"))));
        }
        desk.languages()->choose(QLocale::English);
    };
    shoot(QStringLiteral("sync-online"));

    // A demo region made with --registered, as run.sh makes it: the kindergarten's own share of the
    // queue came down with names, so its Application list is not empty. With shots, the README's
    // main window at 1280x800 on the queue and on that list.
    window->resize(1280, 800);
    for (const DeskArea area : {DeskArea::Queue, DeskArea::ApplicationList}) {
        window->showArea(area);
        if (area == DeskArea::Queue && !shots.isEmpty()) {
            // A birth year with a full page of children, some of them this kindergarten's.
            auto year = window->page(area)->findChild<QComboBox *>(QStringLiteral("yearCombo"));
            QVERIFY(year);
            year->setCurrentIndex(year->findText(QString::number(QDate::currentDate().year() - 3)));
        }
        auto table = window->page(area)->findChild<QTableView *>(area == DeskArea::Queue ? QStringLiteral("queueTable")
                                                                                        : QStringLiteral("applicationsTable"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->isVisible() && table->model()->rowCount() > 0, 30000);
        shoot(area == DeskArea::Queue ? QStringLiteral("main-window") : QStringLiteral("application-list"));
    }
    window->showArea(DeskArea::Queue);
    window->resize(1280, 720);

    // The README's syncing picture (readmeSyncing).
    if (!shots.isEmpty()) {
        bar->showStatus(readmeSyncing());
        shoot(QStringLiteral("sync-syncing"));
        RejectedCommand duplicate;
        duplicate.type = QStringLiteral("register_application");
        duplicate.createdAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        duplicate.clerk = QStringLiteral("aigerim");
        duplicate.code = QStringLiteral("duplicate_child");
        duplicate.details = QJsonObject{{QStringLiteral("queue_number"), 17}};
        for (const QString &code : {QStringLiteral("kk"), QStringLiteral("ru")}) {
            desk.languages()->choose(Translations::fromCode(code));
            NeedsAttentionDialog dialog(nullptr, {duplicate});
            dialog.show();
            QCoreApplication::processEvents();
            QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("needs-attention-") + code + QStringLiteral(".png"))));
        }
        desk.languages()->choose(QLocale::English);
    }

    // The server goes away: offline, and why in words.
    serve.terminate();
    QVERIFY(serve.waitForFinished(10000));
    QTRY_COMPARE_WITH_TIMEOUT(state->text(), QStringLiteral("Offline"), 60000);
    QVERIFY2(!state->toolTip().isEmpty(), "the reason is given");
    shoot(QStringLiteral("sync-offline"));
#endif
}

void TestDeskSyncUi::syncingDetailIsNeverCut_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("kk") << QStringLiteral("kk");
    QTest::newRow("ru") << QStringLiteral("ru");
}

// The README's picture of a long first download at 1280 px: the detail read "1 000 000 ішінен
// 412 000 алынды, шамамен 5 мин қалды · 3 команда кезекте · әлі синхрондалмаған" and the status
// bar cut it mid-word ("…әлі синхрондал", Russian "3 команды ожидают отп"). The same window and
// status (the desk's store named as in the picture): "never synced" is left out beside the
// progress, and the label draws no more than its width: the whole text, or a cut one ending in
// "…", the whole text in its tooltip (the error under it) and its accessible name.
void TestDeskSyncUi::syncingDetailIsNeverCut()
{
    QFETCH(QString, code);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DeskApplication::setIdentity();
    QSettings().clear();
    DeskApplication desk;
    DeskOptions options;
    options.storePath = dir.filePath(QStringLiteral("desk-online.sqlite"));
    options.language = Translations::fromCode(code);
    options.user = GuiTestHelpers::testUser();
    QVERIFY(desk.open(options));
    const auto english = qScopeGuard([&desk] {
        desk.languages()->apply(QLocale::English);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    });
    MainWindow *window = desk.mainWindow();
    window->resize(1280, 720);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    SyncStatusBar *bar = window->syncStatusBar();
    const auto detail = bar->findChild<ElidedLabel *>(QStringLiteral("syncDetailLabel"));
    const auto progress = bar->findChild<QProgressBar *>(QStringLiteral("syncProgress"));
    QVERIFY(detail && progress);
    const QString never = QCoreApplication::translate("SyncStatusBar", "never synced");
    QVERIFY(never != QStringLiteral("never synced"));

    const auto check = [&](const QString &where, const QString &error) {
        // The status bar lays its labels out again once their new words are measured.
        QTest::qWait(50);
        const QString full = detail->text();
        const QString shown = detail->shownText();
        const int drawn = detail->fontMetrics().horizontalAdvance(shown);
        QVERIFY2(drawn <= detail->contentsRect().width(),
                 qPrintable(QStringLiteral("%1: \"%2\" takes %3 px, the label has %4")
                                .arg(where, shown).arg(drawn).arg(detail->contentsRect().width())));
        // The whole text, or whole words and "…": never a word clipped.
        if (shown != full) {
            QVERIFY2(shown.endsWith(QChar(0x2026)), qPrintable(where + QStringLiteral(": ") + shown));
            const QString words = shown.chopped(1);
            QVERIFY2(full.startsWith(words) && !full.at(words.size()).isLetterOrNumber(),
                     qPrintable(where + QStringLiteral(": ") + shown));
        }
        QVERIFY2(progress->isVisible(), qPrintable(where));
        QVERIFY2(!full.contains(never), qPrintable(where + QStringLiteral(": ") + full));
        QCOMPARE(detail->toolTip(), error.isEmpty() ? full : full + QLatin1Char('\n') + error);
        QCOMPARE(detail->accessibleName(), full);
    };

    // As the README's picture: never synced before, three commands waiting.
    SyncStatus syncing = readmeSyncing();
    bar->showStatus(syncing);
    check(QStringLiteral("1280, never synced"), QString());
    // Synced before (the time of the last sync stays), the last attempt's error kept in the tooltip.
    syncing.summary.lastSuccess = QDateTime::currentDateTimeUtc().addSecs(-600);
    syncing.summary.lastError = QStringLiteral("The queue server did not answer in time.");
    bar->showStatus(syncing);
    QVERIFY2(detail->text().contains(QCoreApplication::translate("SyncStatusBar", "last sync %1").section(QLatin1Char(' '), 0, 0)),
             qPrintable(detail->text()));
    check(QStringLiteral("1280, synced before"), syncing.summary.lastError);
    // A narrower window: the detail gives up room, cut with "…".
    window->resize(1024, 720);
    check(QStringLiteral("1024, synced before"), syncing.summary.lastError);
}

QTEST_MAIN(TestDeskSyncUi)
#include "tst_desksyncui.moc"
