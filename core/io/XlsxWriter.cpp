#include "XlsxWriter.h"

#include "core/Error.h"
#include "core/io/ExcelLimits.h"
#include "core/io/SafeOutput.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace {

/// Widths in characters: at least this, at most that (a long description wraps nowhere; 60 is plenty to read).
constexpr qsizetype MinWidth = 6;
constexpr qsizetype MaxWidth = 60;
constexpr qsizetype DateWidth = 11;
constexpr qsizetype MoneyWidth = 14;

/// Characters of UTF-8 text (code points), for column widths.
qsizetype utf8Characters(QByteArrayView text)
{
    qsizetype n = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++n;
        }
    }
    return n;
}

/// The Julian day of 30 December 1899, Excel's day 0 for every date from 1 March 1900 (the 1900 date system counts
/// the non-existent 29 February 1900, so earlier dates are one off; Wijkregie has none).
const qint64 ExcelEpoch = QDate(1899, 12, 30).toJulianDay();
const qint64 FirstExact = QDate(1900, 3, 1).toJulianDay();

bool isIsoDate(QByteArrayView text)
{
    if (text.size() != 10 || text.at(4) != '-' || text.at(7) != '-') {
        return false;
    }
    const auto digit = [&text](int i) {
        return text.at(i) >= '0' && text.at(i) <= '9';
    };
    return std::ranges::all_of(std::initializer_list<int> {0, 1, 2, 3, 5, 6, 8, 9}, digit);
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

/// A text that itself reads like an escape "_xHHHH_" would come out of Excel as that character (ECMA-376 Part 1,
/// 22.9.2.19 ST_Xstring): its underscore is written escaped, "_x005F_xHHHH_", so the text stays what it was.
/// libxlsxwriter escapes control characters this way but not such literal text.
void escapeLiteralEscapes(QByteArray& text)
{
    qsizetype from = 0;
    while ((from = text.indexOf("_x", from)) >= 0) {
        if (from + 7 <= text.size() && isHex(text.at(from + 2)) && isHex(text.at(from + 3)) && isHex(text.at(from + 4))
            && isHex(text.at(from + 5)) && text.at(from + 6) == '_') {
            text.insert(from + 1, "x005F_");
            from += 7 + 6;
        } else {
            from += 2;
        }
    }
}

bool systemSaysDiskFull(int error)
{
    return error == ENOSPC
#ifdef EDQUOT
        || error == EDQUOT
#endif
        ;
}

} // namespace

XlsxWriter::XlsxWriter(const QString& path, const QString& sheetName)
    : m_path(path)
{
    // The sheet's rows go to temporary files beside the output (not to /tmp, which may be a small RAM disk): the
    // same disk the result needs, so a full disk shows up as such. They are unlinked at once (tmpfile semantics).
    m_temporaryFolder = QFile::encodeName(QFileInfo(path).absolutePath());
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_temporaryFolder.data();
    options.use_zip64 = LXW_TRUE; // a million rows of text may pass 4 GiB of XML
    errno = 0;
    m_workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (m_workbook == nullptr) {
        failWrite(u"workbook_new_opt"_s);
    }
    const QByteArray name = XlsxWriter::sheetName(sheetName).toUtf8();
    errno = 0;
    m_sheet = workbook_add_worksheet(m_workbook, name.constData());
    if (m_sheet == nullptr) {
        failWrite(u"workbook_add_worksheet"_s);
    }
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "dd-mm-yyyy");
    // nl-NL currency (LCID 0x413): "€ 1.234,50", negative "€ -1.234,50". The separators in a number format are
    // always '.' and ','; Excel shows them in the reader's locale.
    m_money = workbook_add_format(m_workbook);
    format_set_num_format(m_money, "[$\xE2\x82\xAC-413] #,##0.00;[$\xE2\x82\xAC-413] -#,##0.00");
}

XlsxWriter::~XlsxWriter()
{
    abandon();
}

void XlsxWriter::abandon()
{
    if (m_workbook == nullptr) {
        return;
    }
    // Frees the workbook without assembling it (workbook_close would still compress every row written so far into
    // the file the caller discards). libxlsxwriter's free leaves the sheet's temporary file open: close it here.
    if (m_sheet != nullptr && m_sheet->optimize_tmpfile != nullptr) {
        std::fclose(m_sheet->optimize_tmpfile);
        m_sheet->optimize_tmpfile = nullptr;
        m_sheet->file = nullptr;
    }
    lxw_workbook_free(m_workbook);
    m_workbook = nullptr;
    m_sheet = nullptr;
    m_closed = true;
}

