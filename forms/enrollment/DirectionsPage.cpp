#include "enrollment/DirectionsPage.h"

#include "common/DeskDialogs.h"
#include "common/DeskStyle.h"
#include "common/HeadingLabel.h"
#include "domain/DateText.h"
#include "DirectionTableModel.h"
#include "settings/RuleSettings.h"
#include "domain/Digits.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Active only or all, and the search line: a part of a number, the first digits of an IIN, or
// a part of the child's name.
class DirectionFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setCriteria(bool activeOnly, const QString &search)
    {
        m_activeOnly = activeOnly;
        m_search = search.trimmed();
        m_digits = Digits::of(m_search);
        m_digitsOnly = !m_search.isEmpty()
                       && std::all_of(m_search.cbegin(), m_search.cend(), [](QChar c) {
                              return c.isDigit() || c == u' ' || c == u'-';
                          });
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &) const override
    {
        auto model = static_cast<const DirectionTableModel *>(sourceModel());
        const Direction &d = model->rowAt(sourceRow).direction;
        if (m_search.isEmpty())
            return !m_activeOnly || d.status == DirectionStatus::Issued;
        // A search finds closed directions too: the clerk asked for this one.
        if (d.number.contains(m_search, Qt::CaseInsensitive))
            return true;
        if (m_digitsOnly)
            return d.childIin.startsWith(m_digits);
        return d.child.fullName().contains(m_search, Qt::CaseInsensitive);
    }

private:
    bool m_activeOnly = true;
    bool m_digitsOnly = false;
    QString m_search;
    QString m_digits;
};

} // namespace

