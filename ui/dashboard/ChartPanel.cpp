#include "ChartPanel.h"

#include "core/Error.h"
#include "core/io/SafeOutput.h"

#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>
#include <QTimer>

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
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Enter shows this chart as a table, where Enter on a value opens the list behind it"));
    updateName();
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

void ChartPanel::replaceChart(QChart* chart)
{
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

void ChartPanel::setChart(QChart* chart)
{
    QChartView::setChart(chart);
    updateName();
    emit chartChanged();
}

QString ChartPanel::title() const
{
    return chart() ? titleWithoutNote(chart()->title()).simplified() : QString();
}

void ChartPanel::updateName()
{
    QString name;
    if (chart()) {
        // A note under the title says why the chart is empty or still computing: keep it, as a sentence, without
        // the markup of titleWithNote().
        QStringList parts;
        for (const QString& part : chart()->title().split(NoteSeparator, Qt::SkipEmptyParts)) {
            QString text = part;
            text.remove(QRegularExpression(u"<[^>]*>"_s));
            text = text.simplified();
            if (!text.isEmpty()) {
                parts << text;
            }
        }
        name = parts.join(u". "_s);
    }
    setAccessibleName(name.isEmpty() ? tr("Chart") : name);
}

bool ChartPanel::savePng(const QString& path)
{
    try {
        SafeOutput::Options options;
        options.content = OutputContent::NoPersonalData;
        SafeOutput::save(path, options, [this](QIODevice& device) {
            if (!grab().save(&device, "PNG")) {
                throw Error(tr("The chart could not be drawn."));
            }
        });
    } catch (const Error& e) {
        m_lastError = e.message();
        return false;
    }
    return true;
}

void ChartPanel::saveAs()
{
    QString name = title();
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
        QMessageBox::warning(this, tr("Cannot save chart"), m_lastError);
    }
}

void ChartPanel::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Show as table"), this, &ChartPanel::tableRequested);
    menu.addAction(tr("Save as PNG..."), this, &ChartPanel::saveAs);
    menu.exec(event->globalPos());
}

void ChartPanel::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
            emit tableRequested();
            return;
        }
        break;
    default:
        break;
    }
    QChartView::keyPressEvent(event);
}

void ChartPanel::paintEvent(QPaintEvent* event)
{
    QChartView::paintEvent(event);
    if (hasFocus()) {
        // A graphics view draws no focus indicator of its own.
        QPainter painter(viewport());
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
    }
}

void ChartPanel::focusInEvent(QFocusEvent* event)
{
    QChartView::focusInEvent(event);
    viewport()->update();
}

void ChartPanel::focusOutEvent(QFocusEvent* event)
{
    QChartView::focusOutEvent(event);
    viewport()->update();
}

void ChartPanel::afterClick(QObject* context, std::function<void()> navigate)
{
    QTimer::singleShot(0, context, std::move(navigate));
}
