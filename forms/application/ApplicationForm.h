#pragma once

#include "domain/Application.h"
#include "domain/Clock.h"
#include "domain/Expected.h"
#include "domain/Issue.h"
#include "settings/RuleSettings.h"

#include <QList>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class CategoryListModel;
class Database;
class HeadingLabel;
class QCheckBox;
class QComboBox;
class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTimer;

// The Appendix 1 application (RULES 3.1) as a clerk fills it in for a parent at the desk: the
// fields in the order of the paper form, each problem shown next to its field as the clerk types
// (errors red, warnings amber), registration in one transaction (ApplicationStore) and the
// provisional queue number (RULES 3.3) once it is saved. A refused save keeps every typed value.
class ApplicationForm : public QWidget
{
    Q_OBJECT
public:
    explicit ApplicationForm(std::shared_ptr<Database> database, QWidget *parent = nullptr);
    ~ApplicationForm() override;

    // Test seam; the desk uses the system clock.
    void setClock(std::shared_ptr<const Clock> clock);
    // Who registers (outbox and journal); the system user name until the desk has sign-in.
    void setClerk(const QString &clerk);

    // The application as typed so far (fields that do not apply to the category are left out).
    Application application() const;
    // What validation says about it now, the form's own date checks and the store's
    // one-active-application rule included.
    Issues currentIssues() const;

    // After a successful save: the registered application and its provisional queue number
    // (0 when it could not be computed).
    std::optional<Application> savedApplication() const { return m_saved; }
    int savedQueueNumber() const { return m_savedQueueNumber; }

    // The saved application as a PDF for signature (what "Save as PDF" writes), in Kazakh, or in
    // Russian when that is the UI language (RULES 11).
    Status writePdf(const QString &path) const;

    // Rereads the region's kindergartens (Settings may have changed them); keeps the choices.
    void reloadKindergartens();
    // Rereads the rule settings (read once, not on every validation tick; also when the form is
    // shown) and forgets the last duplicate lookup.
    void reloadSettings();
    // How many times the form looked the child's IIN up in the store (test seam: once per IIN).
    int duplicateLookups() const { return m_duplicateLookups; }

public slots:
    // Validates and registers. Refuses (returns false) while there are errors, focusing the
    // first field in error; nothing typed is lost.
    bool save();
    // Empties the form for the next applicant.
    void clear();
    // "New application": empties the form, after asking (DeskDialogs) when what was typed has
    // not been saved. False when the clerk kept it.
    bool newApplication();

public:
    // Something typed or chosen that is not in the store yet (the prefilled signature date does
    // not count).
    bool hasUnsavedInput() const;

signals:
    void applicationRegistered(const QString &applicationId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // One line of the form: its caption, its input and the label for its problems.
    struct Row
    {
        Field field = Field::None;
        QLabel *caption = nullptr;
        QWidget *input = nullptr;
        QLabel *issue = nullptr;
        bool secondPhone = false;
    };
    enum class Result { None, Saved, Duplicate, Failed };

    void buildUi();
    QLineEdit *addLineEdit(QGroupBox *group, Field field, const QString &objectName);
    QLineEdit *addDateEdit(QGroupBox *group, Field field, const QString &objectName);
    void addRow(QGroupBox *group, Field field, QWidget *input, const QString &objectName,
                bool secondPhone = false);
    void retranslateUi();
    void fillKindergartenCombos();
    void proposeFromChildIin();
    void updateDocumentFields();
    void scheduleValidation();
    // The clerk worked on the field; changed: its value changed (not only left).
    void touch(Field field, bool changed);
    void validateNow();
    void showIssues();
    void showResult();
    void openExisting();
    void printApplication();
    void saveApplicationPdf();
    RuleSettings ruleSettings() const;
    const Row *rowFor(const Issue &issue) const;
    static QDate dateFrom(const QLineEdit *edit);

    std::shared_ptr<Database> m_database;
    std::shared_ptr<const Clock> m_clock;
    QString m_clerk;

    QList<Row> m_rows; // in tab order, which is the order of the paper form
    QList<QGroupBox *> m_groups;
    HeadingLabel *m_titleLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QScrollArea *m_scrollArea = nullptr;
    QGroupBox *m_applicantGroup = nullptr;
    QGroupBox *m_childGroup = nullptr;
    QGroupBox *m_categoryGroup = nullptr;
    QGroupBox *m_wishesGroup = nullptr;
    QGroupBox *m_notificationGroup = nullptr;
    QGroupBox *m_signatureGroup = nullptr;

    QLineEdit *m_applicantSurname = nullptr;
    QLineEdit *m_applicantName = nullptr;
    QLineEdit *m_applicantPatronymic = nullptr;
    QLineEdit *m_applicantIin = nullptr;
    QLineEdit *m_applicantAddress = nullptr;
    QLineEdit *m_settlement = nullptr;
    QLineEdit *m_childSurname = nullptr;
    QLineEdit *m_childName = nullptr;
    QLineEdit *m_childPatronymic = nullptr;
    QLineEdit *m_childIin = nullptr;
    QLineEdit *m_childBirthDate = nullptr;
    QComboBox *m_childSex = nullptr;
    QComboBox *m_category = nullptr;
    CategoryListModel *m_categoryModel = nullptr;
    QLineEdit *m_documentType = nullptr;
    QLineEdit *m_documentNumber = nullptr;
    QLineEdit *m_documentIssuer = nullptr;
    QLineEdit *m_documentIssueDate = nullptr;
    QList<QComboBox *> m_kindergartens;
    QLabel *m_kindergartenHint = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_phone1 = nullptr;
    QLineEdit *m_phone2 = nullptr;
    QList<QLabel *> m_phonePrefixes;
    QLineEdit *m_email = nullptr;
    QCheckBox *m_consent = nullptr;
    QLabel *m_consentText = nullptr;
    QLineEdit *m_signatureDate = nullptr;

    QFrame *m_resultFrame = nullptr;
    QLabel *m_resultLabel = nullptr;
    QPushButton *m_openExistingButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_saveButton = nullptr;

    QTimer *m_validationTimer = nullptr;
    Issues m_issues;
    QSet<int> m_touched; // Field values the clerk has edited or left
    bool m_showAllIssues = false;
    // The birth date and sex were filled in from the child's IIN, not typed: a new IIN may
    // replace them.
    bool m_birthDateProposed = true;
    bool m_sexProposed = true;
    bool m_clearing = false;

    Result m_result = Result::None;
    std::optional<Application> m_saved;
    int m_savedQueueNumber = 0;
    std::optional<Application> m_existing;
    std::optional<Issue> m_failure;

    RuleSettings m_settings;
    // The last one-active-application lookup (RULES 3.2): for which IIN, and the application found.
    struct DuplicateLookup
    {
        QString iin;
        QString existingId;
    };
    mutable std::optional<DuplicateLookup> m_duplicateLookup;
    mutable int m_duplicateLookups = 0;
};
