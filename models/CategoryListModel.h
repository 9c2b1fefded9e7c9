#pragma once

#include "domain/Category.h"

#include <QAbstractListModel>

// The ten categories of Appendix 1 for combo boxes and filters: display text in the current
// language, the category code in Qt::UserRole. Relabels itself on a language change.
class CategoryListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { CodeRole = Qt::UserRole, RightRole };

    explicit CategoryListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Call after the UI language changed; the model emits dataChanged for every row.
    void retranslate();

private:
    QList<Category> m_categories;
};
