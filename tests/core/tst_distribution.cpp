// The distribution of places (RULES 4.2, core/distribution): scenarios whose directions are
// worked out by hand in the comments, the explanation of each decision, and a seeded randomized
// comparison of the incremental state with full runs.
#include "distribution/Distribution.h"

#include <QMap>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using Distribution::Candidate;
using Distribution::Decision;
using Distribution::PassReason;

namespace {

// An application of the queue. filed: "MM-dd hh:mm" in 2024; born: "yyyy-MM-dd".
Application application(const QString &id, const QString &born, Category category,
                        const QString &filed, TeachingLanguage language = TeachingLanguage::Any,
                        const QStringList &preferred = {}, const QString &batch = {},
                        ApplicationStatus status = ApplicationStatus::Queued)
{
    Application a;
    a.id = id;
    a.childBirthDate = QDate::fromString(born, u"yyyy-MM-dd"_s);
    Q_ASSERT(a.childBirthDate.isValid());
    a.category = category;
    a.filedAt = QDateTime::fromString(u"2024-"_s + filed, u"yyyy-MM-dd hh:mm"_s);
    Q_ASSERT(a.filedAt.isValid());
    a.language = language;
    a.preferredKindergartens = preferred;
    a.batchId = batch;
    a.status = status;
    return a;
}

// A place for children born in the given period, published `minute` minutes after a fixed time
// (the bulletin order).
Place place(const QString &id, const QString &kindergarten, int minute,
            const QString &from = u"2021-01-01"_s, const QString &to = u"2021-12-31"_s,
            TeachingLanguage language = TeachingLanguage::Kazakh, GroupType type = GroupType::General)
{
    Place p;
    p.id = id;
    p.kindergartenId = kindergarten;
    p.groupName = u"Group"_s;
    p.birthFrom = QDate::fromString(from, u"yyyy-MM-dd"_s);
    p.birthTo = QDate::fromString(to, u"yyyy-MM-dd"_s);
    p.language = language;
    p.groupType = type;
    p.admissionStartsOn = QDate(2025, 9, 1);
    p.publishedAt = QDateTime(QDate(2025, 6, 2), QTime(9, 0)).addSecs(60 * minute);
    return p;
}

QList<Candidate> candidates(const QList<Application> &applications)
{
    return Distribution::candidates(applications, RuleSettings{});
}

// "place→application" for each decision, in order.
QStringList pairs(const QList<Decision> &decisions)
{
    QStringList result;
    for (const Decision &decision : decisions)
        result.append(decision.placeId + u"→"_s + decision.applicationId);
    return result;
}

// "application:reason_code" for each candidate listed as passed over.
QStringList passed(const Decision &decision)
{
    QStringList result;
    for (const Distribution::PassedOver &p : decision.why.passedOver())
        result.append(p.applicationId + u':' + Distribution::reasonCode(p.reason));
    return result;
}

constexpr Category General = Category::None;          // 10: general queue
constexpr Category Extraordinary = Category::Military; // 1: extraordinary right
constexpr Category Primary = Category::LargeFamily;    // 7: primary right
constexpr Category Special = Category::SpecialNeeds;   // 4: primary right, special groups

} // namespace

class TestDistribution : public QObject
{
    Q_OBJECT

private slots:
    void reasonCodes();
    void extraordinaryFirst();
    void interleaveAcrossPlaces();
    void languageAndSpecialGroup();
    void preferredKindergartens();
    void earlyBookingAndTemporaryStay();
    void twinsTogetherOrNotAtAll();
    void twinsIncremental();
    void explanationCountsAndLimit();
    void deterministic();
    void incrementalEqualsFullRuns_data();
    void incrementalEqualsFullRuns();
};

void TestDistribution::reasonCodes()
{
    QStringList codes;
    for (PassReason reason : Distribution::allPassReasons()) {
        codes.append(Distribution::reasonCode(reason));
        QCOMPARE(Distribution::reasonFromCode(codes.last()), reason);
        QVERIFY(!Distribution::reasonLabel(reason).isEmpty());
    }
    QCOMPARE(codes, (QStringList{u"birth_date"_s, u"stop_listed"_s, u"has_direction"_s, u"language"_s,
                                 u"special_group"_s, u"not_preferred"_s, u"batch_did_not_fit"_s,
                                 u"batch_placed_together"_s}));
    QVERIFY(!Distribution::reasonFromCode(u"nope"_s));
}

