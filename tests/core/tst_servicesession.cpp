// RULES 6.1 / 6.5 and Appendix 4 items 3, 7, 10: the three clocks of a service at the desk (wait 15,
// service 15, result 30 minutes), when a service counts as registered at the office and through the
// portal, and the order of the recorded stages.
#include "domain/OfficeHours.h"
#include "domain/ServiceSession.h"
#include "domain/WorkCalendar.h"
#include "settings/RuleSettings.h"

#include <QTest>

Q_DECLARE_METATYPE(ServiceStage)
Q_DECLARE_METATYPE(ServiceChannel)
Q_DECLARE_METATYPE(ServiceClock::Kind)
Q_DECLARE_METATYPE(Rule)

using namespace Qt::StringLiterals;

namespace {

// Mon 02.02.2026, an ordinary working day.
QDateTime at(int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 2, 2), QTime(hour, minute, second));
}

QDateTime on(int day, int month, int year, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

ServiceClock clockOf(const ServiceSession &session, ServiceClock::Kind kind, const QDateTime &now,
                     const RuleSettings &settings = RuleSettings())
{
    const QList<ServiceClock> clocks = ServiceSessions::clocks(session, now, settings);
    for (const ServiceClock &clock : clocks)
        if (clock.kind == kind)
            return clock;
    qFatal("no such clock");
}

} // namespace

class TestServiceSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void threeClocksInOrder();
    void runningClock_data();
    void runningClock();
    void endedClockKeepsItsRecord_data();
    void endedClockKeepsItsRecord();
    void notStarted();
    void resultStopsEveryClock();
    void limitsAreSettings();
    void anyExceeded();
    void labels();
    void registration_data();
    void registration();
    void registrationUnknownYear();
    void stageOrder_data();
    void stageOrder();
    void codes();

private:
    WorkCalendar m_calendar;
};

void TestServiceSession::initTestCase()
{
    const Expected<WorkCalendar> calendar = WorkCalendar::loadBuiltIn();
    QVERIFY(calendar);
    m_calendar = *calendar;
}

void TestServiceSession::threeClocksInOrder()
{
    const QList<ServiceClock> clocks = ServiceSessions::clocks(ServiceSession(), at(10, 0), RuleSettings());
    QCOMPARE(clocks.size(), 3);
    QCOMPARE(clocks.at(0).kind, ServiceClock::Kind::Wait);
    QCOMPARE(clocks.at(0).limitMinutes, 15);
    QCOMPARE(clocks.at(1).kind, ServiceClock::Kind::Service);
    QCOMPARE(clocks.at(1).limitMinutes, 15);
    QCOMPARE(clocks.at(2).kind, ServiceClock::Kind::Result);
    QCOMPARE(clocks.at(2).limitMinutes, 30);
}

void TestServiceSession::runningClock_data()
{
    QTest::addColumn<ServiceClock::Kind>("kind");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<bool>("exceeded");

    // Arrived 10:00, service started 10:15, documents handed in 10:30 (the earlier clocks end exactly at
    // their limits); each clock running in turn.
    using K = ServiceClock::Kind;
    QTest::newRow("wait 00:00") << K::Wait << at(10, 0) << qint64(0) << false;
    QTest::newRow("wait 14:59") << K::Wait << at(10, 14, 59) << qint64(899) << false;
    QTest::newRow("wait 15:00, at the limit") << K::Wait << at(10, 15) << qint64(900) << false;
    QTest::newRow("wait 15:01, over") << K::Wait << at(10, 15, 1) << qint64(901) << true;
    QTest::newRow("service 15:00") << K::Service << at(10, 30) << qint64(900) << false;
    QTest::newRow("service 15:01") << K::Service << at(10, 30, 1) << qint64(901) << true;
    QTest::newRow("result 30:00") << K::Result << at(11, 0) << qint64(1800) << false;
    QTest::newRow("result 30:01") << K::Result << at(11, 0, 1) << qint64(1801) << true;
    QTest::newRow("result two hours") << K::Result << at(12, 30) << qint64(7200) << true;
}

void TestServiceSession::runningClock()
{
    QFETCH(ServiceClock::Kind, kind);
    QFETCH(QDateTime, now);
    QFETCH(qint64, elapsed);
    QFETCH(bool, exceeded);
    ServiceSession session;
    session.arrivedAt = at(10, 0);
    if (kind != ServiceClock::Kind::Wait)
        session.serviceStartedAt = at(10, 15);
    if (kind == ServiceClock::Kind::Result)
        session.documentsAt = at(10, 30);
    const ServiceClock clock = clockOf(session, kind, now);
    QVERIFY(clock.isStarted());
    QVERIFY(clock.isRunning());
    QCOMPARE(clock.elapsedSeconds, elapsed);
    QCOMPARE(clock.isExceeded(), exceeded);
    QCOMPARE(ServiceSessions::anyExceeded(session, now, RuleSettings()), exceeded);
}

