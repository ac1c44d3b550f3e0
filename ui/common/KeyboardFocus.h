#pragma once

#include <QObject>

/// Ctrl+Tab and Ctrl+Shift+Tab always move the focus on, also out of widgets that use Tab themselves (the hours
/// grid, a table that moves between its cells): inside a tab widget to its next or previous tab, elsewhere to the
/// next or previous widget of the window (WCAG 2.1.2, no keyboard trap). The main window installs it once on the
/// application.
class KeyboardFocus final : public QObject
{
    Q_OBJECT

public:
    /// Installs the filter on the application (once; later calls do nothing).
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};
