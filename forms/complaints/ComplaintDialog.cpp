#include "complaints/ComplaintDialog.h"

#include "common/DeskStyle.h"
#include "domain/DateText.h"
#include "domain/WorkCalendar.h"
#include "settings/RuleSettings.h"
#include "store/ComplaintStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

bool hasDigits(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

ComplaintDialog::ComplaintDialog(const DeskContext &context, QWidget *parent)
    : ComplaintDialog(context, Complaint{}, parent)
{
}

ComplaintDialog::ComplaintDialog(const DeskContext &context, const Complaint &complaint, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_original(complaint)
{
    setObjectName(QStringLiteral("complaintDialog"));
    buildUi();

    if (isNew()) {
        m_receivedOn->setText(DateText::date(m_context.clock->today()));
    } else {
        m_receivedOn->setText(DateText::date(complaint.receivedOn));
        m_addressee->setCurrentIndex(m_addressee->findData(int(complaint.addressee)));
        m_complainant->setText(complaint.complainant);
        m_subject->setPlainText(complaint.subject);
        m_directionNumber->setText(complaint.directionNumber);
        m_applicationId->setText(complaint.applicationId);
        m_status->setCurrentIndex(m_status->findData(int(complaint.status)));
        m_answeredOn->setText(DateText::date(complaint.answeredOn));
        m_answer->setPlainText(complaint.answer);
        // What was registered is the register's record: only the outcome is edited.
        for (QLineEdit *edit : {m_receivedOn, m_complainant, m_directionNumber, m_applicationId})
            edit->setReadOnly(true);
        m_subject->setReadOnly(true);
        m_addressee->setEnabled(false);
    }

    for (const Row &row : std::as_const(m_rows)) {
        const Field field = row.field;
        if (auto edit = qobject_cast<QLineEdit *>(row.input))
            connect(edit, &QLineEdit::textChanged, this, [this, field] { changed(field); });
        else if (auto text = qobject_cast<QPlainTextEdit *>(row.input))
            connect(text, &QPlainTextEdit::textChanged, this, [this, field] { changed(field); });
        else if (auto combo = qobject_cast<QComboBox *>(row.input))
            connect(combo, &QComboBox::currentIndexChanged, this, [this, field] { changed(field); });
    }
    connect(m_status, &QComboBox::activated, this, &ComplaintDialog::statusChosen);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ComplaintDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    validateNow();
}

ComplaintDialog::~ComplaintDialog() = default;

void ComplaintDialog::addRow(Field field, QWidget *input, const QString &objectName)
{
    m_rows.append(FieldRow::add(m_grid, field, input, objectName));
}

void ComplaintDialog::buildUi()
{
    m_numberLabel = new QLabel;
    m_numberLabel->setObjectName(QStringLiteral("complaintNumberLabel"));
    QFont bold = m_numberLabel->font();
    bold.setBold(true);
    m_numberLabel->setFont(bold);
    m_numberLabel->setVisible(!isNew());

    auto form = new QWidget;
    m_grid = new QGridLayout(form);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    m_grid->setVerticalSpacing(4);

    m_receivedOn = DeskStyle::makeDateEdit();
    addRow(Field::ComplaintReceivedOn, m_receivedOn, QStringLiteral("receivedOnEdit"));
    m_addressee = new QComboBox;
    for (ComplaintAddressee addressee : {ComplaintAddressee::Head, ComplaintAddressee::AuthorisedBody})
        m_addressee->addItem(QString(), int(addressee));
    addRow(Field::ComplaintAddressee, m_addressee, QStringLiteral("addresseeCombo"));
    m_complainant = new QLineEdit;
    addRow(Field::ComplaintComplainant, m_complainant, QStringLiteral("complainantEdit"));
    const int lines3 = m_complainant->fontMetrics().lineSpacing() * 3 + 12;
    m_subject = new QPlainTextEdit;
    m_subject->setTabChangesFocus(true);
    m_subject->setFixedHeight(lines3);
    addRow(Field::ComplaintSubject, m_subject, QStringLiteral("subjectEdit"));
    m_directionNumber = new QLineEdit;
    addRow(Field::DirectionNumber, m_directionNumber, QStringLiteral("directionNumberEdit"));
    m_applicationId = new QLineEdit;
    addRow(Field::None, m_applicationId, QStringLiteral("applicationIdEdit"));

    // RULES 7: the deadline follows from the date and the addressee.
    m_deadlineLabel = new QLabel;
    m_deadlineLabel->setObjectName(QStringLiteral("deadlineLabel"));
    m_deadlineLabel->setWordWrap(true);
    m_deadlineLabel->setFont(bold);
    m_grid->addWidget(m_deadlineLabel, m_grid->rowCount(), 1);

    m_status = new QComboBox;
    for (ComplaintStatus status : {ComplaintStatus::Registered, ComplaintStatus::InReview,
                                   ComplaintStatus::Answered, ComplaintStatus::Refused})
        m_status->addItem(QString(), int(status));
    addRow(Field::ComplaintStatus, m_status, QStringLiteral("statusCombo"));
    m_answeredOn = DeskStyle::makeDateEdit();
    addRow(Field::ComplaintAnswerDate, m_answeredOn, QStringLiteral("answeredOnEdit"));
    m_answer = new QPlainTextEdit;
    m_answer->setTabChangesFocus(true);
    m_answer->setFixedHeight(lines3);
    addRow(Field::None, m_answer, QStringLiteral("answerEdit"));

    m_failureLabel = new QLabel;
    m_failureLabel->setObjectName(QStringLiteral("failureLabel"));
    m_failureLabel->setWordWrap(true);
    DeskStyle::setTone(m_failureLabel, DeskStyle::Tone::Error);
    m_failureLabel->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveComplaintButton"));

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_numberLabel);
    layout->addWidget(form);
    layout->addStretch();
    layout->addWidget(m_failureLabel);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

void ComplaintDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ComplaintDialog::retranslateUi()
{
    setWindowTitle(isNew() ? tr("Register a complaint") : tr("Complaint %1").arg(m_original.number));
    m_numberLabel->setText(tr("Complaint No. %1").arg(m_original.number));
    const QList<std::pair<QWidget *, QString>> captions = {
        {m_receivedOn, tr("Re&ceived on")},
        {m_addressee, tr("&Addressed to")},
        {m_complainant, tr("&From")},
        {m_subject, tr("Su&bject")},
        {m_directionNumber, tr("&Direction No.")},
        {m_applicationId, tr("A&pplication")},
        {m_status, tr("S&tatus")},
        {m_answeredOn, tr("Answered o&n")},
        {m_answer, tr("Ans&wer")},
    };
    for (const Row &row : std::as_const(m_rows))
        for (const auto &[input, caption] : captions)
            if (input == row.input)
                row.caption->setText(caption);
    for (QLineEdit *date : {m_receivedOn, m_answeredOn})
        date->setToolTip(tr("Day, month and year: DD.MM.YYYY"));
    m_complainant->setPlaceholderText(tr("Name and how to reach them"));
    m_directionNumber->setPlaceholderText(tr("When the complaint is about a direction"));
    m_applicationId->setPlaceholderText(tr("When the complaint is about an application"));
    m_answer->setPlaceholderText(tr("What was decided, in short"));
    for (int i = 0; i < m_addressee->count(); ++i)
        m_addressee->setItemText(i, Complaints::addresseeLabel(ComplaintAddressee(m_addressee->itemData(i).toInt())));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, Complaints::statusLabel(ComplaintStatus(m_status->itemData(i).toInt())));
    m_buttons->button(QDialogButtonBox::Save)->setText(isNew() ? tr("&Register") : tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    showDeadline();
    showIssues();
}

Complaint ComplaintDialog::complaint() const
{
    Complaint c = m_original;
    c.receivedOn = DeskStyle::dateFrom(m_receivedOn);
    c.addressee = ComplaintAddressee(m_addressee->currentData().toInt());
    c.complainant = m_complainant->text().trimmed();
    c.subject = m_subject->toPlainText().trimmed();
    c.directionNumber = m_directionNumber->text().trimmed();
    c.applicationId = m_applicationId->text().trimmed();
    c.status = ComplaintStatus(m_status->currentData().toInt());
    c.answeredOn = DeskStyle::dateFrom(m_answeredOn);
    c.answer = m_answer->toPlainText().trimmed();
    return c;
}

Issues ComplaintDialog::currentIssues() const
{
    Issues issues = Complaints::validate(complaint(), m_context.clock->today());
    // A date typed only in part is not a date: say so instead of "must be filled in".
    for (const auto &[edit, field] : {std::pair<QLineEdit *, Field>{m_receivedOn, Field::ComplaintReceivedOn},
                                      {m_answeredOn, Field::ComplaintAnswerDate}}) {
        if (!hasDigits(edit->text()) || DeskStyle::dateFrom(edit).isValid())
            continue;
        issues.removeIf([field = field](const Issue &issue) { return issue.field == field; });
        issues.append(Issue::error(field, Rule::DateNotDayMonthYear));
    }
    return issues;
}

QDate ComplaintDialog::deadline() const
{
    const Complaint c = complaint();
    if (!c.receivedOn.isValid())
        return {};
    const Expected<QDate> due = Complaints::deadline(c, *m_context.calendar, m_context.ruleSettings());
    return due ? *due : QDate();
}

void ComplaintDialog::changed(Field field)
{
    m_touched.insert(int(field));
    m_failureLabel->hide();
    validateNow();
}

void ComplaintDialog::statusChosen()
{
    // An answer or a refusal is given on a day: today unless the clerk says otherwise.
    const auto status = ComplaintStatus(m_status->currentData().toInt());
    const bool closed = status == ComplaintStatus::Answered || status == ComplaintStatus::Refused;
    if (closed && !hasDigits(m_answeredOn->text()))
        m_answeredOn->setText(DateText::date(m_context.clock->today()));
}

void ComplaintDialog::validateNow()
{
    m_issues = currentIssues();
    showDeadline();
    showIssues();
}

void ComplaintDialog::showDeadline()
{
    const Complaint c = complaint();
    if (!c.receivedOn.isValid()) {
        m_deadlineLabel->setText(tr("The answer deadline follows from the date received."));
        m_deadlineLabel->setStyleSheet(QString());
        return;
    }
    const Expected<QDate> due = Complaints::deadline(c, *m_context.calendar, m_context.ruleSettings());
    if (!due) {
        m_deadlineLabel->setText(tr("The deadline cannot be worked out: %1").arg(due.error().message()));
        DeskStyle::setTone(m_deadlineLabel, DeskStyle::Tone::Error);
        return;
    }
    const RuleSettings settings = m_context.ruleSettings();
    const int days = c.addressee == ComplaintAddressee::Head ? settings.complaintHeadWorkingDays
                                                             : settings.complaintAuthorityWorkingDays;
    QString text = tr("Answer due by %1 (%n working day(s) after receipt)", nullptr, days)
                       .arg(DateText::date(*due));
    const Expected<bool> overdue =
        Complaints::isOverdue(c, m_context.clock->today(), *m_context.calendar, settings);
    const bool late = overdue && *overdue;
    if (late)
        text += u'\n' + (c.isClosed() ? tr("Answered after the deadline.") : tr("Overdue."));
    m_deadlineLabel->setText(text);
    DeskStyle::setErrorTone(m_deadlineLabel, late);
}

void ComplaintDialog::showIssues()
{
    for (const Row &row : std::as_const(m_rows)) {
        QStringList lines;
        if (row.field != Field::None) {
            for (const Issue &issue : std::as_const(m_issues))
                if (issue.field == row.field && (m_showAllIssues || m_touched.contains(int(issue.field))))
                    lines.append(issue.ruleMessage());
        }
        row.showMessages(lines);
    }
}

bool ComplaintDialog::save()
{
    m_showAllIssues = true;
    validateNow();
    if (hasErrors(m_issues)) {
        for (const Issue &issue : std::as_const(m_issues)) {
            const auto row = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                          [&issue](const Row &r) { return r.field == issue.field; });
            if (issue.isError() && row != m_rows.cend()) {
                row->input->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return false;
    }
    if (!m_context.store) {
        m_failureLabel->setText(tr("No local store is open."));
        m_failureLabel->show();
        return false;
    }
    ComplaintStore store(m_context.store);
    const Complaint typed = complaint();
    if (isNew()) {
        const Expected<Complaint> registered = store.registerComplaint(typed, m_context.clerk, m_context.clock->now());
        if (!registered) {
            m_failureLabel->setText(tr("Not registered: %1").arg(registered.error().message()));
            m_failureLabel->show();
            return false;
        }
        m_saved = *registered;
    } else {
        const Status updated = store.update(typed, m_context.clerk, m_context.clock->now());
        if (!updated) {
            m_failureLabel->setText(tr("Not saved: %1").arg(updated.error().message()));
            m_failureLabel->show();
            return false;
        }
        m_saved = typed;
    }
    accept();
    return true;
}
