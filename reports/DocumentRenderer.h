#pragma once

#include "domain/Expected.h"

#include <QString>

#include <memory>

class QPageLayout;
class QTextDocument;

// The thin layer between a document (HTML -> QTextDocument, built by a pure function) and its
// outputs. Every document uses the embedded document font so that the PDF shows every Kazakh
// letter (ә ғ қ ң ө ұ ү һ і) whatever fonts the machine has.
namespace DocumentRenderer {

// The family name of the embedded document font; registers it on first use.
QString fontFamily();

// A QTextDocument for the given HTML, with the document font, A4 page size and margins set.
std::unique_ptr<QTextDocument> makeDocument(const QString &html);

// Writes the document to a PDF file (A4, 300 dpi, with title and creator); the write goes
// through a temporary file so a failed export never leaves half a PDF behind.
Status writePdf(QTextDocument &document, const QString &filePath, const QString &title);

} // namespace DocumentRenderer
