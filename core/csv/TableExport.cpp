#include "TableExport.h"

#include "storage/Database.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace TableExport {

const CsvTables::Table& tableOrThrow(const QString& name)
{
    const CsvTables::Table* table = CsvTables::table(name);
    if (!table) {
        throw Error(CsvExporter::tr("There is no table “%1” to export. Choose one of: %2.")
                        .arg(name, CsvTables::exportableTables().join(u", "_s)));
    }
    return *table;
}

Plan plan(const QString& name, bool withPersonalData, bool excelExpressions)
{
    Plan result;
    result.table = &tableOrThrow(name);
    const CsvTables::Privacy privacy
        = withPersonalData ? CsvTables::Privacy::WithPersonalData : CsvTables::Privacy::Pseudonymised;
    for (const auto& c : CsvTables::columns(*result.table, privacy)) {
        result.expressions << (excelExpressions && !c.sqlExcel.isEmpty() ? c.sqlExcel : c.sql);
        result.columns << c.column;
    }
    return result;
}

namespace {

QString whereClause(const QString& where)
{
    return where.isEmpty() ? QString() : u" WHERE "_s + where;
}

} // namespace

qint64 rowCount(Database& db, const Plan& plan, const QString& where)
{
    return Sql::scalar(db.connection(), u"SELECT count(*) FROM "_s + plan.table->from + whereClause(where))
        .toLongLong();
}

QString select(const Plan& plan, const QString& where)
{
    return u"SELECT "_s + plan.expressions.join(u", "_s) + u" FROM "_s + plan.table->from + whereClause(where)
        + u" ORDER BY "_s + plan.table->orderBy;
}

void reportProgress(const std::function<bool(int percent)>& progress, int percent)
{
    if (progress && !progress(percent)) {
        throw CsvCancelled();
    }
}

void finish(const ExportOptions& options, qint64 done)
{
    reportProgress(options.progress, 100);
    if (options.rowsWritten) {
        *options.rowsWritten = done;
    }
}

} // namespace TableExport
