// RULES 7: a complaint to the head is considered within 5 working days of registration, one to the
// authorised body within 15; the register warns when the answer is late. Dates counted by hand on
// the built-in calendar (16.12.2026, 01.01, 04.01 and 07.01.2027 off; Nauryz 23-25.03.2026 off).
#include "domain/Complaint.h"
#include "domain/WorkCalendar.h"
#include "settings/RuleSettings.h"

#include <QTest>

Q_DECLARE_METATYPE(ComplaintAddressee)
Q_DECLARE_METATYPE(ComplaintStatus)
Q_DECLARE_METATYPE(Issues)

using namespace Qt::StringLiterals;

namespace {

QDate d(int day, int month, int year)
{
    return QDate(year, month, day);
}

Complaint complaint(const QDate &received, ComplaintAddressee addressee = ComplaintAddressee::Head)
{
    Complaint c;
    c.id = u"6c1d2f0e-0000-4000-8000-000000000001"_s;
    c.number = u"Ш-2026-0001"_s;
    c.receivedOn = received;
    c.addressee = addressee;
    c.complainant = u"Ахметова Г."_s;
    c.subject = u"Ожидание в очереди больше 15 минут"_s;
    return c;
}

} // namespace

class TestComplaint : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void deadline_data();
    void deadline();
    void deadlineSettings();
    void overdue_data();
    void overdue();
    void unknownCalendarYear();
    void validate_data();
    void validate();
    void codes();

private:
    WorkCalendar m_calendar;
};

void TestComplaint::initTestCase()
{
    const Expected<WorkCalendar> calendar = WorkCalendar::loadBuiltIn();
    QVERIFY(calendar);
    m_calendar = *calendar;
}

void TestComplaint::deadline_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<ComplaintAddressee>("addressee");
    QTest::addColumn<QDate>("deadline");

    const auto head = ComplaintAddressee::Head;
    const auto body = ComplaintAddressee::AuthorisedBody;
    // 15, 17, 18, 21, 22 December.
    QTest::newRow("head, across 16 December") << d(14, 12, 2026) << head << d(22, 12, 2026);
    // RULES 10 example: Mon 14.12.2026 + 15 working days = Fri 08.01.2027.
    QTest::newRow("authorised body, across New Year") << d(14, 12, 2026) << body << d(8, 1, 2027);
    QTest::newRow("head, across Nauryz") << d(20, 3, 2026) << head << d(1, 4, 2026);
    QTest::newRow("head, received on a Saturday") << d(21, 3, 2026) << head << d(1, 4, 2026);
    QTest::newRow("head, ordinary week") << d(2, 2, 2026) << head << d(9, 2, 2026);
    // 3-6, 10-13, 16-20, 26, 27 March: 9 March off (8 March fell on a Sunday), 23-25 March off.
    QTest::newRow("authorised body, across 8 March and Nauryz") << d(2, 3, 2026) << body << d(27, 3, 2026);
}

void TestComplaint::deadline()
{
    QFETCH(QDate, received);
    QFETCH(ComplaintAddressee, addressee);
    QFETCH(QDate, deadline);
    const Expected<QDate> due = Complaints::deadline(complaint(received, addressee), m_calendar, RuleSettings());
    QVERIFY2(due, qPrintable(due ? QString() : due.error().message()));
    QCOMPARE(*due, deadline);
}

void TestComplaint::deadlineSettings()
{
    RuleSettings settings;
    settings.complaintHeadWorkingDays = 3;
    settings.complaintAuthorityWorkingDays = 10;
    QCOMPARE(*Complaints::deadline(complaint(d(14, 12, 2026)), m_calendar, settings), d(18, 12, 2026));
    // 15, 17, 18, 21, 22, 23, 24, 25, 28, 29 December.
    QCOMPARE(*Complaints::deadline(complaint(d(14, 12, 2026), ComplaintAddressee::AuthorisedBody), m_calendar, settings),
             d(29, 12, 2026));
}

void TestComplaint::overdue_data()
{
    QTest::addColumn<ComplaintStatus>("status");
    QTest::addColumn<QDate>("answeredOn");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("overdue");

    // Received Mon 14.12.2026 by the head: deadline Tue 22.12.2026.
    const QDate none;
    QTest::newRow("open, the day it came") << ComplaintStatus::Registered << none << d(14, 12, 2026) << false;
    QTest::newRow("open, on the deadline") << ComplaintStatus::InReview << none << d(22, 12, 2026) << false;
    QTest::newRow("open, the day after") << ComplaintStatus::InReview << none << d(23, 12, 2026) << true;
    QTest::newRow("open, a month later") << ComplaintStatus::Registered << none << d(22, 1, 2027) << true;
    QTest::newRow("answered on the deadline") << ComplaintStatus::Answered << d(22, 12, 2026) << d(22, 1, 2027) << false;
    QTest::newRow("answered the day after") << ComplaintStatus::Answered << d(23, 12, 2026) << d(23, 12, 2026) << true;
    QTest::newRow("refused in time") << ComplaintStatus::Refused << d(15, 12, 2026) << d(22, 1, 2027) << false;
    QTest::newRow("refused late") << ComplaintStatus::Refused << d(4, 1, 2027) << d(22, 1, 2027) << true;
}

void TestComplaint::overdue()
{
    QFETCH(ComplaintStatus, status);
    QFETCH(QDate, answeredOn);
    QFETCH(QDate, today);
    QFETCH(bool, overdue);
    Complaint c = complaint(d(14, 12, 2026));
    c.status = status;
    c.answeredOn = answeredOn;
    const Expected<bool> late = Complaints::isOverdue(c, today, m_calendar, RuleSettings());
    QVERIFY(late);
    QCOMPARE(*late, overdue);
}

