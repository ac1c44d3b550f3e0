#include "PdfMetadata.h"

#include "core/Error.h"
#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PdfMetadata {

namespace {

const Translations::Context tr {"PdfMetadata"};

/// A PDF text string: UTF-16BE with a byte-order mark, as hexadecimal (no escaping needed).
QByteArray textString(const QString& text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text) {
        hex += QByteArray::number(c.unicode() | 0x10000, 16).mid(1).toUpper();
    }
    return hex + '>';
}

QByteArray pdfDate(const QDateTime& when)
{
    return "(D:" + when.toUTC().toString(u"yyyyMMddHHmmss"_s).toLatin1() + "+00'00')";
}

QString xmlEscape(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

QByteArray xmp(const Info& info)
{
    const QString date = info.created.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"Z"_s;
    const QString xml = uR"(<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">%1</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreatorTool>%3</xmp:CreatorTool>
<xmp:CreateDate>%4</xmp:CreateDate>
<xmp:ModifyDate>%4</xmp:ModifyDate>
<xmp:MetadataDate>%4</xmp:MetadataDate>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>%5</pdf:Producer>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<pdfaid:part>1</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>)"_s.arg(xmlEscape(info.title), xmlEscape(info.author), xmlEscape(info.creator), date,
                            xmlEscape(info.producer));
    return xml.toUtf8();
}

void appendInfo(const QString& path, const Info& info)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        throw Error(tr("The PDF could not be completed."), file.errorString());
    }
    // The trailer sits in the last kilobytes of the file.
    const qint64 size = file.size();
    const qint64 tailStart = std::max<qint64>(0, size - 4096);
    file.seek(tailStart);
    const QString tail = QString::fromLatin1(file.read(size - tailStart));
    const qsizetype trailerAt = tail.lastIndexOf(u"trailer"_s);
    const auto startxref = QRegularExpression(u"startxref\\s+(\\d+)\\s+%%EOF\\s*$"_s).match(tail);
    if (trailerAt < 0 || !startxref.hasMatch()) {
        throw Error(tr("The PDF could not be completed."), u"no classic trailer"_s);
    }
    const QString trailer = tail.mid(trailerAt);
    const auto sizeMatch = QRegularExpression(u"/Size\\s+(\\d+)"_s).match(trailer);
    const auto rootMatch = QRegularExpression(u"/Root\\s+(\\d+\\s+\\d+\\s+R)"_s).match(trailer);
    const auto idMatch = QRegularExpression(u"/ID\\s*\\[[^\\]]*\\]"_s).match(trailer);
    if (!sizeMatch.hasMatch() || !rootMatch.hasMatch() || !idMatch.hasMatch()) {
        throw Error(tr("The PDF could not be completed."), u"trailer without Size, Root or ID"_s);
    }
    const int object = sizeMatch.captured(1).toInt();

    QByteArray update = "\n";
    const qint64 objectOffset = size + update.size();
    update += QByteArray::number(object) + " 0 obj\n<<\n/Title " + textString(info.title) + "\n/Author "
        + textString(info.author) + "\n/Creator " + textString(info.creator) + "\n/Producer "
        + textString(info.producer) + "\n/CreationDate " + pdfDate(info.created) + "\n/ModDate " + pdfDate(info.created)
        + "\n>>\nendobj\n";
    const qint64 xrefOffset = size + update.size();
    update += "xref\n" + QByteArray::number(object) + " 1\n" + QByteArray::number(objectOffset).rightJustified(10, '0')
        + " 00000 n \n";
    update += "trailer\n<<\n/Size " + QByteArray::number(object + 1) + "\n/Root " + rootMatch.captured(1).toLatin1()
        + "\n/Info " + QByteArray::number(object) + " 0 R\n" + idMatch.captured(0).toLatin1() + "\n/Prev "
        + startxref.captured(1).toLatin1() + "\n>>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    file.seek(size);
    if (file.write(update) != update.size() || !file.flush()) {
        throw Error(tr("The PDF could not be completed."), file.errorString());
    }
}

} // namespace PdfMetadata
