#pragma once

#include "sync/SyncStore.h"

#include <QDialog>

#include <memory>

class Database;
class QLabel;
class QTableWidget;

// "Needs attention": the commands the queue server refused for good (SyncStore::rejected()),
// each with what it was, when and by whom it was written, and why it was refused in the clerk's
// words with what to do. A duplicate_child refusal names the application the region already
// holds, and opens it when this desk has it.
class NeedsAttentionDialog : public QDialog
{
    Q_OBJECT
public:
    NeedsAttentionDialog(std::shared_ptr<Database> store, QList<RejectedCommand> rejected, QWidget *parent = nullptr);

    // The command type in words ("Registration of an application", ...).
    static QString typeName(const QString &type);
    // The reason for a stable rejection code (docs/api.md), with what to do; an unknown code
    // gives the server's own message.
    static QString reason(const RejectedCommand &command);

    QTableWidget *table() const { return m_table; }

private:
    void openExisting(int row);

    std::shared_ptr<Database> m_store;
    QList<RejectedCommand> m_rejected;
    QLabel *m_emptyLabel;
    QTableWidget *m_table;
};
