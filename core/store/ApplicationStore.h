#pragma once

#include "domain/Application.h"
#include "domain/ApplicationValidation.h"
#include "domain/Expected.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

// What registerApplication saved: the application as stored (id, filing time, normalised IINs
// and phone numbers) and the validation warnings the clerk should still see.
// The one spelling the store keeps, so that the one-active-application check, searches and
// imports match what the desk registered: IINs as 12 digits, phones as E.164, no blank phone or
// kindergarten slots, a trimmed e-mail, the filing time (now when empty) in whole milliseconds.
// Used by ApplicationStore::registerApplication and ApplicationImport alike.
void normalizeForStorage(Application &application, const QDateTime &now);
QString normalizedIin(const QString &text);

// Issue 13 item 4, RULES 3.3: what a correction may change. The result is `stored` with, from
// `changed`, the fields a clerk may correct: the applicant's address and settlement, the phones and
// e-mail, the preferred kindergartens and language, the category with its document. Everything
// else stays as stored: the id, the child and the applicant (names, IINs, birth date, sex), the
// consent and signature, the filing time (a change of category keeps the filing date; the queue
// key is recomputed from the new category with the old filing time), status and sequence.
// Phones, kindergartens and e-mail are normalised as normalizeForStorage does. Shared by the desk
// and the queue server so that both take the same fields.
Application applyCorrection(const Application &stored, const Application &changed);

// The corrected application (applyCorrection's result) checked with the registration's rules
// (validateApplication) on its filing date, except the category's document when the category or
// its document changed: that proof is of the circumstances at the correction, so its dates are
// measured on context.now (issued not after it, not older than allowed).
Issues validateCorrection(const Application &stored, const Application &corrected, const ValidationContext &context);

// One line of an application's history (RULES def. 2): a journal entry about the application,
// its directions or their services, or what the sync brought about its directions.
struct ApplicationEvent
{
    qint64 seq = 0;        // the journal entry's; 0 for an event received by sync
    QDateTime at;
    QString actor;         // who made the change; empty for an event received by sync
    QString event;         // a code of store/Events.h
    QString entity;        // JournalEntities: application, direction, service_session, ...
    QString entityId;
    QString directionNumber; // the direction it concerns, when it concerns one
    QJsonObject payload;
    // Not in this desk's journal: the queue server journalled it and the sync brought its result
    // (a direction issued, expired or cancelled there); `at` is the row's own time.
    bool received = false;
};

struct RegisteredApplication
{
    Application application;
    Issues warnings;
    // RULES 3.3: the provisional queue number among the year's queued applications as this desk
    // knows them (the server's registration may still move it); 0 when it could not be read.
    int queueNumber = 0;
};

// Appendix 1 applications in the local store (RULES 3).
class ApplicationStore
{
public:
    explicit ApplicationStore(std::shared_ptr<Database> database);

    // RULES 3.2: validates (validateApplication), refuses a child who already has an application
    // that is not archived (Field::ChildIin, Rule::ActiveApplicationExists, detail = the existing
    // application's id), then in ONE transaction (DESIGN 3) writes the application, an outbox
    // command `register_application` (payload = ApplicationJson::toJson) and a journal entry
    // `application_registered`. Any write failure leaves nothing behind (Rule::StoreWriteFailed).
    //
    // Assigned on the way: an id (a new UUID) when empty, filedAt = context.now when not set,
    // status Queued; IINs are stored as their 12 digits, phone numbers as E.164, blank phone and
    // kindergarten slots dropped. Right after the commit, the provisional queue number (RULES 3.3,
    // QueueStore with context.settings' ratio) is read into RegisteredApplication::queueNumber.
    // A validation failure returns the first error; call validateApplication for all of them.
    Expected<RegisteredApplication> registerApplication(Application application, const QString &clerk,
                                                        const ValidationContext &context);

    // Issue 13 item 4, RULES 3.3: corrects the application `id` with the correctable fields of
    // `changed` (applyCorrection), validated as validateCorrection says (the first error is
    // returned, warnings come back), then in ONE transaction rewrites the row, writes an outbox
    // command `correct_application` (payload = the corrected application, ApplicationJson) and a
    // journal entry: `category_changed` when the category changed (payload with
    // "category_from"/"category_to"), `application_corrected` otherwise; both name the "fields"
    // changed and keep the filing time. Nothing changed: nothing is written, the application comes
    // back as it is. Rule::ApplicationNotFound for an unknown id, Rule::ApplicationNotQueued
    // unless the status is queued; Rule::StoreWriteFailed when a write fails (nothing is left).
    Expected<RegisteredApplication> correctApplication(const QString &id, const Application &changed,
                                                       const QString &clerk, const ValidationContext &context);

    // Issue 13 item 4: the parent withdraws the application. Archived with
    // ArchiveReason::WithdrawnByApplicant in ONE transaction with an outbox command
    // `withdraw_application` {"application_id", "reason"} and a journal entry
    // `application_withdrawn` (payload "reason"). The reason is required (Field::WithdrawalReason,
    // Rule::Required; FieldLimits). A queued or stop-listed application may be withdrawn; an
    // archived one or one holding a direction (close the direction first) is refused with
    // Rule::ApplicationNotWithdrawable, as the queue server refuses it.
    Expected<Application> withdrawApplication(const QString &id, const QString &reason, const QString &clerk,
                                              const QDateTime &now);

    // The applications this desk knows in full (its own kindergarten's, not another's anonymous
    // queue entries), newest filing first, at most `limit`. `search` narrows them: 12 digits (spaces
    // and dashes allowed) match the child's or the applicant's IIN, an application number
    // ("2026-007-00042") that application, any other text a part of the child's or the
    // applicant's name, case-insensitively. Archived ones only when includeArchived.
    Expected<QList<Application>> list(const QString &search, bool includeArchived, int limit) const;

    std::optional<Application> find(const QString &id) const;
    // A reference to an application as a clerk typed it (a complaint's link): the number a parent
    // quotes when it is the id of an application stored here (issue 13 item 1), else as typed.
    QString shownReference(const QString &reference) const;
    // The child's application that is not archived, if any (the oldest when, against the rule,
    // there are several). iin may be spelt with spaces or dashes.
    std::optional<Application> findActiveByChildIin(const QString &iin) const;

    // The application's history, oldest first (by time, then journal order), every event of its
    // admission: the journal entries about it and the entry of the bulk import that brought it
    // (which names it among its batch); the entries journalled under its directions (imported,
    // extended, place freed, right confirmed, contract, refusal) and under their services (stages,
    // checklist); what a contract or refusal did to the application in the same transaction
    // (archived, back in the queue, stop list: one more event from that entry's payload); and,
    // as `received` events, a direction the sync brought (issued, expired, cancelled) that no
    // local entry records. Field::Store / Rule::StoreWriteFailed when it cannot be read.
    Expected<QList<ApplicationEvent>> history(const QString &applicationId) const;

    // Sync (docs/api.md, partition org:ID): writes the server's version of one of this
    // kindergarten's applications on db, inside the caller's transaction, over what the desk had
    // (no validation, no outbox, no journal: the server validated and journalled it).
    static Status saveSynced(QSqlDatabase &db, const Application &application, const QDateTime &now);

private:
    // The application's queue number as the queue reads it now (after the commit; QueueStore::refresh
    // writes in its own transaction); 0 when it cannot be read, which undoes nothing.
    int queueNumberOf(const Application &application, const RuleSettings &settings) const;

    std::shared_ptr<Database> m_database;
};
