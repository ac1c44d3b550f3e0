#pragma once

#include <QString>
#include <functional>

class QWidget;

/// Runs a long CSV export or import off the GUI thread while a progress dialog with Cancel shows, so that the window
/// stays responsive. The job runs in a worker thread (QtConcurrent) and must open its own Database connection there:
/// QSqlDatabase connections belong to the thread that made them.
namespace CsvTask {

struct Outcome
{
    bool ok = false;
    bool cancelled = false;
    QString error; ///< translated, when neither ok nor cancelled
    QString detail;
};

/// The progress callback the job passes on to CsvExporter or CsvImporter: returns false once Cancel was pressed.
using Progress = std::function<bool(int percent)>;

/// Runs job(progress) in a worker thread and waits for it in a local event loop behind a window-modal progress
/// dialog. Error (CsvCancelled included) thrown by the job ends up in the outcome.
Outcome run(QWidget* parent, const QString& label, const std::function<void(const Progress&)>& job);

} // namespace CsvTask
