#pragma once

#include "core/Cancelled.h"
#include "core/Error.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <optional>

class QThreadPool;
class QWidget;

/// Progress and cancellation of one background job, shared by the job (which reports progress and looks whether
/// it should stop) and the window (which shows the progress and asks it to stop). Thread-safe.
class TaskControl final
{
public:
    /// 0..100.
    void setProgress(int percent) noexcept { m_percent = percent; }
    int progress() const noexcept { return m_percent; }
    void cancel() noexcept { m_cancelled = true; }
    bool isCancelled() const noexcept { return m_cancelled; }
    /// Throws Cancelled once cancel() was called.
    void throwIfCancelled() const
    {
        if (m_cancelled) {
            throw Cancelled();
        }
    }
    /// For the core APIs that take a progress callback `bool(int percent)`: reports the progress, scaled into
    /// from..to, and answers false once cancelled (they then throw Cancelled or a subclass).
    std::function<bool(int)> callback(int from = 0, int to = 100)
    {
        return [this, from, to](int percent) {
            setProgress(from + percent * (to - from) / 100);
            return !isCancelled();
        };
    }

private:
    std::atomic<int> m_percent {0};
    std::atomic<bool> m_cancelled {false};
};

/// What a background job gave: its value, or the Error it threw (a Cancelled when it was cancelled).
template<typename T> struct TaskResult
{
    T value {};
    std::optional<Error> error;
    bool cancelled = false;

    bool ok() const { return !error; }
};

/// A job on its way: its future (for a QFutureWatcher) and its control (for progress and Cancel).
template<typename T> struct Task
{
    QFuture<TaskResult<T>> future;
    std::shared_ptr<TaskControl> control;
};

/// The one way Wijkregie runs work off the GUI thread. Jobs run on a dedicated pool of two threads, never on
/// QThreadPool::globalInstance(): QPainter's raster engine fills in parallel there, so a long job on the global
/// pool makes every repaint wait. A job's errors arrive as core's Error in TaskResult, never as an exception
/// across threads.
///
///     Task<int> task = Background::run<int>([](TaskControl& control) {
///         control.setProgress(50);
///         control.throwIfCancelled();
///         return 42;
///     });
///     watcher->setFuture(task.future);  // QFutureWatcher<TaskResult<int>>; task.control->cancel() stops it
///
/// A job that reads the database uses runOnFile() (Qt Sql connections belong to the thread that opened them);
/// a dialog that waits for a job behind a progress dialog with Cancel uses runWithProgress().
namespace Background {

/// The dedicated pool (two threads; it waits for running jobs when the application ends).
QThreadPool* pool();

namespace Detail {
template<typename T, typename Fn> TaskResult<T> invoke(Fn& fn, TaskControl& control)
{
    TaskResult<T> result;
    try {
        result.value = fn(control);
    } catch (const Cancelled& e) {
        result.error = e;
        result.cancelled = true;
    } catch (const Error& e) {
        result.error = e;
        result.cancelled = control.isCancelled();
    } catch (const std::exception& e) {
        // Carried to the window in the result, not thrown across threads.
        result.error = Error( // NOLINT(bugprone-throw-keyword-missing)
            QCoreApplication::translate("Background", "Unexpected error: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    return result;
}
/// Shows a window-modal progress dialog with Cancel until the watched job finishes (a local event loop: the window
/// repaints, Cancel gets its click).
void waitWithProgress(QWidget* parent, const QString& label, TaskControl& control, QFutureWatcherBase& done);
} // namespace Detail

/// Starts `fn(TaskControl&) -> T` on the pool.
template<typename T, typename Fn> Task<T> run(Fn fn)
{
    auto control = std::make_shared<TaskControl>();
    auto future = QtConcurrent::run(pool(), [control, fn]() mutable { return Detail::invoke<T>(fn, *control); });
    return {future, control};
}

/// Starts `fn(Database&, TaskControl&) -> T` on the pool over a read-only connection of its own to the file at
/// `path`. The window's connection keeps writing; WAL lets both work.
template<typename T, typename Fn> Task<T> runOnFile(const QString& path, Fn fn)
{
    return run<T>([path, fn](TaskControl& control) mutable {
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        const auto db = Database::open(path, options);
        return fn(*db, control);
    });
}

/// Runs `fn(TaskControl&) -> T` on the pool and waits for it behind a window-modal progress dialog with Cancel
/// that appears after 0.4 s; returns its outcome.
template<typename T, typename Fn> TaskResult<T> runWithProgress(QWidget* parent, const QString& label, Fn fn)
{
    Task<T> task = run<T>(std::move(fn));
    QFutureWatcher<TaskResult<T>> watcher;
    watcher.setFuture(task.future);
    Detail::waitWithProgress(parent, label, *task.control, watcher);
    return task.future.result();
}

} // namespace Background
