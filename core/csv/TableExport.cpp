#include "TableExport.h"

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

Plan plan(const QString& name, bool withPersonalData, bool excelExpressions, const Dialect::Engine& dialect)
{
    Plan result;
    result.table = &tableOrThrow(name);
    const CsvTables::Privacy privacy
        = withPersonalData ? CsvTables::Privacy::WithPersonalData : CsvTables::Privacy::Pseudonymised;
    for (const auto& c : CsvTables::columns(*result.table, privacy)) {
        result.expressions << (excelExpressions && !c.sqlExcel.isEmpty() ? c.sqlExcel : c.sql).in(dialect);
        result.columns << c.column;
    }
    return result;
}

TableSelect select(const Plan& plan, const QString& where)
{
    return TableSelect {plan.expressions, plan.table->from, where, plan.table->orderBy};
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
