#pragma once

#include <QLocale>
#include <QString>

#include <optional>

// The languages a printed document comes in (RULES 11: Kazakh or Russian, the clerk picks).
// Independent of the UI language: a Russian-speaking clerk may print a Kazakh form.
enum class DocumentLanguage { Kazakh, Russian };

namespace DocumentLanguages {

// "kk" / "ru", the suffix of the template files (application_kk.html).
inline QString code(DocumentLanguage language)
{
    return language == DocumentLanguage::Kazakh ? QStringLiteral("kk") : QStringLiteral("ru");
}

inline std::optional<DocumentLanguage> fromCode(const QString &code)
{
    if (code == QLatin1String("kk"))
        return DocumentLanguage::Kazakh;
    if (code == QLatin1String("ru"))
        return DocumentLanguage::Russian;
    return std::nullopt;
}

// Dates and numbers in the document follow its language (DESIGN 8), not the UI's.
inline QLocale locale(DocumentLanguage language)
{
    return language == DocumentLanguage::Kazakh ? QLocale(QLocale::Kazakh, QLocale::Kazakhstan)
                                                : QLocale(QLocale::Russian, QLocale::Russia);
}

} // namespace DocumentLanguages
