#include "BackupSection.h"

#include "BackupController.h"
#include "common/DeskDialogs.h"

#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

BackupSection::BackupSection(QString storePath, QWidget *parent)
    : QGroupBox(parent)
    , m_storePath(std::move(storePath))
    , m_form(new QFormLayout(this))
    , m_folderCaption(new QLabel(this))
    , m_folderEdit(new QLineEdit(this))
    , m_chooseButton(new QPushButton(this))
    , m_daysCaption(new QLabel(this))
    , m_daysSpinBox(new QSpinBox(this))
    , m_hintLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("backupSection"));
    m_folderEdit->setObjectName(QStringLiteral("backupFolderEdit"));
    m_chooseButton->setObjectName(QStringLiteral("backupFolderButton"));
    m_daysSpinBox->setObjectName(QStringLiteral("backupDaysSpinBox"));

    m_folderEdit->setText(QDir::toNativeSeparators(BackupController::folder(m_storePath)));
    m_daysSpinBox->setRange(1, 3650);
    m_daysSpinBox->setValue(BackupController::keepDays());
    // Changed by typing or the arrows, not by a mouse wheel passing over the page.
    m_daysSpinBox->setFocusPolicy(Qt::StrongFocus);

    auto folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(m_chooseButton);
    m_folderCaption->setBuddy(m_folderEdit);
    m_daysCaption->setBuddy(m_daysSpinBox);
    m_form->addRow(m_folderCaption, folderRow);
    m_form->addRow(m_daysCaption, m_daysSpinBox);
    m_form->addRow(m_hintLabel);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setForegroundRole(QPalette::PlaceholderText);

    connect(m_chooseButton, &QPushButton::clicked, this, &BackupSection::chooseFolder);
    connect(m_folderEdit, &QLineEdit::editingFinished, this, &BackupSection::saveFolder);
    connect(m_daysSpinBox, &QSpinBox::valueChanged, this, [this](int days) {
        QSettings().setValue(BackupController::keepDaysKey(), days);
        emit changed();
    });
    retranslateUi();
}

void BackupSection::chooseFolder()
{
    const QString folder = DeskDialogs::existingFolder(this, tr("Folder of the daily backups"),
                                                       QDir::fromNativeSeparators(m_folderEdit->text()));
    if (folder.isEmpty())
        return;
    m_folderEdit->setText(QDir::toNativeSeparators(folder));
    saveFolder();
}

void BackupSection::saveFolder()
{
    const QString folder = QDir::fromNativeSeparators(m_folderEdit->text().trimmed());
    // The default is not written down: it follows the store if the store moves.
    QSettings settings;
    if (folder.isEmpty() || folder == Backup::defaultFolder(m_storePath))
        settings.remove(BackupController::folderKey());
    else
        settings.setValue(BackupController::folderKey(), folder);
    m_folderEdit->setText(QDir::toNativeSeparators(BackupController::folder(m_storePath)));
    emit changed();
}

void BackupSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void BackupSection::retranslateUi()
{
    setTitle(tr("Backups"));
    m_folderCaption->setText(tr("Folder:"));
    m_chooseButton->setText(tr("Choose…"));
    // No unit after the number: Russian would need its plural forms (дня, дней) there.
    m_daysCaption->setText(tr("Days to keep copies:"));
    m_hintLabel->setText(tr("A checked copy of the local store is made in this folder when the desk starts "
                            "and once a day while it runs; copies older than this are removed. "
                            "File > Back up makes a copy at any time, for example on a USB stick."));
}
