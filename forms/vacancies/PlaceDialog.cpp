#include "vacancies/PlaceDialog.h"

#include "common/DeskStyle.h"
#include "domain/DateText.h"
#include "domain/FieldLimits.h"
#include "store/KindergartenProfileStore.h"
#include "store/PlaceStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace {

bool hasDigits(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

QString PlaceDialog::issueText(const Issue &issue)
{
    // Said in the words of the form rather than "out of range".
    if (issue.field == Field::PlaceAgePeriod && issue.rule == Rule::OutOfRange)
        return tr("The first date of birth is after the last one.");
    if (issue.field == Field::PlaceTemporaryUntil && issue.rule == Rule::OutOfRange)
        return tr("The last day of the stay is before admission starts.");
    return issue.ruleMessage();
}

PlaceDialog::PlaceDialog(const DeskContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_placeId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setObjectName(QStringLiteral("placeDialog"));
    if (m_context.store)
        m_kindergartenId = KindergartenProfileStore(m_context.store).load().id;
    buildUi();
    m_startsOn->setText(DateText::date(m_context.clock->today()));

    for (const FieldRow &row : std::as_const(m_rows)) {
        const Field field = row.field;
        if (auto edit = qobject_cast<QLineEdit *>(row.input))
            connect(edit, &QLineEdit::textChanged, this, [this, field] { changed(field); });
        else if (auto combo = qobject_cast<QComboBox *>(row.input))
            connect(combo, &QComboBox::currentIndexChanged, this, [this, field] { changed(field); });
    }
    for (QLineEdit *edit : {m_birthFrom, m_birthTo})
        connect(edit, &QLineEdit::textChanged, this, [this] { changed(Field::PlaceAgePeriod); });
    connect(m_attendanceNote, &QLineEdit::textChanged, this, [this] { changed(Field::None); });
    connect(m_restricted, &QCheckBox::toggled, this, [this](bool on) {
        m_attendanceNote->setEnabled(on);
        changed(Field::None);
    });
    connect(m_admissionMode, &QComboBox::currentIndexChanged, this, &PlaceDialog::admissionModeChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PlaceDialog::publish);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    admissionModeChanged();
    validateNow();
}

PlaceDialog::~PlaceDialog() = default;

void PlaceDialog::buildUi()
{
    auto form = new QWidget;
    m_grid = new QGridLayout(form);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    m_grid->setVerticalSpacing(4);

    m_group = new QLineEdit;
    m_rows.append(FieldRow::add(m_grid, Field::PlaceGroup, m_group, QStringLiteral("groupEdit")));

    // RULES 2.3: the age period as a birth-date range, both days included.
    m_period = new QWidget;
    m_birthFrom = DeskStyle::makeDateEdit();
    m_birthFrom->setObjectName(QStringLiteral("birthFromEdit"));
    m_birthTo = DeskStyle::makeDateEdit();
    m_birthTo->setObjectName(QStringLiteral("birthToEdit"));
    m_periodDash = new QLabel(QStringLiteral("–"));
    auto periodLayout = new QHBoxLayout(m_period);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    periodLayout->addWidget(m_birthFrom);
    periodLayout->addWidget(m_periodDash);
    periodLayout->addWidget(m_birthTo);
    periodLayout->addStretch(1);
    m_period->setFocusProxy(m_birthFrom);
    m_rows.append(FieldRow::add(m_grid, Field::PlaceAgePeriod, m_period, QStringLiteral("agePeriod"), m_birthFrom));

    m_language = new QComboBox;
    for (TeachingLanguage language : {TeachingLanguage::Kazakh, TeachingLanguage::Russian, TeachingLanguage::Other})
        m_language->addItem(QString(), int(language));
    m_rows.append(FieldRow::add(m_grid, Field::PlaceLanguage, m_language, QStringLiteral("languageCombo")));
    m_groupType = new QComboBox;
    for (GroupType type : {GroupType::General, GroupType::Special})
        m_groupType->addItem(QString(), int(type));
    m_rows.append(FieldRow::add(m_grid, Field::None, m_groupType, QStringLiteral("groupTypeCombo")));
    m_workingMode = new QComboBox;
    for (WorkingMode mode : {WorkingMode::FullDay, WorkingMode::HalfDay, WorkingMode::RoundTheClock})
        m_workingMode->addItem(QString(), int(mode));
    m_rows.append(FieldRow::add(m_grid, Field::None, m_workingMode, QStringLiteral("workingModeCombo")));
    m_admissionMode = new QComboBox;
    for (AdmissionMode mode : {AdmissionMode::General, AdmissionMode::EarlyBooking, AdmissionMode::TemporaryStay})
        m_admissionMode->addItem(QString(), int(mode));
    m_rows.append(FieldRow::add(m_grid, Field::None, m_admissionMode, QStringLiteral("admissionModeCombo")));
    m_temporaryUntil = DeskStyle::makeDateEdit();
    m_rows.append(FieldRow::add(m_grid, Field::PlaceTemporaryUntil, m_temporaryUntil,
                                QStringLiteral("temporaryUntilEdit")));
    m_freedOn = DeskStyle::makeDateEdit();
    m_rows.append(FieldRow::add(m_grid, Field::PlaceFreedOn, m_freedOn, QStringLiteral("freedOnEdit")));

    m_restricted = new QCheckBox;
    m_restricted->setObjectName(QStringLiteral("restrictedCheck"));
    m_grid->addWidget(m_restricted, m_grid->rowCount(), 1);
    m_attendanceNote = new QLineEdit;
    m_attendanceNote->setEnabled(false);
    // Places::validate holds the note to the group's limit (FieldLimits): the line takes no more.
    if (FieldLimits::maxLength(Field::PlaceGroup) > 0)
        m_attendanceNote->setMaxLength(FieldLimits::maxLength(Field::PlaceGroup));
    m_rows.append(FieldRow::add(m_grid, Field::None, m_attendanceNote, QStringLiteral("attendanceNoteEdit")));

    m_startsOn = DeskStyle::makeDateEdit();
    m_rows.append(FieldRow::add(m_grid, Field::PlaceStartsOn, m_startsOn, QStringLiteral("startsOnEdit")));

    m_failureLabel = new QLabel;
    m_failureLabel->setObjectName(QStringLiteral("failureLabel"));
    m_failureLabel->setWordWrap(true);
    m_failureLabel->setTextFormat(Qt::PlainText);
    DeskStyle::setTone(m_failureLabel, DeskStyle::Tone::Error);
    m_failureLabel->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("publishPlaceButton"));

    auto layout = new QVBoxLayout(this);
    layout->addWidget(form);
    layout->addStretch();
    layout->addWidget(m_failureLabel);
    layout->addWidget(m_buttons);
    // Captions on one line: the longest ("Last day of the temporary stay") must not be cut.
    for (const FieldRow &row : std::as_const(m_rows))
        row.caption->setWordWrap(false);
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
}

void PlaceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PlaceDialog::retranslateUi()
{
    setWindowTitle(tr("Publish a free place"));
    const QList<std::pair<QWidget *, QString>> captions = {
        {m_group, tr("&Group")},
        {m_period, tr("Children &born")},
        {m_language, tr("&Language")},
        {m_groupType, tr("Group &type")},
        {m_workingMode, tr("&Working mode")},
        {m_admissionMode, tr("&Admission mode")},
        {m_temporaryUntil, tr("Temporary stay &until")},
        {m_freedOn, tr("Actually &freed on")},
        {m_attendanceNote, tr("Which &days")},
        {m_startsOn, tr("Admission &starts on")},
    };
    for (const FieldRow &row : std::as_const(m_rows))
        for (const auto &[input, caption] : captions)
            if (input == row.input)
                row.caption->setText(caption);
    for (QLineEdit *date : {m_birthFrom, m_birthTo, m_temporaryUntil, m_freedOn, m_startsOn})
        date->setToolTip(tr("Day, month and year: DD.MM.YYYY"));
    m_birthFrom->setAccessibleName(tr("Born from"));
    m_birthTo->setAccessibleName(tr("Born until"));
    m_group->setPlaceholderText(tr("e.g. Middle group «Balapan»"));
    m_freedOn->setPlaceholderText(tr("Empty until the place is actually free"));
    m_restricted->setText(tr("The days of attending are &restricted"));
    m_attendanceNote->setPlaceholderText(tr("e.g. Monday to Wednesday"));
    m_language->setItemText(0, tr("Kazakh"));
    m_language->setItemText(1, tr("Russian"));
    m_language->setItemText(2, tr("Other language"));
    for (int i = 0; i < m_groupType->count(); ++i)
        m_groupType->setItemText(i, Directions::groupTypeLabel(GroupType(m_groupType->itemData(i).toInt())));
    for (int i = 0; i < m_workingMode->count(); ++i)
        m_workingMode->setItemText(i, Directions::workingModeLabel(WorkingMode(m_workingMode->itemData(i).toInt())));
    for (int i = 0; i < m_admissionMode->count(); ++i)
        m_admissionMode->setItemText(
            i, Directions::admissionModeLabel(AdmissionMode(m_admissionMode->itemData(i).toInt())));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Publish"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    showIssues();
}

