#include "ReportRenderer.h"

#include "core/Cancelled.h"
#include "core/Error.h"
#include "core/io/SafeOutput.h"
#include "core/platform/Platform.h"
#include "ui/common/Palette.h"
#include "ui/report/ChartPainter.h"
#include "ui/report/PdfMetadata.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QScopeGuard>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QThread>
#include <QUrl>
#include <exception>

using namespace Qt::StringLiterals;

namespace {

/// Every block is laid out at this resolution; other devices get a scaled painter.
constexpr double Dpi = 300.0;

constexpr double mm(double millimetres)
{
    return millimetres / 25.4 * Dpi;
}

constexpr double PageHeight = mm(297);
constexpr double Left = mm(20);
constexpr double Top = mm(27);
constexpr double ContentWidth = mm(170);
constexpr double ContentHeight = mm(247);
constexpr double Gap = mm(1.2); ///< below a table or a chart

/// A font of `points` at the reference resolution, in pixels, so that it keeps its size on a scaled painter.
QFont fontOf(double points, bool bold = false)
{
    QFont font(ReportContent::fontFamily());
    font.setPixelSize(qRound(points * Dpi / 72.0));
    font.setBold(bold);
    return font;
}

QString longDate(const QDate& date)
{
    return QLocale().toString(date, u"d MMMM yyyy"_s);
}

void check(const ReportRenderer::Progress& progress, int percent)
{
    if (progress && !progress(percent)) {
        throw Cancelled();
    }
}

/// Where each row of a laid-out table starts (row 0 is the header row), and the table's height.
struct TableMeasure
{
    QList<double> tops;
    double height = 0;

    /// The estimated height of the header row with body rows first..last (1-based, inclusive).
    double chunk(qsizetype first, qsizetype last) const
    {
        const double end = last + 1 < tops.size() ? tops.at(last + 1) : height;
        return tops.value(1, height) + end - tops.at(first) + mm(0.6);
    }
};

TableMeasure measure(QTextDocument& doc)
{
    TableMeasure m;
    m.height = doc.size().height();
    QTextTable* table = nullptr;
    for (QTextFrame* frame : doc.rootFrame()->childFrames()) {
        if ((table = qobject_cast<QTextTable*>(frame))) {
            break;
        }
    }
    if (!table) {
        return m;
    }
    for (int r = 0; r < table->rows(); ++r) {
        const QTextBlock block = table->cellAt(r, 0).firstCursorPosition().block();
        m.tops << doc.documentLayout()->blockBoundingRect(block).top();
    }
    // The first row's offset is padding and border that every chunk has above its header too.
    return m;
}

} // namespace

struct ReportRenderer::Placed
{
    std::shared_ptr<QTextDocument> document; ///< null for a chart
    QString html; ///< what the document was made from
    const ChartPainter::BarChart* chart = nullptr;
    double y = 0;
    double height = 0;
    /// A piece of a longer table cut from that table's document: the vertical ranges of the document drawn one
    /// below the other (its header row, then its rows of this piece). Empty: the whole document.
    QList<QPair<double, double>> slices;
};

struct ReportRenderer::Page
{
    QString header;
    bool cover = false;
    QList<Placed> items;
};

ReportRenderer::ReportRenderer(Report::Document report)
    : m_report(std::move(report))
{
}

ReportRenderer::~ReportRenderer()
{
    if (m_textThread) {
        // The blocks go on the thread that made them, then the thread.
        onTextThread([this] {
            m_pages.clear();
            m_retired.clear();
            m_reference.reset();
        });
        m_textThread->quit();
        m_textThread->wait();
        delete m_textContext;
    }
}

std::unique_ptr<QTextDocument> ReportRenderer::newDocument(const QString& html, QPaintDevice* reference) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(reference ? reference : m_reference.get());
    doc->setDefaultFont(QFont(ReportContent::fontFamily(), 9));
    doc->setDefaultStyleSheet(ReportContent::styleSheet());
    doc->setDocumentMargin(0);
    doc->setTextWidth(ContentWidth);
    doc->setHtml(html);
    doc->setProperty("source", html);
    ++m_documentsLaidOut;
    return doc;
}

