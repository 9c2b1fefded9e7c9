#pragma once

#include "domain/Complaint.h"
#include "domain/Expected.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class Database;

// The complaints register (RULES 7), table `complaints` (schema v4).
class ComplaintStore
{
public:
    explicit ComplaintStore(std::shared_ptr<Database> database);

    // Complaints::validate(today = at.date()) first; assigns id and number (per-year sequence);
    // outbox `register_complaint` and journal `complaint_registered` in the same transaction.
    Expected<Complaint> registerComplaint(Complaint complaint, const QString &clerk, const QDateTime &at);
    // Status, answer date, answer (validated); journal `complaint_updated`.
    Status update(const Complaint &complaint, const QString &clerk, const QDateTime &at);

    std::optional<Complaint> find(const QString &id) const;
    // Received within [from, to] (both inclusive; invalid = open end), oldest first.
    Expected<QList<Complaint>> list(const QDate &from = {}, const QDate &to = {}) const;

private:
    std::shared_ptr<Database> m_database;
};
