#pragma once

#include <QLabel>

// One line of plain text that gives up width when its layout is short of room: cut after its
// last whole word that fits, with "…", instead of being clipped mid-word. sizeHint() asks for the
// whole text, minimumSizeHint() for little more than the "…". The whole text stays text() (and so
// the accessible name, which a screen reader reads); a caller that elides should show it in the
// tooltip too. Plain text only (set so by the constructor; rich text would be drawn as its markup),
// no indent.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    // The text as drawn at the label's present width: text(), or its first words and "…".
    QString shownText() const;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};
