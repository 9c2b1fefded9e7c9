// Registers for a period (RULES 7, 11; issue 4 item 9) as printed documents: contracts, refusals
// with their grounds, service times with the rows over a limit marked, complaints with the overdue
// ones marked. Built from a real store, as the registers page and the head use them.
#include "DocumentRenderer.h"
#include "DocumentSamples.h"
#include "DocumentTemplate.h"
#include "RegisterDocument.h"
#include "domain/WorkCalendar.h"
#include "settings/RuleSettings.h"
#include "store/ApplicationStore.h"
#include "store/ComplaintStore.h"
#include "store/Database.h"
#include "store/DirectionStore.h"
#include "store/EnrollmentStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace DocumentSamples;

namespace {

const QDate day(2026, 11, 24); // a Tuesday; the directions were issued on Friday 20.11.2026

QDateTime at(int hour, int minute, const QDate &date = day)
{
    return QDateTime(date, QTime(hour, minute));
}

Direction secondDirection()
{
    Direction d = direction();
    d.number = u"KRG-2026-004218"_s;
    d.applicationId = u"7c0d3e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f"_s;
    d.child = PersonName{u"Нұрланова"_s, u"Аяулым"_s, u"Серікқызы"_s};
    d.childIin = u"210601600129"_s;
    d.childBirthDate = QDate(2021, 6, 1);
    d.applicant = PersonName{u"Нұрланова"_s, u"Гүлшат"_s, u"Маратқызы"_s};
    d.applicantIin = u"880503400776"_s;
    return d;
}

QString textOf(const RegisterDocumentData &data, DocumentLanguage language)
{
    return plainText(RegisterDocument::html(data, language));
}

ServiceClock clock(ServiceClock::Kind kind, int minutes, int limit)
{
    ServiceClock c;
    c.kind = kind;
    c.startedAt = at(10, 0);
    c.endedAt = at(10, 0).addSecs(qint64(minutes) * 60 + 7);
    c.elapsedSeconds = qint64(minutes) * 60 + 7;
    c.limitMinutes = limit;
    return c;
}

} // namespace

class TestRegisterDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void repeatedTemplateBlocks();
    void contractsRegister_data();
    void contractsRegister();
    void refusalsRegisterCitesGrounds_data();
    void refusalsRegisterCitesGrounds();
    void serviceTimesOverTheLimitMarked_data();
    void serviceTimesOverTheLimitMarked();
    void overdueComplaintsMarked_data();
    void overdueComplaintsMarked();
    void emptyPeriodSaysSo_data();
    void emptyPeriodSaysSo();
    void builtFromTheStore();
    void pdfOfEveryRegister_data();
    void pdfOfEveryRegister();
    void builtInTemplatesUseOnlyKnownPlaceholders_data();
    void builtInTemplatesUseOnlyKnownPlaceholders();
    void codesAndFileNames();

private:
    QString m_outputFolder;
};

void TestRegisterDocument::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext (poppler-utils) is needed to read the PDFs back");
    m_outputFolder = QDir::home().filePath(u"documents"_s);
    QVERIFY(QDir().mkpath(m_outputFolder));
}

