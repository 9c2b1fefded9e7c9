#include "store/ApplicationStore.h"

#include "domain/ApplicationNumber.h"
#include "domain/FieldLimits.h"
#include "store/ApplicationJson.h"
#include "store/ApplicationNumbers.h"
#include "store/CanonicalJson.h"
#include "store/ChangeLog.h"
#include "store/CommandTypes.h"
#include "store/Events.h"
#include "store/Journal.h"
#include "store/QueueStore.h"
#include "store/SqlText.h"
#include "store/SqlValues.h"
#include "store/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace {

// Every column of `applications`, in one order for INSERT and SELECT (constants, never values).
const QStringList &columns()
{
    static const QStringList list = {
        QStringLiteral("id"), QStringLiteral("registration_sequence"),
        QStringLiteral("applicant_surname"), QStringLiteral("applicant_name"),
        QStringLiteral("applicant_patronymic"), QStringLiteral("applicant_iin"),
        QStringLiteral("applicant_address"), QStringLiteral("settlement"),
        QStringLiteral("child_surname"), QStringLiteral("child_name"),
        QStringLiteral("child_patronymic"), QStringLiteral("child_iin"),
        QStringLiteral("child_birth_date"), QStringLiteral("birth_year"), QStringLiteral("child_sex"),
        QStringLiteral("category"), QStringLiteral("right_rank"),
        QStringLiteral("category_document_type"), QStringLiteral("category_document_number"),
        QStringLiteral("category_document_issuer"), QStringLiteral("category_document_issue_date"),
        QStringLiteral("preferred_kindergartens"), QStringLiteral("language"), QStringLiteral("phones"),
        QStringLiteral("email"), QStringLiteral("consent"), QStringLiteral("signature_date"),
        QStringLiteral("filed_at"), QStringLiteral("status"), QStringLiteral("archive_reason"),
        QStringLiteral("stop_listed_until"), QStringLiteral("batch_id"), QStringLiteral("number"),
        QStringLiteral("created_at"), QStringLiteral("updated_at"),
    };
    return list;
}

const QString &selectSql()
{
    static const QString sql = QStringLiteral("SELECT ") + columns().join(QStringLiteral(", "))
                               + QStringLiteral(" FROM applications ");
    return sql;
}

const QString &insertSql()
{
    static const QString sql = []() -> QString {
        QStringList placeholders;
        for (const QString &column : columns())
            placeholders.append(QLatin1Char(':') + column);
        return QStringLiteral("INSERT INTO applications (") + columns().join(QStringLiteral(", "))
               + QStringLiteral(") VALUES (") + placeholders.join(QStringLiteral(", "))
               + QStringLiteral(")");
    }();
    return sql;
}

// Sync: every column but created_at overwritten when the id is stored; the row is this desk's
// own again (anonymous = 0).
const QString &upsertSql()
{
    static const QString sql = []() -> QString {
        QStringList updates;
        for (const QString &column : columns())
            if (column == QLatin1String("number")) // a version without a number keeps the one the desk gave
                updates.append(QStringLiteral("number = COALESCE(excluded.number, applications.number)"));
            else if (column != QLatin1String("id") && column != QLatin1String("created_at"))
                updates.append(column + QStringLiteral(" = excluded.") + column);
        updates.append(QStringLiteral("anonymous = 0"));
        return insertSql() + QStringLiteral(" ON CONFLICT (id) DO UPDATE SET ") + updates.join(QStringLiteral(", "));
    }();
    return sql;
}

Issue writeFailed(const QString &error)
{
    return Issue::error(Field::Store, Rule::StoreWriteFailed, error);
}

QVariant dateColumn(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFromColumn(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString listColumn(const QStringList &list)
{
    return QString::fromUtf8(CanonicalJson::encode(QJsonArray::fromStringList(list)));
}

QStringList listFromColumn(const QVariant &value)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &element : array)
        list.append(element.toString());
    return list;
}

