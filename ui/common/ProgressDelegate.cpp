#include "ProgressDelegate.h"

#include "ui/common/Figures.h"
#include "ui/common/Palette.h"

#include <QPainter>

void ProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QVariant fraction = index.data(Figures::ProgressFractionRole);
    if (!fraction.isValid()) {
        return;
    }
    const auto status = ProgressStatus(index.data(Figures::ProgressStatusRole).toInt());
    const QRect cell = option.rect.adjusted(4, 0, -4, 0);
    const int height = 4;
    const QRect track(cell.left(), cell.bottom() - height - 2, cell.width(), height);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(Palette::background(Palette::Background::ProgressTrack));
    painter->drawRect(track);
    QRect bar = track;
    bar.setWidth(qRound(track.width() * qBound(0.0, fraction.toDouble(), 1.0)));
    painter->setBrush(Palette::statusMark(status));
    painter->drawRect(bar);
    painter->restore();
}
