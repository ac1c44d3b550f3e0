#include "ReportRenderer.h"

#include "ChartPainter.h"
#include "Error.h"
#include "ReportFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

using namespace Qt::StringLiterals;

namespace {

constexpr int ChartObjectType = QTextFormat::UserObject + 1;
constexpr int ChartIndexProperty = QTextFormat::UserProperty + 1;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString longDate(const QDate& date)
{
    return QLocale().toString(date, u"d MMMM yyyy"_s);
}

double mm(const QPagedPaintDevice& device, double millimetres)
{
    return millimetres / 25.4 * device.logicalDpiY();
}

} // namespace

/// Paints the charts that the document refers to by index.
class ChartObjectHandler final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    QList<ChartPainter::BarChart> charts;
    /// The part of the document on the page being painted: charts outside it are not drawn (clipped text would
    /// still be in the PDF's content).
    QRectF pageClip;

    QSizeF intrinsicSize(QTextDocument* doc, int, const QTextFormat& format) override
    {
        const auto& chart = charts.at(format.property(ChartIndexProperty).toInt());
        const QFontMetricsF fm(doc->defaultFont(), doc->documentLayout()->paintDevice());
        const double width = doc->pageSize().width() - 2 * doc->documentMargin() - 4;
        return {width, ChartPainter::preferredHeight(chart, fm.height())};
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int, const QTextFormat& format) override
    {
        // A chart that was moved to the next page touches the previous one at the boundary: paint it only on the
        // page that holds its middle.
        if (!pageClip.isNull() && !pageClip.contains(rect.center())) {
            return;
        }
        painter->save();
        painter->setFont(doc->defaultFont());
        ChartPainter::paint(*painter, rect, charts.at(format.property(ChartIndexProperty).toInt()));
        painter->restore();
    }
};

namespace {

/// Builds the document body as one HTML text, with a marker paragraph where each chart goes; finish() sets the HTML
/// (so that page breaks and tables keep their formats) and then puts the chart objects in place of the markers.
class Builder
{
public:
    Builder(QTextDocument& doc, ChartObjectHandler& charts)
        : m_doc(doc)
        , m_charts(charts)
    {
    }

    Builder& html(const QString& fragment)
    {
        m_html += fragment;
        return *this;
    }

    void chart(const ChartPainter::BarChart& chart)
    {
        m_html += u"<p>"_s + marker(static_cast<int>(m_charts.charts.size())) + u"</p>"_s;
        m_charts.charts << chart;
    }

    void finish()
    {
        m_doc.setHtml(m_html);
        for (int i = 0; i < m_charts.charts.size(); ++i) {
            QTextCursor cursor = m_doc.find(marker(i));
            if (cursor.isNull()) {
                continue;
            }
            QTextCharFormat format;
            format.setObjectType(ChartObjectType);
            format.setProperty(ChartIndexProperty, i);
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
        }
        // The charts are far taller than their markers: lay everything out again.
        m_doc.markContentsDirty(0, m_doc.characterCount());
    }

private:
    static QString marker(int index) { return u"[[chart-%1]]"_s.arg(index); }

    QTextDocument& m_doc;
    ChartObjectHandler& m_charts;
    QString m_html;
};

QString table(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& widths = {})
{
    QString h = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                "style=\"border-collapse: collapse; border: 1px solid #9aa5b1; margin-bottom: 6px;\"><tr>"_s;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString width = i < widths.size() ? u" width=\"%1%\""_s.arg(widths.at(i)) : QString();
        h += u"<th align=\"left\" bgcolor=\"#e4e9ef\""_s + width + u'>' + esc(headers.at(i)) + u"</th>"_s;
    }
    h += u"</tr>"_s;
    bool odd = false;
    for (const QStringList& row : rows) {
        h += odd ? u"<tr bgcolor=\"#f6f8fa\">"_s : u"<tr>"_s;
        for (const QString& cell : row) {
            h += u"<td valign=\"top\">"_s + cell + u"</td>"_s; // cells are HTML already
        }
        h += u"</tr>"_s;
        odd = !odd;
    }
    return h + u"</table>"_s;
}

