#pragma once

#include <QJsonObject>

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

    // Complaints::validate(today = at.date()) first (the first error); assigns id (when empty)
    // and number "Ш-YYYY-NNNN" (sequence per year of receivedOn); texts trimmed; outbox
    // `register_complaint` (payload: the complaint, keys as the table's columns) and journal
    // `complaint_registered` (entity "complaint") in the same transaction.
    Expected<Complaint> registerComplaint(Complaint complaint, const QString &clerk, const QDateTime &at);
    // Status, answer date, answer (validated with the stored complaint, today = at.date()); the
    // other fields stay as registered. Outbox `update_complaint` and journal `complaint_updated`.
    // Rule::ComplaintNotFound (Field::None, detail = the id) for an unknown id.
    Status update(const Complaint &complaint, const QString &clerk, const QDateTime &at);

    std::optional<Complaint> find(const QString &id) const;
    // Received within [from, to] (both inclusive; invalid = open end), oldest first (then by
    // number). Rule::PeriodEndBeforeStart (Field::PeriodEnd) when to < from.
    Expected<QList<Complaint>> list(const QDate &from = {}, const QDate &to = {}) const;

    // The register's JSON: the payload of `register_complaint` and `update_complaint`, and what
    // the queue server publishes back to the kindergarten's desks (one spelling for both).
    static QJsonObject toJson(const Complaint &complaint);

private:
    std::shared_ptr<Database> m_database;
};
