#include "registers/RegistersPage.h"

#include "common/DeskStyle.h"
#include "common/HeadingLabel.h"
#include "domain/Checklist.h"
#include "domain/DateText.h"
#include "domain/RefusalGround.h"
#include "domain/ServiceSession.h"
#include "registers/PeriodSelector.h"
#include "registers/RegisterExport.h"
#include "settings/RuleSettings.h"
#include "store/Database.h"
#include "store/Registers.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

enum ContractColumn {
    ContractNumber, ContractDate, ContractChild, ContractChildIin, ContractParent, ContractParentIin,
    ContractDirection, ContractGroup, ContractStartsOn, ContractOwed, ContractClerk, ContractColumns
};
enum RefusalColumn {
    RefusalNumber, RefusalDate, RefusalChild, RefusalChildIin, RefusalDirection, RefusalGroundsColumn,
    RefusalDocuments, RefusalReasons, RefusalClerk, RefusalColumns
};
enum ServiceColumn {
    ServiceArrived, ServiceDirection, ServiceChild, ServiceChannelColumn, ServiceWait, ServiceWork, ServiceResult,
    ServiceOutcomeColumn, ServiceOverLimit, ServiceColumns
};

// A register's headings wrap onto at most this many lines.
constexpr int headingLines = 3;

// What the CSV file holds where the table shows it otherwise (whole reasons, bare minutes).
constexpr int csvRole = Qt::UserRole + 1;

QList<QStandardItem *> makeRow(int columns)
{
    QList<QStandardItem *> items;
    for (int column = 0; column < columns; ++column)
        items.append(new QStandardItem);
    return items;
}

// A row's identity across reloads: the first two columns (contract or refusal number and date;
// arrival time and direction number) tell the rows of one register apart.
QString rowKey(const QStandardItemModel *model, int row)
{
    return model->index(row, 0).data().toString() + QChar(0x1f) + model->index(row, 1).data().toString();
}

QString itemLines(const QList<ChecklistItem> &items)
{
    QStringList lines;
    for (ChecklistItem item : items)
        lines.append(QStringLiteral("%1. %2").arg(int(item)).arg(Checklists::itemLabel(item)));
    return lines.join(QStringLiteral("; "));
}

} // namespace

