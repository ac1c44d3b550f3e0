// Prints the time to import a demo's activity log back into an empty file, in rows per second:
//   wijkregie_bench_import [FILE] [RUNS]
// FILE (default: the large demo, generated into a temporary folder first, not timed) is read, never written. Its
// wards, persons, initiatives, involvements and activities are exported as rfc4180 with personal data (not timed);
// each run creates an empty file, imports the first four tables (not timed, their times printed) and then times the
// import of the activity log, the way a ward director moves a municipality's hours into a new file.
#include "Error.h"
#include "csv/CsvExporter.h"
#include "csv/CsvImporter.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QStringList Tables {u"wards"_s, u"persons"_s, u"initiatives"_s, u"involvements"_s, u"activities"_s};

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
    QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const int runs = argc > 2 ? qMax(1, QByteArray(argv[2]).toInt()) : 1;
    try {
        if (path.isEmpty()) {
            path = dir.filePath(u"large.wijkregie"_s);
            out << "generating the large demo in " << path << " (not timed)..." << Qt::endl;
            auto db = Database::create(path, u"Bench"_s);
            DemoOptions options;
            options.size = DemoOptions::Size::Large;
            generateDemo(*db, options);
        }
        qint64 activities = 0;
        {
            Database::Options options;
            options.access = Database::Access::ReadOnly;
            auto source = Database::open(path, options);
            activities = Sql::scalar(source->connection(), u"SELECT count(*) FROM activities"_s).toLongLong();
            for (const QString& table : Tables) {
                exportTable(*source, table, dir.filePath(table + u".csv"_s));
            }
        }
        out << "activities in " << path << ": " << activities << " (exported as rfc4180, "
            << QFile(dir.filePath(u"activities.csv"_s)).size() / 1024 / 1024 << " MB)" << Qt::endl;
        qint64 best = -1;
        for (int run = 1; run <= runs; ++run) {
            const QString target = dir.filePath(u"run%1.wijkregie"_s.arg(run));
            auto db = Database::create(target, u"Bench"_s);
            QStringList setup;
            for (const QString& table : Tables.mid(0, 4)) {
                qint64 ms = 0;
                const ImportReport r = importTable(*db, table, dir.filePath(table + u".csv"_s), ms);
                if (!r.ok()) {
                    throw Error(u"the %1 did not import: %2 problem(s)"_s.arg(table).arg(r.problemCount));
                }
                setup << u"%1 %2 ms"_s.arg(table).arg(ms);
            }
            qint64 ms = 0;
            const ImportReport r = importTable(*db, u"activities"_s, dir.filePath(u"activities.csv"_s), ms);
            const qint64 stored = Sql::scalar(db->connection(), u"SELECT count(*) FROM activities"_s).toLongLong();
            out << "run " << run << ": " << setup.join(u", "_s) << "; activities " << ms << " ms for " << r.rowsRead
                << " rows (" << (ms > 0 ? qint64(r.rowsRead) * 1000 / ms : 0) << " rows/s), " << stored << " stored, "
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
