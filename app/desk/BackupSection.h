#pragma once

#include <QGroupBox>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Settings > Backups: the folder of the automatic daily backup and how many days of copies are
// kept (BackupController's remembered settings), saved as soon as they change.
class BackupSection : public QGroupBox
{
    Q_OBJECT
public:
    explicit BackupSection(QString storePath, QWidget *parent = nullptr);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void chooseFolder();
    void saveFolder();

    QString m_storePath;
    QFormLayout *m_form;
    QLabel *m_folderCaption;
    QLineEdit *m_folderEdit;
    QPushButton *m_chooseButton;
    QLabel *m_daysCaption;
    QSpinBox *m_daysSpinBox;
    QLabel *m_hintLabel;
};
