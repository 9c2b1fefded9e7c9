#pragma once

#include "domain/Expected.h"
#include "settings/RuleSettings.h"

#include <memory>

class Database;

// What SettingsStore::load read: the settings to use and the stored values it had to ignore.
struct LoadedSettings
{
    RuleSettings settings;
    Issues issues;
};

// The administrator's overrides of RuleSettings, in the store's `settings` table (one row per
// RuleSettings::entries() key whose value differs from the default).
class SettingsStore
{
public:
    explicit SettingsStore(std::shared_ptr<Database> database);

    // A key not in the table keeps the RULES default. A stored value that is not a whole number
    // (Rule::InvalidNumber) or is outside the entry's range (Rule::OutOfRange) keeps the default
    // too and is reported, detail "key = value" (Field::None).
    LoadedSettings load() const;

    // Refuses the whole set, writing nothing, when a value is outside its range (the first such
    // value: Rule::OutOfRange, detail "key = value"). Otherwise, in one transaction, stores the
    // values that differ from the defaults and removes the others, so that a default changed in
    // a later version reaches every desk that never overrode it.
    Status save(const RuleSettings &settings);

    // Every value outside its range (empty when save would accept the set).
    static Issues check(const RuleSettings &settings);

private:
    std::shared_ptr<Database> m_database;
};
