// Prints the time to export the activity table as CSV (both dialects), beside the time of the sqlite3 shell's
// `-csv` output of the same table in the same run, and the ratio (the aim: at most 1.5):
//   wijkregie_bench_csv [FILE] [RUNS]
// A FILE that does not exist is generated first and kept. Without FILE it generates the large demo into a temporary
// folder first (not timed); while the demo generator writes no activities, that generated file (never a given one) gets
// ~1.5 million synthetic ones, as in RiskBench. Both write to a temporary file (the shell's output to /dev/null would
// be unfair to the exporter, which must produce a file).
#include "core/csv/CsvExporter.h"
#include "core/demo/DemoGenerator.h"
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

qint64 exportCsv(Database& db, CsvDialect dialect, const QString& out)
{
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return -1;
    }
    QElapsedTimer timer;
    timer.start();
    CsvExporter::exportTable(db, u"activities"_s, file, {dialect, false, {}, {}, nullptr});
    file.close();
    return timer.elapsed();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const BenchArguments arguments(argc, argv, dir, 3);
    const QString& path = arguments.file;
    const int runs = arguments.runs;
    try {
        if (!QFile::exists(path)) {
            auto db = generateLargeDemo(path, out);
            if (Sql::scalar(db->connection(), u"SELECT count(*) FROM activities"_s).toLongLong() == 0) {
                addSyntheticActivities(*db, {});
            }
        }
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        auto db = Database::open(path, options);
        const qint64 rows = Sql::scalar(db->connection(), u"SELECT count(*) FROM activities"_s).toLongLong();
        out << "activities: " << rows << Qt::endl;
        const QString shellOut = dir.filePath(u"shell.csv"_s);
        const QString rfcOut = dir.filePath(u"rfc4180.csv"_s);
        const QString nlOut = dir.filePath(u"excel-nl.csv"_s);
        qint64 bestShell = -1, bestRfc = -1, bestNl = -1;
        const auto best = [](qint64 current, qint64 t) {
            return current < 0 ? t : std::min(current, t);
        };
        for (int run = 1; run <= runs; ++run) {
            const qint64 shell = sqliteCsvOfActivities(path, shellOut);
            const qint64 rfc = exportCsv(*db, CsvDialect::Rfc4180, rfcOut);
            const qint64 nl = exportCsv(*db, CsvDialect::ExcelNl, nlOut);
            out << "run " << run << ": sqlite3 -csv " << shell << " ms, rfc4180 " << rfc << " ms, excel-nl " << nl
                << " ms" << Qt::endl;
            bestShell = best(bestShell, shell);
            bestRfc = best(bestRfc, rfc);
            bestNl = best(bestNl, nl);
        }
        const auto ratio = [bestShell](qint64 t) {
            return bestShell > 0 ? QString::number(double(t) / double(bestShell), 'f', 2) : u"n/a"_s;
        };
        out << "best: sqlite3 -csv " << bestShell << " ms (" << QFile(shellOut).size() / 1024 / 1024 << " MB)"
            << Qt::endl;
        out << "best: rfc4180  " << bestRfc << " ms (" << QFile(rfcOut).size() / 1024 / 1024 << " MB), ratio "
            << ratio(bestRfc) << " (aim: at most 1.5)" << Qt::endl;
        out << "best: excel-nl " << bestNl << " ms (" << QFile(nlOut).size() / 1024 / 1024 << " MB), ratio "
            << ratio(bestNl) << Qt::endl;
    } catch (const Error& e) {
        QTextStream(stderr) << e.fullText() << Qt::endl;
        return 1;
    }
    return 0;
}
