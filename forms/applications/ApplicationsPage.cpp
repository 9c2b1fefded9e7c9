#include "applications/ApplicationsPage.h"

#include "ApplicationDocument.h"
#include "ApplicationListModel.h"
#include "DocumentRenderer.h"
#include "applications/CorrectApplicationDialog.h"
#include "common/DeskDialogs.h"
#include "domain/DateText.h"
#include "domain/FieldLimits.h"
#include "queue/ApplicationDetailsDialog.h"
#include "store/ApplicationStore.h"
#include "store/AuditTrail.h"
#include "store/KindergartenProfileStore.h"
#include "store/KindergartenStore.h"

#include <QCheckBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPrinter>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

#include <numeric>

namespace {

// A kindergarten's own applications fit one screen of scrolling; the search narrows them.
constexpr int listLimit = 2000;

// The child's name and the category, when fitColumnsToViewport narrows them, cut at their end
// (the view cuts an id in its middle).
class ElideRightDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideRight;
    }
};

DocumentLanguage documentLanguage()
{
    // The clerk's language (RULES 11: Kazakh or Russian), as the application form prints it.
    return QLocale().language() == QLocale::Russian ? DocumentLanguage::Russian : DocumentLanguage::Kazakh;
}

} // namespace

ApplicationsPage::ApplicationsPage(const DeskContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ApplicationListModel(this))
    , m_search(new QLineEdit)
    , m_archived(new QCheckBox)
    , m_table(new QTableView)
    , m_empty(new QLabel)
    , m_message(new QLabel)
    , m_open(new QPushButton)
    , m_correct(new QPushButton)
    , m_withdraw(new QPushButton)
    , m_reprint(new QPushButton)
{
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_archived->setObjectName(QStringLiteral("archivedCheck"));
    m_table->setObjectName(QStringLiteral("applicationsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // An application without a number (imported from the region's file) shows its 36-character
    // id: cut in its middle, whole in the tooltip (fitNumberColumn).
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setWordWrap(false);
    auto elideRight = new ElideRightDelegate(m_table);
    m_table->setItemDelegateForColumn(ApplicationListModel::ChildColumn, elideRight);
    m_table->setItemDelegateForColumn(ApplicationListModel::CategoryColumn, elideRight);
    // The columns follow the window's width (fitColumnsToViewport).
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting)
            m_resizedByHand = true;
    });
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_correct->setObjectName(QStringLiteral("correctButton"));
    m_withdraw->setObjectName(QStringLiteral("withdrawButton"));
    m_reprint->setObjectName(QStringLiteral("reprintButton"));

    auto top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_archived);
    auto buttons = new QHBoxLayout;
    for (QPushButton *button : {m_open, m_correct, m_withdraw, m_reprint})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &ApplicationsPage::reload);
    // Ctrl+F wherever the focus is in the window, as on the Queue page (issue 13 item 5); the
    // shortcut of a page not shown does not fire.
    auto find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_archived, &QCheckBox::toggled, this, &ApplicationsPage::reload);
    connect(m_table, &QTableView::doubleClicked, this, &ApplicationsPage::openSelected);
    connect(m_open, &QPushButton::clicked, this, &ApplicationsPage::openSelected);
    connect(m_correct, &QPushButton::clicked, this, &ApplicationsPage::correctSelected);
    connect(m_withdraw, &QPushButton::clicked, this, &ApplicationsPage::withdrawSelected);
    connect(m_reprint, &QPushButton::clicked, this, &ApplicationsPage::reprintSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApplicationsPage::updateButtons);
    retranslateUi();
    // An application registered at another desk of the kindergarten (the sync), by the CLI or at
    // this desk's form shows while the page is open; a hidden page reads when shown again.
    if (m_context.changes)
        connect(m_context.changes.get(), &StoreChanges::changed, this, [this] {
            if (isVisible())
                reload();
        });
    reload();
}

void ApplicationsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shownOnce)
        reload();
    m_shownOnce = true;
}

void ApplicationsPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("IIN or part of a name"));
    m_archived->setText(tr("Show archived"));
    m_open->setText(tr("Open"));
    m_correct->setText(tr("Correct…"));
    m_withdraw->setText(tr("Withdraw…"));
    m_reprint->setText(tr("Reprint…"));
    // The last action's sentence was in the former language: it goes. The columns' titles come
    // with the list read again (reload, after this in both callers).
    m_message->clear();
}

bool ApplicationsPage::eventFilter(QObject *watched, QEvent *event)
{
    // Only a new width: the horizontal scroll bar coming or going (a column the clerk widened by
    // hand) or a message under the table changes the height alone, and refitting then would undo
    // the clerk's column at once. The window's width fits the columns again; the vertical scroll
    // bar coming or going (the view's width alone) does so only while no column was resized by
    // hand since the last fit, as the columns fill the view to its last pixel otherwise.
    if ((watched == m_table || watched == m_table->viewport()) && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<const QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width() && (watched == m_table || !m_resizedByHand))
            fitColumnsToViewport();
    }
    return QWidget::eventFilter(watched, event);
}

