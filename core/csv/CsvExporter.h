#pragma once

#include "core/Cancelled.h"
#include "core/csv/CsvTables.h"
#include "core/csv/CsvWriter.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class Database;
class QIODevice;

/// Thrown when a progress callback asked to stop an export or import. Nothing was written to the database.
class CsvCancelled : public Cancelled
{
public:
    CsvCancelled();
};

/// How a table is exported.
struct ExportOptions
{
    CsvDialect dialect = CsvDialect::ExcelNl;
    /// Persons (and partners' contact persons): names and contact details instead of a pseudonym.
    bool withPersonalData = false;
    /// Called with 0..100 now and then; returning false cancels (CsvCancelled is thrown).
    std::function<bool(int percent)> progress;
    /// Only the rows this SQL condition on the table's alias x0 selects ("x0.person_id = 12"); empty: every row.
    /// Made by core from numbers only, never from text a user typed (the subject-access export, AVG art. 15).
    QString where;
    /// When set, receives the number of rows written (for the audit log's entry of an export with personal data).
    qint64* rowsWritten = nullptr;
};

/// Exports whole tables as CSV (DESIGN.md's tables; README.md, section CSV, lists the columns).
class CsvExporter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    /// Writes the whole table (or the rows options.where selects), ordered by id, to `out`, and returns the warnings
    /// for the user: in excel-nl, the cells longer than Excel shows (CsvWriter::excelWarnings). Throws Error for an
    /// unknown table or a write failure, and in excel-nl, before writing anything, for a table with more rows than an
    /// Excel sheet holds (CsvWriter::excelRowLimitError); CsvCancelled when the progress callback says stop.
    static QStringList exportTable(Database& db, const QString& table, QIODevice& out, const ExportOptions& options);
    /// The columns exportTable() writes for the table (throws Error for an unknown table).
    static QList<CsvColumn> columns(const QString& table, bool withPersonalData);
};
