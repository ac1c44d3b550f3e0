#pragma once

#include <QObject>
#include <QScrollArea>

class QWidget;

/// Keeps every window and dialog of the application on its screen: when a top-level window is shown, it is made no
/// larger than the screen's available area (less room for the title bar) and moved inside it. Installed once on the
/// application by the main window; the dialogs' minimum sizes are kept small enough by their layouts (tested for
/// 1366x768 and 1920x1080 at 150 %).
class WindowFit final : public QObject
{
    Q_OBJECT

public:
    /// Installs the filter on the application (once; later calls do nothing).
    static void install();
    /// Resizes and moves `window` into the available area of its screen.
    static void fitToScreen(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

/// A scroll area that asks for the whole of its widget (so that a dialog opens showing all of it when the screen
/// allows) but needs only a few lines: on a small screen the form scrolls instead of pushing the buttons off screen.
class FormScrollArea final : public QScrollArea
{
    Q_OBJECT

public:
    explicit FormScrollArea(QWidget* parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};
