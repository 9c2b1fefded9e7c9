#pragma once

#include "common/DeskContext.h"
#include "domain/Application.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

// Issue 13 item 4: the fields of an application a clerk may correct (ApplicationStore's
// applyCorrection): the applicant's address and settlement, phones, e-mail, language, the
// category with its document. Everything else — the child, the applicant's name and IIN, the
// filing time — is shown, not edited: a change of category keeps the filing date (RULES 3.3).
// Saving goes through ApplicationStore::correctApplication; a refusal is shown and loses nothing.
class CorrectApplicationDialog : public QDialog
{
    Q_OBJECT
public:
    CorrectApplicationDialog(const DeskContext &context, const Application &application, QWidget *parent = nullptr);

    // The application as typed now (the stored one with the edited fields).
    Application edited() const;
    // After a successful save: the application as stored.
    std::optional<Application> corrected() const { return m_corrected; }

public slots:
    // Corrects in the store; closes the dialog on success, else shows the first problem.
    bool save();

private:
    DeskContext m_context;
    Application m_original;
    std::optional<Application> m_corrected;

    QLineEdit *m_address = nullptr;
    QLineEdit *m_settlement = nullptr;
    QLineEdit *m_phone1 = nullptr;
    QLineEdit *m_phone2 = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_documentType = nullptr;
    QLineEdit *m_documentNumber = nullptr;
    QLineEdit *m_documentIssuer = nullptr;
    QLineEdit *m_documentDate = nullptr;
    QLabel *m_error = nullptr;
};
