// The registers of a period (issue 4 item 9) as the desk shows them: contracts, refusals with
// their grounds, service times with the services over a limit marked; each read for the period
// chosen, written to CSV and read back (header, rows, RFC 4180 quoting), and printed.
#include "GuiTestHelpers.h"
#include "common/DeskContext.h"
#include "domain/Checklist.h"
#include "domain/Clock.h"
#include "domain/Direction.h"
#include "domain/Enrollment.h"
#include "domain/KindergartenProfile.h"
#include "domain/WorkCalendar.h"
#include "registers/PeriodSelector.h"
#include "registers/RegistersPage.h"
#include "settings/RuleSettings.h"
#include "store/Database.h"
#include "store/DirectionStore.h"
#include "store/EnrollmentStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute));
}

const QString kindergartenId = QStringLiteral("AST-017");

Direction direction(const QString &number, const QDateTime &issuedAt, const QString &surname, int serial)
{
    Direction d;
    d.number = number;
    d.kindergartenId = kindergartenId;
    d.groupName = QStringLiteral("Ортаңғы топ «Балапан»");
    d.issuedAt = issuedAt;
    d.child = PersonName{surname, QStringLiteral("Әлихан"), {}};
    d.childIin = GuiTestHelpers::makeIin(QDate(2021, 3, 15), Iin::Sex::Male, serial);
    d.childBirthDate = QDate(2021, 3, 15);
    d.applicant = PersonName{surname, QStringLiteral("Гүлнар"), {}};
    d.applicantIin = GuiTestHelpers::makeIin(QDate(1990, 7, 2), Iin::Sex::Female, serial);
    d.applicantAddress = QStringLiteral("Астана, Абай даңғылы 1");
    d.phones = {QStringLiteral("+77011112233")};
    return d;
}

// RFC 4180 read back: fields separated by commas, records by CRLF, a quoted field may hold
// commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
            ++i;
        } else {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

QString readCsv(const QString &path, bool *hasBom)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    *hasBom = bytes.startsWith("\xEF\xBB\xBF");
    return QString::fromUtf8(*hasBom ? bytes.mid(3) : bytes);
}

QString pdfText(const QString &pdfPath)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return QStringLiteral("<pdftotext not found: install poppler-utils>");
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath,
                              QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("<pdftotext failed>");
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString::fromUtf8(process.readAllStandardOutput()).replace(space, QStringLiteral(" "));
}

const QString refusalReasons = QStringLiteral("Анықтама жоқ, \"026/у\" паспорты бар\nекінші жол");

} // namespace

class TestRegistersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rowsOfThePeriodInEachTab();
    void serviceOverALimitIsMarked();
    void periodPresetsAndEmptyState();
    void refusalsAreWrittenToCsvAndReadBack();
    void serviceTimesCsvQuotesAHeaderWithAComma();
    void registerIsPrintedForThePeriod();

private:
    QString cell(RegistersPage::Tab tab, int row, int column) const
    {
        return m_page->model(tab)->index(row, column).data().toString();
    }
    int column(RegistersPage::Tab tab, const QString &header) const
    {
        const QStringList headers = m_page->csvHeader(tab);
        for (int i = 0; i < headers.size(); ++i)
            if (headers.at(i).startsWith(header))
                return i;
        qFatal("no column %s", qPrintable(header));
    }
    void seed();

    WorkCalendar m_calendar;
    std::shared_ptr<Database> m_db;
    std::shared_ptr<FixedClock> m_clock;
    DeskContext m_context;
    std::unique_ptr<RegistersPage> m_page;
    QString m_contractNumber;
    QString m_refusalNumber;
};

void TestRegistersPage::initTestCase()
{
    const Expected<WorkCalendar> calendar = WorkCalendar::loadBuiltIn();
    QVERIFY(calendar);
    m_calendar = *calendar;
}