QString none()
{
    return u"<p><i>"_s + esc(ReportRenderer::tr("None.")) + u"</i></p>"_s;
}

QString progressCell(const Report::ProgressLine& line)
{
    if (!line.progress) {
        return esc(ReportRenderer::tr("unknown"));
    }
    const QString percent = QLocale().toString(qRound(*line.progress * 100)) + u" %"_s;
    const QString state = line.onTrack ? ReportRenderer::tr("on track") : ReportRenderer::tr("off track");
    const QString color = line.onTrack ? u"#1b5e20"_s : u"#b22200"_s;
    return esc(percent) + u" <span style=\"color:"_s + color + u"\">("_s + esc(state) + u")</span>"_s;
}

QString bandCell(const Report::InitiativeLine& line)
{
    if (!line.score) {
        return u"–"_s;
    }
    const QString color = ChartPainter::bandColor(line.bandIndex).name();
    return u"<b style=\"color:"_s + color + u"\">"_s + esc(line.band) + u"</b> ("_s + QLocale().toString(*line.score)
        + u')';
}

void progressTable(Builder& b, const QList<Report::ProgressLine>& lines, const QString& contextHeader)
{
    if (lines.isEmpty()) {
        b.html(none());
        return;
    }
    QList<QStringList> rows;
    for (const auto& g : lines) {
        QStringList row {esc(g.name)};
        if (!contextHeader.isEmpty()) {
            row << esc(g.context);
        }
        row << esc(g.baseline) << esc(g.target) << esc(g.latest) << esc(g.targetDate) << progressCell(g);
        rows << row;
    }
    QStringList headers {ReportRenderer::tr("Indicator")};
    if (!contextHeader.isEmpty()) {
        headers << contextHeader;
    }
    headers << ReportRenderer::tr("Baseline") << ReportRenderer::tr("Target") << ReportRenderer::tr("Latest")
            << ReportRenderer::tr("Target date") << ReportRenderer::tr("Progress");
    b.html(table(headers, rows));
}

