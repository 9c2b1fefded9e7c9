#pragma once

#include <QDialog>

#include "domain/Application.h"
#include "sync/DeskExplanation.h"

#include <memory>
#include <optional>

class Database;
class QFormLayout;
class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QNetworkReply;
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
    // Once answered, the answer on paper for the parent (ExplanationDocument) in the language
    // chosen: printed or saved as PDF, each recorded in the audit with the reader.
    QComboBox *whyLanguageBox() const { return m_whyLanguage; }
    QPushButton *printWhyButton() const { return m_printWhyButton; }
    QPushButton *saveWhyButton() const { return m_saveWhyButton; }

    // With a server connection: what the queue server sent the parent about this application and
    // whether it arrived (GET /api/v1/notifications), in messagesTable() once answered.
    QPushButton *messagesButton() const { return m_messagesButton; }
    QLabel *messagesLabel() const { return m_messagesLabel; }
    QTableWidget *messagesTable() const { return m_messagesTable; }

    // The journal's event codes in words, in the current UI language.
    static QString eventLabel(const QString &event);
    // One line of the history in words: the event, its detail from the entry (the stage, the
    // contract's number, a date) and the direction it concerns.
    static QString eventText(const ApplicationEvent &event);

private:
    void showApplication(const Application &application, int queueNumber);
    void showHistory(const QString &applicationId);
    // GET endpoint?application=ID on the configured server with the desk's token; nullptr without one.
    QNetworkReply *askServer(const QString &endpoint);
    void askWhy();
    void askMessages();
    void printWhy(bool pdf);

    std::shared_ptr<Database> m_store;
    QTableWidget *m_historyTable;
    QPushButton *m_whyButton = nullptr;
    QLabel *m_whyLabel = nullptr;
    QPushButton *m_messagesButton = nullptr;
    QLabel *m_messagesLabel = nullptr;
    QTableWidget *m_messagesTable = nullptr;
    QComboBox *m_whyLanguage = nullptr;
    QPushButton *m_printWhyButton = nullptr;
    QPushButton *m_saveWhyButton = nullptr;
    std::optional<DeskExplanation> m_answer;
    std::optional<Application> m_application;
    QString m_reader;
    QNetworkAccessManager *m_network = nullptr;
    QString m_applicationId;
    QString m_shownId;
    bool m_found = false;
};