void TestRegisterDocument::repeatedTemplateBlocks()
{
    const QString templateText =
        u"<p>{{title}}</p><!-- {{*ignored}} -->{{*rows}}<tr><td>{{n}}</td><td>{{name}}</td>"
        "<td>{{#late}}LATE{{/late}}</td><td>{{title}}</td></tr>{{/rows}}<p>{{#none}}empty{{/none}}</p>"_s;
    const QHash<QString, QString> values{{u"title"_s, u"T"_s}, {u"none"_s, QString()}};
    const DocumentTemplate::Rows rows{
        {{u"n"_s, u"1"_s}, {u"name"_s, u"<b>Әлихан</b>"_s}, {u"late"_s, u"yes"_s}},
        {{u"n"_s, u"2"_s}, {u"name"_s, u"{{title}}"_s}, {u"late"_s, QString()}},
        // A row's value replaces the document's of the same name.
        {{u"n"_s, u"3"_s}, {u"name"_s, u"Ұлжан"_s}, {u"late"_s, QString()}, {u"title"_s, u"own"_s}},
    };
    DocumentTemplate::Filled filled = DocumentTemplate::fill(templateText, values, {{u"rows"_s, rows}});
    QCOMPARE(filled.unknownPlaceholders, QStringList());
    QCOMPARE(filled.html,
             u"<p>T</p><tr><td>1</td><td>&lt;b&gt;Әлихан&lt;/b&gt;</td><td>LATE</td><td>T</td></tr>"
             "<tr><td>2</td><td>{{title}}</td><td></td><td>T</td></tr>"
             "<tr><td>3</td><td>Ұлжан</td><td></td><td>own</td></tr><p></p>"_s);

    // No rows: the block disappears. No list at all: reported like an unknown placeholder.
    filled = DocumentTemplate::fill(templateText, values, {{u"rows"_s, {}}});
    QCOMPARE(filled.html, u"<p>T</p><p></p>"_s);
    filled = DocumentTemplate::fill(templateText, values);
    QCOMPARE(filled.unknownPlaceholders, QStringList{u"rows"_s});
}

void TestRegisterDocument::contractsRegister_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("kk") << DocumentLanguage::Kazakh
                        << QStringList{u"Жасалған шарттардың тізілімі"_s, u"Кезең: 01.11.2026 – 30.11.2026"_s,
                                       u"Жазбалар саны: 2"_s};
    QTest::newRow("ru") << DocumentLanguage::Russian
                        << QStringList{u"Реестр заключенных договоров"_s, u"Период: 01.11.2026 – 30.11.2026"_s,
                                       u"Всего записей: 2"_s};
}

void TestRegisterDocument::contractsRegister()
{
    QFETCH(DocumentLanguage, language);
    QFETCH(QStringList, expected);

    RegisterDocumentData data;
    data.kind = RegisterKind::Contracts;
    data.from = QDate(2026, 11, 1);
    data.to = QDate(2026, 11, 30);
    data.profile = profile();
    data.printedAt = at(17, 5);
    ContractRecord second = contract();
    second.number = u"2026-0316"_s;
    second.directionNumber = secondDirection().number;
    second.deferredItems = {ChecklistItem::HealthPassport, ChecklistItem::PmpcConclusion};
    data.contracts = {{contract(), direction()}, {second, secondDirection()}};

    const QString text = textOf(data, language);
    for (const QString &value : expected)
        QVERIFY2(text.contains(value), qPrintable(value + u" not in: "_s + text));
    // One row per contract, in order, with the child, the parent and the documents owed.
    const qsizetype first = text.indexOf(u"1 2026-0315 24.11.2026 Өмірзақов Әлихан Қайратұлы 220315500104"_s);
    const qsizetype next = text.indexOf(u"2 2026-0316 24.11.2026 Нұрланова Аяулым Серікқызы 210601600129"_s);
    QVERIFY2(first >= 0 && next > first, qPrintable(text));
    QVERIFY(text.contains(u"Өмірзақов Қайрат Нұрланұлы 870112300504 KRG-2026-004217"_s));
    QVERIFY(text.contains(u"01.12.2026 4, 6 Әбдіқадырова Ә."_s));
    QVERIFY(text.contains(RegisterDocument::verificationCode(data)));
}

void TestRegisterDocument::refusalsRegisterCitesGrounds_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("legend");
    QTest::newRow("kk") << DocumentLanguage::Kazakh << u"Дәлелді бас тартулар тізілімі"_s
                        << u"34-тармағының 1), 2), 3) тармақшалары"_s;
    QTest::newRow("ru") << DocumentLanguage::Russian << u"Реестр мотивированных отказов"_s
                        << u"подпункты 1), 2), 3) пункта 34"_s;
}

