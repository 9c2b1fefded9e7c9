#include "DocumentRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace {

constexpr qreal MarginMillimetres = 20.0;

// A dynamic property of the QTextDocument: the document carries its orientation to whoever prints it.
constexpr char OrientationProperty[] = "qabyldauPageOrientation";

} // namespace

QString DocumentRenderer::fontFamily()
{
    static const QString family = [] {
        const int regular = QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/DocumentSans.ttf"));
        QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/DocumentSans-Bold.ttf"));
        const QStringList families = QFontDatabase::applicationFontFamilies(regular);
        return families.isEmpty() ? QStringLiteral("DejaVu Sans") : families.constFirst();
    }();
    return family;
}

std::unique_ptr<QTextDocument> DocumentRenderer::makeDocument(const QString &html)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font(fontFamily());
    font.setPointSizeF(11.0);
    // No ligatures: "ff" in a verification code or an e-mail address must stay two letters for
    // whoever copies or searches the PDF's text.
    font.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setHtml(html);
    return document;
}

void DocumentRenderer::print(QTextDocument &document, QPagedPaintDevice &device)
{
    // Laid out for the device: fonts in points at its resolution, its page height for breaks.
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    QPaintDevice *const previousDevice = layout->paintDevice();
    const QSizeF previousPageSize = document.pageSize();
    const QRect page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    layout->setPaintDevice(&device);
    document.setPageSize(page.size());
    {
        const int pages = document.pageCount();
        QPainter painter(&device);
        for (int index = 0; index < pages; ++index) {
            if (index > 0)
                device.newPage();
            const qreal top = qreal(index) * page.height();
            // Half a device pixel in from each page edge: a line that starts exactly at a page's
            // foot belongs to the next page, and would otherwise be painted (clipped, but still
            // in the PDF's text) on both.
            painter.save();
            painter.translate(0, -top);
            document.drawContents(&painter, QRectF(0, top + 0.5, page.width(), page.height() - 1.0));
            painter.restore();
        }
    }
    // The device may be gone soon (a PDF writer on the stack): the document must not keep it.
    layout->setPaintDevice(previousDevice);
    document.setPageSize(previousPageSize);
}

void DocumentRenderer::setOrientation(QTextDocument &document, QPageLayout::Orientation orientation)
{
    document.setProperty(OrientationProperty, int(orientation));
}

QPageLayout::Orientation DocumentRenderer::orientation(const QTextDocument &document)
{
    return document.property(OrientationProperty).toInt() == int(QPageLayout::Landscape) ? QPageLayout::Landscape
                                                                                          : QPageLayout::Portrait;
}

Status DocumentRenderer::writePdf(QTextDocument &document, const QString &filePath)
{
    return writePdf(document, filePath, document.metaInformation(QTextDocument::DocumentTitle));
}

// What a PDF may be written over: nothing, an empty file, or a PDF (the previous print of the same
// document). Never a link (it would be followed), a directory, a FIFO or a device, and never a
// file that is something else (given the store's own path, the store would be replaced).
std::optional<Issue> DocumentRenderer::checkOutputPath(const QString &filePath)
{
    const QFileInfo info(filePath);
    if (info.isSymLink())
        return Issue::error(Field::None, Rule::OutputNotReplaceable, filePath);
    if (!info.exists())
        return std::nullopt;
    if (!info.isFile())
        return Issue::error(Field::None, Rule::OutputNotReplaceable, filePath);
    if (info.size() == 0)
        return std::nullopt;
    QFile existing(filePath);
    if (!existing.open(QIODevice::ReadOnly) || !existing.read(5).startsWith("%PDF-"))
        return Issue::error(Field::None, Rule::OutputNotReplaceable, filePath);
    return std::nullopt;
}

Status DocumentRenderer::writePdf(QTextDocument &document, const QString &filePath, const QString &title)
{
    if (const std::optional<Issue> refused = checkOutputPath(filePath))
        return *refused;
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return Issue::error(Field::None, Rule::StoreWriteFailed, file.errorString());
    // A contract or a refusal names the parent and the child: readable by the clerk's account only,
    // whatever the umask, from before the first byte is written (QSaveFile's temporary file gets
    // the umask's permissions; it keeps those of a file it replaces).
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Qabyldau"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation(document),
                                         QMarginsF(MarginMillimetres, MarginMillimetres,
                                                   MarginMillimetres, MarginMillimetres),
                                         QPageLayout::Millimeter));
        print(document, writer);
    }
    if (!file.commit())
        return Issue::error(Field::None, Rule::StoreWriteFailed, file.errorString());
    QFile::setPermissions(filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}
