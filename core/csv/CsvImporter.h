#pragma once

#include "CsvDialect.h"
#include "CsvReader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

class Database;
class QIODevice;

/// How a file is imported.
struct ImportOptions
{
    /// Only check and report: nothing is written, whatever the outcome.
    bool dryRun = false;
    /// Larger files are refused.
    qint64 maxBytes = CsvReader::DefaultMaxBytes;
    /// Called with 0..100 now and then; returning false cancels (CsvCancelled is thrown, nothing is written).
    std::function<bool(int percent)> progress;
    /// At most this many problems are listed (the count goes on).
    int maxProblems = 1000;
};

/// What an import found and did: the preview and the result in one.
struct ImportReport
{
    QString table;
    CsvDialect dialect = CsvDialect::Rfc4180;
    int rowsRead = 0; ///< data rows, header not counted
    int rowsNew = 0; ///< rows that were (or, in a dry run or a refused file, would be) added
    QList<int> presentRows; ///< spreadsheet row numbers of rows that match an existing record (not added)
    QList<CsvProblem> problems; ///< per row and column; the file is refused when there is any
    int problemCount = 0; ///< all problems, also those beyond ImportOptions::maxProblems
    bool written = false; ///< true when the rows were committed

    bool ok() const { return problemCount == 0; }
};

/// Imports wards, persons, initiatives, involvements, activities and critical roles from CSV in either dialect
/// (detected from BOM and separator). Column headers may be the rfc4180 keys or the (Dutch or English) labels;
/// values may be keys or labels. Every row is checked; nothing is written unless the whole file is valid, and then
/// everything in one transaction. Rows that match an existing record are reported and skipped, not duplicated
/// (README.md, section CSV, says how each table matches). An id given is kept when it is free.
class CsvImporter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    /// Reads and checks `in`, and writes it unless options.dryRun or a problem. Problems with the file or its rows
    /// are in the report (never thrown); throws CsvCancelled when cancelled and Error when the database fails.
    static ImportReport import(Database& db, const QString& table, QIODevice& in, const ImportOptions& options);
    /// The column keys a file for the table must have.
    static QStringList requiredColumns(const QString& table);
};
