#include "settings/KindergartenProfileEditor.h"

#include "common/DeskDialogs.h"
#include "common/DeskStyle.h"
#include "store/Database.h"
#include "store/KindergartenProfileStore.h"
#include "store/Registers.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {


// IBAN and BIC are written in capitals, often in groups of four: stored without the spaces.
QString compactUpper(const QString &text)
{
    QString compact = text.toUpper();
    compact.remove(u' ');
    return compact;
}

QString builtInTemplatesFolder()
{
    return QStringLiteral(":/templates");
}

QStringList builtInTemplateNames()
{
    return QDir(builtInTemplatesFolder()).entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
}

// A dialog around the editor that does not lose typed details when closed.
class ProfileDialog : public QDialog
{
public:
    ProfileDialog(KindergartenProfileEditor *editor, QWidget *parent)
        : QDialog(parent)
        , m_editor(editor)
    {
    }

    void reject() override
    {
        if (m_editor->isModified()) {
            const auto answer = DeskDialogs::question(
                this, windowTitle(),
                KindergartenProfileEditor::tr("The details were changed. Save them?"),
                DeskDialogs::Save | DeskDialogs::Discard | DeskDialogs::Cancel, DeskDialogs::Save);
            if (answer == DeskDialogs::Cancel)
                return;
            if (answer == DeskDialogs::Save && !m_editor->save())
                return; // the problems are shown next to their fields
        }
        QDialog::reject();
    }

private:
    KindergartenProfileEditor *m_editor;
};

} // namespace

