#pragma once

#include "Error.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

/// The outcome of a computation off the GUI thread: the value, or the message of the Error it threw.
template<typename T> struct BackgroundResult
{
    T value {};
    QString error;
};

namespace Background {

/// The pool of these computations: not the global one, which QPainter's raster engine uses to fill in parallel
/// (a long computation there makes every repaint wait for it).
inline QThreadPool* pool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool(QCoreApplication::instance()); // waits for running jobs when the application ends
        p->setObjectName(QStringLiteral("wijkregieBackgroundPool"));
        p->setMaxThreadCount(2);
        return p;
    }();
    return pool;
}

/// Runs `fn(Database&)` on a worker thread over its own read-only connection to the file at `path` (a Qt Sql
/// connection belongs to the thread that opened it). The GUI's connection keeps writing; WAL lets both work.
template<typename T, typename Fn> QFuture<BackgroundResult<T>> run(const QString& path, Fn fn)
{
    return QtConcurrent::run(pool(), [path, fn]() {
        BackgroundResult<T> result;
        try {
            Database::Options options;
            options.access = Database::Access::ReadOnly;
            const auto db = Database::open(path, options);
            result.value = fn(*db);
        } catch (const Error& e) {
            result.error = e.message();
        }
        return result;
    });
}

} // namespace Background