void TestRegisterDocument::refusalsRegisterCitesGrounds()
{
    QFETCH(DocumentLanguage, language);
    QFETCH(QString, title);
    QFETCH(QString, legend);

    RegisterDocumentData data;
    data.kind = RegisterKind::Refusals;
    data.from = day;
    data.to = day;
    data.profile = profile();
    RefusalRecord refusal = DocumentSamples::refusal();
    refusal.grounds = {RefusalGround::DocumentsMissingOrOutOfDate, RefusalGround::RequirementsNotMet};
    refusal.faultyItems = {ChecklistItem::Direction, ChecklistItem::HealthCertificate};
    data.refusals = {{refusal, direction()}};

    const QString text = textOf(data, language);
    QVERIFY(text.contains(title));
    QVERIFY2(text.contains(u"1 Б-2026-0003 24.11.2026 Өмірзақов Әлихан Қайратұлы 220315500104 "
                           "Сәрсенбаева Ұлжан Ғабитқызы KRG-2026-004217 34.1; 9.2 1, 5 Анықтама 19.11.2026 берілген."_s),
             qPrintable(text));
    // The codes are explained under the table.
    QVERIFY(text.contains(legend));
}

void TestRegisterDocument::serviceTimesOverTheLimitMarked_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<QString>("mark");
    QTest::addColumn<QString>("summary");
    QTest::newRow("kk") << DocumentLanguage::Kazakh << u"иә"_s << u"Мерзімнен асып кеткен қызметтер: 1"_s;
    QTest::newRow("ru") << DocumentLanguage::Russian << u"да"_s << u"Случаев превышения сроков: 1"_s;
}

void TestRegisterDocument::serviceTimesOverTheLimitMarked()
{
    QFETCH(DocumentLanguage, language);
    QFETCH(QString, mark);
    QFETCH(QString, summary);

    RegisterDocumentData data;
    data.kind = RegisterKind::ServiceTimes;
    data.from = day;
    data.to = day;
    data.profile = profile();
    ServiceSession slow;
    slow.id = u"a1"_s;
    slow.directionNumber = direction().number;
    slow.arrivedAt = at(10, 0);
    slow.outcome = ServiceOutcome::Admitted;
    slow.clerk = u"Әбдіқадырова Ә."_s;
    ServiceSession quick = slow;
    quick.id = u"a2"_s;
    quick.directionNumber = secondDirection().number;
    quick.channel = ServiceChannel::Portal;
    quick.outcome = ServiceOutcome::Refused;
    // RULES 6.1: waiting 20 minutes of 15 is over the limit; the other service kept to all three.
    data.serviceTimes = {
        {{slow, direction()},
         {clock(ServiceClock::Kind::Wait, 20, 15), clock(ServiceClock::Kind::Service, 9, 15),
          clock(ServiceClock::Kind::Result, 12, 30)},
         true},
        {{quick, secondDirection()},
         {clock(ServiceClock::Kind::Wait, 3, 15), clock(ServiceClock::Kind::Service, 14, 15), ServiceClock{}},
         false},
    };
    data.serviceTimes[1].clocks[2].kind = ServiceClock::Kind::Result;

    const QString text = textOf(data, language);
    QVERIFY2(text.contains(summary), qPrintable(text));
    const QString slowRow = language == DocumentLanguage::Kazakh
        ? u"1 KRG-2026-004217 Өмірзақов Әлихан Қайратұлы жеке келу 24.11.2026 10:00 20:07 09:07 12:07 шарт Әбдіқадырова Ә. иә"_s
        : u"1 KRG-2026-004217 Өмірзақов Әлихан Қайратұлы лично 24.11.2026 10:00 20:07 09:07 12:07 договор Әбдіқадырова Ә. да"_s;
    QVERIFY2(text.contains(slowRow), qPrintable(text));
    // A clock that has not started shows a dash; a row within the limits has no mark.
    const QString quickRow = language == DocumentLanguage::Kazakh
        ? u"2 KRG-2026-004218 Нұрланова Аяулым Серікқызы портал 24.11.2026 10:00 03:07 14:07 \u2014 бас тарту Әбдіқадырова Ә."_s
        : u"2 KRG-2026-004218 Нұрланова Аяулым Серікқызы портал 24.11.2026 10:00 03:07 14:07 \u2014 отказ Әбдіқадырова Ә."_s;
    QVERIFY2(text.contains(quickRow), qPrintable(text));
    QVERIFY(!text.contains(quickRow + u" "_s + mark));
    // The over-limit cell itself stands out (bold, red) in the HTML.
    QVERIFY(RegisterDocument::html(data, language).contains(u"<font color=\"#b00000\">20:07</font>"_s));
    QVERIFY(!RegisterDocument::html(data, language).contains(u"<font color=\"#b00000\">09:07</font>"_s));
}