KindergartenProfileEditor::KindergartenProfileEditor(const DeskContext &context, QWidget *parent)
    : QGroupBox(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("kindergartenProfileEditor"));
    m_hintLabel = new QLabel;
    m_hintLabel->setWordWrap(true);

    m_detailsGroup = addGroup(QStringLiteral("profileDetailsGroup"));
    m_bankGroup = addGroup(QStringLiteral("profileBankGroup"));
    m_contractGroup = addGroup(QStringLiteral("profileContractGroup"));

    m_id = addLineEdit(m_detailsGroup, Field::KindergartenId, QStringLiteral("kindergartenIdEdit"));
    m_nameKk = addLineEdit(m_detailsGroup, Field::KindergartenNameKk, QStringLiteral("nameKkEdit"));
    m_nameRu = addLineEdit(m_detailsGroup, Field::KindergartenNameRu, QStringLiteral("nameRuEdit"));
    m_bin = addLineEdit(m_detailsGroup, Field::KindergartenBin, QStringLiteral("binEdit"));
    // RULES 9 (the BIN follows the IIN's scheme): twelve digits, nothing else.
    m_bin->setInputMask(QStringLiteral("999999999999;_"));
    m_bin->setMaximumWidth(m_bin->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000")) * 3 / 2);
    m_addressKk = addLineEdit(m_detailsGroup, Field::KindergartenAddress, QStringLiteral("addressKkEdit"));
    m_addressRu = addLineEdit(m_detailsGroup, Field::KindergartenAddress, QStringLiteral("addressRuEdit"));
    m_cityKk = addLineEdit(m_detailsGroup, Field::KindergartenCity, QStringLiteral("cityKkEdit"));
    m_cityRu = addLineEdit(m_detailsGroup, Field::KindergartenCity, QStringLiteral("cityRuEdit"));
    m_head = addLineEdit(m_detailsGroup, Field::KindergartenHead, QStringLiteral("headEdit"));
    m_phone = addLineEdit(m_detailsGroup, Field::KindergartenPhone, QStringLiteral("phoneEdit"));
    m_authorityKk = addLineEdit(m_detailsGroup, Field::KindergartenAuthority, QStringLiteral("authorityKkEdit"));
    m_authorityRu = addLineEdit(m_detailsGroup, Field::KindergartenAuthority, QStringLiteral("authorityRuEdit"));

    m_bank = addLineEdit(m_bankGroup, Field::KindergartenBank, QStringLiteral("bankEdit"));
    m_account = addLineEdit(m_bankGroup, Field::KindergartenAccount, QStringLiteral("accountEdit"));
    m_account->setPlaceholderText(QStringLiteral("KZ00 0000 0000 0000 0000"));
    m_bik = addLineEdit(m_bankGroup, Field::KindergartenBik, QStringLiteral("bikEdit"));
    m_bik->setMaxLength(12);
    m_bik->setMaximumWidth(m_bik->fontMetrics().horizontalAdvance(QStringLiteral("WWWWWWWWWW")) * 3 / 2);

    // RULES 12 item 6: the parental fee set by the local executive body.
    m_feeAmount = new QSpinBox;
    m_feeAmount->setRange(0, 10'000'000);
    m_feeAmount->setSingleStep(1000);
    m_feeAmount->setGroupSeparatorShown(true);
    m_feeAmount->setSuffix(QStringLiteral(" ₸"));
    addRow(m_bankGroup, Field::FeeAmount, m_feeAmount, QStringLiteral("feeAmountSpin"));
    m_feeDueDay = new QSpinBox;
    m_feeDueDay->setRange(1, 28);
    addRow(m_bankGroup, Field::FeeDueDay, m_feeDueDay, QStringLiteral("feeDueDaySpin"));
    const int termsHeight = m_bank->fontMetrics().lineSpacing() * 3 + 12;
    m_feeTermsKk = new QPlainTextEdit;
    m_feeTermsRu = new QPlainTextEdit;
    for (QPlainTextEdit *terms : {m_feeTermsKk, m_feeTermsRu}) {
        terms->setTabChangesFocus(true);
        terms->setFixedHeight(termsHeight);
    }
    addRow(m_bankGroup, Field::None, m_feeTermsKk, QStringLiteral("feeTermsKkEdit"));
    addRow(m_bankGroup, Field::None, m_feeTermsRu, QStringLiteral("feeTermsRuEdit"));

    m_numberFormat = addLineEdit(m_contractGroup, Field::ContractNumberFormat, QStringLiteral("numberFormatEdit"));
    m_numberExample = new QLabel;
    m_numberExample->setObjectName(QStringLiteral("numberExampleLabel"));
    m_numberExample->setForegroundRole(QPalette::PlaceholderText);
    {
        auto grid = static_cast<QGridLayout *>(m_contractGroup->layout());
        grid->addWidget(m_numberExample, grid->rowCount(), 1);
    }
    m_languagesBox = new QWidget;
    auto languages = new QHBoxLayout(m_languagesBox);
    languages->setContentsMargins(0, 0, 0, 0);
    m_kazakh = new QCheckBox;
    m_kazakh->setObjectName(QStringLiteral("kazakhGroupsCheck"));
    m_russian = new QCheckBox;
    m_russian->setObjectName(QStringLiteral("russianGroupsCheck"));
    m_otherLanguage = new QCheckBox;
    m_otherLanguage->setObjectName(QStringLiteral("otherLanguageGroupsCheck"));
    for (QCheckBox *check : {m_kazakh, m_russian, m_otherLanguage})
        languages->addWidget(check);
    languages->addStretch();
    addRow(m_contractGroup, Field::GroupLanguages, m_languagesBox, QStringLiteral("groupLanguagesBox"));

    m_templatesGroup = new QGroupBox;
    m_templatesGroup->setObjectName(QStringLiteral("profileTemplatesGroup"));
    m_templatesLabel = new QLabel;
    m_templatesLabel->setObjectName(QStringLiteral("templatesFolderLabel"));
    m_templatesLabel->setWordWrap(true);
    m_templatesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_useTemplatesButton = new QPushButton;
    m_useTemplatesButton->setObjectName(QStringLiteral("useTemplatesButton"));
    m_builtInTemplatesButton = new QPushButton;
    m_builtInTemplatesButton->setObjectName(QStringLiteral("builtInTemplatesButton"));
    m_copyTemplatesButton = new QPushButton;
    m_copyTemplatesButton->setObjectName(QStringLiteral("copyTemplatesButton"));
    {
        auto layout = new QVBoxLayout(m_templatesGroup);
        layout->addWidget(m_templatesLabel);
        auto buttons = new QHBoxLayout;
        buttons->addWidget(m_useTemplatesButton);
        buttons->addWidget(m_builtInTemplatesButton);
        buttons->addStretch();
        buttons->addWidget(m_copyTemplatesButton);
        layout->addLayout(buttons);
    }

    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("profileStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->hide();
    m_revertButton = new QPushButton;
    m_revertButton->setObjectName(QStringLiteral("revertProfileButton"));
    m_saveButton = new QPushButton;
    m_saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    m_saveButton->setDefault(true);

    // Two columns: who the kindergarten is; its bank, fee and contracts.
    auto columns = new QHBoxLayout;
    const auto addColumn = [columns](std::initializer_list<QGroupBox *> groups) {
        auto column = new QVBoxLayout;
        for (QGroupBox *group : groups)
            column->addWidget(group);
        column->addStretch();
        columns->addLayout(column, 1);
    };
    addColumn({m_detailsGroup});
    addColumn({m_bankGroup, m_contractGroup});

    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_statusLabel, 1);
    buttons->addStretch(); // the buttons keep their size while the status line is hidden
    buttons->addWidget(m_revertButton, 0, Qt::AlignTop);
    buttons->addWidget(m_saveButton, 0, Qt::AlignTop);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_hintLabel);
    layout->addLayout(columns);
    layout->addWidget(m_templatesGroup);
    layout->addLayout(buttons);
    layout->addStretch();

    // Tab order: down the first column, then the second, then the buttons.
    QWidget *previous = nullptr;
    for (const Row &row : std::as_const(m_rows)) {
        QWidget *input = row.input == m_languagesBox ? m_kazakh : row.input;
        if (previous)
            setTabOrder(previous, input);
        previous = input == m_kazakh ? m_otherLanguage : input;
        if (input == m_kazakh) {
            setTabOrder(m_kazakh, m_russian);
            setTabOrder(m_russian, m_otherLanguage);
        }
    }
    for (QWidget *next : {static_cast<QWidget *>(m_saveButton), static_cast<QWidget *>(m_revertButton),
                          static_cast<QWidget *>(m_useTemplatesButton),
                          static_cast<QWidget *>(m_builtInTemplatesButton),
                          static_cast<QWidget *>(m_copyTemplatesButton)}) {
        setTabOrder(previous, next);
        previous = next;
    }

    for (const Row &row : std::as_const(m_rows)) {
        const Field field = row.field;
        if (auto edit = qobject_cast<QLineEdit *>(row.input))
            connect(edit, &QLineEdit::textChanged, this, [this, field] { changed(field); });
        else if (auto spin = qobject_cast<QSpinBox *>(row.input))
            connect(spin, &QSpinBox::valueChanged, this, [this, field] { changed(field); });
        else if (auto text = qobject_cast<QPlainTextEdit *>(row.input))
            connect(text, &QPlainTextEdit::textChanged, this, [this, field] { changed(field); });
    }
    for (QCheckBox *check : {m_kazakh, m_russian, m_otherLanguage})
        connect(check, &QCheckBox::toggled, this, [this] { changed(Field::GroupLanguages); });
    // IBAN and BIC are shown as they are stored once the administrator leaves them.
    for (QLineEdit *edit : {m_account, m_bik}) {
        connect(edit, &QLineEdit::editingFinished, this, [edit] {
            const QString compact = compactUpper(edit->text());
            if (compact != edit->text())
                edit->setText(compact);
        });
    }
    connect(m_saveButton, &QPushButton::clicked, this, &KindergartenProfileEditor::save);
    connect(m_revertButton, &QPushButton::clicked, this, &KindergartenProfileEditor::revert);
    connect(m_useTemplatesButton, &QPushButton::clicked, this, &KindergartenProfileEditor::chooseTemplatesFolder);
    connect(m_builtInTemplatesButton, &QPushButton::clicked, this, [this] { useTemplatesFolder(QString()); });
    connect(m_copyTemplatesButton, &QPushButton::clicked, this, &KindergartenProfileEditor::chooseCopyFolder);

    if (m_context.store)
        m_templatesFolder = KindergartenProfileStore(m_context.store).templatesFolder();
    retranslateUi();
    revert();
}

