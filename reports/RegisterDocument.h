#pragma once

#include "store/PrintedDocuments.h"

#include "DocumentLanguage.h"
#include "domain/Complaint.h"
#include "domain/Expected.h"
#include "domain/KindergartenProfile.h"
#include "domain/ServiceSession.h"
#include "store/Registers.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class Database;
class QTextDocument;
class WorkCalendar;
struct RuleSettings;

// The printable registers of issue 4 item 9 / RULES 7.
enum class RegisterKind {
    Contracts,    // contracts signed in the period
    Refusals,     // reasoned refusals given in the period, with their grounds
    ServiceTimes, // services that arrived in the period, each clock in minutes, rows over a limit marked
    Complaints,   // complaints received in the period, deadline, overdue ones marked
};

// A service row with its clocks worked out (ServiceSessions::clocks at `printedAt`).
struct RegisterServiceRow
{
    Registers::ServiceTimeRow row;
    QList<ServiceClock> clocks; // Wait, Service, Result
    bool exceeded = false;      // any clock over its limit
};

// A complaint with its deadline worked out (Complaints::deadline / isOverdue on printedAt's date).
struct RegisterComplaintRow
{
    Complaint complaint;
    QDate deadline;        // invalid when the calendar does not know the year
    bool overdue = false;
    // The linked application as printed (ApplicationStore::shownReference); rows made by hand
    // without it print complaint.applicationId.
    QString application;
};

// One register for one period, with every row already worked out, so that printing is a pure
// function of this value. Fill it by hand or with RegisterDocument::build.
struct RegisterDocumentData
{
    RegisterKind kind = RegisterKind::Contracts;
    QDate from;               // period, both ends inclusive
    QDate to;
    KindergartenProfile profile;
    QDateTime printedAt;      // printed on the register ("formed on dd.MM.yyyy HH:mm")
    // Only the list of `kind` is printed.
    QList<Registers::ContractRow> contracts;
    QList<Registers::RefusalRow> refusals;
    QList<RegisterServiceRow> serviceTimes;
    QList<RegisterComplaintRow> complaints;
    // Limits printed in the service-times header (minutes; RuleSettings).
    int maxWaitMinutes = 15;
    int maxServiceMinutes = 15;
    int maxResultMinutes = 30;
    // Answer deadlines printed in the complaints register's header (working days; RuleSettings).
    int complaintHeadWorkingDays = 5;
    int complaintAuthorityWorkingDays = 15;
};

// Registers as documents (tables on landscape A4) from
// resources/templates/register_<contracts|refusals|service_times|complaints>_<kk|ru>.html.
namespace RegisterDocument {

// contracts, refusals, service_times, complaints
QString kindCode(RegisterKind kind);
std::optional<RegisterKind> kindFromCode(const QString &code);
QString templateFileName(RegisterKind kind, DocumentLanguage language);

// Reads the rows of `kind` for [from, to] from the store (Registers::*, ComplaintStore::list)
// and works out clocks, deadlines and overdue marks at `now`. Errors: Rule::PeriodEndBeforeStart,
// store errors, Rule::CalendarYearUnknown is NOT an error (the deadline is left empty).
Expected<RegisterDocumentData> build(RegisterKind kind, const QDate &from, const QDate &to,
                                     const std::shared_ptr<Database> &database, const KindergartenProfile &profile,
                                     const WorkCalendar &calendar, const RuleSettings &settings,
                                     const QDateTime &now);

// RULES 11: the first 10 hex digits of the SHA-256 of the canonical JSON of the register's kind,
// period, kindergarten and the ids of its records in order.
QString verificationCode(const RegisterDocumentData &data);
// What the queue server keeps of the printed register (RULES 11): the period, the day printed,
// the code and the number of rows.
PrintedDocument printed(const RegisterDocumentData &data);
// The rows the register prints (those of data.kind).
int rowCount(const RegisterDocumentData &data);

// Header values (plain text); the rows are the template's repeated block {{*rows}}...{{/rows}}
// (DocumentTemplate::fill with rows).
QHash<QString, QString> values(const RegisterDocumentData &data, DocumentLanguage language);
// One value map per printed row (plain text), in order.
QList<QHash<QString, QString>> rowValues(const RegisterDocumentData &data, DocumentLanguage language);

QString html(const RegisterDocumentData &data, DocumentLanguage language, const QStringList &templateFolders = {});

// Landscape (DocumentRenderer::orientation): a print preview should turn the printer's page.
std::unique_ptr<QTextDocument> document(const RegisterDocumentData &data, DocumentLanguage language,
                                        const QStringList &templateFolders = {});

Status writePdf(const RegisterDocumentData &data, DocumentLanguage language, const QString &filePath,
                const QStringList &templateFolders = {});

// "register_contracts_2026-11-01_2026-11-30_kk.pdf".
QString suggestedFileName(const RegisterDocumentData &data, DocumentLanguage language);

} // namespace RegisterDocument
