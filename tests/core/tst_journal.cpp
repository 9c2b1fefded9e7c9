#include "store/ApplicationImport.h"
#include "store/CanonicalJson.h"
#include "store/CommandTypes.h"
#include "store/Database.h"
#include "store/Events.h"
#include "store/Journal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

namespace {

QJsonValue parse(const QByteArray &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text);
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

const QDateTime firstMoment(QDate(2024, 5, 2), QTime(4, 0), Qt::UTC);

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql);
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void canonicalJson_data();
    void canonicalJson();
    void canonicalHashMatchesReferenceVector();

    void emptyJournalIsIntact();
    void appendChainsEntries();
    void appendStoresWhatItHashed();
    void rolledBackAppendLeavesNoEntry();
    void entriesCannotBeChangedThroughSql();
    void entriesForOneEntity();
    void namesAreTheStoredOnes();

    void verifyDetectsTampering_data();
    void verifyDetectsTampering();
    void verifyDetectsRewrittenEntry();

private:
    // Appends count entries, each in its own transaction as a store operation would.
    void appendEntries(int count);

    std::shared_ptr<Database> m_database;
};

void TestJournal::init()
{
    auto database = Database::open(QStringLiteral(":memory:"));
    QVERIFY(database);
    m_database = std::move(database).value();
}

void TestJournal::cleanup()
{
    m_database.reset();
}

void TestJournal::appendEntries(int count)
{
    QSqlDatabase db = m_database->connection();
    for (int i = 0; i < count; ++i) {
        QVERIFY(db.transaction());
        const auto entry = Journal::append(db, QStringLiteral("application_registered"),
                                           QStringLiteral("application"), QStringLiteral("app-%1").arg(i),
                                           QJsonObject{{QStringLiteral("n"), i}}, QStringLiteral("clerk"),
                                           firstMoment.addSecs(60 * i));
        QVERIFY2(entry, entry ? "" : qPrintable(entry.error().message()));
        QVERIFY(db.commit());
    }
}

void TestJournal::canonicalJson_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("keys sorted") << QByteArray(R"({"b":1,"a":2,"c":3})") << QByteArray(R"({"a":2,"b":1,"c":3})");
    QTest::newRow("whitespace removed") << QByteArray("{ \"a\" : [ 1 , 2 ] ,\n \"b\" : { } }")
                                        << QByteArray(R"({"a":[1,2],"b":{}})");
    QTest::newRow("nested objects sorted, arrays keep order")
        << QByteArray(R"({"z":{"y":[3,{"b":false,"a":null}],"x":"1"},"a":[]})")
        << QByteArray(R"({"a":[],"z":{"x":"1","y":[3,{"a":null,"b":false}]}})");
    QTest::newRow("upper case before lower case") << QByteArray(R"({"b":1,"B":2,"a":3})")
                                                  << QByteArray(R"({"B":2,"a":3,"b":1})");
    QTest::newRow("a prefix sorts first") << QByteArray(R"({"event":3,"entity_id":1,"entity":2})")
                                          << QByteArray(R"({"entity":2,"entity_id":1,"event":3})");
    QTest::newRow("kazakh letters stay UTF-8")
        << QByteArray(R"({"ә":"ңөұүһі","аты":"Әлия Ғабитқызы"})")
        << QByteArray(R"({"аты":"Әлия Ғабитқызы","ә":"ңөұүһі"})");
    QTest::newRow("escaped characters")
        << QByteArray(R"({"s":"quote \" backslash \\ line \n tab \t bell \u0007 slash \/ \u00e9"})")
        << QByteArray(R"({"s":"quote \" backslash \\ line \n tab \t bell \u0007 slash / é"})");
    // RFC 8785 order: UTF-16 code units, so U+1F600 (D83D DE00) sorts before U+FF5A.
    QTest::newRow("keys outside the BMP by UTF-16 code units") << QByteArray(R"({"ｚ":1,"😀":2})")
                                                               << QByteArray(R"({"😀":2,"ｚ":1})");
    QTest::newRow("numbers")
        << QByteArray(R"({"i":42,"n":-7,"f":1.5,"big":1152921504606846976,"e":1e20,"z":0.1,"w":2.0})")
        << QByteArray(R"({"big":1152921504606846976,"e":1e+20,"f":1.5,"i":42,"n":-7,"w":2,"z":0.1})");
    QTest::newRow("top-level array") << QByteArray("[true, false, null, \"x\"]")
                                     << QByteArray(R"([true,false,null,"x"])");
}

