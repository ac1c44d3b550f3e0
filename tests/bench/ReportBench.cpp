// Prints how long the municipality overview of a (large) demo takes: assembling the data, then rendering the PDF.
//   wijkregie_bench_report [FILE]   FILE: a Wijkregie file; without it the large demo is generated in a temporary
//                                   folder first (not timed).
#include "demo/DemoGenerator.h"
#include "report/ReportBuilder.h"
#include "report/ReportRenderer.h"
#include "risk/RiskEngine.h"
#include "storage/Database.h"
#include "storage/WardRepository.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    QString file = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(u"large.wijkregie"_s);
    if (argc <= 1) {
        std::printf("generating the large demo (not timed)...\n");
        auto db = Database::create(file, u"Benchmark"_s);
        DemoOptions options;
        options.size = DemoOptions::Size::Large;
        generateDemo(*db, options);
    }
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto db = Database::open(file, options);
    ReportRequest request;
    request.overview = true;
    request.to = QDate::currentDate();
    request.from = QDate(request.to.year(), 1, 1);

    QElapsedTimer timer;
    timer.start();
    const auto keys = RiskEngine(*db).keyPersons(std::nullopt);
    const qint64 keyMs = timer.restart();
    qsizetype perWardCount = 0;
    for (const Ward& ward : WardRepository(*db).all()) {
        perWardCount += RiskEngine(*db).keyPersons(ward.id).size();
    }
    const qint64 perWardMs = timer.restart();
    const Report::Document doc = ReportBuilder(*db).build(request);
    const qint64 buildMs = timer.restart();
    ReportRenderer renderer(doc);
    renderer.writePdf(dir.filePath(u"overview.pdf"_s));
    const qint64 renderMs = timer.elapsed();
    std::printf("municipality overview of %lld wards:\n", static_cast<long long>(doc.wards.size()));
    std::printf("  key persons of all wards (part of the data)  %6lld ms (%lld persons)\n",
                static_cast<long long>(keyMs), static_cast<long long>(keys.size()));
    std::printf("  key persons ward by ward (for comparison)    %6lld ms (%lld persons)\n",
                static_cast<long long>(perWardMs), static_cast<long long>(perWardCount));
    std::printf("  report data (core/report)                    %6lld ms\n", static_cast<long long>(buildMs));
    std::printf("  layout and PDF (ui/report)                   %6lld ms\n", static_cast<long long>(renderMs));
    std::printf("  total                                        %6lld ms (aim: under 10 s)\n",
                static_cast<long long>(buildMs + renderMs));
    return 0;
}
