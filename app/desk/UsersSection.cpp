#include "UsersSection.h"

#include "AuditDocument.h"
#include "MainWindow.h"
#include "RegisterDocument.h"
#include "common/DeskStyle.h"
#include "common/DocumentPrinting.h"
#include "domain/DateText.h"
#include "registers/RegisterExport.h"
#include "store/AccountStore.h"
#include "store/AuditTrail.h"
#include "store/Events.h"
#include "store/KindergartenProfileStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const QList<Role> allRoles{Role::Clerk, Role::Head, Role::Administrator};

void fillRoles(QComboBox *combo)
{
    const int current = std::max(combo->currentIndex(), 0);
    combo->clear();
    for (Role role : allRoles)
        combo->addItem(Roles::name(role), Roles::code(role));
    combo->setCurrentIndex(current);
}

Role roleOf(const QComboBox *combo)
{
    return Roles::fromCode(combo->currentData().toString()).value_or(Role::Clerk);
}

QTableWidget *makeTable(int columns, const QString &objectName)
{
    auto table = new QTableWidget(0, columns);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QLabel *wrappingLabel(const QString &objectName)
{
    auto label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLineEdit *passwordEdit(const QString &objectName)
{
    auto edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

UsersSection::UsersSection(std::shared_ptr<Database> store, const Account &administrator, QWidget *parent)
    : QGroupBox(parent)
    , m_store(std::move(store))
    , m_administrator(administrator)
    , m_table(makeTable(4, QStringLiteral("usersTable")))
    , m_addButton(new QPushButton)
    , m_roleCaption(new QLabel)
    , m_roleCombo(new QComboBox)
    , m_roleButton(new QPushButton)
    , m_passwordButton(new QPushButton)
    , m_disableButton(new QPushButton)
    , m_resultLabel(wrappingLabel(QStringLiteral("usersResultLabel")))
    , m_lockCaption(new QLabel)
    , m_lockMinutes(new QSpinBox)
{
    setObjectName(QStringLiteral("usersSection"));
    m_addButton->setObjectName(QStringLiteral("addUserButton"));
    m_roleCombo->setObjectName(QStringLiteral("roleCombo"));
    m_roleButton->setObjectName(QStringLiteral("setRoleButton"));
    m_passwordButton->setObjectName(QStringLiteral("resetPasswordButton"));
    m_disableButton->setObjectName(QStringLiteral("disableButton"));
    m_lockMinutes->setObjectName(QStringLiteral("lockMinutesSpinBox"));
    m_lockMinutes->setRange(1, 240);
    m_lockMinutes->setValue(int(std::chrono::duration_cast<std::chrono::minutes>(MainWindow::savedInactivityLimit()).count()));
    m_table->setMinimumHeight(fontMetrics().height() * 8);

    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_roleCaption);
    buttons->addWidget(m_roleCombo);
    buttons->addWidget(m_roleButton);
    buttons->addWidget(m_passwordButton);
    buttons->addWidget(m_disableButton);
    buttons->addStretch(1);
    auto lockRow = new QHBoxLayout;
    lockRow->addWidget(m_lockCaption);
    lockRow->addWidget(m_lockMinutes);
    lockRow->addStretch(1);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_resultLabel);
    layout->addLayout(lockRow);
    m_resultLabel->hide();
    DeskStyle::setTone(m_resultLabel, DeskStyle::Tone::Error);

    connect(m_addButton, &QPushButton::clicked, this, [this] { addUserDialog()->open(); });
    connect(m_passwordButton, &QPushButton::clicked, this, [this] {
        if (AccountDialog *dialog = resetPasswordDialog())
            dialog->open();
    });
    connect(m_roleButton, &QPushButton::clicked, this, &UsersSection::applyRole);
    connect(m_disableButton, &QPushButton::clicked, this, &UsersSection::toggleDisabled);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const Account account = selected();
        if (!account.login.isEmpty())
            m_roleCombo->setCurrentIndex(int(allRoles.indexOf(account.role)));
        updateButtons();
    });
    connect(m_lockMinutes, &QSpinBox::valueChanged, this, [this](int minutes) {
        QSettings().setValue(QStringLiteral("security/lockMinutes"), minutes);
        emit inactivityLimitChanged(std::chrono::minutes(minutes));
    });
    retranslateUi();
    reload();
}

