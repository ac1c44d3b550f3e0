#pragma once

#include "core/csv/CsvWriter.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

/// Writes one worksheet of typed cells as an Excel workbook (.xlsx, Office Open XML: ECMA-376 Part 1) with
/// libxlsxwriter, row by row in its constant-memory mode (a million rows take a few MiB of memory; the sheet's XML
/// goes to unlinked temporary files in the folder of the file until close()).
///
/// Cells are typed by their CsvColumn, as the excel-nl CSV dialect formats them, but as Excel's own types:
/// - Text and Enum: always a string cell (an enum as its translated label), never a number or a formula: "0612345678"
///   keeps its leading zero, "=1+1" and "@SUM(A1)" stay text (formula injection, OWASP "CSV Injection").
/// - Integer, Decimal: number cells (hours are a Decimal: 1.25 is one hour and a quarter). libxlsxwriter writes 16
///   significant digits; Excel calculates and shows 15 (Excel specifications and limits, "Number precision").
/// - Money: integer euro cents written as a number in euros with the currency format `€ #.##0,00` (nl-NL).
/// - Date: an ISO yyyy-mm-dd text or QDate becomes an Excel date (a serial day number, 1900 date system) shown
///   `dd-mm-jjjj` (number format dd-mm-yyyy); a value that is no ISO date, or one before 1 March 1900, stays text.
/// - Bool: a boolean cell (WAAR/ONWAAR in Dutch Excel).
/// The header row is bold, frozen and carries an autofilter; column widths follow the longest value (capped).
///
/// Excel's limits (ExcelLimits.h) are refused, never cut off: more than 1,048,575 data rows, or a cell over 32,767
/// characters, throws Error naming the row and column. Every write error throws Error; a full disk (ENOSPC,
/// EDQUOT) throws SafeOutput::diskFullError. Write through SafeOutput::saveByPath(), which gives the owner-only
/// temporary file and renames it over the target only when close() succeeded.
class XlsxWriter final
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    /// Creates the workbook at `path` (an existing file is replaced when close() runs) with one worksheet named
    /// `sheetName` (made fit for Excel: at most 31 characters, without []:*?/\). Throws Error.
    XlsxWriter(const QString& path, const QString& sheetName);
    /// Without close(), the workbook is dropped unwritten (its temporary files closed, so removed); the file at
    /// `path` is left as it was, which is why callers write to SafeOutput's temporary file and discard it.
    ~XlsxWriter();
    Q_DISABLE_COPY_MOVE(XlsxWriter)

    /// Sets the columns and writes the header row: the labels (the keys for columns without a label). Throws Error
    /// for more columns than a worksheet has.
    void writeHeader(const QList<CsvColumn>& columns);
    /// Writes one row; cell i typed by column i. Missing cells stay empty, extra cells are ignored. Throws Error.
    void writeRow(const QVariantList& cells);
    /// Low level, for large exports: the cells of one row in column order from raw SQLite values, then endRow().
    void cellNull();
    void cellInteger(qint64 value);
    void cellReal(double value);
    void cellUtf8(QByteArrayView text);
    void endRow();

    /// Sets the column widths and autofilter, writes the workbook and closes it. Throws Error (disk full among them);
    /// the file is then incomplete and must be discarded.
    void close();

    /// Data rows written so far (the header not counted).
    qint64 rowCount() const { return m_row > 0 ? m_row - 1 : 0; }

    /// Throws Error when `dataRows` rows under a header do not fit in one worksheet (ExcelLimits::MaxDataRows),
    /// with advice. Call it before a long export, so that the user hears at once.
    static void checkRowCount(qint64 dataRows);
    /// The Excel serial day number of an ISO date (1900 date system, as Excel counts: 1 March 1900 is 61); 0 for
    /// text that is no valid ISO date or a date before 1 March 1900.
    static qint64 serialDay(QByteArrayView isoDate);
    /// A worksheet name Excel accepts, made from `name`: []:*?/\ become spaces, at most 31 characters, no
    /// apostrophe at either end, "Blad1" when nothing is left.
    static QString sheetName(const QString& name);
    /// Writes a whole list in one call: a workbook at `path` with one sheet. Throws Error.
    static void writeTable(const QString& path, const QString& sheetName, const QList<CsvColumn>& columns,
                           const QList<QVariantList>& rows);

private:
    /// Frees the workbook without writing it. Safe to call more than once.
    void abandon();
    const CsvColumn& nextCell(int* column);
    void writeText(int column, QByteArrayView utf8);
    void writeText(int column, const QString& text);
    void writeNumber(int column, double value, lxw_format* format, qsizetype width);
    void writeDate(int column, QByteArrayView iso);
    void writeBool(int column, bool value);
    void check(int error, int column);
    void noteWidth(int column, qsizetype characters);
    [[noreturn]] void failWrite(const QString& detail);

    QString m_path;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_date = nullptr;
    lxw_format* m_money = nullptr;
    QByteArray m_temporaryFolder;
    QList<CsvColumn> m_columns;
    QList<qsizetype> m_widths;
    qint64 m_row = 0; ///< the worksheet row being written (0: the header)
    int m_cell = 0;
    bool m_closed = false;
};
