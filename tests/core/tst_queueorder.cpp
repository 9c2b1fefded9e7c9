// The order of the queue and the queue numbers (RULES 3.3): birth years apart, the extraordinary
// right first, primary and general interleaved 1:3, filing time with the registration sequence
// and the id as tie-breaks, numbers only for queued applications; and the sort key a database
// uses must give exactly the same order.
#include "domain/QueueOrder.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr Right X = Right::Extraordinary;
constexpr Right P = Right::Primary;
constexpr Right G = Right::None;

// filed: "MM-DD hh:mm" in 2024, local time (TZ=Asia/Almaty in the tests).
QueueEntry entry(const QString &id, int birthYear, Right right, const QString &filed,
                 qint64 sequence = 0, ApplicationStatus status = ApplicationStatus::Queued)
{
    const QDateTime filedAt = QDateTime::fromString(u"2024-"_s + filed, u"yyyy-MM-dd hh:mm"_s);
    Q_ASSERT(filedAt.isValid());
    return QueueEntry{id, birthYear, right, filedAt, sequence, status};
}

RuleSettings ratio(const QString &text)
{
    RuleSettings settings;
    const bool ok = settings.setPrimaryRatioText(text);
    Q_ASSERT(ok);
    Q_UNUSED(ok);
    return settings;
}

QStringList ids(const QList<QueueEntry> &entries)
{
    QStringList result;
    for (const QueueEntry &e : entries)
        result.append(e.applicationId);
    return result;
}

// The numbers as "id=n" in queue order, so a failure shows the whole queue.
QStringList numbered(const QList<QueueEntry> &entries, const RuleSettings &settings)
{
    const QHash<QString, int> numbers = QueueOrder::queueNumbers(entries, settings);
    QStringList result;
    for (const QueueEntry &e : QueueOrder::order(entries, settings))
        if (numbers.contains(e.applicationId))
            result.append(u"%1=%2"_s.arg(e.applicationId).arg(numbers.value(e.applicationId)));
    return result;
}

QList<QueueEntry> sortedByKey(const QList<QueueEntry> &entries, const RuleSettings &settings)
{
    const QList<QueueKey> keys = QueueOrder::keys(entries, settings);
    QList<qsizetype> indices(entries.size());
    for (qsizetype i = 0; i < indices.size(); ++i)
        indices[i] = i;
    std::sort(indices.begin(), indices.end(),
              [&keys](qsizetype a, qsizetype b) { return keys.at(a) < keys.at(b); });
    QList<QueueEntry> sorted;
    for (const qsizetype i : indices)
        sorted.append(entries.at(i));
    return sorted;
}

// A year of `primaries` primary and `generals` general entries, filed an hour apart and
// alternating so that filing time alone would mix them: P1, G1, P2, G2, ...
QList<QueueEntry> year2021(int primaries, int generals)
{
    QList<QueueEntry> entries;
    for (int i = 0; i < std::max(primaries, generals); ++i) {
        const QString time = u"03-01 %1:00"_s.arg(8 + i, 2, 10, QChar(u'0'));
        if (i < primaries)
            entries.append(entry(u"P%1"_s.arg(i + 1), 2021, P, time));
        if (i < generals)
            entries.append(entry(u"G%1"_s.arg(i + 1), 2021, G, time.left(9) + u"30"_s));
    }
    return entries;
}

} // namespace

Q_DECLARE_METATYPE(QList<QueueEntry>)
Q_DECLARE_METATYPE(Right)

class TestQueueOrder : public QObject
{
    Q_OBJECT

private slots:
    void order_data();
    void order();
    void orderDoesNotDependOnInputOrder();
    void queueNumbers_data();
    void queueNumbers();
    void statusChangeShiftsOnlyThoseBehind();
    void slot_data();
    void slot();
    void keySortEqualsOrder_data();
    void keySortEqualsOrder();
    void keysDoNotDependOnStatus();
    void fromApplication();
};

