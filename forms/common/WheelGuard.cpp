#include "common/WheelGuard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QPointer>
#include <QWheelEvent>

namespace {

QPointer<WheelGuard> &installedGuard()
{
    static QPointer<WheelGuard> guard;
    return guard;
}

// The widgets whose value a wheel turn changes: combo boxes and spin boxes (QDateEdit and
// QTimeEdit are spin boxes too).
bool changesOnWheel(const QObject *object)
{
    return qobject_cast<const QComboBox *>(object) || qobject_cast<const QAbstractSpinBox *>(object);
}

bool hasKeyboardFocus(const QWidget *widget)
{
    const QWidget *focused = QApplication::focusWidget();
    return focused && (focused == widget || widget->isAncestorOf(focused));
}

// The nearest scroll area that shows `widget`, or nullptr.
QAbstractScrollArea *scrollAreaBehind(QWidget *widget)
{
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto area = qobject_cast<QAbstractScrollArea *>(parent); area && area->viewport()->isAncestorOf(widget))
            return area;
        if (parent->isWindow())
            break;
    }
    return nullptr;
}

} // namespace

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
}

void WheelGuard::install()
{
    auto application = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!application || installedGuard())
        return;
    installedGuard() = new WheelGuard(application);
    application->installEventFilter(installedGuard());
}

bool WheelGuard::isInstalled()
{
    return !installedGuard().isNull();
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Polish:
        // Every widget is polished once before it is first shown: the one place to change the
        // focus policy of all of them, whoever created them.
        if (changesOnWheel(watched)) {
            auto widget = static_cast<QWidget *>(watched);
            if (widget->focusPolicy() == Qt::WheelFocus)
                widget->setFocusPolicy(Qt::StrongFocus);
        }
        break;
    case QEvent::Wheel: {
        if (!changesOnWheel(watched))
            break;
        auto widget = static_cast<QWidget *>(watched);
        if (hasKeyboardFocus(widget))
            break;
        auto wheel = static_cast<QWheelEvent *>(event);
        if (QAbstractScrollArea *area = scrollAreaBehind(widget)) {
            // The page scrolls as if the widget were not there. Sent to the viewport directly:
            // Qt does not pass a synthesized wheel event on to the parents.
            QWidget *viewport = area->viewport();
            const QPointF position = widget->mapTo(viewport, wheel->position());
            QWheelEvent forwarded(position, wheel->globalPosition(), wheel->pixelDelta(), wheel->angleDelta(),
                                  wheel->buttons(), wheel->modifiers(), wheel->phase(), wheel->inverted(),
                                  wheel->source());
            QCoreApplication::sendEvent(viewport, &forwarded);
        }
        // Never to the widget itself.
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
