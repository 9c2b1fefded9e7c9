// RULES 6.2 and 34: the six documents of Appendix 4 item 8, the emergency deferral of items 4-6,
// the 3-day age limit of the certificate of health (34.1), and the direction itself (in force on
// the contract date, for this child, for this kindergarten -> Appendix 4 item 9.2).
#include "domain/Checklist.h"
#include "domain/WorkCalendar.h"
#include "settings/RuleSettings.h"

#include <QJsonArray>
#include <QTest>

Q_DECLARE_METATYPE(ChecklistItem)
Q_DECLARE_METATYPE(ChecklistFinding::Problem)
Q_DECLARE_METATYPE(RefusalGround)
Q_DECLARE_METATYPE(ServiceChannel)
Q_DECLARE_METATYPE(Category)
Q_DECLARE_METATYPE(GroupType)

using namespace Qt::StringLiterals;

namespace {

using Item = ChecklistItem;
using Problem = ChecklistFinding::Problem;
using Items = QList<ChecklistItem>;

// A plain finding as the test expects it (detail compared separately where it matters).
struct Expect
{
    Item item;
    Problem problem;
    RefusalGround ground;
};
using Expects = QList<Expect>;

QDate d(int day, int month, int year)
{
    return QDate(year, month, day);
}

const QString kindergarten = u"AST-0042"_s;
const QString childIin = u"210315601231"_s;
// Contract date Tue 24.11.2026; the direction issued Wed 18.11.2026 is valid until Wed 25.11.2026
// (19, 20, 23, 24, 25 November).
const QDate contractDate = d(24, 11, 2026);

Direction makeDirection(Category category = Category::None, GroupType group = GroupType::General)
{
    Direction dir;
    dir.number = u"AST-2026-000777"_s;
    dir.kindergartenId = kindergarten;
    dir.childIin = childIin;
    dir.issuedAt = QDateTime(d(18, 11, 2026), QTime(11, 0));
    dir.category = category;
    dir.groupType = group;
    return dir;
}

Checklist presenting(const Items &items, const QDate &certificateDate = d(23, 11, 2026))
{
    Checklist checklist;
    checklist.presented = QSet<ChecklistItem>(items.cbegin(), items.cend());
    checklist.healthCertificateIssuedOn = certificateDate;
    return checklist;
}

const Items firstFive = {Item::Direction, Item::ParentId, Item::BirthCertificate, Item::HealthPassport,
                         Item::HealthCertificate};
const Items allSix = {Item::Direction, Item::ParentId, Item::BirthCertificate, Item::HealthPassport,
                      Item::HealthCertificate, Item::PmpcConclusion};

} // namespace

class TestChecklist : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void requiredItems_data();
    void requiredItems();
    void missing_data();
    void missing();
    void emergencyDeferral_data();
    void emergencyDeferral();
    void certificateAge_data();
    void certificateAge();
    void directionChecks_data();
    void directionChecks();
    void groundsAndFaultyItems();
    void findingMessage();
    void forms_data();
    void forms();
    void portalChecksTheSameDocuments();
    void unknownCalendarYear();
    void jsonRoundTrip();
    void codes();
    void refusalGrounds();

private:
    Expected<ChecklistEvaluation> evaluate(const Checklist &checklist, const Direction &dir,
                                           const QString &presentedChild = childIin,
                                           const QDate &date = contractDate,
                                           const RuleSettings &settings = RuleSettings()) const
    {
        return Checklists::evaluate(checklist, dir, kindergarten, presentedChild, date, m_calendar, settings);
    }
    static void compareFindings(const QList<ChecklistFinding> &actual, const Expects &expected)
    {
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < actual.size(); ++i) {
            QCOMPARE(actual.at(i).item, expected.at(i).item);
            QCOMPARE(actual.at(i).problem, expected.at(i).problem);
            QCOMPARE(actual.at(i).ground, expected.at(i).ground);
        }
    }

    WorkCalendar m_calendar;
};

void TestChecklist::initTestCase()
{
    const Expected<WorkCalendar> calendar = WorkCalendar::loadBuiltIn();
    QVERIFY(calendar);
    m_calendar = *calendar;
}