void TestDistribution::extraordinaryFirst()
{
    // Born 2021: g (general, filed first), p (primary, second), x (extraordinary, filed last).
    // Queue order (RULES 3.3): x stands before all others of its year; then p (primary slot 0),
    // g (general slot 1). Three places in bulletin order P1, P2, P3 go to x, p, g.
    const auto cs = candidates({
        application(u"g"_s, u"2021-03-01"_s, General, u"01-01 09:00"_s),
        application(u"p"_s, u"2021-04-01"_s, Primary, u"01-02 09:00"_s),
        application(u"x"_s, u"2021-05-01"_s, Extraordinary, u"03-01 09:00"_s),
    });
    const auto decisions = Distribution::run(cs, {place(u"P2"_s, u"A"_s, 2), place(u"P1"_s, u"A"_s, 1),
                                                  place(u"P3"_s, u"B"_s, 3)});
    QCOMPARE(pairs(decisions), (QStringList{u"P1→x"_s, u"P2→p"_s, u"P3→g"_s}));
    QCOMPARE(decisions.at(0).why.position, 1);
    QVERIFY(decisions.at(0).why.passedOver().isEmpty());
    // g was third: x and p ahead, both holding the directions just given.
    QCOMPARE(decisions.at(2).why.position, 3);
    QCOMPARE(passed(decisions.at(2)), (QStringList{u"x:has_direction"_s, u"p:has_direction"_s}));
    QCOMPARE(decisions.at(2).why.count(PassReason::HasDirection), 2);
    QCOMPARE(decisions.at(2).kindergartenId, u"B"_s);

    // One place only: x, although filed two months after the others.
    QCOMPARE(pairs(Distribution::run(cs, {place(u"P1"_s, u"A"_s, 1)})), QStringList{u"P1→x"_s});
}

void TestDistribution::interleaveAcrossPlaces()
{
    // Born 2021, primaries p1, p2 filed before generals g1..g5. 1:3 slots: p1 0, g1 1, g2 2,
    // g3 3, p2 4, g4 5, g5 6: the order p1 g1 g2 g3 p2 g4 g5. Six places over three
    // kindergartens, published in the order A1 B1 C1 A2 B2 C2, go to the first six.
    QList<Application> apps{
        application(u"p1"_s, u"2021-01-10"_s, Primary, u"01-01 09:00"_s),
        application(u"p2"_s, u"2021-02-10"_s, Primary, u"01-02 09:00"_s),
    };
    for (int i = 1; i <= 5; ++i)
        apps.append(application(u"g"_s + QString::number(i), u"2021-03-10"_s, General,
                                u"01-%1 09:00"_s.arg(i + 2, 2, 10, QChar(u'0'))));
    const QList<Place> places{place(u"A1"_s, u"A"_s, 1), place(u"B1"_s, u"B"_s, 2), place(u"C1"_s, u"C"_s, 3),
                              place(u"A2"_s, u"A"_s, 4), place(u"B2"_s, u"B"_s, 5), place(u"C2"_s, u"C"_s, 6)};
    const auto decisions = Distribution::run(candidates(apps), places);
    QCOMPARE(pairs(decisions), (QStringList{u"A1→p1"_s, u"B1→g1"_s, u"C1→g2"_s, u"A2→g3"_s, u"B2→p2"_s,
                                            u"C2→g4"_s}));
    // p2 is fifth: four ahead of it already hold directions.
    QCOMPARE(decisions.at(4).why.position, 5);
    QCOMPARE(decisions.at(4).why.count(PassReason::HasDirection), 4);

    // Interleaving off (ratio 0): both primaries first, then g1..g4.
    RuleSettings off;
    QVERIFY(off.setPrimaryRatioText(u"0"_s));
    QCOMPARE(pairs(Distribution::run(Distribution::candidates(apps, off), places)),
             (QStringList{u"A1→p1"_s, u"B1→p2"_s, u"C1→g1"_s, u"A2→g2"_s, u"B2→g3"_s, u"C2→g4"_s}));
}

