#include "CsvReader.h"

#include <QIODevice>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MiB = qint64(1024) * 1024;

} // namespace

CsvReader::CsvReader(QByteArray data)
    : m_data(std::move(data))
{
    if (m_data.startsWith("\xEF\xBB\xBF")) {
        m_bom = true;
        m_pos = 3;
    }
    if (m_data.mid(m_pos).trimmed().isEmpty()) {
        m_readable = false;
        m_problems.append({0, {}, tr("The file is empty.")});
        return;
    }
    m_encoding = m_bom ? Encoding::Utf8WithBom : Encoding::Utf8;
    checkEncoding();
    if (!m_readable) {
        return;
    }
    // "sep=;" (or "sep=,", "sep=\t") on the first line: Excel's own way to name the separator.
    char named = 0;
    if (m_data.size() - m_pos >= 5 && m_data.mid(m_pos, 4).toLower() == "sep=") {
        qsizetype end = m_pos + 5;
        if (end >= m_data.size() || m_data.at(end) == '\r' || m_data.at(end) == '\n') {
            named = m_data.at(m_pos + 4);
            if (end < m_data.size() && m_data.at(end) == '\r') {
                ++end;
            }
            if (end < m_data.size() && m_data.at(end) == '\n') {
                ++end;
            }
            m_pos = end;
        }
    }
    if (named == ';' || named == ',' || named == '\t') {
        m_separator = named;
        m_dialect = named == ';' ? CsvDialect::ExcelNl : CsvDialect::Rfc4180;
        return;
    }
    // The separator: whichever of ';' and ',' occurs more often in the first line, outside quotes.
    int semicolons = 0;
    int commas = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_data.size(); ++i) {
        const char c = m_data.at(i);
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            break;
        } else if (!quoted && c == ';') {
            ++semicolons;
        } else if (!quoted && c == ',') {
            ++commas;
        }
    }
    m_separator = semicolons > commas ? ';' : ',';
    m_dialect = m_separator == ';' ? CsvDialect::ExcelNl : CsvDialect::Rfc4180;
}

CsvReader CsvReader::fromDevice(QIODevice& device, qint64 maxBytes)
{
    const qint64 size = device.isSequential() ? -1 : device.size() - device.pos();
    if (size > maxBytes) {
        CsvReader r;
        r.m_readable = false;
        r.m_problems.append(
            {0,
             {},
             tr("The file is too large (%1 MB); at most %2 MB can be imported at once. Split it into smaller files.")
                 .arg((size + MiB - 1) / MiB)
                 .arg(maxBytes / MiB)});
        return r;
    }
    QByteArray data = device.read(maxBytes + 1);
    if (data.size() > maxBytes) {
        CsvReader r;
        r.m_readable = false;
        r.m_problems.append(
            {0,
             {},
             tr("The file is too large; at most %1 MB can be imported at once. Split it into smaller files.")
                 .arg(maxBytes / MiB)});
        return r;
    }
    return CsvReader(std::move(data));
}

void CsvReader::checkEncoding()
{
    // Decoded in pieces that end at a line end: no multi-byte sequence crosses a line end, so each piece decodes
    // on its own, and an error is found in its line.
    constexpr qsizetype Piece = MiB;
    const QByteArrayView all(m_data);
    qsizetype start = m_pos;
    while (start < all.size()) {
        qsizetype end = qMin(all.size(), start + Piece);
        if (end < all.size()) {
            const qsizetype newline = m_data.indexOf('\n', end);
            end = newline < 0 ? all.size() : newline + 1;
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder(all.sliced(start, end - start));
        Q_UNUSED(decoded)
        if (decoder.hasError()) {
            break;
        }
        start = end;
    }
    if (start >= all.size()) {
        return;
    }
    // Not UTF-8: Excel's "CSV (gescheiden door lijstscheidingsteken)" writes the Windows code page, 1252 on a
    // Dutch Windows. Converted once, so that the rest reads UTF-8. A file with a BOM or with valid UTF-8 letters
    // besides the invalid bytes is a mix of both: reading it either way would garble part of it, so it is refused.
    if (!m_bom && !hasUtf8Sequence(all.sliced(m_pos))) {
        m_data = windows1252ToUtf8(all.sliced(m_pos));
        m_pos = 0;
        m_encoding = Encoding::Windows1252;
        return;
    }
    int line = 1 + static_cast<int>(all.sliced(m_pos, start - m_pos).count('\n'));
    for (;;) {
        qsizetype end = m_data.indexOf('\n', start);
        end = end < 0 ? all.size() : end + 1;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder(all.sliced(start, end - start));
        Q_UNUSED(text)
        if (decoder.hasError() || end >= all.size()) {
            break;
        }
        ++line;
        start = end;
    }
    m_readable = false;
    m_problems.append(
        {line,
         {},
         tr("The file mixes two encodings: most of it is UTF-8, but row %1 contains characters in another encoding "
            "(probably Windows-1252 from an older version of Excel). In Excel choose \"Save as\" > \"CSV UTF-8 "
            "(comma delimited)\", or save it as UTF-8 in another program, and import it again.")
             .arg(line)});
}

bool CsvReader::hasUtf8Sequence(QByteArrayView bytes)
{
    const auto continuation = [&bytes](qsizetype i) {
        return i < bytes.size() && (static_cast<unsigned char>(bytes.at(i)) & 0xC0) == 0x80;
    };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if ((c >= 0xC2 && c <= 0xDF && continuation(i + 1))
            || (c >= 0xE0 && c <= 0xEF && continuation(i + 1) && continuation(i + 2))) {
            return true;
        }
    }
    return false;
}