void TestChecklist::requiredItems_data()
{
    QTest::addColumn<Category>("category");
    QTest::addColumn<GroupType>("group");
    QTest::addColumn<Items>("required");

    // RULES 6.2: item 6 only for a child with special educational needs (category 4 or a special group).
    QTest::newRow("general queue, general group") << Category::None << GroupType::General << firstFive;
    QTest::newRow("large family") << Category::LargeFamily << GroupType::General << firstFive;
    QTest::newRow("category 4") << Category::SpecialNeeds << GroupType::General << allSix;
    QTest::newRow("special group") << Category::None << GroupType::Special << allSix;
    QTest::newRow("category 4 in a special group") << Category::SpecialNeeds << GroupType::Special << allSix;
}

void TestChecklist::requiredItems()
{
    QFETCH(Category, category);
    QFETCH(GroupType, group);
    QFETCH(Items, required);
    const Direction dir = makeDirection(category, group);
    QCOMPARE(Checklists::requiredItems(dir), required);

    // Everything required presented: complete.
    const Expected<ChecklistEvaluation> all = evaluate(presenting(required), dir);
    QVERIFY(all);
    QCOMPARE(all->required, required);
    QVERIFY(all->isComplete());
    QCOMPARE(all->deferred, Items());

    // Without item 6: complete only when item 6 is not required.
    const Expected<ChecklistEvaluation> withoutSix = evaluate(presenting(firstFive), dir);
    QVERIFY(withoutSix);
    QCOMPARE(withoutSix->isComplete(), !required.contains(Item::PmpcConclusion));
}

void TestChecklist::missing_data()
{
    QTest::addColumn<Items>("presented");
    QTest::addColumn<Expects>("expected");

    const auto missing = [](Item item) { return Expect{item, Problem::Missing, RefusalGround::DocumentsMissingOrOutOfDate}; };
    QTest::newRow("nothing") << Items() << Expects{missing(Item::Direction), missing(Item::ParentId),
                                                   missing(Item::BirthCertificate), missing(Item::HealthPassport),
                                                   missing(Item::HealthCertificate)};
    QTest::newRow("no direction original") << Items{Item::ParentId, Item::BirthCertificate, Item::HealthPassport,
                                                    Item::HealthCertificate}
                                           << Expects{missing(Item::Direction)};
    QTest::newRow("no parent ID") << Items{Item::Direction, Item::BirthCertificate, Item::HealthPassport,
                                           Item::HealthCertificate}
                                  << Expects{missing(Item::ParentId)};
    // RULES 6.4 / 34.1: the health passport is missing.
    QTest::newRow("no health passport") << Items{Item::Direction, Item::ParentId, Item::BirthCertificate,
                                                 Item::HealthCertificate}
                                        << Expects{missing(Item::HealthPassport)};
    QTest::newRow("no certificate of health") << Items{Item::Direction, Item::ParentId, Item::BirthCertificate,
                                                       Item::HealthPassport}
                                              << Expects{missing(Item::HealthCertificate)};
    QTest::newRow("item 6 not needed, presented anyway") << allSix << Expects();
}

void TestChecklist::missing()
{
    QFETCH(Items, presented);
    QFETCH(Expects, expected);
    const Expected<ChecklistEvaluation> e = evaluate(presenting(presented), makeDirection());
    QVERIFY(e);
    compareFindings(e->findings, expected);
    QCOMPARE(e->isComplete(), expected.isEmpty());
}

void TestChecklist::emergencyDeferral_data()
{
    QTest::addColumn<bool>("specialNeeds");
    QTest::addColumn<Items>("presented");
    QTest::addColumn<Items>("deferred");
    QTest::addColumn<Expects>("expected");

    const auto missing = [](Item item) { return Expect{item, Problem::Missing, RefusalGround::DocumentsMissingOrOutOfDate}; };
    const Items firstThree = {Item::Direction, Item::ParentId, Item::BirthCertificate};
    // RULES 6.2, last paragraph: 4, 5, 6 may be brought later; 1-3 never.
    QTest::newRow("1-3 only") << false << firstThree << Items{Item::HealthPassport, Item::HealthCertificate}
                              << Expects();
    QTest::newRow("1-3 only, special needs") << true << firstThree
                                             << Items{Item::HealthPassport, Item::HealthCertificate, Item::PmpcConclusion}
                                             << Expects();
    QTest::newRow("certificate brought, passport owed") << false
                                                        << Items{Item::Direction, Item::ParentId, Item::BirthCertificate,
                                                                 Item::HealthCertificate}
                                                        << Items{Item::HealthPassport} << Expects();
    QTest::newRow("everything brought: nothing owed") << false << firstFive << Items() << Expects();
    QTest::newRow("no direction: not deferrable") << false << Items{Item::ParentId, Item::BirthCertificate}
                                                  << Items{Item::HealthPassport, Item::HealthCertificate}
                                                  << Expects{missing(Item::Direction)};
    QTest::newRow("no parent ID: not deferrable") << false << Items{Item::Direction, Item::BirthCertificate}
                                                  << Items{Item::HealthPassport, Item::HealthCertificate}
                                                  << Expects{missing(Item::ParentId)};
    QTest::newRow("no birth certificate: not deferrable") << true << Items{Item::Direction, Item::ParentId}
                                                          << Items{Item::HealthPassport, Item::HealthCertificate,
                                                                   Item::PmpcConclusion}
                                                          << Expects{missing(Item::BirthCertificate)};
}

