#pragma once

#include "ContractDocument.h"
#include "common/DeskContext.h"
#include "enrollment/DocumentDialogParts.h"
#include "domain/Direction.h"
#include "domain/Enrollment.h"
#include "domain/Expected.h"
#include "domain/ServiceSession.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

// The contract (RULES 6.3, 12) between the kindergarten and the parent who applied: the parent's
// ID document in parts (kind, number, issue date, authority: issue 13 item 1, so that each
// language's paper prints it in that language), address and phones (pre-filled from the direction), the day the child starts
// attending, the language of the paper (Kazakh, Russian or both side by side). "Preview draft"
// shows it unnumbered; "Record contract" records it (EnrollmentStore::recordContract: the
// direction is used, the application archived) and gives it its number; then it prints in two
// copies or saves as PDF. Opened with a recorded contract it only reprints.
class ContractDialog : public QDialog
{
    Q_OBJECT
public:
    // A new contract for the session's direction, signed on contractDate.
    ContractDialog(const DeskContext &context, const Direction &direction, const ServiceSession &session,
                   const QDate &contractDate, QWidget *parent = nullptr);
    // A recorded contract, to reprint.
    ContractDialog(const DeskContext &context, const Direction &direction, const ContractRecord &recorded,
                   QWidget *parent = nullptr);
    ~ContractDialog() override;

    // The contract as typed (number and code empty until recorded) or as recorded.
    ContractRecord contract() const;
    std::optional<ContractRecord> recorded() const { return m_recorded; }
    ContractLanguage language() const;
    void setLanguage(ContractLanguage language);

    // "Record contract": records what was typed (EnrollmentStore::recordContract checks it,
    // RULES 12), shows the number. False with the store's problems shown in the dialog, each
    // next to its field.
    bool record();
    // What "Save PDF…" writes (the draft until recorded).
    Status writePdf(const QString &path) const;

signals:
    void contractRecorded(const ContractRecord &contract);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateState();
    void showError(const QString &text);
    void showIssues(const Issues &issues);
    // Puts m_issues' messages next to their fields (again after a language change); the first
    // field with a problem.
    QWidget *renderIssues();
    // The ID document's rows as its kind and authority ask: the typed name of an "other" kind or
    // authority, the number's hint; the free text only for a contract recorded with it.
    void updateIdDocumentRows();
    IdDocument idDocument() const;
    ContractDocumentData documentData() const;
    QStringList templateFolders() const;
    void previewDraft();
    void print();
    void savePdf();
    // After a print or a saved PDF: AuditTrail, by the clerk; a failure is shown in the dialog.
    void auditPrinted();

    DeskContext m_context;
    Direction m_direction;
    QString m_sessionId;
    QDate m_contractDate;
    QList<ChecklistItem> m_deferredItems;
    std::optional<ContractRecord> m_recorded;

    QLabel *m_headingLabel;
    QList<QLabel *> m_captions;
    QLabel *m_parentValue;
    QLabel *m_childValue;
    QLabel *m_dateValue;
    QLabel *m_deferredValue;
    QFormLayout *m_form;
    // Issue 13 item 1: the ID document in parts (object names idDocumentKindCombo, ...).
    QComboBox *m_idKindCombo;
    QLineEdit *m_idKindEdit;      // the clerk's name of an "other" kind
    QLineEdit *m_idNumberEdit;
    QLineEdit *m_idIssuedOnEdit;  // dd.MM.yyyy, blank until typed
    QComboBox *m_idIssuerCombo;
    QLineEdit *m_idIssuerEdit;    // the clerk's name of an "other" authority
    QWidget *m_idKindRow;
    QWidget *m_idNumberRow;
    QWidget *m_idIssuedOnRow;
    QWidget *m_idIssuerRow;
    QWidget *m_idDocumentRow;
    // A contract recorded before the parts: its free text, read only.
    QLineEdit *m_idDocumentEdit;
    QLineEdit *m_addressEdit;
    QLineEdit *m_phonesEdit;
    QLineEdit *m_startsOnEdit;
    QComboBox *m_languageCombo;
    // The store's problems next to their fields (object names: the edit's + "Issue").
    QLabel *m_idDocumentIssue;
    QLabel *m_idKindIssue;
    QLabel *m_idNumberIssue;
    QLabel *m_idIssuedOnIssue;
    QLabel *m_idIssuerIssue;
    QLabel *m_addressIssue;
    QLabel *m_startsOnIssue;
    QLabel *m_errorLabel;
    QLabel *m_resultLabel;
    DocumentDialogButtons m_buttons;
    QString m_error;
    Issues m_issues;
};