Place PlaceDialog::place() const
{
    Place p;
    p.id = m_placeId;
    p.kindergartenId = m_kindergartenId;
    p.groupName = m_group->text().trimmed();
    p.birthFrom = DeskStyle::dateFrom(m_birthFrom);
    p.birthTo = DeskStyle::dateFrom(m_birthTo);
    p.language = TeachingLanguage(m_language->currentData().toInt());
    p.groupType = GroupType(m_groupType->currentData().toInt());
    p.workingMode = WorkingMode(m_workingMode->currentData().toInt());
    p.admissionMode = AdmissionMode(m_admissionMode->currentData().toInt());
    // What a hidden field holds is not part of the place (RULES 2.6, 2.14).
    if (p.admissionMode == AdmissionMode::TemporaryStay)
        p.temporaryUntil = DeskStyle::dateFrom(m_temporaryUntil);
    if (p.admissionMode == AdmissionMode::EarlyBooking)
        p.freedOn = DeskStyle::dateFrom(m_freedOn);
    p.attendanceRestricted = m_restricted->isChecked();
    p.attendanceNote = p.attendanceRestricted ? m_attendanceNote->text().trimmed() : QString();
    p.admissionStartsOn = DeskStyle::dateFrom(m_startsOn);
    return p;
}

Issues PlaceDialog::currentIssues() const
{
    const Place p = place();
    Issues issues = Places::validate(p);
    if (p.freedOn.isValid() && p.freedOn > m_context.clock->today())
        issues.append(Issue::error(Field::PlaceFreedOn, Rule::DateInFuture));
    // A date typed only in part is not a date: say so instead of "must be filled in".
    const std::pair<QLineEdit *, Field> dates[] = {{m_birthFrom, Field::PlaceAgePeriod},
                                                   {m_birthTo, Field::PlaceAgePeriod},
                                                   {m_temporaryUntil, Field::PlaceTemporaryUntil},
                                                   {m_freedOn, Field::PlaceFreedOn},
                                                   {m_startsOn, Field::PlaceStartsOn}};
    for (const auto &[edit, field] : dates) {
        if (!edit->isVisibleTo(this) || !hasDigits(edit->text()) || DeskStyle::dateFrom(edit).isValid())
            continue;
        issues.removeIf([field = field](const Issue &issue) { return issue.field == field; });
        issues.append(Issue::error(field, Rule::DateNotDayMonthYear));
    }
    return issues;
}

void PlaceDialog::changed(Field field)
{
    m_touched.insert(int(field));
    m_failureLabel->hide();
    validateNow();
}

void PlaceDialog::admissionModeChanged()
{
    const auto mode = AdmissionMode(m_admissionMode->currentData().toInt());
    for (const FieldRow &row : std::as_const(m_rows)) {
        bool shown = true;
        if (row.input == m_temporaryUntil)
            shown = mode == AdmissionMode::TemporaryStay; // RULES 2.14
        else if (row.input == m_freedOn)
            shown = mode == AdmissionMode::EarlyBooking; // RULES 2.6
        else
            continue;
        row.caption->setVisible(shown);
        row.input->setVisible(shown);
        if (!shown)
            row.issue->hide();
    }
    validateNow();
}

void PlaceDialog::validateNow()
{
    m_issues = currentIssues();
    showIssues();
}

void PlaceDialog::showIssues()
{
    for (const FieldRow &row : std::as_const(m_rows)) {
        QStringList lines;
        if (row.field != Field::None && row.input->isVisibleTo(this)) {
            for (const Issue &issue : std::as_const(m_issues))
                if (issue.field == row.field && (m_showAllIssues || m_touched.contains(int(issue.field))))
                    lines.append(issueText(issue));
        }
        row.showMessages(lines);
    }
}

bool PlaceDialog::publish()
{
    m_showAllIssues = true;
    validateNow();
    if (hasErrors(m_issues)) {
        for (const Issue &issue : std::as_const(m_issues)) {
            const auto row = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                          [&issue](const FieldRow &r) { return r.field == issue.field; });
            if (issue.isError() && row != m_rows.cend()) {
                row->input->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        // What has no field of its own here (this kindergarten's code) is said under the form.
        for (const Issue &issue : std::as_const(m_issues)) {
            if (issue.field == Field::PlaceKindergarten) {
                m_failureLabel->setText(tr("This kindergarten's code is not set: enter it in Settings first."));
                m_failureLabel->show();
            }
        }
        return false;
    }
    if (!m_context.store) {
        m_failureLabel->setText(tr("No local store is open."));
        m_failureLabel->show();
        return false;
    }
    const Place typed = place();
    const Status published = PlaceStore(m_context.store).publish(typed, m_context.clerk, m_context.clock->now());
    if (!published) {
        m_failureLabel->setText(tr("Not published: %1").arg(published.error().message()));
        m_failureLabel->show();
        return false;
    }
    m_published = typed;
    accept();
    return true;
}