void bindApplication(QSqlQuery &query, const Application &a, const QDateTime &now)
{
    const auto bind = [&query](const char *column, const QVariant &value) {
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(QLatin1Char(':') + QLatin1String(column), nullText ? QVariant(sqlText({})) : value);
    };
    bind("id", a.id);
    bind("registration_sequence", a.registrationSequence);
    bind("applicant_surname", a.applicant.surname);
    bind("applicant_name", a.applicant.name);
    bind("applicant_patronymic", a.applicant.patronymic);
    bind("applicant_iin", a.applicantIin);
    bind("applicant_address", a.applicantAddress);
    bind("settlement", a.settlement);
    bind("child_surname", a.child.surname);
    bind("child_name", a.child.name);
    bind("child_patronymic", a.child.patronymic);
    bind("child_iin", a.childIin);
    bind("child_birth_date", dateColumn(a.childBirthDate));
    bind("birth_year", a.birthYear());
    bind("child_sex", ApplicationJson::sexCode(a.childSex));
    bind("category", Categories::code(a.category));
    // RULES 3.3: 0 extraordinary, 1 primary, 2 none (the order of enum Right).
    bind("right_rank", static_cast<int>(a.right()));
    bind("category_document_type", a.categoryDocument.type);
    bind("category_document_number", a.categoryDocument.number);
    bind("category_document_issuer", a.categoryDocument.issuer);
    bind("category_document_issue_date", dateColumn(a.categoryDocument.issueDate));
    bind("preferred_kindergartens", listColumn(a.preferredKindergartens));
    bind("language", ApplicationJson::languageCode(a.language));
    bind("phones", listColumn(a.phones));
    bind("email", a.email);
    bind("consent", a.consent ? 1 : 0);
    bind("signature_date", dateColumn(a.signatureDate));
    bind("filed_at", a.filedAt.toMSecsSinceEpoch());
    bind("status", ApplicationJson::statusCode(a.status));
    bind("archive_reason", ApplicationJson::archiveReasonCode(a.archiveReason));
    bind("stop_listed_until", dateColumn(a.stopListedUntil));
    bind("batch_id", a.batchId);
    bind("number", a.number.isEmpty() ? QVariant() : QVariant(a.number));
    bind("created_at", now.toMSecsSinceEpoch());
    bind("updated_at", now.toMSecsSinceEpoch());
}

Application applicationFrom(const QSqlQuery &query)
{
    const auto value = [&query](const char *column) { return query.value(QLatin1String(column)); };
    Application a;
    a.id = value("id").toString();
    a.registrationSequence = value("registration_sequence").toLongLong();
    a.applicant.surname = value("applicant_surname").toString();
    a.applicant.name = value("applicant_name").toString();
    a.applicant.patronymic = value("applicant_patronymic").toString();
    a.applicantIin = value("applicant_iin").toString();
    a.applicantAddress = value("applicant_address").toString();
    a.settlement = value("settlement").toString();
    a.child.surname = value("child_surname").toString();
    a.child.name = value("child_name").toString();
    a.child.patronymic = value("child_patronymic").toString();
    a.childIin = value("child_iin").toString();
    a.childBirthDate = dateFromColumn(value("child_birth_date"));
    a.childSex = ApplicationJson::sexFromCode(value("child_sex").toString()).value_or(Iin::Sex::Unknown);
    a.category = Categories::fromCode(value("category").toInt()).value_or(Category::None);
    a.categoryDocument.type = value("category_document_type").toString();
    a.categoryDocument.number = value("category_document_number").toString();
    a.categoryDocument.issuer = value("category_document_issuer").toString();
    a.categoryDocument.issueDate = dateFromColumn(value("category_document_issue_date"));
    a.preferredKindergartens = listFromColumn(value("preferred_kindergartens"));
    a.language = ApplicationJson::languageFromCode(value("language").toString()).value_or(TeachingLanguage::Any);
    a.phones = listFromColumn(value("phones"));
    a.email = value("email").toString();
    a.consent = value("consent").toInt() != 0;
    a.signatureDate = dateFromColumn(value("signature_date"));
    a.filedAt = QDateTime::fromMSecsSinceEpoch(value("filed_at").toLongLong()).toLocalTime();
    a.status = ApplicationJson::statusFromCode(value("status").toString()).value_or(ApplicationStatus::Queued);
    a.archiveReason = ApplicationJson::archiveReasonFromCode(value("archive_reason").toString())
                          .value_or(ArchiveReason::None);
    a.stopListedUntil = dateFromColumn(value("stop_listed_until"));
    a.batchId = value("batch_id").toString();
    a.number = value("number").toString();
    return a;
}

