// Prints the time to score every active initiative and the all-wards trend of 12 month ends, beside the time of the
// sqlite3 shell writing the whole activity table as CSV in the same run (as ratios), and the times of one ward's
// trend, its key persons and a what-if: wijkregie_bench_risk [FILE] [RUNS]
// Without FILE it generates the large demo into a temporary folder first (not timed). While the demo generator
// writes no activities yet, that generated file (never a given one) gets ~1.5 million synthetic activities.
#include "core/demo/DemoGenerator.h"
#include "core/risk/RiskEngine.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "tests/bench/BenchBaseline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    const QDate today = QDate::currentDate();
    QTemporaryDir dir;
    QString path = args.size() > 1 ? args.at(1) : QString();
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 3;
    try {
        if (path.isEmpty()) {
            path = dir.filePath(u"bench.wijkregie"_s);
            auto db = generateLargeDemo(path, out, today);
            if (Sql::scalar(db->connection(), u"SELECT count(*) FROM activities"_s).toLongLong() == 0) {
                out << "the demo has no activities: adding synthetic ones (not timed)\n";
                out.flush();
                addSyntheticActivities(*db, {today, false, true});
            }
        }
        auto db = Database::open(path);
        const QSqlDatabase c = db->connection();
        out << "file " << path << ": " << Sql::scalar(c, u"SELECT count(*) FROM activities"_s).toLongLong()
            << " activities, " << Sql::scalar(c, u"SELECT count(*) FROM initiatives"_s).toLongLong()
            << " initiatives, reference date " << today.toString(Qt::ISODate) << '\n';

        const RiskEngine engine(*db);
        qint64 bestScore = -1;
        qint64 bestScan = -1;
        QList<RiskScore> scores;
        for (int run = 0; run < runs; ++run) {
            const qint64 scan = sqliteCsvOfActivities(path);
            QElapsedTimer timer;
            timer.start();
            scores = engine.scoreAll({today, {}, {}, {}});
            const qint64 scored = timer.elapsed();
            out << "run " << run + 1 << ": score all " << scored << " ms, sqlite3 -csv activities " << scan << " ms\n";
            out.flush();
            bestScore = bestScore < 0 ? scored : std::min(bestScore, scored);
            bestScan = bestScan < 0 ? scan : std::min(bestScan, scan);
        }
        int bands[3] = {0, 0, 0};
        QHash<qint64, int> perWard;
        for (const RiskScore& s : scores) {
            ++bands[static_cast<int>(s.band)];
            ++perWard[s.wardId];
        }
        out << "scored " << scores.size() << " active initiatives: low " << bands[0] << ", medium " << bands[1]
            << ", high " << bands[2] << '\n';
        out << "best: score all " << bestScore << " ms, sqlite3 CSV scan " << bestScan << " ms, ratio score/scan "
            << (bestScan > 0 ? QString::number(static_cast<double>(bestScore) / bestScan, 'f', 2) : u"n/a"_s) << '\n';

        qint64 ward = 0;
        for (auto it = perWard.cbegin(); it != perWard.cend(); ++it) {
            if (ward == 0 || it.value() > perWard.value(ward)) {
                ward = it.key();
            }
        }
        if (ward != 0) {
            qint64 bestTrend = -1;
            qint64 bestKeys = -1;
            QList<KeyPerson> keys;
            for (int run = 0; run < runs; ++run) {
                QElapsedTimer timer;
                timer.start();
                const QList<TrendPoint> points = engine.trend(ward, 12, today);
                const qint64 trended = timer.elapsed();
                keys = engine.keyPersons(ward, today);
                const qint64 keyed = timer.elapsed() - trended;
                bestTrend = bestTrend < 0 ? trended : std::min(bestTrend, trended);
                bestKeys = bestKeys < 0 ? keyed : std::min(bestKeys, keyed);
                Q_UNUSED(points);
            }
            out << "ward " << ward << " (" << perWard.value(ward) << " active initiatives): trend of 12 month ends "
                << bestTrend << " ms, key persons " << bestKeys << " ms (" << keys.size() << " found)\n";
            // A key person, or else the top contributor of one of the ward's initiatives.
            qint64 person = keys.isEmpty() ? 0 : keys.first().personId;
            for (const RiskScore& s : scores) {
                if (person == 0 && s.wardId == ward && s.topContributorId) {
                    person = *s.topContributorId;
                }
            }
            if (person != 0) {
                QElapsedTimer timer;
                timer.start();
                const WhatIf w = engine.whatIfPersonStops(person, today);
                out << "what if person " << person << " stops: " << timer.elapsed() << " ms, " << w.changes.size()
                    << " initiatives, " << w.movingToHigh().size() << " move to high\n";
            }
        }
        // The dashboard's all-wards trend: 12 month ends in one pass, beside the same sqlite3 scan.
        qint64 bestAllTrend = -1;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const QList<TrendPoint> all = engine.trend(std::nullopt, 12, today);
            const qint64 trended = timer.elapsed();
            out << "run " << run + 1 << ": trend of 12 month ends, all wards " << trended << " ms ("
                << (all.isEmpty() ? 0 : all.last().initiatives) << " initiatives at the last month end)\n";
            out.flush();
            bestAllTrend = bestAllTrend < 0 ? trended : std::min(bestAllTrend, trended);
        }
        const auto ratio = [bestScan](qint64 ms) {
            return bestScan > 0 ? QString::number(static_cast<double>(ms) / bestScan, 'f', 2) : u"n/a"_s;
        };
        out << "best: sqlite3 -csv scan of activities " << bestScan << " ms; score all " << bestScore << " ms (ratio "
            << ratio(bestScore) << "); trend all wards, 12 month ends " << bestAllTrend << " ms (ratio "
            << ratio(bestAllTrend) << ")\n";
    } catch (const Error& e) {
        QTextStream(stderr) << e.fullText() << '\n';
        return 1;
    }
    return 0;
}
