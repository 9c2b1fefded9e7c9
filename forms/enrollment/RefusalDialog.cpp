#include "enrollment/RefusalDialog.h"

#include "common/DeskStyle.h"
#include "common/PrintAudit.h"
#include "domain/DateText.h"
#include "enrollment/DocumentDialogParts.h"
#include "settings/RuleSettings.h"
#include "store/EnrollmentStore.h"
#include "store/KindergartenProfileStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {



// The letter goes to the parent: in the language of the child's group by default.
DocumentLanguage defaultLanguage(const Direction &direction)
{
    return direction.groupLanguage == TeachingLanguage::Russian ? DocumentLanguage::Russian
                                                                : DocumentLanguage::Kazakh;
}

} // namespace

RefusalDialog::RefusalDialog(const DeskContext &context, const Direction &direction, const QString &sessionId,
                             const QList<RefusalGround> &grounds, const QList<ChecklistItem> &faultyItems,
                             QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_direction(direction)
    , m_sessionId(sessionId)
{
    buildUi(grounds, faultyItems);
}

RefusalDialog::RefusalDialog(const DeskContext &context, const Direction &direction, const RefusalRecord &recorded,
                             QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_direction(direction)
    , m_sessionId(recorded.sessionId)
    , m_recorded(recorded)
{
    buildUi(recorded.grounds, recorded.faultyItems);
    m_reasonsEdit->setPlainText(recorded.reasons);
    updateState();
}

RefusalDialog::~RefusalDialog() = default;

void RefusalDialog::buildUi(const QList<RefusalGround> &grounds, const QList<ChecklistItem> &faultyItems)
{
    setObjectName(QStringLiteral("refusalDialog"));
    const DocumentDialogLabels labels = DocumentDialogLabels::create();
    m_headingLabel = labels.heading;
    m_errorLabel = labels.error;
    m_resultLabel = labels.result;

    QFont bold = font();
    bold.setBold(true);
    m_groundsLabel = new QLabel;
    m_groundsLabel->setFont(bold);
    auto groundsLayout = new QVBoxLayout;
    for (RefusalGround ground : RefusalGrounds::all()) {
        auto check = new QCheckBox;
        check->setObjectName(QStringLiteral("ground%1Check").arg(RefusalGrounds::code(ground).remove(u'.')));
        check->setChecked(grounds.contains(ground));
        groundsLayout->addWidget(check);
        m_groundChecks.append({ground, check});
        connect(check, &QCheckBox::toggled, this, &RefusalDialog::updateState);
    }

    m_itemsLabel = new QLabel;
    m_itemsLabel->setFont(bold);
    auto itemsLayout = new QGridLayout;
    int index = 0;
    for (ChecklistItem item : Checklists::allItems()) {
        auto check = new QCheckBox;
        check->setObjectName(QStringLiteral("item%1Check").arg(int(item)));
        check->setChecked(faultyItems.contains(item));
        // Two columns of three: the six items of RULES 6.2 in order, read down.
        itemsLayout->addWidget(check, index % 3, index / 3);
        ++index;
        m_itemChecks.append({item, check});
    }

    m_reasonsLabel = new QLabel;
    m_reasonsLabel->setFont(bold);
    m_reasonsEdit = new QPlainTextEdit;
    m_reasonsEdit->setObjectName(QStringLiteral("reasonsEdit"));
    m_reasonsEdit->setTabChangesFocus(true);
    m_reasonsEdit->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_reasonsLabel->setBuddy(m_reasonsEdit);

    m_languageLabel = new QLabel;
    m_languageCombo = new QComboBox;
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->addItem(QString(), int(DocumentLanguage::Kazakh));
    m_languageCombo->addItem(QString(), int(DocumentLanguage::Russian));
    m_languageLabel->setBuddy(m_languageCombo);
    setLanguage(defaultLanguage(m_direction));
    auto languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_languageCombo);
    languageRow->addStretch(1);

    m_buttons = DocumentDialogButtons::create(u"Refusal");

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_headingLabel);
    layout->addWidget(m_groundsLabel);
    layout->addLayout(groundsLayout);
    layout->addWidget(m_itemsLabel);
    layout->addLayout(itemsLayout);
    layout->addWidget(m_reasonsLabel);
    layout->addWidget(m_reasonsEdit, 1);
    layout->addLayout(languageRow);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_resultLabel);
    layout->addLayout(m_buttons.layout);

    m_buttons.connectTo(this, &RefusalDialog::previewDraft, &RefusalDialog::record, &RefusalDialog::print, &RefusalDialog::savePdf);

    retranslateUi();
    updateState();
    if (!m_groundChecks.isEmpty())
        m_groundChecks.constFirst().second->setFocus();
}

