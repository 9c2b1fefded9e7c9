#include "complaints/ComplaintsPage.h"

#include "common/DeskStyle.h"
#include "common/HeadingLabel.h"
#include "complaints/ComplaintDialog.h"
#include "domain/DateText.h"
#include "domain/WorkCalendar.h"
#include "registers/PeriodSelector.h"
#include "registers/RegisterExport.h"
#include "settings/RuleSettings.h"
#include "store/ApplicationStore.h"
#include "store/ComplaintStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// What the CSV file holds where the table shows it shorter (the whole subject, the addressee's
// full name).
constexpr int csvRole = Qt::UserRole + 1;

QString shortAddressee(ComplaintAddressee addressee)
{
    return addressee == ComplaintAddressee::Head ? ComplaintsPage::tr("Head")
                                                 : ComplaintsPage::tr("Authorised body");
}

// Overdue marks change with the day: a desk left open overnight looks again now and then.
constexpr int dayCheckIntervalMs = 5 * 60 * 1000;

} // namespace

ComplaintsPage::ComplaintsPage(const DeskContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_titleLabel(new HeadingLabel)
    , m_summaryLabel(new QLabel)
    , m_period(new PeriodSelector(context.clock))
    , m_openOnly(new QCheckBox)
    , m_countLabel(new QLabel)
    , m_overdueLabel(new QLabel)
    , m_viewStack(new QStackedWidget)
    , m_table(new QTableView)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_emptyLabel(new QLabel)
    , m_registerButton(new QPushButton)
    , m_editButton(new QPushButton)
    , m_exportLabel(new QLabel)
    , m_languageLabel(new QLabel)
    , m_languageCombo(new QComboBox)
    , m_printButton(new QPushButton)
    , m_pdfButton(new QPushButton)
    , m_csvButton(new QPushButton)
    , m_dayTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("complaintsPage"));
    m_period->setObjectName(QStringLiteral("complaintsPeriod"));
    m_openOnly->setObjectName(QStringLiteral("openOnlyCheck"));
    m_countLabel->setObjectName(QStringLiteral("complaintCountLabel"));
    m_overdueLabel->setObjectName(QStringLiteral("overdueCountLabel"));
    m_table->setObjectName(QStringLiteral("complaintsTable"));
    m_emptyLabel->setObjectName(QStringLiteral("complaintsEmptyLabel"));
    m_registerButton->setObjectName(QStringLiteral("registerComplaintButton"));
    m_editButton->setObjectName(QStringLiteral("editComplaintButton"));
    m_languageCombo->setObjectName(QStringLiteral("documentLanguageCombo"));
    m_printButton->setObjectName(QStringLiteral("printRegisterButton"));
    m_pdfButton->setObjectName(QStringLiteral("registerPdfButton"));
    m_csvButton->setObjectName(QStringLiteral("exportCsvButton"));

    m_summaryLabel->setWordWrap(true);
    m_exportLabel->setObjectName(QStringLiteral("complaintsExportLabel"));
    m_exportLabel->setWordWrap(true);
    m_exportLabel->setTextFormat(Qt::PlainText);
    // The register is for a year at a glance; the clerk narrows it with the presets.
    m_period->setPreset(PeriodSelector::Preset::ThisYear);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    // Ten columns at 1280 pixels in Russian (issue 13 item 5): names, headings and statuses wrap
    // onto more lines rather than being cut off or pushed out of sight; each row is as tall as
    // its text.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    header->setMinimumHeight(2 * header->fontMetrics().lineSpacing()
                             + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header));
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    QFont emptyFont = m_emptyLabel->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_emptyLabel->setFont(emptyFont);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_viewStack->addWidget(m_table);
    m_viewStack->addWidget(m_emptyLabel);

    QFont bold = m_overdueLabel->font();
    bold.setBold(true);
    m_overdueLabel->setFont(bold);

    RegisterExport::fillLanguageCombo(m_languageCombo);
    m_languageLabel->setBuddy(m_languageCombo);

    auto filterRow = new QHBoxLayout;
    filterRow->addWidget(m_period, 1);
    filterRow->addWidget(m_openOnly);

    auto stateRow = new QHBoxLayout;
    stateRow->addWidget(m_overdueLabel);
    stateRow->addWidget(m_countLabel);
    stateRow->addStretch(1);

    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_registerButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_exportLabel, 1);
    buttons->addWidget(m_languageLabel);
    buttons->addWidget(m_languageCombo);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_pdfButton);
    buttons->addWidget(m_csvButton);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_summaryLabel);
    layout->addLayout(filterRow);
    layout->addLayout(stateRow);
    layout->addWidget(m_viewStack, 1);
    layout->addLayout(buttons);

    connect(m_period, &PeriodSelector::periodChanged, this, &ComplaintsPage::reload);
    connect(m_openOnly, &QCheckBox::toggled, this, &ComplaintsPage::fillTable);
    connect(m_registerButton, &QPushButton::clicked, this, [this] { registerComplaint(); });
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        editComplaint(m_table->currentIndex().row());
    });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        editComplaint(index.row());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ComplaintsPage::updateButtons);
    connect(m_printButton, &QPushButton::clicked, this, [this] {
        RegisterExport::print(this, m_context, RegisterKind::Complaints, m_period->from(), m_period->to(),
                              RegisterExport::chosenLanguage(m_languageCombo), false);
    });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] {
        RegisterExport::print(this, m_context, RegisterKind::Complaints, m_period->from(), m_period->to(),
                              RegisterExport::chosenLanguage(m_languageCombo), true);
    });
    connect(m_csvButton, &QPushButton::clicked, this, &ComplaintsPage::chooseCsvFile);
    m_dayTimer->setInterval(dayCheckIntervalMs);
    connect(m_dayTimer, &QTimer::timeout, this, [this] {
        if (m_context.clock->today() != m_shownOn)
            reload();
    });
    m_dayTimer->start();

    retranslateUi();
    reload();
}

