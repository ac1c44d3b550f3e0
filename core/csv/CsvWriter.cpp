#include "CsvWriter.h"

#include "core/Error.h"

#include <QDate>
#include <QIODevice>
#include <QLocale>
#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype FlushThreshold = qsizetype(256) * 1024;

bool needsQuotes(QByteArrayView bytes, char separator)
{
    for (const char c : bytes) {
        if (c == separator || c == '"' || c == '\r' || c == '\n') {
            return true;
        }
    }
    return false;
}

void appendQuoted(QByteArray& out, QByteArrayView bytes, char separator)
{
    if (!needsQuotes(bytes, separator)) {
        out += bytes;
        return;
    }
    out += '"';
    for (const char c : bytes) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    out += '"';
}

void appendInteger(QByteArray& out, qint64 value)
{
    char digits[24];
    int n = 0;
    const bool negative = value < 0;
    quint64 v = negative ? quint64(0) - quint64(value) : quint64(value);
    do {
        digits[n++] = char('0' + v % 10);
        v /= 10;
    } while (v != 0);
    if (negative) {
        out += '-';
    }
    while (n > 0) {
        out += digits[--n];
    }
}

void appendMoney(QByteArray& out, qint64 cents, char decimalPoint)
{
    const bool negative = cents < 0;
    const quint64 v = negative ? quint64(0) - quint64(cents) : quint64(cents);
    if (negative) {
        out += '-';
    }
    appendInteger(out, qint64(v / 100));
    out += decimalPoint;
    out += char('0' + (v % 100) / 10);
    out += char('0' + v % 10);
}

/// An ISO date (text or QDate) as yyyy-mm-dd or dd-mm-yyyy; empty for no date.
void appendDate(QByteArray& out, const QVariant& value, bool dutch)
{
    QByteArray iso;
    if (value.metaType() == QMetaType::fromType<QDate>()) {
        const QDate d = value.toDate();
        if (!d.isValid()) {
            return;
        }
        iso = d.toString(Qt::ISODate).toLatin1();
    } else {
        iso = value.toString().toUtf8();
    }
    if (dutch && iso.size() == 10 && iso.at(4) == '-' && iso.at(7) == '-') {
        out += iso.mid(8, 2);
        out += '-';
        out += iso.mid(5, 2);
        out += '-';
        out += iso.left(4);
    } else {
        out += iso;
    }
}

bool startsLikeFormula(QByteArrayView bytes)
{
    if (bytes.isEmpty()) {
        return false;
    }
    const char c = bytes.front();
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

void appendShortest(QByteArray& out, double v, bool decimalComma)
{
    QByteArray number = QByteArray::number(v, 'f', QLocale::FloatingPointShortest);
    if (decimalComma) {
        number.replace('.', ',');
    }
    out += number;
}

} // namespace

CsvWriter::CsvWriter(QIODevice& device, CsvDialect dialect)
    : m_device(device)
    , m_dialect(dialect)
    , m_separator(Csv::separator(dialect))
{
    m_buffer.reserve(FlushThreshold + 4096);
    if (dialect == CsvDialect::ExcelNl) {
        m_yes = tr("yes").toUtf8();
        m_no = tr("no").toUtf8();
    }
}

CsvWriter::~CsvWriter()
{
    if (!m_buffer.isEmpty()) {
        m_device.write(m_buffer);
    }
}

void CsvWriter::writeHeader(const QList<CsvColumn>& columns)
{
    m_columns = columns;
    if (m_dialect == CsvDialect::ExcelNl) {
        m_buffer += "\xEF\xBB\xBF";
    }
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0) {
            m_buffer += m_separator;
        }
        const CsvColumn& c = columns.at(i);
        const QString& name = m_dialect == CsvDialect::ExcelNl && !c.label.isEmpty() ? c.label : c.key;
        appendText(m_buffer, name, m_dialect == CsvDialect::ExcelNl, m_separator);
    }
    m_buffer += "\r\n";
}

