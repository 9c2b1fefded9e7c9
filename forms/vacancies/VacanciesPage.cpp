#include "vacancies/VacanciesPage.h"

#include "BulletinDocument.h"
#include "common/DeskDialogs.h"
#include "common/DeskStyle.h"
#include "common/DocumentPrinting.h"
#include "common/HeadingLabel.h"
#include "domain/DateText.h"
#include "registers/RegisterExport.h"
#include "store/KindergartenProfileStore.h"
#include "vacancies/PlaceDialog.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {

const QString filterKey = QStringLiteral("vacancies/statusFilter");

QString languageText(TeachingLanguage language)
{
    switch (language) {
    case TeachingLanguage::Kazakh: return VacanciesPage::tr("Kazakh");
    case TeachingLanguage::Russian: return VacanciesPage::tr("Russian");
    case TeachingLanguage::Other: return VacanciesPage::tr("other language");
    case TeachingLanguage::Any: break;
    }
    return QStringLiteral("—");
}

QString modeText(const Place &p)
{
    QStringList parts{Directions::workingModeLabel(p.workingMode), Directions::admissionModeLabel(p.admissionMode)};
    if (p.groupType == GroupType::Special)
        parts.prepend(Directions::groupTypeLabel(p.groupType));
    if (p.admissionMode == AdmissionMode::TemporaryStay)
        parts.append(VacanciesPage::tr("until %1").arg(DateText::date(p.temporaryUntil)));
    if (p.admissionMode == AdmissionMode::EarlyBooking)
        parts.append(p.freedOn.isValid() ? VacanciesPage::tr("freed on %1").arg(DateText::date(p.freedOn))
                                         : VacanciesPage::tr("not yet freed"));
    if (p.attendanceRestricted)
        parts.append(p.attendanceNote.isEmpty() ? VacanciesPage::tr("restricted days")
                                                : VacanciesPage::tr("days: %1").arg(p.attendanceNote));
    return parts.join(QStringLiteral(", "));
}

} // namespace