void wardSection(Builder& b, const Report::WardSection& w, bool pageBreak)
{
    const QString breakStyle = pageBreak ? u" style=\"page-break-before: always\""_s : QString();
    b.html(u"<h1"_s + breakStyle + u">"_s + esc(w.name) + u" <span style=\"color:#555; font-weight:normal\">("_s
           + esc(w.code) + u")</span></h1>"_s);
    b.html(u"<p><i>"_s + esc(w.wardType) + u"</i>"_s + (w.profile.isEmpty() ? QString() : u" — "_s + esc(w.profile))
           + u"</p>"_s);

    b.html(u"<h2>"_s + esc(ReportRenderer::tr("Key figures")) + u"</h2>"_s);
    QList<QStringList> figures;
    for (const auto& f : w.keyFigures) {
        figures << QStringList {esc(f.label), u"<b>"_s + esc(f.value) + u"</b>"_s};
    }
    b.html(figures.isEmpty() ? none()
                             : table({ReportRenderer::tr("Figure"), ReportRenderer::tr("Value")}, figures, {60, 40}));

    b.html(u"<h2>"_s + esc(ReportRenderer::tr("Ward goals")) + u"</h2>"_s);
    progressTable(b, w.goals, QString());

    b.html(u"<h2>"_s + esc(ReportRenderer::tr("Initiatives and continuity risk")) + u"</h2>"_s);
    if (w.initiatives.isEmpty()) {
        b.html(none());
    } else {
        QList<QStringList> rows;
        for (const auto& i : w.initiatives) {
            rows << QStringList {esc(i.title), esc(i.status), esc(i.themes), bandCell(i), esc(i.reasons.join(u"; "_s))};
        }
        b.html(table({ReportRenderer::tr("Initiative"), ReportRenderer::tr("Status"), ReportRenderer::tr("Themes"),
                      ReportRenderer::tr("Risk"), ReportRenderer::tr("Reasons")},
                     rows, {24, 10, 18, 12, 36}));
    }
    QList<Report::InitiativeLine> scored;
    for (const auto& i : w.initiatives) {
        if (i.score) {
            scored << i;
        }
    }
    if (!scored.isEmpty()) {
        std::stable_sort(scored.begin(), scored.end(),
                         [](const auto& a, const auto& c) { return *a.score > *c.score; });
        ChartPainter::BarChart chart;
        chart.title = ReportRenderer::tr("Continuity risk per active initiative");
        chart.maximum = 100;
        chart.axisNote = ReportRenderer::tr("score 0–100");
        for (const auto& i : scored.mid(0, 25)) {
            chart.bars << ChartPainter::Bar {i.title,
                                             {{double(*i.score), ChartPainter::bandColor(i.bandIndex)}},
                                             QLocale().toString(*i.score) + u" ("_s + i.band + u')'};
        }
        chart.legend = {{ReportRenderer::tr("low"), ChartPainter::bandColor(0)},
                        {ReportRenderer::tr("medium"), ChartPainter::bandColor(1)},
                        {ReportRenderer::tr("high"), ChartPainter::bandColor(2)}};
        b.chart(chart);
        if (scored.size() > 25) {
            b.html(u"<p><i>"_s + esc(ReportRenderer::tr("The chart shows the 25 initiatives with the highest score."))
                   + u"</i></p>"_s);
        }
    }

    b.html(u"<h2>"_s + esc(ReportRenderer::tr("Key persons")) + u"</h2>"_s);
    if (w.keyPersons.isEmpty()) {
        b.html(none());
    } else {
        QList<QStringList> rows;
        for (const auto& k : w.keyPersons) {
            rows << QStringList {esc(k.name), esc(k.initiatives.join(u", "_s))};
        }
        b.html(u"<p>"_s
               + esc(ReportRenderer::tr("Residents whose leaving would put at least one initiative at high risk."))
               + u"</p>"_s);
        b.html(table({ReportRenderer::tr("Person"), ReportRenderer::tr("Initiatives that would move to high risk")},
                     rows, {25, 75}));
    }

    b.html(u"<h2>"_s + esc(ReportRenderer::tr("Agreements with partners")) + u"</h2>"_s);
    if (w.agreements.isEmpty()) {
        b.html(none());
    }
    for (const auto& a : w.agreements) {
        QString evaluation = esc(a.nextEvaluation.isEmpty() ? ReportRenderer::tr("none planned") : a.nextEvaluation);
        if (a.evaluationOverdue) {
            evaluation += u" <b style=\"color:#b22200\">("_s + esc(ReportRenderer::tr("overdue")) + u")</b>"_s;
        } else if (a.evaluationDueSoon) {
            evaluation += u" <b>("_s + esc(ReportRenderer::tr("due soon")) + u")</b>"_s;
        }
        const QString me = a.meAgreed ? esc(ReportRenderer::tr("yes"))
                                      : u"<b style=\"color:#b22200\">"_s + esc(ReportRenderer::tr("no")) + u"</b>"_s;
        b.html(u"<h3>"_s + esc(a.title) + u"</h3><p>"_s + esc(ReportRenderer::tr("Partner")) + u": "_s + esc(a.partner)
               + u" · "_s + esc(ReportRenderer::tr("Period")) + u": "_s + esc(a.period) + u" · "_s
               + esc(ReportRenderer::tr("Status")) + u": "_s + esc(a.status) + u"<br/>"_s
               + esc(ReportRenderer::tr("Monitoring and evaluation agreed")) + u": "_s + me + u" · "_s
               + esc(ReportRenderer::tr("Next evaluation")) + u": "_s + evaluation + u"</p>"_s);
        if (!a.kpis.isEmpty()) {
            progressTable(b, a.kpis, QString());
        }
    }

    b.html(u"<h2>"_s + esc(ReportRenderer::tr("Outdated policy frameworks")) + u"</h2>"_s);
    if (w.outdatedFrameworks.isEmpty()) {
        b.html(none());
    } else {
        QList<QStringList> rows;
        for (const auto& f : w.outdatedFrameworks) {
            rows << QStringList {esc(f.title), esc(f.reviewBy)};
        }
        b.html(table({ReportRenderer::tr("Framework"), ReportRenderer::tr("Review was due")}, rows, {70, 30}));
    }

    b.html(u"<h2>"_s + esc(ReportRenderer::tr("Gaps in the support map")) + u"</h2>"_s);
    if (w.gaps.isEmpty()) {
        b.html(none());
    } else {
        QList<QStringList> rows;
        for (const auto& g : w.gaps) {
            rows << QStringList {esc(g.theme), esc(g.need), esc(g.severity), esc(g.signalledOn)};
        }
        b.html(table({ReportRenderer::tr("Theme"), ReportRenderer::tr("Need without an offer"),
                      ReportRenderer::tr("Severity"), ReportRenderer::tr("Signalled on")},
                     rows, {20, 50, 12, 18}));
    }

    b.html(u"<h2>"_s + esc(ReportRenderer::tr("Participation by channel")) + u"</h2>"_s);
    if (w.participation.isEmpty()) {
        b.html(none());
    } else {
        QList<QStringList> rows;
        ChartPainter::BarChart chart;
        chart.title = ReportRenderer::tr("Participants by channel");
        const QList<QColor> colors {QColor(0x00, 0x9E, 0x73), QColor(0x56, 0xB4, 0xE9), QColor(0xCC, 0x79, 0xA7)};
        int index = 0;
        for (const auto& p : w.participation) {
            rows << QStringList {esc(p.channel), QLocale().toString(p.moments), QLocale().toString(p.participants)};
            chart.bars << ChartPainter::Bar {
                p.channel, {{double(p.participants), colors.value(index++ % 3)}}, QLocale().toString(p.participants)};
        }
        b.html(table({ReportRenderer::tr("Channel"), ReportRenderer::tr("Moments"), ReportRenderer::tr("Participants")},
                     rows, {50, 25, 25}));
        b.chart(chart);
    }

    b.html(u"<h2>"_s + esc(ReportRenderer::tr("Follow-ups of initiatives outside the policy framework")) + u"</h2>"_s);
    if (w.followUps.isEmpty()) {
        b.html(none());
    } else {
        QList<QStringList> rows;
        for (const auto& f : w.followUps) {
            QString deadline = esc(f.deadline);
            if (f.overdue) {
                deadline += u" <b style=\"color:#b22200\">("_s + esc(ReportRenderer::tr("overdue")) + u")</b>"_s;
            }
            rows << QStringList {esc(f.initiative), esc(f.department), esc(f.owner), deadline, esc(f.status)};
        }
        b.html(table({ReportRenderer::tr("Initiative"), ReportRenderer::tr("Department"), ReportRenderer::tr("Owner"),
                      ReportRenderer::tr("Deadline"), ReportRenderer::tr("Status")},
                     rows, {30, 20, 18, 17, 15}));
    }
}