void UsersSection::reload()
{
    const QString keep = selected().login;
    const QList<Account> accounts = AccountStore(m_store).all().valueOr({});
    m_table->setRowCount(int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        const Account &account = accounts.at(i);
        auto nameItem = new QTableWidgetItem(account.name);
        nameItem->setData(Qt::UserRole, account.login);
        m_table->setItem(i, 0, nameItem);
        m_table->setItem(i, 1, new QTableWidgetItem(account.login));
        m_table->setItem(i, 2, new QTableWidgetItem(Roles::name(account.role)));
        m_table->setItem(i, 3, new QTableWidgetItem(account.disabled ? tr("disabled") : tr("may sign in")));
        if (account.login == keep)
            m_table->selectRow(i);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

Account UsersSection::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0) || m_table->selectedItems().isEmpty())
        return {};
    return AccountStore(m_store).find(m_table->item(row, 0)->data(Qt::UserRole).toString()).valueOr({});
}

void UsersSection::updateButtons()
{
    const Account account = selected();
    const bool any = !account.login.isEmpty();
    m_roleButton->setEnabled(any);
    m_passwordButton->setEnabled(any);
    m_disableButton->setEnabled(any);
    m_disableButton->setText(any && account.disabled ? tr("&Enable") : tr("&Disable"));
}

void UsersSection::showResult(const Status &status)
{
    m_resultLabel->setVisible(!status.ok());
    if (!status.ok())
        m_resultLabel->setText(status.error().message());
    reload();
}

AccountDialog *UsersSection::addUserDialog()
{
    auto dialog = new AccountDialog(AccountDialog::Mode::Add, m_store, m_administrator, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &UsersSection::reload);
    return dialog;
}

