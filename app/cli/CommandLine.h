#pragma once

#include <QStringList>

/// The command-line interface of the `wijkregie` executable: the subcommands that need no display.
namespace CommandLine {

enum ExitCode { Success = 0, UserError = 1, UsageError = 2 };

/// True when the arguments ask for a subcommand, --help or --version (or are a usage error) rather than the
/// window. Decided before any application object exists, so the command line never needs a display.
bool isCommandLine(const QStringList& arguments);

/// Runs the subcommand named by arguments[1] under the running QCoreApplication and returns the exit status.
int run(const QStringList& arguments);

/// The usage text, translated.
QString usage();

} // namespace CommandLine
