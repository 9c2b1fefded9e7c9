#include "SettingsPage.h"

#include "DeskArea.h"
#include "LanguageController.h"
#include "common/DeskStyle.h"
#include "common/HeadingLabel.h"
#include "store/Database.h"
#include "store/RowSeal.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace {

// Lives in the GUI thread; its signals are emitted from the check's thread and reach the page
// queued (and not at all once the page is gone).
class VerifyJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
signals:
    void progressed(int done, int total);
    void finished(bool ok, const QStringList &lines);
};

} // namespace

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
    , m_verifyButton(new QPushButton(m_storeGroup))
    , m_verifyProgress(new QProgressBar(m_storeGroup))
    , m_verifyResultLabel(new QLabel(m_storeGroup))
    , m_readOnlyLabel(new QLabel(this))
{
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyNoteLabel"));
    m_readOnlyLabel->setTextFormat(Qt::PlainText);
    m_readOnlyLabel->setWordWrap(true);
    DeskStyle::setTone(m_readOnlyLabel, DeskStyle::Tone::Warning, true);
    m_readOnlyLabel->hide();
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
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyProgress->setObjectName(QStringLiteral("verifyProgress"));
    m_verifyResultLabel->setObjectName(QStringLiteral("verifyResultLabel"));
    m_verifyResultLabel->setTextFormat(Qt::PlainText);
    m_verifyResultLabel->setWordWrap(true);
    m_verifyResultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verifyProgress->setVisible(false);
    m_verifyButton->setEnabled(false);
    auto verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verifyButton);
    verifyRow->addWidget(m_verifyProgress, 1);
    m_storeForm->addRow(verifyRow);
    m_storeForm->addRow(m_verifyResultLabel);
    connect(m_verifyButton, &QPushButton::clicked, this, &SettingsPage::verifyStore);
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
    layout->addWidget(m_readOnlyLabel);
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
    // An in-memory store cannot be opened a second time: nothing to verify there.
    m_storePath = path == QLatin1String(":memory:") ? QString() : path;
    m_verifyButton->setEnabled(!m_verifying && !m_storePath.isEmpty());
}

void SettingsPage::verifyStore()
{
    if (m_verifying || m_storePath.isEmpty())
        return;
    m_verifying = true;
    m_verifyButton->setEnabled(false);
    m_verifyProgress->setRange(0, 0);
    m_verifyProgress->setVisible(true);
    m_verifyResultLabel->setText(tr("Checking the journal and every application, direction, contract, "
                                    "refusal and place..."));

    // A connection of the check's own, opened and closed in its thread: a million rows take
    // seconds, and the desk stays usable meanwhile (SQLite's WAL lets both read).
    auto job = new VerifyJob;
    connect(job, &VerifyJob::progressed, this, [this](int done, int total) {
        m_verifyProgress->setRange(0, total);
        m_verifyProgress->setValue(done);
    });
    connect(job, &VerifyJob::finished, this, &SettingsPage::showVerification);
    const QString path = m_storePath;
    QThread *thread = QThread::create([job, path] {
        bool ok = false;
        QStringList lines;
        {
            const Expected<std::shared_ptr<Database>> database = Database::open(path);
            if (!database) {
                lines.append(database.error().message());
            } else {
                const Expected<RowSeal::StoreVerification> result = RowSeal::verify(
                    (*database)->connection(), 20, [job](int done, int total) { emit job->progressed(done, total); });
                if (!result) {
                    lines.append(result.error().message());
                } else {
                    ok = result->ok();
                    lines = result->lines();
                }
            }
        }
        emit job->finished(ok, lines);
    });
    connect(thread, &QThread::finished, job, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void SettingsPage::showVerification(bool ok, const QStringList &lines)
{
    m_verifying = false;
    m_verifyProgress->setVisible(false);
    m_verifyButton->setEnabled(!m_storePath.isEmpty());
    if (ok)
        m_verifyResultLabel->setText(tr("Nothing was changed behind the journal's back: %1.").arg(lines.value(0)));
    else
        m_verifyResultLabel->setText(tr("The store was changed outside the program:") + u'\n' + lines.join(u'\n'));
    emit verificationFinished(ok, lines);
}

void SettingsPage::addSection(QWidget *section)
{
    auto box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->count() - 1, section); // before the closing stretch
}

void SettingsPage::setEditable(bool editable)
{
    m_readOnlyLabel->setVisible(!editable);
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
    m_verifyButton->setText(tr("Verif&y"));
    m_readOnlyLabel->setText(tr("Only the head or the administrator can change these settings. You can see "
                                "them and choose your interface language."));
    m_verifyButton->setToolTip(tr("Check that the journal's chain is whole and that no application, direction, "
                                  "contract, refusal or place was changed outside the program"));
}

#include "SettingsPage.moc"