ComplaintsPage::~ComplaintsPage() = default;

void ComplaintsPage::setOpenOnly(bool openOnly)
{
    m_openOnly->setChecked(openOnly);
}

void ComplaintsPage::reload()
{
    m_complaints.clear();
    m_loadError.clear();
    if (!m_context.store) {
        m_loadError = tr("No local store is open.");
    } else if (!m_period->isValid()) {
        m_loadError = Issue::error(Field::PeriodEnd, Rule::PeriodEndBeforeStart).message();
    } else {
        const Expected<QList<Complaint>> listed = ComplaintStore(m_context.store).list(m_period->from(), m_period->to());
        if (listed)
            m_complaints = *listed;
        else
            m_loadError = tr("The register could not be read: %1").arg(listed.error().message());
    }
    fillTable();
}

void ComplaintsPage::fillTable()
{
    const QString selectedId = m_table->currentIndex().isValid()
                                   ? m_model->index(m_table->currentIndex().row(), NumberColumn).data(Qt::UserRole).toString()
                                   : QString();
    const QDate today = m_context.clock->today();
    const RuleSettings settings = m_context.ruleSettings();
    m_shownOn = today;
    m_overdue = 0;
    m_answeredLate = 0;
    m_model->removeRows(0, m_model->rowCount());

    QList<Complaint> shown;
    for (const Complaint &c : std::as_const(m_complaints))
        if (!m_openOnly->isChecked() || !c.isClosed())
            shown.append(c);

    int selectedRow = -1;
    for (const Complaint &c : std::as_const(shown)) {
        const Expected<QDate> deadline = Complaints::deadline(c, *m_context.calendar, settings);
        const Expected<bool> overdue = Complaints::isOverdue(c, today, *m_context.calendar, settings);
        const bool late = overdue && *overdue;
        const bool openLate = late && !c.isClosed();
        m_overdue += openLate ? 1 : 0;
        m_answeredLate += late && c.isClosed() ? 1 : 0;

        QStringList linked;
        if (!c.directionNumber.isEmpty())
            linked.append(tr("direction %1").arg(c.directionNumber));
        if (!c.applicationId.isEmpty()) {
            // Issue 13 item 1: an application the desk knows is named by the number a parent
            // quotes; what the clerk typed otherwise. A register holds a few complaints a period.
            linked.append(tr("application %1")
                              .arg(m_context.store ? ApplicationStore(m_context.store).shownReference(c.applicationId)
                                                   : c.applicationId));
        }

        QString marker;
        if (openLate && deadline)
            marker = tr("%n day(s) late", nullptr, int(deadline->daysTo(today)));
        else if (late)
            marker = tr("answered late");

        QList<QStandardItem *> items;
        for (int column = 0; column < ColumnCount; ++column)
            items.append(new QStandardItem);
        items[OverdueColumn]->setText(marker);
        items[NumberColumn]->setText(c.number);
        items[NumberColumn]->setData(c.id, Qt::UserRole);
        items[ReceivedColumn]->setText(DateText::date(c.receivedOn));
        items[AddresseeColumn]->setText(shortAddressee(c.addressee));
        items[AddresseeColumn]->setToolTip(Complaints::addresseeLabel(c.addressee));
        items[AddresseeColumn]->setData(Complaints::addresseeLabel(c.addressee), csvRole);
        items[ComplainantColumn]->setText(c.complainant);
        items[ComplainantColumn]->setToolTip(c.complainant);
        items[SubjectColumn]->setText(c.subject.simplified());
        items[SubjectColumn]->setToolTip(c.subject);
        items[SubjectColumn]->setData(c.subject, csvRole);
        items[LinkedColumn]->setText(linked.join(QStringLiteral("; ")));
        items[LinkedColumn]->setToolTip(linked.join(u'\n'));
        if (deadline) {
            items[DeadlineColumn]->setText(DateText::date(*deadline));
        } else {
            items[DeadlineColumn]->setText(QStringLiteral("—"));
            items[DeadlineColumn]->setToolTip(deadline.error().message());
        }
        items[StatusColumn]->setText(Complaints::statusLabel(c.status));
        items[AnsweredColumn]->setText(DateText::date(c.answeredOn));
        items[AnsweredColumn]->setToolTip(c.answer);
        items[AnsweredColumn]->setData(c.answer, csvRole);
        if (openLate) {
            // RULES 7: an open complaint past its deadline stands out, the whole row.
            for (QStandardItem *item : std::as_const(items))
                item->setForeground(DeskStyle::color(DeskStyle::Tone::Error));
            QFont bold = items[OverdueColumn]->font();
            bold.setBold(true);
            items[OverdueColumn]->setFont(bold);
        } else if (late) {
            items[OverdueColumn]->setForeground(DeskStyle::color(DeskStyle::Tone::Error));
            items[AnsweredColumn]->setForeground(DeskStyle::color(DeskStyle::Tone::Error));
        }
        if (c.id == selectedId)
            selectedRow = m_model->rowCount();
        m_model->appendRow(items);
    }
    if (selectedRow >= 0)
        m_table->setCurrentIndex(m_model->index(selectedRow, NumberColumn));
    // Every number and status whole; any other column at most about 13 digits wide (never
    // narrower than the longest word of its heading), wrapping; the subject takes the rest.
    m_table->resizeColumnsToContents();
    const int digit = fontMetrics().horizontalAdvance(QStringLiteral("0"));
    QHeaderView *header = m_table->horizontalHeader();
    const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + digit;
    for (int column = 0; column < ColumnCount; ++column) {
        if (column == SubjectColumn || column == NumberColumn || column == StatusColumn)
            continue;
        int widestWord = 0;
        const QString heading = m_model->headerData(column, Qt::Horizontal).toString();
        for (const QString &word : heading.split(u' ', Qt::SkipEmptyParts))
            widestWord = std::max(widestWord, header->fontMetrics().horizontalAdvance(word) + margin);
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), std::max(digit * 13, widestWord)));
    }

    QString empty = m_loadError;
    if (empty.isEmpty() && shown.isEmpty()) {
        empty = m_openOnly->isChecked() ? tr("No open complaints received in this period.")
                                        : tr("No complaints received in this period.");
    }
    m_emptyLabel->setText(empty);
    m_viewStack->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget *>(m_table) : m_emptyLabel);

    m_countLabel->setText(m_loadError.isEmpty() ? tr("Complaints: %1").arg(shown.size()) : QString());
    if (m_overdue > 0) {
        m_overdueLabel->setText(tr("%n overdue", nullptr, m_overdue));
        DeskStyle::setTone(m_overdueLabel, DeskStyle::Tone::Error);
    } else {
        m_overdueLabel->setText(tr("None overdue"));
        m_overdueLabel->setStyleSheet(QString());
    }
    if (m_answeredLate > 0)
        m_countLabel->setText(m_countLabel->text() + QStringLiteral(" · ")
                              + tr("%n answered after the deadline", nullptr, m_answeredLate));
    m_overdueLabel->setVisible(m_loadError.isEmpty());
    updateButtons();
}