void TestRegisterDocument::overdueComplaintsMarked_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("kk") << DocumentLanguage::Kazakh
                        << QStringList{u"Шағымдар тізілімі"_s, u"Мерзімі өткен шағымдар: 1"_s,
                                       u"басшыға – тіркелген күнінен бастап 5 жұмыс күні"_s,
                                       u"Ш-2026-0001 02.11.2026 басшыға"_s, u"09.11.2026 тіркелді иә"_s,
                                       u"Ш-2026-0002 10.11.2026 уәкілетті органға"_s,
                                       u"01.12.2026 жауап берілді 20.11.2026"_s};
    QTest::newRow("ru") << DocumentLanguage::Russian
                        << QStringList{u"Реестр жалоб"_s, u"Просроченных жалоб: 1"_s,
                                       u"руководителем – в течение 5 рабочих дней"_s,
                                       u"Ш-2026-0001 02.11.2026 руководителю"_s, u"09.11.2026 зарегистрирована да"_s,
                                       u"Ш-2026-0002 10.11.2026 в уполномоченный орган"_s,
                                       u"01.12.2026 дан ответ 20.11.2026"_s};
}

void TestRegisterDocument::overdueComplaintsMarked()
{
    QFETCH(DocumentLanguage, language);
    QFETCH(QStringList, expected);

    RegisterDocumentData data;
    data.kind = RegisterKind::Complaints;
    data.from = QDate(2026, 11, 1);
    data.to = QDate(2026, 11, 30);
    data.profile = profile();
    Complaint open;
    open.id = u"c1"_s;
    open.number = u"Ш-2026-0001"_s;
    open.receivedOn = QDate(2026, 11, 2);
    open.complainant = u"Сәрсенбаева Ұ."_s;
    open.subject = u"Кезек"_s;
    Complaint answered = open;
    answered.id = u"c2"_s;
    answered.number = u"Ш-2026-0002"_s;
    answered.receivedOn = QDate(2026, 11, 10);
    answered.addressee = ComplaintAddressee::AuthorisedBody;
    answered.status = ComplaintStatus::Answered;
    answered.answeredOn = QDate(2026, 11, 20);
    answered.answer = u"Түсіндірілді"_s;
    data.complaints = {{open, QDate(2026, 11, 9), true, {}}, {answered, QDate(2026, 12, 1), false, {}}};

    const QString text = textOf(data, language);
    for (const QString &value : expected)
        QVERIFY2(text.contains(value), qPrintable(value + u" not in: "_s + text));
    QVERIFY(text.contains(u"Түсіндірілді"_s));
}

void TestRegisterDocument::emptyPeriodSaysSo_data()
{
    QTest::addColumn<RegisterKind>("kind");
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<QString>("sentence");
    for (const RegisterKind kind : {RegisterKind::Contracts, RegisterKind::Refusals, RegisterKind::ServiceTimes,
                                    RegisterKind::Complaints}) {
        const QByteArray code = RegisterDocument::kindCode(kind).toLatin1();
        QTest::addRow("%s kk", code.constData()) << kind << DocumentLanguage::Kazakh << u"Осы кезеңде жазбалар жоқ."_s;
        QTest::addRow("%s ru", code.constData()) << kind << DocumentLanguage::Russian << u"За период записей нет."_s;
    }
}

