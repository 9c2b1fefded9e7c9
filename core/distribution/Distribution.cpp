#include "distribution/Distribution.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <deque>
#include <functional>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>
#include <vector>

namespace Distribution {

namespace {

struct DistributionText
{
    Q_DECLARE_TR_FUNCTIONS(Distribution)
};

constexpr int noBirthDay = std::numeric_limits<int>::min(); // inside no age period
constexpr quint8 statusCode(ApplicationStatus status) { return static_cast<quint8>(status); }
constexpr quint8 queued = statusCode(ApplicationStatus::Queued);
constexpr quint8 anyLanguage = static_cast<quint8>(TeachingLanguage::Any);

// What matching and explaining read of a candidate, kept small and apart from the rest so that
// the walks over a birth year's queue (Explanation) stay in cache.
struct Hot
{
    int birthDay = noBirthDay; // Julian day
    int batch = -1;            // index into Impl::batchMembers
    int prefBegin = 0;         // into Impl::prefPool
    quint8 prefCount = 0;
    quint8 status = queued;
    quint8 language = anyLanguage;
    bool specialNeeds = false; // category 4
    bool removed = false;      // replaced or removed: skipped wherever it is still listed
};

struct PlaceRecord
{
    QString id;
    QString kindergartenId;
    int kindergarten = -1;
    int fromDay = 0;
    int toDay = -1;
    int fromYear = 0;
    int toYear = -1;
    quint8 language = 0;
    bool special = false;
    qint64 publishedMsecs = 0;
    bool open = false;
};

// A list of candidates of one birth year, one preferred kindergarten (or none) and one language,
// in queue order. Entries are never taken out (a status change only makes them skipped); head is
// the first entry that may be queued.
struct CandidateList
{
    std::vector<int> entries;
    size_t head = 0;
};

quint64 listKey(int year, int kindergarten, quint8 language)
{
    return (quint64(quint32(year)) << 40) | (quint64(quint32(kindergarten + 1)) << 8) | language;
}

} // namespace

// --- Candidate and reasons ---

Candidate Candidate::fromApplication(const Application &application, const QueueKey &key)
{
    Candidate candidate;
    candidate.applicationId = application.id;
    candidate.key = key;
    candidate.birthDate = application.childBirthDate;
    candidate.category = application.category;
    candidate.language = application.language;
    candidate.preferredKindergartens = application.preferredKindergartens;
    candidate.batchId = application.batchId;
    candidate.status = application.status;
    return candidate;
}

QList<Candidate> candidates(const QList<Application> &applications, const RuleSettings &settings)
{
    QList<QueueEntry> entries;
    entries.reserve(applications.size());
    for (const Application &application : applications)
        entries.append(QueueEntry::fromApplication(application));
    const QList<QueueKey> keys = QueueOrder::keys(entries, settings);
    QList<Candidate> result;
    result.reserve(applications.size());
    for (qsizetype i = 0; i < applications.size(); ++i)
        result.append(Candidate::fromApplication(applications.at(i), keys.at(i)));
    return result;
}

QList<PassReason> allPassReasons()
{
    QList<PassReason> result;
    for (int i = 0; i < passReasonCount; ++i)
        result.append(static_cast<PassReason>(i));
    return result;
}

QString reasonCode(PassReason reason)
{
    switch (reason) {
    case PassReason::BirthDate: return QStringLiteral("birth_date");
    case PassReason::StopListed: return QStringLiteral("stop_listed");
    case PassReason::HasDirection: return QStringLiteral("has_direction");
    case PassReason::Language: return QStringLiteral("language");
    case PassReason::SpecialGroup: return QStringLiteral("special_group");
    case PassReason::NotPreferred: return QStringLiteral("not_preferred");
    case PassReason::BatchDidNotFit: return QStringLiteral("batch_did_not_fit");
    case PassReason::BatchPlacedTogether: return QStringLiteral("batch_placed_together");
    }
    return {};
}

std::optional<PassReason> reasonFromCode(const QString &code)
{
    for (PassReason reason : allPassReasons()) {
        if (reasonCode(reason) == code)
            return reason;
    }
    return std::nullopt;
}

QString reasonLabel(PassReason reason)
{
    switch (reason) {
    case PassReason::BirthDate: return DistributionText::tr("born outside the group's age period");
    case PassReason::StopListed: return DistributionText::tr("on the stop list");
    case PassReason::HasDirection: return DistributionText::tr("already holds a direction");
    case PassReason::Language: return DistributionText::tr("wants another language");
    case PassReason::SpecialGroup:
        return DistributionText::tr("a special group, and the child is not in category 4");
    case PassReason::NotPreferred:
        return DistributionText::tr("this kindergarten is not among the preferred ones");
    case PassReason::BatchDidNotFit:
        return DistributionText::tr("not enough places for the whole batch in this kindergarten");
    case PassReason::BatchPlacedTogether:
        return DistributionText::tr("the place went to a batch of twins or siblings placed together");
    }
    return {};
}

QList<PassedOver> Explanation::passedOver() const
{
    QList<PassedOver> result;
    result.reserve(m_listed.size());
    for (qsizetype i = 0; i < m_listed.size(); ++i)
        result.append(listed(i));
    return result;
}

// The candidates of a State, by record: those of the full load stay in the caller's list
// (shared, not copied: a million copies were most of a load), later ones in a deque.
struct CandidateStore
{
    QList<Candidate> loaded;
    std::vector<int> loadedIndex; // record -> index in loaded
    std::deque<Candidate> added;  // records loadedIndex.size() and on

