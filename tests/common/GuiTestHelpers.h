#pragma once

// Small helpers shared by the GUI tests: valid IINs for test people, typing text as a clerk's
// keyboard would deliver it, and the Alt+letters two widgets of one window share.

#include "domain/Account.h"
#include "domain/Iin.h"

#include <QAbstractButton>
#include <QAction>
#include <QDate>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMultiMap>
#include <QString>
#include <QStringList>
#include <QTabBar>
#include <QTest>
#include <QWidget>

namespace GuiTestHelpers {

// RULES 9: a valid IIN for a birth date and sex: YYMMDD, the century-and-sex digit, a serial and
// the check digit. Serials whose 11 digits have no check digit are skipped.
inline QString makeIin(const QDate &birthDate, Iin::Sex sex, int serial)
{
    const int centuryDigit = (birthDate.year() >= 2000 ? 5 : 3) + (sex == Iin::Sex::Female ? 1 : 0);
    for (;; ++serial) {
        const QString eleven = birthDate.toString(QStringLiteral("yyMMdd")) + QString::number(centuryDigit)
                               + QStringLiteral("%1").arg(serial % 10000, 4, 10, QLatin1Char('0'));
        const int check = Iin::checkDigit(eleven);
        if (check >= 0)
            return eleven + QString::number(check);
    }
}

// Types any text, Kazakh letters included, into the widget key by key (QTest::keyClicks only
// types Latin-1).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// The person signed in at a test's desk (DESIGN 9): an administrator unless a test needs less.
inline Account testUser(Role role = Role::Administrator)
{
    Account account;
    account.login = QStringLiteral("aigerim");
    account.name = QStringLiteral("Айгерім Сейітқызы");
    account.role = role;
    return account;
}

// Keyboard first: within one window, each Alt+letter belongs to one widget only. Two on one letter
// make Alt+letter move the focus between them instead of pressing the button. The widgets that take
// an Alt+letter from the & in their text (Qt grabs a shortcut for each): buttons of every kind
// (push buttons, a QDialogButtonBox's, check boxes, radio buttons, tool buttons), labels with a
// buddy, group box titles (a checkable one is ticked, another gives its first field the focus),
// tabs, and the menu bar's menus when a menu bar is given. Widgets on screen within `root` count,
// scrolled out of sight too (their Alt+letter still works); those of another window (a dialog
// parented to a page) do not. Disabled ones count too, though Qt passes a disabled button over
// (Alt+letter presses the enabled one at once): buttons are enabled and disabled on one screen as
// the clerk works (the stages, Admit, Refuse), and a label whose field is disabled still takes its
// letter (the label owns the shortcut), so that the other widget on it no longer answers. The
// letters are the translators' (&), so the check is made in each language. Returns one line per
// shared letter: "where: widget 'text', widget 'text'".
inline QStringList mnemonicClashes(QWidget *root, const QString &where, const QMenuBar *menuBar = nullptr)
{
    QMultiMap<int, QString> keys;
    const auto add = [&keys](const QString &text, const QString &what) {
        if (const QKeySequence key = QKeySequence::mnemonic(text); !key.isEmpty())
            keys.insert(key[0].toCombined(), what + QStringLiteral(" '") + text + QLatin1Char('\''));
    };
    const auto counts = [root](const QWidget *widget) {
        return widget->isVisible() && widget->window() == root->window();
    };
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>())
        if (counts(button))
            add(button->text(), QStringLiteral("button"));
    for (const QLabel *label : root->findChildren<QLabel *>())
        if (counts(label) && label->buddy())
            add(label->text(), QStringLiteral("label"));
    for (const QGroupBox *group : root->findChildren<QGroupBox *>())
        if (counts(group))
            add(group->title(), QStringLiteral("group"));
    if (auto group = qobject_cast<const QGroupBox *>(root))
        add(group->title(), QStringLiteral("group"));
    for (const QTabBar *tabs : root->findChildren<QTabBar *>())
        if (counts(tabs))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), QStringLiteral("tab"));
    if (menuBar)
        for (const QAction *menu : menuBar->actions())
            add(menu->text(), QStringLiteral("menu"));
    QStringList clashes;
    for (const int key : keys.uniqueKeys())
        if (keys.count(key) > 1)
            clashes << where + QStringLiteral(": ") + QStringList(keys.values(key)).join(QStringLiteral(", "));
    return clashes;
}

} // namespace GuiTestHelpers