void TestQueueOrder::order_data()
{
    QTest::addColumn<QList<QueueEntry>>("entries");
    QTest::addColumn<QString>("ratio");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("general only: by filing time")
        << QList<QueueEntry>{entry(u"b"_s, 2021, G, u"03-02 10:00"_s), entry(u"a"_s, 2021, G, u"03-01 10:00"_s),
                             entry(u"c"_s, 2021, G, u"03-02 10:01"_s)}
        << u"1:3"_s << QStringList{u"a"_s, u"b"_s, u"c"_s};

    QTest::newRow("extraordinary first, by filing time, even filed last")
        << QList<QueueEntry>{entry(u"G1"_s, 2021, G, u"01-01 09:00"_s), entry(u"P1"_s, 2021, P, u"01-02 09:00"_s),
                             entry(u"X2"_s, 2021, X, u"06-01 09:00"_s), entry(u"X1"_s, 2021, X, u"05-01 09:00"_s)}
        << u"1:3"_s << QStringList{u"X1"_s, u"X2"_s, u"P1"_s, u"G1"_s};

    QTest::newRow("1:3 interleave")
        << year2021(3, 7) << u"1:3"_s
        << QStringList{u"P1"_s, u"G1"_s, u"G2"_s, u"G3"_s, u"P2"_s, u"G4"_s, u"G5"_s, u"G6"_s, u"P3"_s, u"G7"_s};

    QTest::newRow("1:3, primary filed after the generals still leads")
        << QList<QueueEntry>{entry(u"G1"_s, 2021, G, u"01-01 09:00"_s), entry(u"G2"_s, 2021, G, u"01-02 09:00"_s),
                             entry(u"G3"_s, 2021, G, u"01-03 09:00"_s), entry(u"G4"_s, 2021, G, u"01-04 09:00"_s),
                             entry(u"P1"_s, 2021, P, u"09-01 09:00"_s)}
        << u"1:3"_s << QStringList{u"P1"_s, u"G1"_s, u"G2"_s, u"G3"_s, u"G4"_s};

    QTest::newRow("1:3, primaries run out: the generals follow")
        << year2021(1, 6) << u"1:3"_s
        << QStringList{u"P1"_s, u"G1"_s, u"G2"_s, u"G3"_s, u"G4"_s, u"G5"_s, u"G6"_s};

    QTest::newRow("1:3, generals run out: the primaries follow")
        << year2021(4, 2) << u"1:3"_s << QStringList{u"P1"_s, u"G1"_s, u"G2"_s, u"P2"_s, u"P3"_s, u"P4"_s};

    QTest::newRow("1:3, no generals") << year2021(3, 0) << u"1:3"_s << QStringList{u"P1"_s, u"P2"_s, u"P3"_s};

    QTest::newRow("1:2 interleave")
        << year2021(3, 5) << u"1:2"_s
        << QStringList{u"P1"_s, u"G1"_s, u"G2"_s, u"P2"_s, u"G3"_s, u"G4"_s, u"P3"_s, u"G5"_s};

    QTest::newRow("2:3 interleave")
        << year2021(5, 5) << u"2:3"_s
        << QStringList{u"P1"_s, u"P2"_s, u"G1"_s, u"G2"_s, u"G3"_s, u"P3"_s, u"P4"_s, u"G4"_s, u"G5"_s, u"P5"_s};

    QTest::newRow("0: every primary before every general")
        << year2021(3, 3) << u"0"_s << QStringList{u"P1"_s, u"P2"_s, u"P3"_s, u"G1"_s, u"G2"_s, u"G3"_s};

    QTest::newRow("0: extraordinary still first")
        << QList<QueueEntry>{entry(u"G1"_s, 2021, G, u"01-01 09:00"_s), entry(u"P1"_s, 2021, P, u"01-02 09:00"_s),
                             entry(u"X1"_s, 2021, X, u"01-03 09:00"_s)}
        << u"0"_s << QStringList{u"X1"_s, u"P1"_s, u"G1"_s};

    QTest::newRow("birth years apart, oldest first, each with its own interleave")
        << QList<QueueEntry>{entry(u"22G1"_s, 2022, G, u"01-01 09:00"_s), entry(u"21G1"_s, 2021, G, u"02-01 09:00"_s),
                             entry(u"22P1"_s, 2022, P, u"01-05 09:00"_s), entry(u"21X1"_s, 2021, X, u"04-01 09:00"_s),
                             entry(u"21G2"_s, 2021, G, u"02-02 09:00"_s), entry(u"20G1"_s, 2020, G, u"08-01 09:00"_s),
                             entry(u"21P1"_s, 2021, P, u"03-01 09:00"_s), entry(u"22X1"_s, 2022, X, u"07-01 09:00"_s)}
        << u"1:3"_s
        << QStringList{u"20G1"_s, u"21X1"_s, u"21P1"_s, u"21G1"_s, u"21G2"_s, u"22X1"_s, u"22P1"_s, u"22G1"_s};

    QTest::newRow("same time: lower registration sequence first")
        << QList<QueueEntry>{entry(u"a"_s, 2021, G, u"03-01 10:00"_s, 12), entry(u"b"_s, 2021, G, u"03-01 10:00"_s, 7)}
        << u"1:3"_s << QStringList{u"b"_s, u"a"_s};

    QTest::newRow("same time: not yet synced after synced")
        << QList<QueueEntry>{entry(u"a"_s, 2021, G, u"03-01 10:00"_s, 0), entry(u"b"_s, 2021, G, u"03-01 10:00"_s, 900)}
        << u"1:3"_s << QStringList{u"b"_s, u"a"_s};

    QTest::newRow("same time, both not synced: by id")
        << QList<QueueEntry>{entry(u"d2"_s, 2021, G, u"03-01 10:00"_s), entry(u"d1"_s, 2021, G, u"03-01 10:00"_s)}
        << u"1:3"_s << QStringList{u"d1"_s, u"d2"_s};

    QTest::newRow("same time, same sequence: by id")
        << QList<QueueEntry>{entry(u"k"_s, 2021, X, u"03-01 10:00"_s, 5), entry(u"j"_s, 2021, X, u"03-01 10:00"_s, 5)}
        << u"1:3"_s << QStringList{u"j"_s, u"k"_s};

    QTest::newRow("filing time beats sequence")
        << QList<QueueEntry>{entry(u"late"_s, 2021, G, u"03-01 10:01"_s, 1), entry(u"early"_s, 2021, G, u"03-01 10:00"_s, 50)}
        << u"1:3"_s << QStringList{u"early"_s, u"late"_s};

    QTest::newRow("statuses do not move anyone")
        << QList<QueueEntry>{entry(u"P1"_s, 2021, P, u"03-01 08:00"_s, 0, ApplicationStatus::DirectionIssued),
                             entry(u"G1"_s, 2021, G, u"03-01 08:30"_s),
                             entry(u"P2"_s, 2021, P, u"03-01 09:00"_s),
                             entry(u"G2"_s, 2021, G, u"03-01 09:30"_s, 0, ApplicationStatus::Archived),
                             entry(u"G3"_s, 2021, G, u"03-01 10:30"_s, 0, ApplicationStatus::StopListed),
                             entry(u"G4"_s, 2021, G, u"03-01 11:30"_s)}
        << u"1:3"_s << QStringList{u"P1"_s, u"G1"_s, u"G2"_s, u"G3"_s, u"P2"_s, u"G4"_s};
}

