#pragma once

#include "common/DeskContext.h"
#include "common/FieldRow.h"
#include "domain/Issue.h"
#include "domain/Place.h"

#include <QDialog>
#include <QList>
#include <QSet>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;

// "Publish a place" (RULES 2.3, 4.1): every attribute of a free place - the group and the age
// period it admits (two birth dates), the language, the group type, the working mode, the admission
// mode, whether the days of attending are restricted, the day admission starts; the last day only
// for a temporary-stay place, the day it was actually freed only for an early-booking one.
// Problems show next to their field as they are typed (Places::validate); a refused publish loses
// nothing.
class PlaceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PlaceDialog(const DeskContext &context, QWidget *parent = nullptr);
    ~PlaceDialog() override;

    // The place as typed now (a new id, this kindergarten).
    Place place() const;
    Issues currentIssues() const;
    // The message shown next to the field for an issue of the place.
    static QString issueText(const Issue &issue);
    // After a successful publish: the place as published.
    std::optional<Place> publishedPlace() const { return m_published; }

public slots:
    // Validates and publishes (PlaceStore::publish); closes the dialog on success. Refuses while
    // there are errors, showing them all and focusing the first field in error.
    bool publish();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void changed(Field field);
    void admissionModeChanged();
    void validateNow();
    void showIssues();

    DeskContext m_context;
    QString m_placeId;
    QString m_kindergartenId;
    std::optional<Place> m_published;

    QGridLayout *m_grid = nullptr;
    QList<FieldRow> m_rows;
    QLineEdit *m_group = nullptr;
    QWidget *m_period = nullptr;
    QLineEdit *m_birthFrom = nullptr;
    QLabel *m_periodDash = nullptr;
    QLineEdit *m_birthTo = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_groupType = nullptr;
    QComboBox *m_workingMode = nullptr;
    QComboBox *m_admissionMode = nullptr;
    QLineEdit *m_temporaryUntil = nullptr;
    QLineEdit *m_freedOn = nullptr;
    QCheckBox *m_restricted = nullptr;
    QLineEdit *m_attendanceNote = nullptr;
    QLineEdit *m_startsOn = nullptr;
    QLabel *m_failureLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Issues m_issues;
    QSet<int> m_touched;
    bool m_showAllIssues = false;
};
