#include "ChartPanel.h"

#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
const QString NoteSeparator = u"<br>"_s;
constexpr int MinimumHeight = 300;
} // namespace

ChartPanel::ChartPanel(QChart* chart, QWidget* parent)
    : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(420, MinimumHeight);
}

void ChartPanel::setCategoryRows(int rows)
{
    // A row per bar as high as a line of text and a little room, plus the title, the value axis and the legend.
    const int row = fontMetrics().height() + 6;
    setMinimumHeight(qMax(MinimumHeight, 110 + rows * row));
}

QString ChartPanel::titleWithNote(const QString& title, const QString& note)
{
    if (note.isEmpty()) {
        return title;
    }
    return title + NoteSeparator + u"<span style=\"font-weight: normal; font-size: small\">"_s + note.toHtmlEscaped()
        + u"</span>"_s;
}

QString ChartPanel::titleWithoutNote(const QString& title)
{
    return title.section(NoteSeparator, 0, 0);
}

QBrush ChartPanel::patterned(const QColor& color, Qt::BrushStyle pattern)
{
    if (pattern == Qt::SolidPattern) {
        return QBrush(color);
    }
    QPixmap tile(12, 12);
    tile.fill(color);
    QPainter painter(&tile);
    const QColor ink = color.lightness() > 140 ? color.darker(200) : color.lighter(175);
    painter.fillRect(tile.rect(), QBrush(ink, pattern));
    painter.end();
    return QBrush(tile);
}

bool ChartPanel::savePng(const QString& path)
{
    return grab().save(path, "PNG");
}

void ChartPanel::saveAs()
{
    QString name = chart() ? chart()->title() : QString();
    name.replace(QRegularExpression(u"[^\\w\\- ]"_s), QString());
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart as PNG"),
        QDir::home().filePath((name.isEmpty() ? u"chart"_s : name.trimmed()) + u".png"_s), tr("PNG images (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(u".png"_s, Qt::CaseInsensitive)) {
        path += u".png"_s;
    }
    if (!savePng(path)) {
        QMessageBox::warning(this, tr("Cannot save chart"),
                             tr("The chart could not be written to %1.").arg(QDir::toNativeSeparators(path)));
    }
}

void ChartPanel::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Save as PNG..."), this, &ChartPanel::saveAs);
    menu.exec(event->globalPos());
}
