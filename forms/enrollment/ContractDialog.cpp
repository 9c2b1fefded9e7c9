#include "enrollment/ContractDialog.h"

#include "common/DeskStyle.h"
#include "common/PrintAudit.h"
#include "domain/DateText.h"
#include "enrollment/DocumentDialogParts.h"
#include "settings/RuleSettings.h"
#include "store/EnrollmentStore.h"
#include "store/KindergartenProfileStore.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextDocument>
#include <QVBoxLayout>

#include <utility>

namespace {



QStringList phonesFrom(const QString &text)
{
    QStringList phones;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,;]"))))
        if (const QString phone = part.trimmed(); !phone.isEmpty())
            phones.append(phone);
    return phones;
}

} // namespace

ContractDialog::ContractDialog(const DeskContext &context, const Direction &direction, const ServiceSession &session,
                               const QDate &contractDate, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_direction(direction)
    , m_sessionId(session.id)
    , m_contractDate(contractDate)
{
    // RULES 6.2: what the emergency deferral lets the parent bring later is listed as owed.
    const QString kindergartenId = KindergartenProfileStore(m_context.store).load().id;
    const Expected<ChecklistEvaluation> evaluation =
        Checklists::evaluate(session.checklist, direction, kindergartenId, {}, contractDate, *m_context.calendar,
                             m_context.ruleSettings());
    if (evaluation)
        m_deferredItems = evaluation->deferred;
    buildUi();
    m_idDocumentEdit->setFocus();
}

ContractDialog::ContractDialog(const DeskContext &context, const Direction &direction, const ContractRecord &recorded,
                               QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_direction(direction)
    , m_sessionId(recorded.sessionId)
    , m_contractDate(recorded.date)
    , m_deferredItems(recorded.deferredItems)
    , m_recorded(recorded)
{
    buildUi();
    m_buttons.print->setFocus();
}

ContractDialog::~ContractDialog() = default;

void ContractDialog::buildUi()
{
    setObjectName(QStringLiteral("contractDialog"));
    const DocumentDialogLabels labels = DocumentDialogLabels::create();
    m_headingLabel = labels.heading;
    m_errorLabel = labels.error;
    m_resultLabel = labels.result;

    const auto valueLabel = [] {
        auto label = new QLabel;
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_parentValue = valueLabel();
    m_childValue = valueLabel();
    m_dateValue = valueLabel();
    m_deferredValue = valueLabel();
    m_idDocumentEdit = new QLineEdit;
    m_idDocumentEdit->setObjectName(QStringLiteral("idDocumentEdit"));
    m_addressEdit = new QLineEdit;
    m_addressEdit->setObjectName(QStringLiteral("addressEdit"));
    m_phonesEdit = new QLineEdit;
    m_phonesEdit->setObjectName(QStringLiteral("phonesEdit"));
    m_startsOnEdit = DeskStyle::makeDateEdit();
    m_startsOnEdit->setObjectName(QStringLiteral("startsOnEdit"));
    m_languageCombo = new QComboBox;
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    for (ContractLanguage language : {ContractLanguage::Kazakh, ContractLanguage::Russian, ContractLanguage::Bilingual})
        m_languageCombo->addItem(QString(), int(language));
    m_idDocumentEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 56);

    const auto issueLabel = [](QLineEdit *edit) {
        auto label = new QLabel;
        label->setObjectName(edit->objectName() + QStringLiteral("Issue"));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        DeskStyle::setTone(label, DeskStyle::Tone::Error);
        label->hide();
        return label;
    };
    m_idDocumentIssue = issueLabel(m_idDocumentEdit);
    m_addressIssue = issueLabel(m_addressEdit);
    m_startsOnIssue = issueLabel(m_startsOnEdit);

    auto form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // An input with its problem label under it (STYLE 4: errors next to their field).
    const auto withIssue = [](QWidget *input, QLabel *issue) {
        auto box = new QWidget;
        auto column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(input);
        column->addWidget(issue);
        return box;
    };
    const auto addRow = [this, form](QWidget *field, QWidget *buddy) {
        auto caption = new QLabel;
        if (buddy)
            caption->setBuddy(buddy);
        m_captions.append(caption);
        form->addRow(caption, field);
    };
    addRow(m_parentValue, nullptr);
    addRow(m_childValue, nullptr);
    addRow(m_dateValue, nullptr);
    addRow(withIssue(m_idDocumentEdit, m_idDocumentIssue), m_idDocumentEdit);
    addRow(withIssue(m_addressEdit, m_addressIssue), m_addressEdit);
    addRow(m_phonesEdit, m_phonesEdit);
    addRow(withIssue(m_startsOnEdit, m_startsOnIssue), m_startsOnEdit);
    addRow(m_deferredValue, nullptr);
    addRow(m_languageCombo, m_languageCombo);

    m_buttons = DocumentDialogButtons::create(u"Contract");

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_headingLabel);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_resultLabel);
    layout->addStretch(1);
    layout->addLayout(m_buttons.layout);

    m_buttons.connectTo(this, &ContractDialog::previewDraft, &ContractDialog::record, &ContractDialog::print, &ContractDialog::savePdf);

    // Pre-filled: what the direction says of the applicant, who signs (RULES 12 item 2).
    const ContractRecord source = m_recorded.value_or(ContractRecord{});
    m_idDocumentEdit->setText(source.parentIdDocument);
    m_addressEdit->setText(m_recorded ? source.parentAddress : m_direction.applicantAddress);
    m_phonesEdit->setText((m_recorded ? source.phones : m_direction.phones).join(QStringLiteral(", ")));
    // RULES 12 item 3: attends from the place's start date, else from the contract date.
    QDate startsOn = m_recorded ? source.startsOn
                                : (m_direction.admissionStartsOn.isValid() && m_direction.admissionStartsOn >= m_contractDate
                                       ? m_direction.admissionStartsOn
                                       : m_contractDate);
    m_startsOnEdit->setText(DateText::date(startsOn));
    setLanguage(ContractDocument::defaultLanguage(m_direction));

    retranslateUi();
    updateState();
}

