#pragma once

#include <QPointer>
#include <QTableView>

class ChartPanel;
class QChart;
class QStandardItemModel;

/// The table alternative of a dashboard chart: the values behind its bars or lines, one row per category (ward,
/// month, person) from top to bottom and one column per bar set or line, so that a screen reader reads what the
/// chart shows. Enter on a value (or a double click) clicks through as a click on its bar or point would.
class ChartTable final : public QTableView
{
    Q_OBJECT

public:
    explicit ChartTable(ChartPanel* panel, QWidget* parent = nullptr);

    /// Refills the table from the panel's chart (also done whenever the panel shows a new chart).
    void refill();
    /// Clicks through from a cell, as a click on its bar or point.
    void activate(const QModelIndex& index);

private:
    QPointer<ChartPanel> m_panel;
    QStandardItemModel* m_model;
};