void TestJournal::canonicalJson()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const QJsonValue value = parse(input);
    QVERIFY(!value.isUndefined());
    QCOMPARE(CanonicalJson::encode(value), expected);
    // Canonical text is a fixed point: whoever reads and re-encodes it gets the same bytes.
    QCOMPARE(CanonicalJson::encode(parse(expected)), expected);
}

void TestJournal::canonicalHashMatchesReferenceVector()
{
    // Reference computed outside Qabyldau: SHA-256 of the UTF-8 text
    // {"actor":"clerk1","at":"2024-05-02T04:00:00.000Z","entity":"application","entity_id":"abc",
    //  "event":"application_registered","payload":{"category":7,"name":"Әлия"},
    //  "prev_hash":"000…000","seq":1}
    JournalEntry entry;
    entry.seq = 1;
    entry.at = firstMoment;
    entry.actor = QStringLiteral("clerk1");
    entry.event = QStringLiteral("application_registered");
    entry.entity = QStringLiteral("application");
    entry.entityId = QStringLiteral("abc");
    entry.payload = parse(QByteArray(R"({"name":"Әлия","category":7})")).toObject();
    entry.prevHash = Journal::genesisHash();
    QCOMPARE(Journal::computeHash(entry),
             QStringLiteral("261e44e0038fa6d79c8d617efcc76371489d0e5e4a8fc6dbd432331569991e3f"));
    // The same instant given in another time zone is the same entry.
    entry.at = firstMoment.toOffsetFromUtc(5 * 3600);
    QCOMPARE(Journal::computeHash(entry),
             QStringLiteral("261e44e0038fa6d79c8d617efcc76371489d0e5e4a8fc6dbd432331569991e3f"));
}

void TestJournal::emptyJournalIsIntact()
{
    const auto result = Journal::verify(m_database->connection());
    QVERIFY(result);
    QVERIFY(result->ok());
    QCOMPARE(result->entries, 0);
}

void TestJournal::appendChainsEntries()
{
    QSqlDatabase db = m_database->connection();
    QVERIFY(db.transaction());
    const auto first = Journal::append(db, QStringLiteral("application_registered"), QStringLiteral("application"),
                                       QStringLiteral("a1"), {}, QStringLiteral("clerk"), firstMoment);
    const auto second = Journal::append(db, QStringLiteral("category_changed"), QStringLiteral("application"),
                                        QStringLiteral("a1"), QJsonObject{{QStringLiteral("category"), 7}},
                                        QStringLiteral("clerk"), firstMoment.addSecs(60));
    QVERIFY(db.commit());
    QVERIFY(first);
    QVERIFY(second);

    QCOMPARE(first->seq, 1);
    QCOMPARE(first->prevHash, QString(64, QLatin1Char('0')));
    QCOMPARE(second->seq, 2);
    QCOMPARE(second->prevHash, first->hash);
    QCOMPARE(first->hash.size(), 64);
    QVERIFY(first->hash != second->hash);
    QCOMPARE(first->hash, Journal::computeHash(*first));

    const auto result = Journal::verify(db);
    QVERIFY(result);
    QVERIFY(result->ok());
    QCOMPARE(result->entries, 2);
    QVERIFY(result->message().contains(QLatin1String("2")));
}

