#pragma once

#include "core/csv/CsvExporter.h"

#include <QCoreApplication>
#include <QString>

class Database;

/// Exports whole tables as an Excel workbook (.xlsx): the same tables, columns, order and personal-data rules as
/// CsvExporter in the excel-nl dialect (Dutch labels, enum labels, theme names; pseudonyms unless
/// ExportOptions::withPersonalData), but typed cells (XlsxWriter: text stays text, dates are dates, euros are
/// currency, hours are numbers). DESIGN.md, "Import from the real world" and "CSV".
class XlsxExporter final
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExporter)

public:
    /// Writes the whole table, ordered by id, as a workbook with one sheet named `sheetName` (`tableName` when
    /// empty) to `path`. Call it inside SafeOutput::saveByPath(), which hands it an owner-only temporary file and
    /// commits only a complete workbook. ExportOptions::dialect is ignored (labels as in excel-nl).
    /// Throws Error for an unknown table, more rows than a worksheet holds (before writing; ExcelLimits), a cell over
    /// 32,767 characters, a write failure or a full disk; CsvCancelled when the progress callback says stop.
    static void exportTable(Database& db, const QString& tableName, const QString& path, const ExportOptions& options,
                            const QString& sheetName = {});
};
