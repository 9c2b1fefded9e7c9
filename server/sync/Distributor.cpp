#include "sync/Distributor.h"

#include "notify/Notifications.h"
#include "store/ApplicationJson.h"
#include "store/RegionPlaces.h"
#include "store/ServerSchema.h"
#include "sync/DirectionCommands.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSet>

#include <algorithm>

namespace {

const QString actor = QStringLiteral("distribution");

Right rightFromCode(const QString &code)
{
    if (code == QStringLiteral("extraordinary"))
        return Right::Extraordinary;
    if (code == QStringLiteral("primary"))
        return Right::Primary;
    return Right::None;
}

QPair<int, int> sideOf(const QueueEntry &entry)
{
    return {entry.birthYear, int(entry.right)};
}

// One applications row: its queue entry, and the application itself when it is not archived.
struct Row
{
    QueueEntry entry;
    std::optional<Application> application;
};

ServerResult<Row> readRow(QSqlQuery &row, int first)
{
    Row result;
    QueueEntry &e = result.entry;
    e.applicationId = row.value(first).toString();
    e.birthYear = row.value(first + 1).toInt();
    e.right = rightFromCode(row.value(first + 2).toString());
    e.filedAt = QDateTime::fromMSecsSinceEpoch(row.value(first + 3).toLongLong(), Qt::UTC);
    e.registrationSequence = row.value(first + 4).toLongLong();
    e.status = ApplicationJson::statusFromCode(row.value(first + 5).toString()).value_or(ApplicationStatus::Archived);
    if (e.status != ApplicationStatus::Archived) {
        Expected<Application> application =
            ApplicationJson::fromJson(QJsonDocument::fromJson(row.value(first + 6).toString().toUtf8()).object());
        if (!application)
            return ServerDb::storeError(QStringLiteral("stored application unreadable"), application.error().message());
        result.application = std::move(application).value();
    }
    return result;
}

const QString selectRows =
    QStringLiteral("SELECT id, birth_year, right_code, filed_at, registration_sequence, status, data FROM applications ");

} // namespace

Distributor::Distributor(const RuleSettings &settings) : m_settings(settings) { }

QueueKey Distributor::keyAt(const QPair<int, int> &side, qsizetype index) const
{
    const QueueEntry &e = m_sides.value(side).at(index);
    return QueueKey{e.birthYear,
                    QueueOrder::band(e.right, m_settings),
                    QueueOrder::slot(e.right, index, m_settings),
                    QueueOrder::filedAtSortValue(e.filedAt),
                    QueueOrder::sequenceSortValue(e.registrationSequence),
                    e.applicationId};
}

void Distributor::reslot(const QPair<int, int> &side, qsizetype from)
{
    const QList<QueueEntry> &entries = m_sides[side];
    for (qsizetype i = from; i < entries.size(); ++i) {
        auto candidate = m_candidates.find(entries.at(i).applicationId);
        if (candidate == m_candidates.end())
            continue;
        const QueueKey key = keyAt(side, i);
        if (candidate->key == key)
            continue;
        candidate->key = key;
        m_state.setCandidate(*candidate);
    }
}

QueueKey Distributor::placeEntry(const QueueEntry &entry)
{
    const auto previous = m_entries.constFind(entry.applicationId);
    if (previous != m_entries.cend()) {
        const QueueEntry &old = *previous;
        QList<QueueEntry> &oldSide = m_sides[sideOf(old)];
        auto at = std::lower_bound(oldSide.begin(), oldSide.end(), old, &QueueOrder::filedBefore);
        while (at != oldSide.end() && at->applicationId != old.applicationId)
            ++at;
        const qsizetype index = at - oldSide.begin();
        const bool unmoved = sideOf(old) == sideOf(entry) && QueueOrder::filedAtSortValue(old.filedAt) == QueueOrder::filedAtSortValue(entry.filedAt)
            && old.registrationSequence == entry.registrationSequence;
        if (unmoved && at != oldSide.end()) {
            *at = entry; // a status change never moves an entry (RULES 3.3, QueueOrder)
            m_entries.insert(entry.applicationId, entry);
            return keyAt(sideOf(entry), index);
        }
        if (at != oldSide.end()) {
            oldSide.removeAt(index);
            reslot(sideOf(old), index);
        }
    }
    QList<QueueEntry> &side = m_sides[sideOf(entry)];
    const auto at = std::upper_bound(side.begin(), side.end(), entry, &QueueOrder::filedBefore);
    const qsizetype index = at - side.begin();
    side.insert(index, entry);
    m_entries.insert(entry.applicationId, entry);
    reslot(sideOf(entry), index + 1);
    return keyAt(sideOf(entry), index);
}

