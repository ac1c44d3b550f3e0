#include "CsvExporter.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/TableIo.h"

using namespace Qt::StringLiterals;

CsvCancelled::CsvCancelled()
    : Cancelled(QCoreApplication::translate("CsvExporter", "Cancelled; nothing was changed."))
{
}

namespace {

const CsvTables::Table& tableOrThrow(const QString& name)
{
    const CsvTables::Table* table = CsvTables::table(name);
    if (!table) {
        throw Error(CsvExporter::tr("There is no table “%1” to export. Choose one of: %2.")
                        .arg(name, CsvTables::exportableTables().join(u", "_s)));
    }
    return *table;
}

CsvTables::Privacy privacy(bool withPersonalData)
{
    return withPersonalData ? CsvTables::Privacy::WithPersonalData : CsvTables::Privacy::Pseudonymised;
}

} // namespace

QList<CsvColumn> CsvExporter::columns(const QString& table, bool withPersonalData)
{
    QList<CsvColumn> result;
    for (const auto& c : CsvTables::columns(tableOrThrow(table), privacy(withPersonalData))) {
        result << c.column;
    }
    return result;
}

QStringList CsvExporter::exportTable(Database& db, const QString& name, QIODevice& out, const ExportOptions& options)
{
    const CsvTables::Table& table = tableOrThrow(name);
    const QList<CsvTables::TableColumn> tableColumns = CsvTables::columns(table, privacy(options.withPersonalData));
    QStringList expressions;
    QList<CsvColumn> columns;
    for (const auto& c : tableColumns) {
        expressions << (options.dialect == CsvDialect::ExcelNl && !c.sqlExcel.isEmpty() ? c.sqlExcel : c.sql);
        columns << c.column;
    }
    const QSqlDatabase connection = db.connection();
    const QString where = options.where.isEmpty() ? QString() : u" WHERE "_s + options.where;
    qint64 total = 0;
    const bool excel = options.dialect == CsvDialect::ExcelNl;
    if (options.progress || excel) {
        total = Sql::scalar(connection, u"SELECT count(*) FROM "_s + table.from + where).toLongLong();
    }
    if (excel && total > CsvWriter::ExcelMaxRows - 1) {
        throw CsvWriter::excelRowLimitError(total);
    }
    if (options.progress && !options.progress(0)) {
        throw CsvCancelled();
    }
    TableCursor cursor(db,
                       u"SELECT "_s + expressions.join(u", "_s) + u" FROM "_s + table.from + where + u" ORDER BY "_s
                           + table.orderBy);
    CsvWriter writer(out, options.dialect);
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
    writer.flush();
    if (options.progress && !options.progress(100)) {
        throw CsvCancelled();
    }
    if (options.rowsWritten) {
        *options.rowsWritten = done;
    }
    return writer.excelWarnings();
}
