#pragma once

#include <QUrl>
#include <QWidget>

class QTextBrowser;
class QToolButton;

// The user guide (issue 13 item 6): short task-oriented HTML pages in Kazakh and Russian, built
// into the program (resources/help, Qt resource prefix /help), shown in a window of its own that
// stays open beside the desk (non-modal), with Back / Forward / Contents, and that remembers its
// size (QSettings "helpBrowser/geometry").
//
// A page is named by its desk area's code ("queue", "enrollment", ... as DeskAreas::code) or
// "index" (the first day at the desk). There is no English guide: the English interface shows the
// Russian one, the other language of the kindergartens' paperwork.
class HelpBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit HelpBrowser(QWidget *parent = nullptr);
    ~HelpBrowser() override;

    // The guide's page in the language ("kk", "ru"; any other code reads the Russian guide); a page
    // the guide does not have opens the contents instead.
    static QUrl pageUrl(const QString &page, const QString &languageCode);

    void showPage(const QString &page, const QString &languageCode);
    QUrl source() const;
    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void saveGeometry() const;

    QTextBrowser *m_browser;
    QToolButton *m_backButton;
    QToolButton *m_forwardButton;
    QToolButton *m_contentsButton;
    QString m_language;
};