void TestRegistersPage::seed()
{
    DirectionStore directions(m_db);
    QJsonArray file;
    file.append(DirectionStore::toJson(direction(QStringLiteral("D-1001"), at(4, 3, 12), QStringLiteral("Сейітқали"), 11)));
    file.append(DirectionStore::toJson(direction(QStringLiteral("D-1002"), at(4, 3, 12), QStringLiteral("Омаров"), 22)));
    file.append(DirectionStore::toJson(direction(QStringLiteral("D-1003"), at(5, 4, 12), QStringLiteral("Ахметов"), 33)));
    const Expected<DirectionImportResult> imported =
        directions.importJson(QJsonDocument(file).toJson(), QStringLiteral("admin"), at(4, 3, 13));
    QVERIFY(imported);
    QCOMPARE(imported->imported, 3);

    EnrollmentStore enrollment(m_db);
    const RuleSettings settings;
    KindergartenProfile profile;
    profile.id = kindergartenId;
    // RULES 12 item 2: what a contract names of the kindergarten.
    profile.nameKk = QStringLiteral("№ 17 бөбекжай-бақша");
    profile.nameRu = QStringLiteral("Ясли-сад № 17");
    profile.bin = QStringLiteral("120340012345");
    profile.addressKk = QStringLiteral("Астана қ., Абай даңғылы, 2");
    profile.addressRu = QStringLiteral("г. Астана, проспект Абая, 2");
    profile.headName = QStringLiteral("Жұмабекова Гүлнәр Серікқызы");

    // Monday 6 April: an admission within every limit (5, 10 and 20 minutes).
    const Expected<ServiceSession> first =
        enrollment.startSession(QStringLiteral("D-1001"), ServiceChannel::Office, at(4, 6, 9, 5), QStringLiteral("clerk"));
    QVERIFY(first);
    QVERIFY(enrollment.recordStage(first->id, ServiceStage::ServiceStarted, at(4, 6, 9, 10), QStringLiteral("clerk")));
    QVERIFY(enrollment.recordStage(first->id, ServiceStage::DocumentsHandedIn, at(4, 6, 9, 20), QStringLiteral("clerk")));
    Checklist complete;
    complete.presented = {ChecklistItem::Direction, ChecklistItem::ParentId, ChecklistItem::BirthCertificate,
                          ChecklistItem::HealthPassport, ChecklistItem::HealthCertificate};
    complete.healthCertificateIssuedOn = QDate(2026, 4, 4);
    QVERIFY(enrollment.saveChecklist(first->id, complete, QStringLiteral("clerk"), at(4, 6, 9, 25)));
    ContractRecord contract;
    contract.date = QDate(2026, 4, 6);
    // RULES 12 items 2-3: what the parent states for the contract.
    contract.parentIdDocument = QStringLiteral("ЖК № 012345678");
    contract.parentAddress = QStringLiteral("Астана, Абай даңғылы 1");
    contract.startsOn = contract.date;
    const Expected<ContractRecord> signed_ =
        enrollment.recordContract(first->id, contract, profile, m_calendar, settings, at(4, 6, 9, 40));
    QVERIFY2(signed_, signed_ ? "" : qPrintable(signed_.error().message()));
    m_contractNumber = signed_->number;

    // The same day: the parent waited 31 minutes (limit 15) and had no certificate of health.
    const Expected<ServiceSession> second =
        enrollment.startSession(QStringLiteral("D-1002"), ServiceChannel::Office, at(4, 6, 10, 0), QStringLiteral("clerk"));
    QVERIFY(second);
    QVERIFY(enrollment.recordStage(second->id, ServiceStage::ServiceStarted, at(4, 6, 10, 31), QStringLiteral("clerk")));
    QVERIFY(enrollment.recordStage(second->id, ServiceStage::DocumentsHandedIn, at(4, 6, 10, 40), QStringLiteral("clerk")));
    Checklist missing = complete;
    missing.presented.remove(ChecklistItem::HealthCertificate);
    missing.healthCertificateIssuedOn = {};
    QVERIFY(enrollment.saveChecklist(second->id, missing, QStringLiteral("clerk"), at(4, 6, 10, 42)));
    RefusalRecord refusal;
    refusal.date = QDate(2026, 4, 6);
    refusal.grounds = {RefusalGround::DocumentsMissingOrOutOfDate};
    refusal.faultyItems = {ChecklistItem::HealthCertificate};
    refusal.reasons = refusalReasons;
    const Expected<RefusalRecord> refused = enrollment.recordRefusal(second->id, refusal, settings, at(4, 6, 10, 50));
    QVERIFY2(refused, refused ? "" : qPrintable(refused.error().message()));
    m_refusalNumber = refused->number;

    // May: a service still under way, outside April.
    QVERIFY(enrollment.startSession(QStringLiteral("D-1003"), ServiceChannel::Office, at(5, 5, 9, 30), QStringLiteral("clerk")));
}

