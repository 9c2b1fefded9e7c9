#pragma once

#include "settings/Translations.h"

#include <QLocale>
#include <QObject>

class QSettings;

// The UI language of the desk: installs the catalogues, re-resolves every window's locale, and
// remembers the clerk's choice between runs (QSettings key "ui/language": "kk", "ru" or "en").
// Switching happens at run time: every widget retranslates itself on QEvent::LanguageChange.
class LanguageController : public QObject
{
    Q_OBJECT
public:
    explicit LanguageController(QObject *parent = nullptr);

    static QString settingsKey();
    // The language to start in: the remembered choice, else the first-start default
    // (the system language when it is Kazakh or Russian, else Kazakh).
    static QLocale::Language startupLanguage(const QSettings &settings, const QLocale &systemLocale);

    QLocale::Language current() const;

    // Installs the language for this run only (startup, --lang). Every widget has retranslated
    // itself when this returns. False if Qabyldau's own catalogue for it is missing.
    bool apply(QLocale::Language language);
    // The clerk's choice from the menu or the settings page: applies and remembers it.
    bool choose(QLocale::Language language);

signals:
    void languageChanged(QLocale::Language language);

private:
    Translations m_translations;
};
