#include "common/HelpBrowser.h"

#include <QCloseEvent>
#include <QFile>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QResizeEvent>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtMath>

#include <algorithm>

namespace {

QString geometryKey()
{
    return QStringLiteral("helpBrowser/geometry");
}

QString guideLanguage(const QString &code)
{
    return code == QLatin1String("kk") ? code : QStringLiteral("ru");
}

// The guide's text. Its pictures are screenshots 1280 pixels wide, shown at their own size when
// the window has room for them (their words are read best so) and scaled down smoothly to the
// text's width when it has not, so that a clerk on a 1280x800 or 1366x768 screen, or with the
// guide beside the desk, sees the whole picture without scrolling sideways.
class GuideText : public QTextBrowser
{
public:
    QVariant loadResource(int type, const QUrl &name) override
    {
        const QVariant loaded = QTextBrowser::loadResource(type, name);
        if (type != QTextDocument::ImageResource)
            return loaded;
        const QImage picture = QImage::fromData(loaded.toByteArray());
        return picture.isNull() ? loaded : QVariant(fitted(picture));
    }

    // Every picture of the page at the text's present width, after a resize (a new page loads
    // its pictures through loadResource, fitted already).
    void fitPictures()
    {
        QTextDocument *page = document();
        QSet<QString> seen;
        for (QTextBlock block = page->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (!format.isImageFormat())
                    continue;
                const QString name = format.toImageFormat().name();
                if (seen.contains(name))
                    continue;
                seen.insert(name);
                // The document looks its resources up by the address resolved against the page's.
                const QUrl address = page->baseUrl().resolved(QUrl(name));
                auto original = m_originals.find(address);
                if (original == m_originals.end()) {
                    const QByteArray file = QTextBrowser::loadResource(QTextDocument::ImageResource, address).toByteArray();
                    original = m_originals.insert(address, QImage::fromData(file));
                }
                if (!original->isNull())
                    page->addResource(QTextDocument::ImageResource, address, fitted(*original));
            }
        }
        if (!seen.isEmpty())
            page->markContentsDirty(0, page->characterCount());
    }

protected:
    void doSetSource(const QUrl &name, QTextDocument::ResourceType type) override
    {
        // The pictures fitted for the page before are let go (an invalid value is no resource):
        // the next page's load its own, fitted to the width of the moment, and none stays in
        // memory for pages the clerk left.
        for (auto it = m_originals.cbegin(); it != m_originals.cend(); ++it)
            document()->addResource(QTextDocument::ImageResource, it.key(), QVariant());
        m_originals.clear();
        QTextBrowser::doSetSource(name, type);
    }

    void resizeEvent(QResizeEvent *event) override
    {
        QTextBrowser::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            fitPictures();
    }

private:
    // A pixmap, which the text draws as it is (an image would be converted at every paint).
    QPixmap fitted(const QImage &picture) const
    {
        // The text's width: inside the frame, less the vertical scroll bar (counted whether it
        // shows yet or not: a long page brings it) and the document's margins on both sides.
        const int room = contentsRect().width() - style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this)
                         - 2 * qCeil(document()->documentMargin());
        if (room <= 0 || picture.width() <= room)
            return QPixmap::fromImage(picture);
        // On a screen of more pixels than points, as many of the picture's pixels as the room
        // holds, never more than it has (scaled up it would be no sharper).
        const int pixels = std::min(qRound(room * devicePixelRatioF()), picture.width());
        QPixmap scaled = QPixmap::fromImage(picture.scaledToWidth(pixels, Qt::SmoothTransformation));
        scaled.setDevicePixelRatio(qreal(pixels) / room);
        return scaled;
    }

    QHash<QUrl, QImage> m_originals; // this page's pictures as their files hold them (fitPictures)
};

} // namespace

HelpBrowser::HelpBrowser(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new GuideText)
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
    // size when the window has room for them (GuideText), as this first size has; then as the
    // clerk left it.
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