std::optional<Application> findActive(QSqlDatabase db, const QString &childIin, QString *error)
{
    QSqlQuery query(db);
    query.prepare(selectSql()
                  + QStringLiteral("WHERE child_iin = :iin AND status <> 'archived'"
                                   " ORDER BY filed_at, id LIMIT 1"));
    query.bindValue(QStringLiteral(":iin"), childIin);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return applicationFrom(query);
}

std::optional<Application> findById(QSqlDatabase db, const QString &id, QString *error)
{
    QSqlQuery query(db);
    query.prepare(selectSql() + QStringLiteral("WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return applicationFrom(query);
}

// The names of the correctable fields that differ, in the order applyCorrection lists them.
QStringList changedFields(const Application &before, const Application &after)
{
    QStringList fields;
    const auto note = [&fields](bool differs, const char *name) {
        if (differs)
            fields.append(QLatin1String(name));
    };
    note(before.applicantAddress != after.applicantAddress, "applicant_address");
    note(before.settlement != after.settlement, "settlement");
    note(before.phones != after.phones, "phones");
    note(before.email != after.email, "email");
    note(before.preferredKindergartens != after.preferredKindergartens, "preferred_kindergartens");
    note(before.language != after.language, "language");
    note(before.category != after.category, "category");
    note(!(before.categoryDocument == after.categoryDocument), "category_document");
    return fields;
}

// The journal keeps what changed and a fingerprint, not the new personal data (RULES def. 2).
QJsonObject correctionJournal(const Application &before, const Application &after)
{
    QJsonObject payload{
        {QStringLiteral("fields"), QJsonArray::fromStringList(changedFields(before, after))},
        {QStringLiteral("filed_at"), ApplicationJson::timestampValue(after.filedAt)},
        {QStringLiteral("application_sha256"), CanonicalJson::sha256Hex(ApplicationJson::toJson(after))},
    };
    if (before.category != after.category) {
        payload.insert(QStringLiteral("category_from"), Categories::code(before.category));
        payload.insert(QStringLiteral("category_to"), Categories::code(after.category));
    }
    return payload;
}

} // namespace

Application applyCorrection(const Application &stored, const Application &changed)
{
    Application corrected = stored;
    corrected.applicantAddress = changed.applicantAddress;
    corrected.settlement = changed.settlement;
    corrected.phones = changed.phones;
    corrected.email = changed.email;
    corrected.preferredKindergartens = changed.preferredKindergartens;
    corrected.language = changed.language;
    corrected.category = changed.category;
    // RULES 3.2: no document for "none of the above".
    corrected.categoryDocument = changed.category == Category::None ? CategoryDocument() : changed.categoryDocument;
    // The same spelling as registration; filedAt is set, so it stays as stored.
    normalizeForStorage(corrected, corrected.filedAt);
    return corrected;
}

Issues validateCorrection(const Application &stored, const Application &corrected, const ValidationContext &context)
{
    Issues issues;
    const bool documentChanged =
        stored.category != corrected.category || !(stored.categoryDocument == corrected.categoryDocument);
    const auto isDocumentDate = [](const Issue &issue) { return issue.field == Field::CategoryDocumentIssueDate; };
    for (const Issue &issue : validateApplication(corrected, context))
        if (!documentChanged || !isDocumentDate(issue))
            issues.append(issue);
    if (documentChanged) {
        // The document proves the circumstances at the correction: measured on its day.
        Application onCorrectionDay = corrected;
        onCorrectionDay.filedAt = context.now;
        for (const Issue &issue : validateApplication(onCorrectionDay, context))
            if (isDocumentDate(issue))
                issues.append(issue);
    }
    return issues;
}

ApplicationStore::ApplicationStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
}

