#include "DirectionTableModel.h"

#include "domain/WorkCalendar.h"
#include "settings/RuleSettings.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace {

QString dateText(const QDate &date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

// RULES 5: what the desk can still act on comes first.
int rank(const DirectionTableModel::Row &row)
{
    if (row.direction.status != DirectionStatus::Issued)
        return 3;
    if (!row.validity)
        return 2;
    switch (row.validity->state) {
    case DirectionValidity::State::Valid: return 0;
    case DirectionValidity::State::WaitingForPlace: return 1;
    case DirectionValidity::State::Expired:
    case DirectionValidity::State::Closed: return 2;
    }
    return 2;
}

} // namespace

DirectionTableModel::DirectionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DirectionTableModel::setDirections(const QList<Direction> &directions, const QDate &today,
                                        const WorkCalendar &calendar, const RuleSettings &settings)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(directions.size());
    for (const Direction &direction : directions)
        m_rows.append(Row{direction, Directions::validity(direction, today, calendar, settings)});
    // The store gives the newest issue first; a stable sort keeps that within each rank.
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return rank(a) < rank(b); });
    endResetModel();
}

int DirectionTableModel::rowOf(const QString &number) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).direction.number == number)
            return i;
    return -1;
}

void DirectionTableModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int DirectionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DirectionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DirectionTableModel::validityText(const Row &row) const
{
    if (!row.validity)
        return row.validity.error().message();
    if (row.validity->state != DirectionValidity::State::Closed)
        return row.validity->text();
    // A closed direction: when it ended, not what it would have been.
    return row.direction.closedAt.isValid() ? dateText(row.direction.closedAt.date()) : QString();
}

QString DirectionTableModel::statusText(const Row &row) const
{
    if (row.direction.status != DirectionStatus::Issued || !row.validity)
        return Directions::statusLabel(row.direction.status);
    switch (row.validity->state) {
    case DirectionValidity::State::Valid: return tr("In force");
    case DirectionValidity::State::WaitingForPlace: return tr("Waiting for the place");
    case DirectionValidity::State::Expired: return tr("Not used in time");
    case DirectionValidity::State::Closed: break;
    }
    return Directions::statusLabel(row.direction.status);
}

QVariant DirectionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Direction &d = row.direction;
    const bool valid = row.validity && row.validity->isValid() && d.status == DirectionStatus::Issued;
    switch (role) {
    case NumberRole:
        return d.number;
    case ActiveRole:
        return d.status == DirectionStatus::Issued;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case NumberColumn: return d.number;
        case ChildColumn: return d.child.fullName();
        case IinColumn: return d.childIin;
        case BirthYearColumn:
            return d.childBirthDate.isValid() ? QString::number(d.childBirthDate.year()) : QString();
        case GroupColumn: return d.groupName;
        case IssuedColumn: return dateText(d.issuedAt.date());
        case ValidityColumn: return validityText(row);
        case DaysLeftColumn:
            if (!valid)
                return QString();
            return role == Qt::ToolTipRole ? tr("%n working day(s) left, today included", nullptr,
                                                row.validity->workingDaysLeft)
                                           : QLocale().toString(row.validity->workingDaysLeft);
        case StatusColumn: return statusText(row);
        case ColumnCount: break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DaysLeftColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        // RULES 5: a direction past its end, or on its last day, is what the clerk must not miss.
        if (d.status == DirectionStatus::Issued && row.validity
            && row.validity->state == DirectionValidity::State::Expired)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (d.status != DirectionStatus::Issued)
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        if (valid && row.validity->workingDaysLeft <= 1 && index.column() == DaysLeftColumn)
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        break;
    default:
        break;
    }
    return {};
}

QVariant DirectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NumberColumn: return tr("Direction");
    case ChildColumn: return tr("Child");
    case IinColumn: return tr("Child's IIN");
    case BirthYearColumn: return tr("Year of birth");
    case GroupColumn: return tr("Group");
    case IssuedColumn: return tr("Issued");
    case ValidityColumn: return tr("Validity");
    case DaysLeftColumn: return tr("Days left");
    case StatusColumn: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}
