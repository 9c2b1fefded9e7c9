#pragma once

#include <QStyledItemDelegate>

class QFileDialog;

// Qt's own file dialog writes a file's size and date with the system's locale
// (QFileSystemModel), whatever the desk's language: "2.00 KiB" and "12/5/26 2:07 PM" on an
// English system, "2,00 KiБ" with Kazakh. The detail view's Size and Date Modified columns are
// drawn by this delegate instead, in the desk's language ("2,0 КБ") and date format
// (dd.MM.yyyy HH:mm). Every file dialog of DeskDialogs goes through install().
class FileColumnsDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Qt's widget dialog, never a native one (it would speak the system's language), with this
    // delegate on its detail view.
    static void install(QFileDialog &dialog);

    static QString sizeText(qint64 bytes);
    // What the view shows in the cell at index, as drawn.
    QString shownText(const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
