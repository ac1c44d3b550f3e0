// Prints how long the municipality overview of a (large) demo takes, as `wijkregie report --all` does it:
// assembling the data, laying it out ward by ward, writing the PDF/A; beside it, in the same run, the time of the
// sqlite3 shell's `-csv` output of the activity table, and the ratio (a yardstick for this machine's speed now).
//   wijkregie_bench_report [FILE [WARD]]   FILE: a Wijkregie file; one that does not exist is generated first (large
//                                          demo, not timed) and kept; without FILE the demo goes to a temporary
//                                          folder. WARD: the code of a ward, to time its ward report instead.
#include "core/demo/DemoGenerator.h"
#include "core/report/ReportBuilder.h"
#include "core/storage/Database.h"
#include "core/storage/WardRepository.h"
#include "tests/bench/BenchBaseline.h"
#include "ui/report/ReportRenderer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

/// CPU time (user + system) of the finished child processes so far, in milliseconds.
qint64 childrenCpuMs()
{
    rusage r {};
    getrusage(RUSAGE_CHILDREN, &r);
    return (qint64(r.ru_utime.tv_sec) + r.ru_stime.tv_sec) * 1000 + (r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1000;
}

/// CPU time of this process (user + system, all threads) in milliseconds: on a shared, loaded machine the wall
/// time says more about the neighbours than about the report.
qint64 cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
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
    const qint64 shellCpuBefore = childrenCpuMs();
    const qint64 shellMs = sqliteCsvOfActivities(file, dir.filePath(u"activities.csv"_s));
    const qint64 shellCpu = childrenCpuMs() - shellCpuBefore;

    QElapsedTimer timer;
    timer.start();
    qint64 cpu = cpuMs();
    const auto cpuLap = [&cpu] {
        const qint64 now = cpuMs();
        const qint64 lap = now - cpu;
        cpu = now;
        return lap;
    };
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto db = Database::open(file, options);
    ReportRequest request;
    const QString wardCode = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    if (wardCode.isEmpty()) {
        request.overview = true;
    } else if (const auto ward = WardRepository(*db).findByCode(wardCode)) {
        request.wardIds << ward->id;
    } else {
        std::fprintf(stderr, "no ward %s\n", qPrintable(wardCode));
        return 1;
    }
    request.to = QDate::currentDate();
    request.from = QDate(request.to.year(), 1, 1);
    const Report::Document doc = ReportBuilder(*db).build(request);
    const qint64 buildMs = timer.restart();
    const qint64 buildCpu = cpuLap();
    ReportRenderer renderer(doc);
    renderer.layout();
    const qint64 layoutMs = timer.restart();
    const qint64 layoutCpu = cpuLap();
    renderer.writePdf(dir.filePath(u"overview.pdf"_s));
    const qint64 pdfMs = timer.elapsed();
    const qint64 pdfCpu = cpuLap();
    const qint64 total = buildMs + layoutMs + pdfMs;
    const qint64 totalCpu = buildCpu + layoutCpu + pdfCpu;
    std::printf("%s of %lld wards, %d pages:\n", wardCode.isEmpty() ? "municipality overview" : "ward report",
                static_cast<long long>(doc.wards.size()), renderer.pageCount());
    std::printf("                                        wall ms   CPU ms\n");
    const auto row = [](const char* what, qint64 wall, qint64 cpuTime) {
        std::printf("  %-36s %6lld   %6lld\n", what, static_cast<long long>(wall), static_cast<long long>(cpuTime));
    };
    row("report data (core/report)", buildMs, buildCpu);
    row("layout, ward by ward (ui/report)", layoutMs, layoutCpu);
    row("PDF/A written", pdfMs, pdfCpu);
    row("total (aim: under 10 s)", total, totalCpu);
    row("sqlite3 -csv of activities (same run)", shellMs, shellCpu);
    if (shellMs > 0 && shellCpu > 0) {
        std::printf("  %-36s %6.2f   %6.2f\n", "ratio overview / sqlite3 -csv", double(total) / double(shellMs),
                    double(totalCpu) / double(shellCpu));
    }
    return 0;
}