    const Candidate &at(int record) const
    {
        const size_t r = size_t(record);
        return r < loadedIndex.size() ? loaded.at(loadedIndex[r]) : added[r - loadedIndex.size()];
    }
};

PassedOver Explanation::listed(qsizetype index) const
{
    const quint32 entry = m_listed.at(index);
    return PassedOver{m_store->at(int(entry >> 3)).applicationId, static_cast<PassReason>(entry & 7)};
}

bool Explanation::operator==(const Explanation &other) const
{
    return position == other.position && counts == other.counts && passedOver() == other.passedOver();
}

void State::setListed(Explanation &explanation, std::shared_ptr<const CandidateStore> store,
                      QList<quint32> listed)
{
    explanation.m_store = std::move(store);
    explanation.m_listed = std::move(listed);
}

// --- The state ---

struct State::Impl
{
    Settings settings;

    // Candidates: records; a replaced candidate gets a new record, the old one is marked removed.
    // The full load numbers its records in queue order, so walks read them front to back. The
    // status lives in hot only (the stored candidate keeps the one it came with).
    std::vector<Hot> hot;
    std::shared_ptr<CandidateStore> store = std::make_shared<CandidateStore>();
    std::vector<int> yearOf;
    bool indexed = true; // candidateIndex is kept
    std::vector<int> prefPool;
    QHash<QString, int> candidateIndex; // application id -> live record
    QHash<QString, int> kindergartenIndex;
    QHash<QString, int> batchIndex;
    std::vector<std::vector<int>> batchMembers; // live records of each batch
    std::map<int, std::vector<int>> yearQueue;  // every record of a birth year, queue order
    std::unordered_map<quint64, CandidateList> lists;

    // Places
    std::vector<PlaceRecord> places;
    QHash<QString, int> placeIndex;

    struct BulletinLess
    {
        const Impl *impl = nullptr;
        bool operator()(int a, int b) const
        {
            const PlaceRecord &x = impl->places[size_t(a)];
            const PlaceRecord &y = impl->places[size_t(b)];
            if (x.publishedMsecs != y.publishedMsecs)
                return x.publishedMsecs < y.publishedMsecs;
            return x.id < y.id;
        }
    };
    using PlaceSet = std::set<int, BulletinLess>;
    PlaceSet open{BulletinLess{this}};
    PlaceSet dirty{BulletinLess{this}};
    std::unordered_map<int, PlaceSet> openByKindergarten;
    std::map<int, PlaceSet> openByYear;

    const Candidate &cold(int record) const { return store->at(record); }
    bool keyLess(int a, int b) const { return cold(a).key < cold(b).key; }

    int kindergarten(const QString &id)
    {
        const auto it = kindergartenIndex.constFind(id);
        if (it != kindergartenIndex.constEnd())
            return it.value();
        const int index = int(kindergartenIndex.size());
        kindergartenIndex.insert(id, index);
        return index;
    }

    // --- candidates ---

