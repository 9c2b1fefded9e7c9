// qabyldau-cli print application, print contract, print refusal (docs/cli.md): documents as PDF,
// from a store the test fills through the stores, read back with pdftotext.
#include "ProcessTestHelpers.h"

#include "domain/WorkCalendar.h"
#include "store/ApplicationStore.h"
#include "store/Database.h"
#include "store/DirectionStore.h"
#include "store/EnrollmentStore.h"
#include "store/KindergartenProfileStore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using ProcessTestHelpers::Result;
using ProcessTestHelpers::runCli;
using ProcessTestHelpers::runProgram;
using ProcessTestHelpers::isOneLine;

const QString applicationId = u"0b7e4d2a-91c3-4f6e-8a15-2d9c7b3e6f40"_s;

Application sampleApplication()
{
    Application a;
    a.id = applicationId;
    a.applicant = PersonName{u"Сәрсенбаева"_s, u"Ұлжан"_s, u"Ғабитқызы"_s};
    a.applicantIin = u"940721400507"_s;
    a.applicantAddress = u"Қарағанды қ., Бұқар жырау даңғылы, 49-үй"_s;
    a.settlement = u"Қарағанды"_s;
    a.child = PersonName{u"Өмірзақов"_s, u"Әлихан"_s, u"Қайратұлы"_s};
    a.childIin = u"220315500104"_s;
    a.childBirthDate = QDate(2022, 3, 15);
    a.childSex = Iin::Sex::Male;
    a.category = Category::SpecialNeeds;
    a.categoryDocument = CategoryDocument{u"ПМПК қорытындысы"_s, u"47-Б"_s, u"ПМПК №3"_s, QDate(2025, 12, 1)};
    a.phones = {u"+77012345678"_s};
    a.consent = true;
    a.signatureDate = QDate(2026, 1, 15);
    return a;
}

// Directions to the kindergarten: one with a contract, one refused, one in service with the
// health passport missing, one nobody has come for yet.
const QString admitted = u"KRG-2026-000101"_s;
const QString refused = u"KRG-2026-000102"_s;
const QString inService = u"KRG-2026-000103"_s;
const QString untouched = u"KRG-2026-000104"_s;

KindergartenProfile sampleProfile()
{
    KindergartenProfile p;
    p.id = u"KRG-017"_s;
    p.nameKk = u"№ 17 «Құлыншақ» бөбекжайы"_s;
    p.nameRu = u"Ясли-сад № 17 «Кулыншак»"_s;
    p.bin = u"120340012345"_s;
    p.addressKk = u"Қарағанды қ., Бұқар жырау даңғылы, 49/3"_s;
    p.addressRu = u"г. Караганда, проспект Бухар жырау, 49/3"_s;
    p.cityKk = u"Қарағанды қаласы"_s;
    p.cityRu = u"город Караганда"_s;
    p.headName = u"Жұмабекова Гүлнәр Серікқызы"_s;
    p.feeAmount = 25000;
    return p;
}

Direction sampleDirection(const QString &number, const QString &childName, const QString &childIin)
{
    Direction d;
    d.number = number;
    d.kindergartenId = u"KRG-017"_s;
    d.groupName = u"Ортаңғы топ «Балапан»"_s;
    d.issuedAt = QDateTime(QDate(2026, 11, 20), QTime(11, 0));
    d.child = PersonName{u"Өмірзақов"_s, childName, u"Қайратұлы"_s};
    d.childIin = childIin;
    d.childBirthDate = QDate(2022, 3, 15);
    d.applicant = PersonName{u"Сәрсенбаева"_s, u"Ұлжан"_s, u"Ғабитқызы"_s};
    d.applicantIin = u"940721400507"_s;
    d.applicantAddress = u"Қарағанды қ., Бұқар жырау даңғылы, 49-үй"_s;
    return d;
}

// pdftotext's text, whitespace runs made one space.
QString pdfContent(const QString &pdf)
{
    const Result text = runProgram(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-layout"_s, pdf, u"-"_s});
    static const QRegularExpression space(u"\\s+"_s);
    return text.exitCode == 0 ? QString(text.out).replace(space, u" "_s) : u"<pdftotext failed>"_s;
}

} // namespace

class TestCliPrint : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void printsTheApplication_data();
    void printsTheApplication();
    void badInput_data();
    void badInput();
    void missingStoreAndFolderAsOutput();
    void neverReplacesWhatIsNotAPdf();
    void pdfOwnerOnlyWhateverTheUmask();
    void printsTheRecordedContract_data();
    void printsTheRecordedContract();
    void draftContractWhenNoneRecorded();
    void printsTheRecordedRefusal_data();
    void printsTheRecordedRefusal();
    void draftRefusalOnTheGivenGrounds();

