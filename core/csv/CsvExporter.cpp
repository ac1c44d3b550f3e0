#include "CsvExporter.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

CsvCancelled::CsvCancelled()
    : Error(QCoreApplication::translate("CsvExporter", "Cancelled; nothing was changed."))
{
}

namespace {

const CsvTables::Table& tableOrThrow(const QString& name)
{
    const CsvTables::Table* table = CsvTables::table(name);
    if (!table) {
        throw Error(CsvExporter::tr("There is no table \"%1\" to export. Choose one of: %2.")
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

void CsvExporter::exportTable(Database& db, const QString& name, QIODevice& out, const ExportOptions& options)
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
    qint64 total = 0;
    if (options.progress) {
        total = Sql::scalar(connection, u"SELECT count(*) FROM "_s + table.from).toLongLong();
        if (!options.progress(0)) {
            throw CsvCancelled();
        }
    }
    QSqlQuery query = Sql::exec(connection,
        u"SELECT "_s + expressions.join(u", "_s) + u" FROM "_s + table.from + u" ORDER BY "_s + table.orderBy);
    CsvWriter writer(out, options.dialect);
    writer.writeHeader(columns);
    const int n = static_cast<int>(columns.size());
    QVariantList cells;
    cells.resize(n);
    qint64 done = 0;
    while (query.next()) {
        for (int i = 0; i < n; ++i) {
            cells[i] = query.value(i);
        }
        writer.writeRow(cells);
        if (options.progress && (++done & 0x3FFF) == 0 && total > 0) {
            if (!options.progress(static_cast<int>(done * 100 / total))) {
                throw CsvCancelled();
            }
        }
    }
    query.finish();
    writer.flush();
    if (options.progress && !options.progress(100)) {
        throw CsvCancelled();
    }
}