    template <typename Visit>
    void forEachListKey(int record, Visit visit) const
    {
        const Hot &h = hot[size_t(record)];
        const int year = yearOf[size_t(record)];
        if (h.prefCount == 0)
            visit(listKey(year, -1, h.language));
        for (int i = 0; i < h.prefCount; ++i)
            visit(listKey(year, prefPool[size_t(h.prefBegin + i)], h.language));
    }

    // Inserts record into a vector kept in queue order; returns its position.
    size_t insertSorted(std::vector<int> &entries, int record)
    {
        if (entries.empty() || keyLess(entries.back(), record)) {
            entries.push_back(record);
            return entries.size() - 1;
        }
        const auto it = std::lower_bound(entries.begin(), entries.end(), record,
                                         [this](int a, int b) { return keyLess(a, b); });
        const size_t position = size_t(it - entries.begin());
        entries.insert(it, record);
        return position;
    }

    // The hot part of a record from its candidate; its kindergartens and batch interned.
    Hot makeHot(const Candidate &candidate, int record, int &year)
    {
        Hot h;
        year = 0;
        if (candidate.birthDate.isValid()) {
            h.birthDay = int(candidate.birthDate.toJulianDay());
            year = candidate.birthDate.year();
        }
        h.status = statusCode(candidate.status);
        h.language = static_cast<quint8>(candidate.language);
        h.specialNeeds = candidate.category == Category::SpecialNeeds;
        h.prefBegin = int(prefPool.size());
        for (const QString &id : candidate.preferredKindergartens) {
            const int k = kindergarten(id);
            const auto begin = prefPool.begin() + h.prefBegin;
            if (std::find(begin, prefPool.end(), k) == prefPool.end())
                prefPool.push_back(k);
        }
        h.prefCount = quint8(int(prefPool.size()) - h.prefBegin);
        if (!candidate.batchId.isEmpty()) {
            auto it = batchIndex.constFind(candidate.batchId);
            if (it == batchIndex.constEnd()) {
                it = batchIndex.insert(candidate.batchId, int(batchMembers.size()));
                batchMembers.emplace_back();
            }
            h.batch = it.value();
            batchMembers[size_t(h.batch)].push_back(record);
        }
        return h;
    }

    // Files a record in its birth year's queue and its lists. append: the load, records come in
    // queue order, so no comparison is needed (each would read two candidates from all over the
    // caller's list).
    void file(int record, bool append = false)
    {
        if (hot[size_t(record)].birthDay == noBirthDay)
            return;
        std::vector<int> &year = yearQueue[yearOf[size_t(record)]];
        if (append)
            year.push_back(record);
        else
            insertSorted(year, record);
        forEachListKey(record, [&](quint64 key) {
            CandidateList &list = lists[key];
            if (append) {
                list.entries.push_back(record);
                return;
            }
            const size_t position = insertSorted(list.entries, record);
            list.head = std::min(list.head, position);
        });
    }

    // Adds a record for candidate after the load; one with the same id is replaced (retired).
    int addCandidate(const Candidate &candidate)
    {
        const int record = int(hot.size());
        const qsizetype known = candidateIndex.size();
        Q_ASSERT(indexed); // only run() makes a state without the index, and never changes it
        int &slot = candidateIndex[candidate.applicationId];
        const int replaced = candidateIndex.size() == known ? slot : -1;
        slot = record;
        if (replaced >= 0)
            retire(replaced);
        int year = 0;
        const Hot h = makeHot(candidate, record, year);
        hot.push_back(h);
        yearOf.push_back(year);
        store->added.push_back(candidate);
        file(record);
        return record;
    }

