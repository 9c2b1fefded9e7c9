#include "settings/RuleSettings.h"

#include <QRegularExpression>

const QList<RuleSettings::Entry> &RuleSettings::entries()
{
    static const QList<Entry> table = {
        {"queue/primary_ratio_primary", &RuleSettings::primaryRatioPrimary, 0, 100},
        {"queue/primary_ratio_general", &RuleSettings::primaryRatioGeneral, 1, 100},
        {"application/max_child_age_years", &RuleSettings::maxChildAgeYears, 1, 18},
        {"application/category_document_max_age_months", &RuleSettings::categoryDocumentMaxAgeMonths, 1, 120},
        {"application/max_phones", &RuleSettings::maxPhones, 1, 10},
        {"application/max_preferred_kindergartens", &RuleSettings::maxPreferredKindergartens, 0, 20},
        {"direction/valid_working_days", &RuleSettings::directionValidWorkingDays, 1, 60},
        {"direction/extension_max_calendar_days", &RuleSettings::directionExtensionMaxCalendarDays, 0, 365},
        {"direction/stop_list_calendar_days", &RuleSettings::stopListCalendarDays, 0, 365},
        {"direction/priority_confirmation_working_days", &RuleSettings::priorityConfirmationWorkingDays, 1, 60},
        {"service/max_wait_minutes", &RuleSettings::maxWaitMinutes, 1, 600},
        {"service/max_service_minutes", &RuleSettings::maxServiceMinutes, 1, 600},
        {"service/max_result_minutes", &RuleSettings::maxResultMinutes, 1, 600},
        {"enrollment/health_certificate_max_age_days", &RuleSettings::healthCertificateMaxAgeDays, 0, 365},
        {"complaint/head_working_days", &RuleSettings::complaintHeadWorkingDays, 1, 60},
        {"complaint/authority_working_days", &RuleSettings::complaintAuthorityWorkingDays, 1, 60},
    };
    return table;
}

QString RuleSettings::primaryRatioText() const
{
    if (primaryRatioPrimary == 0)
        return QStringLiteral("0");
    return QStringLiteral("%1:%2").arg(primaryRatioPrimary).arg(primaryRatioGeneral);
}

bool RuleSettings::setPrimaryRatioText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == QLatin1String("0")) {
        primaryRatioPrimary = 0;
        return true;
    }
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})\\s*:\\s*(\\d{1,2})$"));
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch())
        return false;
    const int primary = match.captured(1).toInt();
    const int general = match.captured(2).toInt();
    if (general < 1)
        return false;
    primaryRatioPrimary = primary;
    primaryRatioGeneral = general;
    return true;
}