DirectionsPage::DirectionsPage(const DeskContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new DirectionTableModel(this))
    , m_proxy(new DirectionFilter(this))
    , m_titleLabel(new HeadingLabel)
    , m_showLabel(new QLabel)
    , m_showCombo(new QComboBox)
    , m_searchEdit(new QLineEdit)
    , m_openButton(new QPushButton)
    , m_importButton(new QPushButton)
    , m_freedButton(new QPushButton)
    , m_extendButton(new QPushButton)
    , m_confirmRightButton(new QPushButton)
    , m_viewStack(new QStackedWidget)
    , m_tableView(new QTableView)
    , m_emptyLabel(new QLabel)
    , m_countLabel(new QLabel)
    , m_resultLabel(new QLabel)
{
    m_showCombo->setObjectName(QStringLiteral("showCombo"));
    m_searchEdit->setObjectName(QStringLiteral("directionSearchEdit"));
    m_openButton->setObjectName(QStringLiteral("openDirectionButton"));
    m_importButton->setObjectName(QStringLiteral("importDirectionsButton"));
    m_freedButton->setObjectName(QStringLiteral("placeFreedButton"));
    m_extendButton->setObjectName(QStringLiteral("extendDirectionButton"));
    m_confirmRightButton->setObjectName(QStringLiteral("confirmRightButton"));
    m_tableView->setObjectName(QStringLiteral("directionsTable"));
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));

    m_showLabel->setBuddy(m_showCombo);
    m_showCombo->addItem(QString(), true);
    m_showCombo->addItem(QString(), false);
    m_showCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_searchEdit->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_tableView->setModel(m_proxy);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    // Long names, groups and statuses wrap onto a second line rather than being cut off at
    // 1280 pixels (issue 13 item 5); each row is as tall as its text (a few hundred rows at most).
    m_tableView->setWordWrap(true);
    m_tableView->setTextElideMode(Qt::ElideNone);
    m_tableView->setTabKeyNavigation(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_tableView->horizontalHeader();
    header->setHighlightSections(false);
    // Numbers, dates and days as wide as their heading and values in the current language; the
    // group, the validity and the status wrap in a column of their own; the child's name takes
    // the rest, and wraps too.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    const int digit = fontMetrics().horizontalAdvance(u'0');
    for (auto [column, digits] : {std::pair{DirectionTableModel::GroupColumn, 15},
                                  {DirectionTableModel::ValidityColumn, 15},
                                  {DirectionTableModel::StatusColumn, 16}}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, digit * digits);
    }
    header->setSectionResizeMode(DirectionTableModel::ChildColumn, QHeaderView::Stretch);

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont emptyFont = m_emptyLabel->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_emptyLabel->setFont(emptyFont);
    m_viewStack->addWidget(m_tableView);
    m_viewStack->addWidget(m_emptyLabel);

    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->hide();

    auto titleRow = new QHBoxLayout;
    titleRow->addWidget(m_titleLabel);
    titleRow->addStretch(1);
    titleRow->addWidget(m_searchEdit);
    titleRow->addWidget(m_openButton);

    auto toolRow = new QHBoxLayout;
    toolRow->addWidget(m_showLabel);
    toolRow->addWidget(m_showCombo);
    toolRow->addStretch(1);
    toolRow->addWidget(m_freedButton);
    toolRow->addWidget(m_extendButton);
    toolRow->addWidget(m_confirmRightButton);
    toolRow->addWidget(m_importButton);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addLayout(toolRow);
    layout->addWidget(m_viewStack, 1);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_countLabel);

    setTabOrder(m_searchEdit, m_openButton);
    setTabOrder(m_openButton, m_showCombo);
    setTabOrder(m_showCombo, m_tableView);
    setTabOrder(m_tableView, m_freedButton);
    setTabOrder(m_freedButton, m_extendButton);
    setTabOrder(m_extendButton, m_confirmRightButton);
    setTabOrder(m_confirmRightButton, m_importButton);

    connect(m_showCombo, &QComboBox::currentIndexChanged, this, &DirectionsPage::applyFilter);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &DirectionsPage::applyFilter);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &DirectionsPage::openSearched);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        // The search line first; else the row chosen in the table.
        if (!m_searchEdit->text().trimmed().isEmpty())
            openSearched();
        else if (const QString number = selectedNumber(); !number.isEmpty())
            emit openDirectionRequested(number);
    });
    connect(m_importButton, &QPushButton::clicked, this, &DirectionsPage::chooseImportFile);
    connect(m_freedButton, &QPushButton::clicked, this, &DirectionsPage::askFreedOn);
    connect(m_extendButton, &QPushButton::clicked, this, &DirectionsPage::askExtension);
    connect(m_confirmRightButton, &QPushButton::clicked, this, &DirectionsPage::askRightConfirmation);
    connect(m_tableView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit openDirectionRequested(index.data(DirectionTableModel::NumberRole).toString());
    });
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DirectionsPage::updateButtons);

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
    connect(clear, &QShortcut::activated, m_searchEdit, &QLineEdit::clear);

    retranslateUi();
    reload();
}

DirectionsPage::~DirectionsPage() = default;

void DirectionsPage::reload()
{
    const QString selected = selectedNumber();
    QList<Direction> directions;
    QString error;
    if (m_context.store) {
        const Expected<QList<Direction>> listed = DirectionStore(m_context.store).list();
        if (listed)
            directions = *listed;
        else
            error = listed.error().message();
    }
    m_model->setDirections(directions, m_context.clock->today(), *m_context.calendar, m_context.ruleSettings());
    applyFilter();
    if (const int row = m_model->rowOf(selected); row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            m_tableView->selectRow(index.row());
    }
    if (!error.isEmpty())
        m_emptyLabel->setText(tr("The directions could not be read: %1").arg(error));
}

void DirectionsPage::applyFilter()
{
    static_cast<DirectionFilter *>(m_proxy)->setCriteria(m_showCombo->currentData().toBool(), m_searchEdit->text());
    updateState();
}