ServerResult<std::unique_ptr<Distributor>> Distributor::load(ServerDb &db, const RuleSettings &settings)
{
    std::unique_ptr<Distributor> d(new Distributor(settings));
    QHash<QString, Application> applications;
    QList<Place> places;
    ServerResult<bool> loaded = inReadTransaction<bool>(db, [&](ServerDb &store) -> ServerResult<bool> {
        ServerResult<QSqlQuery *> head = store.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"));
        if (!head)
            return head.error();
        if (QSqlQuery &row = *head.value(); row.next())
            d->m_head = row.value(0).toLongLong();
        ServerResult<QSqlQuery *> rows = store.exec(selectRows);
        if (!rows)
            return rows.error();
        QSqlQuery &row = *rows.value();
        while (row.next()) {
            ServerResult<Row> read = readRow(row, 0);
            if (!read)
                return read.error();
            d->m_sides[sideOf(read->entry)].append(read->entry);
            d->m_entries.insert(read->entry.applicationId, read->entry);
            if (read->application)
                applications.insert(read->entry.applicationId, std::move(*read->application));
        }
        ServerResult<QList<Place>> open = RegionPlaces::openPlaces(store);
        if (!open)
            return open.error();
        places = std::move(open).value();
        return true;
    });
    if (!loaded)
        return loaded.error();

    QList<Distribution::Candidate> candidates;
    candidates.reserve(applications.size());
    for (auto side = d->m_sides.begin(); side != d->m_sides.end(); ++side) {
        std::sort(side->begin(), side->end(), &QueueOrder::filedBefore);
        for (qsizetype i = 0; i < side->size(); ++i) {
            const auto application = applications.constFind(side->at(i).applicationId);
            if (application == applications.cend())
                continue;
            Distribution::Candidate candidate = Distribution::Candidate::fromApplication(*application, d->keyAt(side.key(), i));
            d->m_candidates.insert(candidate.applicationId, candidate);
            candidates.append(std::move(candidate));
        }
    }
    d->m_state = Distribution::State(candidates, places, Distribution::Settings{listLimit});
    return d;
}

