#pragma once

#include "domain/Issue.h"

#include <QStringList>

class QGridLayout;
class QLabel;
class QString;
class QWidget;

// One line of a desk form: its caption, its input and, under the input, the label that shows the
// field's problems in red as the person types (STYLE 4: errors next to their field).
struct FieldRow
{
    Field field = Field::None;
    QLabel *caption = nullptr;
    QWidget *input = nullptr;
    QLabel *issue = nullptr; // object name: the input's + "Issue"

    // Adds the caption (column 0, its buddy `buddy` or the input), the input (column 1) and the
    // hidden problem label under the input to grid; names the input objectName.
    static FieldRow add(QGridLayout *grid, Field field, QWidget *input, const QString &objectName,
                        QWidget *buddy = nullptr);

    // Shows the messages, each once, one per line; hides the label when there are none.
    void showMessages(QStringList messages) const;
};
