#include "common/ElidedLabel.h"

#include <QPainter>
#include <QStyle>

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
}

QString ElidedLabel::shownText() const
{
    const QFontMetrics metrics = fontMetrics();
    const int room = contentsRect().width() - 2 * margin();
    const QString whole = text();
    if (metrics.horizontalAdvance(whole) <= room)
        return whole;
    // Whole words and "…" (the separators before the cut left out); a first word wider than the
    // room is cut inside it, as QFontMetrics::elidedText cuts.
    const QString ellipsis = QStringLiteral("…");
    QString shown;
    for (qsizetype end = whole.indexOf(u' '); end > 0; end = whole.indexOf(u' ', end + 1)) {
        QString words = whole.left(end);
        while (!words.isEmpty() && (words.back().isSpace() || words.back().isPunct()))
            words.chop(1);
        if (words.isEmpty())
            continue;
        if (metrics.horizontalAdvance(words + ellipsis) > room)
            break;
        shown = words + ellipsis;
    }
    return shown.isEmpty() ? metrics.elidedText(whole, Qt::ElideRight, room) : shown;
}

QSize ElidedLabel::minimumSizeHint() const
{
    QSize hint = QLabel::minimumSizeHint();
    const int ellipsis = fontMetrics().horizontalAdvance(QStringLiteral("…"));
    const QMargins margins = contentsMargins();
    hint.setWidth(qMin(hint.width(), ellipsis + margins.left() + margins.right() + 2 * margin()));
    return hint;
}

void ElidedLabel::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    drawFrame(&painter);
    const QRect room = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    style()->drawItemText(&painter, room, QStyle::visualAlignment(layoutDirection(), alignment()), palette(),
                          isEnabled(), shownText(), foregroundRole());
}