QList<RefusalGround> RefusalDialog::grounds() const
{
    QList<RefusalGround> result;
    for (const auto &[ground, check] : m_groundChecks)
        if (check->isChecked())
            result.append(ground);
    return result;
}

QList<ChecklistItem> RefusalDialog::faultyItems() const
{
    QList<ChecklistItem> result;
    for (const auto &[item, check] : m_itemChecks)
        if (check->isChecked())
            result.append(item);
    return result;
}

QCheckBox *RefusalDialog::groundCheck(RefusalGround ground) const
{
    for (const auto &[g, check] : m_groundChecks)
        if (g == ground)
            return check;
    return nullptr;
}

QCheckBox *RefusalDialog::itemCheck(ChecklistItem item) const
{
    for (const auto &[i, check] : m_itemChecks)
        if (i == item)
            return check;
    return nullptr;
}

DocumentLanguage RefusalDialog::language() const
{
    return DocumentLanguage(m_languageCombo->currentData().toInt());
}

void RefusalDialog::setLanguage(DocumentLanguage language)
{
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(int(language)));
}

RefusalRecord RefusalDialog::refusal() const
{
    if (m_recorded)
        return *m_recorded;
    RefusalRecord r;
    r.date = m_context.clock->today();
    r.directionNumber = m_direction.number;
    r.applicationId = m_direction.applicationId;
    r.sessionId = m_sessionId;
    r.grounds = grounds();
    r.faultyItems = faultyItems();
    r.reasons = m_reasonsEdit->toPlainText().trimmed();
    r.clerk = m_context.clerk;
    return r;
}

bool RefusalDialog::record()
{
    if (m_recorded || !m_context.store)
        return false;
    const RefusalRecord r = refusal();
    // RULES 6.4: a refusal names at least one ground.
    if (r.grounds.isEmpty()) {
        m_error = tr("Tick at least one ground of the refusal.");
        updateState();
        m_groundChecks.constFirst().second->setFocus();
        return false;
    }
    const Expected<RefusalRecord> recorded =
        EnrollmentStore(m_context.store).recordRefusal(m_sessionId, r, m_context.ruleSettings(), m_context.clock->now());
    if (!recorded) {
        m_error = tr("The refusal was not recorded: %1").arg(recorded.error().message());
        updateState();
        return false;
    }
    m_recorded = *recorded;
    m_error.clear();
    retranslateUi();
    updateState();
    m_buttons.print->setFocus();
    m_context.announceChange(); // the registers show it now
    emit refusalRecorded(*m_recorded);
    return true;
}

QStringList RefusalDialog::templateFolders() const
{
    return documentTemplateFolders(m_context);
}

RefusalDocumentData RefusalDialog::documentData() const
{
    const RuleSettings settings = m_context.ruleSettings();
    RefusalDocumentData content;
    content.profile = m_context.store ? KindergartenProfileStore(m_context.store).load() : KindergartenProfile{};
    content.direction = m_direction;
    content.refusal = refusal();
    content.draft = !m_recorded;
    content.headAnswerDays = settings.complaintHeadWorkingDays;
    content.authorityAnswerDays = settings.complaintAuthorityWorkingDays;
    // RULES 6.4: the recipient may bring the documents while the direction is in force; the
    // sentence only when that day has not passed.
    Direction asIssued = m_direction;
    asIssued.status = DirectionStatus::Issued;
    const Expected<DirectionValidity> validity =
        Directions::validity(asIssued, content.refusal.date, *m_context.calendar, settings);
    if (validity && validity->isValid())
        content.directionValidUntil = validity->validUntil;
    return content;
}

