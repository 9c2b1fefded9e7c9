// The desk's file dialogs (Save as PDF, Export, Back up, Restore, Import) speak the clerk's language
// (issue 13 item 5). Where the platform has no native dialog (offscreen, Xvfb, a bare X session)
// Qt shows its own widget dialog; Qt ships no Kazakh catalogue, so Qabyldau's catalogues carry
// its texts (forms/QtStandardStrings.cpp). The test opens the very dialog DeskDialogs shows, reads
// every label, button, tooltip, column header, file type and context-menu entry, and the question
// asked before a file is replaced, and finds no English among them.
#include "DeskApplication.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "QtStandardStrings.h"
#include "common/DeskDialogs.h"
#include "common/FileColumnsDelegate.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>

namespace {

DeskOptions optionsFor(QLocale::Language language)
{
    DeskOptions options;
    options.storePath = QStringLiteral(":memory:");
    options.language = language;
    options.user = GuiTestHelpers::testUser();
    return options;
}

// What the clerk reads on a widget: its text, tooltip and what a screen reader says.
void collectTexts(const QWidget *widget, QStringList &texts)
{
    const auto add = [&texts](const QString &text) {
        if (!text.trimmed().isEmpty())
            texts << text;
    };
    if (auto label = qobject_cast<const QLabel *>(widget))
        add(label->text());
    if (auto button = qobject_cast<const QAbstractButton *>(widget))
        add(button->text());
    add(widget->toolTip());
    add(widget->accessibleName());
    add(widget->accessibleDescription());
    add(widget->windowTitle());
}

// The English source texts of Qt's file dialog that Qabyldau translates.
QStringList fileDialogSources()
{
    QStringList sources;
    for (const QtStandardStrings::Entry &entry : QtStandardStrings::entries()) {
        const QByteArray context(entry.context);
        if (context == "QFileDialog" || context == "QFileSystemModel" || context == "QAbstractFileIconProvider"
            || context == "QPlatformTheme")
            sources << QString::fromUtf8(entry.source).remove(u'&');
    }
    return sources;
}

// Runs `inspect` on the modal widget of type T as soon as it is shown (within an exec()).
template<typename T>
void whenShown(const std::function<void(T *)> &inspect)
{
    QTimer::singleShot(0, [inspect] {
        T *shown = nullptr;
        QVERIFY(QTest::qWaitFor([&shown] {
            shown = qobject_cast<T *>(QApplication::activeModalWidget());
            return shown != nullptr && shown->isVisible();
        }));
        inspect(shown);
        if (QTest::currentTestFailed() && shown->isVisible())
            shown->reject(); // never leave a failed test waiting on a modal dialog
    });
}

struct Seen
{
    QStringList texts;        // labels, buttons, tooltips, headers, menu entries
    QString lookIn;           // the label before the folder combo box
    QString fileName;         // the label before the file name field
    QString fileType;         // the label before the file type combo box
    QString folderType;       // the Type column of a folder
    QString sizeShown;        // the Size and Date Modified cells of existing.pdf, as drawn
    QString dateShown;
    QString save;             // the accept button
    QString cancel;           // the reject button
    QString replaceQuestion;  // the question asked before an existing file is replaced
    QStringList replaceButtons;
    QImage shot;
    QImage questionShot;
};

// Opens the desk's "Save as PDF" dialog in folder, proposing existing.pdf there; reads it, asks it
// to replace that file (and reads the question), answers No, and cancels.
Seen readSaveDialog(QWidget *parent, const QString &folder)
{
    Seen seen;
    whenShown<QFileDialog>([&seen, folder](QFileDialog *dialog) {
        dialog->resize(760, 480);
        // The detail view: its headers and the Type column are on screen too.
        auto detail = dialog->findChild<QAbstractButton *>(QStringLiteral("detailModeButton"));
        QVERIFY(detail);
        detail->click();
        auto tree = dialog->findChild<QTreeView *>(QStringLiteral("treeView"));
        QVERIFY(tree);
        auto model = qobject_cast<QFileSystemModel *>(dialog->findChild<QFileSystemModel *>());
        QVERIFY(model);
        const QString subfolder = QDir(folder).filePath(QStringLiteral("Құжаттар"));
        QVERIFY(QTest::qWaitFor([&] {
            const QModelIndex index = model->index(subfolder);
            return index.isValid() && !model->data(index.siblingAtColumn(2)).toString().isEmpty();
        }));
        seen.folderType = model->data(model->index(subfolder).siblingAtColumn(2)).toString();
        seen.texts << seen.folderType;
        // existing.pdf's size and date, as the detail view draws them (Qt would write them with
        // the system's locale).
        const QString existing = QDir(folder).filePath(QStringLiteral("existing.pdf"));
        QVERIFY(QTest::qWaitFor([&] { return model->index(existing).isValid(); }));
        const QModelIndex file = model->index(existing);
        const auto delegate = dynamic_cast<FileColumnsDelegate *>(tree->itemDelegateForIndex(file.siblingAtColumn(1)));
        QVERIFY2(delegate, "the detail view draws the file's size with Qt's own delegate");
        seen.sizeShown = delegate->shownText(file.siblingAtColumn(1));
        seen.dateShown = delegate->shownText(file.siblingAtColumn(3));
        seen.texts << seen.sizeShown << seen.dateShown;
        for (int section = 0; section < tree->header()->count(); ++section)
            seen.texts << model->headerData(section, Qt::Horizontal).toString();

        for (const QWidget *widget : dialog->findChildren<QWidget *>())
            if (widget->isVisibleTo(dialog))
                collectTexts(widget, seen.texts);
        seen.texts << dialog->windowTitle();
        // The context menu of the file list (rename, delete, show hidden files, new folder).
        for (const QAction *action : dialog->findChildren<QAction *>())
            if (action->objectName().startsWith(QStringLiteral("qt_")))
                seen.texts << action->text() << action->toolTip();

        seen.lookIn = dialog->findChild<QLabel *>(QStringLiteral("lookInLabel"))->text();
        seen.fileName = dialog->findChild<QLabel *>(QStringLiteral("fileNameLabel"))->text();
        seen.fileType = dialog->findChild<QLabel *>(QStringLiteral("fileTypeLabel"))->text();
        auto box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(box);
        QAbstractButton *accept = nullptr;
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QDialogButtonBox::AcceptRole)
                accept = button;
        QVERIFY(accept);
        seen.save = accept->text();
        seen.cancel = box->button(QDialogButtonBox::Cancel)->text();
        QCoreApplication::processEvents();
        seen.shot = dialog->grab().toImage();

        // Save onto the existing file: the dialog asks first.
        whenShown<QMessageBox>([&seen](QMessageBox *question) {
            seen.replaceQuestion = question->text();
            for (const QAbstractButton *button : question->buttons())
                seen.replaceButtons << button->text();
            seen.texts << question->text() << seen.replaceButtons;
            seen.questionShot = question->grab().toImage();
            question->button(QMessageBox::No)->click();
        });
        auto nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        nameEdit->setText(QStringLiteral("existing.pdf"));
        accept->click();
        QVERIFY(dialog->isVisible()); // "No": the dialog stays for another name
        dialog->reject();
    });
    const QString chosen = DeskDialogs::saveFileName(parent, QCoreApplication::translate("DocumentPrinting", "Save as PDF"),
                                                     QDir(folder).filePath(QStringLiteral("existing.pdf")),
                                                     QCoreApplication::translate("DocumentPrinting", "PDF documents (*.pdf)"));
    if (!chosen.isEmpty())
        QTest::qFail("the dialog was cancelled, yet returned a file", __FILE__, __LINE__);
    return seen;
}

