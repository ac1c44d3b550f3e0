#pragma once

#include <QStyledItemDelegate>

/// Draws a small progress bar under the text of a cell: the fraction from Figures::ProgressFractionRole (in [0, 1],
/// nothing when unset), coloured by Figures::ProgressStatusRole. The text (e.g. "64 %") stays readable.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
