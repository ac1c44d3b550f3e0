#pragma once

#include "core/csv/CsvExporter.h"
#include "core/csv/CsvTables.h"
#include "core/storage/TableIo.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class Database;

/// What CsvExporter and XlsxExporter share: the table's columns, its row count, the SELECT and the loop that
/// writes the cursor's raw cells to a writer with progress and cancelling. Each exporter keeps its own writer,
/// its row limit and what it returns.
namespace TableExport {

/// One export of one table: the SELECT's column expressions and the columns written, in the same order.
struct Plan
{
    const CsvTables::Table* table = nullptr;
    QStringList expressions;
    QList<CsvColumn> columns;
};

/// The table by its key. Throws Error naming the exportable tables when there is none.
const CsvTables::Table& tableOrThrow(const QString& name);

/// The columns of `name` for the privacy chosen, their expressions as `dialect` takes them; with `excelExpressions`,
/// each column's sqlExcel where it has one (theme names instead of keys). Throws Error for an unknown table.
Plan plan(const QString& name, bool withPersonalData, bool excelExpressions, const Dialect::Engine& dialect);

/// The SELECT of the export: the plan's expressions over the table's FROM, the rows `where` (a condition on the
/// alias x0; empty: every row) selects, in the table's order. For TableCursor and TableCursor::count().
TableSelect select(const Plan& plan, const QString& where);

/// Calls `progress` (when set) with `percent` and throws CsvCancelled when it says stop.
void reportProgress(const std::function<bool(int percent)>& progress, int percent);

/// After the writer was flushed or closed: reports 100 % (CsvCancelled when the callback says stop) and hands
/// `done`, the data rows written, to options.rowsWritten when set.
void finish(const ExportOptions& options, qint64 done);

/// Writes the header of plan.columns and then every row of `cursor` to `writer` (CsvWriter or XlsxWriter: both have
/// writeHeader, cellNull, cellInteger, cellReal, cellUtf8 and endRow), reporting progress every 16,384 rows as a
/// share of `total` (no report when total is 0). Returns the number of data rows written. Throws what the writer
/// throws, Error when reading fails, CsvCancelled when the progress callback says stop.
template<class Writer>
qint64 writeRows(TableCursor& cursor, Writer& writer, const Plan& plan, qint64 total,
                 const std::function<bool(int percent)>& progress)
{
    writer.writeHeader(plan.columns);
    const int n = cursor.columnCount();
    qint64 done = 0;
    while (cursor.next()) {
        for (int i = 0; i < n; ++i) {
            switch (cursor.kind(i)) {
            case TableCursor::Kind::Null:
                writer.cellNull();
                break;
            case TableCursor::Kind::Integer:
                writer.cellInteger(cursor.integer(i));
                break;
            case TableCursor::Kind::Real:
                writer.cellReal(cursor.real(i));
                break;
            case TableCursor::Kind::Text:
                writer.cellUtf8(cursor.text(i));
                break;
            }
        }
        writer.endRow();
        ++done;
        if (progress && (done & 0x3FFF) == 0 && total > 0) {
            reportProgress(progress, static_cast<int>(done * 100 / total));
        }
    }
    return done;
}

} // namespace TableExport
