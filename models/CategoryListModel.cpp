#include "CategoryListModel.h"

CategoryListModel::CategoryListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_categories(Categories::all())
{
}

int CategoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

QVariant CategoryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Category category = m_categories.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1. %2").arg(Categories::code(category)).arg(Categories::shortLabel(category));
    case Qt::ToolTipRole:
        return Categories::label(category);
    case CodeRole:
        return Categories::code(category);
    case RightRole:
        return static_cast<int>(Categories::right(category));
    default:
        return {};
    }
}

void CategoryListModel::retranslate()
{
    if (!m_categories.isEmpty())
        emit dataChanged(index(0), index(int(m_categories.size()) - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}