VacanciesPage::VacanciesPage(const DeskContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_titleLabel(new HeadingLabel)
    , m_summaryLabel(new QLabel)
    , m_filterLabel(new QLabel)
    , m_filterCombo(new QComboBox)
    , m_countLabel(new QLabel)
    , m_viewStack(new QStackedWidget)
    , m_table(new QTableView)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_emptyLabel(new QLabel)
    , m_publishButton(new QPushButton)
    , m_freedButton(new QPushButton)
    , m_withdrawButton(new QPushButton)
    , m_resultLabel(new QLabel)
    , m_bulletinLabel(new QLabel)
    , m_bulletinKind(new QComboBox)
    , m_dayLabel(new QLabel)
    , m_bulletinDay(DeskStyle::makeDateEdit())
    , m_languageLabel(new QLabel)
    , m_languageCombo(new QComboBox)
    , m_printButton(new QPushButton)
    , m_pdfButton(new QPushButton)
{
    setObjectName(QStringLiteral("vacanciesPage"));
    m_titleLabel->setObjectName(QStringLiteral("vacanciesTitle"));
    m_filterCombo->setObjectName(QStringLiteral("statusFilterCombo"));
    m_countLabel->setObjectName(QStringLiteral("placeCountLabel"));
    m_table->setObjectName(QStringLiteral("placesTable"));
    m_emptyLabel->setObjectName(QStringLiteral("placesEmptyLabel"));
    m_publishButton->setObjectName(QStringLiteral("publishPlaceButton"));
    m_freedButton->setObjectName(QStringLiteral("markFreedButton"));
    m_withdrawButton->setObjectName(QStringLiteral("withdrawPlaceButton"));
    m_resultLabel->setObjectName(QStringLiteral("vacanciesResultLabel"));
    m_bulletinKind->setObjectName(QStringLiteral("bulletinKindCombo"));
    m_bulletinDay->setObjectName(QStringLiteral("bulletinDayEdit"));
    m_languageCombo->setObjectName(QStringLiteral("documentLanguageCombo"));
    m_printButton->setObjectName(QStringLiteral("printBulletinButton"));
    m_pdfButton->setObjectName(QStringLiteral("bulletinPdfButton"));

    m_summaryLabel->setWordWrap(true);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->hide();

    m_filterCombo->addItem(QString(), QString());
    for (PlaceStatus status : {PlaceStatus::Open, PlaceStatus::Directed, PlaceStatus::Filled, PlaceStatus::Withdrawn})
        m_filterCombo->addItem(QString(), Places::statusCode(status));
    m_filterCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const int remembered = m_filterCombo->findData(QSettings().value(filterKey).toString());
    m_filterCombo->setCurrentIndex(remembered >= 0 ? remembered : 0);
    m_filterLabel->setBuddy(m_filterCombo);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    // The mode of a place is a phrase: it wraps rather than being cut off at 1280 pixels (issue
    // 13 item 5); each row is as tall as its text.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ModeColumn, QHeaderView::Stretch);

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    QFont emptyFont = m_emptyLabel->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_emptyLabel->setFont(emptyFont);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_viewStack->addWidget(m_table);
    m_viewStack->addWidget(m_emptyLabel);

    m_bulletinKind->addItem(QString(), int(BulletinKind::Freed));
    m_bulletinKind->addItem(QString(), int(BulletinKind::Withdrawn));
    m_bulletinLabel->setBuddy(m_bulletinKind);
    m_bulletinDay->setText(DateText::date(m_context.clock->today()));
    m_dayLabel->setBuddy(m_bulletinDay);
    RegisterExport::fillLanguageCombo(m_languageCombo);
    m_languageLabel->setBuddy(m_languageCombo);

    auto filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filterCombo);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_countLabel);
    filterRow->addStretch(1);

    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_publishButton);
    buttons->addWidget(m_freedButton);
    buttons->addWidget(m_withdrawButton);
    buttons->addStretch(1);

    auto bulletinRow = new QHBoxLayout;
    bulletinRow->addWidget(m_bulletinLabel);
    bulletinRow->addWidget(m_bulletinKind);
    bulletinRow->addWidget(m_dayLabel);
    bulletinRow->addWidget(m_bulletinDay);
    bulletinRow->addWidget(m_languageLabel);
    bulletinRow->addWidget(m_languageCombo);
    bulletinRow->addWidget(m_printButton);
    bulletinRow->addWidget(m_pdfButton);
    bulletinRow->addStretch(1);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_summaryLabel);
    layout->addLayout(filterRow);
    layout->addWidget(m_viewStack, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_resultLabel);
    layout->addLayout(bulletinRow);

    setTabOrder(m_filterCombo, m_table);
    setTabOrder(m_table, m_publishButton);
    setTabOrder(m_publishButton, m_freedButton);
    setTabOrder(m_freedButton, m_withdrawButton);
    setTabOrder(m_withdrawButton, m_bulletinKind);
    setTabOrder(m_bulletinKind, m_bulletinDay);
    setTabOrder(m_bulletinDay, m_languageCombo);
    setTabOrder(m_languageCombo, m_printButton);
    setTabOrder(m_printButton, m_pdfButton);

    connect(m_filterCombo, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(filterKey, m_filterCombo->currentData().toString());
        reload();
    });
    connect(m_publishButton, &QPushButton::clicked, this, [this] { publishPlace(); });
    connect(m_freedButton, &QPushButton::clicked, this, &VacanciesPage::askFreedOn);
    connect(m_withdrawButton, &QPushButton::clicked, this, &VacanciesPage::askWithdraw);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &VacanciesPage::updateButtons);
    connect(m_bulletinDay, &QLineEdit::textChanged, this, &VacanciesPage::updateButtons);
    connect(m_printButton, &QPushButton::clicked, this, [this] { printBulletin(false); });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { printBulletin(true); });

    retranslateUi();
    reload();
}

VacanciesPage::~VacanciesPage() = default;

void VacanciesPage::setStatusFilter(std::optional<PlaceStatus> status)
{
    m_filterCombo->setCurrentIndex(m_filterCombo->findData(status ? Places::statusCode(*status) : QString()));
}

std::optional<PlaceStatus> VacanciesPage::statusFilter() const
{
    return Places::statusFromCode(m_filterCombo->currentData().toString());
}

