#pragma once

#include <QStringList>
#include <QStringView>

class QHBoxLayout;
class QPushButton;
class QTextDocument;
class QWidget;
struct DeskContext;

// What the contract and refusal dialogs build alike (no wording: each dialog translates its own).

// The row of buttons under a document dialog: preview draft, then after a stretch record, print,
// save PDF and close; none of them auto-default. Object names: previewDraftButton,
// record<Document>Button, print<Document>Button, save<Document>PdfButton, closeButton.
struct DocumentDialogButtons
{
    QPushButton *preview = nullptr;
    QPushButton *record = nullptr;
    QPushButton *print = nullptr;
    QPushButton *pdf = nullptr;
    QPushButton *close = nullptr;
    QHBoxLayout *layout = nullptr;

    static DocumentDialogButtons create(QStringView document);
};

// The kindergarten's template override folder (DESIGN 7), when one is set.
QStringList documentTemplateFolders(const DeskContext &context);

// DocumentPrinting::preview and DocumentPrinting::savePdf, titled with the document's own title.
bool previewDocument(QWidget *parent, QTextDocument &document, int copies);
QString saveDocumentPdf(QWidget *parent, QTextDocument &document, const QString &suggestedName);
