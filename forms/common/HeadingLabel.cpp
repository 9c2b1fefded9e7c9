#include "common/HeadingLabel.h"

HeadingLabel::HeadingLabel(QWidget *parent)
    : QLabel(parent)
{
    QFont headingFont = font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    setFont(headingFont);
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
}
