#include "XlsxExporter.h"

#include "core/csv/TableExport.h"
#include "core/io/XlsxWriter.h"
#include "core/storage/Database.h"

using namespace Qt::StringLiterals;

void XlsxExporter::exportTable(Database& db, const QString& tableName, const QString& path,
                               const ExportOptions& options, const QString& sheetName)
{
    const TableExport::Plan plan
        = TableExport::plan(tableName, options.withPersonalData, true, Dialect::of(db.connection()));
    // Refused before anything is written: Excel would drop the rows past its last one without a word.
    const qint64 total = TableCursor::count(db, TableExport::select(plan, QString()));
    XlsxWriter::checkRowCount(total);
    TableExport::reportProgress(options.progress, 0);
    TableCursor cursor(db, TableExport::select(plan, QString()));
    XlsxWriter writer(path, sheetName.isEmpty() ? tableName : sheetName);
    const qint64 done = TableExport::writeRows(cursor, writer, plan, total, options.progress);
    writer.close();
    TableExport::finish(options, done);
}