void TestQueueOrder::order()
{
    QFETCH(QList<QueueEntry>, entries);
    QFETCH(QString, ratio);
    QFETCH(QStringList, expected);
    QCOMPARE(ids(QueueOrder::order(entries, ::ratio(ratio))), expected);
}

void TestQueueOrder::orderDoesNotDependOnInputOrder()
{
    const RuleSettings settings = ratio(u"1:3"_s);
    QList<QueueEntry> entries = year2021(5, 12);
    entries.append(entry(u"X1"_s, 2021, X, u"05-01 09:00"_s));
    entries.append(entry(u"T1"_s, 2021, G, u"03-01 10:30"_s, 4)); // same time as G3
    entries.append(entry(u"T2"_s, 2021, G, u"03-01 10:30"_s, 0));
    const QStringList reference = ids(QueueOrder::order(entries, settings));

    QRandomGenerator random(20240301);
    for (int round = 0; round < 20; ++round) {
        std::shuffle(entries.begin(), entries.end(), random);
        QCOMPARE(ids(QueueOrder::order(entries, settings)), reference);
    }
}

void TestQueueOrder::queueNumbers_data()
{
    QTest::addColumn<QList<QueueEntry>>("entries");
    QTest::addColumn<QStringList>("expected");

    using S = ApplicationStatus;
    const QList<QueueEntry> all = year2021(2, 5); // P1 G1 G2 G3 P2 G4 G5
    QTest::newRow("all queued")
        << all << QStringList{u"P1=1"_s, u"G1=2"_s, u"G2=3"_s, u"G3=4"_s, u"P2=5"_s, u"G4=6"_s, u"G5=7"_s};

    const auto withStatus = [&all](const QString &id, ApplicationStatus status) {
        QList<QueueEntry> entries = all;
        for (QueueEntry &e : entries)
            if (e.applicationId == id)
                e.status = status;
        return entries;
    };
    // The first primary holds a direction: it has no number, the three generals keep their turn
    // before the next primary, everyone behind moves up by one.
    QTest::newRow("P1 direction issued")
        << withStatus(u"P1"_s, S::DirectionIssued)
        << QStringList{u"G1=1"_s, u"G2=2"_s, u"G3=3"_s, u"P2=4"_s, u"G4=5"_s, u"G5=6"_s};
    QTest::newRow("G2 stop-listed")
        << withStatus(u"G2"_s, S::StopListed)
        << QStringList{u"P1=1"_s, u"G1=2"_s, u"G3=3"_s, u"P2=4"_s, u"G4=5"_s, u"G5=6"_s};
    QTest::newRow("P2 archived")
        << withStatus(u"P2"_s, S::Archived)
        << QStringList{u"P1=1"_s, u"G1=2"_s, u"G2=3"_s, u"G3=4"_s, u"G4=5"_s, u"G5=6"_s};
    QTest::newRow("last archived: nobody moves")
        << withStatus(u"G5"_s, S::Archived)
        << QStringList{u"P1=1"_s, u"G1=2"_s, u"G2=3"_s, u"G3=4"_s, u"P2=5"_s, u"G4=6"_s};

    // Numbers start at 1 in every birth year, extraordinary ones included.
    QTest::newRow("per birth year")
        << QList<QueueEntry>{entry(u"21G1"_s, 2021, G, u"01-01 09:00"_s), entry(u"22G1"_s, 2022, G, u"01-01 08:00"_s),
                             entry(u"21X1"_s, 2021, X, u"02-01 09:00"_s), entry(u"22P1"_s, 2022, P, u"03-01 09:00"_s),
                             entry(u"22G2"_s, 2022, G, u"01-02 08:00"_s, 0, S::DirectionIssued),
                             entry(u"21P1"_s, 2021, P, u"04-01 09:00"_s, 0, S::Archived)}
        << QStringList{u"21X1=1"_s, u"21G1=2"_s, u"22P1=1"_s, u"22G1=2"_s};

    QTest::newRow("nobody queued") << withStatus(u"P1"_s, S::Archived).mid(0, 1) << QStringList();
}

