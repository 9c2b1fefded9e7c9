#pragma once

#include "domain/Complaint.h"
#include "domain/Direction.h"
#include "domain/Enrollment.h"
#include "domain/Expected.h"
#include "domain/ServiceSession.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class Database;
struct RuleSettings;

// Registers for a period (issue 4 item 9): rows for the printable registers and CSV export.
// Periods are [from, to], both inclusive (an invalid date leaves that end open);
// Rule::PeriodEndBeforeStart (Field::PeriodEnd) when to < from. Oldest first.
namespace Registers {

struct ContractRow
{
    ContractRecord contract;
    Direction direction;
};
struct RefusalRow
{
    RefusalRecord refusal;
    Direction direction;
};
struct ServiceTimeRow
{
    ServiceSession session;
    Direction direction;
};

Expected<QList<ContractRow>> contracts(const Database &database, const QDate &from, const QDate &to);
Expected<QList<RefusalRow>> refusals(const Database &database, const QDate &from, const QDate &to);
// Sessions that arrived within the period (finished or not).
Expected<QList<ServiceTimeRow>> serviceTimes(const Database &database, const QDate &from, const QDate &to);

// CSV (RFC 4180: comma separated, fields with commas, quotes or line breaks quoted, CRLF line
// ends, UTF-8 with a byte order mark so that spreadsheet programs read Kazakh letters). The header
// row is in the UI language. Service times carry one column per clock in minutes and a column
// "over the limit" (yes/no, UI language).
QByteArray toCsv(const QStringList &header, const QList<QStringList> &rows);

// The three registers as tables in the UI language (header + one row per record, dates
// dd.MM.yyyy, times HH:mm), ready for toCsv() or a printed register:
// - contracts: number, date, direction, child, child's IIN, group, parent, parent's IIN,
//   attends from, documents owed (item numbers), clerk, verification code;
// - refusals: number, date, direction, child, child's IIN, grounds (codes "34.1; 9.1"),
//   documents missing or faulty (item numbers), reasons, clerk, verification code;
// - service times: direction, child, channel, arrived, service started, documents handed in,
//   result, outcome, then waiting / service / result in whole minutes (rounded up; empty when the
//   clock has not started; a running clock counts to `now`) and "over the limit" (yes / no,
//   ServiceSessions::anyExceeded).
struct Table
{
    QStringList header;
    QList<QStringList> rows;
};
Table contractsTable(const QList<ContractRow> &rows);
Table refusalsTable(const QList<RefusalRow> &rows);
Table serviceTimesTable(const QList<ServiceTimeRow> &rows, const QDateTime &now, const RuleSettings &settings);

} // namespace Registers