void ReportRenderer::layout(const Progress& progress)
{
    if (m_laidOut) {
        return;
    }
    const QCoreApplication* app = QCoreApplication::instance();
    if (app && QThread::currentThread() != app->thread() && !m_textThread) {
        // Called on a worker, which may be gone before the report is printed (a pool's thread), while a text
        // layout keeps the font engines of its thread: the text is laid out, and later painted, on a thread of the
        // renderer's own that lives as long as the renderer. Printing from the window then lays nothing out again.
        m_textThread = std::make_unique<QThread>();
        m_textThread->setObjectName(u"reportText"_s);
        m_textThread->start();
        m_textContext = new QObject;
        m_textContext->moveToThread(m_textThread.get());
    }
    onTextThread([&] {
        m_reference = std::make_shared<QPdfWriter>(QString());
        m_reference->setResolution(int(Dpi));
        m_warnings.clear();
        m_sections = ReportContent::build(m_report, m_warnings);
        buildPages(progress);
    });
    m_laidOut = true;
}

void ReportRenderer::onTextThread(const std::function<void()>& work)
{
    if (!m_textThread || QThread::currentThread() == m_textThread.get()) {
        work();
        return;
    }
    std::exception_ptr failure;
    QMetaObject::invokeMethod(
        m_textContext,
        [&] {
            try {
                work();
            } catch (...) {
                failure = std::current_exception();
            }
        },
        Qt::BlockingQueuedConnection);
    if (failure) {
        std::rethrow_exception(failure); // Cancelled, Error
    }
}

double ReportRenderer::rowCut(QPaintDevice& reference) const
{
    // A piece of rows 1..n of a longer table ends where row n + 1's text would start less this much (its cell
    // padding): measured on a table of two rows and its first row alone, as every table of the report is made.
    const QStringList header {u"x"_s};
    const auto one = newDocument(ReportContent::tableHtml(header, {{u"x"_s}}, {100}), &reference);
    const auto two = newDocument(ReportContent::tableHtml(header, {{u"x"_s}, {u"x"_s}}, {100}), &reference);
    return measure(*two).tops.value(2) - one->size().height();
}

void ReportRenderer::buildPages(const Progress& progress)
{
    // Section by section, in this thread: a text layout keeps the font engines of the thread that made it.
    m_pages.clear();
    const double cut = rowCut(*m_reference);
    for (qsizetype s = 0; s < m_sections.size(); ++s) {
        check(progress, int(s * 100 / m_sections.size()));
        m_pages << layoutSection(m_sections.at(s), *m_reference, cut);
    }
    m_layoutThread = QThread::currentThread();
    check(progress, 100);
}