void XlsxWriter::checkRowCount(qint64 dataRows)
{
    if (dataRows > ExcelLimits::MaxDataRows) {
        const QLocale locale;
        throw Error(tr("These are %1 rows; an Excel worksheet holds at most %2 under its header. Nothing was written. "
                       "Export a filtered list with fewer rows, or export as CSV (RFC 4180), which has no row limit.")
                        .arg(locale.toString(dataRows), locale.toString(ExcelLimits::MaxDataRows)));
    }
}

qint64 XlsxWriter::serialDay(QByteArrayView isoDate)
{
    if (!isIsoDate(isoDate)) {
        return 0;
    }
    const auto number = [&](int from, int length) {
        int v = 0;
        for (int i = from; i < from + length; ++i) {
            v = v * 10 + (isoDate.at(i) - '0');
        }
        return v;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    if (!date.isValid() || date.toJulianDay() < FirstExact) {
        return 0;
    }
    return date.toJulianDay() - ExcelEpoch;
}

QString XlsxWriter::sheetName(const QString& name)
{
    QString result = name;
    for (QChar& c : result) {
        if (c == u'[' || c == u']' || c == u':' || c == u'*' || c == u'?' || c == u'/' || c == u'\\'
            || c.unicode() < 0x20) {
            c = u' ';
        }
    }
    result = result.simplified();
    // Excel counts UTF-16 units; libxlsxwriter counts code points: 31 units satisfies both.
    if (result.size() > 31) {
        result.truncate(31);
        if (result.back().isHighSurrogate()) {
            result.chop(1);
        }
    }
    while (result.startsWith(u'\'')) {
        result.remove(0, 1);
    }
    while (result.endsWith(u'\'')) {
        result.chop(1);
    }
    result = result.trimmed();
    return result.isEmpty() ? u"Blad1"_s : result;
}

void XlsxWriter::writeHeader(const QList<CsvColumn>& columns)
{
    if (columns.size() > ExcelLimits::MaxColumns) {
        throw Error(tr("These are %1 columns; an Excel worksheet holds at most %2. Nothing was written.")
                        .arg(columns.size())
                        .arg(ExcelLimits::MaxColumns));
    }
    m_columns = columns;
    m_widths.clear();
    m_row = 0;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const CsvColumn& c = columns.at(i);
        const QString& name = c.label.isEmpty() ? c.key : c.label;
        m_widths << qMax(name.size() + 2,
                         c.type == CsvType::Date        ? DateWidth
                             : c.type == CsvType::Money ? MoneyWidth
                                                        : MinWidth);
        const QByteArray utf8 = name.toUtf8();
        if (name.size() > ExcelLimits::MaxCellCharacters) {
            throw Error(tr("The heading of column %1 has %2 characters; an Excel cell holds at most %3. Nothing was "
                           "written.")
                            .arg(i + 1)
                            .arg(name.size())
                            .arg(QLocale().toString(ExcelLimits::MaxCellCharacters)));
        }
        check(worksheet_write_string(m_sheet, 0, lxw_col_t(i), utf8.constData(), m_bold), int(i));
    }
    m_row = 1;
    m_cell = 0;
}

const CsvColumn& XlsxWriter::nextCell(int* column)
{
    static const CsvColumn text;
    *column = m_cell++;
    return *column < m_columns.size() ? m_columns.at(*column) : text;
}

void XlsxWriter::noteWidth(int column, qsizetype characters)
{
    if (column < m_widths.size() && characters + 1 > m_widths.at(column)) {
        m_widths[column] = qMin(characters + 1, MaxWidth);
    }
}

void XlsxWriter::check(int error, int column)
{
    if (error == LXW_NO_ERROR) {
        return;
    }
    const QString label = column < m_columns.size()
        ? (m_columns.at(column).label.isEmpty() ? m_columns.at(column).key : m_columns.at(column).label)
        : QString::number(column + 1);
    if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED) {
        throw Error(tr("Row %1, column “%2” holds more than %3 characters, more than an Excel cell holds. Nothing was "
                       "written. Export as CSV (RFC 4180), which has no such limit.")
                        .arg(m_row + 1)
                        .arg(label, QLocale().toString(ExcelLimits::MaxCellCharacters)));
    }
    if (error == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE) {
        checkRowCount(m_row); // the message with advice
    }
    throw Error(tr("The Excel workbook %1 could not be written.").arg(QDir::toNativeSeparators(m_path)),
                QString::fromUtf8(lxw_strerror(lxw_error(error))));
}

