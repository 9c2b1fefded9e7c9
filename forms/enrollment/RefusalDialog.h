#pragma once

#include "DocumentLanguage.h"
#include "RefusalDocument.h"
#include "common/DeskContext.h"
#include "enrollment/DocumentDialogParts.h"
#include "domain/Checklist.h"
#include "domain/Direction.h"
#include "domain/Enrollment.h"
#include "domain/Expected.h"
#include "domain/RefusalGround.h"

#include <QDate>
#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;

// The reasoned refusal (RULES 6.4): the grounds by their clauses and the documents missing or
// faulty, pre-ticked from the checklist's findings; the reasons in the clerk's words; the letter's
// language. "Record refusal" records it (EnrollmentStore::recordRefusal: the direction refused,
// the application back to the queue or to the stop list) and numbers it; then the letter prints
// or saves as PDF. Opened with a recorded refusal it only reprints.
class RefusalDialog : public QDialog
{
    Q_OBJECT
public:
    // A new refusal; sessionId may be empty (a refusal without a service, e.g. false documents
    // found later). grounds and faultyItems are pre-ticked.
    RefusalDialog(const DeskContext &context, const Direction &direction, const QString &sessionId,
                  const QList<RefusalGround> &grounds, const QList<ChecklistItem> &faultyItems,
                  QWidget *parent = nullptr);
    // A recorded refusal, to reprint.
    RefusalDialog(const DeskContext &context, const Direction &direction, const RefusalRecord &recorded,
                  QWidget *parent = nullptr);
    ~RefusalDialog() override;

    QList<RefusalGround> grounds() const;
    QList<ChecklistItem> faultyItems() const;
    QCheckBox *groundCheck(RefusalGround ground) const;
    QCheckBox *itemCheck(ChecklistItem item) const;
    std::optional<RefusalRecord> recorded() const { return m_recorded; }
    DocumentLanguage language() const;
    void setLanguage(DocumentLanguage language);

    bool record();
    Status writePdf(const QString &path) const;

signals:
    void refusalRecorded(const RefusalRecord &refusal);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi(const QList<RefusalGround> &grounds, const QList<ChecklistItem> &faultyItems);
    void retranslateUi();
    void updateState();
    RefusalRecord refusal() const;
    RefusalDocumentData documentData() const;
    QStringList templateFolders() const;
    void previewDraft();
    void print();
    void savePdf();
    // After a print or a saved PDF: AuditTrail, by the clerk; a failure is shown in the dialog.
    void auditPrinted();

    DeskContext m_context;
    Direction m_direction;
    QString m_sessionId;
    std::optional<RefusalRecord> m_recorded;
    QString m_error;

    QLabel *m_headingLabel;
    QLabel *m_groundsLabel;
    QList<std::pair<RefusalGround, QCheckBox *>> m_groundChecks;
    QLabel *m_itemsLabel;
    QList<std::pair<ChecklistItem, QCheckBox *>> m_itemChecks;
    QLabel *m_reasonsLabel;
    QPlainTextEdit *m_reasonsEdit;
    QLabel *m_languageLabel;
    QComboBox *m_languageCombo;
    QLabel *m_errorLabel;
    QLabel *m_resultLabel;
    DocumentDialogButtons m_buttons;
};