QList<std::shared_ptr<ReportRenderer::Page>> ReportRenderer::layoutSection(const ReportContent::Section& section,
                                                                           QPaintDevice& reference, double cut) const
{
    QList<std::shared_ptr<Page>> pages;
    const double lineHeight = QFontMetricsF(fontOf(9), &reference).height();
    std::shared_ptr<Page> page;
    double y = 0;
    const auto newPage = [&] {
        page = std::make_shared<Page>();
        page->header = section.header;
        page->cover = section.cover;
        pages << page;
        y = section.cover ? ContentHeight * 0.18 : 0;
    };
    const auto place = [&](std::shared_ptr<QTextDocument> doc, const ChartPainter::BarChart* chart, double height,
                           const QList<QPair<double, double>>& slices = {}) {
        const QString html = doc ? doc->property("source").toString() : QString();
        page->items << Placed {std::move(doc), html, chart, y, height, slices};
        y += height;
    };
    const auto makeDocument = [&](const QString& html) {
        return newDocument(html, &reference);
    };

    {
        newPage();
        // Documents and table measures made while looking ahead, kept for their turn.
        QHash<qsizetype, std::shared_ptr<QTextDocument>> docs;
        QHash<qsizetype, TableMeasure> tables;
        const auto docOf = [&](qsizetype k) {
            auto& doc = docs[k];
            if (!doc) {
                const auto& b = section.blocks.at(k);
                doc = makeDocument(b.kind == ReportContent::Block::Kind::Table
                                       ? ReportContent::tableHtml(b.headers, b.rows, b.widths)
                                       : b.html);
            }
            return doc;
        };
        const auto measureOf = [&](qsizetype k) -> const TableMeasure& {
            if (!tables.contains(k)) {
                tables.insert(k, measure(*docOf(k)));
            }
            return tables[k];
        };
        const auto chartHeight = [&](const ReportContent::Block& b) {
            return ChartPainter::preferredHeight(b.chart, lineHeight) + Gap;
        };
        // What must follow a heading on the same page: the next block, or a table's header and first row.
        const auto firstPiece = [&](qsizetype k) -> double {
            if (k >= section.blocks.size()) {
                return 0;
            }
            const auto& b = section.blocks.at(k);
            switch (b.kind) {
            case ReportContent::Block::Kind::Html:
                return docOf(k)->size().height();
            case ReportContent::Block::Kind::Chart:
                return chartHeight(b);
            case ReportContent::Block::Kind::Table:
                return b.rows.isEmpty() ? 0 : measureOf(k).chunk(1, 1);
            }
            return 0;
        };

        for (qsizetype k = 0; k < section.blocks.size(); ++k) {
            const ReportContent::Block& b = section.blocks.at(k);
            switch (b.kind) {
            case ReportContent::Block::Kind::Html: {
                auto doc = docOf(k);
                const double height = doc->size().height();
                const double need = height + (b.keepWithNext ? firstPiece(k + 1) : 0);
                if (y > 0 && y + need > ContentHeight) {
                    newPage();
                }
                place(doc, nullptr, height);
                break;
            }
            case ReportContent::Block::Kind::Chart: {
                const double height = chartHeight(b);
                if (y > 0 && y + height > ContentHeight) {
                    newPage();
                }
                place(nullptr, &b.chart, height);
                break;
            }
            case ReportContent::Block::Kind::Table: {
                const TableMeasure& m = measureOf(k);
                const qsizetype rows = b.rows.size();
                qsizetype first = 1;
                while (first <= rows) {
                    const double room = ContentHeight - y;
                    qsizetype last = first - 1;
                    while (last < rows && m.chunk(first, last + 1) <= room) {
                        ++last;
                    }
                    if (last < first) {
                        if (y > 0) {
                            newPage();
                            continue;
                        }
                        last = first; // a row taller than a page: alone on its page
                    }
                    // A piece of a longer table is cut from the whole table's document rather than laid out
                    // again: its header row and then rows first..last, exactly as high as a document of the piece
                    // (the rows keep the stripes they have in the whole table, so a page may begin with a shaded
                    // row).
                    if (first == 1 && last == rows) {
                        place(docOf(k), nullptr, docOf(k)->size().height() + Gap);
                    } else {
                        const double headerEnd = m.tops.value(1, m.height) - cut;
                        const double from = m.tops.at(first) - cut;
                        const double to = last + 1 < m.tops.size() ? m.tops.at(last + 1) - cut : m.height;
                        place(docOf(k), nullptr, (first == 1 ? to : headerEnd + to - from) + Gap,
                              first == 1 ? QList<QPair<double, double>> {{0.0, to}}
                                         : QList<QPair<double, double>> {{0.0, headerEnd}, {from, to}});
                    }
                    first = last + 1;
                    if (first <= rows) {
                        newPage();
                    }
                }
                break;
            }
            }
        }
    }
    return pages;
}

int ReportRenderer::pageCount()
{
    layout();
    return int(m_pages.size());
}

QStringList ReportRenderer::pageHeaders()
{
    layout();
    QStringList headers;
    for (const auto& page : std::as_const(m_pages)) {
        headers << page->header;
    }
    return headers;
}

QStringList ReportRenderer::warnings()
{
    layout();
    return m_warnings;
}

void ReportRenderer::paintPage(QPainter& painter, int index, double scale)
{
    const Page& page = *m_pages.at(index);
    painter.save();
    painter.scale(scale, scale);
    if (!page.cover) {
        painter.save();
        painter.setFont(fontOf(7));
        painter.setPen(Palette::text(Palette::Text::Muted));
        const QString title = m_report.municipality + u" · "_s
            + (m_report.isOverview ? tr("Municipality overview") : tr("Ward report"));
        const QRectF headerRect(Left, mm(12), ContentWidth, mm(6));
        drawRepeated(painter, headerRect, Qt::AlignLeft, title + u" · "_s + page.header);
        drawRepeated(painter, headerRect, Qt::AlignRight,
                     tr("%1 to %2").arg(longDate(m_report.from), longDate(m_report.to)));
        painter.setPen(QPen(QColor(0x9a, 0xa5, 0xb1), 0));
        painter.drawLine(QPointF(Left, headerRect.bottom()), QPointF(Left + ContentWidth, headerRect.bottom()));
        const QRectF footerRect(Left, PageHeight - mm(16), ContentWidth, mm(6));
        painter.drawLine(QPointF(Left, footerRect.top()), QPointF(Left + ContentWidth, footerRect.top()));
        painter.setPen(Palette::text(Palette::Text::Muted));
        drawRepeated(painter, footerRect, Qt::AlignLeft, tr("Printed on %1").arg(longDate(m_report.printedOn)));
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(index + 1).arg(m_pages.size()));
        painter.restore();
    }
    for (const Placed& item : page.items) {
        painter.save();
        painter.translate(Left, Top + item.y);
        if (item.document && !item.slices.isEmpty()) {
            double top = 0;
            for (const auto& [from, to] : item.slices) {
                painter.save();
                painter.translate(0, top - from);
                // Only the rows inside the slice are drawn (a margin inside its edges keeps the neighbouring rows
                // out); the clip cuts the table's borders that run past it.
                painter.setClipRect(QRectF(-Left, from, ContentWidth + 2 * Left, to - from), Qt::IntersectClip);
                QAbstractTextDocumentLayout::PaintContext context;
                context.palette.setColor(QPalette::Text, Qt::black);
                context.clip = QRectF(0, from + 1, ContentWidth, to - from - 2);
                item.document->documentLayout()->draw(&painter, context);
                painter.restore();
                top += to - from;
            }
        } else if (item.document) {
            QAbstractTextDocumentLayout::PaintContext context;
            context.palette.setColor(QPalette::Text, Qt::black);
            context.clip = QRectF(0, 0, ContentWidth, item.height);
            item.document->documentLayout()->draw(&painter, context);
        } else if (item.chart) {
            painter.setFont(fontOf(9));
            ChartPainter::paint(painter, QRectF(0, 0, ContentWidth, item.height - Gap), *item.chart);
        }
        painter.restore();
    }
    painter.restore();
}