void ApplicationsPage::changeEvent(QEvent *event)
{
    // The View menu switched the language: the same page, in the new words (the empty list's
    // sentence and the columns' widths with them).
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void ApplicationsPage::reload()
{
    const QString selected = selectedRow() >= 0 ? m_model->applicationAt(selectedRow()).id : QString();
    // Read again whenever anyone writes: the clerk's place in the list stays where it was.
    const int scrolled = m_table->verticalScrollBar()->value();
    const Expected<QList<Application>> found =
        ApplicationStore(m_context.store).list(m_search->text(), m_archived->isChecked(), listLimit);
    m_model->setApplications(found ? *found : QList<Application>());
    m_table->resizeColumnsToContents();
    fitNumberColumn();
    m_contentWidths.clear();
    for (int column = 0; column < ApplicationListModel::ColumnCount; ++column)
        m_contentWidths.append(m_table->columnWidth(column));
    fitColumnsToViewport();
    if (!found)
        m_empty->setText(found.error().message());
    else if (!m_search->text().trimmed().isEmpty())
        m_empty->setText(tr("No application matches the search. Search by the child's or the applicant's IIN, "
                            "or by a part of a name."));
    else
        m_empty->setText(tr("No applications are registered at this kindergarten yet. An application registered "
                            "at this desk appears here; those registered at this kindergarten's other desks come "
                            "with the queue server's sync."));
    m_empty->setVisible(m_model->rowCount() == 0);
    m_table->setVisible(m_model->rowCount() > 0);
    if (!selected.isEmpty())
        select(selected);
    m_table->verticalScrollBar()->setValue(scrolled);
    updateButtons();
}

void ApplicationsPage::fitNumberColumn()
{
    // As wide as the longest number shown (at least "2026-007-00042") and the column's title, as
    // the view itself measures a cell: an id in place of a number no longer pushes the other
    // columns out of a 1280-pixel window. Numbers are digits and dashes, so the longest is the
    // widest: one cell measured, not every row's.
    int longest = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const qsizetype length = m_model->applicationAt(row).number.size();
        if (length > 0 && (longest < 0 || length > m_model->applicationAt(longest).number.size()))
            longest = row;
    }
    const int grid = m_table->showGrid() ? 1 : 0;
    const int margins = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1);
    int width = qMax(m_table->horizontalHeader()->sectionSizeHint(ApplicationListModel::NumberColumn),
                     QFontMetrics(m_table->font()).horizontalAdvance(QStringLiteral("0000-000-00000")) + margins + grid);
    if (longest >= 0)
        width = qMax(width, m_table->sizeHintForIndex(m_model->index(longest, ApplicationListModel::NumberColumn)).width()
                                + grid);
    if (m_table->columnWidth(ApplicationListModel::NumberColumn) > width)
        m_table->setColumnWidth(ApplicationListModel::NumberColumn, width);
}

void ApplicationsPage::fitColumnsToViewport()
{
    // Each column as wide as its contents (reload) did not fit a 1280-pixel window when a category
    // is long (Russian "Семья, воспитывающая ребенка с инвалидностью"): Filed and Status went out of
    // sight behind a horizontal scroll bar and the statuses were cut. The number, IIN, dates and
    // status are short and always whole; the child's name and the category give up what is
    // missing, the wider one first, never below their title (elided; whole in their tooltips).
    // Room to spare goes to the last column. Called again when the rows or the view's width change.
    if (m_contentWidths.size() != ApplicationListModel::ColumnCount)
        return;
    QList<int> widths = m_contentWidths;
    const auto sum = [&widths] { return std::accumulate(widths.cbegin(), widths.cend(), 0); };
    const int room = m_table->viewport()->width();
    if (const int missing = sum() - room; missing > 0) {
        const int child = ApplicationListModel::ChildColumn;
        const int category = ApplicationListModel::CategoryColumn;
        const int shared = widths[child] + widths[category] - missing; // what the two may take together
        // Both capped at one width, so the wider gives up first; the narrower keeps its own width
        // when that leaves the other at least as much.
        const int narrower = qMin(widths[child], widths[category]);
        const int cap = shared - narrower >= narrower ? shared - narrower : shared / 2;
        const int floorChild = m_table->horizontalHeader()->sectionSizeHint(child);
        const int floorCategory = m_table->horizontalHeader()->sectionSizeHint(category);
        int childWidth = qMin(widths[child], cap);
        int categoryWidth = qMin(widths[category], cap);
        // Neither below its title: one raised to it leaves the other what remains of the two's room.
        if (childWidth < floorChild) {
            childWidth = floorChild;
            categoryWidth = qMin(widths[category], qMax(shared - floorChild, floorCategory));
        } else if (categoryWidth < floorCategory) {
            categoryWidth = floorCategory;
            childWidth = qMin(widths[child], qMax(shared - floorCategory, floorChild));
        }
        widths[child] = childWidth;
        widths[category] = categoryWidth;
    }
    widths.last() = qMax(widths.last(), room - (sum() - widths.last()));
    m_fitting = true;
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths[column]);
    m_fitting = false;
    m_resizedByHand = false;
}