void overviewSection(Builder& b, const Report::Document& report)
{
    b.html(u"<h1 style=\"page-break-before: always\">"_s + esc(ReportRenderer::tr("Overview of all wards"))
           + u"</h1>"_s);
    QList<QStringList> rows;
    for (const auto& r : report.overview) {
        rows << QStringList {esc(r.code),
                             esc(r.name),
                             QLocale().toString(r.activeInitiatives),
                             QLocale().toString(r.bands.high),
                             QLocale().toString(r.bands.medium),
                             QLocale().toString(r.bands.low),
                             QLocale().toString(r.agreements),
                             QLocale().toString(r.agreementsWithoutMe),
                             QLocale().toString(r.gaps),
                             r.goals == 0 ? u"–"_s : u"%1 / %2"_s.arg(r.goalsOnTrack).arg(r.goals)};
    }
    b.html(table({ReportRenderer::tr("Code"), ReportRenderer::tr("Ward"), ReportRenderer::tr("Active"),
                  ReportRenderer::tr("High"), ReportRenderer::tr("Medium"), ReportRenderer::tr("Low"),
                  ReportRenderer::tr("Agreements"), ReportRenderer::tr("Without M&E"), ReportRenderer::tr("Gaps"),
                  ReportRenderer::tr("Goals on track")},
                 rows, {12, 20, 8, 7, 8, 7, 10, 10, 7, 11}));
    // Charts of at most 40 wards each, so that every chart fits on a page.
    for (qsizetype start = 0; start < report.overview.size(); start += 40) {
        ChartPainter::BarChart chart;
        chart.title = report.overview.size() > 40
            ? ReportRenderer::tr("Risk bands of active initiatives per ward (%1–%2)")
                  .arg(start + 1)
                  .arg(qMin(start + 40, report.overview.size()))
            : ReportRenderer::tr("Risk bands of active initiatives per ward");
        for (const auto& r : report.overview.mid(start, 40)) {
            chart.bars << ChartPainter::Bar {r.name,
                                             {{double(r.bands.high), ChartPainter::bandColor(2)},
                                              {double(r.bands.medium), ChartPainter::bandColor(1)},
                                              {double(r.bands.low), ChartPainter::bandColor(0)}},
                                             QLocale().toString(r.bands.total())};
        }
        chart.legend = {{ReportRenderer::tr("high"), ChartPainter::bandColor(2)},
                        {ReportRenderer::tr("medium"), ChartPainter::bandColor(1)},
                        {ReportRenderer::tr("low"), ChartPainter::bandColor(0)}};
        b.chart(chart);
    }
}

