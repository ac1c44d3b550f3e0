#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

/// The document information of a PDF/A-1b file, written twice and identically: as XMP metadata (through
/// QPdfWriter::setDocumentXmpMetadata) and as the Info dictionary. ISO 19005-1 §6.7.3 requires the two to agree;
/// Qt 6.4's QPdfWriter has no setAuthor and stamps its own CreationDate, so the Info dictionary is replaced by an
/// incremental update (ISO 32000-1 §7.5.6) that carries the same values as the XMP packet.
namespace PdfMetadata {

struct Info
{
    QString title;
    QString author;
    QString creator; ///< the application (xmp:CreatorTool)
    QString producer; ///< the PDF library (pdf:Producer)
    QDateTime created; ///< one instant, whole seconds, for CreationDate, ModDate and the XMP dates
};

/// The XMP packet for `info`, with the PDF/A-1b identification.
QByteArray xmp(const Info& info);

/// Appends to the PDF at `path` a new Info dictionary with title, author, creator, producer and the dates, and a
/// cross-reference section and trailer that point to it (keeping the Root and the ID). Throws Error when the file
/// is not a PDF with a classic cross-reference table.
void appendInfo(const QString& path, const Info& info);

} // namespace PdfMetadata
