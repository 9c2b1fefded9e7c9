#pragma once

#include "domain/Direction.h"
#include "domain/Enrollment.h"
#include "domain/ServiceSession.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

// Row readers of the schema v4 tables, shared by their stores and Registers (internal to
// core/store: the stores' headers are the API). Each select text ends with a space, ready for a
// WHERE / ORDER BY clause; the matching reader turns the current row into the value.
namespace StoreRows {

// DirectionStore.cpp. error receives the SQL error when the read fails.
std::optional<Direction> readDirection(const QSqlDatabase &db, const QString &number, QString *error = nullptr);

// EnrollmentStore.cpp
const QString &sessionSelectSql();
ServiceSession sessionFrom(const QSqlQuery &query);
const QString &contractSelectSql();
ContractRecord contractFrom(const QSqlQuery &query);
const QString &refusalSelectSql();
RefusalRecord refusalFrom(const QSqlQuery &query);

} // namespace StoreRows
