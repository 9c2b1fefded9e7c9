#include "DeskContext.h"

#include "settings/RuleSettings.h"
#include "store/SettingsStore.h"

RuleSettings DeskContext::ruleSettings() const
{
    if (!store)
        return {};
    return SettingsStore(store).load().settings;
}
