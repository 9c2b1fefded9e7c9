#include "enrollment/ContractDialog.h"

#include "common/DeskStyle.h"
#include "common/PrintAudit.h"
#include "domain/DateText.h"
#include "domain/Digits.h"
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
    m_idNumberEdit->setFocus();
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
    const auto lineEdit = [](const char *name) {
        auto edit = new QLineEdit;
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    const auto comboBox = [](const char *name) {
        auto combo = new QComboBox;
        combo->setObjectName(QLatin1String(name));
        return combo;
    };
    // Issue 13 item 1: the ID document in parts. The identity card is what most parents bring;
    // the authority is chosen, never assumed.
    m_idKindCombo = comboBox("idDocumentKindCombo");
    for (IdDocumentKind kind : {IdDocumentKind::IdentityCard, IdDocumentKind::Passport, IdDocumentKind::ResidencePermit,
                                IdDocumentKind::StatelessCertificate, IdDocumentKind::Other})
        m_idKindCombo->addItem(QString(), int(kind));
    m_idKindEdit = lineEdit("idDocumentKindEdit");
    m_idNumberEdit = lineEdit("idDocumentNumberEdit");
    m_idNumberEdit->setMaxLength(20);
    m_idIssuedOnEdit = DeskStyle::makeDateEdit();
    m_idIssuedOnEdit->setObjectName(QStringLiteral("idDocumentIssuedOnEdit"));
    m_idIssuerCombo = comboBox("idDocumentIssuerCombo");
    for (IdDocumentIssuer issuer : {IdDocumentIssuer::None, IdDocumentIssuer::InternalAffairs, IdDocumentIssuer::Justice,
                                    IdDocumentIssuer::Other})
        m_idIssuerCombo->addItem(QString(), int(issuer));
    m_idIssuerEdit = lineEdit("idDocumentIssuerEdit");
    m_idDocumentEdit = lineEdit("idDocumentEdit");
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
    m_idNumberEdit->setMaximumWidth(fontMetrics().averageCharWidth() * 24);

    const auto issueLabel = [](QWidget *edit) {
        auto label = new QLabel;
        label->setObjectName(edit->objectName() + QStringLiteral("Issue"));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        DeskStyle::setTone(label, DeskStyle::Tone::Error);
        label->hide();
        return label;
    };
    m_idDocumentIssue = issueLabel(m_idDocumentEdit);
    m_idKindIssue = issueLabel(m_idKindCombo);
    m_idNumberIssue = issueLabel(m_idNumberEdit);
    m_idIssuedOnIssue = issueLabel(m_idIssuedOnEdit);
    m_idIssuerIssue = issueLabel(m_idIssuerCombo);
    m_addressIssue = issueLabel(m_addressEdit);
    m_startsOnIssue = issueLabel(m_startsOnEdit);

    auto form = new QFormLayout;
    m_form = form;
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
    // A combo with the typed name of an "other" choice beside it.
    const auto withOther = [](QComboBox *combo, QLineEdit *other) {
        auto box = new QWidget;
        auto row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(combo);
        row->addWidget(other, 1);
        return box;
    };
    m_idKindRow = withIssue(withOther(m_idKindCombo, m_idKindEdit), m_idKindIssue);
    m_idNumberRow = withIssue(m_idNumberEdit, m_idNumberIssue);
    m_idIssuedOnRow = withIssue(m_idIssuedOnEdit, m_idIssuedOnIssue);
    m_idIssuerRow = withIssue(withOther(m_idIssuerCombo, m_idIssuerEdit), m_idIssuerIssue);
    m_idDocumentRow = withIssue(m_idDocumentEdit, m_idDocumentIssue);
    addRow(m_idKindRow, m_idKindCombo);
    addRow(m_idNumberRow, m_idNumberEdit);
    addRow(m_idIssuedOnRow, m_idIssuedOnEdit);
    addRow(m_idIssuerRow, m_idIssuerCombo);
    addRow(m_idDocumentRow, m_idDocumentEdit);
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
    if (const IdDocument &document = source.parentIdDocumentDetails; document.isStructured()) {
        m_idKindCombo->setCurrentIndex(m_idKindCombo->findData(int(document.kind)));
        m_idKindEdit->setText(document.kindText);
        m_idNumberEdit->setText(document.number);
        m_idIssuedOnEdit->setText(DateText::date(document.issuedOn));
        m_idIssuerCombo->setCurrentIndex(m_idIssuerCombo->findData(int(document.issuer)));
        m_idIssuerEdit->setText(document.issuerText);
    }
    connect(m_idKindCombo, &QComboBox::currentIndexChanged, this, &ContractDialog::updateIdDocumentRows);
    connect(m_idIssuerCombo, &QComboBox::currentIndexChanged, this, &ContractDialog::updateIdDocumentRows);
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

IdDocument ContractDialog::idDocument() const
{
    IdDocument document;
    document.kind = IdDocumentKind(m_idKindCombo->currentData().toInt());
    if (document.kind == IdDocumentKind::Other)
        document.kindText = m_idKindEdit->text().simplified();
    document.number = m_idNumberEdit->text().simplified();
    document.issuedOn = DeskStyle::dateFrom(m_idIssuedOnEdit);
    document.issuer = IdDocumentIssuer(m_idIssuerCombo->currentData().toInt());
    if (document.issuer == IdDocumentIssuer::Other)
        document.issuerText = m_idIssuerEdit->text().simplified();
    return document;
}

void ContractDialog::updateIdDocumentRows()
{
    // A contract recorded with free text shows that text; any other the parts.
    const bool freeText = m_recorded && !m_recorded->parentIdDocumentDetails.isStructured();
    for (QWidget *row : {m_idKindRow, m_idNumberRow, m_idIssuedOnRow, m_idIssuerRow})
        m_form->setRowVisible(row, !freeText);
    m_form->setRowVisible(m_idDocumentRow, freeText);
    const auto kind = IdDocumentKind(m_idKindCombo->currentData().toInt());
    m_idKindEdit->setVisible(kind == IdDocumentKind::Other);
    m_idIssuerEdit->setVisible(IdDocumentIssuer(m_idIssuerCombo->currentData().toInt()) == IdDocumentIssuer::Other);
    switch (kind) {
    case IdDocumentKind::IdentityCard: m_idNumberEdit->setPlaceholderText(tr("9 digits, e.g. 012345678")); break;
    case IdDocumentKind::Passport: m_idNumberEdit->setPlaceholderText(tr("N and 8 digits, e.g. N12345678")); break;
    default: m_idNumberEdit->setPlaceholderText(tr("as in the document")); break;
    }
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
    c.parentIdDocumentDetails = idDocument();
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
    if (QWidget *first = renderIssues())
        first->setFocus();
}

QWidget *ContractDialog::renderIssues()
{
    const Issues &issues = m_issues;
    QWidget *first = nullptr;
    QString general;
    QStringList idDocument, idKind, idNumber, idIssuedOn, idIssuer, address, startsOn;
    const IdDocumentKind kind = IdDocumentKind(m_idKindCombo->currentData().toInt());
    const IdDocumentIssuer issuer = IdDocumentIssuer(m_idIssuerCombo->currentData().toInt());
    for (const Issue &issue : issues) {
        QStringList *next = nullptr;
        QWidget *edit = nullptr;
        switch (issue.field) {
        case Field::ParentIdDocument: next = &idDocument; edit = m_idDocumentEdit; break;
        case Field::ParentIdDocumentKind:
            next = &idKind;
            edit = kind == IdDocumentKind::Other ? static_cast<QWidget *>(m_idKindEdit) : m_idKindCombo;
            break;
        case Field::ParentIdDocumentNumber: next = &idNumber; edit = m_idNumberEdit; break;
        case Field::ParentIdDocumentIssuedOn: next = &idIssuedOn; edit = m_idIssuedOnEdit; break;
        case Field::ParentIdDocumentIssuer:
            next = &idIssuer;
            edit = issuer == IdDocumentIssuer::Other ? static_cast<QWidget *>(m_idIssuerEdit) : m_idIssuerCombo;
            break;
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
        {m_idDocumentIssue, &idDocument}, {m_idKindIssue, &idKind},         {m_idNumberIssue, &idNumber},
        {m_idIssuedOnIssue, &idIssuedOn}, {m_idIssuerIssue, &idIssuer},     {m_addressIssue, &address},
        {m_startsOnIssue, &startsOn}};
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
        Issues all = EnrollmentStore::contractIssues(c, m_direction, profile);
        if (!all.contains(recorded.error()))
            all = Issues{recorded.error()};
        // A date typed only in part is not a date: say so instead of "must be filled in".
        if (!Digits::of(m_idIssuedOnEdit->text()).isEmpty() && !c.parentIdDocumentDetails.issuedOn.isValid())
            for (Issue &issue : all)
                if (issue.field == Field::ParentIdDocumentIssuedOn && issue.rule == Rule::Required)
                    issue.rule = Rule::DateNotDayMonthYear;
        showIssues(all);
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
    for (QLineEdit *edit : {m_idKindEdit, m_idNumberEdit, m_idIssuedOnEdit, m_idIssuerEdit, m_idDocumentEdit,
                            m_addressEdit, m_phonesEdit, m_startsOnEdit})
        edit->setReadOnly(recorded);
    for (QComboBox *combo : {m_idKindCombo, m_idIssuerCombo})
        combo->setEnabled(!recorded);
    m_buttons.showRecorded(recorded);
    m_form->setRowVisible(m_deferredValue, !m_deferredItems.isEmpty());
    updateIdDocumentRows();
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
                                  tr("Document N&o.:"), tr("Iss&ued on:"), tr("Issued &by:"), tr("ID document:"),
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
    m_idKindCombo->setItemText(0, tr("Identity card of a citizen of Kazakhstan"));
    m_idKindCombo->setItemText(1, tr("Passport of a citizen of Kazakhstan"));
    m_idKindCombo->setItemText(2, tr("Residence permit of a foreigner"));
    m_idKindCombo->setItemText(3, tr("Stateless person's certificate"));
    m_idKindCombo->setItemText(4, tr("Other document (type its name)"));
    m_idKindEdit->setPlaceholderText(tr("name of the document, printed as you type it"));
    m_idIssuerCombo->setItemText(0, tr("— choose —"));
    m_idIssuerCombo->setItemText(1, tr("Ministry of Internal Affairs of Kazakhstan"));
    m_idIssuerCombo->setItemText(2, tr("Ministry of Justice of Kazakhstan"));
    m_idIssuerCombo->setItemText(3, tr("Other authority (type its name)"));
    m_idIssuerEdit->setPlaceholderText(tr("authority, printed as you type it"));
    updateIdDocumentRows();
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