    // The full load. Records are numbered in queue order; the candidates are read in the
    // caller's order (its memory order) and stay in the caller's list.
    void load(const QList<Candidate> &candidates, bool indexById)
    {
        // The sort reads the integer parts of the keys from one compact array (the ids only on a
        // tie): comparing the candidates themselves cost twice as much at a million.
        struct SortItem
        {
            qint64 slot, filed, sequence;
            int year, band, index;
        };
        std::vector<SortItem> order;
        order.reserve(size_t(candidates.size()));
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            const QueueKey &k = candidates.at(i).key;
            order.push_back(SortItem{k.slot, k.filedAtMsecs, k.sequence, k.birthYear, k.band, int(i)});
        }
        std::sort(order.begin(), order.end(), [&](const SortItem &a, const SortItem &b) {
            if (a.year != b.year) return a.year < b.year;
            if (a.band != b.band) return a.band < b.band;
            if (a.slot != b.slot) return a.slot < b.slot;
            if (a.filed != b.filed) return a.filed < b.filed;
            if (a.sequence != b.sequence) return a.sequence < b.sequence;
            const QString &x = candidates.at(a.index).key.applicationId;
            const QString &y = candidates.at(b.index).key.applicationId;
            return x != y ? x < y : a.index < b.index; // the same key twice: input order
        });
        const size_t n = order.size();
        store->loaded = candidates; // shared, not copied
        store->loadedIndex.resize(n);
        std::vector<int> recordOf(n);
        for (size_t r = 0; r < n; ++r) {
            store->loadedIndex[r] = order[r].index;
            recordOf[size_t(order[r].index)] = int(r);
        }
        // Room to grow without moving everything on the first new application.
        const size_t room = n + n / 16 + 1024;
        hot.reserve(room);
        yearOf.reserve(room);
        hot.resize(n);
        yearOf.resize(n);
        indexed = indexById;
        if (indexed)
            candidateIndex.reserve(qsizetype(room));
        for (size_t i = 0; i < n; ++i) {
            const Candidate &candidate = candidates.at(qsizetype(i));
            const int record = recordOf[i];
            hot[size_t(record)] = makeHot(candidate, record, yearOf[size_t(record)]);
            if (indexed) {
                // A repeated id: the later one in the list counts.
                const qsizetype known = candidateIndex.size();
                int &slot = candidateIndex[candidate.applicationId];
                if (candidateIndex.size() == known)
                    retire(slot);
                slot = record;
            }
        }
        for (size_t r = 0; r < n; ++r)
            file(int(r), true);
    }

    // A record replaced or removed: skipped wherever it is still listed, out of its batch.
    void retire(int record)
    {
        Hot &h = hot[size_t(record)];
        h.removed = true;
        if (h.batch >= 0) {
            auto &members = batchMembers[size_t(h.batch)];
            members.erase(std::remove(members.begin(), members.end(), record), members.end());
        }
    }

    void dropCandidate(int record)
    {
        retire(record);
        candidateIndex.remove(cold(record).applicationId);
    }

    // A re-queued record may sit before the heads of its lists: move them back.
    void rewindHeads(int record)
    {
        forEachListKey(record, [&](quint64 key) {
            const auto it = lists.find(key);
            if (it == lists.end())
                return;
            CandidateList &list = it->second;
            const auto position = std::lower_bound(list.entries.begin(), list.entries.end(), record,
                                                   [this](int a, int b) { return keyLess(a, b); });
            list.head = std::min(list.head, size_t(position - list.entries.begin()));
        });
    }

    bool isQueued(int record) const
    {
        const Hot &h = hot[size_t(record)];
        return !h.removed && h.status == queued;
    }

    bool bornInside(const Hot &h, const PlaceRecord &place) const
    {
        return h.birthDay >= place.fromDay && h.birthDay <= place.toDay;
    }

    bool prefers(const Hot &h, int kindergarten) const
    {
        for (int i = 0; i < h.prefCount; ++i) {
            if (prefPool[size_t(h.prefBegin + i)] == kindergarten)
                return true;
        }
        return false;
    }

    // Every condition of RULES 4.2 but the batch's.
    bool matches(int record, const PlaceRecord &place) const
    {
        const Hot &h = hot[size_t(record)];
        return !h.removed && h.status == queued && bornInside(h, place)
            && (h.language == anyLanguage || h.language == place.language)
            && (!place.special || h.specialNeeds)
            && (h.prefCount == 0 || prefers(h, place.kindergarten));
    }

    // The open places record matches become dirty: they may have a match now.
    void markPlacesOf(int record)
    {
        if (!isQueued(record))
            return;
        const Hot &h = hot[size_t(record)];
        const auto mark = [&](const PlaceSet &set) {
            for (int p : set) {
                if (matches(record, places[size_t(p)]))
                    dirty.insert(p);
            }
        };
        if (h.prefCount > 0) {
            for (int i = 0; i < h.prefCount; ++i) {
                const auto it = openByKindergarten.find(prefPool[size_t(h.prefBegin + i)]);
                if (it != openByKindergarten.end())
                    mark(it->second);
            }
        } else {
            const auto it = openByYear.find(yearOf[size_t(record)]);
            if (it != openByYear.end())
                mark(it->second);
        }
    }

