#include "enrollment/ChecklistPanel.h"

#include "common/DeskStyle.h"
#include "domain/DateText.h"
#include "settings/RuleSettings.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace {

} // namespace

ChecklistPanel::ChecklistPanel(const DeskContext &context, QWidget *parent)
    : QGroupBox(parent)
    , m_context(context)
    , m_deferralCheck(new QCheckBox)
    , m_certificateDateLabel(new QLabel)
    , m_certificateDateEdit(DeskStyle::makeDateEdit(this))
    , m_contractDateLabel(new QLabel)
    , m_contractDateEdit(DeskStyle::makeDateEdit(this))
    , m_childIinLabel(new QLabel)
    , m_childIinEdit(new QLineEdit)
    , m_noteLabel(new QLabel)
    , m_noteEdit(new QLineEdit)
    , m_findingsTitle(new QLabel)
    , m_findingsLabel(new QLabel)
{
    setObjectName(QStringLiteral("checklistPanel"));
    auto grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(fontMetrics().averageCharWidth() * 2);
    for (ChecklistItem item : Checklists::allItems()) {
        ItemRow row;
        row.item = item;
        row.check = new QCheckBox;
        row.check->setObjectName(QStringLiteral("item%1Check").arg(int(item)));
        row.name = new QLabel;
        row.name->setObjectName(QStringLiteral("item%1Name").arg(int(item)));
        row.name->setWordWrap(true);
        row.name->setTextFormat(Qt::PlainText);
        row.name->installEventFilter(this);
        row.form = new QLabel;
        row.form->setObjectName(QStringLiteral("item%1Form").arg(int(item)));
        row.form->setForegroundRole(QPalette::PlaceholderText);
        row.form->setWordWrap(true);
        row.state = new QLabel;
        row.state->setObjectName(QStringLiteral("item%1State").arg(int(item)));
        // The labels' first line level with the check box's text.
        const int offset = qMax(0, (row.check->sizeHint().height() - row.name->fontMetrics().height()) / 2);
        for (QLabel *label : {row.name, row.form, row.state})
            label->setContentsMargins(0, offset, 0, 0);
        const int line = grid->rowCount();
        grid->addWidget(row.check, line, 0, Qt::AlignTop);
        grid->addWidget(row.name, line, 1, Qt::AlignTop);
        grid->addWidget(row.form, line, 2, Qt::AlignTop);
        grid->addWidget(row.state, line, 3, Qt::AlignTop);
        connect(row.check, &QCheckBox::toggled, this, &ChecklistPanel::changed);
        m_items.append(row);
    }

    m_deferralCheck->setObjectName(QStringLiteral("emergencyDeferralCheck"));
    m_certificateDateEdit->setObjectName(QStringLiteral("healthCertificateDateEdit"));
    m_contractDateEdit->setObjectName(QStringLiteral("contractDateEdit"));
    m_childIinEdit->setObjectName(QStringLiteral("presentedChildIinEdit"));
    m_noteEdit->setObjectName(QStringLiteral("checklistNoteEdit"));
    m_findingsLabel->setObjectName(QStringLiteral("findingsLabel"));
    m_childIinEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}")), this));
    m_childIinEdit->setMaximumWidth(m_childIinEdit->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000")) * 3 / 2);
    m_certificateDateLabel->setBuddy(m_certificateDateEdit);
    m_contractDateLabel->setBuddy(m_contractDateEdit);
    m_childIinLabel->setBuddy(m_childIinEdit);
    m_noteLabel->setBuddy(m_noteEdit);

    auto dates = new QGridLayout;
    dates->setColumnStretch(1, 1);
    dates->addWidget(m_certificateDateLabel, 0, 0);
    dates->addWidget(m_certificateDateEdit, 0, 1, Qt::AlignLeft);
    dates->addWidget(m_contractDateLabel, 1, 0);
    dates->addWidget(m_contractDateEdit, 1, 1, Qt::AlignLeft);
    dates->addWidget(m_childIinLabel, 2, 0);
    dates->addWidget(m_childIinEdit, 2, 1, Qt::AlignLeft);
    dates->addWidget(m_noteLabel, 3, 0);
    dates->addWidget(m_noteEdit, 3, 1);

    m_findingsTitle->setObjectName(QStringLiteral("findingsTitle"));
    QFont bold = m_findingsTitle->font();
    bold.setBold(true);
    m_findingsTitle->setFont(bold);
    m_findingsLabel->setTextFormat(Qt::PlainText);
    m_findingsLabel->setWordWrap(true);
    m_findingsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findingsLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_findingsLabel->setMinimumHeight(fontMetrics().lineSpacing() * 3);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_deferralCheck);
    layout->addLayout(dates);
    layout->addWidget(m_findingsTitle);
    layout->addWidget(m_findingsLabel);
    layout->addStretch(1);

    connect(m_deferralCheck, &QCheckBox::toggled, this, &ChecklistPanel::changed);
    for (QLineEdit *edit : {m_certificateDateEdit, m_contractDateEdit, m_childIinEdit, m_noteEdit})
        connect(edit, &QLineEdit::textChanged, this, &ChecklistPanel::changed);

    // Keyboard order: the items in the order of the rules, then what they are checked against.
    QWidget *previous = nullptr;
    for (const ItemRow &row : std::as_const(m_items)) {
        if (previous)
            setTabOrder(previous, row.check);
        previous = row.check;
    }
    for (QWidget *next : std::initializer_list<QWidget *>{m_deferralCheck, m_certificateDateEdit, m_contractDateEdit,
                                                          m_childIinEdit, m_noteEdit}) {
        setTabOrder(previous, next);
        previous = next;
    }

    setEditable(false);
    retranslateUi();
}