void TestServiceSession::endedClockKeepsItsRecord_data()
{
    QTest::addColumn<QDateTime>("serviceStarted");
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<bool>("exceeded");
    QTest::newRow("served after 15:00") << at(10, 15) << qint64(900) << false;
    QTest::newRow("served after 15:01") << at(10, 15, 1) << qint64(901) << true;
    QTest::newRow("served at once") << at(10, 0) << qint64(0) << false;
}

void TestServiceSession::endedClockKeepsItsRecord()
{
    QFETCH(QDateTime, serviceStarted);
    QFETCH(qint64, elapsed);
    QFETCH(bool, exceeded);
    ServiceSession session;
    session.arrivedAt = at(10, 0);
    session.serviceStartedAt = serviceStarted;
    // Much later, the wait clock still shows how long the parent waited.
    for (const QDateTime &now : {serviceStarted, at(16, 0)}) {
        const ServiceClock wait = clockOf(session, ServiceClock::Kind::Wait, now);
        QVERIFY(!wait.isRunning());
        QCOMPARE(wait.endedAt, serviceStarted);
        QCOMPARE(wait.elapsedSeconds, elapsed);
        QCOMPARE(wait.isExceeded(), exceeded);
    }
}

void TestServiceSession::notStarted()
{
    ServiceSession session;
    session.arrivedAt = at(10, 0);
    const ServiceClock service = clockOf(session, ServiceClock::Kind::Service, at(11, 0));
    QVERIFY(!service.isStarted());
    QVERIFY(!service.isRunning());
    QCOMPARE(service.elapsedSeconds, 0);
    QVERIFY(!service.isExceeded());
    QCOMPARE(service.label(), u"Service: 00:00 of 15:00"_s);
}

void TestServiceSession::resultStopsEveryClock()
{
    ServiceSession session;
    session.arrivedAt = at(10, 0);
    session.serviceStartedAt = at(10, 5);
    session.documentsAt = at(10, 12);
    session.resultAt = at(10, 40);
    QVERIFY(session.isFinished());
    const QList<ServiceClock> clocks = ServiceSessions::clocks(session, at(17, 0), RuleSettings());
    QCOMPARE(clocks.at(0).elapsedSeconds, 5 * 60);
    QCOMPARE(clocks.at(1).elapsedSeconds, 7 * 60);
    QCOMPARE(clocks.at(2).elapsedSeconds, 28 * 60);
    for (const ServiceClock &clock : clocks)
        QVERIFY(!clock.isRunning());
    QVERIFY(!ServiceSessions::anyExceeded(session, at(17, 0), RuleSettings()));
    // A result after 30:01 stays marked exceeded in the records.
    session.resultAt = at(10, 42, 1);
    QVERIFY(ServiceSessions::anyExceeded(session, at(17, 0), RuleSettings()));
}

void TestServiceSession::limitsAreSettings()
{
    RuleSettings settings;
    settings.maxWaitMinutes = 20;
    ServiceSession session;
    session.arrivedAt = at(10, 0);
    const ServiceClock wait = clockOf(session, ServiceClock::Kind::Wait, at(10, 16), settings);
    QCOMPARE(wait.limitMinutes, 20);
    QVERIFY(!wait.isExceeded());
    QVERIFY(clockOf(session, ServiceClock::Kind::Wait, at(10, 20, 1), settings).isExceeded());
}

void TestServiceSession::anyExceeded()
{
    ServiceSession session;
    QVERIFY(!ServiceSessions::anyExceeded(session, at(12, 0), RuleSettings()));
    session.arrivedAt = at(10, 0);
    session.serviceStartedAt = at(10, 16); // waited 16 minutes
    session.documentsAt = at(10, 20);
    QVERIFY(ServiceSessions::anyExceeded(session, at(10, 21), RuleSettings()));
}

