#include "ApplicationListModel.h"

#include "domain/ApplicationNumber.h"
#include "QueueTableModel.h"
#include "domain/DateText.h"

ApplicationListModel::ApplicationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ApplicationListModel::setApplications(const QList<Application> &applications)
{
    beginResetModel();
    m_applications = applications;
    endResetModel();
}

int ApplicationListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_applications.size(); ++row)
        if (m_applications.at(row).id == id)
            return row;
    return -1;
}

QString ApplicationListModel::statusText(const Application &application)
{
    const QString status = QueueTableModel::statusLabel(application.status);
    if (application.status != ApplicationStatus::Archived)
        return status;
    switch (application.archiveReason) {
    case ArchiveReason::None: break;
    case ArchiveReason::Enrolled: return tr("%1: enrolled").arg(status);
    case ArchiveReason::WithdrawnByApplicant: return tr("%1: withdrawn by the applicant").arg(status);
    case ArchiveReason::AgeLimit: return tr("%1: age limit reached").arg(status);
    case ArchiveReason::Duplicate: return tr("%1: duplicate").arg(status);
    case ArchiveReason::Other: return tr("%1: other reason").arg(status);
    }
    return status;
}

int ApplicationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_applications.size());
}

int ApplicationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_applications.size())
        return {};
    const Application &a = m_applications.at(index.row());
    if (role == IdRole)
        return a.id;
    if (role == Qt::ToolTipRole) {
        // Whole where the page may elide: an id in place of a number, the name, the category (the
        // paper form's wording of it, as the queue's tooltip).
        switch (index.column()) {
        case NumberColumn: return a.number.isEmpty() ? QVariant(a.id) : QVariant();
        case ChildColumn: return a.child.fullName();
        case CategoryColumn: return Categories::label(a.category);
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn: return ApplicationNumbers::shown(a.number, a.id);
    case ChildColumn: return a.child.fullName();
    case IinColumn: return a.childIin;
    case BirthDateColumn: return DateText::date(a.childBirthDate);
    case CategoryColumn: return Categories::shortLabel(a.category);
    case FiledColumn: return DateText::dateTime(a.filedAt);
    case StatusColumn: return statusText(a);
    default: break;
    }
    return {};
}

QVariant ApplicationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("Number");
    case ChildColumn: return tr("Child");
    case IinColumn: return tr("IIN");
    case BirthDateColumn: return tr("Born");
    case CategoryColumn: return tr("Category");
    case FiledColumn: return tr("Filed");
    case StatusColumn: return tr("Status");
    default: break;
    }
    return {};
}