// Opens a dialog through `open`, reads every text on it and in its file list's headings, and
// cancels it.
QStringList readAndCancel(const std::function<QString()> &open, QString *acceptText)
{
    QStringList texts;
    whenShown<QFileDialog>([&texts, acceptText](QFileDialog *dialog) {
        for (const QWidget *widget : dialog->findChildren<QWidget *>())
            if (widget->isVisibleTo(dialog))
                collectTexts(widget, texts);
        if (auto model = dialog->findChild<QFileSystemModel *>())
            for (int section = 0; section < model->columnCount(); ++section)
                texts << model->headerData(section, Qt::Horizontal).toString();
        auto box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(box);
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QDialogButtonBox::AcceptRole)
                *acceptText = button->text();
        dialog->reject();
    });
    if (!open().isEmpty())
        QTest::qFail("the dialog was cancelled, yet returned a path", __FILE__, __LINE__);
    return texts;
}

} // namespace

class TestFileDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveDialogSpeaksTheLanguage_data();
    void saveDialogSpeaksTheLanguage();
    void openAndFolderDialogsSpeakKazakh();

private:
    QTemporaryDir m_folder;
};

void TestFileDialog::initTestCase()
{
    QVERIFY(m_folder.isValid());
    QVERIFY(QDir(m_folder.path()).mkdir(QStringLiteral("Құжаттар")));
    QFile existing(QDir(m_folder.path()).filePath(QStringLiteral("existing.pdf")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write(QByteArray("%PDF-1.4\n").leftJustified(2560, ' '));
    QVERIFY(existing.flush());
    // A time the clerk's and Qt's formats write differently (the day past the 12th, after noon).
    QVERIFY(existing.setFileTime(QDateTime(QDate(2026, 11, 23), QTime(14, 7)), QFileDevice::FileModificationTime));
    existing.close();
    DeskDialogs::Testing::setEnabled(false); // the real dialog, not a pre-set answer
}

void TestFileDialog::saveDialogSpeaksTheLanguage_data()
{
    QTest::addColumn<QLocale::Language>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("lookIn");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("fileType");
    QTest::addColumn<QString>("folderType");
    QTest::addColumn<QString>("save");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("replace");
    QTest::addColumn<QString>("size");
    QTest::newRow("Kazakh") << QLocale::Kazakh << QStringLiteral("kk") << QStringLiteral("Қарау орны:")
                            << QStringLiteral("&Файл атауы:") << QStringLiteral("Файл түрі:") << QStringLiteral("Бума")
                            << QStringLiteral("&Сақтау") << QStringLiteral("Бас тарту")
                            << QStringLiteral("existing.pdf бұрыннан бар.\nОны ауыстыру керек пе?")
                            << QStringLiteral("2,5 КБ");
    QTest::newRow("Russian") << QLocale::Russian << QStringLiteral("ru") << QStringLiteral("Перейти к:")
                             << QStringLiteral("&Имя файла:") << QStringLiteral("Типы файлов:")
                             << QStringLiteral("Папка") << QStringLiteral("&Сохранить") << QStringLiteral("Отмена")
                             << QStringLiteral("existing.pdf уже существует.\nЗаменить его?")
                             << QStringLiteral("2,5 КБ");
}

void TestFileDialog::saveDialogSpeaksTheLanguage()
{
    QFETCH(QLocale::Language, language);
    QFETCH(QString, code);
    DeskApplication desk;
    QVERIFY(desk.open(optionsFor(language)));
    desk.mainWindow()->show();

    const Seen seen = readSaveDialog(desk.mainWindow(), m_folder.path());
    if (QTest::currentTestFailed())
        return;

    QTEST(seen.lookIn, "lookIn");
    QTEST(seen.fileName, "fileName");
    QTEST(seen.fileType, "fileType");
    QTEST(seen.folderType, "folderType");
    QTEST(seen.save, "save");
    QTEST(seen.cancel, "cancel");
    QTEST(seen.replaceQuestion, "replace");
    QCOMPARE(seen.replaceButtons.size(), 2);
    QTEST(seen.sizeShown, "size");
    QCOMPARE(seen.dateShown, QStringLiteral("23.11.2026 14:07"));

    // No English left: none of Qt's source texts, and no Latin word at all (file names, the
    // "PDF" of the file type and key names aside, none of which are in these texts).
    const QStringList sources = fileDialogSources();
    QVERIFY(sources.contains(QStringLiteral("Look in:")));
    QStringList english;
    static const QRegularExpression latinWord(QStringLiteral("[A-Za-z]{2,}"));
    for (const QString &text : seen.texts) {
        QString plain = text;
        plain.remove(u'&').remove(QStringLiteral("existing.pdf")).remove(QStringLiteral("PDF"));
        if (sources.contains(plain) || latinWord.match(plain).hasMatch())
            english << text;
    }
    english.removeDuplicates();
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral(" | "))));

    // With QABYLDAU_SCREENSHOT_DIR: the dialog and its question as the clerk sees them.
    if (const QString shots = qEnvironmentVariable("QABYLDAU_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QVERIFY(seen.shot.save(QDir(shots).filePath(QStringLiteral("file-dialog-") + code + QStringLiteral(".png"))));
        QVERIFY(seen.questionShot.save(QDir(shots).filePath(QStringLiteral("file-dialog-replace-") + code + QStringLiteral(".png"))));
    }
}