const CsvColumn& CsvWriter::nextCell()
{
    static const CsvColumn text;
    if (m_cell > 0) {
        m_buffer += m_separator;
    }
    const qsizetype i = m_cell++;
    return i < m_columns.size() ? m_columns.at(i) : text;
}

void CsvWriter::cellNull()
{
    nextCell();
}

void CsvWriter::cellInteger(qint64 value)
{
    const CsvColumn& c = nextCell();
    if (c.type == CsvType::Money) {
        appendMoney(m_buffer, value, m_dialect == CsvDialect::ExcelNl ? ',' : '.');
    } else if (c.type == CsvType::Bool) {
        if (m_dialect == CsvDialect::ExcelNl) {
            m_buffer += value != 0 ? m_yes : m_no;
        } else {
            m_buffer += value != 0 ? "true" : "false";
        }
    } else {
        appendInteger(m_buffer, value);
    }
}

void CsvWriter::cellReal(double value)
{
    const CsvColumn& c = nextCell();
    if (c.type == CsvType::Money) {
        appendMoney(m_buffer, std::llround(value), m_dialect == CsvDialect::ExcelNl ? ',' : '.');
    } else if (std::isfinite(value)) {
        appendShortest(m_buffer, value, m_dialect == CsvDialect::ExcelNl);
    }
}

void CsvWriter::cellUtf8(QByteArrayView text)
{
    const CsvColumn& c = nextCell();
    if (text.size() > ExcelMaxCellCharacters) { // UTF-8 has at least as many bytes as UTF-16 has code units
        checkLength(QString::fromUtf8(text).size(), m_cell - 1);
    }
    const bool nl = m_dialect == CsvDialect::ExcelNl;
    if (c.type == CsvType::Date && text.size() == 10 && text.at(4) == '-' && text.at(7) == '-') {
        if (nl) {
            m_buffer.append(text.sliced(8, 2)).append('-').append(text.sliced(5, 2)).append('-').append(text.first(4));
        } else {
            m_buffer.append(text);
        }
        return;
    }
    if (c.type == CsvType::Enum && nl) {
        const QString key = QString::fromUtf8(text);
        const auto it = c.enumLabels.constFind(key);
        appendText(m_buffer, it == c.enumLabels.constEnd() ? key : it.value(), true, m_separator);
        return;
    }
    if (nl && (c.type == CsvType::Text || c.type == CsvType::Enum) && startsLikeFormula(text)) {
        QByteArray guarded;
        guarded.reserve(text.size() + 1);
        guarded.append('\'').append(text);
        appendQuoted(m_buffer, guarded, m_separator);
        return;
    }
    appendQuoted(m_buffer, text, m_separator);
}

void CsvWriter::endRow()
{
    while (m_cell < m_columns.size()) {
        nextCell();
    }
    m_cell = 0;
    m_buffer += "\r\n";
    rowDone();
}

void CsvWriter::rowDone()
{
    ++m_rows;
    if (m_dialect == CsvDialect::ExcelNl && m_rows > ExcelMaxRows - 1) {
        throw excelRowLimitError(0);
    }
    if (m_buffer.size() >= FlushThreshold) {
        flush();
    }
}

void CsvWriter::checkLength(qsizetype characters, qsizetype column)
{
    if (m_dialect != CsvDialect::ExcelNl || characters <= ExcelMaxCellCharacters) {
        return;
    }
    if (++m_longCellCount <= 10) {
        m_longCells.append(
            {m_rows + 2, column < m_columns.size() ? m_columns.at(column).label : QString(), characters});
    }
}

Error CsvWriter::excelRowLimitError(qint64 rows)
{
    const QLocale locale;
    const QString limit = locale.toString(ExcelMaxRows - 1);
    const QString what = rows > 0
        ? tr("This export has %1 rows; Excel shows at most %2 rows under the header, so it would not show them all.")
              .arg(locale.toString(rows), limit)
        : tr("This export has more than %1 rows; Excel shows at most %1 rows under the header, so it would not show "
             "them all.")
              .arg(limit);
    return Error(what + u' '
                 + tr("Nothing was written. Export with the rfc4180 dialect (for another program or a database), or "
                      "export a filtered list from the window."));
}

