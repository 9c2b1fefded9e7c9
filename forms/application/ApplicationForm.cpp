#include "application/ApplicationForm.h"

#include "domain/ApplicationNumber.h"
#include "ApplicationDocument.h"
#include "CategoryListModel.h"
#include "DocumentRenderer.h"
#include "common/DeskDialogs.h"
#include "domain/FieldLimits.h"
#include "common/DeskStyle.h"
#include "common/HeadingLabel.h"
#include "common/PhoneEdit.h"
#include "domain/ApplicationValidation.h"
#include "domain/DateText.h"
#include "domain/PhoneText.h"
#include "store/ApplicationStore.h"
#include "store/AuditTrail.h"
#include "store/Database.h"
#include "store/KindergartenProfileStore.h"
#include "store/KindergartenStore.h"
#include "store/SettingsStore.h"
#include "domain/Digits.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The dates of the paper form are written day first.
QString dateFormat() { return DateText::dateFormat(); }

// Errors red, warnings amber, like every form of the desk.
QString issueColor(bool error)
{
    return DeskStyle::color(error ? DeskStyle::Tone::Error : DeskStyle::Tone::Warning).name();
}

QString systemUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

} // namespace

ApplicationForm::ApplicationForm(std::shared_ptr<Database> database, QWidget *parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_clock(std::make_shared<SystemClock>())
    , m_clerk(systemUserName())
{
    buildUi();
    clear();
    retranslateUi();
}

ApplicationForm::~ApplicationForm()
{
    // The focused field loses the focus while QWidget's destructor runs, after this class's
    // members are gone: its editingFinished must not reach touch() then.
    const QList<QWidget *> widgets = findChildren<QWidget *>();
    for (QWidget *widget : widgets)
        disconnect(widget, nullptr, this, nullptr);
}

void ApplicationForm::setClock(std::shared_ptr<const Clock> clock)
{
    m_clock = std::move(clock);
    if (m_result == Result::None && m_touched.isEmpty())
        m_signatureDate->setText(m_clock->today().toString(dateFormat()));
}

void ApplicationForm::setClerk(const QString &clerk)
{
    m_clerk = clerk;
}

QLineEdit *ApplicationForm::addLineEdit(QGroupBox *group, Field field, const QString &objectName)
{
    auto edit = new QLineEdit;
    // Issue 14 item 7: no more than the field takes (FieldLimits, as the stores and the server).
    if (FieldLimits::maxLength(field) > 0)
        edit->setMaxLength(FieldLimits::maxLength(field));
    addRow(group, field, edit, objectName);
    return edit;
}

QLineEdit *ApplicationForm::addDateEdit(QGroupBox *group, Field field, const QString &objectName)
{
    auto edit = new QLineEdit;
    // Day, month, year as on the paper form; digits only, the dots are there already.
    edit->setInputMask(QStringLiteral("99.99.9999;_"));
    const int width = edit->fontMetrics().horizontalAdvance(QStringLiteral("00.00.00000")) * 3 / 2;
    edit->setMaximumWidth(width);
    addRow(group, field, edit, objectName);
    return edit;
}

void ApplicationForm::addRow(QGroupBox *group, Field field, QWidget *input,
                             const QString &objectName, bool secondPhone)
{
    auto grid = static_cast<QGridLayout *>(group->layout());
    const int row = grid->rowCount();
    Row line;
    line.field = field;
    line.caption = new QLabel;
    line.caption->setWordWrap(true);
    line.caption->setBuddy(input);
    line.input = input;
    line.issue = new QLabel;
    line.issue->setObjectName(objectName + QStringLiteral("Issue"));
    line.issue->setWordWrap(true);
    line.issue->setTextFormat(Qt::PlainText);
    line.issue->hide();
    line.secondPhone = secondPhone;
    input->setObjectName(objectName);
    grid->addWidget(line.caption, row, 0, Qt::AlignTop);
    grid->addWidget(input, row, 1);
    grid->addWidget(line.issue, row + 1, 1);
    m_rows.append(line);

    // Problems of a field show once the clerk has worked on it, or all of them after a save.
    if (auto edit = qobject_cast<QLineEdit *>(input)) {
        connect(edit, &QLineEdit::textEdited, this, [this, field] { touch(field, true); });
        connect(edit, &QLineEdit::editingFinished, this, [this, field] {
            if (!m_clearing)
                touch(field, false);
        });
    } else if (auto combo = qobject_cast<QComboBox *>(input)) {
        connect(combo, &QComboBox::activated, this, [this, field] { touch(field, true); });
    } else if (auto check = qobject_cast<QCheckBox *>(input)) {
        connect(check, &QCheckBox::clicked, this, [this, field] { touch(field, true); });
    }
}

void ApplicationForm::buildUi()
{
    m_titleLabel = new HeadingLabel;
    m_summaryLabel = new QLabel;
    m_summaryLabel->setWordWrap(true);

    const auto makeGroup = [this](const QString &objectName) {
        auto group = new QGroupBox;
        group->setObjectName(objectName);
        auto grid = new QGridLayout(group);
        grid->setColumnStretch(1, 1);
        grid->setVerticalSpacing(4);
        m_groups.append(group);
        return group;
    };
    m_applicantGroup = makeGroup(QStringLiteral("applicantGroup"));
    m_childGroup = makeGroup(QStringLiteral("childGroup"));
    m_categoryGroup = makeGroup(QStringLiteral("categoryGroup"));
    m_wishesGroup = makeGroup(QStringLiteral("wishesGroup"));
    m_notificationGroup = makeGroup(QStringLiteral("notificationGroup"));
    m_signatureGroup = makeGroup(QStringLiteral("signatureGroup"));

    // RULES 3.1, the order of Appendix 1: applicant, settlement, child, category and its proof,
    // notification channels, consent and signature. The wishes of RULES 4.2 follow the category.
    m_applicantSurname = addLineEdit(m_applicantGroup, Field::ApplicantSurname, QStringLiteral("applicantSurnameEdit"));
    m_applicantName = addLineEdit(m_applicantGroup, Field::ApplicantName, QStringLiteral("applicantNameEdit"));
    m_applicantPatronymic = addLineEdit(m_applicantGroup, Field::ApplicantPatronymic, QStringLiteral("applicantPatronymicEdit"));
    m_applicantIin = addLineEdit(m_applicantGroup, Field::ApplicantIin, QStringLiteral("applicantIinEdit"));
    m_applicantAddress = addLineEdit(m_applicantGroup, Field::ApplicantAddress, QStringLiteral("applicantAddressEdit"));
    m_settlement = addLineEdit(m_applicantGroup, Field::Settlement, QStringLiteral("settlementEdit"));

    m_childSurname = addLineEdit(m_childGroup, Field::ChildSurname, QStringLiteral("childSurnameEdit"));
    m_childName = addLineEdit(m_childGroup, Field::ChildName, QStringLiteral("childNameEdit"));
    m_childPatronymic = addLineEdit(m_childGroup, Field::ChildPatronymic, QStringLiteral("childPatronymicEdit"));
    m_childIin = addLineEdit(m_childGroup, Field::ChildIin, QStringLiteral("childIinEdit"));
    m_childBirthDate = addDateEdit(m_childGroup, Field::ChildBirthDate, QStringLiteral("childBirthDateEdit"));
    m_childSex = new QComboBox;
    m_childSex->addItem(QString(), int(Iin::Sex::Unknown));
    m_childSex->addItem(QString(), int(Iin::Sex::Male));
    m_childSex->addItem(QString(), int(Iin::Sex::Female));
    addRow(m_childGroup, Field::ChildSex, m_childSex, QStringLiteral("childSexCombo"));

    for (QLineEdit *iin : {m_applicantIin, m_childIin}) {
        // RULES 9: twelve digits, nothing else.
        iin->setInputMask(QStringLiteral("999999999999;_"));
        iin->setMaximumWidth(iin->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000")) * 3 / 2);
    }

    m_category = new QComboBox;
    m_categoryModel = new CategoryListModel(m_category);
    m_category->setModel(m_categoryModel);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->setMinimumContentsLength(16);
    addRow(m_categoryGroup, Field::Category, m_category, QStringLiteral("categoryCombo"));
    m_documentType = addLineEdit(m_categoryGroup, Field::CategoryDocumentType, QStringLiteral("documentTypeEdit"));
    m_documentNumber = addLineEdit(m_categoryGroup, Field::CategoryDocumentNumber, QStringLiteral("documentNumberEdit"));
    m_documentIssuer = addLineEdit(m_categoryGroup, Field::CategoryDocumentIssuer, QStringLiteral("documentIssuerEdit"));
    m_documentIssueDate = addDateEdit(m_categoryGroup, Field::CategoryDocumentIssueDate, QStringLiteral("documentIssueDateEdit"));

    for (int i = 0; i < 4; ++i) {
        auto combo = new QComboBox;
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        m_kindergartens.append(combo);
        addRow(m_wishesGroup, Field::PreferredKindergartens, combo,
               QStringLiteral("kindergartenCombo%1").arg(i + 1));
    }
    m_kindergartenHint = new QLabel;
    m_kindergartenHint->setObjectName(QStringLiteral("kindergartenHint"));
    m_kindergartenHint->setWordWrap(true);
    m_kindergartenHint->setForegroundRole(QPalette::PlaceholderText);
    m_kindergartenHint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    {
        auto grid = static_cast<QGridLayout *>(m_wishesGroup->layout());
        grid->addWidget(m_kindergartenHint, grid->rowCount(), 1);
    }
    m_language = new QComboBox;
    for (TeachingLanguage language : {TeachingLanguage::Any, TeachingLanguage::Kazakh,
                                      TeachingLanguage::Russian, TeachingLanguage::Other})
        m_language->addItem(QString(), int(language));
    addRow(m_wishesGroup, Field::Language, m_language, QStringLiteral("languageCombo"));

    // The country code is printed, the clerk types the ten digits of the number.
    const auto makePhone = [this](const QString &objectName, bool second) {
        auto container = new QWidget;
        auto layout = new QHBoxLayout(container);
        layout->setContentsMargins(0, 0, 0, 0);
        auto prefix = new QLabel(QStringLiteral("+7"));
        m_phonePrefixes.append(prefix);
        auto edit = new PhoneEdit; // 8 or +7 typed first is dropped
        edit->setObjectName(objectName);
        prefix->setBuddy(edit);
        layout->addWidget(prefix);
        layout->addWidget(edit);
        layout->addStretch();
        addRow(m_notificationGroup, Field::Phones, container, objectName + QStringLiteral("Row"), second);
        m_rows.last().input = edit;
        connect(edit, &QLineEdit::textEdited, this, [this] { touch(Field::Phones, true); });
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            if (!m_clearing)
                touch(Field::Phones, false);
        });
        return edit;
    };
    m_phone1 = makePhone(QStringLiteral("phone1Edit"), false);
    m_phone2 = makePhone(QStringLiteral("phone2Edit"), true);
    m_email = addLineEdit(m_notificationGroup, Field::Email, QStringLiteral("emailEdit"));

    m_consent = new QCheckBox;
    addRow(m_signatureGroup, Field::Consent, m_consent, QStringLiteral("consentCheck"));
    // The wording of Appendix 1 is long: it wraps under the box instead of widening the form.
    m_consentText = new QLabel;
    m_consentText->setObjectName(QStringLiteral("consentText"));
    m_consentText->setWordWrap(true);
    m_consentText->setBuddy(m_consent);
    m_consentText->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    {
        auto grid = static_cast<QGridLayout *>(m_signatureGroup->layout());
        grid->addWidget(m_consentText, grid->rowCount(), 1);
    }
    m_signatureDate = addDateEdit(m_signatureGroup, Field::SignatureDate, QStringLiteral("signatureDateEdit"));

    // Two columns of equal width, read (and tabbed through) top to bottom, left then right:
    // applicant, child, category; wishes, notification, consent and signature.
    auto formWidget = new QWidget;
    auto columns = new QHBoxLayout(formWidget);
    const auto addColumn = [columns](std::initializer_list<QGroupBox *> groups) {
        auto column = new QWidget;
        // Equal halves whatever the texts' natural widths; never narrower than a usable field.
        column->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        column->setMinimumWidth(column->fontMetrics().averageCharWidth() * 48);
        auto layout = new QVBoxLayout(column);
        layout->setContentsMargins(0, 0, 0, 0);
        for (QGroupBox *group : groups)
            layout->addWidget(group);
        layout->addStretch();
        columns->addWidget(column, 1);
    };
    addColumn({m_applicantGroup, m_childGroup, m_categoryGroup});
    addColumn({m_wishesGroup, m_notificationGroup, m_signatureGroup});

    m_scrollArea = new QScrollArea;
    m_scrollArea->setObjectName(QStringLiteral("applicationScrollArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setWidget(formWidget);

    m_resultFrame = new QFrame;
    m_resultFrame->setObjectName(QStringLiteral("resultFrame"));
    m_resultFrame->setFrameShape(QFrame::StyledPanel);
    // The form scrolls; the outcome of a save never shrinks below its lines.
    m_resultFrame->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_resultLabel = new QLabel;
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    // Short lines broken where the meaning breaks; not wrapped, so the panel is always tall
    // enough for all of them.
    m_resultLabel->setWordWrap(false);
    m_resultLabel->setTextFormat(Qt::PlainText);
    QFont resultFont = m_resultLabel->font();
    resultFont.setBold(true);
    m_resultLabel->setFont(resultFont);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openExistingButton = new QPushButton;
    m_openExistingButton->setObjectName(QStringLiteral("openExistingButton"));
    m_printButton = new QPushButton;
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_pdfButton = new QPushButton;
    m_pdfButton->setObjectName(QStringLiteral("savePdfButton"));
    m_newButton = new QPushButton;
    m_newButton->setObjectName(QStringLiteral("newApplicationButton"));
    auto resultLayout = new QHBoxLayout(m_resultFrame);
    resultLayout->addWidget(m_resultLabel, 1);
    for (QPushButton *button : {m_openExistingButton, m_printButton, m_pdfButton})
        resultLayout->addWidget(button, 0, Qt::AlignVCenter);

    m_saveButton = new QPushButton;
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    // Ctrl+S from any field; the button's own shortcut is its mnemonic.
    auto saveAction = new QAction(this);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    saveAction->setShortcutContext(Qt::WindowShortcut); // fires only while the page is shown
    connect(saveAction, &QAction::triggered, this, [this] {
        if (m_saveButton->isEnabled())
            save();
    });
    addAction(saveAction);
    auto buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_saveButton);

    auto layout = new QVBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin) * 2;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_scrollArea, 1);
    layout->addWidget(m_resultFrame);
    layout->addLayout(buttons);

    // Tab order: the paper form's order, then the buttons.
    QWidget *previous = nullptr;
    for (const Row &row : std::as_const(m_rows)) {
        if (previous)
            setTabOrder(previous, row.input);
        previous = row.input;
    }
    for (QWidget *next : {static_cast<QWidget *>(m_saveButton), static_cast<QWidget *>(m_newButton),
                          static_cast<QWidget *>(m_openExistingButton),
                          static_cast<QWidget *>(m_printButton), static_cast<QWidget *>(m_pdfButton)}) {
        setTabOrder(previous, next);
        previous = next;
    }

    m_validationTimer = new QTimer(this);
    m_validationTimer->setSingleShot(true);
    m_validationTimer->setInterval(300);
    connect(m_validationTimer, &QTimer::timeout, this, &ApplicationForm::validateNow);

    for (const Row &row : std::as_const(m_rows)) {
        if (auto edit = qobject_cast<QLineEdit *>(row.input))
            connect(edit, &QLineEdit::textChanged, this, &ApplicationForm::scheduleValidation);
        else if (auto combo = qobject_cast<QComboBox *>(row.input))
            connect(combo, &QComboBox::currentIndexChanged, this, &ApplicationForm::scheduleValidation);
        else if (auto check = qobject_cast<QCheckBox *>(row.input))
            connect(check, &QCheckBox::toggled, this, &ApplicationForm::scheduleValidation);
    }
    connect(m_childIin, &QLineEdit::textChanged, this, &ApplicationForm::proposeFromChildIin);
    // A date or sex the clerk types is theirs: a later IIN no longer overwrites it.
    connect(m_childBirthDate, &QLineEdit::textEdited, this, [this] { m_birthDateProposed = false; });
    connect(m_childSex, &QComboBox::activated, this, [this] { m_sexProposed = false; });
    connect(m_category, &QComboBox::currentIndexChanged, this, &ApplicationForm::updateDocumentFields);
    connect(m_saveButton, &QPushButton::clicked, this, &ApplicationForm::save);
    connect(m_newButton, &QPushButton::clicked, this, &ApplicationForm::newApplication);
    connect(m_openExistingButton, &QPushButton::clicked, this, &ApplicationForm::openExisting);
    connect(m_printButton, &QPushButton::clicked, this, &ApplicationForm::printApplication);
    connect(m_pdfButton, &QPushButton::clicked, this, &ApplicationForm::saveApplicationPdf);

    reloadKindergartens();
}

