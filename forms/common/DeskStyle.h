#pragma once

#include <QColor>
#include <QDate>
#include <QString>

class QLabel;
class QLineEdit;
class QWidget;

// The desk's few colours and the small helpers every form repeats: one place, so that an error
// looks the same on every page (STYLE: errors red, warnings amber, done green).
namespace DeskStyle {

enum class Tone {
    Plain,   // the palette's own text colour
    Error,   // red: something is wrong or refused
    Warning, // amber: allowed, but look again
    Ok,      // green: done, valid
    Muted,   // grey: no longer in force
};

QColor color(Tone tone);

// "color: #b00020;" (empty for Plain), for a label's style sheet.
QString colorStyle(Tone tone);

// Sets label's text colour; `bold` also makes it bold (a result line of a dialog).
void setTone(QLabel *label, Tone tone, bool bold = false);

// Error red when `error`, the palette's colour otherwise (a status line under a form).
void setErrorTone(QLabel *label, bool error);

// A date typed as on paper: day, month, year, digits only with the dots already there.
QLineEdit *makeDateEdit(QWidget *parent = nullptr);

// What a date edit holds; invalid when it is not a whole, real date.
QDate dateFrom(const QLineEdit *edit);

} // namespace DeskStyle
