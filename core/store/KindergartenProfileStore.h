#pragma once

#include "domain/Expected.h"
#include "domain/KindergartenProfile.h"

#include <QString>

#include <memory>

class Database;

// This kindergarten's details (KindergartenProfile) and the folder of the administrator's edited
// document templates, in the store's `settings` table (keys "kindergarten_profile" as JSON,
// "templates_folder").
class KindergartenProfileStore
{
public:
    explicit KindergartenProfileStore(std::shared_ptr<Database> database);

    // An empty profile when none was saved yet.
    KindergartenProfile load() const;
    // Refuses a profile with validate() errors (the first one), writing nothing. Journal entry
    // "kindergarten_profile_saved" in the same transaction.
    Status save(const KindergartenProfile &profile, const QString &clerk, const QDateTime &at);

    // Empty: the built-in templates only (DocumentTemplate looks here first).
    QString templatesFolder() const;
    Status setTemplatesFolder(const QString &folder);

private:
    std::shared_ptr<Database> m_database;
};