void ApplicationForm::retranslateUi()
{
    m_titleLabel->setText(tr("Application (Appendix 1)"));
    m_summaryLabel->setText(
        tr("Fill in the form with the applicant, in the order of the paper form. Problems appear "
           "next to their field; nothing you typed is lost when the application cannot be saved."));
    m_applicantGroup->setTitle(tr("Applicant"));
    m_childGroup->setTitle(tr("Child"));
    m_categoryGroup->setTitle(tr("Category"));
    m_wishesGroup->setTitle(tr("Wishes"));
    m_notificationGroup->setTitle(tr("Notification of changes"));
    m_signatureGroup->setTitle(tr("Consent and signature"));

    int phone = 0;
    int kindergarten = 0;
    for (const Row &row : std::as_const(m_rows)) {
        QString caption;
        switch (row.field) {
        case Field::ApplicantSurname:
        case Field::ChildSurname: caption = tr("Surname"); break;
        case Field::ApplicantName:
        case Field::ChildName: caption = tr("Name"); break;
        case Field::ApplicantPatronymic:
        case Field::ChildPatronymic: caption = tr("Patronymic (if any)"); break;
        case Field::ApplicantIin:
        case Field::ChildIin: caption = tr("IIN"); break;
        case Field::ApplicantAddress: caption = tr("Home address"); break;
        case Field::Settlement: caption = tr("Settlement (city, town or village)"); break;
        case Field::ChildBirthDate: caption = tr("Date of birth"); break;
        case Field::ChildSex: caption = tr("Sex"); break;
        case Field::Category: caption = tr("Category"); break;
        case Field::CategoryDocumentType: caption = tr("Supporting document"); break;
        case Field::CategoryDocumentNumber: caption = tr("Document number"); break;
        case Field::CategoryDocumentIssuer: caption = tr("Issued by"); break;
        case Field::CategoryDocumentIssueDate: caption = tr("Date of issue"); break;
        case Field::PreferredKindergartens: caption = tr("Kindergarten %1").arg(++kindergarten); break;
        case Field::Language: caption = tr("Language of upbringing and teaching"); break;
        case Field::Phones: caption = tr("Mobile number %1 (SMS)").arg(++phone); break;
        case Field::Email: caption = tr("E-mail"); break;
        case Field::Consent: caption = tr("Consent"); break;
        case Field::SignatureDate: caption = tr("Date of signature"); break;
        default: break;
        }
        row.caption->setText(caption);
    }
    for (QLineEdit *date : {m_childBirthDate, m_documentIssueDate, m_signatureDate})
        date->setToolTip(tr("Day, month and year: DD.MM.YYYY"));
    m_childBirthDate->setToolTip(tr("Day, month and year: DD.MM.YYYY. Proposed from the child's "
                                    "IIN; correct it when the birth certificate says otherwise."));
    m_documentType->setPlaceholderText(tr("e.g. certificate from the place of service"));
    m_email->setPlaceholderText(tr("name@example.kz"));

    m_childSex->setItemText(0, tr("Not stated"));
    m_childSex->setItemText(1, tr("Male"));
    m_childSex->setItemText(2, tr("Female"));
    m_language->setItemText(0, tr("Any"));
    m_language->setItemText(1, tr("Kazakh"));
    m_language->setItemText(2, tr("Russian"));
    m_language->setItemText(3, tr("Other"));
    m_categoryModel->retranslate();
    fillKindergartenCombos();

    m_consent->setText(tr("Given"));
    m_consentText->setText(tr("The applicant consents to the use of personal data protected by "
                              "law in the information system."));
    m_saveButton->setText(tr("&Register"));
    m_saveButton->setToolTip(tr("Register the application (Ctrl+S)"));
    m_newButton->setText(tr("&New application"));
    m_openExistingButton->setText(tr("&Open the existing application"));
    m_printButton->setText(tr("&Print..."));
    m_pdfButton->setText(tr("Save as P&DF..."));
    showIssues();
    showResult();
}

void ApplicationForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ApplicationForm::showEvent(QShowEvent *event)
{
    reloadKindergartens();
    // Settings may have changed while another page was shown.
    reloadSettings();
    QWidget::showEvent(event);
}

void ApplicationForm::reloadKindergartens()
{
    fillKindergartenCombos();
}

void ApplicationForm::fillKindergartenCombos()
{
    QList<Kindergarten> all;
    if (m_database) {
        const Expected<QList<Kindergarten>> listed = KindergartenStore(m_database).list();
        if (listed)
            all = *listed;
    }
    const QLocale::Language language = QLocale().language();
    for (QComboBox *combo : std::as_const(m_kindergartens)) {
        const QString chosen = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(none)"), QString());
        for (const Kindergarten &k : std::as_const(all)) {
            QString text = k.name(language);
            if (!k.settlement.isEmpty())
                text += QStringLiteral(" — ") + k.settlement;
            combo->addItem(text, k.id);
        }
        int index = combo->findData(chosen);
        if (index < 0 && !chosen.isEmpty()) {
            // A kindergarten removed from the list meanwhile stays chosen, shown by its id.
            combo->addItem(chosen, chosen);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(index, 0));
    }
    m_kindergartenHint->setText(
        all.isEmpty() ? tr("The region's list of kindergartens is empty: an administrator adds "
                           "them in Settings.")
                      : tr("Up to four, in order of preference."));
}

