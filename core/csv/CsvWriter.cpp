#include "CsvWriter.h"

#include "Error.h"

#include <QDate>
#include <QIODevice>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype FlushThreshold = 256 * 1024;

bool needsQuotes(const QByteArray& bytes, char separator)
{
    for (const char c : bytes) {
        if (c == separator || c == '"' || c == '\r' || c == '\n') {
            return true;
        }
    }
    return false;
}

void appendQuoted(QByteArray& out, const QByteArray& bytes, char separator)
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

} // namespace

CsvWriter::CsvWriter(QIODevice& device, CsvDialect dialect)
    : m_device(device)
    , m_dialect(dialect)
    , m_separator(Csv::separator(dialect))
{
    m_buffer.reserve(FlushThreshold + 4096);
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

void CsvWriter::writeRow(const QVariantList& cells)
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (i > 0) {
            m_buffer += m_separator;
        }
        if (i < cells.size()) {
            appendValue(m_buffer, cells.at(i), m_columns.at(i), m_dialect, m_separator);
        }
    }
    m_buffer += "\r\n";
    if (m_buffer.size() >= FlushThreshold) {
        flush();
    }
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

void CsvWriter::writeTable(
    QIODevice& device, CsvDialect dialect, const QList<CsvColumn>& columns, const QList<QVariantList>& rows)
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
    if (guardFormula && !bytes.isEmpty()) {
        const char c = bytes.at(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            bytes.prepend('\'');
        }
    }
    appendQuoted(out, bytes, separator);
}

void CsvWriter::appendValue(
    QByteArray& out, const QVariant& value, const CsvColumn& column, CsvDialect dialect, char separator)
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
        QByteArray number = QByteArray::number(v, 'f', QLocale::FloatingPointShortest);
        if (nl) {
            number.replace('.', ',');
        }
        appendQuoted(out, number, separator);
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
