#pragma once

#include "domain/Account.h"
#include "domain/Clock.h"
#include "domain/Expected.h"

#include <QDialog>
#include <QGroupBox>

#include <chrono>
#include <memory>

class Database;
struct JournalEntry;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

// Settings → Users (DESIGN 9), for an administrator: the accounts with their roles, Add user,
// Set role, Reset password, Disable / Enable; and how long the desk waits before it locks.
class UsersSection : public QGroupBox
{
    Q_OBJECT
public:
    UsersSection(std::shared_ptr<Database> store, const Account &administrator, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Reads the accounts again.
    void reload();
    // The account of the selected row; an empty login when none.
    Account selected() const;

    // Add user, Reset password: the dialog (tests fill it; the buttons open it).
    class AccountDialog *addUserDialog();
    class AccountDialog *resetPasswordDialog();
    // Sets the selected account's role to the role combo box's choice.
    void applyRole();
    void toggleDisabled();

signals:
    void inactivityLimitChanged(std::chrono::milliseconds limit);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void showResult(const Status &status);

    std::shared_ptr<Database> m_store;
    Account m_administrator;
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QLabel *m_roleCaption;
    QComboBox *m_roleCombo;
    QPushButton *m_roleButton;
    QPushButton *m_passwordButton;
    QPushButton *m_disableButton;
    QLabel *m_resultLabel;
    QLabel *m_lockCaption;
    QSpinBox *m_lockMinutes;
};

// A new account (name, login, role, the password twice) or a new password for one.
class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, ResetPassword };
    AccountDialog(Mode mode, std::shared_ptr<Database> store, const Account &administrator, const Account &subject,
                  QWidget *parent = nullptr);

    QString errorText() const;
    void submit();

private:
    Mode m_mode;
    std::shared_ptr<Database> m_store;
    Account m_administrator;
    Account m_subject;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_loginEdit = nullptr;
    QComboBox *m_roleCombo = nullptr;
    QLineEdit *m_passwordEdit;
    QLineEdit *m_repeatEdit;
    QLabel *m_errorLabel;
};

// Settings → Audit of reads (DESIGN 9), for the head and the administrator: who opened a child's
// details or printed a document with personal data, and when, for a period. View only.
class AuditSection : public QGroupBox
{
    Q_OBJECT
public:
    AuditSection(std::shared_ptr<Database> store, const Account &viewer, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The time of a print and its audit entry (the desk's clock; tests move a FixedClock).
    void setClock(std::shared_ptr<const Clock> clock);
    void setPeriod(const QDate &from, const QDate &to);
    void showAudit();
    // The period's audit as a document: the print preview (pdf = false) or "Save as PDF", in the
    // language of the language box; the print itself is audited too. A problem shows under the
    // period.
    void printAudit(bool pdf);

    // What an audit entry says was done, in the UI language ("Printed the contract or saved it
    // as PDF").
    static QString describe(const JournalEntry &entry);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showProblem(const QString &text);

    std::shared_ptr<Database> m_store;
    Account m_viewer;
    std::shared_ptr<const Clock> m_clock;
    QLabel *m_fromCaption;
    QDateEdit *m_fromEdit;
    QLabel *m_toCaption;
    QDateEdit *m_toEdit;
    QPushButton *m_showButton;
    QComboBox *m_languageCombo;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
    QLabel *m_resultLabel;
    QTableWidget *m_table;
};