QByteArray CsvReader::windows1252ToUtf8(QByteArrayView bytes)
{
    // 0x80..0x9F differ from Latin-1; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned.
    static constexpr char16_t High[32]
        = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
           0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
           0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString text;
    text.reserve(bytes.size());
    for (const char b : bytes) {
        const auto c = static_cast<unsigned char>(b);
        text.append(c >= 0x80 && c < 0xA0 ? QChar(High[c - 0x80]) : QChar(char16_t(c)));
    }
    return text.toUtf8();
}

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return u"UTF-8"_s;
    case Encoding::Utf8WithBom:
        return u"UTF-8 (BOM)"_s;
    case Encoding::Windows1252:
        return u"Windows-1252"_s;
    }
    return {};
}

void CsvReader::addProblem(int row, qsizetype column, const QString& message)
{
    m_problems.append({row, column < 0 ? QString() : columnName(column), message});
}

QString CsvReader::columnName(qsizetype index) const
{
    const QString name = m_header.value(index).trimmed();
    return name.isEmpty() ? tr("column %1").arg(index + 1) : elided(name);
}

QString CsvReader::elided(const QString& text, qsizetype maxLength)
{
    if (text.size() <= maxLength) {
        return text;
    }
    return text.left(maxLength) + QChar(0x2026) + tr(" (%1 characters)").arg(text.size());
}

int CsvReader::percentDone() const
{
    if (m_data.isEmpty()) {
        return 100;
    }
    return static_cast<int>(m_pos * 100 / m_data.size());
}

bool CsvReader::readRow(QStringList& cells)
{
    cells.clear();
    if (!m_readable || m_failed) {
        return false;
    }
    const char* data = m_data.constData();
    const qsizetype size = m_data.size();
    while (m_pos < size) {
        ++m_row;
        cells.clear();
        bool recordEnded = false;
        while (!recordEnded) {
            QByteArray field;
            qsizetype fieldStart = m_pos;
            if (m_pos < size && data[m_pos] == '"') {
                ++m_pos;
                for (;;) {
                    const qsizetype quote = m_data.indexOf('"', m_pos);
                    if (quote < 0) {
                        addProblem(m_row, cells.size(),
                                   tr("A quote opened in this cell is never closed, so the rest of the file cannot be "
                                      "read. Check the quotes (\") in this row."));
                        m_failed = true;
                        m_pos = size;
                        cells.clear();
                        return false;
                    }
                    field.append(data + m_pos, quote - m_pos);
                    m_pos = quote + 1;
                    if (m_pos < size && data[m_pos] == '"') {
                        field.append('"');
                        ++m_pos;
                        continue;
                    }
                    break;
                }
                fieldStart = m_pos;
                if (m_pos < size && data[m_pos] != m_separator && data[m_pos] != '\r' && data[m_pos] != '\n') {
                    addProblem(m_row, cells.size(),
                               tr("There is text after the closing quote of this cell. Put the whole cell between "
                                  "quotes and write a quote inside it as two quotes (\"\")."));
                }
            }
            // Unquoted text (or what follows a closing quote) up to the separator or the line end.
            qsizetype i = fieldStart;
            while (i < size && data[i] != m_separator && data[i] != '\r' && data[i] != '\n') {
                ++i;
            }
            field.append(data + fieldStart, i - fieldStart);
            m_pos = i;
            if (field.contains('\0')) {
                // A NUL hides what follows it in most programs; the hidden tail would travel on unseen.
                addProblem(m_row, cells.size(),
                           tr("This cell contains a hidden NUL character (a zero byte), which is not text. Remove it "
                              "and import the file again."));
            }
            cells.append(QString::fromUtf8(field));
            if (m_pos >= size) {
                recordEnded = true;
            } else if (data[m_pos] == m_separator) {
                ++m_pos;
            } else {
                if (data[m_pos] == '\r' && m_pos + 1 < size && data[m_pos + 1] == '\n') {
                    ++m_pos;
                }
                ++m_pos;
                recordEnded = true;
            }
        }
        if (cells.size() == 1 && cells.first().isEmpty()) {
            continue; // a blank line
        }
        if (m_header.isEmpty()) {
            m_header = cells;
        }
        return true;
    }
    return false;
}
