// Prints the time to import a demo's activity log back into an empty file, in rows per second:
//   wijkregie_bench_import [FILE] [RUNS]
// FILE (default: the large demo, generated into a temporary folder first, not timed) is read, never written. Its
// activity log is exported as rfc4180 (not timed); each run copies FILE, empties the copy's activity log (not timed)
// and times the import of the activity log back into it.
#include "core/Error.h"
#include "core/csv/CsvExporter.h"
#include "core/csv/CsvImporter.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "tests/bench/BenchBaseline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

void exportTable(Database& db, const QString& table, const QString& out)
{
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        throw Error(u"cannot write "_s + out);
    }
    ExportOptions options;
    options.dialect = CsvDialect::Rfc4180;
    options.withPersonalData = true;
    CsvExporter::exportTable(db, table, file, options);
}

/// Imports one file; returns the report and sets `ms` to the time it took.
ImportReport importTable(Database& db, const QString& table, const QString& in, qint64& ms)
{
    QFile file(in);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(u"cannot read "_s + in);
    }
    QElapsedTimer timer;
    timer.start();
    ImportReport report = CsvImporter::import(db, table, file, {});
    ms = timer.elapsed();
    return report;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const BenchArguments arguments(argc, argv, dir, 1);
    const QString& path = arguments.file;
    const int runs = arguments.runs;
    try {
        if (!arguments.fileGiven) {
            generateLargeDemo(path, out);
        }
        qint64 activities = 0;
        {
            Database::Options options;
            options.access = Database::Access::ReadOnly;
            auto source = Database::open(path, options);
            activities = Sql::scalar(source->connection(), u"SELECT count(*) FROM activities"_s).toLongLong();
            exportTable(*source, u"activities"_s, dir.filePath(u"activities.csv"_s));
        }
        out << "activities in " << path << ": " << activities << " (exported as rfc4180, "
            << QFile(dir.filePath(u"activities.csv"_s)).size() / 1024 / 1024 << " MB)" << Qt::endl;
        qint64 best = -1;
        for (int run = 1; run <= runs; ++run) {
            // The same file without its activity log (policy frameworks and the rest are not CSV tables, so a
            // brand-new file could not take the initiatives back): a copy whose activities are deleted.
            const QString target = dir.filePath(u"run%1.wijkregie"_s.arg(run));
            {
                Database::Options options;
                options.access = Database::Access::ReadOnly;
                Database::open(path, options)->backupTo(target);
            }
            auto db = Database::open(target);
            {
                Transaction t(*db);
                Sql::exec(db->connection(), u"DELETE FROM activities"_s);
                t.commit();
            }
            qint64 ms = 0;
            const ImportReport r = importTable(*db, u"activities"_s, dir.filePath(u"activities.csv"_s), ms);
            const qint64 stored = Sql::scalar(db->connection(), u"SELECT count(*) FROM activities"_s).toLongLong();
            out << "run " << run << ": activities " << ms << " ms for " << r.rowsRead << " rows ("
                << (ms > 0 ? qint64(r.rowsRead) * 1000 / ms : 0) << " rows/s), " << stored << " stored, "
                << r.problemCount << " problem(s)" << Qt::endl;
            if (!r.ok() || stored != activities) {
                out << "the activity log did not come back whole" << Qt::endl;
                return 1;
            }
            best = best < 0 ? ms : std::min(best, ms);
            db.reset();
            QFile::remove(target);
        }
        out << "best: " << best << " ms, " << (best > 0 ? activities * 1000 / best : 0) << " rows/s" << Qt::endl;
    } catch (const Error& e) {
        QTextStream(stderr) << e.fullText() << Qt::endl;
        return 1;
    }
    return 0;
}