void TestRegistersPage::init()
{
    auto opened = Database::open(QStringLiteral(":memory:"));
    QVERIFY(opened);
    m_db = *opened;
    m_clock = std::make_shared<FixedClock>(at(5, 5, 9, 40));
    m_context.store = m_db;
    m_context.clock = m_clock;
    m_context.calendar = std::make_shared<WorkCalendar>(m_calendar);
    m_context.clerk = QStringLiteral("clerk");
    seed();
    m_page = std::make_unique<RegistersPage>(m_context);
    m_page->resize(1300, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->period()->setPeriod(QDate(2026, 4, 1), QDate(2026, 4, 30));
}

void TestRegistersPage::cleanup()
{
    m_page.reset();
    m_context = {};
    m_db.reset();
}

void TestRegistersPage::rowsOfThePeriodInEachTab()
{
    using Tab = RegistersPage::Tab;
    QCOMPARE(m_page->model(Tab::Contracts)->rowCount(), 1);
    QCOMPARE(cell(Tab::Contracts, 0, column(Tab::Contracts, QStringLiteral("No."))), m_contractNumber);
    QCOMPARE(cell(Tab::Contracts, 0, column(Tab::Contracts, QStringLiteral("Date"))), QStringLiteral("06.04.2026"));
    QCOMPARE(cell(Tab::Contracts, 0, column(Tab::Contracts, QStringLiteral("Child"))), QStringLiteral("Сейітқали Әлихан"));
    QCOMPARE(cell(Tab::Contracts, 0, column(Tab::Contracts, QStringLiteral("Direction No."))), QStringLiteral("D-1001"));
    QCOMPARE(cell(Tab::Contracts, 0, column(Tab::Contracts, QStringLiteral("Parent"))), QStringLiteral("Сейітқали Гүлнар"));

    QCOMPARE(m_page->model(Tab::Refusals)->rowCount(), 1);
    QCOMPARE(cell(Tab::Refusals, 0, column(Tab::Refusals, QStringLiteral("No."))), m_refusalNumber);
    QCOMPARE(cell(Tab::Refusals, 0, column(Tab::Refusals, QStringLiteral("Grounds"))), QStringLiteral("34.1"));
    QVERIFY(cell(Tab::Refusals, 0, column(Tab::Refusals, QStringLiteral("Documents")))
                .contains(Checklists::itemLabel(ChecklistItem::HealthCertificate)));
    QCOMPARE(cell(Tab::Refusals, 0, column(Tab::Refusals, QStringLiteral("Direction No."))), QStringLiteral("D-1002"));

    // Both April services, not May's.
    QCOMPARE(m_page->model(Tab::ServiceTimes)->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QVERIFY(cell(Tab::ServiceTimes, row, column(Tab::ServiceTimes, QStringLiteral("Direction No."))) != QStringLiteral("D-1003"));

    // The tabs say how many rows they hold.
    auto tabs = m_page->findChild<QTabWidget *>(QStringLiteral("registerTabs"));
    QVERIFY(tabs->tabText(0).contains(u'1'));
    QVERIFY(tabs->tabText(2).contains(u'2'));
}

void TestRegistersPage::serviceOverALimitIsMarked()
{
    using Tab = RegistersPage::Tab;
    const int directionColumn = column(Tab::ServiceTimes, QStringLiteral("Direction No."));
    const int waitColumn = column(Tab::ServiceTimes, QStringLiteral("Waiting"));
    const int resultColumn = column(Tab::ServiceTimes, QStringLiteral("Result"));
    const int overColumn = column(Tab::ServiceTimes, QStringLiteral("Over the limit"));
    const int late = cell(Tab::ServiceTimes, 0, directionColumn) == QStringLiteral("D-1002") ? 0 : 1;
    const int inTime = 1 - late;

    // Each clock in minutes: 5, 10 and 20 for the first; a 31-minute wait for the second.
    QCOMPARE(cell(Tab::ServiceTimes, inTime, waitColumn), QStringLiteral("5"));
    QCOMPARE(cell(Tab::ServiceTimes, inTime, resultColumn), QStringLiteral("20"));
    QCOMPARE(cell(Tab::ServiceTimes, late, waitColumn), QStringLiteral("31"));
    QCOMPARE(cell(Tab::ServiceTimes, late, overColumn), RegistersPage::tr("yes"));
    QCOMPARE(cell(Tab::ServiceTimes, inTime, overColumn), RegistersPage::tr("no"));

    // Marked red: the clock over its limit and the row's "over the limit" cell, nothing else.
    const QStandardItemModel *model = m_page->model(Tab::ServiceTimes);
    const QColor red = model->index(late, waitColumn).data(Qt::ForegroundRole).value<QColor>();
    QVERIFY(red.isValid() && red.red() > 150 && red.green() < 60);
    QVERIFY(model->index(late, overColumn).data(Qt::ForegroundRole).value<QColor>() == red);
    QVERIFY(!model->index(late, resultColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model->index(inTime, waitColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model->index(inTime, overColumn).data(Qt::ForegroundRole).isValid());
}

void TestRegistersPage::periodPresetsAndEmptyState()
{
    using Tab = RegistersPage::Tab;
    // The clock says 5 May: "last month" is April.
    m_page->period()->setPreset(PeriodSelector::Preset::ThisMonth);
    QCOMPARE(m_page->period()->from(), QDate(2026, 5, 1));
    QCOMPARE(m_page->period()->to(), QDate(2026, 5, 31));
    QCOMPARE(m_page->model(Tab::Contracts)->rowCount(), 0);
    QCOMPARE(m_page->model(Tab::ServiceTimes)->rowCount(), 1);
    // A tab without rows says so plainly instead of an empty grid.
    auto empty = m_page->findChild<QLabel *>(QStringLiteral("contractsEmptyLabel"));
    QVERIFY(empty->isVisible());
    QVERIFY(!empty->text().isEmpty());

    m_page->period()->setPreset(PeriodSelector::Preset::LastMonth);
    QCOMPARE(m_page->period()->from(), QDate(2026, 4, 1));
    QCOMPARE(m_page->period()->to(), QDate(2026, 4, 30));
    QCOMPARE(m_page->model(Tab::Contracts)->rowCount(), 1);
    QVERIFY(!empty->isVisible());

    m_page->period()->setPreset(PeriodSelector::Preset::Today);
    QCOMPARE(m_page->period()->from(), QDate(2026, 5, 5));
    QCOMPARE(m_page->model(Tab::ServiceTimes)->rowCount(), 1);
}

void TestRegistersPage::refusalsAreWrittenToCsvAndReadBack()
{
    using Tab = RegistersPage::Tab;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("refusals.csv"));
    QVERIFY(m_page->exportCsv(Tab::Refusals, path));

    bool bom = false;
    const QString text = readCsv(path, &bom);
    QVERIFY(bom); // spreadsheet programs then read the Kazakh letters
    QVERIFY(text.endsWith(QStringLiteral("\r\n")));
    const QList<QStringList> records = parseCsv(text);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0), m_page->csvHeader(Tab::Refusals));
    const QStringList row = records.at(1);
    QCOMPARE(row.size(), records.at(0).size());
    QCOMPARE(row.at(column(Tab::Refusals, QStringLiteral("No."))), m_refusalNumber);
    QCOMPARE(row.at(column(Tab::Refusals, QStringLiteral("Grounds"))), QStringLiteral("34.1"));
    // The reasons whole: the comma, the quotes and the line break survive the round trip.
    QCOMPARE(row.at(column(Tab::Refusals, QStringLiteral("Reasons"))), refusalReasons);
    QVERIFY(text.contains(QStringLiteral("\"Анықтама жоқ, \"\"026/у\"\" паспорты бар\nекінші жол\"")));
}

void TestRegistersPage::serviceTimesCsvQuotesAHeaderWithAComma()
{
    using Tab = RegistersPage::Tab;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("service_times.csv"));
    QVERIFY(m_page->exportCsv(Tab::ServiceTimes, path));
    bool bom = false;
    const QString text = readCsv(path, &bom);
    const QList<QStringList> records = parseCsv(text);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0), m_page->csvHeader(Tab::ServiceTimes));
    const QString waiting = m_page->csvHeader(Tab::ServiceTimes).at(column(Tab::ServiceTimes, QStringLiteral("Waiting")));
    QVERIFY(waiting.contains(u','));
    QVERIFY(text.contains(u'"' + waiting + u'"'));
    QCOMPARE(records.at(1), m_page->csvRows(Tab::ServiceTimes).at(0));
    QCOMPARE(records.at(2), m_page->csvRows(Tab::ServiceTimes).at(1));
    const int over = column(Tab::ServiceTimes, QStringLiteral("Over the limit"));
    QStringList marks = {records.at(1).at(over), records.at(2).at(over)};
    marks.sort();
    QCOMPARE(marks, (QStringList{RegistersPage::tr("no"), RegistersPage::tr("yes")}));
}

void TestRegistersPage::registerIsPrintedForThePeriod()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("contracts.pdf"));
    QVERIFY(m_page->writePdf(RegistersPage::Tab::Contracts, DocumentLanguage::Kazakh, path));
    const QString text = pdfText(path);
    // The period asked for, and April's contract: the child by name and IIN.
    QVERIFY2(text.contains(QStringLiteral("01.04.2026")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("30.04.2026")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Сейітқали")), qPrintable(text));
    const std::optional<Direction> signedFor = DirectionStore(m_db).find(QStringLiteral("D-1001"));
    QVERIFY(signedFor);
    QVERIFY2(text.contains(signedFor->childIin), qPrintable(text));
}

QTEST_MAIN(TestRegistersPage)
#include "tst_registerspage.moc"
