#include "RiskStyle.h"

#include <QPainter>
#include <QPixmap>

namespace RiskStyle {

QColor bandColor(RiskBand band)
{
    switch (band) {
    case RiskBand::Low:
        return QColor(0x00, 0x72, 0xB2); // blue
    case RiskBand::Medium:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case RiskBand::High:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    }
    return {};
}

QIcon bandIcon(RiskBand band)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(60, 60, 60));
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
    static const QColor colors[] = {
        QColor(0xD5, 0x5E, 0x00), // concentration: vermillion
        QColor(0xE6, 0x9F, 0x00), // succession: orange
        QColor(0xCC, 0x79, 0xA7), // thin core: reddish purple
        QColor(0x56, 0xB4, 0xE9), // momentum: sky blue
        QColor(0x00, 0x72, 0xB2), // funding: blue
        QColor(0x00, 0x9E, 0x73), // embedding: bluish green
        QColor(0xF0, 0xE4, 0x42), // key-person load: yellow
    };
    return colors[static_cast<int>(indicator)];
}

QString indicatorLabel(RiskIndicator indicator)
{
    return Enums::label(indicator);
}

} // namespace RiskStyle
