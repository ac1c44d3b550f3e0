#pragma once

#include "core/csv/CsvDialect.h"
#include "core/csv/CsvWriter.h"
#include "core/io/SafeOutput.h"

#include <QCommandLineParser>
#include <QDate>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class Database;
class Error;

/// What the subcommands share: argument parsing with clear usage errors, and reporting a refused operation.
namespace CommandSupport {

/// Prints the message and the usage text on stderr; returns the usage-error exit status.
int usageError(const QString& message);
/// Prints the error (and its detail) on stderr; returns the user-error exit status.
int userError(const Error& error);
/// Parses the arguments of one subcommand; returns false (and has printed a usage error into *exitCode) when they
/// are wrong.
bool parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments, int positionals,
           int* exitCode);
/// Prints what the user should know about an opened file (a network share, a synced folder) on stderr.
void printWarnings(const Database& db);
/// A date given on the command line (YYYY-MM-DD); an invalid date when it is not one.
QDate parseDate(const QString& text);

/// The arguments of a subcommand that writes one CSV table as of a date (risk, signals): `FILE [--date D]
/// [--out OUT] [--dialect excel-nl|rfc4180] [--format csv|xlsx]`. excel-nl is the default, as for export, so that a
/// cell typed as a formula stays text in a spreadsheet; an OUT ending in .xlsx is an Excel workbook, as for export.
struct TableCommand
{
    QString file; ///< the database
    QDate reference; ///< --date, else today
    std::optional<QString> out; ///< --out; standard output when absent
    CsvDialect dialect = CsvDialect::ExcelNl;
    bool xlsx = false; ///< an Excel workbook (--format xlsx, or OUT ending in .xlsx); needs --out
};
/// Parses them; nullopt (with the usage error printed and its status in *exitCode) when they are wrong.
std::optional<TableCommand> parseTableCommand(const QString& command, const QStringList& arguments, int* exitCode);
/// Writes the rows to *args.out through SafeOutput as the arguments say: CSV in their dialect, or an Excel workbook
/// with one sheet named `sheet`. Throws Error.
void writeTable(const TableCommand& args, const SafeOutput::Options& options, const QString& sheet,
                const QList<CsvColumn>& columns, const QList<QVariantList>& rows);

} // namespace CommandSupport
