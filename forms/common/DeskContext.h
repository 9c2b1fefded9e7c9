#pragma once

#include "domain/Clock.h"
#include "domain/OfficeHours.h"
#include "domain/WorkCalendar.h"

#include <QString>

#include <memory>

class Database;
struct RuleSettings;

// What every page of the desk works with: the local store, the time (injected: tests move a
// FixedClock), the working-day calendar, the office hours and the clerk's name. The rule settings
// are read from the store when needed (an administrator may change them while the desk runs).
struct DeskContext
{
    std::shared_ptr<Database> store;
    std::shared_ptr<const Clock> clock = std::make_shared<SystemClock>();
    std::shared_ptr<const WorkCalendar> calendar = std::make_shared<WorkCalendar>();
    OfficeHours officeHours;
    QString clerk;

    // SettingsStore(store).load().settings, or the RULES defaults without a store.
    RuleSettings ruleSettings() const;
};
