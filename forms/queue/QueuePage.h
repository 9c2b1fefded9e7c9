#pragma once

#include <QWidget>

#include <memory>

class Database;
class HeadingLabel;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QProgressBar;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTimer;
class CategoryListModel;
class QueueTableModel;

// The Queue area: a birth year's queue in the order of RULES 3.3 with queue numbers, narrowed by
// category, status and preferred kindergarten, or searched by IIN or a part of a name. Reads run
// on QueueTableModel's worker, so the page never waits for the store; a busy bar shows while a
// read is under way. Enter or a double click opens the application read-only with its history.
// Ctrl+F goes to the search field, Esc there clears it.
class QueuePage : public QWidget
{
    Q_OBJECT
public:
    explicit QueuePage(QWidget *parent = nullptr);
    ~QueuePage() override;

    // The numbers shown were read while another program was writing and may still change.
    bool positionsPending() const;

    // The store to show (a file; an in-memory store cannot be read from a second thread and
    // leaves the page saying so). Call once.
    void setStore(std::shared_ptr<Database> store);
    // The signed-in person: opening an application's details is recorded as their read (DESIGN 9).
    void setReader(const QString &reader) { m_reader = reader; }

    QueueTableModel *model() const { return m_model; }
    // Opens the application of the view's row in the details dialog.
    void openRow(int row);
    // Reads the current query again (rows came from the queue server).
    void reload();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fitColumns();
    void fitCategoryColumn();
    void applyQuery();
    void showBirthYears(const QList<int> &years);
    void updateState();
    void loadKindergartens();
    void showAnyKindergartenAsPlaceholder();
    QString kindergartenFilter() const;

    std::shared_ptr<Database> m_store;
    QString m_reader;
    QueueTableModel *m_model;
    CategoryListModel *m_categories;
    QStandardItemModel *m_allCategories;
    int m_categoryFloor = 0;  // the Category column's least width: 20 digits or its heading
    int m_categoryWanted = 0; // its longest name's (fitColumns, per language)

    HeadingLabel *m_titleLabel;
    QLabel *m_yearLabel;
    QComboBox *m_yearCombo;
    QLabel *m_categoryLabel;
    QComboBox *m_categoryCombo;
    QLabel *m_statusLabel;
    QComboBox *m_statusCombo;
    QLabel *m_kindergartenLabel;
    QComboBox *m_kindergartenCombo; // editable: a kindergarten not in the region's list by its id
    QLineEdit *m_searchEdit;
    QStackedWidget *m_viewStack;
    QTableView *m_tableView;
    QLabel *m_emptyLabel;
    QLabel *m_countLabel;
    QProgressBar *m_busyBar;
    QTimer *m_debounce;
    bool m_shownOnce = false;
};
