#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class QProcess;

/// What one run of a program gave back.
struct RunResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the real wijkregie executable with no display: DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM unset.
RunResult wijkregie(const QStringList& arguments);
/// The same with extra environment variables ("TZ=Pacific/Kiritimati").
RunResult wijkregie(const QStringList& arguments, const QStringList& environment);
/// wijkregie() that must succeed: the test fails, showing the program's standard error, unless it exits 0.
RunResult wijkregieOk(const QStringList& arguments);

/// The small demo (`wijkregie demo FILE --size small`), made once per test process: generating it takes seconds.
/// No test changes it; a test that writes works on a copy (smallDemoCopy, SmallDemo).
const QString& sharedSmallDemo();
/// A copy of the small demo at `dir`/`name`, readable and writable by its owner only; its path.
QString smallDemoCopy(const QTemporaryDir& dir, const QString& name = QStringLiteral("gemeente.wijkregie"));

/// A small demo of the test's own, demo.wijkregie in a temporary folder for the files the test writes beside it.
struct SmallDemo
{
    SmallDemo();
    QString path(const QString& name) const { return dir.filePath(name); }

    QTemporaryDir dir;
    QString file;
};

/// Runs the sqlite3 shell on a file with one command or SQL statement; returns its standard output.
QString sqlite3(const QString& file, const QString& command);
/// A wards CSV (rfc4180) of `count` new wards whose codes start with WK + `prefix` (two digits), named at some
/// length ("Wijk 90-7 aan de lange laan ...") so that an import of thousands takes a while, or short ("Wijk 7").
QByteArray numberedWardsCsv(int prefix, int count, bool longNames = true);
/// How many wards of the file have a code that starts with WK + `prefix` (two digits).
int numberedWards(const QString& file, int prefix);
/// Starts the sqlite3 shell on a file as a connection that stays open (as an open window's), runs `sql` in it and
/// returns once the shell has run it. The test ends the shell (".quit", closeWriteChannel, waitForFinished).
void startSqliteShell(QProcess& shell, const QString& file, const QByteArray& sql);
/// Every table of the file except the audit log (its timestamps differ), dumped as SQL by the sqlite3 shell.
QString dumpDataTables(const QString& file);
/// The names in a folder, hidden ones included, sorted.
QStringList folderEntries(const QString& folder);
