#include "AboutDialog.h"

#include "common/HeadingLabel.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace {
// The product name is a name, not a word: the same in every language.
QString productName()
{
    return QStringLiteral("Qabyldau");
}
} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_nameLabel(new HeadingLabel(this))
    , m_versionLabel(new QLabel(this))
    , m_descriptionLabel(new QLabel(this))
    , m_offlineLabel(new QLabel(this))
    , m_qtLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    m_descriptionLabel->setObjectName(QStringLiteral("descriptionLabel"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    m_nameLabel->setText(productName());
    for (QLabel *label : {m_versionLabel, m_descriptionLabel, m_offlineLabel, m_qtLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto layout = new QVBoxLayout(this);
    layout->setSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing) * 2);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_versionLabel);
    layout->addWidget(m_descriptionLabel);
    layout->addWidget(m_offlineLabel);
    layout->addWidget(m_qtLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    retranslateUi();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About %1").arg(productName()));
    m_versionLabel->setText(tr("Version %1").arg(QStringLiteral(QABYLDAU_VERSION)));
    m_descriptionLabel->setText(
        tr("The reception desk of a kindergarten: applications to the queue, directions, "
           "enrollment with contracts and reasoned refusals, complaints and registers, under the "
           "Rules for state services in preschool education of the Republic of Kazakhstan."));
    m_offlineLabel->setText(
        tr("The desk works offline with its own local store and syncs with the region's queue "
           "server when it is connected."));
    m_qtLabel->setText(tr("Built with Qt %1, running on Qt %2.")
                           .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}
