#pragma once

#include "domain/Account.h"

#include <QDialog>

#include <chrono>
#include <memory>
#include <optional>

class Database;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// DESIGN 9: who is at the desk. Three uses of one dialog:
//  - CreateAdministrator: the first start on a store with no account; name, login, the password
//    twice;
//  - SignIn: later starts; login and password;
//  - Unlock: the lock screen after inactivity; the same person's password, or Sign out.
// A wrong password says so in the dialog; after a few failures in a row the button waits a little
// longer each time, so that guessing at the desk is slow.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { CreateAdministrator, SignIn, Unlock };

    // Unlock: `locked` is the signed-in person.
    SignInDialog(Mode mode, std::shared_ptr<Database> store, const Account &locked = {}, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // The account signed in (or created, or unlocked) once the dialog was accepted.
    const std::optional<Account> &account() const { return m_account; }
    // Unlock: the person chose Sign out instead.
    bool signOutChosen() const { return m_signOut; }
    // Failures in a row before the waiting starts, and the first wait (tests make it short).
    static constexpr int freeAttempts = 3;
    void setFailureDelay(std::chrono::milliseconds delay) { m_failureDelay = delay; }
    bool isWaiting() const;

    // The shown error ("" when none), for tests.
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void submit();
    void fail(const QString &message);

    Mode m_mode;
    std::shared_ptr<Database> m_store;
    Account m_locked;
    std::optional<Account> m_account;
    bool m_signOut = false;
    int m_failures = 0;
    std::chrono::milliseconds m_failureDelay{2000};

    QLabel *m_introLabel;
    QFormLayout *m_form;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_loginEdit = nullptr;
    QLineEdit *m_passwordEdit;
    QLineEdit *m_repeatEdit = nullptr;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_okButton;
    QPushButton *m_signOutButton = nullptr;
    QTimer *m_waitTimer;
};
