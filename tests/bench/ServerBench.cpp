// File versus team database: publishes FILE (the large demo) to a new database on a PostgreSQL server, then times, on
// the file and on the server, the continuity risk of every active initiative and the municipality overview report
// (its data, laid out and written as PDF/A), beside `sqlite3 -csv` of the activity table in the same run:
//   wijkregie_bench_server FILE postgresql://user@host:port/maintenance-database [RUNS]
// The server URL names a role that may create databases; the benchmark makes its own database and drops it after.
// scripts/pg-test-cluster.sh run -- sh -c 'wijkregie_bench_server FILE "$WIJKREGIE_TEST_PG_URL"' starts a
// throw-away server for it.
#include "core/report/ReportBuilder.h"
#include "core/risk/RiskEngine.h"
#include "core/storage/Database.h"
#include "core/storage/Publish.h"
#include "core/storage/Sql.h"
#include "tests/bench/BenchBaseline.h"
#include "ui/report/ReportRenderer.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool onServer(const QString& url, const QString& sql)
{
    const QUrl u(url);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-admin"_s);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
        ok = db.open() && QSqlQuery(db).exec(sql);
        if (!ok) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(db.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-admin"_s);
    return ok;
}

struct Times
{
    qint64 risk = -1;
    qint64 reportData = -1;
    qint64 report = -1; ///< data, layout and PDF
};

Times measure(const QString& pathOrUrl, const QString& pdf)
{
    Times t;
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto db = Database::open(pathOrUrl, options);
    QElapsedTimer timer;
    timer.start();
    const QList<RiskScore> scores = RiskEngine(*db).scoreAll({QDate::currentDate(), {}, {}, {}});
    t.risk = timer.restart();
    ReportRequest request;
    request.overview = true;
    request.to = QDate::currentDate();
    request.from = QDate(request.to.year(), 1, 1);
    const Report::Document doc = ReportBuilder(*db).build(request);
    t.reportData = timer.elapsed();
    ReportRenderer renderer(doc);
    renderer.layout();
    renderer.writePdf(pdf);
    t.report = timer.elapsed();
    if (scores.isEmpty()) {
        std::fprintf(stderr, "no initiative scored on %s\n", qPrintable(pathOrUrl));
    }
    return t;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: wijkregie_bench_server FILE postgresql://user@host:port/database [RUNS]\n");
        return 2;
    }
    const QString file = QString::fromLocal8Bit(argv[1]);
    const QString server = QString::fromLocal8Bit(argv[2]);
    const int runs = argc > 3 ? std::max(1, atoi(argv[3])) : 3;
    const QString name = u"wijkregie_bench_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (!onServer(server, u"CREATE DATABASE "_s + name + u" TEMPLATE template0 ENCODING 'UTF8'"_s)) {
        return 1;
    }
    QUrl target(server);
    target.setPath(u'/' + name);
    int status = 0;
    try {
        QTemporaryDir dir;
        QElapsedTimer timer;
        timer.start();
        Publish::Result published;
        {
            Database::Options options;
            options.access = Database::Access::ReadOnly;
            auto db = Database::open(file, options);
            published = Publish::toServer(*db, target.toString());
        }
        const qint64 publishMs = timer.elapsed();
        std::printf("published %lld rows of %d tables in %lld ms (%.0f rows/s)\n",
                    static_cast<long long>(published.rows), published.tables, static_cast<long long>(publishMs),
                    publishMs > 0 ? double(published.rows) * 1000.0 / double(publishMs) : 0.0);
        Times bestFile, bestServer;
        qint64 bestScan = -1;
        const auto keepBest = [](qint64& best, qint64 v) {
            best = best < 0 ? v : std::min(best, v);
        };
        for (int run = 0; run < runs; ++run) {
            const qint64 scan = sqliteCsvOfActivities(file);
            const Times f = measure(file, dir.filePath(u"file.pdf"_s));
            const Times s = measure(target.toString(), dir.filePath(u"server.pdf"_s));
            std::printf("run %d: risk file %lld / server %lld ms; overview file %lld / server %lld ms (data %lld / "
                        "%lld); sqlite3 -csv %lld ms\n",
                        run + 1, static_cast<long long>(f.risk), static_cast<long long>(s.risk),
                        static_cast<long long>(f.report), static_cast<long long>(s.report),
                        static_cast<long long>(f.reportData), static_cast<long long>(s.reportData),
                        static_cast<long long>(scan));
            std::fflush(stdout);
            keepBest(bestScan, scan);
            keepBest(bestFile.risk, f.risk);
            keepBest(bestServer.risk, s.risk);
            keepBest(bestFile.reportData, f.reportData);
            keepBest(bestServer.reportData, s.reportData);
            keepBest(bestFile.report, f.report);
            keepBest(bestServer.report, s.report);
        }
        const auto ratio = [bestScan](qint64 v) {
            return bestScan > 0 ? double(v) / double(bestScan) : 0.0;
        };
        std::printf("best of %d (ms; ratio against sqlite3 -csv of activities, %lld ms):\n", runs,
                    static_cast<long long>(bestScan));
        std::printf("  %-28s %8s %8s %8s %8s\n", "", "file", "ratio", "server", "ratio");
        const auto row = [&](const char* what, qint64 f, qint64 s) {
            std::printf("  %-28s %8lld %8.2f %8lld %8.2f\n", what, static_cast<long long>(f), ratio(f),
                        static_cast<long long>(s), ratio(s));
        };
        row("risk of every initiative", bestFile.risk, bestServer.risk);
        row("overview report data", bestFile.reportData, bestServer.reportData);
        row("overview report as PDF/A", bestFile.report, bestServer.report);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        status = 1;
    }
    onServer(server, u"DROP DATABASE IF EXISTS "_s + name + u" WITH (FORCE)"_s);
    return status;
}