void TestQueueOrder::queueNumbers()
{
    QFETCH(QList<QueueEntry>, entries);
    QFETCH(QStringList, expected);
    const RuleSettings settings = ratio(u"1:3"_s);
    QCOMPARE(numbered(entries, settings), expected);
    QCOMPARE(QueueOrder::queueNumbers(entries, settings).size(), expected.size());
}

void TestQueueOrder::statusChangeShiftsOnlyThoseBehind()
{
    // For every queued application taken off the queue, in a mixed year: it loses its number,
    // everyone behind it moves up exactly one place, nobody ahead moves and nobody goes back.
    QList<QueueEntry> entries = year2021(6, 14);
    entries.append(entry(u"X1"_s, 2021, X, u"04-01 09:00"_s));
    entries.append(entry(u"X2"_s, 2021, X, u"02-01 09:00"_s));
    for (const QString &ratioText : {u"1:3"_s, u"1:2"_s, u"0"_s}) {
        const RuleSettings settings = ratio(ratioText);
        const QHash<QString, int> before = QueueOrder::queueNumbers(entries, settings);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            for (const ApplicationStatus status :
                 {ApplicationStatus::DirectionIssued, ApplicationStatus::StopListed, ApplicationStatus::Archived}) {
                QList<QueueEntry> changed = entries;
                changed[i].status = status;
                const QString &id = entries.at(i).applicationId;
                const int removed = before.value(id);
                const QHash<QString, int> after = QueueOrder::queueNumbers(changed, settings);
                QVERIFY(!after.contains(id));
                QCOMPARE(after.size(), before.size() - 1);
                for (auto it = after.cbegin(); it != after.cend(); ++it) {
                    const int was = before.value(it.key());
                    QCOMPARE(it.value(), was > removed ? was - 1 : was);
                }
            }
        }
    }
}

void TestQueueOrder::slot_data()
{
    QTest::addColumn<QString>("ratio");
    QTest::addColumn<Right>("right");
    QTest::addColumn<QList<qint64>>("expectedSlots"); // for ranks 0, 1, 2, ...

    // The documented example: 1:3 gives primaries 0, 4, 8 and generals 1, 2, 3, 5, 6, 7, 9.
    QTest::newRow("1:3 primary") << u"1:3"_s << P << QList<qint64>{0, 4, 8, 12};
    QTest::newRow("1:3 general") << u"1:3"_s << G << QList<qint64>{1, 2, 3, 5, 6, 7, 9};
    QTest::newRow("2:3 primary") << u"2:3"_s << P << QList<qint64>{0, 1, 5, 6, 10};
    QTest::newRow("2:3 general") << u"2:3"_s << G << QList<qint64>{2, 3, 4, 7, 8, 9, 12};
    QTest::newRow("extraordinary: the rank") << u"1:3"_s << X << QList<qint64>{0, 1, 2, 3};
    QTest::newRow("0 primary: the rank") << u"0"_s << P << QList<qint64>{0, 1, 2};
    QTest::newRow("0 general: the rank") << u"0"_s << G << QList<qint64>{0, 1, 2};
}