RegistersPage::RegistersPage(const DeskContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_titleLabel(new HeadingLabel)
    , m_summaryLabel(new QLabel)
    , m_period(new PeriodSelector(context.clock))
    , m_tabs(new QTabWidget)
    , m_statusLabel(new QLabel)
    , m_languageLabel(new QLabel)
    , m_languageCombo(new QComboBox)
    , m_printButton(new QPushButton)
    , m_pdfButton(new QPushButton)
    , m_csvButton(new QPushButton)
{
    setObjectName(QStringLiteral("registersPage"));
    m_period->setObjectName(QStringLiteral("registersPeriod"));
    m_tabs->setObjectName(QStringLiteral("registerTabs"));
    m_statusLabel->setObjectName(QStringLiteral("registersStatusLabel"));
    m_languageCombo->setObjectName(QStringLiteral("documentLanguageCombo"));
    m_printButton->setObjectName(QStringLiteral("printRegisterButton"));
    m_pdfButton->setObjectName(QStringLiteral("registerPdfButton"));
    m_csvButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_summaryLabel->setWordWrap(true);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);

    const int columns[3] = {ContractColumns, RefusalColumns, ServiceColumns};
    const QString names[3] = {QStringLiteral("contracts"), QStringLiteral("refusals"), QStringLiteral("serviceTimes")};
    for (int i = 0; i < 3; ++i) {
        TabPage &p = m_pages[i];
        p.model = new QStandardItemModel(0, columns[i], this);
        p.table = new QTableView;
        p.table->setObjectName(names[i] + QStringLiteral("Table"));
        p.table->setModel(p.model);
        p.table->setSelectionBehavior(QAbstractItemView::SelectRows);
        p.table->setSelectionMode(QAbstractItemView::SingleSelection);
        p.table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        p.table->setAlternatingRowColors(true);
        // Eleven columns at 1280 pixels in Russian (issue 13 item 5): names, reasons and headings
        // wrap onto more lines (fitColumns) rather than being cut off or pushed out of sight.
        p.table->setWordWrap(true);
        p.table->verticalHeader()->hide();
        p.table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        QHeaderView *header = p.table->horizontalHeader();
        header->setHighlightSections(false);
        header->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
        header->setMinimumHeight(headingLines * header->fontMetrics().lineSpacing()
                                 + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header));
        header->setStretchLastSection(true);
        p.empty = new QLabel;
        p.empty->setObjectName(names[i] + QStringLiteral("EmptyLabel"));
        p.empty->setAlignment(Qt::AlignCenter);
        p.empty->setWordWrap(true);
        QFont emptyFont = p.empty->font();
        emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
        p.empty->setFont(emptyFont);
        p.empty->setForegroundRole(QPalette::PlaceholderText);
        p.stack = new QStackedWidget;
        p.stack->addWidget(p.table);
        p.stack->addWidget(p.empty);
        m_tabs->addTab(p.stack, QString());
    }
    RegisterExport::fillLanguageCombo(m_languageCombo);
    m_languageLabel->setBuddy(m_languageCombo);

    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_statusLabel, 1);
    buttons->addWidget(m_languageLabel);
    buttons->addWidget(m_languageCombo);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_pdfButton);
    buttons->addWidget(m_csvButton);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_period);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    const auto kindOf = [this] {
        switch (currentTab()) {
        case Tab::Contracts: return RegisterKind::Contracts;
        case Tab::Refusals: return RegisterKind::Refusals;
        case Tab::ServiceTimes: return RegisterKind::ServiceTimes;
        }
        return RegisterKind::Contracts;
    };
    connect(m_period, &PeriodSelector::periodChanged, this, &RegistersPage::reload);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_statusLabel->clear();
        showState(currentTab());
    });
    connect(m_printButton, &QPushButton::clicked, this, [this, kindOf] {
        RegisterExport::print(this, m_context, kindOf(), m_period->from(), m_period->to(),
                              RegisterExport::chosenLanguage(m_languageCombo), false);
    });
    connect(m_pdfButton, &QPushButton::clicked, this, [this, kindOf] {
        RegisterExport::print(this, m_context, kindOf(), m_period->from(), m_period->to(),
                              RegisterExport::chosenLanguage(m_languageCombo), true);
    });
    connect(m_csvButton, &QPushButton::clicked, this, &RegistersPage::chooseCsvFile);
    // A contract, a refusal or a service recorded anywhere (this desk, another one, the CLI, the
    // sync) shows here without choosing the period again.
    if (m_context.changes)
        connect(m_context.changes.get(), &StoreChanges::changed, this, &RegistersPage::storeChanged);

    retranslateUi();
}

RegistersPage::~RegistersPage() = default;

RegistersPage::Tab RegistersPage::currentTab() const
{
    return Tab(std::max(0, m_tabs->currentIndex()));
}

void RegistersPage::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QStandardItemModel *RegistersPage::model(Tab tab) const
{
    return page(tab).model;
}

void RegistersPage::storeChanged()
{
    // A hidden page reads when it is shown again (showEvent): no work for pages nobody looks at.
    if (isVisible())
        reload();
}

