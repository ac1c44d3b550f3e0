#pragma once

#include <QString>
#include <QStringList>

class QAbstractBarSeries;
class QBarSet;
class QChart;
class QColor;
class QValueAxis;

/// The look every chart of the window shares (the dashboard's risk, agreement and goal charts), made in one place.
namespace Charts {

/// A chart titled `title` (bold, 11 pt), without animation, its legend at the bottom and narrow margins.
QChart* newChart(const QString& title);
/// A bar set in `color` with a darker border, its value labels readable on the colour.
QBarSet* newSet(const QString& label, const QColor& color);
/// The category axis (the categories read from top to bottom as given, never truncated to "...") and the value
/// axis (whole numbers, titled `valueTitle`) of a horizontal bar chart, attached to `series`; returns the value axis.
QValueAxis* addHorizontalAxes(QChart* chart, QAbstractBarSeries* series, const QStringList& categories,
                              const QString& valueTitle);
/// `text` cut to at most `length` characters, the last one an ellipsis when it was cut.
QString shorten(const QString& text, int length);

} // namespace Charts
