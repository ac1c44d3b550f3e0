// A real import killed with SIGKILL at many points of its run: an import that exited 0 is complete, a killed one is
// all or nothing, and the file passes integrity_check after every kill. Bounded: 36 kills over a small demo.
#include "tests/cli/CliRunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>
#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int RowsPerImport = 1500;

/// numberedWardsCsv() of RowsPerImport rows with short names, written to the folder; its path.
QString wardsCsv(const QTemporaryDir& dir, int prefix)
{
    const QString path = dir.filePath(u"wijken-%1.csv"_s.arg(prefix));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(numberedWardsCsv(prefix, RowsPerImport, false));
    return path;
}

} // namespace

TEST_CASE("an import killed at any point is all or nothing and leaves an intact file", "[cli][crash]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"gemeente.wijkregie"_s);
    REQUIRE(wijkregie({u"demo"_s, db, u"--size"_s, u"small"_s}).exitCode == 0);

    // How long one import takes here, to spread the kills over its whole run (start-up, checks, the transaction,
    // the commit, the exit). Only the spread depends on it, never an assertion.
    QElapsedTimer timer;
    timer.start();
    const RunResult first = wijkregie({u"import"_s, db, u"--table"_s, u"wards"_s, u"--in"_s, wardsCsv(dir, 10)});
    const qint64 duration = qMax<qint64>(50, timer.elapsed());
    REQUIRE(first.exitCode == 0);
    REQUIRE(numberedWards(db, 10) == RowsPerImport);

    constexpr int Kills = 36;
    int completed = 0;
    int killedBefore = 0;
    int killedAfter = 0;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    for (int k = 0; k < Kills; ++k) {
        const int prefix = 11 + k;
        const QString csv = wardsCsv(dir, prefix);
        QProcess import;
        import.setProcessEnvironment(env);
        import.start(QStringLiteral(WIJKREGIE_EXECUTABLE), {u"import"_s, db, u"--table"_s, u"wards"_s, u"--in"_s, csv});
        REQUIRE(import.waitForStarted());
        // From the start to 20% past the measured end.
        QThread::msleep(static_cast<unsigned long>(duration * 12 * k / (10 * Kills)));
        const bool wasRunning = import.state() == QProcess::Running;
        if (wasRunning) {
            ::kill(static_cast<pid_t>(import.processId()), SIGKILL);
        }
        REQUIRE(import.waitForFinished(120000));
        const bool exitedNormally = import.exitStatus() == QProcess::NormalExit;
        const int rows = numberedWards(db, prefix);
        INFO("kill " << k << " after " << duration * 12 * k / (10 * Kills) << " ms; rows " << rows);
        if (exitedNormally) {
            INFO(QString::fromLocal8Bit(import.readAllStandardError()).toStdString());
            CHECK(import.exitCode() == 0);
            CHECK(rows == RowsPerImport); // exit 0: every row is there
            ++completed;
        } else {
            CHECK((rows == 0 || rows == RowsPerImport)); // killed: all or nothing
            ++(rows == 0 ? killedBefore : killedAfter);
        }
        REQUIRE(sqlite3(db, u"PRAGMA integrity_check"_s).trimmed() == u"ok"_s);
        REQUIRE(sqlite3(db, u"PRAGMA foreign_key_check"_s).trimmed().isEmpty());
    }
    std::printf("crash test: %d kills, one import takes %lld ms; killed before commit %d, killed after commit %d, "
                "completed %d\n",
                Kills, static_cast<long long>(duration), killedBefore, killedAfter, completed);
    CHECK(killedBefore + killedAfter + completed == Kills);
    // The whole file still opens for writing and passes Wijkregie's own check.
    const RunResult check = wijkregie({u"check"_s, db});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
}