    void markBatch(int batch)
    {
        if (batch < 0)
            return;
        for (int member : batchMembers[size_t(batch)])
            markPlacesOf(member);
    }

    void setCandidate(const Candidate &candidate)
    {
        const auto it = candidateIndex.constFind(candidate.applicationId);
        if (it == candidateIndex.constEnd()) {
            const int record = addCandidate(candidate);
            markPlacesOf(record);
            markBatch(hot[size_t(record)].batch);
            return;
        }
        const int old = it.value();
        Candidate previous = cold(old);
        previous.status = candidate.status;
        if (previous == candidate) {
            // Only the status changed: the common case (stop list, direction ended).
            Hot &h = hot[size_t(old)];
            const bool wasQueued = h.status == queued;
            h.status = statusCode(candidate.status);
            if (h.status == queued && !wasQueued) {
                rewindHeads(old);
                markPlacesOf(old);
            }
            // A batch that lost or regained a queued member needs fewer or more places.
            markBatch(h.batch);
            return;
        }
        const int oldBatch = hot[size_t(old)].batch;
        const int record = addCandidate(candidate); // retires old
        markPlacesOf(record);
        markBatch(oldBatch);
        if (hot[size_t(record)].batch != oldBatch)
            markBatch(hot[size_t(record)].batch);
    }

    void removeCandidate(const QString &id)
    {
        const auto it = candidateIndex.constFind(id);
        if (it == candidateIndex.constEnd())
            return;
        const int record = it.value();
        const int batch = hot[size_t(record)].batch;
        dropCandidate(record);
        markBatch(batch);
    }

    // --- places ---

    void closePlace(int p)
    {
        PlaceRecord &place = places[size_t(p)];
        if (!place.open)
            return;
        place.open = false;
        open.erase(p);
        dirty.erase(p);
        const auto k = openByKindergarten.find(place.kindergarten);
        if (k != openByKindergarten.end())
            k->second.erase(p);
        for (int year = place.fromYear; year <= place.toYear; ++year) {
            const auto y = openByYear.find(year);
            if (y != openByYear.end())
                y->second.erase(p);
        }
    }

    void addPlace(const Place &place, bool markKindergarten)
    {
        const auto existing = placeIndex.constFind(place.id);
        int p = -1;
        if (existing != placeIndex.constEnd()) {
            p = existing.value();
            closePlace(p);
        }
        if (place.status != PlaceStatus::Open)
            return;
        PlaceRecord record;
        record.id = place.id;
        record.kindergartenId = place.kindergartenId;
        record.kindergarten = kindergarten(place.kindergartenId);
        record.language = static_cast<quint8>(place.language);
        record.special = place.groupType == GroupType::Special;
        record.publishedMsecs = QueueOrder::filedAtSortValue(place.publishedAt);
        const bool valid = place.birthFrom.isValid() && place.birthTo.isValid()
            && place.birthFrom <= place.birthTo && place.language != TeachingLanguage::Any;
        if (valid) {
            record.fromDay = int(place.birthFrom.toJulianDay());
            record.toDay = int(place.birthTo.toJulianDay());
            record.fromYear = place.birthFrom.year();
            record.toYear = place.birthTo.year();
        }
        if (p < 0) {
            p = int(places.size());
            places.push_back(record);
            placeIndex.insert(place.id, p);
        } else {
            places[size_t(p)] = record;
        }
        if (!valid)
            return; // matches no one; kept closed
        // The sets order by the record: it is in place before they see it.
        places[size_t(p)].open = true;
        open.insert(p);
        auto &atKindergarten = openByKindergarten.try_emplace(record.kindergarten, BulletinLess{this}).first->second;
        // A batch passed over at this kindergarten may fit now.
        if (markKindergarten)
            dirty.insert(atKindergarten.begin(), atKindergarten.end());
        atKindergarten.insert(p);
        for (int year = record.fromYear; year <= record.toYear; ++year)
            openByYear.try_emplace(year, BulletinLess{this}).first->second.insert(p);
        dirty.insert(p);
    }