int ApplicationStore::queueNumberOf(const Application &application, const RuleSettings &settings) const
{
    QueueStore queue(m_database, settings);
    // The number is given to the parent: the keys are brought up to date first, waiting for
    // another writer if need be (a read alone would not wait; QueueStore::lastReadPending).
    if (!queue.refresh())
        return 0;
    const Expected<QList<QueueRow>> rows = queue.findByIin(application.childIin);
    if (!rows)
        return 0;
    for (const QueueRow &row : *rows) {
        if (row.key.applicationId != application.id)
            continue;
        const Expected<int> number = queue.queueNumber(row.key, row.status);
        return number ? *number : 0;
    }
    return 0;
}

Expected<RegisteredApplication> ApplicationStore::registerApplication(Application application,
                                                                      const QString &clerk,
                                                                      const ValidationContext &context)
{
    RegisteredApplication result;
    for (const Issue &issue : validateApplication(application, context)) {
        if (issue.isError())
            return issue;
        result.warnings.append(issue);
    }

    // The returned value equals what find() gives back.
    normalizeForStorage(application, context.now);
    if (application.id.isEmpty())
        application.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // RULES def. 11: a registered application stands in the queue.
    application.status = ApplicationStatus::Queued;
    application.archiveReason = ArchiveReason::None;
    application.stopListedUntil = QDate();

    // IMMEDIATE: the check and the insert below see the same store, even with a second
    // connection (another desk process) on the file.
    WriteTransaction transaction(m_database->connection());
    if (const Status begun = transaction.begin(); !begun)
        return begun.error();
    QSqlDatabase &db = transaction.db();

    QString error;
    // RULES 3.2 [Q]: one active application per child.
    if (const std::optional<Application> existing = findActive(db, application.childIin, &error)) {
        return Issue::error(Field::ChildIin, Rule::ActiveApplicationExists, existing->id);
    }
    if (!error.isEmpty()) {
        return writeFailed(error);
    }

    // Issue 13 item 1: the number the parent can quote, from this year's counter, in this
    // transaction (a registration that fails gives it back).
    const Expected<QString> number = ApplicationNumberStore::next(db, context.now.date().year());
    if (!number)
        return number.error();
    application.number = *number;

    QSqlQuery insert(db);
    insert.prepare(insertSql());
    bindApplication(insert, application, context.now);
    if (!insert.exec()) {
        error = insert.lastError().text();
        insert.finish();
        return writeFailed(error);
    }
    insert.finish();

    const QJsonObject json = ApplicationJson::toJson(application);
    // The journal records the event and a fingerprint of what was registered, not the personal
    // data itself: a later change to the row can be detected against it.
    const QJsonObject journalPayload{
        {QStringLiteral("birth_year"), application.birthYear()},
        {QStringLiteral("category"), Categories::code(application.category)},
        {QStringLiteral("filed_at"), ApplicationJson::timestampValue(application.filedAt)},
        {QStringLiteral("status"), ApplicationJson::statusCode(application.status)},
        {QStringLiteral("application_sha256"), CanonicalJson::sha256Hex(json)},
    };
    const Change change{CommandTypes::registerApplication(), json, Events::applicationRegistered(),
                        JournalEntities::application(), application.id,
                        journalPayload};
    if (const Expected<QString> logged = ChangeLog::write(db, change, clerk, context.now); !logged) {
        return logged.error();
    }

    if (const Status committed = transaction.commit(); !committed)
        return committed.error();

    result.application = std::move(application);
    // RULES 3.3: the provisional number, read right after the commit (QueueStore::refresh writes
    // in its own transaction). Not reading it does not undo the registration: the number is 0.
    result.queueNumber = queueNumberOf(result.application, context.settings);
    return result;
}

