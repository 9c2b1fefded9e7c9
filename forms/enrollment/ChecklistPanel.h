#pragma once

#include "common/DeskContext.h"
#include "domain/Checklist.h"
#include "domain/Direction.h"
#include "domain/Expected.h"

#include <QDate>
#include <QGroupBox>
#include <QList>

class QCheckBox;
class QLabel;
class QLineEdit;

// The document checklist of one service (RULES 6.2): the six items with the form each comes in
// through the channel, item 6 only for a child with special educational needs, the emergency
// deferral of items 4-6, the certificate of health's issue date and the contract date it is
// checked against (RULES 34.1), the child's IIN as presented, and a live list of what stands in
// the way of a contract with the refusal ground each leads to (Checklists::evaluate).
class ChecklistPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ChecklistPanel(const DeskContext &context, QWidget *parent = nullptr);

    // A new service: the direction it is for, the kindergarten's id (from its profile), the
    // channel, the checklist so far (a saved one, or empty) and the contract date (today).
    void setService(const Direction &direction, const QString &kindergartenId, const Checklist &checklist,
                    const QDate &contractDate);
    void setChannel(ServiceChannel channel);
    // Read-only after the result, or before the service starts.
    void setEditable(bool editable);

    // What is ticked and typed now.
    Checklist checklist() const;
    // Invalid when not typed in full.
    QDate contractDate() const;
    QString presentedChildIin() const;
    // Checklists::evaluate of the above (calendar errors as the Issue).
    const Expected<ChecklistEvaluation> &evaluation() const { return m_evaluation; }
    bool isComplete() const;

    QCheckBox *itemCheck(ChecklistItem item) const;
    QLabel *findingsLabel() const { return m_findingsLabel; }

signals:
    // The clerk changed something; evaluation() is up to date.
    void checklistChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct ItemRow
    {
        ChecklistItem item;
        QCheckBox *check = nullptr;
        QLabel *name = nullptr; // wraps, unlike a check box's own text; a click on it ticks too
        QLabel *form = nullptr;
        QLabel *state = nullptr;
    };

    void retranslateUi();
    void reevaluate();
    void showItemStates();
    void showFindings();
    void changed();

    DeskContext m_context;
    Direction m_direction;
    QString m_kindergartenId;
    ServiceChannel m_channel = ServiceChannel::Office;
    bool m_editable = false;
    bool m_loading = false;
    Expected<ChecklistEvaluation> m_evaluation = ChecklistEvaluation{};

    QList<ItemRow> m_items;
    QCheckBox *m_deferralCheck;
    QLabel *m_certificateDateLabel;
    QLineEdit *m_certificateDateEdit;
    QLabel *m_contractDateLabel;
    QLineEdit *m_contractDateEdit;
    QLabel *m_childIinLabel;
    QLineEdit *m_childIinEdit;
    QLabel *m_noteLabel;
    QLineEdit *m_noteEdit;
    QLabel *m_findingsTitle;
    QLabel *m_findingsLabel;
};
