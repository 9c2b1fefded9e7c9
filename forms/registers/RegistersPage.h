#pragma once

#include "DocumentLanguage.h"
#include "common/DeskContext.h"
#include "domain/Expected.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class HeadingLabel;
class PeriodSelector;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTableView;

// The registers of issue 4 item 9 for a period: contracts signed, reasoned refusals with their
// grounds, and service times (each clock of Appendix 4 in minutes, the ones over their limit
// marked). Each tab prints (RegisterDocument, in Kazakh or Russian) and exports to CSV
// (Registers::toCsv).
class RegistersPage : public QWidget
{
    Q_OBJECT
public:
    enum class Tab { Contracts, Refusals, ServiceTimes };

    explicit RegistersPage(const DeskContext &context, QWidget *parent = nullptr);
    ~RegistersPage() override;

    PeriodSelector *period() const { return m_period; }
    Tab currentTab() const;
    void setCurrentTab(Tab tab);
    QStandardItemModel *model(Tab tab) const;

    // A tab's table as shown (UI language): what its CSV file holds.
    QStringList csvHeader(Tab tab) const;
    QList<QStringList> csvRows(Tab tab) const;
    Status exportCsv(Tab tab, const QString &path) const;
    // A tab's printed register for the period as a PDF.
    Status writePdf(Tab tab, DocumentLanguage language, const QString &path) const;

public slots:
    // Reads the period again, keeping each table's selected row and scroll position.
    void reload();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // DeskContext's StoreChanges: reload when shown (a hidden page reads on showing).
    void storeChanged();

    struct TabPage
    {
        QStandardItemModel *model = nullptr;
        QTableView *table = nullptr;
        QLabel *empty = nullptr;
        QStackedWidget *stack = nullptr;
        QString error;
    };

    void retranslateUi();
    void setHeaders();
    void fillContracts();
    void fillRefusals();
    void fillServiceTimes();
    void showState(Tab tab);
    // Every column at least its longest word and its heading on three lines; too wide for the
    // view, the columns with more text give up room and wrap, so nothing scrolls sideways.
    void fitColumns(Tab tab);
    void chooseCsvFile();
    const TabPage &page(Tab tab) const { return m_pages[int(tab)]; }
    TabPage &page(Tab tab) { return m_pages[int(tab)]; }

    DeskContext m_context;

    HeadingLabel *m_titleLabel;
    QLabel *m_summaryLabel;
    PeriodSelector *m_period;
    QTabWidget *m_tabs;
    TabPage m_pages[3];
    QLabel *m_statusLabel;
    QLabel *m_languageLabel;
    QComboBox *m_languageCombo;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
    QPushButton *m_csvButton;
    bool m_shownOnce = false;
};