void ChecklistPanel::setService(const Direction &direction, const QString &kindergartenId,
                                const Checklist &checklist, const QDate &contractDate)
{
    m_loading = true;
    m_direction = direction;
    m_kindergartenId = kindergartenId;
    m_channel = checklist.channel;
    for (const ItemRow &row : std::as_const(m_items))
        row.check->setChecked(checklist.isPresented(row.item));
    m_deferralCheck->setChecked(checklist.emergencyDeferral);
    m_certificateDateEdit->setText(checklist.healthCertificateIssuedOn.isValid()
                                       ? DateText::date(checklist.healthCertificateIssuedOn)
                                       : QString());
    m_contractDateEdit->setText(DateText::date(contractDate));
    m_childIinEdit->clear();
    m_noteEdit->setText(checklist.note);
    m_loading = false;
    reevaluate();
    retranslateUi();
}

void ChecklistPanel::setChannel(ServiceChannel channel)
{
    if (channel == m_channel)
        return;
    m_channel = channel;
    retranslateUi();
    changed();
}

void ChecklistPanel::setEditable(bool editable)
{
    m_editable = editable;
    showItemStates();
    showFindings();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_deferralCheck, m_certificateDateEdit, m_contractDateEdit,
                                                            m_childIinEdit, m_noteEdit})
        widget->setEnabled(editable);
}

Checklist ChecklistPanel::checklist() const
{
    Checklist c;
    c.channel = m_channel;
    for (const ItemRow &row : m_items)
        if (row.check->isChecked())
            c.presented.insert(row.item);
    c.emergencyDeferral = m_deferralCheck->isChecked();
    c.healthCertificateIssuedOn = DeskStyle::dateFrom(m_certificateDateEdit);
    c.note = m_noteEdit->text().trimmed();
    return c;
}

QDate ChecklistPanel::contractDate() const
{
    return DeskStyle::dateFrom(m_contractDateEdit);
}

QString ChecklistPanel::presentedChildIin() const
{
    // A part of an IIN compares with nothing; only the twelve digits are checked (9.2).
    const QString iin = m_childIinEdit->text().trimmed();
    return iin.size() == 12 ? iin : QString();
}

bool ChecklistPanel::isComplete() const
{
    return m_evaluation && m_evaluation->isComplete() && contractDate().isValid();
}

QCheckBox *ChecklistPanel::itemCheck(ChecklistItem item) const
{
    for (const ItemRow &row : m_items)
        if (row.item == item)
            return row.check;
    return nullptr;
}

void ChecklistPanel::changed()
{
    if (m_loading)
        return;
    reevaluate();
    emit checklistChanged();
}

void ChecklistPanel::reevaluate()
{
    const QDate date = contractDate();
    if (!date.isValid()) {
        m_evaluation = Issue::error(Field::ContractDate, Rule::DateNotDayMonthYear);
    } else {
        m_evaluation = Checklists::evaluate(checklist(), m_direction, m_kindergartenId, presentedChildIin(), date,
                                            *m_context.calendar, m_context.ruleSettings());
    }
    showItemStates();
    showFindings();
}

