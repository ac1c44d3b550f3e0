#pragma once

#include "ui/MainWindow.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>

class Document;
class MainWindow;
class QWidget;

/// One top-level window or dialog of the application, as forEachWindow() hands it over.
struct AppWindow
{
    /// Stable and unique: "MainWindow: start page", "MainWindow: Initiatives" (a navigation page, by its English
    /// text without a count), "InitiativeEditor: new", "InitiativeEditor: existing", "ReportDialog", ...
    QString name;
    /// The window, shown (offscreen) at the size the application gives it, after the events of showing it ran:
    /// its focus widget is where the application puts the focus on open.
    QWidget* widget = nullptr;
    /// The main window holding the open demo file (the dialogs' parent), and its document (nullptr on the start page).
    MainWindow* mainWindow = nullptr;
    Document* document = nullptr;
};

/// Constructs every top-level window and dialog of the application, one after the other, on a copy of the small
/// demo municipality, and calls `visit` with each. The main window is visited on its start page (no file) and on
/// every page of its navigation; then every editor (new and existing record), detail dialog, management dialog,
/// the CSV dialogs, the report and the risk dialogs. A dialog is deleted after `visit` returns; nothing is saved.
/// This is the one list of the application's windows: a new dialog belongs here.
/// Qt's own dialogs (message boxes, file dialogs, the input dialog) are not in it.
void forEachWindow(const std::function<void(const AppWindow&)>& visit);

/// The path of the small demo municipality, generated once per test run (do not change it: copy it first).
QString smallDemoFile();
/// A copy of smallDemoFile() at `path` (overwritten).
void copySmallDemo(const QString& path);

/// A copy of the small demo (lindeveen.wijkregie in a temporary folder) opened in a main window.
struct SmallDemoWindow
{
    SmallDemoWindow();

    QTemporaryDir dir;
    QString path;
    MainWindow window;
};