private:
    QString outPath(const QString &name) const { return m_folder.filePath(name); }

    QTemporaryDir m_folder;
    QString m_store;
    QString m_contractNumber;
    QString m_refusalNumber;
};

void TestCliPrint::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext (poppler-utils) is needed to read the PDFs back");
    QVERIFY(m_folder.isValid());
    m_store = m_folder.filePath(u"store.sqlite"_s);
    // The store is closed again before the CLI opens it.
    Expected<std::shared_ptr<Database>> database = Database::open(m_store);
    QVERIFY(database);
    const ValidationContext context{QDateTime(QDate(2026, 1, 15), QTime(10, 30)), RuleSettings{}};
    const Expected<RegisteredApplication> registered =
        ApplicationStore(*database).registerApplication(sampleApplication(), u"clerk-test"_s, context);
    QVERIFY2(registered, registered ? "" : qPrintable(registered.error().message()));
    QCOMPARE(registered->application.id, applicationId);
    // Issue 13 item 1: registered on 15.01.2026 at a desk that has not synced.
    QCOMPARE(registered->application.number, u"2026-000-00001"_s);

    // Issue 4: the kindergarten, its directions, a contract and a refusal recorded at the desk.
    QVERIFY(KindergartenProfileStore(*database).save(sampleProfile(), u"admin"_s, QDateTime(QDate(2026, 11, 1), QTime(9, 0))));
    const QJsonArray directions{
        DirectionStore::toJson(sampleDirection(admitted, u"Әлихан"_s, u"220315500104"_s)),
        DirectionStore::toJson(sampleDirection(refused, u"Нұрислам"_s, u"220910500342"_s)),
        DirectionStore::toJson(sampleDirection(inService, u"Ерасыл"_s, u"210601600129"_s)),
        DirectionStore::toJson(sampleDirection(untouched, u"Мағжан"_s, u"880503400776"_s)),
    };
    const Expected<DirectionImportResult> imported = DirectionStore(*database).importJson(
        QJsonDocument(directions).toJson(), u"admin"_s, QDateTime(QDate(2026, 11, 20), QTime(12, 0)));
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message()));
    QCOMPARE(imported->imported, 4);

    const Expected<WorkCalendar> calendar = WorkCalendar::loadBuiltIn();
    QVERIFY(calendar);
    const QDate day(2026, 11, 24);
    const auto at = [&](int hour, int minute) { return QDateTime(day, QTime(hour, minute)); };
    EnrollmentStore enrollment(*database);
    const auto serve = [&](const QString &number, const QSet<ChecklistItem> &presented, int hour) {
        Expected<ServiceSession> session = enrollment.startSession(number, ServiceChannel::Office, at(hour, 0), u"clerk"_s);
        if (!session)
            return session;
        Checklist checklist;
        checklist.presented = presented;
        checklist.healthCertificateIssuedOn = day.addDays(-1);
        enrollment.recordStage(session->id, ServiceStage::ServiceStarted, at(hour, 5), u"clerk"_s);
        enrollment.saveChecklist(session->id, checklist, u"clerk"_s, at(hour, 10));
        return enrollment.recordStage(session->id, ServiceStage::DocumentsHandedIn, at(hour, 15), u"clerk"_s);
    };
    const QSet<ChecklistItem> complete{ChecklistItem::Direction, ChecklistItem::ParentId, ChecklistItem::BirthCertificate,
                                       ChecklistItem::HealthPassport, ChecklistItem::HealthCertificate};
    QSet<ChecklistItem> noPassport = complete;
    noPassport.remove(ChecklistItem::HealthPassport);

    const Expected<ServiceSession> first = serve(admitted, complete, 10);
    QVERIFY2(first, first ? "" : qPrintable(first.error().message()));
    ContractRecord contract;
    contract.date = day;
    contract.parentIdDocument = u"жеке куәлік № 045612378"_s;
    // RULES 12 items 2-3: the address and start date the desk pre-fills from the direction.
    const std::optional<Direction> admittedDirection = DirectionStore(*database).find(admitted);
    QVERIFY(admittedDirection);
    contract.parentAddress = admittedDirection->applicantAddress;
    contract.startsOn = std::max(day, admittedDirection->admissionStartsOn);
    const Expected<ContractRecord> recorded =
        enrollment.recordContract(first->id, contract, sampleProfile(), *calendar, RuleSettings{}, at(10, 20));
    QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message()));
    m_contractNumber = recorded->number;

    const Expected<ServiceSession> second = serve(refused, noPassport, 11);
    QVERIFY(second);
    RefusalRecord refusal;
    refusal.grounds = {RefusalGround::DocumentsMissingOrOutOfDate};
    refusal.faultyItems = {ChecklistItem::HealthPassport};
    const Expected<RefusalRecord> refusedRecord = enrollment.recordRefusal(second->id, refusal, RuleSettings{}, at(11, 20));
    QVERIFY2(refusedRecord, refusedRecord ? "" : qPrintable(refusedRecord.error().message()));
    m_refusalNumber = refusedRecord->number;

    QVERIFY(serve(inService, noPassport, 12));
}

