#pragma once

#include <QChartView>

/// A chart on the dashboard: antialiased, with "Save as PNG..." in its context menu.
class ChartPanel final : public QChartView
{
    Q_OBJECT

public:
    explicit ChartPanel(QChart* chart, QWidget* parent = nullptr);

    /// Writes the chart as it is on screen to `path` (PNG); false when it cannot be written.
    bool savePng(const QString& path);

public slots:
    /// Asks for a file name and saves the chart there.
    void saveAs();

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
};