ServerStatus Distributor::reloadApplication(ServerDb &db, const QString &id)
{
    ServerResult<QSqlQuery *> rows = db.exec(selectRows + QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    QSqlQuery &row = *rows.value();
    if (!row.next())
        return {};
    ServerResult<Row> read = readRow(row, 0);
    if (!read)
        return read.error();
    const QueueKey key = placeEntry(read->entry);
    if (!read->application) {
        m_candidates.remove(id);
        m_state.removeCandidate(id);
        return {};
    }
    const Distribution::Candidate candidate = Distribution::Candidate::fromApplication(*read->application, key);
    m_candidates.insert(id, candidate);
    m_state.setCandidate(candidate);
    return {};
}

ServerStatus Distributor::catchUp(ServerDb &db)
{
    ServerResult<QSqlQuery *> rows =
        db.exec(QStringLiteral("SELECT seq, entity, entity_id FROM changes WHERE seq > ? ORDER BY seq"), {m_head});
    if (!rows)
        return rows.error();
    QStringList applications;
    QStringList places;
    QSet<QString> seen;
    qint64 head = m_head;
    QSqlQuery &row = *rows.value();
    while (row.next()) {
        head = row.value(0).toLongLong();
        const QString entity = row.value(1).toString();
        const QString id = row.value(2).toString();
        if (entity != QStringLiteral("application") && entity != RegionPlaces::entity())
            continue;
        if (seen.contains(entity + u':' + id))
            continue;
        seen.insert(entity + u':' + id);
        (entity == RegionPlaces::entity() ? places : applications).append(id);
    }
    for (const QString &id : std::as_const(applications))
        if (ServerStatus done = reloadApplication(db, id); !done)
            return done;
    for (const QString &id : std::as_const(places)) {
        ServerResult<std::optional<RegionPlace>> found = RegionPlaces::find(db, id);
        if (!found)
            return found.error();
        if (found.value() && found.value()->place.status == PlaceStatus::Open)
            m_state.addPlace(found.value()->place);
        else
            m_state.removePlace(id);
    }
    m_head = head;
    return {};
}

ServerResult<IssuedDirection> Distributor::issue(ServerDb &db, const Distribution::Decision &decision, const QDateTime &now)
{
    const auto failed = [&](const QString &why) {
        return ServerError{QStringLiteral("distribution_failed"),
                           QStringLiteral("place %1 to application %2: %3").arg(decision.placeId, decision.applicationId, why)};
    };
    ServerResult<std::optional<RegionPlace>> found = RegionPlaces::find(db, decision.placeId);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->place.status != PlaceStatus::Open)
        return failed(QStringLiteral("the place is not open"));
    const Place &place = found.value()->place;
    ServerResult<QSqlQuery *> rows = db.exec(QStringLiteral("SELECT data FROM applications WHERE id = ?"), {decision.applicationId});
    if (!rows)
        return rows.error();
    if (!rows.value()->next())
        return failed(QStringLiteral("no such application"));
    Expected<Application> application = ApplicationJson::fromJson(QJsonDocument::fromJson(rows.value()->value(0).toString().toUtf8()).object());
    if (!application)
        return failed(application.error().message());

    // A number unique in the region (RULES 4.3): the year and the region's running count.
    ServerResult<QString> counter = ServerSchema::metaValue(db, QStringLiteral("direction_seq"));
    if (!counter)
        return counter.error();
    const qint64 sequence = counter.value().toLongLong() + 1;
    if (ServerStatus saved = ServerSchema::setMetaValue(db, QStringLiteral("direction_seq"), QString::number(sequence)); !saved)
        return saved.error();

    Direction d;
    d.number = QStringLiteral("%1-%2").arg(now.toLocalTime().date().year()).arg(sequence, 6, 10, QLatin1Char('0'));
    d.applicationId = application->id;
    d.kindergartenId = place.kindergartenId;
    d.groupName = place.groupName;
    d.groupLanguage = place.language;
    d.groupType = place.groupType;
    d.workingMode = place.workingMode;
    d.admissionMode = place.admissionMode;
    d.admissionStartsOn = place.admissionStartsOn;
    d.temporaryUntil = place.temporaryUntil;
    d.issuedAt = now;
    d.freedOn = place.freedOn; // early booking: the clock starts at freeing (RULES def. 6)
    d.child = application->child;
    d.childIin = application->childIin;
    d.childBirthDate = application->childBirthDate;
    d.applicant = application->applicant;
    d.applicantIin = application->applicantIin;
    d.applicantAddress = application->applicantAddress;
    d.phones = application->phones;
    d.category = application->category;
    ServerResult<CommandEffect> issued = DirectionCommands::importDirection(db, d, now, actor);
    if (!issued)
        return issued.error();
    if (!issued.value().applied)
        return failed(issued.value().code + QStringLiteral(": ") + issued.value().message);
    if (ServerStatus directed = RegionPlaces::setDirected(db, place.id, d.number, now); !directed)
        return directed.error();
    if (ServerStatus told = Notifications::enqueue(db, d.applicationId, Notifications::Event::DirectionIssued, {{QStringLiteral("direction_number"), d.number}}, now); !told)
        return told.error();

    // Why (issue 12 item 3): the position, the counts per reason, the first of those passed over.
    const Distribution::Explanation &why = decision.why;
    QJsonObject counts;
    for (const Distribution::PassReason reason : Distribution::allPassReasons())
        if (why.count(reason) > 0)
            counts.insert(Distribution::reasonCode(reason), why.count(reason));
    if (ServerStatus saved = db.run(QStringLiteral("INSERT INTO direction_explanations (direction_number, place_id, application_id, "
                                                   "position, counts, listed, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                    {d.number, place.id, d.applicationId, why.position,
                                     QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)), int(why.listedCount()),
                                     now.toMSecsSinceEpoch()});
        !saved)
        return saved.error();
    for (qsizetype i = 0; i < why.listedCount(); ++i) {
        const Distribution::PassedOver passed = why.listed(i);
        if (ServerStatus saved = db.run(QStringLiteral("INSERT INTO passed_over (application_id, direction_number, rank, reason) "
                                                       "VALUES (?, ?, ?, ?)"),
                                        {passed.applicationId, d.number, int(i), Distribution::reasonCode(passed.reason)});
            !saved)
            return saved.error();
    }
    return IssuedDirection{d.number, place.id, d.applicationId, place.kindergartenId, why.position};
}

ServerResult<QList<IssuedDirection>> Distributor::step(ServerDb &db, const QDateTime &now, bool dryRun)
{
    if (m_stale)
        return ServerError{QStringLiteral("distribution_stale"), QStringLiteral("the distribution state must be loaded again")};
    if (ServerStatus begun = db.beginWrite(); !begun)
        return begun.error();
    const auto fail = [&](const ServerError &error) -> ServerResult<QList<IssuedDirection>> {
        db.rollback();
        m_stale = true;
        return error;
    };
    if (ServerStatus caught = catchUp(db); !caught)
        return fail(caught.error());
    const QList<Distribution::Decision> decisions = m_state.distribute();
    QList<IssuedDirection> issued;
    for (const Distribution::Decision &decision : decisions) {
        ServerResult<IssuedDirection> one = issue(db, decision, now);
        if (!one)
            return fail(one.error());
        if (auto candidate = m_candidates.find(decision.applicationId); candidate != m_candidates.end())
            candidate->status = ApplicationStatus::DirectionIssued; // as the state marked it
        issued.append(one.value());
    }
    if (dryRun) {
        db.rollback();
        m_stale = !decisions.isEmpty();
        return issued;
    }
    if (ServerStatus committed = db.commit(); !committed) {
        m_stale = true;
        return committed.error();
    }
    return issued;
}
