#include "NeedsAttentionDialog.h"

#include "queue/ApplicationDetailsDialog.h"
#include "store/ApplicationStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { TypeColumn, WrittenColumn, ReasonColumn, ActionColumn, ColumnCount };

QString existingApplicationId(const RejectedCommand &command)
{
    return command.details.value(QStringLiteral("application_id")).toString();
}
} // namespace

NeedsAttentionDialog::NeedsAttentionDialog(std::shared_ptr<Database> store, QList<RejectedCommand> rejected,
                                           QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_rejected(std::move(rejected))
    , m_emptyLabel(new QLabel)
    , m_table(new QTableWidget)
{
    setObjectName(QStringLiteral("needsAttentionDialog"));
    setWindowTitle(tr("Needs attention"));
    m_emptyLabel->setObjectName(QStringLiteral("needsAttentionEmpty"));
    m_emptyLabel->setText(tr("Nothing needs attention: the queue server accepted every command this desk sent."));
    m_emptyLabel->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("needsAttentionTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("What"), tr("Written"), tr("Why it was refused, what to do"), QString()});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_table->setRowCount(int(m_rejected.size()));

    const QLocale locale;
    ApplicationStore applications(m_store);
    for (int row = 0; row < m_rejected.size(); ++row) {
        const RejectedCommand &command = m_rejected.at(row);
        m_table->setItem(row, TypeColumn, new QTableWidgetItem(typeName(command.type)));
        QString written = locale.toString(command.createdAt.toLocalTime(), QLocale::ShortFormat);
        if (!command.clerk.isEmpty())
            written += QLatin1Char('\n') + command.clerk;
        m_table->setItem(row, WrittenColumn, new QTableWidgetItem(written));
        auto reasonItem = new QTableWidgetItem(reason(command));
        reasonItem->setToolTip(command.code + QStringLiteral(": ") + command.message);
        m_table->setItem(row, ReasonColumn, reasonItem);
        if (command.code == QLatin1String("duplicate_child")) {
            const QString id = existingApplicationId(command);
            const std::optional<Application> existing = id.isEmpty() || !m_store ? std::nullopt : applications.find(id);
            // Another kindergarten's application is held only as an anonymous queue row: its
            // details are not this desk's to open.
            if (existing && !existing->child.surname.isEmpty()) {
                auto button = new QPushButton(tr("Open the application"));
                button->setObjectName(QStringLiteral("openExisting_%1").arg(row));
                connect(button, &QPushButton::clicked, this, [this, row] { openExisting(row); });
                m_table->setCellWidget(row, ActionColumn, button);
            } else {
                m_table->setItem(row, ActionColumn, new QTableWidgetItem(tr("Registered at another kindergarten")));
            }
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_table->resizeRowsToContents();

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    m_emptyLabel->setVisible(m_rejected.isEmpty());
    m_table->setVisible(!m_rejected.isEmpty());
    resize(900, 420);
}

QString NeedsAttentionDialog::typeName(const QString &type)
{
    if (type == QLatin1String("register_application"))
        return tr("Registration of an application");
    if (type == QLatin1String("withdraw_application"))
        return tr("Withdrawal of an application");
    if (type == QLatin1String("correct_application"))
        return tr("Correction of an application");
    if (type == QLatin1String("record_enrollment"))
        return tr("Contract");
    if (type == QLatin1String("record_refusal"))
        return tr("Refusal");
    if (type == QLatin1String("service_stage"))
        return tr("Service time");
    if (type == QLatin1String("extend_direction"))
        return tr("Extension of a direction");
    if (type == QLatin1String("mark_place_freed"))
        return tr("Freed place date");
    if (type == QLatin1String("register_complaint"))
        return tr("Complaint");
    if (type == QLatin1String("update_complaint"))
        return tr("Change of a complaint");
    if (type == QLatin1String("import_applications"))
        return tr("Import of applications");
    if (type == QLatin1String("publish_place"))
        return tr("Publication of a free place");
    if (type == QLatin1String("withdraw_place"))
        return tr("Withdrawal of a place");
    if (type == QLatin1String("free_place"))
        return tr("Place actually freed");
    if (type == QLatin1String("record_printed_document"))
        return tr("Verification code of a printed document");
    return type;
}

QString NeedsAttentionDialog::reason(const RejectedCommand &command)
{
    // A withdrawal or freeing day the server refused was not made: SyncStore puts the desk's copy
    // of the place back to the server's last version (docs/sync.md). The reason, then that.
    if (command.type == QLatin1String("withdraw_place") || command.type == QLatin1String("free_place")) {
        RejectedCommand why = command;
        why.type.clear();
        return reason(why) + QLatin1Char(' ')
               + tr("The change was not made: this desk shows the place as the queue server last confirmed it.");
    }
    const QString &code = command.code;
    if (code == QLatin1String("duplicate_child")) {
        const int number = command.details.value(QStringLiteral("queue_number")).toInt();
        QString text = tr("The child already has an active application in the region; this registration was not added to the queue.");
        if (number > 0)
            text += QLatin1Char(' ') + tr("The existing application is number %1 in the queue.").arg(number);
        return text + QLatin1Char(' ') + tr("Tell the parent; do not register the child again.");
    }
    if (code == QLatin1String("invalid_application"))
        return tr("The application does not meet the Appendix 1 rules on the server. Check the application's data and register it again.");
    if (code == QLatin1String("duplicate_application_id") || code == QLatin1String("duplicate_complaint_id"))
        return tr("The server already holds a record with this identifier. Tell the administrator.");
    if (code == QLatin1String("number_taken"))
        return tr("Another application in the region already has the number %1 (was this desk's store restored from an old copy?). Tell the administrator.")
            .arg(command.details.value(QStringLiteral("number")).toString());
    if (code == QLatin1String("filing_time_out_of_range"))
        return tr("The time the record was written is not possible (check this computer's clock and date). Tell the administrator.");
    if (code == QLatin1String("not_found"))
        return tr("The server does not know the application, direction, place or complaint this record is about, or it belongs to another kindergarten.");
    if (code == QLatin1String("direction_closed"))
        return tr("The direction is no longer valid on the server (used, refused, expired or cancelled). Check the direction's status before serving the parent.");
    if (code == QLatin1String("already_archived") || code == QLatin1String("direction_active"))
        return tr("The application cannot be withdrawn: it is archived already, or it holds an active direction.");
    if (code == QLatin1String("already_extended"))
        return tr("The direction was extended before; it can be extended only once.");
    if (code == QLatin1String("conflict"))
        return tr("The server holds another record under the same number from this desk. Tell the administrator.");
    // Places (RULES 2.3, 2.9, def. 6). A publication the server refused leaves this desk's places
    // and its bulletin (SyncStore): the place is free nowhere in the region.
    if (command.type == QLatin1String("publish_place")) {
        QString why;
        if (code == QLatin1String("place_id_taken"))
            why = tr("Another place in the region already has this place's identifier.");
        else if (code == QLatin1String("not_own_kindergarten"))
            why = tr("The place is not for this desk's kindergarten.");
        else if (code == QLatin1String("invalid_place"))
            why = tr("The server found the place's details incomplete or wrong.");
        if (!why.isEmpty())
            return why + QLatin1Char(' ')
                   + tr("The place was not published: it is taken off this desk's places and bulletin. If it is free, "
                        "publish it again, with its details checked.");
    }
    if (code == QLatin1String("not_own_kindergarten"))
        return tr("The place is not for this desk's kindergarten.");
    if (code == QLatin1String("place_has_direction"))
        return tr("A direction already holds the place on the server, so it cannot be withdrawn. The direction comes "
                  "with the next sync.");
    if (code == QLatin1String("place_withdrawn"))
        return tr("The place was withdrawn on the server already.");
    if (code == QLatin1String("not_early_booking"))
        return tr("On the server the place is not an early-booking place, so it has no day of being actually freed.");
    if (code == QLatin1String("invalid_freed_on"))
        return tr("The day the place was freed is later than the day it was entered. Check this computer's date "
                  "and enter the day again.");
    // RULES 11: the code of a printed application, receipt, register, audit or bulletin.
    if (code == QLatin1String("invalid_document"))
        return tr("The server did not keep this printed document's verification code, so it cannot confirm the paper. "
                  "Tell the administrator.");
    if (code == QLatin1String("unsupported_command"))
        return tr("The queue server does not accept this kind of record yet. Keep the paper copy; tell the administrator.");
    if (code.startsWith(QLatin1String("invalid_")))
        return tr("The server found the record's data incomplete or wrong: %1").arg(command.message);
    return command.message.isEmpty() ? code : command.message;
}

void NeedsAttentionDialog::openExisting(int row)
{
    const RejectedCommand &command = m_rejected.at(row);
    auto dialog = new ApplicationDetailsDialog(m_store, existingApplicationId(command),
                                               command.details.value(QStringLiteral("queue_number")).toInt(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
