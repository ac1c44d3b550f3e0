#pragma once

#include "core/report/ReportData.h"
#include "ui/report/ChartPainter.h"

#include <QList>
#include <QString>
#include <QStringList>

/// What a council report says, as a flow of blocks per section, before it is cut into pages: HTML paragraphs and
/// headings, tables (cut between rows, the header row repeated), and charts. The pages (ReportPages), the ODT and
/// the HTML are all made from these sections, so that they say the same.
namespace ReportContent {

struct Block
{
    enum class Kind { Html, Table, Chart };
    Kind kind = Kind::Html;
    QString html; ///< Html: a fragment of headings and paragraphs
    QStringList headers; ///< Table: header cells (HTML)
    QList<QStringList> rows; ///< Table: body cells (HTML)
    QList<int> widths; ///< Table: column widths in percent
    ChartPainter::BarChart chart; ///< Chart
    bool keepWithNext = false; ///< a heading: never the last thing on a page
};

/// One part of the report that starts on a new page: the cover, the overview, or one ward.
struct Section
{
    bool cover = false; ///< no header and footer
    QString header; ///< what the page header names on each page of this section (the ward, the overview)
    QList<Block> blocks;
};

/// The report's sections. A text that the report's font cannot show (it would print as an empty box) adds a
/// warning to `warnings` naming the record it belongs to.
QList<Section> build(const Report::Document& report, QStringList& warnings);

/// A table as HTML (cells are HTML already).
QString tableHtml(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& widths);

/// The report font's family.
QString fontFamily();
/// The default style sheet of every block's document.
QString styleSheet();

/// `text` escaped for HTML, with soft hyphens in long words so that a narrow column breaks them with a hyphen
/// between syllables ("gepau-zeerd") instead of anywhere.
QString hyphenated(const QString& text);

} // namespace ReportContent