// Restore and the imports open a file; the templates and backups folders choose a folder.
void TestFileDialog::openAndFolderDialogsSpeakKazakh()
{
    DeskApplication desk;
    QVERIFY(desk.open(optionsFor(QLocale::Kazakh)));
    QWidget *parent = desk.mainWindow();
    const QString folder = m_folder.path();

    QString open;
    const QStringList openTexts = readAndCancel(
        [&] { return DeskDialogs::openFileName(parent, QStringLiteral("Қалпына келтіру"), folder, QString()); }, &open);
    QCOMPARE(open, QStringLiteral("&Ашу"));
    QVERIFY2(openTexts.contains(QStringLiteral("&Файл атауы:")), qPrintable(openTexts.join(u'|')));

    QString choose;
    const QStringList folderTexts = readAndCancel(
        [&] { return DeskDialogs::existingFolder(parent, QStringLiteral("Бума"), folder); }, &choose);
    QCOMPARE(choose, QStringLiteral("&Таңдау"));
    QVERIFY2(folderTexts.contains(QStringLiteral("Бума:")), qPrintable(folderTexts.join(u'|')));

    static const QRegularExpression latinWord(QStringLiteral("[A-Za-z]{2,}"));
    QStringList english;
    for (const QString &text : openTexts + folderTexts)
        if (latinWord.match(QString(text).remove(u'&')).hasMatch())
            english << text;
    english.removeDuplicates();
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral(" | "))));
}

QTEST_MAIN(TestFileDialog)
#include "tst_filedialog.moc"
