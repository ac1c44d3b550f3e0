#pragma once

#include "core/csv/CsvDialect.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

/// One problem in a CSV file, located as a spreadsheet shows it.
struct CsvProblem
{
    int row = 0; ///< the row as a spreadsheet numbers it (header = 1); 0 for the file as a whole
    QString column; ///< the column's header (or "column 3"); empty for the whole row or file
    QString message; ///< translated
};

/// Reads CSV in either dialect, detected from the BOM and the separator of the first line (';' → excel-nl,
/// otherwise rfc4180); a first line "sep=;" (which Excel writes and reads) sets the separator and is not a row.
/// A file that is not valid UTF-8 is read as Windows-1252, the encoding of Excel's "CSV (gescheiden door
/// lijstscheidingsteken)" on a Dutch Windows (encoding() says which was used). Parses RFC 4180: quoted fields with
/// separators, doubled quotes and line breaks inside; CRLF, LF or CR line ends. Never throws and never crashes on any
/// input: what cannot be read becomes a CsvProblem. The first row read is taken as the header (its cells name the
/// columns in later problems).
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// Larger files are refused (a register, even Amsterdam's activity log, stays well below this).
    static constexpr qint64 DefaultMaxBytes = 64LL * 1024 * 1024;

    /// The character encoding a file was read in.
    enum class Encoding { Utf8, Utf8WithBom, Windows1252 };

    /// Takes the file's bytes; checks the encoding (UTF-8 with or without BOM, otherwise Windows-1252) and emptiness.
    explicit CsvReader(QByteArray data);
    /// Reads the whole device; a device larger than maxBytes is refused with a problem and nothing is read.
    static CsvReader fromDevice(QIODevice& device, qint64 maxBytes = DefaultMaxBytes);

    CsvDialect dialect() const { return m_dialect; }
    char separator() const { return m_separator; }
    bool hasBom() const { return m_bom; }
    Encoding encoding() const { return m_encoding; }
    /// "UTF-8", "UTF-8 (BOM)" or "Windows-1252", as the preview and the command line show it.
    static QString encodingName(Encoding encoding);
    /// Windows-1252 bytes as UTF-8 (the five unassigned bytes become U+FFFD).
    static QByteArray windows1252ToUtf8(QByteArrayView bytes);
    /// False when the file cannot be read at all (empty, too large); problems() says why.
    bool isReadable() const { return m_readable; }

    /// Reads the next row into cells (blank lines are skipped but counted). False at the end, or after a problem
    /// that makes the rest unreadable (an unbalanced quote).
    bool readRow(QStringList& cells);
    /// The spreadsheet number of the row last read (header = 1).
    int row() const { return m_row; }
    /// 0..100: how much of the file has been read.
    int percentDone() const;
    const QList<CsvProblem>& problems() const { return m_problems; }
    /// The header's name for column i (0-based, cut short as elided() does), or "column N".
    QString columnName(qsizetype index) const;
    /// `text` cut after maxLength characters with "... (N characters)", so that a huge cell or header is not
    /// echoed back whole in a message.
    static QString elided(const QString& text, qsizetype maxLength = 60);

private:
    CsvReader() = default;
    void checkEncoding();
    /// True when the bytes hold a valid two- or three-byte UTF-8 sequence.
    static bool hasUtf8Sequence(QByteArrayView bytes);
    void addProblem(int row, qsizetype column, const QString& message);

    QByteArray m_data;
    qsizetype m_pos = 0;
    CsvDialect m_dialect = CsvDialect::Rfc4180;
    char m_separator = ',';
    bool m_bom = false;
    Encoding m_encoding = Encoding::Utf8;
    bool m_readable = true;
    bool m_failed = false;
    int m_row = 0;
    QStringList m_header;
    QList<CsvProblem> m_problems;
};
