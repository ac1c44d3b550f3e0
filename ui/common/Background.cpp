#include "Background.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThreadPool>
#include <QTimer>

namespace Background {

QThreadPool* pool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool(QCoreApplication::instance());
        p->setObjectName(QStringLiteral("wijkregieBackgroundPool"));
        p->setMaxThreadCount(2);
        return p;
    }();
    return pool;
}

namespace Detail {

void waitWithProgress(QWidget* parent, const QString& label, TaskControl& control, QFutureWatcherBase& done)
{
    QProgressDialog progress(label, QCoreApplication::translate("Background", "Cancel"), 0, 100, parent);
    progress.setObjectName(QStringLiteral("backgroundProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&control] { control.cancel(); });

    QTimer timer;
    timer.setInterval(50);
    QObject::connect(&timer, &QTimer::timeout, &progress, [&] {
        if (!control.isCancelled()) {
            progress.setValue(qBound(0, control.progress(), 99));
        }
    });
    QEventLoop loop;
    QObject::connect(&done, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    timer.start();
    if (!done.isFinished()) {
        loop.exec();
    }
    timer.stop();
    progress.close();
}

} // namespace Detail

} // namespace Background
