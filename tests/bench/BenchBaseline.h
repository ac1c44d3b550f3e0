#pragma once

#include "core/storage/Database.h"

#include <QDate>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTextStream>
#include <memory>

/// The yardstick every benchmark prints its figures against (tests/bench/README.md): the sqlite3 shell writing the
/// whole activity table of `path` as CSV, in the same run on the same machine. The output goes to `out` (the null
/// device when not given). Wall milliseconds, or -1 when sqlite3 failed.
qint64 sqliteCsvOfActivities(const QString& path, const QString& out = QProcess::nullDevice());

/// The command line of a benchmark on a file: [FILE] [RUNS].
struct BenchArguments
{
    BenchArguments(int argc, char** argv, const QTemporaryDir& scratch, int defaultRuns);

    QString file; ///< FILE, or large.wijkregie in the scratch folder when not given
    bool fileGiven = false;
    int runs = 1; ///< RUNS (at least 1), or the default
};

/// The large demo (DemoOptions::Size::Large, at `reference` when valid) generated into a new file at `path`, which the
/// benchmarks do not time: it says so on `out` first. The file, open.
std::unique_ptr<Database> generateLargeDemo(const QString& path, QTextStream& out, const QDate& reference = {});

/// How addSyntheticActivities fills an activity log.
struct SyntheticActivities
{
    QDate lastDay {2025, 6, 30}; ///< the most recent day with hours
    bool meetings = true; ///< one day in seven of each person has the kind "vergadering"
    /// Every third initiative leans on one person; every fifth lost most of its people in the last half year.
    bool riskPatterns = false;
};

/// For a demo without activities: 10 persons per initiative, one day every two weeks over two years: 3,000 × 10 × 50 =
/// 1.5 million rows, in one transaction.
void addSyntheticActivities(Database& db, const SyntheticActivities& how);