void TestCliPrint::printsTheApplication_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("formWord");
    QTest::newRow("kk") << QStringList{u"--lang"_s, u"kk"_s, u"--out"_s} << u"Өтініш"_s;
    QTest::newRow("ru, --opt=value") << QStringList{u"--lang=ru"_s, u"--out"_s} << u"Заявление"_s;
}

void TestCliPrint::printsTheApplication()
{
    QFETCH(QStringList, options);
    QFETCH(QString, formWord);

    const QString pdf = m_folder.filePath(QString::fromLatin1(QTest::currentDataTag()).remove(QRegularExpression(u"\\W"_s)) + u".pdf"_s);
    QStringList arguments{u"--store"_s, m_store, u"print"_s, u"application"_s, applicationId};
    arguments << options;
    if (arguments.constLast() == u"--out"_s)
        arguments << pdf;
    const Result result = runCli(arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.err.isEmpty());
    QVERIFY(QFileInfo(pdf).size() > 0);

    const Result text = runProgram(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-layout"_s, pdf, u"-"_s});
    QCOMPARE(text.exitCode, 0);
    static const QRegularExpression space(u"\\s+"_s);
    const QString content = QString(text.out).replace(space, u" "_s);
    QVERIFY2(content.contains(u"Өмірзақов Әлихан Қайратұлы"_s), qPrintable(content));
    QVERIFY(content.contains(formWord));
    // Issue 13 item 1: the number a parent can quote, not the 36-character id.
    QVERIFY2(content.contains(u"2026-000-00001"_s), qPrintable(content));
    QVERIFY(!content.contains(applicationId));
    QVERIFY(content.contains(u"220315500104"_s));
    QVERIFY(content.contains(u"15.01.2026"_s)); // filed on
    // Issue 13: addressed to the kindergarten whose profile is filled, not left blank.
    const QString provider = formWord == u"Өтініш"_s ? sampleProfile().nameKk : sampleProfile().nameRu;
    QVERIFY2(content.contains(provider), qPrintable(provider + u" not in: "_s + content));
}

void TestCliPrint::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    const QString out = u"OUT"_s; // replaced by a path in the test's folder
    QTest::newRow("unknown id") << QStringList{u"print"_s, u"application"_s, u"no-such-id"_s, u"--lang"_s, u"kk"_s, u"--out"_s, out} << 3;
    QTest::newRow("no --lang") << QStringList{u"print"_s, u"application"_s, applicationId, u"--out"_s, out} << 2;
    QTest::newRow("--lang en") << QStringList{u"print"_s, u"application"_s, applicationId, u"--lang"_s, u"en"_s, u"--out"_s, out} << 2;
    QTest::newRow("--lang de") << QStringList{u"print"_s, u"application"_s, applicationId, u"--lang"_s, u"de"_s, u"--out"_s, out} << 2;
    QTest::newRow("no --out") << QStringList{u"print"_s, u"application"_s, applicationId, u"--lang"_s, u"kk"_s} << 2;
    QTest::newRow("--out without value") << QStringList{u"print"_s, u"application"_s, applicationId, u"--lang"_s, u"kk"_s, u"--out"_s} << 2;
    QTest::newRow("no id") << QStringList{u"print"_s, u"application"_s, u"--lang"_s, u"kk"_s, u"--out"_s, out} << 2;
    QTest::newRow("--out on another command") << QStringList{u"iin"_s, u"check"_s, u"220315500104"_s, u"--out"_s, out} << 2;
    QTest::newRow("unwritable --out") << QStringList{u"print"_s, u"application"_s, applicationId, u"--lang"_s, u"ru"_s, u"--out"_s, u"NOFOLDER"_s} << 4;
    QTest::newRow("application --lang kk+ru") << QStringList{u"print"_s, u"application"_s, applicationId, u"--lang"_s, u"kk+ru"_s, u"--out"_s, out} << 2;

    QTest::newRow("contract: unknown direction") << QStringList{u"print"_s, u"contract"_s, u"KRG-0"_s, u"--lang"_s, u"kk"_s, u"--out"_s, out} << 3;
    QTest::newRow("contract: --lang en") << QStringList{u"print"_s, u"contract"_s, admitted, u"--lang"_s, u"en"_s, u"--out"_s, out} << 2;
    QTest::newRow("contract: no --lang") << QStringList{u"print"_s, u"contract"_s, admitted, u"--out"_s, out} << 2;
    QTest::newRow("contract: no --out") << QStringList{u"print"_s, u"contract"_s, admitted, u"--lang"_s, u"ru"_s} << 2;
    QTest::newRow("contract: --ground") << QStringList{u"print"_s, u"contract"_s, admitted, u"--ground"_s, u"34.1"_s, u"--lang"_s, u"ru"_s, u"--out"_s, out} << 2;
    QTest::newRow("contract: unwritable --out") << QStringList{u"print"_s, u"contract"_s, admitted, u"--lang"_s, u"kk+ru"_s, u"--out"_s, u"NOFOLDER"_s} << 4;

    QTest::newRow("refusal: bad ground") << QStringList{u"print"_s, u"refusal"_s, untouched, u"--ground"_s, u"34.4"_s, u"--lang"_s, u"kk"_s, u"--out"_s, out} << 2;
    QTest::newRow("refusal: one bad ground of two") << QStringList{u"print"_s, u"refusal"_s, untouched, u"--ground"_s, u"34.1"_s, u"--ground=9"_s, u"--lang"_s, u"kk"_s, u"--out"_s, out} << 2;
    QTest::newRow("refusal: no ground, nothing recorded") << QStringList{u"print"_s, u"refusal"_s, untouched, u"--lang"_s, u"ru"_s, u"--out"_s, out} << 2;
    QTest::newRow("refusal: other ground than recorded") << QStringList{u"print"_s, u"refusal"_s, refused, u"--ground"_s, u"9.1"_s, u"--lang"_s, u"ru"_s, u"--out"_s, out} << 2;
    QTest::newRow("refusal: --lang kk+ru") << QStringList{u"print"_s, u"refusal"_s, refused, u"--lang"_s, u"kk+ru"_s, u"--out"_s, out} << 2;
    QTest::newRow("refusal: unknown direction") << QStringList{u"print"_s, u"refusal"_s, u"KRG-0"_s, u"--ground"_s, u"34.1"_s, u"--lang"_s, u"kk"_s, u"--out"_s, out} << 3;
}

