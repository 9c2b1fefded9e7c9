// RULES 5's clocks on a real qabyldau-server: `deadlines run --on DATE` expires a direction the
// day after its 5 working days, sends the application to the stop list for 10 calendar days and
// back to the queue after them; cancels a direction held under an extraordinary right that was
// not confirmed in time (and removes the right), but not one whose right the kindergarten
// confirmed (`confirm_right` over HTTP); names a year the calendar does not know until
// `calendar import` brings it. The expected days are worked out by hand from the 2027 calendar
// (resources/calendars/kz-2027.json) in each case's comment. The desks see every transition
// through GET /api/v1/changes. SQLite, and PostgreSQL with QABYLDAU_TEST_PG_URL_FILE.
#include "ServerTestHelpers.h"

#include "domain/WorkCalendar.h"

#include <QTest>

using namespace ServerTest;

class TestServerDeadlines : public QObject, protected TwoKindergartenFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void expiryStopListsThenReturnsToTheQueue();
    void unconfirmedExtraordinaryRightIsCancelledAndRemoved();
    void confirmedRightKeepsTheExtendedDirection();
    void unknownCalendarYearIsNamedUntilImported();
    void confirmRightIsRejectedWhenNotItsOwn();

private:
    Application registerAtA(Category category = Category::None);
    void importDirection(const QString &number, const Application &application, const QDateTime &issuedAt);
    QJsonObject runDeadlines(const QString &on, int expectedExit = 0);
    QJsonObject latest(const QString &entity, const QString &id);
};

void TestServerDeadlines::initTestCase()
{
    QVERIFY2(QFile::exists(serverPath()), qPrintable(serverPath()));
}

