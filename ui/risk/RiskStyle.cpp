#include "RiskStyle.h"

#include "ui/common/Palette.h"

#include <QPainter>
#include <QPixmap>

namespace RiskStyle {

QColor bandColor(RiskBand band)
{
    return Palette::bandMark(band);
}

QIcon bandIcon(RiskBand band)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(Palette::mark(Palette::Mark::Axis));
    painter.setBrush(bandColor(band));
    painter.drawRect(0, 0, 11, 11);
    return QIcon(pixmap);
}

QString bandLabel(RiskBand band)
{
    return Enums::label(band);
}

QColor indicatorColor(RiskIndicator indicator)
{
    return Palette::indicatorMark(indicator);
}

QString indicatorLabel(RiskIndicator indicator)
{
    return Enums::label(indicator);
}

} // namespace RiskStyle