void DirectionsPage::updateState()
{
    int active = 0;
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->rowAt(i).direction.status == DirectionStatus::Issued)
            ++active;
    QString empty;
    if (!m_context.store)
        empty = tr("No local store is open.");
    else if (m_model->rowCount() == 0)
        empty = tr("No directions yet.\nThey come from the queue system; until sync is set up, an administrator "
                   "imports them with “Import directions…”.");
    else if (m_proxy->rowCount() == 0 && !m_searchEdit->text().trimmed().isEmpty())
        empty = tr("No direction matches “%1”.").arg(m_searchEdit->text().trimmed());
    else if (m_proxy->rowCount() == 0)
        empty = tr("No direction is in force now.\nChoose “All” to see the used, refused and expired ones.");
    m_emptyLabel->setText(empty);
    m_viewStack->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget *>(m_tableView) : m_emptyLabel);
    m_countLabel->setText(tr("Directions: %1, issued and not closed: %2").arg(m_model->rowCount()).arg(active));
    updateButtons();
}

QString DirectionsPage::selectedNumber() const
{
    const QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(DirectionTableModel::NumberRole).toString();
}

void DirectionsPage::updateButtons()
{
    const int row = m_model->rowOf(selectedNumber());
    bool canFree = false;
    bool canExtend = false;
    bool canConfirm = false;
    if (row >= 0) {
        const DirectionTableModel::Row &r = m_model->rowAt(row);
        const bool issued = r.direction.status == DirectionStatus::Issued;
        // RULES def. 6: the early-booking clock starts when the place is actually freed.
        canFree = issued && r.direction.admissionMode == AdmissionMode::EarlyBooking;
        // RULES 5 [P]: one extension, while the direction is in force.
        canExtend = issued && !r.direction.extendedUntil.isValid() && r.validity && r.validity->isValid();
        // RULES 5 [P]: an extraordinary right is confirmed once, while the direction is issued.
        canConfirm = issued && Categories::right(r.direction.category) == Right::Extraordinary
            && !r.direction.rightConfirmedOn.isValid();
    }
    m_freedButton->setEnabled(canFree);
    m_extendButton->setEnabled(canExtend);
    m_confirmRightButton->setEnabled(canConfirm);
}

bool DirectionsPage::openSearched()
{
    const QString text = m_searchEdit->text().trimmed();
    if (text.isEmpty() || !m_context.store)
        return false;
    DirectionStore store(m_context.store);
    std::optional<Direction> found = store.find(text);
    if (!found && Digits::of(text).size() == 12)
        found = store.findByChildIin(text);
    if (!found && m_proxy->rowCount() == 1)
        found = store.find(m_proxy->index(0, 0).data(DirectionTableModel::NumberRole).toString());
    if (!found) {
        m_outcome = Outcome::NotFound;
        m_lastNumber = text;
        retranslateUi();
        return false;
    }
    m_outcome = Outcome::None;
    m_resultLabel->hide();
    emit openDirectionRequested(found->number);
    return true;
}

