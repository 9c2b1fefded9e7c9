#pragma once

#include "common/DeskContext.h"
#include "common/FieldRow.h"
#include "domain/Expected.h"
#include "domain/Issue.h"
#include "domain/KindergartenProfile.h"

#include <QGroupBox>
#include <QList>
#include <QSet>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// This kindergarten's own details (issue 4 item 1), kept by the administrator: what the contract,
// the refusal letter and the receipt print about the service provider. Every field of
// KindergartenProfile, each problem next to its field as the administrator types
// (KindergartenProfile::validate), Save refused with the problems shown and nothing typed lost,
// Revert to what is stored. Below, the folder of the administrator's edited document templates
// (KindergartenProfileStore::setTemplatesFolder) and a way to copy the built-in ones there.
class KindergartenProfileEditor : public QGroupBox
{
    Q_OBJECT
public:
    explicit KindergartenProfileEditor(const DeskContext &context, QWidget *parent = nullptr);
    ~KindergartenProfileEditor() override;

    // The profile as typed now (IBAN and BIC in capitals without spaces).
    KindergartenProfile profile() const;
    // KindergartenProfile::validate of what is typed now.
    Issues currentIssues() const;
    // Whether what is typed differs from what is stored.
    bool isModified() const;

    // The built-in templates (:/templates/*.html) copied into folder so that the administrator
    // can edit them; files already there are kept, never overwritten. The number copied, or
    // Rule::StoreWriteFailed naming the file that could not be written.
    Expected<int> copyBuiltInTemplates(const QString &folder);
    // Documents use the edited templates of folder first (empty: the built-in ones only).
    Status useTemplatesFolder(const QString &folder);

public slots:
    // Validates and stores. Refuses (returns false) while there are errors, showing every one
    // next to its field and focusing the first; nothing typed is lost.
    bool save();
    // Back to what is stored.
    void revert();

signals:
    void profileSaved();

protected:
    void changeEvent(QEvent *event) override;

private:
    using Row = FieldRow;

    QGroupBox *addGroup(const QString &objectName);
    void addRow(QGroupBox *group, Field field, QWidget *input, const QString &objectName);
    QLineEdit *addLineEdit(QGroupBox *group, Field field, const QString &objectName);
    void retranslateUi();
    void load(const KindergartenProfile &profile);
    void changed(Field field);
    void validateNow();
    void showIssues();
    void showExample();
    void showTemplatesFolder();
    void showStatus(const QString &text, bool error);
    void chooseTemplatesFolder();
    void chooseCopyFolder();
    QList<const Row *> rowsFor(const Issue &issue) const;

    DeskContext m_context;
    KindergartenProfile m_stored;
    QString m_templatesFolder;

    QList<Row> m_rows;
    QList<QGroupBox *> m_groups;
    QGroupBox *m_detailsGroup = nullptr;
    QGroupBox *m_bankGroup = nullptr;
    QGroupBox *m_contractGroup = nullptr;
    QGroupBox *m_templatesGroup = nullptr;
    QLabel *m_hintLabel = nullptr;

    QLineEdit *m_id = nullptr;
    QLineEdit *m_nameKk = nullptr;
    QLineEdit *m_nameRu = nullptr;
    QLineEdit *m_bin = nullptr;
    QLineEdit *m_addressKk = nullptr;
    QLineEdit *m_addressRu = nullptr;
    QLineEdit *m_cityKk = nullptr;
    QLineEdit *m_cityRu = nullptr;
    QLineEdit *m_head = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_authorityKk = nullptr;
    QLineEdit *m_authorityRu = nullptr;
    QLineEdit *m_bank = nullptr;
    QLineEdit *m_account = nullptr;
    QLineEdit *m_bik = nullptr;
    QSpinBox *m_feeAmount = nullptr;
    QSpinBox *m_feeDueDay = nullptr;
    QPlainTextEdit *m_feeTermsKk = nullptr;
    QPlainTextEdit *m_feeTermsRu = nullptr;
    QLineEdit *m_numberFormat = nullptr;
    QLabel *m_numberExample = nullptr;
    QWidget *m_languagesBox = nullptr;
    QCheckBox *m_kazakh = nullptr;
    QCheckBox *m_russian = nullptr;
    QCheckBox *m_otherLanguage = nullptr;

    QLabel *m_templatesLabel = nullptr;
    QPushButton *m_useTemplatesButton = nullptr;
    QPushButton *m_builtInTemplatesButton = nullptr;
    QPushButton *m_copyTemplatesButton = nullptr;

    QLabel *m_statusLabel = nullptr;
    QPushButton *m_revertButton = nullptr;
    QPushButton *m_saveButton = nullptr;

    Issues m_issues;
    QSet<int> m_touched; // Field values the administrator edited
    bool m_showAllIssues = false;
    bool m_loading = false;
};

// The short Settings section for this kindergarten's details: its name and BIN (or that they are
// not filled in yet) and a button that opens the editor in a dialog (the Settings page must fit a
// small screen).
class KindergartenProfileSection : public QGroupBox
{
    Q_OBJECT
public:
    explicit KindergartenProfileSection(const DeskContext &context, QWidget *parent = nullptr);

    // Opens the editor (the button does the same).
    KindergartenProfileEditor *openEditor();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();

    DeskContext m_context;
    QLabel *m_summaryLabel;
    QPushButton *m_editButton;
};