void TestDistribution::languageAndSpecialGroup()
{
    // Born 2021, filed in the order a b c d. b and d are category 4 (primary right), a and c
    // general: slots b 0, a 1, c 2, d 4, so the order is b a c d.
    //   a: general, wants Kazakh     b: category 4, wants Russian
    //   c: general, any language     d: category 4, any language
    // S1 (Kazakh, special group) first: b wants Russian (language), a and c are not category 4
    // (special_group), d takes it at position 4. R1 (Russian, general) next: b, the first.
    // K1 (Kazakh, general) last: a (c is behind a).
    const auto cs = candidates({
        application(u"a"_s, u"2021-01-01"_s, General, u"01-01 09:00"_s, TeachingLanguage::Kazakh),
        application(u"b"_s, u"2021-01-02"_s, Special, u"01-02 09:00"_s, TeachingLanguage::Russian),
        application(u"c"_s, u"2021-01-03"_s, General, u"01-03 09:00"_s, TeachingLanguage::Any),
        application(u"d"_s, u"2021-01-04"_s, Special, u"01-04 09:00"_s, TeachingLanguage::Any),
    });
    const auto decisions = Distribution::run(cs, {
        place(u"S1"_s, u"A"_s, 1, u"2021-01-01"_s, u"2021-12-31"_s, TeachingLanguage::Kazakh, GroupType::Special),
        place(u"R1"_s, u"A"_s, 2, u"2021-01-01"_s, u"2021-12-31"_s, TeachingLanguage::Russian),
        place(u"K1"_s, u"B"_s, 3),
    });
    QCOMPARE(pairs(decisions), (QStringList{u"S1→d"_s, u"R1→b"_s, u"K1→a"_s}));
    QCOMPARE(decisions.at(0).why.position, 4);
    QCOMPARE(passed(decisions.at(0)),
             (QStringList{u"b:language"_s, u"a:special_group"_s, u"c:special_group"_s}));
    QCOMPARE(decisions.at(0).why.count(PassReason::Language), 1);
    QCOMPARE(decisions.at(0).why.count(PassReason::SpecialGroup), 2);
    QCOMPARE(passed(decisions.at(2)), (QStringList{u"b:has_direction"_s}));

    // A Russian special group: nobody but b qualifies (d any language, but behind b).
    QCOMPARE(pairs(Distribution::run(cs, {place(u"S2"_s, u"A"_s, 1, u"2021-01-01"_s, u"2021-12-31"_s,
                                                 TeachingLanguage::Russian, GroupType::Special)})),
             QStringList{u"S2→b"_s});
    // A place in a language nobody asks for and nobody leaves to chance: a wants Kazakh, b
    // Russian; c and d take any. "Other" goes to c, the first of those.
    QCOMPARE(pairs(Distribution::run(cs, {place(u"O1"_s, u"A"_s, 1, u"2021-01-01"_s, u"2021-12-31"_s,
                                                 TeachingLanguage::Other)})),
             QStringList{u"O1→c"_s});
}

void TestDistribution::preferredKindergartens()
{
    // Born 2021, general, filed u v w: u prefers B; v prefers A and C; w names none.
    // A1 (kg A): u does not prefer A (not_preferred) → v. B1 (kg B): u. A2 (kg A): w, with u
    // and v ahead of it already holding directions. C1 (kg C) then has nobody: v is placed, w
    // too; the place stays open.
    const auto cs = candidates({
        application(u"u"_s, u"2021-01-01"_s, General, u"01-01 09:00"_s, TeachingLanguage::Any, {u"B"_s}),
        application(u"v"_s, u"2021-01-02"_s, General, u"01-02 09:00"_s, TeachingLanguage::Any, {u"A"_s, u"C"_s}),
        application(u"w"_s, u"2021-01-03"_s, General, u"01-03 09:00"_s),
    });
    Distribution::State state(cs, {place(u"A1"_s, u"A"_s, 1), place(u"B1"_s, u"B"_s, 2),
                                   place(u"A2"_s, u"A"_s, 3), place(u"C1"_s, u"C"_s, 4)});
    const auto decisions = state.distribute();
    QCOMPARE(pairs(decisions), (QStringList{u"A1→v"_s, u"B1→u"_s, u"A2→w"_s}));
    QCOMPARE(passed(decisions.at(0)), (QStringList{u"u:not_preferred"_s}));
    QCOMPARE(decisions.at(0).why.position, 2);
    QCOMPARE(passed(decisions.at(2)), (QStringList{u"u:has_direction"_s, u"v:has_direction"_s}));
    QCOMPARE(state.openPlaceCount(), 1);

    // A new application preferring C only: C1 goes to it at once, and only C1 is looked at.
    state.setCandidate(candidates({application(u"z"_s, u"2021-06-01"_s, General, u"05-01 09:00"_s,
                                               TeachingLanguage::Any, {u"C"_s})}).first());
    QCOMPARE(pairs(state.distribute()), QStringList{u"C1→z"_s});
    QCOMPARE(state.openPlaceCount(), 0);
    QVERIFY(state.distribute().isEmpty());
}

