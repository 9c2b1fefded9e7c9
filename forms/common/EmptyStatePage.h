#pragma once

#include <QWidget>

class HeadingLabel;
class QIcon;
class QLabel;

// The page of an area that a later version fills: the area's name, one sentence on what it will
// hold, and an honest note that it is not there yet. The owner sets the title and description
// again on every language change; the note translates itself.
class EmptyStatePage : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStatePage(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setDescription(const QString &description);

    QString title() const;
    QString description() const;
    QString availability() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    HeadingLabel *m_titleLabel;
    QLabel *m_iconLabel;
    QLabel *m_descriptionLabel;
    QLabel *m_availabilityLabel;
};