Expected<RegisteredApplication> ApplicationStore::correctApplication(const QString &id, const Application &changed,
                                                                    const QString &clerk,
                                                                    const ValidationContext &context)
{
    // IMMEDIATE: the status read below is the one the update replaces, even with a second desk
    // process on the file.
    WriteTransaction transaction(m_database->connection());
    if (const Status begun = transaction.begin(); !begun)
        return begun.error();
    QSqlDatabase &db = transaction.db();

    QString error;
    const std::optional<Application> stored = findById(db, id, &error);
    if (!error.isEmpty())
        return writeFailed(error);
    if (!stored)
        return Issue::error(Field::None, Rule::ApplicationNotFound, id);
    if (stored->status != ApplicationStatus::Queued)
        return Issue::error(Field::None, Rule::ApplicationNotQueued, ApplicationJson::statusCode(stored->status));

    RegisteredApplication result;
    const Application corrected = applyCorrection(*stored, changed);
    for (const Issue &issue : validateCorrection(*stored, corrected, context)) {
        if (issue.isError())
            return issue;
        result.warnings.append(issue);
    }
    result.application = corrected;
    if (changedFields(*stored, corrected).isEmpty())
        return result;

    // RULES 3.3: the filing time is the stored one; right_rank follows the new category, and the
    // queue's triggers mark the old and the new side for QueueStore::refresh.
    if (const Status saved = saveSynced(db, corrected, context.now); !saved)
        return saved.error();

    const bool categoryChanged = stored->category != corrected.category;
    const Change change{CommandTypes::correctApplication(), ApplicationJson::toJson(corrected),
                        categoryChanged ? Events::categoryChanged() : Events::applicationCorrected(),
                        JournalEntities::application(), corrected.id, correctionJournal(*stored, corrected)};
    if (const Expected<QString> logged = ChangeLog::write(db, change, clerk, context.now); !logged)
        return logged.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();

    result.queueNumber = queueNumberOf(result.application, context.settings);
    return result;
}

Expected<Application> ApplicationStore::withdrawApplication(const QString &id, const QString &reason,
                                                            const QString &clerk, const QDateTime &now)
{
    const QString text = reason.trimmed();
    if (text.isEmpty())
        return Issue::error(Field::WithdrawalReason, Rule::Required);
    Issues limits;
    FieldLimits::check(limits, text, Field::WithdrawalReason);
    if (!limits.isEmpty())
        return limits.first();

    WriteTransaction transaction(m_database->connection());
    if (const Status begun = transaction.begin(); !begun)
        return begun.error();
    QSqlDatabase &db = transaction.db();

    QString error;
    const std::optional<Application> stored = findById(db, id, &error);
    if (!error.isEmpty())
        return writeFailed(error);
    if (!stored)
        return Issue::error(Field::None, Rule::ApplicationNotFound, id);
    // As the queue server (QueueCommands::withdrawApplication): a direction is closed first.
    if (stored->status != ApplicationStatus::Queued && stored->status != ApplicationStatus::StopListed)
        return Issue::error(Field::None, Rule::ApplicationNotWithdrawable, ApplicationJson::statusCode(stored->status));

    Application application = *stored;
    application.status = ApplicationStatus::Archived;
    application.archiveReason = ArchiveReason::WithdrawnByApplicant;
    application.stopListedUntil = QDate();
    if (const Status saved = saveSynced(db, application, now); !saved)
        return saved.error();

    const Change change{CommandTypes::withdrawApplication(),
                        QJsonObject{{QStringLiteral("application_id"), application.id}, {QStringLiteral("reason"), text}},
                        Events::applicationWithdrawn(), JournalEntities::application(), application.id,
                        QJsonObject{{QStringLiteral("reason"), text},
                                    {QStringLiteral("status_before"), ApplicationJson::statusCode(stored->status)},
                                    {QStringLiteral("status"), ApplicationJson::statusCode(application.status)},
                                    {QStringLiteral("archive_reason"),
                                     ApplicationJson::archiveReasonCode(application.archiveReason)}}};
    if (const Expected<QString> logged = ChangeLog::write(db, change, clerk, now); !logged)
        return logged.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return application;
}