KindergartenProfileEditor::~KindergartenProfileEditor() = default;

QGroupBox *KindergartenProfileEditor::addGroup(const QString &objectName)
{
    auto group = new QGroupBox;
    group->setObjectName(objectName);
    auto grid = new QGridLayout(group);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(4);
    m_groups.append(group);
    return group;
}

void KindergartenProfileEditor::addRow(QGroupBox *group, Field field, QWidget *input, const QString &objectName)
{
    m_rows.append(FieldRow::add(static_cast<QGridLayout *>(group->layout()), field, input, objectName,
                                input == m_languagesBox ? static_cast<QWidget *>(m_kazakh) : input));
}

QLineEdit *KindergartenProfileEditor::addLineEdit(QGroupBox *group, Field field, const QString &objectName)
{
    auto edit = new QLineEdit;
    addRow(group, field, edit, objectName);
    return edit;
}

void KindergartenProfileEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void KindergartenProfileEditor::retranslateUi()
{
    setTitle(tr("This kindergarten"));
    m_hintLabel->setText(tr("What contracts, refusal letters and receipts print about the "
                            "kindergarten. Problems appear next to their field; nothing you typed "
                            "is lost when the details cannot be saved."));
    m_detailsGroup->setTitle(tr("Kindergarten"));
    m_bankGroup->setTitle(tr("Bank details and parental fee"));
    m_contractGroup->setTitle(tr("Contracts and groups"));
    m_templatesGroup->setTitle(tr("Document templates"));

    const QList<std::pair<QWidget *, QString>> captions = {
        {m_id, tr("Code in the region")},
        {m_nameKk, tr("Full name in Kazakh")},
        {m_nameRu, tr("Full name in Russian")},
        {m_bin, tr("BIN")},
        {m_addressKk, tr("Address in Kazakh")},
        {m_addressRu, tr("Address in Russian")},
        {m_cityKk, tr("City or village in Kazakh")},
        {m_cityRu, tr("City or village in Russian")},
        {m_head, tr("Head (full name)")},
        {m_phone, tr("Phone")},
        {m_authorityKk, tr("Authorised body for complaints, in Kazakh")},
        {m_authorityRu, tr("Authorised body for complaints, in Russian")},
        {m_bank, tr("Bank")},
        {m_account, tr("Account (IBAN)")},
        {m_bik, tr("BIC")},
        {m_feeAmount, tr("Parental fee per month")},
        {m_feeDueDay, tr("Paid by day of the month")},
        {m_feeTermsKk, tr("Fee terms in Kazakh")},
        {m_feeTermsRu, tr("Fee terms in Russian")},
        {m_numberFormat, tr("Contract number format")},
        {m_languagesBox, tr("Languages of the groups")},
    };
    for (const Row &row : std::as_const(m_rows)) {
        for (const auto &[input, caption] : captions)
            if (input == row.input)
                row.caption->setText(caption);
    }
    m_id->setToolTip(tr("The code the region's queue system gives this kindergarten; directions "
                        "carry it."));
    m_bin->setToolTip(tr("Business identification number: 12 digits, the last one a check digit."));
    m_cityKk->setPlaceholderText(QStringLiteral("Астана қаласы"));
    m_cityRu->setPlaceholderText(QStringLiteral("город Астана"));
    m_phone->setPlaceholderText(QStringLiteral("+7 7172 00 00 00"));
    for (QLineEdit *authority : {m_authorityKk, m_authorityRu}) {
        authority->setPlaceholderText(tr("Name and address; the refusal letter names it"));
        authority->setToolTip(tr("The regional department of the authorised body for the assessment and "
                                 "control of the quality of public services, where a parent may complain "
                                 "about a refusal: its name and postal address."));
    }
    m_feeAmount->setSpecialValueText(tr("not charged"));
    m_feeTermsKk->setPlaceholderText(tr("What the fee covers, exemptions"));
    m_feeTermsRu->setPlaceholderText(tr("What the fee covers, exemptions"));
    m_numberFormat->setToolTip(tr("{seq} is the contract's number within the year ({seq:4} pads it "
                                  "to 4 digits); {year} and {month} are those of the contract date."));
    m_kazakh->setText(tr("Kazakh"));
    m_russian->setText(tr("Russian"));
    m_otherLanguage->setText(tr("Other"));

    m_useTemplatesButton->setText(tr("&Use edited templates from..."));
    m_builtInTemplatesButton->setText(tr("Use the &built-in templates"));
    m_copyTemplatesButton->setText(tr("C&opy the built-in templates to..."));
    m_copyTemplatesButton->setToolTip(tr("Copies the program's templates into a folder of your "
                                         "choice so that you can edit their wording."));
    m_revertButton->setText(tr("Re&vert"));
    m_saveButton->setText(tr("&Save"));
    showExample();
    showTemplatesFolder();
    showIssues();
}