void RegistersPage::reload()
{
    // The clerk's place in each table survives the reading: the same row selected, the same
    // scroll position (a refresh every time another desk writes must not throw them to the top).
    struct View
    {
        QString selected;
        int vertical = 0;
        int horizontal = 0;
    };
    View views[3];
    for (int i = 0; i < 3; ++i) {
        const TabPage &p = m_pages[i];
        const QModelIndex current = p.table->selectionModel()->currentIndex();
        if (p.table->selectionModel()->isRowSelected(current.row(), QModelIndex()))
            views[i].selected = rowKey(p.model, current.row());
        views[i].vertical = p.table->verticalScrollBar()->value();
        views[i].horizontal = p.table->horizontalScrollBar()->value();
    }
    for (TabPage &p : m_pages) {
        p.model->removeRows(0, p.model->rowCount());
        p.error.clear();
    }
    m_statusLabel->clear();
    QString common;
    if (!m_context.store)
        common = tr("No local store is open.");
    else if (!m_period->isValid())
        common = Issue::error(Field::PeriodEnd, Rule::PeriodEndBeforeStart).message();
    if (!common.isEmpty()) {
        for (TabPage &p : m_pages)
            p.error = common;
    } else {
        fillContracts();
        fillRefusals();
        fillServiceTimes();
    }
    for (Tab tab : {Tab::Contracts, Tab::Refusals, Tab::ServiceTimes})
        showState(tab);
    for (int i = 0; i < 3; ++i) {
        const TabPage &p = m_pages[i];
        if (!views[i].selected.isEmpty()) {
            for (int row = 0; row < p.model->rowCount(); ++row) {
                if (rowKey(p.model, row) == views[i].selected) {
                    p.table->selectionModel()->setCurrentIndex(
                        p.model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                    break;
                }
            }
        }
        p.table->doItemsLayout(); // the scroll bars' ranges for the new rows, before the values
        p.table->verticalScrollBar()->setValue(views[i].vertical);
        p.table->horizontalScrollBar()->setValue(views[i].horizontal);
    }
}

void RegistersPage::fillContracts()
{
    TabPage &p = page(Tab::Contracts);
    const Expected<QList<Registers::ContractRow>> rows =
        Registers::contracts(*m_context.store, m_period->from(), m_period->to());
    if (!rows) {
        p.error = tr("The register could not be read: %1").arg(rows.error().message());
        return;
    }
    for (const Registers::ContractRow &row : *rows) {
        const ContractRecord &c = row.contract;
        QList<QStandardItem *> items = makeRow(ContractColumns);
        items[ContractNumber]->setText(c.number);
        items[ContractDate]->setText(DateText::date(c.date));
        items[ContractChild]->setText(row.direction.child.fullName());
        items[ContractChildIin]->setText(row.direction.childIin);
        items[ContractParent]->setText(c.parent.fullName());
        items[ContractParentIin]->setText(c.parentIin);
        items[ContractDirection]->setText(c.directionNumber);
        items[ContractGroup]->setText(row.direction.groupName);
        items[ContractStartsOn]->setText(DateText::date(c.startsOn));
        // RULES 6.2: documents owed under an emergency deferral.
        items[ContractOwed]->setText(itemLines(c.deferredItems));
        items[ContractOwed]->setToolTip(itemLines(c.deferredItems));
        items[ContractClerk]->setText(c.clerk);
        p.model->appendRow(items);
    }
}

void RegistersPage::fillRefusals()
{
    TabPage &p = page(Tab::Refusals);
    const Expected<QList<Registers::RefusalRow>> rows =
        Registers::refusals(*m_context.store, m_period->from(), m_period->to());
    if (!rows) {
        p.error = tr("The register could not be read: %1").arg(rows.error().message());
        return;
    }
    for (const Registers::RefusalRow &row : *rows) {
        const RefusalRecord &r = row.refusal;
        QStringList codes;
        QStringList grounds;
        for (RefusalGround ground : r.grounds) {
            codes.append(RefusalGrounds::code(ground));
            grounds.append(RefusalGrounds::citation(ground) + QStringLiteral(": ") + RefusalGrounds::label(ground));
        }
        QList<QStandardItem *> items = makeRow(RefusalColumns);
        items[RefusalNumber]->setText(r.number);
        items[RefusalDate]->setText(DateText::date(r.date));
        items[RefusalChild]->setText(row.direction.child.fullName());
        items[RefusalChildIin]->setText(row.direction.childIin);
        items[RefusalDirection]->setText(r.directionNumber);
        items[RefusalGroundsColumn]->setText(codes.join(QStringLiteral(", ")));
        items[RefusalGroundsColumn]->setToolTip(grounds.join(u'\n'));
        items[RefusalDocuments]->setText(itemLines(r.faultyItems));
        items[RefusalDocuments]->setToolTip(itemLines(r.faultyItems));
        items[RefusalReasons]->setText(r.reasons.simplified());
        items[RefusalReasons]->setToolTip(r.reasons);
        items[RefusalReasons]->setData(r.reasons, csvRole);
        items[RefusalClerk]->setText(r.clerk);
        p.model->appendRow(items);
    }
}

void RegistersPage::fillServiceTimes()
{
    TabPage &p = page(Tab::ServiceTimes);
    const Expected<QList<Registers::ServiceTimeRow>> rows =
        Registers::serviceTimes(*m_context.store, m_period->from(), m_period->to());
    if (!rows) {
        p.error = tr("The register could not be read: %1").arg(rows.error().message());
        return;
    }
    const RuleSettings settings = m_context.ruleSettings();
    const QDateTime now = m_context.clock->now();
    for (const Registers::ServiceTimeRow &row : *rows) {
        const ServiceSession &s = row.session;
        QList<QStandardItem *> items = makeRow(ServiceColumns);
        items[ServiceArrived]->setText(DateText::dateTime(s.arrivedAt));
        items[ServiceDirection]->setText(s.directionNumber);
        items[ServiceChild]->setText(row.direction.child.fullName());
        items[ServiceChannelColumn]->setText(Checklists::channelLabel(s.channel));
        for (const ServiceClock &clock : ServiceSessions::clocks(s, now, settings)) {
            const int column = clock.kind == ServiceClock::Kind::Wait      ? ServiceWait
                               : clock.kind == ServiceClock::Kind::Service ? ServiceWork
                                                                           : ServiceResult;
            QStandardItem *item = items[column];
            if (!clock.isStarted())
                continue;
            // Whole minutes, a begun minute counted: 15 min 30 s shows as 16, over a 15 limit.
            const qint64 minutes = (clock.elapsedSeconds + 59) / 60;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(clock.label());
            if (!clock.isRunning()) {
                item->setText(QString::number(minutes));
            } else if (clock.startedAt.date() == now.date()) {
                item->setText(QString::number(minutes) + QStringLiteral(" …")); // still under way
                item->setData(QString::number(minutes), csvRole);
            } else {
                // Left open on an earlier day: minutes to now would say nothing about the service.
                item->setText(tr("not finished"));
                item->setData(QString(), csvRole);
            }
            if (clock.isExceeded()) {
                item->setForeground(DeskStyle::color(DeskStyle::Tone::Error));
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
        }
        items[ServiceOutcomeColumn]->setText(ServiceSessions::outcomeLabel(s.outcome));
        const bool over = ServiceSessions::anyExceeded(s, now, settings);
        items[ServiceOverLimit]->setText(over ? tr("yes") : tr("no"));
        if (over) {
            // Appendix 4 items 3, 10: a service over a limit stands out in the register.
            items[ServiceOverLimit]->setForeground(DeskStyle::color(DeskStyle::Tone::Error));
            QFont bold = items[ServiceOverLimit]->font();
            bold.setBold(true);
            items[ServiceOverLimit]->setFont(bold);
            for (int column : {ServiceArrived, ServiceDirection, ServiceChild})
                items[column]->setForeground(DeskStyle::color(DeskStyle::Tone::Error));
        }
        p.model->appendRow(items);
    }
}

void RegistersPage::fitColumns(Tab tab)
{
    TabPage &p = page(tab);
    QTableView *table = p.table;
    QHeaderView *header = table->horizontalHeader();
    const int columns = p.model->columnCount();
    const QFontMetrics cellFm = table->fontMetrics();
    const QFontMetrics headFm = header->fontMetrics();
    const int digit = cellFm.horizontalAdvance(QStringLiteral("0"));
    const int headMargin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 2;
    const int cellMargin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1) + 2;
    const int rows = std::min(p.model->rowCount(), 200);
    // Each column's width on one line (at most about 36 digits: longer free text wraps), and the
    // least it may take: its longest word in the rows, and its heading on at most headingLines lines.
    header->setStretchLastSection(false);
    table->resizeColumnsToContents();
    QList<int> natural(columns), least(columns);
    for (int column = 0; column < columns; ++column) {
        const QString heading = p.model->headerData(column, Qt::Horizontal).toString();
        int wordWidth = 0;
        for (const QString &word : heading.split(u' ', Qt::SkipEmptyParts))
            wordWidth = std::max(wordWidth, headFm.horizontalAdvance(word) + headMargin);
        for (int row = 0; row < rows; ++row)
            for (const QString &word : p.model->index(row, column).data().toString().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
                wordWidth = std::max(wordWidth, cellFm.horizontalAdvance(word) + cellMargin);
        int headingWidth = wordWidth;
        const int tallest = headingLines * headFm.lineSpacing();
        while (headingWidth < headFm.horizontalAdvance(heading) + headMargin
               && headFm.boundingRect(QRect(0, 0, headingWidth - headMargin, 10000), Qt::TextWordWrap, heading).height() > tallest)
            headingWidth += digit;
        least[column] = headingWidth;
        natural[column] = std::max(least[column], std::min(table->columnWidth(column), digit * 36));
    }
    // Too wide for the view: each column gives up the same share of what it could give.
    const int available = table->viewport()->width();
    int total = 0, slack = 0;
    for (int column = 0; column < columns; ++column) {
        total += natural[column];
        slack += natural[column] - least[column];
    }
    const double give = total > available && slack > 0 ? std::min(1.0, double(total - available) / slack) : 0.0;
    for (int column = 0; column < columns; ++column)
        table->setColumnWidth(column, natural[column] - int(std::ceil((natural[column] - least[column]) * give)));
    // The last column takes what is left again (resizing it above undid that).
    header->setStretchLastSection(true);
}

void RegistersPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    for (const Tab tab : {Tab::Contracts, Tab::Refusals, Tab::ServiceTimes})
        fitColumns(tab);
}

void RegistersPage::showState(Tab tab)
{
    TabPage &p = page(tab);
    fitColumns(tab);
    QString empty = p.error;
    if (empty.isEmpty() && p.model->rowCount() == 0) {
        switch (tab) {
        case Tab::Contracts: empty = tr("No contracts were signed in this period."); break;
        case Tab::Refusals: empty = tr("No refusals were given in this period."); break;
        case Tab::ServiceTimes: empty = tr("No services were started in this period."); break;
        }
    }
    p.empty->setText(empty);
    p.stack->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget *>(p.table) : p.empty);

    const int count = p.model->rowCount();
    switch (tab) {
    case Tab::Contracts: m_tabs->setTabText(int(tab), tr("Contracts (%1)").arg(count)); break;
    case Tab::Refusals: m_tabs->setTabText(int(tab), tr("Refusals (%1)").arg(count)); break;
    case Tab::ServiceTimes: m_tabs->setTabText(int(tab), tr("Service times (%1)").arg(count)); break;
    }
    if (tab == currentTab()) {
        const bool ok = m_context.store && m_period->isValid();
        for (QPushButton *button : {m_printButton, m_pdfButton})
            button->setEnabled(ok);
        m_csvButton->setEnabled(ok && count > 0);
    }
}

