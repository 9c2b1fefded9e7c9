// Issue 14 item 4: a desk's history rewritten whole (every hash recomputed, so the chain alone
// looks intact) is found through the journal head the queue server recorded: locally by
// RowSeal::verify (the head the server acknowledged), and at the next upload by the server
// (409 journal_rewritten). Against a real qabyldau-server process.
#include "DeskSyncHelpers.h"

#include "store/Journal.h"
#include "store/RowSeal.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ServerTest;
using namespace DeskTest;

namespace {

// As someone with the file: entry 1's actor changed, and every hash after it recomputed. With
// forgeAcknowledged, the acknowledged head the desk keeps is rewritten to match as well.
QString rewriteChain(const QString &path, bool forgeAcknowledged)
{
    const QString name = QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        QList<JournalEntry> entries;
        if (!query.exec(QStringLiteral("SELECT seq, at, actor, event, entity, entity_id, payload FROM journal ORDER BY seq")))
            return query.lastError().text();
        while (query.next()) {
            JournalEntry e;
            e.seq = query.value(0).toLongLong();
            e.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
            e.actor = query.value(2).toString();
            e.event = query.value(3).toString();
            e.entity = query.value(4).toString();
            e.entityId = query.value(5).toString();
            e.payload = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
            entries.append(e);
        }
        query.finish();
        if (!query.exec(QStringLiteral("DROP TRIGGER journal_no_update")))
            return query.lastError().text();
        QString previous = Journal::genesisHash();
        for (JournalEntry &e : entries) {
            if (e.seq == 1)
                e.actor = QStringLiteral("someone else");
            e.prevHash = previous;
            e.hash = Journal::computeHash(e);
            previous = e.hash;
            QSqlQuery update(db);
            update.prepare(QStringLiteral("UPDATE journal SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?"));
            update.addBindValue(e.actor);
            update.addBindValue(e.prevHash);
            update.addBindValue(e.hash);
            update.addBindValue(e.seq);
            if (!update.exec()) {
                error = update.lastError().text();
                break;
            }
            if (forgeAcknowledged) {
                QSqlQuery forge(db);
                forge.prepare(QStringLiteral("UPDATE sync_state SET value = ? WHERE key = ? AND value LIKE ?"));
                forge.addBindValue(QStringLiteral("%1 %2").arg(e.seq).arg(e.hash));
                forge.addBindValue(RowSeal::acknowledgedHeadKey());
                forge.addBindValue(QStringLiteral("%1 %").arg(e.seq));
                if (!forge.exec()) {
                    error = forge.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

bool forgetAcknowledged(const Desk &desk)
{
    QSqlQuery query(desk.database()->connection());
    return query.exec(QStringLiteral("DELETE FROM sync_state WHERE key = '%1'").arg(RowSeal::acknowledgedHeadKey()));
}

RowSeal::StoreVerification verify(const Desk &desk)
{
    return RowSeal::verify(desk.database()->connection()).valueOr(RowSeal::StoreVerification{});
}

} // namespace

class TestDeskSyncTamper : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<Server>();
        QVERIFY2(m_server->setupError().isEmpty(), qPrintable(m_server->setupError()));
        QVERIFY(m_server->init());
        const QString org = m_server->addOrg(1);
        QVERIFY(!org.isEmpty());
        m_token = m_server->addDesk(org);
        QVERIFY(!m_token.isEmpty());
        QVERIFY2(m_server->start(), qPrintable(m_server->startError()));
    }

    void cleanup() { m_server.reset(); }

    // No false alarm: a desk that keeps its history syncs on, also when it lost the server's
    // acknowledgement (the server asks for its hash at the recorded entry, and it matches).
    void intactHistorySyncs()
    {
        auto desk = newDesk();
        for (int round = 0; round < 3; ++round) {
            QVERIFY(desk->registerApplication(m_applications.next()));
            if (round == 2)
                QVERIFY(forgetAcknowledged(*desk));
            const SyncReport report = desk->sync();
            QVERIFY2(report.error.ok(), qPrintable(report.error.code() + u' ' + report.error.detail));
            QCOMPARE(report.applied, 1);
            const RowSeal::StoreVerification checked = verify(*desk);
            QVERIFY2(checked.ok(), qPrintable(checked.lines().join(u'\n')));
        }
    }

    // The chain rewritten whole: found at the desk through the acknowledged head it keeps.
    void rewrittenChainFoundLocally()
    {
        auto desk = newDesk();
        QVERIFY(desk->registerApplication(m_applications.next()));
        QVERIFY(desk->sync().error.ok());
        QVERIFY(verify(*desk).ok());

        QCOMPARE(rewriteChain(desk->database()->connection().databaseName(), false), QString());
        const RowSeal::StoreVerification checked = verify(*desk);
        QVERIFY(checked.journal.ok()); // consistent: the chain alone cannot tell
        QVERIFY(checked.acknowledgedSeqLost > 0);
        QVERIFY(!checked.ok());
        QVERIFY2(checked.lines().join(u'\n').contains(QStringLiteral("history was rewritten")),
                 qPrintable(checked.lines().join(u'\n')));
    }

    // ...and, when the acknowledged head was forged or removed as well, by the server at the next
    // upload, which refuses the batch and journals the contradiction.
    void rewrittenChainRefusedByTheServer_data()
    {
        QTest::addColumn<bool>("forge");
        QTest::newRow("acknowledged head forged") << true;
        QTest::newRow("acknowledged head removed") << false;
    }

    void rewrittenChainRefusedByTheServer()
    {
        QFETCH(bool, forge);
        auto desk = newDesk();
        QVERIFY(desk->registerApplication(m_applications.next()));
        QVERIFY(desk->sync().error.ok());

        QCOMPARE(rewriteChain(desk->database()->connection().databaseName(), forge), QString());
        if (!forge)
            QVERIFY(forgetAcknowledged(*desk));
        QVERIFY2(verify(*desk).ok(), "a thorough rewrite passes the desk's own check");

        QVERIFY(desk->registerApplication(m_applications.next()));
        const SyncReport report = desk->sync();
        QVERIFY(!report.error.ok());
        QVERIFY2(report.error.detail.contains(QStringLiteral("journal_rewritten")), qPrintable(report.error.detail));
        QCOMPARE(report.applied, 0);
        const ServerTest::Run journal = m_server->cli({QStringLiteral("journal"), QStringLiteral("verify")});
        QCOMPARE(journal.exitCode, 0);
    }

private:
    std::unique_ptr<Desk> newDesk()
    {
        const QString path = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".sqlite"));
        return std::make_unique<Desk>(path, m_server->port(), m_token);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_server;
    QString m_token;
    Applications m_applications{23};
};

QTEST_GUILESS_MAIN(TestDeskSyncTamper)
#include "tst_desksync_tamper.moc"
