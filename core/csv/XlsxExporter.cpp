#include "XlsxExporter.h"

#include "CsvTables.h"
#include "io/XlsxWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/TableIo.h"

using namespace Qt::StringLiterals;

void XlsxExporter::exportTable(Database& db, const QString& tableName, const QString& path,
                               const ExportOptions& options, const QString& sheetName)
{
    const QString& name = tableName;
    const CsvTables::Table* table = CsvTables::table(name);
    if (table == nullptr) {
        throw Error(CsvExporter::tr("There is no table “%1” to export. Choose one of: %2.")
                        .arg(name, CsvTables::exportableTables().join(u", "_s)));
    }
    const QList<CsvTables::TableColumn> tableColumns = CsvTables::columns(
        *table, options.withPersonalData ? CsvTables::Privacy::WithPersonalData : CsvTables::Privacy::Pseudonymised);
    QStringList expressions;
    QList<CsvColumn> columns;
    for (const auto& c : tableColumns) {
        expressions << (c.sqlExcel.isEmpty() ? c.sql : c.sqlExcel);
        columns << c.column;
    }
    const QSqlDatabase connection = db.connection();
    // Refused before anything is written: Excel would drop the rows past its last one without a word.
    const qint64 total = Sql::scalar(connection, u"SELECT count(*) FROM "_s + table->from).toLongLong();
    XlsxWriter::checkRowCount(total);
    if (options.progress && !options.progress(0)) {
        throw CsvCancelled();
    }
    TableCursor cursor(
        db, u"SELECT "_s + expressions.join(u", "_s) + u" FROM "_s + table->from + u" ORDER BY "_s + table->orderBy);
    XlsxWriter writer(path, sheetName.isEmpty() ? name : sheetName);
    writer.writeHeader(columns);
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
        if (options.progress && (done & 0x3FFF) == 0 && total > 0) {
            if (!options.progress(static_cast<int>(done * 100 / total))) {
                throw CsvCancelled();
            }
        }
    }
    writer.close();
    if (options.progress && !options.progress(100)) {
        throw CsvCancelled();
    }
    if (options.rowsWritten) {
        *options.rowsWritten = done;
    }
}
