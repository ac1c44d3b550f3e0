#include "ChartPainter.h"

#include "ui/common/Palette.h"
#include "ui/risk/RiskStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace ChartPainter {

QColor bandColor(int band)
{
    // The dashboard's colours (RiskStyle), so that the paper and the screen read alike.
    return RiskStyle::bandColor(band <= 0 ? RiskBand::Low : band == 1 ? RiskBand::Medium : RiskBand::High);
}

double preferredHeight(const BarChart& chart, double lineHeight)
{
    const double rows = static_cast<double>(chart.bars.size());
    return lineHeight * (1.8 + rows * 1.5 + (chart.legend.isEmpty() ? 0.5 : 2.0));
}

void paint(QPainter& painter, const QRectF& rect, const BarChart& chart)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(painter.font(), painter.device());
    const double line = fm.height();
    double y = rect.top();

    // The caller's font may be sized in pixels (a layout at another resolution): keep its size, only bold it.
    const QFont bodyFont = painter.font();
    QFont titleFont = bodyFont;
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(rect.left(), y, rect.width(), line * 1.2), Qt::AlignLeft | Qt::AlignVCenter, chart.title);
    painter.setFont(bodyFont);
    y += line * 1.8;

    double labelWidth = 0;
    for (const Bar& bar : chart.bars) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(bar.label));
    }
    labelWidth = std::min(labelWidth + line * 0.5, rect.width() * 0.38);
    double valueWidth = fm.horizontalAdvance(QStringLiteral("000")) + line * 0.5;
    for (const Bar& bar : chart.bars) {
        valueWidth = std::max(valueWidth, fm.horizontalAdvance(bar.valueText) + line * 0.8);
    }
    const double barLeft = rect.left() + labelWidth;
    const double barWidth = std::max(10.0, rect.width() - labelWidth - valueWidth);

    double maximum = chart.maximum;
    if (maximum <= 0) {
        for (const Bar& bar : chart.bars) {
            double sum = 0;
            for (const Segment& s : bar.segments) {
                sum += s.value;
            }
            maximum = std::max(maximum, sum);
        }
    }
    if (maximum <= 0) {
        maximum = 1;
    }

    // Light grid at quarters of the scale.
    painter.setPen(QPen(QColor(0xD0, 0xD0, 0xD0), 0));
    const double gridBottom = y + chart.bars.size() * line * 1.5;
    for (int i = 0; i <= 4; ++i) {
        const double x = barLeft + barWidth * i / 4.0;
        painter.drawLine(QPointF(x, y - line * 0.2), QPointF(x, gridBottom));
    }

    for (const Bar& bar : chart.bars) {
        painter.setPen(Qt::black);
        painter.drawText(QRectF(rect.left(), y, labelWidth - line * 0.3, line * 1.2), Qt::AlignRight | Qt::AlignVCenter,
                         fm.elidedText(bar.label, Qt::ElideRight, labelWidth - line * 0.3));
        double x = barLeft;
        double sum = 0;
        for (const Segment& s : bar.segments) {
            const double w = barWidth * s.value / maximum;
            if (w > 0) {
                painter.fillRect(QRectF(x, y + line * 0.1, w, line), s.color);
                painter.setPen(QPen(Qt::white, 0));
                painter.drawLine(QPointF(x + w, y + line * 0.1), QPointF(x + w, y + line * 1.1));
            }
            x += w;
            sum += s.value;
        }
        painter.setPen(Qt::black);
        const QString text = bar.valueText.isEmpty() ? QString::number(sum) : bar.valueText;
        painter.drawText(QRectF(x + line * 0.3, y, valueWidth, line * 1.2), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += line * 1.5;
    }
    if (!chart.axisNote.isEmpty()) {
        painter.setPen(Palette::text(Palette::Text::Muted));
        painter.drawText(QRectF(barLeft, y, barWidth, line), Qt::AlignRight | Qt::AlignVCenter, chart.axisNote);
    }
    y += line * 0.5;
    double x = barLeft;
    for (const LegendEntry& entry : chart.legend) {
        painter.fillRect(QRectF(x, y + line * 0.55, line * 0.8, line * 0.8), entry.color);
        painter.setPen(Qt::black);
        const double w = fm.horizontalAdvance(entry.name);
        painter.drawText(QRectF(x + line, y + line * 0.45, w + line, line), Qt::AlignLeft | Qt::AlignVCenter,
                         entry.name);
        x += w + line * 2.5;
    }
    painter.restore();
}

} // namespace ChartPainter
