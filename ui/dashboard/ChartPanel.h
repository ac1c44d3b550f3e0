#pragma once

#include <QChartView>
#include <functional>

/// A chart on the dashboard: antialiased, with "Save as PNG..." in its context menu. Its accessible name is the
/// chart's title and its description says in one sentence what it shows; it takes the keyboard focus, and Enter
/// or Space asks for the chart as a table (tableRequested()).
class ChartPanel final : public QChartView
{
    Q_OBJECT

public:
    explicit ChartPanel(QChart* chart, QWidget* parent = nullptr);

    /// Shows `chart` (the caller deletes the old one) and names the panel after its title.
    void setChart(QChart* chart);
    /// Shows `chart` and deletes the chart shown before.
    void replaceChart(QChart* chart);
    /// Writes the chart as it is on screen to `path` (PNG, through SafeOutput); false when it cannot be written.
    bool savePng(const QString& path);
    /// The chart's title on one line ("Risk bands per ward"), for names and headers.
    QString title() const;

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
    /// Runs \a navigate once control is back in the event loop, with \a context alive. A click on a chart
    /// navigates, and navigating may rebuild (delete) that very chart while its series is still emitting
    /// the click: every chart's click-through goes through here.
    static void afterClick(QObject* context, std::function<void()> navigate);

public slots:
    /// Asks for a file name and saves the chart there.
    void saveAs();

signals:
    /// A new chart is shown.
    void chartChanged();
    /// Enter or Space on the chart: show it as a table.
    void tableRequested();

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void updateName();
    QString m_lastError;
};