void TestDistribution::earlyBookingAndTemporaryStay()
{
    // Born 2021, e1 then e2 then e3. E1 is an early-booking place not yet freed (freedOn empty),
    // T1 a temporary-stay place until 2026-05-31, G1 a general one, published in that order.
    // Neither mode changes who may take the place (docs/distribution.md): E1→e1, T1→e2, G1→e3.
    const auto cs = candidates({
        application(u"e1"_s, u"2021-01-01"_s, General, u"01-01 09:00"_s),
        application(u"e2"_s, u"2021-01-02"_s, General, u"01-02 09:00"_s),
        application(u"e3"_s, u"2021-01-03"_s, General, u"01-03 09:00"_s),
    });
    Place early = place(u"E1"_s, u"A"_s, 1);
    early.admissionMode = AdmissionMode::EarlyBooking;
    Place temporary = place(u"T1"_s, u"A"_s, 2);
    temporary.admissionMode = AdmissionMode::TemporaryStay;
    temporary.temporaryUntil = QDate(2026, 5, 31);
    QCOMPARE(pairs(Distribution::run(cs, {place(u"G1"_s, u"B"_s, 3), temporary, early})),
             (QStringList{u"E1→e1"_s, u"T1→e2"_s, u"G1→e3"_s}));
    // Freeing the early-booking place later does not change the decision: freedOn is not read.
    early.freedOn = QDate(2025, 8, 1);
    QCOMPARE(pairs(Distribution::run(cs, {early})), QStringList{u"E1→e1"_s});
}

void TestDistribution::twinsTogetherOrNotAtAll()
{
    // Twins t1, t2 (batch "tw", born 2021-02-02, filed together) before s (filed later).
    const auto cs = candidates({
        application(u"t1"_s, u"2021-02-02"_s, General, u"01-01 09:00"_s, TeachingLanguage::Any, {}, u"tw"_s),
        application(u"t2"_s, u"2021-02-02"_s, General, u"01-01 09:00"_s, TeachingLanguage::Any, {}, u"tw"_s),
        application(u"s"_s, u"2021-03-03"_s, General, u"01-05 09:00"_s),
    });

    // One place at A: t1 would need a second place at A for t2: none, the batch is passed over
    // (t1 and t2 both), s takes it at position 3.
    auto decisions = Distribution::run(cs, {place(u"A1"_s, u"A"_s, 1)});
    QCOMPARE(pairs(decisions), QStringList{u"A1→s"_s});
    QCOMPARE(decisions.at(0).why.position, 3);
    QCOMPARE(passed(decisions.at(0)), (QStringList{u"t1:batch_did_not_fit"_s, u"t2:batch_did_not_fit"_s}));
    QCOMPARE(decisions.at(0).why.count(PassReason::BatchDidNotFit), 2);

    // Two places at A: both twins at once, A1 to t1 (reached first), A2 to t2; s gets nothing.
    decisions = Distribution::run(cs, {place(u"A1"_s, u"A"_s, 1), place(u"A2"_s, u"A"_s, 2)});
    QCOMPARE(pairs(decisions), (QStringList{u"A1→t1"_s, u"A2→t2"_s}));
    QCOMPARE(decisions.at(0).batchId, u"tw"_s);
    QCOMPARE(decisions.at(1).batchId, u"tw"_s);
    QCOMPARE(passed(decisions.at(1)), (QStringList{u"t1:has_direction"_s}));

    // Two places, two kindergartens: never split. s takes A1; B1 stays open.
    QCOMPARE(pairs(Distribution::run(cs, {place(u"A1"_s, u"A"_s, 1), place(u"B1"_s, u"B"_s, 2)})),
             QStringList{u"A1→s"_s});

    // A stop-listed twin is not waited for: the queued one needs one place only.
    auto stopped = cs;
    stopped[1].status = ApplicationStatus::StopListed;
    QCOMPARE(pairs(Distribution::run(stopped, {place(u"A1"_s, u"A"_s, 1)})), QStringList{u"A1→t1"_s});

    // Three places at A, the second one a Russian group and t2 wants Kazakh: t1 reaches A1, t2
    // cannot take A2 but takes A3. Then A2 goes to s.
    auto kazakh = cs;
    kazakh[1].language = TeachingLanguage::Kazakh;
    QCOMPARE(pairs(Distribution::run(kazakh, {place(u"A1"_s, u"A"_s, 1),
                                              place(u"A2"_s, u"A"_s, 2, u"2021-01-01"_s, u"2021-12-31"_s,
                                                    TeachingLanguage::Russian),
                                              place(u"A3"_s, u"A"_s, 3)})),
             (QStringList{u"A1→t1"_s, u"A3→t2"_s, u"A2→s"_s}));
}

