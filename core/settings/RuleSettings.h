#pragma once

#include <QString>
#include <QVariant>

#include <functional>

// Every duration, ratio and count of docs/rules.md is a setting an administrator can change, with the
// RULES value as the default. This struct is the one table of those defaults; the local store
// keeps the administrator's overrides (SettingsStore) and fills a RuleSettings from them.
struct RuleSettings
{
    // RULES 3.3: primary-right applications interleave with general ones, primary:general.
    // primaryRatioPrimary = 0 switches interleaving off (all primary before general).
    int primaryRatioPrimary = 1;
    int primaryRatioGeneral = 3;

    // RULES 3.2 [P]: children of this age or older on the filing date are refused.
    int maxChildAgeYears = 6;
    // RULES 3.2 [P]: certificate for categories 1, 2, 8 no older than this on the filing date.
    int categoryDocumentMaxAgeMonths = 1;
    // RULES 3.2: at most this many mobile numbers.
    int maxPhones = 2;
    // RULES 4.2: at most this many preferred kindergartens.
    int maxPreferredKindergartens = 4;

    // RULES 5: direction validity and its ends.
    int directionValidWorkingDays = 5;
    int directionExtensionMaxCalendarDays = 30;
    int stopListCalendarDays = 10;
    int priorityConfirmationWorkingDays = 5;

    // RULES 6.1 / Appendix 4: service clocks, in minutes.
    int maxWaitMinutes = 15;
    int maxServiceMinutes = 15;
    int maxResultMinutes = 30;

    // RULES 6.2 / 34.1: certificate of health no older than this before the contract date.
    int healthCertificateMaxAgeDays = 3;

    // RULES 7: complaint answer deadlines, in working days.
    int complaintHeadWorkingDays = 5;
    int complaintAuthorityWorkingDays = 15;

    // The table behind load and save: key, member, allowed range. One row per field above.
    struct Entry
    {
        const char *key;
        int RuleSettings::*member;
        int minimum;
        int maximum;
    };
    static const QList<Entry> &entries();

    // "1:3" <-> the two ratio fields.
    QString primaryRatioText() const;
    bool setPrimaryRatioText(const QString &text);
};
