#include "common/FileColumnsDelegate.h"

#include "domain/DateText.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QLocale>
#include <QTreeView>

namespace {

// QFileSystemModel's columns.
constexpr int sizeColumn = 1;
constexpr int dateColumn = 3;

} // namespace

void FileColumnsDelegate::install(QFileDialog &dialog)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    if (auto view = dialog.findChild<QTreeView *>(QStringLiteral("treeView")))
        view->setItemDelegate(new FileColumnsDelegate(view));
}

QString FileColumnsDelegate::sizeText(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1024)
        return QCoreApplication::translate("FileColumnsDelegate", "%1 bytes").arg(locale.toString(bytes));
    const double kb = bytes / 1024.0;
    if (kb < 1024)
        return QCoreApplication::translate("FileColumnsDelegate", "%1 KB").arg(locale.toString(kb, 'f', 1));
    const double mb = kb / 1024.0;
    if (mb < 1024)
        return QCoreApplication::translate("FileColumnsDelegate", "%1 MB").arg(locale.toString(mb, 'f', 1));
    return QCoreApplication::translate("FileColumnsDelegate", "%1 GB").arg(locale.toString(mb / 1024.0, 'f', 1));
}

QString FileColumnsDelegate::shownText(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    initStyleOption(&option, index);
    return option.text;
}

void FileColumnsDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto model = qobject_cast<const QFileSystemModel *>(index.model());
    if (!model || (index.column() != sizeColumn && index.column() != dateColumn))
        return;
    const QFileInfo info = model->fileInfo(index);
    if (index.column() == sizeColumn)
        option->text = info.isDir() ? QString() : sizeText(info.size());
    else
        option->text = DateText::dateTime(info.lastModified());
}