QStringList RegistersPage::csvHeader(Tab tab) const
{
    const QStandardItemModel *m = model(tab);
    QStringList header;
    // Headings broken over two lines in the table are one line in a spreadsheet.
    for (int column = 0; column < m->columnCount(); ++column)
        header.append(m->headerData(column, Qt::Horizontal).toString().replace(u'\n', u' '));
    return header;
}

QList<QStringList> RegistersPage::csvRows(Tab tab) const
{
    const QStandardItemModel *m = model(tab);
    QList<QStringList> rows;
    for (int row = 0; row < m->rowCount(); ++row) {
        QStringList values;
        for (int column = 0; column < m->columnCount(); ++column) {
            // Reasons whole (line breaks included: the CSV quotes them), minutes bare.
            const QModelIndex index = m->index(row, column);
            const QVariant csv = index.data(csvRole);
            values.append(csv.isValid() ? csv.toString() : index.data().toString());
        }
        rows.append(values);
    }
    return rows;
}

Status RegistersPage::exportCsv(Tab tab, const QString &path) const
{
    return RegisterExport::writeCsv(path, csvHeader(tab), csvRows(tab));
}

Status RegistersPage::writePdf(Tab tab, DocumentLanguage language, const QString &path) const
{
    const RegisterKind kind = tab == Tab::Contracts  ? RegisterKind::Contracts
                              : tab == Tab::Refusals ? RegisterKind::Refusals
                                                     : RegisterKind::ServiceTimes;
    return RegisterExport::writePdf(m_context, kind, m_period->from(), m_period->to(), language, path);
}