void ComplaintsPage::updateButtons()
{
    const bool hasStore = static_cast<bool>(m_context.store);
    m_registerButton->setEnabled(hasStore);
    m_editButton->setEnabled(hasStore && m_table->currentIndex().isValid());
    const bool periodOk = hasStore && m_period->isValid();
    for (QPushButton *button : {m_printButton, m_pdfButton, m_csvButton})
        button->setEnabled(periodOk);
}

ComplaintDialog *ComplaintsPage::registerComplaint()
{
    auto dialog = new ComplaintDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // A complaint received outside the period shown brings the period to it.
        if (const std::optional<Complaint> saved = dialog->savedComplaint()) {
            if (saved->receivedOn < m_period->from() || saved->receivedOn > m_period->to())
                m_period->setPeriod(std::min(saved->receivedOn, m_period->from()),
                                    std::max(saved->receivedOn, m_period->to()));
        }
        reload();
    });
    dialog->open();
    return dialog;
}

ComplaintDialog *ComplaintsPage::editComplaint(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return nullptr;
    const QString id = m_model->index(row, NumberColumn).data(Qt::UserRole).toString();
    const auto found = std::find_if(m_complaints.cbegin(), m_complaints.cend(),
                                    [&id](const Complaint &c) { return c.id == id; });
    if (found == m_complaints.cend())
        return nullptr;
    auto dialog = new ComplaintDialog(m_context, *found, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ComplaintsPage::reload);
    dialog->open();
    return dialog;
}

