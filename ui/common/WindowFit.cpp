#include "WindowFit.h"

#include <QApplication>
#include <QEvent>
#include <QScreen>
#include <QScrollBar>
#include <QWidget>

namespace {
/// Room kept free for the window's title bar and borders, which Qt only knows after the window is shown (and a
/// pixel or two that a fractional scale factor rounds up).
constexpr int FrameWidth = 20;
constexpr int FrameHeight = 44;
} // namespace

void WindowFit::install()
{
    static WindowFit* filter = nullptr;
    if (!filter) {
        filter = new WindowFit(qApp);
        qApp->installEventFilter(filter);
    }
}

void WindowFit::fitToScreen(QWidget* window)
{
    const QScreen* screen = window->screen();
    if (!screen) {
        return;
    }
    const QRect available = screen->availableGeometry();
    const QSize room(available.width() - FrameWidth, available.height() - FrameHeight);
    const QSize fitted = window->size().boundedTo(room).expandedTo(window->minimumSize());
    if (fitted != window->size()) {
        window->resize(fitted);
    }
    QRect frame = window->frameGeometry();
    frame.setHeight(qMax(frame.height(), fitted.height() + FrameHeight));
    if (!available.contains(frame)) {
        QPoint to = frame.topLeft();
        to.setX(qBound(available.left(), to.x(), qMax(available.left(), available.right() - frame.width() + 1)));
        to.setY(qBound(available.top(), to.y(), qMax(available.top(), available.bottom() - frame.height() + 1)));
        window->move(to);
    }
}

bool WindowFit::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto* widget = static_cast<QWidget*>(watched);
        const Qt::WindowType type = widget->windowType();
        if (widget->isWindow() && (type == Qt::Window || type == Qt::Dialog)) {
            fitToScreen(widget);
        }
    }
    return QObject::eventFilter(watched, event);
}

FormScrollArea::FormScrollArea(QWidget* parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    // Tab goes from field to field, not to the area around them.
    setFocusPolicy(Qt::NoFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QSize FormScrollArea::sizeHint() const
{
    if (!widget()) {
        return QScrollArea::sizeHint();
    }
    const QSize content = widget()->sizeHint();
    return QSize(content.width() + verticalScrollBar()->sizeHint().width(), content.height());
}

QSize FormScrollArea::minimumSizeHint() const
{
    if (!widget()) {
        return QScrollArea::minimumSizeHint();
    }
    const int lines = fontMetrics().height() * 8;
    return QSize(widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width(),
                 qMin(lines, widget()->minimumSizeHint().height()));
}