void TestServiceSession::labels()
{
    ServiceSession session;
    session.arrivedAt = at(10, 0);
    QCOMPARE(clockOf(session, ServiceClock::Kind::Wait, at(10, 7, 12)).label(), u"Waiting: 07:12 of 15:00"_s);
    // Minutes are not wrapped at the hour.
    QCOMPARE(clockOf(session, ServiceClock::Kind::Wait, at(11, 15, 3)).label(), u"Waiting: 75:03 of 15:00"_s);
    session.serviceStartedAt = at(10, 1);
    session.documentsAt = at(10, 2);
    QCOMPARE(clockOf(session, ServiceClock::Kind::Result, at(10, 3)).label(), u"Result: 01:00 of 30:00"_s);
}

void TestServiceSession::registration_data()
{
    QTest::addColumn<ServiceChannel>("channel");
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QDateTime>("registered"); // ok: the moment; refused: the next acceptance moment

    const auto office = ServiceChannel::Office;
    const auto portal = ServiceChannel::Portal;
    // Appendix 4 item 7.1: documents accepted 09:00-17:30 with lunch 13:00-14:00.
    QTest::newRow("office 09:00") << office << at(9, 0) << true << at(9, 0);
    QTest::newRow("office 08:59") << office << at(8, 59) << false << at(9, 0);
    QTest::newRow("office 13:30, lunch") << office << at(13, 30) << false << at(14, 0);
    QTest::newRow("office 14:00") << office << at(14, 0) << true << at(14, 0);
    QTest::newRow("office 17:29") << office << at(17, 29) << true << at(17, 29);
    QTest::newRow("office 17:30") << office << at(17, 30) << false << on(3, 2, 2026, 9, 0);
    QTest::newRow("office Saturday") << office << on(7, 2, 2026, 10, 0) << false << on(9, 2, 2026, 9, 0);
    QTest::newRow("office on Nauryz") << office << on(23, 3, 2026, 10, 0) << false << on(26, 3, 2026, 9, 0);
    // Appendix 4 item 7.2: the portal takes requests at any time; outside hours they count from the
    // next acceptance moment.
    QTest::newRow("portal 10:00") << portal << at(10, 0) << true << at(10, 0);
    QTest::newRow("portal 13:30") << portal << at(13, 30) << true << at(14, 0);
    QTest::newRow("portal 07:00") << portal << at(7, 0) << true << at(9, 0);
    QTest::newRow("portal Friday 19:00 -> Monday") << portal << on(6, 2, 2026, 19, 0) << true << on(9, 2, 2026, 9, 0);
    QTest::newRow("portal Sunday") << portal << on(8, 2, 2026, 12, 0) << true << on(9, 2, 2026, 9, 0);
    // Fri 20.03.2026 evening: 21-25 March are off (Nauryz).
    QTest::newRow("portal before Nauryz") << portal << on(20, 3, 2026, 18, 30) << true << on(26, 3, 2026, 9, 0);
    // Wed 06.05.2026 evening: 7 May is a holiday.
    QTest::newRow("portal evening before 7 May") << portal << on(6, 5, 2026, 19, 0) << true << on(8, 5, 2026, 9, 0);
    QTest::newRow("portal 31 December night") << portal << on(31, 12, 2026, 23, 0) << true << on(5, 1, 2027, 9, 0);
}

void TestServiceSession::registration()
{
    QFETCH(ServiceChannel, channel);
    QFETCH(QDateTime, moment);
    QFETCH(bool, ok);
    QFETCH(QDateTime, registered);
    const Expected<QDateTime> result =
        ServiceSessions::registrationMoment(channel, moment, OfficeHours(), m_calendar);
    QCOMPARE(result.hasValue(), ok);
    if (ok) {
        QCOMPARE(*result, registered);
        return;
    }
    QCOMPARE(result.error().rule, Rule::OutsideOfficeHours);
    QCOMPARE(result.error().detail, registered.toString(u"dd.MM.yyyy HH:mm"));
}

void TestServiceSession::registrationUnknownYear()
{
    for (ServiceChannel channel : {ServiceChannel::Office, ServiceChannel::Portal}) {
        const Expected<QDateTime> result =
            ServiceSessions::registrationMoment(channel, on(2, 2, 2031, 10, 0), OfficeHours(), m_calendar);
        QVERIFY(!result);
        QCOMPARE(result.error().rule, Rule::CalendarYearUnknown);
    }
}

