#include "common/DeskDialogs.h"

#include "common/FileColumnsDelegate.h"

#include "domain/DateText.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QQueue>
#include <QVBoxLayout>

namespace {

struct TestAnswers
{
    bool enabled = false;
    QQueue<DeskDialogs::Button> answers;
    QQueue<QString> paths;
    QQueue<QString> pdfs;
    QQueue<QDate> dates;
    QQueue<QString> texts;
    QStringList shown;
};

TestAnswers &testing()
{
    static TestAnswers answers;
    return answers;
}

// In test mode: notes what would have been shown; returns whether the test mode is on.
bool answeredByTest(const char *kind, const QString &title, const QString &text = {})
{
    TestAnswers &t = testing();
    if (!t.enabled)
        return false;
    t.shown.append(QString::fromLatin1(kind) + QStringLiteral(": ") + title
                   + (text.isEmpty() ? QString() : QStringLiteral(": ") + text));
    return true;
}

QString nextPath()
{
    TestAnswers &t = testing();
    return t.paths.isEmpty() ? QString() : t.paths.dequeue();
}

// Asks in the desk's language, whatever the platform offers: a native dialog would speak the
// system's.
QString runFileDialog(QFileDialog &dialog)
{
    FileColumnsDelegate::install(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

} // namespace

namespace DeskDialogs {

Button question(QWidget *parent, const QString &title, const QString &text, Buttons buttons, Button defaultButton)
{
    if (answeredByTest("question", title, text)) {
        TestAnswers &t = testing();
        return t.answers.isEmpty() ? defaultButton : t.answers.dequeue();
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    if (answeredByTest("warning", title, text))
        return;
    QMessageBox::warning(parent, title, text);
}

void critical(QWidget *parent, const QString &title, const QString &text, const QString &informative)
{
    if (answeredByTest("critical", title, informative.isEmpty() ? text : text + u' ' + informative))
        return;
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Close, parent);
    box.setInformativeText(informative);
    box.exec();
}

void aboutQt(QWidget *parent)
{
    if (answeredByTest("aboutQt", QStringLiteral("Qt")))
        return;
    QMessageBox::aboutQt(parent);
}

QString openFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    if (answeredByTest("open", caption))
        return nextPath();
    QFileDialog dialog(parent, caption, folder, filter);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return runFileDialog(dialog);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &proposedPath, const QString &filter)
{
    if (answeredByTest("save", caption, proposedPath))
        return nextPath();
    QFileDialog dialog(parent, caption, proposedPath, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    return runFileDialog(dialog);
}

QString existingFolder(QWidget *parent, const QString &caption, const QString &folder)
{
    if (answeredByTest("folder", caption))
        return nextPath();
    QFileDialog dialog(parent, caption, folder);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    // Qt's "&Choose" shares Alt+C with Cancel where the platform names it "&Cancel" (GNOME).
    dialog.setLabelText(QFileDialog::Accept, QCoreApplication::translate("DeskDialogs", "C&hoose"));
    return runFileDialog(dialog);
}

std::optional<QDate> askDate(QWidget *parent, const DateQuestion &question)
{
    if (answeredByTest("date", question.title, question.text)) {
        TestAnswers &t = testing();
        if (t.dates.isEmpty())
            return std::nullopt;
        return t.dates.dequeue();
    }
    QDialog dialog(parent);
    dialog.setObjectName(question.objectName);
    dialog.setWindowTitle(question.title);
    auto text = new QLabel(question.text);
    text->setWordWrap(true);
    auto date = new QDateEdit;
    date->setObjectName(question.editName);
    date->setDisplayFormat(DateText::dateFormat());
    date->setCalendarPopup(true);
    date->setDateRange(question.earliest, question.latest);
    date->setDate(question.proposed);
    auto form = new QFormLayout;
    form->addRow(question.caption, date);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return date->date();
}

std::optional<QString> askText(QWidget *parent, const TextQuestion &question)
{
    if (answeredByTest("text", question.title, question.text)) {
        TestAnswers &t = testing();
        if (t.texts.isEmpty())
            return std::nullopt;
        return t.texts.dequeue();
    }
    QDialog dialog(parent);
    dialog.setObjectName(question.objectName);
    dialog.setWindowTitle(question.title);
    auto text = new QLabel(question.text);
    text->setWordWrap(true);
    auto edit = new QLineEdit;
    edit->setObjectName(question.editName);
    edit->setMaxLength(question.maxLength);
    edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 50);
    auto form = new QFormLayout;
    form->addRow(question.caption, edit);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    QObject::connect(edit, &QLineEdit::textChanged, ok, [ok](const QString &typed) { ok->setEnabled(!typed.trimmed().isEmpty()); });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit->text().trimmed();
}

bool printPreview(QWidget *parent, QPrinter &printer, const QString &title, const std::function<void(QPrinter *)> &paint)
{
    if (answeredByTest("print", title)) {
        TestAnswers &t = testing();
        if (t.pdfs.isEmpty())
            return false;
        // What the clerk's Print would do, on a PDF file instead of paper: the same printer, so
        // the page set-up and orientation chosen by the caller show in the file.
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(t.pdfs.dequeue());
        paint(&printer);
        return true;
    }
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, paint);
    // The preview accepts only when the clerk printed from it.
    return dialog.exec() == QDialog::Accepted;
}

namespace Testing {

void setEnabled(bool on)
{
    testing() = TestAnswers{};
    testing().enabled = on;
}

bool isEnabled()
{
    return testing().enabled;
}

void setNextAnswer(Button answer)
{
    testing().answers.enqueue(answer);
}

void setNextFilePath(const QString &path)
{
    testing().paths.enqueue(path);
}

void setNextDate(const QDate &date)
{
    testing().dates.enqueue(date);
}

void setNextText(const QString &text)
{
    testing().texts.enqueue(text);
}

void setNextPrintToPdf(const QString &pdfPath)
{
    testing().pdfs.enqueue(pdfPath);
}

QStringList shown()
{
    return testing().shown;
}

} // namespace Testing

} // namespace DeskDialogs
