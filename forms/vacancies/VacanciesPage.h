#pragma once

#include "BulletinDocument.h"
#include "DocumentLanguage.h"
#include "common/DeskContext.h"
#include "domain/Expected.h"
#include "store/PlaceStore.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

class HeadingLabel;
class PlaceDialog;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

// The Vacancies area (RULES 2.3, 4.1): this kindergarten's free places with their group, birth
// period, language, mode, start date, status and the direction that holds one; filtered by status
// (remembered, QSettings "vacancies/statusFilter"). Publish a place, mark an early-booking place
// actually freed, withdraw a place no direction holds (each a command synced to the server), and
// print the daily bulletin of freed or withdrawn places (RULES 2.4, 2.9) in Kazakh or Russian.
class VacanciesPage : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        GroupColumn,
        BornColumn,
        LanguageColumn,
        ModeColumn,
        StartsColumn,
        StatusColumn,
        DirectionColumn,
        ColumnCount
    };

    explicit VacanciesPage(const DeskContext &context, QWidget *parent = nullptr);
    ~VacanciesPage() override;

    QStandardItemModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The places shown, in the table's order.
    const QList<StoredPlace> &places() const { return m_places; }
    // Shows only places of this status (nothing: all) and remembers the choice.
    void setStatusFilter(std::optional<PlaceStatus> status);
    std::optional<PlaceStatus> statusFilter() const;
    QString resultText() const;

    // Opens the publish dialog (the button does the same); the list reloads when it publishes.
    PlaceDialog *publishPlace();
    // The selected place, marked freed on `freedOn` / withdrawn (the buttons ask first).
    Status markFreed(const QDate &freedOn);
    Status withdraw();
    // The bulletin chosen below the table (kind, day, language) as a PDF (the tests' way; the
    // desk goes through the print preview or "Save as PDF").
    Status writeBulletinPdf(const QString &path) const;
    void setBulletin(BulletinKind kind, const QDate &day, DocumentLanguage language);

public slots:
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillTable();
    void updateButtons();
    std::optional<StoredPlace> selectedPlace() const;
    void askFreedOn();
    void askWithdraw();
    Expected<BulletinDocumentData> bulletinData() const;
    void printBulletin(bool pdf);
    void showResult(const QString &text, bool error);

    DeskContext m_context;
    QList<StoredPlace> m_places;
    QString m_loadError;

    HeadingLabel *m_titleLabel;
    QLabel *m_summaryLabel;
    QLabel *m_filterLabel;
    QComboBox *m_filterCombo;
    QLabel *m_countLabel;
    QStackedWidget *m_viewStack;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QLabel *m_emptyLabel;
    QPushButton *m_publishButton;
    QPushButton *m_freedButton;
    QPushButton *m_withdrawButton;
    QLabel *m_resultLabel;
    QLabel *m_bulletinLabel;
    QComboBox *m_bulletinKind;
    QLabel *m_dayLabel;
    QLineEdit *m_bulletinDay;
    QLabel *m_languageLabel;
    QComboBox *m_languageCombo;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
};
