#include "QueuePage.h"

#include "CategoryListModel.h"
#include "QueueTableModel.h"
#include "common/HeadingLabel.h"
#include "domain/Category.h"
#include "queue/ApplicationDetailsDialog.h"
#include "store/SettingsStore.h"
#include "store/Database.h"
#include "store/KindergartenStore.h"

#include <QAbstractItemView>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QConcatenateTablesProxyModel>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QResizeEvent>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// Typing pauses this long before the search runs: one query per word, not per letter.
constexpr int searchDelayMs = 300;
constexpr int anyStatus = -1;
} // namespace

QueuePage::QueuePage(QWidget *parent)
    : QWidget(parent)
    , m_model(new QueueTableModel(this))
    , m_categories(new CategoryListModel(this))
    , m_allCategories(new QStandardItemModel(this))
    , m_titleLabel(new HeadingLabel)
    , m_yearLabel(new QLabel)
    , m_yearCombo(new QComboBox)
    , m_categoryLabel(new QLabel)
    , m_categoryCombo(new QComboBox)
    , m_statusLabel(new QLabel)
    , m_statusCombo(new QComboBox)
    , m_kindergartenLabel(new QLabel)
    , m_kindergartenCombo(new QComboBox)
    , m_searchEdit(new QLineEdit)
    , m_viewStack(new QStackedWidget)
    , m_tableView(new QTableView)
    , m_emptyLabel(new QLabel)
    , m_countLabel(new QLabel)
    , m_busyBar(new QProgressBar)
    , m_debounce(new QTimer(this))
{
    m_yearCombo->setObjectName(QStringLiteral("yearCombo"));
    m_categoryCombo->setObjectName(QStringLiteral("categoryCombo"));
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    m_kindergartenCombo->setObjectName(QStringLiteral("kindergartenCombo"));
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_tableView->setObjectName(QStringLiteral("queueTable"));
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    // The note of a read during another program's write is a sentence: it wraps rather than
    // widen the page.
    m_countLabel->setWordWrap(true);
    m_busyBar->setObjectName(QStringLiteral("busyBar"));

    m_yearLabel->setBuddy(m_yearCombo);
    m_categoryLabel->setBuddy(m_categoryCombo);
    m_statusLabel->setBuddy(m_statusCombo);
    m_kindergartenLabel->setBuddy(m_kindergartenCombo);

    // "All categories" above the ten of the form.
    m_allCategories->appendRow(new QStandardItem);
    auto categories = new QConcatenateTablesProxyModel(this);
    categories->addSourceModel(m_allCategories);
    categories->addSourceModel(m_categories);
    m_categoryCombo->setModel(categories);
    // The longest category names would push the other filters off the page; the tooltip and the
    // open list show them whole.
    m_categoryCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_categoryCombo->setMinimumContentsLength(18);

    m_statusCombo->addItem(QString(), anyStatus);
    for (ApplicationStatus status : {ApplicationStatus::Queued, ApplicationStatus::DirectionIssued,
                                     ApplicationStatus::StopListed, ApplicationStatus::Archived})
        m_statusCombo->addItem(QString(), int(status));
    m_statusCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_yearCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // The region's kindergartens by name (Settings keeps the list); one that is not in the list yet
    // can still be typed by its id. Typing a name completes it.
    m_kindergartenCombo->setEditable(true);
    m_kindergartenCombo->setInsertPolicy(QComboBox::NoInsert);
    m_kindergartenCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_kindergartenCombo->completer()->setFilterMode(Qt::MatchContains);
    m_kindergartenCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_kindergartenCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kindergartenCombo->setMinimumContentsLength(12);
    m_kindergartenCombo->addItem(QString(), QString());
    m_searchEdit->setClearButtonEnabled(true);

    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    // Fixed row heights and column widths: nothing measures every loaded row.
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_tableView->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(QueueTableModel::ChildColumn, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QStringLiteral("0"));
    // The column widths: fitColumns(), for each language's headings. A year's queue names its
    // year above the table; only a search, which looks through every year, shows each child's
    // year of birth.
    m_tableView->setColumnHidden(QueueTableModel::BirthYearColumn, true);
    m_tableView->installEventFilter(this);
    m_tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + digit);

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    QFont emptyFont = m_emptyLabel->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_emptyLabel->setFont(emptyFont);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_viewStack->addWidget(m_tableView);
    m_viewStack->addWidget(m_emptyLabel);

    // Busy, not a percentage: a query does not know how far it has got.
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(digit * 16);
    m_busyBar->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_busyBar->setVisible(false);

    auto titleRow = new QHBoxLayout;
    titleRow->addWidget(m_titleLabel);
    titleRow->addStretch(1);
    titleRow->addWidget(m_searchEdit);

    // Each filter's name above it: the row stays narrow enough for a small window.
    auto filterRow = new QGridLayout;
    filterRow->setVerticalSpacing(digit / 2);
    int column = 0;
    for (auto [label, field] : {std::pair<QLabel *, QWidget *>{m_yearLabel, m_yearCombo},
                                {m_categoryLabel, m_categoryCombo},
                                {m_statusLabel, m_statusCombo},
                                {m_kindergartenLabel, m_kindergartenCombo}}) {
        filterRow->addWidget(label, 0, column);
        filterRow->addWidget(field, 1, column);
        ++column;
    }
    filterRow->setColumnStretch(column, 1);

    auto stateRow = new QHBoxLayout;
    stateRow->addWidget(m_countLabel, 1);
    stateRow->addWidget(m_busyBar);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_viewStack, 1);
    layout->addLayout(stateRow);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(searchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &QueuePage::applyQuery);
    connect(m_searchEdit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_kindergartenCombo->lineEdit(), &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_kindergartenCombo, &QComboBox::activated, this, &QueuePage::showAnyKindergartenAsPlaceholder);
    connect(m_kindergartenCombo, &QComboBox::activated, this, &QueuePage::applyQuery);
    // A long name does not fit the field: the tooltip shows it whole.
    connect(m_kindergartenCombo, &QComboBox::currentTextChanged, m_kindergartenCombo, &QWidget::setToolTip);
    // Enter in the search field runs it at once.
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &QueuePage::applyQuery);
    for (QComboBox *combo : {m_yearCombo, m_categoryCombo, m_statusCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &QueuePage::applyQuery);

    // Ctrl+F wherever the focus is in the window, the navigation list included (issue 13
    // item 5); a page's shortcut only fires while the page is shown.
    auto find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    auto clear = new QShortcut(QKeySequence(Qt::Key_Escape), m_searchEdit);
    clear->setContext(Qt::WidgetShortcut);
    connect(clear, &QShortcut::activated, this, [this] {
        m_searchEdit->clear();
        applyQuery();
    });

    connect(m_tableView, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });

    connect(m_model, &QueueTableModel::birthYearsLoaded, this, &QueuePage::showBirthYears);
    connect(m_model, &QueueTableModel::loadingChanged, this, &QueuePage::updateState);
    connect(m_model, &QueueTableModel::queryLoaded, this, &QueuePage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueuePage::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &QueuePage::updateState);

    retranslateUi();
    updateState();
}

