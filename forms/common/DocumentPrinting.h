#pragma once

#include <QString>

class QTextDocument;
class QWidget;

// Printing and PDF export of a generated document from any page of the desk (RULES 11), the same
// way everywhere: a print preview with the remembered printer, page set-up and copies (QSettings
// group "printing"), and "Save as PDF" with the remembered folder. Owned by helper DESK.
namespace DocumentPrinting {

// Opens the print preview; printing goes to the chosen printer with `copies` copies preset
// (contracts: 2, RULES 6.3). Returns true when the clerk printed.
bool preview(QWidget *parent, QTextDocument &document, const QString &title, int copies = 1);

// Asks for a file name (proposing suggestedName in the last folder used) and writes the PDF.
// Returns the path written, or an empty string when cancelled; shows a message box on failure.
QString savePdf(QWidget *parent, QTextDocument &document, const QString &title, const QString &suggestedName);

} // namespace DocumentPrinting
