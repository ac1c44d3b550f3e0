#pragma once

#include <QtGlobal>

/// What one Excel worksheet can hold. Source: Microsoft, "Excel specifications and limits" (Excel 2007 and later:
/// 1,048,576 rows by 16,384 columns; 32,767 characters in a cell); ECMA-376 Part 1, 18.3.1.73 (row index r is
/// 1-based, at most 1048576). Both the XLSX writer and the excel-nl CSV dialect refuse what goes beyond them, instead
/// of letting Excel cut it off without a word.
namespace ExcelLimits {

/// Rows in one worksheet, the header row included.
constexpr qint64 MaxRows = 1048576;
/// Data rows under one header row.
constexpr qint64 MaxDataRows = MaxRows - 1;
/// Columns in one worksheet (A to XFD).
constexpr int MaxColumns = 16384;
/// Characters in one cell (UTF-16 code units, as Excel counts them; a QString's length).
constexpr qsizetype MaxCellCharacters = 32767;

} // namespace ExcelLimits