AccountDialog *UsersSection::resetPasswordDialog()
{
    const Account account = selected();
    if (account.login.isEmpty())
        return nullptr;
    auto dialog = new AccountDialog(AccountDialog::Mode::ResetPassword, m_store, m_administrator, account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void UsersSection::applyRole()
{
    const Account account = selected();
    if (account.login.isEmpty())
        return;
    showResult(AccountStore(m_store).setRole(account.login, roleOf(m_roleCombo), m_administrator,
                                             QDateTime::currentDateTime()));
}

void UsersSection::toggleDisabled()
{
    const Account account = selected();
    if (account.login.isEmpty())
        return;
    showResult(AccountStore(m_store).setDisabled(account.login, !account.disabled, m_administrator,
                                                 QDateTime::currentDateTime()));
}

void UsersSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QGroupBox::changeEvent(event);
}

void UsersSection::retranslateUi()
{
    setTitle(tr("Users"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Login"), tr("Role"), tr("Sign-in")});
    m_addButton->setText(tr("Add &user…"));
    m_roleCaption->setText(tr("Role:"));
    fillRoles(m_roleCombo);
    m_roleButton->setText(tr("Set &role"));
    m_passwordButton->setText(tr("Reset &password…"));
    m_lockCaption->setText(tr("Lock the desk after this many minutes without use:"));
    updateButtons();
}

AccountDialog::AccountDialog(Mode mode, std::shared_ptr<Database> store, const Account &administrator,
                             const Account &subject, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_store(std::move(store))
    , m_administrator(administrator)
    , m_subject(subject)
    , m_passwordEdit(passwordEdit(QStringLiteral("passwordEdit")))
    , m_repeatEdit(passwordEdit(QStringLiteral("repeatEdit")))
    , m_errorLabel(wrappingLabel(QStringLiteral("errorLabel")))
{
    setObjectName(QStringLiteral("accountDialog"));
    auto form = new QFormLayout;
    if (m_mode == Mode::Add) {
        setWindowTitle(tr("Add user"));
        m_nameEdit = new QLineEdit;
        m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
        m_nameEdit->setMaxLength(AccountStore::maximumNameLength);
        m_loginEdit = new QLineEdit;
        m_loginEdit->setObjectName(QStringLiteral("loginEdit"));
        m_loginEdit->setMaxLength(AccountStore::maximumLoginLength);
        m_roleCombo = new QComboBox;
        m_roleCombo->setObjectName(QStringLiteral("roleCombo"));
        fillRoles(m_roleCombo);
        form->addRow(tr("Full name:"), m_nameEdit);
        form->addRow(tr("Login:"), m_loginEdit);
        form->addRow(tr("Role:"), m_roleCombo);
    } else {
        setWindowTitle(tr("New password for %1").arg(m_subject.name));
    }
    form->addRow(tr("Password:"), m_passwordEdit);
    form->addRow(tr("Password again:"), m_repeatEdit);
    auto hint = wrappingLabel(QStringLiteral("hintLabel"));
    hint->setText(tr("At least %n characters. Tell the person the password in private.", nullptr,
                     PasswordHash::minimumLength));
    m_errorLabel->hide();
    DeskStyle::setTone(m_errorLabel, DeskStyle::Tone::Error);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
}

QString AccountDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void AccountDialog::submit()
{
    auto fail = [this](const Issue &issue) {
        m_errorLabel->setText(issue.message());
        m_errorLabel->show();
    };
    if (m_passwordEdit->text() != m_repeatEdit->text()) {
        fail(Issue::error(Field::AccountPassword, Rule::PasswordsDiffer));
        return;
    }
    AccountStore accounts(m_store);
    Status done;
    if (m_mode == Mode::Add) {
        Account account;
        account.name = m_nameEdit->text();
        account.login = m_loginEdit->text();
        account.role = roleOf(m_roleCombo);
        done = accounts.add(account, m_passwordEdit->text(), m_administrator, QDateTime::currentDateTime());
    } else {
        done = accounts.resetPassword(m_subject.login, m_passwordEdit->text(), m_administrator,
                                      QDateTime::currentDateTime());
    }
    if (!done) {
        fail(done.error());
        return;
    }
    accept();
}

AuditSection::AuditSection(std::shared_ptr<Database> store, const Account &viewer, QWidget *parent)
    : QGroupBox(parent)
    , m_store(std::move(store))
    , m_viewer(viewer)
    , m_clock(std::make_shared<SystemClock>())
    , m_fromCaption(new QLabel)
    , m_fromEdit(new QDateEdit)
    , m_toCaption(new QLabel)
    , m_toEdit(new QDateEdit)
    , m_showButton(new QPushButton)
    , m_languageCombo(new QComboBox)
    , m_printButton(new QPushButton)
    , m_pdfButton(new QPushButton)
    , m_resultLabel(wrappingLabel(QStringLiteral("auditResultLabel")))
    , m_table(makeTable(4, QStringLiteral("auditTable")))
{
    setObjectName(QStringLiteral("auditSection"));
    m_languageCombo->setObjectName(QStringLiteral("auditLanguageCombo"));
    m_printButton->setObjectName(QStringLiteral("auditPrintButton"));
    m_pdfButton->setObjectName(QStringLiteral("auditPdfButton"));
    RegisterExport::fillLanguageCombo(m_languageCombo);
    m_fromEdit->setObjectName(QStringLiteral("auditFromEdit"));
    m_toEdit->setObjectName(QStringLiteral("auditToEdit"));
    m_showButton->setObjectName(QStringLiteral("auditShowButton"));
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    }
    const QDate today = QDate::currentDate();
    m_fromEdit->setDate(today.addDays(-7));
    m_toEdit->setDate(today);
    m_table->setMinimumHeight(fontMetrics().height() * 8);
    m_table->hide();

    auto row = new QHBoxLayout;
    row->addWidget(m_fromCaption);
    row->addWidget(m_fromEdit);
    row->addWidget(m_toCaption);
    row->addWidget(m_toEdit);
    row->addWidget(m_showButton);
    row->addStretch(1);
    auto printRow = new QHBoxLayout;
    printRow->addWidget(m_languageCombo);
    printRow->addWidget(m_printButton);
    printRow->addWidget(m_pdfButton);
    printRow->addStretch(1);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_table);
    layout->addLayout(printRow);
    connect(m_showButton, &QPushButton::clicked, this, &AuditSection::showAudit);
    connect(m_printButton, &QPushButton::clicked, this, [this] { printAudit(false); });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { printAudit(true); });
    retranslateUi();
}

void AuditSection::setClock(std::shared_ptr<const Clock> clock)
{
    m_clock = std::move(clock);
}

void AuditSection::setPeriod(const QDate &from, const QDate &to)
{
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
}

void AuditSection::showAudit()
{
    const QDate from = m_fromEdit->date();
    const QDate to = m_toEdit->date();
    if (to < from) {
        showProblem(Issue::error(Field::PeriodEnd, Rule::PeriodEndBeforeStart).message());
        m_table->hide();
        return;
    }
    const Expected<QList<JournalEntry>> entries = AuditTrail::between(m_store, from, to);
    if (!entries) {
        showProblem(entries.error().message());
        m_table->hide();
        return;
    }
    DeskStyle::setErrorTone(m_resultLabel, false);
    m_table->setRowCount(int(entries->size()));
    for (int i = 0; i < entries->size(); ++i) {
        const JournalEntry &entry = entries->at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(entry.at.toString(QStringLiteral("dd.MM.yyyy HH:mm:ss"))));
        m_table->setItem(i, 1, new QTableWidgetItem(entry.actor));
        m_table->setItem(i, 2, new QTableWidgetItem(describe(entry)));
        m_table->setItem(i, 3, new QTableWidgetItem(entry.entityId));
    }
    m_table->resizeColumnsToContents();
    m_table->show();
    m_resultLabel->setText(tr("%n reads of personal data in the period.", nullptr, int(entries->size())));
}

