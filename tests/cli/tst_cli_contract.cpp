// qabyldau-cli contract record (docs/cli.md): a contract recorded from the console is held to the
// same rules as the desk's dialog (RULES 12 item 2, issue 9), because the store decides; the
// command is run as a script runs it, against a store prepared through the stores' own API.
#include "ProcessTestHelpers.h"

#include "domain/Checklist.h"
#include "domain/KindergartenProfile.h"
#include "domain/WorkCalendar.h"
#include "store/Database.h"
#include "store/DirectionStore.h"
#include "store/EnrollmentStore.h"
#include "store/KindergartenProfileStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using ProcessTestHelpers::isOneLine;
using ProcessTestHelpers::Result;

const QString clerk = u"Әбдіқадырова Ә."_s;
const QString kindergarten = u"kg-017"_s;

KindergartenProfile profile()
{
    KindergartenProfile p;
    p.id = kindergarten;
    p.nameKk = u"№ 17 «Балапан» бөбекжай-бақшасы"_s;
    p.nameRu = u"Ясли-сад № 17 «Балапан»"_s;
    p.bin = u"120340012345"_s;
    p.addressKk = u"Астана қ., Сарайшық к-сі, 5"_s;
    p.addressRu = u"г. Астана, ул. Сарайшык, 5"_s;
    p.headName = u"Жұмабекова Гүлнәр Серікқызы"_s;
    return p;
}

