#pragma once

#include "core/csv/CsvWriter.h"
#include "core/storage/Dialect.h"

#include <QList>
#include <QString>
#include <QStringList>

/// The tables of DESIGN.md's machine interface as CSV: per table its columns (the documented keys first, in that
/// order, then the extra ones) and the SQL expression that reads each. README.md (section CSV) documents them.
namespace CsvTables {

/// Which columns an export holds.
enum class Privacy {
    WithPersonalData, ///< names and contact details
    Pseudonymised, ///< a stable pseudonym instead of names and contact details
};

/// One column of a table export. In table(), labels (column and enum) are the English sources; columns()
/// translates them.
struct TableColumn
{
    CsvColumn column;
    Dialect::Expression sql; ///< the expression in the table's SELECT, per engine
    Dialect::Expression sqlExcel; ///< for excel-nl when it differs (theme names instead of keys); empty: sql
    enum class Shown { Always, WithPersonalData, Pseudonymised } shown = Shown::Always;
};

struct Table
{
    QString name;
    QString from; ///< FROM clause, with the table's alias
    QString orderBy;
    QList<TableColumn> columns;
};

/// Every exportable table except "risk" (which the risk engine writes with CsvWriter), in DESIGN.md's order.
QStringList exportableTables();
/// The tables CsvImporter reads.
QStringList importableTables();
/// The table by its key; nullptr when there is none.
const Table* table(const QString& name);
/// The columns written for a table (translated labels), in order.
QList<TableColumn> columns(const Table& table, Privacy privacy);

/// '|' between the items of a list cell (themes, ward codes, initiative ids): never a separator of either dialect.
constexpr char16_t ListSeparator = u'|';

} // namespace CsvTables
