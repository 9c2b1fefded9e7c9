#include "enrollment/DocumentDialogParts.h"

#include "common/DeskContext.h"
#include "common/DeskStyle.h"
#include "common/DocumentPrinting.h"
#include "store/KindergartenProfileStore.h"

#include <QHBoxLayout>
#include <QLabel>
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

void DocumentDialogButtons::showRecorded(bool recorded) const
{
    preview->setVisible(!recorded);
    record->setVisible(!recorded);
    record->setDefault(!recorded);
    print->setEnabled(recorded);
    pdf->setEnabled(recorded);
    print->setDefault(recorded);
}

DocumentDialogLabels DocumentDialogLabels::create()
{
    const auto plainLabel = [] {
        auto label = new QLabel;
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        return label;
    };
    DocumentDialogLabels labels;
    labels.heading = plainLabel();
    QFont heading = labels.heading->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    labels.heading->setFont(heading);
    labels.error = plainLabel();
    labels.error->setObjectName(QStringLiteral("errorLabel"));
    DeskStyle::setTone(labels.error, DeskStyle::Tone::Error);
    labels.result = plainLabel();
    labels.result->setObjectName(QStringLiteral("resultLabel"));
    labels.result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    DeskStyle::setTone(labels.result, DeskStyle::Tone::Ok, true);
    return labels;
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
