#include "common/EmptyStatePage.h"

#include "common/HeadingLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

EmptyStatePage::EmptyStatePage(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new HeadingLabel(this))
    , m_iconLabel(new QLabel(this))
    , m_descriptionLabel(new QLabel(this))
    , m_availabilityLabel(new QLabel(this))
{
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_iconLabel->setObjectName(QStringLiteral("iconLabel"));
    m_descriptionLabel->setObjectName(QStringLiteral("descriptionLabel"));
    m_availabilityLabel->setObjectName(QStringLiteral("availabilityLabel"));

    for (QLabel *label : {m_descriptionLabel, m_availabilityLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_availabilityLabel->setForegroundRole(QPalette::PlaceholderText);
    m_iconLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto textLayout = new QVBoxLayout;
    textLayout->setSpacing(12);
    textLayout->addWidget(m_titleLabel);
    textLayout->addWidget(m_descriptionLabel);
    textLayout->addWidget(m_availabilityLabel);
    textLayout->addStretch();

    auto layout = new QHBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin) * 3;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setSpacing(margin);
    layout->addWidget(m_iconLabel, 0, Qt::AlignTop);
    layout->addLayout(textLayout, 1);

    retranslateUi();
}

void EmptyStatePage::setIcon(const QIcon &icon)
{
    const int extent = style()->pixelMetric(QStyle::PM_LargeIconSize) * 2;
    m_iconLabel->setPixmap(icon.pixmap(extent, extent));
}

void EmptyStatePage::setTitle(const QString &title)
{
    m_titleLabel->setText(title);
}

void EmptyStatePage::setDescription(const QString &description)
{
    m_descriptionLabel->setText(description);
}

QString EmptyStatePage::title() const
{
    return m_titleLabel->text();
}

QString EmptyStatePage::description() const
{
    return m_descriptionLabel->text();
}

QString EmptyStatePage::availability() const
{
    return m_availabilityLabel->text();
}

void EmptyStatePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EmptyStatePage::retranslateUi()
{
    m_availabilityLabel->setText(tr("This area is not available in this version yet."));
}
