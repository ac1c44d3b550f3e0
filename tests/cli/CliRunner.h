#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

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
/// Runs the sqlite3 shell on a file with one command or SQL statement; returns its standard output.
QString sqlite3(const QString& file, const QString& command);
/// Every table of the file except the audit log (its timestamps differ), dumped as SQL by the sqlite3 shell.
QString dumpDataTables(const QString& file);
/// The names in a folder, hidden ones included, sorted.
QStringList folderEntries(const QString& folder);
