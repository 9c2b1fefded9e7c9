#pragma once

#include <QDialog>

class HeadingLabel;
class QDialogButtonBox;
class QLabel;

// Help > About: what Qabyldau is, its version and the Qt it runs on. Translates itself when the
// UI language changes while it is open.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    HeadingLabel *m_nameLabel;
    QLabel *m_versionLabel;
    QLabel *m_descriptionLabel;
    QLabel *m_offlineLabel;
    QLabel *m_qtLabel;
    QDialogButtonBox *m_buttons;
};
