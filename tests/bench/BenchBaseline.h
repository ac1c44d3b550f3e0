#pragma once

#include <QProcess>
#include <QString>

/// The yardstick every benchmark prints its figures against (tests/bench/README.md): the sqlite3 shell writing the
/// whole activity table of `path` as CSV, in the same run on the same machine. The output goes to `out` (the null
/// device when not given). Wall milliseconds, or -1 when sqlite3 failed.
qint64 sqliteCsvOfActivities(const QString& path, const QString& out = QProcess::nullDevice());
