#pragma once

#include "common/DeskContext.h"
#include "domain/Expected.h"
#include "store/DirectionStore.h"

#include <QWidget>

class DirectionTableModel;
class HeadingLabel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

// The Directions area (RULES 5): the directions to this kindergarten with their validity on
// today's date and the working days left, in force first. A search line takes a direction number
// or a child's IIN (Enter opens the direction in the Enrollment area); "Import directions…"
// reads a JSON file (until sync brings them); an early-booking place can be marked freed, and a
// direction extended once within the allowed range.
class DirectionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DirectionsPage(const DeskContext &context, QWidget *parent = nullptr);
    ~DirectionsPage() override;

    // Reads the directions again (the page does so each time it is shown).
    void reload();

    // What "Import directions…" does with the chosen file; the outcome shows in the result line.
    Expected<DirectionImportResult> importFile(const QString &path);
    // What the two dialogs do with the date chosen; the outcome shows in the result line.
    Status setFreedOn(const QString &number, const QDate &freedOn);
    Status extend(const QString &number, const QDate &until);
    Status confirmRight(const QString &number, const QDate &confirmedOn);

    DirectionTableModel *model() const { return m_model; }
    // The one-line outcome of the last import or change.
    QString resultText() const;

public slots:
    // The search line's Enter: opens the direction with that number or the latest one of the
    // child with that IIN. Returns whether one was found.
    bool openSearched();

signals:
    void openDirectionRequested(const QString &number);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void applyFilter();
    void updateState();
    void updateButtons();
    void chooseImportFile();
    void askFreedOn();
    void askExtension();
    void askRightConfirmation();
    void showResult(const QString &text, bool error);
    QString selectedNumber() const;

    DeskContext m_context;
    DirectionTableModel *m_model;
    QSortFilterProxyModel *m_proxy;

    HeadingLabel *m_titleLabel;
    QLabel *m_showLabel;
    QComboBox *m_showCombo;
    QLineEdit *m_searchEdit;
    QPushButton *m_openButton;
    QPushButton *m_importButton;
    QPushButton *m_freedButton;
    QPushButton *m_extendButton;
    QPushButton *m_confirmRightButton;
    QStackedWidget *m_viewStack;
    QTableView *m_tableView;
    QLabel *m_emptyLabel;
    QLabel *m_countLabel;
    QLabel *m_resultLabel;
    // The last outcome, kept as data so a language change can say it again.
    enum class Outcome { None, Imported, ImportFailed, NotFound, Freed, Extended, RightConfirmed, ChangeFailed };
    Outcome m_outcome = Outcome::None;
    DirectionImportResult m_lastImport;
    Issue m_lastIssue;
    QString m_lastNumber;
    QDate m_lastDate;
};