void TestDistribution::twinsIncremental()
{
    // The twins alone and one place at A: nothing. A second place at A published later makes
    // the batch fit: A1 (earlier in the bulletin, not touched by the new application or place
    // itself) must be looked at again.
    const auto cs = candidates({
        application(u"t1"_s, u"2021-02-02"_s, General, u"01-01 09:00"_s, TeachingLanguage::Any, {}, u"tw"_s),
        application(u"t2"_s, u"2021-02-02"_s, General, u"01-01 09:00"_s, TeachingLanguage::Any, {}, u"tw"_s),
    });
    Distribution::State state(cs, {place(u"A1"_s, u"A"_s, 1)});
    QVERIFY(state.distribute().isEmpty());
    state.addPlace(place(u"A2"_s, u"A"_s, 2));
    QCOMPARE(pairs(state.distribute()), (QStringList{u"A1→t1"_s, u"A2→t2"_s}));

    // And back: the same, but t2 leaves for the stop list instead of a second place appearing.
    Distribution::State other(cs, {place(u"A1"_s, u"A"_s, 1)});
    QVERIFY(other.distribute().isEmpty());
    Candidate t2 = cs.at(1);
    t2.status = ApplicationStatus::StopListed;
    other.setCandidate(t2);
    QCOMPARE(pairs(other.distribute()), QStringList{u"A1→t1"_s});

    // Or t2's application is gone altogether.
    Distribution::State third(cs, {place(u"A1"_s, u"A"_s, 1)});
    QVERIFY(third.distribute().isEmpty());
    third.removeCandidate(u"t2"_s);
    QCOMPARE(third.candidateCount(), 1);
    QCOMPARE(pairs(third.distribute()), QStringList{u"A1→t1"_s});
}

void TestDistribution::explanationCountsAndLimit()
{
    // 1,500 stop-listed children born in January 2021 and 7 born in September 2021, all filed
    // before w (born March 2021). The place is for children born January to June 2021: the
    // September ones are counted as birth_date only (not listed, not in the position); the
    // stop-listed ones are all counted, the first 1,000 listed in queue order; w is at
    // position 1,501.
    QList<Application> apps;
    for (int i = 0; i < 1500; ++i)
        apps.append(application(u"s%1"_s.arg(i, 4, 10, QChar(u'0')), u"2021-01-15"_s, General,
                                u"01-01 09:00"_s, TeachingLanguage::Any, {}, {},
                                ApplicationStatus::StopListed));
    for (int i = 0; i < 7; ++i)
        apps.append(application(u"o%1"_s.arg(i), u"2021-09-15"_s, General, u"01-01 08:00"_s));
    apps.append(application(u"w"_s, u"2021-03-01"_s, General, u"02-01 09:00"_s));
    // An archived child ahead is neither counted nor listed.
    apps.append(application(u"gone"_s, u"2021-02-01"_s, General, u"01-01 07:00"_s, TeachingLanguage::Any,
                            {}, {}, ApplicationStatus::Archived));
    const auto decisions = Distribution::run(candidates(apps), {place(u"P"_s, u"A"_s, 1, u"2021-01-01"_s,
                                                                      u"2021-06-30"_s)});
    QCOMPARE(pairs(decisions), QStringList{u"P→w"_s});
    const Distribution::Explanation &why = decisions.at(0).why;
    QCOMPARE(why.position, 1501);
    QCOMPARE(why.count(PassReason::StopListed), 1500);
    QCOMPARE(why.count(PassReason::BirthDate), 7);
    QCOMPARE(why.passedOver().size(), 1000);
    QCOMPARE(why.passedOver().first(), (Distribution::PassedOver{u"s0000"_s, PassReason::StopListed}));
    QCOMPARE(why.passedOver().last().applicationId, u"s0999"_s);

    // An explanation outlives the state that made it.
    QList<Decision> kept;
    {
        Distribution::State state(candidates(apps), {place(u"P"_s, u"A"_s, 1, u"2021-01-01"_s, u"2021-06-30"_s)});
        kept = state.distribute();
    }
    QCOMPARE(kept.at(0).why.passedOver().at(999).applicationId, u"s0999"_s);

    Distribution::Settings few;
    few.listLimit = 3;
    QCOMPARE(Distribution::run(candidates(apps), {place(u"P"_s, u"A"_s, 1, u"2021-01-01"_s, u"2021-06-30"_s)},
                               few).at(0).why.passedOver().size(), 3);
}