void RegistersPage::chooseCsvFile()
{
    const Tab tab = currentTab();
    const QString what = tab == Tab::Contracts  ? QStringLiteral("contracts")
                         : tab == Tab::Refusals ? QStringLiteral("refusals")
                                                : QStringLiteral("service_times");
    RegisterExport::exportCsv(this, m_statusLabel, tr("Export the register"),
                              RegisterExport::suggestedCsvName(what, m_period->from(), m_period->to()),
                              csvHeader(tab), csvRows(tab));
}

void RegistersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RegistersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Coming back to the page shows what was recorded meanwhile.
    if (m_shownOnce)
        reload();
    m_shownOnce = true;
}

void RegistersPage::setHeaders()
{
    const RuleSettings settings = m_context.ruleSettings();
    page(Tab::Contracts).model->setHorizontalHeaderLabels(
        {tr("No."), tr("Date"), tr("Child"), tr("Child's IIN"), tr("Parent"), tr("Parent's IIN"),
         tr("Direction No."), tr("Group"), tr("Attends from"), tr("Documents owed"), tr("Clerk")});
    page(Tab::Refusals).model->setHorizontalHeaderLabels(
        {tr("No."), tr("Date"), tr("Child"), tr("Child's IIN"), tr("Direction No."), tr("Grounds"),
         tr("Documents missing or faulty"), tr("Reasons"), tr("Clerk")});
    page(Tab::ServiceTimes).model->setHorizontalHeaderLabels(
        {tr("Arrived"), tr("Direction No."), tr("Child"), tr("Channel"),
         tr("Waiting, min\n(max %1)").arg(settings.maxWaitMinutes),
         tr("Service, min\n(max %1)").arg(settings.maxServiceMinutes),
         tr("Result, min\n(max %1)").arg(settings.maxResultMinutes), tr("Outcome"), tr("Over the limit")});
}

void RegistersPage::retranslateUi()
{
    m_titleLabel->setText(tr("Registers"));
    m_summaryLabel->setText(tr("Contracts, refusals and service times for a period, to print or "
                               "to export to a spreadsheet. Services over a time limit are marked red."));
    m_languageLabel->setText(tr("Document &language:"));
    m_printButton->setText(tr("&Print..."));
    m_pdfButton->setText(tr("Save as P&DF..."));
    m_csvButton->setText(tr("Export &CSV..."));
    setHeaders();
    // Labels of channels, outcomes and grounds follow the language.
    reload();
}