void TestRegisterDocument::emptyPeriodSaysSo()
{
    QFETCH(RegisterKind, kind);
    QFETCH(DocumentLanguage, language);
    QFETCH(QString, sentence);

    RegisterDocumentData data;
    data.kind = kind;
    data.from = day;
    data.to = day;
    data.profile = profile();
    const QString text = textOf(data, language);
    QVERIFY2(text.contains(sentence), qPrintable(text));
    QVERIFY(text.contains(language == DocumentLanguage::Kazakh ? u"Жазбалар саны: 0"_s : u"Всего записей: 0"_s));
    // And a register with a row does not say it.
    data.complaints = {{Complaint{}, QDate(), false, {}}};
    data.contracts = {{contract(), direction()}};
    data.refusals = {{refusal(), direction()}};
    data.serviceTimes = {{{ServiceSession{}, direction()}, {}, false}};
    QVERIFY(!textOf(data, language).contains(sentence));
}

void TestRegisterDocument::builtFromTheStore()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    Expected<std::shared_ptr<Database>> opened = Database::open(folder.filePath(u"store.sqlite"_s));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
    const std::shared_ptr<Database> database = *opened;
    const Expected<WorkCalendar> calendar = WorkCalendar::loadBuiltIn();
    QVERIFY(calendar);
    const RuleSettings settings;

    const QJsonArray directions{DirectionStore::toJson(direction()), DirectionStore::toJson(secondDirection())};
    const Expected<DirectionImportResult> imported =
        DirectionStore(database).importJson(QJsonDocument(directions).toJson(), u"admin"_s, at(9, 0));
    QVERIFY2(imported && imported->imported == 2, imported ? "" : qPrintable(imported.error().message()));

    // The first child is admitted after waiting 20 minutes (RULES 6.1: over the 15 allowed).
    EnrollmentStore enrollment(database);
    Expected<ServiceSession> session = enrollment.startSession(direction().number, ServiceChannel::Office, at(10, 0), u"Әбдіқадырова Ә."_s);
    QVERIFY2(session, session ? "" : qPrintable(session.error().message()));
    QVERIFY(enrollment.recordStage(session->id, ServiceStage::ServiceStarted, at(10, 20), u"Әбдіқадырова Ә."_s));
    Checklist checklist;
    checklist.presented = {ChecklistItem::Direction, ChecklistItem::ParentId, ChecklistItem::BirthCertificate,
                           ChecklistItem::HealthPassport, ChecklistItem::HealthCertificate};
    checklist.healthCertificateIssuedOn = day.addDays(-1);
    QVERIFY(enrollment.saveChecklist(session->id, checklist, u"Әбдіқадырова Ә."_s, at(10, 25)));
    QVERIFY(enrollment.recordStage(session->id, ServiceStage::DocumentsHandedIn, at(10, 30), u"Әбдіқадырова Ә."_s));
    ContractRecord contract;
    contract.date = day;
    contract.parentIdDocument = u"жеке куәлік № 045612378"_s;
    // RULES 12 items 2-3: the address and start date the desk pre-fills from the direction.
    contract.parentAddress = direction().applicantAddress;
    contract.startsOn = std::max(day, direction().admissionStartsOn);
    const Expected<ContractRecord> recorded =
        enrollment.recordContract(session->id, contract, profile(), *calendar, settings, at(10, 40));
    QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message()));

    // The second is refused on ground 34.1 within the limits.
    Expected<ServiceSession> second = enrollment.startSession(secondDirection().number, ServiceChannel::Office, at(11, 0), u"Әбдіқадырова Ә."_s);
    QVERIFY(second);
    QVERIFY(enrollment.recordStage(second->id, ServiceStage::ServiceStarted, at(11, 5), u"Әбдіқадырова Ә."_s));
    QVERIFY(enrollment.recordStage(second->id, ServiceStage::DocumentsHandedIn, at(11, 15), u"Әбдіқадырова Ә."_s));
    RefusalRecord refusal;
    refusal.grounds = {RefusalGround::DocumentsMissingOrOutOfDate};
    refusal.faultyItems = {ChecklistItem::HealthCertificate};
    const Expected<RefusalRecord> refused = enrollment.recordRefusal(second->id, refusal, settings, at(11, 20));
    QVERIFY2(refused, refused ? "" : qPrintable(refused.error().message()));

    // A complaint received on the 2nd is overdue on the 24th (5 working days).
    Complaint complaint;
    complaint.receivedOn = QDate(2026, 11, 2);
    complaint.complainant = u"Сәрсенбаева Ұ."_s;
    complaint.subject = u"Кезек"_s;
    QVERIFY(ComplaintStore(database).registerComplaint(complaint, u"Әбдіқадырова Ә."_s, at(9, 0, QDate(2026, 11, 2))));
    // Issue 13 item 1: a complaint linked by the id of an application the desk knows prints the
    // number a parent quotes; a reference the desk does not know prints as the clerk typed it.
    Application numbered;
    numbered.id = u"6f1c2a52-7d0e-4c1b-9a37-0e6b2f4d9c11"_s;
    numbered.number = u"2026-007-00042"_s;
    numbered.category = Category::TeacherChild;
    numbered.childBirthDate = QDate(2021, 3, 15);
    numbered.filedAt = at(9, 0, QDate(2026, 3, 2));
    QSqlDatabase connection = database->connection();
    QVERIFY(ApplicationStore::saveSynced(connection, numbered, at(9, 0)).ok());
    Complaint aboutNumbered = complaint;
    aboutNumbered.receivedOn = QDate(2026, 11, 20);
    aboutNumbered.applicationId = numbered.id;
    QVERIFY(ComplaintStore(database).registerComplaint(aboutNumbered, u"Әбдіқадырова Ә."_s, at(9, 0, QDate(2026, 11, 20))));
    Complaint aboutUnknown = complaint;
    aboutUnknown.receivedOn = QDate(2026, 11, 23);
    aboutUnknown.applicationId = u"KRG-old-77"_s;
    QVERIFY(ComplaintStore(database).registerComplaint(aboutUnknown, u"Әбдіқадырова Ә."_s, at(9, 0, QDate(2026, 11, 23))));

    const auto build = [&](RegisterKind kind, const QDate &from, const QDate &to) {
        return RegisterDocument::build(kind, from, to, database, profile(), *calendar, settings, at(17, 0));
    };
    const QDate from(2026, 11, 1), to(2026, 11, 30);

    Expected<RegisterDocumentData> contracts = build(RegisterKind::Contracts, from, to);
    QVERIFY2(contracts, contracts ? "" : qPrintable(contracts.error().message()));
    QCOMPARE(RegisterDocument::rowCount(*contracts), 1);
    QVERIFY(textOf(*contracts, DocumentLanguage::Russian).contains(recorded->number + u" 24.11.2026 Өмірзақов Әлихан"_s));

    Expected<RegisterDocumentData> refusals = build(RegisterKind::Refusals, from, to);
    QVERIFY(refusals);
    QCOMPARE(RegisterDocument::rowCount(*refusals), 1);
    QVERIFY(textOf(*refusals, DocumentLanguage::Kazakh).contains(refused->number));
    QVERIFY(textOf(*refusals, DocumentLanguage::Kazakh).contains(u"KRG-2026-004218 34.1 5"_s));

    Expected<RegisterDocumentData> times = build(RegisterKind::ServiceTimes, from, to);
    QVERIFY(times);
    QCOMPARE(RegisterDocument::rowCount(*times), 2);
    QVERIFY(times->serviceTimes.at(0).exceeded);
    QVERIFY(!times->serviceTimes.at(1).exceeded);
    QVERIFY2(textOf(*times, DocumentLanguage::Kazakh).contains(u"Мерзімнен асып кеткен қызметтер: 1"_s),
             qPrintable(textOf(*times, DocumentLanguage::Kazakh)));
    QVERIFY(textOf(*times, DocumentLanguage::Russian).contains(u"20:00 10:00 10:00 договор"_s));

    Expected<RegisterDocumentData> complaints = build(RegisterKind::Complaints, from, to);
    QVERIFY(complaints);
    QCOMPARE(RegisterDocument::rowCount(*complaints), 3);
    QCOMPARE(complaints->complaints.at(0).deadline, QDate(2026, 11, 9));
    QVERIFY(complaints->complaints.at(0).overdue);
    for (const DocumentLanguage language : {DocumentLanguage::Kazakh, DocumentLanguage::Russian}) {
        const QString text = textOf(*complaints, language);
        QVERIFY2(text.contains(numbered.number), qPrintable(text));
        QVERIFY2(!text.contains(numbered.id), qPrintable(text));
        QVERIFY2(text.contains(u"KRG-old-77"_s), qPrintable(text));
    }

    // Another period has none of them; a period that ends before it starts is refused.
    Expected<RegisterDocumentData> december = build(RegisterKind::Contracts, QDate(2026, 12, 1), QDate(2026, 12, 31));
    QVERIFY(december);
    QCOMPARE(RegisterDocument::rowCount(*december), 0);
    const Expected<RegisterDocumentData> backwards = build(RegisterKind::Refusals, to, from);
    QVERIFY(!backwards);
    QCOMPARE(backwards.error().rule, Rule::PeriodEndBeforeStart);
}

