#include "common/DocumentPrinting.h"

#include "DocumentRenderer.h"
#include "common/DeskDialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QPrinterInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>

namespace {

// QSettings group "printing": what the clerk chose last time, so the next document goes the
// same way without a second look at the set-up.
const QString printerKey = QStringLiteral("printing/printer");
const QString pageSizeKey = QStringLiteral("printing/pageSize");
const QString orientationKey = QStringLiteral("printing/orientation");
const QString marginsKey = QStringLiteral("printing/marginsMm");
const QString pdfFolderKey = QStringLiteral("printing/pdfFolder");

void restorePrinter(QPrinter &printer)
{
    const QSettings settings;
    const QString name = settings.value(printerKey).toString();
    // A printer that was removed meanwhile is not forced on the clerk: the default stays.
    if (!name.isEmpty() && !QPrinterInfo::printerInfo(name).isNull())
        printer.setPrinterName(name);
    QPageLayout layout = printer.pageLayout();
    if (settings.contains(pageSizeKey)) {
        const auto id = QPageSize::PageSizeId(settings.value(pageSizeKey).toInt());
        if (id != QPageSize::Custom && id <= QPageSize::LastPageSize)
            layout.setPageSize(QPageSize(id));
    }
    if (settings.contains(orientationKey))
        layout.setOrientation(settings.value(orientationKey).toInt() == int(QPageLayout::Landscape)
                                  ? QPageLayout::Landscape
                                  : QPageLayout::Portrait);
    const QList<QVariant> margins = settings.value(marginsKey).toList();
    if (margins.size() == 4) {
        layout.setUnits(QPageLayout::Millimeter);
        layout.setMargins(QMarginsF(margins.at(0).toDouble(), margins.at(1).toDouble(),
                                    margins.at(2).toDouble(), margins.at(3).toDouble()));
    }
    printer.setPageLayout(layout);
}

void rememberPrinter(const QPrinter &printer)
{
    QSettings settings;
    if (printer.outputFormat() == QPrinter::NativeFormat)
        settings.setValue(printerKey, printer.printerName());
    const QPageLayout layout = printer.pageLayout();
    settings.setValue(pageSizeKey, int(layout.pageSize().id()));
    settings.setValue(orientationKey, int(layout.orientation()));
    const QMarginsF margins = layout.margins(QPageLayout::Millimeter);
    settings.setValue(marginsKey, QVariantList{margins.left(), margins.top(), margins.right(), margins.bottom()});
}

QString lastPdfFolder()
{
    const QString folder = QSettings().value(pdfFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

} // namespace

bool DocumentPrinting::preview(QWidget *parent, QTextDocument &document, const QString &title, int copies)
{
    QPrinter printer(QPrinter::HighResolution);
    restorePrinter(printer);
    // The document decides its orientation (registers are landscape, letters portrait), not
    // whatever was printed last.
    printer.setPageOrientation(DocumentRenderer::orientation(document));
    printer.setDocName(title);
    // RULES 6.3: a contract goes out in two copies of equal force; the clerk may still change it.
    printer.setCopyCount(qMax(1, copies));
    const bool printed = DeskDialogs::printPreview(parent, printer, title, [&document](QPrinter *device) {
        DocumentRenderer::print(document, *device);
    });
    if (printed)
        rememberPrinter(printer);
    return printed;
}

QString DocumentPrinting::savePdf(QWidget *parent, QTextDocument &document, const QString &title,
                                  const QString &suggestedName)
{
    QString path = DeskDialogs::saveFileName(parent, QCoreApplication::translate("DocumentPrinting", "Save as PDF"),
                                             QDir(lastPdfFolder()).filePath(suggestedName),
                                             QCoreApplication::translate("DocumentPrinting", "PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (const Status written = DocumentRenderer::writePdf(document, path, title); !written) {
        DeskDialogs::warning(parent, QCoreApplication::translate("DocumentPrinting", "Save as PDF"),
                             QCoreApplication::translate("DocumentPrinting", "The PDF could not be written:\n%1").arg(written.error().message()));
        return {};
    }
    QSettings().setValue(pdfFolderKey, QFileInfo(path).absolutePath());
    return path;
}
