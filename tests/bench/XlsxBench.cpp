// Prints the time to export the activity table as an Excel workbook (XlsxExporter, libxlsxwriter in constant-memory
// mode), beside the time of the sqlite3 shell's `-csv` output of the same table in the same run, and the ratio:
//   wijkregie_bench_xlsx FILE [RUNS]
// One worksheet holds at most 1,048,575 rows under its header, and the large demo has about 1.5 million activities,
// which the export refuses. So the bench copies FILE (sqlite3's VACUUM INTO, not timed) into a temporary folder,
// keeps the first 1,048,575 activities by id in the copy (FILE is never changed) and times both on that copy: the
// largest activity sheet Excel can open. A FILE with fewer activities is timed whole.
#include "core/csv/XlsxExporter.h"
#include "core/io/ExcelLimits.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "tests/bench/BenchBaseline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString sqlite3(const QString& path, const QString& sql, const QString& out = {})
{
    QProcess p;
    if (!out.isEmpty()) {
        p.setStandardOutputFile(out);
    }
    p.start(u"sqlite3"_s, {path, sql});
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        throw Error(u"sqlite3 failed: "_s + sql, QString::fromLocal8Bit(p.readAllStandardError()));
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

qint64 exportXlsx(Database& db, const QString& out)
{
    QFile::remove(out);
    QElapsedTimer timer;
    timer.start();
    XlsxExporter::exportTable(db, u"activities"_s, out, {});
    return timer.elapsed();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: wijkregie_bench_xlsx FILE [RUNS]   (FILE: e.g. the large demo)" << Qt::endl;
        return 2;
    }
    const QString source = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? qMax(1, QByteArray(argv[2]).toInt()) : 3;
    QTemporaryDir dir;
    try {
        const QString path = dir.filePath(u"copy.wijkregie"_s);
        out << "copying " << source << " (not timed)..." << Qt::endl;
        sqlite3(source, u"VACUUM INTO '"_s + QString(path).replace(u'\'', u"''"_s) + u'\'');
        const qint64 all = sqlite3(path, u"SELECT count(*) FROM activities"_s).trimmed().toLongLong();
        if (all > ExcelLimits::MaxDataRows) {
            sqlite3(path,
                    u"DELETE FROM activities WHERE id > (SELECT id FROM activities ORDER BY id LIMIT 1 OFFSET "_s
                        + QString::number(ExcelLimits::MaxDataRows - 1) + u")"_s);
        }
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        auto db = Database::open(path, options);
        const qint64 rows = Sql::scalar(db->connection(), u"SELECT count(*) FROM activities"_s).toLongLong();
        out << "activities: " << rows << " of " << all << Qt::endl;
        const QString shellOut = dir.filePath(u"shell.csv"_s);
        const QString xlsxOut = dir.filePath(u"activities.xlsx"_s);
        qint64 bestShell = -1, bestXlsx = -1;
        const auto best = [](qint64 current, qint64 t) {
            return current < 0 ? t : std::min(current, t);
        };
        for (int run = 1; run <= runs; ++run) {
            const qint64 shell = sqliteCsvOfActivities(path, shellOut);
            const qint64 xlsx = exportXlsx(*db, xlsxOut);
            out << "run " << run << ": sqlite3 -csv " << shell << " ms, xlsx " << xlsx << " ms" << Qt::endl;
            bestShell = best(bestShell, shell);
            bestXlsx = best(bestXlsx, xlsx);
        }
        out << "best: sqlite3 -csv " << bestShell << " ms (" << QFile(shellOut).size() / 1024 / 1024 << " MB)"
            << Qt::endl;
        out << "best: xlsx " << bestXlsx << " ms (" << QFile(xlsxOut).size() / 1024 / 1024 << " MB), ratio "
            << (bestShell > 0 ? QString::number(double(bestXlsx) / double(bestShell), 'f', 2) : u"n/a"_s) << Qt::endl;
    } catch (const Error& e) {
        QTextStream(stderr) << e.fullText() << Qt::endl;
        return 1;
    }
    return 0;
}