void XlsxWriter::failWrite(const QString& detail)
{
    const int error = errno;
    QString system = detail;
    if (error != 0) {
        system += u": "_s + QString::fromLocal8Bit(std::strerror(error));
    }
    const QStorageInfo storage(QFileInfo(m_path).absolutePath());
    if (systemSaysDiskFull(error) || (storage.isValid() && storage.bytesAvailable() == 0)) {
        throw SafeOutput::diskFullError(m_path, system);
    }
    throw Error(tr("The Excel workbook %1 could not be written.").arg(QDir::toNativeSeparators(m_path)), system);
}

void XlsxWriter::writeText(int column, QByteArrayView utf8)
{
    // A QString counts UTF-16 units, as Excel does; UTF-8 has at least as many bytes, so only long texts are counted.
    if (utf8.size() > ExcelLimits::MaxCellCharacters
        && QString::fromUtf8(utf8).size() > ExcelLimits::MaxCellCharacters) {
        check(LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED, column);
    }
    // libxlsxwriter wants a terminated string; the view need not be one.
    QByteArray copy = utf8.toByteArray();
    escapeLiteralEscapes(copy);
    check(worksheet_write_string(m_sheet, lxw_row_t(m_row), lxw_col_t(column), copy.constData(), nullptr), column);
    noteWidth(column, utf8Characters(utf8));
}

void XlsxWriter::writeText(int column, const QString& text)
{
    if (text.size() > ExcelLimits::MaxCellCharacters) {
        check(LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED, column);
    }
    writeText(column, QByteArrayView(text.toUtf8()));
}

void XlsxWriter::writeNumber(int column, double value, lxw_format* format, qsizetype width)
{
    if (!std::isfinite(value)) {
        return; // Excel has no NaN or infinity: an empty cell, as the CSV writes it
    }
    check(worksheet_write_number(m_sheet, lxw_row_t(m_row), lxw_col_t(column), value, format), column);
    noteWidth(column, width);
}

void XlsxWriter::writeDate(int column, QByteArrayView iso)
{
    const qint64 day = serialDay(iso);
    if (day == 0) {
        writeText(column, iso);
        return;
    }
    check(worksheet_write_number(m_sheet, lxw_row_t(m_row), lxw_col_t(column), double(day), m_date), column);
}

void XlsxWriter::writeBool(int column, bool value)
{
    check(worksheet_write_boolean(m_sheet, lxw_row_t(m_row), lxw_col_t(column), value ? 1 : 0, nullptr), column);
}

void XlsxWriter::cellNull()
{
    int column = 0;
    nextCell(&column);
}

void XlsxWriter::cellInteger(qint64 value)
{
    int column = 0;
    const CsvColumn& c = nextCell(&column);
    switch (c.type) {
    case CsvType::Money:
        writeNumber(column, double(value) / 100.0, m_money, MoneyWidth);
        return;
    case CsvType::Bool:
        writeBool(column, value != 0);
        return;
    case CsvType::Text:
    case CsvType::Enum:
    case CsvType::Date: {
        // An integer where text is declared (a code of digits) stays text.
        const QByteArray digits = QByteArray::number(value);
        writeText(column, QByteArrayView(digits));
        return;
    }
    case CsvType::Integer:
    case CsvType::Decimal:
        break;
    }
    writeNumber(column, double(value), nullptr, QByteArray::number(value).size());
}

void XlsxWriter::cellReal(double value)
{
    int column = 0;
    const CsvColumn& c = nextCell(&column);
    if (c.type == CsvType::Money) {
        writeNumber(column, std::round(value) / 100.0, m_money, MoneyWidth);
    } else if (c.type == CsvType::Text || c.type == CsvType::Enum) {
        const QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
        writeText(column, QByteArrayView(text));
    } else {
        writeNumber(column, value, nullptr, 8);
    }
}