KindergartenProfile KindergartenProfileEditor::profile() const
{
    KindergartenProfile p;
    p.id = m_id->text().trimmed();
    p.nameKk = m_nameKk->text().trimmed();
    p.nameRu = m_nameRu->text().trimmed();
    p.bin = m_bin->text();
    p.addressKk = m_addressKk->text().trimmed();
    p.addressRu = m_addressRu->text().trimmed();
    p.cityKk = m_cityKk->text().trimmed();
    p.cityRu = m_cityRu->text().trimmed();
    p.headName = m_head->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.authorityKk = m_authorityKk->text().trimmed();
    p.authorityRu = m_authorityRu->text().trimmed();
    p.bank = m_bank->text().trimmed();
    p.account = compactUpper(m_account->text());
    p.bik = compactUpper(m_bik->text());
    p.feeAmount = m_feeAmount->value();
    p.feeDueDay = m_feeDueDay->value();
    p.feeTermsKk = m_feeTermsKk->toPlainText().trimmed();
    p.feeTermsRu = m_feeTermsRu->toPlainText().trimmed();
    p.contractNumberFormat = m_numberFormat->text().trimmed();
    p.groupLanguages.clear();
    if (m_kazakh->isChecked())
        p.groupLanguages.append(TeachingLanguage::Kazakh);
    if (m_russian->isChecked())
        p.groupLanguages.append(TeachingLanguage::Russian);
    if (m_otherLanguage->isChecked())
        p.groupLanguages.append(TeachingLanguage::Other);
    return p;
}

