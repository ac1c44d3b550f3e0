#pragma once

#include <QStringList>

/// One function per subcommand. Each gets the arguments after the subcommand's name and returns the exit status
/// (CommandLine::ExitCode). They print results on stdout and problems on stderr.
namespace Commands {

int newDatabase(const QStringList& arguments);
int demo(const QStringList& arguments);
int check(const QStringList& arguments);
int backup(const QStringList& arguments);
int report(const QStringList& arguments);
int exportTable(const QStringList& arguments);
int importTable(const QStringList& arguments);
int risk(const QStringList& arguments);
int signalList(const QStringList& arguments);
int calendar(const QStringList& arguments);

} // namespace Commands