void TestChecklist::emergencyDeferral()
{
    QFETCH(bool, specialNeeds);
    QFETCH(Items, presented);
    QFETCH(Items, deferred);
    QFETCH(Expects, expected);
    Checklist checklist = presenting(presented);
    checklist.emergencyDeferral = true;
    const Direction dir = makeDirection(specialNeeds ? Category::SpecialNeeds : Category::None);
    const Expected<ChecklistEvaluation> e = evaluate(checklist, dir);
    QVERIFY(e);
    QCOMPARE(e->deferred, deferred);
    compareFindings(e->findings, expected);
    for (Item item : deferred)
        QVERIFY(Checklists::deferrable(item));

    // Without the deferral the same owed items are missing.
    checklist.emergencyDeferral = false;
    const Expected<ChecklistEvaluation> strict = evaluate(checklist, dir);
    QVERIFY(strict);
    QCOMPARE(strict->deferred, Items());
    for (Item item : deferred)
        QVERIFY(strict->faultyItems().contains(item));
}

void TestChecklist::certificateAge_data()
{
    QTest::addColumn<QDate>("issuedOn");
    QTest::addColumn<int>("maxAgeDays");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("detail");

    // Contract Tue 24.11.2026. RULES 34.1: issued no earlier than 3 calendar days before it.
    QTest::newRow("same day") << d(24, 11, 2026) << 3 << true << Problem::Missing << QString();
    QTest::newRow("1 day before") << d(23, 11, 2026) << 3 << true << Problem::Missing << QString();
    QTest::newRow("3 days before (Saturday)") << d(21, 11, 2026) << 3 << true << Problem::Missing << QString();
    QTest::newRow("4 days before") << d(20, 11, 2026) << 3 << false << Problem::HealthCertificateTooOld
                                   << u"issued 20.11.2026, 4 day(s) before 24.11.2026, at most 3 allowed"_s;
    QTest::newRow("a month before") << d(23, 10, 2026) << 3 << false << Problem::HealthCertificateTooOld
                                    << u"issued 23.10.2026, 32 day(s) before 24.11.2026, at most 3 allowed"_s;
    QTest::newRow("1 day after the contract") << d(25, 11, 2026) << 3 << false
                                              << Problem::HealthCertificateAfterContract
                                              << u"issued 25.11.2026, after the contract date 24.11.2026"_s;
    QTest::newRow("no date") << QDate() << 3 << false << Problem::HealthCertificateNoDate << QString();
    // The limit is a setting.
    QTest::newRow("setting 5: 5 days before") << d(19, 11, 2026) << 5 << true << Problem::Missing << QString();
    QTest::newRow("setting 5: 6 days before") << d(18, 11, 2026) << 5 << false << Problem::HealthCertificateTooOld
                                              << u"issued 18.11.2026, 6 day(s) before 24.11.2026, at most 5 allowed"_s;
    QTest::newRow("setting 0: same day only") << d(23, 11, 2026) << 0 << false << Problem::HealthCertificateTooOld
                                              << u"issued 23.11.2026, 1 day(s) before 24.11.2026, at most 0 allowed"_s;
}