QueuePage::~QueuePage() = default;

void QueuePage::setStore(std::shared_ptr<Database> store)
{
    m_store = std::move(store);
    if (!m_store || m_store->isInMemory()) {
        updateState();
        return;
    }
    const RuleSettings settings = SettingsStore(m_store).load().settings;
    loadKindergartens();
    m_model->setStore(m_store->path(), settings);
    updateState();
}

void QueuePage::loadKindergartens()
{
    if (!m_store)
        return;
    const Expected<QList<Kindergarten>> all = KindergartenStore(m_store).list();
    if (!all)
        return; // the filter still takes an id typed in
    const QString current = kindergartenFilter();
    const QSignalBlocker blocker(m_kindergartenCombo);
    while (m_kindergartenCombo->count() > 1)
        m_kindergartenCombo->removeItem(1);
    const QLocale::Language language = QLocale().language(); // the UI's language (LanguageSwitcher)
    QList<std::pair<QString, QString>> items; // (text, id), in the order of the language's alphabet
    for (const Kindergarten &kindergarten : *all) {
        const QString name = kindergarten.name(language);
        items.append({name.isEmpty() ? kindergarten.id : name + QStringLiteral(" (") + kindergarten.id + u')',
                      kindergarten.id});
    }
    QCollator collator{QLocale()};
    collator.setNumericMode(true);
    std::sort(items.begin(), items.end(),
              [&collator](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    int widest = 0;
    for (const auto &[text, id] : std::as_const(items)) {
        m_kindergartenCombo->addItem(text, id);
        widest = std::max(widest, m_kindergartenCombo->fontMetrics().horizontalAdvance(text));
    }
    // The open list shows the names whole, however narrow the field.
    m_kindergartenCombo->view()->setMinimumWidth(widest + m_kindergartenCombo->fontMetrics().height() * 2);
    const int index = m_kindergartenCombo->findData(current);
    if (index >= 0)
        m_kindergartenCombo->setCurrentIndex(index);
    else
        m_kindergartenCombo->setEditText(current);
    showAnyKindergartenAsPlaceholder();
}

void QueuePage::showAnyKindergartenAsPlaceholder()
{
    // "Any" is what an empty field means (issue 13 item 5): shown grey as the field's
    // placeholder, never as text the clerk would have to delete before typing an id.
    if (m_kindergartenCombo->currentIndex() == 0
        && m_kindergartenCombo->currentText() == m_kindergartenCombo->itemText(0))
        m_kindergartenCombo->setEditText(QString());
}

QString QueuePage::kindergartenFilter() const
{
    // An item of the list (chosen, or its text typed whole), or else what was typed: an id.
    const QString text = m_kindergartenCombo->currentText().trimmed();
    const int index = m_kindergartenCombo->findText(text, Qt::MatchFixedString);
    if (index >= 0)
        return m_kindergartenCombo->itemData(index).toString();
    return text;
}

void QueuePage::showBirthYears(const QList<int> &years)
{
    const int current = m_yearCombo->currentData().toInt();
    {
        const QSignalBlocker blocker(m_yearCombo);
        m_yearCombo->clear();
        for (int year : years)
            m_yearCombo->addItem(QString::number(year), year);
        // RULES 3.3: the years follow each other oldest first; the oldest opens first.
        const int index = m_yearCombo->findData(current);
        m_yearCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    // The same year was read again already by whoever asked for the years (showEvent).
    if (m_yearCombo->currentData().toInt() != current || !m_model->hasQuery())
        applyQuery();
}

bool QueuePage::positionsPending() const
{
    return m_model->positionsPending();
}

void QueuePage::reload()
{
    // As on coming back to the page: new birth years and kindergartens may have come too. The
    // current year's query is read again keeping its filters.
    if (!m_model->hasStore())
        return;
    loadKindergartens();
    m_model->reloadBirthYears();
    m_model->reload();
}

void QueuePage::applyQuery()
{
    m_debounce->stop();
    if (!m_model->hasStore())
        return;
    QueueQuery query;
    query.birthYear = m_yearCombo->currentData().toInt();
    if (const int code = m_categoryCombo->currentData(CategoryListModel::CodeRole).toInt(); code > 0)
        query.filter.category = Categories::fromCode(code);
    if (const int status = m_statusCombo->currentData().toInt(); status != anyStatus)
        query.filter.status = ApplicationStatus(status);
    query.filter.kindergarten = kindergartenFilter();
    query.search = m_searchEdit->text().trimmed();

    // A search looks through every year and ignores the filters; the page shows that plainly.
    const bool searching = query.isSearch();
    for (QWidget *filter : {static_cast<QWidget *>(m_yearCombo), static_cast<QWidget *>(m_categoryCombo),
                            static_cast<QWidget *>(m_statusCombo), static_cast<QWidget *>(m_kindergartenCombo)})
        filter->setEnabled(!searching);

    const QueueQuery &shown = m_model->query();
    if (shown.birthYear == query.birthYear && shown.filter.category == query.filter.category
        && shown.filter.status == query.filter.status && shown.filter.kindergarten == query.filter.kindergarten
        && shown.search == query.search && m_model->isLoading())
        return; // the same query is already on its way
    m_model->setQuery(query);
    updateState();
}

void QueuePage::updateState()
{
    // Before the first query (the birth years are being read) the page is busy, not empty.
    const bool loading = m_model->isLoading() || (m_model->hasStore() && !m_model->hasQuery());
    m_busyBar->setVisible(loading);
    const bool searching = m_model->query().isSearch();
    if (m_tableView->isColumnHidden(QueueTableModel::BirthYearColumn) == searching) {
        m_tableView->setColumnHidden(QueueTableModel::BirthYearColumn, !searching);
        fitCategoryColumn(); // the year's column takes or gives back room
    }

    QString empty;
    if (!m_store) {
        empty = tr("No local store is open.");
    } else if (!m_model->hasStore()) {
        empty = tr("The queue is read from the store file; a store in memory cannot be shown here.");
    } else if (!m_model->lastError().isEmpty()) {
        empty = tr("The queue could not be read: %1").arg(m_model->lastError());
    } else if (!loading && m_model->rowCount() == 0) {
        if (m_model->incompleteIin())
            empty = tr("Nothing found") + u'\n' + tr("An IIN has 12 digits.");
        else if (searching || !m_model->query().filter.isEmpty())
            empty = tr("Nothing found");
        else if (m_yearCombo->count() == 0)
            // No birth year at all: the store holds no application yet (a first start). Say
            // what brings the queue here (issue 13 item 6).
            empty = tr("The queue is empty: this desk has no applications yet.\n\n"
                       "To begin, register an application on the Applications page, import the "
                       "region's queue file (qabyldau-cli applications import FILE), or connect to the "
                       "queue server in Settings, Connection to the queue server.\n\n"
                       "F1 opens the user guide.");
        else
            empty = tr("No applications in this queue");
    }
    m_emptyLabel->setText(empty);
    m_viewStack->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget *>(m_tableView) : m_emptyLabel);

    const qint64 total = m_model->totalCount();
    if (loading || total < 0 || !m_model->lastError().isEmpty())
        m_countLabel->clear();
    else if (searching && total >= QueueLoader::nameSearchLimit)
        m_countLabel->setText(tr("The first %1 found; type more of the name to narrow the search.").arg(total));
    else if (searching)
        m_countLabel->setText(tr("Found: %1").arg(total));
    else
        m_countLabel->setText(tr("Applications: %1").arg(total));
    // Issue 14 item 5: read without waiting for another program's write (an import).
    if (!loading && m_model->positionsPending())
        m_countLabel->setText(m_countLabel->text() + u'\n'
                              + tr("Queue numbers may still change: another program is writing to the store. "
                                   "The queue is shown again when it has finished."));
}

void QueuePage::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount() || !m_store)
        return;
    const QueueRow &queueRow = m_model->rowAt(row);
    // Another kindergarten's applicant: its details are not this desk's to show.
    if (queueRow.anonymous)
        return;
    auto dialog = new ApplicationDetailsDialog(m_store, queueRow.key.applicationId, queueRow.queueNumber, this);
    dialog->recordViewedBy(m_reader);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void QueuePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QueuePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Coming back to the page shows what was registered meanwhile, and the list of
    // kindergartens as Settings left it.
    if (m_shownOnce && m_model->hasStore()) {
        loadKindergartens();
        m_model->reloadBirthYears();
        m_model->reload();
    }
    m_shownOnce = true;
}