void TestComplaint::unknownCalendarYear()
{
    const Expected<QDate> due = Complaints::deadline(complaint(d(2, 2, 2031)), m_calendar, RuleSettings());
    QVERIFY(!due);
    QCOMPARE(due.error().rule, Rule::CalendarYearUnknown);
    // Late December 2027: the 15 days run into 2028, which has no calendar.
    const Expected<bool> late = Complaints::isOverdue(complaint(d(20, 12, 2027), ComplaintAddressee::AuthorisedBody),
                                                      d(20, 12, 2027), m_calendar, RuleSettings());
    QVERIFY(!late);
    QCOMPARE(late.error().rule, Rule::CalendarYearUnknown);
    const Expected<QDate> noDate = Complaints::deadline(complaint(QDate()), m_calendar, RuleSettings());
    QVERIFY(!noDate);
    QCOMPARE(noDate.error().field, Field::ComplaintReceivedOn);
}

void TestComplaint::validate_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<ComplaintStatus>("status");
    QTest::addColumn<QDate>("answeredOn");
    QTest::addColumn<Issues>("expected");

    const QDate today = d(15, 12, 2026);
    const QString subject = u"Отказ без объяснения"_s;
    const QDate none;
    QTest::newRow("registered today") << today << subject << ComplaintStatus::Registered << none << Issues();
    QTest::newRow("answered today") << d(14, 12, 2026) << subject << ComplaintStatus::Answered << today << Issues();
    QTest::newRow("answered the day it came") << today << subject << ComplaintStatus::Answered << today << Issues();
    QTest::newRow("no date") << none << subject << ComplaintStatus::Registered << none
                             << Issues{Issue::error(Field::ComplaintReceivedOn, Rule::Required)};
    QTest::newRow("received tomorrow") << d(16, 12, 2026) << subject << ComplaintStatus::Registered << none
                                       << Issues{Issue::error(Field::ComplaintReceivedOn, Rule::DateInFuture,
                                                              u"16.12.2026"_s)};
    QTest::newRow("no subject") << today << u"  "_s << ComplaintStatus::Registered << none
                                << Issues{Issue::error(Field::ComplaintSubject, Rule::Required)};
    QTest::newRow("answer before receipt") << d(14, 12, 2026) << subject << ComplaintStatus::Answered << d(13, 12, 2026)
                                           << Issues{Issue::error(Field::ComplaintAnswerDate, Rule::AnswerBeforeReceipt,
                                                                  u"13.12.2026"_s)};
    QTest::newRow("answered without a date") << d(14, 12, 2026) << subject << ComplaintStatus::Answered << none
                                             << Issues{Issue::error(Field::ComplaintAnswerDate, Rule::Required)};
    QTest::newRow("refused without a date") << d(14, 12, 2026) << subject << ComplaintStatus::Refused << none
                                            << Issues{Issue::error(Field::ComplaintAnswerDate, Rule::Required)};
    QTest::newRow("in review needs no answer date") << d(14, 12, 2026) << subject << ComplaintStatus::InReview << none
                                                    << Issues();
    QTest::newRow("answer dated tomorrow") << d(14, 12, 2026) << subject << ComplaintStatus::Answered
                                           << d(16, 12, 2026)
                                           << Issues{Issue::error(Field::ComplaintAnswerDate, Rule::DateInFuture,
                                                                  u"16.12.2026"_s)};
    QTest::newRow("nothing") << none << QString() << ComplaintStatus::Answered << none
                             << Issues{Issue::error(Field::ComplaintReceivedOn, Rule::Required),
                                       Issue::error(Field::ComplaintSubject, Rule::Required),
                                       Issue::error(Field::ComplaintAnswerDate, Rule::Required)};
}

void TestComplaint::validate()
{
    QFETCH(QDate, received);
    QFETCH(QString, subject);
    QFETCH(ComplaintStatus, status);
    QFETCH(QDate, answeredOn);
    QFETCH(Issues, expected);
    Complaint c = complaint(received);
    c.subject = subject;
    c.status = status;
    c.answeredOn = answeredOn;
    QCOMPARE(Complaints::validate(c, d(15, 12, 2026)), expected);
}

void TestComplaint::codes()
{
    const QList<std::pair<ComplaintAddressee, QString>> addressees = {
        {ComplaintAddressee::Head, u"head"_s}, {ComplaintAddressee::AuthorisedBody, u"authorised_body"_s}};
    for (const auto &[addressee, code] : addressees) {
        QCOMPARE(Complaints::addresseeCode(addressee), code);
        QCOMPARE(Complaints::addresseeFromCode(code), addressee);
        QVERIFY(!Complaints::addresseeLabel(addressee).isEmpty());
    }
    const QList<std::pair<ComplaintStatus, QString>> statuses = {
        {ComplaintStatus::Registered, u"registered"_s}, {ComplaintStatus::InReview, u"in_review"_s},
        {ComplaintStatus::Answered, u"answered"_s}, {ComplaintStatus::Refused, u"refused"_s}};
    for (const auto &[status, code] : statuses) {
        QCOMPARE(Complaints::statusCode(status), code);
        QCOMPARE(Complaints::statusFromCode(code), status);
        QVERIFY(!Complaints::statusLabel(status).isEmpty());
    }
    QCOMPARE(Complaints::addresseeFromCode(u"authority"_s), std::nullopt);
    QCOMPARE(Complaints::statusFromCode(u"in review"_s), std::nullopt);
    QVERIFY(!complaint(d(1, 2, 2026)).isClosed());
    Complaint answered = complaint(d(1, 2, 2026));
    answered.status = ComplaintStatus::Answered;
    QVERIFY(answered.isClosed());
}

QTEST_GUILESS_MAIN(TestComplaint)
#include "tst_complaint.moc"