void ApplicationForm::updateDocumentFields()
{
    // RULES 3.2: only categories 1, 2, 4 and 8 are proven by a document.
    const auto category = Categories::fromCode(m_category->currentData(CategoryListModel::CodeRole).toInt());
    const bool needed = category && Categories::requiresDocument(*category);
    for (QLineEdit *edit : {m_documentType, m_documentNumber, m_documentIssuer, m_documentIssueDate})
        edit->setEnabled(needed);
}

void ApplicationForm::proposeFromChildIin()
{
    // RULES 9: the digits suggest birth date and sex; the clerk may correct both.
    const Expected<Iin> iin = Iin::parse(m_childIin->text());
    if (!iin)
        return;
    if (m_birthDateProposed) {
        if (const std::optional<QDate> date = iin->birthDate())
            m_childBirthDate->setText(date->toString(dateFormat()));
    }
    if (m_sexProposed && iin->sex() != Iin::Sex::Unknown)
        m_childSex->setCurrentIndex(m_childSex->findData(int(iin->sex())));
}

QDate ApplicationForm::dateFrom(const QLineEdit *edit)
{
    return DateText::fromText(edit->text());
}

Application ApplicationForm::application() const
{
    Application a;
    a.applicant = PersonName{m_applicantSurname->text().trimmed(), m_applicantName->text().trimmed(),
                             m_applicantPatronymic->text().trimmed()};
    a.applicantIin = m_applicantIin->text();
    a.applicantAddress = m_applicantAddress->text().trimmed();
    a.settlement = m_settlement->text().trimmed();
    a.child = PersonName{m_childSurname->text().trimmed(), m_childName->text().trimmed(),
                         m_childPatronymic->text().trimmed()};
    a.childIin = m_childIin->text();
    a.childBirthDate = dateFrom(m_childBirthDate);
    a.childSex = static_cast<Iin::Sex>(m_childSex->currentData().toInt());
    a.category = Categories::fromCode(m_category->currentData(CategoryListModel::CodeRole).toInt())
                     .value_or(Category::None);
    if (Categories::requiresDocument(a.category)) {
        a.categoryDocument = CategoryDocument{m_documentType->text().trimmed(),
                                              m_documentNumber->text().trimmed(),
                                              m_documentIssuer->text().trimmed(),
                                              dateFrom(m_documentIssueDate)};
    }
    for (const QComboBox *combo : m_kindergartens)
        if (const QString id = combo->currentData().toString(); !id.isEmpty())
            a.preferredKindergartens.append(id);
    a.language = static_cast<TeachingLanguage>(m_language->currentData().toInt());
    for (const QLineEdit *phone : {m_phone1, m_phone2})
        if (const QString digits = Digits::of(phone->text()); !digits.isEmpty())
            a.phones.append(QStringLiteral("+7") + digits);
    a.email = m_email->text().trimmed();
    a.consent = m_consent->isChecked();
    a.signatureDate = dateFrom(m_signatureDate);
    return a;
}

