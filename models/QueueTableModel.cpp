#include "QueueTableModel.h"

#include "domain/DateText.h"
#include "domain/QueueOrder.h"

#include <QFont>

#include <QThread>

#include <limits>

QueueTableModel::QueueTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_latestGeneration(std::make_shared<std::atomic<int>>(0))
{
    qRegisterMetaType<QueueBatch>();
}

QueueTableModel::~QueueTableModel()
{
    if (m_thread) {
        // The loader (and its connection) is deleted in the worker on finished().
        m_latestGeneration->store(-1);
        m_thread->quit();
        m_thread->wait();
    }
}

void QueueTableModel::setStore(const QString &path, const RuleSettings &settings)
{
    Q_ASSERT(!m_thread);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("queueLoader"));
    m_loader = new QueueLoader(m_latestGeneration);
    m_loader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &QueueLoader::loaded, this, &QueueTableModel::receive, Qt::QueuedConnection);
    connect(m_loader, &QueueLoader::birthYearsLoaded, this,
            [this](const QList<int> &years, const QString &error) {
                if (!error.isEmpty())
                    emit errorOccurred(error);
                emit birthYearsLoaded(years);
            },
            Qt::QueuedConnection);
    m_thread->start();

    QueueLoader *loader = m_loader;
    QMetaObject::invokeMethod(m_loader, [loader, path, settings] { loader->open(path, settings); },
                              Qt::QueuedConnection);
    reloadBirthYears();
}

void QueueTableModel::reloadBirthYears()
{
    if (!m_loader)
        return;
    QueueLoader *loader = m_loader;
    QMetaObject::invokeMethod(m_loader, [loader] { loader->loadBirthYears(); }, Qt::QueuedConnection);
}

void QueueTableModel::setQuery(const QueueQuery &query)
{
    m_query = query;
    m_queried = true;
    reload();
}

void QueueTableModel::reload()
{
    if (!m_queried)
        return;
    m_generation = m_generation == std::numeric_limits<int>::max() ? 1 : m_generation + 1;
    m_latestGeneration->store(m_generation);

    beginResetModel();
    m_rows.clear();
    m_total = -1;
    m_incompleteIin = false;
    m_positionsPending = false;
    m_error.clear();
    m_complete = !m_loader;
    endResetModel();

    if (m_loader)
        request(std::nullopt);
    else
        emit queryLoaded();
}

void QueueTableModel::request(const std::optional<QueueKey> &after)
{
    QueueLoader *loader = m_loader;
    const int generation = m_generation;
    const QueueQuery query = m_query;
    QMetaObject::invokeMethod(
        m_loader, [loader, generation, query, after] { loader->load(generation, query, after, pageSize); },
        Qt::QueuedConnection);
    setLoading(true);
}

void QueueTableModel::receive(const QueueBatch &batch)
{
    if (batch.generation != m_generation)
        return; // the answer to a query the view has left
    // Still loading while the rows go in: a view or tester asking for more inside
    // rowsAboutToBeInserted must not request the page after the previous last row again.
    m_complete = batch.complete;
    if (!batch.error.isEmpty()) {
        m_error = batch.error;
        m_complete = true;
        emit errorOccurred(batch.error);
    }
    if (batch.first) {
        m_total = batch.total;
        m_incompleteIin = batch.incompleteIin;
    }
    m_positionsPending = m_positionsPending || batch.pending;
    if (!batch.rows.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(batch.rows.size()) - 1);
        m_rows.append(batch.rows);
        endInsertRows();
    }
    setLoading(false);
    if (batch.first)
        emit queryLoaded();
}

void QueueTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void QueueTableModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole});
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString QueueTableModel::statusLabel(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Queued:
        return tr("In the queue");
    case ApplicationStatus::DirectionIssued:
        return tr("Direction issued");
    case ApplicationStatus::StopListed:
        return tr("Stop list");
    case ApplicationStatus::Archived:
        return tr("Archived");
    }
    return {};
}

int QueueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueRow &row = m_rows.at(index.row());
    // A registration the queue server has not given its sequence yet: its place (and so its
    // number) is this desk's estimate until it is confirmed.
    const bool provisional = row.key.sequence == QueueOrder::sequenceSortValue(0) && !row.anonymous;
    switch (role) {
    case Qt::FontRole:
        if (provisional) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case ProvisionalRole:
        return provisional;
    case AnonymousRole:
        return row.anonymous;
    case Qt::DisplayRole:
        if (row.anonymous && index.column() == ChildColumn)
            return tr("Another kindergarten's applicant");
        if (row.anonymous && (index.column() == CategoryColumn || index.column() == IinColumn))
            return QString();
        switch (index.column()) {
        case NumberColumn:
            // RULES def. 8: only a queued application has a number.
            return row.queueNumber > 0 ? QVariant(row.queueNumber) : QVariant(QStringLiteral("—"));
        case ChildColumn:
            return row.child.fullName();
        case IinColumn:
            return row.childIin;
        case BirthYearColumn:
            return row.key.birthYear > 0 ? QString::number(row.key.birthYear) : QString();
        case CategoryColumn:
            return QStringLiteral("%1. %2").arg(Categories::code(row.category)).arg(Categories::shortLabel(row.category));
        case StatusColumn:
            return statusLabel(row.status);
        case FiledColumn:
            return DateText::dateTime(row.filedAt);
        }
        return {};
    case Qt::ToolTipRole:
        if (row.anonymous)
            return tr("Registered at another kindergarten: known here only by its place in the queue");
        if (provisional && (index.column() == NumberColumn || index.column() == ChildColumn))
            return tr("Provisional: not yet confirmed by the queue server; the number is this desk's estimate");
        if (index.column() == CategoryColumn)
            return Categories::label(row.category);
        if (index.column() == FiledColumn)
            return DateText::dateTimeWithSeconds(row.filedAt);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ApplicationIdRole:
        return row.key.applicationId;
    case QueueNumberRole:
        return row.queueNumber;
    case StatusRole:
        return int(row.status);
    case CategoryRole:
        return Categories::code(row.category);
    }
    return {};
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // In the order of Column.
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("No."), QT_TR_NOOP("Child"), QT_TR_NOOP("Child's IIN"), QT_TR_NOOP("Year of birth"),
        QT_TR_NOOP("Category"), QT_TR_NOOP("Status"), QT_TR_NOOP("Filed"),
    };
    if (section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}

bool QueueTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loader && !m_loading && !m_complete && !m_rows.isEmpty();
}

void QueueTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    request(m_rows.constLast().key);
}
