#pragma once

#include <QDialog>

#include <memory>

class Database;
class QFormLayout;
class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QTableWidget;
struct Application;
struct ApplicationEvent;

// One application read-only: every field of Appendix 1 (RULES 3.1), its place in the queue and
// its history from the journal (RULES def. 2), oldest entry first.
class ApplicationDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    // queueNumber: the number the queue view showed (0 when not queued).
    ApplicationDetailsDialog(std::shared_ptr<Database> store, const QString &applicationId, int queueNumber,
                             QWidget *parent = nullptr);
    ~ApplicationDetailsDialog() override;

    bool found() const { return m_found; }
    // DESIGN 9: the audit journal records that reader saw this child's personal data, now. A
    // failed write is shown in the dialog: a read that cannot be recorded is not hidden.
    void recordViewedBy(const QString &reader);
    QTableWidget *historyTable() const { return m_historyTable; }
    // "Why not yet?" (issue 12 item 3): present when the desk is connected to a queue server and
    // the application waits; the answer fills whyLabel().
    QPushButton *whyButton() const { return m_whyButton; }
    QLabel *whyLabel() const { return m_whyLabel; }

    // The journal's event codes in words, in the current UI language.
    static QString eventLabel(const QString &event);
    // One line of the history in words: the event, its detail from the entry (the stage, the
    // contract's number, a date) and the direction it concerns.
    static QString eventText(const ApplicationEvent &event);

private:
    void showApplication(const Application &application, int queueNumber);
    void showHistory(const QString &applicationId);
    void askWhy();

    std::shared_ptr<Database> m_store;
    QTableWidget *m_historyTable;
    QPushButton *m_whyButton = nullptr;
    QLabel *m_whyLabel = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QString m_applicationId;
    QString m_shownId;
    bool m_found = false;
};
