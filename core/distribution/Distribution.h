#pragma once

#include "domain/Application.h"
#include "domain/Category.h"
#include "domain/Place.h"
#include "domain/QueueOrder.h"
#include "settings/RuleSettings.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

// The distribution of free places (RULES 4.2) as a pure function: no I/O, no SQL, no clock.
// docs/distribution.md describes the rule as implemented and the readings it makes.
//
// Places are taken in the order of the bulletin of freed places (RULES 2.4: publishedAt, then
// id); each goes to the first candidate in queue order (RULES 3.3: QueueKey) that
//   - is queued,
//   - was born inside the place's age period [birthFrom, birthTo],
//   - wants the place's language or any language,
//   - for a special group, is in category 4 (a general group takes any child),
//   - names the place's kindergarten among its preferred ones, or names none,
//   - and, when it belongs to a batch (twins, siblings: RULES 3.3), every other queued member of
//     the batch gets another open place of the same kindergarten at the same time (each member
//     its own place); otherwise the batch is passed over for this place.
// A temporary-stay place (RULES def. 14) is a place like any other: the source limits how long
// the child stays, not who may take it, and an application states no end date to compare.
// An early-booking place is distributed before it is freed (RULES def. 6): freedOn starts the
// direction's clock, which is the caller's business.
//
// Deterministic: the same input gives the same decisions, in the same order.
namespace Distribution {

// What matching needs of one application. Application ids are unique.
struct Candidate
{
    QString applicationId;
    QueueKey key;            // its place in the queue (QueueOrder::keys)
    QDate birthDate;
    Category category = Category::None;
    TeachingLanguage language = TeachingLanguage::Any; // Any matches every place
    QStringList preferredKindergartens; // 0 to 4 kindergarten ids; none = any
    QString batchId;         // empty: not in a batch
    ApplicationStatus status = ApplicationStatus::Queued;

    static Candidate fromApplication(const Application &application, const QueueKey &key);
    bool operator==(const Candidate &) const = default;
};

// The candidates of the applications, their keys computed with QueueOrder::keys over all of
// them (pass every application of the years concerned, archived ones included: RULES 3.3).
QList<Candidate> candidates(const QList<Application> &applications, const RuleSettings &settings);

// Why a candidate ahead of the winner in queue order did not get the place. The first that
// applies, in this order.
enum class PassReason {
    BirthDate,           // born outside the place's age period: counted, never listed
    StopListed,          // on the stop list
    HasDirection,        // holds a direction (possibly one given earlier in the same run, or
                         // to a twin in the same batch decision)
    Language,            // wants another language
    SpecialGroup,        // a special group, and the child is not in category 4
    NotPreferred,        // names preferred kindergartens, not this one
    BatchDidNotFit,      // matches, but its batch found no places for all its members
    BatchPlacedTogether, // matches, but the place went to a batch together with the place its
                         // first reached member was given (only in a batch's further decisions)
};
constexpr int passReasonCount = 8; // fits in 3 bits (Explanation)

QList<PassReason> allPassReasons();
// Stable codes: birth_date, stop_listed, has_direction, language, special_group,
// not_preferred, batch_did_not_fit, batch_placed_together.
QString reasonCode(PassReason reason);
std::optional<PassReason> reasonFromCode(const QString &code);
QString reasonLabel(PassReason reason); // in the UI language

struct PassedOver
{
    QString applicationId;
    PassReason reason = PassReason::BirthDate;
    bool operator==(const PassedOver &) const = default;
};

struct CandidateStore; // the candidates of a State (Distribution.cpp)

// Why the place went to this child (issue 12 item 3). The candidates considered are those of
// the birth years the age period touches that are ahead of the winner in queue order, archived
// ones left out.
class Explanation
{
public:
    // 1-based position of the winner among the candidates born inside the age period.
    int position = 0;
    // How many were passed over for each reason, all of them (BirthDate included).
    std::array<int, passReasonCount> counts{};

    int count(PassReason reason) const { return counts[static_cast<int>(reason)]; }
    // The first Settings::listLimit of those passed over, in queue order (never BirthDate).
    QList<PassedOver> passedOver() const;
    qsizetype listedCount() const { return m_listed.size(); }
    PassedOver listed(qsizetype index) const;

    bool operator==(const Explanation &other) const;

private:
    friend class State;
    // The listed candidates as (record << 3 | reason), their ids read from the candidates of the
    // State that made it when asked: 4 bytes an entry instead of a copied id (a full run lists
    // millions). That store is shared, so an explanation outlives its State; read it on the
    // State's thread.
    std::shared_ptr<const CandidateStore> m_store;
    QList<quint32> m_listed;
};

// One direction to issue: this place to this application. A batch gives several decisions in a
// row with the same batchId: first the place that reached it, then the others in queue order.
struct Decision
{
    QString placeId;
    QString applicationId;
    QString kindergartenId;
    QString batchId;
    Explanation why;
    bool operator==(const Decision &) const = default;
};

struct Settings
{
    int listLimit = 1000; // candidates listed individually per decision
};

// A full run: the decisions, in the order they were made. Places other than Open are ignored.
QList<Decision> run(const QList<Candidate> &candidates, const QList<Place> &places,
                    const Settings &settings = {});

// The incremental distribution: the candidates and the open places, loaded once, then kept up
// to date by the caller; distribute() gives only the new decisions and looks only at the places
// a change could have given a match (a new place, places a new or re-queued candidate matches,
// places of a kindergarten that got a new place or of a batch that lost a member). After every
// distribute(), its cumulative decisions are those a full run() would make over the same
// history (tests/core/tst_distribution.cpp checks it).
//
// Decisions are final: distribute() closes the places it gives and marks their candidates
// DirectionIssued. When a direction ends, the caller says so: addPlace() to reopen the place,
// setCandidate() with the application's new status.
//
// A candidate's QueueKey is taken as given: when a late filing moves the slots of others
// (QueueOrder::slot), pass those candidates again with setCandidate().
//
// Not thread-safe: one thread uses a State and reads the explanations it made (a region's
// distribution is serialised anyway: docs/design.md, one database lock per region).
class State
{
public:
    explicit State(const QList<Candidate> &candidates = {}, const QList<Place> &places = {},
                   const Settings &settings = {});
    ~State();
    State(State &&) noexcept;
    State &operator=(State &&) noexcept;

    // Publishes a place, or reopens one (same id: replaced). A place whose status is not Open
    // is removed instead.
    void addPlace(const Place &place);
    // Withdrawn, or otherwise gone: no longer distributed. Unknown ids are ignored.
    void removePlace(const QString &placeId);
    // Adds a candidate or replaces the one with the same application id (a status change, a new
    // key, new wishes).
    void setCandidate(const Candidate &candidate);
    void removeCandidate(const QString &applicationId);

    // The decisions the changes since the last call lead to, in the order they were made.
    QList<Decision> distribute();

    int openPlaceCount() const;
    int candidateCount() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    static void setListed(Explanation &explanation, std::shared_ptr<const CandidateStore> store,
                          QList<quint32> listed);
    // run(): a state that is never changed needs no index by application id.
    State(const QList<Candidate> &candidates, const QList<Place> &places, const Settings &settings,
          bool indexById);
    friend QList<Decision> run(const QList<Candidate> &, const QList<Place> &, const Settings &);
};

} // namespace Distribution
