#pragma once

#include "DocumentLanguage.h"
#include "common/DeskContext.h"
#include "domain/Complaint.h"
#include "domain/Expected.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QWidget>

class ComplaintDialog;
class HeadingLabel;
class PeriodSelector;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTimer;

// The complaints register (RULES 7): complaints received in a period (optionally the open ones
// only) with the deadline worked out in working days (5 for the head, 15 for the authorised
// body), their status and answer date. Overdue ones stand out: red, marked in the first column,
// counted above the table. Register a complaint, edit its outcome, print the register for the
// period (kk / ru) or export it to CSV.
class ComplaintsPage : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        OverdueColumn,
        NumberColumn,
        ReceivedColumn,
        AddresseeColumn,
        ComplainantColumn,
        SubjectColumn,
        LinkedColumn,
        DeadlineColumn,
        StatusColumn,
        AnsweredColumn,
        ColumnCount
    };

    explicit ComplaintsPage(const DeskContext &context, QWidget *parent = nullptr);
    ~ComplaintsPage() override;

    PeriodSelector *period() const { return m_period; }
    void setOpenOnly(bool openOnly);
    QStandardItemModel *model() const { return m_model; }
    // The complaints shown, in the table's order.
    const QList<Complaint> &complaints() const { return m_complaints; }
    // Open complaints past their deadline among those shown (on the clock's today).
    int overdueCount() const { return m_overdue; }

    // Opens the dialog (the buttons do the same); the register reloads when it is saved.
    ComplaintDialog *registerComplaint();
    ComplaintDialog *editComplaint(int row);

    // The table as shown (UI language), for the CSV file.
    QStringList csvHeader() const;
    QList<QStringList> csvRows() const;
    Status exportCsv(const QString &path) const;
    // The printed register of the period (RegisterDocument) as a PDF.
    Status writePdf(DocumentLanguage language, const QString &path) const;

public slots:
    // Reads the period again and works out deadlines and overdue marks on the clock's today.
    void reload();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fillTable();
    void updateButtons();
    void chooseCsvFile();

    DeskContext m_context;
    QList<Complaint> m_complaints;
    QString m_loadError;
    QDate m_shownOn; // the day overdue marks were worked out for
    int m_overdue = 0;
    int m_answeredLate = 0;

    HeadingLabel *m_titleLabel;
    QLabel *m_summaryLabel;
    PeriodSelector *m_period;
    QCheckBox *m_openOnly;
    QLabel *m_countLabel;
    QLabel *m_overdueLabel;
    QStackedWidget *m_viewStack;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QLabel *m_emptyLabel;
    QPushButton *m_registerButton;
    QPushButton *m_editButton;
    QLabel *m_exportLabel;
    QLabel *m_languageLabel;
    QComboBox *m_languageCombo;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
    QPushButton *m_csvButton;
    QTimer *m_dayTimer;
};
