#include "applications/CorrectApplicationDialog.h"

#include "CategoryListModel.h"
#include "common/DeskStyle.h"
#include "domain/DateText.h"
#include "settings/RuleSettings.h"
#include "store/ApplicationStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

CorrectApplicationDialog::CorrectApplicationDialog(const DeskContext &context, const Application &application,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_original(application)
{
    setObjectName(QStringLiteral("correctApplicationDialog"));
    setWindowTitle(tr("Correct the application"));

    auto intro = new QLabel(tr("%1, filed %2. The filing date stays as it is when the category changes.")
                                .arg(application.child.fullName(), DateText::dateTime(application.filedAt)));
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);

    const auto lineEdit = [](const char *name, const QString &text) {
        auto edit = new QLineEdit(text);
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    m_address = lineEdit("addressEdit", application.applicantAddress);
    m_settlement = lineEdit("settlementEdit", application.settlement);
    m_phone1 = lineEdit("phone1Edit", application.phones.value(0));
    m_phone2 = lineEdit("phone2Edit", application.phones.value(1));
    m_email = lineEdit("emailEdit", application.email);

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Any"), static_cast<int>(TeachingLanguage::Any));
    m_language->addItem(tr("Kazakh"), static_cast<int>(TeachingLanguage::Kazakh));
    m_language->addItem(tr("Russian"), static_cast<int>(TeachingLanguage::Russian));
    m_language->addItem(tr("Other"), static_cast<int>(TeachingLanguage::Other));
    m_language->setCurrentIndex(qMax(0, m_language->findData(static_cast<int>(application.language))));

    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->setModel(new CategoryListModel(m_category));
    m_category->setCurrentIndex(qMax(0, m_category->findData(Categories::code(application.category),
                                                             CategoryListModel::CodeRole)));

    m_documentType = lineEdit("documentTypeEdit", application.categoryDocument.type);
    m_documentNumber = lineEdit("documentNumberEdit", application.categoryDocument.number);
    m_documentIssuer = lineEdit("documentIssuerEdit", application.categoryDocument.issuer);
    // Typed day first as on paper, like every date of the desk (DeskStyle).
    m_documentDate = DeskStyle::makeDateEdit();
    m_documentDate->setObjectName(QStringLiteral("documentDateEdit"));
    m_documentDate->setText(DateText::date(application.categoryDocument.issueDate));

    auto form = new QFormLayout;
    form->addRow(tr("Applicant's address"), m_address);
    form->addRow(tr("Settlement"), m_settlement);
    form->addRow(tr("Mobile phone"), m_phone1);
    form->addRow(tr("Second mobile phone"), m_phone2);
    form->addRow(tr("E-mail"), m_email);
    form->addRow(tr("Language of upbringing and teaching"), m_language);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Category document"), m_documentType);
    form->addRow(tr("Document number"), m_documentNumber);
    form->addRow(tr("Issued by"), m_documentIssuer);
    form->addRow(tr("Issued on"), m_documentDate);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    DeskStyle::setTone(m_error, DeskStyle::Tone::Error);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CorrectApplicationDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

Application CorrectApplicationDialog::edited() const
{
    Application a = m_original;
    a.applicantAddress = m_address->text().trimmed();
    a.settlement = m_settlement->text().trimmed();
    a.phones = QStringList{m_phone1->text(), m_phone2->text()};
    a.email = m_email->text();
    a.language = static_cast<TeachingLanguage>(m_language->currentData().toInt());
    a.category = Categories::fromCode(m_category->currentData(CategoryListModel::CodeRole).toInt()).value_or(Category::None);
    a.categoryDocument.type = m_documentType->text().trimmed();
    a.categoryDocument.number = m_documentNumber->text().trimmed();
    a.categoryDocument.issuer = m_documentIssuer->text().trimmed();
    a.categoryDocument.issueDate = DeskStyle::dateFrom(m_documentDate);
    return a;
}

bool CorrectApplicationDialog::save()
{
    ApplicationStore store(m_context.store);
    const Expected<RegisteredApplication> result = store.correctApplication(
        m_original.id, edited(), m_context.clerk, ValidationContext{m_context.clock->now(), m_context.ruleSettings()});
    if (!result) {
        m_error->setText(result.error().message());
        return false;
    }
    m_corrected = result->application;
    accept();
    return true;
}
