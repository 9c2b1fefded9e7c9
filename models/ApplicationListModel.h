#pragma once

#include "domain/Application.h"

#include <QAbstractTableModel>
#include <QList>

// Issue 13 item 4: the applications registered at this kindergarten, as the Applications list
// shows them (ApplicationStore::list gives the rows; this model only shows them). One row per
// application, in the order given.
class ApplicationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // NumberColumn: the application's number, or its id while it has none (the tooltip then
    // gives the whole id, which the page may elide). The tooltip of ChildColumn gives the whole
    // name, of CategoryColumn the category as the paper form words it (the cell: its short label).
    enum Column { NumberColumn, ChildColumn, IinColumn, BirthDateColumn, CategoryColumn, FiledColumn, StatusColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole }; // the application's id (any column)

    explicit ApplicationListModel(QObject *parent = nullptr);

    void setApplications(const QList<Application> &applications);
    const Application &applicationAt(int row) const { return m_applications.at(row); }
    // The row of the application with this id, -1 when not shown.
    int rowOf(const QString &id) const;

    // "Queued", "Archived: withdrawn by the applicant", ...
    static QString statusText(const Application &application);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Application> m_applications;
};
