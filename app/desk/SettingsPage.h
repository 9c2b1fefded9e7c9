#pragma once

#include <QLocale>
#include <QWidget>

class HeadingLabel;
class LanguageController;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;

// The Settings area: the interface language (the same choice as View > Language) and what the
// desk knows about its local store.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(LanguageController *languages, QWidget *parent = nullptr);

    void setStore(const QString &path, int schemaVersion);
    // Adds a section (e.g. the region's kindergartens) below the built-in ones.
    void addSection(QWidget *section);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showLanguage(QLocale::Language language);

    LanguageController *m_languages;
    HeadingLabel *m_titleLabel;
    QLabel *m_summaryLabel;
    QGroupBox *m_languageGroup;
    QFormLayout *m_languageForm;
    QLabel *m_languageLabel;
    QComboBox *m_languageComboBox;
    QLabel *m_languageHintLabel;
    QGroupBox *m_storeGroup;
    QFormLayout *m_storeForm;
    QLabel *m_storePathCaption;
    QLabel *m_storePathLabel;
    QLabel *m_schemaVersionCaption;
    QLabel *m_schemaVersionLabel;
    QLabel *m_programVersionCaption;
    QLabel *m_programVersionLabel;
};