void DirectionsPage::chooseImportFile()
{
    const QString path = DeskDialogs::openFileName(this, tr("Import directions"), QString(),
                                                   tr("Directions (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

Expected<DirectionImportResult> DirectionsPage::importFile(const QString &path)
{
    const auto fail = [this](const Issue &issue) -> Expected<DirectionImportResult> {
        m_outcome = Outcome::ImportFailed;
        m_lastIssue = issue;
        retranslateUi();
        return issue;
    };
    if (!m_context.store)
        return fail(Issue::error(Field::Store, Rule::StoreCannotOpen));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Issue::error(Field::DirectionsFile, Rule::Required, file.errorString()));
    const Expected<DirectionImportResult> result =
        DirectionStore(m_context.store).importJson(file.readAll(), m_context.clerk, m_context.clock->now());
    if (!result)
        return fail(result.error());
    m_outcome = Outcome::Imported;
    m_lastImport = *result;
    reload();
    retranslateUi();
    return result;
}

Status DirectionsPage::setFreedOn(const QString &number, const QDate &freedOn)
{
    const Status done = DirectionStore(m_context.store).setFreedOn(number, freedOn, m_context.clerk,
                                                                   m_context.clock->now());
    m_outcome = done ? Outcome::Freed : Outcome::ChangeFailed;
    m_lastNumber = number;
    m_lastDate = freedOn;
    if (!done)
        m_lastIssue = done.error();
    reload();
    retranslateUi();
    return done;
}

Status DirectionsPage::extend(const QString &number, const QDate &until)
{
    const Status done = DirectionStore(m_context.store).extend(number, until, m_context.clerk, m_context.clock->now(),
                                                               *m_context.calendar, m_context.ruleSettings());
    m_outcome = done ? Outcome::Extended : Outcome::ChangeFailed;
    m_lastNumber = number;
    m_lastDate = until;
    if (!done)
        m_lastIssue = done.error();
    reload();
    retranslateUi();
    return done;
}

Status DirectionsPage::confirmRight(const QString &number, const QDate &confirmedOn)
{
    const Status done = DirectionStore(m_context.store).confirmRight(number, confirmedOn, m_context.clerk,
                                                                     m_context.clock->now());
    m_outcome = done ? Outcome::RightConfirmed : Outcome::ChangeFailed;
    m_lastNumber = number;
    m_lastDate = confirmedOn;
    if (!done)
        m_lastIssue = done.error();
    reload();
    retranslateUi();
    return done;
}

void DirectionsPage::askRightConfirmation()
{
    const QString number = selectedNumber();
    const int row = m_model->rowOf(number);
    if (row < 0)
        return;
    const Direction &direction = m_model->rowAt(row).direction;
    const QDate today = m_context.clock->today();
    const QDate issuedOn = direction.issuedAt.toLocalTime().date();
    const std::optional<QDate> confirmedOn = DeskDialogs::askDate(
        this, {QStringLiteral("confirmRightDialog"), tr("Confirm the extraordinary right"),
               tr("%1 holds direction %2 under an extraordinary right (%3). Confirm the right once its "
                  "supporting document has been checked: without the confirmation the queue system cancels "
                  "the direction after %n working day(s) and the right is removed.",
                  nullptr, m_context.ruleSettings().priorityConfirmationWorkingDays)
                   .arg(direction.child.fullName(), number, Categories::shortLabel(direction.category)),
               tr("Con&firmed on:"), QStringLiteral("confirmedOnEdit"), std::min(issuedOn, today), today, today});
    if (confirmedOn)
        confirmRight(number, *confirmedOn);
}

void DirectionsPage::askFreedOn()
{
    const QString number = selectedNumber();
    const int row = m_model->rowOf(number);
    if (row < 0)
        return;
    const Direction &direction = m_model->rowAt(row).direction;
    const QDate today = m_context.clock->today();

    const std::optional<QDate> freedOn = DeskDialogs::askDate(
        this, {QStringLiteral("placeFreedDialog"), tr("Place freed"),
               tr("Direction %1 is for an early-booking place. On which day was the place actually "
                  "freed? The 5 working days of the direction count from the next working day.")
                   .arg(number),
               tr("&Freed on:"), QStringLiteral("freedOnEdit"), direction.issuedAt.date().addYears(-1), today,
               direction.freedOn.isValid() ? direction.freedOn : today});
    if (freedOn)
        setFreedOn(number, *freedOn);
}

void DirectionsPage::askExtension()
{
    const QString number = selectedNumber();
    const int row = m_model->rowOf(number);
    if (row < 0 || !m_model->rowAt(row).validity)
        return;
    const DirectionValidity validity = *m_model->rowAt(row).validity;
    // RULES 5 [P]: once, after the current end, at most 30 calendar days (setting) past it.
    const QDate first = validity.baseValidUntil.addDays(1);
    const QDate last = validity.baseValidUntil.addDays(m_context.ruleSettings().directionExtensionMaxCalendarDays);

    const std::optional<QDate> until = DeskDialogs::askDate(
        this, {QStringLiteral("extendDirectionDialog"), tr("Extend direction"),
               tr("At the applicant's request, direction %1 can be extended once. It is valid until %2; "
                  "the new end can be from %3 to %4.")
                   .arg(number, DateText::date(validity.validUntil), DateText::date(first), DateText::date(last)),
               tr("&Valid until:"), QStringLiteral("extendUntilEdit"), first, last, last});
    if (until)
        extend(number, *until);
}

QString DirectionsPage::resultText() const
{
    return m_resultLabel->text();
}

void DirectionsPage::showResult(const QString &text, bool error)
{
    m_resultLabel->setText(text);
    DeskStyle::setErrorTone(m_resultLabel, error);
    m_resultLabel->setVisible(!text.isEmpty());
}

void DirectionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DirectionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Coming back shows what was imported, used or refused meanwhile, with today's days left.
    reload();
}

void DirectionsPage::retranslateUi()
{
    m_titleLabel->setText(tr("Directions"));
    m_showLabel->setText(tr("&Show:"));
    m_showCombo->setItemText(0, tr("In force and waiting"));
    m_showCombo->setItemText(1, tr("All"));
    m_searchEdit->setPlaceholderText(tr("Direction number or child's IIN (Ctrl+F)"));
    m_searchEdit->setMinimumWidth(std::max(fontMetrics().averageCharWidth() * 30,
                                           fontMetrics().horizontalAdvance(m_searchEdit->placeholderText())
                                               + fontMetrics().height() * 3));
    m_openButton->setText(tr("&Open"));
    m_importButton->setText(tr("&Import directions…"));
    m_freedButton->setText(tr("&Place freed…"));
    m_freedButton->setToolTip(tr("Early booking: the day the place was actually freed starts the direction's 5 working days"));
    m_extendButton->setText(tr("&Extend…"));
    m_extendButton->setToolTip(tr("Extend the direction once, at the applicant's request, by up to %n calendar day(s)",
                                  nullptr, m_context.ruleSettings().directionExtensionMaxCalendarDays));
    m_confirmRightButton->setText(tr("&Right confirmed…"));
    m_confirmRightButton->setToolTip(tr("Categories 1 and 2: the extraordinary right was confirmed with its document"));
    m_model->retranslate();

    switch (m_outcome) {
    case Outcome::None:
        showResult({}, false);
        break;
    case Outcome::Imported: {
        QString text = tr("Imported: %1, unchanged: %2, refused: %3.")
                           .arg(m_lastImport.imported)
                           .arg(m_lastImport.unchanged)
                           .arg(m_lastImport.refused.size());
        QStringList reasons;
        for (const Issue &issue : std::as_const(m_lastImport.refused))
            reasons.append(issue.message());
        if (!reasons.isEmpty())
            text += u' ' + reasons.join(QStringLiteral("; "));
        showResult(text, !m_lastImport.refused.isEmpty());
        break;
    }
    case Outcome::ImportFailed:
        showResult(tr("Nothing imported: %1").arg(m_lastIssue.message()), true);
        break;
    case Outcome::NotFound:
        showResult(tr("No direction with the number or child's IIN “%1”.").arg(m_lastNumber), true);
        break;
    case Outcome::Freed:
        showResult(tr("Direction %1: the place was freed on %2.").arg(m_lastNumber, DateText::date(m_lastDate)), false);
        break;
    case Outcome::Extended:
        showResult(tr("Direction %1 is extended until %2.").arg(m_lastNumber, DateText::date(m_lastDate)), false);
        break;
    case Outcome::RightConfirmed:
        showResult(tr("Direction %1: the extraordinary right was confirmed on %2.").arg(m_lastNumber, DateText::date(m_lastDate)),
                   false);
        break;
    case Outcome::ChangeFailed:
        showResult(tr("Direction %1 was not changed: %2").arg(m_lastNumber, m_lastIssue.message()), true);
        break;
    }
    updateState();
}