QString AuditSection::describe(const JournalEntry &entry)
{
    if (entry.event != Events::documentPrinted())
        return tr("Opened an application's details");
    namespace Documents = AuditTrail::Documents;
    const QString document = entry.payload.value(QStringLiteral("document")).toString();
    if (document == Documents::application())
        return tr("Printed the application or saved it as PDF");
    if (document == Documents::receipt())
        return tr("Printed the receipt or saved it as PDF");
    if (document == Documents::contract())
        return tr("Printed the contract or saved it as PDF");
    if (document == Documents::refusal())
        return tr("Printed the refusal letter or saved it as PDF");
    if (document == Documents::explanation())
        return tr("Printed the queue server's answer \"why not yet?\" or saved it as PDF");
    if (document == Documents::register_(RegisterDocument::kindCode(RegisterKind::Contracts)))
        return tr("Printed the register of contracts or saved it as PDF");
    if (document == Documents::register_(RegisterDocument::kindCode(RegisterKind::Refusals)))
        return tr("Printed the register of refusals or saved it as PDF");
    if (document == Documents::register_(RegisterDocument::kindCode(RegisterKind::ServiceTimes)))
        return tr("Printed the register of service times or saved it as PDF");
    if (document == Documents::register_(RegisterDocument::kindCode(RegisterKind::Complaints)))
        return tr("Printed the register of complaints or saved it as PDF");
    if (document == Documents::audit())
        return tr("Printed the audit of reads or saved it as PDF");
    return tr("Printed: %1").arg(document);
}

void AuditSection::showProblem(const QString &text)
{
    DeskStyle::setErrorTone(m_resultLabel, true);
    m_resultLabel->setText(text);
}

void AuditSection::printAudit(bool pdf)
{
    const QDate from = m_fromEdit->date();
    const QDate to = m_toEdit->date();
    const KindergartenProfileStore profiles(m_store);
    const Expected<AuditDocumentData> audit = AuditDocument::build(from, to, m_store, profiles.load(), m_clock->now());
    if (!audit) {
        showProblem(audit.error().message());
        return;
    }
    const DocumentLanguage language = RegisterExport::chosenLanguage(m_languageCombo);
    const QString folder = profiles.templatesFolder();
    const std::unique_ptr<QTextDocument> document =
        AuditDocument::document(*audit, language, folder.isEmpty() ? QStringList() : QStringList{folder});
    const QString documentTitle = document->metaInformation(QTextDocument::DocumentTitle);
    const bool printed = pdf ? !DocumentPrinting::savePdf(this, *document, documentTitle,
                                                          AuditDocument::suggestedFileName(*audit, language))
                                    .isEmpty()
                             : DocumentPrinting::preview(this, *document, documentTitle);
    if (!printed)
        return;
    // DESIGN 9: the audit names the records read: its print is a read too.
    if (const Status audited = AuditTrail::recordPrinted(m_store, AuditTrail::Documents::audit(),
                                                         AuditTrail::periodId(from, to), AuditDocument::printed(*audit),
                                                         m_viewer.name, m_clock->now());
        !audited)
        showProblem(audited.error().message());
    else
        DeskStyle::setErrorTone(m_resultLabel, false);
}

void AuditSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void AuditSection::retranslateUi()
{
    setTitle(tr("Audit of reads"));
    m_fromCaption->setText(tr("From:"));
    m_toCaption->setText(tr("To:"));
    m_showButton->setText(tr("Sh&ow"));
    m_languageCombo->setToolTip(tr("The language of the printed audit"));
    m_printButton->setText(tr("Print the audit…"));
    m_pdfButton->setText(tr("Save the audit as PDF…"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Who"), tr("What"), tr("Record")});
}