QStringList CsvWriter::excelWarnings() const
{
    if (m_longCellCount == 0) {
        return {};
    }
    const QLocale locale;
    QStringList cells;
    for (const LongCell& c : m_longCells) {
        cells << tr("row %1, column “%2” (%3 characters)").arg(c.row).arg(c.column, locale.toString(c.characters));
    }
    QString message = tr("%n cell(s) hold more text than Excel shows in one cell (%1 characters): %2.", nullptr,
                         int(qMin<qint64>(m_longCellCount, INT_MAX)))
                          .arg(locale.toString(ExcelMaxCellCharacters), cells.join(u"; "_s));
    if (m_longCellCount > m_longCells.size()) {
        message += u' ' + tr("And %n more.", nullptr, int(qMin<qint64>(m_longCellCount - m_longCells.size(), INT_MAX)));
    }
    message += u' '
        + tr("The file holds the whole text, but Excel cuts it off, also when the file is saved again. Use the "
             "rfc4180 dialect for another program.");
    return {message};
}

void CsvWriter::writeRow(const QVariantList& cells)
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (i > 0) {
            m_buffer += m_separator;
        }
        if (i < cells.size()) {
            appendValue(m_buffer, cells.at(i), m_columns.at(i), m_dialect, m_separator);
            if (cells.at(i).typeId() == QMetaType::QString) {
                checkLength(cells.at(i).toString().size(), i);
            }
        }
    }
    m_buffer += "\r\n";
    rowDone();
}

void CsvWriter::flush()
{
    if (m_buffer.isEmpty()) {
        return;
    }
    const qint64 written = m_device.write(m_buffer);
    const bool ok = written == m_buffer.size();
    m_buffer.clear();
    if (!ok) {
        throw Error(tr("The CSV file could not be written."), m_device.errorString());
    }
}

void CsvWriter::writeTable(QIODevice& device, CsvDialect dialect, const QList<CsvColumn>& columns,
                           const QList<QVariantList>& rows)
{
    CsvWriter writer(device, dialect);
    writer.writeHeader(columns);
    for (const QVariantList& row : rows) {
        writer.writeRow(row);
    }
    writer.flush();
}

QByteArray CsvWriter::formatCell(const QVariant& value, const CsvColumn& column, CsvDialect dialect)
{
    QByteArray out;
    appendValue(out, value, column, dialect, Csv::separator(dialect));
    return out;
}

void CsvWriter::appendText(QByteArray& out, const QString& text, bool guardFormula, char separator)
{
    QByteArray bytes = text.toUtf8();
    if (guardFormula && startsLikeFormula(bytes)) {
        bytes.prepend('\'');
    }
    appendQuoted(out, bytes, separator);
}

void CsvWriter::appendValue(QByteArray& out, const QVariant& value, const CsvColumn& column, CsvDialect dialect,
                            char separator)
{
    if (value.isNull()) {
        return;
    }
    const bool nl = dialect == CsvDialect::ExcelNl;
    switch (column.type) {
    case CsvType::Text:
        appendText(out, value.toString(), nl, separator);
        return;
    case CsvType::Integer: {
        bool ok = false;
        const qint64 v = value.toLongLong(&ok);
        if (ok) {
            appendInteger(out, v);
        } else {
            appendText(out, value.toString(), nl, separator);
        }
        return;
    }
    case CsvType::Decimal: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || !std::isfinite(v)) {
            appendText(out, value.toString(), nl, separator);
            return;
        }
        appendShortest(out, v, nl);
        return;
    }
    case CsvType::Money:
        appendMoney(out, value.toLongLong(), nl ? ',' : '.');
        return;
    case CsvType::Date:
        appendDate(out, value, nl);
        return;
    case CsvType::Bool:
        if (nl) {
            out += (value.toBool() ? tr("yes") : tr("no")).toUtf8();
        } else {
            out += value.toBool() ? "true" : "false";
        }
        return;
    case CsvType::Enum: {
        const QString key = value.toString();
        appendText(out, nl ? column.enumLabels.value(key, key) : key, nl, separator);
        return;
    }
    }
}
