#include "common/PhoneEdit.h"

#include "domain/ApplicationValidation.h"
#include "domain/Digits.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>

PhoneEdit::PhoneEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setInputMask(QStringLiteral("(999) 999-99-99;_"));
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("(000) 000-00-000")) * 3 / 2);
}

QString PhoneEdit::digits() const
{
    return Digits::of(text());
}

void PhoneEdit::setNumber(const QString &number)
{
    const QString e164 = normalizeMobileNumber(number);
    setText(e164.isEmpty() ? Digits::of(number) : e164.mid(2));
}

bool PhoneEdit::startsNumber() const
{
    QString left = text();
    if (hasSelectedText())
        left.remove(selectionStart(), selectedText().size());
    return Digits::of(left).isEmpty();
}

void PhoneEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        // "+7 701 765 43 21", "87017654321": the mask alone would keep the country code and drop
        // the last digit.
        if (const QString e164 = normalizeMobileNumber(QGuiApplication::clipboard()->text()); !e164.isEmpty()) {
            setNumber(e164);
            emit textEdited(text());
            event->accept();
            return;
        }
    }
    const QString typed = event->text();
    if (typed.size() == 1 && (typed.front().isSpace() || QStringLiteral("()-.").contains(typed.front()))) {
        // The mask draws the groups itself; a space the clerk types between them would jump
        // the cursor to the mask's next space and leave blanks behind.
        event->accept();
        return;
    }
    if (typed.size() == 1 && startsNumber()) {
        // A Kazakhstan number never starts with 8 or with the country code: what comes first is
        // the prefix a caller dials, not a digit of the number.
        const QChar c = typed.front();
        const bool prefix = c == u'+' || (c == u'8' && !m_plusTyped) || (c == u'7' && m_plusTyped);
        if (prefix) {
            m_plusTyped = c == u'+';
            if (hasSelectedText())
                del(); // the key replaces the selection, as any key would
            event->accept();
            return;
        }
    }
    if (!typed.isEmpty())
        m_plusTyped = false;
    QLineEdit::keyPressEvent(event);
}