QString VacanciesPage::resultText() const
{
    return m_resultLabel->isVisibleTo(this) ? m_resultLabel->text() : QString();
}

void VacanciesPage::reload()
{
    m_places.clear();
    m_loadError.clear();
    if (!m_context.store) {
        m_loadError = tr("No local store is open.");
    } else {
        const std::optional<PlaceStatus> status = statusFilter();
        const Expected<QList<StoredPlace>> listed =
            PlaceStore(m_context.store).list(status ? QList<PlaceStatus>{*status} : QList<PlaceStatus>{});
        if (listed)
            m_places = *listed;
        else
            m_loadError = tr("The places could not be read: %1").arg(listed.error().message());
    }
    fillTable();
}

void VacanciesPage::fillTable()
{
    const std::optional<StoredPlace> selected = selectedPlace();
    m_model->removeRows(0, m_model->rowCount());
    int selectedRow = -1;
    for (const StoredPlace &stored : std::as_const(m_places)) {
        const Place &p = stored.place;
        QList<QStandardItem *> items;
        for (int column = 0; column < ColumnCount; ++column)
            items.append(new QStandardItem);
        items[GroupColumn]->setText(p.groupName);
        items[GroupColumn]->setData(p.id, Qt::UserRole);
        items[BornColumn]->setText(DateText::date(p.birthFrom) + QStringLiteral(" – ") + DateText::date(p.birthTo));
        items[LanguageColumn]->setText(languageText(p.language));
        items[ModeColumn]->setText(modeText(p));
        items[ModeColumn]->setToolTip(modeText(p));
        items[StartsColumn]->setText(DateText::date(p.admissionStartsOn));
        QString status = Places::statusLabel(p.status);
        if (stored.rejected) {
            status += QStringLiteral(" · ") + tr("refused by the queue server");
            items[StatusColumn]->setToolTip(
                tr("The queue server refused this change: see \"Needs attention\" in the status bar."));
            items[StatusColumn]->setForeground(DeskStyle::color(DeskStyle::Tone::Error));
        } else if (stored.provisional) {
            // Changed here, not yet back from the queue server (RULES 4.1: its bulletin is the record).
            status += QStringLiteral(" · ") + tr("not yet confirmed");
            items[StatusColumn]->setToolTip(tr("Waiting for the queue server: the change goes out with the next sync."));
            items[StatusColumn]->setForeground(DeskStyle::color(DeskStyle::Tone::Warning));
        }
        items[StatusColumn]->setText(status);
        items[DirectionColumn]->setText(p.directionNumber);
        if (p.status == PlaceStatus::Withdrawn)
            for (QStandardItem *item : std::as_const(items))
                if (item != items[StatusColumn] || !stored.provisional)
                    item->setForeground(DeskStyle::color(DeskStyle::Tone::Muted));
        if (selected && selected->place.id == p.id)
            selectedRow = m_model->rowCount();
        m_model->appendRow(items);
    }
    if (selectedRow >= 0)
        m_table->setCurrentIndex(m_model->index(selectedRow, GroupColumn));
    m_table->resizeColumnsToContents();

    QString empty = m_loadError;
    if (empty.isEmpty() && m_places.isEmpty())
        empty = statusFilter() ? tr("No places with this status. Choose \"All\" to see every place.")
                               : tr("No places published yet. Press \"Publish a place...\" when a place "
                                    "becomes free.");
    m_emptyLabel->setText(empty);
    m_viewStack->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget *>(m_table) : m_emptyLabel);
    m_countLabel->setText(m_loadError.isEmpty() ? tr("Places: %1").arg(m_places.size()) : QString());
    updateButtons();
}

std::optional<StoredPlace> VacanciesPage::selectedPlace() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const QString id = m_model->index(current.row(), GroupColumn).data(Qt::UserRole).toString();
    for (const StoredPlace &stored : m_places)
        if (stored.place.id == id)
            return stored;
    return std::nullopt;
}

