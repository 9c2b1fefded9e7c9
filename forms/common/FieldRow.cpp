#include "common/FieldRow.h"

#include "common/DeskStyle.h"

#include <QGridLayout>
#include <QLabel>

FieldRow FieldRow::add(QGridLayout *grid, Field field, QWidget *input, const QString &objectName, QWidget *buddy)
{
    const int row = grid->rowCount();
    FieldRow line;
    line.field = field;
    line.caption = new QLabel;
    line.caption->setWordWrap(true);
    line.caption->setBuddy(buddy ? buddy : input);
    line.input = input;
    line.issue = new QLabel;
    line.issue->setObjectName(objectName + QStringLiteral("Issue"));
    line.issue->setWordWrap(true);
    line.issue->setTextFormat(Qt::PlainText);
    DeskStyle::setTone(line.issue, DeskStyle::Tone::Error);
    line.issue->hide();
    input->setObjectName(objectName);
    grid->addWidget(line.caption, row, 0, Qt::AlignTop);
    grid->addWidget(input, row, 1);
    grid->addWidget(line.issue, row + 1, 1);
    return line;
}

void FieldRow::showMessages(QStringList messages) const
{
    messages.removeDuplicates();
    issue->setText(messages.join(u'\n'));
    issue->setVisible(!messages.isEmpty());
}