Issues KindergartenProfileEditor::currentIssues() const
{
    return profile().validate();
}

bool KindergartenProfileEditor::isModified() const
{
    return profile() != m_stored;
}

void KindergartenProfileEditor::load(const KindergartenProfile &p)
{
    m_loading = true;
    m_id->setText(p.id);
    m_nameKk->setText(p.nameKk);
    m_nameRu->setText(p.nameRu);
    m_bin->setText(p.bin);
    m_addressKk->setText(p.addressKk);
    m_addressRu->setText(p.addressRu);
    m_cityKk->setText(p.cityKk);
    m_cityRu->setText(p.cityRu);
    m_head->setText(p.headName);
    m_phone->setText(p.phone);
    m_authorityKk->setText(p.authorityKk);
    m_authorityRu->setText(p.authorityRu);
    m_bank->setText(p.bank);
    m_account->setText(p.account);
    m_bik->setText(p.bik);
    m_feeAmount->setValue(p.feeAmount);
    m_feeDueDay->setValue(p.feeDueDay);
    m_feeTermsKk->setPlainText(p.feeTermsKk);
    m_feeTermsRu->setPlainText(p.feeTermsRu);
    m_numberFormat->setText(p.contractNumberFormat);
    m_kazakh->setChecked(p.groupLanguages.contains(TeachingLanguage::Kazakh));
    m_russian->setChecked(p.groupLanguages.contains(TeachingLanguage::Russian));
    m_otherLanguage->setChecked(p.groupLanguages.contains(TeachingLanguage::Other));
    // A long name is read from its beginning, not its end.
    for (const Row &row : std::as_const(m_rows))
        if (auto edit = qobject_cast<QLineEdit *>(row.input))
            edit->setCursorPosition(0);
    m_loading = false;
}