void QueuePage::retranslateUi()
{
    m_titleLabel->setText(tr("Queue"));
    m_yearLabel->setText(tr("&Birth year:"));
    m_categoryLabel->setText(tr("&Category:"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_kindergartenLabel->setText(tr("&Kindergarten:"));
    m_kindergartenCombo->setItemText(0, tr("Any", "the kindergarten filter: any kindergarten"));
    m_kindergartenCombo->lineEdit()->setPlaceholderText(m_kindergartenCombo->itemText(0));
    loadKindergartens();
    m_searchEdit->setPlaceholderText(tr("Search by IIN or name (Ctrl+F)"));
    // The hint whole, in every language.
    m_searchEdit->setMinimumWidth(std::max(fontMetrics().averageCharWidth() * 30,
                                           fontMetrics().horizontalAdvance(m_searchEdit->placeholderText())
                                               + fontMetrics().height() * 3));
    m_searchEdit->setToolTip(tr("12 digits find an IIN; letters find a part of a name in any case. "
                                "The search looks through every birth year."));
    m_allCategories->item(0)->setText(tr("All categories"));
    m_categories->retranslate();
    m_statusCombo->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_statusCombo->count(); ++i)
        m_statusCombo->setItemText(i, QueueTableModel::statusLabel(ApplicationStatus(m_statusCombo->itemData(i).toInt())));
    m_model->retranslate();
    fitColumns();
    updateState();
}

void QueuePage::fitColumns()
{
    // Fixed widths, so that nothing measures every loaded row: wide enough for the values, and
    // for the heading in the current language (issue 13 item 5: nothing cut off at 1280 pixels).
    QHeaderView *header = m_tableView->horizontalHeader();
    const int digit = fontMetrics().horizontalAdvance(QStringLiteral("0"));
    const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + digit;
    const std::pair<int, int> widths[] = {
        {QueueTableModel::NumberColumn, 8}, // numbers of a 200,000 queue whole
        {QueueTableModel::IinColumn, 14},   {QueueTableModel::BirthYearColumn, 6},
        {QueueTableModel::CategoryColumn, 20}, {QueueTableModel::StatusColumn, 16},
        {QueueTableModel::FiledColumn, 16},
    };
    for (const auto &[column, digits] : widths) {
        const QString heading = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, std::max(digit * digits, header->fontMetrics().horizontalAdvance(heading) + margin));
    }
    // The category whole as the model shows it ("2. <short name>") in the current language when
    // there is room: ten names to measure, not the rows (fitCategoryColumn).
    m_categoryFloor = header->sectionSize(QueueTableModel::CategoryColumn);
    m_categoryWanted = m_categoryFloor;
    const QFontMetrics cells = m_tableView->fontMetrics();
    for (const Category each : Categories::all()) {
        const QString shown = QStringLiteral("%1. %2").arg(Categories::code(each)).arg(Categories::shortLabel(each));
        m_categoryWanted = std::max(m_categoryWanted, cells.horizontalAdvance(shown) + margin);
    }
    fitCategoryColumn();
}

