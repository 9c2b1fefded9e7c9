#pragma once

#include <QGroupBox>

#include <memory>

class Database;
class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

// The Settings section where an administrator keeps the region's kindergartens (RULES 4.2) until
// sync brings the list: edit in place (a row is saved once it has a code and a name), add,
// remove, or import a JSON array of {"id", "name_kk", "name_ru", "settlement", "address"}.
class KindergartenListEditor : public QGroupBox
{
    Q_OBJECT
public:
    explicit KindergartenListEditor(std::shared_ptr<Database> database, QWidget *parent = nullptr);

    void reload();
    // Imports the file; shows the outcome in the section. Returns false when nothing was imported.
    bool importFile(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void saveRow(int row);
    void addRow();
    void removeCurrent();
    void chooseImportFile();
    void showStatus(const QString &text, bool error);

    std::shared_ptr<Database> m_database;
    QLabel *m_hintLabel;
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_importButton;
    QLabel *m_statusLabel;
    bool m_loading = false;
};

// The short Settings section for the list: how many kindergartens it holds and a button that
// opens the editor in a dialog (the Settings page must fit a small screen).
class KindergartenSettingsSection : public QGroupBox
{
    Q_OBJECT
public:
    explicit KindergartenSettingsSection(std::shared_ptr<Database> database, QWidget *parent = nullptr);

    // Opens the editor (the button does the same).
    KindergartenListEditor *openEditor();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();

    std::shared_ptr<Database> m_database;
    QLabel *m_countLabel;
    QPushButton *m_editButton;
};
