#pragma once

#include <QLineEdit>

// The ten digits of a Kazakhstan mobile number, typed as "(701) 765-43-21" after a printed "+7"
// (the country code is the form's, not the clerk's). The clerk's habits are accepted (issue 13
// item 5): the trunk prefix 8 typed first ("8 701 765 43 21") and a "+7" typed first are dropped
// instead of shifting the number, and a number pasted in any usual spelling fills the ten digits
// (normalizeMobileNumber, the rule the stores apply).
class PhoneEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit PhoneEdit(QWidget *parent = nullptr);

    // The digits typed so far (ten in a whole number), without the country code.
    QString digits() const;
    // Shows a number given in any usual spelling; one that is not a Kazakhstan mobile number
    // is shown by its digits as far as they fit.
    void setNumber(const QString &number);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Nothing of the number would be left once the selection is replaced: the key starts it.
    bool startsNumber() const;

    bool m_plusTyped = false; // "+" typed first: the next 7 is the country code
};
