// Prints the time to generate a demo municipality into a new file: wijkregie_bench_demo [small|large|huge] [RUNS]
#include "core/demo/DemoGenerator.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    DemoOptions options;
    options.size = DemoOptions::Size::Large;
    if (args.size() > 1) {
        const auto size = demoSizeFromKey(args.at(1));
        if (!size) {
            QTextStream(stderr) << "usage: wijkregie_bench_demo [small|large|huge] [RUNS]\n";
            return 2;
        }
        options.size = *size;
    }
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 3;
    QTextStream out(stdout);
    out << "demo " << demoSizeKey(options.size) << ", " << runs << " run(s)\n";
    qint64 best = -1;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bench.wijkregie"_s);
        QElapsedTimer timer;
        timer.start();
        try {
            auto db = Database::create(path, u"Benchmark"_s);
            const qint64 created = timer.elapsed();
            generateDemo(*db, options);
            const qint64 generated = timer.elapsed();
            db.reset();
            const qint64 closed = timer.elapsed();
            out << "run " << run + 1 << ": create " << created << " ms, generate " << generated - created
                << " ms, close " << closed - generated << " ms, total " << closed << " ms, file "
                << QFileInfo(path).size() / (1024 * 1024) << " MiB\n";
            out.flush();
            best = best < 0 ? closed : std::min(best, closed);
        } catch (const Error& e) {
            QTextStream(stderr) << e.fullText() << '\n';
            return 1;
        }
    }
    out << "best total: " << best << " ms\n";
    return 0;
}