ContractLanguage ContractDialog::language() const
{
    return ContractLanguage(m_languageCombo->currentData().toInt());
}

void ContractDialog::setLanguage(ContractLanguage language)
{
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(int(language)));
}

ContractRecord ContractDialog::contract() const
{
    if (m_recorded)
        return *m_recorded;
    ContractRecord c;
    c.date = m_contractDate;
    c.directionNumber = m_direction.number;
    c.applicationId = m_direction.applicationId;
    c.sessionId = m_sessionId;
    c.parent = m_direction.applicant;
    c.parentIin = m_direction.applicantIin;
    c.parentIdDocument = m_idDocumentEdit->text().simplified();
    c.parentAddress = m_addressEdit->text().simplified();
    c.phones = phonesFrom(m_phonesEdit->text());
    c.startsOn = DeskStyle::dateFrom(m_startsOnEdit);
    c.deferredItems = m_deferredItems;
    c.clerk = m_context.clerk;
    return c;
}

void ContractDialog::showError(const QString &text)
{
    m_error = text;
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

void ContractDialog::showIssues(const Issues &issues)
{
    m_issues = issues;
    if (QLineEdit *first = renderIssues())
        first->setFocus();
}

QLineEdit *ContractDialog::renderIssues()
{
    const Issues &issues = m_issues;
    QLineEdit *first = nullptr;
    QString general;
    QStringList idDocument, address, startsOn;
    for (const Issue &issue : issues) {
        QStringList *next = nullptr;
        QLineEdit *edit = nullptr;
        switch (issue.field) {
        case Field::ParentIdDocument: next = &idDocument; edit = m_idDocumentEdit; break;
        case Field::ParentAddress: next = &address; edit = m_addressEdit; break;
        case Field::GroupStartDate: next = &startsOn; edit = m_startsOnEdit; break;
        default: break;
        }
        if (next) {
            // The detail (the date typed) is in the field itself.
            next->append(issue.ruleMessage());
            if (!first)
                first = edit;
        }
    }
    const std::pair<QLabel *, QStringList *> labels[] = {
        {m_idDocumentIssue, &idDocument}, {m_addressIssue, &address}, {m_startsOnIssue, &startsOn}};
    for (const auto &[label, texts] : labels) {
        label->setText(texts->join(u'\n'));
        label->setVisible(!texts->isEmpty());
    }
    // The summary names the first problem, wherever it is (RULES 12 item 2: the kindergarten's
    // details come from Settings, not from this dialog).
    if (!issues.isEmpty()) {
        const Issue &issue = issues.constFirst();
        if (issue.field == Field::KindergartenDetails)
            general = tr("The kindergarten's details are not filled in yet: an administrator enters them in Settings "
                         "before the first contract.");
        else if (issue.field >= Field::KindergartenId && issue.field <= Field::GroupLanguages)
            general = tr("The kindergarten's details in Settings are incomplete: %1").arg(issue.message());
        else
            general = tr("The contract was not recorded: %1").arg(issue.message());
    }
    showError(general);
    return first;
}

bool ContractDialog::record()
{
    if (m_recorded || !m_context.store)
        return false;
    const ContractRecord c = contract();
    const KindergartenProfile profile = KindergartenProfileStore(m_context.store).load();
    const Expected<ContractRecord> recorded =
        EnrollmentStore(m_context.store)
            .recordContract(m_sessionId, c, profile, *m_context.calendar, m_context.ruleSettings(), m_context.clock->now());
    if (!recorded) {
        // The store refuses on its first problem; when that is one of the contract's own (RULES
        // 12), all of them are shown at once, each next to its field.
        const Issues all = EnrollmentStore::contractIssues(c, m_direction, profile);
        showIssues(all.contains(recorded.error()) ? all : Issues{recorded.error()});
        return false;
    }
    m_recorded = *recorded;
    m_deferredItems = m_recorded->deferredItems;
    showIssues({});
    retranslateUi();
    updateState();
    m_buttons.print->setFocus();
    m_context.announceChange(); // the registers show it now
    emit contractRecorded(*m_recorded);
    return true;
}

QStringList ContractDialog::templateFolders() const
{
    return documentTemplateFolders(m_context);
}

ContractDocumentData ContractDialog::documentData() const
{
    ContractDocumentData content;
    content.profile = m_context.store ? KindergartenProfileStore(m_context.store).load() : KindergartenProfile{};
    content.direction = m_direction;
    content.contract = contract();
    content.draft = !m_recorded;
    return content;
}

Status ContractDialog::writePdf(const QString &path) const
{
    return ContractDocument::writePdf(documentData(), language(), path, templateFolders());
}

void ContractDialog::previewDraft()
{
    const std::unique_ptr<QTextDocument> document =
        ContractDocument::document(documentData(), language(), templateFolders());
    previewDocument(this, *document, 1);
}

void ContractDialog::print()
{
    const std::unique_ptr<QTextDocument> document =
        ContractDocument::document(documentData(), language(), templateFolders());
    // RULES 6.3: two copies of equal force, one for each party.
    if (previewDocument(this, *document, 2))
        auditPrinted();
}

void ContractDialog::auditPrinted()
{
    // DESIGN 9: the contract names the child and the parent: who printed it, when.
    if (const Status audited = PrintAudit::record(m_context, AuditTrail::Documents::contract(),
                                                  m_recorded ? m_recorded->number : m_direction.number);
        !audited)
        showError(audited.error().message());
}

void ContractDialog::savePdf()
{
    const ContractDocumentData content = documentData();
    const std::unique_ptr<QTextDocument> document = ContractDocument::document(content, language(), templateFolders());
    const QString written = saveDocumentPdf(this, *document, ContractDocument::suggestedFileName(content, language()));
    if (!written.isEmpty()) {
        m_resultLabel->setText(tr("Saved: %1").arg(written));
        auditPrinted();
    }
}

void ContractDialog::updateState()
{
    const bool recorded = m_recorded.has_value();
    for (QLineEdit *edit : {m_idDocumentEdit, m_addressEdit, m_phonesEdit, m_startsOnEdit})
        edit->setReadOnly(recorded);
    m_buttons.showRecorded(recorded);
    m_deferredValue->setVisible(!m_deferredItems.isEmpty());
    if (auto caption = m_captions.value(7))
        caption->setVisible(!m_deferredItems.isEmpty());
    m_errorLabel->setVisible(!m_error.isEmpty());
    m_resultLabel->setVisible(recorded);
}

void ContractDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ContractDialog::retranslateUi()
{
    setWindowTitle(m_recorded ? tr("Contract No. %1").arg(m_recorded->number) : tr("New contract"));
    m_headingLabel->setText(tr("Contract for %1 — direction %2").arg(m_direction.child.fullName(), m_direction.number));
    const QStringList captions = {tr("Parent who signs:"), tr("Child:"), tr("Contract date:"), tr("&ID document:"),
                                  tr("A&ddress:"), tr("P&hones:"), tr("Attends &from:"), tr("Owed later:"),
                                  tr("&Language:")};
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions.at(i)->setText(captions.value(i));
    m_parentValue->setText(tr("%1, IIN %2").arg(m_direction.applicant.fullName(), m_direction.applicantIin));
    m_childValue->setText(tr("%1, IIN %2").arg(m_direction.child.fullName(), m_direction.childIin));
    m_dateValue->setText(DateText::date(m_contractDate));
    QStringList owed;
    for (ChecklistItem item : std::as_const(m_deferredItems))
        owed.append(QStringLiteral("%1. %2").arg(int(item)).arg(Checklists::itemLabel(item)));
    m_deferredValue->setText(owed.join(u'\n'));
    m_idDocumentEdit->setPlaceholderText(tr("e.g. ID card No. 012345678, issued 01.02.2020 by the Ministry of Internal Affairs"));
    m_phonesEdit->setPlaceholderText(tr("separated by commas"));
    m_languageCombo->setItemText(0, tr("Kazakh"));
    m_languageCombo->setItemText(1, tr("Russian"));
    m_languageCombo->setItemText(2, tr("Kazakh and Russian, side by side"));
    m_buttons.preview->setText(tr("Pre&view draft…"));
    m_buttons.record->setText(tr("&Record contract"));
    m_buttons.print->setText(tr("&Print (2 copies)…"));
    m_buttons.pdf->setText(tr("&Save PDF…"));
    m_buttons.close->setText(tr("Close"));
    renderIssues();
    if (m_recorded)
        m_resultLabel->setText(tr("Contract No. %1 of %2 is recorded. Print two copies for signature.")
                                   .arg(m_recorded->number, DateText::date(m_recorded->date)));
}