void TestCliPrint::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);

    const QString out = m_folder.filePath(u"bad.pdf"_s);
    QFile::remove(out);
    for (QString &argument : arguments) {
        if (argument == u"OUT"_s)
            argument = out;
        else if (argument == u"NOFOLDER"_s)
            argument = m_folder.filePath(u"no-such-folder/application.pdf"_s);
    }
    const Result result = runCli(QStringList{u"--store"_s, m_store} + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(isOneLine(result.err), qPrintable(result.err));
    QVERIFY(!QFile::exists(out));
}

void TestCliPrint::missingStoreAndFolderAsOutput()
{
    // A missing store is reported, never created.
    const QString missingStore = m_folder.filePath(u"missing.sqlite"_s);
    const QString out = m_folder.filePath(u"kept.pdf"_s);
    Result result = runCli({u"--store"_s, missingStore, u"print"_s, u"application"_s, applicationId,
                            u"--lang"_s, u"kk"_s, u"--out"_s, out});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(isOneLine(result.err));
    QVERIFY(!QFile::exists(missingStore));
    QVERIFY(!QFile::exists(out));

    // A folder where the PDF should go is not replaced (works even for root, unlike permissions).
    const QString folder = m_folder.filePath(u"a-folder.pdf"_s);
    QVERIFY(QDir().mkpath(folder + u"/inside"_s));
    result = runCli({u"--store"_s, m_store, u"print"_s, u"application"_s, applicationId, u"--lang"_s, u"kk"_s,
                     u"--out"_s, folder});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(isOneLine(result.err), qPrintable(result.err));
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(QFileInfo::exists(folder + u"/inside"_s));
}

