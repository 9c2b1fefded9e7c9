#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

// Installs the catalogues of one UI language: Qabyldau's own (embedded under :/i18n, including
// Kazakh texts for Qt's standard buttons, which Qt does not ship) and Qt's own (qtbase_ru.qm
// from the system, where it exists). English is the source language and needs no catalogue.
class Translations : public QObject
{
    Q_OBJECT
public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    // The UI languages Qabyldau offers, in menu order.
    static QList<QLocale::Language> supportedLanguages();
    // "kk", "ru", "en".
    static QString code(QLocale::Language language);
    static QLocale::Language fromCode(const QString &code); // AnyLanguage when unknown
    // The language's own name, as shown in the language menu: "Қазақша", "Русский", "English".
    static QString nativeName(QLocale::Language language);
    // The first-start choice: the system language when it is Kazakh or Russian, else Kazakh.
    static QLocale::Language defaultFor(const QLocale &systemLocale);
    // The locale used for dates and numbers in that language (kk_KZ, ru_RU, en_GB).
    static QLocale locale(QLocale::Language language);

    // Replaces the installed catalogues; QEvent::LanguageChange reaches every widget.
    // Returns false if Qabyldau's own catalogue for a non-English language is missing.
    bool install(QLocale::Language language);
    QLocale::Language current() const { return m_current; }

private:
    void removeInstalled();
    QList<QTranslator *> m_installed;
    QLocale::Language m_current = QLocale::English;
};
