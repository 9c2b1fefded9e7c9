#include "common/DeskStyle.h"

#include "domain/DateText.h"

#include <QLabel>
#include <QLineEdit>

namespace DeskStyle {

QColor color(Tone tone)
{
    switch (tone) {
    case Tone::Error:
        return QColor(0xb0, 0x00, 0x20);
    case Tone::Warning:
        return QColor(0x8a, 0x5a, 0x00);
    case Tone::Ok:
        return QColor(0x1b, 0x5e, 0x20);
    case Tone::Muted:
        return QColor(0x6b, 0x6b, 0x6b);
    case Tone::Plain:
        break;
    }
    return QColor();
}

QString colorStyle(Tone tone)
{
    const QColor c = color(tone);
    return c.isValid() ? QStringLiteral("color: %1;").arg(c.name()) : QString();
}

void setTone(QLabel *label, Tone tone, bool bold)
{
    QString style = colorStyle(tone);
    if (bold)
        style += QStringLiteral(" font-weight: bold;");
    label->setStyleSheet(style.trimmed());
}

void setErrorTone(QLabel *label, bool error)
{
    setTone(label, error ? Tone::Error : Tone::Plain);
}

QLineEdit *makeDateEdit(QWidget *parent)
{
    auto edit = new QLineEdit(parent);
    edit->setInputMask(QStringLiteral("99.99.9999;_"));
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("00.00.00000")) * 3 / 2);
    return edit;
}

QDate dateFrom(const QLineEdit *edit)
{
    return DateText::fromText(edit->text());
}

} // namespace DeskStyle