void TestDistribution::deterministic()
{
    // The order of the input lists does not matter.
    QList<Application> apps;
    for (int i = 0; i < 40; ++i)
        apps.append(application(u"c%1"_s.arg(i, 2, 10, QChar(u'0')), u"2021-0%1-01"_s.arg(i % 9 + 1),
                                i % 5 == 0 ? Primary : General, u"01-01 09:00"_s,
                                i % 3 == 0 ? TeachingLanguage::Russian : TeachingLanguage::Any));
    QList<Place> places;
    for (int i = 0; i < 20; ++i)
        places.append(place(u"P%1"_s.arg(i, 2, 10, QChar(u'0')), u"K%1"_s.arg(i % 4), i % 3,
                            u"2021-01-01"_s, u"2021-06-30"_s,
                            i % 2 ? TeachingLanguage::Russian : TeachingLanguage::Kazakh));
    const auto expected = Distribution::run(candidates(apps), places);
    QCOMPARE(expected.size(), 20);
    std::reverse(apps.begin(), apps.end());
    std::reverse(places.begin(), places.end());
    QCOMPARE(Distribution::run(candidates(apps), places), expected);
}

void TestDistribution::incrementalEqualsFullRuns_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 17u, 2026u, 90210u})
        QTest::newRow(qPrintable(QString::number(seed))) << seed;
}