void VacanciesPage::updateButtons()
{
    const bool hasStore = static_cast<bool>(m_context.store);
    const std::optional<StoredPlace> selected = selectedPlace();
    m_publishButton->setEnabled(hasStore);
    // RULES 2.6: only an early-booking place waits to be freed; RULES 2.9: only an unheld place
    // is taken back.
    m_freedButton->setEnabled(hasStore && selected && selected->place.admissionMode == AdmissionMode::EarlyBooking
                              && selected->place.status != PlaceStatus::Withdrawn);
    m_withdrawButton->setEnabled(hasStore && selected && selected->place.status == PlaceStatus::Open);
    const bool dayOk = DeskStyle::dateFrom(m_bulletinDay).isValid();
    m_printButton->setEnabled(hasStore && dayOk);
    m_pdfButton->setEnabled(hasStore && dayOk);
}

PlaceDialog *VacanciesPage::publishPlace()
{
    auto dialog = new PlaceDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const std::optional<Place> published = dialog->publishedPlace();
        // The new place shows whatever the filter was.
        if (statusFilter() && statusFilter() != PlaceStatus::Open)
            setStatusFilter(std::nullopt);
        reload();
        if (published) {
            for (int row = 0; row < m_model->rowCount(); ++row)
                if (m_model->index(row, GroupColumn).data(Qt::UserRole).toString() == published->id)
                    m_table->setCurrentIndex(m_model->index(row, GroupColumn));
            showResult(tr("Place published in group %1. It goes to the queue server with the next sync.")
                           .arg(published->groupName),
                       false);
        }
        m_table->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
    return dialog;
}

Status VacanciesPage::markFreed(const QDate &freedOn)
{
    const std::optional<StoredPlace> selected = selectedPlace();
    if (!selected)
        return Issue::error(Field::PlaceId, Rule::PlaceNotFound);
    const Status done =
        PlaceStore(m_context.store).markFreed(selected->place.id, freedOn, m_context.clerk, m_context.clock->now());
    if (done)
        showResult(tr("Place in group %1 marked freed on %2.").arg(selected->place.groupName, DateText::date(freedOn)),
                   false);
    else
        showResult(tr("Not marked: %1").arg(done.error().message()), true);
    reload();
    return done;
}

Status VacanciesPage::withdraw()
{
    const std::optional<StoredPlace> selected = selectedPlace();
    if (!selected)
        return Issue::error(Field::PlaceId, Rule::PlaceNotFound);
    const Status done = PlaceStore(m_context.store).withdraw(selected->place.id, m_context.clerk, m_context.clock->now());
    if (done)
        showResult(tr("Place in group %1 withdrawn. It goes into today's bulletin of withdrawn places.")
                       .arg(selected->place.groupName),
                   false);
    else
        showResult(tr("Not withdrawn: %1").arg(done.error().message()), true);
    reload();
    return done;
}

void VacanciesPage::askFreedOn()
{
    const std::optional<StoredPlace> selected = selectedPlace();
    if (!selected)
        return;
    const QDate today = m_context.clock->today();
    const std::optional<QDate> freedOn = DeskDialogs::askDate(
        this, {QStringLiteral("placeFreedDialog"), tr("Place freed"),
               tr("The place in group %1 was published for early booking. On which day was it actually "
                  "freed? A direction to it starts counting from then.")
                   .arg(selected->place.groupName),
               tr("&Freed on:"), QStringLiteral("freedOnEdit"), today.addYears(-1), today,
               selected->place.freedOn.isValid() ? selected->place.freedOn : today});
    if (freedOn)
        markFreed(*freedOn);
}

void VacanciesPage::askWithdraw()
{
    const std::optional<StoredPlace> selected = selectedPlace();
    if (!selected)
        return;
    const DeskDialogs::Button answer = DeskDialogs::question(
        this, tr("Withdraw the place"),
        tr("Withdraw the place in group %1 (born %2 – %3)? It will no longer be given to anyone and goes "
           "into today's bulletin of withdrawn places.")
            .arg(selected->place.groupName, DateText::date(selected->place.birthFrom),
                 DateText::date(selected->place.birthTo)),
        DeskDialogs::Yes | DeskDialogs::No, DeskDialogs::No);
    if (answer == DeskDialogs::Yes)
        withdraw();
}