void TestRegisterDocument::pdfOfEveryRegister_data()
{
    emptyPeriodSaysSo_data();
}

void TestRegisterDocument::pdfOfEveryRegister()
{
    QFETCH(RegisterKind, kind);
    QFETCH(DocumentLanguage, language);

    RegisterDocumentData data;
    data.kind = kind;
    data.from = QDate(2026, 11, 1);
    data.to = QDate(2026, 11, 30);
    data.profile = profile();
    data.printedAt = at(17, 5);
    ContractRecord deferred = contract();
    deferred.deferredItems = {ChecklistItem::HealthPassport};
    data.contracts = {{contract(), direction()}, {deferred, secondDirection()}};
    data.refusals = {{refusal(), secondDirection()}};
    ServiceSession session;
    session.id = u"s1"_s;
    session.directionNumber = direction().number;
    session.arrivedAt = at(10, 0);
    session.outcome = ServiceOutcome::Admitted;
    session.clerk = u"Әбдіқадырова Ә."_s;
    data.serviceTimes = {{{session, direction()},
                          {clock(ServiceClock::Kind::Wait, 20, 15), clock(ServiceClock::Kind::Service, 9, 15),
                           clock(ServiceClock::Kind::Result, 12, 30)},
                          true}};
    Complaint complaint;
    complaint.id = u"c1"_s;
    complaint.number = u"Ш-2026-0001"_s;
    complaint.receivedOn = QDate(2026, 11, 2);
    complaint.complainant = u"Сәрсенбаева Ұлжан Ғабитқызы, +7 701 234 56 78"_s;
    complaint.subject = u"Жолдама бойынша қабылдаудан бас тарту туралы шешімге шағым"_s;
    complaint.directionNumber = direction().number;
    data.complaints = {{complaint, QDate(2026, 11, 9), true, {}}};

    const QString path = m_outputFolder + u"/"_s + RegisterDocument::suggestedFileName(data, language);
    QFile::remove(path);
    const Status written = RegisterDocument::writePdf(data, language, path);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message()));
    // The footer's verification code (and every ИИН, БИН) stays on the line of its label.
    QVERIFY2(DocumentSamples::linesEndingWithIdentifierName(path).isEmpty(),
             qPrintable(DocumentSamples::linesEndingWithIdentifierName(path).join(u" | "_s)));
    const QString text = pdfText(path);
    const QString compact = withoutSpaces(text);
    QVERIFY2(compact.contains(withoutSpaces(language == DocumentLanguage::Kazakh ? profile().nameKk : profile().nameRu)),
             qPrintable(text));
    QVERIFY(compact.contains(u"01.11.2026–30.11.2026"_s));
    // A value of the row, short enough not to wrap in its column.
    const QHash<RegisterKind, QString> rowValue{
        {RegisterKind::Contracts, direction().childIin},
        {RegisterKind::Refusals, secondDirection().childIin},
        {RegisterKind::ServiceTimes, u"20:07"_s},
        {RegisterKind::Complaints, u"Ш-2026-0001"_s},
    };
    QVERIFY2(text.contains(rowValue.value(kind)), qPrintable(text));
    QVERIFY(text.contains(RegisterDocument::verificationCode(data)));
    QVERIFY(!text.contains(QChar(QChar::ReplacementCharacter)));
}

