#include "ChartPanel.h"

#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

ChartPanel::ChartPanel(QChart* chart, QWidget* parent)
    : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(420, 300);
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
