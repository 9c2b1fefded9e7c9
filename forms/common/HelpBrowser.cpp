#include "common/HelpBrowser.h"

#include <QCloseEvent>
#include <QFile>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QScreen>
#include <QSettings>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString geometryKey()
{
    return QStringLiteral("helpBrowser/geometry");
}

QString guideLanguage(const QString &code)
{
    return code == QLatin1String("kk") ? code : QStringLiteral("ru");
}

} // namespace

HelpBrowser::HelpBrowser(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser)
    , m_backButton(new QToolButton)
    , m_forwardButton(new QToolButton)
    , m_contentsButton(new QToolButton)
{
    setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setObjectName(QStringLiteral("helpText"));
    m_backButton->setObjectName(QStringLiteral("helpBackButton"));
    m_forwardButton->setObjectName(QStringLiteral("helpForwardButton"));
    m_contentsButton->setObjectName(QStringLiteral("helpContentsButton"));
    m_browser->setOpenLinks(true);
    // Links in the guide lead to its own pages; a web address opens in the system's browser.
    m_browser->setOpenExternalLinks(true);

    m_backButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_forwardButton->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_contentsButton->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    for (QToolButton *button : {m_backButton, m_forwardButton, m_contentsButton})
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_backButton->setShortcut(QKeySequence::Back);
    m_forwardButton->setShortcut(QKeySequence::Forward);
    m_backButton->setEnabled(false);
    m_forwardButton->setEnabled(false);
    connect(m_backButton, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forwardButton, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_contentsButton, &QToolButton::clicked, this, [this] { m_browser->setSource(pageUrl(QStringLiteral("index"), m_language)); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_backButton, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forwardButton, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] { setWindowTitle(m_browser->documentTitle()); });

    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_forwardButton);
    buttons->addWidget(m_contentsButton);
    buttons->addStretch(1);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_browser, 1);

    // The guide's pictures are 1280 pixels wide (the desk's smallest window) and shown at their own
    // size, so that their words can be read (a scaled-down screenshot is a blur); then as the clerk
    // left it.
    QSize size(1340, 880);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
    restoreGeometry(QSettings().value(geometryKey()).toByteArray());
    retranslateUi();
}

HelpBrowser::~HelpBrowser()
{
    saveGeometry();
}

QUrl HelpBrowser::pageUrl(const QString &page, const QString &languageCode)
{
    const QString folder = QStringLiteral("/help/") + guideLanguage(languageCode) + u'/';
    const QString file = folder + page + QStringLiteral(".html");
    if (QFile::exists(u':' + file))
        return QUrl(QStringLiteral("qrc:") + file);
    return QUrl(QStringLiteral("qrc:") + folder + QStringLiteral("index.html"));
}

void HelpBrowser::showPage(const QString &page, const QString &languageCode)
{
    m_language = guideLanguage(languageCode);
    const QUrl url = pageUrl(page, m_language);
    if (m_browser->source() != url)
        m_browser->setSource(url);
}

QUrl HelpBrowser::source() const
{
    return m_browser->source();
}

void HelpBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HelpBrowser::closeEvent(QCloseEvent *event)
{
    saveGeometry();
    QWidget::closeEvent(event);
}

void HelpBrowser::saveGeometry() const
{
    QSettings().setValue(geometryKey(), QWidget::saveGeometry());
}

void HelpBrowser::retranslateUi()
{
    m_backButton->setText(tr("Back"));
    m_forwardButton->setText(tr("Forward"));
    m_contentsButton->setText(tr("Contents"));
    if (windowTitle().isEmpty() || m_browser->source().isEmpty())
        setWindowTitle(tr("User Guide"));
    // The buttons take their new width at once, not after the next layout pass.
    layout()->activate();
}
