#pragma once

#include "domain/Expected.h"

#include <QSqlDatabase>
#include <QString>

// Issue 13 item 1: where the desk's application numbers (domain/ApplicationNumber.h) come from.
// The desk's number in its region is the queue server's (sync_state `desk_number`, written by the
// sync when the server tells it; docs/sync.md, "Application numbers"); until then it is 0. The
// sequence is a counter per year of registration (table `application_numbers`), so a number is
// never given twice by one store, whatever the desk's number was then.
namespace ApplicationNumberStore {

// The desk's number in its region; 0 when the desk has not learnt it (never synced).
// Rule::StoreWriteFailed when it cannot be read.
Expected<int> deskNumber(QSqlDatabase db);

// Writes the desk's number, inside the caller's transaction.
Status setDeskNumber(QSqlDatabase db, int number);

// The next number of the year: increments the year's counter inside the caller's transaction
// (the registration's, so a rolled-back registration gives its number back) and returns
// "YYYY-DDD-NNNNN". Rule::StoreWriteFailed when the store cannot be written.
Expected<QString> next(QSqlDatabase db, int year);

} // namespace ApplicationNumberStore
