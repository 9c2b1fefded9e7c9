#pragma once

#include "common/DeskContext.h"
#include "common/FieldRow.h"
#include "domain/Complaint.h"
#include "domain/Issue.h"

#include <QDialog>
#include <QList>
#include <QSet>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// One entry of the complaints register (RULES 7). Registering: received date, addressee (the
// head: 5 working days; the authorised body: 15), who complains, about what, the linked direction
// or application; the deadline is worked out as they are typed. Editing an entry: its status,
// answer date and answer (what was registered stays as it was). Problems show next to their field
// (Complaints::validate); a refused save loses nothing.
class ComplaintDialog : public QDialog
{
    Q_OBJECT
public:
    // Registers a new complaint.
    explicit ComplaintDialog(const DeskContext &context, QWidget *parent = nullptr);
    // Edits the status and answer of a registered one.
    ComplaintDialog(const DeskContext &context, const Complaint &complaint, QWidget *parent = nullptr);
    ~ComplaintDialog() override;

    bool isNew() const { return m_original.id.isEmpty(); }
    // The complaint as typed now.
    Complaint complaint() const;
    // Complaints::validate of it, and the dialog's own date checks.
    Issues currentIssues() const;
    // The deadline for what is typed now (invalid when it cannot be worked out).
    QDate deadline() const;
    // After a successful save: the complaint as stored (with its number).
    std::optional<Complaint> savedComplaint() const { return m_saved; }

public slots:
    // Validates and stores; closes the dialog on success. Refuses while there are errors,
    // showing them all and focusing the first field in error.
    bool save();

protected:
    void changeEvent(QEvent *event) override;

private:
    using Row = FieldRow;

    void buildUi();
    void addRow(Field field, QWidget *input, const QString &objectName);
    void retranslateUi();
    void changed(Field field);
    void statusChosen();
    void validateNow();
    void showDeadline();
    void showIssues();

    DeskContext m_context;
    Complaint m_original;
    std::optional<Complaint> m_saved;

    QGridLayout *m_grid = nullptr;
    QList<Row> m_rows;
    QLabel *m_numberLabel = nullptr;
    QLineEdit *m_receivedOn = nullptr;
    QComboBox *m_addressee = nullptr;
    QLineEdit *m_complainant = nullptr;
    QPlainTextEdit *m_subject = nullptr;
    QLineEdit *m_directionNumber = nullptr;
    QLineEdit *m_applicationId = nullptr;
    QLabel *m_deadlineLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_answeredOn = nullptr;
    QPlainTextEdit *m_answer = nullptr;
    QLabel *m_failureLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    Issues m_issues;
    QSet<int> m_touched;
    bool m_showAllIssues = false;
};