void KindergartenProfileEditor::revert()
{
    m_stored = m_context.store ? KindergartenProfileStore(m_context.store).load() : KindergartenProfile();
    load(m_stored);
    // What is stored may be stored with the widgets' spelling only (a BIN typed with spaces
    // before the mask): compare against the widgets' reading of it.
    m_stored = profile();
    m_touched.clear();
    m_showAllIssues = false;
    m_statusLabel->hide();
    validateNow();
}

void KindergartenProfileEditor::changed(Field field)
{
    if (m_loading)
        return;
    m_touched.insert(int(field));
    m_statusLabel->hide();
    validateNow();
}

void KindergartenProfileEditor::validateNow()
{
    m_issues = currentIssues();
    showIssues();
    showExample();
    const bool modified = isModified();
    m_saveButton->setEnabled(modified || m_stored.isEmpty());
    m_revertButton->setEnabled(modified);
}

QList<const KindergartenProfileEditor::Row *> KindergartenProfileEditor::rowsFor(const Issue &issue) const
{
    QList<const Row *> rows;
    for (const Row &row : m_rows)
        if (row.field == issue.field)
            rows.append(&row);
    // Both addresses (both cities) share a field: a missing one is shown next to the empty input.
    if (rows.size() > 1 && issue.rule == Rule::Required) {
        QList<const Row *> empty;
        for (const Row *row : std::as_const(rows))
            if (auto edit = qobject_cast<const QLineEdit *>(row->input); edit && edit->text().trimmed().isEmpty())
                empty.append(row);
        if (!empty.isEmpty())
            return empty;
    }
    if (rows.size() > 1)
        rows = {rows.first()};
    return rows;
}

void KindergartenProfileEditor::showIssues()
{
    QHash<const Row *, QStringList> byRow;
    for (const Issue &issue : std::as_const(m_issues)) {
        if (!m_showAllIssues && !m_touched.contains(int(issue.field)))
            continue;
        const QList<const Row *> rows = rowsFor(issue);
        for (const Row *row : rows)
            byRow[row].append(issue.ruleMessage());
    }
    for (const Row &row : std::as_const(m_rows))
        row.showMessages(byRow.value(&row));
}

void KindergartenProfileEditor::showExample()
{
    const bool formatBad = std::any_of(m_issues.cbegin(), m_issues.cend(), [](const Issue &issue) {
        return issue.field == Field::ContractNumberFormat;
    });
    if (formatBad) {
        m_numberExample->clear();
        m_numberExample->hide();
        return;
    }
    // The number the next contract would get: contracts of this year so far, plus one.
    const QDate today = m_context.clock->today();
    int next = 1;
    if (m_context.store) {
        const Expected<QList<Registers::ContractRow>> thisYear =
            Registers::contracts(*m_context.store, QDate(today.year(), 1, 1), QDate(today.year(), 12, 31));
        if (thisYear)
            next = int(thisYear->size()) + 1;
    }
    m_numberExample->setText(tr("Next: %1").arg(profile().contractNumber(next, today)));
    m_numberExample->show();
}

void KindergartenProfileEditor::showStatus(const QString &text, bool error)
{
    m_statusLabel->setText(text);
    DeskStyle::setErrorTone(m_statusLabel, error);
    m_statusLabel->show();
}

