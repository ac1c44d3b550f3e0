// Prints how long the municipality overview of a (large) demo takes, as `wijkregie report --all` does it:
// assembling the data, laying it out ward by ward, writing the PDF/A; beside it, in the same run, the time of the
// sqlite3 shell's `-csv` output of the activity table, and the ratio (a yardstick for this machine's speed now).
//   wijkregie_bench_report [FILE]   FILE: a Wijkregie file; one that does not exist is generated first (large
//                                   demo, not timed) and kept; without FILE the demo goes to a temporary folder.
#include "demo/DemoGenerator.h"
#include "report/ReportBuilder.h"
#include "report/ReportRenderer.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

qint64 sqliteCsv(const QString& path, const QString& out)
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

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    const QString file = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(u"large.wijkregie"_s);
    if (!QFileInfo::exists(file)) {
        std::printf("generating the large demo (not timed)...\n");
        auto db = Database::create(file, u"Benchmark"_s);
        DemoOptions options;
        options.size = DemoOptions::Size::Large;
        generateDemo(*db, options);
    }
    const qint64 shellMs = sqliteCsv(file, dir.filePath(u"activities.csv"_s));

    QElapsedTimer timer;
    timer.start();
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto db = Database::open(file, options);
    ReportRequest request;
    request.overview = true;
    request.to = QDate::currentDate();
    request.from = QDate(request.to.year(), 1, 1);
    const Report::Document doc = ReportBuilder(*db).build(request);
    const qint64 buildMs = timer.restart();
    ReportRenderer renderer(doc);
    renderer.layout();
    const qint64 layoutMs = timer.restart();
    renderer.writePdf(dir.filePath(u"overview.pdf"_s));
    const qint64 pdfMs = timer.elapsed();
    const qint64 total = buildMs + layoutMs + pdfMs;
    std::printf("municipality overview of %lld wards, %d pages:\n", static_cast<long long>(doc.wards.size()),
                renderer.pageCount());
    std::printf("  report data (core/report)           %6lld ms\n", static_cast<long long>(buildMs));
    std::printf("  layout, ward by ward (ui/report)    %6lld ms\n", static_cast<long long>(layoutMs));
    std::printf("  PDF/A written                       %6lld ms\n", static_cast<long long>(pdfMs));
    std::printf("  total                               %6lld ms (aim: under 10 s)\n", static_cast<long long>(total));
    std::printf("  sqlite3 -csv of activities          %6lld ms (same run)\n", static_cast<long long>(shellMs));
    if (shellMs > 0) {
        std::printf("  ratio overview / sqlite3 -csv       %6.2f\n", double(total) / double(shellMs));
    }
    return 0;
}
