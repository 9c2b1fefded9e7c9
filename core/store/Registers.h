#pragma once

#include "domain/Complaint.h"
#include "domain/Direction.h"
#include "domain/Enrollment.h"
#include "domain/Expected.h"
#include "domain/ServiceSession.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class Database;

// Registers for a period (issue 4 item 9): rows for the printable registers and CSV export.
// Periods are [from, to], both inclusive; Rule::PeriodEndBeforeStart when to < from.
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

} // namespace Registers