void XlsxWriter::cellUtf8(QByteArrayView text)
{
    int column = 0;
    const CsvColumn& c = nextCell(&column);
    switch (c.type) {
    case CsvType::Date:
        writeDate(column, text);
        return;
    case CsvType::Enum: {
        const QString key = QString::fromUtf8(text);
        const auto it = c.enumLabels.constFind(key);
        writeText(column, it == c.enumLabels.constEnd() ? key : it.value());
        return;
    }
    case CsvType::Integer:
    case CsvType::Decimal: {
        // SQLite may hand a number as text; a text that is no number stays text.
        bool ok = false;
        const double v = QByteArray(text.data(), text.size()).toDouble(&ok);
        if (ok && std::isfinite(v)) {
            writeNumber(column, v, nullptr, text.size());
        } else {
            writeText(column, text);
        }
        return;
    }
    case CsvType::Money: {
        bool ok = false;
        const qint64 cents = QByteArray(text.data(), text.size()).toLongLong(&ok);
        if (ok) {
            writeNumber(column, double(cents) / 100.0, m_money, MoneyWidth);
        } else {
            writeText(column, text);
        }
        return;
    }
    case CsvType::Bool:
    case CsvType::Text:
        break;
    }
    writeText(column, text);
}

void XlsxWriter::endRow()
{
    if (m_row >= ExcelLimits::MaxRows) {
        checkRowCount(m_row);
    }
    m_cell = 0;
    ++m_row;
}

void XlsxWriter::writeRow(const QVariantList& cells)
{
    if (m_row >= ExcelLimits::MaxRows) {
        checkRowCount(m_row);
    }
    for (int i = 0; i < m_columns.size() && i < cells.size(); ++i) {
        const QVariant& value = cells.at(i);
        if (value.isNull()) {
            continue;
        }
        const CsvColumn& column = m_columns.at(i);
        switch (column.type) {
        case CsvType::Text:
            writeText(i, value.toString());
            break;
        case CsvType::Enum: {
            const QString key = value.toString();
            writeText(i, column.enumLabels.value(key, key));
            break;
        }
        case CsvType::Integer:
        case CsvType::Decimal: {
            bool ok = false;
            const double v = value.toDouble(&ok);
            if (ok) {
                writeNumber(i, v, nullptr, value.toString().size());
            } else {
                writeText(i, value.toString());
            }
            break;
        }
        case CsvType::Money: {
            bool ok = false;
            const qint64 cents = value.toLongLong(&ok);
            if (ok) {
                writeNumber(i, double(cents) / 100.0, m_money, MoneyWidth);
            } else {
                writeText(i, value.toString());
            }
            break;
        }
        case CsvType::Date:
            if (value.metaType() == QMetaType::fromType<QDate>()) {
                const QDate d = value.toDate();
                if (d.isValid()) {
                    const QByteArray iso = d.toString(Qt::ISODate).toLatin1();
                    writeDate(i, QByteArrayView(iso));
                }
            } else {
                const QByteArray iso = value.toString().toUtf8();
                writeDate(i, QByteArrayView(iso));
            }
            break;
        case CsvType::Bool:
            writeBool(i, value.toBool());
            break;
        }
    }
    m_cell = 0;
    ++m_row;
}

void XlsxWriter::close()
{
    if (m_closed) {
        return;
    }
    for (int i = 0; i < m_widths.size(); ++i) {
        worksheet_set_column(m_sheet, lxw_col_t(i), lxw_col_t(i), double(m_widths.at(i)), nullptr);
    }
    if (!m_columns.isEmpty()) {
        worksheet_freeze_panes(m_sheet, 1, 0);
        worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(qMax<qint64>(m_row - 1, 0)), lxw_col_t(m_columns.size() - 1));
    }
    // The rows so far sit in a temporary file whose writes libxlsxwriter does not check: flush it and look.
    FILE* rows = m_sheet->optimize_tmpfile;
    errno = 0;
    if (rows != nullptr && (std::fflush(rows) != 0 || std::ferror(rows) != 0)) {
        const int error = errno;
        abandon();
        errno = error;
        failWrite(u"worksheet rows"_s);
    }
    errno = 0;
    const lxw_error closed = workbook_close(m_workbook);
    const int error = errno;
    m_closed = true;
    m_workbook = nullptr;
    if (closed != LXW_NO_ERROR) {
        errno = error;
        failWrite(QString::fromUtf8(lxw_strerror(closed)));
    }
}

void XlsxWriter::writeTable(const QString& path, const QString& sheetName, const QList<CsvColumn>& columns,
                            const QList<QVariantList>& rows)
{
    checkRowCount(rows.size());
    XlsxWriter writer(path, sheetName);
    writer.writeHeader(columns);
    for (const QVariantList& row : rows) {
        writer.writeRow(row);
    }
    writer.close();
}