RuleSettings ApplicationForm::ruleSettings() const
{
    return m_settings;
}

void ApplicationForm::reloadSettings()
{
    m_settings = m_database ? SettingsStore(m_database).load().settings : RuleSettings{};
    // The store may have changed too (another desk, an import): look the child up again.
    m_duplicateLookup.reset();
    scheduleValidation();
}

Issues ApplicationForm::currentIssues() const
{
    const Application a = application();
    Issues issues = validateApplication(a, ValidationContext{m_clock->now(), ruleSettings()});

    // A date typed only in part is not a date: say so instead of "must be filled in".
    const std::pair<const QLineEdit *, Field> dates[] = {
        {m_childBirthDate, Field::ChildBirthDate},
        {m_documentIssueDate, Field::CategoryDocumentIssueDate},
        {m_signatureDate, Field::SignatureDate},
    };
    for (const auto &[edit, field] : dates) {
        if (!edit->isEnabled() || Digits::of(edit->text()).isEmpty() || dateFrom(edit).isValid())
            continue;
        issues.removeIf([field = field](const Issue &issue) {
            return issue.field == field && issue.rule == Rule::Required;
        });
        issues.append(Issue::error(field, Rule::DateNotDayMonthYear));
    }
    // RULES 3.2 [Q]: one active application per child, found while the clerk is still typing.
    // Looked up once per IIN, not on every tick (each keystroke in any field validates): the
    // store checks it again when registering.
    if (m_database && (m_result != Result::Saved)) {
        if (const Expected<Iin> iin = Iin::parse(a.childIin)) {
            const QString digits = iin->toString();
            if (!m_duplicateLookup || m_duplicateLookup->iin != digits) {
                const auto existing = ApplicationStore(m_database).findActiveByChildIin(digits);
                m_duplicateLookup = DuplicateLookup{digits, existing ? existing->id : QString()};
                ++m_duplicateLookups;
            }
            if (!m_duplicateLookup->existingId.isEmpty())
                issues.append(Issue::error(Field::ChildIin, Rule::ActiveApplicationExists, m_duplicateLookup->existingId));
        }
    }
    return issues;
}

