#pragma once

#include <QDate>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QPrinter;
class QWidget;

// Every message box, file dialog and print preview of the desk goes through here (like
// KeePassXC's gui/MessageBox): one place that shows them, and one switch that lets a test answer
// them instead of a person. With the test mode on, nothing modal is ever shown: a question takes
// the next pre-set answer (or its default button), a file dialog the next pre-set path (or is
// cancelled), a print preview prints to the next pre-set PDF file (or is cancelled); every call is
// written to shown() so that a test can check what the clerk would have seen.
namespace DeskDialogs {

using Button = QMessageBox::StandardButton;
using Buttons = QMessageBox::StandardButtons;
// DeskDialogs::Yes, DeskDialogs::Save, ...: callers name the buttons without QMessageBox.
using enum QMessageBox::StandardButton;

// A question; returns the button pressed (Cancel/Escape gives the escape button or NoButton).
Button question(QWidget *parent, const QString &title, const QString &text, Buttons buttons = Yes | No,
                Button defaultButton = NoButton);
void warning(QWidget *parent, const QString &title, const QString &text);
// A failure with an explanation under it (the informative text).
void critical(QWidget *parent, const QString &title, const QString &text, const QString &informative = {});
void aboutQt(QWidget *parent);

// An empty string when cancelled.
QString openFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &proposedPath, const QString &filter);
QString existingFolder(QWidget *parent, const QString &caption, const QString &folder);

// One date asked for in a small dialog (objectName, window title, an explanation, a caption, and a
// calendar date edit named editName within [earliest, latest] preset to `proposed`); nothing when
// cancelled.
struct DateQuestion
{
    QString objectName;
    QString title;
    QString text;
    QString caption;
    QString editName;
    QDate earliest;
    QDate latest;
    QDate proposed;
};
std::optional<QDate> askDate(QWidget *parent, const DateQuestion &question);

// One line of text asked for in a small dialog (objectName, window title, an explanation, a
// caption, and a line edit named editName taking at most maxLength characters); nothing when
// cancelled. OK is enabled only while the text is not blank.
struct TextQuestion
{
    QString objectName;
    QString title;
    QString text;
    QString caption;
    QString editName;
    int maxLength = 500;
};
std::optional<QString> askText(QWidget *parent, const TextQuestion &question);

// A print preview of `printer`, painted by `paint`; true when the clerk printed from it.
bool printPreview(QWidget *parent, QPrinter &printer, const QString &title, const std::function<void(QPrinter *)> &paint);

// For tests only.
namespace Testing {

// On: nothing modal is shown from now on (see above). Off: forgets every pre-set answer and what
// was shown.
void setEnabled(bool on);
bool isEnabled();
// The answers of the next questions, in order.
void setNextAnswer(Button answer);
// The paths the next file dialogs (open, save or folder) return, in order.
void setNextFilePath(const QString &path);
// The answer of the next askDate(); without one, askDate() is cancelled.
void setNextDate(const QDate &date);
// The answer of the next askText(); without one, askText() is cancelled.
void setNextText(const QString &text);
// The next print preview prints straight to this PDF file, as if the clerk pressed Print.
void setNextPrintToPdf(const QString &pdfPath);
// "kind: title: text" for every dialog asked for since the test mode was switched on, kind being
// question, warning, critical, aboutQt, open, save, folder, date, text or print.
QStringList shown();

} // namespace Testing

} // namespace DeskDialogs