void TestRegisterDocument::builtInTemplatesUseOnlyKnownPlaceholders_data()
{
    emptyPeriodSaysSo_data();
}

void TestRegisterDocument::builtInTemplatesUseOnlyKnownPlaceholders()
{
    QFETCH(RegisterKind, kind);
    QFETCH(DocumentLanguage, language);

    RegisterDocumentData data;
    data.kind = kind;
    data.from = day;
    data.to = day;
    data.profile = profile();
    data.contracts = {{contract(), direction()}};
    data.refusals = {{refusal(), direction()}};
    data.serviceTimes = {{{ServiceSession{}, direction()}, {}, false}};
    data.complaints = {{Complaint{}, QDate(), false, {}}};
    const QString templateText = DocumentTemplate::load(RegisterDocument::templateFileName(kind, language));
    QVERIFY(!templateText.isEmpty());
    const DocumentTemplate::Filled filled =
        DocumentTemplate::fill(templateText, RegisterDocument::values(data, language),
                               {{u"rows"_s, RegisterDocument::rowValues(data, language)}});
    QCOMPARE(filled.unknownPlaceholders, QStringList());
    QVERIFY(!filled.html.contains(u"{{"_s));
    QString text = plainText(filled.html);
    for (const QString &allowed : {direction().number, RegisterDocument::verificationCode(data)})
        text.remove(allowed);
    const QRegularExpression latinWord(u"[A-Za-z]{2,}"_s);
    const QRegularExpressionMatch english = latinWord.match(text);
    QVERIFY2(!english.hasMatch(), qPrintable(english.captured()));
}