void TestServiceSession::stageOrder_data()
{
    QTest::addColumn<int>("recorded"); // how many stages are already recorded, in order, 10:00, 10:05, 10:10, 10:20
    QTest::addColumn<ServiceStage>("stage");
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Rule>("rule");

    using S = ServiceStage;
    QTest::newRow("arrival first") << 0 << S::Arrived << at(10, 0) << true << Rule::Required;
    QTest::newRow("service before arrival") << 0 << S::ServiceStarted << at(10, 0) << false << Rule::SessionStageOrder;
    QTest::newRow("service after arrival") << 1 << S::ServiceStarted << at(10, 5) << true << Rule::Required;
    QTest::newRow("service the same minute") << 1 << S::ServiceStarted << at(10, 0) << true << Rule::Required;
    QTest::newRow("service earlier than arrival") << 1 << S::ServiceStarted << at(9, 59) << false
                                                  << Rule::SessionStageOrder;
    QTest::newRow("documents skipping the service") << 1 << S::DocumentsHandedIn << at(10, 6) << false
                                                    << Rule::SessionStageOrder;
    QTest::newRow("documents") << 2 << S::DocumentsHandedIn << at(10, 10) << true << Rule::Required;
    QTest::newRow("result skipping the documents") << 2 << S::ResultIssued << at(10, 12) << false
                                                   << Rule::SessionStageOrder;
    QTest::newRow("result") << 3 << S::ResultIssued << at(10, 20) << true << Rule::Required;
    QTest::newRow("result before the documents") << 3 << S::ResultIssued << at(10, 9) << false
                                                 << Rule::SessionStageOrder;
    QTest::newRow("arrival twice") << 1 << S::Arrived << at(10, 1) << false << Rule::SessionStageOrder;
    QTest::newRow("service twice") << 2 << S::ServiceStarted << at(10, 6) << false << Rule::SessionStageOrder;
    QTest::newRow("anything after the result") << 4 << S::ResultIssued << at(10, 30) << false
                                               << Rule::SessionAlreadyFinished;
    QTest::newRow("arrival after the result") << 4 << S::Arrived << at(10, 30) << false
                                              << Rule::SessionAlreadyFinished;
    QTest::newRow("no time") << 0 << S::Arrived << QDateTime() << false << Rule::Required;
}

void TestServiceSession::stageOrder()
{
    QFETCH(int, recorded);
    QFETCH(ServiceStage, stage);
    QFETCH(QDateTime, time);
    QFETCH(bool, ok);
    QFETCH(Rule, rule);
    ServiceSession session;
    const QDateTime times[] = {at(10, 0), at(10, 5), at(10, 10), at(10, 20)};
    QDateTime *members[] = {&session.arrivedAt, &session.serviceStartedAt, &session.documentsAt, &session.resultAt};
    for (int i = 0; i < recorded; ++i)
        *members[i] = times[i];
    const Status status = ServiceSessions::checkStage(session, stage, time);
    QCOMPARE(status.ok(), ok);
    if (!ok) {
        QCOMPARE(status.error().rule, rule);
        QCOMPARE(status.error().field, Field::ServiceSession);
    }
}

void TestServiceSession::codes()
{
    const QList<std::pair<ServiceStage, QString>> stages = {{ServiceStage::Arrived, u"arrived"_s},
                                                           {ServiceStage::ServiceStarted, u"service_started"_s},
                                                           {ServiceStage::DocumentsHandedIn, u"documents_handed_in"_s},
                                                           {ServiceStage::ResultIssued, u"result_issued"_s}};
    for (const auto &[stage, code] : stages) {
        QCOMPARE(ServiceSessions::stageCode(stage), code);
        QCOMPARE(ServiceSessions::stageFromCode(code), stage);
        QVERIFY(!ServiceSessions::stageLabel(stage).isEmpty());
    }
    const QList<std::pair<ServiceOutcome, QString>> outcomes = {{ServiceOutcome::None, u"none"_s},
                                                               {ServiceOutcome::Admitted, u"admitted"_s},
                                                               {ServiceOutcome::Refused, u"refused"_s}};
    for (const auto &[outcome, code] : outcomes) {
        QCOMPARE(ServiceSessions::outcomeCode(outcome), code);
        QCOMPARE(ServiceSessions::outcomeFromCode(code), outcome);
        QVERIFY(!ServiceSessions::outcomeLabel(outcome).isEmpty());
    }
    QCOMPARE(ServiceSessions::stageFromCode(u"started"_s), std::nullopt);
    QCOMPARE(ServiceSessions::outcomeFromCode(u"Admitted"_s), std::nullopt);

    ServiceSession session;
    session.documentsAt = at(10, 10);
    QCOMPARE(session.stageTime(ServiceStage::DocumentsHandedIn), at(10, 10));
    QVERIFY(!session.stageTime(ServiceStage::Arrived).isValid());
}

QTEST_GUILESS_MAIN(TestServiceSession)
#include "tst_servicesession.moc"
