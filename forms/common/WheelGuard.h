#pragma once

#include <QObject>

// The mouse wheel never changes a combo box, spin box or date edit that the pointer merely
// passes over while the clerk scrolls a page (issue 13 item 5): one application-wide event
// filter, installed once by the desk (DeskApplication) and by the GUI tests, instead of code in
// every form. A wheel turned over such a widget without keyboard focus scrolls the scroll area
// behind it; once the clerk has clicked or tabbed into it, the wheel changes it as usual. Such
// widgets get Qt::StrongFocus (instead of Qt's WheelFocus), so the wheel alone never focuses
// them but a click still does.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Installs the one filter on the running QApplication; later calls do nothing.
    static void install();
    // Whether install() has run for this application (test seam).
    static bool isInstalled();

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent);
};