// One row of a table, read through a fresh connection: what another program sees.
QVariant scalar(const QString &store, const QString &sql)
{
    const auto database = Database::openExisting(store);
    if (!database)
        return {};
    QSqlQuery query((*database)->connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class TestCliContract : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dataHome;
    int m_stores = 0;

    // The CLI runs on the real clock; the desk's data folder (XDG_DATA_HOME) is the test's own,
    // holding a calendar with no holidays for a year the built-in set may lack, so the test does
    // not depend on which years the program ships.
    Result cli(const QString &store, const QStringList &arguments)
    {
        return ProcessTestHelpers::runCli(QStringList{u"--lang"_s, u"en"_s, u"--store"_s, store} + arguments,
                                          {{u"XDG_DATA_HOME"_s, m_dataHome}});
    }

    // A fresh store: the kindergarten's details, a direction issued an hour ago, and (unless
    // withSession is false) its service held today up to the documents, with a complete checklist.
    QString prepare(const QString &number, bool withSession = true)
    {
        const QString store = m_dir.filePath(u"desk-%1.sqlite"_s.arg(++m_stores));
        const auto database = Database::open(store);
        if (!database)
            return {};
        const QDateTime now = QDateTime::currentDateTime();
        if (!KindergartenProfileStore(*database).save(profile(), clerk, now.addSecs(-7200)))
            return {};
        const QJsonObject direction{
            {u"number"_s, number},
            {u"kindergarten_id"_s, kindergarten},
            {u"group_name"_s, u"Ортаңғы топ «Балапан»"_s},
            {u"issued_at"_s, now.addSecs(-3600).toUTC().toString(Qt::ISODateWithMs)},
            {u"child_surname"_s, u"Серікбаева"_s},
            {u"child_name"_s, u"Әлия"_s},
            {u"child_iin"_s, u"210315601231"_s},
            {u"child_birth_date"_s, u"2021-03-15"_s},
            {u"applicant_surname"_s, u"Серікбаева"_s},
            {u"applicant_name"_s, u"Динара"_s},
            {u"applicant_iin"_s, u"900512400127"_s},
            {u"phones"_s, QJsonArray{u"+77012345678"_s}},
        };
        const auto imported = DirectionStore(*database).importJson(
            QJsonDocument(QJsonArray{direction}).toJson(QJsonDocument::Compact), clerk, now.addSecs(-3000));
        if (!imported || imported->imported != 1) {
            qWarning() << "direction not imported:" << (imported ? imported->refused.value(0).message() : imported.error().message());
            return {};
        }
        if (!withSession)
            return store;
        EnrollmentStore enrollment(*database);
        const auto session = enrollment.startSession(number, ServiceChannel::Office, now.addSecs(-1500), clerk);
        if (!session || !enrollment.recordStage(session->id, ServiceStage::ServiceStarted, now.addSecs(-1400), clerk)
            || !enrollment.recordStage(session->id, ServiceStage::DocumentsHandedIn, now.addSecs(-1200), clerk))
            return {};
        Checklist checklist;
        checklist.presented = {ChecklistItem::Direction, ChecklistItem::ParentId, ChecklistItem::BirthCertificate,
                               ChecklistItem::HealthPassport, ChecklistItem::HealthCertificate};
        checklist.healthCertificateIssuedOn = now.date().addDays(-1);
        if (!enrollment.saveChecklist(session->id, checklist, clerk, now.addSecs(-1100)))
            return {};
        return store;
    }

    static QStringList stated(const QString &skip = {})
    {
        QStringList arguments;
        const QList<std::pair<QString, QString>> options{
            {u"--id-document"_s, u"ID card No. 012345678, issued 01.02.2020 by the MIA"_s},
            {u"--address"_s, u"Астана қ., Кенесары к-сі, 40-12"_s},
            {u"--starts"_s, QDate::currentDate().addDays(7).toString(Qt::ISODate)},
        };
        for (const auto &[option, value] : options)
            if (option != skip)
                arguments << option << value;
        return arguments;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dataHome = m_dir.filePath(u"data"_s);
        const Expected<WorkCalendar> builtIn = WorkCalendar::loadBuiltIn();
        QVERIFY(builtIn);
        const int year = QDate::currentDate().year();
        for (const int y : {year, year + 1}) {
            if (builtIn->hasYear(y))
                continue;
            const QString folder = m_dataHome + u"/Qabyldau/qabyldau/calendars"_s;
            QVERIFY(QDir().mkpath(folder));
            QFile file(folder + u"/kz-%1.json"_s.arg(y));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(QJsonObject{{u"format"_s, 1}, {u"year"_s, y}, {u"source"_s, u"test"_s},
                                                 {u"holidays"_s, QJsonArray{}}})
                           .toJson());
        }
    }

    // Done when (issue 9): "a contract without the parent's ID document is refused by the store,
    // from the CLI too". Each thing the parent states is required; nothing is written without it.
    void refusedWithoutWhatTheParentStates_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("field");
        QTest::newRow("ID document") << u"--id-document"_s << u"Parent's ID document"_s;
        QTest::newRow("address") << u"--address"_s << u"Parent's address"_s;
        QTest::newRow("start date") << u"--starts"_s << u"Attends from"_s;
    }
    void refusedWithoutWhatTheParentStates()
    {
        QFETCH(QString, left);
        QFETCH(QString, field);
        const QString store = prepare(u"D-2026-000101"_s);
        QVERIFY(!store.isEmpty());
        const int journal = scalar(store, u"SELECT count(*) FROM journal"_s).toInt();
        const int outbox = scalar(store, u"SELECT count(*) FROM outbox"_s).toInt();

        const Result result = cli(store, QStringList{u"contract"_s, u"record"_s, u"D-2026-000101"_s} + stated(left));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(isOneLine(result.err), qPrintable(result.err));
        QVERIFY2(result.err.startsWith(u"contract record: the contract was not recorded: "_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(field, Qt::CaseInsensitive), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());

        QCOMPARE(scalar(store, u"SELECT count(*) FROM contracts"_s).toInt(), 0);
        QCOMPARE(scalar(store, u"SELECT status FROM directions"_s).toString(), u"issued"_s);
        QCOMPARE(scalar(store, u"SELECT count(*) FROM journal"_s).toInt(), journal);
        QCOMPARE(scalar(store, u"SELECT count(*) FROM outbox"_s).toInt(), outbox);
    }

    void recordsWhatTheDeskWould()
    {
        const QString store = prepare(u"D-2026-000102"_s);
        QVERIFY(!store.isEmpty());
        const Result result = cli(store, QStringList{u"contract"_s, u"record"_s, u"D-2026-000102"_s} + stated());
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        const QString number = scalar(store, u"SELECT number FROM contracts"_s).toString();
        QVERIFY(!number.isEmpty());
        QVERIFY2(result.out.startsWith(u"contract %1 recorded for the direction D-2026-000102, verification code "_s.arg(number)),
                 qPrintable(result.out));

        // The parent's statements as given; the signer is the direction's applicant; the clerk
        // is the session's. One transaction: the direction used, the command queued, journalled.
        QCOMPARE(scalar(store, u"SELECT parent_id_document FROM contracts"_s).toString(),
                 u"ID card No. 012345678, issued 01.02.2020 by the MIA"_s);
        QCOMPARE(scalar(store, u"SELECT parent_address FROM contracts"_s).toString(), u"Астана қ., Кенесары к-сі, 40-12"_s);
        QCOMPARE(scalar(store, u"SELECT parent_iin FROM contracts"_s).toString(), u"900512400127"_s);
        QCOMPARE(scalar(store, u"SELECT clerk FROM contracts"_s).toString(), clerk);
        QCOMPARE(scalar(store, u"SELECT status FROM directions"_s).toString(), u"used"_s);
        QCOMPARE(scalar(store, u"SELECT count(*) FROM outbox WHERE type = 'record_enrollment'"_s).toInt(), 1);
        QCOMPARE(scalar(store, u"SELECT count(*) FROM journal WHERE event = 'contract_recorded'"_s).toInt(), 1);

        // Recorded once: the same command again is refused, and nothing more is written.
        const Result again = cli(store, QStringList{u"contract"_s, u"record"_s, u"D-2026-000102"_s} + stated());
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(isOneLine(again.err), qPrintable(again.err));
        QCOMPARE(scalar(store, u"SELECT count(*) FROM contracts"_s).toInt(), 1);
    }

    // Issue 13 item 1: the ID document in parts, as the desk's dialog asks for it. Stored as parts
    // (no free text beside them), and each language's contract prints it in its own words.
    void recordsTheIdDocumentInParts()
    {
        const QString store = prepare(u"D-2026-000105"_s);
        QVERIFY(!store.isEmpty());
        const QStringList parts{u"--id-kind"_s, u"identity_card"_s, u"--id-number"_s, u"0123 45678"_s,
                                u"--id-issued"_s, u"2020-02-01"_s, u"--id-authority"_s, u"internal_affairs"_s};
        const Result result = cli(store, QStringList{u"contract"_s, u"record"_s, u"D-2026-000105"_s}
                                             + stated(u"--id-document"_s) + parts);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(scalar(store, u"SELECT parent_id_document_kind FROM contracts"_s).toString(), u"identity_card"_s);
        QCOMPARE(scalar(store, u"SELECT parent_id_document_number FROM contracts"_s).toString(), u"012345678"_s);
        QCOMPARE(scalar(store, u"SELECT parent_id_document_issued_on FROM contracts"_s).toString(), u"2020-02-01"_s);
        QCOMPARE(scalar(store, u"SELECT parent_id_document_issuer FROM contracts"_s).toString(), u"internal_affairs"_s);
        QCOMPARE(scalar(store, u"SELECT coalesce(parent_id_document, '') FROM contracts"_s).toString(), QString());

        for (const auto &[language, words] : {std::pair{u"ru"_s, u"удостоверение личности № 012345678, выдано 01.02.2020 МВД РК"_s},
                                              std::pair{u"kk"_s, u"жеке куәлік № 012345678, 01.02.2020 ж. ҚР ІІМ берген"_s}}) {
            const QString pdf = m_dir.filePath(u"contract-parts-%1.pdf"_s.arg(language));
            const Result printed = ProcessTestHelpers::runCli(
                {u"--lang"_s, language, u"--store"_s, store, u"print"_s, u"contract"_s, u"D-2026-000105"_s, u"--out"_s, pdf},
                {{u"XDG_DATA_HOME"_s, m_dataHome}});
            QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
            QProcess pdftotext;
            pdftotext.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
            QVERIFY(pdftotext.waitForFinished(60000));
            const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
            QVERIFY2(text.contains(words), qPrintable(text));
        }
    }

    // Parts that cannot be read are a usage error (2) before the store is touched; parts the
    // store refuses name their field (1); nothing is written either way.
    void idDocumentPartsAreChecked_data()
    {
        QTest::addColumn<QStringList>("parts");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("said");
        const QStringList card{u"--id-kind"_s, u"identity_card"_s, u"--id-number"_s, u"012345678"_s,
                               u"--id-issued"_s, u"2020-02-01"_s, u"--id-authority"_s, u"internal_affairs"_s};
        QTest::newRow("both ways") << card + QStringList{u"--id-document"_s, u"ID card"_s} << 2 << u"not both"_s;
        QTest::newRow("unknown kind") << QStringList{u"--id-kind"_s, u"driving_licence"_s} << 2 << u"driving_licence"_s;
        QTest::newRow("no kind") << QStringList{u"--id-number"_s, u"012345678"_s} << 2 << u"--id-kind"_s;
        QTest::newRow("unknown authority") << QStringList(card.mid(0, 6)) + QStringList{u"--id-authority"_s, u"akimat"_s}
                                           << 2 << u"akimat"_s;
        QTest::newRow("issued date") << QStringList(card.mid(0, 4)) + QStringList{u"--id-issued"_s, u"01.02.2020"_s}
                                     << 2 << u"--id-issued"_s;
        QTest::newRow("number of a card") << QStringList{u"--id-kind"_s, u"identity_card"_s, u"--id-number"_s, u"12345"_s,
                                                         u"--id-issued"_s, u"2020-02-01"_s, u"--id-authority"_s,
                                                         u"internal_affairs"_s}
                                          << 1 << u"ID document number"_s;
        QTest::newRow("no authority") << QStringList(card.mid(0, 6)) << 1 << u"ID document issued by"_s;
        QTest::newRow("other without words") << QStringList{u"--id-kind"_s, u"other"_s, u"--id-number"_s, u"AB123"_s,
                                                            u"--id-issued"_s, u"2020-02-01"_s, u"--id-authority"_s,
                                                            u"internal_affairs"_s}
                                             << 1 << u"Kind of ID document"_s;
    }
    void idDocumentPartsAreChecked()
    {
        QFETCH(QStringList, parts);
        QFETCH(int, exitCode);
        QFETCH(QString, said);
        const QString store = prepare(u"D-2026-000106"_s);
        QVERIFY(!store.isEmpty());
        const Result result = cli(store, QStringList{u"contract"_s, u"record"_s, u"D-2026-000106"_s}
                                             + stated(u"--id-document"_s) + parts);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(isOneLine(result.err), qPrintable(result.err));
        QVERIFY2(result.err.contains(said), qPrintable(result.err));
        QCOMPARE(scalar(store, u"SELECT count(*) FROM contracts"_s).toInt(), 0);
    }

    void startsBeforeTheContractIsRefused()
    {
        const QString store = prepare(u"D-2026-000103"_s);
        QVERIFY(!store.isEmpty());
        const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        const Result result = cli(store, QStringList{u"contract"_s, u"record"_s, u"D-2026-000103"_s}
                                             + stated(u"--starts"_s) + QStringList{u"--starts"_s, yesterday});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(isOneLine(result.err), qPrintable(result.err));
        QCOMPARE(scalar(store, u"SELECT count(*) FROM contracts"_s).toInt(), 0);
    }

    void whatIsMissingIsNamed()
    {
        // No service held yet: the documents were never checked.
        const QString unserved = prepare(u"D-2026-000104"_s, false);
        QVERIFY(!unserved.isEmpty());
        const Result noSession = cli(unserved, QStringList{u"contract"_s, u"record"_s, u"D-2026-000104"_s} + stated());
        QCOMPARE(noSession.exitCode, 3);
        QVERIFY2(isOneLine(noSession.err), qPrintable(noSession.err));
        QVERIFY2(noSession.err.contains(u"has not been started at the desk"_s), qPrintable(noSession.err));
        QCOMPARE(scalar(unserved, u"SELECT count(*) FROM contracts"_s).toInt(), 0);

        const Result unknown = cli(unserved, QStringList{u"contract"_s, u"record"_s, u"D-0"_s} + stated());
        QCOMPARE(unknown.exitCode, 3);
        QCOMPARE(unknown.err.trimmed(), u"contract record: no direction with the number \"D-0\""_s);

        const QString missing = m_dir.filePath(u"none.sqlite"_s);
        const Result noStore = cli(missing, QStringList{u"contract"_s, u"record"_s, u"D-1"_s} + stated());
        QCOMPARE(noStore.exitCode, 3);
        QVERIFY(!QFile::exists(missing));

        const Result badDate = cli(unserved, QStringList{u"contract"_s, u"record"_s, u"D-2026-000104"_s, u"--date"_s,
                                                         u"03.12.2026"_s} + stated());
        QCOMPARE(badDate.exitCode, 2);
        QVERIFY2(isOneLine(badDate.err), qPrintable(badDate.err));
    }
};

QTEST_GUILESS_MAIN(TestCliContract)
#include "tst_cli_contract.moc"