void TestChecklist::certificateAge()
{
    QFETCH(QDate, issuedOn);
    QFETCH(int, maxAgeDays);
    QFETCH(bool, complete);
    QFETCH(Problem, problem);
    QFETCH(QString, detail);
    RuleSettings settings;
    settings.healthCertificateMaxAgeDays = maxAgeDays;
    const Expected<ChecklistEvaluation> e =
        evaluate(presenting(firstFive, issuedOn), makeDirection(), childIin, contractDate, settings);
    QVERIFY(e);
    QCOMPARE(e->isComplete(), complete);
    if (complete)
        return;
    QCOMPARE(e->findings.size(), 1);
    const ChecklistFinding &f = e->findings.constFirst();
    QCOMPARE(f.item, Item::HealthCertificate);
    QCOMPARE(f.problem, problem);
    QCOMPARE(f.ground, RefusalGround::DocumentsMissingOrOutOfDate); // 34.1
    QCOMPARE(f.detail, detail);
    QCOMPARE(e->grounds(), QList<RefusalGround>{RefusalGround::DocumentsMissingOrOutOfDate});
    QCOMPARE(e->faultyItems(), Items{Item::HealthCertificate});
}

void TestChecklist::directionChecks_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("presentedChild");
    QTest::addColumn<QString>("directionKindergarten");
    QTest::addColumn<DirectionStatus>("status");
    QTest::addColumn<Expects>("expected");
    QTest::addColumn<QString>("detail");

    const auto rg = RefusalGround::RequirementsNotMet;
    // The certificate is dated on the contract day in each row, so only the direction can fail.
    QTest::newRow("last day in force") << d(25, 11, 2026) << childIin << kindergarten << DirectionStatus::Issued
                                       << Expects() << QString();
    QTest::newRow("expired on the contract date")
        << d(26, 11, 2026) << childIin << kindergarten << DirectionStatus::Issued
        << Expects{{Item::Direction, Problem::DirectionNotInForce, rg}} << u"expired on 26.11.2026"_s;
    QTest::newRow("already used") << contractDate << childIin << kindergarten << DirectionStatus::Used
                                  << Expects{{Item::Direction, Problem::DirectionNotInForce, rg}} << u"used"_s;
    QTest::newRow("other child") << contractDate << u"200101500403"_s << kindergarten << DirectionStatus::Issued
                                 << Expects{{Item::Direction, Problem::DirectionOtherChild, rg}}
                                 << u"IIN on the direction: 210315601231"_s;
    QTest::newRow("same child typed with spaces") << contractDate << u"210315 60123 1"_s << kindergarten
                                                  << DirectionStatus::Issued << Expects() << QString();
    QTest::newRow("child not compared when not given") << contractDate << QString() << kindergarten
                                                       << DirectionStatus::Issued << Expects() << QString();
    QTest::newRow("other kindergarten") << contractDate << childIin << u"AST-0043"_s << DirectionStatus::Issued
                                        << Expects{{Item::Direction, Problem::DirectionOtherKindergarten, rg}}
                                        << u"kindergarten on the direction: AST-0043"_s;
    QTest::newRow("everything wrong")
        << d(26, 11, 2026) << u"200101500403"_s << u"AST-0043"_s << DirectionStatus::Issued
        << Expects{{Item::Direction, Problem::DirectionNotInForce, rg},
                   {Item::Direction, Problem::DirectionOtherChild, rg},
                   {Item::Direction, Problem::DirectionOtherKindergarten, rg}}
        << u"expired on 26.11.2026"_s;
}

void TestChecklist::directionChecks()
{
    QFETCH(QDate, date);
    QFETCH(QString, presentedChild);
    QFETCH(QString, directionKindergarten);
    QFETCH(DirectionStatus, status);
    QFETCH(Expects, expected);
    QFETCH(QString, detail);
    Direction dir = makeDirection();
    dir.kindergartenId = directionKindergarten;
    dir.status = status;
    const Expected<ChecklistEvaluation> e = evaluate(presenting(firstFive, date), dir, presentedChild, date);
    QVERIFY(e);
    compareFindings(e->findings, expected);
    if (!expected.isEmpty()) {
        QCOMPARE(e->findings.constFirst().detail, detail);
        QCOMPARE(e->grounds(), QList<RefusalGround>{RefusalGround::RequirementsNotMet}); // 9.2
        QCOMPARE(e->faultyItems(), Items{Item::Direction});
    }
}

