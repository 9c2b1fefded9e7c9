#include "DeskContext.h"

#include "settings/RuleSettings.h"
#include "settings/SettingsStore.h"

RuleSettings DeskContext::ruleSettings() const
{
    if (!store)
        return {};
    return SettingsStore(store).load().settings;
}
