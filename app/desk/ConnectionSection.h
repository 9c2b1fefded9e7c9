#pragma once

#include "sync/SyncEngine.h"
#include "sync/SyncSettings.h"

#include <QGroupBox>

#include <memory>

class Database;
class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QThread;

// Settings -> Connection: the queue server's address and the desk token (SyncSettings), saved
// into the store; "Check connection" asks the server (SyncEngine::checkConnection) on a thread of
// its own, so the window never freezes on a slow network.
class ConnectionSection : public QGroupBox
{
    Q_OBJECT
public:
    explicit ConnectionSection(std::shared_ptr<Database> store, QWidget *parent = nullptr);
    ~ConnectionSection() override;

    SyncConnection connection() const;
    // Empty when the address can be saved; otherwise why not, in words.
    QString urlProblem() const;
    bool isChecking() const;

signals:
    // Saved: the sync engine restarts with it.
    void saved(const SyncConnection &connection);
    void checkFinished(const SyncError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();
    void save();
    void check();

    std::shared_ptr<Database> m_store;
    QFormLayout *m_form;
    QLabel *m_urlCaption;
    QLineEdit *m_urlEdit;
    QLabel *m_urlError;
    QLabel *m_tokenCaption;
    QLineEdit *m_tokenEdit;
    QCheckBox *m_showToken;
    QPushButton *m_saveButton;
    QPushButton *m_checkButton;
    QLabel *m_resultLabel;
    QThread *m_checkThread = nullptr;
};
