#pragma once

#include <QLocale>
#include <QWidget>

class HeadingLabel;
class LanguageController;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;

// The Settings area: the interface language (the same choice as View > Language) and what the
// desk knows about its local store, with Verify: the journal's chain and every sealed row checked
// on a thread of its own (issue 14 item 4, store/RowSeal.h), the result in words.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(LanguageController *languages, QWidget *parent = nullptr);

    void setStore(const QString &path, int schemaVersion);
    // Adds a section (e.g. the region's kindergartens) below the built-in ones.
    void addSection(QWidget *section);
    // DESIGN 9: for a clerk (editable = false) the note under the language that says why the
    // sections below cannot be changed; MainWindow disables those sections.
    void setEditable(bool editable);
    QLabel *readOnlyNote() const { return m_readOnlyLabel; }
    // Starts the check Verify starts (nothing while one runs or without a store).
    void verifyStore();

signals:
    // A check ended: ok when the journal and every row are intact; lines as shown.
    void verificationFinished(bool ok, const QStringList &lines);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showLanguage(QLocale::Language language);
    void showVerification(bool ok, const QStringList &lines);

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
    QPushButton *m_verifyButton;
    QProgressBar *m_verifyProgress;
    QLabel *m_verifyResultLabel;
    QLabel *m_readOnlyLabel;
    QString m_storePath;
    bool m_verifying = false;
};
