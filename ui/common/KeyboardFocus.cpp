#include "KeyboardFocus.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTabWidget>

using namespace Qt::StringLiterals;

void KeyboardFocus::install()
{
    auto* app = QCoreApplication::instance();
    if (!app || app->findChild<KeyboardFocus*>(u"keyboardFocus"_s, Qt::FindDirectChildrenOnly)) {
        return;
    }
    auto* filter = new KeyboardFocus(app);
    filter->setObjectName(u"keyboardFocus"_s);
    app->installEventFilter(filter);
}

bool KeyboardFocus::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress) {
        return false;
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    if (!(key->modifiers() & Qt::ControlModifier) || (key->modifiers() & Qt::AltModifier)
        || (key->key() != Qt::Key_Tab && key->key() != Qt::Key_Backtab)) {
        return false;
    }
    QWidget* focus = QApplication::focusWidget();
    if (!focus || watched != focus) {
        return false;
    }
    const bool backward = key->key() == Qt::Key_Backtab || (key->modifiers() & Qt::ShiftModifier);
    for (QWidget* w = focus->parentWidget(); w && !w->isWindow(); w = w->parentWidget()) {
        if (auto* tabs = qobject_cast<QTabWidget*>(w); tabs && tabs->count() > 1) {
            tabs->setCurrentIndex((tabs->currentIndex() + (backward ? tabs->count() - 1 : 1)) % tabs->count());
            return true;
        }
    }
    QKeyEvent tab(QEvent::KeyPress, backward ? Qt::Key_Backtab : Qt::Key_Tab,
                  backward ? Qt::ShiftModifier : Qt::NoModifier);
    QCoreApplication::sendEvent(focus->window(), &tab);
    return true;
}