QString periodText(const Report::Document& r)
{
    return ReportRenderer::tr("%1 to %2").arg(longDate(r.from), longDate(r.to));
}

QString wardsText(const Report::Document& r)
{
    if (r.isOverview) {
        return ReportRenderer::tr("All wards");
    }
    return r.wards.isEmpty() ? QString() : r.wards.first().name;
}

QByteArray xmpMetadata(const Report::Document& r, const QDateTime& created)
{
    const QString date = created.toOffsetFromUtc(created.offsetFromUtc()).toString(Qt::ISODate);
    const QString xml = uR"(<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">%1</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreatorTool>Wijkregie</xmp:CreatorTool>
<xmp:CreateDate>%3</xmp:CreateDate>
<xmp:ModifyDate>%3</xmp:ModifyDate>
<xmp:MetadataDate>%3</xmp:MetadataDate>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>Qt %4</pdf:Producer>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<pdfaid:part>1</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>)"_s.arg(esc(r.title), esc(r.author), date, QString::fromLatin1(qVersion()));
    return xml.toUtf8();
}

} // namespace

ReportRenderer::ReportRenderer(Report::Document report)
    : m_report(std::move(report))
{
}

ReportRenderer::~ReportRenderer() = default;

void ReportRenderer::build(QPagedPaintDevice& device)
{
    m_document = std::make_unique<QTextDocument>();
    m_charts = std::make_unique<ChartObjectHandler>();
    QTextDocument& doc = *m_document;
    doc.documentLayout()->setPaintDevice(&device);
    doc.documentLayout()->registerHandler(ChartObjectType, m_charts.get());
    doc.setDefaultFont(QFont(ReportFonts::family(), 9));
    doc.setDefaultStyleSheet(u"h1 { font-size: 17pt; color: #1f3a5f; margin-top: 0; }"
                             "h2 { font-size: 12.5pt; color: #1f3a5f; margin-top: 14px; }"
                             "h3 { font-size: 10.5pt; margin-bottom: 2px; }"
                             "th { font-weight: bold; } p { margin-top: 2px; }"_s);
    const double width = device.width() - mm(device, 40);
    const double height = device.height() - mm(device, 50);
    doc.setPageSize(QSizeF(width, height));
    doc.setDocumentMargin(0);

    Builder b(doc, *m_charts);
    // Cover page.
    const QString heading
        = m_report.isOverview ? ReportRenderer::tr("Municipality overview") : ReportRenderer::tr("Ward report");
    b.html(u"<p style=\"font-size: 12pt; color:#555; margin-top: 140px\">"_s + esc(m_report.municipality)
           + u"</p><p style=\"font-size: 30pt; color: #1f3a5f\"><b>"_s + esc(heading)
           + u"</b></p><p style=\"font-size: 20pt\">"_s + esc(wardsText(m_report)) + u"</p>"_s
           + u"<p style=\"font-size: 12pt\"><br/>"_s + esc(ReportRenderer::tr("Period")) + u": "_s
           + esc(periodText(m_report)) + u"<br/>"_s + esc(ReportRenderer::tr("Prepared by")) + u": "_s
           + esc(m_report.author) + u"<br/>"_s + esc(ReportRenderer::tr("Date")) + u": "_s
           + esc(longDate(m_report.printedOn)) + u"</p><p style=\"font-size: 9pt; color:#555\"><br/><br/>"_s
           + esc(m_report.withNames
                     ? ReportRenderer::tr("This report contains names of residents. Handle it as personal data.")
                     : ReportRenderer::tr("Residents appear under a pseudonym (Resident A, Resident B, …) that holds "
                                          "within this report only."))
           + u"</p>"_s);
    if (m_report.isOverview) {
        overviewSection(b, m_report);
    }
    for (qsizetype i = 0; i < m_report.wards.size(); ++i) {
        wardSection(b, m_report.wards.at(i), true);
    }
    b.finish();
}

