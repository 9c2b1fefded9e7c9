#include "DocumentRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace {

constexpr qreal MarginMillimetres = 20.0;

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
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setHtml(html);
    return document;
}

Status DocumentRenderer::writePdf(QTextDocument &document, const QString &filePath, const QString &title)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return Issue::error(Field::None, Rule::StoreWriteFailed, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Qabyldau"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(MarginMillimetres, MarginMillimetres,
                                                   MarginMillimetres, MarginMillimetres),
                                         QPageLayout::Millimeter));
        document.print(&writer);
    }
    if (!file.commit())
        return Issue::error(Field::None, Rule::StoreWriteFailed, file.errorString());
    return {};
}