void ApplicationForm::scheduleValidation()
{
    if (!m_clearing)
        m_validationTimer->start();
}

void ApplicationForm::touch(Field field, bool changed)
{
    m_touched.insert(int(field));
    // The form changed after a save: the next save registers a new application. (Leaving a
    // field, as the focus moves on after a save, changes nothing.)
    if (changed && m_result == Result::Saved) {
        m_result = Result::None;
        m_saved.reset();
        showResult();
    }
    scheduleValidation();
}

void ApplicationForm::validateNow()
{
    m_validationTimer->stop();
    m_issues = currentIssues();
    const bool duplicate = std::any_of(m_issues.cbegin(), m_issues.cend(), [](const Issue &issue) {
        return issue.rule == Rule::ActiveApplicationExists;
    });
    if (duplicate) {
        m_touched.insert(int(Field::ChildIin));
    } else if (m_result == Result::Duplicate) {
        m_result = Result::None;
        m_existing.reset();
        showResult();
    }
    showIssues();
}

const ApplicationForm::Row *ApplicationForm::rowFor(const Issue &issue) const
{
    const Row *found = nullptr;
    for (const Row &row : m_rows) {
        if (row.field != issue.field)
            continue;
        if (issue.field == Field::Phones && row.secondPhone) {
            // A wrong number is shown next to the number it is about.
            if (!issue.detail.isEmpty()
                && issue.detail == QStringLiteral("+7") + Digits::of(m_phone2->text()))
                return &row;
            continue;
        }
        if (!found)
            found = &row;
    }
    return found;
}

void ApplicationForm::showIssues()
{
    QHash<const Row *, Issues> byRow;
    for (const Issue &issue : std::as_const(m_issues)) {
        if (!m_showAllIssues && !m_touched.contains(int(issue.field)))
            continue;
        if (const Row *row = rowFor(issue))
            byRow[row].append(issue);
    }
    for (const Row &row : std::as_const(m_rows)) {
        const Issues issues = byRow.value(&row);
        if (issues.isEmpty()) {
            row.issue->clear();
            row.issue->hide();
            continue;
        }
        QStringList lines;
        bool error = false;
        for (const Issue &issue : issues) {
            lines.append(issue.ruleMessage());
            error = error || issue.isError();
        }
        lines.removeDuplicates();
        row.issue->setText(lines.join(u'\n'));
        row.issue->setStyleSheet(QStringLiteral("color: %1;").arg(issueColor(error)));
        row.issue->setProperty("severity", error ? QStringLiteral("error") : QStringLiteral("warning"));
        row.issue->show();
    }
}