// Issue 14 item 2: given the store's own path, a link or a FIFO, the PDF is refused and the file
// stays as it was; a previous PDF is replaced, owner-readable only (personal data).
void TestCliPrint::neverReplacesWhatIsNotAPdf()
{
    const auto print = [&](const QString &out) {
        return runCli({u"--store"_s, m_store, u"print"_s, u"application"_s, applicationId, u"--lang"_s, u"kk"_s,
                       u"--out"_s, out});
    };
    const QByteArray storeBefore = [&] {
        QFile f(m_store);
        return f.open(QIODevice::ReadOnly) ? f.read(100) : QByteArray();
    }();
    Result result = print(m_store);
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(isOneLine(result.err), qPrintable(result.err));
    QVERIFY(result.err.contains(m_store));
    {
        QFile f(m_store);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(100), storeBefore); // still the SQLite store
    }

    const QString target = m_folder.filePath(u"target.txt"_s);
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("kept");
    }
    const QString link = m_folder.filePath(u"link.pdf"_s);
    QVERIFY(QFile::link(target, link));
    result = print(link);
    QCOMPARE(result.exitCode, 4);
    QVERIFY(QFileInfo(link).isSymLink());
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("kept"));
    }

    const QString fifo = m_folder.filePath(u"fifo.pdf"_s);
    QCOMPARE(QProcess::execute(u"mkfifo"_s, {fifo}), 0);
    result = print(fifo);
    QCOMPARE(result.exitCode, 4);

    const QString pdf = m_folder.filePath(u"again.pdf"_s);
    QCOMPARE(print(pdf).exitCode, 0);
    QCOMPARE(print(pdf).exitCode, 0); // its own previous print is replaced
    const QFile::Permissions permissions = QFile::permissions(pdf);
    QVERIFY(permissions & QFile::ReadOwner);
    QVERIFY(!(permissions & (QFile::ReadGroup | QFile::ReadOther)));
}

// Issue 14 item 9 (f): a PDF with personal data is owner-readable only even when the clerk's umask
// would let everyone read it (umask 000: a new file would be rw-rw-rw-).
void TestCliPrint::pdfOwnerOnlyWhateverTheUmask()
{
    const QString pdf = m_folder.filePath(u"umask.pdf"_s);
    const Result result =
        ProcessTestHelpers::runProgram(u"/bin/sh"_s, {u"-c"_s, u"umask 000; exec \"$0\" \"$@\""_s,
                                                      QStringLiteral(QABYLDAU_CLI_PATH), u"--store"_s, m_store,
                                                      u"print"_s, u"application"_s, applicationId, u"--lang"_s,
                                                      u"kk"_s, u"--out"_s, pdf});
    QCOMPARE(result.exitCode, 0);
    const QFile::Permissions permissions = QFile::permissions(pdf);
    QVERIFY(permissions & QFile::ReadOwner);
    QCOMPARE(permissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                            | QFile::WriteOther | QFile::ExeOther),
             QFile::Permissions());
}

void TestCliPrint::printsTheRecordedContract_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("kk") << u"kk"_s << QStringList{u"ШАРТ"_s, u"БСН 120340012345"_s, u"№ 17 «Құлыншақ» бөбекжайы"_s};
    QTest::newRow("ru") << u"ru"_s << QStringList{u"ДОГОВОР"_s, u"БИН 120340012345"_s, u"Ясли-сад № 17 «Кулыншак»"_s};
    QTest::newRow("kk+ru") << u"kk+ru"_s << QStringList{u"ШАРТ"_s, u"ДОГОВОР"_s};
}

void TestCliPrint::printsTheRecordedContract()
{
    QFETCH(QString, language);
    QFETCH(QStringList, words);

    const QString pdf = outPath(u"contract-"_s + QString(language).replace(u'+', u'-') + u".pdf"_s);
    const Result result = runCli({u"--store"_s, m_store, u"print"_s, u"contract"_s, admitted, u"--lang"_s, language,
                                  u"--out"_s, pdf});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.err.isEmpty());
    const QString content = pdfContent(pdf);
    // The contract as recorded: its number and date, the child, the parent (from the direction).
    QVERIFY2(content.contains(m_contractNumber), qPrintable(content));
    QVERIFY(content.contains(u"24.11.2026"_s));
    QVERIFY(content.contains(u"Өмірзақов Әлихан Қайратұлы"_s));
    QVERIFY(content.contains(u"220315500104"_s));
    QVERIFY(content.contains(u"940721400507"_s));
    QVERIFY(content.contains(admitted));
    for (const QString &word : words)
        QVERIFY2(content.contains(word), qPrintable(word));
    QVERIFY(!content.contains(u"ЖОБА"_s));
    QVERIFY(!content.contains(u"ПРОЕКТ"_s));
}

