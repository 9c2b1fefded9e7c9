#pragma once

#include "common/DeskContext.h"
#include "domain/Direction.h"
#include "domain/Enrollment.h"
#include "domain/Expected.h"
#include "domain/ServiceSession.h"
#include "settings/RuleSettings.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class ChecklistPanel;
struct ReceiptDocumentData;
class ContractDialog;
class HeadingLabel;
class QComboBox;
class QFrame;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTimer;
class RefusalDialog;

// The Enrollment area (RULES 6): a parent comes with a direction and leaves within 30 minutes with
// a contract or a reasoned refusal. The clerk types or scans the direction's number (or the
// child's IIN), sees the direction plainly with its validity, starts the service (office hours;
// the portal's next working day), records its stages under the three clocks of Appendix 4
// (15 / 15 / 30 minutes, turning to a warning when exceeded), ticks the checklist (saved to the
// store as it changes), prints a receipt, and admits (ContractDialog) or refuses (RefusalDialog).
// A finished service shows its result and recorded times, and reprints.
class ServicePage : public QWidget
{
    Q_OBJECT
public:
    explicit ServicePage(const DeskContext &context, QWidget *parent = nullptr);
    ~ServicePage() override;

    std::optional<Direction> direction() const { return m_direction; }
    std::optional<ServiceSession> session() const { return m_session; }
    ChecklistPanel *checklistPanel() const { return m_checklist; }
    // The dialog opened by "Admit…" / "Refuse…" / "Reprint…" while it is open (tests drive it).
    ContractDialog *contractDialog() const;
    RefusalDialog *refusalDialog() const;
    // The receipt of documents as a PDF (what "Receipt PDF…" writes), in the UI's document language.
    Status writeReceiptPdf(const QString &path) const;

public slots:
    // Opens the direction with this number, or the latest one of the child with this IIN.
    bool openDirection(const QString &numberOrIin);
    // "Start service" (channel from the page), "Taking documents", "Documents handed in".
    Status startService();
    Status recordStage(ServiceStage stage);
    // Reads the clock and shows the three clocks (each second while a service runs).
    void refreshClocks();
    // "Admit…" and "Refuse…": open the dialog (not waiting for it).
    void admit();
    void refuse();

signals:
    // A contract or a refusal was recorded for this direction (the Directions area reloads).
    void resultRecorded(const QString &directionNumber);
    // The notice's button: this kindergarten's details are to be filled in Settings.
    void settingsRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void showDirection();
    void showSession();
    void showResult();
    void updateButtons();
    void showMessage(std::function<QString()> text, bool error);
    void checklistChanged();
    void saveChecklist();
    bool completeStagesBeforeResult();
    void reloadAfterResult();
    void printReceipt();
    void saveReceiptPdf();
    // After a print or a saved PDF of the receipt: AuditTrail, by the clerk; a failure is shown.
    void auditReceipt(const ReceiptDocumentData &content);
    void reprint();
    QString kindergartenId() const;
    // Shows the notice while this kindergarten's details are missing or incomplete.
    void updateProfileNotice();

    DeskContext m_context;
    std::optional<Direction> m_direction;
    std::optional<ServiceSession> m_session;
    std::optional<ContractRecord> m_contract;
    std::optional<RefusalRecord> m_refusal;
    // The last action's outcome, written again in the new language after a language change.
    std::function<QString()> m_message;
    bool m_messageIsError = false;
    bool m_checklistDirty = false;
    // The clocks' limits, read once per service rather than each second.
    RuleSettings m_clockSettings;

    HeadingLabel *m_titleLabel;
    QLabel *m_findLabel;
    QLineEdit *m_findEdit;
    QPushButton *m_openButton;
    QLabel *m_messageLabel;
    QFrame *m_profileNotice;
    QLabel *m_profileNoticeLabel;
    QPushButton *m_profileSettingsButton;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QScrollArea *m_scrollArea;

    QGroupBox *m_directionGroup;
    QFormLayout *m_directionForm;
    QList<QLabel *> m_directionCaptions;
    QList<QLabel *> m_directionValues;
    QLabel *m_validityLabel;

    QGroupBox *m_serviceGroup;
    QLabel *m_channelLabel;
    QComboBox *m_channelCombo;
    QPushButton *m_startButton;
    QPushButton *m_takingButton;
    QPushButton *m_handedInButton;
    QLabel *m_stagesLabel;
    QList<QLabel *> m_clockLabels;

    ChecklistPanel *m_checklist;

    QLabel *m_resultLabel;
    QPushButton *m_receiptButton;
    QPushButton *m_receiptPdfButton;
    QPushButton *m_refuseButton;
    QPushButton *m_admitButton;
    QPushButton *m_reprintButton;

    QTimer *m_clockTimer;
    QTimer *m_saveTimer;
    QPointer<ContractDialog> m_contractDialog;
    QPointer<RefusalDialog> m_refusalDialog;
};