bool KindergartenProfileEditor::save()
{
    m_showAllIssues = true;
    validateNow();
    if (hasErrors(m_issues)) {
        showStatus(tr("Not saved: correct the fields marked in red."), true);
        for (const Issue &issue : std::as_const(m_issues)) {
            if (!issue.isError())
                continue;
            if (const QList<const Row *> rows = rowsFor(issue); !rows.isEmpty()) {
                QWidget *input = rows.first()->input == m_languagesBox ? m_kazakh : rows.first()->input;
                input->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return false;
    }
    if (!m_context.store) {
        showStatus(tr("No local store is open."), true);
        return false;
    }
    const KindergartenProfile typed = profile();
    const Status saved = KindergartenProfileStore(m_context.store).save(typed, m_context.clerk, m_context.clock->now());
    if (!saved) {
        showStatus(tr("Not saved: %1").arg(saved.error().message()), true);
        return false;
    }
    m_stored = typed;
    m_touched.clear();
    m_showAllIssues = false;
    validateNow();
    showStatus(tr("Saved."), false);
    emit profileSaved();
    return true;
}

void KindergartenProfileEditor::showTemplatesFolder()
{
    if (m_templatesFolder.isEmpty()) {
        m_templatesLabel->setText(tr("Documents are printed from the built-in templates."));
    } else {
        QString text = tr("Documents are printed from the edited templates in %1; a document whose "
                          "template is not there comes from the built-in one.")
                           .arg(QDir::toNativeSeparators(m_templatesFolder));
        if (!QFileInfo(m_templatesFolder).isDir())
            text += u'\n' + tr("The folder cannot be found: every document comes from the built-in templates.");
        m_templatesLabel->setText(text);
    }
    m_builtInTemplatesButton->setEnabled(!m_templatesFolder.isEmpty());
}

Status KindergartenProfileEditor::useTemplatesFolder(const QString &folder)
{
    if (!m_context.store)
        return Issue::error(Field::Store, Rule::StoreCannotOpen);
    const QString path = folder.isEmpty() ? QString() : QDir::cleanPath(QDir(folder).absolutePath());
    const Status set = KindergartenProfileStore(m_context.store).setTemplatesFolder(path);
    if (!set) {
        showStatus(set.error().message(), true);
        return set;
    }
    m_templatesFolder = path;
    showTemplatesFolder();
    if (path.isEmpty()) {
        showStatus(tr("Documents are printed from the built-in templates."), false);
    } else {
        const QStringList names = builtInTemplateNames();
        const bool any = std::any_of(names.cbegin(), names.cend(), [&path](const QString &name) {
            return QFileInfo::exists(QDir(path).filePath(name));
        });
        if (any)
            showStatus(tr("Edited templates are used from now on."), false);
        else
            showStatus(tr("The folder holds none of the template files (such as %1): every document "
                          "still comes from the built-in templates.")
                           .arg(names.value(0)),
                       true);
    }
    return {};
}

Expected<int> KindergartenProfileEditor::copyBuiltInTemplates(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return Issue::error(Field::None, Rule::StoreWriteFailed, QDir::toNativeSeparators(folder));
    int copied = 0;
    const QStringList names = builtInTemplateNames();
    for (const QString &name : names) {
        const QString target = QDir(folder).filePath(name);
        if (QFileInfo::exists(target))
            continue; // an edited copy is the administrator's work: never overwritten
        if (!QFile::copy(QDir(builtInTemplatesFolder()).filePath(name), target))
            return Issue::error(Field::None, Rule::StoreWriteFailed, QDir::toNativeSeparators(target));
        // Resource files are read-only; the copy is there to be edited.
        QFile::setPermissions(target, QFile::permissions(target) | QFileDevice::WriteOwner | QFileDevice::WriteUser);
        ++copied;
    }
    return copied;
}

void KindergartenProfileEditor::chooseTemplatesFolder()
{
    const QString folder = DeskDialogs::existingFolder(this, tr("Folder of the edited templates"), m_templatesFolder);
    if (!folder.isEmpty())
        useTemplatesFolder(folder);
}

void KindergartenProfileEditor::chooseCopyFolder()
{
    const QString folder = DeskDialogs::existingFolder(this, tr("Copy the built-in templates to"), m_templatesFolder);
    if (folder.isEmpty())
        return;
    const Expected<int> copied = copyBuiltInTemplates(folder);
    if (!copied) {
        showStatus(tr("The templates could not be copied: %1").arg(copied.error().message()), true);
        return;
    }
    const int total = int(builtInTemplateNames().size());
    QString text = tr("%n template(s) copied to %1.", nullptr, *copied).arg(QDir::toNativeSeparators(folder));
    if (*copied < total)
        text += u' ' + tr("%n file(s) already there were kept.", nullptr, total - *copied);
    showStatus(text, false);
    if (QDir::cleanPath(folder) == m_templatesFolder)
        return;
    const auto answer = DeskDialogs::question(this, tr("Document templates"),
                                              text + u'\n' + tr("Print documents from this folder from now on?"));
    if (answer == DeskDialogs::Yes)
        useTemplatesFolder(folder);
}

KindergartenProfileSection::KindergartenProfileSection(const DeskContext &context, QWidget *parent)
    : QGroupBox(parent)
    , m_context(context)
    , m_summaryLabel(new QLabel(this))
    , m_editButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("kindergartenProfileSection"));
    m_summaryLabel->setObjectName(QStringLiteral("kindergartenProfileSummary"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_editButton->setObjectName(QStringLiteral("editKindergartenProfileButton"));
    auto layout = new QHBoxLayout(this);
    layout->addWidget(m_summaryLabel, 1);
    layout->addWidget(m_editButton);
    connect(m_editButton, &QPushButton::clicked, this, [this] { openEditor(); });
    retranslateUi();
}

KindergartenProfileEditor *KindergartenProfileSection::openEditor()
{
    auto editor = new KindergartenProfileEditor(m_context);
    auto profileDialog = new ProfileDialog(editor, this);
    profileDialog->setObjectName(QStringLiteral("kindergartenProfileDialog"));
    profileDialog->setAttribute(Qt::WA_DeleteOnClose);
    profileDialog->setWindowTitle(tr("This kindergarten"));
    // The details are long: they scroll on a small screen.
    auto scroll = new QScrollArea(profileDialog);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(editor);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, profileDialog);
    connect(buttons, &QDialogButtonBox::rejected, profileDialog, &QDialog::reject);
    connect(profileDialog, &QDialog::finished, this, &KindergartenProfileSection::retranslateUi);
    connect(editor, &KindergartenProfileEditor::profileSaved, this, &KindergartenProfileSection::retranslateUi);
    auto layout = new QVBoxLayout(profileDialog);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    // Within the screen, a 1366x768 laptop's included (issue 13 item 5): the rest scrolls.
    QSize size(1000, 760);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    profileDialog->resize(size);
    profileDialog->open();
    return editor;
}

void KindergartenProfileSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void KindergartenProfileSection::showEvent(QShowEvent *event)
{
    retranslateUi(); // the details may have changed
    QGroupBox::showEvent(event);
}

void KindergartenProfileSection::retranslateUi()
{
    setTitle(KindergartenProfileEditor::tr("This kindergarten"));
    const KindergartenProfile profile =
        m_context.store ? KindergartenProfileStore(m_context.store).load() : KindergartenProfile();
    if (profile.isEmpty()) {
        m_summaryLabel->setText(tr("Not filled in yet: contracts, refusal letters and receipts "
                                   "cannot be printed without the kindergarten's details."));
    } else {
        const QString name = QLocale().language() == QLocale::Russian || profile.nameKk.isEmpty()
                                 ? profile.nameRu
                                 : profile.nameKk;
        m_summaryLabel->setText(tr("%1, BIN %2").arg(name, profile.bin));
    }
    m_editButton->setText(tr("Edit the de&tails..."));
}