void ReportRenderer::drawRepeated(QPainter& painter, const QRectF& rect, Qt::Alignment alignment, const QString& text)
{
    // One line laid out as QPainter::drawText(rect, alignment | Qt::AlignVCenter, text) lays it out, kept for the
    // next pages, and drawn where drawText draws it.
    auto& layout = m_repeated[text];
    if (!layout) {
        layout = std::make_shared<QTextLayout>(text, painter.font(), painter.device());
        layout->setCacheEnabled(true);
        QTextOption option;
        option.setTextDirection(painter.layoutDirection());
        option.setAlignment(Qt::AlignLeft);
        layout->setTextOption(option);
        layout->beginLayout();
        QTextLine line = layout->createLine();
        line.setLineWidth(0x01000000);
        line.setPosition(QPointF(0, 0));
        layout->endLayout();
    }
    const QTextLine line = layout->lineAt(0);
    const double height = line.ascent() + line.descent();
    const double width = line.naturalTextWidth();
    if (layout->lineCount() != 1 || width > rect.width() || height > rect.height()) {
        painter.drawText(rect, int(alignment | Qt::AlignVCenter), text); // clipped to the rectangle
        return;
    }
    const double x = alignment & Qt::AlignRight ? rect.width() - line.horizontalAdvance() : 0;
    line.draw(&painter, QPointF(rect.x() + x, rect.y() + (rect.height() - height) / 2));
}

int ReportRenderer::print(QPagedPaintDevice& device, const Progress& progress)
{
    layout();
    int pages = 0;
    onTextThread([&] { pages = printHere(device, progress); });
    return pages;
}

int ReportRenderer::printHere(QPagedPaintDevice& device, const Progress& progress)
{
    // The PDF engine allocates and frees its large buffers again for every page.
    const Platform::MemoryReuse reuse;
    if (QThread::currentThread() != m_layoutThread) {
        // Laid out on the main thread and printed on another (not the window's way: see layout()): make the blocks
        // again here (same resolution and fonts, so the same pages); the old ones stay until the renderer goes.
        QHash<const QTextDocument*, std::shared_ptr<QTextDocument>> remade; // a table cut into pieces: once
        for (const auto& page : std::as_const(m_pages)) {
            for (Placed& item : page->items) {
                if (item.document) {
                    auto& again = remade[item.document.get()];
                    if (!again) {
                        m_retired << item.document;
                        again = newDocument(item.html);
                    }
                    item.document = again;
                }
            }
        }
        m_layoutThread = QThread::currentThread();
    }
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPainter painter;
    if (!painter.begin(&device)) {
        throw Error(tr("The report could not be printed."));
    }
    const double scale = device.logicalDpiX() / Dpi;
    m_repeated.clear(); // laid out on this thread, for this device, and gone with the painting
    const auto forget = qScopeGuard([this] { m_repeated.clear(); });
    for (int i = 0; i < m_pages.size(); ++i) {
        if (i > 0 && !device.newPage()) {
            throw Error(tr("The report could not be printed."));
        }
        paintPage(painter, i, scale);
        check(progress, int(i * 100 / m_pages.size()));
    }
    painter.end();
    return int(m_pages.size());
}

