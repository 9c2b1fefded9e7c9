#include "settings/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

Translations::Translations(QObject *parent)
    : QObject(parent)
{
}

Translations::~Translations()
{
    removeInstalled();
}

QList<QLocale::Language> Translations::supportedLanguages()
{
    return {QLocale::Kazakh, QLocale::Russian, QLocale::English};
}

QString Translations::code(QLocale::Language language)
{
    switch (language) {
    case QLocale::Kazakh: return QStringLiteral("kk");
    case QLocale::Russian: return QStringLiteral("ru");
    default: return QStringLiteral("en");
    }
}

QLocale::Language Translations::fromCode(const QString &code)
{
    const QString normalized = code.trimmed().toLower();
    if (normalized == QLatin1String("kk"))
        return QLocale::Kazakh;
    if (normalized == QLatin1String("ru"))
        return QLocale::Russian;
    if (normalized == QLatin1String("en"))
        return QLocale::English;
    return QLocale::AnyLanguage;
}

QString Translations::nativeName(QLocale::Language language)
{
    // Each language names itself, whatever the current UI language: never translated.
    switch (language) {
    case QLocale::Kazakh: return QStringLiteral("Қазақша");
    case QLocale::Russian: return QStringLiteral("Русский");
    default: return QStringLiteral("English");
    }
}

QLocale::Language Translations::defaultFor(const QLocale &systemLocale)
{
    const QLocale::Language language = systemLocale.language();
    return language == QLocale::Russian ? QLocale::Russian : QLocale::Kazakh;
}

QLocale Translations::locale(QLocale::Language language)
{
    switch (language) {
    case QLocale::Kazakh: return QLocale(QLocale::Kazakh, QLocale::Kazakhstan);
    case QLocale::Russian: return QLocale(QLocale::Russian, QLocale::Russia);
    default: return QLocale(QLocale::English, QLocale::UnitedKingdom);
    }
}

void Translations::removeInstalled()
{
    for (QTranslator *translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}

bool Translations::install(QLocale::Language language)
{
    removeInstalled();
    m_current = language;
    QLocale::setDefault(locale(language));
    if (language == QLocale::English) {
        // Removing the catalogues already sent LanguageChange; English needs nothing more.
        return true;
    }

    const QString languageCode = code(language);
    bool ownLoaded = false;

    // Qt's own catalogue first, so that our texts (installed later, searched first) win where
    // both translate the same string, e.g. the standard buttons.
    auto qtTranslator = new QTranslator(this);
    if (qtTranslator->load(QStringLiteral("qtbase_") + languageCode,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        m_installed.append(qtTranslator);
    } else {
        delete qtTranslator; // Qt ships no Kazakh catalogue; ours carries those texts.
    }

    auto ownTranslator = new QTranslator(this);
    if (ownTranslator->load(QStringLiteral(":/i18n/qabyldau_") + languageCode)) {
        QCoreApplication::installTranslator(ownTranslator);
        m_installed.append(ownTranslator);
        ownLoaded = true;
    } else {
        delete ownTranslator;
    }
    return ownLoaded;
}