bool ApplicationForm::save()
{
    m_showAllIssues = true;
    validateNow();

    const auto firstError = [this]() -> const Row * {
        for (const Row &row : std::as_const(m_rows))
            for (const Issue &issue : std::as_const(m_issues))
                if (issue.isError() && rowFor(issue) == &row)
                    return &row;
        return nullptr;
    };

    const auto duplicate = std::find_if(m_issues.cbegin(), m_issues.cend(), [](const Issue &issue) {
        return issue.rule == Rule::ActiveApplicationExists;
    });
    if (duplicate != m_issues.cend()) {
        m_existing = ApplicationStore(m_database).find(duplicate->detail);
        m_result = Result::Duplicate;
        showResult();
        m_childIin->setFocus();
        return false;
    }
    if (hasErrors(m_issues)) {
        m_result = Result::None;
        showResult();
        if (const Row *row = firstError()) {
            m_scrollArea->ensureWidgetVisible(row->input);
            row->input->setFocus(Qt::OtherFocusReason);
        }
        return false;
    }
    if (!m_database)
        return false;

    const ValidationContext context{m_clock->now(), ruleSettings()};
    const Expected<RegisteredApplication> registered =
        ApplicationStore(m_database).registerApplication(application(), m_clerk, context);
    if (!registered) {
        const Issue &error = registered.error();
        if (error.rule == Rule::ActiveApplicationExists) {
            m_existing = ApplicationStore(m_database).find(error.detail);
            m_result = Result::Duplicate;
        } else {
            m_failure = error;
            m_result = Result::Failed;
        }
        showResult();
        return false;
    }
    m_saved = registered->application;
    m_savedQueueNumber = registered->queueNumber;
    // This child now has an active application: the next lookup must see it.
    m_duplicateLookup.reset();
    m_result = Result::Saved;
    m_issues = registered->warnings;
    showIssues();
    showResult();
    m_newButton->setFocus();
    emit applicationRegistered(m_saved->id);
    return true;
}

void ApplicationForm::showResult()
{
    m_openExistingButton->setVisible(m_result == Result::Duplicate && m_existing.has_value());
    m_printButton->setVisible(m_result == Result::Saved);
    m_pdfButton->setVisible(m_result == Result::Saved);
    m_saveButton->setEnabled(m_result != Result::Saved);
    m_resultFrame->setVisible(m_result != Result::None);

    const QLocale locale;
    switch (m_result) {
    case Result::None:
        m_resultLabel->clear();
        break;
    case Result::Saved: {
        const QString number = m_savedQueueNumber > 0 ? locale.toString(m_savedQueueNumber)
                                                      : tr("not known yet");
        m_resultLabel->setText(
            tr("The application is registered.\nProvisional queue number: %1 among the children "
               "born in %2.\nApplication number: %3")
                .arg(number, QString::number(m_saved->birthYear()),
                     ApplicationNumbers::shown(m_saved->number, m_saved->id)));
        DeskStyle::setTone(m_resultLabel, DeskStyle::Tone::Ok);
        break;
    }
    case Result::Duplicate:
        if (m_existing) {
            m_resultLabel->setText(
                tr("Not registered: %1 already has an active application.\n"
                   "Application number: %2, filed on %3.")
                    .arg(m_existing->child.fullName(), ApplicationNumbers::shown(m_existing->number, m_existing->id),
                         DateText::date(m_existing->filedAt.toLocalTime().date())));
        } else {
            m_resultLabel->setText(tr("Not registered: this child already has an active application."));
        }
        m_resultLabel->setStyleSheet(QStringLiteral("color: %1;").arg(issueColor(true)));
        break;
    case Result::Failed:
        m_resultLabel->setText(tr("Not registered:") + u'\n' + (m_failure ? m_failure->message() : QString()));
        m_resultLabel->setStyleSheet(QStringLiteral("color: %1;").arg(issueColor(true)));
        break;
    }
    // The panel's height follows its lines at once, not at the next layout pass.
    if (layout())
        layout()->activate();
}

void ApplicationForm::clear()
{
    m_clearing = true;
    m_validationTimer->stop();
    for (const Row &row : std::as_const(m_rows)) {
        if (auto edit = qobject_cast<QLineEdit *>(row.input))
            edit->clear();
    }
    m_childSex->setCurrentIndex(0);
    m_category->setCurrentIndex(m_category->count() - 1); // 10: none of the above
    for (QComboBox *combo : std::as_const(m_kindergartens))
        combo->setCurrentIndex(0);
    m_language->setCurrentIndex(0);
    m_consent->setChecked(false);
    m_signatureDate->setText(m_clock->today().toString(dateFormat()));
    m_birthDateProposed = true;
    m_sexProposed = true;
    m_touched.clear();
    m_showAllIssues = false;
    m_issues.clear();
    m_result = Result::None;
    m_saved.reset();
    m_savedQueueNumber = 0;
    m_duplicateLookup.reset();
    m_existing.reset();
    m_failure.reset();
    m_clearing = false;
    updateDocumentFields();
    showIssues();
    showResult();
    m_scrollArea->ensureVisible(0, 0);
    m_applicantSurname->setFocus();
}