Expected<QList<Application>> ApplicationStore::list(const QString &search, bool includeArchived, int limit) const
{
    // A kindergarten's own applications are a few thousand at most: one pass over them, newest
    // first, matching names in C++ (SQLite's lower() knows only ASCII, and Kazakh and Russian
    // names must match in any case).
    QString where = QStringLiteral("WHERE anonymous = 0");
    if (!includeArchived)
        where += QStringLiteral(" AND status <> 'archived'");
    const QString trimmed = search.trimmed();
    // Issue 13 item 1: the number a parent quotes finds its application. It is read first: its
    // 4 + 3 + 5 digits would also pass for an IIN spelt with dashes.
    const Expected<ApplicationNumber> number = ApplicationNumber::parse(trimmed);
    const bool byNumber = bool(number);
    const Expected<Iin> iin = byNumber ? Expected<Iin>(Issue::error(Field::None, Rule::InvalidNumber)) : Iin::parse(trimmed);
    if (iin)
        where += QStringLiteral(" AND (child_iin = :iin OR applicant_iin = :iin)");
    else if (byNumber)
        where += QStringLiteral(" AND number = :number");
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(selectSql() + where + QStringLiteral(" ORDER BY filed_at DESC, id"));
    if (iin)
        query.bindValue(QStringLiteral(":iin"), iin->toString());
    else if (byNumber)
        query.bindValue(QStringLiteral(":number"), number->toString());
    if (!query.exec())
        return writeFailed(query.lastError().text());
    QList<Application> found;
    while (found.size() < limit && query.next()) {
        Application application = applicationFrom(query);
        if (!iin && !byNumber && !trimmed.isEmpty()) {
            const QString names = QueueStore::searchText(application.child, application.applicant);
            if (!names.contains(trimmed.toLower()))
                continue;
        }
        found.append(std::move(application));
    }
    return found;
}

namespace {

ApplicationEvent eventOf(const JournalEntry &entry, const QString &directionNumber)
{
    return ApplicationEvent{entry.seq, entry.at, entry.actor, entry.event, entry.entity, entry.entityId,
                            directionNumber, entry.payload, false};
}

// A contract or refusal moves the application in its own transaction and names the state it left
// it in (EnrollmentStore's "application" payload): that move is an event of the history too.
std::optional<QString> applicationMove(const JournalEntry &entry)
{
    if (entry.event != Events::contractRecorded() && entry.event != Events::refusalRecorded())
        return std::nullopt;
    const QString status = entry.payload.value(QStringLiteral("application")).toObject()
                               .value(QStringLiteral("status")).toString();
    if (status == ApplicationJson::statusCode(ApplicationStatus::Archived))
        return Events::applicationArchived();
    if (status == ApplicationJson::statusCode(ApplicationStatus::Queued))
        return Events::applicationRequeued();
    if (status == ApplicationJson::statusCode(ApplicationStatus::StopListed))
        return Events::stopListed();
    return std::nullopt;
}

struct DirectionRow
{
    QString number;
    QDateTime issuedAt;
    QString status;
    QDateTime closedAt;
};

} // namespace

Expected<QList<ApplicationEvent>> ApplicationStore::history(const QString &applicationId) const
{
    const QSqlDatabase db = m_database->connection();
    QList<ApplicationEvent> events;
    const auto add = [&](const Expected<QList<JournalEntry>> &entries, const QString &directionNumber) -> Status {
        if (!entries)
            return entries.error();
        for (const JournalEntry &entry : *entries) {
            events.append(eventOf(entry, directionNumber));
            if (const std::optional<QString> moved = applicationMove(entry)) {
                ApplicationEvent move = events.constLast();
                move.event = *moved;
                events.append(move);
            }
        }
        return {};
    };
    if (const Status read = add(Journal::entriesFor(db, JournalEntities::application(), applicationId), {}); !read)
        return read.error();
    // An application that came in a bulk import is named in the import's entry, among its batch.
    if (const Status read = add(Journal::entriesNaming(db, JournalEntities::applicationImport(), applicationId), {});
        !read)
        return read.error();

    // Its directions: few per application, each with its own entries and its services'.
    QList<DirectionRow> directions;
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT number, issued_at, status, closed_at FROM directions"
                                     " WHERE application_id = :id ORDER BY issued_at, number"));
        query.bindValue(QStringLiteral(":id"), applicationId);
        if (!query.exec())
            return writeFailed(query.lastError().text());
        while (query.next()) {
            directions.append(DirectionRow{query.value(0).toString(), SqlValues::toInstant(query.value(1)),
                                           query.value(2).toString(), SqlValues::toInstant(query.value(3))});
        }
    }
    for (const DirectionRow &direction : std::as_const(directions)) {
        const qsizetype before = events.size();
        if (const Status read = add(Journal::entriesNaming(db, JournalEntities::directionImport(), direction.number),
                                    direction.number);
            !read)
            return read.error();
        const bool importedHere = events.size() > before;
        if (const Status read = add(Journal::entriesFor(db, JournalEntities::direction(), direction.number),
                                    direction.number);
            !read)
            return read.error();
        QStringList sessions;
        {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT id FROM service_sessions WHERE direction_number = :number"));
            query.bindValue(QStringLiteral(":number"), direction.number);
            if (!query.exec())
                return writeFailed(query.lastError().text());
            while (query.next())
                sessions.append(query.value(0).toString());
        }
        for (const QString &session : std::as_const(sessions))
            if (const Status read = add(Journal::entriesFor(db, JournalEntities::serviceSession(), session),
                                        direction.number);
                !read)
                return read.error();

        // What the queue server did and the sync brought: the server's journal has the entry, the
        // desk has the row it left.
        ApplicationEvent received;
        received.entity = JournalEntities::direction();
        received.entityId = direction.number;
        received.directionNumber = direction.number;
        received.received = true;
        if (!importedHere && direction.issuedAt.isValid()) {
            received.event = Events::directionIssued();
            received.at = direction.issuedAt;
            events.append(received);
        }
        const bool expired = direction.status == QLatin1String("expired");
        if ((expired || direction.status == QLatin1String("cancelled")) && direction.closedAt.isValid()) {
            received.event = expired ? Events::directionExpired() : Events::directionCancelled();
            received.at = direction.closedAt;
            events.append(received);
        }
    }
    // In time; entries of one moment in the journal's order, a received event before them.
    std::stable_sort(events.begin(), events.end(), [](const ApplicationEvent &a, const ApplicationEvent &b) {
        if (a.at != b.at)
            return a.at < b.at;
        return a.seq < b.seq;
    });
    return events;
}

