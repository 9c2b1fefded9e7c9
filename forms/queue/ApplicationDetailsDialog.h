#pragma once

#include <QDialog>

#include <memory>

class Database;
class QFormLayout;
class QTableWidget;
struct Application;

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
    QTableWidget *historyTable() const { return m_historyTable; }

    // The journal's event codes in words, in the current UI language.
    static QString eventLabel(const QString &event);

private:
    void showApplication(const Application &application, int queueNumber);
    void showHistory(const QString &applicationId);

    std::shared_ptr<Database> m_store;
    QTableWidget *m_historyTable;
    bool m_found = false;
};