void VacanciesPage::setBulletin(BulletinKind kind, const QDate &day, DocumentLanguage language)
{
    m_bulletinKind->setCurrentIndex(m_bulletinKind->findData(int(kind)));
    m_bulletinDay->setText(DateText::date(day));
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(int(language)));
}

Expected<BulletinDocumentData> VacanciesPage::bulletinData() const
{
    if (!m_context.store)
        return Issue::error(Field::Store, Rule::StoreCannotOpen);
    return BulletinDocument::build(BulletinKind(m_bulletinKind->currentData().toInt()),
                                   DeskStyle::dateFrom(m_bulletinDay), m_context.store,
                                   KindergartenProfileStore(m_context.store).load(), m_context.clock->now());
}

Status VacanciesPage::writeBulletinPdf(const QString &path) const
{
    const Expected<BulletinDocumentData> bulletin = bulletinData();
    if (!bulletin)
        return bulletin.error();
    return BulletinDocument::writePdf(*bulletin, RegisterExport::chosenLanguage(m_languageCombo), path,
                                      RegisterExport::templateFolders(m_context));
}

void VacanciesPage::printBulletin(bool pdf)
{
    const Expected<BulletinDocumentData> bulletin = bulletinData();
    if (!bulletin) {
        DeskDialogs::warning(this, tr("Bulletin"),
                             tr("The bulletin cannot be made: %1").arg(bulletin.error().message()));
        return;
    }
    const DocumentLanguage language = RegisterExport::chosenLanguage(m_languageCombo);
    const std::unique_ptr<QTextDocument> document =
        BulletinDocument::document(*bulletin, language, RegisterExport::templateFolders(m_context));
    const QString title = document->metaInformation(QTextDocument::DocumentTitle);
    const bool printed = pdf ? !DocumentPrinting::savePdf(this, *document, title,
                                                          BulletinDocument::suggestedFileName(*bulletin, language))
                                    .isEmpty()
                             : DocumentPrinting::preview(this, *document, title);
    // RULES 11: the bulletin's verification code goes to the queue server, which confirms it.
    if (printed)
        if (const Status recorded = PrintedDocuments::record(m_context.store, BulletinDocument::printed(*bulletin),
                                                             m_context.clerk, m_context.clock->now());
            !recorded)
            showResult(tr("The bulletin's verification code was not recorded: %1").arg(recorded.error().message()), true);
}

void VacanciesPage::showResult(const QString &text, bool error)
{
    m_resultLabel->setText(text);
    DeskStyle::setErrorTone(m_resultLabel, error);
    m_resultLabel->setVisible(!text.isEmpty());
}

void VacanciesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void VacanciesPage::retranslateUi()
{
    m_titleLabel->setText(tr("Vacancies"));
    m_summaryLabel->setText(tr("This kindergarten's free places. Each published place goes to the queue "
                               "system, which gives it to the first child in order; a place no direction "
                               "holds can be withdrawn. Both go into the daily bulletins."));
    m_filterLabel->setText(tr("&Show:"));
    m_filterCombo->setItemText(0, tr("All"));
    for (int i = 1; i < m_filterCombo->count(); ++i)
        if (const std::optional<PlaceStatus> status = Places::statusFromCode(m_filterCombo->itemData(i).toString()))
            m_filterCombo->setItemText(i, Places::statusLabel(*status));
    m_model->setHorizontalHeaderLabels({tr("Group"), tr("Children born"), tr("Language"), tr("Mode"),
                                        tr("Admission starts"), tr("Status"), tr("Direction")});
    m_publishButton->setText(tr("P&ublish a place..."));
    m_freedButton->setText(tr("&Mark freed..."));
    m_withdrawButton->setText(tr("&Withdraw..."));
    m_bulletinLabel->setText(tr("&Bulletin:"));
    m_bulletinKind->setItemText(0, tr("freed places"));
    m_bulletinKind->setItemText(1, tr("withdrawn places"));
    m_dayLabel->setText(tr("f&or day"));
    m_bulletinDay->setToolTip(tr("Day, month and year: DD.MM.YYYY"));
    m_languageLabel->setText(tr("Document &language:"));
    m_printButton->setText(tr("&Print..."));
    m_pdfButton->setText(tr("Save as P&DF..."));
    fillTable();
}