void TestJournal::appendStoresWhatItHashed()
{
    appendEntries(1);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT at, actor, event, entity, entity_id, payload FROM journal")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("2024-05-02T04:00:00.000Z"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("clerk"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("application_registered"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("application"));
    QCOMPARE(query.value(4).toString(), QStringLiteral("app-0"));
    QCOMPARE(query.value(5).toString(), QStringLiteral(R"({"n":0})"));
}

void TestJournal::rolledBackAppendLeavesNoEntry()
{
    QSqlDatabase db = m_database->connection();
    QVERIFY(db.transaction());
    QVERIFY(Journal::append(db, QStringLiteral("e"), QStringLiteral("x"), QStringLiteral("1"), {},
                            QStringLiteral("clerk"), firstMoment));
    QVERIFY(db.rollback());

    const auto afterRollback = Journal::verify(db);
    QVERIFY(afterRollback && afterRollback->ok());
    QCOMPARE(afterRollback->entries, 0);

    QVERIFY(db.transaction());
    const auto entry = Journal::append(db, QStringLiteral("e"), QStringLiteral("x"), QStringLiteral("1"), {},
                                       QStringLiteral("clerk"), firstMoment);
    QVERIFY(db.commit());
    QVERIFY(entry);
    QCOMPARE(entry->seq, 1);
    QCOMPARE(entry->prevHash, Journal::genesisHash());
}

void TestJournal::entriesCannotBeChangedThroughSql()
{
    appendEntries(2);
    QSqlDatabase db = m_database->connection();
    QVERIFY(!exec(db, QStringLiteral("UPDATE journal SET actor = 'someone else' WHERE seq = 1")));
    QVERIFY(!exec(db, QStringLiteral("DELETE FROM journal WHERE seq = 2")));
    const auto result = Journal::verify(db);
    QVERIFY(result && result->ok());
    QCOMPARE(result->entries, 2);
}

void TestJournal::entriesForOneEntity()
{
    appendEntries(3);
    const auto entries = Journal::entriesFor(m_database->connection(), QStringLiteral("application"),
                                             QStringLiteral("app-1"));
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    const JournalEntry &entry = entries->first();
    QCOMPARE(entry.seq, 2);
    QCOMPARE(entry.at, firstMoment.addSecs(60));
    QCOMPARE(entry.payload, (QJsonObject{{QStringLiteral("n"), 1}}));
    QCOMPARE(entry.hash, Journal::computeHash(entry));
}

void TestJournal::verifyDetectsTampering_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<qint64>("brokenSeq");
    QTest::addColumn<JournalVerification::Fault>("fault");

    using Fault = JournalVerification::Fault;
    QTest::newRow("payload changed") << QStringLiteral(R"(UPDATE journal SET payload = '{"n":99}' WHERE seq = 3)")
                                     << qint64(3) << Fault::HashMismatch;
    QTest::newRow("actor changed") << QStringLiteral("UPDATE journal SET actor = 'someone else' WHERE seq = 3")
                                   << qint64(3) << Fault::HashMismatch;
    QTest::newRow("time changed") << QStringLiteral("UPDATE journal SET at = '2024-05-01T04:00:00.000Z' WHERE seq = 2")
                                  << qint64(2) << Fault::HashMismatch;
    QTest::newRow("hash replaced") << QStringLiteral("UPDATE journal SET hash = substr(hash, 2) || substr(hash, 1, 1)"
                                                     " WHERE seq = 5")
                                   << qint64(5) << Fault::HashMismatch;
    QTest::newRow("payload unreadable") << QStringLiteral("UPDATE journal SET payload = 'not json' WHERE seq = 4")
                                        << qint64(4) << Fault::PayloadUnreadable;
    QTest::newRow("middle entry deleted") << QStringLiteral("DELETE FROM journal WHERE seq = 3")
                                          << qint64(4) << Fault::SequenceGap;
    QTest::newRow("first entry deleted") << QStringLiteral("DELETE FROM journal WHERE seq = 1")
                                         << qint64(2) << Fault::SequenceGap;
    QTest::newRow("last entries deleted") << QStringLiteral("DELETE FROM journal WHERE seq >= 4")
                                          << qint64(4) << Fault::EntriesMissing;
    QTest::newRow("entries renumbered") << QStringLiteral("UPDATE journal SET seq = seq + 10 WHERE seq >= 3")
                                        << qint64(13) << Fault::SequenceGap;
}

