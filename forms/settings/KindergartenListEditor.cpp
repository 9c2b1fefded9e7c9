#include "settings/KindergartenListEditor.h"

#include "common/DeskDialogs.h"
#include "common/DeskStyle.h"
#include "store/KindergartenStore.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { IdColumn, NameKkColumn, NameRuColumn, SettlementColumn, AddressColumn, ColumnCount };
} // namespace

KindergartenListEditor::KindergartenListEditor(std::shared_ptr<Database> database, QWidget *parent)
    : QGroupBox(parent)
    , m_database(std::move(database))
    , m_hintLabel(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_addButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_importButton(new QPushButton(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("kindergartenListEditor"));
    m_table->setObjectName(QStringLiteral("kindergartenTable"));
    m_addButton->setObjectName(QStringLiteral("addKindergartenButton"));
    m_removeButton->setObjectName(QStringLiteral("removeKindergartenButton"));
    m_importButton->setObjectName(QStringLiteral("importKindergartensButton"));
    m_statusLabel->setObjectName(QStringLiteral("kindergartenStatusLabel"));
    m_hintLabel->setWordWrap(true);
    m_statusLabel->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);

    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    buttons->addWidget(m_importButton);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_statusLabel);
    m_statusLabel->hide();

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_loading)
            saveRow(item->row());
    });
    connect(m_addButton, &QPushButton::clicked, this, &KindergartenListEditor::addRow);
    connect(m_removeButton, &QPushButton::clicked, this, &KindergartenListEditor::removeCurrent);
    connect(m_importButton, &QPushButton::clicked, this, &KindergartenListEditor::chooseImportFile);
    retranslateUi();
    reload();
}

void KindergartenListEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void KindergartenListEditor::retranslateUi()
{
    setTitle(tr("Kindergartens of the region"));
    m_hintLabel->setText(tr("The kindergartens an applicant can choose from, until the queue "
                            "server sends the list. A row is saved as soon as it has a code and "
                            "a name."));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Name in Kazakh"), tr("Name in Russian"),
                                        tr("Settlement"), tr("Address")});
    m_addButton->setText(tr("&Add"));
    m_removeButton->setText(tr("&Remove"));
    m_importButton->setText(tr("&Import from a JSON file..."));
}

void KindergartenListEditor::reload()
{
    if (!m_database)
        return;
    const Expected<QList<Kindergarten>> all = KindergartenStore(m_database).list();
    if (!all) {
        showStatus(all.error().message(), true);
        return;
    }
    m_loading = true;
    m_table->setRowCount(int(all->size()));
    for (int row = 0; row < all->size(); ++row) {
        const Kindergarten &k = all->at(row);
        const QStringList values = {k.id, k.nameKk, k.nameRu, k.settlement, k.address};
        for (int column = 0; column < ColumnCount; ++column) {
            auto item = new QTableWidgetItem(values.at(column));
            if (column == IdColumn)
                item->setData(Qt::UserRole, k.id); // the stored code, to follow a renamed one
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_loading = false;
}

void KindergartenListEditor::saveRow(int row)
{
    const auto text = [this, row](int column) {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    const Kindergarten k{text(IdColumn), text(NameKkColumn), text(NameRuColumn),
                         text(SettlementColumn), text(AddressColumn)};
    if (k.id.isEmpty() || (k.nameKk.isEmpty() && k.nameRu.isEmpty()))
        return; // not complete yet
    KindergartenStore store(m_database);
    if (const Status saved = store.upsert(k); !saved) {
        showStatus(saved.error().message(), true);
        return;
    }
    QTableWidgetItem *idItem = m_table->item(row, IdColumn);
    const QString previous = idItem->data(Qt::UserRole).toString();
    if (!previous.isEmpty() && previous != k.id)
        store.remove(previous);
    m_loading = true;
    idItem->setData(Qt::UserRole, k.id);
    m_loading = false;
    showStatus(tr("Saved: %1").arg(k.name(QLocale().language())), false);
}

void KindergartenListEditor::addRow()
{
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setItem(row, column, new QTableWidgetItem);
    m_loading = false;
    m_table->setCurrentCell(row, IdColumn);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, IdColumn));
}

void KindergartenListEditor::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString id = m_table->item(row, IdColumn)->data(Qt::UserRole).toString();
    if (!id.isEmpty()) {
        if (const Status removed = KindergartenStore(m_database).remove(id); !removed) {
            showStatus(removed.error().message(), true);
            return;
        }
    }
    m_table->removeRow(row);
    m_statusLabel->hide();
}

void KindergartenListEditor::chooseImportFile()
{
    const QString path = DeskDialogs::openFileName(this, tr("Import kindergartens"), QString(),
                                                   tr("JSON files (*.json)"));
    if (!path.isEmpty())
        importFile(path);
}

bool KindergartenListEditor::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showStatus(tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)), true);
        return false;
    }
    const Expected<int> imported = KindergartenStore(m_database).importJson(file.readAll());
    if (!imported) {
        showStatus(tr("Nothing imported: %1").arg(imported.error().message()), true);
        return false;
    }
    reload();
    showStatus(tr("Imported %n kindergarten(s).", nullptr, *imported), false);
    return true;
}

void KindergartenListEditor::showStatus(const QString &text, bool error)
{
    m_statusLabel->setText(text);
    DeskStyle::setErrorTone(m_statusLabel, error);
    m_statusLabel->show();
}

KindergartenSettingsSection::KindergartenSettingsSection(std::shared_ptr<Database> database,
                                                         QWidget *parent)
    : QGroupBox(parent)
    , m_database(std::move(database))
    , m_countLabel(new QLabel(this))
    , m_editButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("kindergartenSettingsSection"));
    m_countLabel->setObjectName(QStringLiteral("kindergartenCountLabel"));
    m_countLabel->setWordWrap(true);
    m_editButton->setObjectName(QStringLiteral("editKindergartensButton"));
    auto layout = new QHBoxLayout(this);
    layout->addWidget(m_countLabel, 1);
    layout->addWidget(m_editButton);
    connect(m_editButton, &QPushButton::clicked, this, [this] { openEditor(); });
    retranslateUi();
}

KindergartenListEditor *KindergartenSettingsSection::openEditor()
{
    auto dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("kindergartenDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Kindergartens of the region"));
    auto editor = new KindergartenListEditor(m_database, dialog);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::finished, this, &KindergartenSettingsSection::retranslateUi);
    auto layout = new QVBoxLayout(dialog);
    layout->addWidget(editor, 1);
    layout->addWidget(buttons);
    dialog->resize(820, 480);
    dialog->open();
    return editor;
}

void KindergartenSettingsSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void KindergartenSettingsSection::showEvent(QShowEvent *event)
{
    retranslateUi(); // the count may have changed
    QGroupBox::showEvent(event);
}

void KindergartenSettingsSection::retranslateUi()
{
    setTitle(tr("Kindergartens of the region"));
    qsizetype count = 0;
    if (m_database) {
        if (const Expected<QList<Kindergarten>> all = KindergartenStore(m_database).list())
            count = all->size();
    }
    m_countLabel->setText(count == 0
                              ? tr("The list is empty: applicants cannot choose a kindergarten yet.")
                              : tr("%n kindergarten(s) an applicant can choose from.", nullptr, int(count)));
    m_editButton->setText(tr("Edit the l&ist..."));
}