void TestCliPrint::draftContractWhenNoneRecorded()
{
    const QString pdf = outPath(u"contract-draft.pdf"_s);
    const Result result = runCli({u"--store"_s, m_store, u"print"_s, u"contract"_s, untouched, u"--lang=ru"_s,
                                  u"--out"_s, pdf});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString content = pdfContent(pdf);
    QVERIFY2(content.contains(u"ПРОЕКТ"_s), qPrintable(content));
    QVERIFY(content.contains(u"ДОГОВОР № —"_s));
    QVERIFY(content.contains(u"Өмірзақов Мағжан Қайратұлы"_s));
    // The parent is the direction's applicant until the desk records who signs.
    QVERIFY(content.contains(u"Сәрсенбаева Ұлжан Ғабитқызы"_s));
    QVERIFY(!content.contains(u"№ "_s + m_contractNumber));
}

void TestCliPrint::printsTheRecordedRefusal_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("grounds");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("kk") << u"kk"_s << QStringList{}
                        << QStringList{u"Дәлелді жауап"_s, u"34-тармағының 1) тармақшасы"_s,
                                       u"4) баланың денсаулық паспорты (026/у-3 нысаны)"_s};
    QTest::newRow("ru, the same ground given") << u"ru"_s << QStringList{u"34.1"_s}
                                               << QStringList{u"Мотивированный отказ"_s, u"подпункт 1) пункта 34"_s,
                                                              u"4) паспорт здоровья ребенка (форма 026/у-3)"_s};
}

void TestCliPrint::printsTheRecordedRefusal()
{
    QFETCH(QString, language);
    QFETCH(QStringList, grounds);
    QFETCH(QStringList, words);

    const QString pdf = outPath(u"refusal-"_s + language + u".pdf"_s);
    QStringList arguments{u"--store"_s, m_store, u"print"_s, u"refusal"_s, refused, u"--lang"_s, language,
                          u"--out"_s, pdf};
    for (const QString &ground : grounds)
        arguments << u"--ground"_s << ground;
    const Result result = runCli(arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString content = pdfContent(pdf);
    QVERIFY2(content.contains(m_refusalNumber), qPrintable(content));
    QVERIFY(content.contains(u"Өмірзақов Нұрислам Қайратұлы"_s));
    QVERIFY(content.contains(refused));
    QVERIFY(content.contains(u"Жұмабекова Гүлнәр Серікқызы"_s));
    for (const QString &word : words)
        QVERIFY2(content.contains(word), qPrintable(word));
    QVERIFY(!content.contains(u"ЖОБА"_s));
    QVERIFY(!content.contains(u"ПРОЕКТ"_s));
}

void TestCliPrint::draftRefusalOnTheGivenGrounds()
{
    const QString pdf = outPath(u"refusal-draft.pdf"_s);
    // Grounds in any order, one repeated: each is cited once, in the order of the rules.
    const Result result = runCli({u"--store"_s, m_store, u"print"_s, u"refusal"_s, inService, u"--ground"_s, u"9.2"_s,
                                  u"--ground=34.1"_s, u"--ground"_s, u"9.2"_s, u"--lang"_s, u"ru"_s, u"--out"_s, pdf});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString content = pdfContent(pdf);
    QVERIFY2(content.contains(u"ПРОЕКТ"_s), qPrintable(content));
    QVERIFY(content.contains(u"Өмірзақов Ерасыл Қайратұлы"_s));
    const qsizetype first = content.indexOf(u"подпункт 1) пункта 34"_s);
    const qsizetype second = content.indexOf(u"подпункт 2) пункта 9"_s);
    QVERIFY(first >= 0 && second > first);
    QCOMPARE(content.count(u"подпункт 2) пункта 9"_s), 1);
    QVERIFY(!content.contains(u"подпункт 2) пункта 34"_s));
    // The service's checklist lacks the health passport: the draft lists it.
    QVERIFY(content.contains(u"4) паспорт здоровья ребенка (форма 026/у-3)"_s));
}

QTEST_GUILESS_MAIN(TestCliPrint)
#include "tst_cli_print.moc"