void TestJournal::verifyDetectsTampering()
{
    QFETCH(QString, tamper);
    QFETCH(qint64, brokenSeq);
    QFETCH(JournalVerification::Fault, fault);

    appendEntries(5);
    QSqlDatabase db = m_database->connection();
    // Someone with the file: the append-only triggers do not stop them, verify must notice.
    QVERIFY(exec(db, QStringLiteral("DROP TRIGGER journal_no_update")));
    QVERIFY(exec(db, QStringLiteral("DROP TRIGGER journal_no_delete")));
    QSqlQuery query(db);
    QVERIFY(query.exec(tamper));
    QVERIFY(query.numRowsAffected() >= 1);

    const auto result = Journal::verify(db);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->fault, fault);
    QCOMPARE(result->firstBrokenSeq, brokenSeq);
    QVERIFY(result->message().contains(QString::number(brokenSeq)));
}

void TestJournal::verifyDetectsRewrittenEntry()
{
    // A forger who changes entry 3 and gives it a correct new hash still breaks entry 4's link.
    appendEntries(5);
    QSqlDatabase db = m_database->connection();
    QVERIFY(exec(db, QStringLiteral("DROP TRIGGER journal_no_update")));

    auto entries = Journal::entriesFor(db, QStringLiteral("application"), QStringLiteral("app-2"));
    QVERIFY(entries && entries->size() == 1);
    JournalEntry forged = entries->first();
    forged.payload = QJsonObject{{QStringLiteral("n"), 99}};
    forged.hash = Journal::computeHash(forged);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE journal SET payload = :payload, hash = :hash WHERE seq = :seq"));
    update.bindValue(QStringLiteral(":payload"), QString::fromUtf8(CanonicalJson::encode(forged.payload)));
    update.bindValue(QStringLiteral(":hash"), forged.hash);
    update.bindValue(QStringLiteral(":seq"), forged.seq);
    QVERIFY(update.exec());

    const auto result = Journal::verify(db);
    QVERIFY(result);
    QCOMPARE(result->fault, JournalVerification::Fault::PrevHashMismatch);
    QCOMPARE(result->firstBrokenSeq, 4);
}

QTEST_GUILESS_MAIN(TestJournal)
// Event codes and command types are stored, hashed and uploaded: a rename would break the chain's
// meaning and the server's dispatch. ApplicationImport keeps its own copies (its names predate
// store/Events.h): they must be the same.
void TestJournal::namesAreTheStoredOnes()
{
    QCOMPARE(Events::applicationRegistered(), QStringLiteral("application_registered"));
    QCOMPARE(Events::contractRecorded(), QStringLiteral("contract_recorded"));
    QCOMPARE(Events::refusalRecorded(), QStringLiteral("refusal_recorded"));
    QCOMPARE(CommandTypes::registerApplication(), QStringLiteral("register_application"));
    QCOMPARE(CommandTypes::recordEnrollment(), QStringLiteral("record_enrollment"));
    QCOMPARE(CommandTypes::recordRefusal(), QStringLiteral("record_refusal"));
    QCOMPARE(ApplicationImport::importedEvent(), Events::applicationsImported());
    QCOMPARE(ApplicationImport::commandType(), CommandTypes::importApplications());
    QCOMPARE(ApplicationImport::journalEntity(), JournalEntities::applicationImport());
}

#include "tst_journal.moc"