void TestRegisterDocument::codesAndFileNames()
{
    for (const RegisterKind kind : {RegisterKind::Contracts, RegisterKind::Refusals, RegisterKind::ServiceTimes,
                                    RegisterKind::Complaints})
        QCOMPARE(RegisterDocument::kindFromCode(RegisterDocument::kindCode(kind)), std::optional<RegisterKind>(kind));
    QVERIFY(!RegisterDocument::kindFromCode(u"queue"_s));
    RegisterDocumentData data;
    data.kind = RegisterKind::ServiceTimes;
    data.from = QDate(2026, 11, 1);
    data.to = QDate(2026, 11, 30);
    QCOMPARE(RegisterDocument::suggestedFileName(data, DocumentLanguage::Kazakh),
             u"register_service_times_2026-11-01_2026-11-30_kk.pdf"_s);
    // The code follows the records and the period, not the wording.
    const QString code = RegisterDocument::verificationCode(data);
    data.profile.nameRu = u"Другое"_s;
    QCOMPARE(RegisterDocument::verificationCode(data), code);
    data.to = QDate(2026, 11, 29);
    QVERIFY(RegisterDocument::verificationCode(data) != code);
    // Ten and more columns need the width of a landscape page.
    QCOMPARE(DocumentRenderer::orientation(*RegisterDocument::document(data, DocumentLanguage::Russian)),
             QPageLayout::Landscape);
}

QTEST_MAIN(TestRegisterDocument)
#include "tst_registerdocument.moc"