void TestServerDeadlines::init()
{
    const QString failed = startTwoKindergartens();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestServerDeadlines::cleanup()
{
    stopServer();
}

Application TestServerDeadlines::registerAtA(Category category)
{
    Application application = m_applications.next();
    if (category != Category::None) {
        application.category = category;
        application.categoryDocument = CategoryDocument{QStringLiteral("certificate from the place of service"),
                                                        QStringLiteral("12-345"), QStringLiteral("ҚР ҚМ"),
                                                        QDate::currentDate().addDays(-3)};
    }
    const QJsonObject answer = send(m_tokenA, QStringLiteral("register_application"), ApplicationJson::toJson(application));
    [&] { QCOMPARE(answer[QStringLiteral("status")].toString(), QStringLiteral("applied")); }();
    return application;
}

void TestServerDeadlines::importDirection(const QString &number, const Application &application, const QDateTime &issuedAt)
{
    QJsonObject record = directionRecord(number, m_orgA, application, issuedAt);
    record.insert(QStringLiteral("category"), Categories::code(application.category));
    const QString failed = importDirections(*m_server, m_dir, number, {record});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

QJsonObject TestServerDeadlines::runDeadlines(const QString &on, int expectedExit)
{
    const Run run = m_server->cli({QStringLiteral("deadlines"), QStringLiteral("run"), QStringLiteral("--on"), on, QStringLiteral("--json")});
    [&] { QVERIFY2(run.exitCode == expectedExit, qPrintable(run.out + run.err)); }();
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

// The newest version of entity/id that desk A (the registering kindergarten, the directions'
// kindergarten) downloads.
QJsonObject TestServerDeadlines::latest(const QString &entity, const QString &id)
{
    const Feed feed = downloadFeed(*m_server, m_tokenA, 50);
    return feed.latest(QStringLiteral("org:") + m_orgA, entity, id)[QStringLiteral("data")].toObject();
}

void TestServerDeadlines::expiryStopListsThenReturnsToTheQueue()
{
    // Issued Monday 1 February 2027 (noon, Almaty): the 5 working days are Tue 2, Wed 3, Thu 4,
    // Fri 5 and Mon 8 February (no holiday in between), so it is in force through 8 February and
    // expires on Tuesday 9 February; the stop list lasts until 9 + 10 = 19 February; on the
    // 20th the application is back in the queue.
    const Application application = registerAtA();
    importDirection(QStringLiteral("D-EXP-1"), application, QDateTime(QDate(2027, 2, 1), QTime(7, 0), Qt::UTC));

    QJsonObject report = runDeadlines(QStringLiteral("2027-02-08"));
    QCOMPARE(report[QStringLiteral("expired")].toInt(), 0);
    QCOMPARE(latest(QStringLiteral("direction"), QStringLiteral("D-EXP-1"))[QStringLiteral("status")].toString(), QStringLiteral("issued"));

    report = runDeadlines(QStringLiteral("2027-02-09"));
    QCOMPARE(report[QStringLiteral("expired")].toInt(), 1);
    QCOMPARE(report[QStringLiteral("transitions")][0][QStringLiteral("direction_number")].toString(), QStringLiteral("D-EXP-1"));
    QCOMPARE(latest(QStringLiteral("direction"), QStringLiteral("D-EXP-1"))[QStringLiteral("status")].toString(), QStringLiteral("expired"));
    QJsonObject seen = latest(QStringLiteral("application"), application.id);
    QCOMPARE(seen[QStringLiteral("status")].toString(), QStringLiteral("stop_listed"));
    QCOMPARE(seen[QStringLiteral("stop_listed_until")].toString(), QStringLiteral("2027-02-19"));

    // The same day again changes nothing (a second server process, a rerun).
    report = runDeadlines(QStringLiteral("2027-02-09"));
    QCOMPARE(report[QStringLiteral("expired")].toInt() + report[QStringLiteral("requeued")].toInt(), 0);

    report = runDeadlines(QStringLiteral("2027-02-19"));
    QCOMPARE(report[QStringLiteral("requeued")].toInt(), 0);
    report = runDeadlines(QStringLiteral("2027-02-20"));
    QCOMPARE(report[QStringLiteral("requeued")].toInt(), 1);
    seen = latest(QStringLiteral("application"), application.id);
    QCOMPARE(seen[QStringLiteral("status")].toString(), QStringLiteral("queued"));
    // Back with the original filing time (RULES 5).
    QCOMPARE(QDateTime::fromString(seen[QStringLiteral("filed_at")].toString(), Qt::ISODateWithMs).toMSecsSinceEpoch(),
             application.filedAt.toMSecsSinceEpoch());

    const Run verified = m_server->cli({QStringLiteral("journal"), QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
}

void TestServerDeadlines::unconfirmedExtraordinaryRightIsCancelledAndRemoved()
{
    // Category 1, issued Monday 1 February 2027 and extended to 26 February: the right must be
    // confirmed within 5 working days, by Monday 8 February. Unconfirmed on the 9th: cancelled,
    // not expired (the extension keeps it in force until the 26th), the right removed
    // (category 10) and the application on the stop list until 19 February.
    const Application application = registerAtA(Category::Military);
    importDirection(QStringLiteral("D-CAN-1"), application, QDateTime(QDate(2027, 2, 1), QTime(7, 0), Qt::UTC));
    const QJsonObject extended = send(m_tokenA, QStringLiteral("extend_direction"),
                                      {{QStringLiteral("direction_number"), QStringLiteral("D-CAN-1")},
                                       {QStringLiteral("extended_until"), QStringLiteral("2027-02-26")}});
    QCOMPARE(extended[QStringLiteral("status")].toString(), QStringLiteral("applied"));

    QCOMPARE(runDeadlines(QStringLiteral("2027-02-08"))[QStringLiteral("cancelled")].toInt(), 0);
    const QJsonObject report = runDeadlines(QStringLiteral("2027-02-09"));
    QCOMPARE(report[QStringLiteral("cancelled")].toInt(), 1);
    QCOMPARE(report[QStringLiteral("expired")].toInt(), 0);
    QCOMPARE(latest(QStringLiteral("direction"), QStringLiteral("D-CAN-1"))[QStringLiteral("status")].toString(),
             QStringLiteral("cancelled"));
    const QJsonObject seen = latest(QStringLiteral("application"), application.id);
    QCOMPARE(seen[QStringLiteral("status")].toString(), QStringLiteral("stop_listed"));
    QCOMPARE(seen[QStringLiteral("category")].toInt(), 10);
    QCOMPARE(seen[QStringLiteral("stop_listed_until")].toString(), QStringLiteral("2027-02-19"));
}

void TestServerDeadlines::confirmedRightKeepsTheExtendedDirection()
{
    // Issued today-ish so that the desk can confirm on a day that has come: the right is
    // confirmed, the direction extended by 20 calendar days; a run on the first day after the
    // confirmation window leaves it in force, a run the day after the extension expires it.
    const Application application = registerAtA(Category::Military);
    const QDateTime issuedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    importDirection(QStringLiteral("D-CONF-1"), application, issuedAt);
    const QDate issuedOn = issuedAt.toLocalTime().date();
    const Expected<WorkCalendar> calendar = WorkCalendar::loadBuiltIn();
    QVERIFY(calendar);
    // The built-in years (2024-2027) reach these days until late 2027.
    const Expected<QDate> confirmBy = calendar->addWorkingDays(issuedOn, 5);
    QVERIFY2(confirmBy, "the built-in calendar does not reach the days of this run: add the next year's file");
    const QDate extendedUntil = confirmBy->addDays(20);

    QJsonObject answer = send(m_tokenA, QStringLiteral("confirm_right"),
                              {{QStringLiteral("direction_number"), QStringLiteral("D-CONF-1")},
                               {QStringLiteral("confirmed_on"), QDate::currentDate().toString(Qt::ISODate)}});
    QCOMPARE(answer[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    // Every desk of the kindergarten learns it with the direction's new version.
    QCOMPARE(latest(QStringLiteral("direction"), QStringLiteral("D-CONF-1"))[QStringLiteral("right_confirmed_on")].toString(),
             QDate::currentDate().toString(Qt::ISODate));
    answer = send(m_tokenA, QStringLiteral("confirm_right"),
                  {{QStringLiteral("direction_number"), QStringLiteral("D-CONF-1")},
                   {QStringLiteral("confirmed_on"), QDate::currentDate().toString(Qt::ISODate)}});
    QCOMPARE(answer[QStringLiteral("code")].toString(), QStringLiteral("already_confirmed"));
    answer = send(m_tokenA, QStringLiteral("extend_direction"),
                  {{QStringLiteral("direction_number"), QStringLiteral("D-CONF-1")},
                   {QStringLiteral("extended_until"), extendedUntil.toString(Qt::ISODate)}});
    QCOMPARE(answer[QStringLiteral("status")].toString(), QStringLiteral("applied"));

    QJsonObject report = runDeadlines(confirmBy->addDays(1).toString(Qt::ISODate));
    QCOMPARE(report[QStringLiteral("cancelled")].toInt() + report[QStringLiteral("expired")].toInt(), 0);
    report = runDeadlines(extendedUntil.addDays(1).toString(Qt::ISODate));
    QCOMPARE(report[QStringLiteral("expired")].toInt(), 1);
    QCOMPARE(latest(QStringLiteral("application"), application.id)[QStringLiteral("category")].toInt(), 1);
}

void TestServerDeadlines::unknownCalendarYearIsNamedUntilImported()
{
    // A direction issued on Monday 6 January 2031, a year no built-in file covers: the run names
    // it and exits 1, changing nothing. With a 2031 file imported (holidays 1, 2 and 7 January):
    // Tuesday 7 January is a holiday, so the 5 working days are Wed 8, Thu 9, Fri 10, Mon 13 and
    // Tue 14; in force on the 14th, expired on the 15th.
    const Application application = registerAtA();
    importDirection(QStringLiteral("D-2031"), application, QDateTime(QDate(2031, 1, 6), QTime(7, 0), Qt::UTC));
    QJsonObject report = runDeadlines(QStringLiteral("2031-01-20"), 1);
    QCOMPARE(report[QStringLiteral("expired")].toInt(), 0);
    QCOMPARE(report[QStringLiteral("problems")].toArray().size(), 1);
    QVERIFY(report[QStringLiteral("problems")][0].toString().contains(QStringLiteral("2031")));

    const QString path = m_dir.filePath(QStringLiteral("kz-2031.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"format": 1, "year": 2031, "source": "test",
      "holidays": [
        {"date": "2031-01-01", "name": {"kk": "Жаңа жыл", "ru": "Новый год"}, "moves": true},
        {"date": "2031-01-02", "name": {"kk": "Жаңа жыл", "ru": "Новый год"}, "moves": true},
        {"date": "2031-01-07", "name": {"kk": "Православиелік Рождество", "ru": "Православное Рождество"}, "moves": false}
      ], "days_off": [], "working_days": []})");
    file.close();
    Run run = m_server->cli({QStringLiteral("calendar"), QStringLiteral("import"), path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = m_server->cli({QStringLiteral("calendar"), QStringLiteral("list")});
    QVERIFY2(run.out.contains(QStringLiteral("2031\timported")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("2027\tbuilt-in")), qPrintable(run.out));

    QCOMPARE(runDeadlines(QStringLiteral("2031-01-14"))[QStringLiteral("expired")].toInt(), 0);
    QCOMPARE(runDeadlines(QStringLiteral("2031-01-15"))[QStringLiteral("expired")].toInt(), 1);

    // A file that is not a calendar: one line, exit 1, nothing kept.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"format": 1, "year": 2032, "holidays": [{"date": "2031-05-01"}]})");
    file.close();
    run = m_server->cli({QStringLiteral("calendar"), QStringLiteral("import"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("qabyldau-server: invalid_calendar: ")), qPrintable(run.err));
    QVERIFY(!m_server->cli({QStringLiteral("calendar"), QStringLiteral("list")}).out.contains(QStringLiteral("2032")));
}

void TestServerDeadlines::confirmRightIsRejectedWhenNotItsOwn()
{
    const Application general = registerAtA();
    importDirection(QStringLiteral("D-GEN"), general, QDateTime::currentDateTimeUtc().addDays(-1));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    // Another kindergarten's desk does not learn that the direction exists.
    QJsonObject answer = send(m_tokenB, QStringLiteral("confirm_right"),
                              {{QStringLiteral("direction_number"), QStringLiteral("D-GEN")}, {QStringLiteral("confirmed_on"), today}});
    QCOMPARE(answer[QStringLiteral("code")].toString(), QStringLiteral("not_found"));
    answer = send(m_tokenA, QStringLiteral("confirm_right"),
                  {{QStringLiteral("direction_number"), QStringLiteral("D-GEN")}, {QStringLiteral("confirmed_on"), today}});
    QCOMPARE(answer[QStringLiteral("code")].toString(), QStringLiteral("not_extraordinary"));

    const Application military = registerAtA(Category::Military);
    importDirection(QStringLiteral("D-MIL"), military, QDateTime::currentDateTimeUtc().addDays(-1));
    answer = send(m_tokenA, QStringLiteral("confirm_right"),
                  {{QStringLiteral("direction_number"), QStringLiteral("D-MIL")},
                   {QStringLiteral("confirmed_on"), QDate::currentDate().addDays(3).toString(Qt::ISODate)}});
    QCOMPARE(answer[QStringLiteral("code")].toString(), QStringLiteral("invalid_confirmation"));
}

QTEST_GUILESS_MAIN(TestServerDeadlines)
#include "tst_server_deadlines.moc"