bool ApplicationForm::hasUnsavedInput() const
{
    if (m_result == Result::Saved)
        return false;
    for (const Row &row : std::as_const(m_rows)) {
        auto edit = qobject_cast<const QLineEdit *>(row.input);
        if (!edit || edit == m_signatureDate)
            continue;
        // The masks' own dots, brackets and dashes are not typed text.
        const QString text = edit->text();
        if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            return true;
    }
    const bool anyKindergarten = std::any_of(m_kindergartens.cbegin(), m_kindergartens.cend(),
                                             [](const QComboBox *combo) { return combo->currentIndex() > 0; });
    return anyKindergarten || m_childSex->currentIndex() != 0
           || m_category->currentIndex() != m_category->count() - 1 || m_language->currentIndex() != 0
           || m_consent->isChecked();
}

bool ApplicationForm::newApplication()
{
    if (hasUnsavedInput()
        && DeskDialogs::question(this, tr("New application"),
                                 tr("This application has not been saved. Discard what you typed and start "
                                    "a new one?"),
                                 DeskDialogs::Discard | DeskDialogs::Cancel, DeskDialogs::Cancel)
               != DeskDialogs::Discard)
        return false;
    clear();
    return true;
}

void ApplicationForm::openExisting()
{
    if (!m_existing)
        return;
    const Application &a = *m_existing;
    auto dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("existingApplicationDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Application %1").arg(ApplicationNumbers::shown(a.number, a.id)));
    auto form = new QFormLayout;
    const auto addLine = [form](const QString &caption, const QString &value) {
        auto label = new QLabel(value);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        form->addRow(caption, label);
    };
    addLine(tr("Application number:"), ApplicationNumbers::shown(a.number, a.id));
    addLine(tr("Filed:"), DateText::dateTime(a.filedAt));
    addLine(tr("Child:"), a.child.fullName());
    addLine(tr("Child's IIN:"), a.childIin);
    addLine(tr("Date of birth:"), DateText::date(a.childBirthDate));
    addLine(tr("Applicant:"), a.applicant.fullName());
    addLine(tr("Applicant's IIN:"), a.applicantIin);
    addLine(tr("Category:"), Categories::label(a.category));
    addLine(tr("Mobile numbers:"), PhoneText::display(a.phones));
    addLine(tr("E-mail:"), a.email);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog->open();
}

namespace {
DocumentLanguage documentLanguage()
{
    // The clerk's language by default (RULES 11: Kazakh or Russian).
    return QLocale().language() == QLocale::Russian ? DocumentLanguage::Russian
                                                    : DocumentLanguage::Kazakh;
}
// What the printed application needs from the store: the names of the preferred kindergartens
// and the addressee, this kindergarten from its profile (issue 13: it was left blank).
ApplicationDocumentExtras documentExtras(const std::shared_ptr<Database> &database)
{
    ApplicationDocumentExtras extras;
    if (const Expected<QList<Kindergarten>> all = KindergartenStore(database).list()) {
        for (const Kindergarten &k : *all)
            extras.kindergartenNames.insert(k.id, k.name(DocumentLanguages::locale(documentLanguage()).language()));
    }
    extras.serviceProvider =
        ApplicationDocument::serviceProvider(KindergartenProfileStore(database).load(), documentLanguage());
    return extras;
}
} // namespace

void ApplicationForm::printApplication()
{
    if (!m_saved)
        return;
    const ApplicationDocumentExtras extras = documentExtras(m_database);
    std::shared_ptr<QTextDocument> document =
        ApplicationDocument::document(*m_saved, documentLanguage(), extras);
    QPrinter printer(QPrinter::HighResolution);
    const bool printed = DeskDialogs::printPreview(this, printer, windowTitle(), [document](QPrinter *device) {
        DocumentRenderer::print(*document, *device);
    });
    // DESIGN 9: the printed application carries the child's personal data: who printed it, when.
    if (printed)
        if (const Status audited = AuditTrail::recordPrinted(m_database, AuditTrail::Documents::application(), m_saved->id,
                                                             ApplicationDocument::printed(*m_saved), m_clerk, m_clock->now());
            !audited)
            m_resultLabel->setText(audited.error().message());
}

void ApplicationForm::saveApplicationPdf()
{
    if (!m_saved)
        return;
    const QString path = DeskDialogs::saveFileName(
        this, tr("Save the application as PDF"),
        tr("application-%1.pdf").arg(m_saved->id.left(8)), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status written = writePdf(path); !written)
        m_resultLabel->setText(written.error().message());
    else if (const Status audited = AuditTrail::recordPrinted(m_database, AuditTrail::Documents::application(), m_saved->id,
                                                              ApplicationDocument::printed(*m_saved), m_clerk, m_clock->now());
             !audited)
        m_resultLabel->setText(audited.error().message());
}

Status ApplicationForm::writePdf(const QString &path) const
{
    if (!m_saved)
        return Issue::error(Field::None, Rule::Required);
    const ApplicationDocumentExtras extras = documentExtras(m_database);
    return ApplicationDocument::writePdf(*m_saved, documentLanguage(), path, extras);
}