SafeOutput::Options ReportRenderer::outputOptions() const
{
    SafeOutput::Options options;
    options.content = m_report.withNames ? OutputContent::PersonalData : OutputContent::NoPersonalData;
    options.protectedFiles = m_protectedFiles;
    options.allowNonRegular = false; // the PDF is completed in place, the ODT is a zip
    return options;
}

void ReportRenderer::setProtectedFiles(const QStringList& files)
{
    m_protectedFiles = files;
}

void ReportRenderer::checkTarget(const QString& path) const
{
    SafeOutput::checkTarget(path, outputOptions());
}

void ReportRenderer::writePdf(const QString& path, const Progress& progress)
{
    checkTarget(path);
    layout([&](int percent) { return !progress || progress(percent * 6 / 10); });
    PdfMetadata::Info metadata;
    metadata.title = m_report.title;
    metadata.author = m_report.author;
    metadata.creator = u"Wijkregie"_s;
    metadata.producer = u"Qt "_s + QString::fromLatin1(qVersion());
    // One instant for the Info dictionary and the XMP packet, in whole seconds.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    metadata.created = now.addMSecs(-now.time().msec());
    SafeOutput::saveByPath(path, outputOptions(), [&](const QString& temporary) {
        {
            QPdfWriter writer(temporary);
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
            writer.setResolution(int(Dpi));
            writer.setTitle(metadata.title);
            writer.setCreator(metadata.creator);
            writer.setDocumentXmpMetadata(PdfMetadata::xmp(metadata));
            print(writer, [&](int percent) { return !progress || progress(60 + percent * 4 / 10); });
        }
        if (QFileInfo(temporary).size() == 0) {
            throw Error(tr("The PDF %1 could not be written.").arg(QDir::toNativeSeparators(path)));
        }
        PdfMetadata::appendInfo(temporary, metadata);
    });
}

QTextDocument* ReportRenderer::wholeDocument(bool withCharts)
{
    layout();
    m_whole = newDocument(QString());
    m_whole->setTextWidth(-1);
    QString html;
    int chartIndex = 0;
    for (qsizetype s = 0; s < m_sections.size(); ++s) {
        bool first = true;
        for (const auto& b : m_sections.at(s).blocks) {
            QString fragment;
            switch (b.kind) {
            case ReportContent::Block::Kind::Html:
                fragment = b.html;
                break;
            case ReportContent::Block::Kind::Table:
                fragment = ReportContent::tableHtml(b.headers, b.rows, b.widths);
                break;
            case ReportContent::Block::Kind::Chart: {
                if (!withCharts) {
                    continue;
                }
                // A chart as a picture at 150 dpi, 17 cm wide.
                constexpr double scale = 0.5;
                const double lineHeight = QFontMetricsF(fontOf(9), m_reference.get()).height();
                const QSizeF size(ContentWidth, ChartPainter::preferredHeight(b.chart, lineHeight));
                QImage image((size * scale).toSize(), QImage::Format_RGB32);
                image.setDotsPerMeterX(qRound(Dpi * scale / 0.0254));
                image.setDotsPerMeterY(qRound(Dpi * scale / 0.0254));
                image.fill(Qt::white);
                {
                    QPainter painter(&image);
                    painter.scale(scale, scale);
                    painter.setFont(fontOf(9));
                    ChartPainter::paint(painter, QRectF(QPointF(0, 0), size), b.chart);
                }
                const QString name = u"chart%1.png"_s.arg(++chartIndex);
                m_whole->addResource(QTextDocument::ImageResource, QUrl(name), image);
                fragment = u"<p><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>"_s.arg(name)
                               .arg(image.width())
                               .arg(image.height());
                break;
            }
            }
            if (first && s > 0 && fragment.startsWith(u"<h1>"_s)) {
                fragment = u"<h1 style=\"page-break-before: always\">"_s + fragment.mid(4);
            }
            first = false;
            html += fragment;
        }
    }
    m_whole->setHtml(html);
    return m_whole.get();
}

void ReportRenderer::writeOdt(const QString& path)
{
    checkTarget(path);
    QTextDocument* doc = wholeDocument(true);
    doc->setMetaInformation(QTextDocument::DocumentTitle, m_report.title);
    SafeOutput::saveByPath(path, outputOptions(), [&](const QString& temporary) {
        QTextDocumentWriter writer(temporary, "odf");
        if (!writer.write(doc)) {
            throw Error(tr("The document %1 could not be written.").arg(QDir::toNativeSeparators(path)),
                        writer.device() ? writer.device()->errorString() : QString());
        }
    });
}

QString ReportRenderer::toHtml()
{
    return wholeDocument(false)->toHtml();
}