void TestQueueOrder::slot()
{
    QFETCH(QString, ratio);
    QFETCH(Right, right);
    QFETCH(QList<qint64>, expectedSlots);
    const RuleSettings settings = ::ratio(ratio);
    for (qsizetype rank = 0; rank < expectedSlots.size(); ++rank)
        QCOMPARE(QueueOrder::slot(right, rank, settings), expectedSlots.at(rank));

    // Bands: the extraordinary right alone first; primary and general share one band when they
    // interleave, else primary comes a band before general.
    QCOMPARE(QueueOrder::band(X, settings), 0);
    QCOMPARE(QueueOrder::band(P, settings), 1);
    QCOMPARE(QueueOrder::band(G, settings), settings.primaryRatioPrimary == 0 ? 2 : 1);
}

void TestQueueOrder::keySortEqualsOrder_data()
{
    QTest::addColumn<QString>("ratio");
    QTest::addColumn<int>("count");

    for (const QString &ratio : {u"1:3"_s, u"1:2"_s, u"2:5"_s, u"3:1"_s, u"1:1"_s, u"0"_s}) {
        for (const int count : {0, 1, 7, 60, 500}) {
            const QByteArray name = ratio.toLatin1() + ", " + QByteArray::number(count);
            QTest::newRow(name.constData()) << ratio << count;
        }
    }
}

void TestQueueOrder::keySortEqualsOrder()
{
    QFETCH(QString, ratio);
    QFETCH(int, count);
    const RuleSettings settings = ::ratio(ratio);

    // Seeded, so every run sees the same data: few years, few distinct filing minutes (many ties),
    // some entries not yet synced, all statuses, and lopsided shares of each right.
    QRandomGenerator random(quint32(count * 7919 + ratio.size()));
    const QDateTime base(QDate(2024, 3, 1), QTime(9, 0));
    QList<QueueEntry> entries;
    for (int i = 0; i < count; ++i) {
        const int pick = random.bounded(10);
        const Right right = pick == 0 ? X : pick < 4 ? P : G;
        const qint64 sequence = random.bounded(4) == 0 ? 0 : random.bounded(1, count / 2 + 2);
        const auto status = static_cast<ApplicationStatus>(random.bounded(4));
        entries.append(QueueEntry{u"id-%1-%2"_s.arg(random.bounded(1000), 3, 10, QChar(u'0')).arg(i),
                                  2019 + random.bounded(4), right,
                                  base.addSecs(60 * random.bounded(count / 3 + 1)), sequence, status});
    }

    const QList<QueueEntry> ordered = QueueOrder::order(entries, settings);
    QCOMPARE(ordered.size(), entries.size());
    QCOMPARE(ids(sortedByKey(entries, settings)), ids(ordered));

    // And the keys are unique inside a band: the tie-breaks are never needed to separate two
    // entries of one year and band, so a database may page on (birth_year, band, slot) alone.
    QList<QueueKey> keys = QueueOrder::keys(entries, settings);
    std::sort(keys.begin(), keys.end());
    for (qsizetype i = 1; i < keys.size(); ++i) {
        const QueueKey &a = keys.at(i - 1);
        const QueueKey &b = keys.at(i);
        QVERIFY(!(a.birthYear == b.birthYear && a.band == b.band && a.slot == b.slot));
    }
}

void TestQueueOrder::keysDoNotDependOnStatus()
{
    const RuleSettings settings = ratio(u"1:3"_s);
    QList<QueueEntry> entries = year2021(3, 6);
    const QList<QueueKey> before = QueueOrder::keys(entries, settings);
    entries[0].status = ApplicationStatus::DirectionIssued;
    entries[3].status = ApplicationStatus::Archived;
    entries[5].status = ApplicationStatus::StopListed;
    // A status change rewrites no stored key: only the queued filter of the numbering changes.
    QCOMPARE(QueueOrder::keys(entries, settings), before);
}

void TestQueueOrder::fromApplication()
{
    Application application;
    application.id = u"app-1"_s;
    application.childBirthDate = QDate(2021, 3, 15);
    application.category = Category::LargeFamily;
    application.filedAt = QDateTime(QDate(2024, 5, 2), QTime(11, 30));
    application.registrationSequence = 42;
    application.status = ApplicationStatus::StopListed;

    const QueueEntry e = QueueEntry::fromApplication(application);
    QCOMPARE(e, (QueueEntry{u"app-1"_s, 2021, Right::Primary, application.filedAt, 42, ApplicationStatus::StopListed}));
}

QTEST_GUILESS_MAIN(TestQueueOrder)
#include "tst_queueorder.moc"