void QueuePage::fitCategoryColumn()
{
    // The child's name stretches over what the other columns leave. The category takes its
    // longest name's width when the name keeps room for 36 characters besides (a long full name
    // with the father's name); in a narrower window it gives up the difference, never below its
    // 20 digits or its heading (elided then, whole in its tooltip). At 1280 pixels the Kazakh and
    // most Russian categories are whole; the page fits the window either way (tst_queuepage).
    QHeaderView *header = m_tableView->horizontalHeader();
    if (m_categoryWanted == 0)
        return;
    int others = 0;
    for (int column = 0; column < QueueTableModel::ColumnCount; ++column) {
        if (column != QueueTableModel::ChildColumn && column != QueueTableModel::CategoryColumn && !m_tableView->isColumnHidden(column))
            others += header->sectionSize(column);
    }
    // 36 letters at the Kazakh alphabet's mean width (names are written in it or in Russian's).
    static const QString letters = QStringLiteral("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя");
    const QFontMetrics cells = m_tableView->fontMetrics();
    const int childRoom = cells.horizontalAdvance(letters) * 36 / int(letters.size()) + 2 * cells.horizontalAdvance(QLatin1Char(' '));
    // The table's width less a vertical scroll bar, whether one shows or not: rows that come or
    // go do not move the columns (nor undo a width the clerk set by hand).
    const int table = m_tableView->contentsRect().width()
                      - m_tableView->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_tableView)
                      - (m_tableView->verticalHeader()->isHidden() ? 0 : m_tableView->verticalHeader()->width());
    const int room = table - others - childRoom;
    header->resizeSection(QueueTableModel::CategoryColumn, std::clamp(room, m_categoryFloor, m_categoryWanted));
}

bool QueuePage::eventFilter(QObject *watched, QEvent *event)
{
    // Only a change of the table's width fits the category again: a column the clerk widened by
    // hand stays as they left it when its horizontal scroll bar makes the view shorter, or rows
    // bring or take away the vertical one.
    if (watched == m_tableView && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            fitCategoryColumn();
    }
    return QWidget::eventFilter(watched, event);
}
