#include "SettingsPage.h"

#include "DeskArea.h"
#include "LanguageController.h"
#include "common/HeadingLabel.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

SettingsPage::SettingsPage(LanguageController *languages, QWidget *parent)
    : QWidget(parent)
    , m_languages(languages)
    , m_titleLabel(new HeadingLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_languageGroup(new QGroupBox(this))
    , m_languageForm(new QFormLayout(m_languageGroup))
    , m_languageLabel(new QLabel(m_languageGroup))
    , m_languageComboBox(new QComboBox(m_languageGroup))
    , m_languageHintLabel(new QLabel(m_languageGroup))
    , m_storeGroup(new QGroupBox(this))
    , m_storeForm(new QFormLayout(m_storeGroup))
    , m_storePathCaption(new QLabel(m_storeGroup))
    , m_storePathLabel(new QLabel(m_storeGroup))
    , m_schemaVersionCaption(new QLabel(m_storeGroup))
    , m_schemaVersionLabel(new QLabel(m_storeGroup))
    , m_programVersionCaption(new QLabel(m_storeGroup))
    , m_programVersionLabel(new QLabel(m_storeGroup))
{
    m_languageComboBox->setObjectName(QStringLiteral("languageComboBox"));
    m_storePathLabel->setObjectName(QStringLiteral("storePathLabel"));
    m_schemaVersionLabel->setObjectName(QStringLiteral("schemaVersionLabel"));

    // Each language is offered under its own name, whatever the current UI language.
    for (QLocale::Language language : Translations::supportedLanguages())
        m_languageComboBox->addItem(Translations::nativeName(language),
                                    Translations::code(language));
    m_languageComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_languageLabel->setBuddy(m_languageComboBox);
    m_languageForm->addRow(m_languageLabel, m_languageComboBox);
    m_languageForm->addRow(m_languageHintLabel);

    // A path is not prose: it stays on one line, never broken at a slash.
    for (QLabel *label : {m_summaryLabel, m_languageHintLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    for (QLabel *label : {m_storePathLabel, m_schemaVersionLabel, m_programVersionLabel})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_languageHintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_programVersionLabel->setText(QStringLiteral(QABYLDAU_VERSION));
    m_storeForm->addRow(m_storePathCaption, m_storePathLabel);
    m_storeForm->addRow(m_schemaVersionCaption, m_schemaVersionLabel);
    m_storeForm->addRow(m_programVersionCaption, m_programVersionLabel);
    for (QFormLayout *form : {m_languageForm, m_storeForm})
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto layout = new QVBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin) * 3;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setSpacing(margin);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_languageGroup);
    layout->addWidget(m_storeGroup);
    layout->addStretch();

    connect(m_languageComboBox, &QComboBox::activated, this, [this](int index) {
        const auto language = Translations::fromCode(m_languageComboBox->itemData(index).toString());
        if (language != m_languages->current())
            m_languages->choose(language);
    });
    connect(m_languages, &LanguageController::languageChanged, this, &SettingsPage::showLanguage);
    showLanguage(m_languages->current());
    retranslateUi();
}

void SettingsPage::setStore(const QString &path, int schemaVersion)
{
    m_storePathLabel->setText(QDir::toNativeSeparators(path));
    m_schemaVersionLabel->setText(QString::number(schemaVersion));
}

void SettingsPage::addSection(QWidget *section)
{
    auto box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->count() - 1, section); // before the closing stretch
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsPage::showLanguage(QLocale::Language language)
{
    const int index = m_languageComboBox->findData(Translations::code(language));
    if (index >= 0)
        m_languageComboBox->setCurrentIndex(index);
}

void SettingsPage::retranslateUi()
{
    m_titleLabel->setText(DeskAreas::name(DeskArea::Settings));
    m_summaryLabel->setText(DeskAreas::summary(DeskArea::Settings));
    m_languageGroup->setTitle(tr("Interface language"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageHintLabel->setText(
        tr("The interface switches at once, without a restart, and opens in this language next "
           "time. Documents are printed in the language chosen for each document."));
    m_storeGroup->setTitle(tr("Local store"));
    m_storePathCaption->setText(tr("File:"));
    m_schemaVersionCaption->setText(tr("Schema version:"));
    m_programVersionCaption->setText(tr("Program version:"));
}