void TestChecklist::groundsAndFaultyItems()
{
    // No health passport (34.1), a certificate 4 days old (34.1), another child's direction (9.2).
    Direction dir = makeDirection();
    const Expected<ChecklistEvaluation> e =
        evaluate(presenting({Item::Direction, Item::ParentId, Item::BirthCertificate, Item::HealthCertificate},
                            d(20, 11, 2026)),
                 dir, u"200101500403"_s);
    QVERIFY(e);
    QVERIFY(!e->isComplete());
    compareFindings(e->findings, Expects{{Item::Direction, Problem::DirectionOtherChild, RefusalGround::RequirementsNotMet},
                                         {Item::HealthPassport, Problem::Missing, RefusalGround::DocumentsMissingOrOutOfDate},
                                         {Item::HealthCertificate, Problem::HealthCertificateTooOld,
                                          RefusalGround::DocumentsMissingOrOutOfDate}});
    // Each ground once, in the order of the rules (34 before 9).
    QCOMPARE(e->grounds(), (QList<RefusalGround>{RefusalGround::DocumentsMissingOrOutOfDate,
                                                 RefusalGround::RequirementsNotMet}));
    QCOMPARE(e->faultyItems(), (Items{Item::Direction, Item::HealthPassport, Item::HealthCertificate}));

    // Two findings on the same item list it once.
    dir.kindergartenId = u"AST-0043"_s;
    const Expected<ChecklistEvaluation> twice = evaluate(presenting(firstFive), dir, u"200101500403"_s);
    QVERIFY(twice);
    QCOMPARE(twice->findings.size(), 2);
    QCOMPARE(twice->faultyItems(), Items{Item::Direction});
    QCOMPARE(twice->grounds(), QList<RefusalGround>{RefusalGround::RequirementsNotMet});

    const ChecklistEvaluation none;
    QCOMPARE(none.grounds(), QList<RefusalGround>());
    QCOMPARE(none.faultyItems(), Items());
}

void TestChecklist::findingMessage()
{
    const Expected<ChecklistEvaluation> e =
        evaluate(presenting({Item::Direction, Item::ParentId, Item::BirthCertificate, Item::HealthPassport}), makeDirection());
    QVERIFY(e);
    QCOMPARE(e->findings.size(), 1);
    QCOMPARE(e->findings.constFirst().message(), u"5. Certificate of the child's health: missing (ground: 34.1)"_s);

    const Expected<ChecklistEvaluation> old = evaluate(presenting(firstFive, d(20, 11, 2026)), makeDirection());
    QVERIFY(old);
    QCOMPARE(old->findings.constFirst().message(),
             u"5. Certificate of the child's health: out of date (issued 20.11.2026, 4 day(s) before 24.11.2026, "
             "at most 3 allowed) (ground: 34.1)"_s);
}

void TestChecklist::forms_data()
{
    QTest::addColumn<Item>("item");
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("portal");

    // RULES 6.2 table.
    const QString gov = u"from the state information system"_s;
    QTest::newRow("1") << Item::Direction << u"original"_s << u"electronic"_s;
    QTest::newRow("2") << Item::ParentId << u"shown"_s << gov;
    QTest::newRow("3") << Item::BirthCertificate << u"shown"_s << gov;
    QTest::newRow("4") << Item::HealthPassport << u"paper"_s << gov;
    QTest::newRow("5") << Item::HealthCertificate << u"paper"_s << gov;
    QTest::newRow("6") << Item::PmpcConclusion << u"paper"_s << u"scanned copy"_s;
}

void TestChecklist::forms()
{
    QFETCH(Item, item);
    QFETCH(QString, office);
    QFETCH(QString, portal);
    QCOMPARE(Checklists::itemForm(item, ServiceChannel::Office), office);
    QCOMPARE(Checklists::itemForm(item, ServiceChannel::Portal), portal);
    QVERIFY(!Checklists::itemLabel(item).isEmpty());
}

void TestChecklist::portalChecksTheSameDocuments()
{
    Checklist portal = presenting({Item::Direction, Item::ParentId, Item::BirthCertificate, Item::HealthPassport});
    portal.channel = ServiceChannel::Portal;
    const Expected<ChecklistEvaluation> e = evaluate(portal, makeDirection(Category::SpecialNeeds));
    QVERIFY(e);
    compareFindings(e->findings, Expects{{Item::HealthCertificate, Problem::Missing, RefusalGround::DocumentsMissingOrOutOfDate},
                                         {Item::PmpcConclusion, Problem::Missing, RefusalGround::DocumentsMissingOrOutOfDate}});
}

void TestChecklist::unknownCalendarYear()
{
    Direction dir = makeDirection();
    dir.issuedAt = QDateTime(d(18, 11, 2031), QTime(11, 0));
    const Expected<ChecklistEvaluation> e = evaluate(presenting(firstFive, d(19, 11, 2031)), dir, childIin, d(19, 11, 2031));
    QVERIFY(!e);
    QCOMPARE(e.error().rule, Rule::CalendarYearUnknown);
}

