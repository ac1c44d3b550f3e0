#include "ChartTable.h"

#include "ui/dashboard/ChartPanel.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLocale>
#include <QStandardItemModel>
#include <QXYSeries>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

enum Role { SeriesRole = Qt::UserRole + 1, SetRole, IndexRole };

QString number(qreal value)
{
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return QLocale().toString(value, 'f', whole ? 0 : 1);
}

bool isHorizontal(const QAbstractSeries* series)
{
    return series->type() == QAbstractSeries::SeriesTypeHorizontalBar
        || series->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar
        || series->type() == QAbstractSeries::SeriesTypeHorizontalPercentBar;
}

} // namespace

ChartTable::ChartTable(ChartPanel* panel, QWidget* parent)
    : QTableView(parent)
    , m_panel(panel)
    , m_model(new QStandardItemModel(this))
{
    setObjectName(u"chartTableView"_s);
    setModel(m_model);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    connect(this, &QAbstractItemView::activated, this, &ChartTable::activate);
    connect(panel, &ChartPanel::chartChanged, this, &ChartTable::refill);
    refill();
}

void ChartTable::refill()
{
    m_model->clear();
    if (!m_panel || !m_panel->chart()) {
        return;
    }
    if (!m_panel->objectName().isEmpty()) {
        setObjectName(m_panel->objectName() + u"Table"_s); // "riskBandsChartViewTable"
    }
    const QString title = m_panel->title();
    setAccessibleName(tr("%1, as a table").arg(title.isEmpty() ? tr("Chart") : title));
    setAccessibleDescription(m_panel->accessibleDescription());
    const QList<QAbstractSeries*> all = m_panel->chart()->series();
    int seriesIndex = 0;
    for (QAbstractSeries* series : all) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            QStringList categories;
            QString categoryTitle;
            for (QAbstractAxis* axis : bars->attachedAxes()) {
                if (auto* c = qobject_cast<QBarCategoryAxis*>(axis)) {
                    categories = c->categories();
                    categoryTitle = c->titleText();
                }
            }
            const QList<QBarSet*> sets = bars->barSets();
            int count = int(categories.size());
            for (const QBarSet* set : sets) {
                count = std::max(count, int(set->count()));
            }
            QStringList headers {categoryTitle.isEmpty() ? tr("Category") : categoryTitle};
            for (const QBarSet* set : sets) {
                headers << set->label();
            }
            m_model->setColumnCount(int(headers.size()));
            m_model->setHorizontalHeaderLabels(headers);
            // Horizontal bars list their categories from the bottom up: the table reads from the top down.
            for (int r = 0; r < count; ++r) {
                const int index = isHorizontal(bars) ? count - 1 - r : r;
                QList<QStandardItem*> row;
                auto* category = new QStandardItem(categories.value(index));
                category->setData(seriesIndex, SeriesRole);
                category->setData(-1, SetRole);
                category->setData(index, IndexRole);
                row << category;
                for (int s = 0; s < sets.size(); ++s) {
                    auto* item
                        = new QStandardItem(index < sets.at(s)->count() ? number(sets.at(s)->at(index)) : QString());
                    item->setData(seriesIndex, SeriesRole);
                    item->setData(s, SetRole);
                    item->setData(index, IndexRole);
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    row << item;
                }
                m_model->appendRow(row);
            }
            resizeColumnsToContents();
            return; // one bar series per chart; a line over it (a target) is in its legend
        }
        ++seriesIndex;
    }
    // Line charts: one row per point of the first line, one column per line.
    QList<QXYSeries*> lines;
    QList<int> indexes;
    for (int i = 0; i < all.size(); ++i) {
        if (auto* xy = qobject_cast<QXYSeries*>(all.at(i))) {
            lines << xy;
            indexes << i;
        }
    }
    if (lines.isEmpty()) {
        return;
    }
    bool dates = false;
    QString xTitle;
    for (QAbstractAxis* axis : lines.first()->attachedAxes()) {
        if (axis->orientation() == Qt::Horizontal) {
            dates = qobject_cast<QDateTimeAxis*>(axis) != nullptr;
            xTitle = axis->titleText();
        }
    }
    QStringList headers {xTitle.isEmpty() ? (dates ? tr("Date") : tr("Value")) : xTitle};
    for (const QXYSeries* line : lines) {
        headers << line->name();
    }
    m_model->setColumnCount(int(headers.size()));
    m_model->setHorizontalHeaderLabels(headers);
    const QList<QPointF> points = lines.first()->points();
    for (int p = 0; p < points.size(); ++p) {
        const qreal x = points.at(p).x();
        const QString label = dates
            ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(x)).date(), QLocale::LongFormat)
            : number(x);
        QList<QStandardItem*> row {new QStandardItem(label)};
        row.first()->setData(indexes.first(), SeriesRole);
        row.first()->setData(p, IndexRole);
        for (int l = 0; l < lines.size(); ++l) {
            const QList<QPointF> linePoints = lines.at(l)->points();
            auto* item = new QStandardItem(p < linePoints.size() ? number(linePoints.at(p).y()) : QString());
            item->setData(indexes.at(l), SeriesRole);
            item->setData(p, IndexRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            row << item;
        }
        m_model->appendRow(row);
    }
    resizeColumnsToContents();
}

void ChartTable::activate(const QModelIndex& index)
{
    if (!m_panel || !m_panel->chart() || !index.isValid()) {
        return;
    }
    const QList<QAbstractSeries*> all = m_panel->chart()->series();
    const int seriesIndex = index.data(SeriesRole).toInt();
    if (seriesIndex < 0 || seriesIndex >= all.size()) {
        return;
    }
    const int at = index.data(IndexRole).toInt();
    if (auto* bars = qobject_cast<QAbstractBarSeries*>(all.at(seriesIndex))) {
        const QList<QBarSet*> sets = bars->barSets();
        int set = index.data(SetRole).toInt();
        if (set < 0) {
            // The category itself: its first bar with a value.
            set = 0;
            for (int s = 0; s < sets.size(); ++s) {
                if (at < sets.at(s)->count() && sets.at(s)->at(at) != 0) {
                    set = s;
                    break;
                }
            }
        }
        if (set < sets.size()) {
            emit bars->clicked(at, sets.at(set));
            emit sets.at(set)->clicked(at);
        }
    } else if (auto* xy = qobject_cast<QXYSeries*>(all.at(seriesIndex))) {
        if (at >= 0 && at < xy->count()) {
            emit xy->clicked(xy->at(at));
        }
    }
}
