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

    /// Makes the chart tall enough for `rows` bars with a readable label each (at least the usual height); the
    /// dashboard scrolls the chart when it is taller than its place.
    void setCategoryRows(int rows);

    /// A chart title with a note under it ("Computing...", "No data yet"), in a smaller, normal font.
    static QString titleWithNote(const QString& title, const QString& note);
    /// The title of a chart without the note that titleWithNote() added.
    static QString titleWithoutNote(const QString& title);

    /// A brush of `color` with a pattern over it (diagonal lines, cross-hatch, dots), so that bars of different
    /// meaning differ by more than their colour. Qt::SolidPattern gives the plain colour.
    static QBrush patterned(const QColor& color, Qt::BrushStyle pattern);

public slots:
    /// Asks for a file name and saves the chart there.
    void saveAs();

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
};
