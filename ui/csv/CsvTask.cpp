#include "CsvTask.h"

#include "Error.h"
#include "csv/CsvExporter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <exception>
#include <memory>

namespace CsvTask {

namespace {

struct Shared
{
    std::atomic<int> percent {0};
    std::atomic<bool> cancel {false};
};

} // namespace

Outcome run(QWidget* parent, const QString& label, const std::function<void(const Progress&)>& job)
{
    auto shared = std::make_shared<Shared>();
    QFuture<Outcome> future = QtConcurrent::run([shared, job] {
        Outcome outcome;
        try {
            job([shared](int percent) {
                shared->percent = percent;
                return !shared->cancel;
            });
            outcome.ok = true;
        } catch (const CsvCancelled&) {
            outcome.cancelled = true;
        } catch (const Error& e) {
            outcome.error = e.message();
            outcome.detail = e.detail();
        } catch (const std::exception& e) {
            outcome.error
                = QCoreApplication::translate("CsvTask", "Unexpected error: %1").arg(QString::fromLocal8Bit(e.what()));
        }
        return outcome;
    });

    QProgressDialog progress(label, QCoreApplication::translate("CsvTask", "Cancel"), 0, 100, parent);
    progress.setObjectName(QStringLiteral("csvProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [shared] { shared->cancel = true; });

    QTimer timer;
    timer.setInterval(50);
    QObject::connect(&timer, &QTimer::timeout, &progress, [&] {
        if (!shared->cancel) {
            progress.setValue(qBound(0, shared->percent.load(), 99));
        }
    });
    QEventLoop loop;
    QFutureWatcher<Outcome> watcher;
    QObject::connect(&watcher, &QFutureWatcher<Outcome>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    timer.start();
    if (!future.isFinished()) {
        loop.exec(); // Cancel must get its click
    }
    timer.stop();
    progress.close();
    return future.result();
}

} // namespace CsvTask
