#pragma once

#include "common/DeskContext.h"

#include <QList>
#include <QWidget>

class ApplicationListModel;
class CorrectApplicationDialog;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// Issue 13 item 4: the applications registered at this kindergarten, newest first, searched by
// IIN or a part of a name (ApplicationStore::list). For the selected one: Open (read-only, with
// its history), Correct (CorrectApplicationDialog: a change of category keeps the filing date,
// RULES 3.3), Withdraw at the parent's request (the reason asked through DeskDialogs; archived),
// Reprint (the Appendix 1 application). Each change is a command with its journal entry (the
// store writes them).
class ApplicationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ApplicationsPage(const DeskContext &context, QWidget *parent = nullptr);

    ApplicationListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Reads the list again (the search, archived shown or not).
    void reload();
    // Selects the application's row; false when it is not shown.
    bool select(const QString &applicationId);

    void openSelected();
    // Opens the correction of the selected queued application (null when there is none).
    CorrectApplicationDialog *correctSelected();
    void withdrawSelected();
    void reprintSelected();

signals:
    // An application was corrected or withdrawn here: other pages showing it read again.
    void applicationChanged(const QString &applicationId);

protected:
    // Coming back to the page shows what was registered meanwhile (at the form, by the sync).
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    // The table or its viewport resized (the window, a scroll bar): fitColumnsToViewport.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The Number column no wider than a number (an id shown in place of one is elided).
    void fitNumberColumn();
    // Every column within the table's width, without a horizontal scroll bar: the name and the
    // category elided when the others need the room.
    void fitColumnsToViewport();
    void retranslateUi();
    int selectedRow() const;
    void updateButtons();

    DeskContext m_context;
    ApplicationListModel *m_model;
    QLineEdit *m_search;
    QCheckBox *m_archived;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_message;
    QPushButton *m_open;
    QPushButton *m_correct;
    QPushButton *m_withdraw;
    QPushButton *m_reprint;
    // Each column's width as its contents ask (reload), before fitColumnsToViewport.
    QList<int> m_contentWidths;
    bool m_fitting = false;       // fitColumnsToViewport is setting the widths
    bool m_resizedByHand = false; // a column resized by the clerk since the last fit
    bool m_shownOnce = false;
};