void ChecklistPanel::showItemStates()
{
    const QList<ChecklistItem> required = Checklists::requiredItems(m_direction);
    const bool deferral = m_deferralCheck->isChecked();
    for (const ItemRow &row : std::as_const(m_items)) {
        const bool isRequired = required.contains(row.item);
        // RULES 6.2: item 6 only for a child with special educational needs.
        row.check->setEnabled(m_editable && isRequired);
        QString state;
        DeskStyle::Tone tone = DeskStyle::Tone::Plain;
        if (!isRequired) {
            state = tr("not required");
        } else if (row.check->isChecked()) {
            state = tr("received");
            tone = DeskStyle::Tone::Ok;
        } else if (deferral && Checklists::deferrable(row.item)) {
            // RULES 6.2, last paragraph: owed after the restrictions end, listed on the contract.
            state = tr("deferred: brought later");
        } else {
            state = tr("missing");
            tone = DeskStyle::Tone::Error;
        }
        row.state->setText(state);
        DeskStyle::setTone(row.state, tone);
        row.state->setProperty("state", isRequired ? (row.check->isChecked() ? QStringLiteral("received")
                                                      : (deferral && Checklists::deferrable(row.item))
                                                          ? QStringLiteral("deferred")
                                                          : QStringLiteral("missing"))
                                                   : QStringLiteral("not_required"));
    }
    m_certificateDateEdit->setEnabled(m_editable && itemCheck(ChecklistItem::HealthCertificate)->isChecked());
}

void ChecklistPanel::showFindings()
{
    if (!m_evaluation) {
        m_findingsTitle->setText(tr("Cannot be checked"));
        m_findingsLabel->setText(m_evaluation.error().message());
        DeskStyle::setTone(m_findingsLabel, DeskStyle::Tone::Error);
        return;
    }
    const ChecklistEvaluation &evaluation = *m_evaluation;
    QStringList lines;
    for (const ChecklistFinding &finding : evaluation.findings)
        lines.append(finding.message());
    if (!evaluation.deferred.isEmpty()) {
        QStringList numbers;
        for (ChecklistItem item : evaluation.deferred)
            numbers.append(QString::number(int(item)));
        lines.append(tr("Owed later under the emergency deferral (listed on the contract): %1")
                         .arg(numbers.join(QStringLiteral(", "))));
    }
    if (evaluation.isComplete()) {
        m_findingsTitle->setText(m_editable ? tr("The documents are in order: the contract can be signed.")
                                            : tr("The documents are in order."));
        DeskStyle::setTone(m_findingsTitle, DeskStyle::Tone::Ok);
        m_findingsLabel->setStyleSheet(QString());
    } else {
        QStringList grounds;
        for (RefusalGround ground : evaluation.grounds())
            grounds.append(RefusalGrounds::code(ground));
        m_findingsTitle->setText(tr("In the way of a contract (refusal ground %1):").arg(grounds.join(QStringLiteral(", "))));
        DeskStyle::setTone(m_findingsTitle, DeskStyle::Tone::Error);
        DeskStyle::setTone(m_findingsLabel, DeskStyle::Tone::Error);
    }
    m_findingsLabel->setText(lines.join(u'\n'));
}

bool ChecklistPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        for (const ItemRow &row : std::as_const(m_items)) {
            if (row.name == watched && row.check->isEnabled()) {
                row.check->click();
                return true;
            }
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

void ChecklistPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void ChecklistPanel::retranslateUi()
{
    setTitle(tr("Documents — %1").arg(Checklists::channelLabel(m_channel)));
    for (const ItemRow &row : std::as_const(m_items)) {
        // Mnemonics 1-6: Alt and the item's number ticks it.
        row.check->setText(QStringLiteral("&%1.").arg(int(row.item)));
        row.name->setText(Checklists::itemLabel(row.item));
        row.check->setAccessibleName(QStringLiteral("%1. %2").arg(int(row.item)).arg(row.name->text()));
        row.form->setText(Checklists::itemForm(row.item, m_channel));
    }
    m_deferralCheck->setText(tr("Restrictions or an emergency: items 4–6 are &brought later"));
    m_deferralCheck->setToolTip(tr("Appendix 4, item 8: during restrictions, a state of emergency or an emergency in the "
                                   "territory, items 4, 5 and 6 may be brought after the restrictions end; the "
                                   "contract lists them as owed."));
    m_certificateDateLabel->setText(tr("Certificate of health &issued on:"));
    m_contractDateLabel->setText(tr("&Contract date:"));
    m_childIinLabel->setText(tr("Child's IIN as pre&sented:"));
    m_childIinEdit->setPlaceholderText(tr("from the birth certificate"));
    m_childIinEdit->setToolTip(tr("Compared with the direction's child (ground 9.2 when they differ); empty: not compared"));
    m_noteLabel->setText(tr("&Note:"));
    showItemStates();
    showFindings();
}
