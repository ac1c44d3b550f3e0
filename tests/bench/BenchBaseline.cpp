#include "BenchBaseline.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

qint64 sqliteCsvOfActivities(const QString& path, const QString& out)
{
    QProcess p;
    p.setStandardOutputFile(out);
    QElapsedTimer timer;
    timer.start();
    p.start(u"sqlite3"_s, {u"-csv"_s, path, u"select * from activities"_s});
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        return -1;
    }
    return timer.elapsed();
}
