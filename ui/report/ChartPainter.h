#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

/// Horizontal (stacked) bar charts painted with QPainter only, so that they stay vectors on paper and in PDF.
/// Colours come from the Okabe–Ito palette and every segment carries its name in the legend, so the chart reads
/// without telling red from green.
namespace ChartPainter {

struct Segment
{
    double value = 0;
    QColor color;
};

struct Bar
{
    QString label;
    QList<Segment> segments;
    QString valueText; ///< shown at the end of the bar; empty for the sum
};

struct LegendEntry
{
    QString name;
    QColor color;
};

struct BarChart
{
    QString title;
    QList<Bar> bars;
    QList<LegendEntry> legend;
    double maximum = 0; ///< 0: the largest bar
    QString axisNote; ///< e.g. "score (0–100)"
};

/// The palette for the risk bands: low, medium, high.
QColor bandColor(int band);
/// The height a chart needs at a given line height (title, bars, legend).
double preferredHeight(const BarChart& chart, double lineHeight);
void paint(QPainter& painter, const QRectF& rect, const BarChart& chart);

} // namespace ChartPainter
