#include "common/FieldRow.h"

#include "common/DeskStyle.h"
#include "domain/FieldLimits.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

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
    // Issue 14 item 7: a line takes no more than its field's limit (FieldLimits, as the stores
    // and the server check it).
    if (auto edit = qobject_cast<QLineEdit *>(input); edit && FieldLimits::maxLength(field) > 0)
        edit->setMaxLength(FieldLimits::maxLength(field));
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