int ReportRenderer::print(QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    build(device);
    QTextDocument& doc = *m_document;
    QPainter painter;
    if (!painter.begin(&device)) {
        throw Error(ReportRenderer::tr("The report could not be printed."));
    }
    const int pages = doc.pageCount();
    const QSizeF page = doc.pageSize();
    const QPointF origin(mm(device, 20), mm(device, 27));
    const QFont small(ReportFonts::family(), 7);
    const QString header = m_report.municipality + u" · "_s
        + (m_report.isOverview ? ReportRenderer::tr("Municipality overview") : ReportRenderer::tr("Ward report"))
        + u" · "_s + wardsText(m_report);
    const QString period = periodText(m_report);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage()) {
            throw Error(ReportRenderer::tr("The report could not be printed."));
        }
        if (i > 0) {
            painter.save();
            painter.setFont(small);
            painter.setPen(QColor(0x44, 0x44, 0x44));
            const double left = origin.x();
            const QRectF headerRect(left, mm(device, 12), page.width(), mm(device, 6));
            painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter, header);
            painter.drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter, period);
            painter.setPen(QPen(QColor(0x9a, 0xa5, 0xb1), 0));
            painter.drawLine(QPointF(left, headerRect.bottom()), QPointF(left + page.width(), headerRect.bottom()));
            const QRectF footerRect(left, device.height() - mm(device, 16), page.width(), mm(device, 6));
            painter.drawLine(QPointF(left, footerRect.top()), QPointF(left + page.width(), footerRect.top()));
            painter.setPen(QColor(0x44, 0x44, 0x44));
            painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter,
                             ReportRenderer::tr("Printed on %1").arg(longDate(m_report.printedOn)));
            painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
                             ReportRenderer::tr("Page %1 of %2").arg(i + 1).arg(pages));
            painter.restore();
        }
        painter.save();
        painter.translate(origin.x(), origin.y() - i * page.height());
        const QRectF clip(0, i * page.height(), page.width(), page.height());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        m_charts->pageClip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    return pages;
}

void ReportRenderer::writePdf(const QString& path)
{
    const QFileInfo info(path);
    if (!info.dir().exists()) {
        throw Error(
            ReportRenderer::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    const QString temp = info.absoluteFilePath() + u".part"_s;
    try {
        QPdfWriter writer(temp);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(300);
        writer.setTitle(m_report.title);
        writer.setCreator(u"Wijkregie"_s);
        writer.setDocumentXmpMetadata(xmpMetadata(m_report, QDateTime::currentDateTime()));
        print(writer);
    } catch (const Error&) {
        QFile::remove(temp);
        throw Error(ReportRenderer::tr("The PDF %1 could not be written.").arg(QDir::toNativeSeparators(path)));
    }
    if (QFileInfo(temp).size() == 0) {
        QFile::remove(temp);
        throw Error(ReportRenderer::tr("The PDF %1 could not be written.").arg(QDir::toNativeSeparators(path)));
    }
    QFile::remove(path);
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        throw Error(ReportRenderer::tr("The PDF %1 could not be written.").arg(QDir::toNativeSeparators(path)));
    }
}

QString ReportRenderer::toHtml()
{
    if (!m_document) {
        QPdfWriter scratch(QString {});
        build(scratch);
    }
    return m_document->toHtml();
}

#include "ReportRenderer.moc"
