#pragma once

#include "domain/Direction.h"
#include "domain/Expected.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

class WorkCalendar;
struct RuleSettings;

// The directions to this kindergarten for the Directions area, each with what RULES 5 makes of
// its dates on a given day. Directions at one kindergarten are a few hundred at most: the model
// holds them all (read once per reload) and orders them: in force first, then those waiting for
// their early-booking place, then those past their end still marked issued, then the closed ones;
// newest issue first within each.
class DirectionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        ChildColumn,
        IinColumn,
        BirthYearColumn, // the child's year of birth: the directions span several
        GroupColumn,
        IssuedColumn,
        ValidityColumn,
        DaysLeftColumn,
        StatusColumn,
        ColumnCount
    };
    enum Roles {
        NumberRole = Qt::UserRole, // the direction's number (any column)
        ActiveRole,                // bool: status `issued`
    };

    struct Row
    {
        Direction direction;
        Expected<DirectionValidity> validity = DirectionValidity{};
    };

    explicit DirectionTableModel(QObject *parent = nullptr);

    // Replaces the rows; validity is computed for `today`.
    void setDirections(const QList<Direction> &directions, const QDate &today, const WorkCalendar &calendar,
                       const RuleSettings &settings);
    const Row &rowAt(int row) const { return m_rows.at(row); }
    // The row of the direction with this number, -1 when not shown.
    int rowOf(const QString &number) const;
    // Call after the UI language changed.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString validityText(const Row &row) const;
    QString statusText(const Row &row) const;

    QList<Row> m_rows;
};
