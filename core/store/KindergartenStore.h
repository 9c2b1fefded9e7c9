#pragma once

#include "domain/Expected.h"
#include "store/Database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

#include <memory>

// One kindergarten of the region, as the applicant picks it among the preferred ones
// (RULES 4.2). The id is the region's code for it, the same the queue server uses.
struct Kindergarten
{
    QString id;
    QString nameKk;
    QString nameRu;
    QString settlement;
    QString address;

    // The name in the given language, the other language's name when that one is blank.
    QString name(QLocale::Language language) const;
    bool operator==(const Kindergarten &) const = default;
};

// The region's kindergartens in the local store (table `kindergartens`, schema version 3). An
// administrator maintains them in Settings or imports a JSON file until sync brings the list.
class KindergartenStore
{
    Q_DECLARE_TR_FUNCTIONS(KindergartenStore)

public:
    explicit KindergartenStore(std::shared_ptr<Database> database);

    // Every kindergarten, ordered by id. Error: Rule::StoreWriteFailed (the read failed).
    Expected<QList<Kindergarten>> list() const;
    std::optional<Kindergarten> find(const QString &id) const;

    // Inserts or replaces by id. A blank id or a kindergarten without any name is refused
    // (Rule::Required on Field::None, detail "id" or "name").
    Status upsert(const Kindergarten &kindergarten);
    Status remove(const QString &id);

    // A JSON array of objects {"id", "name_kk", "name_ru", "settlement", "address"}; all or
    // nothing, in one transaction. Returns how many were written. Errors on Field::ImportFile:
    // Rule::ImportNotJsonArray, Rule::ImportRecordNotObject / Rule::Required (detail: the
    // record's 1-based position, and for Required the missing key), Rule::StoreWriteFailed.
    Expected<int> importJson(const QByteArray &json);

private:
    Status write(QSqlDatabase &db, const Kindergarten &kindergarten);

    std::shared_ptr<Database> m_database;
};