bool ApplicationsPage::select(const QString &applicationId)
{
    const int row = m_model->rowOf(applicationId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

int ApplicationsPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ApplicationsPage::updateButtons()
{
    const int row = selectedRow();
    const std::optional<Application> application =
        row >= 0 ? std::optional<Application>(m_model->applicationAt(row)) : std::nullopt;
    m_open->setEnabled(application.has_value());
    m_reprint->setEnabled(application.has_value());
    // RULES 3.3: only an application waiting in the queue is corrected; one holding a direction
    // is withdrawn after the direction is closed (the store and the server say the same).
    m_correct->setEnabled(application && application->status == ApplicationStatus::Queued);
    m_withdraw->setEnabled(application
                           && (application->status == ApplicationStatus::Queued
                               || application->status == ApplicationStatus::StopListed));
}

void ApplicationsPage::openSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    auto dialog = new ApplicationDetailsDialog(m_context.store, m_model->applicationAt(row).id, 0, this);
    dialog->recordViewedBy(m_context.clerk);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

CorrectApplicationDialog *ApplicationsPage::correctSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_model->applicationAt(row).status != ApplicationStatus::Queued)
        return nullptr;
    const Application application = m_model->applicationAt(row);
    // Window-modal, not exec(): the page stays responsive to sync while the clerk types.
    auto dialog = new CorrectApplicationDialog(m_context, application, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, application] {
        m_message->setText(tr("The application was corrected; its filing date stays %1.")
                               .arg(DateText::dateTime(application.filedAt)));
        reload();
        emit applicationChanged(application.id);
    });
    dialog->open();
    return dialog;
}

void ApplicationsPage::withdrawSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Application application = m_model->applicationAt(row);
    DeskDialogs::TextQuestion question;
    question.objectName = QStringLiteral("withdrawDialog");
    question.title = tr("Withdraw the application");
    question.text = tr("The application of %1 leaves the queue for good (archived, withdrawn by the applicant). "
                       "Write the parent's reason as they gave it.")
                        .arg(application.child.fullName());
    question.caption = tr("Reason");
    question.editName = QStringLiteral("reasonEdit");
    question.maxLength = FieldLimits::maxLength(Field::WithdrawalReason);
    const std::optional<QString> reason = DeskDialogs::askText(this, question);
    if (!reason)
        return;
    const Expected<Application> withdrawn =
        ApplicationStore(m_context.store).withdrawApplication(application.id, *reason, m_context.clerk, m_context.clock->now());
    if (!withdrawn) {
        DeskDialogs::warning(this, tr("Withdraw the application"), withdrawn.error().message());
        return;
    }
    m_message->setText(tr("The application of %1 was withdrawn and archived.").arg(application.child.fullName()));
    reload();
    emit applicationChanged(application.id);
}

void ApplicationsPage::reprintSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Application application = m_model->applicationAt(row);
    ApplicationDocumentExtras extras;
    if (const Expected<QList<Kindergarten>> all = KindergartenStore(m_context.store).list())
        for (const Kindergarten &k : *all)
            extras.kindergartenNames.insert(k.id, k.name(DocumentLanguages::locale(documentLanguage()).language()));
    extras.serviceProvider =
        ApplicationDocument::serviceProvider(KindergartenProfileStore(m_context.store).load(), documentLanguage());
    std::shared_ptr<QTextDocument> document = ApplicationDocument::document(application, documentLanguage(), extras);
    QPrinter printer(QPrinter::HighResolution);
    const bool printed = DeskDialogs::printPreview(this, printer, tr("Application"), [document](QPrinter *device) {
        DocumentRenderer::print(*document, *device);
    });
    // DESIGN 9: the printed application carries the child's personal data: who printed it, when.
    if (printed)
        if (const Status audited = AuditTrail::recordPrinted(m_context.store, AuditTrail::Documents::application(), application.id,
                                                             ApplicationDocument::printed(application), m_context.clerk,
                                                             m_context.clock->now());
            !audited)
            m_message->setText(audited.error().message());
}