std::optional<Application> ApplicationStore::find(const QString &id) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(selectSql() + QStringLiteral("WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return applicationFrom(query);
}

QString ApplicationStore::shownReference(const QString &reference) const
{
    if (reference.isEmpty())
        return reference;
    const std::optional<Application> linked = find(reference);
    return linked ? ApplicationNumbers::shown(linked->number, linked->id) : reference;
}

std::optional<Application> ApplicationStore::findActiveByChildIin(const QString &iin) const
{
    return findActive(m_database->connection(), normalizedIin(iin), nullptr);
}

QString normalizedIin(const QString &text)
{
    const Expected<Iin> iin = Iin::parse(text);
    return iin ? iin->toString() : text.trimmed();
}

void normalizeForStorage(Application &application, const QDateTime &now)
{
    application.childIin = normalizedIin(application.childIin);
    application.applicantIin = normalizedIin(application.applicantIin);
    // Blank entries are the form's empty slots, not values (as validateApplication reads them).
    QStringList phones;
    for (const QString &phone : std::as_const(application.phones)) {
        if (phone.trimmed().isEmpty())
            continue;
        const QString e164 = normalizeMobileNumber(phone);
        phones.append(e164.isEmpty() ? phone.trimmed() : e164);
    }
    application.phones = phones;
    QStringList kindergartens;
    for (const QString &kindergarten : std::as_const(application.preferredKindergartens))
        if (!kindergarten.trimmed().isEmpty())
            kindergartens.append(kindergarten.trimmed());
    application.preferredKindergartens = kindergartens;
    application.email = application.email.trimmed();
    if (!application.filedAt.isValid())
        application.filedAt = now;
    // Milliseconds in local time are what the store keeps. A local time is that already: each
    // conversion asks the C library for the time zone, which without TZ in the environment reads
    // /etc/localtime again every time (an import converted three times a record;
    // docs/performance.md, "Pages of 16 KiB").
    if (application.filedAt.timeSpec() != Qt::LocalTime)
        application.filedAt = QDateTime::fromMSecsSinceEpoch(application.filedAt.toMSecsSinceEpoch()).toLocalTime();
}

Status ApplicationStore::saveSynced(QSqlDatabase &db, const Application &application, const QDateTime &now)
{
    QSqlQuery query(db);
    query.prepare(upsertSql());
    bindApplication(query, application, now);
    if (!query.exec())
        return writeFailed(query.lastError().text());
    return {};
}
