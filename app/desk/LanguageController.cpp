#include "LanguageController.h"

#include <QApplication>
#include <QSettings>
#include <QWidget>

LanguageController::LanguageController(QObject *parent)
    : QObject(parent)
{
}

QString LanguageController::settingsKey()
{
    return QStringLiteral("ui/language");
}

QLocale::Language LanguageController::startupLanguage(const QSettings &settings,
                                                      const QLocale &systemLocale)
{
    const QLocale::Language remembered =
        Translations::fromCode(settings.value(settingsKey()).toString());
    if (Translations::supportedLanguages().contains(remembered))
        return remembered;
    return Translations::defaultFor(systemLocale);
}

QLocale::Language LanguageController::current() const
{
    return m_translations.current();
}

bool LanguageController::apply(QLocale::Language language)
{
    const bool installed = m_translations.install(language);
    // Installing a catalogue posts LanguageChange to every window; deliver it now so that the
    // whole UI reads the new language before anything else happens.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    // Translations::install changed the default locale, which Qt does not push to existing
    // widgets: windows that did not pick a locale of their own re-resolve it (dates, numbers),
    // and their children follow.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows)
        if (!window->testAttribute(Qt::WA_SetLocale))
            window->unsetLocale();
    emit languageChanged(language);
    return installed;
}

bool LanguageController::choose(QLocale::Language language)
{
    QSettings().setValue(settingsKey(), Translations::code(language));
    return apply(language);
}
