#pragma once

#include <QAbstractButton>
#include <QStringList>
#include <QStringView>

class QHBoxLayout;
class QLabel;
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

    // Until the document is recorded: preview and record (the default); after: print (the
    // default) and save PDF.
    void showRecorded(bool recorded) const;

    // The buttons' clicks to the dialog's own actions; close rejects the dialog.
    template<typename Dialog>
    void connectTo(Dialog *dialog, void (Dialog::*onPreview)(), bool (Dialog::*onRecord)(), void (Dialog::*onPrint)(),
                   void (Dialog::*onSavePdf)()) const
    {
        QObject::connect(preview, &QAbstractButton::clicked, dialog, onPreview);
        QObject::connect(record, &QAbstractButton::clicked, dialog, onRecord);
        QObject::connect(print, &QAbstractButton::clicked, dialog, onPrint);
        QObject::connect(pdf, &QAbstractButton::clicked, dialog, onSavePdf);
        QObject::connect(close, &QAbstractButton::clicked, dialog, &Dialog::reject);
    }
};

// The lines a document dialog shows around its form: its heading (bold, a little larger), the
// problem that stops recording (red, "errorLabel") and what was recorded (bold green,
// "resultLabel"); all plain text, wrapped.
struct DocumentDialogLabels
{
    QLabel *heading = nullptr;
    QLabel *error = nullptr;
    QLabel *result = nullptr;

    static DocumentDialogLabels create();
};

// The kindergarten's template override folder (DESIGN 7), when one is set.
QStringList documentTemplateFolders(const DeskContext &context);

// DocumentPrinting::preview and DocumentPrinting::savePdf, titled with the document's own title.
bool previewDocument(QWidget *parent, QTextDocument &document, int copies);
QString saveDocumentPdf(QWidget *parent, QTextDocument &document, const QString &suggestedName);
