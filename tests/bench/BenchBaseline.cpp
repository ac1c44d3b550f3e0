#include "BenchBaseline.h"

#include "core/demo/DemoGenerator.h"
#include "core/storage/Sql.h"

#include <QElapsedTimer>
#include <algorithm>

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

BenchArguments::BenchArguments(int argc, char** argv, const QTemporaryDir& scratch, int defaultRuns)
    : file(argc > 1 ? QString::fromLocal8Bit(argv[1]) : scratch.filePath(u"large.wijkregie"_s))
    , fileGiven(argc > 1)
    , runs(argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : defaultRuns)
{
}

std::unique_ptr<Database> generateLargeDemo(const QString& path, QTextStream& out, const QDate& reference)
{
    out << "generating the large demo in " << path << " (not timed)..." << Qt::endl;
    auto db = Database::create(path, u"Benchmark"_s);
    DemoOptions options;
    options.size = DemoOptions::Size::Large;
    if (reference.isValid()) {
        options.referenceDate = reference;
    }
    generateDemo(*db, options);
    return db;
}

void addSyntheticActivities(Database& db, const SyntheticActivities& how)
{
    Transaction t(db);
    const QSqlDatabase c = db.connection();
    Sql::exec(c, u"CREATE TEMP TABLE bench_persons AS SELECT row_number() OVER (ORDER BY id) AS rn, id FROM persons"_s);
    Sql::exec(c, uR"(WITH RECURSIVE n(v) AS (SELECT 0 UNION ALL SELECT v + 1 FROM n WHERE v < 9),
        d(v) AS (SELECT 0 UNION ALL SELECT v + 1 FROM d WHERE v < 49),
        total(c) AS (SELECT count(*) FROM bench_persons)
        INSERT OR IGNORE INTO activities(initiative_id, person_id, date, quarters, kind)
        SELECT i.id, p.id, date(?1, '-' || (d.v * 14 + n.v) || ' days'),
               (i.id * 31 + n.v * 17 + d.v) % 12 + 1 + CASE WHEN ?2 AND n.v = 0 AND i.id % 3 = 0 THEN 30 ELSE 0 END,
               CASE WHEN ?3 AND d.v % 7 = 0 THEN 'vergadering' ELSE '' END
        FROM initiatives i CROSS JOIN n CROSS JOIN d CROSS JOIN total
        JOIN bench_persons p ON p.rn = (i.id * 7919 + n.v * 104729) % total.c + 1
        WHERE NOT (?2 AND i.id % 5 = 0 AND n.v >= 3 AND d.v * 14 < 182))"_s,
              {how.lastDay.toString(Qt::ISODate), how.riskPatterns ? 1 : 0, how.meetings ? 1 : 0});
    Sql::exec(c, u"DROP TABLE bench_persons"_s);
    t.commit();
}
