#pragma once

#include <optional>

#include "domain/Expected.h"

#include <QPageLayout>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

// The thin layer between a document (HTML -> QTextDocument, built by a pure function) and its
// outputs. Every document uses the embedded document font so that the PDF shows every Kazakh
// letter (ә ғ қ ң ө ұ ү һ і) whatever fonts the machine has.
namespace DocumentRenderer {

// The family name of the embedded document font; registers it on first use.
QString fontFamily();

// A QTextDocument for the given HTML, with the document font, A4 page size and margins set.
std::unique_ptr<QTextDocument> makeDocument(const QString &html);

// Lays the document out on the device's pages (A4 with the device's margins, fonts at the
// device's resolution) and paints it, one page after another. Unlike QTextDocument::print, adds
// no margins or page numbers of its own, so the page looks as the HTML says. For the PDF writer
// and the printer (print preview) alike. The document's page size and paint device are as before
// afterwards, so the same document can go to a preview, then to a PDF.
void print(QTextDocument &document, QPagedPaintDevice &device);

// A document whose tables need the width of a landscape page (the registers) says so; writePdf
// follows it, and a print preview should set the printer's orientation from it.
// Portrait unless set.
void setOrientation(QTextDocument &document, QPageLayout::Orientation orientation);
QPageLayout::Orientation orientation(const QTextDocument &document);

// Writes the document to a PDF file (A4 in the document's orientation, 300 dpi, with title and
// creator); the write goes through a temporary file so a failed export never leaves half a PDF
// behind.
Status writePdf(QTextDocument &document, const QString &filePath, const QString &title);
// Rule::OutputNotReplaceable when filePath is a link, not a regular file, or a non-empty file that
// is not a PDF (writePdf checks it first; the print dialogs may check before they render).
std::optional<Issue> checkOutputPath(const QString &filePath);
// The same, titled with the document's own title (the <title> of its HTML).
Status writePdf(QTextDocument &document, const QString &filePath);

} // namespace DocumentRenderer