void TestChecklist::jsonRoundTrip()
{
    Checklist checklist = presenting({Item::HealthCertificate, Item::Direction, Item::PmpcConclusion}, d(21, 11, 2026));
    checklist.channel = ServiceChannel::Portal;
    checklist.emergencyDeferral = true;
    checklist.note = u"Паспорт здоровья принесут после карантина"_s;
    const QJsonObject json = checklist.toJson();
    QCOMPARE(Checklist::fromJson(json), checklist);
    QCOMPARE(json.value(u"channel").toString(), u"portal"_s);
    QCOMPARE(json.value(u"presented").toArray(), QJsonArray({1, 5, 6})); // sorted: the same JSON every time
    QCOMPARE(json.value(u"health_certificate_issued_on").toString(), u"2026-11-21"_s);
    QCOMPARE(Checklist::fromJson(Checklist().toJson()), Checklist());
    QVERIFY(!Checklist().toJson().contains(u"health_certificate_issued_on"));
    // Numbers outside 1..6 are not documents.
    const Checklist odd = Checklist::fromJson(QJsonObject{{u"presented"_s, QJsonArray({0, 2, 7})}});
    QCOMPARE(odd.presented, QSet<ChecklistItem>{Item::ParentId});
}

void TestChecklist::codes()
{
    QCOMPARE(Checklists::channelCode(ServiceChannel::Office), u"office"_s);
    QCOMPARE(Checklists::channelCode(ServiceChannel::Portal), u"portal"_s);
    QCOMPARE(Checklists::channelFromCode(u"office"_s), ServiceChannel::Office);
    QCOMPARE(Checklists::channelFromCode(u"portal"_s), ServiceChannel::Portal);
    QCOMPARE(Checklists::channelFromCode(u"desk"_s), std::nullopt);
    QVERIFY(!Checklists::channelLabel(ServiceChannel::Office).isEmpty());
    QCOMPARE(Checklists::allItems(), allSix);
    QVERIFY(!Checklists::deferrable(Item::Direction));
    QVERIFY(!Checklists::deferrable(Item::ParentId));
    QVERIFY(!Checklists::deferrable(Item::BirthCertificate));
    QVERIFY(Checklists::deferrable(Item::HealthPassport));
    QVERIFY(Checklists::deferrable(Item::HealthCertificate));
    QVERIFY(Checklists::deferrable(Item::PmpcConclusion));
}

// RULES 6.4: the grounds a refusal cites, and RULES 5: only 9.1 sends the application to the stop list.
void TestChecklist::refusalGrounds()
{
    const QList<std::pair<RefusalGround, QString>> grounds = {
        {RefusalGround::DocumentsMissingOrOutOfDate, u"34.1"_s}, {RefusalGround::MedicalContraindications, u"34.2"_s},
        {RefusalGround::OtherReasons, u"34.3"_s}, {RefusalGround::FalseDocuments, u"9.1"_s},
        {RefusalGround::RequirementsNotMet, u"9.2"_s}};
    QList<RefusalGround> order;
    for (const auto &[ground, code] : grounds) {
        order.append(ground);
        QCOMPARE(RefusalGrounds::code(ground), code);
        QCOMPARE(RefusalGrounds::fromCode(code), ground);
        QVERIFY(!RefusalGrounds::label(ground).isEmpty());
        QCOMPARE(RefusalGrounds::sendsToStopList(ground), ground == RefusalGround::FalseDocuments);
    }
    QCOMPARE(RefusalGrounds::all(), order);
    QCOMPARE(RefusalGrounds::citation(RefusalGround::DocumentsMissingOrOutOfDate), u"clause 34, subclause 1) of the Rules"_s);
    QCOMPARE(RefusalGrounds::citation(RefusalGround::FalseDocuments), u"Appendix 4 to the Rules, item 9, subitem 1)"_s);
    QCOMPARE(RefusalGrounds::fromCode(u" 9.2 "_s), RefusalGround::RequirementsNotMet);
    QCOMPARE(RefusalGrounds::fromCode(u"34"_s), std::nullopt);
    QCOMPARE(RefusalGrounds::fromCode(u"9.3"_s), std::nullopt);
}

QTEST_GUILESS_MAIN(TestChecklist)
#include "tst_checklist.moc"