QStringList ComplaintsPage::csvHeader() const
{
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header.append(m_model->headerData(column, Qt::Horizontal).toString());
    header.append(tr("Answer"));
    return header;
}

QList<QStringList> ComplaintsPage::csvRows() const
{
    QList<QStringList> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStringList values;
        for (int column = 0; column < ColumnCount; ++column) {
            // The whole subject, line breaks included: the CSV quotes it.
            const QModelIndex index = m_model->index(row, column);
            const QVariant full = index.data(csvRole);
            values.append(full.isValid() ? full.toString() : index.data().toString());
        }
        values.append(m_model->index(row, AnsweredColumn).data(csvRole).toString());
        rows.append(values);
    }
    return rows;
}

Status ComplaintsPage::exportCsv(const QString &path) const
{
    return RegisterExport::writeCsv(path, csvHeader(), csvRows());
}

Status ComplaintsPage::writePdf(DocumentLanguage language, const QString &path) const
{
    return RegisterExport::writePdf(m_context, RegisterKind::Complaints, m_period->from(), m_period->to(),
                                    language, path);
}

void ComplaintsPage::chooseCsvFile()
{
    RegisterExport::exportCsv(this, m_exportLabel, tr("Export the complaints register"),
                              RegisterExport::suggestedCsvName(QStringLiteral("complaints"), m_period->from(),
                                                               m_period->to()),
                              csvHeader(), csvRows());
}

void ComplaintsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ComplaintsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Coming back to the page: a new day may have made complaints overdue.
    if (m_shownOn != m_context.clock->today())
        reload();
}

void ComplaintsPage::retranslateUi()
{
    m_titleLabel->setText(tr("Complaints"));
    const RuleSettings settings = m_context.ruleSettings();
    m_summaryLabel->setText(tr("Complaints about a decision, action or inaction: the head answers "
                               "within %1 working days of registration, the authorised body within "
                               "%2. Overdue complaints are marked red.")
                                .arg(settings.complaintHeadWorkingDays)
                                .arg(settings.complaintAuthorityWorkingDays));
    m_openOnly->setText(tr("&Open only"));
    m_model->setHorizontalHeaderLabels({tr("Overdue"), tr("No."), tr("Received"), tr("Addressed to"),
                                        tr("From"), tr("Subject"), tr("Direction or application"),
                                        tr("Answer due"), tr("Status"), tr("Answered on")});
    m_registerButton->setText(tr("&Register a complaint..."));
    m_editButton->setText(tr("&Edit..."));
    m_languageLabel->setText(tr("Document &language:"));
    m_printButton->setText(tr("&Print the register..."));
    m_pdfButton->setText(tr("Save as P&DF..."));
    m_csvButton->setText(tr("Export &CSV..."));
    fillTable(); // labels of addressees and statuses
}