Status RefusalDialog::writePdf(const QString &path) const
{
    return RefusalDocument::writePdf(documentData(), language(), path, templateFolders());
}

void RefusalDialog::previewDraft()
{
    const std::unique_ptr<QTextDocument> document = RefusalDocument::document(documentData(), language(), templateFolders());
    previewDocument(this, *document, 1);
}

void RefusalDialog::print()
{
    const std::unique_ptr<QTextDocument> document = RefusalDocument::document(documentData(), language(), templateFolders());
    if (previewDocument(this, *document, 1))
        auditPrinted();
}

void RefusalDialog::auditPrinted()
{
    // DESIGN 9: the letter names the child and the parent: who printed it, when.
    if (const Status audited = PrintAudit::record(m_context, AuditTrail::Documents::refusal(),
                                                  m_recorded ? m_recorded->number : m_direction.number);
        !audited) {
        m_error = audited.error().message();
        updateState();
    }
}

void RefusalDialog::savePdf()
{
    const RefusalDocumentData content = documentData();
    const std::unique_ptr<QTextDocument> document = RefusalDocument::document(content, language(), templateFolders());
    const QString written = saveDocumentPdf(this, *document, RefusalDocument::suggestedFileName(content, language()));
    if (!written.isEmpty()) {
        m_resultLabel->setText(tr("Saved: %1").arg(written));
        auditPrinted();
    }
}

void RefusalDialog::updateState()
{
    const bool recorded = m_recorded.has_value();
    for (const auto &[ground, check] : std::as_const(m_groundChecks))
        check->setEnabled(!recorded);
    for (const auto &[item, check] : std::as_const(m_itemChecks))
        check->setEnabled(!recorded);
    m_reasonsEdit->setReadOnly(recorded);
    m_buttons.showRecorded(recorded);
    m_buttons.record->setEnabled(!grounds().isEmpty());
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
    m_resultLabel->setVisible(recorded);
}

void RefusalDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RefusalDialog::retranslateUi()
{
    setWindowTitle(m_recorded ? tr("Refusal No. %1").arg(m_recorded->number) : tr("Reasoned refusal"));
    m_headingLabel->setText(tr("Reasoned refusal: %1, direction %2")
                                .arg(m_direction.child.fullName(), m_direction.number));
    m_groundsLabel->setText(tr("Grounds (clause 34 of the Rules, Appendix 4 item 9):"));
    for (const auto &[ground, check] : std::as_const(m_groundChecks))
        check->setText(tr("%1 — %2").arg(RefusalGrounds::code(ground), RefusalGrounds::label(ground)));
    m_itemsLabel->setText(tr("Documents missing or faulty:"));
    for (const auto &[item, check] : std::as_const(m_itemChecks))
        check->setText(QStringLiteral("%1. %2").arg(int(item)).arg(Checklists::itemLabel(item)));
    m_reasonsLabel->setText(tr("&Reasons, in your words (printed in the letter):"));
    m_languageLabel->setText(tr("&Language of the letter:"));
    m_languageCombo->setItemText(0, tr("Kazakh"));
    m_languageCombo->setItemText(1, tr("Russian"));
    m_buttons.preview->setText(tr("Pre&view draft…"));
    m_buttons.record->setText(tr("Record re&fusal"));
    m_buttons.print->setText(tr("&Print…"));
    m_buttons.pdf->setText(tr("&Save PDF…"));
    m_buttons.close->setText(tr("Close"));
    if (m_recorded)
        m_resultLabel->setText(tr("Refusal No. %1 of %2 is recorded. Print the letter for the head's signature.")
                                   .arg(m_recorded->number, DateText::date(m_recorded->date)));
}
