#pragma once

// Small helpers shared by the GUI tests: valid IINs for test people and typing text as a clerk's
// keyboard would deliver it.

#include "domain/Account.h"
#include "domain/Iin.h"

#include <QDate>
#include <QString>
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

} // namespace GuiTestHelpers