    void removePlace(const QString &id)
    {
        const auto it = placeIndex.constFind(id);
        if (it != placeIndex.constEnd())
            closePlace(it.value());
    }

    // --- distribution ---

    // Whether every other queued member of record's batch gets its own open place of the
    // place's kindergarten while record takes place p. Kuhn's augmenting paths: members in queue
    // order, places in bulletin order, so the assignment is deterministic, and whether one exists
    // depends only on the sets (fewer places never make a batch fit).
    bool batchFits(int record, int p, std::vector<std::pair<int, int>> &assignment) const
    {
        std::vector<int> members;
        for (int member : batchMembers[size_t(hot[size_t(record)].batch)]) {
            if (member != record && isQueued(member))
                members.push_back(member);
        }
        std::sort(members.begin(), members.end(), [this](int a, int b) { return keyLess(a, b); });
        const PlaceRecord &place = places[size_t(p)];
        const auto k = openByKindergarten.find(place.kindergarten);
        std::vector<std::vector<int>> options(members.size());
        for (size_t i = 0; i < members.size(); ++i) {
            if (k == openByKindergarten.end())
                return false;
            for (int q : k->second) {
                if (q != p && matches(members[i], places[size_t(q)]))
                    options[i].push_back(q);
            }
            if (options[i].empty())
                return false;
        }
        std::unordered_map<int, size_t> holder; // place -> member index
        std::vector<int> given(members.size(), -1);
        std::set<int> seen;
        std::function<bool(size_t)> augment = [&](size_t i) -> bool {
            for (int q : options[i]) {
                if (!seen.insert(q).second)
                    continue;
                const auto h = holder.find(q);
                if (h == holder.end() || augment(h->second)) {
                    holder[q] = i;
                    given[i] = q;
                    return true;
                }
            }
            return false;
        };
        for (size_t i = 0; i < members.size(); ++i) {
            seen.clear();
            if (!augment(i))
                return false;
        }
        assignment.clear();
        for (size_t i = 0; i < members.size(); ++i)
            assignment.emplace_back(given[i], members[i]);
        return true;
    }

    mutable QList<quint32> listed; // explain()'s buffer, reused

    Explanation explain(int p, int winner, bool lead) const
    {
        const PlaceRecord &place = places[size_t(p)];
        Explanation why;
        const int winnerYear = yearOf[size_t(winner)];
        const qsizetype limit = std::max(0, settings.listLimit);
        listed.clear();
        int ahead = 0;
        for (auto y = yearQueue.lower_bound(place.fromYear);
             y != yearQueue.end() && y->first <= std::min(place.toYear, winnerYear); ++y) {
            for (int record : y->second) {
                if (record == winner)
                    break;
                const Hot &h = hot[size_t(record)];
                if (h.removed || h.status == statusCode(ApplicationStatus::Archived))
                    continue;
                if (!bornInside(h, place)) {
                    ++why.counts[int(PassReason::BirthDate)];
                    continue;
                }
                ++ahead;
                PassReason reason;
                if (h.status == statusCode(ApplicationStatus::StopListed))
                    reason = PassReason::StopListed;
                else if (h.status != queued)
                    reason = PassReason::HasDirection;
                else if (h.language != anyLanguage && h.language != place.language)
                    reason = PassReason::Language;
                else if (place.special && !h.specialNeeds)
                    reason = PassReason::SpecialGroup;
                else if (h.prefCount > 0 && !prefers(h, place.kindergarten))
                    reason = PassReason::NotPreferred;
                else
                    reason = lead ? PassReason::BatchDidNotFit : PassReason::BatchPlacedTogether;
                ++why.counts[int(reason)];
                if (listed.size() < limit)
                    listed.append(quint32(record) << 3 | quint32(reason));
            }
        }
        why.position = ahead + 1;
        // A copy at its final size: growing it entry by entry was much of a full run's time.
        State::setListed(why, store, QList<quint32>(listed.cbegin(), listed.cend()));
        return why;
    }

