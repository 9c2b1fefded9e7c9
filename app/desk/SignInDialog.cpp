#include "SignInDialog.h"

#include "common/DeskStyle.h"
#include "store/AccountStore.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {
QLineEdit *passwordEdit(const QString &objectName)
{
    auto edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

SignInDialog::SignInDialog(Mode mode, std::shared_ptr<Database> store, const Account &locked, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_store(std::move(store))
    , m_locked(locked)
    , m_introLabel(new QLabel)
    , m_form(new QFormLayout)
    , m_passwordEdit(passwordEdit(QStringLiteral("passwordEdit")))
    , m_errorLabel(new QLabel)
    , m_buttons(new QDialogButtonBox)
    , m_okButton(m_buttons->addButton(QDialogButtonBox::Ok))
    , m_waitTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    m_introLabel->setObjectName(QStringLiteral("introLabel"));
    m_introLabel->setWordWrap(true);
    m_introLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    DeskStyle::setTone(m_errorLabel, DeskStyle::Tone::Error);
    m_errorLabel->hide();
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    // Each field with its caption (retranslateUi), the caption's buddy for screen readers and
    // mnemonics.
    const auto addField = [this](QLineEdit *edit) {
        auto caption = new QLabel;
        caption->setBuddy(edit);
        m_form->addRow(caption, edit);
    };
    if (m_mode == Mode::CreateAdministrator) {
        m_nameEdit = new QLineEdit;
        m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
        m_nameEdit->setMaxLength(AccountStore::maximumNameLength);
        addField(m_nameEdit);
    }
    if (m_mode != Mode::Unlock) {
        m_loginEdit = new QLineEdit;
        m_loginEdit->setObjectName(QStringLiteral("loginEdit"));
        m_loginEdit->setMaxLength(AccountStore::maximumLoginLength);
        addField(m_loginEdit);
    }
    addField(m_passwordEdit);
    if (m_mode == Mode::CreateAdministrator) {
        m_repeatEdit = passwordEdit(QStringLiteral("repeatEdit"));
        addField(m_repeatEdit);
    }
    if (m_mode == Mode::Unlock) {
        m_signOutButton = m_buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
        m_signOutButton->setObjectName(QStringLiteral("signOutButton"));
        connect(m_signOutButton, &QPushButton::clicked, this, [this] {
            m_signOut = true;
            reject();
        });
    } else {
        auto cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
        cancel->setObjectName(QStringLiteral("cancelButton"));
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_waitTimer->setSingleShot(true);
    connect(m_waitTimer, &QTimer::timeout, this, [this] { m_okButton->setEnabled(true); });

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(m_form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    retranslateUi();
    (m_nameEdit ? m_nameEdit : m_loginEdit ? m_loginEdit : m_passwordEdit)->setFocus();
}

bool SignInDialog::isWaiting() const
{
    return m_waitTimer->isActive();
}

QString SignInDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslateUi()
{
    auto caption = [this](QWidget *field, const QString &text) {
        if (auto label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setText(text);
    };
    switch (m_mode) {
    case Mode::CreateAdministrator:
        setWindowTitle(tr("Create the administrator"));
        m_introLabel->setText(tr("This desk has no users yet. Create the administrator's account: the administrator "
                                 "adds the other users in Settings. The password needs at least %n characters.",
                                 nullptr, PasswordHash::minimumLength));
        m_okButton->setText(tr("Create"));
        break;
    case Mode::SignIn:
        setWindowTitle(tr("Sign in"));
        m_introLabel->setText(tr("Sign in with your login and password."));
        m_okButton->setText(tr("Sign in"));
        break;
    case Mode::Unlock:
        setWindowTitle(tr("The desk is locked"));
        m_introLabel->setText(tr("The desk was locked after a time without use. %1, type your password to go on, "
                                 "or sign out so that another person can sign in.")
                                  .arg(m_locked.name));
        m_okButton->setText(tr("Unlock"));
        m_signOutButton->setText(tr("Sign out"));
        break;
    }
    if (m_nameEdit)
        caption(m_nameEdit, tr("Full name:"));
    if (m_loginEdit)
        caption(m_loginEdit, tr("Login:"));
    caption(m_passwordEdit, tr("Password:"));
    if (m_repeatEdit)
        caption(m_repeatEdit, tr("Password again:"));
    if (auto cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setText(m_mode == Mode::CreateAdministrator || m_mode == Mode::SignIn ? tr("Quit") : tr("Cancel"));
}

void SignInDialog::fail(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
    m_passwordEdit->clear();
    m_passwordEdit->setFocus();
}

void SignInDialog::submit()
{
    if (isWaiting())
        return;
    AccountStore accounts(m_store);
    if (m_mode == Mode::CreateAdministrator) {
        Account draft;
        draft.name = m_nameEdit->text();
        draft.login = m_loginEdit->text();
        draft.role = Role::Administrator;
        if (const Status valid = AccountStore::validate(draft, m_passwordEdit->text()); !valid) {
            fail(valid.error().message());
            return;
        }
        if (m_passwordEdit->text() != m_repeatEdit->text()) {
            m_repeatEdit->clear();
            fail(Issue::error(Field::AccountPassword, Rule::PasswordsDiffer).message());
            return;
        }
        const Expected<Account> made =
            accounts.createFirstAdministrator(draft, m_passwordEdit->text(), QDateTime::currentDateTime());
        if (!made) {
            fail(made.error().message());
            return;
        }
        m_account = *made;
        accept();
        return;
    }

    const QString login = m_mode == Mode::Unlock ? m_locked.login : m_loginEdit->text();
    const Expected<Account> signedIn = accounts.signIn(login, m_passwordEdit->text());
    if (!signedIn) {
        ++m_failures;
        QString message = signedIn.error().rule == Rule::AccountDisabled
                              ? tr("This account is disabled. Ask the administrator.")
                              : tr("The login or the password is wrong. Check the keyboard layout and Caps Lock.");
        if (m_failures >= freeAttempts) {
            // The wait doubles with each failure after the free ones, up to a minute.
            const int extra = std::min(m_failures - freeAttempts, 5);
            const auto wait = std::min(m_failureDelay * (1 << extra), std::chrono::milliseconds(60000));
            m_okButton->setEnabled(false);
            m_waitTimer->start(wait);
            message += QLatin1Char('\n') + tr("Too many failed attempts: wait %n seconds before the next one.", nullptr,
                                              int((wait.count() + 999) / 1000));
        }
        fail(message);
        return;
    }
    m_failures = 0;
    m_account = *signedIn;
    accept();
}
