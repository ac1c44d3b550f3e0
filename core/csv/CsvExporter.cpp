#include "CsvExporter.h"

#include "core/csv/TableExport.h"
#include "core/storage/Database.h"

using namespace Qt::StringLiterals;

CsvCancelled::CsvCancelled()
    : Cancelled(QCoreApplication::translate("CsvExporter", "Cancelled; nothing was changed."))
{
}

QList<CsvColumn> CsvExporter::columns(const QString& table, bool withPersonalData)
{
    // Only the columns: the expressions' engine plays no part.
    return TableExport::plan(table, withPersonalData, false, Dialect::sqlite()).columns;
}

QStringList CsvExporter::exportTable(Database& db, const QString& name, QIODevice& out, const ExportOptions& options)
{
    const bool excel = options.dialect == CsvDialect::ExcelNl;
    const TableExport::Plan plan
        = TableExport::plan(name, options.withPersonalData, excel, Dialect::of(db.connection()));
    qint64 total = 0;
    if (options.progress || excel) {
        total = TableCursor::count(db, TableExport::select(plan, options.where));
    }
    if (excel && total > CsvWriter::ExcelMaxRows - 1) {
        throw CsvWriter::excelRowLimitError(total);
    }
    TableExport::reportProgress(options.progress, 0);
    TableCursor cursor(db, TableExport::select(plan, options.where));
    CsvWriter writer(out, options.dialect);
    const qint64 done = TableExport::writeRows(cursor, writer, plan, total, options.progress);
    writer.flush();
    TableExport::finish(options, done);
    return writer.excelWarnings();
}
