#include "enrollment/DocumentDialogParts.h"

#include "common/DeskContext.h"
#include "common/DocumentPrinting.h"
#include "store/KindergartenProfileStore.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTextDocument>

DocumentDialogButtons DocumentDialogButtons::create(QStringView document)
{
    DocumentDialogButtons buttons;
    buttons.preview = new QPushButton;
    buttons.preview->setObjectName(QStringLiteral("previewDraftButton"));
    buttons.record = new QPushButton;
    buttons.record->setObjectName(QStringLiteral("record%1Button").arg(document));
    buttons.print = new QPushButton;
    buttons.print->setObjectName(QStringLiteral("print%1Button").arg(document));
    buttons.pdf = new QPushButton;
    buttons.pdf->setObjectName(QStringLiteral("save%1PdfButton").arg(document));
    buttons.close = new QPushButton;
    buttons.close->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton *button : {buttons.preview, buttons.record, buttons.print, buttons.pdf, buttons.close})
        button->setAutoDefault(false);
    buttons.layout = new QHBoxLayout;
    buttons.layout->addWidget(buttons.preview);
    buttons.layout->addStretch(1);
    buttons.layout->addWidget(buttons.record);
    buttons.layout->addWidget(buttons.print);
    buttons.layout->addWidget(buttons.pdf);
    buttons.layout->addWidget(buttons.close);
    return buttons;
}

QStringList documentTemplateFolders(const DeskContext &context)
{
    const QString folder = context.store ? KindergartenProfileStore(context.store).templatesFolder() : QString();
    return folder.isEmpty() ? QStringList() : QStringList{folder};
}

bool previewDocument(QWidget *parent, QTextDocument &document, int copies)
{
    return DocumentPrinting::preview(parent, document, document.metaInformation(QTextDocument::DocumentTitle), copies);
}

QString saveDocumentPdf(QWidget *parent, QTextDocument &document, const QString &suggestedName)
{
    return DocumentPrinting::savePdf(parent, document, document.metaInformation(QTextDocument::DocumentTitle),
                                     suggestedName);
}
