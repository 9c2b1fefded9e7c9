#pragma once

#include <QLabel>

// The heading at the top of a page or dialog: its name in a larger, bold font, so that every
// area of the desk opens the same way.
class HeadingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit HeadingLabel(QWidget *parent = nullptr);
};
