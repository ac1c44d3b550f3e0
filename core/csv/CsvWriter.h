#pragma once

#include "core/csv/CsvDialect.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

class Error;
class QIODevice;

/// How a cell is written. Numbers stay numbers: only Text cells get the formula-injection guard.
enum class CsvType {
    Text,
    Integer, ///< qint64; empty when null
    Decimal, ///< double, shortest exact form; decimal comma in excel-nl
    Money, ///< integer euro cents, written as euros with two decimals
    Date, ///< QDate or ISO text; dd-mm-jjjj in excel-nl
    Bool, ///< true/false in rfc4180, yes/no (translated: ja/nee) in excel-nl
    Enum, ///< a stable key; excel-nl writes its label from CsvColumn::enumLabels
};

/// One column of a CSV file: the stable key (rfc4180 header), the translated label (excel-nl header) and the type.
struct CsvColumn
{
    QString key;
    QString label;
    CsvType type = CsvType::Text;
    /// For Enum columns: the translated label of each key (excel-nl); a key without a label is written as is.
    QHash<QString, QString> enumLabels;
};

/// Streams typed rows as CSV to a device in one of the dialects, buffered. Quoting per RFC 4180: a cell is quoted
/// when it contains the separator, a quote, CR or LF, and quotes are doubled. In excel-nl, a Text cell starting
/// with = + - @ tab or CR gets a leading ' (formula injection). Write errors throw Error.
///
/// excel-nl is meant for Excel, so Excel's limits (Microsoft, "Excel specifications and limits") are never passed
/// silently: a row beyond the sheet's 1,048,576 rows (the header included) throws Error with advice, so that a
/// SafeOutput is left uncommitted; a cell longer than the 32,767 characters Excel shows is written whole and
/// reported by excelWarnings().
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    CsvWriter(QIODevice& device, CsvDialect dialect);
    ~CsvWriter();
    Q_DISABLE_COPY_MOVE(CsvWriter)

    /// Sets the columns and writes the header (preceded by the BOM in excel-nl): keys in rfc4180, labels in
    /// excel-nl.
    void writeHeader(const QList<CsvColumn>& columns);
    /// Writes one row; cell i is formatted by column i's type. Missing cells are empty, extra cells ignored.
    void writeRow(const QVariantList& cells);
    /// Low level, for large exports (CsvExporter): the cells of one row in column order from raw values, then
    /// endRow(). Formatted by the column's type like writeRow().
    void cellNull();
    void cellInteger(qint64 value);
    void cellReal(double value);
    void cellUtf8(QByteArrayView text);
    void endRow();

    /// Writes everything buffered to the device. Called by the destructor too (without throwing there).
    void flush();

    CsvDialect dialect() const { return m_dialect; }

    /// Rows of an Excel sheet, the header row included.
    static constexpr qint64 ExcelMaxRows = 1048576;
    /// Characters (UTF-16 code units) Excel shows in one cell.
    static constexpr qsizetype ExcelMaxCellCharacters = 32767;
    /// The refusal of an excel-nl file with more data rows than fit under Excel's header row, with advice (the
    /// rfc4180 dialect, a filtered list). `rows` is the number of data rows when known, else 0.
    static Error excelRowLimitError(qint64 rows);
    /// excel-nl: one translated message naming the cells written so far that are longer than Excel shows, by row
    /// (as Excel numbers it: the header is row 1) and column label, the first ten of them and how many more; empty
    /// when there are none (and always in rfc4180).
    QStringList excelWarnings() const;
    /// Data rows written so far.
    qint64 rowCount() const { return m_rows; }

    /// Writes a whole list, e.g. a list as shown on screen: the headers and the rows, typed by the columns.
    static void writeTable(QIODevice& device, CsvDialect dialect, const QList<CsvColumn>& columns,
                           const QList<QVariantList>& rows);
    /// One cell as it would appear in the file, quoted when needed (without separator or line end).
    static QByteArray formatCell(const QVariant& value, const CsvColumn& column, CsvDialect dialect);

    /// The labels of Enum columns in excel-nl for an enumeration of Enums.h.
    template<typename Table>
    static QHash<QString, QString> labelsOf(const Table& entries, const char* context = "Enums")
    {
        QHash<QString, QString> labels;
        for (const auto& e : entries) {
            labels.insert(QString::fromLatin1(e.key), QCoreApplication::translate(context, e.label));
        }
        return labels;
    }

private:
    static void appendText(QByteArray& out, const QString& text, bool guardFormula, char separator);
    static void appendValue(QByteArray& out, const QVariant& value, const CsvColumn& column, CsvDialect dialect,
                            char separator);

    QIODevice& m_device;
    CsvDialect m_dialect;
    char m_separator;
    const CsvColumn& nextCell();
    void checkLength(qsizetype characters, qsizetype column);
    void rowDone();

    struct LongCell
    {
        qint64 row = 0; ///< as Excel numbers it
        QString column;
        qsizetype characters = 0;
    };
    QList<LongCell> m_longCells; ///< the first ten
    qint64 m_longCellCount = 0;
    qint64 m_rows = 0;

    QList<CsvColumn> m_columns;
    qsizetype m_cell = 0;
    QByteArray m_yes;
    QByteArray m_no;
    QByteArray m_buffer;
};
