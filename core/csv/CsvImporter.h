#pragma once

#include "core/csv/CsvDialect.h"
#include "core/csv/CsvReader.h"
#include "core/csv/CsvValues.h"

#include <QCoreApplication>
#include <QHash>
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
    /// The order of day and month in dates like 03/04/2026; Unknown refuses such a date per cell.
    DateOrder dateOrder = DateOrder::Unknown;
    /// A column of the file (its header, compared without case) -> the column key it holds, or IgnoreColumn.
    QHash<QString, QString> columnMap;
    /// At most this many rows are kept in ImportReport::rows for the preview.
    int maxPreviewRows = 500;

    /// The columnMap value that leaves a column out on purpose.
    static inline const QString IgnoreColumn = QStringLiteral("-");
    /// Reads "Kolom=key,Andere kolom=-" (the command line's --map) into `map`; false with `error` set for a part
    /// without '='.
    static bool parseColumnMap(const QString& text, QHash<QString, QString>& map, QString& error);
};

/// One column of the file as the importer understood it.
struct ImportColumn
{
    QString header; ///< as written in the file (trimmed)
    QString key; ///< the column key it was read as; empty when unknown, ignored or unnamed
    bool ignored = false; ///< left out on purpose (mapped to IgnoreColumn) or an empty, unnamed column
};

/// One data row of the file for the preview.
struct ImportPreviewRow
{
    enum class Status { New, Merged, Present, Repeated, Problem };
    int row = 0; ///< as a spreadsheet numbers it
    QStringList cells; ///< as in the file
    Status status = Status::New;
};

/// What an import found and did: the preview and the result in one.
struct ImportReport
{
    QString table;
    CsvDialect dialect = CsvDialect::Rfc4180;
    CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
    QList<ImportColumn> columns; ///< the file's columns, in order (trailing unnamed empty ones left out)
    int rowsRead = 0; ///< data rows, header not counted
    int rowsNew = 0; ///< records that were (or, in a dry run or a refused file, would be) added
    QList<int> presentRows; ///< spreadsheet row numbers of rows that match an existing record (not added)
    QList<int> repeatedRows; ///< rows equal to an earlier row of the same file (stored once)
    QList<int> mergedRows; ///< rows added to the record of an earlier row (a second shift: one total per day)
    QList<CsvProblem> notices; ///< what the user should know but does not refuse the file (possible duplicates, ...)
    QList<ImportPreviewRow> rows; ///< the first ImportOptions::maxPreviewRows data rows
    QList<CsvProblem> problems; ///< per row and column; the file is refused when there is any
    int problemCount = 0; ///< all problems, also those beyond ImportOptions::maxProblems
    bool written = false; ///< true when the rows were committed

    bool ok() const { return problemCount == 0; }
};

/// Imports wards, persons, initiatives, involvements, activities and critical roles from CSV in either dialect
/// (detected from BOM and separator) as Dutch Excel and LibreOffice write it (DESIGN.md, "Import from the real
/// world"): UTF-8 or Windows-1252, a "sep=" line, empty trailing columns and separator-only rows ignored. Column
/// headers may be the rfc4180 keys or the labels in English or Dutch, or mapped with ImportOptions::columnMap;
/// values may be keys or labels. Every cell of every row is checked and every problem reported; nothing is written
/// unless the whole file is valid, and then everything in one transaction. Rows that match an existing record are
/// reported and skipped, not duplicated, and never change that record (README.md, section CSV, says how each table
/// matches). An id given is kept when it is free.
class CsvImporter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    /// Reads and checks `in`, and writes it unless options.dryRun or a problem. Problems with the file or its rows
    /// are in the report (never thrown); throws CsvCancelled when cancelled and Error when the database fails.
    static ImportReport import(Database& db, const QString& table, QIODevice& in, const ImportOptions& options);
    /// The column keys a file for the table must have.
    static QStringList requiredColumns(const QString& table);
    /// The key of the table's column a header names (key, English or Dutch label, or the label in the installed
    /// language, without regard to case); empty when none.
    static QString columnKey(const QString& table, const QString& header);
    /// The keys a column may be mapped to, with their labels in the installed language, in the table's order.
    static QList<QPair<QString, QString>> mappableColumns(const QString& table);
};