// A history is a sequence of steps, each one of: publish a place; file an application (one
// child, or twins or triplets as a batch); stop-list a queued application; put a stop-listed or
// directed application back in the queue (the direction ended); reopen a directed place (its
// direction expired or was refused); withdraw an open place; remove an application.
//
// The reference replays the history on plain lists: after each step it makes a full run,
// Distribution::run(all candidates, all places), over the candidates and places as they stand,
// and applies that run's decisions (each place Directed, each application DirectionIssued)
// before the next step. The incremental State gets the same step as calls (setCandidate,
// addPlace, removePlace) and one distribute(). After every step the decisions of the two must be
// identical (pairs, order and explanations), so the cumulative decisions are too.
void TestDistribution::incrementalEqualsFullRuns()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    const QStringList kindergartens{u"A"_s, u"B"_s, u"C"_s, u"D"_s};
    const TeachingLanguage languages[] = {TeachingLanguage::Kazakh, TeachingLanguage::Russian};

    QMap<QString, Application> applications; // the reference history, by id
    QMap<QString, Place> places;
    Distribution::State state;
    const QDateTime start(QDate(2025, 1, 1), QTime(9, 0));
    int total = 0;

    const auto currentCandidates = [&] { return Distribution::candidates(applications.values(), RuleSettings{}); };
    // After a filing, every candidate whose key moved goes to the state again (the State
    // contract); filings are in time order, so in practice only the new ones.
    const auto sendCandidates = [&](const QList<Candidate> &before) {
        QHash<QString, Candidate> old;
        for (const Candidate &c : before)
            old.insert(c.applicationId, c);
        for (const Candidate &c : currentCandidates()) {
            if (!old.contains(c.applicationId) || !(old.value(c.applicationId) == c))
                state.setCandidate(c);
        }
    };
    const auto pick = [&](auto predicate, const auto &map) -> QString {
        QStringList ids;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (predicate(it.value()))
                ids.append(it.key());
        }
        return ids.isEmpty() ? QString() : ids.at(random.bounded(int(ids.size())));
    };

    for (int step = 0; step < 400; ++step) {
        const QDateTime now = start.addSecs(3600 * step);
        const int dice = random.bounded(100);
        if (dice < 35) { // publish a place
            const QString id = u"P%1"_s.arg(step, 3, 10, QChar(u'0'));
            const int year = 2020 + random.bounded(3);
            const bool half = random.bounded(3) == 0;
            Place p = place(id, kindergartens.at(random.bounded(4)), 0,
                            QDate(year, half && random.bounded(2) ? 7 : 1, 1).toString(Qt::ISODate),
                            QDate(year, half && random.bounded(2) ? 6 : 12, half ? 30 : 31).toString(Qt::ISODate),
                            languages[random.bounded(2)],
                            random.bounded(7) == 0 ? GroupType::Special : GroupType::General);
            if (p.birthTo < p.birthFrom)
                std::swap(p.birthFrom, p.birthTo);
            p.publishedAt = now;
            places.insert(id, p);
            state.addPlace(p);
        } else if (dice < 70) { // file an application, or twins or triplets
            const auto before = currentCandidates();
            const bool twins = random.bounded(6) == 0;
            const QDate born = QDate(2020, 1, 1).addDays(random.bounded(3 * 365));
            const int c = random.bounded(10);
            const Category category = c == 0 ? Special : c == 1 ? Extraordinary : c < 4 ? Primary : General;
            const int l = random.bounded(4);
            const TeachingLanguage language = l < 2 ? TeachingLanguage::Any : languages[l - 2];
            QStringList preferred;
            if (random.bounded(5) >= 3) {
                for (const QString &k : kindergartens) {
                    if (random.bounded(3) == 0)
                        preferred.append(k);
                }
            }
            const int children = twins ? 2 + random.bounded(2) : 1; // twins or triplets
            for (int i = 0; i < children; ++i) {
                Application a = application(u"a%1-%2"_s.arg(step, 3, 10, QChar(u'0')).arg(i), u"2020-01-01"_s,
                                            category, u"01-01 00:00"_s, language, preferred,
                                            twins ? u"b%1"_s.arg(step) : QString());
                a.childBirthDate = born;
                a.filedAt = now;
                applications.insert(a.id, a);
            }
            sendCandidates(before);
        } else if (dice < 80) { // stop-list a queued application
            const QString id = pick([](const Application &a) { return a.status == ApplicationStatus::Queued; },
                                    applications);
            if (!id.isEmpty()) {
                const auto before = currentCandidates();
                applications[id].status = ApplicationStatus::StopListed;
                sendCandidates(before);
            }
        } else if (dice < 90) { // back to the queue
            const QString id = pick([](const Application &a) { return a.status != ApplicationStatus::Queued; },
                                    applications);
            if (!id.isEmpty()) {
                const auto before = currentCandidates();
                applications[id].status = ApplicationStatus::Queued;
                sendCandidates(before);
            }
        } else if (dice < 94) { // reopen a directed place: it keeps its place in the bulletin
            const QString id = pick([](const Place &p) { return p.status == PlaceStatus::Directed; }, places);
            if (!id.isEmpty()) {
                places[id].status = PlaceStatus::Open;
                state.addPlace(places[id]);
            }
        } else if (dice < 97) { // withdraw an open place
            const QString id = pick([](const Place &p) { return p.status == PlaceStatus::Open; }, places);
            if (!id.isEmpty()) {
                places[id].status = PlaceStatus::Withdrawn;
                state.removePlace(id);
            }
        } else { // an application gone from the store (the keys of those behind it may move)
            const QString id = pick([](const Application &) { return true; }, applications);
            if (!id.isEmpty()) {
                const auto before = currentCandidates();
                applications.remove(id);
                state.removeCandidate(id);
                sendCandidates(before);
            }
        }

        const QList<Decision> incremental = state.distribute();
        const QList<Decision> full = Distribution::run(currentCandidates(), places.values());
        if (incremental != full) {
            qWarning() << "step" << step << "incremental" << pairs(incremental) << "full" << pairs(full);
            QCOMPARE(pairs(incremental), pairs(full));
            QFAIL("the explanations differ");
        }
        for (const Decision &decision : full) {
            places[decision.placeId].status = PlaceStatus::Directed;
            applications[decision.applicationId].status = ApplicationStatus::DirectionIssued;
        }
        total += int(full.size());
    }
    // The history must have exercised the distribution, batches included.
    QVERIFY2(total > 50, qPrintable(QString::number(total)));
    QCOMPARE(state.candidateCount(), int(applications.size()));
}

QTEST_GUILESS_MAIN(TestDistribution)
#include "tst_distribution.moc"