    // The first entry at or after from that is queued and born inside the period, and for a
    // special group in category 4 (the list itself settles language and preference).
    size_t nextMatch(const CandidateList &list, size_t from, const PlaceRecord &place) const
    {
        for (size_t i = from; i < list.entries.size(); ++i) {
            const Hot &h = hot[size_t(list.entries[i])];
            if (!h.removed && h.status == queued && bornInside(h, place)
                && (!place.special || h.specialNeeds))
                return i;
        }
        return list.entries.size();
    }

    void give(int p, QList<Decision> &decisions)
    {
        const PlaceRecord &place = places[size_t(p)];
        struct Cursor
        {
            const CandidateList *list;
            size_t position;
        };
        std::vector<Cursor> cursors;
        const int kindergartens[] = {place.kindergarten, -1};
        const quint8 languages[] = {place.language, anyLanguage};
        for (int year = place.fromYear; year <= place.toYear; ++year) {
            for (int k : kindergartens) {
                for (quint8 language : languages) {
                    const auto it = lists.find(listKey(year, k, language));
                    if (it == lists.end())
                        continue;
                    CandidateList &list = it->second;
                    while (list.head < list.entries.size() && !isQueued(list.entries[list.head]))
                        ++list.head;
                    const size_t first = nextMatch(list, list.head, place);
                    if (first < list.entries.size())
                        cursors.push_back(Cursor{&list, first});
                }
            }
        }
        std::vector<std::pair<int, int>> others;
        while (true) {
            Cursor *best = nullptr;
            for (Cursor &cursor : cursors) {
                if (cursor.position < cursor.list->entries.size()
                    && (!best || keyLess(cursor.list->entries[cursor.position],
                                         best->list->entries[best->position])))
                    best = &cursor;
            }
            if (!best)
                return; // nobody matches: the place stays open (RULES 4.2)
            const int winner = best->list->entries[best->position];
            const int batch = hot[size_t(winner)].batch;
            others.clear();
            if (batch < 0 || batchFits(winner, p, others)) {
                std::vector<std::pair<int, int>> pairs{{p, winner}};
                pairs.insert(pairs.end(), others.begin(), others.end());
                for (const auto &[q, record] : pairs) {
                    closePlace(q);
                    hot[size_t(record)].status = statusCode(ApplicationStatus::DirectionIssued);
                }
                const QString batchId = batch < 0 ? QString() : cold(winner).batchId;
                for (size_t i = 0; i < pairs.size(); ++i) {
                    const auto &[q, record] = pairs[i];
                    decisions.append(Decision{places[size_t(q)].id, cold(record).applicationId,
                                              places[size_t(q)].kindergartenId, batchId,
                                              explain(q, record, i == 0)});
                }
                return;
            }
            best->position = nextMatch(*best->list, best->position + 1, place);
        }
    }

    QList<Decision> distribute()
    {
        QList<Decision> decisions;
        const std::vector<int> todo(dirty.begin(), dirty.end());
        dirty.clear();
        for (int p : todo) {
            if (places[size_t(p)].open)
                give(p, decisions);
        }
        return decisions;
    }
};

State::State(const QList<Candidate> &candidates, const QList<Place> &places, const Settings &settings)
    : State(candidates, places, settings, true)
{
}

State::State(const QList<Candidate> &candidates, const QList<Place> &places, const Settings &settings,
             bool indexById)
    : d(std::make_unique<Impl>())
{
    d->settings = settings;
    d->load(candidates, indexById);
    for (const Place &place : places)
        d->addPlace(place, false);
}

State::~State() = default;
State::State(State &&) noexcept = default;
State &State::operator=(State &&) noexcept = default;

void State::addPlace(const Place &place) { d->addPlace(place, true); }
void State::removePlace(const QString &placeId) { d->removePlace(placeId); }
void State::setCandidate(const Candidate &candidate) { d->setCandidate(candidate); }
void State::removeCandidate(const QString &applicationId) { d->removeCandidate(applicationId); }
QList<Decision> State::distribute() { return d->distribute(); }
int State::openPlaceCount() const { return int(d->open.size()); }
int State::candidateCount() const { return int(d->candidateIndex.size()); }

QList<Decision> run(const QList<Candidate> &candidates, const QList<Place> &places,
                    const Settings &settings)
{
    State state(candidates, places, settings, false);
    return state.distribute();
}

} // namespace Distribution
